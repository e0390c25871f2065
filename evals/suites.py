"""Eval suites as `Case` lists: the seed cases, and adapters for the public benchmarks.

The benchmarks are read from ``../shared/benchmarks/`` (never copied into the repo). Each of
their questions brings its own documents, one source per passage, which the runner indexes in
a throwaway folder so that questions don't see each other's documents.
"""

from __future__ import annotations

import csv
import json
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from evals.metrics import Expectation, normalise

EVALS_DIR = Path(__file__).resolve().parent
BENCHMARKS_DIR = EVALS_DIR.parent.parent / "shared" / "benchmarks"
SUITES = ("seed", "wikicontradict", "ramdocs")


@dataclass(frozen=True)
class SourceDoc:
    """One document of a benchmark question's own corpus."""

    title: str
    text: str
    label: str = ""  # the benchmark's label for it (correct/misinfo/noise), for reporting


@dataclass(frozen=True)
class Case:
    """One eval question with its expectations.

    ``documents`` is None for the default corpus; otherwise the question's own sources.
    ``sources`` maps a source title to its expected answer (see `metrics.answer_matches`), or to
    None when that source must not answer.
    """

    id: str
    kind: str
    question: str
    verdict: str | tuple[str, ...]
    sources: dict[str, Expectation]
    split: str = "test"
    history: tuple[str, ...] = ()
    documents: tuple[SourceDoc, ...] | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def load(suite: str, limit: int | None = None, benchmarks: Path = BENCHMARKS_DIR) -> list[Case]:
    """The cases of ``suite``; with ``limit``, a fixed sample spread over the suite's kinds.
    Raises ValueError naming the folder when a public benchmark is not there."""
    if suite in ("wikicontradict", "ramdocs") and not (benchmarks / suite).is_dir():
        raise ValueError(
            f"the {suite} benchmark is read from {benchmarks / suite}/ (the shared/ folder "
            "beside this repository), and that folder does not exist."
        )
    if suite == "seed":
        cases = seed_cases(EVALS_DIR / "cases.jsonl")
    elif suite == "wikicontradict":
        cases = wikicontradict_cases(benchmarks / "wikicontradict")
    elif suite == "ramdocs":
        cases = ramdocs_cases(benchmarks / "ramdocs")
    else:
        raise ValueError(f"unknown suite {suite!r}; choose from {', '.join(SUITES)}")
    return sample(cases, limit) if limit else cases


def sample(cases: list[Case], limit: int, seed: int = 0) -> list[Case]:
    """A deterministic sample of ``limit`` cases, stratified by kind (round robin)."""
    if limit >= len(cases):
        return cases
    by_kind: dict[str, list[Case]] = {}
    for c in cases:
        by_kind.setdefault(c.kind, []).append(c)
    rng = random.Random(seed)
    for group in by_kind.values():
        rng.shuffle(group)
    out: list[Case] = []
    while len(out) < limit:
        for group in by_kind.values():
            if group and len(out) < limit:
                out.append(group.pop())
    return out


def seed_cases(path: Path) -> list[Case]:
    """Cases from ``evals/cases.jsonl`` (format in the README, "Quality")."""
    cases = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        raw = json.loads(line)
        exp = raw["expect"]
        cases.append(
            Case(
                id=raw["id"],
                kind=raw["kind"],
                question=raw["question"],
                verdict=exp["verdict"]
                if isinstance(exp["verdict"], str)
                else tuple(exp["verdict"]),
                sources=dict(exp.get("sources", {})),
                split=raw.get("split", "test"),
                history=tuple(h["question"] for h in raw.get("history", [])),
                extra={"line": n},
            )
        )
    return cases


def _answers(text: str) -> list[str]:
    return [a.strip() for a in text.split("|") if a.strip()] or [text.strip()]


def wikicontradict_cases(folder: Path) -> list[Case]:
    """WikiContradict: two contradicting passages, each its own source; both answers expected,
    each from its own passage, and the verdict ``conflict``. When both statements come from one
    passage there is one source, and it must state both answers."""
    path = folder / "WikiContradict_dataset_v1_rag_qa.csv"
    cases = []
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            explicit = row["contradictType"].strip().lower().startswith("explicit")
            same = row["context1"].strip() == row["context2"].strip()
            kind = ("explicit" if explicit else "implicit") + ("_same" if same else "")
            a1, a2 = _answers(row["answer1"]), _answers(row["answer2"])
            docs: tuple[SourceDoc, ...]
            if same:
                docs = (SourceDoc("Passage 1", row["context1"].strip()),)
                sources: dict[str, Expectation] = {"Passage 1": a1}
                extra = {"also_expected": {"Passage 1": a2}}
            else:
                docs = (
                    SourceDoc("Passage 1", row["context1"].strip()),
                    SourceDoc("Passage 2", row["context2"].strip()),
                )
                sources, extra = {"Passage 1": a1, "Passage 2": a2}, {}
            cases.append(
                Case(
                    id=f"wc-{row['question_ID']}",
                    kind=kind,
                    question=row["question"].strip(),
                    verdict="single_source" if same else "conflict",
                    sources=sources,
                    documents=docs,
                    extra=extra,
                )
            )
    return sorted(cases, key=lambda c: int(c.id.split("-")[1]))


def ramdocs_cases(folder: Path) -> list[Case]:
    """RAMDocs: each document its own source. Correct and misinformation documents are
    expected to state their own answer; noise documents to stay silent."""
    cases = []
    lines = (folder / "RAMDocs_test.jsonl").read_text(encoding="utf-8").splitlines()
    for n, line in enumerate(lines, 1):
        raw = json.loads(line)
        docs: list[SourceDoc] = []
        sources: dict[str, Expectation] = {}
        for i, d in enumerate(raw["documents"], 1):
            title = f"Document {i}"
            docs.append(SourceDoc(title, d["text"].strip(), d["type"]))
            sources[title] = None if d["type"] == "noise" else [str(d["answer"])]
        kinds = {d["type"] for d in raw["documents"]}
        kind = (
            "with_misinfo" if "misinfo" in kinds else "with_noise" if "noise" in kinds else "clean"
        )
        answering = [normalise(str(d["answer"])) for d in raw["documents"] if d["type"] != "noise"]
        verdict = (
            "not_found"
            if not answering
            else "single_source"
            if len(answering) == 1
            else "agree"
            if len(set(answering)) == 1
            else "conflict"
        )
        cases.append(
            Case(
                id=f"rd-{n}",
                kind=kind,
                question=raw["question"].strip(),
                verdict=verdict,
                sources=sources,
                documents=tuple(docs),
                extra={"gold": raw["gold_answers"], "wrong": raw["wrong_answers"]},
            )
        )
    return cases
