"""Eval runner: ``python -m qa eval --suite seed|wikicontradict|ramdocs``.

Runs every case through the assistant (or the baseline), scores it with `evals.metrics`, prints a
table, writes ``evals/reports/<suite>[.<system>].json`` and ``.md`` and a PNG chart, and checks the
gate in ``evals/baseline.json``. Benchmark questions each get a throwaway index of their own
documents.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path
from typing import Any

from evals import metrics
from evals.suites import EVALS_DIR, Case, load
from qa.assistant import Assistant
from qa.embed import Embedder, build_embedder
from qa.llm import LLM, build_llm
from qa.prompts import ENTAILMENT_PROMPT
from qa.settings import Settings

log = logging.getLogger(__name__)

REPORTS_DIR = EVALS_DIR / "reports"
GATES_FILE = EVALS_DIR / "baseline.json"
OURS = "rashomon"
HEADLINE = (
    "pass_rate",
    "citation_validity",
    "attribution_precision",
    "attribution_recall",
    "misattribution_rate",
    "conflict_recall",
    "conflict_f1",
    "false_consensus_rate",
    "abstention_recall",
    "over_abstention",
    "alce_citation_recall",
    "alce_citation_precision",
)


def llm_judge(llm: LLM) -> metrics.Judge:
    """An entailment judge on a stronger backend: the model says whether the quotes support
    the statement."""

    def judge(statement: str, quotes: Sequence[str]) -> bool:
        prompt = ENTAILMENT_PROMPT.format(passage=" ".join(quotes), claim=statement)
        reply = llm.complete(prompt, max_tokens=3, stop=("\n",))
        return reply.strip().lower().startswith("yes")

    return judge


@contextmanager
def _case_assistant(
    case: Case, settings: Settings, llm: LLM, embedder: Embedder, shared: Assistant | None
) -> Iterator[Assistant]:
    """The default-corpus assistant, or one over a throwaway index of the case's documents."""
    if case.documents is None:
        assert shared is not None
        yield shared
        return
    with tempfile.TemporaryDirectory(prefix="qa-eval-") as name:
        corpus = Path(name) / "corpus"
        corpus.mkdir()
        for i, doc in enumerate(case.documents, 1):
            header = json.dumps(doc.title)  # JSON strings are valid YAML scalars
            text = f"---\ntitle: {header}\n---\n{doc.text}\n"
            (corpus / f"doc{i:02d}.txt").write_text(text, encoding="utf-8")
        local = settings.model_copy(
            update={"corpus_dir": corpus, "index_dir": Path(name) / "index"}
        )
        assistant = Assistant(local, llm=llm, embedder=embedder)
        assistant.reindex()
        try:
            yield assistant
        finally:
            _release_chroma()


def _release_chroma() -> None:
    # chromadb caches one client system per path; throwaway indexes would pile up.
    from chromadb.api.client import SharedSystemClient

    SharedSystemClient.clear_system_cache()


def run_case(
    case: Case,
    assistant: Assistant,
    ask: Callable[[Assistant, str, list[Any]], dict[str, Any]],
    judge: metrics.Judge,
) -> dict[str, Any]:
    """Ask one case (its history first), score it, and return the report row."""
    history: list[Any] = []
    for earlier in case.history:
        history.append(ask(assistant, earlier, history))
    t0 = time.perf_counter()
    try:
        result = ask(assistant, case.question, history)
        error = None
    except Exception as exc:  # a crash is a failed case, not a failed run
        log.exception("case %s failed", case.id)
        result, error = (
            {"verdict": "error", "answer": "", "sources": [], "citations": []},
            repr(exc),
        )
    seconds = time.perf_counter() - t0
    texts = {d.doc_id: d.text for d in assistant.index.documents.values()}
    score = metrics.score_case(case.verdict, case.sources, result, texts, judge, case.question)
    row: dict[str, Any] = {
        "id": case.id,
        "kind": case.kind,
        "split": case.split,
        "question": case.question,
        "expected_verdict": case.verdict,
        "verdict": result.get("verdict"),
        "passed": score.passed and error is None,
        "failures": score.details["failures"] + ([error] if error else []),
        "answer": result.get("answer", ""),
        "answers": {s["title"]: s["answer"] for s in result.get("sources", [])},
        "seconds": round(seconds, 2),
        "score": {k: v for k, v in asdict(score).items() if k not in ("details", "passed")},
    }
    if "also_expected" in case.extra:  # one passage holding both contradicting statements
        missing = [
            f"{title}: {row['answers'].get(title, '')!r} does not also state {exp!r}"
            for title, exp in case.extra["also_expected"].items()
            if not metrics.answer_matches(exp, row["answers"].get(title, ""), case.question)
        ]
        row["passed"] = row["passed"] and not missing
        row["failures"] += missing
    if case.documents and any(d.label for d in case.documents):
        labels = {d.title: d.label for d in case.documents}
        row["ramdocs"] = metrics.ramdocs_counts(result, labels, case.sources)
    return row


def summarise(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Metrics overall, per kind and per split."""

    def group(rs: list[dict[str, Any]]) -> dict[str, Any]:
        scores = [metrics.CaseScore(**r["score"], passed=r["passed"]) for r in rs]
        out: dict[str, Any] = metrics.summarise(scores)
        out["median_seconds"] = sorted(r["seconds"] for r in rs)[len(rs) // 2] if rs else None
        if any("ramdocs" in r for r in rs):
            totals: dict[str, int] = {}
            for r in rs:
                for k, v in r.get("ramdocs", {}).items():
                    totals[k] = totals.get(k, 0) + v
            out["gold_recall"] = metrics.ratio(totals["gold_found"], totals["gold_total"])
            out["noise_silent"] = metrics.ratio(totals["noise_silent"], totals["noise_total"])
            out["misinfo_kept_separate"] = metrics.ratio(
                totals["misinfo_own"], totals["misinfo_total"]
            )
        return out

    kinds = sorted({r["kind"] for r in rows})
    splits = sorted({r["split"] for r in rows})
    return {
        "overall": group(rows),
        "by_kind": {k: group([r for r in rows if r["kind"] == k]) for k in kinds},
        "by_split": {s: group([r for r in rows if r["split"] == s]) for s in splits}
        if len(splits) > 1
        else {},
    }


def check_gate(
    suite: str, limit: int | None, overall: dict[str, Any], gates: dict[str, Any]
) -> list[str]:
    """Gate failures: any invalid citation; and, against the recorded baseline for this suite
    and sample size, a higher false-consensus rate or a lower pass rate."""
    failures = []
    if overall["citation_validity"] is not None and overall["citation_validity"] < 1.0:
        failures.append(f"citation validity {overall['citation_validity']} < 1.0")
    recorded = gates.get(suite)
    if recorded and recorded.get("limit") == limit:
        fc, fc_base = overall["false_consensus_rate"], recorded.get("false_consensus_rate")
        if fc is not None and fc_base is not None and fc > fc_base:
            failures.append(f"false-consensus rate {fc} > baseline {fc_base}")
        if overall["pass_rate"] < recorded["pass_rate"]:
            failures.append(f"pass rate {overall['pass_rate']} < baseline {recorded['pass_rate']}")
    return failures


def _fmt(v: Any, key: str = "") -> str:
    if v is None:
        return "–"
    if key.endswith("seconds"):
        return f"{v:.1f} s"
    return f"{v:.1%}" if isinstance(v, float) else str(v)


def markdown(report: dict[str, Any], other: dict[str, Any] | None) -> str:
    """The report as Markdown: systems side by side, then per kind, then the failed cases."""
    systems = [report] + ([other] if other else [])
    lines = [
        f"# Eval: {report['suite']}",
        "",
        *(
            f"- **{r['system']}**: {r['date']}, backend `{r['backend']}`, {r['cases']} cases"
            + (f" (sample of {r['limit']})" if r.get("limit") else "")
            for r in systems
        ),
        "",
        "| metric | " + " | ".join(r["system"] for r in systems) + " |",
        "|---|" + "---|" * len(systems),
    ]
    keys = [k for k in report["summary"]["overall"] if k not in ("cases",)]
    for k in keys:
        lines.append(
            f"| {k} | "
            + " | ".join(_fmt(r["summary"]["overall"].get(k), k) for r in systems)
            + " |"
        )
    for title, block in (("kind", "by_kind"), ("split", "by_split")):
        groups = report["summary"][block]
        if not groups:
            continue
        lines += ["", f"## {report['system']} by {title}", ""]
        lines.append(f"| {title} | " + " | ".join(HEADLINE[:8]) + " | cases |")
        lines.append("|---|" + "---|" * (len(HEADLINE[:8]) + 1))
        for name, m in groups.items():
            lines.append(
                f"| {name} | "
                + " | ".join(_fmt(m.get(k)) for k in HEADLINE[:8])
                + f" | {m['cases']} |"
            )
    failed = [r for r in report["rows"] if not r["passed"]]
    lines += ["", f"## {report['system']}: failed cases ({len(failed)})", ""]
    for r in failed:
        lines.append(f"- `{r['id']}` ({r['kind']}) {r['question']!r}: " + "; ".join(r["failures"]))
    return "\n".join(lines) + "\n"


def chart(report: dict[str, Any], path: Path) -> None:
    """A grouped bar chart of the headline metrics by case kind."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    shown = (
        "pass_rate",
        "attribution_recall",
        "conflict_recall",
        "abstention_recall",
        "citation_validity",
    )
    kinds = list(report["summary"]["by_kind"])
    fig, ax = plt.subplots(figsize=(max(6.0, 1.4 * len(kinds) + 2), 4))
    width = 0.8 / len(shown)
    for i, metric in enumerate(shown):
        values = [report["summary"]["by_kind"][k].get(metric) or 0 for k in kinds]
        ax.bar([x + i * width for x in range(len(kinds))], values, width, label=metric)
    ax.set_xticks([x + 0.4 - width / 2 for x in range(len(kinds))], kinds)
    ax.set_ylim(0, 1.05)
    ax.set_title(f"{report['suite']}: {report['system']} ({report['backend']}, {report['date']})")
    ax.legend(fontsize=7, loc="upper right")
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)


def run(
    suite: str,
    *,
    limit: int | None = None,
    split: str | None = None,
    baseline: str | None = None,
    settings: Settings | None = None,
    llm: LLM | None = None,
    embedder: Embedder | None = None,
    reports_dir: Path = REPORTS_DIR,
    gates_file: Path = GATES_FILE,
    progress: bool = True,
) -> int:
    """Run one suite; write its reports; return 0, or 1 when a gate fails."""
    from tqdm import tqdm

    settings = settings or Settings()
    cases = load(suite, limit)
    if split:
        cases = [c for c in cases if c.split == split]
    embedder = embedder or build_embedder(settings)
    llm = llm or build_llm(settings)
    judge = llm_judge(llm) if settings.backend in ("gguf", "openai") else metrics.lexical_support
    shared = Assistant(settings, llm=llm, embedder=embedder) if suite == "seed" else None
    system = baseline or OURS

    if baseline:
        from evals.baseline import CitationBaseline

        def ask(a: Assistant, q: str, history: list[Any]) -> dict[str, Any]:
            return CitationBaseline(a.index, a.llm, a.embedder).ask(q)
    else:

        def ask(a: Assistant, q: str, history: list[Any]) -> dict[str, Any]:
            return a.ask(q, history=history).to_dict()

    rows = []
    bar = tqdm(
        cases, desc=f"{suite} ({system})", unit="case", file=sys.stderr, disable=not progress
    )
    for case in bar:
        with _case_assistant(case, settings, llm, embedder, shared) as assistant:
            rows.append(run_case(case, assistant, ask, judge))
        bar.set_postfix(passed=sum(r["passed"] for r in rows))
    report: dict[str, Any] = {
        "suite": suite,
        "system": system,
        "backend": settings.backend
        if settings.backend != "openai"
        else f"openai:{settings.openai_model}",
        "date": dt.date.today().isoformat(),
        "cases": len(rows),
        "limit": limit,
        "split": split,
        "summary": summarise(rows),
        "rows": rows,
    }
    reports_dir.mkdir(parents=True, exist_ok=True)
    stem = suite if system == OURS else f"{suite}.{system}"
    (reports_dir / f"{stem}.json").write_text(
        json.dumps(report, indent=1, ensure_ascii=False) + "\n"
    )
    other = _read_other(reports_dir, suite, system)
    (reports_dir / f"{stem}.md").write_text(markdown(report, other), encoding="utf-8")
    chart(report, reports_dir / f"{stem}.png")
    print(markdown(report, other).split("\n## ")[0])
    print(f"reports: {reports_dir / stem}.json, .md, .png")

    if system != OURS:
        return 0
    gates = json.loads(gates_file.read_text()) if gates_file.is_file() else {}
    failures = check_gate(suite, limit, report["summary"]["overall"], gates) if not split else []
    for f in failures:
        print(f"GATE FAILED: {f}", file=sys.stderr)
    return 1 if failures else 0


def _read_other(reports_dir: Path, suite: str, system: str) -> dict[str, Any] | None:
    """The other system's saved report for this suite, to show side by side."""
    from evals.baseline import NAME

    path = reports_dir / (f"{suite}.{NAME}.json" if system == OURS else f"{suite}.json")
    return json.loads(path.read_text()) if path.is_file() else None
