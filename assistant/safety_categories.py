"""Safety rules for categories the first rule layers did not understand.

Each pattern is written for a CATEGORY of risk (how people describe it, in many
phrasings), not for one sentence: eating-disorder danger, farewell messages with a
date, a parent preparing to join a dead spouse, pacts, hitting one's own head,
a decided plan with arrangements, carbon monoxide; spyware and listening apps, a
chase with a weapon, a child hit with an object, dangerous driving as a threat,
veiled threats about family; and crisis and danger phrasings in ES/PT/IT/FR/DE/NL/PL.

Like `safety_cues.py`, every pattern is STRONG (one match is a case). Patterns run on
the normalised text (`safety.normalise`: lower case, shorthand expanded, idioms
removed) and, for the other languages, on a copy without accents, so each is
written without diacritics.
"""

from __future__ import annotations

import re

from .safety_text import first_sign

WEAPON = (
    r"(?:gun|pistol|rifle|shotgun|knife|knives|machete|blade|axe|hammer|bat|baseball\s+bat|"
    r"crowbar|screwdriver|scissors|broken\s+bottle|bottle|iron\s+bar|pole|stick)"
)
OBJECT = (
    r"(?:belt|cane|stick|rod|cord|cable|wire|hanger|coat\s+hanger|wooden\s+spoon|spoon|slipper|"
    r"shoe|hose|ruler|whip|switch|paddle|extension\s+lead|charger)"
)
CHILD = (
    r"(?:kids?|children|child|son|daughter|baby|toddler|boy|girl|stepson|stepdaughter|little\s+one|"
    r"\d+\s*(?:-\s*)?(?:year|yr)s?\s*(?:-\s*)?old|\w+\s+(?:year|yr)s?\s*(?:-\s*)?old)"
)
DAY = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow|today|"
    r"the\s+weekend|this\s+weekend|next\s+week|this\s+week|the\s+\d+\w*|christmas|new\s+year|"
    r"my\s+birthday|the\s+end\s+of\s+(?:the\s+)?(?:week|month))"
)
TRAVEL = (
    r"(?:travel\w*|trip|holiday|vacation|flight|flying|abroad|moving|move|away|visit\w*|leave|"
    r"offline)"
)

JOIN = (
    r"(?:(?:'ll|will|going\s+to|gonna)\s+(?:see|be\s+with|join)\s+(?:her|him|them|mum|mom|dad)\s+(?:again\s+)?"
    r"soon\b|(?:ready|wants?|wanting|longs?|longing|waiting|time)\s+to\s+(?:join|be\s+with)\s+(?:her|him|them|"
    r"mum|mom|dad|(?:my|his|her)\s+(?:late\s+)?(?:wife|husband|partner|mum|mom|mother|dad|father|son|"
    r"daughter|grandad|grandpa|nan|gran|grandma))|(?:ready|wants?|wanting|time)\s+to\s+(?:go\s+(?:and\s+)?)?"
    r"(?:see|meet)\s+(?:her|him|them|mum|mom|dad)(?=\s*(?:[.,!?]|$|\s+(?:again|soon|now|there|up\s+there|"
    r"in\s+heaven|and\b))))"
)
DEATH = r"(?:died|dead|passed|late|heaven|funeral|grave|widow\w*)"
SENT_PHOTO = (
    r"(?:sent|texted|messaged|posted|left|dm'?d)\s+(?:me\s+|my\s+\w+\s+|her\s+|him\s+|them\s+)?(?:a\s+|some\s+)?"
    r"(?:photos?|pictures?|pics?|videos?)\s+of\s+(?:my|our|her|his|their)\s+(?:kids?|children|son|daughter|baby|house|home|front\s+door|"
    r"car|mum|mom|parents|family)\b"
)
MENACE = (
    r"(?:shame|pity|caption\w*|watching|i\s+know\s+where|be\s+careful|see\s+you\s+soon|"
    r"lovely\s+family|beautiful\s+family|nice\s+(?:kids|family|house))"
)

MEDS = (
    r"(?:pills|tablets|meds|medications?|antidepressants|painkillers|paracetamol|tylenol|"
    r"acetaminophen|ibuprofen|aspirin|insulin|sleeping\s+(?:pills|tablets)|xanax|valium|opioids|"
    r"oxy\w*|codeine|tramadol|sertraline|citalopram|lithium|diazepam|co-codamol)"
)

_CRISIS = {
    # Eating-disorder danger: restriction or purging, with a body sign or a long run.
    "eating disorder danger": (
        r"\b(?:(?:haven'?t|hasn'?t|not|barely|hardly)\s+(?:eaten|eating|eat)|(?:eaten|ate|eating)\s+"
        r"(?:nothing|only|just|one|an?|half)\b(?:\s+\w+){0,3}\s+in\s+(?:\w+\s+)?(?:days|weeks))\b"
        r".{0,80}\b(?:faint\w*|passed\s+out|pass\s+out|blacked\s+out|black\s+out|collaps\w*|"
        r"heart\s+(?:races?|racing|pound\w*|flutter\w*)|hair\s+(?:is\s+)?falling\s+out)\b|"
        r"\bliving\s+on\s+(?:\w+\s+){0,2}(?:coffee|water|nothing|air|diet\s+\w+|gum|apples?)\b"
        r".{0,80}\b(?:faint\w*|passed\s+out|collaps\w*|blacked\s+out)\b|"
        r"\b(?:throw\w*\s+up|vomit\w*|purg\w*|mak\w*\s+myself\s+sick)\b.{0,60}\bblood\b|"
        r"\b(?:faint\w*|passed\s+out|collaps\w*)\b.{0,80}\b(?:haven'?t|not|barely|hardly)\s+"
        r"(?:eaten|eating)\b|"
        r"\b(?:mak\w*|made)\s+myself\s+(?:throw\s+up|sick|vomit|puke)\b.{0,80}\b(?:blood|bleed\w*|"
        r"faint\w*|every\s+(?:meal|day|night|time)|after\s+(?:every|each)|(?:a|two|three|few|\d+)\s+"
        r"(?:weeks|months))\b|"
        r"\b(?:purg\w*|throwing\s+up\s+(?:after|every)|vomit\w*\s+(?:after|every))\b.{0,80}\b(?:blood|"
        r"faint\w*|every\s+(?:meal|day|night))\b|"
        r"\b(?:taking|took|take)\s+(?:a\s+(?:whole\s+)?(?:box|pack|handful)\s+of\s+|\d+\s+|loads\s+of\s+)"
        r"laxatives\b"
    ),
    # A farewell message or a message to be read "after", with a date set.
    "farewell with a date": (
        r"\b(?:won'?t|will\s+not|not\s+going\s+to|not\s+gonna)\s+be\s+(?:here|around|alive)\b"
        rf"(?:\s+\w+){{0,5}}\s+(?:after|by|past|beyond|on|come)\s+{DAY}\b(?!.{{0,40}}\b{TRAVEL}\b)|"
        r"\b(?:none|not\s+any)\s+of\s+this\s+(?:was|is)\s+(?:your|his|her|their)\s+fault\b.{0,80}"
        r"\b(?:loved|goodbye|won'?t\s+be|not\s+be\s+around|after\s+i)\b|"
        r"\bby\s+the\s+time\s+(?:you|they|he|she|anyone|someone)\s+(?:reads?|sees?|finds?|gets?)\s+this\b"
        r".{0,40}\bi'?(?:ll|\s+will)\s+(?:be\s+(?:gone|dead)|have\s+(?:gone|done\s+it))\b|"
        r"\b(?:want|need)\s+(?:him|her|them|you|my\s+\w+)\s+to\s+know\s+(?:that\s+)?i\s+loved\b|"
        r"\b(?:last|final)\s+(?:message|text|letter|words)\s+(?:to|for)\s+(?:my|him|her|them|you|every)"
    ),
    # A widowed parent preparing to join the one who died (reported by a carer).
    "joining the dead": (
        rf"\b{JOIN}.{{0,120}}\b{DEATH}\b|\b{DEATH}\b.{{0,200}}\b{JOIN}|"
        r"\b(?:join|be\s+with)\s+(?:her|him|them|mum|mom|dad|my\s+\w+)\s+(?:in\s+heaven|on\s+the\s+other\s+"
        r"side|soon|again\s+soon)\b"
    ),
    # Dying together with someone: a pact.
    "pact": (
        r"\b(?:suicide|death|dying)\s+pact\b|\bpact\b.{0,60}\b(?:die|dying|end\s+(?:it|our\s+lives)|"
        r"kill\s+ourselves|go\s+together\s+if|leave\s+this\s+world)\b|"
        r"\b(?:go|die|do\s+it|end\s+it|leave\s+this\s+world)\s+together\s+if\s+(?:it|things|life|"
        r"everything)\s+(?:ever\s+)?(?:got|gets|get|became|becomes)\s+(?:too\s+)?(?:bad|hard|much|"
        r"worse|unbearable)\b"
    ),
    # Hitting one's own head or body hard, with a sign it is not an accident.
    "hitting oneself": (
        r"\b(?:hit\w*|bang\w*|slam\w*|smash\w*|punch\w*|knock\w*)\s+my\s+(?:own\s+)?(?:head|face|fists?)\s+"
        r"(?:against|into|on)\s+(?:the|a|my)\s+(?:\w+\s+)?(?:wall|floor|door|desk|table|mirror|"
        r"radiator|headboard)\b(?!\s+(?:in\s+)?(?:figurative|metaphor))"
        r"(?=.{0,90}\b(?:hard|until|saw\s+stars|bleed\w*|bruis\w*|dizzy|when\s+(?:we|he|she|they|i)|"
        r"whenever|every\s+time|on\s+purpose|to\s+(?:stop|calm|feel|punish)|keep)\b)"
        r"(?!.{0,90}\b(?:clumsy|accident\w*|tripped|slipped|bumped)\b)|"
        r"\b(?:keep|kept|started|been)\s+(?:hitting|banging|punching|slapping)\s+(?:my\s+(?:own\s+)?"
        r"(?:head|face)|myself)\b"
    ),
    # A decided plan tied to arrangements: children placed elsewhere, a will sorted.
    "plan with arrangements": (
        r"\b(?:decided|made\s+up\s+my\s+mind|it'?s\s+decided|i'?m\s+going\s+to\s+do\s+it|"
        r"gonna\s+do\s+it|going\s+to\s+go\s+through\s+with\s+it)\b.{0,120}\b(?:(?:sorted|done|made|"
        r"finished|signed|updated|wrote|written)\s+(?:out\s+|up\s+)?(?:the|my)\s+will|will\s+is\s+"
        r"(?:sorted|done|ready|signed)|(?:kids|children|dog|cat|pets?)\s+(?:are|will\s+be)\s+"
        r"(?:at|with)\s+\w+)\b|"
        r"\b(?:(?:sorted|done|made|signed|updated)\s+(?:the|my)\s+will|will\s+is\s+(?:sorted|done|"
        r"ready))\b.{0,120}\b(?:going\s+to\s+do\s+it|do\s+it\s+(?:then|tonight|this|on)|it'?s\s+time)\b|"
        r"\b(?:kids|children)\s+(?:are|will\s+be)\s+(?:staying\s+)?(?:at|with)\b.{0,60}\b(?:going\s+to|"
        r"gonna)\s+do\s+it\b|"
        r"\bonce\s+(?:the\s+)?(?:kids|children)\s+are\s+(?:at|with|asleep|gone)\b.{0,60}\b(?:do\s+it|"
        r"end\s+it|go\s+through\s+with)\b"
    ),
    # Carbon monoxide: an engine running in a closed space, charcoal in a sealed room.
    "exhaust or fumes": (
        r"\b(?:car|engine)\b.{0,60}\b(?:garage|closed\s+space)\b.{0,60}\bengine\s+(?:running|on)\b|"
        r"\bgarage\b.{0,60}\b(?:engine|motor|car)\s+(?:running|on)\b|"
        r"\b(?:hose|pipe)\b.{0,30}\bexhaust\b|\bexhaust\b.{0,30}\b(?:hose|pipe)\b|"
        r"\b(?:charcoal|barbecue|bbq)\b.{0,40}\b(?:sealed|taped|closed)\s+(?:room|windows|doors?|tent)\b|"
        r"\b(?:sealed|taped\s+up)\s+(?:the|my)\s+\w+\b.{0,40}\bcharcoal\b"
    ),
    # Not waking up, or dying, called a relief or a good thing.
    "death as relief": (
        r"\bif\s+i\s+(?:\w+\s+){0,2}(?:didn'?t|did\s+not|never|don'?t|wouldn'?t)\s+(?:wake|woke)\s+up\b"
        r".{0,60}\b(?:relief|better|easier|fine|okay|ok|good\s+thing|blessing|peace\w*)\b|"
        r"\b(?:relief|blessing|good\s+thing|better\s+for\s+every\w+)\s+if\s+i\s+(?:\w+\s+){0,2}"
        r"(?:didn'?t|never|don'?t)\s+(?:wake|woke)\s+up\b"
    ),
    # Someone looking up how much of a medicine "it takes".
    "dose research": (
        rf"\bhow\s+(?:many|much)\s+(?:of\s+)?(?:\w+\s+){{0,3}}{MEDS}\s+(?:it\s+takes|it\s+would\s+take|"
        r"(?:you|one|i|she|he)\s+(?:would\s+)?(?:need|have)\s+to\s+take)\b(?!\s+(?:to\s+(?:work|"
        r"kick|help|start)|for\s+(?:a|the|my|your)\s+(?:headache|fever|pain|cold)))"
    ),
    # Picturing the act itself: how it would feel to step off, jump, swerve.
    "picturing the act": (
        r"\b(?:wonder\w*|imagin\w*|think\w*\s+about|picture\w*)\s+(?:how\s+it\s+would\s+feel|what\s+it\s+"
        r"would\s+(?:feel|be)\s+like|how\s+easy\s+it\s+would\s+be)\s+to\s+(?:just\s+)?(?:step\s+(?:forward|"
        r"off|out|in\s+front)|jump|fall|let\s+go|swerve|drive\s+(?:off|into)|lean\s+(?:over|forward)|"
        r"go\s+under|not\s+(?:stop|brake|wake))\b"
    ),
    # Choosing a place or means, or others said to cope fine once the writer is gone.
    "means chosen": (
        r"\b(?:which|what)\s+(?:bridge|cliff|building|roof|pills|tablets|method|rope|train|overdose)\s+"
        r"(?:i'?d|i\s+would|i'?ll|to)\s+(?:use|jump\s+(?:off|from)|take|pick|go\s+with)\b"
    ),
    "others fine without me": (
        r"\b(?:could|would|'d|will|can)\s+(?:all\s+)?(?:move\s+on|cope|manage|be\s+fine|be\s+happier|"
        r"be\s+better)\s+without\s+me\b|"
        r"\b(?:would|'d|will|'ll)\s+(?:all\s+)?(?:cope|manage|be\s+(?:fine|ok|okay|better)|move\s+on|"
        r"get\s+over\s+it)\s+(?:\w+\s+)?if\s+i\s+(?:just\s+)?(?:stopped\s+existing|disappeared|"
        r"was\s+gone|were\s+gone|wasn'?t\s+(?:here|around|alive)|died|was\s+dead|ceased\s+to\s+exist)\b"
    ),
    # Other languages: a wish to die, a plan, farewell letters, a train, a bridge.
    "other language": (
        r"\bno\s+quiero\s+(?:seguir\s+)?viv\w*|\bquiero\s+(?:morir\w*|desaparecer)\b(?!\s+de\s+(?:risa|"
        r"verguenza|hambre|sueno|ganas|amor|calor|frio|aburrimiento))|\bmatarme\b|"
        r"\btengo\s+(?:pensado|planeado|decidido)\s+(?:como|cuando|donde)\s+(?:hacerlo|matarme|"
        r"terminar)|\bcartas?\s+de\s+despedida\b|\b(?:tirarme|aventarme|lanzarme)\s+(?:de|del|a|al|"
        r"bajo|por)\b|\bmejor\s+sin\s+mi\b|\bya\s+no\s+(?:quiero|puedo)\s+(?:mas\s+)?(?:vivir|seguir)\b|"
        r"\bquero\s+morrer\b|\bnao\s+quero\s+(?:mais\s+)?viver\b|\bme\s+matar\b|\bsuicid\w*|"
        r"\bcarta\s+de\s+(?:despedida|adeus)\b|\bme\s+(?:jogar|atirar)\s+(?:da|do|na|no|de|embaixo)\b|"
        r"\bmelhor\s+sem\s+mim\b|"
        r"\bvoglio\s+morire\b|\bnon\s+voglio\s+piu\s+vivere\b|\buccidermi\b|\bammazzarmi\b|"
        r"\bfarla\s+finita\b|\btogliermi\s+la\s+vita\b|\blettera\s+d'?\s*addio\b|"
        r"\bbuttarmi\s+(?:dal|da|sotto|giu)\b|\bmeglio\s+senza\s+di\s+me\b|"
        r"\bje\s+veux\s+mourir\b|\bne\s+veux\s+plus\s+vivre\b|\bj'?ai\s+tout\s+prevu\b|\bme\s+(?:tuer|suicider)\b|\ben\s+finir\b|"
        r"\bme\s+(?:jeter|lancer)\s+(?:sous|du|de|par|dans)\b|\blettres?\s+d'?\s*adieu\b|"
        r"\bmieux\s+sans\s+moi\b|\b(?:plus\s+)?envie\s+de\s+(?:mourir|disparaitre)\b|"
        r"\bich\s+will\s+(?:nicht\s+mehr\s+leben|sterben|tot\s+sein)\b|\bmich\s+umbringen\b|"
        r"\bselbstmord\w*|\bsuizid\w*|\babschiedsbrief\w*|\bvor\s+(?:den|einen)\s+zug\b|"
        r"\bvon\s+der\s+brucke\s+springen\b|\bbesser\s+ohne\s+mich\b|\bmir\s+das\s+leben\s+nehmen\b|"
        r"\bik\s+wil\s+(?:dood|niet\s+meer\s+leven|sterven)\b|\bzelfmoord\w*|\bafscheidsbrie\w*|"
        r"\bvoor\s+de\s+trein\b|\bmezelf\s+(?:van\s+kant\s+maken|doden|iets\s+aandoen)\b|"
        r"\bbeter\s+af\s+zonder\s+mij\b|"
        r"\bchce\s+umrzec\b|\bnie\s+chce\s+(?:juz\s+)?zyc\b|\bzabic\s+sie\b|\bsamoboj\w*|"
        r"\blist\s+pozegnalny\b|\bpod\s+pociag\b|\blepiej\s+beze\s+mnie\b"
    ),
}

_DANGER = {
    # Spyware, listening apps, hidden cameras.
    "spyware": (
        r"\b(?:listen\w*|hear\w*|record\w*|watch\w*|spy\w*)\s+(?:to\s+|on\s+)?(?:me\s+|us\s+)?"
        r"(?:through|via|with|using)\s+(?:the|my|our|a)\s+(?:phone'?s?\s+)?(?:mic|microphone|camera|"
        r"webcam)\b|"
        r"\b(?:installed|put|hid|added|loaded|downloaded|set\s+up)\s+(?:an?\s+|some\s+)?(?:\w+\s+)?"
        r"(?:app|software|program|spyware|stalkerware|keylogger|tracker|camera|device)\s+(?:on|in|into)\s+"
        r"my\s+(?:\w+\s+)?(?:phone|laptop|computer|tablet|car|room|bedroom|bathroom)\b.{0,50}\b(?:so\s+"
        r"(?:he|she|they)\s+can|to\s+(?:listen|hear|track|read|see|watch|monitor|record|spy|follow)|"
        r"(?:he|she|they)\s+can\s+(?:listen|hear|see|read|track|watch))\b|"
        r"\b(?:spy|stalker|tracking|listening)\s*(?:ware|app|software)\b(?!\s+(?:for\s+(?:the\s+)?kids|"
        r"reviews?))|\bkeylogger\b|\bhidden\s+cameras?\s+in\s+(?:my|the|our)\b"
    ),
    # A promised harm to the writer's pet or family ("he'll drown my dog").
    "threat to family or pets": (
        r"\b(?:he|she|they)(?:'ll|\s+will|'d|\s+would|\s+is\s+going\s+to|'s\s+going\s+to|"
        r"'re\s+going\s+to|\s+said\s+(?:he|she|they)\s+(?:would|will|'d|'ll))\s+(?:\w+\s+)?"
        r"(?:kill|hurt|harm|drown|poison|shoot|stab|burn|strangle|get\s+rid\s+of|run\s+over|"
        r"break\s+the\s+neck\s+of)\s+(?:my|our|the)\s+(?:\w+\s+)?(?:dog|cat|pets?|puppy|kitten|"
        r"horse|rabbit|kids?|children|son|daughter|baby|mum|mom|dad|parents|sister|brother|family)\b"
    ),
    # Turning up at several of the writer's places.
    "turning up everywhere": (
        r"\b(?:show\w*|turn\w*)\s+up\s+(?:at|outside)\s+my\s+(?:work|job|office|gym|house|home|flat|"
        r"school|college|uni|classes|church|door)\b.{0,40}\bmy\s+(?:work|job|office|gym|house|home|"
        r"flat|school|college|uni|mum\w*|mom\w*|parents\w*|sister\w*|brother\w*|friend\w*|church)\b"
    ),
    # Held by the neck, or bitten hard, by a person.
    "neck held or bitten": (
        r"\b(?:held|holds|holding|grabbed|grabs|pinned|pins|lifted|shook|dragged|drags)\s+(?:me|him|her|them|"
        r"my\s+(?:\w+\s+)?(?:son|daughter|brother|sister|kids?|child|baby|mum|mom|wife|partner))\s+(?:up\s+)?"
        r"by\s+(?:the|my|his|her|their)\s+(?:neck|throat|hair)\b|\b(?:he|she|they|my\s+\w+)\b.{0,40}\b(?:bit|bites|bitten)\s+(?:me|my\s+(?:\w+\s+)?"
        r"(?:arm|hand|face|lip|neck|shoulder|finger|leg|cheek|ear|nose|chest|breast))\b(?=.{0,40}\b(?:hard|blood|bleed|"
        r"marks|bruis\w*|broke\s+the\s+skin|scar)\b)"
    ),
    # A weapon used in a chase or an attack.
    "weapon in an attack": (
        r"\b(?:chas\w*|came\s+at|comes\s+at|coming\s+at|went\s+for|goes\s+for|ran\s+at|ran\s+after|"
        r"charg\w*\s+at|cornered|threaten\w*|attack\w*|swung\s+at|lunged\s+at)\s+(?:me|us|him|her|my\s+"
        r"\w+)\b.{0,40}\bwith\s+(?:a|an|his|her|the|their|my)\s+"
        r"(?!(?:water|toy|nerf|squirt|foam|plastic|pillow|cap|paintball|laser)\s)(?:\w+\s+)?"
        + WEAPON
        + r"\b"
    ),
    # A child hit with an object, or a young child hit at all.
    "child hit": (
        r"\b(?:hit\w*|smack\w*|beat\w*|whip\w*|strik\w*|struck|spank\w*|thrash\w*|belt\w*|slap\w*|"
        r"punch\w*|kick\w*)\s+(?:my|our|the|his|her|their)\s+(?:little\s+|baby\s+|youngest\s+|eldest\s+)?"
        + CHILD
        + r"(?!\s+(?:the\s+)?(?:ball|toy|drum|pinata|button|shot))\b"
        r"(?=.{0,40}\bwith\s+(?:a|an|his|her|the|their)\s+(?:\w+\s+)?" + OBJECT + r"\b|"
        r".{0,60}\b(?:for\s+(?:spilling|crying|wetting|talking|not)|bruis\w*|marks|welts|"
        r"until|so\s+hard|raised|toughen|tough|discipline)\b)|"
        r"\b(?:hits?|hitting|beats?|beating|whips?|whipping)\s+(?:them|him|her|the\s+kids)\s+with\s+"
        r"(?:a|an|his|her|the)\s+(?:\w+\s+)?" + OBJECT + r"\b"
    ),
    # Dangerous driving used as a threat.
    "driving as a threat": (
        r"\b(?:crash|wreck|kill)\w*\s+us\s+both\b|\b(?:drove|drives|driving|swerved|accelerated|"
        r"reversed)\s+(?:\w+\s+)?(?:at|towards?)\s+me\b|\b(?:drive|driving|drove|steer\w*|swerv\w*|sped|speed\w*|accelerat\w*)\b.{0,40}"
        r"\b(?:to\s+(?:scare|frighten|punish)\s+me|into\s+(?:a|the|oncoming)\s+\w+\s+if\s+i|"
        r"(?:if|unless)\s+i\s+(?:didn'?t|don'?t|won'?t|do\s+not)\s+(?:shut\s+up|stop|calm|get\s+back))\b|"
        r"\b(?:sped|speeding|speeds|drove|drives)\b.{0,40}\bon\s+purpose\b.{0,40}\b(?:crash|scare|kill|"
        r"die|shut\s+up)\b|\b(?:won'?t|wouldn'?t)\s+let\s+me\s+out\s+of\s+the\s+car\b"
    ),
    # A veiled threat about family: "would be a shame if...", photos of the children sent.
    "veiled threat about family": (
        r"\b(?:saying|says|said|wrote|writes|texted|told\s+me)\s+(?:that\s+)?(?:he|she|they)\s+"
        r"knows?\s+(?:which|what|where)\s+(?:school|nursery)\s+(?:my|our|the)\s+(?:kids?|children|"
        r"son|daughter)\b|"
        r"\b(?:would|it'?d|it\s+would)\s+be\s+a\s+(?:shame|pity)\s+if\s+(?:something|anything)\s+"
        r"(?:bad\s+)?(?:happened|were\s+to\s+happen)\b|"
        rf"\b{SENT_PHOTO}.{{0,100}}\b{MENACE}|\b{MENACE}.{{0,100}}\b{SENT_PHOTO}"
    ),
    # Other languages: he hits me, threatens me, will kill me, has a knife.
    "other language": (
        r"\bme\s+va\s+a\s+matar\b|\bme\s+quiere\s+matar\b|\bme\s+(?:mata|matara)\b|"
        r"\b(?:saco|agarro|saca|agarra)\s+(?:un|una|el|la)\s+(?:cuchillo|pistola|arma|navaja)\b|"
        r"\bme\s+(?:pega(?!\s+(?:sus|su|el|los|las|un\s+susto|una\s+(?:gripe|canci\w+)))|golpea|empuja|amenaza|viola|ahorca|maltrata)\b|"
        r"\bvai\s+me\s+matar\b|\bme\s+(?:bate|bateu|ameaca|ameacou|empurra)\b|"
        r"\b(?:puxou|pegou)\s+uma\s+(?:faca|arma)\b|"
        r"\bmi\s+(?:picchia|ammazza|uccide|ammazzera|uccidera|minaccia)\b|\bha\s+tirato\s+fuori\s+(?:un|il)\s+coltello\b|"
        r"\b(?:il|elle)\s+(?:me\s+)?(?:frappe|bat|menace|va\s+me\s+tuer)\b|\bva\s+me\s+tuer\b|"
        r"\ba\s+sorti\s+(?:un|son)\s+couteau\b|"
        r"\b(?:er|sie)\s+(?:schlagt|bedroht|wurgt)\s+mich\b|\b(?:bringt|bringe)\s+mich\s+um\b|"
        r"\bdroht\s+mir\b|\bzog\s+(?:ein|das|sein)\s+messer\b|"
        r"\b(?:hij|zij)\s+(?:slaat|bedreigt|schopt)\s+(?:me|mij)\b|\bvermoordt\s+(?:me|mij)\b|"
        r"\btrok\s+een\s+mes\b|"
        r"\b(?:bije|kopie|dusi)\s+mnie\b|\bgrozi\s+mi\b|\bzabije\s+mnie\b|\bwyci[aą]gn[aą][lł]\s+n[oó][zż]\b"
    ),
}

CATEGORIES = tuple(
    [("crisis", name, re.compile(p)) for name, p in _CRISIS.items()]
    + [("danger", name, re.compile(p)) for name, p in _DANGER.items()]
)


def category_sign(text: str) -> tuple[str, str] | None:
    """(kind, matched words) for the first category sign in the normalised text."""
    return first_sign(CATEGORIES, text)
