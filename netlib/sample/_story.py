"""The person in our story and the people who matter to her, as data.

Maren Castellano (invented) is a digital-marketing executive in retail,
laid off in September 2026 after five years as VP, Digital Marketing &
E-commerce. Her network grew over fifteen years, in bursts around job
changes and conferences. ``CAST`` holds the named people the story needs:
the core she really talks to, recruiters of every kind, a financial planner
in Seattle, an orthodontist in Hoboken and a few friends and neighbours.
Everyone here is invented.
"""

OWNER = {
    "first": "Maren", "last": "Castellano", "slug": "maren-castellano",
    "headline": "Digital Marketing & E-commerce Leader | Retail | CRM, Loyalty & Growth | Open to work",
    "summary": ("15 years growing retail brands online: e-commerce, CRM and loyalty, "
                "paid media and analytics. Looking for my next VP/Head of Digital role."),
    "industry": "Retail", "zip": "07030", "geo": "Hoboken, New Jersey, United States",
    "email": "maren.castellano@example.com",
}

#: Positions.csv rows: company, title, description, location, started, finished
OWNER_POSITIONS = (
    ("Northwind Outfitters", "VP, Digital Marketing & E-commerce",
     "Led a team of 28 across e-commerce, CRM, paid media and analytics.",
     "New York, New York, United States", "Mar 2021", "Sep 2026"),
    ("Brightmart Stores", "Director, Digital Marketing",
     "Relaunched the loyalty program; grew online revenue to 22% of sales.",
     "Jersey City, New Jersey, United States", "Jun 2016", "Feb 2021"),
    ("Globex Retail", "Sr. Manager, CRM & Email Marketing", "",
     "New York, New York, United States", "Apr 2013", "May 2016"),
    ("Pemberton & Lane", "Marketing Manager", "",
     "New York, New York, United States", "Aug 2010", "Mar 2013"),
    ("Pemberton & Lane", "Marketing Coordinator", "", "", "2008", "2010"),
)

SKILLS = (
    "Digital Marketing", "E-commerce", "CRM", "Loyalty Programs", "Email Marketing",
    "Marketing Strategy", "Retail", "Omnichannel", "Customer Insights",
    "Paid Media", "SEO", "Team Leadership", "Brand Management", "Marketing Analytics",
    "A/B Testing", "Budget Management", "Salesforce Marketing Cloud", "Google Analytics",
)

#: Job changes and conferences: (date, spread in days, weight) of connection bursts.
BURSTS = (
    ("2010-09-15", 40, 2), ("2013-05-01", 45, 5), ("2016-07-01", 50, 6),
    ("2021-04-01", 50, 6), ("2026-10-10", 25, 7),          # job changes, layoff
    ("2015-01-14", 6, 2), ("2018-01-16", 6, 2), ("2019-03-20", 6, 2),
    ("2023-01-17", 6, 2), ("2024-03-19", 6, 2), ("2025-01-14", 6, 2),  # NRF, Shoptalk
)

# role: core (messages over years), recruiter, planner, orthodontist, friend, known
# fields: first, last, company, position, connected on, role
CAST = (
    ("Priya", "Raman", "Northwind Outfitters", "SVP, E-commerce", "2021-03-02", "core"),
    ("Martin", "Lindqvist", "Cascade Wealth Partners", "Financial Planner | Seattle, WA", "2014-08-11", "planner"),
    ("Elena", "Russo", "Hoboken Family Orthodontics", "Orthodontist & Owner", "2019-09-03", "orthodontist"),
    ("Tasha", "Greene", "Umbrella Corporation", "Talent Acquisition Partner", "2026-09-22", "recruiter"),
    ("Derek", "Lang", "Apex Talent Group", "Sr. Recruiter – Marketing & Digital (Agency)", "2019-05-14", "recruiter"),
    ("Tom", "Becker", "Brightmart", "Sr. Dir. CRM & Loyalty", "2016-06-20", "core"),
    ("Lucía", "Fernández", "Tiendas Sol", "Directora de Marketing Digital", "2017-03-22", "core"),
    ("Vanessa", "Cole", "Harrow & Finch Search", "Partner, Executive Search | Retail & Consumer", "2022-11-02", "recruiter"),
    ("Marcus", "Hale", "Cartwheel Commerce", "Head of Growth | ex-Brightmart", "2016-07-12", "core"),
    ("Jenna", "Kowalski", "Acme Inc.", "Brand Manager", "2013-05-06", "core"),
    ("Miguel", "Santos", "Hooli", "Sourcer", "2026-10-01", "recruiter"),
    ("Olivia", "Brandt", "Initech", "Hiring! 🚀 Marketing & E-com roles | Talent Acquisition", "2026-10-14", "recruiter"),
    ("Ravi", "Sundar", "Northwind", "Data & Analytics Mgr", "2021-04-19", "core"),
    ("Claire", "Dubois", "Maison Lumière", "Responsable E-commerce", "2018-01-17", "core"),
    ("Owen", "Gallagher", "Brightline Agency", "Managing Director", "2015-01-15", "core"),
    ("Sofia", "Marino", "Pemberton & Lane", "Merchandising Director", "2011-02-08", "core"),
    ("Kevin", "O'Neill", "Initech, Inc.", "Account Executive", "2019-03-21", "core"),
    ("Hannah", "Schulz", "Hooli", "Product Owner", "2020-10-05", "core"),
    ("Daniel", "Osei", "Northwind Outfitters", "Chief of Staff to the CEO", "2021-05-11", "core"),
    ("Amara", "Nwosu", "Brightmart Stores", "HR Business Partner", "2017-09-13", "core"),
    ("Grace", "Liu", "Umbrella Media", "Associate Director, Paid Media", "2018-06-04", "core"),
    ("Ben", "Carter", "Carter Creative Studio", "Founder & CEO", "2014-04-28", "core"),
    ("Nina", "Petrova", "Globex", "Sr. PM @ Globex | ex-Initech", "2013-09-30", "core"),
    ("Luis", "Ortega", "Globex Retail", "Email Marketing Lead", "2013-06-17", "core"),
    ("Emily", "Tran", "Northwind Outfitters", "Executive Assistant to the CMO", "2021-03-29", "core"),
    ("Alicia", "Moreno", "Brightmart", "Chief Marketing Officer", "2016-06-08", "core"),
    ("Chris", "Patel", "ACME", "Dir. Customer Insights", "2014-02-24", "core"),
    ("Sam", "Whitaker", "Lincoln Elementary School", "Principal", "2012-09-10", "core"),
    ("Megan", "Doyle", "St. Agnes Hospital", "Registered Nurse", "2011-11-02", "core"),
    ("Rachel", "Kim", "Hudson County Homes", "Realtor | Hoboken & Jersey City", "2019-08-26", "core"),
    ("Jordan", "Ellis", "Baker Stone LLP", "Associate Attorney", "2015-10-19", "core"),
    ("Kyle", "Hoffman", "Globex", "Recruiting Mgr", "2023-01-18", "recruiter"),
    ("Laura", "Bennett", "Hoboken Public Schools", "3rd Grade Teacher", "2012-03-05", "friend"),
    ("Nadia", "Haddad", "Kestrel Beauty", "Global Head of CRM ✨", "2024-03-20", "known"),
    ("Felix", "Wagner", "Shelfwise", "Geschäftsführer", "2019-03-20", "known"),
)

#: Group threads: title and which cast members (by first name) are in it.
GROUP_THREADS = (
    ("NRF dinner crew", ("Owen", "Grace", "Marcus", "Claire")),
    ("Brightmart alumni 💙", ("Tom", "Alicia", "Amara", "Marcus", "Chris")),
    ("Loyalty relaunch war room", ("Priya", "Ravi", "Daniel", "Emily")),
    ("", ("Jenna", "Luis", "Nina")),
)

#: skills the owner endorses in others
GIVEN_SKILLS = (
    "Marketing", "Leadership", "Project Management", "Data Analysis", "Recruiting",
    "Sales", "Product Management", "Social Media Marketing", "Merchandising",
    "Public Speaking", "Negotiation", "Creative Direction", "SQL", "Customer Service",
)
