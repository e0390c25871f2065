"""Text helpers shared by the stages: sentence spans, token counts, words and numbers."""

from __future__ import annotations

import difflib
import os
import re
import unicodedata
from collections.abc import Collection, Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof st sr jr vs etc no nos fig gen col lt sgt gov rep sen inc ltd co corp "
    "jan feb mar apr jun jul aug sep sept oct nov dec e.g i.e u.s u.k approx".split()
)
# Abbreviations that end no sentence when a number follows: "Op. 31", "Vol. 2", "pp. 21".
_NUMBER_ABBREVIATIONS = frozenset({"op", "opp", "vol", "vols", "pp", "ch", "art", "nr"})
_NUMBER_NEXT = re.compile(r"\s+\d")
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s+[\"'“‘«(\[]?[A-Z0-9А-ЯЁ])")
_LINE_BREAK = re.compile(r"\n")
WORD = re.compile(r"[0-9]+(?:[.,][0-9]+)*|[^\W\d_]+(?:['’][^\W\d_]+)*", re.UNICODE)

STOPWORDS = frozenset(
    """a about above after again against all also am an and any are aren't as at be because been
    before being below between both but by can could did do does doing down during each few for
    from further had has have having he her here hers herself him himself his how i if in into is
    it its itself just me more most my myself no nor not now of off on once only or other our ours
    ourselves out over own same she should so some such than that the their theirs them themselves
    then there these they this those through to too under until up very was we were what when where
    which while who whom whose why will with would you your yours yourself yourselves according
    say says said tell told many much did does article source sources text piece author writer
    ever yet still per via may might must shall one's anyone anybody anything someone somebody
    something actually really""".split()
)

# Common English verbs whose past forms no suffix gives: base, past, past participle.
_IRREGULAR = [
    line.split()
    for line in """be was been; become became become; begin began begun; bite bit bitten;
    break broke broken; bring brought brought; build built built; buy bought bought;
    catch caught caught; choose chose chosen; come came come; deal dealt dealt; do did done;
    draw drew drawn; drink drank drunk; drive drove driven; eat ate eaten; fall fell fallen;
    feed fed fed; feel felt felt; fight fought fought; find found found; flee fled fled;
    fly flew flown; forget forgot forgotten; freeze froze frozen; get got gotten; give gave given;
    go went gone; grow grew grown; hang hung hung; have had had; hear heard heard; hide hid hidden;
    hold held held; keep kept kept; know knew known; lay laid laid; lead led led; leave left left;
    lend lent lent; lie lay lain; lose lost lost; make made made; mean meant meant; meet met met;
    pay paid paid; ride rode ridden; ring rang rung; rise rose risen; run ran run; say said said;
    see saw seen; seek sought sought; sell sold sold; send sent sent; shake shook shaken;
    shoot shot shot; sing sang sung; sink sank sunk; sit sat sat; sleep slept slept;
    speak spoke spoken; spend spent spent; stand stood stood; steal stole stolen; stick stuck stuck;
    strike struck struck; swear swore sworn; swim swam swum; take took taken; teach taught taught;
    tear tore torn; tell told told; think thought thought; throw threw thrown;
    understand understood understood; wake woke woken; wear wore worn; win won won;
    write wrote written""".split(";")
]
_VERB_FORMS = {form: frozenset(forms) for forms in _IRREGULAR for form in forms}
_IRREGULAR_BASES = frozenset(forms[0] for forms in _IRREGULAR)
# Past forms of those verbs that are no verb's base form: "fell", "found", not "run" or "lay".
IRREGULAR_PAST = frozenset(_VERB_FORMS) - _IRREGULAR_BASES
# Verbs whose past forms are their base: "Has the council cut its budget?".
UNCHANGED_PAST = frozenset(
    "bet burst cast cost cut hit hurt let put quit set shut split spread upset".split()
)


def verb_forms(word: str) -> frozenset[str]:
    """The forms of an irregular verb ``word`` is one of ("say" -> {"say", "said"}); else just
    ``word``."""
    return _VERB_FORMS.get(word, frozenset((word,)))


def base_form(past: str) -> str:
    """The base form of the past ``past``: "shot" -> "shoot", "warned" -> "warn", "fired" ->
    "fire", "carried" -> "carry", "stopped" -> "stop"; ``past`` itself when it is none."""
    irregular = next((forms[0] for forms in _IRREGULAR if past in forms[1:]), None)
    if irregular or not past.endswith("ed") or len(past) < 5:
        return irregular or past
    root = past[:-2]
    if root.endswith("i"):
        return f"{root[:-1]}y"
    if root[-1] == root[-2] and root[-1] not in "lsz":
        return root[:-1]
    # One syllable ending in a lone vowel and a consonant ends in a silent "e": "fir" -> "fire".
    if re.fullmatch(r"[^aeiou]*[aeiou][^aeiouwxy]", root):
        return f"{root}e"
    return root


def is_base_form(word: str) -> bool:
    """Whether ``word`` may be a verb's base form: not "seen", "killed" or "saying"."""
    if word in _VERB_FORMS:
        return word in _IRREGULAR_BASES
    return not word.endswith(("ed", "ing"))


_UNITS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen".split()
    )
}
_TENS = {
    w: 10 * i
    for i, w in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split())
    if w != "_"
}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
}  # fmt: skip
MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ]  # fmt: skip
    )
    for m in names
}
_MONTH_NAME = {i: m.capitalize() for m, i in reversed(MONTHS.items())}  # 1 -> "January"
_DAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
WEEKDAYS = {d: i for i, d in enumerate(_DAYS, 1)}  # "monday" -> 1
SEASONS = {"spring": 1, "summer": 2, "autumn": 3, "fall": 3, "winter": 4}
# A month, weekday or season alone is a date after a word that dates it: "would reopen in
# June", "on Monday", "by spring"; not "June Carter" or "the Sunday Times".
_DATING_WORDS = frozenset(
    "on in by until till since from before after during early late mid next last this".split()
)


def _is_dated(tokens: Sequence[str], i: int) -> bool:
    """Whether the weekday or season ``tokens[i]`` dates something: it follows a dating word
    (a season perhaps after "the": "in the autumn"), or it is a season before a year ("winter
    2027"), or a weekday after a time of day ("2:40 a.m. Saturday"). "fall" dates only after
    "this", "next" or "last": "the fall of Rome" is none."""
    season = tokens[i] in SEASONS
    before = tokens[max(0, i - 2) : i]
    if season and before[-1:] == ["the"]:
        before = before[:-1]
    dating = {"this", "next", "last"} if tokens[i] == "fall" else _DATING_WORDS
    year = season and i + 1 < len(tokens) and bool(re.fullmatch(r"[12]\d{3}", tokens[i + 1]))
    # A weekday after a time of day: "at about 2:40 a.m. Saturday".
    clock = not season and (
        before in (["a", "m"], ["p", "m"])
        or len(before) == 2
        and before[0].isdigit()
        and before[1] in ("am", "pm")
    )
    return len(tokens) == 1 or year or clock or bool(before) and before[-1] in dating


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence ``(start, end)`` offsets in ``text[start:end]``, trimmed of surrounding space.

    Lines are always boundaries (headlines, bylines, list items); inside a line a sentence ends at
    ``.``/``!``/``?`` followed by space and a capital or digit, unless the word is an abbreviation.
    """
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    pos = start
    for line in [*_LINE_BREAK.finditer(text, start, end), None]:
        line_end = line.start() if line else end
        cut = pos
        for m in _SENTENCE_END.finditer(text, pos, line_end):
            word = re.search(r"([\w.]+)[.!?…]*$", text[cut : m.start() + 1])
            prev = word.group(1).lower().rstrip(".") if word else ""
            if prev in _ABBREVIATIONS or (len(prev) == 1 and prev.isalpha()):
                continue
            if prev in _NUMBER_ABBREVIATIONS and _NUMBER_NEXT.match(text, m.end()):
                continue  # "String Quintet No. 2 in G major, Op. 111, is ..." is one sentence
            if prev in _CLOCK_MARKS and _dates_on(text, m.end()):
                continue  # "finished at about 2:40 a.m. Saturday" is one sentence
            _add_span(text, cut, m.end(), spans)
            cut = m.end()
        _add_span(text, cut, line_end, spans)
        pos = line_end + 1
    return spans


_CLOCK_MARKS = frozenset({"a.m", "p.m"})


def _dates_on(text: str, start: int) -> bool:
    """Whether the word at ``text[start:]`` is a weekday or a month, which a time of day ending
    in "a.m." or "p.m." runs on into."""
    word = re.match(r"\s*([^\W\d_]+)(\s+\d)?", text[start:])
    if word is None:
        return False
    name = word[1].lower()
    # "May" is also a name: a month only before its day.
    return name in WEEKDAYS or name in MONTHS and (name != "may" or bool(word[2]))


def _add_span(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    piece = text[start:end]
    stripped = piece.strip()
    if stripped and any(c.isalnum() for c in stripped):
        left = start + len(piece) - len(piece.lstrip())
        spans.append((left, left + len(stripped)))


@lru_cache(maxsize=1)
def _encoding() -> Any:
    # tiktoken downloads its BPE file on first use; llama-index-core ships that file, so point
    # tiktoken at it unless the user already has a cache of their own.
    if "TIKTOKEN_CACHE_DIR" not in os.environ and "DATA_GYM_CACHE_DIR" not in os.environ:
        import llama_index.core

        cache = Path(llama_index.core.__file__).parent / "_static" / "tiktoken_cache"
        os.environ["TIKTOKEN_CACHE_DIR"] = str(cache)
    import tiktoken

    return tiktoken.get_encoding("cl100k_base")


def count_tokens(text: str) -> int:
    """Number of cl100k_base tokens in ``text`` (works offline)."""
    return len(_encoding().encode(text, disallowed_special=()))


def words(text: str) -> list[str]:
    """Lower-cased word and number tokens, without accents: a name spelt "Muḥammad" or
    "Pánfilo" in one source meets "Muhammad" or "Panfilo" in a question."""
    return [plain(w.lower().replace("’", "'")) for w in WORD.findall(text)]


def plain(text: str) -> str:
    """``text`` without accents: "José García" -> "Jose Garcia"."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def stem(word: str) -> str:
    """A crude suffix-stripping stem, enough to match "killed"/"kills"/"killing", and
    "running"/"runs", in either spelling ("hospitalised"/"hospitalized")."""
    for suffix in ("ingly", "edly", "ing", "ies", "ied", "ed", "es", "ly", "'s", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            if suffix in ("ies", "ied"):
                word += "y"
            elif suffix in ("ing", "ed") and _DOUBLED.search(word):
                word = word[:-1]  # "runn" of "running", "stopp" of "stopped"
            break
    return _BRITISH.sub("iz", word)


# British "-ise" and "-isation", spelt as American: "hospitalised" meets "hospitalized"; not
# "promise", "exercise" or "premise".
_BRITISH = re.compile(r"(?<=al|an|ar|or|ic|it|il|im|og|gn|rn|en|in|er)is(?=e?$|ation$)")


# A consonant doubled before "-ing" or "-ed" after one vowel ("running", "stopped"), not one a
# stem ends in ("falling", "passed", "added").
_DOUBLED = re.compile(r"(?<=[^aeiou][aeiou])([bdgkmnprt])\1$")


def window(text: str, start: int, end: int, before: int = 6, after: int = 6) -> str:
    """``text[start:end]`` (a figure) with a few words either side."""
    left = text[:start].split()[-before:]
    right = text[end:].split()[:after]
    return " ".join([*left, text[start:end], *right])


_ORDINAL_SUFFIXES = frozenset(("st", "nd", "rd", "th"))


def content_stems(text: str) -> set[str]:
    """Stems of the words that carry meaning (no stopwords, no numbers: `numbers` has those,
    nor the "th" of "11th", nor "take place", which says only that something happened)."""
    tokens = words(_TAKE_PLACE.sub(" ", text))
    return {
        stem(w)
        for i, w in enumerate(tokens)
        if w not in STOPWORDS
        and not w[0].isdigit()
        and not _is_number_word(w)
        and not (w in _ORDINAL_SUFFIXES and i and tokens[i - 1].isdigit())
    }


_TAKE_PLACE = re.compile(r"\b(?:take|takes|took|taken|taking)\s+place\b", re.I)


def stems_match(stem_: str, stems: Collection[str]) -> bool:
    """Whether ``stem_`` is in ``stems``, or one of them starts with it or it with one (four
    letters or more), or they differ by a final "e" or "d" after an "e": the crude stems of
    "police" and "policemen", of "fire" and "fired" ("fir"), and of "die" and "died" still
    meet. A verb's final "d" is its noun's "s": "decide" and "decision", "extend" and
    "extension"; its "-mit" is its noun's "-mission": "admit" and "admission"."""
    return stem_ in stems or any(
        len(stem_) >= 4
        and len(s) >= 4
        and (_extends(s, stem_) or _extends(stem_, s))
        or _d_to_s(stem_, s)
        or _d_to_s(s, stem_)
        or _mit_to_mission(stem_, s)
        or _mit_to_mission(s, stem_)
        or f"{stem_}e" == s
        or f"{s}e" == stem_
        or stem_.endswith("e")
        and f"{stem_}d" == s
        or s.endswith("e")
        and f"{s}d" == stem_
        for s in stems
    )


def _extends(longer: str, shorter: str) -> bool:
    """Whether ``longer`` is ``shorter`` with a suffix or two ("police" / "policemen",
    "establish" / "establishment", "strike" / "striker"), not another word after it: "river"
    / "riverlight", "fire" / "firefighter"."""
    if not longer.startswith(shorter):
        return False
    rest = longer[len(shorter) :]
    # A final consonant may be doubled ("wrap" / "wrapp"), or an "e" dropped ("strike" /
    # "striker").
    rest = rest[1:] if rest[:1] == shorter[-1] else rest
    return bool(
        _SUFFIXES.fullmatch(rest) or shorter.endswith("e") and _SUFFIXES.fullmatch(f"e{rest}")
    )


# Endings a crude stem may still carry (see `stem`), one or two of them.
_SUFFIX = (
    r"e|i|s|y|ed|er|or|ee|en|al|ic|ly|ry|ty|ant|ent|ian|ial|ion|ist|ism|ise|ize|ive|ory|ure|age|"
    r"ary|ery|ful|ous|ity|men|man|ment|ness|ship|less|able|ible|ance|ence|ical|ation|ition"
)
_SUFFIXES = re.compile(rf"(?:{_SUFFIX}){{0,2}}")


def _mit_to_mission(verb: str, noun: str) -> bool:
    """Whether ``noun`` is the "-mission" noun of a ``verb`` in "-mit": "admit" / "admission",
    "emit" / "emissions"."""
    return len(verb) >= 4 and verb.endswith("mit") and noun.startswith(f"{verb[:-1]}ssion")


def _d_to_s(verb: str, noun: str) -> bool:
    """Whether ``noun`` is the "-sion", "-se" or "-sive" noun of ``verb``, a stem of five
    letters or more ending in "d" or "de": "decide" / "decision", "respond" / "response"; not
    "bread" / "breast"."""
    verb = verb.removesuffix("e")
    if len(verb) < 5 or not verb.endswith("d") or not noun.startswith(f"{verb[:-1]}s"):
        return False
    return noun[len(verb) :] in ("", "e", "ion", "ive")


REF_MARKER = re.compile(r"^\s*\[\d+\]")  # a reference marker after a figure: "1,342[1] km"
# A name may open with a lower-case particle ("Amanieu d'Albret"), hold initials ("J. Searle
# Dawley") and "of", "de", "the" or "&" ("Calder & Voss").
# Abbreviations that open or end a name: "Dr. Priya Natarajan", "St. Louis", "Williams Jr.".
NAME_ABBREVIATION = r"(?:Dr|Mr|Mrs|Ms|Prof|Rev|Gen|Col|Capt|Lt|Sgt|Sen|Rep|Gov|St|Mt|Jr|Sr)\."
_NAME_WORD = rf"(?:[A-ZА-ЯЁ]\.|{NAME_ABBREVIATION}|(?:[a-z]{{1,2}}['’])?[A-ZА-ЯЁ][\w'’–-]*)"
# A person an honorific names ends before "of": "Dr. Priya Natarajan of Boston General
# Hospital" is Dr. Natarajan, but "Bank of England" is one name.
_PERSON = rf"(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+{_NAME_WORD}(?:\s+(?:de\s+)?{_NAME_WORD})*"
NAME_RUN = re.compile(
    rf"(?<![\w'’])(?:{_PERSON}|{_NAME_WORD}(?:(?:\s+(?:of\s+|de\s+|the\s+)?|\s+&\s+){_NAME_WORD})*)"
)


# Verbs that report what someone says, and what follows the name of one who does: "Dr. Alan
# Reid said", "David Lin, its chairman, says".
REPORTING = (
    r"says|said|say|told|tells|added|adds|argued|argues|claims|claimed|insists|insisted|"
    r"stated|states|warned|warns|wrote|writes|believes|believed"
)
SPEAKS_NEXT = re.compile(rf"\s*(?:,[^,]{{1,60}},\s*)?(?:{REPORTING})\b")


# Words for one harm, which sources use for each other: "hurt" and "injured", "killed" and
# "died", "sick" and "ill" (as stems).
DEATH_WORDS = frozenset({"kill", "die", "died", "dead", "death"})
HARMS = (
    frozenset({"injur", "injury", "hurt", "wound"}),
    DEATH_WORDS,
    frozenset({"sick", "sicken", "sicknes", "ill", "illnes", "unwell"}),
)

# A theft, in the words sources use for it (as stems): "burglary", "stolen", "thieves".
THEFT_WORDS = frozenset(
    {"theft", "thief", "thiev", "steal", "stole", "stolen", "burgl", "burglar", "burglary"}
    | {"robber", "robbery", "heist"}
)

# Words that make a figure approximate: "about 1,100".
HEDGES = frozenset({"about", "around", "approximately", "nearly", "almost", "roughly", "some"})


def names_number(text: str, start: int) -> bool:
    """Whether the digits at ``text[start]`` are part of a name, after a capitalised word that
    does not open the text: "Ward 7", "Building 98", "AeroPure 300", "ATR 72"; not "About 1,100" nor
    "In May 2019"."""
    before = re.search(r"\b([A-Z][A-Za-z]*[a-z][A-Za-z]*|[A-Z]{2,})\s+$", text[:start])
    return (
        text[start : start + 1].isdigit()
        and before is not None
        and before.start() > 0
        and before[1].lower() not in STOPWORDS | HEDGES | set(MONTHS)
    )


# An age set off by commas after a name: "said Marcus Bell, 41, a college friend", "Kowalski,
# 56, said".
_AGE_BEFORE = re.compile(r"\b[A-Z][\w'’-]*[a-z][\w'’-]*,\s*$")
_AGE_AFTER = re.compile(r"\s*(?:,|\.(?!\d)|$)")
MAX_AGE = 120


def is_age(text: str, start: int, end: int) -> bool:
    """Whether the whole number at ``text[start:end]`` is the age of the person named before it,
    between commas: "Marcus Bell, 41, a college friend"; not "In Bramwell, 47 people" nor "In
    2019, 23 students"."""
    figure = text[start:end]
    return (
        figure.isdigit()
        and int(figure) <= MAX_AGE
        and _AGE_BEFORE.search(text, 0, start) is not None
        and _AGE_AFTER.match(text, end) is not None
    )


def capitalised_words(text: str) -> list[str]:
    """Capitalised words of ``text`` other than its first: the names a sentence mentions."""
    return re.findall(r"(?<!^)\b[A-ZА-ЯЁ][\w'’-]+", re.sub(r"^[\W_]+", "", text))


# What a sentence's first word follows: nothing, an end of sentence, a quote, a colon or a
# dash set apart.
_OPENER_MARKS = frozenset(".!?:;\"“”‘’'(")
_DASHES = frozenset("-–—")
_POSSESSIVE_END = re.compile(r"['’]s$")
# A line of prose ends a sentence; a heading or a byline ("By Mara Quint") does not.
_PROSE_LINE = re.compile(r"[.!?][\"”’')]*\s*$")


def proper_words(texts: Iterable[str]) -> frozenset[str]:
    """The words (lower-cased, see `words`) that ``texts`` write capitalised within a
    sentence and never in lower case: the words of names ("ellery" of "Port Ellery", not
    "port" where "the port's harbour master" is said too). Headings are not read: their
    Title Case capitalises common words."""
    capitalised: set[str] = set()
    lowered: set[str] = set()
    for text in texts:
        for line in text.splitlines():
            if not _PROSE_LINE.search(line):
                continue
            end = 0  # of the word before, so that only the gap since it is read
            for m in WORD.finditer(line):
                word, gap = m.group(0), line[end : m.start()]
                marks = gap.strip()
                opens = (
                    not end or marks[-1:] in _OPENER_MARKS or gap[:1].isspace() and marks in _DASHES
                )
                end = m.end()
                if not word[0].isalpha():
                    continue
                low = _POSSESSIVE_END.sub("", plain(word.lower()))
                if word[0].islower():
                    lowered.add(low)
                elif not opens:
                    capitalised.add(low)
    return frozenset(capitalised - lowered - STOPWORDS)


# "Who's", "What're": a question word with its verb contracted, opening a sentence (not a
# quoted title's: "the album "What's My Name?"").
_CONTRACTED = re.compile(
    r"(?:^|(?<=[.!?]\s))(?P<wh>who|what|where|when|why|how|which)['’](?P<verb>s|re)\s+"
    r"(?P<next>[^\W\d_]+)",
    re.I,
)


def expand_contractions(text: str) -> str:
    """``text`` with a question word's contracted verb written out, as the stages after this
    read questions: "Who's to blame?" -> "Who is to blame?", "What's caused it?" -> "What has
    caused it?" (before a participle, "'s" is "has"), "Who're they?" -> "Who are they?"."""

    def full(m: re.Match[str]) -> str:
        following = m["next"].lower()
        participle = following in ("been", "got", "gotten") or following.endswith("ed")
        verb = "are" if m["verb"] == "re" else "has" if participle else "is"
        return f"{m['wh']} {verb} {m['next']}"

    return _CONTRACTED.sub(full, text)


def capitalise_names(text: str, proper: Collection[str]) -> str:
    """``text`` typed without capitals (but perhaps its first letter), with each word that is
    one of the ``proper`` words (see `proper_words`) capitalised, so that the stages after
    this read it as a name: "the port ellery collapse" -> "the Port Ellery collapse". A text
    that capitalises a name already is left as typed: its writer capitalises what is a name
    ("Who is Northmere's chief executive?", where the corpus writes "Chief Executive")."""
    if capitalised_words(text):
        return text

    def cap(match: re.Match[str]) -> str:
        word = match.group(0)
        named = word.islower() and _POSSESSIVE_END.sub("", plain(word)) in proper
        return word.capitalize() if named else word

    return WORD.sub(cap, text)


_PRONOUN = re.compile(r"\W*(?:it|its|he|his|she|her|they|their|this|these|that|those)\b", re.I)


def opens_with_pronoun(sentence: str) -> bool:
    """Whether ``sentence`` opens with a pronoun ("It was designed by ..."), so that its
    subject is in the text before it."""
    return bool(_PRONOUN.match(sentence))


def is_question(sentence: str) -> bool:
    """Whether ``sentence`` ends in a question mark (before any closing quote or bracket)."""
    return sentence.rstrip().rstrip("\"'”’»)").endswith("?")


def _is_number_word(word: str) -> bool:
    parts = word.split("-")
    return all(p in _UNITS or p in _TENS or p in _SCALES or p in _ORDINALS for p in parts)


def numbers(text: str) -> set[str]:
    """Normalised figures and dates in ``text``: digits, number words, months (as ``m12``), and
    weekdays and seasons a word dates (as ``w1``, "on Monday"; ``s3``, "in the autumn").

    >>> sorted(numbers("Thirty-seven people; 1,200 more on Dec. 16"))
    ['1200', '16', '37', 'm12']
    """
    found: set[str] = set()
    # "1868-12-18" is the date "18 December 1868", not three numbers.
    text = ISO_DATE.sub(lambda m: f"{int(m[3])} {_MONTH_NAME[int(m[2])]} {m[1]}", text)
    tokens = re.findall(r"[0-9]+(?:[.,][0-9]+)*|[a-z]+", text.lower().replace("-", " "))
    total = current = 0
    spelling = False  # inside a spelled-out number such as "one hundred and five"
    for i, tok in enumerate([*tokens, ""]):
        if tok in _UNITS or tok in _TENS:
            current += _UNITS.get(tok, 0) + _TENS.get(tok, 0)
            spelling = True
            continue
        if tok in _SCALES and spelling:
            total += max(current, 1) * _SCALES[tok]
            current = 0
            continue
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        if tok == "and" and spelling and total and (nxt in _UNITS or nxt in _TENS):
            continue
        if tok in _ORDINALS and spelling and current % 10 == 0:
            # "twenty-first" is one ordinal, 21
            found.add(str(total + current + _ORDINALS[tok]))
            total = current = 0
            spelling = False
            continue
        if spelling:
            found.add(str(total + current))
            total = current = 0
            spelling = False
        if tok and tok[0].isdigit():
            found.add(_normalise_digits(tok))
        elif tok in _ORDINALS:
            found.add(str(_ORDINALS[tok]))
        elif tok in MONTHS and (tok != "may" or re.search(r"\bMay\b", text)):
            found.add(f"m{MONTHS[tok]}")
        elif (
            tok in WEEKDAYS and _is_dated(tokens, i) and re.search(rf"\b{tok.capitalize()}\b", text)
        ):
            found.add(f"w{WEEKDAYS[tok]}")
        elif tok in SEASONS and _is_dated(tokens, i):
            found.add(f"s{SEASONS[tok]}")
    return found


# A list that says it is not whole: "three towns, including A and B", "A, B and others".
_PARTIAL = r"includ\w*|such as|among|notably|e\.g\.|for example"
_PARTIAL_BEFORE = re.compile(rf"\b(?:{_PARTIAL})\W*$", re.I)
_PARTIAL_BODY = re.compile(rf"^\W*(?:{_PARTIAL})\b|\b(?:etc|others?|more)\W*$", re.I)
ASIDE = re.compile(r"\s*\([^()]*\)")  # " (in brackets)"


def listed_items(text: str, end: int) -> list[str]:
    """The items of the list that follows the figure ending at ``text[end]``, in brackets right
    after its noun or after a colon later in ``text`` (a sentence); empty when there is none
    or it says it is partial. Each item opens with a capital or a digit, as names and codes
    do: a colon before prose ("four reasons: it was cheap, ...") lists nothing countable.

    >>> listed_items("a valley with four small towns: Mitta Mitta, Eskdale, Dartmouth.", 18)
    ['Mitta Mitta', 'Eskdale', 'Dartmouth']
    """
    rest = text[end:]
    bracket = re.match(r"(?:\s+[a-z]+){0,2}\s*\(([^()]*)\)", rest)
    if bracket:
        return _items(bracket[1])
    return [] if figure_spans(rest.partition(":")[0]) else colon_list(rest)


def colon_list(text: str) -> list[str]:
    """The items of the list after the first colon of ``text``, as `listed_items` reads them;
    empty when the words before the colon say it is partial ("including:").

    >>> colon_list("Cities with a duma: Tobolsk, Tomsk and Omsk.")
    ['Tobolsk', 'Tomsk', 'Omsk']
    """
    before, colon, body = text.partition(":")
    if not colon or ";" in before or _PARTIAL_BEFORE.search(before):
        return []
    return _items(body)


def _items(body: str) -> list[str]:
    """A list's items, when there are two or more and each is a name or a code."""
    body = ASIDE.sub("", body).strip().rstrip(".")
    if _PARTIAL_BODY.search(body) or re.search(r"\bor\b", body):
        return []  # partial, or alternatives rather than items
    items = [i.strip() for i in body.split(";" if ";" in body else ",")]
    last = re.split(r"\s+(?:and|&)\s+", items.pop()) if items else []
    items += [re.sub(r"^(?:and|&)\s+", "", i) for i in last]
    counted = all(i and (i[0].isupper() or i[0].isdigit()) and len(i.split()) <= 6 for i in items)
    return items if len(items) > 1 and counted else []


def spelled(n: int) -> str:
    """``n`` in words below twenty ("three"), else in digits."""
    return next((w for w, i in _UNITS.items() if i == n), str(n))


def _normalise_digits(tok: str) -> str:
    if re.fullmatch(r"\d{1,3}(,\d{3})+", tok):
        return tok.replace(",", "")
    return tok.replace(",", ".").rstrip("0").rstrip(".") if "." in tok or "," in tok else tok


GLUED_UNIT = r"[^\W\d_]{1,3}\b"  # the "km" of "630km"
DECADE = r"[12]\d{2}0s"  # "the early 1970s": a date
ISO_DATE = re.compile(r"\b(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\b")
ISO_ASIDE = re.compile(rf"\(\s*{ISO_DATE.pattern}\s*\)")  # "( 1868-12-18 )"
ISO_COPY_GAP = 4  # characters between an ISO date and the same date written out: " ) "
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_FULL_MONTHS = "|".join(_MONTH_NAME.values())
_DATING = re.compile(rf"\b(?:{'|'.join(sorted(_DATING_WORDS))})\s+$", re.I)
_MID = re.compile(r"\bmid-$", re.I)
# A reference list's "Retrieved 9 October 2017", "Archived from the original on March 6, 2016",
# "last edited 8 Mar 2025"; not a sentence's "The bodies were retrieved 9 October".
_ACCESSED = re.compile(
    r"(?:^|(?<=[^\w\s])\s*|\b(?!(?:is|are|was|were|be|been|being|has|have|had)\b)\w+\s+)"
    r"(?:retrieved|accessed|archived(?:\s+from\s+the\s+original)?(?:\s+on)?"
    r"|last\s+(?:edited|modified)(?:\s+on)?)\s+$",
    re.I,
)
_WEEKDAY_NAMES = "|".join(d.capitalize() for d in WEEKDAYS)
_SEASON_NAMES = "|".join(SEASONS)
_NUMBER_WORDS = "|".join(sorted([*_UNITS, *_TENS, *_SCALES], key=len, reverse=True))
_FIGURE = re.compile(
    # A figure with its unit written on first: "630km", "26.5mm" (not "1990s" or "21st").
    rf"\b(?:(?:\d[\d,.]*\d|\d)(?=(?!(?:st|nd|rd|th|s)\b){GLUED_UNIT})"
    # A date may open with its weekday: "Friday, March 20, 2026", "Tuesday 10 February".
    rf"|(?:(?:(?-i:{_WEEKDAY_NAMES}),?\s+)?"
    rf"(?:(?:{_MONTH_NAMES})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:\s?,?\s+\d{{4}})?"
    rf"|\d{{1,2}}(?:(?:st|nd|rd|th)\s+of|st|nd|rd|th)?\s+(?:{_MONTH_NAMES})\.?(?:\s?,?\s+\d{{4}})?)"
    rf"|(?:{_MONTH_NAMES})\s+\d{{4}}"
    rf"|{DECADE}|{ISO_DATE.pattern}"
    rf"|(?-i:{_FULL_MONTHS})|(?-i:{_WEEKDAY_NAMES})|(?:{_SEASON_NAMES})(?:\s+\d{{4}})?"
    rf"|\d[\d,.]*\d|\d"
    rf"|(?:{_NUMBER_WORDS})(?:[\s-]+(?:and[\s-]+)?(?:{_NUMBER_WORDS}))*)\b)",
    re.I,
)


# Ranks: "11th", "eleventh". Not among `figure_spans`, which answer "how many".
ORDINAL = re.compile(rf"\b(?:\d+(?:st|nd|rd|th)|{'|'.join(_ORDINALS)})\b", re.I)


_NO_ONE = re.compile(r"\b(?:no|any|every)[\s-]+$", re.I)
# A time of day: "6:40 a.m.", "18.30 pm", "7 pm", "9 o'clock", "10:30" (not the full stop of
# "at 7 pm.").
TIME_OF_DAY = re.compile(
    r"\b\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]m\b|[ap]\.m\.|o'clock\b)|\b\d{1,2}:\d{2}\b", re.I
)


# A telephone number: three or more digit groups, at least eight digits ("0800 046 2291",
# "+44 20 7946 0958", "555-014-2222"). An ISO date is no telephone number.
_PHONE = re.compile(r"(?<![\w.,])\+?\d{1,5}(?:[ .-]\(?\d{2,5}\)?){2,4}(?!\w|[.,-]\d)")
_PHONE_DIGITS = 8


def phone_numbers(text: str) -> list[tuple[int, int]]:
    """Offsets of the telephone numbers in ``text``: "0800 014 7720", "+44 20 7946 0958"."""
    return [
        m.span()
        for m in _PHONE.finditer(text)
        if sum(c.isdigit() for c in m[0]) >= _PHONE_DIGITS and not ISO_DATE.fullmatch(m[0])
    ]


def figure_spans(text: str) -> list[tuple[int, int]]:
    """Offsets of figures and dates in ``text``: "14", "Thirty-seven", "Dec. 16", "May 13, 2012",
    "24th of September 2019", "1970s".

    >>> t = "On Dec. 16 thirty-seven men and 14 women"
    >>> [t[s:e] for s, e in figure_spans(t)]
    ['Dec. 16', 'thirty-seven', '14']
    """
    spans = []
    # A time of day counts nothing, and its minutes ("40" of "6:40 a.m.") less so; nor does
    # a telephone number ("0800 046 2291" holds no year 2291).
    clocks = [m.span() for m in TIME_OF_DAY.finditer(text)] + phone_numbers(text)
    for m in _FIGURE.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in clocks):
            continue
        # Digits inside a URL, path or identifier are not figures.
        before, after = text[max(0, m.start() - 1) : m.start()], text[m.end() : m.end() + 1]
        mid = _MID.search(text, max(0, m.start() - 4), m.start())
        start = mid.start() if mid else m.start()  # "mid-2027" is a date, "U-20" a name
        if mid is None and (before in "/-_#=" and before or after in "/_#=@" and after):
            continue
        if before == "[" and after == "]":  # a reference marker: "1,342[1] km"
            continue
        token = text[
            text.rfind(" ", 0, m.start()) + 1 : (text.find(" ", m.end()) + 1 or len(text) + 1) - 1
        ]
        if "://" in token or "/" in token:
            continue
        if re.fullmatch(_FULL_MONTHS, m.group(0)) and not _DATING.search(
            text[max(0, m.start() - 10) : m.start()]
        ):
            continue
        if re.fullmatch(f"{_WEEKDAY_NAMES}|{_SEASON_NAMES}", m.group(0), re.I) and not (
            # a day or season alone is a date only after a word that dates it
            numbers(text[max(0, m.start() - 12) : m.end() + 6]) & numbers(m.group(0))
        ):
            continue
        if _ACCESSED.search(text, max(0, m.start() - 60), m.start()):
            continue  # when a page was read or saved, not when anything happened
        if m.group(0).lower() == "one" and _NO_ONE.search(text, 0, m.start()):
            continue  # "No one was injured" counts no one
        if numbers(m.group(0)):
            spans.append((start, m.end()))
    # An infobox writes a date out beside its ISO copy: "( 1868-12-18 ) 18 December 1868".
    return [
        (a, b)
        for a, b in spans
        if not ISO_DATE.fullmatch(text, a, b)
        or not any(
            max(c - b, a - d) <= ISO_COPY_GAP and numbers(text[c:d]) == numbers(text[a:b])
            for c, d in spans
            if (c, d) != (a, b)
        )
    ]


def _same_word(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` are forms of one word: "serve" and "served", "shootings" and
    "shooting" (the stem of one stem)."""
    if b in verb_forms(a) or a in verb_forms(b):
        return True  # "take" and "taken"
    sa, sb = stem(a).rstrip("e"), stem(b).rstrip("e")
    return sa == sb or stem(sa) == sb or sa == stem(sb)


_CONSONANTS = re.compile("[b-df-hj-np-tv-xz]{3,}")
_QUESTION_WORDS = ("what", "when", "where", "which", "whose")
# ... and as typed without their "h" ("were" is a word of its own).
_WITHOUT_H = {w.replace("h", "", 1): w for w in (*_QUESTION_WORDS, "who", "why") if w != "where"}


def _skeleton(word: str) -> str:
    return word[0] + re.sub("[aeiou]", "", word[1:])


def _shorthand(word: str, vocabulary: Collection[str]) -> str | None:
    """The one common corpus word that ``word`` writes without its vowels ("ppl" -> "people"),
    else None. Only lowercase corpus words count: "dvd" is not "David"."""
    found = {w for w in vocabulary if w[0] == word[0] and w.islower() and _skeleton(w) == word}
    forms = sorted(found, key=len)
    return forms[0] if forms and all(_same_word(forms[0], w) for w in forms) else None


def correct_spelling(
    text: str, vocabulary: Collection[str], cutoff: float = 0.88, known: Collection[str] = ()
) -> str:
    """``text`` with each word the corpus doesn't know replaced by the closest word it does,
    but for the ``known`` words of the language: "stuck" is no misspelt "struck".

    Only words of four letters or more that are not stopwords are touched, and only for a
    near-identical spelling (difflib ratio >= ``cutoff`` for five letters or more, or two
    neighbouring letters swapped):
    "kiled" -> "killed", "procecutor" -> "prosecutor", "frist" -> "first", while "revenue"
    stays (its nearest, "revenge", is too far) and so does "sport" (its nearest, "sports", is
    the same word). A lowercase word of three letters or more with no vowel is read as
    shorthand for the corpus word it strips ("ppl"); any such word may be a question word's
    ("Wht"), and the question's first word may be one without its "h" ("wat").

    >>> correct_spelling("How many ppl were kiled?", {"killed", "people"})
    'How many people were killed?'
    """

    first = WORD.search(text)

    def fix(match: re.Match[str]) -> str:
        word = match.group(0)
        low = word.lower()
        dropped = _WITHOUT_H.get(low) if low not in vocabulary else None
        if dropped and first is not None and match.start() == first.start():
            # A question word typed without its "h" ("wat time ...?") starts the question.
            return dropped.capitalize() if word[0].isupper() else dropped
        if _CONSONANTS.fullmatch(low) and word not in vocabulary:
            # A question word, which no corpus vocabulary holds, may be written short too:
            # "Wht time ...?".
            short = (_shorthand(word, vocabulary) if word.islower() else None) or _shorthand(
                low, _QUESTION_WORDS
            )
            return (short.capitalize() if word[0].isupper() else short) if short else word
        if len(low) < 4 or low in vocabulary or low in STOPWORDS or not low.isalpha():
            return word
        if low in known and not word[:1].isupper():
            # (A name takes the corpus's spelling even where it is a word: "Ger Brown".)
            return word
        if word.isupper():  # an acronym ("UPRA") is not a misspelt word
            return word
        # A plural written with "s" alone: "boxs", "citys".
        plural = [low[:-1] + "es", low[:-2] + "ies"] if low.endswith("s") else []
        mended = next((w for w in plural if w in vocabulary), None)
        if mended:
            return mended.capitalize() if word[0].isupper() else mended
        # A swap of two letters is a common slip that difflib scores low: "frist" / "first"
        # is 0.8.
        swapped = {low[:i] + low[i + 1] + low[i] + low[i + 2 :] for i in range(len(low) - 1)}
        close = [w for w in swapped if w in vocabulary]
        # A four-letter word is a word one letter from another too often ("last" and "least",
        # "rule" and "ruler") for anything but a swap to mend it.
        if len(close) != 1 and len(low) > 4:
            close = difflib.get_close_matches(low, vocabulary, n=1, cutoff=cutoff)
        if not close:
            return word
        # Another form of the same word ("associated" for "associates") is no typo, and the
        # stages after this match words by stem anyway; a name takes the corpus's spelling
        # ("Ger Brown" -> "Ger Browne").
        if word.islower() and _same_word(low, close[0]):
            return word
        # Nor is a word that another only prefixes: "long" is not "along".
        if close[0].endswith(low):
            return word
        return close[0].capitalize() if word[0].isupper() else close[0]

    return WORD.sub(fix, text)
