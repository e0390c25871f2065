"""Index stage: chunk documents on sentence boundaries, embed, persist to chromadb.

Chunks go into a chromadb ``PersistentClient`` at ``index/`` through LlamaIndex's
``ChromaVectorStore``, always with our own embeddings (chromadb's default embedding function
would download a model). ``index/manifest.json`` records the embedder, chunk settings, chromadb
version and a content hash per document, so re-indexing is incremental and staleness is visible.

Example:
    >>> report = build_index(settings, embedder)  # doctest: +SKIP
    >>> idx = Index.load(settings.index_dir, embedder)  # doctest: +SKIP
"""

from __future__ import annotations

import json
import logging
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from qa.embed import Embedder
from qa.ingest import corpus_files, file_sha256, load_corpus
from qa.llm import SetupError
from qa.settings import Settings
from qa.text import count_tokens, sentence_spans
from qa.types import Document, Skipped

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
COLLECTION = "passages"
MANIFEST = "manifest.json"
DOCUMENTS = "documents.json"
INDEX_COMMAND = "python -m qa index"

# Progress callback: (stage, done, total), stage is "files" or "chunks".
Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class Chunk:
    """A passage-level chunk: character offsets into its document's citable text."""

    chunk_id: str
    doc_id: str
    start: int
    end: int
    tokens: int


def chunk_document(
    doc: Document, target_tokens: int = 180, max_tokens: int = 250, overlap_tokens: int = 40
) -> list[Chunk]:
    """Split ``doc`` into overlapping chunks of whole sentences.

    Chunks grow sentence by sentence to about ``target_tokens`` and never pass ``max_tokens``
    (a longer sentence is cut at spaces). Each new chunk repeats the previous chunk's trailing
    sentences, up to ``overlap_tokens``.
    """
    units: list[tuple[int, int, int]] = []
    for start, end in sentence_spans(doc.text):
        units.extend(_fit(doc.text, start, end, max_tokens))
    chunks: list[list[tuple[int, int, int]]] = []
    current: list[tuple[int, int, int]] = []
    size = 0
    for unit in units:
        if current and (size + unit[2] > max_tokens or size >= target_tokens):
            chunks.append(current)
            carry: list[tuple[int, int, int]] = []
            for prev in reversed(current):
                if sum(u[2] for u in carry) + prev[2] > overlap_tokens:
                    break
                carry.insert(0, prev)
            if sum(u[2] for u in carry) + unit[2] > max_tokens:
                carry = []
            current, size = carry, sum(u[2] for u in carry)
        current.append(unit)
        size += unit[2]
    if current:
        chunks.append(current)
    # A short tail joins the previous chunk when both fit, rather than standing alone.
    if len(chunks) > 1:
        head, tail = chunks[-2], chunks[-1]
        fresh = [u for u in tail if u[0] >= head[-1][1]]
        if sum(u[2] for u in head + fresh) <= max_tokens:
            chunks[-2:] = [head + fresh]
    out = []
    for i, group in enumerate(chunks):
        start, end = group[0][0], group[-1][1]
        out.append(
            Chunk(f"{doc.doc_id}#{i}", doc.doc_id, start, end, count_tokens(doc.text[start:end]))
        )
    return out


def _fit(text: str, start: int, end: int, max_tokens: int) -> list[tuple[int, int, int]]:
    """One sentence as (start, end, tokens) pieces of at most ``max_tokens``."""
    tokens = count_tokens(text[start:end])
    if tokens <= max_tokens:
        return [(start, end, tokens)]
    pieces = []
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", text[start:end])]
    per = max(1, int(len(words) * max_tokens / tokens * 0.9))
    for i in range(0, len(words), per):
        s, e = start + words[i][0], start + words[min(i + per, len(words)) - 1][1]
        pieces.append((s, e, count_tokens(text[s:e])))
    return pieces


def open_collection(index_dir: Path, reset: bool = False) -> Any:
    """The chromadb collection at ``index_dir``, created without any embedding function.

    ``reset`` deletes the collection first.
    """
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    client = chromadb.PersistentClient(
        path=str(index_dir / "chroma"),
        settings=ChromaSettings(anonymized_telemetry=False, allow_reset=True),
    )
    if reset and COLLECTION in [c.name for c in client.list_collections()]:
        client.delete_collection(COLLECTION)
    # embedding_function=None: we always pass embeddings; chromadb's default would download one.
    return client.get_or_create_collection(
        COLLECTION, embedding_function=None, metadata={"hnsw:space": "cosine"}
    )


def _vector_store(collection: Any) -> Any:
    from llama_index.vector_stores.chroma import ChromaVectorStore

    return ChromaVectorStore(chroma_collection=collection)


def expected_config(settings: Settings, embedder: Embedder) -> dict[str, Any]:
    """The manifest fields that must match for an index to be usable."""
    import chromadb

    return {
        "schema": SCHEMA_VERSION,
        "embedder": embedder.name,
        "dimensions": embedder.dim,
        "chunking": {
            "tokenizer": "tiktoken:cl100k_base",
            "target_tokens": settings.chunk_tokens,
            "max_tokens": settings.chunk_max_tokens,
            "overlap_tokens": settings.chunk_overlap_tokens,
            "boundaries": "sentence",
        },
        "chromadb": chromadb.__version__,
    }


@dataclass
class IndexReport:
    """What ``build_index`` did."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    chunks_embedded: int = 0
    total_chunks: int = 0
    rebuilt: bool = False
    seconds: float = 0.0


def build_index(
    settings: Settings, embedder: Embedder, progress: Progress | None = None
) -> IndexReport:
    """Bring ``settings.index_dir`` up to date with ``settings.corpus_dir``, incrementally.

    Unchanged files are not re-embedded; changed files are re-chunked; deleted files are
    removed. A changed embedder or chunk setting rebuilds everything.
    """
    t0 = time.perf_counter()
    corpus_dir, index_dir = settings.corpus_dir, settings.index_dir
    if not corpus_dir.is_dir():
        raise SetupError(f"corpus folder {corpus_dir}/ not found. Create it and add documents.")
    docs, skipped = load_corpus(corpus_dir)
    if not docs:
        raise SetupError(
            f"no readable documents in {corpus_dir}/"
            + (f" (skipped: {_skipped_text(skipped)})" if skipped else "")
            + ". Add .txt, .md, .html or .pdf files, then run `python -m qa index`."
        )
    report = IndexReport(skipped=skipped)
    config = expected_config(settings, embedder)
    old = _read_json(index_dir / MANIFEST)
    old_docs = _read_json(index_dir / DOCUMENTS) or {}
    index_dir.mkdir(parents=True, exist_ok=True)
    collection = open_collection(index_dir)
    if old is None or any(old.get(k) != v for k, v in config.items()):
        report.rebuilt = True
        old_docs = {}
        # Drop the collection through the client: deleting its files under an open client (which
        # chromadb caches per path) leaves a broken store.
        collection = open_collection(index_dir, reset=True)
    store = _vector_store(collection)

    current = {d.doc_id: d for d in docs}
    for doc_id in sorted(set(old_docs) - set(current)):
        store.delete(ref_doc_id=doc_id)
        report.removed.append(doc_id)
    todo = [d for d in docs if old_docs.get(d.doc_id, {}).get("sha256") != d.sha256]
    report.unchanged = [d.doc_id for d in docs if d not in todo]
    new_docs = {k: v for k, v in old_docs.items() if k in current}
    plans = {
        d.doc_id: chunk_document(
            d, settings.chunk_tokens, settings.chunk_max_tokens, settings.chunk_overlap_tokens
        )
        for d in todo
    }
    total_new = sum(len(c) for c in plans.values())
    done_chunks = 0
    if progress:
        # The totals before the first batch: a bar opened after it shows an absurd rate.
        progress("files", 0, len(todo))
        progress("chunks", 0, total_new)
    for i, doc in enumerate(todo):
        if doc.doc_id in old_docs:
            store.delete(ref_doc_id=doc.doc_id)
            report.updated.append(doc.doc_id)
        else:
            report.added.append(doc.doc_id)
        chunks = plans[doc.doc_id]
        for batch_start in range(0, len(chunks), 64):
            batch = chunks[batch_start : batch_start + 64]
            _add_chunks(store, doc, batch, embedder)
            done_chunks += len(batch)
            if progress:
                progress("chunks", done_chunks, total_new)
        new_docs[doc.doc_id] = {
            **doc.meta(),
            "text": doc.text,
            "chunks": [[c.start, c.end] for c in chunks],
        }
        if progress:
            progress("files", i + 1, len(todo))
    report.chunks_embedded = total_new
    report.total_chunks = sum(len(v["chunks"]) for v in new_docs.values())
    _write_json(index_dir / DOCUMENTS, new_docs)
    manifest = {
        **config,
        "built_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "documents": {
            k: {
                key: v[key]
                for key in ("path", "sha256", "title", "author", "publication", "published")
            }
            | {"chunks": len(v["chunks"]), "chars": len(v["text"])}
            for k, v in sorted(new_docs.items())
        },
        "skipped": [
            {"path": s.path, "reason": s.reason, "sha256": _hash_or_none(corpus_dir / s.path)}
            for s in skipped
        ],
    }
    _write_json(index_dir / MANIFEST, manifest)
    report.seconds = time.perf_counter() - t0
    return report


def _add_chunks(store: Any, doc: Document, chunks: list[Chunk], embedder: Embedder) -> None:
    from llama_index.core.schema import NodeRelationship, RelatedNodeInfo, TextNode

    texts = [doc.text[c.start : c.end] for c in chunks]
    vectors = embedder.embed(texts)
    nodes = []
    for chunk, text, vec in zip(chunks, texts, vectors):
        node = TextNode(
            id_=chunk.chunk_id,
            text=text,
            embedding=vec.tolist(),
            metadata={"doc_id": doc.doc_id, "start": chunk.start, "end": chunk.end},
        )
        # ChromaVectorStore.delete(ref_doc_id) removes a document's chunks by this link.
        node.relationships[NodeRelationship.SOURCE] = RelatedNodeInfo(node_id=doc.doc_id)
        nodes.append(node)
    store.add(nodes)


def index_status(settings: Settings, embedder: Embedder | None = None) -> list[str]:
    """Why the index no longer matches the corpus (empty when it does).

    Raises `SetupError` when there is no index at all, or when its vectors come from another
    embedder than ``embedder`` (a question's vector could not be compared with them).
    """
    manifest = _read_json(settings.index_dir / MANIFEST)
    if manifest is None or not (settings.index_dir / DOCUMENTS).is_file():
        raise SetupError(f"no index in {settings.index_dir}/. Run `{INDEX_COMMAND}` to build it.")
    problems = []
    if embedder is not None:
        built = (manifest.get("embedder"), manifest.get("dimensions"))
        if built != (embedder.name, embedder.dim):
            raise SetupError(
                f"the index in {settings.index_dir}/ was built with the embedder {built[0]} "
                f"({built[1]} dimensions), and this run uses {embedder.name} ({embedder.dim}). "
                f"Run `{INDEX_COMMAND}` to rebuild it."
            )
        expected = expected_config(settings, embedder)
        diff = [k for k, v in expected.items() if manifest.get(k) != v]
        if diff:
            problems.append(f"index settings changed ({', '.join(diff)})")
    if not settings.corpus_dir.is_dir():
        raise SetupError(f"corpus folder {settings.corpus_dir}/ not found.")
    indexed = {k: v["sha256"] for k, v in manifest.get("documents", {}).items()}
    indexed.update({s["path"]: s["sha256"] for s in manifest.get("skipped", [])})
    present = {p.name: file_sha256(p) for p in corpus_files(settings.corpus_dir)}
    changed = sorted(k for k in present.keys() & indexed.keys() if present[k] != indexed[k])
    added = sorted(present.keys() - indexed.keys())
    removed = sorted(indexed.keys() - present.keys())
    for label, names in (("changed", changed), ("new", added), ("deleted", removed)):
        if names:
            problems.append(f"{label}: {', '.join(names)}")
    return problems


def stale_warning(problems: list[str]) -> str:
    """The warning shown with answers from a stale index."""
    return (
        "The index is stale (" + "; ".join(problems) + "). Answers come from the indexed text. "
        f"Run `{INDEX_COMMAND}` to update it."
    )


class Index:
    """A loaded index: documents with their citable text, chunk spans, and the vector store."""

    def __init__(
        self,
        documents: dict[str, Document],
        chunks: list[Chunk],
        store: Any,
        manifest: dict[str, Any],
    ) -> None:
        self.documents = documents
        self.chunks = chunks
        self.store = store
        self.manifest = manifest

    @classmethod
    def load(cls, index_dir: Path) -> Index:
        """Open the index at ``index_dir``; raises `SetupError` naming the build command."""
        manifest = _read_json(index_dir / MANIFEST)
        raw = _read_json(index_dir / DOCUMENTS)
        if manifest is None or raw is None:
            raise SetupError(f"no index in {index_dir}/. Run `{INDEX_COMMAND}` to build it.")
        documents: dict[str, Document] = {}
        chunks: list[Chunk] = []
        for doc_id, d in raw.items():
            documents[doc_id] = Document(
                doc_id=doc_id,
                path=d["path"],
                text=d["text"],
                sha256=d["sha256"],
                title=d["title"],
                author=d.get("author"),
                publication=d.get("publication"),
                published=d.get("published"),
            )
            for i, (start, end) in enumerate(d["chunks"]):
                chunks.append(Chunk(f"{doc_id}#{i}", doc_id, start, end, 0))
        store = _vector_store(open_collection(index_dir))
        return cls(documents, chunks, store, manifest)


def _skipped_text(skipped: list[Skipped]) -> str:
    return "; ".join(f"{s.path}: {s.reason}" for s in skipped)


def _hash_or_none(path: Path) -> str | None:
    try:
        return file_sha256(path)
    except OSError:
        return None


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _write_json(path: Path, data: Any) -> None:
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    tmp.replace(path)
