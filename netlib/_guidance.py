"""The network-size guidance this project is built on, as data.

Shared by the analytics (where does a network sit?) and the figures
(reference lines on growth charts).
"""

__all__ = ["SIZE_BANDS", "LINKEDIN_CAP"]

#: LinkedIn's hard cap on first-degree connections.
LINKEDIN_CAP = 30_000

#: Size bands as ``(name, low, high, meaning)``; ``high`` is exclusive and the
#: gaps between the reference ranges are named too, so every size has a band.
SIZE_BANDS = (
    ("starting out", 0, 350,
     "A young or dormant network: every new, well-chosen connection adds a lot."),
    ("small", 350, 500,
     "Typical of someone who has not networked strategically (350-500)."),
    ("growing", 500, 1_500,
     "Past the typical size, not yet a full peer network."),
    ("manageable peer network", 1_500, 3_000,
     "A realistic, manageable network of peers with similar experience and interests "
     "(1,500-3,000)."),
    ("large", 3_000, 15_000,
     "Bigger than one person can keep warm without a deliberate routine."),
    ("open networker", 15_000, 30_000,
     "Open networkers (15,000-25,000) cannot cultivate their garden without staff: "
     "bigger is not better."),
    ("at the cap", 30_000, float("inf"),
     "At LinkedIn's 30,000-connection cap: new connections require removing old ones."),
)
