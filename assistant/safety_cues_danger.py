"""Strong danger signs by category (the crisis half is `safety_cues.py`).

Force against the body, a weapon shown, hidden tracking, a person called violent,
possessive and image threats, coerced sex, being kept from leaving, held down or
degraded, money and documents taken, scalding, pregnancy forced, harm to a child,
barricades, children taken, fear of a person, and other languages. One match is a
case; patterns run on the normalised text.
"""

from __future__ import annotations

import re

WEAPON = r"(?:gun|guns|pistol|rifle|shotgun|revolver|firearm|knife|knives|machete|blade|weapon)"

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


STRONG_DANGER = tuple(("danger", name, re.compile(p)) for name, p in _STRONG_DANGER.items())
