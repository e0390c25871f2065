"""LLM backends and embedders that the unit tests can exercise offline."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from helpers import reading_model

from qa.embed import HashEmbedding, build_embedder
from qa.llm import FakeLLM, LlamaCppLLM, SetupError, build_llm
from qa.prompts import NOT_STATED, SOURCE_ANSWER_PROMPT
from qa.settings import Settings


def test_fake_llm__scripted_replies_then_function_then_not_stated() -> None:
    llm = FakeLLM(replies=["14 [1]"], fn=lambda p: "fn:" + p[-3:])
    llm.enqueue("15 [2]")

    assert llm.complete("a", max_tokens=8, stop=["\n"]) == "14 [1]"
    assert llm.complete("b", max_tokens=8, stop=["\n"]) == "15 [2]"
    assert llm.complete("xyz", max_tokens=8, stop=["\n"]) == "fn:xyz"
    assert FakeLLM().complete("q", max_tokens=8, stop=[]) == f" {NOT_STATED}"
    assert llm.history == ["a", "b", "xyz"]


def test_reading_model__answers_how_many_from_the_first_sentence_with_a_number() -> None:
    prompt = SOURCE_ANSWER_PROMPT.format(
        sentences="[1] The quay was rebuilt.\n[2] It cost 1,200 pounds and took 3 years.",
        question="How many pounds did it cost?",
    )

    assert reading_model(prompt) == " 1,200 [2]"
    other = SOURCE_ANSWER_PROMPT.format(
        sentences="[1] It cost 5 pounds.", question="Why was it rebuilt?"
    )
    assert reading_model(other) == " not stated"


def test_build_llm__test_preset_is_the_fake() -> None:
    assert isinstance(build_llm(Settings.preset("test")), FakeLLM)


def test_build_llm__missing_gguf_file_is_a_setup_error_naming_the_fix(tmp_path: Path) -> None:
    settings = Settings.preset("default", backend="gguf", model_path=tmp_path / "missing.gguf")

    with pytest.raises(SetupError, match="install-model|QA_MODEL_PATH"):
        build_llm(settings)
    with pytest.raises(SetupError, match="not found"):
        LlamaCppLLM(tmp_path / "missing.gguf")


def test_hash_embedding__rows_are_normalised_and_deterministic() -> None:
    e = HashEmbedding(dim=64)

    a = e.embed(["police shot protesters", "police fired on protesters", "the lighthouse museum"])
    b = e.embed(["police shot protesters"])

    assert a.shape == (3, 64) and a.dtype == np.float32
    assert np.allclose(np.linalg.norm(a, axis=1), 1.0)
    assert np.array_equal(a[0], b[0])
    assert a[0] @ a[1] > a[0] @ a[2]


def test_hash_embedding__empty_input_and_stopword_only_text() -> None:
    e = HashEmbedding()

    assert e.embed([]).shape == (0, e.dim)
    assert not e.embed(["the of and"]).any()
    assert e.name == f"hash-{e.dim}"


def test_build_embedder__test_preset_is_the_hash_embedding() -> None:
    assert isinstance(build_embedder(Settings.preset("test")), HashEmbedding)
