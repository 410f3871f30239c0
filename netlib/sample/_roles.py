"""Job titles and companies, as data tables.

``ROLE_GROUPS`` says who is in the network of a retail digital-marketing
executive and how often: each group has a weight, a pool of titles (messy on
purpose: abbreviations, headlines, traps such as *Product Owner* or *Chief of
Staff*) and the kind of company they work for. ``COMPANIES`` lists invented
companies per kind; each entry holds the spelling variants real people type
for the same employer (``Acme Inc.``, ``ACME``, ``Acme, Inc.``).
"""

#: group -> (weight, company kind, titles)
ROLE_GROUPS = {
    "marketing": (26, "retail", (
        "Marketing Manager", "Sr. Marketing Manager", "Brand Manager",
        "Associate Brand Manager", "Digital Marketing Manager", "Dir. of Marketing",
        "Director, Brand Marketing", "VP Marketing", "CMO", "Chief Marketing Officer",
        "CRM Manager", "Loyalty Program Mgr", "Email Marketing Specialist",
        "Head of Brand", "Marketing Coordinator", "Social Media Manager",
        "Content Strategist", "Growth Marketing Lead", "SEO/SEM Specialist",
        "Performance Marketing Manager", "Lifecycle Marketing Manager",
        "Associate Director, Digital Marketing", "Marketing Intern",
        "Sr. Mgr, CRM & Loyalty", "Director of Customer Marketing",
    )),
    "ecommerce": (14, "retail", (
        "E-commerce Manager", "Ecommerce Director", "Head of E-Commerce",
        "Sr. Manager, Digital Merchandising", "Merchandising Manager",
        "Merchant", "Buyer", "Sr. Buyer", "Assistant Buyer", "Category Manager",
        "Director of Merchandising", "Omnichannel Lead", "Site Merchandiser",
        "VP, Ecommerce & Digital", "Marketplace Manager",
    )),
    "analytics": (7, "retail", (
        "Data Analyst", "Sr. Data Analyst", "Marketing Analytics Manager",
        "Customer Insights Manager", "Dir. Consumer Insights",
        "Business Intelligence Analyst", "Data Scientist", "Analytics Lead",
        "Head of Data & Analytics",
    )),
    "agency": (11, "agency", (
        "Account Director", "Account Manager", "Sr. Account Executive",
        "Media Planner", "Media Buyer", "Creative Director", "Art Director",
        "Copywriter", "Strategy Director", "Managing Director", "Partner",
        "Founder & CEO", "Client Services Director", "Paid Social Lead",
        "Associate Media Director",
    )),
    "sales": (8, "tech", (
        "Account Executive", "Sr. Account Executive", "Enterprise Account Executive",
        "Sales Manager", "Regional Sales Director", "VP Sales",
        "Business Development Manager", "BDR", "Customer Success Manager",
        "Partnerships Manager", "Channel Partner Manager", "Key Account Mgr",
    )),
    "product": (6, "tech", (
        "Product Manager", "Sr. Product Manager", "Product Owner",
        "Group Product Manager", "Director of Product", "Head of Product",
        "UX Designer", "Sr. UX Researcher", "Product Designer",
    )),
    "engineering": (6, "tech", (
        "Software Engineer", "Sr. Software Engineer", "Principal Engineer",
        "Engineering Manager", "Staff Engineer", "CTO", "Data Engineer",
        "Front-End Developer", "QA Engineer", "IT Manager", "Solutions Architect",
    )),
    "finance": (5, "finance", (
        "Financial Analyst", "Sr. Financial Analyst", "FP&A Manager", "Controller",
        "CFO", "Accountant", "Associate", "Vice President", "Investment Banking Associate",
        "Audit Manager",
    )),
    "hr": (4, "retail", (
        "HR Business Partner", "HR Manager", "Sr. HRBP", "People Operations Lead",
        "Chief People Officer", "HR Generalist", "Learning & Development Mgr",
    )),
    "operations": (5, "retail", (
        "Operations Manager", "Store Manager", "District Manager",
        "Supply Chain Analyst", "Director of Operations", "COO",
        "Project Manager", "Program Manager", "Chief of Staff",
        "Executive Assistant", "Executive Assistant to the CEO", "Office Manager",
    )),
    "recruiting": (3, "recruiting", (
        "Recruiter", "Sr. Technical Recruiter", "Talent Acquisition Partner",
        "Talent Acquisition Manager", "Sourcer", "Executive Recruiter",
        "Headhunter", "Recruiting Coordinator", "Talent Partner",
    )),
    "community": (5, "community", (
        "Teacher", "3rd Grade Teacher", "Principal", "Assistant Principal",
        "Registered Nurse", "Nurse Practitioner", "Physician", "Attorney",
        "Associate Attorney", "Paralegal", "Realtor", "Real Estate Agent",
        "Dentist", "Volunteer", "Volunteer Coordinator", "Executive Chef",
        "Pastor", "Personal Trainer", "Owner", "Co-Owner",
    )),
}

#: Titles in other languages (es, fr, de, pt, it), drawn for a few percent of rows.
FOREIGN_TITLES = (
    "Directora de Marketing Digital", "Gerente de Comercio Electrónico",
    "Jefe de Producto", "Ingeniero de Software", "Responsable Marketing",
    "Directeur Commercial", "Chef de projet digital", "Chargée de communication",
    "Geschäftsführer", "Leiterin Marketing", "Vertriebsleiter",
    "Diretor de Recursos Humanos", "Gerente de Marketing", "Analista de Dados",
    "Responsabile Marketing", "Direttore Vendite",
)

#: Extra position styles: headlines instead of titles, status lines, students.
HEADLINES = (
    "{title} @ {company} | ex-{other}",
    "{title} | {company}",
    "{title} at {company} 🚀",
    "✨ {title} ✨",
    "{title} | Open to work",
    "Open to work | {title}",
    "{title} | Hiring! DM me",
    "{title} | Helping brands grow",
)
STATUS_POSITIONS = (
    "Student", "MBA Candidate", "Retired", "--", "Open to work",
    "Freelance", "Self-employed", "Consultant", "Founder", "Advisor",
)

#: Recruiter headlines and titles: in-house, agency, headhunter, sourcer, "Hiring".
RECRUITER_POSITIONS = (
    "Talent Acquisition Partner", "Sr. Talent Acquisition Specialist",
    "Recruiter | Retail & Consumer", "Executive Search Consultant",
    "Sourcer", "Sr. Technical Sourcer", "Agency Recruiter – Marketing & Digital",
    "Hiring! Marketing & E-com roles – DM me", "Headhunter | CMO & VP searches",
    "Talent Partner @ {company} | We're hiring!",
)

#: company kind -> tuple of entries; an entry lists spelling variants, most common first.
COMPANIES = {
    "retail": (
        ("Acme Inc.", "ACME", "Acme, Inc.", "Acme"),
        ("Northwind Outfitters", "Northwind"),
        ("Brightmart Stores", "Brightmart", "BrightMart Inc."),
        ("Globex Retail", "Globex", "Globex Corporation"),
        ("Pemberton & Lane", "Pemberton and Lane"),
        ("Harbor Home Goods", "Harbor Home"),
        ("Maple & Finch", "Maple and Finch Co."),
        ("Tiendas Sol",), ("Maison Lumière",), ("Cobalt Apparel", "Cobalt Apparel Co."),
        ("Sunridge Grocers",), ("Kestrel Beauty", "Kestrel Beauty, Inc."),
        ("Fernwood Outdoor",), ("Bluebell Kids",), ("Urbanique",),
    ),
    "agency": (
        ("Brightline Agency", "Brightline"), ("Umbrella Media", "Umbrella Media Group"),
        ("Carter Creative Studio",), ("Signal & Noise", "Signal and Noise"),
        ("Redwood Digital",), ("Loop Performance",), ("Paper Kite Creative",),
        ("Northstar Media Partners",),
    ),
    "tech": (
        ("Initech", "Initech, Inc.", "INITECH"), ("Hooli",), ("Globex", "Globex Corp."),
        ("Vandelay Analytics",), ("Cartwheel Commerce",), ("Pixelcart",),
        ("Shelfwise",), ("Loyaltyloop",), ("Stackmint",), ("Nimbus CRM",),
    ),
    "finance": (
        ("Umbrella Capital",), ("Cascade Wealth Partners",), ("Hudson Ridge Bank",),
        ("Keystone Advisors", "Keystone Advisors LLC"), ("Larkspur Partners",),
        ("Brightwater Accounting",),
    ),
    "recruiting": (
        ("Apex Talent Group", "Apex Talent"), ("Harrow & Finch Search",),
        ("Talentbridge Partners",), ("Crestline Recruiting",),
    ),
    "community": (
        ("Lincoln Elementary School",), ("Hoboken Public Schools",),
        ("St. Agnes Hospital", "St Agnes Hospital"), ("Baker Stone LLP",),
        ("Hudson County Homes",), ("Riverside Family Dental",),
        ("Self-employed",), ("Hoboken Food Pantry",), ("Grace Community Church",),
        ("CityFit Studio",), ("Garden State Realty",), ("Bistro Marcel",),
    ),
}

#: email domains of private addresses (the ~2 % of connections that share one)
EMAIL_DOMAINS = ("gmail.com", "outlook.com", "yahoo.com", "icloud.com", "hotmail.com")
