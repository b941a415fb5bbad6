"""A conversational turn: the chain and everything it writes without a model.

Owns the chain (`chain.py`: clean, read, retrieve, respond, a typed `Turn`), input
cleaning (`inputs.py`), boundary scripts and their rubric (`boundary.py`), restyle and
pushback follow-ups (`followup.py`), the parts of a reply (`replies.py`), the
`extractive` responder (`extractive.py`) and the fixed texts of ordinary turns
(`texts.py`). It may import `assistant.understanding`, `assistant.safety`,
`assistant.knowledge` and the shared types; never `assistant.llm`: LLM responders
plug into the `Responder` and `SituationReader` seams from outside.
"""
