"""Unit tests for the eval metrics (pure functions, no model)."""

from __future__ import annotations

import pytest

from evals import metrics

TEXTS = {"a": "The storm killed 15 people. The mayor resigned.", "b": "Fourteen people died."}


def result(verdict: str = "conflict", **over: object) -> dict:
    base = {
        "answer": "A says 15 [1]; B says 14 [2].",
        "verdict": verdict,
        "sources": [
            {"source_id": "a", "title": "A", "answer": "15 people", "citations": [1]},
            {"source_id": "b", "title": "B", "answer": "14", "citations": [2]},
        ],
        "citations": [
            {
                "id": 1,
                "source_id": "a",
                "quote": "The storm killed 15 people.",
                "start": 0,
                "end": 27,
            },
            {"id": 2, "source_id": "b", "quote": "Fourteen people died.", "start": 0, "end": 21},
        ],
    }
    base.update(over)
    return base


def test_citation_valid_checks_exact_slice():
    good = {"source_id": "a", "quote": "The storm killed 15 people.", "start": 0, "end": 27}
    assert metrics.citation_valid(good, TEXTS)
    assert not metrics.citation_valid({**good, "start": 1}, TEXTS)
    assert not metrics.citation_valid({**good, "source_id": "zzz"}, TEXTS)
    assert not metrics.citation_valid({**good, "end": 999}, TEXTS)


def test_unresolved_marker_counts_as_invalid():
    r = result(answer="A says 15 [1]; B says 14 [7].")
    assert not metrics.markers_resolve(r)
    assert metrics.citation_validity(r, TEXTS) == (2, 3)
    assert metrics.citation_validity(result(), TEXTS) == (2, 2)


@pytest.mark.parametrize(
    ("expected", "got", "ok"),
    [
        (r"\b15\b|fifteen", "15 people", True),
        (r"\b15\b|fifteen", "115 people", False),
        (["Paris"], "in paris, France", True),
        (["Paris"], "Parisian suburbs", False),
        (["the Battle of Hastings in 1066"], "Hastings battle, 1066", True),
        (["the Battle of Hastings in 1066"], "Hastings battle, 1067", False),
        (["Yes."], "Yes — “The mill closed.”", True),
        (["No"], "Yes — “There was no flood.”", False),  # a "no" inside the quote
        (["No"], "No — “The mill never closed.”", True),
    ],
)
def test_answer_matches(expected, got, ok):
    assert metrics.answer_matches(expected, got) is ok


@pytest.mark.parametrize(
    ("expected", "got", "ok"),
    [
        (["Liu Zhi was born in 1972."], "in 1972", True),
        (["Liu Zhi was born in 1972."], "in 1971", False),
        (["The manager in 2017 was Maxi Curran."], "Maxi Curran", True),
        (["The manager in 2017 was Maxi Curran."], "Barry Meehan", False),
        (["skunk"], "badger", False),  # every word of the gold is in the question
    ],
)
def test_answer_matches__words_of_the_question_need_not_be_repeated(expected, got, ok):
    question = {
        "skunk": "What kind of animal is Scout Skunk?",
        "Liu Zhi was born in 1972.": "When was Liu Zhi born?",
    }.get(expected[0], "Who was the manager of St Eunan's in 2017?")

    assert metrics.answer_matches(expected, got, question) is ok
    if ok:  # without the question, the gold's restated words are missing
        assert not metrics.answer_matches(expected, got)


def test_answer_matches__an_option_of_a_choice_needs_more_than_half_its_words():
    question = "Was it a farming village or a pit village by the Cashel King Cormacs club?"

    assert metrics.answer_matches(
        ["Cashel King Cormacs club"], "with Cashel King Cormacs", question
    )
    assert not metrics.answer_matches(["pit village"], "a major farming village", question)


@pytest.mark.parametrize(
    ("expected", "got", "question", "ok"),
    [
        (["3,559 people"], "3,559", "What is the population of Broken Bow?", True),
        (["3,559 people"], "3,558", "What is the population of Broken Bow?", False),
        (["Fall of 1964"], "1964", "When was South Hills High School established?", True),
        (["Abner Kneeland in 1838"], "1838", "Who was last jailed for blasphemy, and when?", False),
        (
            ["President Oler took the stand in 1911"],
            "1911",
            "When did President Oler testify?",
            True,
        ),
        (["3,559 people"], "3,559 dogs", "What is the population of Broken Bow?", False),
    ],
)
def test_answer_matches__a_bare_figure_needs_no_unit_but_every_new_name(
    expected, got, question, ok
):
    assert metrics.answer_matches(expected, got, question) is ok


def test_score_case_passes_and_fails_on_each_condition():
    exp = {"A": r"\b15\b", "B": r"\b14\b|fourteen"}
    assert metrics.score_case("conflict", exp, result(), TEXTS).passed
    assert not metrics.score_case("agree", exp, result(), TEXTS).passed
    swapped = metrics.score_case("conflict", {"A": r"\b14\b", "B": r"\b15\b"}, result(), TEXTS)
    assert not swapped.passed and swapped.misattributed == 2
    silent = metrics.score_case("conflict", {"A": r"\b15\b", "B": None}, result(), TEXTS)
    assert not silent.passed and silent.silent_expected == 1 and silent.silent_correct == 0
    bad = result()
    bad["citations"][0]["start"] = 3
    assert not metrics.score_case("conflict", exp, bad, TEXTS).passed


def test_lexical_support_needs_figures_and_most_key_terms():
    q = ["The storm killed 15 people."]
    assert metrics.lexical_support("The storm killed 15", q)
    assert not metrics.lexical_support("The storm killed 16", q)
    assert not metrics.lexical_support("The flood drowned fishermen", q)
    assert not metrics.lexical_support("15 people", [])


def test_alce_recall_and_precision():
    pairs = [
        ("The storm killed 15 people", ["The storm killed 15 people.", "The mayor resigned."]),
        ("Fourteen died", ["The mayor resigned."]),
    ]
    supported, total, relevant, judged = metrics.alce(pairs, metrics.lexical_support)
    assert (supported, total) == (1, 2)
    # The mayor quote neither supports the first statement alone nor is needed by it.
    assert (relevant, judged) == (1, 3)


def test_statements_from_text_when_no_sources():
    r = result(sources=[], answer="It was 15 [1]. Unrelated. Or 14 [2].")
    assert metrics.statements(r) == [
        ("It was 15.", ["The storm killed 15 people."]),
        ("Or 14.", ["Fourteen people died."]),
    ]


def test_conflict_detection_and_false_consensus():
    pairs = [
        ("conflict", "conflict"),
        ("conflict", "agree"),
        ("agree", "conflict"),
        ("agree", "agree"),
    ]
    m = metrics.conflict_detection(pairs)
    assert m["precision"] == 0.5 and m["recall"] == 0.5 and m["f1"] == 0.5
    assert m["false_consensus_rate"] == 0.5
    assert metrics.conflict_detection([("agree", "agree")])["false_consensus_rate"] is None


def test_abstention_rates():
    pairs = [
        ("not_found", "not_found"),
        ("not_found", "agree"),
        ("agree", "not_found"),
        ("conflict", "conflict"),
    ]
    m = metrics.abstention(pairs)
    assert m == {"recall": 0.5, "precision": 0.5, "over_abstention": 0.5}


def test_ramdocs_counts():
    labels = {"A": "correct", "B": "misinfo", "C": "noise"}
    expected = {"A": ["15"], "B": ["14"], "C": None}
    counts = metrics.ramdocs_counts(result(), labels, expected)
    assert counts == {
        "gold_found": 1,
        "gold_total": 1,
        "noise_silent": 1,
        "noise_total": 1,
        "misinfo_own": 1,
        "misinfo_total": 1,
    }
    merged = metrics.ramdocs_counts(result("agree"), labels, expected)
    assert merged["misinfo_own"] == 0


def test_summarise_rates():
    exp = {"A": r"\b15\b", "B": r"\b14\b|fourteen"}
    scores = [
        metrics.score_case("conflict", exp, result(), TEXTS),
        metrics.score_case("conflict", exp, result("agree"), TEXTS),
    ]
    s = metrics.summarise(scores)
    assert s["pass_rate"] == 0.5
    assert s["false_consensus_rate"] == 0.5
    assert s["citation_validity"] == 1.0
    assert s["attribution_precision"] == 1.0 and s["attribution_recall"] == 1.0


@pytest.mark.parametrize(
    ("got", "ok"),
    [
        ("Yes — “Hence sleep is essential for all complex animals.”", True),
        # a quote sharing the expected reasons does not make a "No" a "Yes"
        ("No — “If sleep were not essential in animals, one would expect to find ...”", False),
        # an answer giving no polarity is read by its words as before
        ("“If sleep were not essential in animals, one would expect to find species”", True),
    ],
)
def test_answer_matches__an_answer_opening_with_yes_or_no_is_that_polarity(got, ok):
    expected = ["Yes as if sleep were not essential in animals, one would expect to find species"]

    assert metrics.answer_matches(expected, got, "Is sleep essential for animals?") is ok


def test_answer_matches__no_and_a_number_is_a_name() -> None:
    assert metrics.answer_matches(["No. 100 Squadron RAF"], "Yes — “It was No. 100 Squadron RAF.”")
