"""Conflict stage: verdicts decided in code from the per-source answers."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pytest

from qa.conflicts import ConflictDetector
from qa.embed import HashEmbedding
from qa.prompts import NOT_STATED
from qa.types import Sentence, SourceAnswer


def _answer(source: str, text: str) -> SourceAnswer:
    return SourceAnswer(source, text, "answer")


def _silent(source: str) -> SourceAnswer:
    return SourceAnswer(source, NOT_STATED, "not_stated")


@pytest.fixture
def detector() -> ConflictDetector:
    return ConflictDetector(HashEmbedding())


def test_run__different_figures_conflict(detector: ConflictDetector) -> None:
    report = detector.run([_answer("a", "15"), _answer("b", "14")])

    assert report.verdict == "conflict"
    assert report.groups == (("a",), ("b",))


def test_run__same_figure_in_words_and_digits_agrees(detector: ConflictDetector) -> None:
    report = detector.run([_answer("a", "Fourteen people"), _answer("b", "14")])

    assert report.verdict == "agree"
    assert report.groups == (("a", "b"),)


def test_run__same_figure_at_another_scale_conflicts(detector: ConflictDetector) -> None:
    report = detector.run([_answer("a", "9 million euros"), _answer("b", "nine paintings")])

    assert report.verdict == "conflict"


def test_run__date_and_the_same_date_with_year_agree(detector: ConflictDetector) -> None:
    assert (
        detector.run([_answer("a", "December 16"), _answer("b", "December 16, 2011")]).verdict
        == "agree"
    )
    assert (
        detector.run([_answer("a", "Dec. 16, 2011"), _answer("b", "16 December")]).verdict
        == "agree"
    )


def test_run__different_dates_conflict(detector: ConflictDetector) -> None:
    assert (
        detector.run([_answer("a", "December 16"), _answer("b", "December 17")]).verdict
        == "conflict"
    )


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        ("Thursday", "March 12, 2026", "agree"),  # 12 March 2026 was a Thursday
        ("March 12, 2026", "on Thursday", "agree"),
        ("Thursday, March 12", "12 March 2026", "agree"),
        ("Friday", "March 12, 2026", "conflict"),
        ("Thursday, March 13", "March 12, 2026", "conflict"),
        ("Thursday", "March 12", "conflict"),  # no year, no weekday to check
    ],
)
def test_run__a_weekday_agrees_with_a_full_date_on_that_day(
    detector: ConflictDetector, a: str, b: str, verdict: str
) -> None:
    assert detector.run([_answer("a", a), _answer("b", b)]).verdict == verdict


@pytest.mark.parametrize(
    ("day", "other", "verdict"),
    [
        ("10 February 2026", "Tuesday 10 February 2026", "agree"),
        ("3 February 2026", "Tuesday 10 February 2026", "conflict"),
    ],
)
def test_run__a_relative_date_is_compared_by_the_day_it_stands_for(
    detector: ConflictDetector, day: str, other: str, verdict: str
) -> None:
    today = SourceAnswer("a", "today", "answer", counted=day)

    assert detector.run([today, _answer("b", other)]).verdict == verdict


@pytest.mark.parametrize(
    ("other", "verdict"), [("31-year-old vessel", "agree"), ("30 years", "conflict")]
)
def test_run__a_year_made_in_is_compared_by_the_age_it_gives(
    detector: ConflictDetector, other: str, verdict: str
) -> None:
    built = SourceAnswer("a", "1994", "answer", counted="31 years old in 2025")

    assert detector.run([built, _answer("b", other)]).verdict == verdict


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        ("March 2027", "mid-2027", "conflict"),
        ("late 2027", "June 2027", "conflict"),
        ("June 2027", "mid-2027", "agree"),
        ("2027", "mid-2027", "agree"),
        ("March 2026", "mid-2027", "conflict"),
    ],
)
def test_run__a_month_outside_the_part_of_a_year_another_gives_conflicts(
    detector: ConflictDetector, a: str, b: str, verdict: str
) -> None:
    assert detector.run([_answer("a", a), _answer("b", b)]).verdict == verdict


def test_run__figure_against_no_figure_conflicts(detector: ConflictDetector) -> None:
    assert (
        detector.run([_answer("a", "14 people"), _answer("b", "many people")]).verdict == "conflict"
    )


def test_run__paraphrases_without_figures_agree_and_unrelated_texts_conflict(
    detector: ConflictDetector,
) -> None:
    same = detector.run(
        [_answer("a", "the police opened fire"), _answer("b", "The police opened fire.")]
    )
    different = detector.run(
        [_answer("a", "the police opened fire"), _answer("b", "striking oil workers rioted")]
    )

    assert same.verdict == "agree"
    assert different.verdict == "conflict"


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        ("GreyMoth", "The ransomware gang GreyMoth", "agree"),
        ("The ransomware gang GreyMoth", "GreyMoth", "agree"),
        ("GreyMoth", "GreyMoth and Lazarus", "conflict"),  # another name besides
        ("GreyMoth", "a gang unknown to GreyMoth", "conflict"),  # words GreyMoth lacks
        ("GreyMoth", "Lazarus", "conflict"),
    ],
)
def test_run__a_name_and_the_name_described_agree(
    detector: ConflictDetector, a: str, b: str, verdict: str
) -> None:
    assert detector.run([_answer("a", a), _answer("b", b)]).verdict == verdict


def test_run__two_sides_of_a_bound_conflict(detector: ConflictDetector) -> None:
    report = detector.run(
        [
            SourceAnswer("a", "More than 70 tornadoes", "yes_no"),
            SourceAnswer("b", "Less than 70 tornadoes", "yes_no"),
        ],
        "Were there more or less than 70 tornadoes?",
    )

    assert report.verdict == "conflict"


def test_run__one_answering_source_is_single_source(detector: ConflictDetector) -> None:
    report = detector.run([_answer("a", "14"), _silent("b")])

    assert report.verdict == "single_source"
    assert report.groups == (("a",),)


def test_run__no_answering_source_is_not_found(detector: ConflictDetector) -> None:
    assert detector.run([_silent("a"), _silent("b")]).verdict == "not_found"
    assert detector.run([]).verdict == "not_found"


def test_run__three_sources_group_by_figure(detector: ConflictDetector) -> None:
    report = detector.run([_answer("a", "15"), _answer("b", "14 people"), _answer("c", "fifteen")])

    assert report.verdict == "conflict"
    assert report.groups == (("a", "c"), ("b",))


def test_run__yes_and_no_conflict_and_two_yeses_agree(detector: ConflictDetector) -> None:
    yes_a, yes_b, no_b = (
        SourceAnswer(s, t, "yes_no") for s, t in (("a", "Yes"), ("b", "Yes"), ("b", "No"))
    )

    assert detector.run([yes_a, no_b]).verdict == "conflict"
    assert detector.run([yes_a, yes_b]).verdict == "agree"
    assert detector.run([yes_a, _answer("b", "yes, 12 people")]).verdict == "conflict"


def _compound(source: str, *parts: SourceAnswer) -> SourceAnswer:
    text = "; ".join(p.answer for p in parts)
    return SourceAnswer(source, text, "answer", parts=tuple(parts))


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        # the same count, but one says yes and the other no
        ((("Yes", "yes_no"), ("5", "answer")), (("No", "yes_no"), ("5", "answer")), "conflict"),
        ((("Yes", "yes_no"), ("5", "answer")), (("Yes", "yes_no"), ("6", "answer")), "conflict"),
        ((("Yes", "yes_no"), ("5", "answer")), (("Yes", "yes_no"), ("five", "answer")), "agree"),
        # one part left unsaid by one source is no disagreement ...
        (
            (("Yes", "yes_no"), ("5", "answer")),
            ((NOT_STATED, "not_stated"), ("5", "answer")),
            "agree",
        ),
        # ... but two sources answering different parts share nothing to agree on
        (
            (("Yes", "yes_no"), (NOT_STATED, "not_stated")),
            ((NOT_STATED, "not_stated"), ("5", "answer")),
            "conflict",
        ),
    ],
)
def test_run__compound_answers_are_compared_part_by_part(
    detector: ConflictDetector,
    a: tuple[tuple[str, str], ...],
    b: tuple[tuple[str, str], ...],
    verdict: str,
) -> None:
    first, second = (
        _compound(s, *(SourceAnswer(s, t, k) for t, k in parts))  # type: ignore[arg-type]
        for s, parts in (("a", a), ("b", b))
    )

    assert detector.run([first, second]).verdict == verdict


def test_run__extracts_count_as_answers(detector: ConflictDetector) -> None:
    extract = SourceAnswer("b", "The fire killed 14 people.", "extract")

    assert detector.run([_answer("a", "15"), extract]).verdict == "conflict"


def test_run__figures_of_the_question_make_no_agreement(detector: ConflictDetector) -> None:
    question = "What lesson do the authors draw from the 1992 riots?"
    a = _answer("a", "Police in 1992 applied lessons on community policing.")
    b = _answer("b", "Something similar happened in 1992 in Ostrava.")

    assert detector.run([a, b]).verdict == "agree"  # the shared 1992 alone
    assert detector.run([a, b], question).verdict == "conflict"
    # an answer that only restates the question's figures still agrees with a finer one
    finer = [_answer("a", "December 2011"), _answer("b", "December 16, 2011")]
    assert detector.run(finer, "What day in December 2011 did it start?").verdict == "agree"
    # ... but two answers restating different figures of the question disagree
    options = [_answer("a", "14 people"), _answer("b", "15 people")]
    assert detector.run(options, "Were 14 or 15 people killed?").verdict == "conflict"


def _no(source: str, quote: str) -> SourceAnswer:
    return SourceAnswer(source, "No", "yes_no", (Sentence(source, quote, 0, len(quote)),))


def test_run__two_noes_putting_different_figures_in_the_question_s_place_conflict(
    detector: ConflictDetector,
) -> None:
    question = "Did the garrison have 59 dead?"
    ten = _no("a", "The garrison had 10 dead and 17 wounded.")
    forty_five = _no("b", "They had 45 dead and 50 wounded.")

    assert detector.run([ten, forty_five], question).verdict == "conflict"
    assert detector.run([ten, _no("b", "It had 10 dead.")], question).verdict == "agree"
    assert detector.run([ten, _no("b", "No garrison was there.")], question).verdict == "agree"


class _SameVector:
    """Embeds every text alike: any two answers are as similar as can be."""

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        return np.ones((len(texts), 4)) / 2.0


def test_run__extracts_agree_only_in_near_identical_words() -> None:
    detector = ConflictDetector(_SameVector())  # type: ignore[arg-type]
    a = SourceAnswer("a", "CD19 is expressed on all B cells, excluding plasma cells.", "extract")
    b = SourceAnswer("b", "Contrary to early doubts, plasma cells do express CD19.", "extract")
    same = SourceAnswer("b", "CD19 is expressed on all B cells excluding plasma cells.", "extract")

    assert detector.run([a, b]).verdict == "conflict"
    assert detector.run([a, same]).verdict == "agree"
    # short answers still agree by meaning
    assert detector.run([_answer("a", "oil strike"), _answer("b", "walkout")]).verdict == "agree"


def test_run__extracts_with_a_word_swapped_for_another_conflict() -> None:
    detector = ConflictDetector(_SameVector())  # type: ignore[arg-type]
    film = "Big Girl is a Canadian documentary, directed by Renuka Jeyapalan in 2005."
    a = SourceAnswer("a", film, "extract")
    swapped = SourceAnswer("b", film.replace("documentary", "short film"), "extract")
    longer = SourceAnswer("b", film.replace("in 2005", "and released in 2005"), "extract")

    assert detector.run([a, swapped]).verdict == "conflict"
    # words only added say no other thing
    assert detector.run([a, longer]).verdict == "agree"


@pytest.mark.parametrize(
    ("first", "second", "verdict"),
    [
        ("northeastern Puerto Rico", "northwestern Puerto Rico", "conflict"),
        ("the north-east of Iowa", "northeastern Iowa", "agree"),
        ("southern Chile", "the south of Chile", "agree"),
        ("west Texas", "east Texas", "conflict"),
    ],
)
def test_run__different_compass_points_conflict(first: str, second: str, verdict: str) -> None:
    detector = ConflictDetector(_SameVector())  # type: ignore[arg-type]

    assert detector.run([_answer("a", first), _answer("b", second)]).verdict == verdict


def test_run__an_answer_joins_a_group_only_agreeing_with_each_member(
    detector: ConflictDetector,
) -> None:
    both = SourceAnswer("c", "It ended the First Boer War and the Second Boer War.", "extract")
    report = detector.run(
        [both, _answer("a", "the First Boer War"), _answer("b", "the Second Boer War")]
    )

    assert report.verdict == "conflict"
    assert ("b",) in report.groups
