"""The obvious alternative, for side-by-side numbers: LlamaIndex's ``CitationQueryEngine``.

It runs over the same chromadb index, with the same embedder and the same model, and its output
is mapped onto the `Answer.to_dict()` shape so the same metrics score it:

- ``answer`` is its response; ``[n]`` refers to its n-th citation chunk.
- Each citation's quote is that chunk's text, placed in the document by search; a chunk that is
  not found verbatim keeps offsets that fail the invariant, so it counts as invalid.
- It has no verdict, so one is read off its response: empty → ``not_found``; citing one source →
  ``single_source``; otherwise ``agree``, since it writes one merged answer (an answer that cites
  nothing is a claim attributed to no source).
- A source's answer is the response sentences that cite it.
"""

from __future__ import annotations

import re
import time
from collections.abc import Sequence
from typing import Any

from qa.embed import Embedder
from qa.index import Index
from qa.llm import LLM

NAME = "llamaindex-citation"
MARKER = re.compile(r"\[(\d+)\]")


def _adapters(llm: LLM, embedder: Embedder, max_tokens: int) -> tuple[Any, Any]:
    """LlamaIndex wrappers around our LLM and embedder (explicit objects, no global Settings)."""
    from llama_index.core.base.embeddings.base import BaseEmbedding
    from llama_index.core.llms import CompletionResponse, CustomLLM, LLMMetadata
    from llama_index.core.llms.callbacks import llm_completion_callback
    from pydantic import PrivateAttr

    class WrappedLLM(CustomLLM):
        _llm: Any = PrivateAttr()

        def __init__(self, inner: LLM) -> None:
            super().__init__()
            self._llm = inner

        @property
        def metadata(self) -> LLMMetadata:
            return LLMMetadata(context_window=2048, num_output=max_tokens, model_name="qa-llm")

        @llm_completion_callback()
        def complete(self, prompt: str, formatted: bool = False, **kwargs: Any) -> Any:
            return CompletionResponse(
                text=self._llm.complete(prompt, max_tokens=max_tokens, stop=())
            )

        @llm_completion_callback()
        def stream_complete(self, prompt: str, formatted: bool = False, **kwargs: Any) -> Any:
            text = self._llm.complete(prompt, max_tokens=max_tokens, stop=())
            yield CompletionResponse(text=text, delta=text)

    class WrappedEmbedding(BaseEmbedding):
        _embedder: Any = PrivateAttr()

        def __init__(self, inner: Embedder) -> None:
            super().__init__(model_name="qa-embedder")
            self._embedder = inner

        def _get_query_embedding(self, query: str) -> list[float]:
            return [float(x) for x in self._embedder.embed([query])[0]]

        async def _aget_query_embedding(self, query: str) -> list[float]:
            return self._get_query_embedding(query)

        def _get_text_embedding(self, text: str) -> list[float]:
            return self._get_query_embedding(text)

        def _get_text_embeddings(self, texts: list[str]) -> list[list[float]]:
            return [[float(x) for x in v] for v in self._embedder.embed(texts)]

    return WrappedLLM(llm), WrappedEmbedding(embedder)


class CitationBaseline:
    """``CitationQueryEngine`` over an existing `Index`, answering like `Assistant.ask`."""

    def __init__(
        self, index: Index, llm: LLM, embedder: Embedder, top_k: int = 4, max_tokens: int = 128
    ) -> None:
        from llama_index.core import VectorStoreIndex
        from llama_index.core.query_engine import CitationQueryEngine

        li_llm, li_embed = _adapters(llm, embedder, max_tokens)
        vector_index = VectorStoreIndex.from_vector_store(index.store, embed_model=li_embed)
        self.engine = CitationQueryEngine.from_args(
            vector_index, llm=li_llm, similarity_top_k=top_k
        )
        self.documents = index.documents

    def ask(self, question: str, history: Sequence[Any] | None = None) -> dict[str, Any]:
        """The engine's response in the `Answer.to_dict()` shape (history is not supported)."""
        t0 = time.perf_counter()
        response: Any = self.engine.query(question)  # a Response: synthesis is not streamed
        text = str(response.response or "").strip()
        citations = []
        for n, node in enumerate(response.source_nodes, 1):
            meta = node.node.metadata
            doc_id = meta.get("doc_id", "")
            quote = re.sub(r"^Source \d+:\s*", "", node.node.get_content()).strip()
            doc_text = self.documents[doc_id].text if doc_id in self.documents else ""
            start = doc_text.find(quote, max(0, int(meta.get("start", 0)) - 1))
            if start < 0:
                start = doc_text.find(quote)
            if start < 0:  # not verbatim: keep offsets that fail the invariant
                start = int(meta.get("start", 0))
            citations.append(
                {
                    "id": n,
                    "source_id": doc_id,
                    "quote": quote,
                    "start": start,
                    "end": start + len(quote),
                }
            )
        by_id = {c["id"]: c for c in citations}
        per_source: dict[str, tuple[list[str], list[int]]] = {}
        for sentence in re.split(r"(?<=[.!?])\s+", text):
            for n in {int(m) for m in MARKER.findall(sentence)}:
                if n in by_id:
                    said, ids = per_source.setdefault(by_id[n]["source_id"], ([], []))
                    said.append(re.sub(r"\s*\[\d+\]", "", sentence).strip())
                    ids.append(n)
        sources = [
            {
                "source_id": doc_id,
                "title": self.documents[doc_id].title,
                "author": self.documents[doc_id].author,
                "published": self.documents[doc_id].published,
                "publication": self.documents[doc_id].publication,
                "answer": " ".join(dict.fromkeys(said)),
                "citations": sorted(set(ids)),
            }
            for doc_id, (said, ids) in per_source.items()
            if doc_id in self.documents
        ]
        verdict = "not_found" if not text else "single_source" if len(sources) == 1 else "agree"
        return {
            "question": question,
            "answer": text,
            "verdict": verdict,
            "conflict": False,
            "abstained": verdict == "not_found",
            "sources": sources,
            "silent_sources": [],
            "citations": citations,
            "warnings": [],
            "timings_ms": {"total": round((time.perf_counter() - t0) * 1000, 1)},
        }
