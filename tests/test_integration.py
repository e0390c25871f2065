"""Integration: the real embedder (all-MiniLM-L6-v2) and the real embedded model (Gemma 3 270M)
on the repository's own corpus/, with the index built into a temporary folder.

Run from the repository root: ``.venv/bin/python -m pytest -m integration``.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from helpers import REPO_ROOT

from qa.assistant import Assistant
from qa.citations import CITATION_MARKER
from qa.ingest import load_document
from qa.llm import build_llm
from qa.prompts import ANSWER_STOP, NOT_FOUND_ANSWER, SOURCE_ANSWER_PROMPT
from qa.settings import Settings
from qa.types import Answer

pytestmark = pytest.mark.integration

DEATHS_QUESTION = "How many people were killed in Zhanaozen?"
MAYOR_QUESTION = "What was the name of the mayor of Zhanaozen?"
KANTOR_TITLE = "The whole truth about Zhanaozen"
DAULBAYEV_TITLE = "Learning From Zhanaozen"


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    # The real defaults (embedded Gemma, MiniLM), anchored at the repository root so the tests
    # do not depend on the working directory; only the index goes to a temporary folder.
    return Settings(
        corpus_dir=REPO_ROOT / "corpus",
        index_dir=tmp_path_factory.mktemp("integration") / "index",
        model_path=REPO_ROOT / "models" / "gemma-3-270m-q4_k_m.gguf",
    )


@pytest.fixture(scope="module")
def assistant(settings: Settings) -> Assistant:
    """One assistant (models loaded once) with a freshly built index, for the whole module."""
    assert settings.backend == "embedded" and settings.embedder == "minilm"
    assistant = Assistant(settings)
    report = assistant.reindex()
    assert report.added and report.total_chunks > 0
    return assistant


@pytest.fixture(scope="module")
def deaths(assistant: Assistant) -> Answer:
    return assistant.ask(DEATHS_QUESTION)


@pytest.fixture(scope="module")
def mayor(assistant: Assistant) -> Answer:
    return assistant.ask(MAYOR_QUESTION)


def test_ask__death_toll_is_a_conflict_between_15_and_14(deaths: Answer) -> None:
    assert deaths.verdict == "conflict", deaths.answer
    by_title = {s.title: s for s in deaths.sources}
    assert set(by_title) >= {KANTOR_TITLE, DAULBAYEV_TITLE}, deaths.answer
    assert re.search(r"\b15\b", by_title[KANTOR_TITLE].answer), by_title[KANTOR_TITLE]
    assert re.search(r"\b14\b", by_title[DAULBAYEV_TITLE].answer), by_title[DAULBAYEV_TITLE]
    assert not re.search(r"\b14\b", by_title[KANTOR_TITLE].answer)
    assert not re.search(r"\b15\b", by_title[DAULBAYEV_TITLE].answer)


def test_ask__each_figure_is_cited_from_its_own_source(deaths: Answer) -> None:
    cites = {c.id: c for c in deaths.citations}
    for entry in deaths.sources:
        figure = "15" if entry.title == KANTOR_TITLE else "14"
        assert entry.citations
        assert all(cites[i].source_id == entry.source_id for i in entry.citations)
        assert any(re.search(rf"\b{figure}\b", cites[i].quote) for i in entry.citations), entry


@pytest.mark.parametrize("which", ["deaths", "mayor"])
def test_ask__every_citation_slices_the_corpus_text(
    which: str, request: pytest.FixtureRequest, settings: Settings
) -> None:
    answer: Answer = request.getfixturevalue(which)

    for c in answer.citations:
        doc = load_document(Path(settings.corpus_dir) / c.source_id)
        assert doc.text[c.start : c.end] == c.quote, c
    ids = {c.id for c in answer.citations}
    assert {int(n) for n in CITATION_MARKER.findall(answer.answer)} <= ids
    assert {i for s in answer.sources for i in s.citations} == ids


def test_ask__mayor_question_abstains(mayor: Answer) -> None:
    assert mayor.abstained, mayor.answer
    assert mayor.verdict == "not_found"
    assert mayor.answer == NOT_FOUND_ANSWER
    assert mayor.citations == () and mayor.sources == ()


def test_ask__fresh_index_gives_no_warning(deaths: Answer) -> None:
    assert deaths.warnings == ()


def test_llm__a_prompt_gets_the_reply_it_gets_in_a_fresh_process(
    assistant: Assistant, settings: Settings
) -> None:
    # Sentences from Kantor's article; with llama.cpp's cached prefix of the prompt before,
    # this prompt once got "11" where a fresh process gets "six". The prompts before it start
    # with the few-shot prefix and without it.
    sentences = "\n".join(
        [
            "[1] On May 21st the sentence was announced for 12 persons on the criminal case of "
            "mass disturbances on December 17th 2011 at the station Shetle",
            "[2] According to the sentence, one defendant was justified for failure of evidence, "
            "11 were foundguilty (six of whom were pardoned generally, one was given suspended "
            "sentence, four of them were convicted for various terms of imprisonment).",
            "[3] Regarding this, in Kazakhstan it was also begun the trial of five police officers "
            "acting outside their authority in suppressing the rebellion.",
            "[4] As witnesses remember that tragic day - December 16, 2011 - a chaos arosein the "
            "town.",
        ]
    )
    prompt = SOURCE_ANSWER_PROMPT.format(
        sentences=sentences, question="How many defendants were pardoned?"
    )
    other = SOURCE_ANSWER_PROMPT.format(
        sentences="[1] The ferry sank in 1911.", question="When did the ferry sink?"
    )
    fresh = build_llm(settings).complete(prompt, max_tokens=24, stop=ANSWER_STOP)

    assistant.llm.complete(other, max_tokens=24, stop=ANSWER_STOP)
    assistant.llm.complete("Sentences: none", max_tokens=4, stop=ANSWER_STOP)  # no prefix
    assistant.llm.complete(other, max_tokens=24, stop=ANSWER_STOP)

    assert assistant.llm.complete(prompt, max_tokens=24, stop=ANSWER_STOP) == fresh
