"""LinkedIn's job-function and seniority taxonomies, with their ids.

The ids are those of ``urn:li:function:{id}`` and ``urn:li:seniority:{id}`` as
enumerated by LinkedIn's Ads API (see ``docs`` in the repository). ``Unknown``
(id 0) stands for "no evidence".
"""

from types import MappingProxyType

__all__ = ["FUNCTIONS", "SENIORITIES", "UNKNOWN"]

UNKNOWN = "Unknown"

#: LinkedIn job functions, ``{id: name}``; ``0`` is ``Unknown``.
FUNCTIONS = MappingProxyType(
    {
        0: UNKNOWN,
        1: "Accounting",
        2: "Administrative",
        3: "Arts and Design",
        4: "Business Development",
        5: "Community and Social Services",
        6: "Consulting",
        7: "Education",
        8: "Engineering",
        9: "Entrepreneurship",
        10: "Finance",
        11: "Healthcare Services",
        12: "Human Resources",
        13: "Information Technology",
        14: "Legal",
        15: "Marketing",
        16: "Media and Communication",
        17: "Military and Protective Services",
        18: "Operations",
        19: "Product Management",
        20: "Program and Project Management",
        21: "Purchasing",
        22: "Quality Assurance",
        23: "Real Estate",
        24: "Research",
        25: "Sales",
        26: "Customer Success and Support",
    }
)

#: LinkedIn seniorities, ``{id: name}``, in increasing order; ``0`` is ``Unknown``.
SENIORITIES = MappingProxyType(
    {
        0: UNKNOWN,
        1: "Unpaid",
        2: "Training",
        3: "Entry",
        4: "Senior",
        5: "Manager",
        6: "Director",
        7: "VP",
        8: "CXO",
        9: "Partner",
        10: "Owner",
    }
)
