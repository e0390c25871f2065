"""Retrieve: hybrid, per-source stratified retrieval whose passages carry exact offsets."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from helpers import COURIER, GAZETTE, READABLE

from qa.embed import HashEmbedding
from qa.index import Index, build_index
from qa.retrieve import Retriever, lexical_tokens
from qa.settings import Settings

QUESTION = "How many warehouse workers were injured in the blaze?"


def _dominant_corpus(root: Path) -> Settings:
    """``big.txt`` talks about the blaze in every paragraph; ``small.txt`` mentions it once,
    deep inside a document about something else."""
    corpus = root / "corpus"
    corpus.mkdir()
    big = [
        f"Paragraph {i}: the warehouse blaze injured workers, and the warehouse workers said the "
        f"blaze spread from bay {i}. Injured warehouse workers were treated after the blaze."
        for i in range(20)
    ]
    (corpus / "big.txt").write_text("Warehouse Blaze Diary\n\n" + "\n\n".join(big) + "\n")
    small = [
        f"The lighthouse museum opened room {i} to visitors, showing old lamps and logbooks."
        for i in range(12)
    ]
    small.insert(7, "Three warehouse workers were injured in the blaze, the clinic said.")
    (corpus / "small.txt").write_text("Museum Notes\n\n" + "\n\n".join(small) + "\n")
    settings = Settings.preset(
        "test",
        corpus_dir=corpus,
        index_dir=root / "index",
        chunk_tokens=50,
        chunk_max_tokens=70,
        chunk_overlap_tokens=10,
        candidate_k=3,
        passages_per_source=2,
    )
    build_index(settings, HashEmbedding())
    return settings


@pytest.fixture(scope="module")
def dominant(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    settings = _dominant_corpus(tmp_path_factory.mktemp("dominant"))
    return Retriever(Index.load(settings.index_dir), HashEmbedding(), settings)


def test_run__every_source_gets_passages_when_one_dominates_the_global_ranking(
    dominant: Retriever,
) -> None:
    # The global top candidate_k chunks all come from big.txt ...
    bm25 = dominant._bm25_scores(QUESTION)
    top = {
        dominant.index.chunks[i].doc_id for i in np.argsort(-bm25)[: dominant.settings.candidate_k]
    }
    assert top == {"big.txt"}

    result = dominant.run(QUESTION)

    # ... yet the small source is heard, with its one relevant passage first.
    assert set(result) == {"big.txt", "small.txt"}
    assert all(result.values())
    assert "Three warehouse workers were injured" in result["small.txt"][0].text
    assert all(len(p) <= dominant.settings.passages_per_source for p in result.values())


def test_run__sources_come_in_order_of_relevance(dominant: Retriever) -> None:
    assert list(dominant.run(QUESTION)) == ["big.txt", "small.txt"]
    assert list(dominant.run("lighthouse museum lamps and logbooks"))[0] == "small.txt"


def test_run__passages_are_that_sources_chunks_best_first(dominant: Retriever) -> None:
    for doc_id, passages in dominant.run(QUESTION).items():
        assert all(p.doc_id == doc_id and p.chunk_id.startswith(f"{doc_id}#") for p in passages)
        assert [p.score for p in passages] == sorted((p.score for p in passages), reverse=True)
        assert len({p.chunk_id for p in passages}) == len(passages)


def test_run__passage_offsets_slice_the_document_text(shared_settings: Settings) -> None:
    index = Index.load(shared_settings.index_dir)
    retriever = Retriever(index, HashEmbedding(), shared_settings)

    result = retriever.run("How many people were killed in the harbour fire?")

    assert set(result) == READABLE  # a small corpus: every source is asked
    for doc_id, passages in result.items():
        for p in passages:
            assert index.documents[doc_id].text[p.start : p.end] == p.text


def test_run__source_ids_restrict_the_sources(shared_settings: Settings) -> None:
    retriever = Retriever(Index.load(shared_settings.index_dir), HashEmbedding(), shared_settings)

    assert list(retriever.run("harbour fire", [GAZETTE])) == [GAZETTE]
    assert set(retriever.run("harbour fire", [GAZETTE, COURIER])) == {GAZETTE, COURIER}


def test_run__max_sources_caps_the_sources_asked(shared_settings: Settings) -> None:
    settings = shared_settings.model_copy(update={"max_sources": 1})
    retriever = Retriever(Index.load(settings.index_dir), HashEmbedding(), settings)

    assert len(retriever.run("How many people were killed in the harbour fire?")) == 1


def test_run__question_with_no_known_words_still_returns_passages(
    shared_settings: Settings,
) -> None:
    retriever = Retriever(Index.load(shared_settings.index_dir), HashEmbedding(), shared_settings)

    result = retriever.run("xyzzy plugh?")

    assert set(result) == READABLE


def test_lexical_tokens__are_stems_and_normalised_numbers() -> None:
    tokens = lexical_tokens("The workers were killed on Dec. 16")

    assert {"worker", "kill", "16", "m12"} <= set(tokens)
    assert not {"the", "were", "on", "workers", "killed"} & set(tokens)


def test_idf__rare_terms_weigh_more_than_common_ones(dominant: Retriever) -> None:
    assert dominant.idf["clinic"] > dominant.idf["lighthouse"] > dominant.idf["blaze"]


def test_idf_tells_topic__only_with_several_passages_per_source(
    dominant: Retriever, tmp_path: Path
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("The bridge opened in 1932.\n")
    (corpus / "b.txt").write_text("The bridge opened in 1931.\n")
    settings = Settings.preset("test", corpus_dir=corpus, index_dir=tmp_path / "index")
    build_index(settings, HashEmbedding())
    one_each = Retriever(Index.load(settings.index_dir), HashEmbedding(), settings)

    assert dominant.idf_tells_topic
    assert not one_each.idf_tells_topic
