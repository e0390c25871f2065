"""Eval suites and runner, with FakeLLM and the hashing embedder (no real model)."""

from __future__ import annotations

import json
import re

import pytest

from evals import metrics, runner, suites
from qa.embed import HashEmbedding
from qa.llm import FakeLLM
from qa.settings import Settings

KINDS = {"conflict", "agree", "single_source", "unanswerable", "follow_up", "adversarial"}
TITLES = {"The whole truth about Zhanaozen", "Learning From Zhanaozen"}


def test_seed_cases_are_well_formed():
    cases = suites.load("seed")
    assert len(cases) >= 40
    assert len({c.id for c in cases}) == len(cases)
    counts = {k: sum(c.kind == k for c in cases) for k in KINDS}
    assert counts["unanswerable"] >= 6 and counts["conflict"] >= 1
    for title in TITLES:
        only = [c for c in cases if c.kind == "single_source" and c.sources.get(title) is not None]
        assert len(only) >= 8, title
    for c in cases:
        assert c.kind in KINDS and c.split in {"dev", "test"}
        assert set(c.sources) <= TITLES
        for exp in c.sources.values():
            if exp is not None:
                re.compile(exp)
    assert all(c.history for c in cases if c.kind == "follow_up")
    for kind in KINDS:
        assert {c.split for c in cases if c.kind == kind} == {"dev", "test"}, kind


@pytest.mark.skipif(not suites.BENCHMARKS_DIR.is_dir(), reason="../shared/benchmarks not present")
def test_benchmark_adapters():
    wc = suites.load("wikicontradict")
    assert len(wc) == 253
    assert {c.kind for c in wc} == {"explicit", "implicit", "explicit_same", "implicit_same"}
    two = next(c for c in wc if c.kind == "explicit")
    assert two.verdict == "conflict" and len(two.documents or ()) == 2
    rd = suites.load("ramdocs")
    assert len(rd) == 500
    noisy = next(c for c in rd if c.kind == "with_noise")
    labels = {d.title: d.label for d in noisy.documents or ()}
    assert all(noisy.sources[t] is None for t, lab in labels.items() if lab == "noise")


def test_sample_is_fixed_and_spread_over_kinds():
    cases = suites.load("seed")
    a, b = suites.sample(cases, 12), suites.sample(cases, 12)
    assert [c.id for c in a] == [c.id for c in b]
    assert len({c.kind for c in a}) == len(KINDS)


def _doc_case(question: str) -> suites.Case:
    docs = (
        suites.SourceDoc("Alpha report", "The harbour fire destroyed 12 warehouses on Tuesday."),
        suites.SourceDoc("Beta report", "Officials said 9 warehouses burned in the harbour fire."),
    )
    return suites.Case(
        id="t-1", kind="numbers", question=question, verdict="conflict",
        sources={"Alpha report": [r"12"], "Beta report": [r"9"]}, documents=docs,
    )  # fmt: skip


def test_runner_scores_a_throwaway_corpus_and_writes_reports(tmp_path, monkeypatch):
    case = _doc_case("How many warehouses burned in the harbour fire?")
    monkeypatch.setattr(runner, "load", lambda suite, limit=None: [case])
    llm = FakeLLM(fn=lambda p: "12 [1]" if "12 warehouses" in p.split("Question:")[-2] else "9 [1]")
    settings = Settings.preset("test")
    gates = tmp_path / "baseline.json"
    gates.write_text(json.dumps({"wikicontradict": {"limit": None, "pass_rate": 1.0}}))
    code = runner.run(
        "wikicontradict", settings=settings, llm=llm, embedder=HashEmbedding(),
        reports_dir=tmp_path, gates_file=gates, progress=False,
    )  # fmt: skip
    report = json.loads((tmp_path / "wikicontradict.json").read_text())
    row = report["rows"][0]
    assert row["answers"] == {
        "Alpha report": "12 warehouses",
        "Beta report": "9 warehouses (attributed to Officials)",
    }, row
    assert row["passed"] and code == 0
    assert report["summary"]["overall"]["citation_validity"] == 1.0
    assert (tmp_path / "wikicontradict.md").read_text().startswith("# Eval: wikicontradict")
    assert (tmp_path / "wikicontradict.png").stat().st_size > 1000


def test_gate_fails_below_the_recorded_pass_rate(tmp_path, monkeypatch):
    case = _doc_case("How many warehouses burned in the harbour fire?")
    monkeypatch.setattr(runner, "load", lambda suite, limit=None: [case])
    gates = tmp_path / "baseline.json"
    gates.write_text(json.dumps({"wikicontradict": {"limit": None, "pass_rate": 1.0}}))
    code = runner.run(
        "wikicontradict", settings=Settings.preset("test"), llm=FakeLLM(fn=lambda p: "not stated"),
        embedder=HashEmbedding(), reports_dir=tmp_path, gates_file=gates, progress=False,
    )  # fmt: skip
    assert code == 1


def test_check_gate_rules():
    overall = {"citation_validity": 1.0, "false_consensus_rate": 0.2, "pass_rate": 0.8}
    assert runner.check_gate("seed", None, overall, {}) == []
    base = {"seed": {"limit": None, "pass_rate": 0.8, "false_consensus_rate": 0.1}}
    assert runner.check_gate("seed", None, overall, base) == [
        "false-consensus rate 0.2 > baseline 0.1"
    ]
    assert runner.check_gate("seed", 30, overall, base) == []  # another sample size: not comparable
    bad = {**overall, "citation_validity": 0.99}
    assert "citation validity 0.99 < 1.0" in runner.check_gate("seed", None, bad, {})


def test_llm_judge_reads_the_models_yes_or_no():
    llm = FakeLLM(fn=lambda p: " yes" if "killed 15" in p.split("Passage:")[-1] else " no")
    judge = runner.llm_judge(llm)
    assert judge("15 people died", ["The storm killed 15 people."])
    assert not judge("15 people died", ["The storm killed 14 people."])
    assert "Claim: 15 people died" in llm.history[-1]


@pytest.mark.parametrize("suite", ["wikicontradict", "ramdocs"])
def test_missing_benchmark_folder_is_an_error_naming_it(tmp_path, suite):
    with pytest.raises(ValueError) as info:
        suites.load(suite, benchmarks=tmp_path / "nowhere")

    assert str(tmp_path / "nowhere" / suite) in str(info.value)


def test_one_passage_must_state_both_answers_and_the_row_says_which_is_missing():
    doc = suites.SourceDoc("Passage 1", "The fire destroyed 12 warehouses on Tuesday.")
    case = suites.Case(
        id="wc-x", kind="explicit_same", question="How many warehouses burned?",
        verdict="single_source", sources={"Passage 1": ["12"]}, documents=(doc,),
        extra={"also_expected": {"Passage 1": ["9"]}},
    )  # fmt: skip
    settings = Settings.preset("test")
    llm = FakeLLM(fn=lambda p: "12 [1]")
    with runner._case_assistant(case, settings, llm, HashEmbedding(), None) as assistant:
        ask = lambda a, q, history: a.ask(q).to_dict()  # noqa: E731
        row = runner.run_case(case, assistant, ask, metrics.lexical_support)
    assert not row["passed"]
    assert row["failures"] == ["Passage 1: '12 warehouses' does not also state ['9']"]
