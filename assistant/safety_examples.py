"""Example sentences for the safety screen's embedding backstop.

Written for the screen in our own words, independently of the test and eval sets,
one or two per kind of warning sign and varied in register (plain, minimised, slang,
second-hand), so the nearest example to an unseen phrasing is of the same kind.

`NOT_SAFETY` holds the look-alikes the backstop must leave alone: idioms, hyperbole,
sport, stories and the news, accidents, grief, everyday conflict and consensual
sharing. A message must be closer to a crisis/danger example than to any of these
(and than to the ordinary on-/off-topic examples) by a margin.
"""

from __future__ import annotations

CRISIS = (
    # wish to die, plain and passive
    "I am thinking about suicide",
    "I want to end my life",
    "I don't want to live anymore",
    "life isn't worth living",
    "I have a plan to kill myself",
    "it would be a relief if I simply never woke up",
    "part of me hopes I die in my sleep",
    "I wish I could just stop existing",
    "I'm so tired of being alive",
    "I'm exhausted by being alive",
    "nothing matters anymore and I'm ready to go",
    "I can't see myself getting through another year",
    "there's no way out of this except dying",
    # burden, hopelessness
    "everyone would be better off if I were dead",
    "I feel like a burden and want to disappear for good",
    "my family would be better off with the insurance money",
    "they'd all be happier if I wasn't around",
    # plans, means, method
    "I've got the means to end it tonight",
    "I am going to take an overdose",
    "I've been hoarding my medication so I have enough",
    "how much of my prescription would it take to not wake up",
    "I looked up the quickest way to die",
    "I want to jump off a building",
    "I keep going up to the top floor car park and looking over the edge",
    "I think about crashing my car on purpose",
    "I bought what I need and picked a date",
    # farewell behaviour
    "I'm saying goodbye to everyone because I won't be here",
    "I've been giving my belongings away and writing letters to people",
    "I've sorted out who will look after my pets when I'm gone",
    "I wrote notes for my family to read afterwards",
    "this will be the last time you hear from me",
    "soon I won't be a problem for anybody",
    # self-harm
    "I cut myself to cope",
    "I hurt myself on purpose when I feel overwhelmed",
    "I hit my head against the wall until it bleeds",
    "I burn my skin to feel something",
    "I use a blade on my legs where nobody can see",
    "I relapsed and started self-harming again",
    "I scratch my skin raw when I'm upset with myself",
    "I stopped eating to punish myself",
    # someone else at risk
    "my friend told me she wants to kill herself",
    "my partner swallowed a lot of pills and won't wake up properly",
    "my teenager has been searching for ways to die",
    "my brother sent a goodbye message and now his phone is off",
    # coded speech
    "thinking about unaliving myself",
    "gonna kms fr this time",
    "ready to log off permanently if you know what I mean",
)

DANGER = (
    # physical violence, plain and minimised
    "my partner beats me",
    "he punches me when he is angry",
    "she attacks me physically during fights",
    "my boyfriend strangled me",
    "he threw me against the wall",
    "he grabbed me by the throat",
    "he restrained me on the floor",
    "he dragged me across the room by my hair",
    "she slaps me when she's drunk but it's not that bad",
    "it only gets physical when he's had a few drinks",
    "he shoves me around a bit but he always apologises after",
    "my wife scratches and bites me in arguments",
    "he kicked me while I was on the ground",
    "my partner injured me and I lied to the doctor about it",
    "I have bruises from where he held me down",
    # threats and intimidation
    "he threatened to kill me",
    "she says she will hurt me if I leave",
    "he has a gun and threatens me with it",
    "he told me I'd regret it if I ever went to the police",
    "he smashes things and punches the wall right next to my head",
    "she said something bad will happen to me if I tell anyone",
    "he threatens to take the children where I'll never find them",
    "he says he'll hurt my dog if I don't do what he says",
    # sexual violence and coercion
    "he forces me into sex",
    "my partner pressures me into sexual acts I refuse",
    "I was sexually assaulted",
    "he keeps going even when I tell him to stop in bed",
    "I just let him do it so he won't get angry",
    "she touches me when I'm asleep even though I've said no",
    # stalking and surveillance
    "my ex is stalking me",
    "someone keeps waiting outside my house and following me",
    "he secretly tracks where I go",
    "he hid a tracking device in my car",
    "my ex keeps turning up wherever I am and watching me",
    "he created new accounts to contact me after I blocked him everywhere",
    "he read my messages and knew where I'd been all day",
    # coercive control: isolation, money, documents, movement
    "my partner cuts me off from my friends and family",
    "he controls all the money and gives me nothing",
    "she monitors everything I do and I'm not allowed out",
    "she takes my keys and phone so I can't go anywhere",
    "my partner makes me share my location and prove where I am all the time",
    "she stands in the doorway so I can't leave the room",
    "he keeps my passport and ID locked away",
    "I have to ask his permission to spend any money",
    "he decides who I can talk to and checks my phone every night",
    # fear of a person
    "I am afraid of my partner",
    "I'm scared to go home because of what he will do",
    "I walk on eggshells because I never know when he'll explode at me",
    "he says nobody would believe me if I reported him",
    # someone else in danger
    "my parent hits the children",
    "my mother's partner is violent towards her",
    "I think my friend's boyfriend is hurting her, she always has injuries",
    "my grandfather's carer shouts at him and takes his pension",
    "my dad hurts my little sister when he drinks",
)

NOT_SAFETY = (
    # idioms and hyperbole
    "my boss is going to murder me for being late",
    "I could kill my brother for eating my leftovers",
    "this week is killing me, I'm so tired",
    "I almost died of embarrassment when his parents walked in",
    "I'd rather die than sing karaoke in front of his friends",
    "she slayed that presentation",
    "I'm dead on my feet after the move",
    "the suspense is torture",
    # sport and games
    "my boyfriend always beats me at tennis",
    "we spar at the boxing gym together and I got a black eye from a glove",
    "she crushed me at chess again",
    # stories, news and school
    "we watched a crime documentary about a stalker",
    "the book we're reading in our couples club has a character who dies",
    "I'm writing an essay about a war",
    "is the violence in that film realistic?",
    # accidents, illness, grief
    "I cut my hand on a broken glass while washing up",
    "I burned myself on the kettle this morning",
    "my partner fell off his bike and broke his arm",
    "my grandmother died last year and I still miss her",
    "my dog died and my girlfriend doesn't get why I'm sad",
    "I've been sick in bed all week",
    # leaving, endings and goodbyes that are ordinary
    "I'm quitting my job and said goodbye to my team",
    "we're moving abroad next month, so I'm giving away furniture",
    "I'm ending things with my girlfriend, how do I do it kindly?",
    "I need to disappear for a weekend and recharge",
    "I'm done with this argument, I need some space",
    "I gave my old phone to my mum",
    # consensual sharing, ordinary control worries
    "we share our locations so we know when the other is nearly home",
    "my partner asked to look at my phone once, is that a red flag?",
    "we have a joint account and budget together",
    "my husband wants to know when I'll be home for dinner",
    "my girlfriend gets jealous when I go out without her",
    "my partner is very protective and worries about me",
    # everyday conflict
    "we had a loud argument and both said things we regret",
    "he gives me the silent treatment after fights",
    "she rolls her eyes when I talk about my day",
    "my mum keeps dropping by without calling first",
    "my roommate never cleans up and it's driving me mad",
    "we keep fighting about money",
    "he's always on his phone when we're together",
    "she borrows my car and my clothes without asking",
    "my ex still texts me sometimes, how do I ask him to stop?",
    "he left my message unanswered for a whole day",
    "my friend flirts with my sister and it's weird",
    "my friend shared something I told her in private",
    "he keeps cancelling plans at the last minute",
    "she apologises but then does the same thing again",
    "he took my hand and led me to the dance floor",
    "my partner hugs me too tightly when we say goodbye at the airport",
    # what a partner said or did, told plainly
    "my partner says I don't listen to him",
    "my husband told me I was right about the holiday",
    "my girlfriend pointed out that I interrupt her",
    "my partner beat me to the last slice of pizza",
    "my boyfriend is late again and didn't call",
    # the writer's own things and plans
    "I keep my important documents in a drawer at home",
    "I manage my own money and he manages his",
    "I feel like a burden when I ask my friends for help moving",
    "I'm scared to tell my partner I want more time alone",
    "I'm afraid he'll be upset if I cancel our plans",
)
