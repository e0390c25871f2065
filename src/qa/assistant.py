"""The assistant: wires ingest/index → retrieve → per-source answer → conflicts → compose.

Example:
    >>> from qa import Assistant
    >>> answer = Assistant().ask("How many people were killed in Zhanaozen?")  # doctest: +SKIP
    >>> answer.verdict, [s.answer for s in answer.sources]  # doctest: +SKIP
    ('conflict', ['15', '14'])
"""

from __future__ import annotations

import logging
import threading
import time
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any

from qa.answer import SourceAnswerer, focus, on_calendar
from qa.citations import compose
from qa.conflicts import ConflictDetector
from qa.embed import Embedder, build_embedder
from qa.followup import resolve
from qa.index import Index, IndexReport, Progress, build_index, index_status, stale_warning
from qa.llm import LLM, build_llm
from qa.retrieve import Retriever
from qa.settings import Settings
from qa.text import capitalise_names, correct_spelling, expand_contractions
from qa.types import Answer, SourceAnswer

log = logging.getLogger(__name__)


def validate_question(question: Any, max_chars: int) -> str:
    """The question, stripped; raises ValueError with a message a user can act on."""
    if not isinstance(question, str):
        raise ValueError("The question must be text.")
    stripped = question.strip()
    if not stripped:
        raise ValueError("The question is empty. Type a question about the documents.")
    if len(stripped) > max_chars:
        raise ValueError(
            f"The question is {len(stripped):,} characters long; the limit is {max_chars:,}."
        )
    bad = [c for c in stripped if unicodedata.category(c) == "Cc" and c not in "\n\r\t"]
    if bad:
        shown = ", ".join(repr(c) for c in sorted(set(bad)))
        raise ValueError(f"The question contains control characters ({shown}).")
    return stripped


@dataclass(frozen=True)
class SourceEvent:
    """Streamed as soon as one source's verified answer is ready."""

    answer: SourceAnswer
    title: str


class Assistant:
    """Cited, conflict-aware question answering over a corpus.

    Dependencies (LLM, embedder) are built from ``settings`` unless passed in. The model loads
    here, once; the index loads lazily so a missing index is a clear error at ``ask`` time.
    """

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        llm: LLM | None = None,
        embedder: Embedder | None = None,
    ) -> None:
        self.settings = settings or Settings()
        self.embedder = embedder or build_embedder(self.settings)
        self.llm = llm or build_llm(self.settings)
        self.answerer = SourceAnswerer(self.llm, self.embedder, self.settings)
        self.detector = ConflictDetector(self.embedder, self.settings.agree_similarity)
        # (index, retriever), swapped as one value: a question keeps the pair it started with
        # while another thread loads or rebuilds the index.
        self._loaded: tuple[Index, Retriever] | None = None
        self._lock = threading.Lock()

    def _load(self) -> tuple[Index, Retriever]:
        with self._lock:
            if self._loaded is None:
                index = Index.load(self.settings.index_dir)
                self._loaded = (index, Retriever(index, self.embedder, self.settings))
            return self._loaded

    @property
    def index(self) -> Index:
        """The loaded index (loads on first use; raises `SetupError` when there is none)."""
        return self._load()[0]

    def reindex(self, progress: Progress | None = None) -> IndexReport:
        """Update the index from the corpus; the next question loads the new one."""
        with self._lock:  # one build at a time; questions under way keep their snapshot
            report = build_index(self.settings, self.embedder, progress)
            self._loaded = None
        return report

    def stale(self) -> list[str]:
        """Why the index no longer matches the corpus (empty when it does)."""
        return index_status(self.settings, self.embedder)

    def ask(self, question: str, history: Sequence[Any] | None = None) -> Answer:
        """Answer ``question`` from the corpus; ``history`` holds earlier turns for follow-ups."""
        result = None
        for event in self.stream(question, history):
            if isinstance(event, Answer):
                result = event
        assert result is not None
        return result

    def stream(
        self, question: str, history: Sequence[Any] | None = None
    ) -> Iterator[SourceEvent | Answer]:
        """Yield a `SourceEvent` per source as it is answered, then the final `Answer`."""
        t0 = time.perf_counter()
        question = validate_question(question, self.settings.max_question_chars)
        warnings = [stale_warning(p)] if (p := self.stale()) else []
        index, retriever = self._load()
        timings: dict[str, float] = {}

        # Typos would miss both BM25 terms and the embedder's vocabulary; a name typed in lower
        # case would not be read as one.
        # "Who's" is read as "Who is".
        spelt = correct_spelling(
            expand_contractions(question), retriever.vocabulary, known=self.embedder.words
        )
        asked = capitalise_names(spelt, retriever.proper)
        resolved = resolve(asked, history, index.documents)
        t = time.perf_counter()
        retrieved = retriever.run(resolved.query, resolved.source_ids)
        timings["retrieve"] = _ms(t)

        t = time.perf_counter()
        answers = []
        for doc_id, passages in retrieved.items():
            doc = index.documents[doc_id]
            sa = self.answerer.run(
                resolved.question,
                doc,
                passages,
                query=resolved.query,
                idf=retriever.idf,
                scoped=bool(resolved.source_ids),
                idf_tells_topic=retriever.idf_tells_topic,
            )
            sa = on_calendar(sa, doc, resolved.question)
            answers.append(sa)
            yield SourceEvent(sa, doc.title)
        timings["answer"] = _ms(t)

        t = time.perf_counter()
        report = self.detector.run(answers, focus(resolved.question))
        timings["conflicts"] = _ms(t)
        answer = compose(question, index.documents, answers, report)
        timings["total"] = _ms(t0)
        if resolved.question != question or resolved.source_ids:
            scope = ", ".join(index.documents[s].title for s in resolved.source_ids or ())
            log.info("resolved %r as %r (scope: %s)", question, resolved.question, scope or "all")
        yield replace(answer, warnings=tuple(warnings), timings_ms=timings)


def _ms(t: float) -> float:
    return (time.perf_counter() - t) * 1000
