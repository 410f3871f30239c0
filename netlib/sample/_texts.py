"""Message, invitation and recommendation texts, as data.

Short invented snippets combined at random. ``{first}`` is the recipient's
first name, ``{company}`` an employer. A few texts hold commas, quotes or
line breaks so that the CSV writer has to quote them, as in real exports.
"""

#: what people in the core and the long tail write (either direction)
CHAT = (
    "Thanks for connecting, {first}!", "Great to meet you at the conference.",
    "Do you have 20 minutes next week? I'd love your take on our loyalty roadmap.",
    "Congrats on the new role!! 🎉", "Happy birthday, {first}!",
    "Sure, Tuesday works. Coffee at 10?", "Sending the deck now, let me know what you think.",
    "Ha, yes. Same problem here with attribution, honestly.",
    "Can you intro me to someone on the CRM team at {company}?",
    "Thank you so much, that really helps.", "Let's catch up soon!",
    "Are you going to NRF this year?", "Saw your post about retail media, spot on.",
    "Quick question: which ESP are you using these days?",
    "Running late, 10 min", "👍", "Sounds good.", "Yes! Count me in.",
    "I'm reaching out because we're rebuilding our e-commerce team, any names?",
    "Loved the panel, \"test everything\" is my new motto.",
    "Thanks!\nTalk soon.", "Sorry for the slow reply, crazy quarter.",
    "Hope the family is well, {first}.", "Just sent you the invite.",
    "Can we move our call to Thursday?", "Did you see the news about {company}?",
    "Great news, congratulations!", "I'll be in Seattle in May, dinner?",
    "Here's the article I mentioned: retail loyalty, 2026 edition.",
    "Happy to be a reference, of course.", "Welcome to the team!",
    "Following up on my note from last week.",
)

#: what the owner writes after her layoff
LAYOFF = (
    "Hi {first}, as you may have heard, my role at Northwind was eliminated. "
    "I'm looking at VP/Head of Digital roles in retail, would love 15 minutes of your advice.",
    "Thanks so much for thinking of me, {first}. Yes, I'd love to talk.",
    "Update: two second-round interviews next week!\nThank you for the intros.",
)

RECRUITER_SUBJECTS = (
    "VP Digital Marketing opportunity", "Confidential search: Head of E-commerce",
    "Re: your profile", "Exciting role at {company}", "Quick chat?",
)
RECRUITER = (
    "Hi {first}, I'm partnering with {company} on a VP, Digital Marketing search. "
    "Your background in retail CRM looks like a great fit. Open to a quick call?",
    "Hi {first}, hope you're well! We're hiring a Head of E-commerce, remote-friendly.",
    "Thanks for the call today. I'll send your profile to the hiring manager.",
    "Any update on your side? The client would like to move fast.",
)

SPONSORED_SUBJECTS = (
    "Grow your career with an Executive MBA", "Your free trial of Premium Career",
    "Invitation: Retail Marketing Summit 2026", "Unlock insights with Stackmint",
)
SPONSORED = (
    "<p>Hi %FIRSTNAME%,</p><p>Ambitious leaders like you are joining our "
    "Executive MBA. <a href=\"https://example.com/emba\">Learn more</a></p>",
    "<p>Hello %FIRSTNAME%,</p><p>Retail leaders are invited to our summit, "
    "with <b>free</b> passes for marketing executives.</p>",
    "<p>%FIRSTNAME%, see how brands like yours cut CAC by 30%.</p>"
    "<p><a href=\"https://example.com/demo\">Book a demo</a></p>",
)

SPAM = (
    "Dear friend, I have a profitable crypto investment to share with you!!!",
    "Hello dear, I saw your profile and want to be friends. Reply me on WhatsApp.",
    "Guaranteed 10x leads in 30 days. Reply YES for a free audit.",
)

DRAFTS = (
    "Hi {first}, I wanted to ask whether", "Thanks again for your help with",
)

GROUP = (
    "Who's in for dinner Tuesday?", "Booked a table for 6 at 7:30.",
    "Sharing the notes from today.", "Can't make it, sorry all!",
    "Congrats everyone, great launch 🎉", "Reminder: deck due Friday.",
    "Photos from last night 📸", "Same place next year?",
)
GROUP_TITLES = (
    "Q4 launch", "Book club 📚", "Retail marketing peers", "Shoptalk meetup",
    "Holiday campaign", "Alumni drinks",
)

INVITATION_NOTES = (
    "Hi {first}, great meeting you at the summit, let's stay in touch!",
    "Hi {first}, I'm a recruiter for retail marketing roles and would love to connect.",
    "Loved your post on loyalty programs. Would be great to connect.",
    "Hi {first}, we worked together at Brightmart a while back, hope you're well!",
)

#: recommendations written about the owner (she) ...
RECOMMENDATIONS_RECEIVED = (
    "{first} is the rare marketer who is as strong with data as with brand. "
    "She built our CRM program from scratch and grew repeat revenue every quarter.",
    "I reported to {first} for three years. She is a generous, demanding manager "
    "who gives credit away and takes the blame. Any team would be lucky to have her.",
    "Working with {first} on the loyalty relaunch was a masterclass in cross-functional "
    "leadership: merchandising, stores, tech and finance all rowing together.",
)
#: ... and by her about others
RECOMMENDATIONS_GIVEN = (
    "{first} led our agency relationship with clarity and trust; the best partner we had.",
    "{first} is a brilliant analyst with great instincts for customers. Highly recommended!",
    "A creative, reliable colleague. {first} ships, learns and ships again.",
)
