"""Retrieve stage: hybrid (dense + BM25) retrieval, stratified so every source gets a voice.

A global top-k favours whichever document says the most about a topic, and can miss the one
sentence another source devotes to it. So sources are picked first, then each source's own best
passages are fetched with a per-source filter, fusing dense and BM25 ranks (reciprocal rank
fusion).

Example:
    >>> retriever = Retriever(index, embedder, settings)  # doctest: +SKIP
    >>> retriever.run("How many people died?")  # {doc_id: [Passage, ...]}  # doctest: +SKIP
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Sequence

import numpy as np

from qa.embed import Embedder
from qa.index import Index
from qa.settings import Settings
from qa.text import STOPWORDS, numbers, proper_words, stem, words
from qa.types import Passage

RRF_K = 60


def lexical_tokens(text: str) -> list[str]:
    """BM25 terms: stems of non-stopwords, plus normalised numbers."""
    return [stem(w) for w in words(text) if w not in STOPWORDS] + sorted(numbers(text))


class Retriever:
    """Hybrid, per-source stratified retrieval over a loaded `Index`."""

    def __init__(self, index: Index, embedder: Embedder, settings: Settings) -> None:
        import bm25s

        # bm25s sets its own logger to DEBUG on import and logs every index build.
        logging.getLogger("bm25s").setLevel(logging.WARNING)
        self.index = index
        self.embedder = embedder
        self.settings = settings
        self._chunk_text = [index.documents[c.doc_id].text[c.start : c.end] for c in index.chunks]
        self._by_doc: dict[str, list[int]] = defaultdict(list)
        self._pos: dict[str, tuple[str, int]] = {}
        for i, c in enumerate(index.chunks):
            self._by_doc[c.doc_id].append(i)
            self._pos[c.chunk_id] = (c.doc_id, i)
        self._bm25 = bm25s.BM25()
        # bm25s rejects an empty token list; a placeholder keeps chunk positions aligned.
        corpus = [lexical_tokens(t) or ["\x00"] for t in self._chunk_text]
        self._bm25.index(corpus, show_progress=False)
        df: dict[str, int] = defaultdict(int)
        for tokens in corpus:
            for tok in set(tokens):
                df[tok] += 1
        n = max(1, len(corpus))
        # Smoothed IDF over chunks; the answer stage weighs question words with it.
        self.idf = {tok: float(np.log(1 + (n - f + 0.5) / (f + 0.5))) for tok, f in df.items()}
        # With one passage per source, a word is "rare" only because other sources lack it.
        self.idf_tells_topic = n >= 2 * len(index.documents)
        self.vocabulary = frozenset(w for d in index.documents.values() for w in words(d.text))
        self.proper = proper_words(d.text for d in index.documents.values())

    def run(self, query: str, source_ids: Sequence[str] | None = None) -> dict[str, list[Passage]]:
        """The best passages of each relevant source, sources in order of relevance."""
        allowed = set(source_ids) if source_ids else set(self.index.documents)
        q_vec = self.embedder.embed([query])[0]
        bm25 = self._bm25_scores(query)

        doc_score: dict[str, float] = defaultdict(float)
        for rank, (doc_id, _) in enumerate(self._dense(q_vec, allowed, self.settings.candidate_k)):
            doc_score[doc_id] = max(doc_score[doc_id], 1 / (RRF_K + rank))
        for rank, i in enumerate(np.argsort(-bm25)[: self.settings.candidate_k]):
            doc_id = self.index.chunks[i].doc_id
            if bm25[i] > 0 and doc_id in allowed:
                doc_score[doc_id] = max(doc_score[doc_id], 1 / (RRF_K + rank))
        if len(allowed) <= self.settings.max_sources:
            # Small corpora: every source is heard, however it ranks globally.
            for doc_id in allowed:
                doc_score.setdefault(doc_id, 0.0)
        sources = sorted(doc_score, key=lambda d: (-doc_score[d], d))[: self.settings.max_sources]
        return {doc_id: self._per_source(doc_id, q_vec, bm25) for doc_id in sources}

    def _per_source(self, doc_id: str, q_vec: np.ndarray, bm25: np.ndarray) -> list[Passage]:
        k = self.settings.passages_per_source
        fused: dict[int, float] = defaultdict(float)
        for rank, (_, i) in enumerate(self._dense(q_vec, {doc_id}, 2 * k)):
            fused[i] += 1 / (RRF_K + rank)
        members = self._by_doc[doc_id]
        lexical = sorted(members, key=lambda i: -bm25[i])[: 2 * k]
        for rank, i in enumerate(lexical):
            if bm25[i] > 0:
                fused[i] += 1 / (RRF_K + rank)
        best = sorted(fused, key=lambda i: (-fused[i], i))[:k]
        return [
            Passage(
                doc_id=doc_id,
                chunk_id=self.index.chunks[i].chunk_id,
                text=self._chunk_text[i],
                start=self.index.chunks[i].start,
                end=self.index.chunks[i].end,
                score=fused[i],
            )
            for i in best
        ]

    def _dense(self, q_vec: np.ndarray, allowed: set[str], k: int) -> list[tuple[str, int]]:
        """(doc_id, chunk position) of the top-k chunks by cosine, from chromadb."""
        from llama_index.core.vector_stores.types import (
            FilterOperator,
            MetadataFilter,
            MetadataFilters,
            VectorStoreQuery,
        )

        if len(allowed) == 1:
            flt = MetadataFilter(key="doc_id", value=next(iter(allowed)))
        else:
            flt = MetadataFilter(key="doc_id", value=sorted(allowed), operator=FilterOperator.IN)
        result = self.index.store.query(
            VectorStoreQuery(
                query_embedding=q_vec.tolist(),
                similarity_top_k=k,
                filters=MetadataFilters(filters=[flt]),
            )
        )
        return [self._pos[i] for i in (result.ids or []) if i in self._pos]

    def _bm25_scores(self, query: str) -> np.ndarray:
        tokens = lexical_tokens(query)
        if not tokens:
            return np.zeros(len(self.index.chunks))
        return np.asarray(self._bm25.get_scores(tokens), dtype=float)
