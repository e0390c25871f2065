"""The Gradio app (app.py) driven through its real entry points: the ``chat`` API with
gradio_client, the UI handlers, uploads, a real Chromium, and (integration) the real model.

Unit tests here use FakeLLM with the reading model and the hashing embedder over a copy of the
repository's own corpus/ (the Zhanaozen articles). The app is served in-process on a free
loopback port; every other host stays blocked.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import pytest
from gradio_client import Client
from gradio_client.exceptions import AppError
from helpers import REPO_ROOT, reading_model
from pytest_socket import enable_socket, socket_allow_hosts

import app
from qa.assistant import Assistant, SourceEvent
from qa.embed import HashEmbedding
from qa.index import build_index
from qa.ingest import load_document
from qa.llm import FakeLLM
from qa.settings import Settings
from qa.types import Answer, Citation, Document, Sentence, SourceAnswer

DEATHS_QUESTION = "How many people were killed in Zhanaozen?"
MAYOR_QUESTION = "What was the name of the mayor of Zhanaozen?"
KANTOR_TITLE = "The whole truth about Zhanaozen"
DAULBAYEV_TITLE = "Learning From Zhanaozen"
KANTOR = "kantor-the-whole-truth-about-zhanaozen.txt"
DAULBAYEV = "daulbayev-learning-from-zhanaozen.txt"
# Four questions whose answers differ, for the simultaneous chats.
CONCURRENT_QUESTIONS = (
    DEATHS_QUESTION,
    "How many facilities were set on fire?",
    "How many victims did the surgeon claim to have seen?",
    "How many police officers faced the crowd?",
)
LOOPBACK = ["127.0.0.1", "::1"]
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
# "- [1] *Title* (file, chars 86–317): “quote”", as written by app.render_answer_markdown.
QUOTE_LINE = re.compile(
    r"^- \[(\d+)\] \*(.+?)\* \((.+?), chars (\d+)–(\d+)\): “(.*?)”$", re.M | re.S
)
TABLE_ROW = re.compile(r"^\| (.+?) \| (.+?) \| (.+?) \| (.+?) \| (.+?) \|$", re.M)


# ---------------------------------------------------------------------------------------------
# Fixtures: loopback-only sockets, a served app, a corpus copy.


def _loopback_only() -> None:
    """Replace conftest's "no sockets" with "loopback only": the app must be reachable on
    127.0.0.1, and nothing else."""
    enable_socket()
    socket_allow_hosts(LOOPBACK, allow_unix_socket=True)


@pytest.fixture(autouse=True)
def loopback_only() -> None:
    _loopback_only()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _serve(demo: Any, settings: Settings) -> str:
    port = _free_port()
    app.launch_app(demo, settings, port=port, prevent_thread_lock=True, quiet=True)
    return f"http://127.0.0.1:{port}/"


def _zhanaozen_settings(root: Path, **overrides: Any) -> Settings:
    """Test preset over a private copy of corpus/, indexed."""
    shutil.copytree(REPO_ROOT / "corpus", root / "corpus")
    settings = Settings.preset(
        "test", corpus_dir=root / "corpus", index_dir=root / "index", **overrides
    )
    build_index(settings, HashEmbedding())
    return settings


def _fake_assistant(settings: Settings, slow: threading.Event | None = None) -> Assistant:
    """FakeLLM with the reading model; while ``slow`` is set, each reply takes 1.5 s (so a
    browser can press Stop mid-answer)."""

    def read(prompt: str) -> str:
        if slow is not None and slow.is_set():
            time.sleep(1.5)
        return reading_model(prompt)

    return Assistant(settings, llm=FakeLLM(fn=read), embedder=HashEmbedding())


@pytest.fixture(scope="module")
def zhanaozen(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """Read-only corpus copy and index shared by the module (uploads use their own)."""
    return _zhanaozen_settings(tmp_path_factory.mktemp("app"))


@pytest.fixture(scope="module")
def slow_replies() -> threading.Event:
    """Set it to make the served app's model slow."""
    return threading.Event()


@pytest.fixture(scope="module")
def server(zhanaozen: Settings, slow_replies: threading.Event) -> Iterator[str]:
    """The app served in-process on a free loopback port; yields its URL."""
    _loopback_only()  # module fixtures are set up before the autouse one
    assistant = _fake_assistant(zhanaozen, slow_replies)
    exports = zhanaozen.corpus_dir.parent / "exports"
    demo = app.build_app(assistant, app.ChatHandlers(assistant, export_dir=exports))
    try:
        yield _serve(demo, zhanaozen)
    finally:
        demo.close()


@pytest.fixture(scope="module")
def client(server: str) -> Client:
    _loopback_only()
    return Client(server, verbose=False)


def _ask_api(client: Client, message: str) -> str:
    return str(client.predict(message, api_name="/chat"))


def _check_quotes(markdown: str, corpus_dir: Path) -> dict[str, list[str]]:
    """Every quote line's quote is the exact slice of its document at its offsets; returns
    the quotes per file."""
    quotes: dict[str, list[str]] = {}
    for _n, _title, source, start, end, quote in QUOTE_LINE.findall(markdown):
        text = load_document(corpus_dir / source).text
        assert text[int(start) : int(end)] == quote
        quotes.setdefault(source, []).append(quote)
    return quotes


def _answer_column(markdown: str) -> dict[str, str]:
    """Source title → its answer, from the per-source table."""
    rows = TABLE_ROW.findall(markdown)
    return {row[0]: row[3] for row in rows if row[0] not in ("Source", "---")}


# ---------------------------------------------------------------------------------------------
# The chat API.


def test_chat_api__reports_both_sources_with_verbatim_quotes_when_the_death_toll_differs(
    client: Client, zhanaozen: Settings
) -> None:
    markdown = _ask_api(client, DEATHS_QUESTION)

    assert markdown.startswith("**⚠ Sources disagree**")
    answers = _answer_column(markdown)
    assert re.search(r"\b14\b", answers[DAULBAYEV_TITLE])
    assert re.search(r"\b15\b", answers[KANTOR_TITLE])
    quotes = _check_quotes(markdown, zhanaozen.corpus_dir)
    assert set(quotes) == {KANTOR, DAULBAYEV}
    assert any("killed 15 people" in q for q in quotes[KANTOR])
    assert any("14 people dead" in q for q in quotes[DAULBAYEV])


def test_chat_api__says_the_sources_do_not_say_for_an_unanswerable_question(
    client: Client,
) -> None:
    markdown = _ask_api(client, MAYOR_QUESTION)

    assert markdown.startswith("**∅ The sources do not say**")
    assert "**Quotes**" not in markdown


@pytest.mark.parametrize(
    ("message", "error"),
    [
        ("", "The question is empty"),
        ("   \n ", "The question is empty"),
        ("x" * 2001, "2,001 characters long; the limit is 2,000"),
        ("why\x07?", "control characters"),
    ],
    ids=["empty", "blank", "too-long", "control-char"],
)
def test_chat_api__rejects_bad_questions_with_a_message(
    client: Client, message: str, error: str
) -> None:
    with pytest.raises(AppError, match=re.escape(error)):
        _ask_api(client, message)


def test_chat_api__answers_four_simultaneous_chats_each_with_its_own_answer(
    server: str, zhanaozen: Settings
) -> None:
    serial = {q: app.render_answer_markdown(_fake_assistant(zhanaozen).ask(q))
              for q in CONCURRENT_QUESTIONS}  # fmt: skip
    assert len(set(serial.values())) == len(CONCURRENT_QUESTIONS), "answers must differ"
    start = threading.Barrier(len(CONCURRENT_QUESTIONS))

    def chat(question: str) -> str:
        own = Client(server, verbose=False)  # one client (session) per chat
        start.wait(timeout=30)
        return _ask_api(own, question)

    with ThreadPoolExecutor(len(CONCURRENT_QUESTIONS)) as pool:
        results = dict(zip(CONCURRENT_QUESTIONS, pool.map(chat, CONCURRENT_QUESTIONS)))

    assert results == serial
    assert "Sources disagree" in results[DEATHS_QUESTION]


# ---------------------------------------------------------------------------------------------
# The chat UI handlers (the same methods the page's events call).


def test_render_progress__shows_a_yes_or_no_with_its_sentence() -> None:
    quote = Sentence("a.txt", "The pier was closed at dawn.", 0, 28)
    event = SourceEvent(SourceAnswer("a.txt", "Yes", "yes_no", (quote,)), "Harbour Notes")

    assert "*Harbour Notes*: Yes — “The pier was closed at dawn.”" in app.render_progress([event])


def test_respond__shows_each_source_as_it_arrives_then_the_verdict(
    zhanaozen: Settings, tmp_path: Path
) -> None:
    h = app.ChatHandlers(_fake_assistant(zhanaozen), export_dir=tmp_path)
    _box, _chatbot, messages, pending, _send = h.submit(DEATHS_QUESTION, [])

    steps = list(h.respond(pending, messages, []))

    shown = [step[0][-1]["content"] for step in steps]
    assert shown[0].startswith(app.STREAM_HEADER)
    streamed = "\n".join(shown[1:-1])
    assert f"*{DAULBAYEV_TITLE}*: 14" in streamed and f"*{KANTOR_TITLE}*: 15" in streamed
    final = shown[-1]
    assert '<div class="verdict verdict-conflict">' in final and "Sources disagree" in final
    assert final.count('<details class="cite') == len(steps[-1][2][0].citations) >= 2
    answers = steps[-1][2]
    assert [a.verdict for a in answers] == ["conflict"]


def test_respond__keeps_each_turn_for_follow_ups_and_exports_them(
    zhanaozen: Settings, tmp_path: Path
) -> None:
    h = app.ChatHandlers(_fake_assistant(zhanaozen), export_dir=tmp_path)
    messages: list[dict[str, str]] = []
    answers: list[Answer] = []
    for question in (DEATHS_QUESTION, "How many did Kantor say were killed?"):
        _, _, messages, pending, _ = h.submit(question, messages)
        *_, last = h.respond(pending, messages, answers)
        _, messages, answers, md_export, json_export = last

    assert [m["role"] for m in messages] == ["user", "assistant"] * 2
    assert len(answers) == 2
    turns = json.loads(Path(json_export["value"]).read_text(encoding="utf-8"))
    assert [t["question"] for t in turns] == [a.question for a in answers]
    assert turns[0]["citations"] and turns[0]["verdict"] == "conflict"
    markdown = Path(md_export["value"]).read_text(encoding="utf-8")
    assert f"## {DEATHS_QUESTION}" in markdown and "Sources disagree" in markdown


def test_submit__ignores_an_empty_message(zhanaozen: Settings) -> None:
    h = app.ChatHandlers(_fake_assistant(zhanaozen))

    *_, pending, _ = h.submit("   ", [])
    steps = list(h.respond(pending, [], []))

    assert pending == ""
    assert len(steps) == 1 and all(_is_skip(x) for x in steps[0])


def test_submit__refuses_an_over_long_message(zhanaozen: Settings) -> None:
    h = app.ChatHandlers(_fake_assistant(zhanaozen))

    with pytest.warns(UserWarning, match="the limit is 2,000"):  # a toast inside Gradio
        *_, pending, _ = h.submit("y" * 2001, [])

    assert pending == ""


def test_stop__marks_the_unfinished_answer_as_stopped(zhanaozen: Settings) -> None:
    h = app.ChatHandlers(_fake_assistant(zhanaozen))
    partial = [{"role": "user", "content": "q"}, app._bot(app.render_progress([]))]

    chatbot, *_ = h.stop(partial)

    assert chatbot[-1]["content"].startswith(app.STOPPED_HEADER)


def _is_skip(value: Any) -> bool:
    return isinstance(value, dict) and value.get("__type__") == "update" and len(value) == 1


# ---------------------------------------------------------------------------------------------
# Rendering.


def test_quote_in_context__highlights_the_exact_quote_inside_its_surroundings() -> None:
    text = "Intro line.\n\nThe <b>toll</b> was 5 & rising.\nNext line follows here."
    quote = "The <b>toll</b> was 5 & rising.\nNext"
    start = text.index(quote)
    doc = Document("d.txt", "d.txt", text, "0", "Doc")
    cite = Citation(1, "d.txt", quote, start, start + len(quote))

    html = app.quote_in_context(doc, cite)

    marked = re.search(r"<mark>(.*)</mark>", html, re.S)
    assert marked and app.esc(quote) == marked.group(1)
    assert "Intro line." in html and "line follows here." in html
    assert "<b>" not in html and "\n" not in html  # escaped; one HTML block


def test_render_answer_markdown__lists_every_citation_with_offsets(zhanaozen: Settings) -> None:
    answer = _fake_assistant(zhanaozen).ask(DEATHS_QUESTION)

    markdown = app.render_answer_markdown(answer)

    assert len(QUOTE_LINE.findall(markdown)) == len(answer.citations)
    assert "The sources disagree" not in markdown  # the verdict line replaces the headline


# ---------------------------------------------------------------------------------------------
# Uploads (the handler the page's upload event calls).


@pytest.fixture(scope="module")
def upload_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """Its own corpus (uploads must not touch the shared one), a 50 KB upload limit."""
    return _zhanaozen_settings(tmp_path_factory.mktemp("uploads"), max_upload_mb=0.05)


def _snapshot(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def _pdf_without_text() -> bytes:
    return b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("binary.txt", b"PK\x03\x04\x00\x00binary\x00data", "binary file"),
        ("latin1.md", b"Caf\xe9 au lait on the quay.\n", "not UTF-8"),
        ("big.txt", b"word " * 12_000, "the limit is 0.05 MB"),
        ("photo.png", b"\x89PNG\r\n\x1a\n", ".png files are not supported"),
        ("notes", b"plain words\n", "without an extension"),
        ("fake.pdf", b"Just text pretending to be a PDF.\n", "not a PDF"),
        ("broken.pdf", _pdf_without_text(), "cannot be read"),
        ("empty.txt", b"", "empty"),
        ("copy.txt", (REPO_ROOT / "corpus" / KANTOR).read_bytes(), f"already in the corpus as "
                                                                   f"{KANTOR}"),
    ],
    ids=["binary", "not-utf8", "too-big", "png", "no-extension", "fake-pdf", "empty-pdf",
         "empty", "duplicate"],
)  # fmt: skip
def test_upload__refuses_a_bad_file_and_leaves_the_corpus_unchanged(
    upload_settings: Settings, tmp_path: Path, name: str, content: bytes, reason: str
) -> None:
    h = app.ChatHandlers(_fake_assistant(upload_settings))
    path = tmp_path / name
    path.write_bytes(content)
    before = _snapshot(upload_settings.corpus_dir)

    message, cleared, *_ = h.upload([str(path)])

    assert "refused" in message and reason in message, message
    assert cleared is None
    assert _snapshot(upload_settings.corpus_dir) == before


def test_upload__adds_a_good_text_file_and_indexes_it(tmp_path: Path) -> None:
    settings = _zhanaozen_settings(tmp_path / "root")
    h = app.ChatHandlers(_fake_assistant(settings))
    path = tmp_path / "eyewitness.txt"
    path.write_text(
        "---\ntitle: An Eyewitness in Zhanaozen\nauthor: Test Writer\npublished: 2012-01-05\n"
        "---\nEyewitnesses in Zhanaozen said that 17 people were killed when the police "
        "opened fire on the square.\n",
        encoding="utf-8",
    )

    message, _, banner, _, summary, table = h.upload([str(path)])

    assert "✓ **eyewitness.txt** added" in message and "Indexed: 1 added" in message
    assert (settings.corpus_dir / "eyewitness.txt").read_bytes() == path.read_bytes()
    assert "An Eyewitness in Zhanaozen" in table and "Index up to date" in summary
    assert banner["visible"] is False and h.assistant.stale() == []
    answer, _ = h.ask(DEATHS_QUESTION)
    assert "eyewitness.txt" in {s.source_id for s in answer.sources}


def test_upload__renames_rather_than_overwrites_a_file_with_the_same_name(tmp_path: Path) -> None:
    settings = _zhanaozen_settings(tmp_path / "root")
    h = app.ChatHandlers(_fake_assistant(settings))
    original = (settings.corpus_dir / KANTOR).read_bytes()
    path = tmp_path / "upload" / KANTOR
    path.parent.mkdir()
    path.write_text("A different article. It says 99 people were hurt.\n", encoding="utf-8")

    message, *_ = h.upload([str(path)])

    renamed = KANTOR.replace(".txt", "-2.txt")
    assert f"added as **{renamed}**" in message
    assert (settings.corpus_dir / KANTOR).read_bytes() == original
    assert (settings.corpus_dir / renamed).read_bytes() == path.read_bytes()


def test_reindex__shows_a_stale_banner_until_the_index_is_rebuilt(tmp_path: Path) -> None:
    settings = _zhanaozen_settings(tmp_path / "root")
    h = app.ChatHandlers(_fake_assistant(settings))
    (settings.corpus_dir / "new.txt").write_text("A new note: 3 boats sank.\n", encoding="utf-8")

    banner, button, *_ = h.refresh()
    assert banner["visible"] and button["visible"] and "stale" in banner["value"]
    assert "new.txt" in banner["value"] and app.INDEX_COMMAND in banner["value"]

    message, banner, *_ = h.reindex()
    assert "1 added" in message and banner["visible"] is False


def test_refresh__offers_to_build_a_missing_index(tmp_path: Path) -> None:
    settings = Settings.preset("test", corpus_dir=REPO_ROOT / "corpus", index_dir=tmp_path / "none")
    h = app.ChatHandlers(_fake_assistant(settings))

    banner, button, summary, table = h.refresh()

    assert "No usable index" in banner["value"] and button["visible"]
    assert "python -m qa index" in banner["value"] and "No index yet" in table


# ---------------------------------------------------------------------------------------------
# A real browser.


def _is_external(url: str) -> bool:
    parsed = urlparse(url)
    if parsed.scheme in ("data", "blob", "about"):
        return False
    return (parsed.hostname or "") not in ("127.0.0.1", "localhost", "::1")


def _external(requested: list[str]) -> list[str]:
    return sorted({u for u in requested if _is_external(u)})


@contextmanager
def _browser_page(url: str) -> Iterator[tuple[Any, list[str]]]:
    """A page of Debian's chromium at ``url`` (headless, offline); yields (page, every URL the
    page requested). Non-loopback requests are recorded and aborted."""
    chromium = shutil.which("chromium")
    if chromium is None:
        pytest.skip("chromium is not on PATH (Debian: apt-get install -y chromium)")
    from playwright.sync_api import sync_playwright

    requested: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium, headless=True, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
        ])  # fmt: skip
        try:
            context = browser.new_context(viewport={"width": 1280, "height": 1000})
            context.on("request", lambda r: requested.append(r.url))
            context.route(_is_external, lambda route: route.abort())
            page = context.new_page()
            page.goto(url, wait_until="load")
            yield page, requested
        finally:
            browser.close()


@pytest.mark.browser
def test_browser__shows_who_says_what_and_opens_a_highlighted_quote(
    server: str, zhanaozen: Settings
) -> None:
    from playwright.sync_api import expect

    expected = _fake_assistant(zhanaozen).ask(DEATHS_QUESTION)
    with _browser_page(server) as (page, requested):
        box, chat = page.locator("#msg textarea"), page.locator("#chatbot")
        box.fill(DEATHS_QUESTION)
        box.press("Enter")

        expect(chat.locator(".verdict")).to_have_text(re.compile("Sources disagree"),
                                                      timeout=30_000)  # fmt: skip
        for title, figure in ((DAULBAYEV_TITLE, "14 people dead"), (KANTOR_TITLE, "15 people")):
            row = chat.locator("table tr", has_text=title)
            expect(row).to_be_visible()
            expect(row.locator("td").nth(3)).to_have_text(figure)
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "app-answer.png"), full_page=True)

        first = expected.citations[0]
        marker = chat.locator("a.cite-ref", has_text=f"[{first.id}]").first
        # A marker's href (#cite-<message>-<n>) names the class of its quote block.
        quote_box = chat.locator(f"details.cite.{(marker.get_attribute('href') or '')[1:]}")
        expect(quote_box.locator("mark")).to_be_hidden()
        marker.click()
        highlighted = quote_box.locator("mark")
        expect(highlighted).to_be_visible()
        assert highlighted.text_content() == first.quote
        page.screenshot(path=str(ARTIFACTS / "app-quote.png"), full_page=True)

        page.locator("#new-chat").click()
        expect(chat.locator(".verdict")).to_have_count(0)
    assert _external(requested) == [], "the page requested non-loopback URLs"


@pytest.mark.browser
def test_browser__stop_ends_an_answer_and_the_next_question_is_answered(
    server: str, slow_replies: threading.Event
) -> None:
    from playwright.sync_api import expect

    with _browser_page(server) as (page, requested):
        box, chat = page.locator("#msg textarea"), page.locator("#chatbot")
        slow_replies.set()
        try:
            box.fill(DEATHS_QUESTION)
            box.press("Enter")
            expect(chat).to_contain_text("Reading the sources", timeout=10_000)
            page.locator("#stop").click()
            expect(chat).to_contain_text("Stopped.", timeout=10_000)
        finally:
            slow_replies.clear()

        expect(box).to_be_enabled()
        box.fill(MAYOR_QUESTION)
        box.press("Enter")
        expect(chat.locator(".verdict")).to_have_text(re.compile("The sources do not say"),
                                                      timeout=30_000)  # fmt: skip
        expect(chat.locator(".verdict")).to_have_count(1)  # the stopped turn has none
    assert _external(requested) == [], "the page requested non-loopback URLs"


# ---------------------------------------------------------------------------------------------
# The real model behind the UI.


@pytest.mark.integration
def test_app__real_model_reports_15_and_14_with_valid_citations() -> None:
    settings = Settings(
        corpus_dir=REPO_ROOT / "corpus",
        index_dir=REPO_ROOT / "index",
        model_path=REPO_ROOT / "models" / "gemma-3-270m-q4_k_m.gguf",
    )
    assert (settings.index_dir / "manifest.json").is_file(), "no index/: run `make setup`"
    assistant = app.Assistant(settings)
    app.warm_up(assistant)
    demo = app.build_app(assistant)
    try:
        markdown = _ask_api(Client(_serve(demo, settings), verbose=False), DEATHS_QUESTION)
    finally:
        demo.close()

    assert "Sources disagree" in markdown
    answers = _answer_column(markdown)
    assert re.search(r"\b15\b", answers[KANTOR_TITLE]), markdown
    assert re.search(r"\b14\b", answers[DAULBAYEV_TITLE]), markdown
    quotes = _check_quotes(markdown, settings.corpus_dir)
    assert set(quotes) == {KANTOR, DAULBAYEV}
