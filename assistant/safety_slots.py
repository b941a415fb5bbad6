"""Safety rules built from slot vocabularies, for phrasings nobody wrote down.

The earlier layers (`safety.py`, `safety_cues.py`, `safety_categories.py`) name verbs
and word orders; each blind hold-out found new ways to say the same things. Here a
rule is a small grammar of interchangeable SLOTS:

- crisis: a means or place of dying (bridge, tracks, tablets, rope, river...) near a
  plan, a hope or a secret (worked out which, saving up, hoping it decides for me);
  an act on the writer's own body (hang, drown, scratch...) with a sign of purpose
  (tried to, till it bleeds); restriction of food near a body alarm (fainted, heart
  fluttering); dying together; driving into a hazard imagined or wished.
- danger (`safety_slots_danger.py`): a person as agent, a harm act (held near,
  dangled over, burn down with...
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

from .safety_slots_danger import DANGER_SLOTS
from .safety_text import first_sign
from .safety_vocab import HAZARD, MEANS, MEDS, OWN_BODY, PLACE, PLACE_HIGH, SELF, W

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
    # Not sticking around, leaving "for good" in the other sense, a plan voiced by someone.
    "not sticking around": (
        r"(?:\bnot|n't|\bnever)\s+(?:planning|plan|going|gonna|intending|expecting)\s+(?:on|to)\s+(?:stick(?:ing)?\s+"
        r"around|be(?:ing)?\s+(?:here|around|alive))\b(?!.{0,40}\b(?:travel\w*|trip|holiday|abroad|moving|fly\w*|visit\w*|away|"
        r"flight|party|dinner|wedding|late|long\s+at))|"
        r"\b(?:leave|go|gone|disappear)\s+for\s+good\b.{0,40}\b(?:not\s+in\s+the\s+[\w-]+\s+sense|if\s+you\s+"
        r"know\s+what\s+i\s+mean|not\s+(?:like|as\s+in)\s+(?:moving|travel\w*))|"
        r"\b(?:going\s+to|gonna|'ll|will|plan(?:ning)?\s+to|wants?\s+to)\s+(?:\w+\s+)?(?:drive|jump|walk|step|"
        rf"swerve|crash)\s+(?:\w+\s+){{0,2}}(?:into|off|in\s+front\s+of)\s+(?:a|the|an)\s+{HAZARD}\b|"
        r"\b(?:stood|standing|stand|waited|waiting)\s+(?:\w+\s+){0,3}(?:close\s+to|near|at|on)\s+the\s+edge\b"
        r".{0,60}\b(?:train|tracks|drop|water|traffic)\b|"
        rf"\brefus\w+\s+(?:\w+\s+){{0,2}}(?:food|to\s+eat|meals)\s+and\s+(?:\w+\s+){{0,2}}{MEDS}\b|"
        rf"\brefus\w+\s+(?:\w+\s+){{0,2}}{MEDS}\s+and\s+(?:\w+\s+){{0,2}}(?:food|to\s+eat|meals)\b|"
        r"\b(?:tabletten|pillen)\s+gezahlt\b|\bcompte\s+(?:les|mes)\s+(?:comprimes|cachets)\b|"
        r"\bconte\s+(?:las|mis)\s+pastillas\b"
    ),
    # A means judged quick, a gun with its ammunition, an operation not survived, words
    # carved into the body, appliances by the bath.
    "means judged": (
        r"\b(?:think\w*|thought|wonder\w*|reckon\w*)\b.{0,40}\b(?:train\s+line|tracks|railway|bridge|cliff|roof|"
        r"river|motorway|viaduct|tower\s+block)\b.{0,40}\bwould\s+be\s+(?:quick|easy|painless|fast|simple|"
        r"enough)\b(?!er)|"
        r"\b(?:gun|shotgun|rifle|pistol|revolver)\b.{0,60}\b(?:know\s+where|found|where\s+(?:he|she|they)\s+"
        r"keeps?)\s+(?:\w+\s+){0,2}(?:cartridges|bullets|ammo|ammunition|shells)\b|"
        r"\b(?:hope|hoping|wish|pray\w*)\s+(?:that\s+)?i\s+(?:don'?t|do\s+not|won'?t|never)\s+(?:survive|make\s+it"
        r"\s+through|come\s+(?:round|out\s+of))\b|"
        r"\b(?:scratch\w*|carv\w*|cut\w*|etch\w*)\s+['\"]?[\w ]{1,20}['\"]?\s+"
        r"(?:into|onto|on)\s+my\s+"
        rf"(?:\w+\s+)?{OWN_BODY}\b|"
        r"\b(?:nobody|no\s*one)\s+would\s+(?:even\s+)?(?:care|notice)\s+if\s+my\s+(?:seat|desk|bed|chair|place|"
        r"room)\b.{0,30}\bempty\b|"
        r"\b(?:hosepipe|hose|tubing)\b.{0,40}\b(?:boot|car|garage|trunk)\b.{0,30}\b(?:just\s+in\s+case|for\s+when|"
        r"ready)\b|"
        r"\b(?:bath|bathtub|tub)\b.{0,40}\b(?:hair\s*dryer|toaster|radio|heater|straighteners)\b|"
        r"\b(?:hair\s*dryer|toaster|radio|heater|straighteners)\b.{0,40}\b(?:in|into|near)\s+the\s+(?:bath|tub)\b"
    ),
    # How a death feels looked up, a road "inviting", a hook stared at, goodbyes drafted,
    # a hand held over a flame, a burden ended "permanently", a railway bridge sat on.
    "dwelling on an end": (
        r"\b(?:googl\w*|search\w*|look\w*\s+up|research\w*|read\w*\s+(?:up\s+)?about)\b.{0,60}\b(?:when|if|how\s+"
        r"long|how\s+fast|before)\s+(?:you|a\s+person|someone|one|people)\s+(?:drown|hang|bleed\s+out|overdose|"
        r"suffocate|die|jump)\b|"
        r"\b(?:motorway|traffic|tracks|railway|train\s+line|drop|ledge|cliff\s+edge|oncoming\s+\w+|lorries)\b.{0,20}"
        r"\b(?:look|looks|looking|seem\w*)\s+(?:very\s+|so\s+|really\s+)?(?:inviting|tempting|appealing)\b|"
        r"\b(?:hook|beam|rafters?|banister|loft\s+hatch|rope)\b.{0,40}\b(?:keep|kept)\s+(?:looking|staring|glancing)"
        r"\s+at\b|"
        r"\bgoodbye\s+(?:texts?|messages?|letters?|notes?|emails?)\b.{0,30}\b(?:drafts?|saved|notes\s+app|"
        r"ready|scheduled)\b|"
        r"\b(?:hold|held|holding|put|putting|press\w*)\s+my\s+(?:hand|arm|fingers?|palm|wrist)\s+(?:over|in|on|"
        r"under|near)\s+(?:the|a)\s+(?:\w+\s+)?(?:flame|fire|candle|hob|stove|iron|kettle|boiling\s+water|"
        r"hot\s+tap)\b.{0,40}\b(?:until|till|to\s+feel|to\s+punish|on\s+purpose)\b|"
        r"\b(?:stop|end)\s+being\s+(?:a\s+|such\s+a\s+)?(?:burden|weight|problem|drain)\b.{0,30}"
        r"\b(?:permanently|for\s+good|forever)\b|"
        r"\b(?:sat|sitting|stood|standing)\s+on\s+(?:the|a)\s+(?:(?:railway|motorway|train)\s+bridge|parapet|"
        r"railing|ledge)\b"
    ),
    # A place judged easy, the will lost, gas left on, doses raised, drink then water,
    # a non-stopping train, wrists slit, a rope or blades bought (FR/IT/ES/DE).
    "easy or given up": (
        rf"\b{PLACE}\b.{{0,60}}\bhow\s+(?:easy|quick|simple|fast)\s+it\s+(?:would|'d|could)\s+be\b|"
        r"\blost\s+(?:the|my|all)\s+will\s+to\s+(?:live|keep\s+going|go\s+on|carry\s+on|survive)\b|"
        r"\b(?:leav\w*|left|turn\w*)\s+the\s+gas\s+on\b.{0,40}\b(?:hoping|hope|sleep|bed|on\s+purpose)\b|"
        rf"\b(?:more\s+and\s+more|increasing|extra|double|triple)\s+(?:of\s+)?(?:my\s+)?{MEDS}\b.{{0,60}}"
        r"\b(?:don'?t\s+care|whatever\s+happens|not\s+bothered|hoping)\b|"
        r"\b(?:drink|drinking|get\s+drunk)\b.{0,60}\b(?:go|going|head|walk)\s+(?:down\s+)?to\s+the\s+(?:canal|river|"
        r"bridge|sea|cliffs?|tracks|lake|quarry)\b|"
        r"\b(?:train|one)\s+(?:that\s+)?(?:doesn'?t|does\s+not|won'?t)\s+stop\s+at\s+(?:our|my|the)\s+station\b|"
        r"\bslit\w*\s+(?:my|her|his|their)\s+(?:own\s+)?wrists?\b|"
        r"\bachete\s+une\s+corde\b|\bcomprat[oa]\s+(?:delle\s+)?(?:lamette|una\s+corda)\b|\bstasera\s+lo\s+faccio\b|"
        r"\bcompre\s+una\s+(?:cuerda|soga)\b|\bein\s+seil\s+gekauft\b"
    ),
    # Nearly stepping off, breath held under bath water, treatment refused to let it happen,
    # nothing mattering "to me", a crisis line passed over, burns by a third person, a pet
    # left for good.
    "nearly or let happen": (
        rf"\b(?:{PLACE}|pier|edge|platform|water)\b.{{0,60}}\b(?:nearly|almost)\s+(?:stepped|jumped|walked|let\s+go|"
        r"went)\s+(?:off|in|over|out|forward)\b|"
        r"\b(?:holding|hold|held)\s+my\s+breath\s+under\s+(?:the\s+)?(?:bath\s+)?water\b|"
        r"\b(?:not\s+going\s+to|won'?t|refus\w+\s+to)\s+(?:get|have|take|accept)\s+(?:the\s+|any\s+)?(?:treatment|"
        r"chemo|surgery|dialysis|my\s+meds)\b.{0,40}\b(?:let\s+it\s+(?:happen|take\s+me)|let\s+nature|way\s+out)\b|"
        r"\bnone\s+of\s+(?:this|it)\s+will\s+matter\s+to\s+me\b|"
        r"\b(?:crisis\s+line|samaritans|988|hotline|helpline)\b.{0,60}\b(?:already\s+decided|won'?t\s+(?:help|call)|"
        r"not\s+(?:calling|ringing)\s+this\s+time)\b|"
        r"\b(?:burn\w*|cut\w*|scratch\w*|hurt\w*)\s+(?:herself|himself|themselves|myself)\s+with\s+(?:a|the|his|her|"
        r"my|their)\s+(?:lighter|cigarette|razor|blade|knife|iron|straighteners|compass|glass|scissors)\b|"
        r"(?:\bnot|n't)\s+(?:plan(?:ning)?|intend(?:ing)?|expect(?:ing)?|going)\s+(?:on|to)\s+(?:coming|come)\s+back\s+"
        r"(?:for|to\s+get)\s+(?:her|him|them|it)\b"
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


SLOTS = tuple(("crisis", name, re.compile(p)) for name, p in _CRISIS.items()) + DANGER_SLOTS


def slot_sign(text: str) -> tuple[str, str] | None:
    """(kind, matched words) for the first slot rule (crisis, then danger) matching the
    normalised, accent-free text."""
    return first_sign(SLOTS, text)
