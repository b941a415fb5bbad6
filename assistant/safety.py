"""The safety rules: crisis (suicide, self-harm) and danger from others.

Why rules first: recall here must be 1.0, and a rule that misses can be found, read
and fixed; a sentence-embedding score cannot be audited the same way. MiniLM also
places some idioms ("this commute is killing me") near crisis statements, and coded
phrases ("kms", "unalive", "sewerslide") are rare words the model has barely seen.
The rules favour recall: an ambiguous message ("I just want to end it") is treated
as a crisis, since the fixed reply is kind and useful even when it was not needed.
A short list of idioms is removed before matching so everyday speech is not flagged.

Three layers of rules, all on the same normalised text: the phrase rules below (the
first ones, written case by case), the strong signs by category in `safety_cues.py`
(means + intent, farewell behaviour, self-injury with a purpose, force on the body,
control of money/documents/movement...) and the weak signs of `safety_signs.py`,
which count only in pairs.

Rules written from examples do not anticipate every phrasing, so the screen
(`screen.py`) adds an embedding backstop for what no rule names; the chain applies
this module alone only when it runs without a screener.

Matching runs on a normalised copy of the message (lower case, curly quotes
straightened, common leetspeak undone), takes microseconds and needs no model.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .safety_categories import category_sign
from .safety_cues import strong_sign
from .safety_signs import weak_signs
from .safety_slots import slot_sign
from .safety_text import expand_shorthand, strip_accents

LEET = str.maketrans(
    {"0": "o", "1": "i", "3": "e", "4": "a", "@": "a", "$": "s", "!": "i", "*": "i"}
)

HARMLESS_DOSE = (
    r"(?:coffee|caffeine|espresso|lattes?|tea|energy\s+drinks?|red\s+bull|sugar|sweets|candy|"
    r"chocolate|cake|cookies|biscuits|carbs|pizza|cheese|snacks|junk\s+food|netflix|tv|telly|"
    r"reality\s+tv|youtube|tiktok|instagram|memes|anime|k-?dramas?|podcasts?|music|love|romance|"
    r"rom-?coms?|nostalgia|christmas|glitter|sunshine|fun|cuteness|drama|gossip|work|studying|"
    r"exercise|cardio|gym|vitamin\s+\w+|garlic|chilli|spice|mince\s+pies|hot\s+sauce|matcha|"
    r"screen\s+time|social\s+media|compliments|attention|feelings|emotions|wedding\s+planning)"
)
"""What one can "overdose on" in jest; a medicine, a drug or alcohol is never here."""
LAUGH = r"(?:haha\w*|hehe\w*|lol\w*|lmao\w*|lmfao|rofl|jk|😂|🤣|😅|😆|😜|😬|🙈)"
IDIOMS = re.compile(
    rf"\boverdos\w*\s+on\s+(?:\w+\s+)?{HARMLESS_DOSE}\b|"
    # "he's going to strangle me when he finds out I booked it haha": a laughed-off
    # reaction to something ordinary (the laughter marker must follow).
    r"\b(?:going\s+to|gonna|will|'ll|'s\s+going\s+to)\s+(?:kill|murder|strangle|throttle|slaughter|"
    r"skin|strangle)\s+me\s+(?:when|if|once|for)\b(?=[^.!?]{0,120}\s" + LAUGH + r"(?:\W|$))|"
    # "banging my head against a brick wall": frustration, unless an injury is named.
    r"\b(?:bang|hit|beat)\w*\s+(?:my|our|your|his|her|their)\s+heads?\s+(?:against|on)\s+a\s+brick\s+"
    r"wall\b(?!.{0,60}\b(?:bleed\w*|blood|stars|dizzy|bruis\w*|hurt|concuss\w*))|"
    r"\bhit(?:s|ting)?\s+the\s+nail\s+on\s+the\s+head\b|"
    r"\b(?:is|are|was|were|'s|'re|be|been)\s+killing\s+me\b|"  # this commute is killing me
    r"\b(?:killing|killed|kills)\s+it\b|\bis\s+murder\s+on\b|\bkick(?:ed|s)?\s+me\s+out\s+of\b|"
    r"\bpush(?:ed|es|ing)?\s+me\s+(?:to\s+(?:apply|try|do|be|go|get|take|work|study|grow|finish|start|keep)|"
    r"out\s+of\s+my\s+comfort)\b|\bkiller\s+\w+|\bdying\s+to\b|\b(?:die|dies|died|dying)\s+of\s+(?:laughter|embarrassment|shame|boredom|cringe)\b|"
    r"\b(?:died|dying|dead)\s+(?:laughing|of laughter)\b|\bi'?m\s+dead\b(?!\s+inside)|"
    r"\b(?:will|would|'ll|gonna|going to)\s+kill\s+me\s+(?:if|when|for)\b|"
    r"\bhit\s+(?:me\s+)?up\b|\bhit\s+it\s+off\b|\bhit\s+(?:me\s+)?with\s+(?:a|an|the|some)\b|"
    r"\bhit\s+(?:the|a)\s+\w+|\bhits\s+different\b|\bbeat\s+me\s+(?:at|to|in)\b|"
    r"\bcut\s+(?:me|him|her|them)\s+off\b|\bcut(?:ting)?\s+(?:ties|back|down|corners|class|"
    r"my\s+hair|the)\b|\bhurt(?:s)?\s+my\s+feelings\b|\bkill\s+(?:the|some|time)\b|"
    r"\bdrop[- ]dead\b|\bdeadline|\bdead\s+(?:tired|serious|end|battery)\b|"
    r"\b(?:could|would)\s+murder\s+(?:a|an|some)\b|\bstalk(?:ing|ed|s)?\s+(?:my|their|his|her)\s+"
    r"(?:ex'?s?\s+)?(?:instagram|insta|profile|socials|facebook|page|tiktok)\b|"
    # Suicide or death as the subject of a story, not of the writer's life.
    r"\bsuicides?\s+(?:scene|plot|storyline|episode|prevention\s+(?:month|week|day|training))\b|"
    r"\b(?:movie|film|show|book|novel|series|documentary|song|episode|play|podcast|article|essay)\s+"
    r"(?:about|on)\s+(?:suicide|domestic\s+violence|abuse|stalking|self[- ]?harm)\b|"
    r"\b(?:bruised|hurt)\s+(?:my\s+|his\s+|her\s+)?ego\b|\bego\s+(?:is|was)\s+bruised\b|"
    r"\bkick(?:s|ed|ing)?\s+off\s+(?:about|over|at\s+the|when)\b"
)
# In a game or sport, "she beats me" is a score, not a blow.
GAME = re.compile(
    r"\b(?:kickboxing|boxing|sparring|wrestling|judo|karate|mma|chess|tennis|squash|badminton|"
    r"ping\s*pong|golf|poker|scrabble|monopoly|mario\s*kart|video\s*games?|board\s*games?|"
    r"card\s+games?|cards|races?|running|bowling|darts|pool|fifa|arm\s*wrestl\w*)\b"
)
GAME_WIN = re.compile(
    r"\b(?:beats?|beating|beat|beaten)\s+me\b(?!\s+(?:up|black|bloody|until|so\s+hard))"
)

CRISIS = re.compile(
    r"\bsuicid|\bkill(?:ing)?\s+my\s*self\b|\bkms\b|\bkys\b|\bunaliv|\bsewer\s*slide|"
    r"\bend(?:ing)?\s+(?:my|it)\s+(?:life|all)\b|\bend\s+my\s+own\s+life\b|"
    r"\btake\s+my\s+(?:own\s+)?life\b|\b(?:want|wanna|wish\s+i\s+could|going|ready)\s+(?:to\s+)?die\b|"
    r"\bwish\s+i\s+(?:was|were)\s+(?:dead|never\s+born)\b|\bbetter\s+off\s+(?:dead|without\s+me)\b|"
    r"\b(?:don'?t|do\s+not)\s+want\s+to\s+(?:be\s+alive|live|exist|be\s+here\s+anymore|wake\s+up)\b|"
    r"\bno\s+(?:reason|point)\s+(?:to|in)\s+(?:live|living|go(?:ing)?\s+on)\b|"
    r"\bcan'?t\s+go\s+on\b|\bself[- ]?harm|"
    r"\b(?:hurt|hurting|harm|harming|cut|cutting|burn|burned|burnt|burning|starve|starving)\s+my\s*self\b|"
    r"\b(?:happier|better|easier)\s+(?:if|when)\s+i\s+(?:was|were|am|'m)\s+(?:gone|dead|not\s+here)\b|"
    r"\bk\s+m\s+s\b|\bk\.m\.s\b|"
    r"\bcut(?:ting|s)?\s+(?:my\s+|her\s+|his\s+|their\s+)?(?:wrists?|arms?|thighs?)\b(?!\s+(?:open\s+)?on\s+(?:a|the|some)\b)|\boverdos|\bjust\s+want\s+to\s+end\s+it\b|"
    r"\bend\s+it\b(?!\s+with)|\bending\s+things\b(?!\s+with)|\bdisappear\s+(?:forever|for\s+good)\b|"
    r"\bnot\s+(?:be\s+)?(?:here|around)\s+(?:anymore|much\s+longer)\b|\bctb\b|"
    r"\btired\s+of\s+(?:existing|living|being\s+alive|life)\b|"
    r"\btired\s+of\s+waking\s+up\b(?!\s+(?:at|early|so\s+early|before|to|with|in|next|on))|\b(?:pills|tablets)\s+(?:lined\s+up|ready|counted)\b|"
    r"\b(?:balcony|ledge|roof|bridge|edge)\b.{0,40}\b(?:let(?:ting)?\s+go|jump\w*|fall\w*)\b|"
    r"\bwant\s+to\s+(?:vanish|disappear)\b(?!\s+(?:into|for\s+(?:a|the)|to\s+(?:a|the)|on\s+(?:a|holiday)))|\bcan'?t\s+see\s+(?:a|any)\s+future\b|\bno\s+future\s+for\s+me\b|"
    r"\blife\s+insurance\b|"
    r"\bkeep\s+(?:on\s+)?living\b|\bliving\s+like\s+this\b|\bhow\s+many\s+(?:\w+\s+)?(?:pills|tablets)\b|"
    r"\b(?:want|wish|hope)\s+(?:to\s+)?(?:\w+\s+){0,5}(?:never|not)\s+(?:to\s+)?wake\s+up\b|"
    r"\bend(?:ing)?\s+(?:everything|it\s+all)\b|\b(?:way|ways)\s+to\s+die\b|\bpainless\w*\s+(?:way|death)\b|"
    r"\b(?:wrote|writing|written|drew\s+up|drawn\s+up|updated|made)\s+(?:out\s+|up\s+)?my\s+will\b|"
    r"\b(?:done|finished)\s+with\s+(?:life|living)\b|\bwant\s+(?:it|this|my\s+life)\s+to\s+(?:be\s+over|end)\b|"
    r"\bbetter\s+(?:off\s+)?without\s+me\b|\bgiving\s+away\s+(?:all\s+)?my\s+(?:things|stuff|belongings)\b|"
    r"\bwon'?t\s+(?:need|be\s+needing)\s+(?:them|it|my\s+\w+)\s+(?:soon|much\s+longer|anymore)\b|"
    r"\b(?:drive|driving|crash|crashing|steer\w*)\s+(?:my\s+car\s+)?(?:into|off)\s+(?:a|the)\s+"
    r"(?:wall|tree|bridge|cliff|truck|lorry|traffic)\b|\b(?:step|walk|jump)\w*\s+in\s+front\s+of\s+"
    r"(?:a|the)\s+(?:train|bus|car|truck)\b|\bswallow\w*\s+(?:everything|all\s+of|a\s+bottle|the\s+whole)\b|"
    r"\bmedicine\s+cabinet\b|\b(?:punch|punching|hit|hitting|slap|slapping|bite|biting|scratch\w*|"
    r"starv\w*)\s+my\s*self\b|\b(?:haven'?t|not|stopped)\s+eat(?:en|ing)\b.{0,30}\bon\s+purpose\b|"
    r"\bpoint\s+(?:in|of)\s+(?:living|being\s+alive|going\s+on)\b|"
    r"\bjump\w*\s+(?:off|from)\s+(?:a|the|my)\s+(?:\w+\s+)?(?:bridge|building|roof|cliff|balcony)\b|"
    r"\bnoose\b|\b(?:bought|got|have)\s+(?:a\s+)?rope\b|"
    r"\b(?:notice|care|miss\s+me)\s+if\s+i\s+(?:was|were|died|disappeared|vanished|wasn'?t\s+here|"
    r"stopped\s+existing)\b(?!\s+for\s+(?:a|the|an)\s+\w+)|\btired\s+of\s+(?:fighting|trying|struggling)\s+to\s+(?:stay\s+alive|live|"
    r"survive|keep\s+going|exist)\b|"
    r"\b(?:take|taking|took|taken|swallow\w*)\s+(?:all|a\s+bunch|a\s+lot|a\s+handful|too\s+many)\s+"
    r"(?:of\s+)?(?:my\s+|the\s+|his\s+|her\s+|their\s+)?"
    r"(?:\w+\s+)?(?:pills|tablets|meds)\b|\buntil\s+(?:it|they|i)\s+bleeds?\b|\bmake\s+myself\s+bleed\b|"
    r"\b(?:pills|tablets|meds)\b.{0,40}\b(?:all|at\s+once|saved|stockpil\w*|enough)\b|"
    r"\bsleep\s+(?:forever|and\s+never\s+wake)\b|\bgoodbye\s+(?:letter|note)\b|\bdead\s+inside\b|"
    # Someone else in crisis: the reply's resources fit a worried friend too.
    r"\bkill(?:ing)?\s+(?:him|her|them)sel(?:f|ves)\b|\b(?:end|take)\s+(?:his|her|their)\s+(?:own\s+)?life\b|"
    r"\b(?:he|she|they)\s+(?:wants?|wanted)\s+to\s+die\b|\b(?:rather|prefer\s+to)\s+be\s+dead\b|"
    r"\b(?:family|everyone|everybody|world|they)\s+(?:would|'d)\s+be\s+better\s+(?:off\s+)?without\s+"
    r"(?:me|him|her|them)\b|"
    # The commonest first-person phrasings in a few other languages.
    r"\bquiero\s+morir(?!\w*\s+de\s+(?:risa|verg|hambre|sue|ganas|amor|calor|fr|aburr))|\bme\s+quiero\s+matar|\bmatarme\b|\bno\s+quiero\s+vivir|"
    r"\bje\s+veux\s+mourir|\bme\s+tuer\b|\bich\s+will\s+(?:nicht\s+mehr\s+leben|sterben)|"
    r"\bmich\s+umbringen|\bquero\s+morrer|\bme\s+matar\b|\bvoglio\s+morire|\bfarla\s+finita\b"
)

PERSON = (
    r"(?:he|she|they|my\s+(?:[\w-]+(?:'s)?\s+){0,2}(?:partner|boyfriend|girlfriend|husband|wife|bf|gf|spouse|"
    r"ex|dad|father|mom|mum|mother|stepdad|stepmom|brother|sister|boss|roommate|fianc\w*|"
    r"date|friend|parents?|family|uncle|aunt|son|daughter))"
)
HARM_VERB = (
    r"(?:hit|hits|hitting|beat|beats|beating|beaten|slap|slaps|slapped|slapping|punch|punches|"
    r"punched|kick|kicks|kicked|chok\w*|strangl\w*|shov\w*|push(?:es|ed)?|grab(?:s|bed)?|"
    r"throw\w*\s+things\s+at|threw\s+\w+\s+at|hurt(?:s)?|bruis\w*|burn(?:s|ed)?|bit|bites|"
    r"rap(?:e|ed|es|ing)|molest\w*|abus\w*|assault\w*|stalk\w*|spit\w*\s+on)"
)
NOT_A_PARENT = (
    r"(?<!\bmum\s)(?<!\bmom\s)(?<!\bdad\s)(?<!\bparents\s)(?<!\bmother\s)(?<!\bfather\s)"
    r"(?<!\bteacher\s)(?<!\bboss\s)(?<!\bschool\s)"
)
"""A parent, teacher or boss refusing permission is ordinary; a partner doing it is control."""
BETWEEN = r"(?:(?!(?:something|anything|nothing|it|that|what|this)\b)\w+\s+)"
"""A word between the person and the verb, unless it is the verb's real subject."""
DANGER = re.compile(
    r"\b(?:he|she|they)(?:'ll|\s+will|'d|\s+would|\s+is\s+going\s+to|'s\s+going\s+to|'re\s+going\s+to)\s+"
    r"(?:kill|hurt|harm)\s+(?:me|us|the\s+(?:kids?|children|baby)|my\s+\w+|our\s+\w+)\b|"
    # Any blow promised: "he'll break my legs", "she'll put me in hospital".
    r"\b(?:he|she|they)(?:'ll|\s+will|'d|\s+would|\s+is\s+going\s+to|'s\s+going\s+to|'re\s+going\s+to)\s+"
    r"(?:\w+\s+)?(?:break|smash|beat|hit|punch|stab|shoot|strangle|choke|burn|cut|bury|drown|slit|"
    r"knock|kick|snap|cave\s+in)\s+(?:me\b|my\s+(?:face|head|legs?|arms?|neck|throat|teeth|nose|jaw|"
    r"ribs|fingers?|hands?|knees?|skull|eyes?|back)\b)|"
    r"\b(?:he|she|they)(?:'ll|\s+will|'d|\s+would)\s+put\s+me\s+in\s+(?:the\s+)?(?:hospital|a\s+"
    r"wheelchair|the\s+ground|a\s+coffin|a\s+grave|the\s+morgue)\b|"
    r"\bnext\s+(?:one|time)\b.{0,25}\b(?:is|will\s+be|it'?ll\s+be)\s+(?:my|your)\s+(?:face|head|neck)\b|"
    rf"\b{PERSON}\s+{BETWEEN}{{0,3}}?{HARM_VERB}\s+(?:me|us|my\s+(?:\w+\s+)?(?:kids?|children|son|"
    rf"daughter|baby|face|arm|brother|sister|mom|mum|mother|dad|father|dog|cat|pet)|"
    rf"the\s+(?:kids?|children|baby))\b|"
    rf"\b(?:hits|hit|hitting|beats|beat|beating|slaps|slapped|slapping|punched|punching|kicked|"
    rf"kicking|chok\w+|strangl\w+|shoving)\s+me\b|"
    r"(?<!never )(?<!n't )(?<!rarely )\b(?:touch\w*|grop\w*)\s+me\b(?!\s+(?:up|base|anymore))|"
    r"\b(?:pressur\w+|guilt\w*|push\w*|coerc\w+)\s+me\s+(?:into|to\s+have)\s+(?:sex|sleep)|"
    r"\bfind\s+me\b.{0,30}\b(?:if|when)\s+i\s+leave|"
    r"\b(?:if|when)\s+i\s+(?:ever\s+)?leave\b.{0,40}\b(?:find|kill|hurt|make)\s+me\b|"
    r"\bshows?\s+up\b.{0,40}\b(?:blocked|restraining|told\s+(?:him|her|them)\s+to\s+stay\s+away)|"
    r"\bsexual\w*\s+(?:things|stuff|acts?|favou?rs)\b.{0,30}\b(?:don'?t|do\s+not|didn'?t)\s+want|"
    r"\bmakes?\s+me\s+do\s+(?:sexual|things\s+i\s+(?:don'?t|do\s+not)\s+want)|\bisolat\w+\s+me\b|"
    r"\bwon'?t\s+stop\s+(?:showing\s+up|following\s+me|coming\s+to\s+my|turning\s+up)|"
    r"\b(?:hurting|hitting|beating)\s+(?:my|our)\s+(?:\w+\s+)?(?:mom|mum|mother|dad|father|brother|sister|"
    r"kids?|children|son|daughter|baby)\b(?!'s)|\bgives?\s+me\s+an\s+allowance\b|"
    r"\b(?:held|holds|holding|pinned|pins|pinning)\s+me\s+(?:down|against|to)\b|"
    r"\bburn\w*\b.{0,30}\b(?:with\s+(?:me|us|the\s+kids)\s+(?:inside|in\s+it)|me\s+alive)\b|\bblock\w*\s+(?:the|my)\s+(?:door|way|exit)\b|"
    r"\bcan'?t\s+get\s+out\b|\bair\s*tag\b|\bgps\s+tracker\b|"
    r"\bforc\w+\s+me\s+to\s+(?:watch(?!.{0,40}\b(?:series|shows?|films?|movies?|match|games?|"
    r"episodes?|tv|anime|documentar\w*|football|musicals?)\b)|do\s+(?:things|stuff|what)|have|perform|send|touch|sleep)\b|"
    r"\bnever\s+see\s+(?:the|my|our)\s+(?:kids|children|baby|son|daughter)\s+again\b|"
    r"\btake\s+(?:the|my|our)\s+(?:kids|children|baby)\b.{0,40}\bnever\s+see\b|"
    r"\b(?:turn\w*|show\w*)\s+up\s+at\s+my\b.{0,40}\b(?:watch|follow|wait)\w*\b|"
    r"\b(?:showed|pointed|held|waved)\s+(?:me\s+)?(?:a|his|her|the)\s+(?:gun|knife)\b|"
    r"\b(?:gun|knife|weapon)\b.{0,40}\b(?:leave|kill|hurt|shoot|stab)\b|"
    r"\btakes?\s+(?:every\s+(?:cent|penny)|all\s+(?:of\s+)?my\s+(?:money|pay|wages))\b|"
    r"\boutside\s+my\s+(?:house|home|door|apartment|flat|window|work)\b.{0,30}"
    r"\b(?:won'?t\s+(?:go|leave)|right\s+now|every\s+(?:day|night))|"
    r"\b(?:send|show)\s+(?:him|her|them)\s+(?:photos|pictures|proof|videos?)\s+of\s+where\b|"
    r"\bprove\s+where\s+i\s+(?:am|was)\b|\bhands?\s+(?:around|on)\s+my\s+(?:neck|throat)\b|\b(?:grab\w*|squeez\w*)\s+my\s+(?:neck|throat)\b|"
    rf"\b{PERSON}\s+(?:\w+\s+){{0,2}}(?:broke|fractured|bruised|burned|split|dislocated|knocked|smashed|cracked|chipped)\s+"
    r"(?:out\s+)?(?:my|her|his|their)\s+"
    r"(?:arm|nose|ribs?|wrist|jaw|fingers?|leg|face|lip|eye|teeth|tooth|skull|cheekbone|collarbone)\b|\bcan'?t\s+leave\s+the\s+house\b|"
    r"(?<!\bi\s)\bkeeps?\s+(?:the|my)\s+(?:car\s+)?keys\b(?!\s+(?:on|in|by|at)\s+(?:a|the)\s+(?:hook|bowl|"
    r"table|drawer|shelf|rack|door))|\b(?:no\s*one|nobody)\s+(?:will|would)\s+(?:ever\s+)?believe\s+me\b|"
    r"\bwhat\s+(?:he|she|they)\s+(?:does|did|do)\s+to\s+me\b|\b(?:he'?s|she'?s|they'?re)\s+watching\s+me\b|"
    r"\b(?:makes?|made|making|forc\w+)\s+me\s+(?:have\s+sex|do\s+sexual)|"
    r"\bsex\b.{0,30}\bwhile\s+i\s+(?:was|am|'m)\s+(?:asleep|sleeping|passed\s+out|unconscious|drunk)\b|"
    rf"\b{PERSON}\s+(?:\w+\s+){{0,2}}?(?:hits|hit|beats|beat|chokes|choked|punches|punched|kicks|kicked)\s+"
    r"(?:her|him|them)\b(?!\s+(?:own\s+)?(?:head|knee|toe|elbow|shin|arm|leg|hand|foot|back|face)\s+on\b)|"
    r"\b(?:raped|rape|sexual(?:ly)?\s+assault\w*|molest\w*|forc\w+\s+(?:me\s+)?(?:to\s+have\s+|into\s+)?"
    r"sex|makes?\s+me\s+have\s+sex|(?:sex|sleep\s+with\s+\w+)\s+when\s+i\s+(?:don'?t|do\s+not)\s+want|"
    r"won'?t\s+take\s+no\s+for\s+an\s+answer\s+(?:in|about|when\s+it\s+comes\s+to)\s+(?:bed|sex))\b|"
    r"\b(?:abusive|abuses\s+me|abused\s+me|abusing\s+me|domestic\s+(?:violence|abuse))\b|"
    r"\bthreat\w*\s+(?:to\s+)?(?:kill|hurt|harm|beat|hit|shoot|stab|poison|drug|drown|strangle|choke|"
    r"burn|take\s+(?:the|my|our)\s+"
    r"(?:kids?|children|baby)|post|share|leak|ruin|report\s+me|out\s+me)\b|"
    r"\bthreat\w*\s+(?:me|my\s+life)\b|\b(?:said|says)\s+(?:he|she|they)'?(?:ll|d|\s+will|\s+would)?"
    r"\s+(?:kill|hurt)\s+(?:me|my|himself|herself|themselves)\b|"
    r"\bstalk(?:s|ing|ed|er|ers)?\b|\bfollow(?:s|ing|ed)?\s+me\s+(?:home|everywhere|around|to\s+work)\b|"
    r"\b(?:track(?:s|ing|ed)?|monitor(?:s|ing)?)\s+my\s+(?:location|phone|car|gps)\b|"
    r"\b(?:tracker|tracking\s+app|spyware)\s+on\s+my\b|"
    rf"{NOT_A_PARENT}\b(?:won'?t|doesn'?t|does\s+not|will\s+not|never)\s+let\s+me\s+(?:see|leave|go|talk|have|"
    r"work|use|out|call|visit)\b|(?<!\bi\s)\b(?:takes?|took|hides?|hid|keeps?)\s+(?:away\s+)?my\s+"
    r"(?:whole\s+|entire\s+)?(?:phone|keys|passport|car\s+keys|id|wallet|bank\s+card|paycheck|money|wages|salary|"
    r"savings|pension|benefits)\b(?!\s+(?:charger|case|cable|number|back))(?:\s+away)?|"
    r"\blocks?\s+me\s+(?:in|out)\b|\b(?:locks?|locked|locking|shuts?|shut)\s+(?:me|him|her|them|"
    r"my\s+(?:\w+\s+){0,2}(?:son|daughter|brother|sister|kids?|children|child|baby|mum|mom|dad|"
    r"cousin|nephew|niece|grand\w+|step\w+|partner|wife|husband|girlfriend|boyfriend))\s+"
    r"(?:in|into|inside)\s+(?:the|a|his|her|their|my)\s+(?:cupboard|closet|room|bedroom|basement|"
    r"cellar|shed|bathroom|garage|car|boot|trunk|attic)\b|\blocked\s+me\s+(?:in|out)\b|\bcontrols?\s+(?:all\s+)?(?:my|our)\s+"
    r"(?:money|finances|bank|every\s+move)\b|\bcoerci\w+|"
    r"\b(?:afraid|scared|terrified|frightened)\s+(?:of|for)\s+(?:him|her|them|my\s+life|my\s+safety|"
    rf"what\s+(?:he|she|they)\s*(?:'ll|will|might|would)|{PERSON})\b(?!'s)|"
    r"\b(?:afraid|scared|terrified)\s+to\s+go\s+home\b(?!\s+(?:\w+\s+)?and\s+(?:tell|admit|confess|explain))|"
    r"\b(?:not|never|don'?t\s+feel|do\s+not\s+feel|un)\s*safe\s+(?:at\s+home|with|around)\b|"
    r"\b(?:want|going|gonna)\s+to\s+(?:hurt|hit|beat|kill|stab|shoot)\s+(?:him|her|them|my\s+\w+)\b(?!\s+if\b)|"
    r"\b(?:threaten\w*)\s+to\s+(?:kill|hurt)\s+(?:him|her|them)sel(?:f|ves)\b|"
    r"\b(?:gun|knife|weapon)\b.{0,40}\b(?:at|on|to)\s+me\b"
)


@dataclass(frozen=True)
class SafetyHit:
    """Why a message was routed to the safety reply."""

    kind: str
    """`crisis` (suicide, self-harm), `danger` (harm or control by someone else), or
    `similar` (no rule matched; the screen's embedding backstop did)."""
    phrase: str
    """The words that matched (for logs and evals; never shown to the user)."""


def normalise(text: str, stand_in: str = " ") -> str:
    """Lower case, straight quotes, leetspeak undone, idioms replaced by `stand_in`
    (removed by default), spaces collapsed."""
    low = text.lower().replace("’", "'").replace("‘", "'")
    low = expand_shorthand(" ".join(low.split()))
    deleet = re.sub(
        r"[a-z]+[0-9@$!*]+[a-z0-9@$!*]*[a-z]+", lambda m: m.group(0).translate(LEET), low
    )
    text = IDIOMS.sub(stand_in, deleet)
    return GAME_WIN.sub(stand_in, text) if GAME.search(text) else text


FEARED_THREAT = re.compile(
    r"\b(?:afraid|scared|terrified|frightened|fear)\s+(?:that\s+)?(?:he|she|they|my\s+\w+)(?:'ll|'d|\s+will|"
    r"\s+would|\s+might|\s+is\s+going\s+to|\s+could)\s+(?:\w+\s+){0,2}(?:kill|murder|strangle|beat)\s+"
    r"(?:me|us)\b"
)
"""Fear that a person will kill the writer, read before idioms are removed ("he'll kill
me if he finds out" is an idiom only when nobody is afraid)."""


def check_safety(message: str) -> SafetyHit | None:
    """A hit when the message speaks of crisis or danger; None otherwise."""
    feared = FEARED_THREAT.search(" ".join(message.lower().replace("’", "'").split()))
    if feared:
        return SafetyHit(kind="danger", phrase=feared.group(0))
    text = normalise(message)
    for kind, pattern in (("crisis", CRISIS), ("danger", DANGER)):
        match = pattern.search(text)
        if match:
            return SafetyHit(kind=kind, phrase=match.group(0).strip())
    # The category rules are written without accents: they read an accent-free copy.
    plain = strip_accents(text) if not text.isascii() else text
    found = strong_sign(text) or category_sign(plain) or slot_sign(plain) or weak_signs(text)
    return SafetyHit(kind=found[0], phrase=found[1]) if found else None
