"""Dates of a life: which end of a life a date gives, and which a question asks about."""

from __future__ import annotations

import datetime

import pytest

from qa.dates import calendar_day, events_asked, life_event, same_day
from qa.text import numbers


@pytest.mark.parametrize(
    ("text", "date", "event"),
    [
        # Each date of a span may be followed by its place.
        (
            "Ada Vane (22 August 1903, Arlon, Norland – 17 September 1965, Cove) was",
            "22 August 1903",
            "birth",
        ),
        (
            "Ada Vane (22 August 1903, Arlon, Norland – 17 September 1965, Cove) was",
            "17 September 1965",
            "death",
        ),
        ("Ada Vane (1999, Arlon) is a film.", "1999", None),
        # A place may come between "born" and the date, but no other clause.
        ("born in Arlon Vicarage , Norland , on 11 April 1834", "11 April 1834", "birth"),
        ("born in Arlon and moved to Norland on 11 April 1834", "11 April 1834", None),
        ("He died of a fever in the spleen on 22 August 1765 and", "22 August 1765", "death"),
        ("Birthdate: 19 September 1950", "19 September 1950", "birth"),
    ],
)
def test_life_event__names_the_end_of_a_life_a_date_gives(
    text: str, date: str, event: str | None
) -> None:
    start = text.index(date)

    assert life_event(text, start, start + len(date)) == event


@pytest.mark.parametrize(
    ("question", "events"),
    [
        ("When was Ada Vane born?", {"birth"}),
        ("What is the date of death of Ada Vane?", {"death"}),
        ("When did Ada Vane move to Arlon?", set()),
    ],
)
def test_events_asked__reads_birth_and_death_questions(question: str, events: set[str]) -> None:
    assert events_asked(question) == events


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Thursday", "March 12, 2026", True),
        ("Thursday", "March 13, 2026", False),
        ("Thursday", "February 30, 2026", False),  # no such day
        ("Thursday", "March 2026", False),  # no day of the month
        ("Thursday", "Thursday", False),  # the same figures are `numbers`' business
    ],
)
def test_same_day__a_weekday_matches_only_a_full_date_falling_on_it(
    a: str, b: str, same: bool
) -> None:
    assert same_day(numbers(a), numbers(b)) is same
    assert same_day(numbers(b), numbers(a)) is same


@pytest.mark.parametrize(
    ("answer", "sentence", "published", "day"),
    [
        ("today", "Lumera today announced a recall.", "2026-02-10", "2026-02-10"),
        ("yesterday", "It was announced yesterday.", "2026-02-10", "2026-02-09"),
        # A weekday is the one before the writing (2026-02-14 was a Saturday) ...
        ("Tuesday", "Lumera recalled the heater on Tuesday.", "2026-02-14", "2026-02-10"),
        ("late Friday", "It wrapped up late Friday.", "2026-03-21", "2026-03-20"),
        # ... or the day of writing itself (2026-03-21 was a Saturday) ...
        ("Saturday", "It finished at about 2:40 a.m. Saturday.", "2026-03-21", "2026-03-21"),
        ("on Monday", "It began on Monday.", "2026-03-21", "2026-03-16"),
        # ... or the one after, when the sentence looks ahead.
        ("Wednesday", "The mayor will be sworn in on Wednesday.", "2026-03-21", "2026-03-25"),
        ("next Tuesday", "Hearings open next Tuesday.", "2026-03-21", "2026-03-24"),
        # The tense is the weekday's own clause's (2026-03-12 was a Thursday).
        (
            "Sunday",
            "The walkout began at 4 a.m. on Monday, March 9 and ends at 11:59 p.m. on Sunday.",
            "2026-03-12",
            "2026-03-15",
        ),
        (
            "Monday",
            "The walkout began on Monday and will end on Sunday.",
            "2026-03-12",
            "2026-03-09",
        ),
        (
            "Sunday",
            "The walkout began on Monday and was over by Sunday.",
            "2026-03-16",
            "2026-03-15",
        ),
        # ... and a past verb after a present one in it is the weekday's (2026-02-19 was a
        # Thursday); "be" makes a participle no past ("which begins ... and will be held").
        (
            "Tuesday",
            "The union, which represents the crew who were aboard when she lost power on "
            "Tuesday, has rejected the account.",
            "2026-02-19",
            "2026-02-17",
        ),
        (
            "Tuesday",
            "The vote, which decides the scheme and will be held on Tuesday, is close.",
            "2026-02-19",
            "2026-02-24",
        ),
        # A full date needs no reckoning; without a publication date there is none.
        ("Wednesday, April 1", "He is sworn in on Wednesday, April 1.", "2026-03-21", None),
        ("today", "Lumera today announced a recall.", None, None),
        ("today", "Lumera today announced a recall.", "May 2012", None),
        ("last week", "It was announced last week.", "2026-02-10", None),
        # A part of the day, and a weekday of the week before the writing's (2025-03-11 and
        # 2025-03-13 were a Tuesday and a Thursday).
        (
            "in the early hours of Tuesday last week",
            "Thieves broke into the museum in the early hours of Tuesday last week.",
            "2025-03-11",
            "2025-03-04",
        ),
        ("Tuesday last week", "It closed on Tuesday last week.", "2025-03-13", "2025-03-04"),
        (
            "in the early hours of Tuesday",
            "It was broken into in the early hours of Tuesday.",
            "2025-03-06",
            "2025-03-04",
        ),
    ],
)
def test_calendar_day__counts_a_relative_date_from_the_publication_date(
    answer: str, sentence: str, published: str | None, day: str | None
) -> None:
    got = calendar_day(answer, sentence, published)

    assert got == (datetime.date.fromisoformat(day) if day else None)
