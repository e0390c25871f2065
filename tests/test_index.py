"""Index: sentence chunking, incremental builds, the manifest, staleness and setup errors."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import chromadb
import pytest
from helpers import COURIER, GAZETTE, LIGHTHOUSE, READABLE, UNREADABLE

from qa.embed import HashEmbedding
from qa.index import (
    DOCUMENTS,
    INDEX_COMMAND,
    MANIFEST,
    Index,
    build_index,
    chunk_document,
    index_status,
    open_collection,
    stale_warning,
)
from qa.ingest import load_document
from qa.llm import SetupError
from qa.retrieve import Retriever
from qa.settings import Settings
from qa.text import count_tokens, sentence_spans
from qa.types import Document


def _doc(text: str, doc_id: str = "doc.txt") -> Document:
    return Document(doc_id, doc_id, text, hashlib.sha256(text.encode()).hexdigest(), "Title")


def _long_text() -> str:
    """Paragraphs of sentences of varied length, a headline and a byline."""
    paras = ["The Long Report", "By A. Writer"]
    for p in range(12):
        sentences = [
            f"Sentence {s} of paragraph {p} says the harbour crane number {p * 7 + s} was "
            + "inspected " * (s % 4 + 1)
            + "on Dec. 16 by the port authority."
            for s in range(5)
        ]
        paras.append(" ".join(sentences))
    return "\n\n".join(paras) + "\n"


# --- chunking -------------------------------------------------------------------------------


def test_chunk_document__chunks_stay_within_max_tokens_and_slice_the_text() -> None:
    doc = _doc(_long_text())

    chunks = chunk_document(doc, target_tokens=60, max_tokens=80, overlap_tokens=40)

    assert len(chunks) > 3
    for chunk in chunks:
        piece = doc.text[chunk.start : chunk.end]
        assert piece == piece.strip() and piece
        assert chunk.tokens == count_tokens(piece) <= 80
        assert chunk.doc_id == doc.doc_id
    assert [c.chunk_id for c in chunks] == [f"{doc.doc_id}#{i}" for i in range(len(chunks))]


def test_chunk_document__every_sentence_lies_inside_some_chunk() -> None:
    doc = _doc(_long_text())

    chunks = chunk_document(doc, target_tokens=60, max_tokens=80, overlap_tokens=25)

    for s, e in sentence_spans(doc.text):
        assert any(c.start <= s and e <= c.end for c in chunks), doc.text[s:e]
    assert chunks[0].start == sentence_spans(doc.text)[0][0]
    assert chunks[-1].end == sentence_spans(doc.text)[-1][1]


def test_chunk_document__consecutive_chunks_overlap_on_whole_sentences() -> None:
    doc = _doc(_long_text())
    starts = {s for s, _ in sentence_spans(doc.text)}

    # Body sentences are 26-29 tokens: a 40-token overlap carries one sentence forward.
    chunks = chunk_document(doc, target_tokens=60, max_tokens=80, overlap_tokens=40)

    for prev, nxt in zip(chunks, chunks[1:]):
        assert prev.start < nxt.start < prev.end < nxt.end  # overlapping, moving forward
        assert nxt.start in starts  # the overlap is whole sentences


def test_chunk_document__without_overlap_chunks_tile_the_text() -> None:
    doc = _doc(_long_text())

    chunks = chunk_document(doc, target_tokens=60, max_tokens=80, overlap_tokens=0)

    for prev, nxt in zip(chunks, chunks[1:]):
        assert prev.end <= nxt.start
        assert doc.text[prev.end : nxt.start].strip() == ""


def test_chunk_document__sentence_longer_than_max_is_cut_at_spaces() -> None:
    text = "This run-on sentence never stops " + " ".join(f"word{i}" for i in range(400)) + "."
    doc = _doc(text)

    chunks = chunk_document(doc, target_tokens=50, max_tokens=60, overlap_tokens=10)

    assert len(chunks) > 1
    for chunk in chunks:
        piece = doc.text[chunk.start : chunk.end]
        assert count_tokens(piece) <= 60
        assert not piece[0].isspace() and not piece[-1].isspace()
        assert chunk.start == 0 or doc.text[chunk.start - 1] == " "  # starts at a word
    assert chunks[-1].end == len(text)


def test_chunk_document__short_document_is_one_chunk() -> None:
    doc = _doc("  Just one line.\n")

    assert [(c.start, c.end) for c in chunk_document(doc)] == [(2, 16)]


def test_chunk_document__default_settings_on_the_test_corpus(corpus_dir: Path) -> None:
    s = Settings.preset("test")
    for name in (GAZETTE, COURIER, LIGHTHOUSE):
        doc = load_document(corpus_dir / name)
        chunks = chunk_document(doc, s.chunk_tokens, s.chunk_max_tokens, s.chunk_overlap_tokens)
        assert chunks and all(c.tokens <= s.chunk_max_tokens for c in chunks)


# --- build_index ----------------------------------------------------------------------------


def _collection_ids(settings: Settings) -> set[str]:
    return set(open_collection(settings.index_dir).get()["ids"])


def test_build_index__first_run_adds_every_readable_document(
    settings: Settings, embedder: HashEmbedding
) -> None:
    report = build_index(settings, embedder)

    assert sorted(report.added) == sorted(READABLE)
    assert report.updated == report.removed == report.unchanged == []
    assert {s.path for s in report.skipped} == UNREADABLE
    assert report.rebuilt
    assert report.chunks_embedded == report.total_chunks > 0
    index = Index.load(settings.index_dir)
    assert set(index.documents) == READABLE
    assert _collection_ids(settings) == {c.chunk_id for c in index.chunks}


def test_build_index__second_run_embeds_nothing(
    built_settings: Settings, embedder: HashEmbedding
) -> None:
    before = _collection_ids(built_settings)

    report = build_index(built_settings, embedder)

    assert report.chunks_embedded == 0
    assert sorted(report.unchanged) == sorted(READABLE)
    assert report.added == report.updated == report.removed == []
    assert not report.rebuilt
    assert _collection_ids(built_settings) == before


def test_build_index__changed_file_is_the_only_one_reembedded(
    built_settings: Settings, embedder: HashEmbedding
) -> None:
    path = built_settings.corpus_dir / COURIER
    path.write_text(path.read_text() + "\nThe harbour crane was inspected again on Friday.\n")
    calls: list[int] = []

    class CountingEmbedder(HashEmbedding):
        def embed(self, texts):  # type: ignore[no-untyped-def]
            calls.append(len(texts))
            return super().embed(texts)

    report = build_index(built_settings, CountingEmbedder())

    assert report.updated == [COURIER]
    assert sorted(report.unchanged) == sorted(READABLE - {COURIER})
    assert report.added == report.removed == []
    assert (
        report.chunks_embedded
        == sum(calls)
        == len([c for c in Index.load(built_settings.index_dir).chunks if c.doc_id == COURIER])
    )
    index = Index.load(built_settings.index_dir)
    assert index.documents[COURIER].text.endswith("inspected again on Friday.\n")
    stored = open_collection(built_settings.index_dir).get(
        where={"doc_id": COURIER}, include=["documents"]
    )
    assert any("inspected again on Friday" in d for d in stored["documents"])


def test_build_index__deleted_file_is_removed_from_index_and_store(
    built_settings: Settings, embedder: HashEmbedding
) -> None:
    (built_settings.corpus_dir / GAZETTE).unlink()

    report = build_index(built_settings, embedder)

    assert report.removed == [GAZETTE]
    assert report.chunks_embedded == 0
    index = Index.load(built_settings.index_dir)
    assert GAZETTE not in index.documents
    assert open_collection(built_settings.index_dir).get(where={"doc_id": GAZETTE})["ids"] == []
    assert _collection_ids(built_settings) == {c.chunk_id for c in index.chunks}


def test_build_index__file_that_becomes_unreadable_is_removed_and_reported(
    built_settings: Settings, embedder: HashEmbedding
) -> None:
    (built_settings.corpus_dir / COURIER).write_bytes(b"")

    report = build_index(built_settings, embedder)

    assert report.removed == [COURIER]
    assert COURIER in {s.path for s in report.skipped}
    assert index_status(built_settings, embedder) == []


def test_build_index__manifest_records_embedder_chunking_chromadb_and_hashes(
    built_settings: Settings, embedder: HashEmbedding
) -> None:
    manifest = json.loads((built_settings.index_dir / MANIFEST).read_text(encoding="utf-8"))

    assert manifest["embedder"] == embedder.name == "hash-256"
    assert manifest["dimensions"] == 256
    assert manifest["chromadb"] == chromadb.__version__
    assert manifest["chunking"] == {
        "tokenizer": "tiktoken:cl100k_base",
        "target_tokens": built_settings.chunk_tokens,
        "max_tokens": built_settings.chunk_max_tokens,
        "overlap_tokens": built_settings.chunk_overlap_tokens,
        "boundaries": "sentence",
    }
    assert set(manifest["documents"]) == READABLE
    for name, entry in manifest["documents"].items():
        raw = (built_settings.corpus_dir / name).read_bytes()
        assert entry["sha256"] == hashlib.sha256(raw).hexdigest()
        assert entry["chunks"] >= 1
    assert manifest["documents"][GAZETTE]["author"] == "Mara Quint"
    skipped = {s["path"]: s for s in manifest["skipped"]}
    assert set(skipped) == UNREADABLE
    assert all(s["reason"] and s["sha256"] for s in skipped.values())


def test_build_index__documents_file_keeps_citable_text_and_chunk_offsets(
    built_settings: Settings,
) -> None:
    stored = json.loads((built_settings.index_dir / DOCUMENTS).read_text(encoding="utf-8"))

    for name, entry in stored.items():
        assert entry["text"] == load_document(built_settings.corpus_dir / name).text
        assert all(0 <= s < e <= len(entry["text"]) for s, e in entry["chunks"])


def test_build_index__missing_corpus_folder_is_a_setup_error(
    tmp_path: Path, embedder: HashEmbedding
) -> None:
    settings = Settings.preset("test", corpus_dir=tmp_path / "nope", index_dir=tmp_path / "index")

    with pytest.raises(SetupError, match="not found"):
        build_index(settings, embedder)


def test_build_index__corpus_with_no_readable_file_names_the_skipped_files(
    tmp_path: Path, embedder: HashEmbedding
) -> None:
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "empty.txt").write_bytes(b"")
    settings = Settings.preset("test", corpus_dir=tmp_path / "corpus", index_dir=tmp_path / "index")

    with pytest.raises(SetupError) as info:
        build_index(settings, embedder)

    assert "empty.txt: empty file" in str(info.value)
    assert INDEX_COMMAND in str(info.value)


def test_build_index__reports_progress(settings: Settings, embedder: HashEmbedding) -> None:
    events: list[tuple[str, int, int]] = []

    build_index(settings, embedder, progress=lambda *e: events.append(e))

    files = [e for e in events if e[0] == "files"]
    chunks = [e for e in events if e[0] == "chunks"]
    # The totals come before any work, so a bar opens at zero with them.
    assert events[:2] == [("files", 0, len(READABLE)), ("chunks", 0, chunks[-1][2])]
    assert files[-1] == ("files", len(READABLE), len(READABLE))
    assert chunks and chunks[-1][1] == chunks[-1][2]


def test_build_index__changed_embedder_rebuilds_in_the_same_process(
    built_settings: Settings,
) -> None:
    # Regression: the rebuild used to delete index/chroma under chromadb's cached, still-open
    # client for that path (as a running app holds after loading the index), and then failed.
    Index.load(built_settings.index_dir)
    small = HashEmbedding(dim=128)

    report = build_index(built_settings, small)

    assert report.rebuilt
    assert sorted(report.added) == sorted(READABLE)
    assert report.chunks_embedded == report.total_chunks
    assert len(_collection_ids(built_settings)) == report.total_chunks
    assert index_status(built_settings, small) == []
    index = Index.load(built_settings.index_dir)
    result = Retriever(index, small, built_settings).run("harbour fire deaths")
    assert set(result) == READABLE and all(result.values())


def test_build_index__changed_chunking_rebuilds_and_leaves_no_stale_chunks(
    built_settings: Settings, embedder: HashEmbedding
) -> None:
    finer = built_settings.model_copy(
        update={"chunk_tokens": 50, "chunk_max_tokens": 60, "chunk_overlap_tokens": 10}
    )

    report = build_index(finer, embedder)

    assert report.rebuilt and report.total_chunks > len(READABLE)
    assert _collection_ids(finer) == {c.chunk_id for c in Index.load(finer.index_dir).chunks}


# --- status and loading ---------------------------------------------------------------------


def test_index_status__fresh_index_has_no_problems(
    built_settings: Settings, embedder: HashEmbedding
) -> None:
    assert index_status(built_settings, embedder) == []


def test_index_status__reports_changed_new_and_deleted_files(
    built_settings: Settings, embedder: HashEmbedding
) -> None:
    corpus = built_settings.corpus_dir
    (corpus / COURIER).write_text((corpus / COURIER).read_text() + "\nOne more line.\n")
    (corpus / "new-article.md").write_text("A new article about the quay.\n")
    (corpus / LIGHTHOUSE).unlink()

    problems = index_status(built_settings, embedder)

    assert problems == [f"changed: {COURIER}", "new: new-article.md", f"deleted: {LIGHTHOUSE}"]
    warning = stale_warning(problems)
    assert f"changed: {COURIER}" in warning and INDEX_COMMAND in warning


def test_index_status__changed_skipped_file_is_reported(
    built_settings: Settings, embedder: HashEmbedding
) -> None:
    (built_settings.corpus_dir / "empty.txt").write_text("Now it has text.\n")

    assert index_status(built_settings, embedder) == ["changed: empty.txt"]


def test_index_status__different_chunking_is_reported(
    built_settings: Settings, embedder: HashEmbedding
) -> None:
    other = built_settings.model_copy(update={"chunk_tokens": 120})
    assert any("chunking" in p for p in index_status(other, embedder))


def test_index_status__different_embedder_raises_setup_error_naming_both_and_the_command(
    built_settings: Settings, embedder: HashEmbedding
) -> None:
    # Its vectors cannot be compared with the question's: answering would crash in chromadb.
    with pytest.raises(SetupError) as info:
        index_status(built_settings, HashEmbedding(dim=64))

    message = str(info.value)
    assert embedder.name in message and HashEmbedding(dim=64).name in message
    assert "python -m qa index" in message


def test_index_status__missing_index_raises_setup_error_naming_the_command(
    settings: Settings,
) -> None:
    with pytest.raises(SetupError) as info:
        index_status(settings)

    assert "python -m qa index" in str(info.value)


def test_index_load__missing_index_raises_setup_error_naming_the_command(tmp_path: Path) -> None:
    with pytest.raises(SetupError, match="python -m qa index"):
        Index.load(tmp_path / "no-index")


def test_index_load__documents_and_chunks_match_the_corpus(built_settings: Settings) -> None:
    index = Index.load(built_settings.index_dir)

    for doc_id, doc in index.documents.items():
        assert doc.text == load_document(built_settings.corpus_dir / doc_id).text
    for chunk in index.chunks:
        assert 0 <= chunk.start < chunk.end <= len(index.documents[chunk.doc_id].text)
    assert index.documents[GAZETTE].author == "Mara Quint"
