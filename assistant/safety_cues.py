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

MEDS = (
    r"(?:pills|tablets|meds|medications?|antidepressants|painkillers|paracetamol|tylenol|"
    r"acetaminophen|ibuprofen|aspirin|insulin|sleeping\s+pills|sleepers|xanax|valium|"
    r"opioids|oxy\w*|prescriptions?)"
)
BODY = (
    r"(?:wrists?|arms?|forearms?|thighs?|legs?|hips?|stomach|belly|skin|chest|ribs|ankles?|"
    r"shoulders?)"
)
WEAPON = r"(?:gun|guns|pistol|rifle|shotgun|revolver|firearm|knife|knives|machete|blade|weapon)"

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
        r"\b(?:happier|better\s+off|easier|relieved|lighter|freer)\s+(?:if|when|once)\s+i\s+"
        r"(?:\w+\s+)?(?:vanished|disappeared|was\s+gone|were\s+gone|died|was\s+dead|were\s+dead|"
        r"wasn'?t\s+(?:here|around|alive)|was\s+no\s+longer\s+(?:here|around|alive)|didn'?t\s+exist)\b"
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

_STRONG_DANGER = {
    # Force against the body, with the writer (or someone they name) as the object.
    "force against the body": (
        r"\bthrew\s+(?:\w+\s+){1,3}at\s+(?:me|my\s+(?:head|face))\b|"
        r"\b(?:have\s+to|must|made\s+to|makes?\s+me|forces?\s+me\s+to)\s+hand\s+over\s+my\s+"
        r"(?:phone|wages|pay|paycheck|salary|money|cards?|passport)\b|"
        r"\b(?:he|she|they)\s+(?:\w+\s+)?(?:slammed|slams|smashed|smashes|banged|bangs|shoved|"
        r"pushed|threw|kicked|punched|stamped\s+on|stood\s+on|crushed)\s+my\s+(?:head|face|body|"
        r"hands?|fingers?|back|stomach|chest|neck)\s+(?:into|against|on|onto|in|with|down)\b|"
        r"\b(?:dragged|drags|dragging)\s+me\s+(?:by|across|along|down|out\s+of\s+bed|back\s+inside|"
        r"into\s+the\s+(?:room|bedroom|car))|\b(?:slammed|slams|slamming|threw|throws|shoved|hurled)\s+"
        r"(?:me|her|him)\s+(?:against|into|down|onto|on\s+the\s+(?:floor|ground|bed)|across)\b|"
        r"\b(?:knocked|knocks)\s+me\s+(?:down|over|to\s+the\s+(?:floor|ground)|unconscious|out\s+cold)|"
        r"\b(?:pulls?|pulled|yank\w*)\s+(?:me\s+by\s+)?my\s+hair\b|\btwist\w*\s+my\s+(?:arm|wrist)|"
        r"\b(?:smother\w*|suffocat\w*|headbutt\w*|kneed|stomp\w*\s+on)\s+me\b(?!\s+with)|"
        r"\b(?:bit|spat\s+on|spit\s+on|spits\s+on|restrained|ties|tied)\s+me\b(?!\s+(?:up\s+in\s+knots|to\s+it))"
    ),
    # A weapon brought out or shown during conflict, even without a word of threat.
    "weapon shown": (
        rf"\b(?:takes?|took|pull\w*|brings?|brought|gets?|got|whips?)\s+(?:his|her|their|a|the)\s+"
        rf"{WEAPON}\s+out\b|\b(?:cleans?|cleaning|loads?|loading|sharpens?|sharpening|waves?|waving)\s+"
        rf"(?:it|them|(?:his|her|their|the|a)\s+{WEAPON})\s+(?:right\s+)?in\s+front\s+of\s+(?:me|us)\b|"
        rf"\b{WEAPON}\b.{{0,80}}\b(?:takes?|took|pull\w*|brings?|brought|gets?|got|whips?)\s+"
        r"(?:it|them|one)\s+out\b|"
        rf"\b{WEAPON}\b.{{0,80}}\b(?:puts?|lays?|laid|places?|placed|leaves?|left|sets?)\s+"
        r"(?:it|them)\s+(?:on|next\s+to|beside|in\s+front\s+of)\b|"
        rf"\b(?:cleans?|cleaning|loads?|loading|sharpens?|sharpening)\s+(?:his|her|their|the|a)\s+"
        rf"{WEAPON}\b.{{0,60}}\b(?:argu\w*|fight\w*|angry|mad|staring|looking\s+at\s+me|while\s+(?:he|she|they))"
    ),
    # Software or a device put on the writer's things in secret.
    "hidden tracking": (
        r"\b(?:didn'?t|never|did\s+not)\s+(?:install\w*|download\w*|put\s+(?:it\s+)?there|add\w*)\b.{0,60}\b"
        r"(?:location|track\w*|spy\w*|messages|him|her|them)\b|\b(?:location|track\w*|spy\w*)\b.{0,60}"
        r"\b(?:didn'?t|never|did\s+not)\s+(?:install\w*|download\w*|put\s+(?:it\s+)?there|add\w*)\b"
    ),
    # A person named as violent, in so many words.
    "called violent": (
        r"\b(?:he|she|they|my\s+(?:\w+\s+)?(?:partner|boyfriend|girlfriend|husband|wife|bf|gf|ex|dad|"
        r"father|mom|mum|mother|stepdad|brother|sister|son|daughter))\s+(?:is|gets|get|can\s+be|"
        r"becomes|became|was|turns|has\s+been)\s+(?:\w+\s+)?(?:violent|abusive)\b"
    ),
    # A threat that turns on the writer leaving or on private images.
    "possessive threat": (
        r"\bif\s+(?:he|she|they|i)\s+can'?t\s+have\s+(?:me|you|her|him)\b.{0,20}\bno\s*(?:one|body)\b|"
        r"\b(?:send|sent|post|posted|share|shared|leak|leaked|show|showed)\s+(?:\w+\s+)?(?:my\s+)?"
        r"(?:nudes|naked\s+(?:photos|pics|pictures)|private\s+(?:photos|pics|videos)|intimate\s+"
        r"(?:photos|pics|images|videos)|sex\s+tape)\b|\bbroke\s+into\s+my\s+(?:flat|house|home|"
        r"apartment|car|room|place)\b"
    ),
    # Refusal ignored in sex, or going along to make it stop.
    "coerced sex": (
        r"\bif\s+i\s+(?:don'?t|do\s+not|won'?t|refuse\s+to)\s+(?:sleep\s+with|have\s+sex|send\s+"
        r"(?:him|her|them)?\s*(?:nudes|pics|photos)|do\s+(?:it|stuff|things|what\s+(?:he|she)\s+wants)|"
        r"give\s+(?:him|her|them)\s+(?:sex|what))\b|"
        r"\b(?:got|gets|get|made|makes|getting)\s+me\s+(?:drunk|wasted|high|trashed|so\s+drunk)\b"
        r".{0,30}\b(?:sex|sleep\w*\s+with|bed|do\s+(?:it|stuff|things))\b|"
        r"\b(?:doesn'?t|does\s+not|won'?t|will\s+not|never|don'?t)\s+takes?\s+no\s+for\s+an\s+answer\b"
        r"(?=.{0,60}\b(?:bed|sex|sexual|touch\w*|intimate|sleep\s+with|go\s+along)\b)|"
        r"\b(?:ignores?|ignored)\s+(?:me\s+)?when\s+i\s+say\s+no\b|"
        r"\b(?:go|went|going)\s+along\s+with\s+(?:it|sex)\b.{0,40}\b(?:ends?|over|stops?)\s+"
        r"(?:faster|quicker|sooner)\b|\b(?:sex|sleep\s+with\s+(?:him|her|them))\b.{0,40}\b(?:even\s+"
        r"(?:when|though|if)\s+i\s+(?:say|said)\s+no|after\s+i\s+(?:say|said)\s+no)\b"
    ),
    # Someone kept under watch or kept from leaving, reported first- or second-hand.
    "kept from leaving": (
        r"\b(?:won'?t|doesn'?t|does\s+not|will\s+not|never)\s+let\s+(?:me|her|him|them)\s+"
        r"(?:out\s+of\s+(?:his|her|their)\s+sight|leave\s+the\s+(?:house|flat|apartment|room))\b|"
        r"\b(?:not|never)\s+allowed\s+to\s+(?:leave\s+the\s+(?:house|flat|apartment)|see\s+my\s+"
        r"(?:friends|family|parents|mum|mom|sister|brother)|go\s+out\s+without\s+(?:him|her|them))\b"
    ),
    # Held down, or made to degrade oneself.
    "held down or degraded": (
        r"\b(?:makes?|made)\s+me\s+weigh\b|\bweighs?\s+me\b|\b(?:controls?|decides?)\s+what\s+i\s+"
        r"(?:eat|wear)\b|\b(?:swung|swings|lunged|lunges|came|comes)\s+at\s+me\s+with\b|"
        r"\b(?:i|you)\s+(?:won'?t|will\s+not)\s+(?:come\s+home|make\s+it\s+home|walk\s+away|get\s+out)\s+"
        r"in\s+one\s+piece\b|\bwatch\w*\s+me\s+(?:change|undress|shower|bath|in\s+the\s+shower|get\s+"
        r"(?:dressed|changed))\b|\b(?:has|had|with|got)\s+(?:a\s+)?(?:black\s+eyes?|bruises|fat\s+lip|"
        r"split\s+lip)\s+again\b|"
        r"\bwouldn'?t\s+let\s+me\s+(?:up|breathe|get\s+up|move)\b|\bstand\s+in\s+the\s+corner\b|"
        r"(?<!\bi\s)\b(?:hides?|hid|takes?|took|withholds?|withheld|keeps?)\s+(?:away\s+)?my\s+(?:insulin|"
        r"meds|medication|medicine|inhaler|glasses|wheelchair|hearing\s+aids?|crutches|walking\s+stick)\b|"
        r"\b(?:pinned|pins|pinning|held|holds|holding)\s+(?:down\s+)?my\s+(?:arms|wrists|hands|legs|"
        r"shoulders)\b|\b(?:forc\w+|makes?|made|making)\s+me\s+(?:to\s+)?(?:kneel|beg|crawl|strip|"
        r"eat\s+off\s+the\s+floor|sleep\s+(?:on\s+the\s+floor|outside|in\s+the\s+(?:car|garden)))\b"
    ),
    # Money, documents and keys taken or withheld.
    "money and documents": (
        r"\b(?:won'?t|doesn'?t|does\s+not|never)\s+give\s+me\s+(?:any\s+)?(?:money|cash)\b|"
        r"\b(?:won'?t|doesn'?t|does\s+not|never)\s+(?:give|let)\s+me\s+(?:access\s+to|have|see|use)\s+"
        r"(?:my|our|any)\s+(?:own\s+)?(?:money|bank|account|cards?|passport|documents|papers|salary|pay)\b|"
        r"(?<!\bi\s)\b(?:takes?|took|keeps?|kept|holds?|held|hides?|hid|locked\s+up)\s+(?:away\s+)?my\s+"
        r"(?:passport|visa|papers|documents|id\s+card|birth\s+certificate|green\s+card)\b"
    ),
    # Heat, a car or a threat used against the writer's body or family.
    "scalded or thrown out": (
        r"\b(?:poured|threw|tipped|flung)\s+(?:\w+\s+)?(?:hot|boiling|scalding)\s+\w+\s+(?:on|over|at)\s+"
        r"me\b|\b(?:dragged|pushed|threw|kicked|shoved)\s+me\s+out\s+of\s+(?:the|a|his|her|my)\s+"
        r"(?:car|house|flat|bed|moving)\b|\b(?:coming|come|comes)\s+for\s+(?:me|us|you)\b(?!\s+(?:at|to\s+"
        r"(?:dinner|visit)|tomorrow|tonight\s+at))|\bi\s+know\s+where\s+(?:you|your\s+\w+)\s+"
        r"(?:live|work|go|sleep|are)\b"
    ),
    # Money or a body taken over: pregnancy forced, accounts emptied, property sold.
    "body or money taken over": (
        r"\b(?:forced|forces|pressur\w+|made|makes)\s+me\s+(?:to\s+)?(?:get|become|stay)\s+pregnant\b|"
        r"\b(?:hid|hides|flushed|threw\s+away|swapped)\s+my\s+(?:pills?|contraception|birth\s+control)\b|"
        r"\b(?:makes?|made|forces?|forced)\s+me\s+(?:to\s+)?give\s+(?:him|her|them)\s+my\s+(?:pin|password|"
        r"card|bank\s+details|wages|salary)\b|\bempt(?:ies|ied|y)\s+my\s+(?:account|savings|bank)\b|"
        r"\bsold\s+my\s+(?:car|things|jewel\w*|stuff|belongings)\b.{0,30}\bkept\s+the\s+money\b"
    ),
    # Harm to a baby or a child in the writer's care.
    "harm to a child": (
        r"\b(?:shak\w*|shook)\s+(?:the|my|our|his|her)\s+(?:baby|infant|newborn|toddler)\b|"
        r"\b(?:starv\w*|burn\w*|whip\w*|belt\w*)\s+(?:the|my|our|his|her)\s+(?:kids?|children|"
        r"son|daughter|baby|toddler)\b"
    ),
    # Fear strong enough to barricade a door.
    "barricaded": (r"\bbarricad\w*\b"),
    # Children taken away as a threat.
    "children taken": (
        r"\btake\s+(?:the|my|our)\s+(?:kids|children|baby|son|daughter)\b.{0,60}\b(?:never\s+"
        r"(?:see|find|get)|away\s+from\s+me|abroad|out\s+of\s+the\s+country|to\s+(?:his|her|their)\s+"
        r"(?:country|family))"
    ),
    # Fear of a person's reaction to the writer's body or life.
    "fear of a person": (
        r"\bflinch\w*\s+(?:when|whenever|every\s+time|if)\s+(?:he|she|they|my\s+\w+)\b|"
        r"\b(?:afraid|scared|terrified|frightened)\s+(?:that\s+)?(?:he|she|they)(?:'ll|'d|\s+will|"
        r"\s+would|\s+might|\s+could|\s+is\s+going\s+to)\s+(?:\w+\s+){0,2}(?:hurt|hit|kill|"
        r"find\s+me|come\s+after|snap|strangle|choke)\b"
    ),
    "other language": (
        r"\bme\s+(?:pega(?!\s+(?:sus|su|el|los|las|un\s+susto|una\s+(?:gripe|canci\w+)))|pegó|golpea|golpeó|empuja|empujó|amenaza|amenazó|viola|violó|obliga|"
        r"obligó|ahorca|ahorcó|estrangul\w+|maltrata|maltrató|encierra|encerró|revisa\s+el\s+"
        r"(?:celular|móvil|teléfono))\b|\bno\s+me\s+deja\s+(?:salir|ver|hablar|trabajar)\b|"
        r"\b(?:il|elle)\s+me\s+(?:frappe|bat|pousse|menace|viole|force|étrangle|enferme|gifle)\b|"
        r"\bm'a\s+(?:frappée?|battue?|poussée?|menacée?|violée?|giflée?|étranglée?|enfermée?)|"
        r"\bschlägt\s+mich\b|\bhat\s+mich\s+(?:geschlagen|geschubst|bedroht|gewürgt|vergewaltigt|"
        r"eingesperrt)\b|\bbedroht\s+mich\b|\bwürgt\s+mich\b|"
        r"\bme\s+(?:bate|bateu|empurra|empurrou|ameaça|ameaçou|estuprou|enforca)\b|"
        r"\bmi\s+(?:picchia|ha\s+picchiat[ao]|minaccia|spinge|costringe)\b"
    ),
}

STRONG = tuple(
    [("crisis", name, re.compile(p)) for name, p in _STRONG_CRISIS.items()]
    + [("danger", name, re.compile(p)) for name, p in _STRONG_DANGER.items()]
)


def strong_sign(text: str) -> tuple[str, str] | None:
    """(kind, matched words) for the first strong sign in the normalised text."""
    for kind, _name, pattern in STRONG:
        match = pattern.search(text)
        if match:
            return kind, match.group(0).strip()
    return None
