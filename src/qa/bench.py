"""Benchmark: prints speed and memory figures; asserts nothing (this machine is noisy).

Reports index build time and chunks/s, cold start to the first answer (a fresh process),
warm ``ask`` latency p50/p95, and peak RSS.
"""

from __future__ import annotations

import logging
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from qa.settings import Settings

log = logging.getLogger(__name__)


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def run_bench(settings: Settings, questions_file: Path) -> int:
    """Run the benchmark and print its figures; returns 0."""
    from qa.assistant import Assistant
    from qa.embed import build_embedder
    from qa.index import build_index

    questions = [q.strip() for q in questions_file.read_text().splitlines() if q.strip()]
    if len(questions) < 10:
        raise ValueError(f"{questions_file} needs at least 10 questions, has {len(questions)}")

    # Cold start: a fresh process, imports and model loads included, to its first answer.
    t = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "qa", "--preset", "default", "ask", questions[0], "--json"],
        check=True, capture_output=True,
    )  # fmt: skip
    cold_s = time.perf_counter() - t
    cold_rss_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024

    t = time.perf_counter()
    embedder = build_embedder(settings)
    embed_load_s = time.perf_counter() - t
    with tempfile.TemporaryDirectory() as tmp:
        report = build_index(settings.model_copy(update={"index_dir": Path(tmp)}), embedder)
    chunks_per_s = report.total_chunks / report.seconds if report.seconds else float("nan")

    assistant = Assistant(settings, embedder=embedder)
    assistant.ask(questions[0])  # warm-up: loads the index and fills llama.cpp's prompt cache
    latencies = []
    for q in questions:
        t = time.perf_counter()
        assistant.ask(q)
        latencies.append(time.perf_counter() - t)
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"backend: {assistant.llm.name}; embedder: {embedder.name}")
    print(
        f"index build: {report.total_chunks} chunks from {len(report.added)} files in "
        f"{report.seconds:.2f} s ({chunks_per_s:.1f} chunks/s; embedder load {embed_load_s:.1f} s)"
    )
    print(f"cold start to first answer: {cold_s:.1f} s (peak RSS {cold_rss_mb:.0f} MB)")
    print(
        f"warm ask over {len(latencies)} questions: p50 {statistics.median(latencies):.2f} s, "
        f"p95 {_percentile(latencies, 0.95):.2f} s, max {max(latencies):.2f} s"
    )
    print(f"peak RSS (this process): {rss_mb:.0f} MB")
    return 0
