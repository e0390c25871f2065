"""Yes/no questions, decided in code by checking the question's claim against a source sentence.

Asked "Did X found Y in 1988?", the 270M model answers yes or no at chance (see
scripts/probe_yes_no.py), so it is not asked. Code reads the claim instead:

- **yes**: one sentence (with the sentence before it, for "It ...") holds every figure and name
  of the question (a figure as often as the question states it: "the 2021 final ... played in
  2021") and at least 3 in 5 of its content words (all of them when it has three or fewer),
  with no negation over them;
- **no**: such a sentence negates or excludes one of those words ("... but not Windows Server
  2022", "all B cells, excluding plasma cells"), or it states the same thing with another
  figure of the same kind (1989 for 1988, "3 March" for "2 March", "17 wounded" for "64
  wounded", "the eleventh largest" for "the fifth largest") or another name in place of one
  the question gives ("designed by Mary Jones" for "designed by John Smith": the word before
  the name must stay), or it gives the question's figure but puts the question's words with
  another of the same kind ("the 11th largest city in Germany and 5th largest city by area"
  for "the eleventh largest city by area");
- a bound ("more than 1.4 hectares", "before 1911") is checked by arithmetic against the one
  figure of that unit, or the one year, the sentence gives ("covered 1.6 hectares": yes);
- otherwise no verdict, and the source's answer is found as for any open question: other
  comparisons ("the largest", "older than Y", "as effective as Y") are never decided, a figure
  qualified by "until", "since", "over" ... only by a sentence that says the same ("until
  1951"), and "only"/"always" claims only by a sentence that says "only"/"always" too and names
  nothing else.

An either-or question ("Were 14 or 15 people killed?") is answered by the option a sentence
names, when it names one and only one of them outside a negation (`choices`, `chosen`).

Example:
    >>> polar_verdict("Was the bridge opened in 1932?", ["The bridge was opened in 1931."])
    ('no', 0)
"""

from __future__ import annotations

import operator
import re
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from typing import Literal

from qa.dates import is_year, life_event
from qa.text import (
    ASIDE,
    DEATH_WORDS,
    HARMS,
    IRREGULAR_PAST,
    MONTHS,
    NAME_RUN,
    ORDINAL,
    REF_MARKER,
    REPORTING,
    SPEAKS_NEXT,
    STOPWORDS,
    THEFT_WORDS,
    UNCHANGED_PAST,
    WEEKDAYS,
    capitalised_words,
    content_stems,
    figure_spans,
    is_base_form,
    is_question,
    names_number,
    numbers,
    opens_with_pronoun,
    plain,
    stem,
    stems_match,
    verb_forms,
    window,
    words,
)

Polarity = Literal["yes", "no"]
Op = Literal[">", "<", ">=", "<="]

# Share of the question's content words (3 of 5) a sentence must hold to be about its claim.
MIN_COVERAGE = 0.6
# ... and a claim of this many content words or fewer must be held whole.
SHORT_CLAIM = 3
# Fewest words of a name a sentence may give without its last ("Brenn Hill" of "Brenn Hill
# Quarry"): "John" is not "John Smith".
MIN_SHORTENED = 3

_AUX = (
    "is|are|was|were|am|do|does|did|has|have|had|can|could|will|would|should|shall|may|might|"
    "must|isn't|aren't|wasn't|weren't|don't|doesn't|didn't|hasn't|haven't|hadn't|can't|won't"
)
# An opening clause may come first: "As of 2023, has Emperor released ...?", or a phrase
# with no comma in a question with no wh-word ("In the history of Bihar did ...", not "In
# what year did ...").
_OPENING_PHRASE = (
    r"(?![^?]*\b(?:what|which|whose|whom|who|how|when|where|why)\b)"
    r"(?:in|at|on|during|by|after|before|for|from|since|until|within|under|throughout|between|"
    r"among|as\s+of|according\s+to)\s[^?,]*?\s"
)
# "According to the 2019 report, ...": whose claim it is, not when; "As of 2023, ...": up to
# when, which a text on the present need not say.
_UNPLACED = re.compile(r"\W*(?:according\s+to|as\s+of)\b", re.I)
# "Is the colour ... slaty blue?", "Was Brinsley a farming village?": what the claim says of
# its subject ends it.
_COPULA_Q = re.compile(r"^\W*(?:is|are|was|were)\b", re.I)
_POLAR_Q = re.compile(
    rf"^\W*(?:[^?,]*,\s*|{_OPENING_PHRASE})?(?:(?:and|but|so)\s+)?(?:{_AUX})\b", re.I
)
# "Is it A or B?" asks which, not whether; "or not" still asks whether.
_CHOICE = re.compile(r"\bor\b(?!\s+not\b)", re.I)
# "Were any bank or card details compromised?" asks whether any were: no choice.
_ANY_OF = re.compile(r"\bany\s+(?:[\w-]+\s+){0,2}$", re.I)
# Other comparisons ("before 1911", "the largest") need more than one figure's arithmetic.
_COMPARISON = re.compile(
    r"\b(?:more|less|fewer|greater|larger|smaller|higher|lower|bigger|longer|shorter|older|"
    r"younger|earlier|later)\s+than\b|\b(?:largest|smallest|biggest|highest|lowest|longest|"
    r"shortest|oldest|youngest|earliest|latest)\b"
    # An equal measure: "as effective as", but not "as well as", "as soon as", "as long as".
    r"|\bas\s+(?!(?:well|soon|long|far)\b)[a-z]+\s+as\b",
    re.I,
)
# ... and so do these words next to a figure ("over 600 km", "since 1911").
_FIGURE_COMPARISON = re.compile(
    r"\b(?:more|less|fewer|over|under|above|below|at least|at most|exceed\w*|up to|before|"
    r"after|since|until|prior)\b",
    re.I,
)
_MORE_WORD = r"more|greater|larger|bigger|higher|longer|older"
_LESS_WORD = r"less|fewer|smaller|lower|shorter|younger"
_MORE = rf"(?:{_MORE_WORD})\s+than|over|above|exceed\w*"
_LESS = rf"(?:{_LESS_WORD})\s+than|under|below"
# "more than 1.4 hectares": the comparator, its figure and the word after that.
_BOUND = re.compile(
    rf"\b(?:(?P<more>{_MORE})|(?P<less>{_LESS})|(?P<least>at least)|(?P<most>at most)"
    r"|(?P<before>before|prior to|earlier than)|(?P<after>after|later than))\s+"
    r"[$€£]?(?P<figure>[^\W_][\w.-]*(?:,\s?\d{3})*)\s*(?P<unit>[^\W\d_][\w-]*)?",
    re.I,
)
# "Were there more or fewer than 70 tornadoes?": one bound each way, of which a figure meets one.
_EITHER_BOUND = re.compile(
    rf"\b(?:(?P<more>{_MORE_WORD})\s+or\s+(?P<less>{_LESS_WORD})"
    rf"|(?P<less2>{_LESS_WORD})\s+or\s+(?P<more2>{_MORE_WORD}))\s+than\b",
    re.I,
)
_PARTICLES = frozenset({"over", "off", "out", "up", "down", "back", "away"})
# A participle or gerund before a particle ("dating back"), whose particle it is.
_VERB_END = re.compile(r"(?:ing|ed)$")
# "only partly back", "partially reopened to traffic": the claim's word right after says it of a
# part.
_PARTLY = re.compile(r"\b(?:partly|partially|in\s+part)\b", re.I)
PARTLY_REACH = 1
# A name that says something is the claim's source, not another subject: "Dr. Alan Reid said
# the outbreak is over" (`SPEAKS_NEXT`), '..., said chairman David Lin', "according to the
# Federation".
_SPOKE_BEFORE = re.compile(
    rf"(?:according\s+to|[,”\"]\s*(?:{REPORTING}))\s+(?:the\s+)?(?:[a-z][\w-]*\s+){{0,3}}$",
    re.I,
)
_CURRENCIES = (("$", "dollar"), ("€", "euro"), ("£", "pound"))
_OPS: dict[str, Op] = {
    "more": ">",
    "less": "<",
    "least": ">=",
    "most": "<=",
    "before": "<",
    "after": ">",
}
_YEAR = "<year>"  # the unit of a bound on a year: "before 1911"
# "in 1969 or before 1969", "in 1969 or earlier": a bound that includes its year.
_INCLUSIVE_BOUND = re.compile(
    r"\b(?:in\s+)?(?P<year>[12]\d{3})\s+or\s+(?P<dir>before|earlier|after|later)"
    r"(?:\s+(?:than\s+)?(?P=year))?\b",
    re.I,
)
# A rank ("the fifth largest city") is a figure to look up, not a comparison to work out.
_RANK = re.compile(r"\b(?:\d+|[a-z]+)(?:st|nd|rd|th)\s+[a-z]+est\b", re.I)
# "only", "always": one sentence holding the claim's words does not show it holds everywhere,
# unless it says so too.
# Lower case only: "All Pakistan Federation" is a name.
_QUANTIFIER = re.compile(r"\b(?:only|always|exclusively|solely|every|all|ever|never)\b")
# "first" said of an act ("Did the police fire first?", "Did they first meet in Rome?") puts
# it before others, which only a sentence saying "first" shows; after "the", "a" or a
# possessive it is a rank ("the first album"), a figure.
_FIRST_ACT = re.compile(
    r"(?<!\bthe )(?<!\ba )(?<!\bits )(?<!\bhis )(?<!\bher )(?<!\btheir )(?<!\bour )"
    r"(?<!'s )(?<!’s )\bfirst\b(?!-)",
    re.I,
)
_CLAIMED = r"(?:suggestion|claim|allegation|accusation|report)s?\s+that\b"
_NEGATION = re.compile(
    r"\b(?:not|never|no|neither|nor|none|nobody|nothing|cannot|except|excluding|without)\b"
    r"|n['’]t\b"
    # Having none: "The systems lacked two-factor authentication", "a lack of oversight".
    r"|\black(?:s|ed|ing)?\b"
    # Not doing it: "has refused to ground its other aircraft", "failed to publish".
    r"|\b(?:refus|declin|fail)(?:e|es|s|ed|ing)?\s+to\b"
    # A denial: "denied that it had ignored the warnings", "We reject any suggestion that".
    r"|\bden(?:y|ies|ied|ying)\s+that\b"
    rf"|\b(?:den|reject|dismiss)\w*\s+(?:(?:any|all|the)\s+)?{_CLAIMED}"
    # ... or called untrue: "suggestions that warnings were ignored are simply untrue".
    rf"|\b{_CLAIMED}(?=[^.;]*\b(?:is|are|was|were)\s+(?:\w+\s+)?"
    r"(?:untrue|false|wrong|baseless|unfounded|groundless|incorrect|inaccurate)\b)",
    re.I,
)
# A negated denial leaves the claim open: "Investigators have not ruled out a power line".
_NOT_DENIED = re.compile(
    r"\b(?:not|never|cannot)\s+(?:\w+\s+)?(?:rul(?:e|es|ed|ing)\s+out|exclud(?:e|es|ed|ing)|"
    r"den(?:y|ies|ied|ying)|dismiss(?:es|ed|ing)?|reject(?:s|ed|ing)?)\b",
    re.I,
)
# ... and so does a denied negation: "We also reject the claim that nobody was hurt".
_DENIED_NEGATION = re.compile(
    rf"\b(?:den|reject|dismiss|disput)\w*\s+(?:(?:any|all|the)\s+)?{_CLAIMED}[^.;]*?"
    r"(?:\b(?:not|never|no|nobody|none|nothing|no\s+one)\b|n['’]t\b)",
    re.I,
)
# Words whose opposite a sentence may state instead of denying them: "was absent at the April
# 1555 conclave" answers "Was X present at the April 1555 conclave?". A negative prefix
# ("legal" / "illegal", "active" / "inactive") needs no entry.
_OPPOSITES = (
    ("present", "absent"),
    ("alive", "dead"),
    ("open", "closed"),
    ("true", "false"),
    ("guilty", "innocent"),
    ("public", "private"),
    ("permanent", "temporary"),
    ("accepted", "rejected"),
    ("included", "excluded"),
    ("increased", "decreased"),
    ("won", "lost"),
    ("success", "failure"),
    ("male", "female"),
    ("allowed", "barred"),
    ("allowed", "banned"),
    ("allowed", "forbidden"),
    ("allowed", "prohibited"),
    ("high", "low"),
    ("large", "small"),
    ("many", "few"),
    ("heavy", "light"),
    ("major", "minor"),
    ("broken", "intact"),
)
# Words of degree: a claim with one is shown only by a sentence that says it (its opposite
# denies it): "very light on civilian casualties" says nothing of "a large number" of them,
# nor "220 stewards on duty" that there were enough.
_DEGREE = frozenset(
    stem(w)
    for w in "high low large small big many few heavy light major minor enough sufficient "
    "adequate".split()
)
# Colours, each denying the others: "The flowers ... are slaty blue" says they are not pale
# pink. Only in lower case, since "the Black Sea" is a name, not a colour.
_COLOURS = frozenset(
    "red orange yellow green blue purple violet pink white black brown grey gray".split()
)
_OPPOSITE_STEMS = frozenset(
    pair for a, b in _OPPOSITES for pair in ((stem(a), stem(b)), (stem(b), stem(a)))
)
_NEGATIVE_PREFIX = ("un", "in", "il", "im", "ir", "non", "dis")
# ... on an adjective: "illegal", "inactive", but not "discover" nor "inform".
_ADJECTIVE_END = ("al", "ble", "ive", "ent", "ant", "ous", "ic", "ar", "ful", "ate", "ete", "wn")
# "non-selective" is one word, not "selective" and another.
_NON = re.compile(r"\bnon-(?=[^\W\d_])", re.I)
# "Were residents warned ...?", "Has the dam flooded ...?": a participle's auxiliaries.
_PERFECT_OR_PASSIVE = frozenset({"was", "were", "has", "have", "had"})
_MODALS = frozenset({"will", "would", "can", "could", "shall", "should", "may", "might", "must"})
# "Did Lumera report ...?": the verb after a named subject.
_DID_NAME_VERB = re.compile(r"^\W*(?i:did|does|do)\s+(?:[A-Z][\w'’-]*\s+){1,4}(?P<verb>[a-z]+)\s")
_PLACING = re.compile(
    r"\b(?:under|in|at|during|on|by|for|from|within|before|after|since|until|to|over|"
    r"following|as a result of|because of|due to)\b",
    re.I,
)
# A denial of the claim's core needs two words of it: "the recount was not automatic".
MIN_CORE = 2
# A negation covers its clause: up to the next comma, semicolon, dash or contrasting word, or
# an "and" before another verb ("is not part of this dispute and continues to run").
_CLAUSE_END = re.compile(
    r"[,;:()–—]|\s-\s|\b(?:but|although|though|while|whereas)\b"
    r"|\band\s+(?=(?:is|are|was|were|has|have|had|will|would|can|could|does|do|did)\b"
    r"|[a-z]+s\s+(?:to|a|an|the)\b)",
    re.I,
)


# An either-or question's words: figures and hyphenated words stay whole ("1,200",
# "non-selective").
_OPTION_WORD = re.compile(r"\d+(?:[.,]\d+)*|[^\W_][\w'’]*(?:-[^\W_][\w'’]*)*")
_ARTICLES = frozenset({"a", "an", "the"})
_LIST_COMMA = re.compile(r"(?<!\d),|,(?!\d)")  # not the comma of "1,200"
_POSSESSIVE = re.compile(r"['’]s$")  # "Tipperary's prospects" names Tipperary
# A ranking word closing the clause: "Which was issued first: ...", "Is A or B larger?".
_RANKING = re.compile(
    r"\b(?:first|last|earlier|later|older|newer|larger|smaller|bigger|longer|shorter|higher|"
    r"lower|more|less|fewer|greater)\b(?=\s*[:?,])",
    re.I,
)
# A bound's figure among several of its unit is the one that at least two of the claim's words
# introduce, among the few words before it.
INTRODUCER_REACH = 6
# Most words between a count and what it counts.
UNIT_REACH = 4
MIN_INTRODUCER = 2
# Prepositions that make the option after them a noun: "by hand", "on foot".
_OPTION_PREPOSITIONS = frozenset({"by", "on", "in", "at", "with", "via"})
# ... and those that open an option's phrase, in "under its own power or under tow".
_PHRASE_PREPOSITIONS = _OPTION_PREPOSITIONS | {"under", "from", "into", "through", "without"}
# Words of the question next to an option that an answer may carry ("a pit village").
_OPTION_REACH = 3


@dataclass(frozen=True)
class Option:
    """One option of an either-or question: the word that tells it from the others ("pit" of
    "a farming village or a pit village") and the question's words around it."""

    key: str
    before: frozenset[str]  # words that may come before it in an answer
    after: frozenset[str]  # ... and after it
    words: frozenset[str]  # the option itself: "oil workers" of "by oil workers or by ..."
    # After a preposition it is a noun, which no verb of its stem names: "by hand" is not
    # "handed in".
    noun: bool = False
    # In a preposition's phrase, a sentence names it in one too ("under tow", "in tow"; not
    # "lost power" for "under its own power"). A name needs none.
    phrased: bool = False


def choices(question: str) -> tuple[Option, ...]:
    """The options an either-or question offers: "Were 14 or 15 people killed?", "Is X
    selective or non-selective?", "... considered: legal or illegal?", "(lead or supporting)",
    "apomorphine, aporphine, or neither?". Only a yes/no-shaped question, or an "or" after a
    colon or inside brackets, offers one: in "What is the main product or industry of X?" the
    "or" joins two words for one thing. A comparison ("Which was issued first: A or B?",
    "larger than") needs both options' values, so it offers none. () when there is no choice."""
    m = _offered_or(question)
    if not m or _COMPARISON.search(question) or _RANKING.search(question):
        return ()  # "Which was issued first: A or B?" is not decided by a sentence naming one
    opened, closed = question.rfind("(", 0, m.start()), question.rfind(")", 0, m.start())
    colon = question.rfind(":", 0, m.start())
    if opened > closed and ")" in question[m.end() :]:
        left, right = (
            question[opened + 1 : m.start()],
            question[m.end() : question.index(")", m.end())],
        )
    elif colon >= 0:
        left, right = question[colon + 1 : m.start()], question[m.end() :]
    elif _POLAR_Q.search(question):
        body = _POLAR_Q.sub("", question, count=1)
        cut = m.start() - (len(question) - len(body))
        left, right = body[:cut], body[cut + len(m[0]) :]
    else:
        return ()
    items = [item for item in (_option_words(i) for i in _LIST_COMMA.split(left)) if item]
    rest = _option_words(re.split(rf"[;:?()]|{_LIST_COMMA.pattern}", right)[0])
    if not items or not rest:
        return ()
    near, after = items[-1][-_OPTION_REACH:], rest[:_OPTION_REACH]
    # Words both sides share tell neither apart: "a farming village or a pit village".
    shared = {w.lower() for w in items[-1]} & {w.lower() for w in rest}
    last = [w for w in near if w.lower() not in shared]
    first = [w for w in after if w.lower() not in shared]
    if not last or not first or {last[-1].lower(), first[0].lower()} & STOPWORDS:
        return ()  # "in 1969 or before 1969" bounds a figure; it names no options
    # "Nicaragua or southern Venezuela": a name is told apart from a name.
    names = [w for w in first if w[0].isupper()] if last[-1][0].isupper() else []
    keys = [item[-1] for item in items[:-1]] + [last[-1], (names or first)[0]]
    sides = [*items[:-1], items[-1], after]
    # The words after the last option usually belong to them all: "14 or 15 people".
    tail = _lower(after[after.index(keys[-1]) + 1 :])
    # An option runs as long as the one before "or" ("Tipperary or Galway played ..."), and a
    # name before a lower-case option is its subject ("Is Moxonidine selective or ...?").
    own = [w for w in last if w[0].isupper()] if last[-1][0].isupper() else []
    own = own or [w for w in last if not w[0].isupper()]
    spans = [[key] for key in keys[:-2]]
    spans += [own, first[: max(len(own), first.index(keys[-1]) + 1)]]
    options = tuple(
        Option(
            key.lower(),
            _lower(side[: side.index(key)]),
            _lower(side[side.index(key) + 1 :]) | tail,
            _lower(span),
            noun=bool(
                {w.lower() for w in side[side.index(key) - 1 : side.index(key)]}
                & _OPTION_PREPOSITIONS
            ),
            # A name is told by itself: "found in Nicaragua" or "to Nicaragua".
            phrased=not key[0].isupper() and _after_preposition(side[: side.index(key)]),
        )
        for key, side, span in zip(keys, sides, spans)
    )
    return options if len({o.key for o in options}) == len(options) else ()


def _after_preposition(before: Sequence[str]) -> bool:
    """Whether one of the last `_OPTION_REACH` words of ``before`` is a preposition."""
    return any(w.lower() in _PHRASE_PREPOSITIONS for w in before[-_OPTION_REACH:])


def _lower(words_: Sequence[str]) -> frozenset[str]:
    return frozenset(w.lower() for w in words_) - STOPWORDS


def _option_words(text: str) -> list[str]:
    return [w for w in _OPTION_WORD.findall(text) if w.lower() not in _ARTICLES]


def chosen(options: Sequence[Option], sentence: str) -> str | None:
    """The option ``sentence`` names, when it names one and only one outside a negation ("not
    technically illegal" names neither "legal" nor "illegal"): the option's word with the
    words beside it that the question has too ("major farming village" -> "farming village")."""
    negations = _negated_spans(sentence)
    tokens = list(_OPTION_WORD.finditer(sentence))
    found: dict[Option, int] = {}
    for i, token in enumerate(tokens):
        if any(a <= token.start() < b for a, b in negations):
            continue
        for option in options:
            if (
                _same_option_word(option.key, token[0])
                and not (
                    option.noun and _VERB_END.search(token[0]) and not _VERB_END.search(option.key)
                )
                and (not option.phrased or _after_preposition([t[0] for t in tokens[:i]]))
            ):
                found.setdefault(option, i)
    if len(found) != 1:
        return None
    ((option, i),) = found.items()
    a = b = i
    while a > 0 and tokens[a - 1][0].lower() in option.before:
        a -= 1
    while b + 1 < len(tokens) and tokens[b + 1][0].lower() in option.after:
        b += 1
    return _POSSESSIVE.sub("", sentence[tokens[a].start() : tokens[b].end()])


def _same_option_word(key: str, word: str) -> bool:
    """Whether ``word`` of a sentence is the option word ``key``: the same figure ("five" for
    "5") or the same stem, hyphens aside ("Nonselective" for "non-selective")."""
    if numbers(key):
        return numbers(key) == numbers(word)
    return stem(word.lower().replace("-", "")) == stem(key.replace("-", ""))


def is_polar(question: str) -> bool:
    """True for a yes/no question: it opens with an auxiliary verb, perhaps after an opening
    clause, and offers no choice ("in 1969 or before 1969" is a bound, not a choice)."""
    return bool(_POLAR_Q.search(question)) and not _offered_or(_strict_bound(question))


def _either_of(body: str) -> frozenset[str]:
    """The stems of the words an "or" joins after "any" in ``body`` (see `Claim.either`)."""
    m = _CHOICE.search(body)
    if m is None or not _ANY_OF.search(body, 0, m.start()):
        return frozenset()
    before, after = words(body[: m.start()])[-1:], words(body[m.end() :])[:1]
    return frozenset(content_stems(" ".join(before + after)))


def _offered_or(question: str) -> re.Match[str] | None:
    """The "or" of ``question`` that may offer a choice: not one joining what "any" asks of."""
    m = _CHOICE.search(question)
    return None if m is None or _ANY_OF.search(question, 0, m.start()) else m


def either_bound(question: str) -> tuple[tuple[str, str], ...]:
    """The two claims of "There were more or less than 70 tornadoes ...?", each with the
    answer it gives when it holds: (("There were more than 70 tornadoes ...?", "More than 70
    tornadoes"), ("There were less than 70 tornadoes ...?", "Less than 70 tornadoes")); ()
    when the question offers no such choice."""
    m = _EITHER_BOUND.search(question)
    if m is None:
        return ()
    found = []
    for word in (m["more"] or m["more2"], m["less"] or m["less2"]):
        asked = f"{question[: m.start()]}{word} than{question[m.end() :]}"
        bound = _BOUND.search(asked, m.start())
        if bound is None:
            return ()
        found.append((asked, bound[0][:1].upper() + bound[0][1:]))
    return tuple(found)


def _strict_bound(text: str) -> str:
    """``text`` with an inclusive bound on a year made strict: "in 1969 or before 1969" ->
    "before 1970", "in 1969 or after" -> "after 1968"."""

    def strict(m: re.Match[str]) -> str:
        year = int(m["year"])
        return (
            f"before {year + 1}"
            if m["dir"].lower() in ("before", "earlier")
            else f"after {year - 1}"
        )

    return _INCLUSIVE_BOUND.sub(strict, text)


@dataclass(frozen=True)
class Bound:
    """A claim's numeric bound: "more than 1.4 hectares" -> Bound(">", 1.4, "hectar")."""

    op: Op
    value: float
    unit: str  # stem of the word after the figure; "" when none (then nothing is decided)

    def holds(self, value: float) -> bool:
        """Whether ``value`` satisfies the bound."""
        compare = {">": operator.gt, "<": operator.lt, ">=": operator.ge, "<=": operator.le}
        return compare[self.op](value, self.value)


@dataclass(frozen=True)
class Claim:
    """What a yes/no question asserts: its figures, its names (runs of capitalised words, as
    stems) and its content stems."""

    figures: frozenset[str]
    names: tuple[tuple[str, ...], ...]
    # Per name, the content word before it: the relation it fills ("play" of "play for Y").
    anchors: tuple[str | None, ...]
    terms: frozenset[str]
    units: dict[str, str]  # figure -> stem of the word after it ("64 wounded" -> "wound")
    compares: bool  # a comparison other than the bound: no verdict
    # Words like "until", "since", "over" beside the claim's figures: a sentence decides the
    # claim only when it says the same ("until 1951"), since no arithmetic checks them.
    qualifiers: frozenset[tuple[str, frozenset[str]]]
    quantifiers: frozenset[str]  # "only", "always"
    days: dict[str, str]  # day of the month -> its month ("1 February" -> {"1": "m2"})
    bound: Bound | None = None
    # Figures the claim states more than once, and how often: "the 2021 championship ... played
    # in 2021" needs a sentence with 2021 twice, not "the 2021 championship ... played in 2019".
    repeated: dict[str, int] = field(default_factory=dict)
    # The content stems before a closing phrase that only places the claim: "recount" and
    # "automatic" of "Was the recount automatic under the town charter?".
    core: frozenset[str] = frozenset()
    verb: str | None = None  # "report" of "Did Lumera report the problem ...?"
    # The stem of the word that ends the claim, when it is a word of its own (no figure, no
    # name's): what "Is the colour of the flowers slaty blue?" says of its subject.
    last: str | None = None
    body: str = ""  # the claim as asked, for its word pairs (see `_compounded`)
    # Words joined by "or" after "any", of which either will do: "bank" and "card" of "Were
    # any bank or card details compromised?".
    either: frozenset[str] = frozenset()


_ADDING = re.compile(r",?\s+(?:as\s+well|too)(?=\W*$)", re.I)
# Words for now, which only say when the claim is asked of: "Is the museum open at the
# moment?" is answered by "The museum will remain closed".
_NOW = re.compile(
    r",?\s*\b(?:at\s+(?:the\s+)?(?:moment|present)|currently|presently|right\s+now|now"
    r"|at\s+this\s+time)\b",
    re.I,
)
# What open means: "open to the public".
_TO_THE_PUBLIC = re.compile(r"\b(open|closed|accessible)\s+to\s+the\s+public\b", re.I)


def claim(question: str) -> Claim:
    """The claim a yes/no question asks about."""
    # An aside in brackets describes ("A Life on Film (book about Mary Astor's career)") or converts
    # ("2 meters (6 ft 7 in)"); a source need not repeat it.
    strict = _strict_bound(question)
    lead = opening[0] if (opening := _POLAR_Q.match(strict)) else ""
    body = _NON.sub("non", ASIDE.sub("", strict[len(lead) :]))
    # "as well" and "too" add the claim to others, and say nothing of it.
    body = _TO_THE_PUBLIC.sub(r"\1", _NOW.sub("", _ADDING.sub("", body)))
    # An opening clause's figures place the claim: "When Rode was imprisoned in 1980, was he
    # under the name Barone?" is not shown by "Shortly after, Rode decided to rename himself
    # Barone".
    placed = set() if _UNPLACED.match(lead) else asked_figures(lead)
    bound = None
    m = _BOUND.search(body)
    value = _value(re.sub(r",\s", ",", m["figure"])) if m else None
    if m and value is not None:
        group = next(g for g in _OPS if m[g])
        unit = (words(m["unit"] or "") or [""])[0]
        if group in ("before", "after"):
            unit = _YEAR if is_year(f"{value:.0f}") and value.is_integer() else ""
        elif unit in STOPWORDS:
            unit = ""
        else:
            unit = stem(unit)
        bound = Bound(_OPS[group], value, unit)
        # The bound's words and figure are checked by arithmetic, not looked up.
        body = f"{body[: m.start()]} {m['unit'] or ''}{body[m.end() :]}"
    # "Is the outbreak over?": a particle that ends the claim is its predicate.
    ending = {w for w in words(body)[-1:] if w in _PARTICLES}
    did = _DID_NAME_VERB.match(question)
    verb = did["verb"].lower() if did else _participle(question)
    runs = [(_name(m[0]), _anchor(body[: m.start()])) for m in NAME_RUN.finditer(body)]
    runs = [(name, anchor) for name, anchor in runs if name]
    return Claim(
        figures=frozenset(asked_figures(body) | placed),
        names=tuple(name for name, _ in runs),
        anchors=tuple(anchor for _, anchor in runs),
        terms=frozenset(content_stems(body) | ending),
        units=dict(_units(body)),
        compares=bool(_COMPARISON.search(_RANK.sub("", body))),
        qualifiers=_qualifiers(body) if numbers(body) else frozenset(),
        # "Has it ever ...?" asks whether at any time, which any one time shows.
        quantifiers=frozenset(
            [q for q in _QUANTIFIER.findall(body) if q != "ever"]
            + ["first"] * bool(_FIRST_ACT.search(body))
        ),
        days=_days(body),
        bound=bound,
        repeated={f: n for f, n in _figure_counts(body).items() if n > 1},
        either=_either_of(body),
        core=_core(body),
        verb=verb,
        # A passive claim's predicate is its participle: "during the fire" of "Were residents
        # told to stay indoors during the fire?" only places it.
        last=_last_word(body) if _COPULA_Q.match(question) and verb is None else None,
        body=body,
    )


def _participle(question: str) -> str | None:
    """The participle a "Was/Were/Has/Have/Had <subject> <participle> ...?" question asks
    about: "warned" of "Were residents warned before the water was released?", or the one
    after a modal's "be", or after "being": "fined" of "Will the company be fined?", "taught"
    of "Are pupils being taught remotely?". A sentence that never says
    it affirms nothing: "the release of water ... to residents of Millbrook"."""
    tokens = [t.strip(".,;:?!\"'“”") for t in question.split()]
    first = tokens[0].lower() if tokens else ""
    if first in _MODALS and "be" in tokens[2:]:
        start = tokens.index("be", 2) + 1
    elif first in ("is", "are", "was", "were") and "being" in tokens[2:]:
        # "Are pupils being taught remotely ...?": what is being done.
        start = tokens.index("being", 2) + 1
    elif first in _PERFECT_OR_PASSIVE:
        # After "been" comes the asked act: "Have the police officers charged over Harwick
        # been sentenced?".
        start = tokens.index("been") + 1 if "been" in tokens[2:] else 2
    else:
        return None
    window_ = tokens[start : start + 6]
    for word, after in zip(window_[:5], [*window_[1:], ""]):
        if word != word.lower() or numbers(word) or word in ("been", "hundred"):
            continue
        # One before a noun describes it: "the wounded officer" (not one before an adverb:
        # "taught remotely").
        if after.islower() and after not in STOPWORDS and not after.endswith("ly"):
            continue
        if len(word) > 4 and word.endswith("ed") or word in IRREGULAR_PAST | UNCHANGED_PAST:
            return word
    return None


def _says_verb(verb: str, text: str, implied: Collection[str] = ()) -> bool:
    """Whether ``text`` says ``verb`` in any form, a reporting verb too ("were told to stay
    indoors" says the "told" of "Were residents told to stay indoors?"), or its stem is among
    the ``implied`` ones ("died" of "Anna Berg (1911–1955)")."""
    said = {stem(w) for w in words(text)} | set(implied)
    return any(stems_match(stem(f), said) for f in verb_forms(verb))


def asked_figures(question: str) -> set[str]:
    """The figures of a yes/no ``question``: not the "first" of an act (see `_FIRST_ACT`)."""
    return numbers(_FIRST_ACT.sub(" ", question))


def _last_word(body: str) -> str | None:
    """The stem of the content word that ends a claim's ``body``; None when a figure, a name
    or a verb ends it ("Is KX4 found in liver cells?" may be said in other words: "liver cells
    do hold KX4"), or a word of no content."""
    tail = words(body)[-1:]
    if not tail or tail[0] in STOPWORDS or numbers(tail[0]) or not is_base_form(tail[0]):
        return None
    last = body.rstrip(" ?.!").rsplit(None, 1)[-1]
    return None if last[:1].isupper() else stem(tail[0])


def _core(body: str) -> frozenset[str]:
    """The content stems of a claim's ``body`` before its last prepositional phrase."""
    placed = list(_PLACING.finditer(body))
    return frozenset(content_stems(body[: placed[-1].start()])) if placed else frozenset()


def judge(
    c: Claim,
    sentence: str,
    context: str = "",
    earlier: str = "",
    topic: str = "",
    lede: str = "",
    author: str = "",
) -> tuple[Polarity | None, float]:
    """The polarity ``sentence`` gives the claim (None when it does not decide), and the share
    of the claim's content words it holds (with ``context``, the sentence before it, when it
    opens with a pronoun: "It runs on ..." needs its "It"). A sentence opening with a pronoun
    may leave the claim's names to ``earlier`` text: "She went on to found ..." after "Mari
    Fitzduff began ...". ``topic`` (the document's title and author) names what a claim that
    names nothing is about; it and ``lede`` (the document's opening paragraph) say what event
    every sentence is about; ``author`` (who wrote it) names what it need not."""
    given = _presupposed(sentence)
    # What a question takes as given says no more than it does: every word of the claim.
    needed = 1.0 if given != sentence else MIN_COVERAGE
    sentence = given
    # "She added that ..." names a speaker, not the claim's subject: the sentence before
    # lends it nothing ("She added that the company would co-operate" ignores no warnings).
    opening = re.match(r"\W*\w+", sentence)
    speaker = opening is not None and bool(SPEAKS_NEXT.match(sentence, opening.end()))
    pronoun = opens_with_pronoun(sentence) and not speaker
    sentence = _NON.sub("non", sentence)
    scope = f"{context} {sentence}" if pronoun else sentence
    have = content_stems(scope) | _implied_words(scope) | (set(words(scope)) & _PARTICLES)
    have |= _compounded(c.body, scope) | _abbreviated(c.body, scope)
    if any(stems_match(w, have) for w in c.either):
        have |= c.either
    # Its author the source need not name where it says the rest of the claim's core:
    # Tarnside Water's statement says "suggestions that warnings were ignored are simply
    # untrue", but an airline's "The aircraft, an ATR 72-600, departed ..." is not about "Is
    # Northmere grounding its other ATR 72 aircraft?".
    own = content_stems(author)
    beside = (c.core or c.terms) - {w for run in c.names for w in run}
    if all(stems_match(w, have) for w in beside):
        have |= {w for run in c.names if all(stems_match(x, own) for x in run) for w in run}
    # What the title or the opening says the source is about, a sentence holding all the
    # claim's other words is about too (one word, no name's): "Two people have died" under
    # "... as heater fires spread" says people died in the fires.
    absent = [w for w in c.terms if not stems_match(w, have)]
    named_words = {w for run in c.names for w in run}
    if (
        len(absent) == 1
        and absent[0] not in named_words
        and stems_match(absent[0], content_stems(f"{topic} {lede}") | _implied_words(lede))
    ):
        have.add(absent[0])
    named = have | content_stems(earlier) if pronoun else have
    opposed = _opposed(c, have) | _other_colour(c, scope)
    # An opposite stands for its word: the sentence is about the claim, and denies it.
    coverage = _share(c.terms, have | opposed)
    # A short claim has no word to spare: "Is a mint stamp hinged?" is not about "mint stamp".
    needed = 1.0 if len(c.terms) <= SHORT_CLAIM else needed
    # Names the sentence lacks (all words but a run's last: "... Stadium" may stay) may have
    # another name in their place, which decides "no" below; their words cannot count
    # against the sentence being about the claim ("Did X play for Y club?" / "X played for Z").
    gone = [run for run in c.names if not any(stems_match(w, have) for w in run[:-1] or run)]
    rest = c.terms - {w for run in gone for w in run}
    replaced = bool(gone) and all(
        anchor is not None and stems_match(anchor, have)
        for run, anchor in zip(c.names, c.anchors)
        if run in gone
    )
    # A sentence that denies all of the claim's core denies it wherever it is placed: "the
    # recount was not automatic" for "Was the recount automatic under the town charter?".
    denied = len(c.core) >= MIN_CORE and _share(c.core, have) == 1.0 and _negated(c, sentence)
    about = coverage >= needed or replaced and _share(rest, have) >= needed or denied
    # "only", "always": shown only by a sentence that says them too ("They exclusively live
    # at the summits"); "never" carries a negation of its own, and stays undecided.
    said = sentence.lower()
    unquantified = "never" in c.quantifiers or not c.quantifiers <= {
        *_QUANTIFIER.findall(said),
        *re.findall(r"\bfirst\b", said),
    }
    unqualified = bool(c.qualifiers) and not c.qualifiers <= _qualifiers(sentence)
    asks = is_question(sentence) or asks_whether(c.terms, sentence) or _supposes(c.terms, sentence)
    if not about or asks or unquantified or c.compares or unqualified:
        return None, coverage
    figures = numbers(scope)
    new_names = _new_names(c, sentence)
    if not new_names:
        # A sentence that names nothing new is about what its source is about: "the court has
        # sentenced policemen" in "The whole truth about Zhanaozen".
        named = named | content_stems(topic)
    names_in = [
        all(stems_match(w, named) for w in run) or _shortened(run, sentence) for run in c.names
    ]
    counts = _figure_counts(scope)
    short = frozenset(f for f, n in c.repeated.items() if counts[f] < n)
    if all(names_in) and c.figures <= figures and not short:
        if c.bound:
            # A negated sentence ("did not take part in the 1513 conclave") says nothing of
            # the others the bound covers.
            value = None if _negated(c, sentence) else _measure(c, scope)
            return (None if value is None else _polarity(c.bound.holds(value))), coverage
        if opposed:
            # "was not absent" affirms what "absent" denies; that is left undecided.
            return (None if _negated_spans(sentence) else "no"), coverage
        if _NOT_DENIED.search(sentence) or _DENIED_NEGATION.search(sentence):
            return None, coverage
        if _negated(c, sentence) or _read_with_another(c, sentence):
            return "no", coverage
        if any(t in _DEGREE and not stems_match(t, have) for t in c.terms):
            return None, coverage
        # A question that names nothing is about the corpus topic; a sentence naming others
        # ("riots in several British cities") is about something else. Nor is "only in
        # Norland" shown by "only in Norland and Arlon".
        others = _others(new_names, sentence, topic) if not c.names else []
        if (c.quantifiers and new_names) or others:
            return None, coverage
        # Nor does a sentence that never says the asked verb affirm it: "the problem is larger
        # than either Lumera or the regulator has said" for "Did Lumera report the problem to
        # the regulator?".
        if c.verb and not _says_verb(c.verb, scope, have):
            return None, coverage
        # Nor one that lacks what the claim ends by saying of its subject: "The flowers ...
        # are pale pink" for "Is the colour of the flowers slaty blue?". Of a claim that names
        # no one, the sentence before lends a pronoun its referent, not that: "She also said
        # the cake was made in the hotel's kitchen" after "Most of the people who got sick
        # weren't even there" does not say hotel staff got sick. (A named claim's pronoun
        # may stand for its name: "Their leader was Charles de Lorraine-Guise" after "During
        # the April 1555 papal conclave ... French party".)
        alone = pronoun and not c.names
        own = content_stems(sentence) | _implied_words(sentence) if alone else have
        if c.last and not stems_match(c.last, own):
            return None, coverage
        # Nor one that says someone wants or plans it, or only may do it: "Management wants
        # to cut the break to 20 minutes" for "Will breaks be cut to 20 minutes?".
        if any(stems_match(stem(m["verb"].lower()), c.terms) for m in _INTENDED.finditer(sentence)):
            return None, coverage
        # A particle of the claim is its predicate ("back up and running"): "The trust runs
        # the system" does not say it is back. Nor is "only partly back" all of it.
        body = words(c.body)
        particles = {
            w
            for before, w in zip(body, body[1:])
            if w in _PARTICLES and not _VERB_END.search(before)
        }
        if any(w not in have for w in particles & c.terms) or any(
            stems_match(stem(w), c.terms)
            for m in _PARTLY.finditer(sentence)
            for w in words(sentence[m.end() :])[:PARTLY_REACH]
        ):
            return None, coverage
        return "yes", coverage
    missing = c.figures - figures | short
    if missing and _same_kind(missing, c, sentence):
        return "no", coverage
    if (any(names_in) or replaced) and not all(names_in) and new_names and c.figures <= figures:
        # Another name where the question has one: "home games at Birsa Munda Stadium".
        # (A name the claim is about, with no relation word before it, has no stand-in: "the
        # Relegation play-off of the 2021 Carlow Championship" is not "the 2021 Carlow
        # Championship".)
        unnamed = [(run, anchor) for run, anchor, ok in zip(c.names, c.anchors, names_in) if not ok]
        if all(run in gone and anchor is not None for run, anchor in unnamed):
            return "no", coverage
    return None, coverage


def asks_whether(terms: Collection[str], sentence: str) -> bool:
    """Whether ``sentence`` holds the words it shares with ``terms`` (content stems) only in a
    clause it asks: "The inquiry will decide whether the crew was at fault" answers neither
    yes nor no."""
    asked = re.search(r"\bwhether\b", sentence, re.I)
    if asked is None:
        return False
    shared = set(terms) & content_stems(sentence)
    return bool(shared) and shared <= content_stems(sentence[asked.end() :])


# A clause that supposes: from "if" ("even if", not "as if", which says how) to its comma.
_SUPPOSED = re.compile(r"(?<!\bas )\b(?:if|unless)\b[^,;:–—]*", re.I)


def _supposes(terms: Collection[str], sentence: str) -> bool:
    """Whether ``sentence`` holds the words it shares with ``terms`` (content stems) only in a
    clause that supposes them: "If postal votes were lost, those voters were disenfranchised"
    says neither that any were lost nor that none were."""
    supposed = " ".join(m[0] for m in _SUPPOSED.finditer(sentence))
    shared = set(terms) & content_stems(sentence)
    return bool(supposed and shared) and shared <= content_stems(supposed)


def _qualifiers(text: str) -> frozenset[tuple[str, frozenset[str]]]:
    """Each of `_FIGURE_COMPARISON`'s words in ``text`` with the figures of the three words
    after it: "until 1951" -> {("until", {"1951"})}."""
    return frozenset(
        (m[0].lower(), frozenset(numbers(" ".join(text[m.end() :].split()[:3]))))
        for m in _FIGURE_COMPARISON.finditer(text)
    )


# A name of several capitalised words, small ones between them: "Health and Safety Executive".
_NAME_PHRASE = re.compile(r"\b[A-Z][\w'’-]*(?:\s+(?:(?:of|and|for|the)\s+)*[A-Z][\w'’-]*)+")


def _abbreviated(claim_text: str, sentence: str) -> set[str]:
    """The stems of the names in ``claim_text`` that ``sentence`` writes as their initials,
    dotted or not: "the HSE" or "the H.S.E." for "the Health and Safety Executive"."""
    found: set[str] = set()
    for m in _NAME_PHRASE.finditer(claim_text):
        capitals = [w for w in m[0].split() if w[0].isupper()]
        initials = r"\.?".join(w[0] for w in capitals)
        if re.search(rf"(?<![\w.]){initials}\.?(?!\w)", sentence):
            found |= {stem(w) for w in words(" ".join(capitals))}
    return found


def _shortened(run: tuple[str, ...], sentence: str) -> bool:
    """Whether ``sentence`` names ``run`` (a name's stems, three or more) without its last
    word, with no capitalised word in its place: "at Brenn Hill on Friday" of "Brenn Hill
    Quarry", not "Brenn Hill Farm"."""
    if len(run) < MIN_SHORTENED:
        return False
    tokens = re.findall(r"[\w'’-]+", sentence) + [""]
    stems = [stem(plain(w.lower())) for w in tokens]
    n = len(run) - 1
    return any(
        tuple(stems[i : i + n]) == run[:-1] and not tokens[i + n][:1].isupper()
        for i in range(len(tokens) - n)
    )


def _name(run: str) -> tuple[str, ...]:
    """A name's words as stems; a number in it ("Second World War", "CD19") is checked as a
    figure."""
    return tuple(stem(w) for w in words(run) if w not in STOPWORDS and not numbers(w))


def _anchor(text: str) -> str | None:
    """Stem of the last content word of ``text``, if any."""
    content = [w for w in words(text) if w not in STOPWORDS and not numbers(w)]
    return stem(content[-1]) if content else None


# "ATMs", "NGOs": a kind of thing, not a name.
_PLURAL_INITIALISM = re.compile(r"[A-Z]{2,}s")
# "Why did they use live ammunition?": the writer takes it that they did.
_WHY_DID = re.compile(
    r"^\W*(?:(?:so|and|but)\s+)?why\s+(?:did|do|does|was|were|is|are|has|have)\s+"
    r"(?P<rest>[^?]+)\?\W*$",
    re.I,
)


def _compounded(question: str, text: str) -> set[str]:
    """The stems of the question's two-word names for people that ``text`` writes as one word
    in "-man" or "-men": "police" and "officer" where "policemen" stands for "police officers",
    "fire" and "fighter" for "firemen"."""
    found: set[str] = set()
    for m in re.finditer(r"\b([a-z]{4,})(?:man|men)\b", text, re.I):
        pair = re.search(rf"\b{m[1]}\s+([a-z]+)", question, re.I)
        if pair:
            found |= {stem(m[1].lower()), stem(pair[1].lower())}
    return found


def _presupposed(sentence: str) -> str:
    """``sentence``, or the statement a "why" question in it takes as given: "they use live
    ammunition." of "Why did they use live ammunition?"."""
    m = _WHY_DID.match(sentence)
    return f"{m['rest'][:1].upper()}{m['rest'][1:]}." if m else sentence


def _new_names(c: Claim, sentence: str) -> list[str]:
    """Capitalised words of ``sentence``, its first aside, that the claim does not hold: not
    a day's or a month's name, nor, when the claim names nothing, a name whose last word is
    one of the claim's ("the Riverside Stadium" for "Did the council approve the stadium?")."""
    known = {w for run in c.names for w in run}
    if not c.names:
        known = {
            stem(w.lower())
            for m in NAME_RUN.finditer(sentence)
            if stems_match(stem(m[0].split()[-1].lower()), c.terms)
            for w in m[0].split()
        }
    return [
        w
        for w in capitalised_words(sentence)
        if not stems_match(stem(w.lower()), known)
        and w.lower() not in c.terms
        and w.lower() not in WEEKDAYS
        and w.lower().rstrip(".") not in MONTHS
        and not _PLURAL_INITIALISM.fullmatch(w)  # "banks and ATMs"
    ]


def _others(names: Sequence[str], sentence: str, topic: str) -> list[str]:
    """Those of ``names`` in no name run of ``sentence`` that says it; none when a run shares
    a word with ``topic`` ("St Brennan's Hospital" for "Statement from St Brennan's"): "a house
    fire in West Yorkshire ... linked to an Aurora heater" is on the Aurora heaters' fires."""
    known = {stem(w) for w in words(topic) if w not in STOPWORDS and len(w) > 2}
    skip: set[str] = set()
    for m in NAME_RUN.finditer(sentence):
        run = re.findall(r"[\w'’-]+", m[0])
        if any(stem(w.lower()) in known for w in run):
            return []
        if SPEAKS_NEXT.match(sentence, m.end()) or _SPOKE_BEFORE.search(sentence, 0, m.start()):
            skip.update(run)
    return [w for w in names if w not in skip]


def polar_verdict(
    question: str, sentences: Sequence[str], topic: str = "", lede: str = "", author: str = ""
) -> tuple[Polarity, int] | None:
    """The verdict of the sentence that holds most of the question's claim, and its index;
    None when no sentence decides. ``sentences`` are in document order: each one's predecessor
    is read with it, so "It has been confirmed ..." keeps its subject. ``topic``, ``lede``,
    ``author``: see `judge`."""
    c = claim(question)
    if not c.terms and not c.figures:
        return None
    best: tuple[tuple[float, float, bool], int, Polarity] | None = None
    for i, sentence in enumerate(sentences):
        earlier = " ".join(sentences[:i])
        before = sentences[i - 1] if i else ""
        polarity, coverage = judge(c, sentence, before, earlier, topic, lede, author)
        if not polarity:
            continue
        # Of two holding as much, one saying more of the claim in its own words: "The museum
        # will remain closed", not "Two display cabinets were broken open" under a title
        # naming the museum.
        own = content_stems(sentence) | _implied_words(sentence)
        # ... and of those, one on "anyone" the question asks of: "nobody died", not "When the
        # port engine died", for "Was anyone killed?".
        anyone = bool(_ANYONE.search(c.body)) and bool(_ANYONE.search(sentence))
        rank = (coverage, _share(c.terms, own | _opposed(c, own)), anyone)
        if best is None or rank > best[0]:
            best = (rank, i, polarity)
    return (best[2], best[1]) if best else None


# A person left unnamed: "anyone", "nobody", "no one".
_ANYONE = re.compile(r"\b(?:any|no|some|every)(?:one|body)\b|\bno[\s-]one\b", re.I)


def _implied_words(text: str) -> set[str]:
    """The words ``text`` says without writing them: a biography's dates ("(1211–1255)" after
    a name says when its bearer was born and died), a currency sign ("$4.2 million" says
    "dollars"), a death, in any of its words (see `_DEATH`), a closure ("shut" is "closed"),
    a theft ("burglary" is "theft") and an injury ("injured" is "hurt")."""
    events = {life_event(text, a, b) for a, b in figure_spans(text)}
    signs = {stem(w) for sign, w in _CURRENCIES if sign in text}
    deaths = DEATH_WORDS if _DEATH.search(text) else set()
    closed = _CLOSURE_WORDS if _CLOSURE.search(text) else set()
    thefts = THEFT_WORDS if _THEFT.search(text) else set()
    injuries = _INJURY_WORDS if _INJURY.search(text) else set()
    lives = {w for e, w in (("birth", "born"), ("death", "died")) if e in events}
    return signs | deaths | closed | thefts | injuries | lives


_CLOSURE = re.compile(r"\b(?:shut|shuts|closed|closure)\b", re.I)
_CLOSURE_WORDS = frozenset(stem(w) for w in ("shut", "closed", "closure"))
# A theft, said in any of its words: a burglary, a robbery, a break-in, or something stolen.
_THEFT = re.compile(
    r"\b(?:thefts?|thie(?:f|ves)|steal(?:s|ing)?|stole|stolen|burglar(?:y|ies|s)?"
    r"|robber(?:y|ies|s)?|heists?|break-ins?)\b",
    re.I,
)

# An injury, in any of its words: "Three people were injured" says people were hurt.
_INJURY = re.compile(r"\b(?:injur(?:ed|y|ies|ing)|hurt|wounded|wounds?)\b", re.I)
_INJURY_WORDS = next(h for h in HARMS if "injur" in h)

# A death, said in any of its words: "Nobody died" says nobody was killed, and "nobody lost
# their life" and "no lives were lost" both.
_DEATH = re.compile(
    r"\b(?:died|dies|die|dead|deaths?|killed|kills?|fatalit(?:y|ies)"
    r"|lost\s+(?:their|his|her|its)\s+li(?:fe|ves)|lives\s+(?:were|was|have\s+been)\s+lost"
    r"|loss\s+of\s+life)\b",
    re.I,
)


def _share(want: frozenset[str], have: set[str]) -> float:
    return sum(stems_match(w, have) for w in want) / len(want) if want else 1.0


def _negated(c: Claim, sentence: str) -> bool:
    """Whether a negation in ``sentence`` covers one of the claim's figures, or one of its
    words that the sentence does not also state outside the negations ("requires neither a
    referendum, nor the Constitutional Assembly, but ... the Russian Constitution")."""
    clauses = [sentence[a:b] for a, b in _negated_spans(sentence)]
    outside = sentence
    for clause in clauses:
        outside = outside.replace(clause, " ")
    stated = content_stems(outside) | _implied_words(outside)
    for clause in clauses:
        if numbers(clause) & c.figures:
            return True
        negated = content_stems(clause) | _implied_words(clause)
        if any(stems_match(t, negated) and not stems_match(t, stated) for t in c.terms):
            return True
    return False


def _opposite(a: str, b: str) -> bool:
    """Whether the stems ``a`` and ``b`` are opposites: a listed pair, or an adjective and
    itself with a negative prefix ("illegal", "non-selective")."""
    if (a, b) in _OPPOSITE_STEMS:
        return True
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return (
        len(shorter) >= 4
        and shorter.endswith(_ADJECTIVE_END)
        and any(longer == f"{p}{shorter}" for p in _NEGATIVE_PREFIX)
    )


def _opposed(c: Claim, have: set[str]) -> set[str]:
    """The claim's words that ``have`` (a sentence's stems) lacks, stating an opposite of each
    instead: {"present"} for "... was absent at the conclave"."""
    return {t for t in c.terms if not stems_match(t, have) and any(_opposite(t, w) for w in have)}


def _colours(text: str) -> set[str]:
    """The colours ``text`` writes in lower case, "grey" for "gray"."""
    found = {w for w in re.findall(r"\b[a-z]+\b", text) if w in _COLOURS}
    return {"grey" if w == "gray" else w for w in found}


def _other_colour(c: Claim, sentence: str) -> set[str]:
    """The claim's colour words, when ``sentence`` gives none of them but another colour."""
    asked, given = _colours(c.body), _colours(sentence)
    if not asked or not given or asked & given:
        return set()
    return {t for t in c.terms if _colours(t) & asked}


def denied(stems: Collection[str], sentence: str) -> bool:
    """Whether ``sentence`` holds some of ``stems`` (a question's words) and each only inside a
    negation: "have not been affected" for "affected"."""
    spans = _negated_spans(sentence)
    held = [
        m.start()
        for m in re.finditer(r"[\w'’-]+", sentence)
        if stems_match(stem(m[0].lower()), stems)
    ]
    return bool(held) and all(any(a <= i < b for a, b in spans) for i in held)


def _negated_spans(sentence: str) -> list[tuple[int, int]]:
    """Offsets of the stretches of ``sentence`` a negation covers: from it to its clause's end."""
    spans = []
    for m in _NEGATION.finditer(sentence):
        stop = _CLAUSE_END.search(sentence, m.end())
        spans.append((m.start(), stop.start() if stop else len(sentence)))
    return spans


def _units(text: str) -> list[tuple[str, str]]:
    """Each figure of ``text`` with the stem of the word that follows it: "two live albums,
    two DVDs" -> [("2", "live"), ("2", "dvd")]."""
    return [(n, unit) for _, _, figures, unit in _figures(text) for n in figures]


def _figures(text: str) -> list[tuple[int, int, set[str], str]]:
    """Each figure of ``text`` (a rank too: "the fifth largest" / "the eleventh largest"): its
    offsets, its `numbers` and the stem of the word that follows it."""
    spans = figure_spans(text)
    spans += [
        m.span()
        for m in ORDINAL.finditer(text)
        if not any(a < m.end() and m.start() < b for a, b in spans)
    ]
    out = []
    for a, b in spans:
        after = words(REF_MARKER.sub("", text[b:], count=1))
        out.append((a, b, numbers(text[a:b]), stem(after[0]) if after else ""))
    return out


_INTENDED = re.compile(
    r"\b(?:wants?|wanted|plans?|planned|propos(?:e|es|ed)|intends?|intended|aims?|aimed"
    r"|hopes?|hoped|seeks?|sought|would\s+like"
    # ... or only may: "has the power to suspend the permit".
    r"|power|right|authority|able|allowed|entitled)\s+to\s+(?P<verb>[a-z]+)",
    re.I,
)
_JOINED = re.compile(r"\s*(?:[^\W\d_]+\s+)?(?:to|and|[–—-])\s*")


def _read_with_another(c: Claim, sentence: str) -> bool:
    """Whether the words of the claim around one of its figures sit around another figure of
    the same kind instead: "is the 11th largest city in Germany and 5th largest city by area"
    puts "by area" with 5th, not with 11th ("Is Bremen the eleventh largest city by area?")."""
    found = _figures(sentence)

    def held(a: int, b: int) -> int:
        near = content_stems(window(sentence, a, b))
        return sum(stems_match(t, near) for t in c.terms)

    for figure, unit in c.units.items():
        if not unit:
            continue
        # The two ends of a change or a range share their words: "cut the break from 30
        # minutes to 20 minutes".
        ends = {
            (a, b): [(a, b)]
            + [
                (x, y)
                for x, y, _, _ in found
                if _JOINED.fullmatch(sentence, y, a) or _JOINED.fullmatch(sentence, b, x)
            ]
            for a, b, _, _ in found
        }
        mine = [max(held(*end) for end in ends[a, b]) for a, b, ns, _ in found if figure in ns]
        others = [held(a, b) for a, b, ns, u in found if u == unit and figure not in ns]
        if mine and others and max(others) > max(mine):
            return True
    return False


def _same_kind(missing: frozenset[str], c: Claim, sentence: str) -> bool:
    """Whether ``sentence`` gives another figure of the kind of one the claim has but it lacks:
    another year for a year, another month for a month, another day of the same month, another
    count of the same thing."""
    theirs = _units(sentence)
    their_days = _days(sentence)
    for figure in missing:
        if figure in c.days and any(
            month == c.days[figure] and day != figure for day, month in their_days.items()
        ):
            return True
        for other, unit in theirs:
            if other == figure:
                continue
            if is_year(figure) and is_year(other):
                return True
            if figure.startswith("m") and other.startswith("m"):
                return True
            if c.units.get(figure) and unit == c.units[figure] and not is_year(other):
                return True
    return False


def _figure_counts(text: str) -> Counter[str]:
    """How often ``text`` states each figure."""
    return Counter(n for a, b in figure_spans(text) for n in numbers(text[a:b]))


def _days(text: str) -> dict[str, str]:
    """Days of the month in ``text``'s dates, each with its month: "10 February 1972" ->
    {"10": "m2"}."""
    out = {}
    for a, b in figure_spans(text):
        tokens = numbers(text[a:b])
        months = [t for t in tokens if t.startswith("m")]
        if len(months) == 1:
            out.update({t: months[0] for t in tokens if t.isdigit() and 1 <= int(t) <= 31})
    return out


def _measure(c: Claim, text: str) -> float | None:
    """The one value ``text`` gives in the unit of the claim's bound ("1.6 hectares"), or the
    one year it gives besides the claim's own for a bound on a year; None when it gives none or
    several (a sum or a choice is not a lookup), unless the claim's words introduce one of
    them."""
    assert c.bound
    unit = c.bound.unit
    if unit == _YEAR:
        found = {n for n, _ in _units(text) if is_year(n) and n not in c.figures}
        values = {v for v in map(_value, found) if v is not None}
        return values.pop() if len(values) == 1 else None
    if not unit:
        return None
    # Per value, the most of the claim's words among the few before one of its figures.
    introduced: dict[float, int] = {}
    for a, b, figures, u in _figures(text):
        if u != unit and unit not in _unit_phrase(text, b) or names_number(text, a):
            continue
        before = content_stems(" ".join(text[:a].split()[-INTRODUCER_REACH:])) - {unit}
        held = sum(stems_match(t, before) for t in c.terms - {unit})
        for value in map(_value, figures):
            if value is not None:
                introduced[value] = max(held, introduced.get(value, 0))
    if len(introduced) == 1:
        return next(iter(introduced))
    # Several: "Total distance of 1927 Volta a Catalunya: 1,333 km" after each stage's
    # distance. The one value the claim's words introduce is the claim's.
    most = max(introduced.values(), default=0)
    top = [v for v, held in introduced.items() if held == most]
    return top[0] if most >= MIN_INTRODUCER and len(top) == 1 else None


def _unit_phrase(text: str, end: int) -> set[str]:
    """Stems of the few words after a figure ending at ``end``, up to a small word or a mark:
    a name may come between a count and what it counts ("48,000 AeroPure 300 air
    purifiers")."""
    found: set[str] = set()
    for m in re.finditer(r"\S+", text[end:]):
        word = m[0].lower().rstrip(".,;:!?)")
        if len(found) == UNIT_REACH or word in STOPWORDS or not word.isalnum():
            break
        found.add(stem(word))
        if word != m[0].lower():
            break
    return found


def _value(figure: str) -> float | None:
    """A figure as a number: "1,342" -> 1342.0, "two" -> 2.0; None for a date or a word."""
    tokens = [t for t in numbers(figure) if not t.startswith("m")]
    try:
        return float(tokens[0]) if len(tokens) == 1 else None
    except ValueError:
        return None


def _polarity(holds: bool) -> Polarity:
    return "yes" if holds else "no"
