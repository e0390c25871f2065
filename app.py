"""Gradio chat for rashomon: who says what, each source cited verbatim.

The only module that imports gradio. ``build_app(assistant)`` builds the UI (testable without a
server); ``main()`` loads the model and the index once, then serves on 127.0.0.1.

Run:
    .venv/bin/python app.py [--port 7860] [--host 127.0.0.1] [--preset default]

Example:
    >>> demo = build_app(Assistant(Settings.preset("test")))  # doctest: +SKIP
    >>> launch_app(demo, demo_settings, port=7861)  # doctest: +SKIP
"""

# ruff: noqa: E402  (the environment must be set before gradio is imported)
from __future__ import annotations

import os

# Gradio starts its analytics thread and huggingface_hub reads its offline flag when imported,
# so both must be set before the import below.
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

import argparse
import hashlib
import html
import json
import logging
import re
import sys
import tempfile
import threading
import uuid
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import gradio as gr

from qa.assistant import Assistant, SourceEvent, validate_question
from qa.citations import HEADLINES, display_answer
from qa.cli import configure_logging
from qa.index import INDEX_COMMAND, IndexReport, Progress
from qa.ingest import IngestError, load_document
from qa.llm import SetupError
from qa.settings import PRESETS, Settings
from qa.types import Answer, Citation, Document

log = logging.getLogger("qa.app")

TITLE = "rashomon"
VERDICT_LABELS = {
    "conflict": "Sources disagree",
    "agree": "Sources agree",
    "single_source": "Only one source addresses this",
    "not_found": "The sources do not say",
}
# Plain symbols, not emoji: they render without an emoji font (none ships with Debian chromium).
VERDICT_ICONS = {"conflict": "⚠", "agree": "✓", "single_source": "ℹ", "not_found": "∅"}
EXAMPLES = (
    "How many people were killed in Zhanaozen?",
    "What was the name of the mayor of Zhanaozen?",
    "Why did the police open fire?",
    "Who wrote the Moscow Times piece?",
)
UPLOAD_SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf")
TEXT_SUFFIXES = (".txt", ".md", ".html", ".htm")
CONTEXT_CHARS = 300  # characters of surrounding text shown around a quote
STREAM_HEADER = "_Reading the sources…_"
STOPPED_HEADER = "_Stopped._"
GENERIC_ERROR = "Something went wrong while answering. The details are in the server log."
# An unescaped [n]; compose() writes a literal bracket from a source as \[n\].
MARKER = re.compile(r"(?<!\\)\[(\d+)\]")

SYSTEM_FONTS = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica", "Arial",
                "sans-serif"]  # fmt: skip
MONO_FONTS = ["ui-monospace", "SFMono-Regular", "Menlo", "Consolas", "monospace"]

CSS = """
.verdict { font-size: 1.15em; font-weight: 700; padding: .45em .8em; margin: 0 0 .6em 0;
  border-radius: 6px; border-left: 6px solid; }
.verdict-conflict { background: #fff3e0; border-color: #e8590c; color: #7a2e00; }
.verdict-agree { background: #ebfbee; border-color: #2b8a3e; color: #1b4d26; }
.verdict-single_source { background: #e7f5ff; border-color: #1971c2; color: #0b3d6e; }
.verdict-not_found { background: #f1f3f5; border-color: #868e96; color: #343a40; }
.answer-warning { background: #fff9db; border-left: 4px solid #f08c00; padding: .3em .6em;
  color: #5c3c00; }
details.cite { border: 1px solid var(--border-color-primary); border-radius: 6px;
  padding: .3em .6em; margin: .35em 0; }
details.cite > summary { cursor: pointer; font-weight: 600; }
details.cite.cite-flash { outline: 3px solid #f08c00; }
.cite-context { white-space: pre-wrap; line-height: 1.45; margin-top: .4em; }
.cite-context mark { background: #ffe066; color: #1a1a1a; padding: 0 .1em; }
.cite-where { font-size: .85em; opacity: .75; }
a.cite-ref { font-weight: 600; text-decoration: none; }
#index-banner { background: #fff3e0; border-left: 6px solid #e8590c; padding: .2em .9em;
  color: #7a2e00; }
"""

# Event delegation: chat messages are re-rendered as they stream, so handlers are attached once,
# to the document, in the capture phase (before the markdown renderer's own link handling).
# The chat sanitiser drops data-* and id attributes; a marker's href names its quote block's class.
HEAD = """
<script>
document.addEventListener('click', (ev) => {
  const ref = ev.target.closest && ev.target.closest('a.cite-ref');
  if (!ref) return;
  ev.preventDefault();
  ev.stopPropagation();
  const key = (ref.getAttribute('href') || '').slice(1);
  const box = key && document.querySelector('details.cite.' + CSS.escape(key));
  if (!box) return;
  box.open = true;
  box.scrollIntoView({block: 'nearest'});
  box.classList.add('cite-flash');
  setTimeout(() => box.classList.remove('cite-flash'), 1500);
}, true);
</script>
"""


# ---------------------------------------------------------------------------------------------
# Concurrency helpers.


class ReadWriteLock:
    """Many readers (questions) or one writer (re-indexing) at a time; writers go first."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._readers = 0
        self._writing = False
        self._waiting_writers = 0

    @contextmanager
    def read(self) -> Iterator[None]:
        """Hold a shared lock for the duration."""
        with self._cond:
            while self._writing or self._waiting_writers:
                self._cond.wait()
            self._readers += 1
        try:
            yield
        finally:
            with self._cond:
                self._readers -= 1
                self._cond.notify_all()

    @contextmanager
    def write(self) -> Iterator[None]:
        """Hold the exclusive lock for the duration."""
        with self._cond:
            self._waiting_writers += 1
            while self._writing or self._readers:
                self._cond.wait()
            self._waiting_writers -= 1
            self._writing = True
        try:
            yield
        finally:
            with self._cond:
                self._writing = False
                self._cond.notify_all()


# ---------------------------------------------------------------------------------------------
# Rendering: chat messages (markdown with a little HTML) and plain markdown for the API.


def esc(text: str) -> str:
    """HTML-escape source text for a chat message; newlines kept as entities so they survive
    inside one HTML block (a blank line would end the block and turn the rest into markdown)."""
    return html.escape(text).replace("\r", "&#13;").replace("\n", "&#10;")


def _cell(text: str | None) -> str:
    """A markdown table cell: one line, pipes escaped."""
    if not text:
        return "—"
    return " ".join(html.escape(text, quote=False).split()).replace("|", "\\|")


def verdict_banner(verdict: str) -> str:
    """The verdict as a coloured block at the top of an answer."""
    label = VERDICT_LABELS.get(verdict, verdict)
    icon = VERDICT_ICONS.get(verdict, "")
    return f'<div class="verdict verdict-{verdict}">{icon} <strong>{label}</strong></div>'


def answer_body(answer: Answer) -> str:
    """The composed answer text without its own headline (the verdict banner replaces it)."""
    text = answer.answer
    headline = HEADLINES.get(answer.verdict)
    if headline and text.startswith(headline):
        text = text[len(headline) :]
    return text.strip()


def _ref(key: str, n: int) -> str:
    return f'<a href="#cite-{key}-{n}" class="cite-ref">[{n}]</a>'


def _refs(key: str, ids: Sequence[int]) -> str:
    return "".join(_ref(key, i) for i in ids)


def _link_markers(text: str, key: str, known: set[int]) -> str:
    """Turn every ``[n]`` that names a citation into a link that opens its quote."""

    def sub(m: re.Match[str]) -> str:
        n = int(m.group(1))
        return _ref(key, n) if n in known else m.group(0)

    return MARKER.sub(sub, html.escape(text, quote=False))


def quote_in_context(doc: Document | None, citation: Citation, width: int = CONTEXT_CHARS) -> str:
    """The quote highlighted with ``<mark>`` inside about ``width`` characters either side.

    The quote is the document's own text, escaped but not altered. When the document is not
    available (or no longer matches), the quote is shown alone.
    """
    if doc is None or doc.text[citation.start : citation.end] != citation.quote:
        return f"<mark>{esc(citation.quote)}</mark>"
    text = doc.text
    lo, hi = max(0, citation.start - width), min(len(text), citation.end + width)
    # Start and stop at word boundaries so the context does not open or close mid-word.
    if lo > 0 and (space := text.find(" ", lo, citation.start)) != -1:
        lo = space + 1
    if hi < len(text) and (space := text.rfind(" ", citation.end, hi)) != -1:
        hi = space
    # Only the context is trimmed of blank lines at its ends; the quote is never touched.
    before = ("…" if lo > 0 else "") + text[lo : citation.start].lstrip()
    after = text[citation.end : hi].rstrip() + ("…" if hi < len(text) else "")
    return f"{esc(before)}<mark>{esc(citation.quote)}</mark>{esc(after)}"


def _quote_block(key: str, citation: Citation, title: str, doc: Document | None) -> str:
    where = f"{citation.source_id}, characters {citation.start}–{citation.end}"
    return (
        f'<details class="cite cite-{key}-{citation.id}">'
        f"<summary>[{citation.id}] {esc(title)}</summary>"
        f'<div class="cite-context">{quote_in_context(doc, citation)}</div>'
        f'<div class="cite-where">{esc(where)}</div></details>'
    )


def _sources_table(answer: Answer, key: str | None) -> list[str]:
    lines = [
        "| Source | Author | Published | Answer | Citations |",
        "|---|---|---|---|---|",
    ]
    for s in answer.sources:
        cites = _refs(key, s.citations) if key else "".join(f"[{i}]" for i in s.citations)
        answer_text = re.sub(r"\\\[(\d+)\\\]", r"[\1]", s.answer)  # undo compose's escaping
        lines.append(
            f"| {_cell(s.title)} | {_cell(s.author)} | {_cell(s.published)} "
            f"| {_cell(answer_text)} | {cites} |"
        )
    return lines


def _titles(answer: Answer, documents: Mapping[str, Document]) -> dict[str, str]:
    titles = {s.source_id: s.title for s in answer.sources}
    for source_id in answer.silent_sources:
        doc = documents.get(source_id)
        titles[source_id] = doc.title if doc else source_id
    return titles


def render_answer_html(answer: Answer, documents: Mapping[str, Document], key: str) -> str:
    """The chat message for a final answer: verdict banner, answer with clickable [n] markers,
    the per-source table and one collapsible, highlighted quote per citation.

    ``key`` makes the citation anchors of this message unique on the page.
    """
    parts = [verdict_banner(answer.verdict)]
    parts += [f'<div class="answer-warning">⚠ {esc(w)}</div>' for w in answer.warnings]
    known = {c.id for c in answer.citations}
    parts.append(_link_markers(answer_body(answer), key, known))
    if answer.sources:
        parts.append("\n".join(_sources_table(answer, key)))
        titles = _titles(answer, documents)
        quotes = [
            _quote_block(key, c, titles.get(c.source_id, c.source_id), documents.get(c.source_id))
            for c in answer.citations
        ]
        parts.append("**Quotes** (click one to read it in context)\n\n" + "\n".join(quotes))
    return "\n\n".join(parts)


def render_answer_markdown(answer: Answer) -> str:
    """Plain markdown for the API and the export: verdict, answer, sources table, quotes with
    the file and character offsets that make each one checkable."""
    label = VERDICT_LABELS.get(answer.verdict, answer.verdict)
    parts = [f"**{VERDICT_ICONS.get(answer.verdict, '')} {label}**"]
    parts += [f"> ⚠ {w}" for w in answer.warnings]
    body = answer_body(answer)
    if body and body.rstrip(".") != label.rstrip("."):
        parts.append(body)
    if answer.sources:
        parts.append("\n".join(_sources_table(answer, None)))
        titles = {s.source_id: s.title for s in answer.sources}
        quotes = [
            f"- [{c.id}] *{titles.get(c.source_id, c.source_id)}* "
            f"({c.source_id}, chars {c.start}–{c.end}): “{c.quote}”"
            for c in answer.citations
        ]
        parts.append("**Quotes**\n\n" + "\n".join(quotes))
    return "\n\n".join(parts)


def render_progress(events: Sequence[SourceEvent]) -> str:
    """The message shown while sources are still being read: each source's answer so far."""
    lines = [STREAM_HEADER, ""]
    for event in events:
        said = esc(display_answer(event.answer)) if event.answer.answered else "_does not say_"
        lines.append(f"- *{esc(event.title)}*: {said}")
    if events:
        lines += ["", "_Comparing the answers…_"]
    return "\n".join(lines)


def conversation_markdown(answers: Sequence[Answer]) -> str:
    """The whole conversation as a Markdown document."""
    parts = [f"# {TITLE} conversation"]
    for answer in answers:
        parts += [f"## {answer.question}", render_answer_markdown(answer)]
    return "\n\n".join(parts) + "\n"


def conversation_json(answers: Sequence[Answer]) -> str:
    """The whole conversation as JSON: one ``Answer.to_dict()`` per turn."""
    return json.dumps([a.to_dict() for a in answers], ensure_ascii=False, indent=2) + "\n"


# ---------------------------------------------------------------------------------------------
# The Sources panel: documents, index status, settings.


def documents_table(assistant: Assistant) -> str:
    """Markdown table of the indexed documents with their passage counts."""
    try:
        index = assistant.index
    except SetupError:
        return "_No index yet._"
    passages = Counter(c.doc_id for c in index.chunks)
    lines = [
        "| Title | Author | Publication | Published | File | Passages |",
        "|---|---|---|---|---|---|",
    ]
    for doc_id, doc in sorted(index.documents.items()):
        lines.append(
            f"| {_cell(doc.title)} | {_cell(doc.author)} | {_cell(doc.publication)} "
            f"| {_cell(doc.published)} | {_cell(doc_id)} | {passages[doc_id]} |"
        )
    return "\n".join(lines)


def index_problems(assistant: Assistant) -> tuple[bool, list[str]]:
    """(index exists, why it is stale); a missing index is (False, [the reason])."""
    try:
        return True, assistant.stale()
    except SetupError as exc:
        return False, [str(exc)]


def index_banner(assistant: Assistant) -> str:
    """The warning shown above the chat when the index is missing or stale ('' when fresh)."""
    exists, problems = index_problems(assistant)
    if not exists:
        return (
            f"**No usable index.** {esc(problems[0])} Press **Re-index** to build it here, or run "
            f"`{INDEX_COMMAND}`."
        )
    if problems:
        return (
            f"**The index is stale** ({esc('; '.join(problems))}). Answers come from the indexed "
            f"text. Press **Re-index** to update it, or run `{INDEX_COMMAND}`."
        )
    return ""


def index_summary(assistant: Assistant) -> str:
    """One line on the index for the Sources panel."""
    exists, problems = index_problems(assistant)
    if not exists or problems:
        return "⚠ " + index_banner(assistant)
    index = assistant.index
    built = index.manifest.get("built_at", "unknown time")
    return (
        f"✓ Index up to date: {len(index.documents)} documents, {len(index.chunks)} passages "
        f"(embedder `{index.manifest.get('embedder', '?')}`, built {built})."
    )


def settings_markdown(assistant: Assistant) -> str:
    """The active backend, model and embedder, for the settings accordion."""
    s = assistant.settings
    if s.backend == "openai":
        model = f"`{s.openai_model}` at `{s.openai_base_url}`"
    elif s.backend == "fake":
        model = "scripted test model (FakeLLM)"
    else:
        model = f"`{s.model_path}`"
    rows = [
        ("Backend", f"`{s.backend}`"),
        ("Model", model),
        ("Embedder", f"`{s.embedder}` ({assistant.embedder.name})"),
        ("Corpus folder", f"`{s.corpus_dir}`"),
        ("Index folder", f"`{s.index_dir}`"),
        ("Longest question", f"{s.max_question_chars:,} characters"),
        ("Largest upload", f"{s.max_upload_mb:g} MB"),
        ("Chats answered at once", str(s.ui_concurrency_limit)),
    ]
    return "\n".join(["| Setting | Value |", "|---|---|"] + [f"| {k} | {v} |" for k, v in rows])


def describe_report(report: IndexReport) -> str:
    """What a re-index did, in one short paragraph."""
    text = (
        f"Indexed: {len(report.added)} added, {len(report.updated)} updated, "
        f"{len(report.removed)} removed, {len(report.unchanged)} unchanged; "
        f"{report.chunks_embedded} passages embedded, {report.total_chunks} in total "
        f"({report.seconds:.1f} s)."
    )
    if report.skipped:
        text += " Skipped: " + "; ".join(f"{s.path} ({s.reason})" for s in report.skipped) + "."
    return esc(text)


def gradio_progress(progress: Callable[..., Any]) -> Progress:
    """Adapt gr.Progress to the index's ``progress(stage, done, total)`` callback."""
    state = {"files": (0, 0), "chunks": (0, 0)}

    def report(stage: str, done: int, total: int) -> None:
        state[stage] = (done, total)
        (fd, ft), (cd, ct) = state["files"], state["chunks"]
        desc = f"Embedding passages {cd}/{ct} · files {fd}/{ft}"
        progress((cd, ct or None), desc=desc, unit="passages")

    return report


# ---------------------------------------------------------------------------------------------
# Uploads.


class UploadError(ValueError):
    """An upload that is refused; the message says why."""


def _mb(n_bytes: int) -> str:
    return f"{n_bytes / 2**20:.3g}"


def check_upload(path: Path, max_bytes: int) -> Document:
    """Validate an uploaded file by type, size and content; raises `UploadError`.

    Text types must be UTF-8 without NUL bytes; a PDF must start with ``%PDF`` and be readable
    by pypdf; every file must give some citable text.
    """
    suffix = path.suffix.lower()
    if suffix not in UPLOAD_SUFFIXES:
        raise UploadError(
            f"{suffix or 'files without an extension'} files are not supported. "
            "Upload .txt, .md, .html or .pdf."
        )
    size = path.stat().st_size
    if size > max_bytes:
        raise UploadError(f"it is {_mb(size)} MB; the limit is {_mb(max_bytes)} MB.")
    if size == 0:
        raise UploadError("the file is empty.")
    raw = path.read_bytes()
    if suffix == ".pdf" and not raw.startswith(b"%PDF"):
        raise UploadError("it is not a PDF (it does not start with %PDF).")
    if suffix in TEXT_SUFFIXES:
        _check_text(raw)
    try:
        return load_document(path)
    except IngestError as exc:
        raise UploadError(f"it cannot be read: {exc}.") from None


def _check_text(raw: bytes) -> None:
    if b"\x00" in raw:
        raise UploadError("it is a binary file (it contains NUL bytes), not text.")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        where = f"byte {raw[exc.start]:#04x} at offset {exc.start}"
        raise UploadError(f"it is not UTF-8 text ({where}). Save it as UTF-8.") from None
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\t\n\r\f")
    if controls > len(text) // 100:
        raise UploadError("it looks binary (many control characters), not text.")


def safe_name(name: str) -> str:
    """A plain file name: no folders, no leading dot, only common characters."""
    base = Path(name.replace("\\", "/")).name.strip()
    base = re.sub(r"[^\w.\- ]", "_", base).lstrip(".") or "upload"
    return base


def add_to_corpus(path: Path, corpus_dir: Path, max_bytes: int, name: str | None = None) -> Path:
    """Validate ``path`` and copy it into ``corpus_dir``; returns the new file.

    Nothing is written unless the file is valid. An identical file already in the corpus is
    refused; a different file with the same name gets a numbered name, never an overwrite.
    """
    target = safe_name(name or path.name)
    check_upload(path, max_bytes)
    if not corpus_dir.is_dir():
        raise UploadError(f"the corpus folder {corpus_dir}/ does not exist.")
    data = path.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    for existing in corpus_dir.iterdir():
        if existing.is_file() and hashlib.sha256(existing.read_bytes()).hexdigest() == digest:
            raise UploadError(f"the same file is already in the corpus as {existing.name}.")
    stem, suffix = Path(target).stem, Path(target).suffix
    for n in range(1, 1000):
        dest = corpus_dir / (target if n == 1 else f"{stem}-{n}{suffix}")
        try:
            with open(dest, "xb") as out:  # "x": fails rather than overwrite a file
                out.write(data)
        except FileExistsError:
            continue
        return dest
    raise UploadError(f"too many files named like {target} in the corpus.")


def _upload_paths(files: Any) -> list[Path]:
    """Gradio gives a path, a list of paths, or file objects with ``.name``."""
    if not files:
        return []
    items = files if isinstance(files, list | tuple) else [files]
    return [Path(str(getattr(f, "name", f))) for f in items]


# ---------------------------------------------------------------------------------------------
# Event handlers.

Messages = list[dict[str, str]]


class ChatHandlers:
    """Every UI and API event handler, over one shared `Assistant`.

    Per-session data (chat messages, earlier answers) lives in ``gr.State`` and is passed in;
    this object only holds what all sessions share: the assistant and the index lock.
    """

    def __init__(self, assistant: Assistant, export_dir: Path | None = None) -> None:
        self.assistant = assistant
        self.settings = assistant.settings
        self.gate = ReadWriteLock()
        self._export_root = export_dir  # None: a temporary folder, made on first export

    def _load_index(self) -> None:
        """Load the index if it is not loaded (raises `SetupError` when there is none)."""
        self.assistant.index  # noqa: B018  (the property loads it)

    # --- answering --------------------------------------------------------------------------

    def events(
        self, question: str, history: Sequence[Answer]
    ) -> Iterator[tuple[SourceEvent | Answer, Mapping[str, Document]]]:
        """``assistant.stream`` with the index read-locked per step (never across a yield, so a
        stopped chat holds no lock), each event paired with the documents it was answered from."""
        stream = self.assistant.stream(question, list(history))
        while True:
            with self.gate.read():
                self._load_index()
                event = next(stream, None)
                documents = self.assistant.index.documents if event is not None else {}
            if event is None:
                return
            yield event, documents

    def ask(
        self, question: str, history: Sequence[Answer] = ()
    ) -> tuple[Answer, Mapping[str, Document]]:
        """The final answer and its documents (no streaming)."""
        for event, documents in self.events(question, history):
            if isinstance(event, Answer):
                return event, documents
        raise RuntimeError("the assistant produced no answer")

    def chat(self, message: str) -> str:
        """Answer one question; returns Markdown with the verdict, sources and quotes."""
        try:
            question = validate_question(message, self.settings.max_question_chars)
        except ValueError as exc:
            raise gr.Error(str(exc), print_exception=False) from None
        try:
            answer, _ = self.ask(question)
        except SetupError as exc:
            raise gr.Error(str(exc), print_exception=False) from None
        except Exception:
            log.exception("answering %r failed", question)
            raise gr.Error(GENERIC_ERROR, print_exception=False) from None
        return render_answer_markdown(answer)

    def submit(self, message: str, messages: Messages) -> tuple[Any, ...]:
        """Show the user's question at once and hand it to `respond`; bad input gets a toast.

        Returns (textbox, chatbot, messages, pending question, send button).
        """
        try:
            question = validate_question(message, self.settings.max_question_chars)
        except ValueError as exc:
            if not (message or "").strip():
                gr.Info("Type a question about the documents first.")
            else:
                gr.Warning(str(exc))
            return gr.skip(), gr.skip(), gr.skip(), "", gr.skip()
        messages = [*messages, {"role": "user", "content": question}]
        busy = gr.update(value="", interactive=False)
        return busy, messages, messages, question, gr.update(interactive=False)

    def respond(
        self,
        question: str,
        messages: Messages,
        answers: list[Answer],
        request: gr.Request | None = None,
    ) -> Iterator[tuple[Any, ...]]:
        """Stream one turn: each source's answer as it is ready, then the final answer.

        Yields (chatbot, messages, answers, markdown export, JSON export).
        """
        if not question:
            yield gr.skip(), gr.skip(), gr.skip(), gr.skip(), gr.skip()
            return
        messages = [*messages, {"role": "assistant", "content": render_progress([])}]
        yield messages, messages, gr.skip(), gr.skip(), gr.skip()
        seen: list[SourceEvent] = []
        try:
            for event, documents in self.events(question, answers):
                if isinstance(event, SourceEvent):
                    seen.append(event)
                    messages = [*messages[:-1], _bot(render_progress(seen))]
                    yield messages, messages, gr.skip(), gr.skip(), gr.skip()
                else:
                    key = uuid.uuid4().hex[:8]
                    messages = [*messages[:-1], _bot(render_answer_html(event, documents, key))]
                    answers = [*answers, event]
        except SetupError as exc:  # names the command that fixes it; input was checked in submit
            messages = [*messages[:-1], _bot(f"⚠ {esc(str(exc))}")]
        except Exception:
            log.exception("answering %r failed", question)
            messages = [*messages[:-1], _bot(f"⚠ {GENERIC_ERROR}")]
        md, js = self.write_exports(answers, request)
        yield messages, messages, answers, md, js

    def stop(self, messages: Messages) -> tuple[Any, ...]:
        """After a Stop: mark the unfinished answer as stopped and re-enable the input."""
        if messages and messages[-1]["role"] == "assistant":
            content = messages[-1]["content"]
            if content.startswith(STREAM_HEADER):
                content = STOPPED_HEADER + content[len(STREAM_HEADER) :]
                content = content.replace("_Comparing the answers…_", "")
                messages = [*messages[:-1], _bot(content.rstrip())]
        return messages, messages, gr.update(interactive=True), gr.update(interactive=True)

    def new_chat(self) -> tuple[Any, ...]:
        """Forget this session's conversation.

        Returns (chatbot, messages, answers, pending, textbox, send, md export, JSON export).
        """
        none = gr.update(value=None, interactive=False)
        on = gr.update(value="", interactive=True)
        return [], [], [], "", on, gr.update(interactive=True), none, none

    def write_exports(
        self, answers: Sequence[Answer], request: gr.Request | None
    ) -> tuple[Any, Any]:
        """Write the conversation as .md and .json for the download buttons."""
        if not answers:
            none = gr.update(value=None, interactive=False)
            return none, none
        session = getattr(request, "session_hash", None) or uuid.uuid4().hex
        folder = self._exports() / re.sub(r"\W", "_", str(session))
        folder.mkdir(parents=True, exist_ok=True)
        md, js = folder / "rashomon-chat.md", folder / "rashomon-chat.json"
        md.write_text(conversation_markdown(answers), encoding="utf-8")
        js.write_text(conversation_json(answers), encoding="utf-8")
        return (
            gr.update(value=str(md), interactive=True),
            gr.update(value=str(js), interactive=True),
        )

    def _exports(self) -> Path:
        if self._export_root is None:
            self._export_root = Path(tempfile.mkdtemp(prefix="rashomon-exports-"))
        return self._export_root

    # --- the corpus and the index -------------------------------------------------------------

    def refresh(self) -> tuple[Any, ...]:
        """(banner, banner's Re-index button, index summary, documents table)."""
        with self.gate.read():
            try:
                self._load_index()
            except SetupError:
                pass  # the banner says so
            banner = index_banner(self.assistant)
            summary, table = index_summary(self.assistant), documents_table(self.assistant)
        shown = gr.update(value=banner, visible=bool(banner))
        return shown, gr.update(visible=bool(banner)), summary, table

    def reindex(self, progress: Any = gr.Progress()) -> tuple[Any, ...]:  # noqa: B008
        """Update the index from the corpus with progress; returns (message, *refresh())."""
        with self.gate.write():
            message = self._reindex(progress)
        return (message, *self.refresh())

    def _reindex(self, progress: Callable[..., Any]) -> str:
        """Re-index and reload; the caller holds the write lock."""
        progress(0, desc="Reading the corpus…")
        try:
            report = self.assistant.reindex(gradio_progress(progress))
            self._load_index()  # now, while no question can run
        except SetupError as exc:
            return f"⚠ {esc(str(exc))}"
        except Exception:
            log.exception("re-indexing failed")
            return "⚠ Re-indexing failed. The details are in the server log."
        return describe_report(report)

    def upload(self, files: Any, progress: Any = gr.Progress()) -> tuple[Any, ...]:  # noqa: B008
        """Validate uploads, copy the good ones into the corpus and re-index.

        Returns (message, file input, *refresh()). A refused file leaves the corpus unchanged.
        """
        with self.gate.write():  # no question sees a corpus that is ahead of its index
            results = [self._save_upload(path) for path in _upload_paths(files)]
            lines = [line for line, _ in results]
            if any(added for _, added in results):
                lines.append(self._reindex(progress))
        return ("\n\n".join(lines) or "No file received.", None, *self.refresh())

    def _save_upload(self, path: Path) -> tuple[str, bool]:
        """Copy one upload into the corpus; (message, whether it was added)."""
        max_bytes = int(self.settings.max_upload_mb * 2**20)
        name = esc(safe_name(path.name))
        try:
            dest = add_to_corpus(path, self.settings.corpus_dir, max_bytes)
        except UploadError as exc:
            return f"✗ **{name}** was refused: {esc(str(exc))}", False
        except OSError as exc:
            log.exception("saving upload %s failed", path)
            return f"✗ **{name}** could not be saved ({esc(exc.strerror or 'error')}).", False
        renamed = f" as **{esc(dest.name)}**" if dest.name != safe_name(path.name) else ""
        return f"✓ **{name}** added{renamed}.", True


def _bot(content: str) -> dict[str, str]:
    return {"role": "assistant", "content": content}


# ---------------------------------------------------------------------------------------------
# Layout.


def theme() -> gr.themes.Base:
    """The default theme with system fonts only: no font is fetched from the network."""
    return gr.themes.Default(font=SYSTEM_FONTS, font_mono=MONO_FONTS)


def build_app(assistant: Assistant, handlers: ChatHandlers | None = None) -> gr.Blocks:
    """The Gradio app over ``assistant``; queue limits come from its settings.

    Launch it with `launch_app` (theme, CSS and the citation script are launch options in
    Gradio 6).
    """
    h = handlers or ChatHandlers(assistant)
    s = assistant.settings
    with gr.Blocks(title=TITLE, analytics_enabled=False) as demo:
        gr.Markdown(
            f"# {TITLE}\nAsk a question about the documents. Each source answers separately, "
            "with a verbatim quote you can check; disagreements are reported, never merged."
        )
        banner = gr.Markdown(elem_id="index-banner", visible=False)
        banner_button = gr.Button("Re-index", size="sm", visible=False, elem_id="banner-reindex")
        with gr.Tabs():
            with gr.Tab("Chat", id="chat"):
                chat_ui = _chat_tab(h)
            with gr.Tab("Sources", id="sources"):
                sources_ui = _sources_tab(h)
        with gr.Accordion("Settings", open=False, elem_id="settings"):
            gr.Markdown(settings_markdown(assistant))
        refresh_out = [banner, banner_button, sources_ui["summary"], sources_ui["table"]]
        reindex_out = [sources_ui["status"], *refresh_out]
        for button in (banner_button, sources_ui["reindex"]):
            button.click(h.reindex, None, reindex_out, api_visibility="private")
        sources_ui["upload"].upload(
            h.upload, sources_ui["upload"], [sources_ui["status"], sources_ui["upload"],
                                             *refresh_out], api_visibility="private",
        )  # fmt: skip
        demo.load(h.refresh, None, refresh_out, api_visibility="private")
        _wire_chat(h, chat_ui)
        gr.api(h.chat, api_name="chat")
    demo.queue(default_concurrency_limit=s.ui_concurrency_limit, max_size=s.ui_queue_max_size)
    return demo


def _chat_tab(h: ChatHandlers) -> dict[str, Any]:
    ui: dict[str, Any] = {
        "messages": gr.State([]),
        "answers": gr.State([]),
        "pending": gr.State(""),
    }
    ui["chatbot"] = gr.Chatbot(
        elem_id="chatbot", label="Answers", height=560, buttons=["copy", "copy_all"],
        latex_delimiters=[],  # "$" in a quote is money, not maths
        placeholder="Ask about the documents, or pick an example below.",
    )  # fmt: skip
    with gr.Row():
        ui["box"] = gr.Textbox(
            placeholder="Ask a question…", show_label=False, scale=6, elem_id="msg",
        )  # fmt: skip
        ui["send"] = gr.Button("Send", variant="primary", scale=1, elem_id="send")
        ui["stop"] = gr.Button("Stop", variant="stop", scale=1, elem_id="stop")
    with gr.Row():
        ui["new"] = gr.Button("New chat", size="sm", elem_id="new-chat")
        ui["md"] = gr.DownloadButton("Export Markdown", size="sm", interactive=False,
                                     elem_id="export-md")  # fmt: skip
        ui["json"] = gr.DownloadButton("Export JSON", size="sm", interactive=False,
                                       elem_id="export-json")  # fmt: skip
    gr.Examples([[q] for q in EXAMPLES], inputs=[ui["box"]], label="Examples")
    return ui


def _sources_tab(h: ChatHandlers) -> dict[str, Any]:
    ui: dict[str, Any] = {}
    ui["summary"] = gr.Markdown(elem_id="index-summary")
    ui["table"] = gr.Markdown(elem_id="documents")
    with gr.Row():
        ui["reindex"] = gr.Button("Re-index", elem_id="reindex", scale=0)
    ui["upload"] = gr.File(
        label=f"Add documents (.txt, .md, .html, .pdf; up to "
        f"{h.settings.max_upload_mb:g} MB each)",
        file_count="multiple", file_types=list(UPLOAD_SUFFIXES), elem_id="upload",
    )  # fmt: skip
    ui["status"] = gr.Markdown(elem_id="index-status")
    return ui


def _wire_chat(h: ChatHandlers, ui: dict[str, Any]) -> None:
    private: dict[str, Any] = {"api_visibility": "private"}
    started = gr.on(
        [ui["box"].submit, ui["send"].click], h.submit, [ui["box"], ui["messages"]],
        [ui["box"], ui["chatbot"], ui["messages"], ui["pending"], ui["send"]],
        concurrency_limit=None, **private,  # queued (toasts need the queue) but never waits
    )  # fmt: skip
    # trigger_mode="multiple": after a Stop, Gradio 6.31's page can keep the cancelled event
    # marked as running, and the default ("once") then drops every later question. The input is
    # disabled while an answer streams, so this never runs two answers for one session.
    answering = started.then(
        h.respond, [ui["pending"], ui["messages"], ui["answers"]],
        [ui["chatbot"], ui["messages"], ui["answers"], ui["md"], ui["json"]],
        trigger_mode="multiple", **private,
    )  # fmt: skip
    enable = gr.update(interactive=True)
    answering.then(lambda: (enable, enable), None, [ui["box"], ui["send"]], queue=False, **private)
    ui["stop"].click(
        h.stop, ui["messages"], [ui["chatbot"], ui["messages"], ui["box"], ui["send"]],
        cancels=[answering], queue=False, **private,
    )  # fmt: skip
    # The chatbot's own trash button clears only what is shown; it must forget the state too.
    gr.on(
        [ui["new"].click, ui["chatbot"].clear], h.new_chat, None,
        [ui["chatbot"], ui["messages"], ui["answers"], ui["pending"], ui["box"], ui["send"],
         ui["md"], ui["json"]],
        cancels=[answering], queue=False, **private,
    )  # fmt: skip


def launch_options(settings: Settings) -> dict[str, Any]:
    """Keyword arguments for ``Blocks.launch``: local only, offline assets, no tracebacks."""
    return {
        "share": False,
        "show_error": False,  # error text only via gr.Error; never a traceback
        "ssr_mode": False,
        "pwa": False,
        "mcp_server": False,
        "footer_links": [],
        "max_file_size": int(settings.max_upload_mb * 2**20),
        "theme": theme(),
        "css": CSS,
        "head": HEAD,
    }


def launch_app(
    demo: gr.Blocks, settings: Settings, *, host: str | None = None, port: int | None = None,
    **overrides: Any,
) -> Any:  # fmt: skip
    """Serve ``demo``; ``overrides`` go to ``Blocks.launch`` (tests use
    ``prevent_thread_lock=True``)."""
    host = host or settings.ui_host
    port = port or settings.ui_port
    if host not in ("127.0.0.1", "localhost", "::1"):
        log.warning("serving on %s: anyone who can reach this address can use the app", host)
    options = {**launch_options(settings), **overrides}
    return demo.launch(server_name=host, server_port=port, **options)


# ---------------------------------------------------------------------------------------------
# Entry point.


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--port", type=int, help="port (default: QA_UI_PORT or 7860)")
    p.add_argument("--host", help="address to bind (default: QA_UI_HOST or 127.0.0.1)")
    p.add_argument("--preset", default="default", choices=sorted(PRESETS), help="settings preset")
    p.add_argument("-v", "--verbose", action="store_true", help="log what the pipeline does")
    return p


def warm_up(assistant: Assistant) -> None:
    """Load the index now so the first question does not pay for it; a missing index is
    logged, and the app starts anyway with a banner and the Re-index button."""
    try:
        index = assistant.index
    except SetupError as exc:
        log.warning("%s The app starts anyway; use its Re-index button.", exc)
        return
    assistant.embedder.embed(["warm-up"])  # the first call of a torch model is the slowest
    log.info("index loaded: %d documents, %d passages", len(index.documents), len(index.chunks))


def main(argv: Sequence[str] | None = None) -> int:
    """Load the model and the index once, then serve the app until interrupted."""
    args = _parser().parse_args(argv)
    configure_logging(args.verbose)
    log.setLevel(logging.INFO)
    try:
        settings = Settings.preset(args.preset)
        assistant = Assistant(settings)
    except SetupError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except ValueError as exc:  # invalid QA_* settings
        print(f"error: {exc}", file=sys.stderr)
        return 2
    warm_up(assistant)
    launch_app(build_app(assistant), settings, host=args.host, port=args.port)
    return 0


if __name__ == "__main__":
    sys.exit(main())
