"""Example sentences that anchor the intent screen's embedding classifier.

Written for the screen, independently of the test and eval sets: the off-topic
decision compares a message with these two groups (nearest neighbours by cosine).
Add sentences here to teach the screen a new kind of message.
"""

from __future__ import annotations

from .safety_examples import CRISIS, DANGER
from .safety_examples import NOT_SAFETY as FIRST_NOT_SAFETY
from .safety_examples_more import MORE_CRISIS, MORE_DANGER, MORE_NOT_SAFETY

__all__ = ["NOT_SAFETY", "OFF_TOPIC", "ON_TOPIC", "SAFETY"]

ON_TOPIC = (
    "How do I balance closeness and independence with my partner?",
    "What does a healthy relationship look like?",
    "How can I ask for more alone time without hurting anyone?",
    "My girlfriend feels neglected when I spend time with friends",
    "Is it normal to need space from someone you love?",
    "How do we keep our own identities as a couple?",
    "What is the difference between dependence and interdependence?",
    "How do I express my needs without feeling guilty?",
    "We argue a lot, how can we disagree respectfully?",
    "I feel like I lose myself in relationships",
    "How do I stop being so clingy?",
    "My friend always relies on me for everything",
    "How can I rebuild trust after a fight?",
    "What are signs of emotional safety between two people?",
    "How do I support my partner's goals without feeling left behind?",
    "My family crosses my boundaries all the time",
    "How do I say no to my mother without guilt?",
    "How can I be more emotionally available?",
    "Why do I feel smaller around my partner?",
    "How do couples make decisions together fairly?",
    "What rituals help people stay connected?",
    "How do I repair things after we hurt each other?",
    "Is it okay to spend weekends apart from my spouse?",
    "My roommate and I have very different needs for quiet",
    "How do I talk to my boyfriend about feeling ignored?",
    "How do I get to know myself better so I show up as me?",
    "How do I calm down before a hard conversation with someone?",
    "What should I do if my partner controls who I see?",
    "How do I tell a friend I need a break from hanging out?",
    "How can we give and take more evenly?",
    "how 2 not be so needy w my bf",
    "we r together 24/7 is that bad",
    "my person gets sulky when I go out solo, thoughts?",
    "is wanting me-time selfish",
    "feeling suffocated by how much time we spend together",
    "How should I react when my partner needs space?",
    "How do I keep a friendship healthy when we live far apart?",
    "What does it mean to grow together and separately?",
    "How do I stay curious about my partner instead of controlling?",
    "My coworker oversteps, how do I set limits?",
)

OFF_TOPIC = (
    "What is the capital of Australia?",
    "Write a Python function that reverses a string",
    "How do I fix a null pointer exception in Java?",
    "Explain how SQL joins work",
    "What's a good recipe for banana bread?",
    "How long should I boil an egg?",
    "Should I invest in index funds or individual stocks?",
    "How do I file my taxes as a freelancer?",
    "What's the weather going to be like tomorrow?",
    "Who won the World Cup in 2018?",
    "Translate 'good morning' into Spanish",
    "What is the derivative of x squared?",
    "Recommend a good science fiction novel",
    "How do I change a flat tire?",
    "What's the best laptop for gaming?",
    "How many calories are in an avocado?",
    "Explain quantum entanglement simply",
    "How do I get rid of aphids on my tomato plants?",
    "What time zone is Tokyo in?",
    "Write a haiku about the ocean",
    "How do I center a div in CSS?",
    "What's the difference between a virus and bacteria?",
    "How do I train my puppy to sit?",
    "Give me a workout plan for building muscle",
    "What are the rules of chess castling?",
    "How do I reset my router?",
    "What's a mortgage interest rate right now?",
    "Summarize the plot of Hamlet",
    "How do volcanoes form?",
    "Best places to visit in Italy in spring",
    "How do I make cold brew coffee?",
    "Convert 50 miles to kilometers",
    "What's the fastest way to learn Excel pivot tables?",
    "Tell me a joke about cats",
    "How do I unclog a drain?",
    "Which cryptocurrency should I buy?",
    "What is the boiling point of water at altitude?",
    "Write a cover letter for a marketing job",
    "How does photosynthesis work?",
    "What's the population of Brazil?",
    "What are the side effects of ibuprofen?",
    "How much sleep does an adult need?",
    "How do I keep bread from going stale?",
    "What's the best way to organize my closet?",
    # practical tasks that merely mention someone
    "Fix my boyfriend's computer, it won't turn on",
    "Help my son with his algebra homework",
    "Which birthday present should I buy for my sister?",
    "Book a table at a nice restaurant for our anniversary",
    "Write a short poem for my wife",
    "Plan a holiday itinerary for me and my husband",
    "Which movie should my friends and I watch tonight?",
    "How do I split rent payments with an app?",
)

SAFETY = CRISIS + MORE_CRISIS + DANGER + MORE_DANGER
"""Crisis and danger examples for the screen's embedding backstop (`safety_examples`,
`safety_examples_more`)."""
NOT_SAFETY = FIRST_NOT_SAFETY + MORE_NOT_SAFETY
"""Look-alikes the backstop must leave alone."""
