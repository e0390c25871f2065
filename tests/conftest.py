"""Shared fixtures: a copy of the test corpus, test settings, a deterministic reading model,
and no network for anything but the integration tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import urllib3  # noqa: F401  (imported before sockets are blocked: it probes IPv6 on import)
from pytest_socket import disable_socket, enable_socket

# Test modules import `helpers` (next to this file) whatever pytest's import mode.
if str(Path(__file__).resolve().parent) not in sys.path:
    sys.path.insert(0, str(Path(__file__).resolve().parent))

from helpers import copy_corpus, make_settings, reading_model  # noqa: E402

from qa.assistant import Assistant  # noqa: E402
from qa.embed import HashEmbedding  # noqa: E402
from qa.index import build_index  # noqa: E402
from qa.llm import FakeLLM  # noqa: E402
from qa.settings import Settings  # noqa: E402


def pytest_configure(config: pytest.Config) -> None:
    # Also declared in pytest.ini; declaring it here keeps --strict-markers happy without it.
    config.addinivalue_line("markers", "integration: needs the real models and corpus (slow)")


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    """Unit tests run offline: block every socket but unix ones (before any fixture is set up,
    so session fixtures built by a unit test are offline too). Integration tests are left alone."""
    if item.get_closest_marker("integration") is None:
        disable_socket(allow_unix_socket=True)


def pytest_runtest_teardown(item: pytest.Item) -> None:
    enable_socket()


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    """A private, writable copy of the test corpus."""
    return copy_corpus(tmp_path / "corpus")


@pytest.fixture
def settings(corpus_dir: Path) -> Settings:
    """Test preset (fake backend, hash embedder) over ``corpus_dir``; index not built yet."""
    return make_settings(corpus_dir.parent)


@pytest.fixture
def embedder() -> HashEmbedding:
    return HashEmbedding()


@pytest.fixture
def reading_llm() -> FakeLLM:
    return FakeLLM(fn=reading_model)


@pytest.fixture
def built_settings(settings: Settings, embedder: HashEmbedding) -> Settings:
    """``settings`` with the index built (function scope: tests may change the corpus)."""
    build_index(settings, embedder)
    return settings


@pytest.fixture
def assistant(built_settings: Settings, embedder: HashEmbedding, reading_llm: FakeLLM) -> Assistant:
    """An assistant over a private corpus copy and index, for tests that change them."""
    return Assistant(built_settings, llm=reading_llm, embedder=embedder)


@pytest.fixture(scope="session")
def shared_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """One built index for the read-only tests (never modify its corpus)."""
    root = tmp_path_factory.mktemp("shared")
    copy_corpus(root / "corpus")
    settings = make_settings(root)
    build_index(settings, HashEmbedding())
    return settings


@pytest.fixture
def shared_assistant(shared_settings: Settings) -> Assistant:
    """A fresh assistant (own FakeLLM history) over the shared, read-only index."""
    return Assistant(shared_settings, llm=FakeLLM(fn=reading_model), embedder=HashEmbedding())
