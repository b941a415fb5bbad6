"""The article as searchable knowledge: corpus files, chunks, vectors, retrieval.

Owns reading the corpus (`corpus.py`), cutting it by its real sections
(`chunking.py`) and into sentences (`sentences.py`), the offline embedding model and
its disk cache (`embeddings.py`, `embedding_cache.py`), the Chroma index in embedded
or client/server mode (`index.py`, `chroma_store.py`), the sentence views and the
hybrid retriever (`views.py`, `retrieval.py`). It may import only `assistant.schema`,
`assistant.errors` and `assistant.settings`; it knows nothing of turns or replies.
"""
