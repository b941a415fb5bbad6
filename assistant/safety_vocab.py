"""Slot vocabularies shared by the slot rules (`safety_slots.py`): a word slot, the
writer's self, places and means of dying, medicines, hazards on the road, body parts.

Plain regex fragments (non-capturing groups); no compiled patterns here.
"""

from __future__ import annotations

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
