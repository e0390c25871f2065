"""Dates: which end of a life a date in a text gives, which a question asks about, and which
`qa.text.numbers` tokens are dates at all.

A biography dates a life in many forms: "born on 15 May 1885", "born in Belford, on 11 April
1834", "(8 September 1838 – 2 March 1881)", an infobox's "Date of birth ( 1868-12-18 ) 18
December 1868". Dates come as `qa.text.numbers` tokens: years as digits, months as "m1".."m12".

Example:
    >>> life_event("Ada Vane (born 3 May 1900) sang.", 15, 25)
    'birth'
"""

from __future__ import annotations

import datetime
import re

from qa.text import IRREGULAR_PAST, ISO_ASIDE, WEEKDAYS, numbers, words

_BIRTH_Q = re.compile(r"\b(?:born|birth)\b", re.I)
_DEATH_Q = re.compile(r"\b(?:die|died|death|dead)\b", re.I)
# "born on 15 May 1885", "born in Belford, Northumberland, on 11 April 1834", "died of an
# abscess in the spleen on 22 August 1765", an infobox's "Date of birth ( 1868-12-18 ) 18
# December 1868" or "Birthdate: 19 September 1950"; not "born in Leeds and moved on ...".
_GAP_WORD = r"(?!(?:and|but|then|where|when|which|who|whom|before|after|until)\b)[^\W\d_][\w'’-]*"
_BORN_OR_DIED = re.compile(
    rf"\b(born|died|birth|death)(?:date)?\s*:?\s+(?:{ISO_ASIDE.pattern}\s*)?"
    # Each gap word ends in a space (after a comma, perhaps): with the space optional, a long
    # word could be split every way in turn, and a failing search took minutes.
    rf"(?:(?:in|at|of|near)\s+(?:{_GAP_WORD}\s*,?\s+){{1,8}}(?=(?:on|in)\s))?"
    r"(?:(?:on|in)\s+)?(?:(?:about|c\.)\s+)?$",
    re.I,
)
_PLACES = r"(?:\s*,\s*[^\W\d_][^,;()–—\d]*){0,3}"  # ", Glen Cove, New York" after a date


def events_asked(question: str) -> set[str]:
    """The ends of a life a question asks about: {"birth"} for "When was X born?"."""
    return {e for e, q in (("birth", _BIRTH_Q), ("death", _DEATH_Q)) if q.search(question)}


def life_event(text: str, start: int, end: int) -> str | None:
    """Which end of a life the figure at ``text[start:end]`` dates: "birth" for "born on 15 May
    1885", "(born March 15, 1947)", an infobox's "Date of birth ( 1868-12-18 ) 18 December
    1868" or the first of "(8 September 1838 – 2 March 1881)", "death" for "died in 1881",
    "Date of death ..." or the second; else None."""
    said = _BORN_OR_DIED.search(text, 0, start)
    if said:
        return "birth" if said[1].lower() in ("born", "birth") else "death"
    opened = text.rfind("(", 0, start)
    if opened < 0 or text.rfind(")", 0, start) > opened or text.find(")", end) < 0:
        return None
    before, after = text[opened + 1 : start], text[end : text.find(")", end)]
    # Each date may be followed by its place: "(22 August 1903, Mikhailovskoe, Russia – ...)".
    if re.search(rf"\d{_PLACES}\s*[–—-]\s*$", before):
        return "death"  # "(born Bert Smith; May 13, 1926 – October 20, 2017)"
    markers = re.findall(r"\b(?:born|b\.|died|d\.)", before)
    if markers:
        return "birth" if markers[-1] in ("born", "b.") else "death"
    return "birth" if re.match(rf"{_PLACES}\s*[–—-]\s*\S", after) else None


def dated(figures: set[str]) -> bool:
    """Do ``figures`` (from `numbers`) hold a month, as a full date does, or a weekday or
    season?"""
    return any(t.startswith(("m", "w", "s")) for t in figures)


def same_date(stated: set[str], there: set[str]) -> bool:
    """Does a figure holding ``there`` give the date the model ``stated``: the same full date,
    or a full date in the one year stated ("2 April 1916" for "1916")? A bare count ("10")
    gives no date and may count anything."""
    if dated(stated):
        return there == stated
    year = len(stated) == 1 and is_date_token(next(iter(stated)))
    return year and stated < there and dated(there)


def has_year(figures: set[str]) -> bool:
    """Do ``figures`` (from `numbers`) hold a year? "July 30" has none."""
    return any(is_year(t) for t in figures)


def is_year(token: str) -> bool:
    """A `numbers` token that is a plausible year: "1911", not "98" or "m2"."""
    return token.isdigit() and 1000 <= int(token) <= 2999


def is_date_token(token: str) -> bool:
    """A month (``m12``, from `numbers`), a weekday (``w1``), a season (``s3``) or a
    plausible year: "six days" answers no "when"."""
    return token.startswith(("m", "w", "s")) or is_year(token)


# The months a part of a year spans: "early 2027", "mid-2027", "late 2027".
_PART_OF_YEAR = re.compile(r"\b(early|mid|late)[-\s]+(\d{4})\b", re.I)
_PART_MONTHS = {"early": range(1, 5), "mid": range(5, 9), "late": range(9, 13)}


def outside_part_of_year(a: str, b: str) -> bool:
    """Whether one answer dates a part of a year ("mid-2027") and the other a month of that
    year outside it ("March 2027"): they give different dates, though one's figures hold the
    other's."""
    for part, other in ((a, b), (b, a)):
        match = _PART_OF_YEAR.search(part)
        figures = numbers(other)
        if match is None or match[2] not in figures:
            continue
        months = {int(t[1:]) for t in figures if t.startswith("m")}
        if months and not all(m in _PART_MONTHS[match[1].lower()] for m in months):
            return True
    return False


def same_day(a: set[str], b: set[str]) -> bool:
    """Whether one set of figures (from `numbers`) names a weekday, with nothing the other
    lacks, and the other a full date on that weekday: "Thursday" and "March 12, 2026"."""
    for day, full in ((a, b), (b, a)):
        weekdays = [t for t in day if t.startswith("w")]
        if len(weekdays) == 1 and day - set(weekdays) <= full:
            return _weekday(full) == int(weekdays[0][1:])
    return False


def _weekday(figures: set[str]) -> int | None:
    months = [int(t[1:]) for t in figures if t.startswith("m")]
    years = [int(t) for t in figures if is_year(t)]
    days = [int(t) for t in figures if t.isdigit() and 1 <= int(t) <= 31]
    if len(figures) != 3 or not len(months) == len(years) == len(days) == 1:
        return None
    try:
        return datetime.date(years[0], months[0], days[0]).isoweekday()
    except ValueError:  # "February 30"
        return None


# An answer that dates by the day it was written: "today", "yesterday", "on Tuesday".
_DAYS_FROM_WRITING = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
_RELATIVE_DAY = re.compile(
    r"^\W*(?:(?:in\s+)?the\s+(?:early\s+hours|morning|afternoon|evening|night)\s+of\s+)?"
    r"(?:(?:on|early|late|last|next|this|from|until|by|since)\s+)*"
    rf"(?P<day>{'|'.join(_DAYS_FROM_WRITING)}|{'|'.join(WEEKDAYS)})"
    r"(?:\s+(?:morning|afternoon|evening|night))?(?P<last_week>\s+last\s+week)?\W*$",
    re.I,
)
# A weekday ahead of the writing: "will be sworn in on Wednesday", "next Tuesday", "... and
# ends at 11:59 p.m. on Sunday" (a verb in the present after "and", "which" or "that").
_AHEAD = re.compile(
    r"\b(?:will|shall|is to|are to|is due|are due|scheduled|next)\b"
    r"|\b(?:and|which|that)\s+(?!(?:was|has|is|does)\b)[a-z]*[^s\W]s\b",
    re.I,
)
# Where a clause begins: the weekday's tense is its clause's ("which began Tuesday and will
# wrap up Friday").
_CLAUSE_MARK = re.compile(r"[,;(—–]|:(?!\d)|\b(?:and|but|while|whereas)\b", re.I)


def _told_past(text: str) -> bool:
    """Whether ``text`` holds a verb in the past tense: "when she lost power on", not "will be
    held on" (after "be", a participle)."""
    said = words(text.lower())
    return any(
        (w in IRREGULAR_PAST or w.endswith("ed") and len(w) > 4)
        and (i == 0 or said[i - 1] not in ("be", "been", "being"))
        for i, w in enumerate(said)
    )


def calendar_day(answer: str, sentence: str, published: str | None) -> datetime.date | None:
    """The day a relative date ``answer`` stands for, counted from ``published`` (an ISO
    date): "today" in a notice of 2026-02-10 is 10 February 2026; "on Tuesday" in an article of
    Saturday 2026-02-14 is the last Tuesday up to then, 10 February, or the next one when its
    clause in ``sentence`` looks ahead ("will be sworn in on Tuesday", "and ends at 11:59 p.m.
    on Sunday"); "Tuesday last week" is the Tuesday of the week before. A release may name its
    own day ("finished at about 2:40 a.m. Saturday"), and a part of it ("in the early hours of
    Tuesday").
    None for anything else."""
    m = _RELATIVE_DAY.match(answer)
    if m is None or not published:
        return None
    try:
        written = datetime.date.fromisoformat(published[:10])
    except ValueError:
        return None
    day = m["day"].lower()
    if day in _DAYS_FROM_WRITING:
        return written + datetime.timedelta(days=_DAYS_FROM_WRITING[day])
    if m["last_week"]:
        # "Tuesday last week": that weekday of the calendar week before the writing's.
        monday = written - datetime.timedelta(days=written.isoweekday() - 1)
        return monday - datetime.timedelta(days=7 - (WEEKDAYS[day] - 1))
    gap = WEEKDAYS[day] - written.isoweekday()
    at = sentence.find(answer.strip())
    before = sentence[:at] if at >= 0 else sentence
    marks = list(_CLAUSE_MARK.finditer(before))
    clause = before[marks[-1].start() :] if marks else before
    looks = list(_AHEAD.finditer(clause))
    ahead = bool(looks) and not _told_past(clause[looks[-1].end() :])
    ahead = ahead or answer.lower().lstrip().startswith("next")
    return written + datetime.timedelta(days=gap % 7 if ahead else -(-gap % 7))
