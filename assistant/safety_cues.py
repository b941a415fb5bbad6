"""Safety rules by meaning: named categories of crisis and danger signs.

`safety.py` holds the first rules, written phrase by phrase. The patterns here are
written per category of what a person does or says (a means plus an intent, farewell
behaviour, self-injury with a coping purpose, control of money/documents/movement,
a weapon shown during a fight, a veiled threat...), so that one pattern covers many
phrasings of the same thing rather than one sentence.

Each pattern here is STRONG: one match is enough, the sign is unambiguous on its own.
Signs that everyday speech also uses ("I'm a burden", "he checks my phone") are weak
and live in `safety_signs.py`: there two of them together make a case.

All patterns run on the normalised text (lower case, straight quotes, idioms removed).
"""

from __future__ import annotations

import re

from .safety_cues_danger import STRONG_DANGER
from .safety_text import first_sign

MEDS = (
    r"(?:pills|tablets|meds|medications?|antidepressants|painkillers|paracetamol|tylenol|"
    r"acetaminophen|ibuprofen|aspirin|insulin|sleeping\s+pills|sleepers|xanax|valium|"
    r"opioids|oxy\w*|prescriptions?)"
)
BODY = (
    r"(?:wrists?|arms?|forearms?|thighs?|legs?|hips?|stomach|belly|skin|chest|ribs|ankles?|"
    r"shoulders?)"
)
_STRONG_CRISIS = {
    # A wish not to wake up or to die, said as relief rather than as a plan.
    "passive death wish": (
        r"\b(?:hope|hoping|wish)\s+(?:the|my)\s+(?:plane|flight|bus|train|car)\s+(?:goes\s+down|crash\w*)\b|"
        r"\b(?:imagine|imagining|think\w*\s+about|dream\w*\s+(?:of|about))\s+not\s+(?:existing|being\s+"
        r"(?:here|alive|around))\b|"
        r"\b(?:hop\w*|wish\w*|pray\w*)\s+(?:for\s+)?(?:an?\s+)?(?:fatal\s+)?(?:accident|car\s+crash|"
        r"crash)\b(?!\s+in)|\bdon'?t\s+have\s+to\s+do\s+it\s+myself\b|"
        r"\bthe\s+only\s+(?:thing|reason|one)\s+(?:stopping\s+me\s+(?:is|are)|keeping\s+me\s+(?:alive|"
        r"here))\b|\b(?:fall\s+asleep|lie\s+down|sleep)\s+in\s+the\s+(?:snow|cold|river|sea|water)\b"
        r".{0,20}\b(?:stay|never|not\s+wake)|"
        r"\bif\s+i\s+(?:\w+\s+){0,2}(?:crashed|died|got\s+hit|drowned|fell|didn'?t\s+make\s+it)\b.{0,30}"
        r"\b(?:wouldn'?t|would\s+not)\s+(?:be\s+)?(?:upset|sad|mind|care|bothered)\b|"
        r"\b(?:go\s+to\s+sleep|sleep|drink\w*)\b.{0,80}\b(?:not|never|won'?t)\s+(?:come\s+(?:back|round|"
        r"around)|wake\s+up)\b|\bchecking\s+out\b(?!\s+(?:the|a|of|at|this|that|some|new|my\s+\w+'s))|"
        r"\b(?:not|stop)\s+eating\s+until\s+i\s+(?:disappear|die|vanish|waste\s+away)\b|"
        r"\b(?:wouldn'?t|would\s+not|won'?t|don'?t|do\s+not|(?:'d|would)\s+(?:\w+\s+)?not)\s+"
        r"(?:really\s+)?(?:mind|care|bother\s+me)\s+if\s+"
        r"(?:i\s+(?:\w+\s+){0,2}(?:didn'?t|did\s+not|never|don'?t|wouldn'?t)\s+(?:wake|woke)\s+up|"
        r"i\s+(?:\w+\s+){0,2}(?:died|was\s+gone|were\s+gone|disappeared|stopped\s+existing|"
        r"got\s+hit|never\s+came\s+back)|(?:a|some)\s+(?:car|bus|truck|train)\s+hit\s+me|"
        r"(?:something|anything)\s+(?:bad\s+)?happened\s+to\s+me|it\s+all\s+(?:ended|stopped))|"
        r"\b(?:hope|hoping|wish|pray)\s+(?:that\s+)?i\s+(?:\w+\s+){0,2}(?:don'?t|do\s+not|never|"
        r"won'?t|wouldn'?t)\s+wake\s+up\b|\bgo\s+to\s+sleep\s+and\s+(?:just\s+)?not\s+wake\s+up\b"
    ),
    # Others said to be better off once the writer is gone.
    "others relieved": (
        r"\b(?:happier|better\s+off|easier|relieved|lighter|freer|quieter|simpler|calmer|more\s+peaceful)\s+"
        r"(?:if|when|once)\s+i\s+"
        r"(?:\w+\s+)?(?:vanished|disappeared|was\s+gone|were\s+gone|died|was\s+dead|were\s+dead|"
        r"wasn'?t\s+(?:here|around|alive|in\s+it)|weren'?t\s+in\s+it|was\s+no\s+longer\s+(?:here|around|alive)|didn'?t\s+exist)\b"
    ),
    # Things arranged for "after": the writer expects not to be there.
    "arrangements for after": (
        r"\b(?:after|when|once)\s+i'?m\s+(?:gone|dead|no\s+longer\s+(?:here|around))\b"
        r"(?!\s+(?:on|for|to|at|from|away|out|over|abroad|travel\w*))|"
        r"\b(?:after|when|once)\s+i\s+(?:die|kill\s+myself)\b|"
        r"\b(?:put|putting|get|getting)\s+my\s+affairs\s+in\s+order\b|"
        r"\bwho\s+(?:will|would|'?ll)\s+(?:take\s+care\s+of|look\s+after|feed|raise)\s+my\s+"
        r"(?:\w+\s+)?(?:kids|children|cat|dog|pets?)\s+(?:when|if|after)\s+i\b"
    ),
    # Not being around, said of the future in general.
    "not being around": (
        r"\b(?:won'?t|will\s+not|not\s+going\s+to|no\s+longer\s+going\s+to|not\s+gonna)\s+be\s+"
        r"(?:here|around|alive)\s+(?:much\s+longer|for\s+(?:much\s+)?long|anymore|any\s+more|"
        r"by\s+(?:then|next|the\s+time)|after\s+(?:tonight|today|this)|to\s+see\b)|"
        r"\b(?:won'?t|will\s+not|never|no\s*one\s+will|nobody\s+will|none\s+of\s+(?:you|them|us)\s+will)\s+have\s+to\s+(?:deal\s+with|"
        r"worry\s+about|put\s+up\s+with|see|hear\s+from)\s+(?:me|my\s+\w+)\s+(?:again|anymore|any\s+more|"
        r"much\s+longer|for\s+(?:much\s+)?long)\b"
    ),
    # A means of dying taken in quantity, for oneself or reported of someone else.
    "means in quantity": (
        r"\b(?:fall|drop|dose|pills|bottle|jump|height|overdose)\b.{0,30}\b(?:would|will|could)\s+(?:do\s+it|"
        r"be\s+enough\s+to\s+(?:kill|end)|finish\s+me|kill\s+me)\b|"
        r"\b(?:drank|drink\w*|swallow\w*)\s+(?:(?:a|the|some)\s+)?(?:(?:bottle|cup|glass|mouthful)\s+"
        r"of\s+)?(?:(?:the|some)\s+)?(?:bleach|"
        r"antifreeze|poison|weedkiller|drain\s+cleaner|pesticide)\b|"
        r"\b(?:keep|keeps|carry|hide|hidden)\s+(?:a\s+|the\s+|some\s+|my\s+)?(?:\w+\s+)?(?:razor|blades?|pills)\b.{0,40}\b(?:for\s+(?:bad\s+"
        r"days|emergencies)|just\s+in\s+case)\b|"
        r"\b(?:took|taken|take|taking|swallow\w*|downed)\s+(?:a|an|the|her|his|their|my)\s+"
        r"(?:whole|entire|full)\s+(?:bottle|pack|packet|box|strip|blister|jar|tub)\b|"
        r"\b(?:lethal|fatal|deadly)\s+(?:dose|amount|quantity)\b|"
        rf"\bhow\s+many\s+(?:of\s+)?(?:\w+\s+){{0,3}}{MEDS}\b.{{0,40}}\b(?:lethal|fatal|kill|die|deadly|"
        r"too\s+many|overdose|enough)\b|"
        rf"\b{MEDS}\s+(?:would|will|could)\s+(?:be\s+)?(?:lethal|fatal|deadly|kill)\b|"
        rf"\b(?:sav\w*|hoard\w*|stockpil\w*|(?:collect|gather)\w*\s+up)\s+(?:up\s+)?(?:my\s+|her\s+|his\s+)?{MEDS}\b"
    ),
    # Self-injury on the body, with a coping purpose, a tool, hiding or repetition.
    "self-injury": (
        rf"\b(?:pour\w*|press\w*|held|hold\w*)\s+(?:a\s+|the\s+)?(?:boiling|scalding|hot)\s+\w+\s+(?:on|onto|over)\s+my\s+"
        rf"(?:\w+\s+)?(?:{BODY}|hands?|feet|foot)\b|\bcarv\w*\b.{{0,30}}\binto\s+my\s+(?:\w+\s+)?{BODY}\b|"
        rf"\b(?:cut|cuts|cutting|burn|burns|burned|burnt|burning|scratch\w*|carv\w*|scald\w*|scrub\w*)\s+"
        rf"(?:on\s+|into\s+)?my\s+(?:own\s+)?(?:\w+\s+)?{BODY}\b"
        r"(?=.{0,80}\b(?:lighter|razor|blade|knife|scissors|cigarette|compass|bleach|raw|bled|on\s+purpose|"
        r"deliberately|calm\w*|feel\s+(?:something|better|real|alive)|cope|coping|relief|release|"
        r"punish\w*|deserve|until|so\s+(?:the|no\s*one|nobody|he|she|they)|hide|scars?|marks|urge|"
        r"every\s+time|whenever|afterwards|the\s+only\s+thing|numb)\b)|"
        r"\b(?:started|start|been|keep|kept|back\s+to|went\s+back\s+to|relaps\w+\s+(?:and|into))\s+"
        r"(?:cutting|burning|scratching|self[- ]?harming|hurting\s+myself)\b"
        r"(?!\s+(?:back|down|corners|class|carbs|sugar|costs|ties|hair|coupons|out|him|her|them|"
        r"people|in|off|it|the|through|my\s+(?:hair|nails|spending|savings|money)))|"
        rf"\b(?:cutting|burning)\s+(?:again|on\s+my\s+{BODY})\b|"
        r"\b(?:took|take|taking|put|putting|held|hold|holding|press\w*)\s+(?:a|the|my)\s+(?:hot\s+)?"
        r"(?:razor|blade|knife|compass|lighter|cigarette|scissors|pin|needle|match|iron|pan)\s+"
        rf"(?:to|against|on|into)\s+my\s+(?:\w+\s+)?{BODY}\b|"
        r"\brelaps\w+\b.{0,30}\b(?:cutting|self[- ]?harm)"
    ),
    # Looking up how a body dies, or stepping into the way of a train.
    "method research": (
        r"\bhow\s+(?:long|much|many|high|deep)\b.{0,40}\b(?:bleed\s+out|to\s+(?:die|drown|hang)|"
        r"drown|suffocat\w*|lethal|fatal|to\s+kill\s+(?:a\s+person|someone|yourself|myself))\b|"
        r"\b(?:step\w*|jump\w*|fall\w*)\s+(?:off|from)\s+(?:the|a)\s+(?:platform|ledge|roof|"
        r"balcony|overpass)\b|\bnot\s+(?:coming|come|to\s+come)\s+(?:back\s+)?up\b"
    ),
    # Sitting at the edge of a height, or letting something kill the writer.
    "at the edge": (
        r"\b(?:sat|sit\w*|stood|stand\w*)\s+(?:on\s+)?(?:the\s+)?edge\s+of\s+(?:the|a|my)\s+(?:\w+\s+)?"
        r"(?:multi-?storey|car\s*park|roof|rooftop|building|bridge|cliff|platform|tower|balcony)\b|"
        r"\blet\s+(?:the|a)\s+(?:train|sea|water|river|waves|current|cold|traffic|truck|car|bus)\s+"
        r"take\s+me\b"
    ),
    # The writer's own existence as pointless or unmissed.
    "pointless existence": (
        r"\b(?:world|everyone|everybody|family|people)\b.{0,40}\b(?:lighter|better|easier|happier|fine)\b"
        r".{0,25}\bwithout\s+me\b|\b(?:point|purpose)\s+(?:of|in)\s+me\b|\bpoint\s+(?:of|in)\s+(?:my\s+)?(?:existing|"
        r"existence|being\s+here)\b|\b(?:world|everyone|everybody|they|family|people|life)\b.{0,40}"
        r"\b(?:fine|easier|happier|keep\s+\w+|carry\s+on|go\s+on)\b.{0,25}\bwithout\s+me\s+"
        r"(?:in\s+it|around|here|alive)\b"
    ),
    # The body hoped to fail, a means in hand, a crash into oncoming traffic.
    "means at hand": (
        r"\b(?:hop\w*|wish\w*|pray\w*)\b.{0,20}\bmy\s+(?:body|heart)\s+(?:just\s+)?(?:gives?\s+(?:up|out)|"
        r"stops?|fails?|quits?)\b|\b(?:blade|razor|pills|rope|noose|gun)\s+in\s+my\s+hands?\b|"
        r"\b(?:into|in\s+front\s+of)\s+oncoming\s+(?:traffic|cars?|trucks?|lorr\w+|trains?)\b|"
        r"\b(?:don'?t|do\s+not)\s+(?:plan|expect|intend)\s+(?:on|to)\s+(?:being|be)\s+(?:here|around|"
        r"alive)\b(?!.{0,40}\b(?:going|travel\w*|trip|holiday|vacation|away|visit\w*|abroad|moving|"
        r"flight|flying)\b)"
    ),
    # Coded words for suicide from online speech.
    "coded": (
        r"\b(?:off|end|delete|yeet|neck|rope)\s+myself\b|\bcommit\s+(?:die|toaster\s+bath)\b|"
        r"\btoaster\s+bath\b|\bcatch(?:ing)?\s+the\s+bus\b(?=.{0,40}\b(?:if\s+(?:you|u)\s+know|"
        r"iykyk|lately|for\s+good|forever|permanently)\b)|\bwanna\s+d\s*i\s*e\b"
    ),
    # A place to fall from, with the writer lingering or measuring it.
    "lingering at a height": (
        r"\b(?:bridge|ledge|cliff|rooftop|roof|train\s+tracks|railway|tracks|overpass|balcony|"
        r"platform\s+edge)\b.{0,60}\b(?:slow\w*\s+down|stare|staring|"
        r"look\w*\s+down|lean\w*\s+over|how\s+(?:high|far\s+down)|the\s+drop|the\s+water\s+below|"
        r"how\s+fast\s+(?:they|the\s+trains?)\s+(?:come|go))\b|"
        r"\b(?:how\s+high|how\s+far\s+down|the\s+drop)\b.{0,40}\b(?:bridge|ledge|cliff|roof|"
        r"balcony|building)\b"
    ),
    # Someone close said goodbye strangely or spoke of being done with everything.
    "someone else's plan": (
        r"\b(?:he|she|they)(?:'s|'re|\s+is|\s+are)?\s+(?:going\s+to|gonna|will|'ll)\s+(?:drive\s+off\s+"
        r"(?:the\s+)?(?:road|bridge|cliff)|jump|overdose|end\s+it|hurt\s+(?:him|her|them)sel\w+)\b.{0,30}"
        r"\bif\s+i\b|"
        r"\b(?:she|he|they)(?:'s|\s+is|'re|\s+are)\s+going\s+to\s+do\s+it\s+(?:tonight|today|soon|"
        r"this\s+week(?:end)?)\b|\b(?:stopped|stop|not)\s+taking\s+(?:her|his|their|my)\s+"
        r"(?:insulin|heart\s+(?:meds|pills)|medication)\b.{0,40}\b(?:on\s+purpose|waste|burden|point|die)\b|"
        r"\b(?:waste|burden)\b.{0,60}\bstopped\s+taking\s+(?:her|his|their|my)\s+(?:insulin|meds|medication)\b"
    ),
    "done with everything": (
        r"\b(?:i'?m|i\s+am|she'?s|he'?s|they'?re|she\s+is|he\s+is|is|been\s+saying\s+(?:she'?s|"
        r"he'?s|they'?re|i'?m))\s+(?:just\s+)?(?:so\s+)?done\s+with\s+(?:everything|it\s+all|"
        r"life|this\s+life|this\s+world|existing)\b(?!\s+(?:on|for|at|in|today|else))"
    ),
    # Phrasings in other languages (the embedding backstop only knows English).
    "other language": (
        r"\bnicht\s+mehr\s+leben\b|\b(?:will|möchte)\s+(?:\w+\s+){0,2}sterben\b|\bsuizid|"
        r"\bselbstmord|\btabletten\s+(?:gesammelt|gehortet)|\britze\s+mich\b|\bmich\s+ritzen\b|"
        r"\bdesaparecer\s+para\s+siempre\b|\bquitarme\s+la\s+vida\b|\bsuicidarme\b|"
        r"\bno\s+quiero\s+(?:seguir\s+)?vivir|\bacabar\s+con\s+(?:todo|mi\s+vida)\b|"
        r"\b(?:hacerme\s+daño|cortarme)\b|\bscarifi|\bme\s+suicider\b|\ben\s+finir\b|"
        r"\bmettre\s+fin\s+à\s+(?:mes\s+jours|ma\s+vie)\b|\benvie\s+de\s+mourir\b|"
        r"\bplus\s+envie\s+de\s+vivre\b|\bme\s+faire\s+du\s+mal\b|\bme\s+couper\b|"
        r"\bnão\s+quero\s+(?:mais\s+)?viver\b|\bacabar\s+com\s+(?:tudo|a\s+minha\s+vida)\b|"
        r"\buccidermi\b|\btogliermi\s+la\s+vita\b|\bnon\s+voglio\s+più\s+vivere\b"
    ),
}

STRONG = (
    tuple(("crisis", name, re.compile(p)) for name, p in _STRONG_CRISIS.items()) + STRONG_DANGER
)


def strong_sign(text: str) -> tuple[str, str] | None:
    """(kind, matched words) for the first strong sign in the normalised text."""
    return first_sign(STRONG, text)
