"""Compose stage: number the verified quotes and write the attributed markdown answer.

Every ``[n]`` in the answer is the id of a `Citation` whose quote is an exact slice of its
source's citable text; a quote that is not is dropped here, and its source with it.

Example:
    >>> compose(question, documents, answers, report)  # doctest: +SKIP
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from qa.prompts import NOT_FOUND_ANSWER
from qa.types import Answer, Citation, ConflictReport, Document, SourceAnswer, SourceEntry

CITATION_MARKER = re.compile(r"\[(\d+)\]")

HEADLINES = {
    "conflict": "**The sources disagree.**",
    "agree": "**The sources agree.**",
    "single_source": "**Only one source addresses this.**",
}


def valid_citation(citation: Citation, documents: Mapping[str, Document]) -> bool:
    """The invariant: the source's citable text sliced at the offsets equals the quote."""
    doc = documents.get(citation.source_id)
    return doc is not None and doc.text[citation.start : citation.end] == citation.quote


def compose(
    question: str,
    documents: Mapping[str, Document],
    answers: Sequence[SourceAnswer],
    report: ConflictReport,
) -> Answer:
    """The final `Answer`: per-source entries, numbered citations and the markdown text."""
    citations: list[Citation] = []
    entries: dict[str, SourceEntry] = {}
    for sa in answers:
        if not sa.answered:
            continue
        doc = documents[sa.source_id]
        ids = []
        for quote in sa.quotes:
            cite = Citation(len(citations) + 1, sa.source_id, quote.text, quote.start, quote.end)
            if valid_citation(cite, documents):
                citations.append(cite)
                ids.append(cite.id)
        if ids:
            entries[sa.source_id] = SourceEntry(
                sa.source_id, doc.title, doc.author, doc.published, doc.publication,
                display_answer(sa), tuple(ids),
            )  # fmt: skip
    silent = tuple(sa.source_id for sa in answers if sa.source_id not in entries)
    groups = [[s for s in g if s in entries] for g in report.groups]
    groups = [g for g in groups if g]
    verdict = report.verdict
    # A source whose quotes all failed the invariant no longer answers: recount.
    if not entries:
        verdict = "not_found"
    elif len(entries) == 1:
        verdict = "single_source"
        groups = [list(entries)]
    elif len(groups) == 1:
        verdict = "agree"
    if verdict == "not_found":
        return Answer(question, NOT_FOUND_ANSWER, "not_found", silent_sources=silent)
    text = _markdown(verdict, groups, entries, documents, silent)
    ordered = tuple(entries[s] for g in groups for s in g)
    return Answer(question, text, verdict, ordered, tuple(citations), silent)


def display_answer(sa: SourceAnswer) -> str:
    """A source's answer as shown: extracts in quotation marks, a yes or no with its sentence,
    and in brackets the day a relative date stands for and any note."""
    if sa.kind == "yes_no":
        # A bare yes or no is only as good as the sentence it rests on: show that sentence.
        quoted = f"{sa.answer} — " + " ".join(f"“{_escape(q.text)}”" for q in sa.quotes)
        return f"{quoted} ({_escape(sa.note)})" if sa.note else quoted
    text = _escape(sa.answer)
    shown = f"“{text}”" if sa.kind == "extract" else text
    notes = [f"{sa.counted}, counted from its date of publication"] if sa.counted else []
    if sa.note:
        notes.append(_escape(sa.note))
    return f"{shown} ({'; '.join(notes)})" if notes else shown


def _escape(text: str) -> str:
    # A "[3]" inside a quoted source would read as citation 3: escape it for markdown.
    return CITATION_MARKER.sub(r"\\[\1\\]", text)


def _marks(entry: SourceEntry) -> str:
    return "".join(f"[{i}]" for i in entry.citations)


def _markdown(
    verdict: str,
    groups: list[list[str]],
    entries: Mapping[str, SourceEntry],
    documents: Mapping[str, Document],
    silent: Sequence[str],
) -> str:
    lines = [HEADLINES[verdict], ""]
    worded = {entries[s].answer.lower() for g in groups for s in g}
    if verdict == "agree" and len(worded) == 1:
        # One wording for all; where they word it differently ("tomorrow" in a report of the
        # 14th, "Sunday" in one of the 12th), each keeps its own words below.
        group = groups[0]
        names = _join([documents[s].label() for s in group])
        marks = "".join(_marks(entries[s]) for s in group)
        verb = "both say" if len(group) == 2 else "all say"
        lines.append(f"{names} {verb}: {entries[group[0]].answer} {marks}")
    else:
        for group in groups:
            for s in group:
                lines.append(
                    f"- {documents[s].label()} says: {entries[s].answer} {_marks(entries[s])}"
                )
    if silent:
        lines += ["", f"Not addressed by: {_join([documents[s].label() for s in silent])}."]
    return "\n".join(lines)


def _join(items: Sequence[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
