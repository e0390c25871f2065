"""Eval metrics: small pure functions over `Answer.to_dict()` results.

Each scorer takes plain data (a result dict, the sources' citable texts, an expectation) and
returns numbers or booleans, so each can be unit-tested without a model. Aggregates are computed
per case kind by the runner.

Example:
    >>> prf(tp=3, fp=1, fn=0)
    {'precision': 0.75, 'recall': 1.0, 'f1': 0.857}
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from qa.text import capitalised_words, content_stems, numbers, stems_match, words

MARKER = re.compile(r"\[(\d+)\]")

# Expected answer for one source: a regex (seed cases), a list of acceptable strings
# (benchmarks), or None when the source must not answer.
Expectation = str | list[str] | None


# --- citations -------------------------------------------------------------------------------


def citation_valid(citation: Mapping[str, Any], texts: Mapping[str, str]) -> bool:
    """True when the quote is exactly the cited source's text at ``[start:end]``."""
    text = texts.get(citation.get("source_id", ""))
    start, end = citation.get("start"), citation.get("end")
    if text is None or not isinstance(start, int) or not isinstance(end, int):
        return False
    return 0 <= start < end <= len(text) and text[start:end] == citation.get("quote")


def markers_resolve(result: Mapping[str, Any]) -> bool:
    """True when every ``[n]`` in the answer, and every per-source citation id, is a citation."""
    ids = {c["id"] for c in result.get("citations", [])}
    used = {int(n) for n in MARKER.findall(result.get("answer", ""))}
    for s in result.get("sources", []):
        used |= set(s.get("citations", []))
    return used <= ids


def citation_validity(result: Mapping[str, Any], texts: Mapping[str, str]) -> tuple[int, int]:
    """(valid, total) citations in ``result``; an unresolved ``[n]`` counts as one invalid."""
    cites = result.get("citations", [])
    valid = sum(citation_valid(c, texts) for c in cites)
    total = len(cites)
    if not markers_resolve(result):
        total += 1
    return valid, total


# --- matching answers ------------------------------------------------------------------------


def normalise(text: str) -> str:
    """Lower-case words and numbers joined by spaces (SQuAD-style, articles dropped)."""
    return " ".join(w for w in words(text) if w not in {"a", "an", "the"})


def answer_matches(expected: str | list[str], got: str, question: str = "") -> bool:
    """Does ``got`` state the expected answer to ``question``?

    A string is a case-insensitive regex searched in ``got``. A list holds acceptable answers:
    one matches when its normalised form occurs in ``got``'s, or, for longer answers, when
    ``got`` holds all its figures and at least half its content words. Words and figures the
    question already holds need not be repeated: asked "When did Liu Zhi die?", "in 1972"
    states the answer "Liu Zhi died in 1972.". A bare figure states an answer whose figures it
    holds and that names no one the question does not: "3,559" for "3,559 people" or "Fall of
    1964", not for "Abner Kneeland in 1838". A "yes" or "no" option, or one opening with
    either ("Yes as if ..."), matches ``got``'s first word only, when ``got`` opens with one.
    """
    if isinstance(expected, str):
        return re.search(expected, got, re.I) is not None
    norm_got = normalise(got)
    asked = content_stems(question)
    have = content_stems(got)
    bare = not have and bool(numbers(got))
    for option in expected:
        norm = normalise(option)
        if not norm:
            continue
        if norm in ("yes", "no"):
            # Only the answer's first word gives its polarity; a "no" inside a quote does not.
            if norm_got.split()[:1] == [norm]:
                return True
            continue
        # ("No. 100 Squadron" is a name.)
        opens = re.match(r"\W*(yes|no)\b(?!\.\s*\d)", option, re.I)
        if opens and norm_got.split()[:1] in (["yes"], ["no"]):
            # "Yes as if sleep were not essential ..." is a yes, with its reasons; a "Yes" or
            # "No" answer is that polarity, whatever words its quote shares with the reasons.
            if norm_got.split()[0] == opens[1].lower():
                return True
            continue
        if re.search(rf"(?<!\w){re.escape(norm)}(?!\w)", norm_got):
            return True
        want = {s for s in content_stems(option) if not stems_match(s, asked)}
        figures = numbers(option) - numbers(question)
        if not want and not figures:
            # One of the options of "A or B?": more than half of its words must be there.
            want = content_stems(option)
            if len(want) >= 2 and 2 * sum(stems_match(s, have) for s in want) > len(want):
                return True
        elif (
            bare
            and figures
            and figures <= numbers(got)
            and all(n in question for n in capitalised_words(option))
        ):
            return True
        elif (
            (len(want) >= 2 or figures or asked)
            and figures <= numbers(got)
            and 2 * sum(stems_match(s, have) for s in want) >= len(want)
        ):
            return True
    return False


# --- one case --------------------------------------------------------------------------------


@dataclass(frozen=True)
class CaseScore:
    """Everything the aggregates need from one case."""

    expected_verdict: str
    verdict: str
    citations_valid: int
    citations_total: int
    attribution_correct: int  # expected-answering sources whose answer matches
    attribution_expected: int  # sources expected to answer
    answered: int  # sources (with an expectation) that answered
    misattributed: int  # answered sources whose answer matches another source's expectation
    silent_correct: int  # sources expected silent that were silent
    silent_expected: int
    statements_supported: int = 0  # ALCE citation recall numerator
    statements: int = 0
    citations_relevant: int = 0  # ALCE citation precision numerator
    citations_judged: int = 0
    passed: bool = False
    details: dict[str, Any] = field(default_factory=dict)


def source_answers(result: Mapping[str, Any]) -> dict[str, str]:
    """Answering sources by title (and by source id), mapped to their answer text."""
    out: dict[str, str] = {}
    for s in result.get("sources", []):
        out[s["title"]] = s["answer"]
        out[s["source_id"]] = s["answer"]
    return out


def score_case(
    expected_verdict: str | Sequence[str],
    expected_sources: Mapping[str, Expectation],
    result: Mapping[str, Any],
    texts: Mapping[str, str],
    judge: Judge | None = None,
    question: str = "",
) -> CaseScore:
    """Score one result against its case's expectations (see `answer_matches` for ``question``).

    A case passes when the verdict is expected, every citation is valid, every source expected
    to answer states its expected answer, and every source expected silent stays silent.
    """
    verdicts = [expected_verdict] if isinstance(expected_verdict, str) else list(expected_verdict)
    got = source_answers(result)
    valid, total = citation_validity(result, texts)
    correct = expected_answering = answered = misattributed = silent_ok = silent_expected = 0
    failures = []
    for name, exp in expected_sources.items():
        answer = got.get(name)
        if exp is None:
            silent_expected += 1
            if answer is None:
                silent_ok += 1
            else:
                failures.append(f"{name} should be silent, said {answer!r}")
            continue
        expected_answering += 1
        if answer is None:
            failures.append(f"{name} did not answer")
            continue
        answered += 1
        if answer_matches(exp, answer, question):
            correct += 1
        else:
            failures.append(f"{name}: {answer!r} does not match {exp!r}")
            others = [e for n, e in expected_sources.items() if n != name and e is not None]
            if any(answer_matches(e, answer, question) for e in others):
                misattributed += 1
    if result.get("verdict") not in verdicts:
        failures.append(f"verdict {result.get('verdict')} not {'/'.join(verdicts)}")
    if valid != total:
        failures.append(f"{total - valid} invalid citation(s)")
    sup, stmts, rel, judged = alce(statements(result), judge or lexical_support)
    return CaseScore(
        expected_verdict=verdicts[0],
        verdict=str(result.get("verdict")),
        citations_valid=valid,
        citations_total=total,
        attribution_correct=correct,
        attribution_expected=expected_answering,
        answered=answered,
        misattributed=misattributed,
        silent_correct=silent_ok,
        silent_expected=silent_expected,
        statements_supported=sup,
        statements=stmts,
        citations_relevant=rel,
        citations_judged=judged,
        passed=not failures,
        details={"failures": failures},
    )


# --- ALCE-style citation recall and precision -------------------------------------------------

# judge(statement, quotes) -> True when the quotes support the statement.
Judge = Callable[[str, Sequence[str]], bool]


def lexical_support(statement: str, quotes: Sequence[str]) -> bool:
    """The lightweight support judge: the statement's figures all occur in the quotes, and so
    do at least two thirds of its content words (stems)."""
    joined = " ".join(quotes)
    if not joined.strip():
        return False
    if not numbers(statement) <= numbers(joined):
        return False
    want = content_stems(statement)
    if not want:
        return bool(numbers(statement))
    return len(want & content_stems(joined)) >= (2 / 3) * len(want)


def statements(result: Mapping[str, Any]) -> list[tuple[str, list[str]]]:
    """(statement, cited quotes) pairs: one per answering source when the result has
    per-source entries, else one per sentence of the answer text that carries markers."""
    quotes = {c["id"]: c["quote"] for c in result.get("citations", [])}
    if result.get("sources"):
        return [
            (s["answer"], [quotes[i] for i in s.get("citations", []) if i in quotes])
            for s in result["sources"]
        ]
    out = []
    for sentence in re.split(r"(?<=[.!?])\s+", result.get("answer", "")):
        ids = [int(n) for n in MARKER.findall(sentence)]
        if ids:
            out.append(
                (re.sub(r"\s*\[\d+\]", "", sentence).strip(), [quotes.get(i, "") for i in ids])
            )
    return out


def alce(pairs: Iterable[tuple[str, list[str]]], judge: Judge) -> tuple[int, int, int, int]:
    """ALCE citation recall and precision counts (Gao et al., 2023).

    Recall: a statement counts when its citations together support it. Precision: a citation
    counts when the statement is supported and the citation is needed or helps: it supports the
    statement alone, or the others without it no longer do. Returns
    ``(supported, statements, relevant, citations)``.
    """
    supported = total = relevant = judged = 0
    for statement, quotes in pairs:
        total += 1
        ok = bool(quotes) and judge(statement, quotes)
        supported += ok
        for i, q in enumerate(quotes):
            judged += 1
            rest = quotes[:i] + quotes[i + 1 :]
            if ok and (judge(statement, [q]) or not (rest and judge(statement, rest))):
                relevant += 1
    return supported, total, relevant, judged


# --- aggregates ------------------------------------------------------------------------------


def ratio(num: float, den: float) -> float | None:
    """num/den rounded to 3 places, None when there is nothing to divide."""
    return round(num / den, 3) if den else None


def prf(tp: int, fp: int, fn: int) -> dict[str, float | None]:
    """Precision, recall and F1."""
    p, r = ratio(tp, tp + fp), ratio(tp, tp + fn)
    f1 = round(2 * p * r / (p + r), 3) if p and r else (0.0 if p is not None else None)
    return {"precision": p, "recall": r, "f1": f1}


def conflict_detection(pairs: Sequence[tuple[str, str]]) -> dict[str, float | None]:
    """From (expected verdict, predicted verdict) pairs: precision, recall and F1 of
    ``conflict``, and the false-consensus rate (a conflict answered as ``agree``)."""
    tp = sum(e == "conflict" and p == "conflict" for e, p in pairs)
    fp = sum(e != "conflict" and p == "conflict" for e, p in pairs)
    fn = sum(e == "conflict" and p != "conflict" for e, p in pairs)
    conflicts = sum(e == "conflict" for e, _ in pairs)
    merged = sum(e == "conflict" and p == "agree" for e, p in pairs)
    return {**prf(tp, fp, fn), "false_consensus_rate": ratio(merged, conflicts)}


def abstention(pairs: Sequence[tuple[str, str]]) -> dict[str, float | None]:
    """From (expected, predicted) verdicts: abstention recall and precision, and
    over-abstention (abstaining on a question the sources answer)."""
    tp = sum(e == "not_found" and p == "not_found" for e, p in pairs)
    fp = sum(e != "not_found" and p == "not_found" for e, p in pairs)
    fn = sum(e == "not_found" and p != "not_found" for e, p in pairs)
    answerable = sum(e != "not_found" for e, _ in pairs)
    return {
        "recall": ratio(tp, tp + fn),
        "precision": ratio(tp, tp + fp),
        "over_abstention": ratio(fp, answerable),
    }


def summarise(scores: Sequence[CaseScore]) -> dict[str, float | int | None]:
    """All metrics over a group of scored cases."""
    pairs = [(s.expected_verdict, s.verdict) for s in scores]
    cd = conflict_detection(pairs)
    ab = abstention(pairs)
    return {
        "cases": len(scores),
        "pass_rate": ratio(sum(s.passed for s in scores), len(scores)),
        "citation_validity": ratio(
            sum(s.citations_valid for s in scores), sum(s.citations_total for s in scores)
        )
        if any(s.citations_total for s in scores)
        else 1.0,
        "attribution_precision": ratio(
            sum(s.attribution_correct for s in scores), sum(s.answered for s in scores)
        ),
        "attribution_recall": ratio(
            sum(s.attribution_correct for s in scores),
            sum(s.attribution_expected for s in scores),
        ),
        "misattribution_rate": ratio(
            sum(s.misattributed for s in scores), sum(s.answered for s in scores)
        ),
        "silent_correct": ratio(
            sum(s.silent_correct for s in scores), sum(s.silent_expected for s in scores)
        ),
        "conflict_precision": cd["precision"],
        "conflict_recall": cd["recall"],
        "conflict_f1": cd["f1"],
        "false_consensus_rate": cd["false_consensus_rate"],
        "abstention_recall": ab["recall"],
        "abstention_precision": ab["precision"],
        "over_abstention": ab["over_abstention"],
        "alce_citation_recall": ratio(
            sum(s.statements_supported for s in scores), sum(s.statements for s in scores)
        ),
        "alce_citation_precision": ratio(
            sum(s.citations_relevant for s in scores), sum(s.citations_judged for s in scores)
        ),
    }


def ramdocs_counts(
    result: Mapping[str, Any], labels: Mapping[str, str], expected: Mapping[str, Expectation]
) -> dict[str, int]:
    """RAMDocs measures for one question, as counts.

    ``labels`` maps a source title to correct/misinfo/noise. Gold answers count as found when
    the document that states them answers with them; noise documents should stay silent;
    a misinformation document's claim should stay its own (attributed to it, verdict not
    ``agree``), never merged into the majority.
    """
    got = source_answers(result)
    counts = dict.fromkeys(
        ("gold_found", "gold_total", "noise_silent", "noise_total", "misinfo_own", "misinfo_total"),
        0,
    )
    gold: dict[str, bool] = {}  # distinct gold answer -> found with its own document
    for title, label in labels.items():
        answer, exp = got.get(title), expected.get(title)
        if label == "noise":
            counts["noise_total"] += 1
            counts["noise_silent"] += answer is None
        elif label == "correct" and isinstance(exp, list):
            key = normalise(exp[0])
            gold[key] = gold.get(key, False) or (answer is not None and answer_matches(exp, answer))
        elif label == "misinfo" and exp is not None:
            counts["misinfo_total"] += 1
            counts["misinfo_own"] += (
                answer is not None
                and answer_matches(exp, answer)
                and result.get("verdict") != "agree"
            )
    counts["gold_found"], counts["gold_total"] = sum(gold.values()), len(gold)
    return counts
