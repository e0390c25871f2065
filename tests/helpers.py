"""Test helpers shared by the test modules: corpus names, the reading model, corpus copies."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from qa.prompts import NOT_STATED
from qa.settings import Settings

TESTS_DIR = Path(__file__).resolve().parent
REPO_ROOT = TESTS_DIR.parent
TEST_CORPUS = TESTS_DIR / "data" / "corpus"

# The checked-in corpus (see tests/data/corpus/).
GAZETTE = "harbour-gazette-night-of-flames.txt"  # front matter; says 12 died
COURIER = "vellin-courier-fire-sweeps-docks.txt"  # no header; says 9 died
LIGHTHOUSE = "lighthouse-keepers.html"  # unrelated, no figures
GAZETTE_TITLE = "Night of Flames at Port Vellin"
COURIER_TITLE = "Fire Sweeps Port Vellin Docks"
READABLE = {GAZETTE, COURIER, LIGHTHOUSE}

# Files the `corpus_dir` fixture adds next to the checked-in ones, all unreadable on purpose.
LATIN1 = "latin1.txt"
BINARY = "binary.txt"
UNSUPPORTED = "photo.png"
EMPTY = "empty.txt"  # checked in
UNREADABLE = {LATIN1, BINARY, UNSUPPORTED, EMPTY}

DEATHS_QUESTION = "How many people were killed in the Port Vellin harbour fire?"
BOATS_QUESTION = "How many boats were destroyed in the fire?"
UNANSWERABLE_QUESTION = "What was the name of the mayor of Port Vellin?"


# ---------------------------------------------------------------------------------------------
# A deterministic "reading model" for FakeLLM.


_SHOWN = re.compile(r"^\[(\d+)\] (.*)$", re.M)
_DIGITS = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")


def reading_model(prompt: str) -> str:
    """Reply like a small reading model, deterministically.

    Reads the last ``Sentences:`` block and the last ``Question:`` of a SOURCE_ANSWER_PROMPT.
    For a "how many" question: the first number of the first numbered sentence that holds one,
    with that sentence's number (``" 12 [1]"``). Anything else: ``" not stated"``.
    """
    block = prompt.rsplit("Sentences:", 1)[-1]
    question = block.rsplit("Question:", 1)[-1].splitlines()[0].strip()
    sentences = [(int(n), s) for n, s in _SHOWN.findall(block)]
    if re.search(r"\bhow many\b", question, re.I):
        for n, sentence in sentences:
            if match := _DIGITS.search(sentence):
                return f" {match.group(0)} [{n}]"
    return f" {NOT_STATED}"


def shown_sentences(prompt: str) -> list[str]:
    """The numbered sentences of the last block of a SOURCE_ANSWER_PROMPT."""
    return [s for _, s in _SHOWN.findall(prompt.rsplit("Sentences:", 1)[-1])]


# ---------------------------------------------------------------------------------------------
# Corpus copies and settings.


def copy_corpus(dest: Path) -> Path:
    """The checked-in corpus plus generated unreadable files, at ``dest``."""
    shutil.copytree(TEST_CORPUS, dest)
    (dest / LATIN1).write_bytes(b"Caf\xe9 au lait on the quay.\n")
    (dest / BINARY).write_bytes(b"PK\x03\x04\x00\x00binary\x00data")
    (dest / UNSUPPORTED).write_bytes(b"\x89PNG\r\n\x1a\n")
    (dest / ".hidden.txt").write_text("A hidden file is not part of the corpus.\n")
    return dest


def make_settings(root: Path, **overrides: object) -> Settings:
    return Settings.preset(
        "test", corpus_dir=root / "corpus", index_dir=root / "index", **overrides
    )
