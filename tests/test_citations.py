"""Compose: numbered citations that always slice their source, and the attributed answer."""

from __future__ import annotations

import hashlib
import re

import pytest

from qa.citations import CITATION_MARKER, compose, valid_citation
from qa.prompts import NOT_FOUND_ANSWER, NOT_STATED
from qa.types import Citation, ConflictReport, Document, Sentence, SourceAnswer

A_TEXT = "Gazette Report\n\nThe harbour fire killed 12 people. It began on March 2."
B_TEXT = "Courier Report\n\nThe fire brigade said 9 people were killed. Boats burned."


def _doc(doc_id: str, text: str, title: str, **meta: str) -> Document:
    return Document(doc_id, doc_id, text, hashlib.sha256(text.encode()).hexdigest(), title, **meta)


DOCS = {
    "a.txt": _doc(
        "a.txt",
        A_TEXT,
        "Night of Flames",
        author="Mara Quint",
        publication="The Gazette",
        published="2019-03-04",
    ),
    "b.txt": _doc("b.txt", B_TEXT, "Fire Sweeps Docks"),
    "c.txt": _doc("c.txt", "Lighthouse notes without figures.", "Lighthouse Notes"),
}


def _quote(doc_id: str, phrase: str) -> Sentence:
    text = DOCS[doc_id].text
    start = text.index(phrase)
    return Sentence(doc_id, phrase, start, start + len(phrase))


A_QUOTE = _quote("a.txt", "The harbour fire killed 12 people.")
B_QUOTE = _quote("b.txt", "The fire brigade said 9 people were killed.")
A12 = SourceAnswer("a.txt", "12", "answer", (A_QUOTE,))
B9 = SourceAnswer("b.txt", "9", "answer", (B_QUOTE,))
C_SILENT = SourceAnswer("c.txt", NOT_STATED, "not_stated")
CONFLICT = ConflictReport("conflict", (("a.txt",), ("b.txt",)))


def _assert_markers_resolve(answer_text: str, citation_ids: set[int]) -> None:
    markers = {int(n) for n in CITATION_MARKER.findall(answer_text)}
    assert markers, answer_text
    assert markers <= citation_ids, (markers, citation_ids)


def test_compose__every_marker_in_the_answer_is_a_citation_id() -> None:
    answer = compose("How many died?", DOCS, [A12, B9, C_SILENT], CONFLICT)

    ids = {c.id for c in answer.citations}
    _assert_markers_resolve(answer.answer, ids)
    assert ids == {1, 2}
    assert {i for s in answer.sources for i in s.citations} == ids


def test_compose__every_citation_slices_its_source_text() -> None:
    answer = compose("How many died?", DOCS, [A12, B9], CONFLICT)

    for c in answer.citations:
        assert DOCS[c.source_id].text[c.start : c.end] == c.quote
        assert valid_citation(c, DOCS)


def test_compose__conflict_lists_each_source_with_its_own_answer_and_citation() -> None:
    answer = compose("How many died?", DOCS, [A12, B9, C_SILENT], CONFLICT)

    assert answer.verdict == "conflict" and answer.conflict and not answer.abstained
    by_source = {s.source_id: s for s in answer.sources}
    assert by_source["a.txt"].answer == "12" and by_source["b.txt"].answer == "9"
    cites = {c.id: c for c in answer.citations}
    assert all(
        cites[i].source_id == "a.txt" and "12" in cites[i].quote
        for i in by_source["a.txt"].citations
    )
    assert all(
        cites[i].source_id == "b.txt" and "9" in cites[i].quote
        for i in by_source["b.txt"].citations
    )
    assert answer.silent_sources == ("c.txt",)
    assert answer.answer.startswith("**The sources disagree.**")
    line_a = next(line for line in answer.answer.splitlines() if "Night of Flames" in line)
    line_b = next(line for line in answer.answer.splitlines() if "Fire Sweeps Docks" in line)
    assert "Mara Quint" in line_a and line_a.endswith("says: 12 [1]")
    assert line_b.endswith("says: 9 [2]")
    assert "Not addressed by: *Lighthouse Notes*" in answer.answer


def test_compose__source_metadata_is_carried_into_the_entries() -> None:
    entry = compose("q", DOCS, [A12, B9], CONFLICT).sources[0]

    assert (entry.title, entry.author, entry.publication, entry.published) == (
        "Night of Flames",
        "Mara Quint",
        "The Gazette",
        "2019-03-04",
    )


def test_compose__citation_whose_offsets_do_not_slice_the_text_is_dropped() -> None:
    shifted = Sentence("b.txt", B_QUOTE.text, B_QUOTE.start + 1, B_QUOTE.end + 1)
    bad_b = SourceAnswer("b.txt", "9", "answer", (shifted,))

    answer = compose("How many died?", DOCS, [A12, bad_b], CONFLICT)

    assert [c.source_id for c in answer.citations] == ["a.txt"]
    assert [s.source_id for s in answer.sources] == ["a.txt"]
    assert "b.txt" in answer.silent_sources
    # The source that lost its only quote no longer answers: one source is left.
    assert answer.verdict == "single_source"
    _assert_markers_resolve(answer.answer, {c.id for c in answer.citations})


def test_compose__citation_for_an_unknown_source_is_dropped() -> None:
    ghost = SourceAnswer("ghost.txt", "9", "answer", (Sentence("ghost.txt", "x", 0, 1),))
    report = ConflictReport("conflict", (("a.txt",), ("ghost.txt",)))

    assert not valid_citation(Citation(1, "ghost.txt", "x", 0, 1), DOCS)
    with pytest.raises(KeyError):
        # compose looks the answering source up in `documents`; an unknown one is a caller bug.
        compose("q", DOCS, [A12, ghost], report)


def test_compose__agreeing_sources_in_other_words_each_keep_their_own() -> None:
    a = SourceAnswer("a.txt", "March 2", "answer", (_quote("a.txt", "It began on March 2."),))
    b = SourceAnswer("b.txt", "2 March 2026", "answer", (B_QUOTE,))

    answer = compose("When?", DOCS, [a, b], ConflictReport("agree", (("a.txt", "b.txt"),)))

    assert answer.verdict == "agree"
    assert "both say" not in answer.answer
    assert "says: March 2 [1]" in answer.answer and "says: 2 March 2026 [2]" in answer.answer


def test_compose__agreeing_sources_share_one_line() -> None:
    a = SourceAnswer("a.txt", "March 2", "answer", (_quote("a.txt", "It began on March 2."),))
    b = SourceAnswer("b.txt", "March 2", "answer", (B_QUOTE,))

    answer = compose("When?", DOCS, [a, b], ConflictReport("agree", (("a.txt", "b.txt"),)))

    assert answer.verdict == "agree"
    assert "both say: March 2 [1][2]" in answer.answer
    _assert_markers_resolve(answer.answer, {1, 2})


def test_compose__extract_is_shown_in_quotation_marks() -> None:
    extract = SourceAnswer("a.txt", A_QUOTE.text, "extract", (A_QUOTE,))

    answer = compose(
        "What happened?", DOCS, [extract], ConflictReport("single_source", (("a.txt",),))
    )

    assert answer.sources[0].answer == f"“{A_QUOTE.text}”"
    assert answer.verdict == "single_source"


def test_compose__a_note_follows_its_answer_in_brackets() -> None:
    noted = SourceAnswer("a.txt", "12", "answer", (A_QUOTE,), note="it lists 11")

    answer = compose("How many died?", DOCS, [noted, B9], CONFLICT)

    assert answer.sources[0].answer == "12 (it lists 11)"
    assert "12 (it lists 11) [1]" in answer.answer


def test_compose__a_relative_date_is_shown_with_the_day_it_stands_for() -> None:
    today = SourceAnswer("a.txt", "today", "answer", (A_QUOTE,), counted="10 February 2026")

    answer = compose("When was it announced?", DOCS, [today, B9], CONFLICT)

    assert (
        answer.sources[0].answer == "today (10 February 2026, counted from its date of publication)"
    )


def test_compose__yes_or_no_is_shown_with_the_sentence_it_rests_on() -> None:
    no = SourceAnswer("b.txt", "No", "yes_no", (B_QUOTE,))

    answer = compose("Did 12 die?", DOCS, [A12, no], CONFLICT)

    assert answer.sources[1].answer == f"No — “{B_QUOTE.text}”"
    assert f"No — “{B_QUOTE.text}” [2]" in answer.answer


def test_compose__a_yes_or_nos_note_follows_its_sentence() -> None:
    no = SourceAnswer("b.txt", "No", "yes_no", (B_QUOTE,), note="taken as given")

    answer = compose("Did 12 die?", DOCS, [A12, no], CONFLICT)

    assert answer.sources[1].answer == f"No — “{B_QUOTE.text}” (taken as given)"


def test_compose__not_found_uses_the_fixed_phrase_and_abstains_without_citations() -> None:
    silent_a = SourceAnswer("a.txt", NOT_STATED, "not_stated")

    answer = compose("Who was the mayor?", DOCS, [silent_a, C_SILENT], ConflictReport("not_found"))

    assert answer.answer == NOT_FOUND_ANSWER
    assert answer.abstained and not answer.conflict
    assert answer.citations == () and answer.sources == ()
    assert answer.silent_sources == ("a.txt", "c.txt")
    assert not re.search(r"\[\d+\]", answer.answer)


def test_compose__all_quotes_invalid_becomes_not_found() -> None:
    bad = SourceAnswer("a.txt", "12", "answer", (Sentence("a.txt", "invented quote", 0, 14),))

    answer = compose("How many died?", DOCS, [bad], ConflictReport("single_source", (("a.txt",),)))

    assert (
        answer.verdict == "not_found"
        and answer.answer == NOT_FOUND_ANSWER
        and answer.citations == ()
    )


@pytest.mark.parametrize(("kind", "reply"), [("extract", None), ("yes_no", "Yes")])
def test_compose__footnote_marker_inside_a_quote_does_not_pose_as_a_citation(
    kind: str, reply: str | None
) -> None:
    # Regression: a footnote marker copied from a web page read as citation [3].
    text = "The fire spread fast because the sprinklers were off.[3]"
    docs = {"w.html": _doc("w.html", text, "Wiki Page")}
    quote = Sentence("w.html", text, 0, len(text))
    sa = SourceAnswer("w.html", reply or text, kind, (quote,))  # type: ignore[arg-type]

    answer = compose(
        "Why did it spread?", docs, [sa], ConflictReport("single_source", (("w.html",),))
    )

    assert {c.id for c in answer.citations} == {1}
    _assert_markers_resolve(answer.answer, {1})
