"""Name pools for invented people.

Every person the generator writes is a random combination of a first name and
a last name from the pools below: common given names and family names from
several languages, never a real individual. Some names carry accents so that
profile slugs need percent-encoding, as they do on LinkedIn.
"""

FIRST_NAMES = (
    "Aaron Abigail Adam Adriana Aisha Alan Alex Alice Alicia Amanda Amara Amir "
    "Amy Ana Andrea Andrew Angela Anna Anthony Arjun Ashley Ben Beth Brandon "
    "Brian Caitlin Carla Carlos Caroline Catherine Chloe Chris Christina Claire "
    "Connor Courtney Daniel Danielle David Deepa Derek Diana Diego Dominic "
    "Dylan Elena Eli Elizabeth Emily Emma Eric Erin Ethan Farah Fatima Felix "
    "Gabriel Grace Hannah Hassan Heather Ian Irene Isaac Isabel Jack Jacob "
    "James Jasmine Jason Jenna Jennifer Jessica Joel John Jordan Joseph Julia "
    "Justin Karen Kate Kevin Kim Kyle Laura Lauren Leah Leo Lily Linda Lisa "
    "Lucas Luis Maria Mark Matthew Maya Megan Melissa Michael Michelle Mike "
    "Monica Nadia Natalie Nathan Neil Nicole Nina Noah Olivia Omar Owen Paul "
    "Peter Priya Rachel Rahul Rebecca Ryan Samantha Samuel Sara Sarah Scott "
    "Sean Sofia Stephanie Steven Susan Tara Thomas Tiffany Tom Tyler Vanessa "
    "Victor Vikram Wei Will Yara Zach"
).split() + [
    # accented names: their slugs are percent-encoded in some profiles
    "José", "Zoë", "Renée", "François", "Inês", "Björn", "Chloé", "Andrés",
    "Hélène", "Jürgen", "Søren", "Raúl", "Noémie", "João",
]

LAST_NAMES = (
    "Adams Ahmed Alvarez Anderson Bailey Baker Banerjee Barnes Bell Bennett "
    "Brooks Brown Bryant Campbell Carter Chang Chen Clark Collins Cook Cooper "
    "Cruz Davies Davis Diaz Dixon Edwards Evans Fischer Fisher Flores Foster "
    "Garcia Gomez Gonzalez Gray Green Gupta Hall Harris Hayes Hernandez Hill "
    "Howard Hughes Iyer Jackson James Jenkins Johnson Jones Kaur Kelly Khan Kim "
    "King Kowalski Kumar Lee Lewis Lopez Martin Martinez Mehta Meyer Miller "
    "Mitchell Moore Morales Morgan Morris Murphy Murray Nelson Nguyen Novak "
    "Okafor Ortiz Park Parker Patel Perez Peterson Phillips Powell Price Quinn "
    "Ramirez Reed Reyes Richardson Rivera Roberts Robinson Rodriguez Rogers "
    "Ross Russell Sanchez Sanders Schmidt Scott Shah Silva Singh Smith Stewart "
    "Sullivan Taylor Thomas Thompson Torres Tran Turner Walker Wang Ward Watson "
    "White Williams Wilson Wood Wright Wu Yang Young Zhang"
).split() + [
    "Müller", "García", "Núñez", "Lefèvre", "Sørensen", "Gonçalves", "Özdemir",
    "O'Brien", "O'Connor", "McAllister", "De Luca", "van der Berg",
]
