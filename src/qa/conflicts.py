"""Conflict stage: compare per-source answers in code and give a closed-vocabulary verdict.

A small model says sources agree when they don't, so the model is never asked. Answers are
grouped by meaning: figures and dates must match (one set containing the other), otherwise
texts must be near-paraphrases. One group is ``agree``, more than one is ``conflict``.

Example:
    >>> ConflictDetector(HashEmbedding()).run([a15, a14]).verdict  # doctest: +SKIP
    'conflict'
"""

from __future__ import annotations

from collections.abc import Sequence

from qa.embed import Embedder
from qa.text import content_stems, numbers
from qa.types import ConflictReport, SourceAnswer


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
        vectors = self.embedder.embed([a.answer for a in answered])
        groups: list[list[int]] = []
        for i in range(len(answered)):
            for group in groups:
                j = group[0]
                similarity = float(vectors[i] @ vectors[j])
                if self.same(answered[i].answer, answered[j].answer, similarity, question):
                    group.append(i)
                    break
            else:
                groups.append([i])
        report_groups = tuple(tuple(answered[i].source_id for i in g) for g in groups)
        return ConflictReport("agree" if len(groups) == 1 else "conflict", report_groups)

    def same(self, a: str, b: str, similarity: float, question: str = "") -> bool:
        """Whether two answers to ``question`` say the same thing."""
        polar = {"yes", "no"}
        if a.lower() in polar or b.lower() in polar:
            return a.lower() == b.lower()
        given = numbers(question)
        na, nb = numbers(a) - given, numbers(b) - given
        if not (na and nb):
            # One only restates the question's figures ("December 2011" and "December 16,
            # 2011" still agree); both doing so leaves their words to compare.
            na, nb = (numbers(a), numbers(b)) if na or nb else (set(), set())
        if na or nb:
            # "December 16" agrees with "December 16, 2011"; 15 and 14 never agree.
            return bool(na and nb) and (na <= nb or nb <= na)
        sa, sb = content_stems(a), content_stems(b)
        jaccard = len(sa & sb) / len(sa | sb) if sa | sb else 1.0
        return jaccard >= 0.6 or similarity >= self.agree_similarity
