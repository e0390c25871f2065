"""The CLI driven in-process: exit codes, JSON output and error messages without tracebacks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import COURIER, DEATHS_QUESTION, GAZETTE, LIGHTHOUSE, UNREADABLE, reading_model

from qa.cli import main
from qa.embed import HashEmbedding
from qa.llm import FakeLLM
from qa.prompts import NOT_FOUND_ANSWER

ANSWER_KEYS = {
    "question", "answer", "verdict", "conflict", "abstained", "sources", "silent_sources",
    "citations", "warnings", "timings_ms",
}  # fmt: skip


@pytest.fixture
def base_args(corpus_dir: Path) -> list[str]:
    return [
        "--preset",
        "test",
        "--corpus",
        str(corpus_dir),
        "--index-dir",
        str(corpus_dir.parent / "index"),
    ]


@pytest.fixture
def reading_backend(monkeypatch: pytest.MonkeyPatch) -> None:
    """The fake backend answers like a reading model instead of always "not stated"."""
    monkeypatch.setattr("qa.assistant.build_llm", lambda settings: FakeLLM(fn=reading_model))


def _run(capsys: pytest.CaptureFixture[str], argv: list[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_index__builds_and_reports_counts_and_skipped_files(
    capsys: pytest.CaptureFixture[str], base_args: list[str], corpus_dir: Path
) -> None:
    code, out, err = _run(capsys, [*base_args, "index"])

    assert code == 0, err
    assert "3 added, 0 updated, 0 removed, 0 unchanged" in out
    for name in UNREADABLE:
        assert f"skipped {name}:" in out
    assert (corpus_dir.parent / "index" / "manifest.json").is_file()

    code, out, _ = _run(capsys, [*base_args, "index"])
    assert (
        code == 0
        and "0 added, 0 updated, 0 removed, 3 unchanged" in out
        and "0 chunks embedded" in out
    )


def test_options_may_follow_the_command(
    capsys: pytest.CaptureFixture[str], base_args: list[str], reading_backend: None
) -> None:
    assert _run(capsys, ["index", *base_args])[0] == 0

    code, out, err = _run(capsys, ["ask", DEATHS_QUESTION, "--json", *base_args])

    assert code == 0, err
    assert json.loads(out)["verdict"] == "conflict"


def test_ask__index_of_another_embedder_is_an_error_naming_the_rebuild(
    capsys: pytest.CaptureFixture[str],
    base_args: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert _run(capsys, [*base_args, "index"])[0] == 0
    monkeypatch.setattr("qa.assistant.build_embedder", lambda settings: HashEmbedding(dim=64))

    code, out, err = _run(capsys, [*base_args, "ask", DEATHS_QUESTION])

    assert code == 1 and not out
    assert "hash-64" in err and "python -m qa index" in err and "Traceback" not in err


def test_ask__json_prints_the_answer_shape(
    capsys: pytest.CaptureFixture[str],
    base_args: list[str],
    corpus_dir: Path,
    reading_backend: None,
) -> None:
    assert _run(capsys, [*base_args, "index"])[0] == 0

    code, out, err = _run(capsys, [*base_args, "ask", DEATHS_QUESTION, "--json"])

    assert code == 0, err
    data = json.loads(out)
    assert set(data) == ANSWER_KEYS
    assert data["question"] == DEATHS_QUESTION
    assert data["verdict"] == "conflict" and data["conflict"] is True and data["abstained"] is False
    assert {s["source_id"] for s in data["sources"]} == {GAZETTE, COURIER}
    assert data["silent_sources"] == [LIGHTHOUSE]
    texts = {}
    for c in data["citations"]:
        assert set(c) == {"id", "source_id", "quote", "start", "end"}
        path = corpus_dir / c["source_id"]
        texts.setdefault(c["source_id"], path.read_text(encoding="utf-8"))
        # The citable text is the file minus its header, so the quote occurs in the file too.
        assert c["quote"] in texts[c["source_id"]]


def test_ask__default_fake_backend_abstains_with_the_fixed_phrase(
    capsys: pytest.CaptureFixture[str], base_args: list[str]
) -> None:
    _run(capsys, [*base_args, "index"])

    code, out, _ = _run(capsys, [*base_args, "ask", DEATHS_QUESTION, "--json"])

    data = json.loads(out)
    assert code == 0
    assert (
        data["abstained"] is True and data["answer"] == NOT_FOUND_ANSWER and data["citations"] == []
    )


def test_ask__text_output_lists_sources_and_quotes(
    capsys: pytest.CaptureFixture[str], base_args: list[str], reading_backend: None
) -> None:
    _run(capsys, [*base_args, "index"])

    code, out, _ = _run(capsys, [*base_args, "ask", DEATHS_QUESTION])

    assert code == 0
    assert out.startswith("**The sources disagree.**")
    assert "Sources:" in out and "Quotes:" in out
    assert (
        '"The harbour fire at Port Vellin killed 12 people, the coroner confirmed on Monday."'
        in out
    )


@pytest.mark.parametrize(
    ("question", "message"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("x" * 2001, "limit is 2,000"),
        ("a\x07b", "control characters"),
    ],
)
def test_ask__bad_question_exits_2_with_a_message_and_no_traceback(
    capsys: pytest.CaptureFixture[str], base_args: list[str], question: str, message: str
) -> None:
    code, out, err = _run(capsys, [*base_args, "ask", question])

    assert code == 2
    assert err.startswith("error: ") and message in err
    assert "Traceback" not in err and out == ""


def test_ask__without_an_index_exits_1_naming_the_index_command(
    capsys: pytest.CaptureFixture[str], base_args: list[str]
) -> None:
    code, out, err = _run(capsys, [*base_args, "ask", DEATHS_QUESTION])

    assert code == 1
    assert "python -m qa index" in err
    assert "Traceback" not in err and out == ""


def test_index__missing_corpus_exits_1_with_a_message(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    argv = [
        "--preset",
        "test",
        "--corpus",
        str(tmp_path / "nope"),
        "--index-dir",
        str(tmp_path / "i"),
        "index",
    ]

    code, _, err = _run(capsys, argv)

    assert code == 1
    assert "not found" in err and "Traceback" not in err


def test_ask__stale_index_prints_a_warning(
    capsys: pytest.CaptureFixture[str], base_args: list[str], corpus_dir: Path
) -> None:
    _run(capsys, [*base_args, "index"])
    (corpus_dir / "late-addition.txt").write_text("A late report about the quay.\n")

    code, out, _ = _run(capsys, [*base_args, "ask", DEATHS_QUESTION, "--json"])

    assert code == 0
    (warning,) = json.loads(out)["warnings"]
    assert "new: late-addition.txt" in warning and "python -m qa index" in warning


def test_main__unknown_command_is_an_argparse_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["frobnicate"])

    assert info.value.code == 2
    assert "invalid choice" in capsys.readouterr().err
