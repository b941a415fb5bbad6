"""Understanding a turn: what the person asks for, whether they are safe, their situation.

Owns the trained turn classifier (`classifier.py`, `softmax.py`, `features.py`:
softmax regressions over sentence vectors, trained from the labelled example files in
`assistant/data/train/` by `python -m assistant.understanding`), the conversation-level
reading that combines it with the safety floor (`reading.py`), and the reading of a
wording request's situation from the user's own clauses (`situation.py`,
`wording.py`). It may import `assistant.safety`, `assistant.knowledge` (embeddings)
and the shared types; nothing here imports the chain, the responders or the UI.
"""
