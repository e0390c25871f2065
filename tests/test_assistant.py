"""The assistant end to end, with FakeLLM and the hashing embedder over the test corpus."""

from __future__ import annotations

import re

import pytest
from helpers import (
    BOATS_QUESTION,
    COURIER,
    COURIER_TITLE,
    DEATHS_QUESTION,
    GAZETTE,
    GAZETTE_TITLE,
    LIGHTHOUSE,
    UNANSWERABLE_QUESTION,
)

from qa.assistant import Assistant, SourceEvent, validate_question
from qa.citations import CITATION_MARKER
from qa.ingest import load_document
from qa.llm import SetupError
from qa.prompts import NOT_FOUND_ANSWER
from qa.settings import Settings
from qa.types import Answer

ANSWER_KEYS = {
    "question", "answer", "verdict", "conflict", "abstained", "sources", "silent_sources",
    "citations", "warnings", "timings_ms",
}  # fmt: skip
SOURCE_KEYS = {"source_id", "title", "author", "published", "publication", "answer", "citations"}
CITATION_KEYS = {"id", "source_id", "quote", "start", "end"}


def _assert_citations_hold(answer: Answer, settings: Settings) -> None:
    """Every citation is a verbatim slice of its source file's citable text, and every [n] in
    the answer is one of them."""
    for c in answer.citations:
        doc = load_document(settings.corpus_dir / c.source_id)
        assert doc.text[c.start : c.end] == c.quote, c
    ids = {c.id for c in answer.citations}
    assert {int(n) for n in CITATION_MARKER.findall(answer.answer)} <= ids
    assert {i for s in answer.sources for i in s.citations} == ids


# --- the conflict -----------------------------------------------------------------------------


def test_ask__reports_both_sources_when_figures_differ(shared_assistant: Assistant) -> None:
    answer = shared_assistant.ask(DEATHS_QUESTION)

    assert answer.verdict == "conflict" and answer.conflict and not answer.abstained
    assert {s.source_id for s in answer.sources} == {GAZETTE, COURIER}
    assert answer.silent_sources == (LIGHTHOUSE,)
    assert answer.answer.startswith("**The sources disagree.**")


def test_ask__question_on_whether_the_sources_agree_gets_each_sources_figure(
    shared_assistant: Assistant,
) -> None:
    answer = shared_assistant.ask(
        "Do the sources agree on how many people were killed in the harbour fire?"
    )

    assert answer.verdict == "conflict"
    assert answer.answer.startswith("**The sources disagree.**")
    figures = {s.source_id: s.answer for s in answer.sources}
    assert re.search(r"\b12\b", figures[GAZETTE]) and re.search(r"\b9\b", figures[COURIER])


def test_ask__attributes_each_figure_to_the_source_that_states_it(
    shared_assistant: Assistant,
) -> None:
    answer = shared_assistant.ask(DEATHS_QUESTION)

    by_title = {s.title: s for s in answer.sources}
    cites = {c.id: c for c in answer.citations}
    for title, figure, source_id in ((GAZETTE_TITLE, "12", GAZETTE), (COURIER_TITLE, "9", COURIER)):
        entry = by_title[title]
        assert entry.source_id == source_id
        assert re.search(rf"\b{figure}\b", entry.answer), entry
        assert entry.citations
        for i in entry.citations:
            assert cites[i].source_id == source_id
            assert re.search(rf"\b{figure}\b", cites[i].quote)
    # And each source's line of the markdown carries its own figure and its own markers.
    for line in answer.answer.splitlines():
        if GAZETTE_TITLE in line:
            assert "says: 12" in line and "Mara Quint" in line
        if COURIER_TITLE in line:
            assert "says: 9" in line


def test_ask__to_dict_has_the_documented_shape(
    shared_assistant: Assistant, shared_settings: Settings
) -> None:
    answer = shared_assistant.ask(DEATHS_QUESTION)

    d = answer.to_dict()

    assert set(d) == ANSWER_KEYS
    assert d["question"] == DEATHS_QUESTION
    assert isinstance(d["answer"], str) and d["answer"]
    assert d["verdict"] == "conflict" and d["conflict"] is True and d["abstained"] is False
    assert d["sources"] and d["citations"]
    for s in d["sources"]:
        assert set(s) == SOURCE_KEYS
        assert all(isinstance(i, int) for i in s["citations"])
    gazette = next(s for s in d["sources"] if s["source_id"] == GAZETTE)
    assert (gazette["title"], gazette["author"], gazette["published"]) == (
        GAZETTE_TITLE,
        "Mara Quint",
        "2019-03-04",
    )
    courier = next(s for s in d["sources"] if s["source_id"] == COURIER)
    assert courier["author"] is None and courier["published"] is None
    for c in d["citations"]:
        assert set(c) == CITATION_KEYS
        doc = load_document(shared_settings.corpus_dir / c["source_id"])
        assert doc.text[c["start"] : c["end"]] == c["quote"]
    assert d["warnings"] == []
    assert set(d["timings_ms"]) == {"retrieve", "answer", "conflicts", "total"}
    assert all(isinstance(v, float) and v >= 0 for v in d["timings_ms"].values())


def test_ask__citation_invariant_holds_for_every_question(
    shared_assistant: Assistant, shared_settings: Settings
) -> None:
    for question in (
        DEATHS_QUESTION,
        BOATS_QUESTION,
        UNANSWERABLE_QUESTION,
        "Who ordered the east pier cleared?",
    ):
        _assert_citations_hold(shared_assistant.ask(question), shared_settings)


def test_ask__sources_that_agree_on_a_figure_agree(shared_assistant: Assistant) -> None:
    answer = shared_assistant.ask(BOATS_QUESTION)

    assert answer.verdict == "agree"
    assert {s.source_id for s in answer.sources} == {GAZETTE, COURIER}
    assert all(re.search(r"\b4\b", s.answer) for s in answer.sources)
    # The Courier gives the harbourmaster's figure ("..., Mr. Brandt said."), and says so.
    said = {s.source_id: s.answer for s in answer.sources}
    assert "attributed to Mr. Brandt" in said[COURIER]
    assert "attributed" not in said[GAZETTE]


def test_ask__each_source_is_answered_from_its_own_sentences(shared_assistant: Assistant) -> None:
    shared_assistant.ask(DEATHS_QUESTION)

    prompts = shared_assistant.llm.history  # type: ignore[attr-defined]
    gazette = load_document(shared_assistant.settings.corpus_dir / GAZETTE).text
    courier = load_document(shared_assistant.settings.corpus_dir / COURIER).text
    assert len(prompts) == 2  # the lighthouse page holds no figure: no prompt for it
    for prompt in prompts:
        block = prompt.rsplit("Sentences:", 1)[-1]
        shown = re.findall(r"^\[\d+\] (.*)$", block, re.M)
        assert shown
        assert all(s in gazette for s in shown) or all(s in courier for s in shown)


# --- abstaining and bad input -----------------------------------------------------------------


def test_ask__unanswerable_question_abstains(shared_assistant: Assistant) -> None:
    answer = shared_assistant.ask(UNANSWERABLE_QUESTION)

    assert answer.verdict == "not_found" and answer.abstained
    assert answer.answer == NOT_FOUND_ANSWER
    assert answer.citations == () and answer.sources == ()
    d = answer.to_dict()
    assert d["abstained"] is True and d["citations"] == [] and d["sources"] == []
    assert set(d["silent_sources"]) == {GAZETTE, COURIER, LIGHTHOUSE}


@pytest.mark.parametrize(
    ("question", "message"),
    [
        ("", "empty"),
        ("   \n\t ", "empty"),
        ("x" * 2001, "2,001 characters"),
        ("a\x07b", "control characters"),
        (None, "must be text"),
    ],
)
def test_validate_question__rejects_bad_input_with_a_clear_message(
    question: object, message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        validate_question(question, 2000)


def test_validate_question__strips_and_accepts_a_question_at_the_limit() -> None:
    q = "y" * 2000
    assert validate_question(f"  {q}\n", 2000) == q
    assert validate_question("Line one\n\tline two?", 2000) == "Line one\n\tline two?"


def test_validate_question__accepts_windows_line_ends() -> None:
    question = validate_question("How many died?\r\nAnd when?", 2000)

    assert question.startswith("How many died?") and question.endswith("And when?")


@pytest.mark.parametrize("question", ["", "   ", "x" * 2001, "a\x07b"])
def test_ask__rejects_bad_questions_before_doing_any_work(
    shared_assistant: Assistant, question: str
) -> None:
    with pytest.raises(ValueError):
        shared_assistant.ask(question)
    assert shared_assistant.llm.history == []  # type: ignore[attr-defined]


def test_ask__without_an_index_raises_setup_error_naming_the_command(
    settings: Settings, reading_llm
) -> None:  # type: ignore[no-untyped-def]
    assistant = Assistant(settings, llm=reading_llm)

    with pytest.raises(SetupError, match="python -m qa index"):
        assistant.ask(DEATHS_QUESTION)


# --- staleness and reindexing -----------------------------------------------------------------


def test_ask__stale_index_answers_with_a_warning_naming_the_index_command(
    assistant: Assistant,
) -> None:
    path = assistant.settings.corpus_dir / COURIER
    path.write_text(path.read_text().replace("9 people", "11 people"))

    answer = assistant.ask(DEATHS_QUESTION)

    assert len(answer.warnings) == 1
    assert "python -m qa index" in answer.warnings[0] and COURIER in answer.warnings[0]
    # The answer still comes from the indexed text, and its citations slice that text.
    courier = next(s for s in answer.sources if s.source_id == COURIER)
    assert courier.answer == "9 people (attributed to the fire brigade)"
    for c in answer.citations:
        assert assistant.index.documents[c.source_id].text[c.start : c.end] == c.quote


def test_reindex__updates_the_answer_and_clears_the_warning(assistant: Assistant) -> None:
    assistant.ask(DEATHS_QUESTION)  # loads the index
    path = assistant.settings.corpus_dir / COURIER
    path.write_text(path.read_text().replace("9 people", "11 people"))

    report = assistant.reindex()
    answer = assistant.ask(DEATHS_QUESTION)

    assert report.updated == [COURIER]
    assert answer.warnings == ()
    courier = next(s for s in answer.sources if s.source_id == COURIER)
    assert courier.answer == "11 people (attributed to the fire brigade)"
    _assert_citations_hold(answer, assistant.settings)


# --- follow-ups -------------------------------------------------------------------------------


def test_ask__question_naming_an_author_is_scoped_to_that_source(
    shared_assistant: Assistant,
) -> None:
    answer = shared_assistant.ask("How many people were killed according to Mara Quint?")

    assert [s.source_id for s in answer.sources] == [GAZETTE]
    assert answer.verdict == "single_source"
    assert answer.silent_sources == ()  # the other sources were not asked at all
    assert "12" in answer.sources[0].answer


def test_ask__names_typed_in_lower_case_and_contractions_reach_the_answerer_written_out(
    shared_assistant: Assistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    run = shared_assistant.answerer.run
    monkeypatch.setattr(
        shared_assistant.answerer, "run", lambda q, *a, **k: asked.append(q) or run(q, *a, **k)
    )

    shared_assistant.ask("who's the owner of the rope warehouse at port vellin?")

    assert asked
    assert all("Vellin" in q for q in asked)  # "port" is written in lower case too
    assert all(q.startswith("who is the owner") for q in asked)


def test_ask__question_naming_a_publication_is_scoped_to_that_source(
    shared_assistant: Assistant,
) -> None:
    answer = shared_assistant.ask("How many people were killed, according to the Harbour Gazette?")

    assert [s.source_id for s in answer.sources] == [GAZETTE]


def test_ask__pronoun_follow_up_is_scoped_to_the_source_named_before(
    shared_assistant: Assistant,
) -> None:
    first = shared_assistant.ask("How many people does Mara Quint say were killed?")
    assert [s.source_id for s in first.sources] == [GAZETTE]

    for history in ([first], [first.to_dict()], [(first.question, first.answer)]):
        follow = shared_assistant.ask(
            "How many boats does she say were destroyed?", history=history
        )

        assert [s.source_id for s in follow.sources] == [GAZETTE], history
        assert follow.silent_sources == ()
        assert re.search(r"\b4\b", follow.sources[0].answer)
        assert follow.question == "How many boats does she say were destroyed?"


def test_ask__follow_up_without_pronoun_or_name_asks_every_source(
    shared_assistant: Assistant,
) -> None:
    first = shared_assistant.ask("How many people does Mara Quint say were killed?")

    follow = shared_assistant.ask(DEATHS_QUESTION, history=[first])

    assert {s.source_id for s in follow.sources} == {GAZETTE, COURIER}


# --- streaming --------------------------------------------------------------------------------


def test_stream__yields_each_source_then_the_final_answer(shared_assistant: Assistant) -> None:
    events = list(shared_assistant.stream(DEATHS_QUESTION))

    *sources, final = events
    assert isinstance(final, Answer) and final.verdict == "conflict"
    assert all(isinstance(e, SourceEvent) for e in sources)
    assert {e.answer.source_id for e in sources} == {GAZETTE, COURIER, LIGHTHOUSE}
    titles = {e.answer.source_id: e.title for e in sources}
    assert titles[GAZETTE] == GAZETTE_TITLE and titles[COURIER] == COURIER_TITLE
