"""More example sentences for the safety backstop, written in our own words.

`safety_examples.py` holds one or two sentences per kind of warning sign. Each blind
hold-out showed that unseen messages are phrased indirectly (a plan half-said, a
threat told as a story, control described as routine), so this module adds several
differently worded sentences per kind: different registers (blunt, euphemistic,
second-hand, understated), different subjects (the writer, a friend, a parent) and
different objects (the writer, a child, a pet, a sibling). The look-alikes here are
ordinary relationship worries that share words with them (people-pleasing, fear of
a break-up, boredom, a bad day).
"""

from __future__ import annotations

MORE_CRISIS = (
    # a plan half-said
    "I've been working out the details of how I'd do it",
    "I know exactly where I would go and when",
    "everything is in place now, I just have to pick the night",
    "I've stopped being scared of the idea of dying",
    "it feels like the decision has already been made",
    "I've been quietly getting everything ready so nobody has to deal with my mess",
    # ideation, understated
    "some nights I lie awake planning how to disappear permanently",
    "I don't see myself still being here in a few months",
    "I keep wishing I could just fall asleep and that would be that",
    "the idea of not existing is the only thing that calms me down",
    "I'm so tired, I just want everything to stop for good",
    "I've been researching methods late at night",
    # second-hand
    "my mum keeps saying she'd be better off with dad in the cemetery",
    "my friend has been giving away her things and saying odd goodbyes",
    "my son posted that he won't be a problem for anyone much longer",
    "my girlfriend said she has pills saved up in case it gets too much",
    # self-harm
    "I hurt my body on purpose to shut my head up",
    "I hide the marks on my arms with long sleeves",
    "when the feelings get too big I reach for something sharp",
    "I punish myself physically when I mess up",
    # eating danger
    "I barely eat anymore and I keep collapsing but I can't stop",
    "I make myself sick after every meal and my throat is bleeding",
)

MORE_DANGER = (
    # threats told as a story
    "he told me exactly what he'd do to me if I ever left",
    "he described how easy it would be to make me disappear",
    "he said the kids would be the ones to pay if I talk",
    # violence understated
    "things got physical again last night and my lip is still swollen",
    "he doesn't hit me, he just shoves me into walls when he's stressed",
    "I told the hospital I fell down the stairs but it was him",
    "my boyfriend squeezes my arm until I cry when I embarrass him",
    "my stepdad hits my little brother with whatever is nearby",
    "he kicked the dog across the room to show me what he'd do to me",
    # control described as routine
    "I have to ask permission before I can leave the flat",
    "he decides when I can eat and when I can sleep",
    "she keeps my medication and only gives me some when I behave",
    "I'm only allowed to see my family if he comes too and listens",
    "he changed all the passwords and I can't get into my own bank account",
    "he tells me what to wear and checks my body when I get home",
    # sexual coercion
    "he does things to me at night that I never agreed to",
    "she won't let me sleep until I give in to sex",
    "he says I owe him sex because he pays the rent",
    # stalking
    "my ex knows my new address even though I never told anyone",
)

MORE_NOT_SAFETY = (
    "I'm scared that if I stop doing everything for him the relationship will fall apart",
    "I've spent years keeping everybody happy and I've lost track of what I want",
    "I feel like I know everything about my partner and it's gotten a bit boring",
    "there's nothing new to talk about after ten years together",
    "I don't know who I am outside this relationship anymore",
    "I always put his needs first and mine disappear",
    "I'm terrified of conflict so I just agree with everyone",
    "I go along with whatever my friends want and lose my own voice",
    "I'm exhausted from looking after everyone but myself",
    "I'm done trying to please my in-laws",
    "he's been distant lately and I'm scared we're drifting apart",
    "I feel empty when she goes away for work",
    "we keep arguing about the same chores every week",
    "I've been too busy with the move to eat properly, any easy meals?",
    "work has been so hectic I keep forgetting lunch",
    "I'm nervous to go home and tell my wife I dented the car",
    "I'm scared to tell my husband I scratched his car",
    "he makes me sleep on the side by the window because he gets hot",
    "I made notes for my meeting tomorrow and wrote a card for my nan",
    "my hairdresser trimmed my hair with her scissors and I love it",
    "she rummaged through my handbag to find her lip balm",
    "we keep all the family passports together in a drawer",
    "the birthday party prep is finally done so I can put my feet up",
    "we're going for a long walk along the beach this weekend",
    "my boyfriend hits the gym hard after a bad day at work",
    "we lock the balcony door when it's stormy",
    "I looked up whether people get seasick on the overnight ferry",
    "my wife searched my coat pockets for the car keys she'd lost",
    "he lent me his hoodie when I was shivering",
    "my brother's phone was switched off because he was on a plane",
    "he dropped my phone and cracked the screen by accident, then replaced it",
    "my friend spilled coffee on my laptop and felt awful about it",
)
