"""Conflict stage: compare per-source answers in code and give a closed-vocabulary verdict.

A small model says sources agree when they don't, so the model is never asked. Answers are
grouped by meaning: figures and dates must match (one set containing the other), and so must
compass points; otherwise texts must be near-paraphrases. Two extracts (whole sentences) agree
only in near-identical words, none swapped for another, and two noes only when their quotes
give no different figures. One group is ``agree``, more than one is ``conflict``.

Example:
    >>> ConflictDetector(HashEmbedding()).run([a15, a14]).verdict  # doctest: +SKIP
    'conflict'
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

import numpy as np

from qa.dates import outside_part_of_year, same_day
from qa.embed import Embedder
from qa.text import STOPWORDS, content_stems, numbers
from qa.types import ConflictReport, SourceAnswer

# Share of content words two answers must have in common to agree whatever their embeddings.
NEAR_IDENTICAL = 0.6
# A compass point, which another contradicts as a figure does: "northeastern", "north-east",
# "west".
_COMPASS = re.compile(
    r"\b(?:north|south)(?:-?(?:east|west))?(?:ern|erly|wards?)?\b"
    r"|\b(?:east|west)(?:ern|erly|wards?)?\b",
    re.I,
)
# Words that scale a figure, which `numbers` leaves out: "9 million" states a 9.
_SCALE = re.compile(r"\b(thousand|million|billion|trillion)\b", re.I)


class ConflictDetector:
    """Groups answering sources by meaning and names the verdict."""

    def __init__(self, embedder: Embedder, agree_similarity: float = 0.8) -> None:
        self.embedder = embedder
        self.agree_similarity = agree_similarity

    def run(self, answers: Sequence[SourceAnswer], question: str = "") -> ConflictReport:
        """``not_found`` (nobody answers), ``single_source``, ``agree`` or ``conflict``.
        Figures of ``question`` are not part of any answer: two passages on "the 1992 riots"
        do not agree by both naming 1992."""
        answered = [a for a in answers if a.answered]
        if not answered:
            return ConflictReport("not_found")
        if len(answered) == 1:
            return ConflictReport("single_source", ((answered[0].source_id,),))
        # One batch for the answers and the parts of compound ones (see `_same`).
        texts = list(
            dict.fromkeys(_stated(x) for a in answered for x in (a, *a.parts) if x.answered)
        )
        embedded = dict(zip(texts, self.embedder.embed(texts), strict=True))
        groups: list[list[int]] = []
        for i in range(len(answered)):
            for group in groups:
                # With every member: a sentence naming both "First" and "Second Boer War" does
                # not make the two one answer.
                if all(self._same(answered[i], answered[j], embedded, question) for j in group):
                    group.append(i)
                    break
            else:
                groups.append([i])
        report_groups = tuple(tuple(answered[i].source_id for i in g) for g in groups)
        return ConflictReport("agree" if len(groups) == 1 else "conflict", report_groups)

    def _same(
        self,
        a: SourceAnswer,
        b: SourceAnswer,
        embedded: Mapping[str, np.ndarray],
        question: str,
    ) -> bool:
        if a.parts and b.parts:
            # A compound's answers are the same where they give the same parts alike; two
            # that share no part say different things ("Yes" to one, "five" to the other).
            shared = [(x, y) for x, y in zip(a.parts, b.parts) if x.answered and y.answered]
            return bool(shared) and all(self._same(x, y, embedded, question) for x, y in shared)
        if a.kind == b.kind == "yes_no" and a.answer != b.answer:
            return False  # "Yes" and "No"; "More than 70 tornadoes" and "Less than 70 ..."
        if a.kind == b.kind == "yes_no" and a.answer == b.answer == "No":
            # Two noes may put different figures in the question's place: "10 dead" and
            # "45 dead" both deny "59 dead" and still disagree.
            given = numbers(question)
            na, nb = (numbers(" ".join(q.text for q in x.quotes)) - given for x in (a, b))
            if na and nb and not (na <= nb or nb <= na):
                return False
        if a.kind == b.kind == "extract":
            # Sentences on one topic embed alike, and share its figures, whatever they claim
            # ("CD19 is expressed on B cells, excluding plasma cells" / "plasma cells do
            # express CD19"): only near-identical wording agrees, and only where one says all
            # the other does; a word swapped for another ("a Canadian documentary" / "a
            # Canadian short film") says another thing.
            sa, sb = content_stems(a.answer), content_stems(b.answer)
            return _jaccard(a.answer, b.answer) >= NEAR_IDENTICAL and (sa <= sb or sb <= sa)
        similarity = float(embedded[_stated(a)] @ embedded[_stated(b)])
        return self.same(_stated(a), _stated(b), similarity, question)

    def same(self, a: str, b: str, similarity: float, question: str = "") -> bool:
        """Whether two answers to ``question`` say the same thing."""
        polar = {"yes", "no"}
        if a.lower() in polar or b.lower() in polar:
            return a.lower() == b.lower()
        given = numbers(question)
        na, nb = numbers(a) - given, numbers(b) - given
        if not (na and nb):
            # One only restates the question's figures ("December 2011" and "December 16,
            # 2011" still agree); both doing so leaves their words to compare, unless they
            # restate different ones ("14 people" / "15 people" for "Were 14 or 15 killed?").
            fa, fb = numbers(a), numbers(b)
            if not (na or nb) and fa and fb and not (fa <= fb or fb <= fa):
                return False
            na, nb = (fa, fb) if na or nb else (set(), set())
        ca, cb = _compass_points(a), _compass_points(b)
        if ca and cb and ca != cb:
            return False  # "northeastern Puerto Rico" / "northwestern Puerto Rico"
        if na or nb:
            # "December 16" agrees with "December 16, 2011"; 15 and 14 never agree, nor
            # "9 million euros" and "nine paintings". A weekday may be the other's date: a
            # report published later says "Thursday" for "March 12, 2026".
            held = bool(na and nb) and (na <= nb or nb <= na or same_day(na, nb))
            return held and not outside_part_of_year(a, b) and _scales(a) == _scales(b)
        return (
            _jaccard(a, b) >= NEAR_IDENTICAL
            or similarity >= self.agree_similarity
            or _one_name(a, b)
            or _one_name(b, a)
        )


def _stated(answer: SourceAnswer) -> str:
    # "today" in a notice of 10 February and "on Tuesday" in a report of the 14th give the
    # same day: compare the days they stand for.
    return f"{answer.answer} ({answer.counted})" if answer.counted else answer.answer


def _one_name(short: str, long: str) -> bool:
    """Whether ``long`` is the name ``short`` is, and no other, with words before it or in
    apposition after it that describe it: "GreyMoth" / "The ransomware gang GreyMoth" or
    "GreyMoth, a ransomware gang" (not "GreyMoth and Lazarus", "a gang unknown to GreyMoth")."""
    short, long = short.strip(" ."), long.strip(" .")
    before = long[: -len(short)].split() if long.endswith(short) else None
    if before and before[0].lower() in ("the", "a", "an"):
        before = before[1:]
    described = before is not None and not any(w.lower() in STOPWORDS for w in before)
    names = _names(short)
    return bool(names) and names == _names(long) and (described or long.startswith(f"{short},"))


def _names(text: str) -> set[str]:
    return {w for w in re.findall(r"\b[A-ZА-ЯЁ][\w'’-]*", text) if w.lower() not in STOPWORDS}


def _compass_points(text: str) -> set[str]:
    """The compass points ``text`` names, one way of writing each: "northeast" for
    "northeastern" and "the north-east"."""
    return {re.sub(r"-|ern$|erly$|wards?$", "", m[0].lower()) for m in _COMPASS.finditer(text)}


def _scales(text: str) -> set[str]:
    return {w.lower() for w in _SCALE.findall(text)}


def _jaccard(a: str, b: str) -> float:
    sa, sb = content_stems(a), content_stems(b)
    return len(sa & sb) / len(sa | sb) if sa | sb else 1.0
