"""Weak safety signs: words everyday speech also uses, a case only in pairs.

"I'm a burden", "he checks my phone", "tying up loose ends", "he always says sorry
after": each is ordinary alone, and the rules in `safety.py` / `safety_cues.py` must
not flag it. Two weak signs of different categories and the same kind in one message
are a hit (a farewell plus hopelessness, monitoring plus isolation, rough handling plus
minimising). One weak sign, or a risk word, also lowers the margin the screen's
embedding backstop needs (`screen.py`).

All patterns run on the normalised text (lower case, straight quotes, idioms removed).
"""

from __future__ import annotations

import re

_WEAK = {
    # crisis
    ("crisis", "burden"): (
        r"\b(?:i'?m|i\s+am|feel\s+like|being)\s+(?:just\s+|such\s+|only\s+|nothing\s+but\s+)?"
        r"a\s+(?:burden|weight|drain|problem)\s+(?:on|to|for)\s+(?:every\w*|them|my\s+family|all)\b|"
        r"a\s+burden\b|\bnobody\s+would\s+(?:miss|notice)\s+me\b|\bno\s*one\s+would\s+(?:miss|notice)\s+me\b|\bburden\s+(?:to|on)\s+(?:every\w*|all|my|them)\b"
    ),
    ("crisis", "self-harm marks"): (
        r"\bscars?\b.{0,40}\b(?:new\s+ones|fresh|made\s+(?:more|new))\b|\bfresh\s+(?:cuts|burns)\b"
    ),
    ("crisis", "hopeless"): (
        r"\bno\s+reason\s+to\s+(?:get\s+(?:out\s+of\s+bed|up)|keep\s+going|try)\b|"
        r"\bno\s+point\s+(?:anymore|any\s+more|in\s+(?:anything|trying|any\s+of\s+(?:it|this)))|"
        r"\bwhat'?s\s+the\s+point\s+(?:anymore|of\s+(?:anything|it\s+all|trying))|\bwhat'?s\s+the\s+point\s*(?:[.!?,]|$)|"
        r"\b(?:don'?t|do\s+not)\s+care\s+what\s+happens\s+(?:to\s+me\b|$|[.!?,])|"
        r"\bcan'?t\s+(?:do\s+this|take\s+(?:it|this))\s+any\s*more\b|"
        r"\bhow\s+(?:much\s+)?longer\s+i\s+can\s+keep\s+(?:going|pretending|doing\s+this|holding\s+on)\b|"
        r"\bcan'?t\s+wait\s+for\s+(?:this|it)\s+(?:all\s+)?to\s+be\s+over\b|\bno\s+way\s+out\b|"
        r"\bya\s+no\s+(?:aguanto|puedo)\b|\bn'?en\s+peux\s+plus\b|\bhalte\s+(?:es|das)\s+nicht\b"
    ),
    ("crisis", "a time set"): (
        r"\bone\s+way\s+or\s+another\b|\btonight'?s\s+the\s+night\b|\b(?:it'?ll|it\s+will)\s+(?:all\s+)?be\s+over\s+"
        r"(?:soon|tonight)\b|\bthis\s+is\s+goodbye\b|\bone\s+last\s+time\b|"
        r"\b(?:after|on|by|past)\s+(?:\w+\s+){0,4}(?:the\s+\d+\w*|monday|tuesday|wednesday|thursday|"
        r"friday|saturday|sunday|tonight|tomorrow|christmas|my\s+birthday)\W+(?:\w+\s+){0,3}"
        r"(?:i'?m|i\s+am|i'?ll\s+be)\s+(?:done|gone|finished|out)\b(?!\s+(?:with|for|of|at|to))|"
        r"\b(?:a|my|one|our)\s+(?:nice|good|final|proper)?\s*last\s+(?:night|day|weekend|evening|"
        r"dinner|meal)\b|\b(?:she|he|they)(?:'ll|\s+will)\s+need\s+(?:them|it)\s+soon\b|\bthis\s+is\s+my\s+last\s+(?:christmas|birthday|summer|new\s+year|spring)\b"
    ),
    ("crisis", "calm after deciding"): (
        r"\bfeel\s+(?:so\s+)?(?:calm|at\s+peace|peaceful|relieved)\b(?=.{0,40}$)|"
        r"\btalk\w*\s+about\s+(?:the\s+end|ending\s+it|dying|death|not\s+being\s+(?:here|around))\b"
    ),
    ("crisis", "means stored"): (
        r"\b(?:stash|stockpile|hoard|supply|pile)\s+of\s+(?:\w+\s+)?(?:pills|tablets|meds|painkillers|"
        r"sleeping\s+pills)\b"
    ),
    ("crisis", "a plan"): (
        r"\bhow\s+to\s+tie\s+(?:a\s+)?(?:knots?|nooses?|slip\s*knots?)\b|\bhave\s+a\s+plan\s+and\s+a\s+(?:date|time|method|place)\b|\bthe\s+plan(?:'s|\s+is)\s+(?:\w+\s+)?(?:ready|set|in\s+place|sorted|done)\b|\b(?:planning|planned|plan)\s+my\s+(?:exit|way\s+out|last)\b|\b(?:picked|chose|chosen|pick|choose|set)\s+"
        r"(?:a|the)\s+(?:spot|place|date|day|method)\b"
    ),
    ("crisis", "resolve"): (
        r"\bdon'?t\s+(?:try\s+(?:to\s+)?)?(?:talk|stop)\s+me\s+(?:out\s+of\s+it)?\b|"
        r"\bthat'?s\s+it\s+for\s+me\b|\bready\s+to\s+stop\s+fighting\b|\balready\s+decided\b|\bmade\s+(?:my\s+)?peace\s+with\s+(?:it|dying|death|everything)\b|\bmy\s+mind\s+is\s+made\s+up\b|\btold\s+(?:\w+\s+){1,2}i(?:\s+was|'?m|\s+am)\s+fine\b"
    ),
    ("crisis", "means acquired"): (
        r"\b(?:bought|got|ordered)\s+(?:everything|what|all)\s+i\s+need(?:ed)?\b(?!\s+(?:for|to|from))|"
        r"\b(?:bought|got|buying|getting|ordered|found)\s+(?:a|some|myself\s+a)\s+(?:gun|rope|"
        r"razors?|blades?|pistol|rifle|charcoal|bottle\s+of\s+pills)\b"
    ),
    ("crisis", "goodbyes"): (
        r"\b(?:saying\s+sorry|apologi\w+)\s+to\s+(?:every\w*|all)\b|\bsorry\s+for\s+everything\b|\btell\s+\w+(?:\s+\w+)?\s+(?:that\s+)?i'?m\s+sorry\b(?!\s+(?:i'?ll\s+be|for\s+being|i\s+can'?t|about\s+the))|\bsaid\s+goodbye\s+to\s+\w+(?:\s+\w+)?\s+in\s+my\s+head\b|"
        r"\bjust\s+wanted\s+to\s+tell\s+someone\b|\bcan'?t\s+do\s+the\s+rest\b|\b(?:please\s+)?look\s+after\s+(?:my\s+)?[a-z]+\s+for\s+me\b|"
        r"\bplease\s+look\s+after\b|\b(?:when|after)\s+(?:he|she|they|you)\s+(?:reads?|finds?)\s+"
        r"this\b|\btell\s+\w+(?:\s+\w+)?\s+(?:that\s+)?i\s+loved\b|\bweird\s+goodbyes?\b|"
        r"\b(?:said|saying|say)\s+goodbye\s+to\s+(?:all|every\w*|us|you\s+all|people)\b|"
        r"\bgoodbye\s+(?:messages?|texts?|letters?|world)\b|\bsaying\s+goodbye\b|"
        r"\b(?:letters?|notes?)\s+(?:for|to)\s+(?:my|every\w*|each)\b|"
        r"\b(?:letters?|notes?)\s+(?:are|is)\s+(?:all\s+)?(?:already\s+)?(?:written|ready|done|sealed|"
        r"sorted|signed)\b|\b(?:wrote|written|writing|finished)\s+(?:the|my|all\s+the)\s+(?:goodbye\s+)?"
        r"(?:letters|notes)\b"
    ),
    ("crisis", "unexplained"): (
        r"\b(?:she|he|they)\s+(?:doesn'?t|don'?t|didn'?t|does\s+not)\s+know\s+why\b|"
        r"\bwithout\s+(?:telling|explaining\s+to)\s+(?:\w+\s+)?why\b"
    ),
    ("crisis", "gratitude"): (r"\bthank\w*\s+(?:\w+\s+)?for\s+everything\b"),
    ("crisis", "possessions given away"): (
        r"\bgave\s+(?:me|her|him|us)\s+(?:his|her|their)\s+(?:watch|ring|guitar|necklace|car|dog|cat|"
        r"records|books|jacket|bike)\b|"
        r"\bgave\s+(?:\w+\s+){1,3}(?:all\s+)?my\s+(?:savings|money|things|stuff|belongings|jewel\w*|car|"
        r"guitar|records|books|clothes|pets?|dog|cat)\b|\b(?:gave|giving|give|given)\s+(?:away\s+)?(?:all\s+)?(?:my|her|his|their)\s+(?:\w+\s+){0,2}(?:to|away)\b"
    ),
    ("crisis", "settling up"): (
        r"\bdelet\w*\s+(?:all\s+)?(?:of\s+)?my\s+(?:socials|accounts|social\s+media|profiles?)\b|\bwon'?t\s+(?:need|be\s+needing)\s+(?:them|it|any\s+of\s+(?:it|this|them))\b(?!\s+(?:in|on|at|for|"
        r"until|till|because|since|when|if|now|there|here|today|tomorrow))|\bnothing\s+left\s+to\s+(?:sort|do|say|fix|settle)\b|\bcancel\w*\s+my\s+(?:phone|contract|"
        r"subscriptions?|lease|gym|insurance)\b|\bloose\s+ends\b|\btidying\s+up\s+before\s+(?:leaving|i\s+go|the\s+end)\b|\bleft\s+(?:the|my)\s+passwords\s+(?:for|with)\b|\bdebts\s+(?:are\s+)?(?:all\s+)?paid\s+off\b|\b(?:knows?|instructions\s+for|list\s+of)\s+(?:all\s+)?(?:my|the)\s+passwords\b|\bfound\s+after\b|\b(?:affairs|things)\s+(?:are\s+)?(?:sorted|in\s+order)\b"
    ),
    ("crisis", "a place calling"): (
        r"\b(?:river|sea|bridge|cliffs?|tracks|edge|water|roof|ocean)\b.{0,30}\b(?:calling|calls)\s+"
        r"(?:me|to\s+me)\b|\b(?:going|go|went)\s+to\s+the\s+(?:cliffs?|bridge|tracks|river|roof)\s+"
        r"(?:tonight|alone|one\s+last)\b"
    ),
    ("crisis", "the only way"): (
        r"\b(?:this|that|it)\s+is\s+the\s+only\s+way\b|\bonly\s+way\s+out\b|\blooking\s+like\s+an\s+"
        r"option\b|\bso\s+(?:they|people|everyone)\s+(?:will\s+)?remember\s+me\b"
    ),
    ("crisis", "withdrawal"): (
        r"\bwon'?t\s+(?:answer|pick\s+up|respond)\b|\blocked\s+(?:her|him|them|my)(?:self|selves)?\s+(?:bedroom\s+)?(?:in|door)\b|"
        r"\b(?:isn'?t|is\s+not|not|stopped)\s+(?:answering|picking\s+up|responding)\b|"
        r"\bphone(?:'s|\s+is|\s+was|\s+has\s+been)\s+(?:now\s+|been\s+)?(?:off|switched\s+off|dead|going\s+straight\s+to)\b|"
        r"\bstraight\s+to\s+voicemail\b|\b(?:isn'?t|is\s+not|wasn'?t)\s+(?:at\s+)?home\b|\b(?:turned|switched)\s+(?:off\s+)?(?:his|her|their)\s+phone\b|"
        r"\bgone\s+(?:silent|quiet|dark)\s+(?:since|after)\b"
    ),
    # danger
    ("danger", "monitoring"): (
        r"\b(?:checks?|checking|goes\s+through|went\s+through|reads?|reading|looks?\s+through|"
        r"search\w*)\s+(?:all\s+)?(?:of\s+)?(?:my|her|his)\s+(?:phone|messages|texts|emails|dms|chats|browser|"
        r"bank\w*)\b|\b(?:always\s+)?knows\s+where\s+i\s+(?:live|am|work|sleep|go)\b|"
        r"\btracks?\s+(?:my\s+)?(?:location|where\s+i)\b|"
        r"\bknows\s+(?:exactly\s+)?(?:what\s+time|when)\s+i\s+(?:finish|leave|get\s+home|get\s+off)\b"
    ),
    ("danger", "interrogation"): (
        r"\b(?:quizz\w*|interrogat\w*|grill\w*)\s+me\b|\b(?:where|everywhere)\s+i\s+(?:went|go|was|"
        r"am)\b.{0,40}\bwho\s+i\s+(?:talked|talk|spoke|speak|saw|see|text\w*|was\s+with)\b"
    ),
    ("danger", "consent absent"): (
        r"\b(?:never|didn'?t|did\s+not)\s+(?:say|said)\s+yes\b|\bwithout\s+my\s+consent\b|"
        r"\b(?:didn'?t|did\s+not|never)\s+consent\b|\b(?:don'?t|do\s+not|didn'?t)\s+want\s+(?:him|her|"
        r"them)\s+to\b"
    ),
    ("danger", "night intrusion"): (
        r"\b(?:comes?|came|coming|gets?|got)\s+(?:into|in)\s+(?:to\s+)?my\s+(?:room|bed|bedroom)\b|"
        r"\b(?:on\s+top\s+of|undress\w*|touch\w*)\s+me\b.{0,30}\b(?:asleep|sleeping|woke|night)\b|"
        r"\bwoke\s+up\b.{0,30}\b(?:on\s+top\s+of\s+me|touching\s+me|undress\w*)"
    ),
    ("danger", "cornered"): (r"\bcorners?\s+me\b|\bcornered\s+me\b"),
    ("danger", "grabbed"): (r"\bgrabs?\s+me\b|\bgrabbed\s+me\b"),
    ("danger", "isolation"): (
        r"\b(?:made|makes|make|forced?|forces)\s+me\s+(?:delete|block|unfriend|unfollow|cut\s+off|"
        r"stop\s+(?:seeing|talking\s+to))\b|"
        r"\b(?:not|never)\s+allowed\s+to\s+(?:see|go|leave|talk|visit|call|text|meet|work)\b|"
        r"(?<!\bmum\s)(?<!\bmom\s)(?<!\bdad\s)(?<!\bparents\s)\bwon'?t\s+let\s+(?:me|her|him)\b|\bcut\s+me\s+off\s+from\b|"
        r"\b(?:broke|smashed|destroyed|took)\s+my\s+phone\b"
    ),
    ("danger", "distress heard"): (
        r"\bhear\w*\s+(?:\w+\s+){1,4}?(?:scream\w*|cry\w*|sobbing)\b|"
        r"\b(?:screaming|crying|sobbing)\b.{0,30}\bevery\s+night\b"
    ),
    # A child's age pairs only with grooming signs (a parent's rules for a teenager
    # are not control).
    ("danger-child", "a minor"): (
        r"\bi'?m\s+(?:1[0-7]|[5-9])\b|\b(?:1[0-7]|[5-9])\s*(?:yo|y/o|years?\s+old)\b"
    ),
    ("danger-child", "grooming"): (
        r"\b(?:explicit|nude|naked|sexy|dirty)\s+(?:pictures|photos|pics|selfies|videos)\b|"
        r"\bask\w*\s+(?:me\s+)?for\s+(?:mine|pictures|photos|pics|nudes)\b|"
        r"\b(?:get|gets|getting|got)\s+(?:me|her|him|my\s+\w+|them)\s+alone\b|\bcan'?t\s+tell\s+anyone\s+about\s+(?:us|it|this|what\s+(?:we|he|she)\s+"
        r"(?:do|did))\b|\bdon'?t\s+tell\s+(?:your|anyone|"
        r"mum|mom|dad)\b|\btouch\w*\s+my\s+(?:legs?|thighs?|chest|breasts?|bum|butt|private\w*|body)\b"
    ),
    ("danger-child", "secret"): (
        r"\b(?:our|their|a|his|her)\s+(?:little\s+|special\s+|own\s+)+secret\b|\bsecret\s+game\b"
    ),
    ("danger-child", "regression"): (
        r"\b(?:started\s+)?wet(?:ting|s)?\s+the\s+bed\s+again\b|\bstarted\s+wetting\b|"
        r"\bwon'?t\s+(?:go|stay)\s+(?:near|with)\s+(?:him|her|uncle|grandad|grandpa)\b"
    ),
    ("danger", "police involved"): (
        r"\b(?:police|restraining\s+order|protective\s+order|non-molestation|injunction|"
        r"cease\s+and\s+desist)\b"
    ),
    ("danger", "injury signs"): (
        r"\bstitches\b|\b(?:ended\s+up|was|went)\s+in\s+(?:a&e|the\s+er|hospital|the\s+hospital)\b|\bbruis\w*|\bblack\s+eyes?\b|\bmarks\s+on\s+(?:my|her|his)\s+(?:neck|throat|arms?|wrists?|face)|\b(?:finger|hand|grip)\s*marks\b|"
        r"\bsays?\s+(?:she'?s|he'?s|i'?m|she\s+is|he\s+is)\s+(?:just\s+)?clumsy\b|"
        r"\bwalked\s+into\s+a\s+door\b"
    ),
    ("danger", "rage"): (
        r"\b(?:screams?|screaming)\s+at\s+me\b|\bthrows?\s+things\b|"
        r"\b(?:punch\w*|kick\w*)\s+(?:the\s+|holes\s+in\s+the\s+)?(?:walls?|doors?)\b|"
        r"\braises?\s+(?:his|her|their)\s+(?:hand|fist)\b|\bsetting\s+(?:him|her|them)\s+off\b"
    ),
    ("danger", "rough handling"): (
        r"\b(?:grab\w*|squeez\w*|yank\w*|twist\w*|shak\w*|pinch\w*|jab\w*|pok\w*)\s+"
        r"(?:me\s+by\s+)?my\s+(?:\w+\s+)?(?:arms?|wrists?|neck|throat|hair|shoulders?|face|jaw|chin)\b|"
        r"\b(?:gets?|got|can\s+be|'s|is|was)\s+(?:a\s+)?(?:bit|little|kind\s+of|sort\s+of)?\s*"
        r"(?:rough|physical|handsy)\s+(?:with\s+me|when|if|after)\b|"
        r"\b(?:puts?|putting|put|lays?|laid|laying)\s+(?:his|her|their)\s+hands\s+on\s+(?:me|her|him)\b"
        r"(?!\s+(?:gently|softly|to\s+(?:comfort|reassure)))"
    ),
    ("danger", "minimising"): (
        r"\b(?:always|then)\s+(?:says?|said)\s+(?:he'?s|she'?s|they'?re)?\s*sorry\b|\bsays\s+sorry\s+after|\b(?:says?|said)\s+i\s+made\s+(?:him|her|them)\s+do\s+it\b|"
        r"\b(?:apologi[sz]es|cries)\s+(?:after|afterwards)\b|\b(?:didn'?t|doesn'?t)\s+mean\s+(?:it|to)\b|"
        r"\bonly\s+(?:when|if)\s+(?:he|she|they)(?:'s|\s+is|'re|\s+are|\s+gets?|\s+drinks?)\b|"
        r"\bonly\s+(?:when|if)\s+i\s+(?:\w+\s+)?(?:push|provoke|annoy|wind|deserve|make|upset|start|"
        r"push\s+(?:him|her|them))\w*\b|\bi\s+(?:probably\s+)?(?:deserved|deserve)\s+it\b|"
        r"\bwasn'?t\s+(?:really|that)\s+(?:squeezing|hard|hitting|bad)\b|\bit\s+was\s+an\s+accident\b"
    ),
    ("danger", "impersonation"): (
        r"\bpretend\w*\s+to\s+be\s+me\b|\bfake\s+(?:accounts?|profiles?)\s+(?:of|as|pretending)\b"
    ),
    ("danger", "showing up"): (
        r"\b(?:shows?|showing|showed|turns?|turning|turned)\s+up\s+(?:at|outside)\s+my\s+"
        r"(?:work|job|house|home|door|school|gym|flat|apartment|place|office)\b"
    ),
    ("danger", "despite being told"): (
        r"\beven\s+(?:though|after|when)\s+i\s+(?:moved|blocked|changed|told\s+(?:him|her|them)\s+to\s+"
        r"(?:stop|stay\s+away)|got\s+a\s+restraining|asked\s+(?:him|her|them)\s+to\s+stop)\b"
    ),
    ("danger", "lingering outside"): (
        r"\bwait\w*\s+for\s+me\s+(?:at|outside|after)\b|\b(?:sit\w*|sat|wait\w*|park\w*|stand\w*|watch\w*|lurk\w*)\s+(?:in\s+(?:the|his|her|their)\s+"
        r"car|outside|across\s+the\s+street|in\s+the\s+car\s*park|in\s+the\s+parking\s+lot)\b"
    ),
    ("danger", "money taken"): (
        r"\baccount\s+for\s+every\s+(?:penny|cent|pound|dollar|minute)\b|\b(?:tak\w+|took|steal\w*|stole|drain\w*|empt\w+|withdraw\w*)\s+(?:all\s+)?(?:the\s+)?"
        r"(?:money|cash|savings)\s+(?:from|out\s+of)\s+(?:my|her|his|our|their)\s+"
        r"(?:account|bank|wallet|purse|pension|savings)\b|\ballowance\b"
    ),
    ("danger", "veiled threat"): (
        r"\b(?:should|better|had\s+better|'d\s+better)\s+(?:be\s+careful|watch\s+(?:my|your|her|his|"
        r"their)\s*(?:back|self)|watch\s+out|sleep\s+with\s+one\s+eye)|\bor\s+else\b|"
        r"\bmake\s+me\s+(?:pay|regret|suffer)\b|\byou'?ll\s+(?:regret\s+it|see\s+what\s+happens)\b|\b(?:i'?ll|i\s+will|she'?ll|he'?ll)\s+"
        r"regret\s+(?:it|this)\b"
    ),
}

RISK_WORDS = re.compile(
    r"\b(?:pills?|tablets?|meds|medication|overdos\w*|razor|blades?|lighter|bleed\w*|blood|bruis\w*|"
    r"bridge|tracks|roof|ledge|cliff|rope|gun|knife|goodbye|die|dead|death|dying|kill\w*|suicid\w*|"
    r"hurt\w*|harm\w*|hit\w*|scared|afraid|terrified|threat\w*|forc\w*|stalk\w*|follow\w*|track\w*|"
    r"locked|grab\w*|push\w*|shov\w*|slap\w*|chok\w*|wake\s+up|exist\w*|alive|burden|anymore|gone|"
    r"end\s+things|last)\b"
)
"""Words that make a crisis or danger reading plausible: with one of them (or one weak
sign) the embedding backstop needs a smaller lead over the ordinary examples."""

WEAK = tuple((kind, name, re.compile(p)) for (kind, name), p in _WEAK.items())


def has_risk_cue(text: str) -> bool:
    """A risk word or any one weak sign in the normalised text."""
    return bool(RISK_WORDS.search(text)) or any(p.search(text) for _k, _n, p in WEAK)


def weak_signs(text: str) -> tuple[str, str] | None:
    """(kind, the signs' names) when two weak signs of one group co-occur, else None."""
    found: dict[str, list[str]] = {}
    for kind, name, pattern in WEAK:
        if pattern.search(text):
            found.setdefault(kind, []).append(name)
    for kind, names in found.items():
        if len(names) >= 2:
            return kind.split("-")[0], " + ".join(names)
    return None
