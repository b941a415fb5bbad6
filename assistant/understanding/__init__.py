"""Understanding a turn: what the person asks for and whether they are safe.

Owns the trained turn classifier (`classifier.py`: softmax regressions over sentence
vectors, trained from the labelled example files in `assistant/data/train/`), the
small floor of safety rules that must never fail (`floor.py`, phrases in
`assistant/data/safety_floor.yaml`), and the conversation-level reading that combines
them (`reading.py`). It may import `assistant.embeddings`, `assistant.texts` and
`assistant.schema`; nothing here imports the chain, the responders or the UI.
"""
