"""Ingest: metadata, byte-exact citable text, and unreadable files reported, never dropped."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from helpers import (
    BINARY,
    COURIER,
    COURIER_TITLE,
    EMPTY,
    GAZETTE,
    GAZETTE_TITLE,
    LATIN1,
    LIGHTHOUSE,
    READABLE,
    UNREADABLE,
    UNSUPPORTED,
)

from qa.ingest import (
    IngestError,
    corpus_files,
    is_byline,
    load_corpus,
    load_document,
    split_front_matter,
)


def test_load_document__parses_front_matter_into_metadata(corpus_dir: Path) -> None:
    doc = load_document(corpus_dir / GAZETTE)

    assert doc.doc_id == GAZETTE
    assert doc.title == GAZETTE_TITLE
    assert doc.author == "Mara Quint"
    assert doc.publication == "The Harbour Gazette"
    # YAML reads 2019-03-04 as a date; the document keeps it as the ISO string.
    assert doc.published == "2019-03-04"


def test_load_document__citable_text_is_the_file_after_the_header_byte_for_byte(
    corpus_dir: Path,
) -> None:
    raw = (corpus_dir / GAZETTE).read_bytes()
    header_end = raw.index(b"\n---\n", 3) + len(b"\n---\n")

    doc = load_document(corpus_dir / GAZETTE)

    assert doc.text.encode("utf-8") == raw[header_end:]
    assert "title:" not in doc.text and not doc.text.startswith("---")
    assert doc.sha256 == hashlib.sha256(raw).hexdigest()


def test_split_front_matter__keeps_crlf_body_exactly() -> None:
    text = "---\r\ntitle: Windows file\r\nAuthor: Someone\r\n---\r\nLine one.\r\n\r\nLine two.\r\n"

    body, meta = split_front_matter(text)

    assert body == "Line one.\r\n\r\nLine two.\r\n"
    assert meta == {"title": "Windows file", "author": "Someone"}  # keys lower-cased


def test_split_front_matter__reads_a_value_with_a_colon_as_the_whole_line() -> None:
    text = "---\ntitle: Incident analysis: the intrusion\nauthor: Ferrant Security\n---\nBody.\n"

    assert split_front_matter(text) == (
        "Body.\n",
        {"title": "Incident analysis: the intrusion", "author": "Ferrant Security"},
    )


def test_split_front_matter__reads_a_title_opening_with_a_quotation_as_the_whole_line() -> None:
    text = '---\ntitle: "Sheer luck": Residents demand answers\nauthor: "A Group"\n---\nBody.\n'

    assert split_front_matter(text) == (
        "Body.\n",
        {"title": '"Sheer luck": Residents demand answers', "author": "A Group"},
    )


def test_split_front_matter__without_header_returns_text_unchanged() -> None:
    text = "Just text.\n---\nnot: a header\n---\n"

    assert split_front_matter(text) == (text, {})


def test_load_document__without_header_guesses_title_from_first_line(corpus_dir: Path) -> None:
    doc = load_document(corpus_dir / COURIER)

    assert doc.title == COURIER_TITLE
    assert doc.author is None and doc.publication is None and doc.published is None
    assert doc.text == (corpus_dir / COURIER).read_text(encoding="utf-8")


def test_load_document__title_falls_back_to_file_name_when_first_line_is_a_sentence(
    tmp_path: Path,
) -> None:
    path = tmp_path / "quay-repairs_2020.md"
    path.write_text(
        "The quay was repaired in the spring.\n\nIt reopened in May.\n", encoding="utf-8"
    )

    assert load_document(path).title == "quay repairs 2020"


def test_load_document__html_gives_visible_text_and_meta_tags(corpus_dir: Path) -> None:
    doc = load_document(corpus_dir / LIGHTHOUSE)

    assert doc.title == "Lighthouse Keepers of the North Coast"
    assert doc.author == "Ines Halloran"
    assert doc.publication == "Coastal Notes"
    assert "The old keepers wrote down every passing ship in a logbook." in doc.text
    assert "museum run by volunteers." in doc.text
    for hidden in ("script text", "inline script", "font-family", "<p>", "<h1>"):
        assert hidden not in doc.text


def test_load_corpus__reports_each_unreadable_file_with_its_reason_and_loads_the_rest(
    corpus_dir: Path,
) -> None:
    docs, skipped = load_corpus(corpus_dir)

    assert {d.doc_id for d in docs} == READABLE
    reasons = {s.path: s.reason for s in skipped}
    assert set(reasons) == UNREADABLE
    assert reasons[EMPTY] == "empty file"
    assert "UTF-8" in reasons[LATIN1] and "0xe9" in reasons[LATIN1]
    assert "binary" in reasons[BINARY]
    assert "unsupported" in reasons[UNSUPPORTED] and ".png" in reasons[UNSUPPORTED]


def test_corpus_files__ignores_hidden_files_and_folders(corpus_dir: Path) -> None:
    (corpus_dir / "sub").mkdir()
    (corpus_dir / "sub" / "nested.txt").write_text("Nested files are not read.\n")

    names = [p.name for p in corpus_files(corpus_dir)]

    assert names == sorted(names)
    assert ".hidden.txt" not in names and "sub" not in names
    assert set(names) == READABLE | UNREADABLE


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("blank.txt", b"  \n\t\n", "empty file"),
        (
            "header-only.md",
            b"---\ntitle: Nothing here\n---\n\n",
            "no text after the metadata header",
        ),
        ("bad-yaml.txt", b"---\ntitle: [unclosed\n---\nBody.\n", "invalid front matter"),
        ("list-yaml.txt", b"---\n- a\n- b\n---\nBody.\n", "invalid front matter"),
        ("notes.docx", b"Some text.", "unsupported file type"),
        ("README", b"Some text.", "unsupported file type '(none)'"),
        ("broken.pdf", b"%PDF-1.4 this is not really a pdf", "unreadable PDF"),
    ],
)
def test_load_document__unreadable_file_raises_ingest_error_with_reason(
    tmp_path: Path, name: str, content: bytes, reason: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)

    with pytest.raises(IngestError) as info:
        load_document(path)

    assert reason in str(info.value)


def test_load_document__unknown_and_blank_metadata_become_none(tmp_path: Path) -> None:
    path = tmp_path / "anon.txt"
    path.write_text(
        "---\ntitle: Anonymous note\nauthor: unknown\npublication: '  Unknown '\n"
        "published: ''\n---\n"
        "The note was unsigned.\n",
        encoding="utf-8",
    )

    doc = load_document(path)

    assert doc.title == "Anonymous note"
    assert (doc.author, doc.publication, doc.published) == (None, None, None)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "By Rhiannon Castell, The Tamsey Valley Chronicle, 19 September 2025",
            ("Rhiannon Castell", "The Tamsey Valley Chronicle", "2025-09-19"),
        ),
        ("By Jane Doe, The Times, Sept. 19, 2025", ("Jane Doe", "The Times", "2025-09-19")),
        ("By Alina Kantor", ("Alina Kantor", None, None)),
        # a statement's issuer, and its date on a line of its own
        (
            "Issued by Skerran Ferries Ltd, Corporate Communications Office\n11 March 2026",
            ("Skerran Ferries Ltd", None, "2026-03-11"),
        ),
        (
            "Issued by Skerran Ferries Ltd, Port Aileen, 11 March 2026",
            ("Skerran Ferries Ltd", None, "2026-03-11"),
        ),
        (
            "Issued by the Ferry and Maritime Workers' Union (FMWU), Islands Region",
            ("Ferry and Maritime Workers' Union (FMWU)", None, None),
        ),
        (
            "By Iain Rossiter, Port Aileen Gazette\n12 March 2026",
            ("Iain Rossiter", "Port Aileen Gazette", "2026-03-12"),
        ),
        ("12 March 2026", (None, None, "2026-03-12")),
        # a sentence is no byline
        ("By March, the council had spent £2m on repairs.", (None, None, None)),
    ],
)
def test_load_document__a_plain_articles_byline_gives_its_metadata(
    tmp_path: Path, line: str, expected: tuple[str | None, ...]
) -> None:
    path = tmp_path / "article.txt"
    path.write_text(f"Bridge collapse\n{line}\n\nThe bridge fell.\n", encoding="utf-8")

    doc = load_document(path)

    assert (doc.author, doc.publication, doc.published) == expected
    assert doc.text == path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ferry aground\nIssued by Skerran Ferries Ltd, Port Aileen\n\nThe ferry ran aground.",
            True,
        ),
        ("Ferry aground\nBy Iain Rossiter\n\nThe ferry ran aground.", True),
        ("Ferry aground\n\nThe ferry ran aground.\n\nMore.\n\nAgain.\n\nBy Iain Rossiter", False),
        ("Ferry aground\nThe ferry ran aground.", False),
    ],
)
def test_is_byline__only_a_byline_line_at_the_head(text: str, expected: bool) -> None:
    line = text.splitlines()[1] if expected else text.splitlines()[-1]
    start = text.index(line)

    assert is_byline(text, start, start + len(line)) is expected


def test_load_document__front_matter_wins_over_the_byline(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_text(
        "---\nauthor: A. Writer\n---\nBridge\nBy Jane Doe, The Times, 2 May 2020\n\nText.\n",
        encoding="utf-8",
    )

    doc = load_document(path)

    assert (doc.author, doc.publication, doc.published) == ("A. Writer", "The Times", "2020-05-02")


def test_load_document__date_key_is_used_when_published_is_absent(tmp_path: Path) -> None:
    path = tmp_path / "dated.md"
    path.write_text("---\ntitle: Dated\ndate: 2021-07-01\n---\nBody text.\n", encoding="utf-8")

    assert load_document(path).published == "2021-07-01"


def test_document_label__lists_only_known_metadata(corpus_dir: Path) -> None:
    assert load_document(corpus_dir / GAZETTE).label() == (
        "*Night of Flames at Port Vellin* (Mara Quint, The Harbour Gazette, 2019-03-04)"
    )
    assert load_document(corpus_dir / COURIER).label() == f"*{COURIER_TITLE}*"


def test_load_document__utf8_bom_file_still_has_its_front_matter_parsed(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    # Regression: the byte-order mark used to hide the front matter (title "\ufeff---").
    path.write_bytes("\ufeff---\ntitle: Saved by Notepad\n---\nBody text.\n".encode("utf-8"))

    doc = load_document(path)

    assert doc.title == "Saved by Notepad"
    assert doc.text == "Body text.\n"
