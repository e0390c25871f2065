"""Follow-up resolution: turn a question plus chat history into a retrieval query and a scope.

Runs before retrieval. A question that names a source ("What does Kantor say…", "…the Moscow
Times piece") is scoped to that source. A follow-up that leans on an earlier turn ("What does he
say about the police?") inherits that turn's scope, and its query is expanded with the earlier
question so retrieval sees the topic. A question on whether the sources agree ("Do the sources
agree on the death toll?") asks each of them the question inside it.

Example:
    >>> history = [{"question": "Who wrote the Moscow Times piece?"}]
    >>> resolve("What does he say?", history, docs)  # doctest: +SKIP
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from qa.answer import question_type
from qa.text import IRREGULAR_PAST, NAME_RUN, base_form, content_stems, words
from qa.types import Answer, Document

_PERSON_PRONOUN = re.compile(r"\b(he|she|him|her|his|hers|himself|herself)\b", re.I)
# "the article", like "she", refers to a source; "it", "that day" to what the last turn was about.
_SOURCE_ANAPHOR = re.compile(r"\bthe (?:article|piece|author|writer|source|op-ed)\b", re.I)
_ANAPHOR = re.compile(r"\b(?:they|them|their|it|its|this|that|these|those|the same)\b", re.I)
# Words that ask what a source says, rather than about the person or paper it names.
_REPORTING = re.compile(
    r"\b(?:say|says|said|write|writes|wrote|claim|claims|argue|argues|think|thinks|believe|"
    r"believes|report|reports|describe|describes|according to|blame|blames|view|views|"
    r"point|opinion|stance|account|conclude|concludes|suggest|suggests|mention|mentions)\b",
    re.I,
)


@dataclass(frozen=True)
class Turn:
    """One earlier exchange: the user's text, the reply's text, the sources that answered and
    the sources it asked (None when the history does not say)."""

    question: str
    answer: str = ""
    sources: tuple[str, ...] = ()
    asked: tuple[str, ...] | None = None


@dataclass(frozen=True)
class Resolved:
    """What to retrieve for, what to ask the model, and which sources to ask."""

    question: str
    query: str
    source_ids: tuple[str, ...] | None = None


def _asks_view(text: str) -> bool:
    """Whether ``text`` asks what a source says or thinks (see `_REPORTING`). A capitalised
    word inside it is a name's: "Dunmorra Point" asks no point of view."""
    return any(m.start() == 0 or m[0].islower() for m in _REPORTING.finditer(text.strip()))


def normalise_history(history: Sequence[Any] | None) -> list[Turn]:
    """Accept `Answer`s, ``Answer.to_dict()`` dicts, ``{"role", "content"}`` chat messages, or
    ``(question, answer)`` pairs, and return `Turn`s, oldest first."""
    turns: list[Turn] = []
    for item in history or []:
        if isinstance(item, Answer):
            answered = tuple(s.source_id for s in item.sources)
            turns.append(Turn(item.question, item.answer, answered, answered + item.silent_sources))
        elif isinstance(item, Mapping) and "role" in item:
            content = item.get("content")
            text = content if isinstance(content, str) else ""
            if item["role"] == "user":
                turns.append(Turn(text))
            elif turns and item["role"] == "assistant":
                turns[-1] = Turn(turns[-1].question, text)
        elif isinstance(item, Mapping) and "question" in item:
            sources = tuple(s.get("source_id", "") for s in item.get("sources") or [])
            silent = item.get("silent_sources")
            asked = None if silent is None else sources + tuple(silent)
            turns.append(Turn(str(item["question"]), str(item.get("answer", "")), sources, asked))
        elif isinstance(item, (list, tuple)) and len(item) == 2:
            turns.append(Turn(str(item[0]), str(item[1] or "")))
        else:
            raise ValueError(f"unrecognised history item: {item!r}")
    return turns


# The end of a role in an author's bio line: "X is prosecutor general | of Kazakhstan."
_ROLE_END = re.compile(r"[,.;:()]|\s(?:of|at|for|in|on|with|from|and|who|based)\b", re.I)


def author_roles(doc: Document) -> list[str]:
    """Roles the text gives its author in a bio line ("Askhat Daulbayev is prosecutor general of
    Kazakhstan." -> "prosecutor general"), so "the prosecutor general" names the source."""
    if not doc.author:
        return []
    roles = []
    for match in re.finditer(rf"{re.escape(doc.author)} is (?:the |an? )?", doc.text):
        # At the start of a sentence only: "..., says Askhat Daulbayev is wrong" is no bio.
        before = doc.text[max(0, match.start() - 2) : match.start()]
        if before and not before.endswith("\n") and before not in (". ", "! ", "? "):
            continue
        role = _ROLE_END.split(doc.text[match.end() : match.end() + 120], maxsplit=1)[0].strip()
        if 1 <= len(role.split()) <= 4:
            roles.append(role)
    return roles


_PARTNERS = re.compile(r"\b[A-Z][\w'’-]*\s+&\s+[A-Z][\w'’-]*")


def _source_names(doc: Document) -> list[str]:
    names = [doc.title, *author_roles(doc)]
    if doc.author:
        # A surname, or an organisation's last word ("Authority"), but not "office" of
        # "People's Party press office", whose name is the capitalised run in it.
        last = doc.author.split()[-1]
        names += [doc.author, *(m[0] for m in NAME_RUN.finditer(doc.author))]
        # A firm's partners name it without what it is: "Calder & Voss" of "Calder & Voss
        # Structures Ltd".
        names += [m[0] for m in _PARTNERS.finditer(doc.author)]
        names += [last] if last[:1].isupper() else []
    if doc.publication:
        names.append(re.sub(r"^the\s+", "", doc.publication, flags=re.I))
    return [n for n in names if len(n) >= 4]


def _name_pattern(name: str) -> re.Pattern[str]:
    parts = [re.escape(w) for w in re.findall(r"\w+", name)]
    return re.compile(r"\b" + r"\W+".join(parts) + r"\b(?:['’]s\b)?", re.I)


def mentioned_sources(text: str, documents: Mapping[str, Document]) -> tuple[str, ...]:
    """Sources that ``text`` names by title, author (full or surname) or publication. A name
    another document also uses is what the question is about, unless it asks what the source
    says: "When did the Authority learn of the lead?" asks every source, though the Harlow
    Water Authority wrote one of them, and "Is the water safe?" is no question to "... Clean
    Water"; "What does the Authority say about the letters?" asks the Authority."""
    reporting = _asks_view(text)

    def named(doc_id: str, name: str) -> bool:
        pattern = _name_pattern(name)
        return bool(pattern.search(text)) and (
            reporting
            or not any(
                pattern.search(other.text)
                for other_id, other in documents.items()
                if other_id != doc_id
            )
        )

    found = tuple(
        doc_id
        for doc_id, doc in documents.items()
        if any(named(doc_id, n) for n in _source_names(doc))
    )
    # Naming every source scopes nothing.
    return found if len(found) < len(documents) else ()


def strip_mentions(text: str, source_ids: Sequence[str], documents: Mapping[str, Document]) -> str:
    """``text`` without the names of the given sources: "Kantor" would otherwise make her
    byline the best match for "What does Kantor say about the opposition?"."""
    for doc_id in source_ids:
        for name in sorted(_source_names(documents[doc_id]), key=len, reverse=True):
            # A one-word name may end the noun phrase the question calls the source by:
            # "the health board" for the "... Health Protection Board".
            lead = r"(?:\b(?:the|a|an)\s+(?-i:[a-z][\w-]*\s+){0,2})?" if " " not in name else ""
            text = re.sub(lead + _name_pattern(name).pattern, " ", text, flags=re.I)
    return " ".join(text.split())


# "Do the sources agree on the death toll?", "Did Kantor and Daulbayev disagree about how
# many people died?": a question on whether sources agree. Code decides that, by asking each
# source the question inside.
_AGREEMENT_Q = re.compile(
    r"^\W*(?P<aux>do|does|did|are|were|is|was)\s+(?P<who>.+?)\s+"
    r"(?:in\s+)?(?:(?:dis)?agree(?:ment)?|differ|conflict|concur|contradict(?:\s+each\s+other)?|"
    r"consistent|at\s+odds)"
    r"(?:\s+(?:with|between)\s+(?P<other>.+?))?"
    r"(?:\s+(?:on|about|over|as\s+to|regarding|concerning|in)\s+(?P<topic>[^?]+?))?\W*$",
    re.I,
)
# Words that name no source but may stand with source names: "the two articles", "both".
_SOURCE_WORDS = re.compile(
    r"\b(?:the|two|three|both|all|these|those|there|any|them|they|of|sources?|articles?|"
    r"accounts?|reports?|pieces?|texts?|documents?|authors?|writers?|papers?|op-eds?|"
    r"stor(?:y|ies)|versions?)\b|[,;]",
    re.I,
)
_WH = re.compile(r"^(?:how|what|who|whom|whose|when|where|why|which)\b", re.I)
_TOPIC_ANAPHOR = re.compile(r"^(?:it|this|that|these|those|them)$", re.I)
# A yes/no question put as "whether" its subject (a few words, no clause of its own) and an
# auxiliary: "whether the police were justified", not "whether the police fired first".
_WHETHER = re.compile(
    r"(?:whether|if)\s+(?P<subject>(?:(?!(?:who|which|that)\b)[\w'’-]+\s+){0,3}?[\w'’-]+)\s+"
    r"(?P<aux>had|has|have|was|were|is|are|could|would|will|can|should|did|does|do)\s+"
    r"(?P<rest>[^?]+)",
    re.I,
)
# ... or its subject and a verb in the past: "whether the crew warned passengers".
_WHETHER_PAST = re.compile(
    r"(?:whether|if)\s+(?P<subject>(?:the|a|an|its|their|his|her)\s+(?:[\w'’-]+\s+){0,2}?"
    r"[\w'’-]+)\s+(?P<verb>[a-z]+ed|(?-i:[a-z]+))\s+(?P<rest>[^?]+)",
    re.I,
)


def _agreement(
    question: str, turns: Sequence[Turn], documents: Mapping[str, Document]
) -> tuple[str, tuple[str, ...]] | None:
    """For a question on whether sources agree, the question to ask each of them and the
    sources it names ("Did Quint and Halloran agree on the death toll?" -> "What was the death
    toll?", Quint's and Halloran's). Its topic may be the last turn's question ("Do the
    sources agree on that?"). None for other questions, and for whether people in the story
    agree ("Did the workers and the company agree on wages?")."""
    match = _AGREEMENT_Q.match(question)
    if not match:
        return None
    named: list[str] = []
    for part in re.split(r"\band\b|\bwith\b", f"{match['who']} and {match['other'] or ''}"):
        part = _SOURCE_WORDS.sub(" ", part).strip()
        if not part:
            continue
        found = [
            doc_id
            for doc_id, doc in documents.items()
            if any(_name_pattern(n).fullmatch(part) for n in _source_names(doc))
        ]
        if not found:
            return None
        named += [f for f in found if f not in named]
    topic = (match["topic"] or "").strip()
    if not topic or _TOPIC_ANAPHOR.match(topic):
        if not turns:
            return None
        inner = turns[-1].question
    elif wh := _WH.match(topic):
        inner = _inside_question(wh[0], topic[wh.end() :])
    elif whether := _WHETHER.match(topic):
        # "whether Kazakhstan had seen violence like this before" -> "Had Kazakhstan seen ...?"
        aux = whether["aux"]
        inner = f"{aux[0].upper()}{aux[1:]} {whether['subject']} {whether['rest']}?"
    elif (then := _WHETHER_PAST.match(topic)) and (
        then["verb"].endswith("ed") or then["verb"] in IRREGULAR_PAST
    ):
        # "whether the crew warned passengers" -> "Did the crew warn passengers?"
        inner = f"Did {then['subject']} {base_form(then['verb'])} {then['rest']}?"
    elif re.match(r"(?:whether|if|that)\b", topic, re.I):
        return None
    else:
        head = words(re.split(r"\s+(?:of|in|on|at|for|by|from|during)\s+", topic)[0])[-1:]
        plural = bool(head) and head[0].endswith("s") and not head[0].endswith(("ss", "us", "is"))
        past = match["aux"].lower() in ("did", "was", "were")
        verb = ("were" if plural else "was") if past else ("are" if plural else "is")
        inner = f"What {verb} {topic}?"
    scope = tuple(named) if len(named) < len(documents) else ()
    return inner, scope


# "Has Calder & Voss said how much it's putting into a fund?", "Do the sources say who started
# the fire?": whether someone says the answer to a question inside, which is what is asked.
_SAYS_WH = re.compile(
    r"^\W*(?:what\s+)?(?:has|have|had|does|do|did)\s+(?P<who>.+?)\s+"
    r"(?:say|says|said|state|stated|reveal|revealed|disclose|disclosed|announce|announced|"
    r"mention|mentioned|explain|explained|specify|specified|give|given)\s+(?:about\s+)?"
    r"(?P<wh>how(?:\s+(?:much|many|long|old|far|often))?|what|who|whom|when|where|why|which)\b"
    r"(?P<rest>[^?]*)\W*$",
    re.I,
)
# The inside question's subject and auxiliary, which a question puts the other way round:
# "it's putting into" -> "is it putting into", "the pier will reopen" -> "will the pier reopen";
# or its subject and a past verb: "the ferry ran aground" -> "did the ferry run aground".
_SUBJECT = r"\s+(?P<subject>it|they|he|she|(?:the|its|their|his|her)\s+[\w'’-]+(?:\s+[\w'’-]+)??)"
_SUBJECT_AUX = re.compile(
    rf"{_SUBJECT}(?:['’]s|\s+(?P<aux>is|are|was|were|has|have|had|will|would|can|could))"
    r"\s+(?P<rest>.+)",
    re.I,
)
_SUBJECT_PAST = re.compile(rf"{_SUBJECT}\s+(?P<verb>[a-z]+)\s+(?P<rest>.+)", re.I)
# ... or a plural and a verb in the present: "how long symptoms typically last" -> "how long do
# symptoms typically last" (not after "how many", whose noun the plural may be).
_PLURAL_PRESENT = re.compile(r"\s+(?P<subject>[a-z]+s)\s+(?P<rest>(?:[a-z]+ly\s+)?[a-z]+\b.*)")
_ADVERBIAL_WH = re.compile(r"how(?:\s+(?:long|often|far))?|when|where|why", re.I)
_SUBJECT_PRONOUN = re.compile(r"(?:it|they|he|she)$", re.I)


def _inside_question(wh: str, rest: str, who: str = "") -> str:
    """The question a "wh" clause asks, put as one: "where the ferry ran aground" -> "Where did
    the ferry run aground?", "how long symptoms last" -> "How long do symptoms last?", "how
    much it's putting in" -> "How much is it putting in?" (with ``who`` for its pronoun
    subject: "How much is Calder & Voss putting in?")."""
    if inverted := _SUBJECT_AUX.fullmatch(rest):
        subject, tail = inverted["subject"], inverted["rest"]
        first = words(tail)[:1]
        participle = bool(first) and (first[0].endswith("ed") or first[0] in IRREGULAR_PAST)
        aux = inverted["aux"] or ("has" if participle else "is")
    elif (past := _SUBJECT_PAST.fullmatch(rest)) and (
        past["verb"].endswith("ed") or past["verb"] in IRREGULAR_PAST
    ):
        subject, aux = past["subject"], "did"
        tail = f"{base_form(past['verb'])} {past['rest']}"
    elif _ADVERBIAL_WH.fullmatch(wh) and (present := _PLURAL_PRESENT.fullmatch(rest)):
        subject, aux, tail = present["subject"], "do", present["rest"]
    else:
        return f"{wh[0].upper()}{wh[1:]}{rest.rstrip()}?"
    if who and _SUBJECT_PRONOUN.fullmatch(subject):
        subject = who
    return f"{wh[0].upper()}{wh[1:]} {aux} {subject} {tail.rstrip()}?"


def _told(question: str, documents: Mapping[str, Document]) -> tuple[str, tuple[str, ...]] | None:
    """For a question on whether someone says what ``question`` asks inside it, that question
    and the sources it names ("Has Calder & Voss said how much it's putting into a fund?" ->
    "How much is Calder & Voss putting into a fund?", Calder & Voss's own). None for others."""
    match = _SAYS_WH.match(question)
    if not match:
        return None
    scope = mentioned_sources(question, documents)
    # Its pronoun is the source it asks about.
    who = match["who"] if scope else ""
    return _inside_question(match["wh"], match["rest"], who), scope


def resolve(
    question: str, history: Sequence[Any] | None, documents: Mapping[str, Document]
) -> Resolved:
    """Resolve ``question`` against ``history``; see the module docstring."""
    turns = normalise_history(history)
    if agreement := _agreement(question, turns, documents):
        inner, named = agreement
        return Resolved(inner, inner, named or None)
    if told := _told(question, documents):
        inner, named = told
        return Resolved(inner, _query(inner, named, documents) if named else inner, named or None)
    speaker = _SPEAKER_Q.match(question)
    scope = (
        _speakers_sources(speaker["who"], documents)
        if speaker
        else mentioned_sources(question, documents)
    )
    if scope:
        # "What does the People's Party say about it?": "it" is the last turn's topic.
        about = question
        if turns and _ANAPHOR.search(strip_mentions(question, scope, documents)):
            about = f"{turns[-1].question} {question}"
        return Resolved(question, _query(about, scope, documents), scope)
    if not turns:
        return Resolved(question, question, None)
    last = turns[-1]
    person = _PERSON_PRONOUN.search(question)
    a_source = person or _SOURCE_ANAPHOR.search(question)
    if not (a_source or _ANAPHOR.search(question) or len(words(question)) <= 4):
        return Resolved(question, question, None)
    answered = last.sources or mentioned_sources(last.answer, documents)
    # Which sources happened to answer a turn that asked them all scopes nothing: after "When
    # did the riots happen?", answered by one source, "What holiday was celebrated that day?"
    # asks every source. "she" or "the article" still refers to a source that answered.
    asked_all = last.asked is not None and len(set(last.asked)) >= len(documents)
    prior = mentioned_sources(last.question, documents) or (
        answered if a_source or not asked_all else ()
    )
    rewritten = question
    if person and len(prior) == 1 and documents[prior[0]].author:
        author = documents[prior[0]].author or ""
        rewritten = _PERSON_PRONOUN.sub(
            lambda m: author + ("'s" if m.group(1).lower() in ("his", "hers") else ""),
            question,
            count=1,
        )
    if not prior:
        # Nothing to scope to: let the earlier question carry the topic into retrieval.
        return Resolved(rewritten, f"{last.question} {rewritten}", None)
    return Resolved(rewritten, _query(f"{last.question} {rewritten}", prior, documents), prior)


# "What does the Quarry Point researcher say about the trust's claim ...?": who speaks.
_SPEAKER_Q = re.compile(
    r"^\W*what\s+(?:does|do|did|has|have)\s+(?P<who>.+?)\s+"
    r"(?:say|said|think|thought|claim|claimed|write|written|argue|argued)\s+about\b",
    re.I,
)


def _speakers_sources(who: str, documents: Mapping[str, Document]) -> tuple[str, ...]:
    """The sources ``who`` (the speaker a question asks about) names, or else the one source
    whose text alone names them: "the Quarry Point researcher" is quoted only in the news
    report. The source a question asks about the claim of ("the trust's claim") scopes
    nothing."""
    # Asked as what they say, a name other sources use too still names its own source ("the
    # trust" in the patients' group's text names the trust).
    named = mentioned_sources(f"What does {who} say?", documents)
    if named:
        return named
    for m in NAME_RUN.finditer(who):
        holding = tuple(
            doc_id for doc_id, doc in documents.items() if _name_pattern(m[0]).search(doc.text)
        )
        if len(holding) == 1:
            return holding
    return ()


def _query(question: str, scope: Sequence[str], documents: Mapping[str, Document]) -> str:
    """The retrieval query for a question scoped to ``scope``.

    Questions about what a source says rank better without its name ("What does Kantor say
    about the opposition?", "... about the death toll?" would match her byline); "Who wrote
    the Moscow Times piece?" and "What position does Askhat Daulbayev hold?" need it.
    """
    if question_type(question) not in ("open", "number", "date") or not _asks_view(question):
        return question
    # The reporting words go too: "view" of "What is Kantor's view of the opposition?" is in
    # none of her sentences on the opposition, and would rank them below the bar.
    topic = _REPORTING.sub(" ", strip_mentions(question, scope, documents))
    return " ".join(topic.split()) if content_stems(topic) else question
