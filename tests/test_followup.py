"""Follow-ups: questions that name a source are scoped to it; pronouns inherit the last scope."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from helpers import COURIER, COURIER_TITLE, GAZETTE, LIGHTHOUSE, TEST_CORPUS

from qa.followup import (
    Resolved,
    Turn,
    author_roles,
    mentioned_sources,
    normalise_history,
    resolve,
    strip_mentions,
)
from qa.ingest import load_document
from qa.types import Answer, Document, SourceEntry

DOCS = {name: load_document(TEST_CORPUS / name) for name in (GAZETTE, COURIER, LIGHTHOUSE)}


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What does Mara Quint say about the fire?", (GAZETTE,)),
        ("What does Quint report?", (GAZETTE,)),
        ("How many died according to the Harbour Gazette?", (GAZETTE,)),
        ("What does the Fire Sweeps Port Vellin Docks piece say?", (COURIER,)),
        ("What does Coastal Notes say about ships?", (LIGHTHOUSE,)),
        ("How many people were killed?", ()),
        ("Do Quint and Halloran agree?", (GAZETTE, LIGHTHOUSE)),
    ],
)
def test_mentioned_sources__finds_sources_named_by_author_title_or_publication(
    question: str, expected: tuple[str, ...]
) -> None:
    assert mentioned_sources(question, DOCS) == expected


def test_mentioned_sources__naming_every_source_scopes_nothing() -> None:
    question = f"Compare Quint, Halloran and {COURIER_TITLE}."

    assert mentioned_sources(question, DOCS) == ()


def test_mentioned_sources__matches_whole_words_only() -> None:
    assert mentioned_sources("Is the quintet playing tonight?", DOCS) == ()


def test_mentioned_sources__a_name_another_source_also_uses_is_the_subject() -> None:
    utility = Document(
        "u.txt",
        "u.txt",
        "The Authority tested the water in 1,200 homes.",
        "x",
        "Statement on Lead",
        author="Harlow Water Authority",
    )
    residents = Document(
        "r.txt",
        "r.txt",
        "The Authority knew in January. The water is brown.",
        "y",
        "What They Are Not Telling You",
        author="Residents for Clean Water",
    )
    docs = {"u.txt": utility, "r.txt": residents, GAZETTE: DOCS[GAZETTE]}

    assert mentioned_sources("When did the Authority learn of the lead?", docs) == ()
    assert mentioned_sources("Is the water safe to drink?", docs) == ()
    assert mentioned_sources("What do the Residents for Clean Water say?", docs) == ("r.txt",)
    # Asked what it says, the Authority is the source.
    assert mentioned_sources("What does the Authority say about the lead?", docs) == ("u.txt",)
    # "Point" of a place's name asks no point of view.
    assert mentioned_sources("When did the Authority test Harlow Point?", docs) == ()


def test_resolve__question_naming_a_source_is_scoped_to_it() -> None:
    resolved = resolve("How many boats does Mara Quint say burned?", None, DOCS)

    assert resolved.source_ids == (GAZETTE,)
    assert resolved.question == "How many boats does Mara Quint say burned?"


@pytest.mark.parametrize(
    ("question", "inner", "scope"),
    [
        (
            "Do Quint and Halloran agree on how many people died?",
            "How many people died?",
            (GAZETTE, LIGHTHOUSE),
        ),
        ("Did the two sources disagree about the death toll?", "What was the death toll?", None),
        (
            "Does Quint agree with Halloran on the causes of the fire?",
            "What are the causes of the fire?",
            (GAZETTE, LIGHTHOUSE),
        ),
        (
            "Is there any disagreement between the articles over who started the fire?",
            "Who started the fire?",
            None,
        ),
        # a question inside put as one
        (
            "Do all the sources agree on where the ferry ran aground?",
            "Where did the ferry run aground?",
            None,
        ),
        (
            "Do the sources agree on when the pier will reopen?",
            "When will the pier reopen?",
            None,
        ),
        # a yes/no question put with "whether"
        (
            "Did the sources agree on whether the town had seen a fire like this before?",
            "Had the town seen a fire like this before?",
            None,
        ),
        # ... or with a verb in the past
        (
            "Did the sources agree on whether the crew warned passengers before landing?",
            "Did the crew warn passengers before landing?",
            None,
        ),
        (
            "Do the sources agree on whether the police shot first?",
            "Did the police shoot first?",
            None,
        ),
    ],
)
def test_resolve__question_on_whether_sources_agree_asks_each_the_question_inside(
    question: str, inner: str, scope: tuple[str, ...] | None
) -> None:
    assert resolve(question, None, DOCS) == Resolved(inner, inner, scope)


@pytest.mark.parametrize(
    ("question", "stripped"),
    [
        # the source's last word may end the noun phrase the question calls it by
        ("What did the health board say about the leak?", "What did say about the leak?"),
        ("What did North Arlon Health Board say?", "What did say?"),
        # a name of several words is stripped alone
        ("Did the old North Arlon Health Board say so?", "Did the old say so?"),
    ],
)
def test_strip_mentions__takes_the_noun_phrase_a_one_word_name_ends(
    question: str, stripped: str
) -> None:
    board = Document(
        "h.txt", "h.txt", "Boil all water.", "x", "Update", author="North Arlon Health Board"
    )

    assert strip_mentions(question, ("h.txt",), {"h.txt": board}) == stripped


def test_mentioned_sources__a_firm_is_named_by_its_partners() -> None:
    firm = Document(
        "c.txt", "c.txt", "We have set aside £400,000.", "x", "Response", author="Calder & Voss Ltd"
    )
    docs = {"c.txt": firm, GAZETTE: DOCS[GAZETTE]}

    assert mentioned_sources("What does Calder & Voss say about the fund?", docs) == ("c.txt",)


@pytest.mark.parametrize(
    ("question", "inner", "scope"),
    [
        # whether a source says it asks what it says, of that source
        ("Does Quint say how many people died?", "How many people died?", (GAZETTE,)),
        (
            "Has Mara Quint said how much she is paying into the fund?",
            "How much is Mara Quint paying into the fund?",
            (GAZETTE,),
        ),
        (
            "Did the Harbour Gazette say when it's reopening?",
            "When is the Harbour Gazette reopening?",
            (GAZETTE,),
        ),
        # what a source says about a question is its answer to it
        (
            "What did Quint say about how long repairs usually take?",
            "How long do repairs usually take?",
            (GAZETTE,),
        ),
        # ... and of every source, where it names none
        ("Do the sources say who started the fire?", "Who started the fire?", None),
        (
            "Has the harbour master said when the pier will reopen?",
            "When will the pier reopen?",
            None,
        ),
    ],
)
def test_resolve__whether_a_source_says_what_asks_it_the_question_inside(
    question: str, inner: str, scope: tuple[str, ...] | None
) -> None:
    resolved = resolve(question, None, DOCS)

    assert (resolved.question, resolved.source_ids) == (inner, scope)


def test_resolve__whether_sources_agree_on_that_asks_the_last_question() -> None:
    history = [{"question": "How many boats burned?"}]

    resolved = resolve("Do the sources agree on that?", history, DOCS)

    assert resolved.question == "How many boats burned?" and resolved.source_ids is None


@pytest.mark.parametrize(
    "question",
    [
        # People in the story, not sources.
        "Did the dockers and the harbour master agree on the cause?",
        # A claim to check, not a question to ask each source.
        "Do the sources agree that 12 people died?",
        # a "whether" clause with neither an auxiliary to put first nor a past verb
        "Do the sources agree on whether the police fire first?",
    ],
)
def test_resolve__other_questions_on_agreement_are_left_as_asked(question: str) -> None:
    assert resolve(question, None, DOCS).question == question


def test_resolve__question_without_history_or_names_is_unscoped() -> None:
    q = "How many people were killed?"

    assert resolve(q, [], DOCS) == Resolved(q, q, None)


def test_resolve__pronoun_follow_up_inherits_the_named_source_and_names_the_author() -> None:
    history = [{"question": "What does Mara Quint say about the fire?", "answer": "..."}]

    resolved = resolve("What does she say about the boats?", history, DOCS)

    assert resolved.source_ids == (GAZETTE,)
    assert resolved.question == "What does Mara Quint say about the boats?"
    # The query ranks that source's passages: it keeps the topic, and (an open question) drops
    # the author's name, which would otherwise match her byline best.
    assert "boats" in resolved.query
    assert "Quint" not in resolved.query


def test_resolve__scoped_pronoun_follow_up_keeps_the_earlier_topic_in_the_query() -> None:
    history = [{"question": "What does Mara Quint say about the sprinklers?"}]

    resolved = resolve("What does she say about it?", history, DOCS)

    assert resolved.source_ids == (GAZETTE,)
    assert "sprinklers" in resolved.query


def test_resolve__possessive_pronoun_becomes_the_authors_possessive() -> None:
    history = [("What does Quint say?", "She says 12 died.")]

    resolved = resolve("What is his main point?", history, DOCS)

    assert resolved.question == "What is Mara Quint's main point?"
    assert resolved.source_ids == (GAZETTE,)


def test_resolve__anaphor_inherits_the_sources_that_answered_last() -> None:
    history = [
        {
            "question": "Who ordered the pier cleared?",
            "answer": "Olek Brandt [1]",
            "sources": [{"source_id": COURIER}],
        }
    ]

    resolved = resolve("What else does the article say?", history, DOCS)

    assert resolved.source_ids == (COURIER,)
    assert resolved.question == "What else does the article say?"  # no author to substitute
    assert "Who ordered the pier cleared?" in resolved.query and "else" in resolved.query


@pytest.mark.parametrize(
    ("question", "scope"),
    [
        ("What else does the article say?", (COURIER,)),
        ("What else does she say?", (COURIER,)),
        ("And when did that happen?", None),
    ],
)
def test_resolve__only_a_source_anaphor_inherits_the_sources_that_answered_a_turn_asking_all(
    question: str, scope: tuple[str, ...] | None
) -> None:
    entry = SourceEntry(COURIER, "T", None, None, None, "Olek Brandt", (1,))
    last = Answer("Who ordered the pier cleared?", "Olek Brandt [1]", "single_source", (entry,))
    silent = (GAZETTE, LIGHTHOUSE)

    resolved = resolve(question, [dataclasses.replace(last, silent_sources=silent)], DOCS)

    assert resolved.source_ids == scope


def test_resolve__anaphor_keeps_the_scope_of_a_turn_that_asked_one_source() -> None:
    entry = SourceEntry(COURIER, "T", None, None, None, "Olek Brandt", (1,))
    last = Answer("Who ordered the pier cleared?", "Olek Brandt [1]", "single_source", (entry,))

    resolved = resolve("And when did that happen?", [last.to_dict()], DOCS)

    assert resolved.source_ids == (COURIER,)


def test_resolve__unscoped_follow_up_carries_the_earlier_question_into_the_query() -> None:
    history = [{"question": "How many fishing boats burned at the east quay?"}]

    resolved = resolve("And on the pier?", history, DOCS)

    assert resolved.source_ids is None
    assert resolved.question == "And on the pier?"
    assert resolved.query == "How many fishing boats burned at the east quay? And on the pier?"


@pytest.mark.parametrize(
    "question",
    ["How many died according to Mara Quint?", "What does Mara Quint say about the death toll?"],
)
def test_resolve__number_question_on_what_a_source_says_ranks_without_the_name(
    question: str,
) -> None:
    # With the name, the byline is the best match, and it holds no figure.
    resolved = resolve(question, None, DOCS)

    assert resolved.source_ids == (GAZETTE,)
    assert "Quint" not in resolved.query and ("died" in resolved.query or "toll" in resolved.query)


def test_resolve__open_question_naming_a_source_ranks_without_the_name() -> None:
    resolved = resolve("What does Mara Quint say about the warehouse?", None, DOCS)

    assert resolved.source_ids == (GAZETTE,)
    assert resolved.question == "What does Mara Quint say about the warehouse?"
    assert (
        "warehouse" in resolved.query
        and "Quint" not in resolved.query
        and "Mara" not in resolved.query
    )


def test_resolve__question_on_a_sources_view_ranks_by_its_topic_alone() -> None:
    # "view" is in none of her sentences on the warehouse; "'s" would be left of her name.
    resolved = resolve("What is Mara Quint's view of the warehouse fire?", None, DOCS)

    assert resolved.source_ids == (GAZETTE,)
    assert "warehouse fire" in resolved.query
    assert not {"Quint", "'s", "view"} & set(resolved.query.replace("?", " ").split())


def test_resolve__question_about_the_author_keeps_the_name_in_the_query() -> None:
    resolved = resolve("Where does Mara Quint live?", None, DOCS)

    assert resolved.source_ids == (GAZETTE,)
    assert resolved.query == resolved.question  # no "say": the name is the subject, not a byline


def test_resolve__new_self_contained_question_drops_the_earlier_scope() -> None:
    history = [{"question": "What does Mara Quint say about the fire?"}]

    resolved = resolve("How many fishing boats were destroyed at the east quay?", history, DOCS)

    assert resolved.source_ids is None
    assert resolved.query == resolved.question


def test_resolve__naming_a_source_beats_the_history() -> None:
    history = [{"question": "What does Mara Quint say about the fire?"}]

    assert resolve("And what does Coastal Notes say?", history, DOCS).source_ids == (LIGHTHOUSE,)


def test_resolve__naming_a_source_and_it_keeps_the_earlier_topic_in_the_query() -> None:
    history = [{"question": "How many boats burned?"}]

    resolved = resolve("What does Coastal Notes say about it?", history, DOCS)

    assert resolved.source_ids == (LIGHTHOUSE,)
    assert "boats" in resolved.query


def test_mentioned_sources__an_organisation_in_the_author_line_names_the_source() -> None:
    party = Document(
        "p.md", "p.md", "Turnout was 48%.", "x", "Party rejects result",
        author="People's Party press office",
    )  # fmt: skip
    docs = {"p.md": party, GAZETTE: DOCS[GAZETTE]}

    assert mentioned_sources("What does the People's Party say?", docs) == ("p.md",)
    # "office" is no name.
    assert mentioned_sources("What does the office say?", docs) == ()


def test_normalise_history__accepts_answers_dicts_messages_and_pairs() -> None:
    entry = SourceEntry(GAZETTE, "T", None, None, None, "12", (1,))
    answer = Answer("q1", "a1", "single_source", sources=(entry,))
    history = [
        answer,
        answer.to_dict(),
        {"role": "user", "content": "q3"},
        {"role": "assistant", "content": "a3"},
        ("q4", None),
    ]

    turns = normalise_history(history)

    assert turns == [
        Turn("q1", "a1", (GAZETTE,), (GAZETTE,)),
        Turn("q1", "a1", (GAZETTE,), (GAZETTE,)),
        Turn("q3", "a3"),
        Turn("q4", ""),
    ]


def test_normalise_history__rejects_unknown_items() -> None:
    with pytest.raises(ValueError, match="unrecognised history item"):
        normalise_history([42])


def test_docs_fixture_uses_the_checked_in_corpus() -> None:
    assert Path(DOCS[GAZETTE].path).parent == TEST_CORPUS
    assert DOCS[GAZETTE].author == "Mara Quint" and DOCS[COURIER].author is None


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        (
            "The fire burned. Mara Quint is harbour correspondent of the Gazette.",
            ["harbour correspondent"],
        ),
        ("Mara Quint is a senior reporter at the Harbour Gazette.", ["senior reporter"]),
        ("Mara Quint is the editor, and she lives in Vellin.", ["editor"]),
        ("Critics say Mara Quint is wrong about the fire.", []),
        ("The fire burned. Quint is harbour correspondent.", []),
    ],
)
def test_author_roles__read_from_a_bio_line_that_starts_with_the_authors_name(
    text: str, roles: list[str]
) -> None:
    doc = Document("q.txt", "q.txt", text, "", "Night of Flames", author="Mara Quint")

    assert author_roles(doc) == roles


def test_resolve__a_role_from_the_authors_bio_line_names_the_source() -> None:
    gazette = DOCS[GAZETTE]
    bio = "\n\nMara Quint is harbour correspondent of the Harbour Gazette.\n"
    docs = {**DOCS, GAZETTE: dataclasses.replace(gazette, text=gazette.text + bio)}
    history = [{"question": "What does the harbour correspondent write about the fire?"}]

    assert mentioned_sources(history[0]["question"], DOCS) == ()
    assert mentioned_sources(history[0]["question"], docs) == (GAZETTE,)
    assert resolve("And what death toll does she give?", history, docs).source_ids == (GAZETTE,)


BREACH = {
    "trust.txt": Document(
        "trust.txt",
        "trust.txt",
        "This was an attack by sophisticated criminals on a supplier's system.",
        "x",
        "Statement on the cyber incident",
        author="Harrowfield Hospitals NHS Trust",
    ),
    "group.txt": Document(
        "group.txt",
        "group.txt",
        "The trust now wants to blame its supplier and sophisticated criminals.",
        "x",
        "Patients demand answers",
        author="Harrowfield Patients' Voice",
    ),
    "news.txt": Document(
        "news.txt",
        "news.txt",
        "Dr Nadia Feltham of Quarry Point Security said the trust's claim was wrong.",
        "x",
        "Hospital hack: gang claims attack",
        author="Tom Reyes",
    ),
}


@pytest.mark.parametrize(
    ("question", "scope"),
    [
        # who speaks scopes the question, not whose claim it is about ...
        (
            "What does the Quarry Point researcher say about the trust's claim that the attackers"
            " were sophisticated?",
            ("news.txt",),
        ),
        ("What does Feltham say about the trust?", ("news.txt",)),
        # ... and a source still names itself
        ("What does the trust say about the attackers?", ("trust.txt",)),
    ],
)
def test_resolve__the_speaker_scopes_a_question_on_what_someone_says(
    question: str, scope: tuple[str, ...]
) -> None:
    assert resolve(question, None, BREACH).source_ids == scope
