"""Safety rules built from slot vocabularies, for phrasings nobody wrote down.

The earlier layers (`safety.py`, `safety_cues.py`, `safety_categories.py`) name verbs
and word orders; each blind hold-out found new ways to say the same things. Here a
rule is a small grammar of interchangeable SLOTS:

- crisis: a means or place of dying (bridge, tracks, tablets, rope, river...) near a
  plan, a hope or a secret (worked out which, saving up, hoping it decides for me);
  an act on the writer's own body (hang, drown, scratch...) with a sign of purpose
  (tried to, till it bleeds); restriction of food near a body alarm (fainted, heart
  fluttering); dying together; driving into a hazard imagined or wished.
- danger: a person as agent, a harm act (held near, dangled over, burn down with...
  inside), the writer or a dependant (child, pet, sibling) as object; a weapon near a
  conflict word (whenever we argue); control of X, where X is a vocabulary of things a
  person needs (medication, friends, phone, money, documents) and the verb any of
  hide/take/withhold/make delete; surveillance devices in private rooms; sex with
  someone asleep or passed out.

Every rule is STRONG (one match is a case). Patterns run on the normalised,
accent-free text (`safety.normalise` then `strip_accents`).
"""

from __future__ import annotations

import re

W = r"(?:[\w'-]+\s+)"
"""One word and its space: `{W}{{0,3}}` lets up to three words sit in a slot."""
SELF = r"(?:myself|himself|herself|themselves|themself)"
PLACE = (
    r"(?:bridge|viaduct|overpass|cliffs?|ledge|rooftop|roof|balcony|tracks|railway|train\s+line|"
    r"platform|multi-?stor(?:e)?y|car\s*park|river|canal|reservoir|quarry|tower\s+block|the\s+sea)"
)
MEDS = (
    r"(?:pills|tablets|meds|medications?|medicine|antidepressants|painkillers|paracetamol|"
    r"tylenol|ibuprofen|aspirin|insulin|sleeping\s+(?:pills|tablets)|xanax|valium|opioids|"
    r"oxy\w*|codeine|tramadol|sertraline|lithium|diazepam|co-codamol|prescriptions?|"
    r"pastillas|pildoras|comprimidos|pillole|compresse|tabletten|pillen|cachets)"
)
HAZARD = (
    r"(?:river|wall|tree|bridge|cliff|truck|lorry|traffic|oncoming\s+\w+|barrier|sea|lake|canal|"
    r"embankment|pillar|ditch|quarry|train|bus|central\s+reservation|lamp\s*post)"
)
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
OWN_BODY = (
    r"(?:wrists?|arms?|forearms?|thighs?|legs?|hips?|stomach|belly|skin|chest|ribs|ankles?|"
    r"shoulders?|hands?|fingers?|knuckles|scalp|face|neck)"
)
MEANS = (
    r"(?:knives|knife|razors?|razor\s+blades|blades|rope|noose|gas\s+oven|oven|pills|tablets|"
    r"painkillers|meds|gun|belt|bridge|roof|car\s+park|tracks|train|river|cliff|ledge|"
    r"tall\s+building|motorway)"
)
PLACE_HIGH = r"(?:tall\s+building|tower|bridge|cliff|roof|car\s+park|multi-?stor(?:e)?y|tracks)"
NEAR_BODY = r"(?:stomach|throat|neck|face|chest|head|back|ribs|eye|temple|side|belly|heart)"
CONFLICT = (
    r"(?:argu\w*|disagree\w*|fight|fights|fighting|rows?|rowing|talk\s+back|say\s+no|said\s+no|"
    r"stand\s+up\s+to|angry|mad\s+at\s+me|lose\s+(?:his|her|their)\s+temper|kicks?\s+off|rage)"
)
WEAPON = (
    r"(?:gun|guns|pistol|rifle|shotgun|revolver|firearm|knife|knives|bread\s+knife|machete|blade|"
    r"axe|hatchet|crowbar|baseball\s+bat|bat|hammer)"
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

_CRISIS = {
    # A place or means near a plan, a hope, a secret or a time.
    "means with a plan": (
        rf"\b(?:worked\s+out|figured\s+out|scoped\s+out|found|picked|chosen|chose|decided\s+on|know)\s+"
        rf"(?:which|the|a|what)\s+(?:\w+\s+)?{PLACE}\b.{{0,80}}\b(?:empty|deserted|unlit|(?:no\s*one|nobody)(?:'s|\s+is|\s+will\s+be)?\s+"
        r"(?:around|about|there|watching))\b|"
        rf"\b{PLACE}\b.{{0,60}}\b(?:no\s*one|nobody)(?:\s+will|\s+would|\s+is|'s)?\s+(?:be\s+)?"
        r"(?:around|there|see|notice|stop)\b|"
        rf"\b(?:sav\w*|hoard\w*|stockpil\w*|squirrel\w*)\s+(?:up\s+|away\s+)?"
        rf"(?:(?:my|his|her|their|the)\s+)?{W}{{0,2}}{MEDS}\b|"
        rf"\bstash\w*\s+(?:(?:my|his|her|their|the)\s+)?{W}{{0,2}}{MEDS}\b.{{0,30}}\b(?:for\s+(?:weeks|months|"
        r"a\s+while|ages)|enough|instead)\b|"
        rf"\b{MEDS}\b.{{0,40}}\b(?:instead\s+of\s+taking|not\s+taking\s+them|in\s+a\s+(?:sock|shoebox|"
        r"tin|jar)|(?:all\s+)?(?:saved|stashed|hidden)\s+(?:up|away))\b"
    ),
    # A means or place dwelt on: stared at, measured, timed, kept "for when I'm ready".
    "means dwelt on": (
        rf"\b(?:stare|staring|stared|look\w*)\s+at\s+(?:the|my|a)\s+{MEANS}\b.{{0,40}}\b(?:think\w*\s+"
        r"about\s+(?:it|doing\s+it|using)|and\s+wonder)\b|"
        rf"\b{MEANS}\b.{{0,40}}\b(?:(?:start\w*\s+to\s+)?(?:look|looks|looking|seems|seeming)\s+like\s+(?:an\s+|the\s+)?(?:option|"
        r"answer|way\s+out)|for\s+when\s+i'?m\s+ready|keeps?\s+calling\s+(?:me|to\s+me))\b|"
        rf"\b(?:how\s+(?:tall|high)|what\s+time|how\s+often|when)\s+(?:the\s+)?(?:\w+\s+){{0,3}}"
        rf"(?:{PLACE}|{PLACE_HIGH}|building|freight\s+train|train|trains)\s+(?:is|passes|"
        r"pass|comes|come|goes\s+by|runs)\b|"
        rf"\bcan'?t\s+stop\s+thinking\s+about\s+(?:the|that)\s+(?:\w+\s+)?{PLACE_HIGH}\b|"
        rf"\b(?:standing|stood|sitting|sat|been)\s+(?:up\s+)?on\s+the\s+(?:roof|edge|ledge)\s+of\b"
        r".{0,60}\b(?:tonight|just\s+thinking|again|times\s+this\s+week|thinking)\b|"
        rf"\b(?:picture|photo|pic)\s+of\s+(?:a|the|his|her)\s+{MEANS}\b.{{0,60}}\bsoon\b"
    ),
    # An act on one's own body with a means, or an attempt told plainly.
    "act on oneself": (
        rf"\b(?:hang|hanging|hanged|hung|drown|drowning|drowned|gas|gassing|gassed|poison\w*|"
        rf"suffocat\w*|electrocut\w*|strangl\w*|set\s+fire\s+to|shoot|shot|stab|stabbed)\s+{SELF}\b"
        r"(?!\s+in\s+the\s+foot)|"
        r"\b(?:tried|try|trying|attempt\w*)\s+to\s+(?:end\s+(?:it\s+all|my\s+life|everything)|take\s+my\s+(?:own\s+)?"
        r"life|overdose|jump|kill\s+myself)\b|\b(?:suicide|overdose)\s+attempt\b|"
        rf"\b(?:scratch\w*|dig\w*|pick\w*|pinch\w*|rub\w*|claw\w*|gouge\w*|bang\w*|punch\w*|"
        rf"bit\w*|cut\w*|burn\w*|hit\w*)\s+(?:at\s+|into\s+)?(?:my\s+)?(?:own\s+)?(?:\w+\s+)?(?:{OWN_BODY}|"
        rf"nails\s+into\s+my\s+\w+)\b.{{0,40}}\b(?:until|till|til|'til)\s+(?:it|they|i|the\s+skin)\s+"
        r"(?:bleeds?|bled|bruises?|bruised|blisters?|went\s+raw|goes\s+raw|is\s+raw|are\s+raw|"
        r"breaks?|broke|split)\b|"
        r"\b(?:drag\w*|run\w*|ran|draw\w*|drew|press\w*|scrap\w*|slid\w*|slic\w*)\s+(?:a|the|my)\s+"
        r"(?:razor|blade|knife|lighter|compass|pin|needle|scissors|piece\s+of\s+glass|shard)\s+"
        rf"(?:across|along|over|into|on|down)\s+my\s+(?:\w+\s+)?(?:{OWN_BODY}|body)\b"
    ),
    # Food restricted near a body alarm (either order).
    "restriction with a body alarm": (
        r"\b(?:down\s+to|only|just|living\s+on|surviving\s+on|under|less\s+than)\s+(?:eating\s+|having\s+)?(?:one|a|an|two|half|"
        r"\d+)\s+(?:\w+\s+){0,2}(?:a|per|each)\s+day\b.{0,100}\b(?:faint\w*|passed\s+out|black\w*\s+out|"
        r"collaps\w*|heart\s+(?:keeps\s+)?(?:races?|racing|pound\w*|flutter\w*|skip\w*)|fluttering|"
        r"dizzy|hair\s+(?:is\s+)?falling)\b|"
        r"\b(?:skip\w*\s+(?:every|all)\s+meals?|not\s+eaten\s+(?:since|for)|stopped\s+eating|(?:haven'?t|not|"
        r"barely|hardly)\s+eaten\s+(?:properly\s+|anything\s+|much\s+)?(?:in|for)\s+(?:\w+\s+)?(?:days|weeks))\b"
        r".{0,100}\b(?:faint\w*|passed\s+out|black\w*\s+out|collaps\w*|fluttering|heart\s+(?:races?|racing)|"
        r"room\s+spinning|can'?t\s+stand\s+up|dizzy|shaking)\b"
    ),
    # Looking up what is lethal; going back to a drop; saying life has been enough.
    "lethal research": (
        r"\b(?:research\w*|look\w*\s+up|googl\w*|search\w*|read\w*\s+up\s+on)\b.{0,60}\b(?:most\s+"
        r"dangerous|lethal|fatal|deadly|painless|least\s+painful)\b.{0,40}\b(?:medications?|meds|"
        rf"pills|drugs|doses?|mix\w*|combin\w*|together|methods?|ways?|{MEDS})\b|"
        r"\b(?:keep|kept|keeps)\s+(?:going\s+back|returning|coming\s+back|ending\s+up)\b.{0,40}\b(?:look\w*\s+"
        r"down|over\s+the\s+edge|the\s+drop|the\s+water\s+below)\b|"
        r"\b(?:had|have\s+had|'ve\s+had|'s\s+had|has\s+had)\s+enough\s+of\s+(?:living|life|being\s+alive|"
        r"this\s+life|existing)\b|"
        r"\b(?:left|leaving|wrote|written|made)\s+(?:\w+\s+)?(?:instructions|a\s+list)\s+(?:for|about|with)\s+"
        r"(?:all\s+)?(?:my\s+)?(?:passwords|accounts|bank\s+details|funeral)\b|"
        r"\b(?:can'?t\s+promise|not\s+sure|don'?t\s+know\s+if|doubt)\s+i'?(?:ll|\s+will)\s+(?:still\s+)?be\s+"
        r"(?:around|here|alive)\s+(?:after|by|for|at|next|in)\b(?!.{0,60}\b(?:contract|job|lease|moving|"
        r"move|visa|flat|travel\w*|abroad|trip|holiday\s+job|posting|work))|"
        r"\b(?:go\s+to\s+sleep|fall\s+asleep|sleep)\s+and\s+(?:just\s+)?(?:not|never)\s+(?:have\s+to\s+)?"
        r"(?:come\s+back|wake|wake\s+up)\b(?!\s+(?:to\s+(?:this|work|the)|tomorrow|early|till|until))|"
        r"\b(?:world|everyone|everybody)\b.{0,30}\b(?:fine|better|easier|happier)\s+without\s+(?:him|her|them)\b"
        r"(?!\s+(?:for|at|on|in)\b)"
    ),
    # A death disguised as an accident, planned by the writer.
    "disguised as an accident": (
        r"\b(?:i|i'?m|my|myself)\b.{0,40}\bmake\s+it\s+(?:look|seem)\s+like\s+an\s+accident\b|"
        r"\bmake\s+it\s+(?:look|seem)\s+like\s+an\s+accident\b.{0,40}\b(?:insurance|pays?\s+out|kids|family)\b"
    ),
    # Scheduled farewells, others cared for instead, a quickest way out by a place.
    "farewell arranged": (
        r"(?!.*\b(?:birthday|anniversary|christmas|reminder|newsletter|campaign))"
        r"\b(?:written|wrote|set\s+up|scheduled|queued)\b.{0,40}\b(?:messages?|emails?|letters?|notes?|posts?)\b"
        r".{0,40}\b(?:on\s+a\s+timer|scheduled|to\s+be\s+sent|to\s+go\s+out|delayed)\b|"
        r"\b(?:kids|children|son|daughter|dog|cat|pets?)\s+(?:would|will|'d)\s+be\s+(?:fine|ok|okay|better|"
        r"happier)\s+(?:with|if)\s+(?:my|their|his|her)\s+\w+\s+(?:raising|looking\s+after|taking\s+care\s+of|"
        r"had|took)\b|"
        rf"\b(?:quickest|easiest|only|best|simplest)\s+way\s+out\b.{{0,40}}\b(?:{PLACE}|{MEDS}|bridge|"
        r"motorway|train|rope|gun)\b|"
        r"\b(?:would|'d)\s+(?:all\s+)?(?:have|get)\s+(?:more|a\s+better)\s+\w+\s+without\s+me\b|"
        r"\block\w*\s+(?:her|him|them|my)sel(?:f|ves)\s+in\b.{0,40}\b(?:razors?|pills|knife|knives|blades?|"
        r"tablets|rope|meds)\b|"
        r"\bi\s+(?:\w+\s+)?(?:put|stub\w*|press\w*)\s+(?:a|my|the)\s+(?:lit\s+)?(?:cigarette|cig|lighter)\s+"
        r"(?:out\s+)?(?:on|into|against)\s+my\b|"
        r"\b(?:burn\w*|cut\w*|scald\w*|scratch\w*)\s+(?:the\s+\w+\s+of\s+)?my\s+(?:\w+\s+)?"
        rf"{OWN_BODY}\s+with\s+(?:a|the|my)\s+(?:\w+\s+)?(?:straighteners|iron|lighter|cigarette|match|"
        r"razor|blade|knife|scissors|compass|glass|needle|pin|kettle|tongs)\b|"
        r"\blet\s+(?:the|my)\s+car\s+(?:drift|roll|slide|veer|go)\s+(?:into|off|over)\b|"
        r"\bif\s+i\s+(?:\w+\s+){0,3}(?:stepped|walked|fell|jumped|got\s+hit|crashed|drowned|died)\b.{0,60}"
        r"\b(?:wouldn'?t|don'?t\s+think\s+i'?d|would\s+not)\s+(?:really\s+)?(?:mind|care|be\s+upset)\b|"
        r"\b(?:ya\s+)?tengo\s+todo\s+(?:preparado|listo|planeado)\b|\bquand\s+je\s+ne\s+serai\s+plus\s+la\b|"
        r"\bcuando\s+ya\s+no\s+este\b|\bquando\s+(?:eu\s+)?nao\s+estiver\s+mais\s+aqui\b|"
        r"\bwenn\s+ich\s+nicht\s+mehr\s+da\s+bin\b|\bquando\s+non\s+ci\s+saro\s+piu\b"
    ),
    # Alcohol in quantity with medicines, a goodbye ready to send, dying "on one's own terms".
    "means combined or ready": (
        r"\bbottles?\s+of\s+(?:vodka|whisk(?:e)?y|gin|rum|wine|alcohol|booze)\b.{0,60}\b(?:[\w']+\s+){0,2}"
        rf"{MEDS}\b|\b{MEDS}\b.{{0,60}}\b(?:full|whole|entire)\s+bottle\s+of\s+(?:vodka|whisk(?:e)?y|gin|rum|"
        r"wine|alcohol)\b|"
        r"\bgoodbye\b.{0,40}\b(?:ready\s+to\s+(?:send|post|go)|scheduled\s+to\s+send)\b|"
        r"\b(?:wrote|written|drafted|typed)\s+(?:a|my)\s+goodbye\s+(?:in|on|to\s+every)\b|"
        r"\bfinish\w*\s+(?:things|it|everything)\s+on\s+(?:his|her|my|their)\s+own\s+terms\b|"
        rf"\b{MEDS}\b.{{0,80}}\bon\s+(?:his|her|my|their)\s+own\s+terms\b"
    ),
    # Dying together.
    "together": (
        r"\b(?:do|doing|did|end|ending|die|dying)\s+(?:it|this\s+world|things|this\s+life)?\s*together\b"
        r".{0,80}\b(?:left\s+behind|neither\s+of\s+us|same\s+time|no\s+one\s+(?:is|gets)\s+left)\b|"
        r"\b(?:die|dying|end\s+it|ending\s+it|end\s+our\s+lives)\s+together\b|\b(?:end|ending|take|taking)\s+our\s+(?:own\s+)?lives\b"
    ),
    # A crash or a hazard imagined, wished or left to chance.
    "a crash wished": (
        rf"\b(?:think\w*\s+about|tempted\s+to|want\s+to|wanted\s+to|fantasi\w*\s+about|imagin\w*|"
        rf"urge\s+to|could\s+just|part\s+of\s+me\s+wants\s+to|picture\w*|keep\s+seeing\s+myself)\s+"
        rf"(?:\w+\s+){{0,2}}(?:driv\w*|crash\w*|steer\w*|swerv\w*|veer\w*|plough\w*|walk\w*|step\w*)\s+"
        rf"(?:\w+\s+){{0,2}}(?:into|off|in\s+front\s+of|over)\s+(?:a|the|an)\s+{HAZARD}\b|"
        r"\b(?:hop\w*|wish\w*|pray\w*|waiting\s+for)\s+(?:that\s+)?(?:a|the|some)\s+(?:\w+\s+)?"
        r"(?:tree|truck|lorry|car|wall|bus|train|illness|cancer|crash|accident)\s+(?:makes?\s+the\s+"
        r"decision|does?\s+it|decides|takes?\s+me|finish\w*\s+me|gets?\s+me|for\s+me)\b|"
        r"\b(?:no|without|don'?t\s+(?:bother\s+with|wear|put\s+on)|stopped\s+(?:wearing|putting\s+on))\s+"
        r"(?:my\s+|a\s+)?seat\s*belt\b.{0,60}\b(?:hop\w*|don'?t\s+care|whatever\s+happens|if\s+i\s+crash|"
        r"something\s+happens)\b|"
        r"\b(?:hop\w*|wish\w*|pray\w*|waiting)\s+(?:for\s+)?(?:the|a|some|this|my)\s+(?:\w+\s+)?(?:illness|"
        r"cancer|disease|accident|crash|tumou?r|heart\s+attack|infection)\s+(?:to\s+)?(?:take|takes|"
        r"finish\w*|get|gets|kill\w*)\s+me\b"
    ),
    # A farewell kept secret.
    "secret goodbye": (
        r"\bgoodbye\s+to\s+(?:\w+\s+){1,3}without\s+(?:her|him|them|anyone|anybody|my\s+\w+)\s+"
        r"(?:noticing|knowing|realising|realizing|suspecting)\b|\bafscheid\s+genomen\b.{0,60}\bzonder\b|"
        r"\bmorgen\s+ben\s+ik\s+er\s+niet\s+meer\b"
    ),
    # A note to be read after: love passed on "when he reads this".
    "note to be read after": (
        r"\btell\s+(?:\w+\s+){1,3}(?:that\s+)?i\s+loved\s+(?:him|her|them|you)\b.{0,40}\b(?:when|after|"
        r"once)\s+(?:he|she|they|you)\s+(?:reads?|finds?|sees?)\s+(?:this|it|the\s+note)\b"
    ),
    "other language": (
        r"\bmi\s+(?:taglio|sono\s+tagliat\w)\b|\btagliarmi\b|\b(?:pastillas|pildoras)\b.{0,60}"
        r"\b(?:todas|guardadas|juntando|acumulando)\b|\btomarmelas\s+todas\b|"
        r"\bnao\s+(?:quer|queria)\s+mais\s+viver\b|\bja\s+se\s+despediu\b"
    ),
}

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
        rf"if)\s+(?:we|i|he|she|they)?\s*(?:\w+\s+)?{CONFLICT}|"
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

SLOTS = tuple(
    [("crisis", name, re.compile(p)) for name, p in _CRISIS.items()]
    + [("danger", name, re.compile(p)) for name, p in _DANGER.items()]
)


def slot_sign(text: str) -> tuple[str, str] | None:
    """(kind, matched words) for the first slot rule matching the normalised,
    accent-free text."""
    for kind, _name, pattern in SLOTS:
        match = pattern.search(text)
        if match:
            return kind, match.group(0).strip()
    return None
