"""The article as searchable knowledge: corpus files, chunks, vectors, retrieval.

Owns reading the corpus (`corpus.py`), cutting it by its real sections
(`chunking.py`) and into sentences (`sentences.py`), the offline embedding models
(retrieval: `nomic.py`, its file cut from registry packages by `nomic_file.py`;
sentences and classifier features: `embeddings.py`) and their disk cache
(`embedding_cache.py`), the Chroma index in embedded or client/server mode
(`index.py`, `chroma_store.py`), the sentence views and the hybrid retriever
(`views.py`, `retrieval.py`). It may import only the shared base (`assistant.schema`,
`errors`, `settings`, `verified_file`, `llama_runtime`); it knows nothing of turns or
replies.
"""
