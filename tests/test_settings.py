"""Settings: presets, forbidden extras, and the QA_ environment prefix."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pydantic import ValidationError

from qa.settings import PRESETS, Settings


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """No QA_ variable from the machine running the tests leaks in."""
    for key in list(os.environ):
        if key.upper().startswith("QA_"):
            monkeypatch.delenv(key)


@pytest.mark.parametrize("name", sorted(PRESETS))
def test_preset__every_preset_loads_with_its_values(name: str) -> None:
    settings = Settings.preset(name)

    for key, value in PRESETS[name].items():
        assert getattr(settings, key) == value


def test_preset__test_preset_is_offline() -> None:
    settings = Settings.preset("test")

    assert (settings.backend, settings.embedder) == ("fake", "hash")


def test_preset__keyword_overrides_win_over_the_preset(tmp_path: Path) -> None:
    settings = Settings.preset("fast", passages_per_source=5, corpus_dir=tmp_path)

    assert settings.passages_per_source == 5
    assert settings.evidence_sentences == PRESETS["fast"]["evidence_sentences"]
    assert settings.corpus_dir == tmp_path


def test_preset__unknown_name_lists_the_choices() -> None:
    with pytest.raises(ValueError, match="unknown preset 'turbo'.*default.*fast.*test"):
        Settings.preset("turbo")


def test_settings__extra_fields_are_forbidden() -> None:
    with pytest.raises(ValidationError, match="extra"):
        Settings(chunk_size=100)  # type: ignore[call-arg]
    with pytest.raises(ValidationError):
        Settings.preset("test", no_such_field=1)


def test_settings__invalid_values_are_rejected() -> None:
    with pytest.raises(ValidationError):
        Settings(backend="gpt")  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        Settings(chunk_tokens=10)  # below the minimum of 50
    with pytest.raises(ValidationError):
        Settings(passages_per_source=0)


def test_settings__qa_env_prefix_sets_fields(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("QA_BACKEND", "fake")
    monkeypatch.setenv("QA_CHUNK_TOKENS", "120")
    monkeypatch.setenv("QA_CORPUS_DIR", str(tmp_path))
    monkeypatch.setenv("QA_OPENAI_CHAT", "false")
    monkeypatch.setenv("CHUNK_TOKENS", "999")  # no prefix: ignored

    settings = Settings()

    assert settings.backend == "fake"
    assert settings.chunk_tokens == 120
    assert settings.corpus_dir == tmp_path
    assert settings.openai_chat is False


def test_settings__env_is_validated(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QA_MAX_QUESTION_CHARS", "lots")

    with pytest.raises(ValidationError):
        Settings()


def test_settings__explicit_arguments_beat_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QA_BACKEND", "openai")

    assert Settings.preset("test").backend == "fake"
    assert Settings().backend == "openai"


def test_settings__defaults_match_the_documented_ones() -> None:
    settings = Settings()

    assert settings.corpus_dir == Path("corpus") and settings.index_dir == Path("index")
    assert settings.backend == "embedded" and settings.embedder == "minilm"
    assert (settings.chunk_tokens, settings.chunk_max_tokens, settings.chunk_overlap_tokens) == (
        180,
        250,
        40,
    )
    assert settings.max_question_chars == 2000
