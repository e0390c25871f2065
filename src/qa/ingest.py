"""Ingest stage: read corpus files into `Document`s with metadata and citable text.

Supported: ``.txt`` and ``.md`` (optional YAML front matter, else a "By <author>, <publication>,
<date>" byline near the top), ``.html``/``.htm`` (BeautifulSoup) and ``.pdf`` (pypdf). The front
matter is stripped: the citable text is the article byte-for-byte (a byline stays in it).

Example:
    >>> docs, skipped = load_corpus(Path("corpus"))  # doctest: +SKIP
"""

from __future__ import annotations

import datetime
import hashlib
import io
import itertools
import logging
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

from qa.types import Document, Skipped

log = logging.getLogger(__name__)

SUPPORTED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf")
UNKNOWN = "unknown"
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)^---[ \t]*(?:\r?\n|\Z)", re.S | re.M)
# A plain "key: value" line whose value opens no YAML list, mapping, block or alias. One opening
# with a quotation is the whole line: 'title: "Sheer luck": Residents demand answers'.
_PLAIN_FIELD = re.compile(
    r"[ \t]*(?P<key>[A-Za-z_][\w -]*?)[ \t]*:[ \t]+(?P<value>[^\s\[{|>&*!].*?)\s*"
)
# A whole value in quotes, as YAML would have read it: "title: \"Sheer luck\"".
_QUOTED = re.compile(r"(?P<q>[\"'])(?P<inner>[^\"']*)(?P=q)")


class IngestError(ValueError):
    """A file that cannot become a document; the message is the reason shown to the user."""


def corpus_files(corpus_dir: Path) -> list[Path]:
    """Every non-hidden file directly in ``corpus_dir``, sorted by name."""
    return sorted(p for p in corpus_dir.iterdir() if p.is_file() and not p.name.startswith("."))


def file_sha256(path: Path) -> str:
    """Content hash of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def load_corpus(corpus_dir: Path) -> tuple[list[Document], list[Skipped]]:
    """Load every file of ``corpus_dir``; unreadable ones come back in the skipped list."""
    docs: list[Document] = []
    skipped: list[Skipped] = []
    for path in corpus_files(corpus_dir):
        try:
            docs.append(load_document(path, doc_id=path.name))
        except IngestError as exc:
            log.warning("skipping %s: %s", path.name, exc)
            skipped.append(Skipped(path.name, str(exc)))
    return docs, skipped


def load_document(path: Path, doc_id: str | None = None) -> Document:
    """Read one file into a `Document`. Raises `IngestError` with the reason it cannot."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise IngestError(f"unsupported file type {suffix or '(none)'!r}")
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise IngestError(f"unreadable: {exc.strerror or exc}") from exc
    if not raw.strip():
        raise IngestError("empty file")
    if suffix == ".pdf":
        text, meta = _read_pdf(raw)
    else:
        if b"\x00" in raw:
            raise IngestError("binary file (contains NUL bytes)")
        try:
            # utf-8-sig: a byte-order mark would otherwise hide the front matter.
            decoded = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise IngestError(
                f"not valid UTF-8 (byte {raw[exc.start]:#04x} at offset {exc.start})"
            ) from None
        if suffix in (".html", ".htm"):
            text, meta = _read_html(decoded)
        else:
            text, meta = split_front_matter(decoded)
    if not text.strip():
        raise IngestError("no text after the metadata header" if meta else "no text")
    meta = {**byline(text), **{k: v for k, v in meta.items() if v}}
    return Document(
        doc_id=doc_id or path.name,
        path=str(path),
        text=text,
        sha256=hashlib.sha256(raw).hexdigest(),
        title=_clean(meta.get("title")) or _guess_title(text, path),
        author=_clean(meta.get("author")),
        publication=_clean(meta.get("publication")),
        published=_clean(meta.get("published") or meta.get("date")),
    )


def split_front_matter(text: str) -> tuple[str, dict[str, Any]]:
    """Split YAML front matter (between ``---`` lines at the top) from the body.

    Returns the body exactly as written after the closing ``---`` line, and the parsed mapping
    (empty when there is no header).
    """
    match = _FRONT_MATTER.match(text)
    if not match:
        return text, {}
    try:
        meta = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError as exc:
        # A title with a colon ("title: Incident analysis: the intrusion") is not YAML, but
        # its writer meant the whole line.
        meta = _plain_fields(match.group(1))
        if meta is None:
            raise IngestError(f"invalid front matter: {str(exc).splitlines()[0]}") from exc
    if not isinstance(meta, dict):
        raise IngestError("invalid front matter: expected 'key: value' lines")
    return text[match.end() :], {str(k).lower(): v for k, v in meta.items()}


def _plain_fields(header: str) -> dict[str, Any] | None:
    fields = [_PLAIN_FIELD.fullmatch(line) for line in header.splitlines() if line.strip()]
    if not fields or not all(fields):
        return None
    return {
        m["key"]: q["inner"] if (q := _QUOTED.fullmatch(m["value"])) else m["value"]
        for m in fields
        if m
    }


def _read_html(html: str) -> tuple[str, dict[str, Any]]:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    meta: dict[str, Any] = {}
    if soup.title and soup.title.string:
        meta["title"] = soup.title.string
    for tag in soup.find_all("meta"):
        key = str(tag.get("name") or tag.get("property") or "").lower()
        value = str(tag.get("content") or "")
        if not value:
            continue
        if key in ("author", "article:author"):
            meta.setdefault("author", value)
        elif key in ("article:published_time", "date", "dc.date"):
            meta.setdefault("published", value)
        elif key in ("og:site_name", "publisher"):
            meta.setdefault("publication", value)
        elif key == "og:title":
            meta.setdefault("title", value)
    for tag in soup(["script", "style", "noscript", "template", "head"]):
        tag.decompose()
    lines = (" ".join(line.split()) for line in soup.get_text("\n").splitlines())
    # Blank lines between blocks keep paragraph (and so sentence) boundaries visible.
    return "\n\n".join(line for line in lines if line), meta


def _read_pdf(raw: bytes) -> tuple[str, dict[str, Any]]:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(raw))
        pages = [page.extract_text() or "" for page in reader.pages]
        info: Mapping[str, Any] = reader.metadata or {}
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise IngestError(f"unreadable PDF: {exc}") from exc
    meta: dict[str, Any] = {}
    if info.get("/Title"):
        meta["title"] = str(info["/Title"])
    if info.get("/Author"):
        meta["author"] = str(info["/Author"])
    created = str(info.get("/CreationDate") or "")
    if re.match(r"D:\d{8}", created):
        meta["published"] = f"{created[2:6]}-{created[6:8]}-{created[8:10]}"
    return "\n\n".join(p.strip() for p in pages if p.strip()), meta


def byline(text: str) -> dict[str, str]:
    """The author, publication and date a plain article gives in a byline among its first
    lines: "By Rhiannon Castell, The Tamsey Valley Chronicle, 19 September 2025" -> author
    "Rhiannon Castell", publication "The Tamsey Valley Chronicle", published "2025-09-19". A
    statement's issuer is its author: "Issued by Skerran Ferries Ltd, Corporate Communications
    Office" -> "Skerran Ferries Ltd". A date may stand on a line of its own ("11 March 2026").
    Empty when the first lines give none of these."""
    head = [line[0].strip() for line in _head_lines(text)]
    found: dict[str, str] = {}
    match = next((m for line in head if (m := _BYLINE.fullmatch(line))), None)
    parts = [p.strip() for p in match["rest"].split(",")] if match else []
    # An issuer is any name; "By" opens a person's, not "By March, the council had spent £2m."
    if match and (match["issued"] or _AUTHOR.fullmatch(parts[0])):
        found["author"] = parts[0]
        # The date may be written with a comma of its own: "September 19, 2025".
        for n in (2, 1):
            date = _iso_date(", ".join(parts[-n:])) if len(parts) > n else None
            if date:
                found["published"], parts = date, parts[:-n]
                break
        # What follows an issuer is its office ("Corporate Communications Office").
        if len(parts) > 1 and not match["issued"]:
            found["publication"] = ", ".join(parts[1:])
    if "published" not in found:
        date = next((d for line in head if (d := _iso_date(line))), None)
        if date:
            found["published"] = date
    return found


def is_byline(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a byline among the text's first lines: "By Iain
    Rossiter, Port Aileen Gazette", "Issued by the Ferry and Maritime Workers' Union (FMWU)";
    not "By March, the council had spent £2m." further down."""
    lines = _head_lines(text)
    return (
        bool(lines)
        and start < lines[-1].end()
        and _BYLINE.fullmatch(text[start:end].strip()) is not None
    )


# How far into a text its byline may stand: the title and perhaps a standfirst come first.
BYLINE_LINES = 4
_LINE = re.compile(r"[^\n]*\S[^\n]*")


def _head_lines(text: str) -> list[re.Match[str]]:
    """The text's first `BYLINE_LINES` lines that hold more than blanks."""
    return list(itertools.islice(_LINE.finditer(text), BYLINE_LINES))


_BYLINE = re.compile(
    r"(?:(?P<issued>(?:Issued|Published|Released|Posted)\s+by)\s+(?:the\s+)?|[Bb]y\s+)"
    r"(?P<rest>[A-Z][^\n]{1,200})"
)
# A person's name: two to four capitalised words ("Rhiannon Castell", "Mary-Jo de Witt").
_AUTHOR = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:(?:de|van|von|der|la|le)\s+)?[A-Z][\w'’.-]*){1,3}")
_DATE_FORMATS = ("%d %B %Y", "%B %d, %Y", "%d %b %Y", "%b %d, %Y", "%Y-%m-%d")


def _iso_date(text: str) -> str | None:
    """``text`` as an ISO date, when it is a whole date in a common form; else None."""
    text = text.replace(".", "").replace("Sept ", "Sep ")
    for fmt in _DATE_FORMATS:
        try:
            return datetime.datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    return None


def _clean(value: Any) -> str | None:
    """Metadata value as a string; "unknown" and blanks become None."""
    if value is None:
        return None
    text = " ".join(str(value).split())
    return None if not text or text.lower() == UNKNOWN else text


def _guess_title(text: str, path: Path) -> str:
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    if 0 < len(first) <= 120 and not first.endswith("."):
        return first
    return path.stem.replace("_", " ").replace("-", " ")
