"""Danger rules built from slot vocabularies (the crisis half is `safety_slots.py`).

A rule names a PERSON as agent, a harm act, and the writer or a DEPENDANT (child, pet,
sibling, parent) as object; or a WEAPON near a CONFLICT word; or control of what a
person NEEDS (medication, phone, money, documents, clothes), whatever the verb that
hides or withholds it. Strong rules (one match is a case) on the normalised,
accent-free text.
"""

from __future__ import annotations

import re

PERSON = (
    r"(?:he|she|they|my\s+(?:\w+\s+)?(?:partner|boyfriend|girlfriend|husband|wife|bf|gf|spouse|ex|"
    r"dad|father|mom|mum|mother|stepdad|stepmom|brother|sister|boss|roommate|fianc\w*|son|"
    r"daughter|uncle|aunt)|(?:her|his|their)\s+(?:partner|boyfriend|girlfriend|husband|wife|ex))"
)
DEPENDANT = (
    r"(?:me|us|(?:my|our|the|his|her|their)\s+(?:\w+\s+)?(?:dog|cat|puppy|kitten|pets?|rabbit|"
    r"baby|babies|kids?|children|child|son|daughter|toddler|sister|brother|mum|mom|mother|dad|"
    r"father)|him|her|them)"
)
NEAR_BODY = r"(?:stomach|throat|neck|face|chest|head|back|ribs|eye|temple|side|belly|heart)"
CONFLICT = (
    r"(?:argu\w*|disagree\w*|fight|fights|fighting|rows?|rowing|talk\s+back|say\s+no|said\s+no|"
    r"stand\s+up\s+to|divorce|leaving|angry|mad\s+at\s+me|lose\s+(?:his|her|their)\s+temper|kicks?\s+off|rage)"
)
WEAPON = (
    r"(?:gun|guns|pistol|rifle|shotgun|revolver|firearm|knife|knives|bread\s+knife|machete|blade|"
    r"axe|hatchet|crowbar|baseball\s+bat|bat|hammer|crossbow|taser|sword)"
)
NEEDED = (
    r"(?:medication|medicine|meds|pills|tablets|insulin|inhaler|epipen|glasses|hearing\s+aids?|"
    r"wheelchair|crutches|walking\s+stick|passport|visa|papers|documents|id|keys|car\s+keys|"
    r"phone|sim\s+card|bank\s+cards?|cards|money|wages|salary|pay|savings|benefits|food)"
)
HIDE = (
    r"(?:hides?|hid|hidden|hiding|takes?\s+away|took\s+away|locks?\s+(?:up|away)|locked\s+(?:up|away)|"
    r"withholds?|withheld|rations?|rationing|flushe[sd]|throws?\s+away|threw\s+away|confiscat\w*)"
)

_DANGER = {
    # A person holds a dependant over a drop, or a weapon against the body.
    "held over or against": (
        rf"\b(?:held|holds|holding|dangl\w*|hung|hangs|hanging|lifted)\s+{DEPENDANT}\s+(?:over|out\s+of|"
        r"off)\s+(?:the|a|my|our)\s+(?:\w+\s+)?(?:balcony|railing|window|edge|bridge|stairwell|"
        r"banister|water|ledge|drop)\b|"
        rf"\b(?:held|holds|holding|pressed|presses|pointed|points|put|puts|raised|waved)\s+(?:it|the\s+"
        rf"(?:\w+\s+)?(?:knife|blade|gun|scissors|bottle)|a\s+(?:\w+\s+)?(?:knife|blade|gun))\s+"
        rf"(?:\w+\s+)?(?:near|against|to|at|under|by|on)\s+(?:my|his|her|their|the\s+baby'?s)\s+{NEAR_BODY}\b"
        r"(?!.{0,30}\b(?:by\s+accident|accidentally|to\s+(?:cut|trim|style)))"
    ),
    # Air cut off, or a weapon kept "for" the writer.
    "breath or weapon kept for me": (
        r"\b(?:held|holds|holding|pressed|presses|pressing|put|puts|pushed|pushes)\s+(?:a|the|his|her|"
        r"their)\s+(?:pillow|cushion|hand|bag|plastic\s+bag|towel|blanket)\s+(?:over|on|against)\s+my\s+"
        r"(?:face|mouth|nose|head)\b(?!.{0,40}\b(?:laugh\w*|giggl\w*|lol|haha\w*|snor\w*))|"
        rf"\b{WEAPON}\b.{{0,60}}\b(?:says?|said|tells?\s+me|told\s+me)\s+(?:that\s+)?(?:it'?s|it\s+is|"
        r"it\s+was|they'?re)\s+(?:for\s+(?:me|you)|meant\s+for\s+(?:me|you))\b"
    ),
    # A weapon close to a conflict word, either order.
    "weapon in a conflict": (
        rf"\b{WEAPON}\b.{{0,80}}\b(?:whenever|every\s+time|when|while|during|in\s+the\s+middle\s+of|"
        rf"if)\s+(?:we|i|he|she|they)?\s*(?:\w+\s+){{0,2}}{CONFLICT}|"
        rf"\b(?:whenever|every\s+time|when|during|in\s+the\s+middle\s+of)\s+(?:we|i|he|she|they|the|an|a)?"
        rf"\s*(?:\w+\s+)?{CONFLICT}\b.{{0,60}}\b(?:grab\w*|reach\w*|tak\w*|get\w*|fetch\w*|pick\w*|"
        rf"clean\w*|load\w*|tap\w*|sharpen\w*|bring\w*|brought)\s+(?:out\s+)?(?:\w+\s+)?(?:the\s+|a\s+|"
        rf"his\s+|her\s+)?(?:\w+\s+)?{WEAPON}\b|\bloaded\s+(?:gun|pistol|rifle|shotgun)\b"
    ),
    # Driving used to threaten both lives, fire with someone inside.
    "both lives threatened": (
        r"\b(?:take|taking|kill|killing|crash|finish)\s+us\s+(?:both|all)\s+(?:out|off)?\b|"
        r"\b(?:swerv\w*|veer\w*|steer\w*|aim\w*)\s+(?:\w+\s+){0,2}(?:at|towards?|into)\s+(?:the\s+)?(?:barrier|"
        r"oncoming|wall|trees?|lorries|trucks)\b.{0,60}\b(?:shout\w*|scream\w*|yell\w*|to\s+scare|"
        r"on\s+purpose|laugh\w*|when\s+we|whenever)\b|"
        r"\b(?:burn|torch|set\s+fire\s+to)\s+(?:\w+\s+){0,3}(?:down\s+)?with\s+(?:me|him|her|them|us|"
        r"the\s+kids|the\s+children)\s+(?:still\s+)?(?:inside|in\s+it|in\s+there)\b|"
        r"\b(?:threat\w*|said\s+(?:he|she|they)\s+(?:would|will|'d|'ll))\s+to\s+(?:burn|torch|set\s+fire)\b|"
        r"\bset\s+fire\s+to\s+(?:my|his|her|their|our)\s+(?:\w+\s+)?(?:clothes|things|car|house|flat|"
        r"stuff|bed|belongings)\b"
    ),
    # Sex with someone asleep, passed out or unable to say no.
    "sex while unable to consent": (
        r"\b(?:woke|wake|waking|came\s+round|came\s+to)\s+(?:up\s+)?(?:with|to)\s+(?:him|her|them|"
        r"someone|my\s+\w+)\s+(?:already\s+)?(?:doing\s+(?:stuff|things|it)|on\s+top|inside|touching|"
        r"having\s+sex|undressing|taking\s+off)\b|"
        r"\b(?:asleep|sleeping|passed\s+out|unconscious|blacked\s+out|out\s+cold|too\s+drunk|came\s+round|"
        r"came\s+to|woke\s+up)\b.{0,60}"
        r"\b(?:had\s+sex\s+with\s+me|has\s+sex\s+with\s+me|did\s+(?:stuff|things|it)\s+to\s+me|"
        r"doing\s+(?:stuff|things)\s+to\s+me|on\s+top\s+of\s+me|touch\w*\s+me|undress\w*\s+me|"
        r"my\s+clothes\s+(?:were\s+)?off)\b"
    ),
    # Spat on, punished in the cold, sat on, wages taken, filmed in secret, burned by a person.
    "degraded, punished or filmed": (
        r"\b(?:spit\w*|spat)\s+(?:in|on|at)\s+(?:me|my\s+face|her\s+face|his\s+face)\b|"
        r"\b(?:in\s+the\s+(?:snow|cold|rain)|barefoot|without\s+(?:food|dinner|shoes|a\s+coat))\b.{0,40}"
        r"\b(?:punish\w*|as\s+a\s+lesson|to\s+learn)\b|"
        r"\b(?:sat|sits|sitting|knelt|kneels|kneeling|pressed|stood)\s+on\s+my\s+(?:chest|neck|throat|back|"
        r"stomach)\b(?!.{0,40}\b(?:joke|joking|wrestl\w*|play\w*|laugh\w*|tickl\w*|pillow\s+fight))|"
        r"\b(?:me|my\s+\w+)\b.{0,40}\b(?:until|till)\s+i\s+(?:couldn'?t|can'?t|could\s+not)\s+"
        r"breathe\b|"
        r"\b(?:pours?|poured|puts?|transfers?|transferred|moves?|moved|takes?|took)\s+(?:all\s+)?my\s+(?:wages|"
        r"salary|pay|benefits|money|earnings)\s+(?:straight\s+)?into\s+(?:his|her|their)\s+(?:own\s+)?account\b|"
        r"\bgives?\s+me\s+(?:\w+\s+){0,2}(?:pounds|dollars|euros|quid|bucks)\s+a\s+(?:week|month)\b|"
        r"\b(?:filmed|films|recorded|records|photographed|photographs)\s+me\s+(?:in\s+the\s+(?:shower|bath|"
        r"bathroom)|undress\w*|naked|changing|having\s+sex|in\s+bed)\b|"
        r"\b(?:filmed|recorded|photographed)\s+me\b.{0,40}\bwithout\s+(?:me\s+knowing|my\s+(?:knowledge|"
        r"consent)|asking)\b|"
        r"\b(?:keeps?|kept|took|takes?|hides?|hid|holds?|held)\s+(?:the|our|my)\s+(?:kids'?|children'?s?|son'?s|"
        r"daughter'?s|baby'?s)\s+passports?\b.{0,60}\b(?:never|won'?t|can'?t|not\s+allowed|threat\w*)\b|"
        r"\b(?:he|she|they)\s+(?:\w+\s+)?(?:put|stubbed|pressed|held)\s+(?:a|his|her|their|the)\s+(?:lit\s+)?"
        r"(?:cigarette|cig|lighter|iron|hot\s+\w+)\s+(?:out\s+)?(?:on|into|against|to)\s+my\b"
    ),
    # Leaving blocked, a name tattooed, a car followed, a dog set on, food locked, hospital.
    "held, marked or hounded": (
        r"\b(?:when|whenever|every\s+time)\s+i\s+(?:try|tried)\s+to\s+leave\b.{0,60}\b(?:so\s+i\s+"
        r"(?:can'?t|couldn'?t)|blocks?|grabs?|stands?\s+in)\b|"
        r"\b(?:made|makes|forced|forces)\s+me\s+(?:to\s+)?(?:get|have)\s+(?:a\s+)?tattoo\b|"
        r"\bfollow\w*\s+(?:me|my\s+car)\b.{0,60}\b(?:every\s+time|everywhere|whenever|when\s+i\s+drive|"
        r"to\s+(?:my|work))\b|"
        r"\bset\w*\s+(?:the|his|her|their)\s+dogs?\s+on\s+(?:me|us|my)\b|"
        r"\b(?:have\s+to|must|made\s+to)\s+ask\s+(?:\w+\s+)?(?:permission\s+)?(?:to|before\s+i)\s+(?:eat|"
        r"shower|sleep|use\s+the\s+(?:toilet|bathroom|phone)|go\s+to\s+the\s+toilet)\b|"
        r"\block\s+on\s+the\s+(?:fridge|kitchen|cupboards?)\b|"
        r"\b(?:put|sent|landed)\s+(?:me|her|him|them)\s+in\s+(?:the\s+)?(?:hospital|a&e|intensive\s+care|icu|"
        r"the\s+er)\b|"
        r"\bmakes?\s+me\s+read\s+(?:it|them)\s+(?:out|aloud)\b"
    ),
    # Not stopping at no, a threat of arson or harm if the writer leaves, wounds in fights.
    "no ignored, threats if I leave": (
        r"\b(?:wouldn'?t|didn'?t|won'?t|doesn'?t|did\s+not)\s+stop\s+(?:when|after|even\s+when|even\s+though)\s+i\s+"
        r"(?:said|say|told\s+(?:him|her|them)|begged|cried|asked)\b(?!.{0,40}\b(?:tickl\w*|laugh\w*|joke|joking|"
        r"singing|talking))|"
        r"\b(?:if|when|once)\s+i\s+(?:ever\s+)?(?:leave|left|go|break\s+up|divorce|cheat)\b.{0,60}\b(?:he|she|"
        r"they)(?:'ll|\s+will|'d|\s+would)\s+(?:\w+\s+)?(?:burn|hurt|kill|destroy|smash|wreck|take\s+the\s+kids|"
        r"find|come\s+after)\b|"
        r"\b(?:scratch\w*|claw\w*|slap\w*|punch\w*|hit\w*|kick\w*)\s+(?:me\s+in\s+)?(?:my|the)\s+(?:face|neck|"
        r"eyes?|arms?|stomach|belly|head|chest|back)\b.{0,40}\b(?:during|when|in|whenever|every\s+time)\s+(?:\w+\s+)?"
        r"(?:fights?|arguments?|rows?|argue|fight|told|said|disagree\w*|upset)\b"
    ),
    # Children as leverage, a head smashed into something, work things destroyed, blocks
    # evaded with new numbers.
    "leverage and obstruction": (
        r"\b(?:see|get)\s+(?:the\s+kids|them|my\s+(?:kids|children|son|daughter|baby))\s+(?:again\s+)?(?:only\s+)?"
        r"(?:if|when|once)\s+i\s+(?:come\s+(?:home|back)|move\s+back|do\s+what|drop|apologi\w+)\b|"
        r"(?<!\bi\s)\b(?:slam\w*|smack\w*|bang\w*|smash\w*|shov\w*|knock\w*|bash\w*)\s+my\s+(?:head|face)\s+"
        r"(?:into|against|on|onto)\s+(?:the|a)\b|"
        r"\b(?:tore|torn|ripped|shredded|burned|burnt|destroyed|cut)\s+(?:up\s+)?my\s+(?:uniform|work\s+clothes|"
        r"passport|documents|papers|certificates?|cv|contract|id|visa|diploma)\b|"
        r"\bmessag\w*\s+(?:me\s+)?from\s+(?:new|different|fake|other)\s+(?:numbers|accounts)\b"
    ),
    # Stuck at home by design, sexual touching, watched through a keyhole.
    "stuck, touched or watched": (
        r"\b(?:unplug\w*|took|takes|hid|hides|disconnect\w*|locked|cut\s+off)\b.{0,60}\bso\s+(?:that\s+)?i'?m\s+"
        r"(?:stuck|trapped)\b|"
        r"\btouch\w*\s+my\s+(?:bum|butt|arse|ass|breasts?|boobs|crotch|privates?|private\s+parts)\b|"
        r"\bwatch\w*\s+me\s+through\s+the\s+(?:bathroom\s+|bedroom\s+)?(?:keyhole|window|door|crack)\b|\bkeyhole\b"
        r".{0,40}\b(?:watch\w*|spy\w*|look\w*\s+at\s+me)\b"
    ),
    # Control of what a person needs: hidden, withheld, rationed, returned for obedience.
    "control of needs": (
        rf"\b{PERSON}\s+(?:\w+\s+){{0,2}}?{HIDE}\s+(?:my|her|his|their|our)\s+(?:\w+\s+){{0,2}}{NEEDED}\b|"
        r"\b(?:get|have)\s+(?:it|them|my\s+\w+)\s+back\s+when\s+i\s+(?:learn|behave|apologi\w+|"
        r"do\s+as|say\s+sorry|obey)\b|"
        r"\b(?:made|makes?|forced?|forces)\s+(?:me|her|him)\s+(?:to\s+)?(?:delete|block|unfriend|drop)\s+"
        r"(?:every|all|each)\s+(?:of\s+)?(?:my|her|his|their)?\s*(?:\w+\s+)?(?:friends?|contacts?|"
        r"numbers?)\b"
    ),
    # Cameras or microphones in private rooms, or footage checked.
    "surveillance at home": (
        r"\b(?:cameras?|microphones?|mics?|recorders?)\s+(?:\w+\s+){0,3}(?:in|into)\s+(?:every\s+room|"
        r"the\s+bathroom|my\s+bedroom|the\s+bedroom|all\s+the\s+rooms)\b|"
        r"\b(?:cameras?|recordings?)\b.{0,80}\b(?:goes\s+through|went\s+through|checks?|watches|"
        r"reviews?)\s+(?:all\s+)?(?:the\s+)?(?:footage|recordings?|videos?)\b"
    ),
    # Monitoring beyond the phone: bag, receipts, mileage, minutes late.
    "checks on every move": (
        r"\b(?:goes|went|going)\s+through\s+(?:my|her|his)\s+(?:bag|purse|pockets|wallet|receipts|"
        r"underwear|drawers)\b.{0,80}\b(?:mileage|odometer|receipts|late|minutes|phone|where\s+i)\b|"
        r"\bchecks?\s+(?:the\s+car'?s\s+)?(?:mileage|odometer)\b"
    ),
    # Drugged, thrown at, locked out, a body that will not be found, an outing threat.
    "drugged, thrown at or shut out": (
        r"\b(?:put|slipped|spiked|dropped)\s+(?:something|a\s+pill|pills|drugs?|powder)\s+in(?:to)?\s+my\s+"
        r"(?:drink|glass|coffee|food)\b|\bspiked\s+my\s+(?:drink|glass)\b|\bmy\s+drink\s+(?:was|got)\s+spiked\b|"
        r"\b(?:throw\w*|threw|hurl\w*|chuck\w*|fling\w*|flung|lob\w*)\s+(?:\w+\s+){1,4}at\s+my\s+(?:head|face|"
        r"body|belly|stomach)\b|"
        r"\b(?:no\s*one|nobody|they|no\s+one\s+will)\s+(?:will|would|'?ll)?\s*(?:ever\s+)?find\s+(?:my|your|"
        r"the)\s+body\b|\b(?:bury|dump|hide)\s+(?:me|you|your\s+body|my\s+body)\s+(?:where|in\s+the|so)\b|"
        r"\b(?:lock\w*|shut\w*|kick\w*|throw\w*|threw)\s+(?:me|her|him|them|my\s+(?:\w+\s+)?(?:mum|mom|mother|"
        r"wife|sister|brother|son|daughter|kids?|children|partner))\s+out\s+(?:of\s+the\s+(?:house|flat|home)\s+)?"
        r"(?:in\s+the\s+(?:cold|snow|rain|winter|night)|in\s+winter|overnight|at\s+night|without\s+(?:a\s+coat|"
        r"shoes))\b|"
        r"\bthreat\w*\s+to\s+(?:tell|out|expose|report)\s+(?:[\w']+\s+){0,4}?(?:if|unless)\s+i\b|"
        r"\b(?:smash\w*|broke|break\w*|destroy\w*|snatch\w*|threw|throws?)\s+my\s+phone\b.{0,60}\b(?:when\s+i\s+"
        r"tried\s+to|so\s+i\s+(?:couldn'?t|can'?t)|(?:can'?t|couldn'?t)\s+(?:contact|call|reach)|to\s+stop\s+me)\b|"
        r"\bso\s+(?:that\s+)?i\s+(?:couldn'?t|can'?t|could\s+not|wouldn'?t\s+be\s+able\s+to)\s+(?:call|ring|phone|"
        r"text|get)\s+(?:for\s+)?(?:help|anyone|anybody|the\s+police|911|999|112|an\s+ambulance)\b"
    ),
    # A cigarette put out on the writer, leverage for sex, a child not fed.
    "burned, pressured or neglected": (
        r"\b(?:his|her|their)\s+(?:lit\s+)?(?:cigarette|cig|lighter|iron|spoon)\s+(?:out\s+)?(?:on|into|against)\s+"
        r"my\b|\b(?:if|unless)\s+i\s+(?:didn'?t|don'?t|won'?t|wouldn'?t)\s+(?:go|come|sleep|stay)\s+(?:to|with|in)\s+"
        r"(?:his|her|their)\s+(?:hotel\s+room|room|flat|place|bed|car)\b|"
        r"\b(?:puts?|put|held|holds|got|gets)\s+me\s+in\s+(?:a\s+)?(?:headlock|chokehold|choke\s*hold|"
        r"sleeper\s+hold)\b(?!.{0,40}\b(?:play|wrestl\w*|laugh\w*|tap\w*\s+out|joke|joking|game))|"
        r"\bme\b.{0,40}\b(?:until|till)\s+i\s+(?:go\s+dizzy|get\s+dizzy|pass(?:ed)?\s+out|black(?:ed)?\s+out|"
        r"can'?t\s+breathe|couldn'?t\s+breathe|see\s+stars|saw\s+stars)\b|"
        r"\b(?:takes?|took|hides?|hid|locks?\s+away|locked\s+away)\s+my\s+(?:\w+\s+){0,4}so\s+(?:that\s+)?i\s+"
        r"(?:can'?t|couldn'?t|cannot)\s+(?:leave|go\s+out|get\s+out|escape|call|get\s+help)\b|"
        r"\b(?:have\s+to|must|made\s+to|forced\s+to)\s+(?:beg|ask\s+permission)\s+(?:him\s+|her\s+|them\s+)?"
        r"(?:for\s+)?(?:\w+\s+)?(?:money|cash|food|grocery\s+money|my\s+own\s+money)\b|"
        r"\b(?:has|keeps|holds|took)\s+all\s+(?:the|my|our)\s+(?:bank\s+cards|cards|money|accounts)\b.{0,40}"
        r"\b(?:beg|ask|allowance|permission|nothing)\b|"
        r"\bmake\s+my\s+(?:visa|papers|permit|job|career|contract)\s+(?:disappear|go\s+away|vanish)\b|"
        r"\b(?:doesn'?t|does\s+not|won'?t|never|didn'?t|stopped)\s+(?:feed\w*|giv\w+\s+food\s+to)\s+(?:my|her|his|"
        r"the|our)\s+(?:\w+\s+)?(?:brother|sister|son|daughter|kids?|children|child|baby|toddler|stepson|stepdaughter)\b"
    ),
    # A consequence promised if the writer leaves or strays.
    "threat if I leave": (
        r"\b(?:if|when|once)\s+i\s+(?:ever\s+)?(?:leave|left|go|break\s+up|divorce|cheat|tell\s+anyone)\b"
        r".{0,60}\b(?:(?:ruin|destroy)\s+my\s+life|make\s+sure\s+i\s+(?:lose|never|regret|pay)|"
        r"end\s+up\s+in\s+(?:a|the)\s+(?:ditch|grave|hospital|river|box|body\s+bag|morgue))\b|"
        r"\b(?:(?:ruin|destroy)\s+my\s+life|make\s+sure\s+i\s+(?:lose|never|regret|pay)|end\s+up\s+in\s+"
        r"(?:a|the)\s+(?:ditch|grave|body\s+bag|morgue))\b.{0,60}\b(?:if|when|once)\s+i\s+(?:ever\s+)?"
        r"(?:leave|left|go|break\s+up|divorce|cheat|tell\s+anyone)\b"
    ),
    "other language": (
        r"\bgrozi\b.{0,30}\bskrzywdzi\b|\bzabra[lł]\s+mi\s+(?:telefon|dokumenty|paszport)\b|"
        r"\bnie\s+pozwala\s+mi\s+(?:wychodzic|wyjsc|pracowac|widywac)\b"
    ),
}


DANGER_SLOTS = tuple(("danger", name, re.compile(p)) for name, p in _DANGER.items())
