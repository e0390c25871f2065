"""Typed records that pass between the pipeline stages.

Every value that crosses a stage boundary is a frozen dataclass. `Answer.to_dict()` is the one
JSON shape shared by the CLI, the Gradio app and the evals (documented in the README).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Verdict = Literal["agree", "conflict", "single_source", "not_found"]
VERDICTS: tuple[Verdict, ...] = ("agree", "conflict", "single_source", "not_found")


@dataclass(frozen=True)
class Document:
    """One source document: metadata plus the citable text every citation offsets into."""

    doc_id: str
    path: str
    text: str
    sha256: str
    title: str
    author: str | None = None
    publication: str | None = None
    published: str | None = None

    def label(self) -> str:
        """Human attribution, e.g. ``*Title* (Author, Publication, date)``."""
        extra = [v for v in (self.author, self.publication, self.published) if v]
        return f"*{self.title}*" + (f" ({', '.join(extra)})" if extra else "")

    def meta(self) -> dict[str, str | None]:
        """Metadata as stored in the index (no text)."""
        return {
            "doc_id": self.doc_id,
            "path": self.path,
            "sha256": self.sha256,
            "title": self.title,
            "author": self.author,
            "publication": self.publication,
            "published": self.published,
        }


@dataclass(frozen=True)
class Skipped:
    """A corpus file that could not be read, with the reason; reported, never dropped silently."""

    path: str
    reason: str


@dataclass(frozen=True)
class Passage:
    """A retrieved chunk of one document, with character offsets into its citable text."""

    doc_id: str
    chunk_id: str
    text: str
    start: int
    end: int
    score: float = 0.0


@dataclass(frozen=True)
class Sentence:
    """One sentence of a document, offsets into its citable text."""

    doc_id: str
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Citation:
    """A verbatim quote: ``documents[source_id].text[start:end] == quote`` always holds."""

    id: int
    source_id: str
    quote: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        """JSON form used in ``Answer.to_dict()``."""
        return {
            "id": self.id,
            "source_id": self.source_id,
            "quote": self.quote,
            "start": self.start,
            "end": self.end,
        }


AnswerKind = Literal["answer", "yes_no", "extract", "not_stated"]


@dataclass(frozen=True)
class SourceAnswer:
    """What one source says. ``kind`` is ``answer`` (model answer verified against its quote),
    ``yes_no`` ("Yes"/"No", or a side of "more or less than 70?": "Less than 70 tornadoes",
    decided in code from its quote), ``extract`` (the best-matching
    sentences, used for open questions) or ``not_stated``. ``note`` says where the source
    contradicts itself: "it lists three: ..." beside its "four small towns". ``counted``
    is what an answer stands for, counted from the source's date of publication: "10 February
    2026" for the "today" of a notice published that day, "31 years old in 2025" for "built in
    1994" asked how old. ``parts`` are the answers to each part of a compound question ("Did
    X happen, and how many Y?"), which this one joins."""

    source_id: str
    answer: str
    kind: AnswerKind
    quotes: tuple[Sentence, ...] = ()
    note: str = ""
    counted: str = ""
    parts: tuple[SourceAnswer, ...] = ()

    @property
    def answered(self) -> bool:
        """True when this source addresses the question."""
        return self.kind != "not_stated"


@dataclass(frozen=True)
class ConflictReport:
    """The conflict stage's verdict and how answering sources group by meaning."""

    verdict: Verdict
    groups: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True)
class SourceEntry:
    """One answering source in the final answer, with the ids of its citations."""

    source_id: str
    title: str
    author: str | None
    published: str | None
    publication: str | None
    answer: str
    citations: tuple[int, ...]

    def to_dict(self) -> dict[str, Any]:
        """JSON form used in ``Answer.to_dict()``."""
        return {
            "source_id": self.source_id,
            "title": self.title,
            "author": self.author,
            "published": self.published,
            "publication": self.publication,
            "answer": self.answer,
            "citations": list(self.citations),
        }


@dataclass(frozen=True)
class Answer:
    """The composed answer: markdown with ``[n]`` markers, per-source entries and citations."""

    question: str
    answer: str
    verdict: Verdict
    sources: tuple[SourceEntry, ...] = ()
    citations: tuple[Citation, ...] = ()
    silent_sources: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    timings_ms: dict[str, float] = field(default_factory=dict)

    @property
    def conflict(self) -> bool:
        """True when the sources disagree."""
        return self.verdict == "conflict"

    @property
    def abstained(self) -> bool:
        """True when no source answers."""
        return self.verdict == "not_found"

    def to_dict(self) -> dict[str, Any]:
        """The stable JSON shape (see README, "Answer JSON")."""
        return {
            "question": self.question,
            "answer": self.answer,
            "verdict": self.verdict,
            "conflict": self.conflict,
            "abstained": self.abstained,
            "sources": [s.to_dict() for s in self.sources],
            "silent_sources": list(self.silent_sources),
            "citations": [c.to_dict() for c in self.citations],
            "warnings": list(self.warnings),
            "timings_ms": {k: round(v, 1) for k, v in self.timings_ms.items()},
        }
