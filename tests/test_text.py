"""Text helpers: sentence offsets, number normalisation, figure spans, tokens, stems."""

from __future__ import annotations

import pytest

from qa.text import (
    NAME_RUN,
    WEEKDAYS,
    base_form,
    capitalised_words,
    colon_list,
    content_stems,
    count_tokens,
    figure_spans,
    is_age,
    is_question,
    listed_items,
    numbers,
    sentence_spans,
    stem,
    stems_match,
    words,
)


def _sentences(text: str, start: int = 0, end: int | None = None) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text, start, end)]


def test_sentence_spans__offsets_slice_each_sentence_exactly() -> None:
    text = "  The fire began at midnight. It spread fast!  Did anyone see it? Yes.  "

    spans = sentence_spans(text)

    assert [text[s:e] for s, e in spans] == [
        "The fire began at midnight.",
        "It spread fast!",
        "Did anyone see it?",
        "Yes.",
    ]
    assert all(text[s:e] == text[s:e].strip() for s, e in spans)  # trimmed
    assert [s for s, _ in spans] == sorted(s for s, _ in spans)


def test_sentence_spans__abbreviations_and_initials_do_not_split() -> None:
    text = "The riot began on Dec. 16 in the square. Mr. Brandt and J. Smith saw it. It ended."

    assert _sentences(text) == [
        "The riot began on Dec. 16 in the square.",
        "Mr. Brandt and J. Smith saw it.",
        "It ended.",
    ]


def test_sentence_spans__a_time_of_day_runs_on_into_its_day() -> None:
    text = (
        "It ended at 2:40 a.m. Saturday, March 21. It began at 6 p.m. Police came at 5 a.m. May"
        " left."
    )

    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "It ended at 2:40 a.m. Saturday, March 21.",
        "It began at 6 p.m.",
        "Police came at 5 a.m.",
        "May left.",
    ]


def test_sentence_spans__lines_are_boundaries_and_blank_lines_are_skipped() -> None:
    text = "A Headline Without A Period\n\nBy A. Writer\n\nFirst sentence. Second one.\n---\n"

    assert _sentences(text) == [
        "A Headline Without A Period",
        "By A. Writer",
        "First sentence.",
        "Second one.",
    ]


def test_sentence_spans__digit_after_full_stop_starts_a_sentence() -> None:
    assert _sentences("The count rose. 12 more were found.") == [
        "The count rose.",
        "12 more were found.",
    ]


def test_sentence_spans__a_numbering_abbreviation_before_its_number_does_not_split() -> None:
    text = "The Quintet in G major, Op. 111, is a late work. See Vol. 2 for it. It ends."

    assert _sentences(text) == [
        "The Quintet in G major, Op. 111, is a late work.",
        "See Vol. 2 for it.",
        "It ends.",
    ]


def test_sentence_spans__range_gives_absolute_offsets() -> None:
    text = "Intro sentence. Middle one here. Last one."
    start = text.index("Middle")

    spans = sentence_spans(text, start, len(text))

    assert [text[s:e] for s, e in spans] == ["Middle one here.", "Last one."]
    assert spans[0][0] == start


def test_sentence_spans__empty_or_punctuation_only_text_has_no_sentences() -> None:
    assert sentence_spans("") == []
    assert sentence_spans("  \n\n --- \n") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thirty-seven individuals", {"37"}),
        ("thirty seven", {"37"}),
        ("1,200 workers", {"1200"}),
        ("12,000,000 dollars", {"12000000"}),
        ("a rate of 3.50 percent", {"3.5"}),
        ("2,5 tonnes", {"2.5"}),
        ("fourteen dead", {"14"}),
        ("one hundred five", {"105"}),
        ("two thousand", {"2000"}),
        ("the third day", {"3"}),
        ("on Dec. 16, 2011", {"m12", "16", "2011"}),
        ("December 16", {"m12", "16"}),
        ("on 13 May 2012", {"13", "m5", "2012"}),
        ("they may leave", set()),
        ("no figures at all", set()),
    ],
)
def test_numbers__normalises_digits_words_and_months(text: str, expected: set[str]) -> None:
    assert numbers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("one hundred and five", {"105"}), ("twenty-first", {"21"}), ("eleventh", {"11"})],
)
def test_numbers__compound_number_words_give_one_figure(text: str, expected: set[str]) -> None:
    assert numbers(text) == expected


def test_numbers__word_and_digit_forms_are_equal() -> None:
    assert numbers("Thirty-seven") == numbers("37")
    assert numbers("1,200") == numbers("1200")
    assert numbers("Fourteen") != numbers("Fifteen")


def test_figure_spans__finds_figures_and_dates() -> None:
    text = "On Dec. 16 thirty-seven men and 14 women met; 1,200 more came on May 13, 2012."

    assert [text[s:e] for s, e in figure_spans(text)] == [
        "Dec. 16",
        "thirty-seven",
        "14",
        "1,200",
        "May 13, 2012",
    ]


def test_figure_spans__no_one_is_no_figure() -> None:
    text = "No one was hurt, nor any one of the crew; one man and every one else left."

    assert [text[s:e] for s, e in figure_spans(text)] == ["one"]


def test_figure_spans__a_time_of_day_is_no_figure() -> None:
    text = "At 6:40 a.m. on April 11, or 7 pm, 9 o'clock or 10:30, 2 of 3 boats left; it ended 2:1."

    assert [text[s:e] for s, e in figure_spans(text)] == ["April 11", "2", "3", "2", "1"]


def test_figure_spans__a_telephone_number_is_no_figure() -> None:
    text = "Call 0800 046 2291, or +44 20 7946 0958 about the 1,200 units sold on 2026-02-10."

    assert [text[s:e] for s, e in figure_spans(text)] == ["1,200", "2026-02-10"]


def test_figure_spans__a_day_written_as_an_ordinal_of_the_month_is_part_of_the_date() -> None:
    text = "It was played on the 24th of September 2019 by 2 of the clubs."

    assert [text[s:e] for s, e in figure_spans(text)] == ["24th of September 2019", "2"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A reference list's dates say when a page was read or saved, not when anything
        # happened.
        ("Comte de Toulouse retrieved 9 October 2017 from Brockhaus.", []),
        ("The Korea Times. Archived from the original on March 6, 2016.", []),
        ("Accessed 3 May 2020. He died in 1737.", ["1737"]),
        ("managed by Chris Bartlett \u2022 last edited 8 Mar 2025", []),
        # The same words in a sentence of the text tell an event.
        ("The bodies were retrieved 9 October 2017.", ["9 October 2017"]),
        ("The files were accessed on 3 May 2020.", ["3 May 2020"]),
    ],
)
def test_figure_spans__a_citations_access_date_is_no_figure(text: str, expected: list[str]) -> None:
    assert [text[a:b] for a, b in figure_spans(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She said the mill would reopen in June.", ["June"]),
        ("It will report by March, not in may.", ["March"]),
        ("The mill closed last June.", ["June"]),
        # A month named after no dating word is a name or part of one.
        ("June Carter sang at the Augusta fair.", []),
        ("They met in May 1968.", ["May 1968"]),
    ],
)
def test_figure_spans__a_month_alone_is_a_date_after_a_dating_word(
    text: str, expected: list[str]
) -> None:
    assert [text[a:b] for a, b in figure_spans(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The party will file a complaint on Monday.", ["Monday"]),
        ("Supporters will gather by Saturday at noon.", ["Saturday"]),
        ("Fighting resumed early Tuesday.", ["Tuesday"]),
        # A weekday named after no dating word is part of a name.
        ("The Sunday Times said so.", []),
        ("It was Good Friday.", []),
    ],
)
def test_figure_spans__a_weekday_is_a_date_after_a_dating_word(
    text: str, expected: list[str]
) -> None:
    assert [text[a:b] for a, b in figure_spans(text)] == expected
    assert numbers(text) == ({f"w{WEEKDAYS[expected[0].lower()]}"} if expected else set())


@pytest.mark.parametrize(
    ("text", "expected", "figures"),
    [
        ("It will publish its findings in the autumn.", ["autumn"], {"s3"}),
        ("We finish this fall.", ["fall"], {"s3"}),
        ("It opens in spring 2027.", ["spring 2027"], {"s1", "2027"}),
        # a season after no dating word, or a "fall" that is no season, dates nothing
        ("Water from a hot spring.", [], set()),
        ("Winter is coming.", [], set()),
        ("After the fall of Rome came 476.", ["476"], {"476"}),
    ],
)
def test_figure_spans__a_season_is_a_date_after_a_dating_word_or_before_a_year(
    text: str, expected: list[str], figures: set[str]
) -> None:
    assert [text[a:b] for a, b in figure_spans(text)] == expected
    assert numbers(text) == figures


def test_figure_spans__a_date_with_a_spaced_comma_is_one_date() -> None:
    text = "Born March 15 , 1862 in Arlon; died 2 May , 1920."

    assert [text[s:e] for s, e in figure_spans(text)] == ["March 15 , 1862", "2 May , 1920"]


def test_figure_spans__an_iso_date_is_one_date_and_gives_way_to_its_written_copy() -> None:
    text = "Born ( 1868-12-18 ) 18 December 1868. Founded on 1990-05-01 in Arlon."

    assert numbers("1868-12-18") == numbers("18 December 1868") == {"18", "m12", "1868"}
    assert [text[s:e] for s, e in figure_spans(text)] == ["18 December 1868", "1990-05-01"]


@pytest.mark.parametrize(
    "text",
    [
        "See https://example.com/2011/12/16/report for details.",
        "Photos at www.example.org/gallery/42 are online.",
        "The file is stored as item_42 in the archive.",
        "Reference #7 and id=99 are internal.",
    ],
)
def test_figure_spans__skips_digits_in_urls_and_identifiers(text: str) -> None:
    assert figure_spans(text) == []


def test_figure_spans__a_unit_written_on_is_not_part_of_the_figure_but_a_decade_is_a_date() -> None:
    text = "A 26.5mm bore, 630km in the 1990s, on the 21st of May 2002, for 5kg."

    assert [text[s:e] for s, e in figure_spans(text)] == [
        "26.5",
        "630",
        "1990s",
        "21st of May 2002",
        "5",
    ]


def test_figure_spans__a_year_after_mid_is_a_date_but_a_figure_after_a_hyphen_is_a_name() -> None:
    text = "A decision on the U-20 is due in mid-2027 or in the mid-1990s terms."

    assert [text[s:e] for s, e in figure_spans(text)] == ["mid-2027", "mid-1990s"]


def test_name_run__an_honorific_opens_a_name_that_ends_before_of() -> None:
    text = "It was led by Dr. Ada Vane of Norland General Hospital, beside the Bank of England."

    assert [m[0] for m in NAME_RUN.finditer(text)] == [
        "It",
        "Dr. Ada Vane",
        "Norland General Hospital",
        "Bank of England",
    ]


def test_name_run__an_ampersand_joins_a_firms_names() -> None:
    text = "It was designed by Calder & Voss and built by Marks and Spencer."

    assert [m[0] for m in NAME_RUN.finditer(text)] == ["It", "Calder & Voss", "Marks", "Spencer"]


def test_figure_spans__skips_reference_markers() -> None:
    text = "Distance: 1,342[1] km"

    assert [text[s:e] for s, e in figure_spans(text)] == ["1,342"]


def test_figure_spans__keeps_real_figure_next_to_a_url() -> None:
    text = "See https://example.com/2011/12/16 for 14 photos."

    assert [text[s:e] for s, e in figure_spans(text)] == ["14"]


def test_count_tokens__works_offline_and_counts_cl100k_tokens() -> None:
    # Sockets are blocked in unit tests: tiktoken must use the BPE file shipped on disk.
    assert count_tokens("") == 0
    assert count_tokens("hello world") == 2
    assert count_tokens("harbour " * 50) > count_tokens("harbour " * 10)


def test_words_and_stems__match_inflections_and_drop_stopwords() -> None:
    assert words("Police’s 1,200 men") == ["police's", "1,200", "men"]
    assert stem("killed") == stem("kills") == stem("killing") == "kill"
    assert stem("cities") == "city"
    assert content_stems("How many people were killed by the police in 2011?") == {
        "people",
        "kill",
        "police",
    }


def test_words__drop_accents_so_a_name_meets_its_plain_spelling() -> None:
    assert words("Muḥammad of Pánfilo's Ében-Émael") == words("Muhammad of Panfilo's Eben-Emael")
    # Other scripts keep their letters.
    assert words("Жанаозен") == ["жанаозен"]


def test_content_stems__an_ordinals_suffix_is_no_word_but_a_saint_is() -> None:
    assert content_stems("the 11th largest city") == content_stems("the largest city")
    assert "st" in content_stems("St Louis")


def test_content_stems__take_place_says_nothing_but_that_it_happened() -> None:
    assert content_stems("When did the inspection take place?") == content_stems(
        "When was the inspection?"
    )
    assert content_stems("The vote took place in a school") == content_stems("vote school")
    assert "taken" in content_stems("no action was taken")


@pytest.mark.parametrize(
    ("a", "b", "ok"),
    [
        ("fired", "fire", True),  # "fir" and "fire": the final "e"
        ("user", "use", False),  # "use" is too short to match by prefix
        ("died", "die", True),  # a "d" after the final "e"
        ("used", "use", True),
        ("policemen", "police", True),
        ("killed", "kills", True),
        ("fired", "firm", False),
        ("war", "ward", False),
        # A verb's final "d" is its noun's "s".
        ("decision", "decide", True),
        ("responses", "respond", True),
        ("extension", "extended", True),
        ("breast", "bread", False),
        # ... and its "-mit" is its noun's "-mission".
        ("admissions", "admitted", True),
        ("mission", "mit", False),
        # A consonant doubled before "-ing" or "-ed" after one vowel, not one the word has.
        ("running", "runs", True),
        ("occurred", "occurs", True),
        ("added", "adds", True),
        ("falling", "falls", True),
        # A suffix or two extends a stem; another word after it makes a compound.
        ("establishment", "establish", True),
        ("strikers", "strike", True),
        ("wrapped", "wrap", True),
        ("analysis", "analysed", True),
        ("riverlights", "river", False),
        ("firefighters", "fire", False),
    ],
)
def test_stems_match(a: str, b: str, ok: bool) -> None:
    assert stems_match(stem(a), {stem(b)}) is ok


def test_capitalised_words_and_is_question() -> None:
    assert capitalised_words("The mayor of Port Vellin met Olek Brandt.") == [
        "Port",
        "Vellin",
        "Olek",
        "Brandt",
    ]
    assert is_question("Why did it burn?”")
    assert not is_question("It burned. Why?  Nobody knows.")


def test_correct_spelling_only_fixes_near_misses_of_corpus_words():
    from qa.text import correct_spelling

    vocab = {"killed", "prosecutor", "general", "kazakhstan", "revenge"}
    assert correct_spelling("Who is the procecutor genral of Kazakstan? kiled", vocab) == (
        "Who is the prosecutor general of Kazakhstan? killed"
    )
    assert correct_spelling("What was the revenue?", vocab) == "What was the revenue?"


def test_correct_spelling_leaves_a_known_word_the_corpus_lacks():
    from qa.text import correct_spelling

    vocab = {"struck", "passengers", "killed"}
    # "stuck" is a word, though not the corpus's; "kiled" is none.
    assert correct_spelling("Were passengers stuck? kiled", vocab, known={"stuck", "were"}) == (
        "Were passengers stuck? killed"
    )
    # A name takes the corpus's spelling, though it is a word too.
    assert correct_spelling("Did Ger Brown play?", {"browne"}, known={"brown"}) == (
        "Did Ger Browne play?"
    )


def test_proper_words__are_the_words_a_text_writes_only_capitalised_within_a_sentence():
    from qa.text import proper_words

    texts = [
        "Thankfully nobody died. The Port Ellery boardwalk fell in 2013.",
        "Crowds gathered at Port Ellery, as the port's harbour master said.",
    ]

    # "Port" is also written in lower case; "Thankfully" only opens a sentence.
    assert proper_words(texts) == {"ellery"}


def test_capitalise_names__capitalises_the_proper_words_typed_in_lower_case():
    from qa.text import capitalise_names

    proper = frozenset({"port", "ellery", "wenlow"})

    assert capitalise_names("how many ppl got hurt in the port ellery collapse?", proper) == (
        "how many ppl got hurt in the Port Ellery collapse?"
    )
    # A question that capitalises a name is left as typed.
    assert capitalise_names("Is the Wenlow tidal at port ellery?", proper) == (
        "Is the Wenlow tidal at port ellery?"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Who's to blame for the riots?", "Who is to blame for the riots?"),
        ("What’s the death toll?", "What is the death toll?"),
        ("What's caused the collapse?", "What has caused the collapse?"),
        ("Who's been charged?", "Who has been charged?"),
        ("Who're the defendants?", "Who are the defendants?"),
        # a possessive of a name is no contraction, nor is a quoted title's
        ("Is Kantor's figure 15?", "Is Kantor's figure 15?"),
        ('Who is the artist of "What\'s My Name?"', 'Who is the artist of "What\'s My Name?"'),
        ("Ignore that. Who's to blame?", "Ignore that. Who is to blame?"),
    ],
)
def test_expand_contractions__writes_out_a_question_words_verb(text: str, expected: str) -> None:
    from qa.text import expand_contractions

    assert expand_contractions(text) == expected


def test_correct_spelling_keeps_another_form_of_a_corpus_word():
    from qa.text import correct_spelling

    vocab = {"sports", "associates", "serve", "shooting", "killed", "browne", "uprag"}
    assert correct_spelling("What sport is he associated with? served shootings kiled", vocab) == (
        "What sport is he associated with? served shootings killed"
    )
    # A name takes the corpus's spelling; an acronym is left as typed.
    assert correct_spelling("Did Ger Brown join UPRA?", vocab) == "Did Ger Browne join UPRA?"
    # An irregular verb's other form, and a word another only prefixes, are no typos.
    assert correct_spelling("How long did it take?", {"along", "taken"}) == (
        "How long did it take?"
    )


def test_correct_spelling_undoes_two_swapped_letters():
    from qa.text import correct_spelling

    vocab = {"first", "person", "spot", "contamination", "states"}
    assert correct_spelling("Who was the frist persno to spot it?", vocab) == (
        "Who was the first person to spot it?"
    )
    # A swap that reaches two corpus words is no correction to make.
    assert correct_spelling("tsate", {"taste", "state"}) == "tsate"
    # A four-letter word one letter from a corpus word is a word of its own.
    assert correct_spelling("Who came last? lsat", {"least"}) == "Who came last? lsat"
    assert correct_spelling("When was the lsat one?", {"last"}) == "When was the last one?"


def test_correct_spelling_mends_a_plural_written_with_s_alone():
    from qa.text import correct_spelling

    vocab = {"boxes", "cities", "box", "matches"}

    assert correct_spelling("How many ballot boxs?", vocab) == "How many ballot boxes?"
    assert correct_spelling("Which citys voted?", vocab) == "Which cities voted?"
    assert correct_spelling("How many matchs?", vocab) == "How many matches?"
    # a word the corpus has as it is stays
    assert correct_spelling("How many box?", vocab) == "How many box?"


def test_correct_spelling_reads_a_vowelless_word_as_shorthand_for_one_corpus_word():
    from qa.text import correct_spelling

    vocab = {"people", "peoples", "apple", "David", "pears", "prose", "police"}
    assert correct_spelling("How many ppl died?", vocab) == "How many people died?"
    # Not a name ("dvd" is not "David"), and not when two different words fit ("prs").
    assert correct_spelling("Who sold the dvd? prs", vocab) == "Who sold the dvd? prs"
    assert correct_spelling("Did the PPL pay?", vocab) == "Did the PPL pay?"
    # A question word is no corpus word, and may be written short too.
    assert correct_spelling("Wht time did ppl leave? whn", vocab) == (
        "What time did people leave? when"
    )


def test_correct_spelling_adds_the_h_a_question_word_was_typed_without():
    from qa.text import correct_spelling

    vocab = {"time", "trust", "hat"}
    assert correct_spelling("wat time did the trust act?", vocab) == (
        "what time did the trust act?"
    )
    assert correct_spelling("Wen did it start?", vocab) == "When did it start?"
    # Only the question's first word: "wat" later on is some other word, and "Were" is one.
    assert correct_spelling("Did they visit the wat?", vocab) == "Did they visit the wat?"
    assert correct_spelling("Were they there?", vocab) == "Were they there?"


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("Cities with a duma in 1790: Tobolsk, Tomsk and Omsk.", ["Tobolsk", "Tomsk", "Omsk"]),
        ("Cities with a duma included: Tobolsk, Tomsk and Omsk.", []),  # partial
        ("Cities with a duma: Tobolsk, Tomsk and others.", []),
        ("Its reasons: it was cheap, it was near.", []),  # prose, not names
        ("Cities with a duma were Tobolsk, Tomsk and Omsk.", []),  # no colon
    ],
)
def test_colon_list(text: str, items: list[str]) -> None:
    assert colon_list(text) == items


@pytest.mark.parametrize(
    ("text", "figure", "items"),
    [
        ("It has four small towns: Mitta Mitta, Eskdale, Dartmouth.", "four small towns", 3),
        ("The six chairs set up at the departments: Iqbal Chair, Leitner Chair.", "six chairs", 2),
        ("Five others (153302, 153318, and 153382) were sold.", "Five others", 3),
        ("Three countries: France, Germany and Italy.", "Three countries", 3),
        ("Four towns, including: Ayr, Troon.", "Four towns", 0),  # says it is partial
        ("Four towns: Ayr, Troon and others.", "Four towns", 0),
        ("Four towns: Ayr or Troon.", "Four towns", 0),  # alternatives
        ("Four reasons: it was cheap, it was fast.", "Four reasons", 0),  # prose
        ("A 1,342 km (833.9 mi) route.", "1,342 km", 0),  # one converted measure
        ("Four towns lie east; 2 more: Ayr, Troon.", "Four towns", 0),  # another figure's list
    ],
)
def test_listed_items__a_whole_list_of_names_after_a_figure(
    text: str, figure: str, items: int
) -> None:
    assert len(listed_items(text, text.index(figure) + len(figure))) == items


@pytest.mark.parametrize(
    ("text", "figure", "age"),
    [
        ("said Marcus Bell, 41, a college friend", "41", True),
        ("Kowalski, 56, said yesterday.", "56", True),
        ("the groom, Daniel Reyes, 29.", "29", True),
        ("In Bramwell, 47 people fell ill.", "47", False),  # a count after a place
        ("In 2019, 23 students fell ill.", "23", False),
        ("Rooms 12, 14, and 16 were closed.", "14", False),  # no name before it
    ],
)
def test_is_age(text: str, figure: str, age: bool) -> None:
    start = text.index(figure)

    assert is_age(text, start, start + len(figure)) is age


@pytest.mark.parametrize(
    ("british", "american"),
    [("hospitalised", "hospitalized"), ("organisation", "organization"), ("realise", "realize")],
)
def test_stem__meets_the_other_spelling(british: str, american: str) -> None:
    assert stem(british) == stem(american)


@pytest.mark.parametrize("word", ["promised", "exercise", "premise", "raised"])
def test_stem__keeps_words_that_only_end_like_ise(word: str) -> None:
    assert "z" not in stem(word)


@pytest.mark.parametrize(
    ("past", "base"),
    [
        ("shot", "shoot"),
        ("left", "leave"),
        ("warned", "warn"),
        ("fired", "fire"),
        ("carried", "carry"),
        ("stopped", "stop"),
        ("opened", "open"),
        ("killed", "kill"),
        ("landing", "landing"),
    ],
)
def test_base_form(past: str, base: str) -> None:
    assert base_form(past) == base
