"""Yes/no questions decided in code: which sentence decides, and which way."""

from __future__ import annotations

import pytest

from qa.polar import choices, chosen, claim, denied, either_bound, is_polar, judge, polar_verdict


@pytest.mark.parametrize(
    ("question", "polar"),
    [
        ("Did the mill close in 1931?", True),
        ("Was the harbour rebuilt?", True),
        ("And did the council pay for it?", True),
        ("When the mill closed in 1931, was it owned by Anna Berg?", True),
        ("In the town's early years did the mill employ children?", True),  # no comma
        ("In what year did the mill close?", False),
        ("During the strike the workers asked for what?", False),
        ("Who, if anyone, was to blame?", False),
        ("Is the bridge made of iron or of stone?", False),  # asks which, not whether
        ("Is the bridge safe or not?", True),
        ("Did the mill close in 1931 or before 1931?", True),  # a bound, not a choice
        ("How many workers died?", False),
        ("Why was the mill closed?", False),
        ("Who built the bridge?", False),
    ],
)
def test_is_polar(question: str, polar: bool) -> None:
    assert is_polar(question) is polar


@pytest.mark.parametrize(
    ("question", "sentences", "expected"),
    [
        # every figure, name and most words, nothing negated
        (
            "Did Anna Berg found the Harbour Choir in 1988?",
            ["Anna Berg went on to found the Harbour Choir in 1988."],
            ("yes", 0),
        ),
        # another year in the same claim
        (
            "Did Anna Berg found the Harbour Choir in 1988?",
            ["Anna Berg taught music.", "She founded the Harbour Choir in 1989."],
            ("no", 1),
        ),
        # the negation covers the claim, and the sentence before names the subject ("It")
        (
            "Does the Tern 2013 engine run on the Kestrel 2022 frame?",
            [
                "The Tern 2013 engine was designed for light frames.",
                "It runs on the Kestrel 2020 frame, but not the Kestrel 2022 frame.",
            ],
            ("no", 1),
        ),
        # a negated denial leaves the claim open
        (
            "Did a power line cause the fire?",
            ["Investigators have not ruled out a power line as the cause of the fire."],
            None,
        ),
        # a denial, of the claim or of any suggestion of it, is a negation
        (
            "Was the crew at fault?",
            ["We reject any suggestion that the crew was at fault."],
            ("no", 0),
        ),
        (
            "Did the company ignore the warnings?",
            ["The company denied that it had ignored the warnings."],
            ("no", 0),
        ),
        # "as well" adds the claim to others and says nothing of it
        (
            "Was the village of Arlon under the notice as well?",
            ["The notice covered the village of Arlon."],
            ("yes", 0),
        ),
        # ... and so is calling it untrue
        (
            "Did the company ignore the warnings?",
            ["Suggestions that the company ignored warnings are simply untrue."],
            ("no", 0),
        ),
        # refusing, declining or failing to do it is not doing it
        (
            "Is the airline grounding its other turboprops?",
            ["So far the airline has refused to ground its other turboprops."],
            ("no", 0),
        ),
        (
            "Did the council publish the report?",
            ["The council failed to publish the report on time."],
            ("no", 0),
        ),
        # having none is a negation
        (
            "Did the company have two-factor authentication?",
            ["The company's systems lacked two-factor authentication on remote access."],
            ("no", 0),
        ),
        (
            "Did the ferry have a licence?",
            ["The ferry sailed without a licence for two years."],
            ("no", 0),
        ),
        # a clause that asks whether decides nothing
        (
            "Was the crew at fault?",
            ["The inquiry will decide whether the crew was at fault."],
            None,
        ),
        # ... nor does one that only supposes it, before or after what would follow
        (
            "Were any postal votes lost?",
            ["If postal votes were lost, those voters were disenfranchised."],
            None,
        ),
        (
            "Were any postal votes lost?",
            ["Voters would be disenfranchised if postal votes were lost."],
            None,
        ),
        (
            "Were any postal votes lost?",
            ["Even if no postal votes were lost, the count was a shambles."],
            None,
        ),
        # ... but "as if" says how, and the claim may stand outside the clause
        (
            "Were any postal votes lost?",
            ["Postal votes were lost, as if nobody had checked."],
            ("yes", 0),
        ),
        (
            "Were any postal votes lost?",
            ["If you ask the agents, postal votes were lost."],
            ("yes", 0),
        ),
        # an opposite denies
        ("Was the seal on the box broken?", ["The seal on the box was intact."], ("no", 0)),
        # an injury in any of its words
        ("Was anyone hurt in the fire?", ["Three people were injured in the fire."], ("yes", 0)),
        ("Was anyone hurt in the fire?", ["Nobody was injured in the fire."], ("no", 0)),
        # a verb whose past is its base ("cut") is the asked act, which a sentence must say
        (
            "Has the council cut its elections budget?",
            ["The council's elections budget is £212,000, the same as the previous year."],
            None,
        ),
        (
            "Has the council cut its elections budget?",
            ["The council cut its elections budget by £42,000."],
            ("yes", 0),
        ),
        # a negation in another clause leaves the claim standing
        (
            "Has the Grey Heron been seen in Norland?",
            ["The Grey Heron has been seen in Norland but not in Sudria."],
            ("yes", 0),
        ),
        # another count of the same thing
        (
            "Did the garrison have 64 wounded in the siege of Arlon?",
            ["The garrison had 10 dead and 17 wounded in the siege of Arlon."],
            ("no", 0),
        ),
        # another name where the question has one
        (
            "Do Norland Rovers play their home games at Elm Park Stadium?",
            ["Norland Rovers play their home games at Riverside Stadium."],
            ("no", 0),
        ),
        # ... whose words cannot count against the sentence holding the claim
        (
            "Did Ada Brennan play for the Kilcross–Dunmore Rovers club?",
            ["Ada Brennan is a hurler who played for Arlon Senior Hurling with Elm Harps."],
            ("no", 0),
        ),
        (
            "Was the bridge designed by John Smith?",
            ["The bridge was designed by Mary Jones."],
            ("no", 0),
        ),
        # ... but only where the sentence states the relation the name fills
        ("Was the bridge designed by John Smith?", ["The bridge was opened by Mary Jones."], None),
        (
            "Was Anna Berg present at the 1555 council in Arlon?",
            ["At the 1555 council in Arlon the bishops split into parties led by Carlo Vitelli."],
            None,
        ),
        # an ordinal in a name is a figure, not a word to find ("Second" holds 2)
        (
            "Was the flare pistol of the Second Norland War longer than one inch?",
            ["The flare pistol used in the Second Norland War was of one inch bore."],
            ("no", 0),
        ),
        # a question in the text asserts nothing
        ("Did the mill close in 1931?", ["Did the mill close in 1931?"], None),
        # the sentence before lends its words only to a pronoun subject
        (
            "Did the Alder mill close in 1931?",
            ["The Alder mill was old.", "It closed in 1931."],
            ("yes", 1),
        ),
        (
            "Did the Alder mill close in 1931?",
            ["The Alder mill was old.", "Rain closed in 1931."],
            None,
        ),
        # ... and not what a claim naming no one ends by saying of its subject; a named claim's
        # pronoun may stand for its name
        (
            "Was Charles Guise the leader of the French party at the 1555 conclave?",
            [
                "During the 1555 conclave the cardinals were divided into parties: the French"
                " party.",
                "Their leader was Charles Guise.",
            ],
            ("yes", 1),
        ),
        (
            "Were any hotel staff among the people who got sick?",
            [
                "Most of the people who got sick weren't even there.",
                "She also said the cake was made in the hotel's own kitchen.",
            ],
            None,
        ),
        # a question naming nothing is about the corpus topic, not about other places
        (
            "Was there looting during the riots?",
            ["There was looting during the riots."],
            ("yes", 0),
        ),
        (
            "Was there looting during the riots?",
            ["During the riots in Marseille, looting spread."],
            None,
        ),
        # too little of the claim: no verdict
        ("Did the mill close in 1931 after the flood?", ["The flood came in 1931."], None),
        # ... but denying all of it but where it is placed says no
        (
            "Was the recount automatic under the town charter?",
            ["Contrary to the board's account, the recount was not automatic."],
            ("no", 0),
        ),
        ("Was the recount automatic under the town charter?", ["The recount was automatic."], None),
        # ... and "as a result of" places a claim too
        (
            "Was anyone admitted to hospital as a result of the spill?",
            ["No hospital admissions have been reported to the Department."],
            ("no", 0),
        ),
        (
            "Was anyone admitted to hospital as a result of the spill?",
            ["Two people were treated for headaches.", "Neither was admitted to a hospital."],
            ("no", 1),
        ),
        # another day of the same month
        (
            "Was Anna Berg born on 2 March 1950?",
            ["Anna Berg was born on 3 March 1950 in Arlon."],
            ("no", 0),
        ),
        # an aside in brackets need not be repeated
        (
            "Was Harbour Songs (a book about Anna Berg's choir) published in 1971?",
            ["Harbour Songs was published in 1967."],
            ("no", 0),
        ),
        # a name with a particle is one name; another name beside it replaces nothing
        (
            "Did Anna d'Arlon found the choir in 1988?",
            ["Anna d'Arlon founded the choir in 1988 with Erik Lund."],
            ("yes", 0),
        ),
        # a sentence opening with a pronoun may leave the name to an earlier sentence
        (
            "Did Anna Berg found the Harbour Choir in 1988?",
            [
                "Anna Berg taught music.",
                "Living by the sea, she sang every day.",
                "She went on to found the Harbour Choir in 1988.",
            ],
            ("yes", 2),
        ),
        # a bound is checked by arithmetic on the one figure of its unit
        (
            "Was the race longer than 600 km?",
            ["The race covered 630 km in three days."],
            ("yes", 0),
        ),
        ("Was the race longer than 600 km?", ["The race covered 600 km in three days."], ("no", 0)),
        ("Did fewer than three monks guard it?", ["Two monks guarded it."], ("yes", 0)),
        ("Was the race longer than 600 km?", ["The race covered 630 km, then 90 km more."], None),
        # ... or on the one of several that the claim's words introduce
        (
            "Was the total distance of the Norland race less than 600 km?",
            ["Stage 1: 230 km | Stage 2: 340 km | Total distance of the Norland race: 570 km"],
            ("yes", 0),
        ),
        (
            "Was the total distance of the Norland race less than 600 km?",
            ["Stage 1: 230 km | Stage 2: 340 km | Total distance of the Norland race: 610 km"],
            ("no", 0),
        ),
        (
            "Was the total distance of the Norland race less than 600 km?",
            ["Stage 1 of the Norland race: 230 km | Stage 2 of the Norland race: 340 km"],
            None,
        ),
        ("Was the race longer than 600 km?", ["The race did not cover 630 km."], None),
        ("Was he younger than 36 then?", ["He was 36 then."], None),  # no unit to compare
        ("Was the race run before 1911?", ["The race was run in 1910."], ("yes", 0)),
        # a bound that includes its year
        ("Did Ada visit Arlon in 1969 or before 1969?", ["Ada visited Arlon in 1969."], ("yes", 0)),
        (
            "Did Ada visit Arlon in 1969 or before 1969?",
            ["Ada visited Arlon in the early 1970s."],
            ("no", 0),
        ),
        ("Did Ada visit Arlon in 1969 or later?", ["Ada visited Arlon in 1968."], ("no", 0)),
        ("Was the race run after 1911?", ["In 1910 the race was run."], ("no", 0)),
        # a rank is a figure to look up
        (
            "Is Arlon the fifth largest town in Norland?",
            ["Arlon is the fifth largest town in Norland."],
            ("yes", 0),
        ),
        # a word negated in one clause but stated in another stands
        (
            "Does the charter require a vote of the Norland Council?",
            [
                "The charter requires neither a referendum, nor a Council session, but a vote of "
                "the Norland Council."
            ],
            ("yes", 0),
        ),
        # other comparisons and "only" need more than a lookup: no verdict
        ("Was the race run before May 1911?", ["The race was run in 1911."], None),
        ("Is Arlon the largest town in Norland?", ["Arlon is a large town in Norland."], None),
        (
            "Is the new drug as effective as aspirin against migraine?",
            ["The new drug led to a worse migraine response than aspirin."],
            None,
        ),
        # a figure the question states twice must be stated twice
        (
            "Was the 2021 Carlow final played in 2021?",
            ["The 2021 Carlow final was played in 2021."],
            ("yes", 0),
        ),
        (
            "Was the 2021 Carlow final played in 2021?",
            ["The 2021 Carlow final was played in 2019."],
            ("no", 0),
        ),
        (
            "Was the 2021 Carlow final played in 2021?",
            ["The 2021 Carlow final was played in May."],
            None,
        ),
        # "as well as" joins two things; it compares nothing
        (
            "Did the band tour Norland as well as Arlon?",
            ["The band toured Norland as well as Arlon."],
            ("yes", 0),
        ),
        ("Is the heron only found in Norland?", ["The heron is found in Norland."], None),
        # ... unless the sentence says "only" too, of the same places
        (
            "Is the heron only found in Norland?",
            ["The heron is only found in Norland."],
            ("yes", 0),
        ),
        (
            "Is the heron only found in Norland?",
            ["Only in Norland is the heron found."],
            ("yes", 0),
        ),
        (
            "Is the heron only found in Norland?",
            ["The heron is only found in Norland and Arlon."],
            None,
        ),
        # "never" negates by itself: the sentence repeating it is no "no"
        ("Has the heron never nested in Arlon?", ["The heron has never nested in Arlon."], None),
        # "ever" asks whether at any time: one time says yes, and "never" no
        ("Has the heron ever nested in Arlon?", ["The heron nested in Arlon in 2019."], ("yes", 0)),
        (
            "Has the heron ever nested in Arlon?",
            ["The heron has never nested in Arlon."],
            ("no", 0),
        ),
        # another rank of the same kind, in words
        (
            "Is Dunmore the fifth largest town in Norland by area?",
            ["By area, Dunmore is the eleventh largest town in Norland."],
            ("no", 0),
        ),
        # the claim's figure is read with its own words: "by area" goes with 5th here
        (
            "Is Dunmore the eleventh largest town in Norland by area?",
            [
                "Dunmore has 9,000 people and is the 11th largest town in Norland and the 5th "
                "largest town by area."
            ],
            ("no", 0),
        ),
        (
            "Is Dunmore the eleventh largest town in Norland by area?",
            ["By area Dunmore is the 11th largest town in Norland, and the 5th largest in people."],
            ("yes", 0),
        ),
        # the two ends of a change share its words
        (
            "Were breaks cut to 20 minutes?",
            ["The company cut the paid break between shifts from 30 minutes to 20 minutes."],
            ("yes", 0),
        ),
        # wanting or planning it is not doing it
        (
            "Will breaks be cut to 20 minutes?",
            ["Management wants to cut the paid break from 30 minutes to 20 minutes."],
            None,
        ),
        # nor is having the power to do it
        (
            "Has the plant's permit been suspended?",
            ["The agency has the power to suspend the plant's permit, a spokesperson said."],
            None,
        ),
        # "nobody" denies it
        ("Was anyone injured?", ["Nobody was injured in the leak."], ("no", 0)),
        ("Was anyone injured?", ["Two workers were injured in the leak."], ("yes", 0)),
        # "excluding" leaves out what follows it
        (
            "Is the KX4 protein found in liver cells?",
            ["The KX4 protein is found in all tissue cells, excluding liver cells."],
            ("no", 0),
        ),
        # a name holding digits is found by its figure too
        (
            "Is KX4 found in liver cells?",
            ["As others confirmed, liver cells do hold KX4."],
            ("yes", 0),
        ),
        # "until 1951" said again is no comparison to work out
        (
            "Was the harbour closed to ships until 1951?",
            ["The council agreed that until 1951 the harbour was closed to ships."],
            ("yes", 0),
        ),
        (
            "Was the harbour closed to ships until 1951?",
            ["The harbour was closed to ships in 1951."],
            None,
        ),
        # a unit written on to its figure is still its unit
        (
            "Was the Harbour Race longer than 615 km?",
            ["Harbour Race details: Stages: 3, Distance: 630km (391.5 mi)."],
            ("yes", 0),
        ),
        # an opposite in the claim word's place denies it; a negated opposite decides nothing
        (
            "Was Anna Berg present at the 1988 harbour meeting?",
            ["Anna Berg was absent at the 1988 harbour meeting."],
            ("no", 0),
        ),
        (
            "Was Anna Berg present at the 1988 harbour meeting?",
            ["Anna Berg was not absent at the 1988 harbour meeting."],
            None,
        ),
        (
            "Were reporters allowed in the council chamber?",
            ["Reporters were barred from the council chamber until noon."],
            ("no", 0),
        ),
        (
            "Is fishing in the harbour legal?",
            ["Fishing in the harbour is illegal."],
            ("no", 0),
        ),
        (
            "Is the harbour toll a selective tax?",
            ["The harbour toll is a non-selective tax."],
            ("no", 0),
        ),
        # a life's dates in brackets say when its bearer was born and died
        (
            "Was Anna Berg of Norland born in 1913?",
            ["Anna Berg (1911–1955) was a harbour pilot."],
            ("no", 0),
        ),
        (
            "Did Anna Berg die in 1955?",
            ["Anna Berg (1911–1955) was a harbour pilot."],
            ("yes", 0),
        ),
        # a claim naming nothing is about the topic: a day, or a name of the claim's own thing,
        # is no other topic; another name is
        (
            "Did the council approve the stadium?",
            ["The council voted on Tuesday to approve the Riverside Stadium."],
            ("yes", 0),
        ),
        (
            "Did the council approve the stadium?",
            ["The council voted on Tuesday to approve the Riverside Stadium in Norland."],
            None,
        ),
        # ... nor a month's.
        (
            "Was a warning issued?",
            ["A flood warning was issued at 6 a.m. on October 1."],
            ("yes", 0),
        ),
        # A name between a count and what it counts; the name's own number counts nothing.
        (
            "Were more than 50,000 purifiers recalled?",
            ["Brightline is recalling about 48,000 AeroPure 300 air purifiers."],
            ("no", 0),
        ),
        (
            "Were fewer than 500 purifiers recalled?",
            ["Brightline is recalling about 48,000 AeroPure 300 air purifiers."],
            ("no", 0),
        ),
        # "being" comes before the asked act, which a sentence must say
        (
            "Are pupils being taught remotely while the school is closed?",
            ["The school will be closed to all pupils on Wednesday."],
            None,
        ),
        (
            "Are pupils being taught remotely while the school is closed?",
            ["While the school is closed, pupils are being taught remotely."],
            ("yes", 0),
        ),
        # a denied negation leaves the claim open
        ("Was anyone hurt?", ["We also reject the claim that nobody was hurt."], None),
        ("Was anyone hurt?", ["We reject the claim that anyone was hurt."], ("no", 0)),
        # "anyone" is answered by a sentence on anyone, before one on a thing that "died"
        (
            "Was anyone killed?",
            [
                "When the port engine died, the starboard engine tripped out.",
                "It is only by good fortune that nobody died.",
            ],
            ("no", 1),
        ),
        (
            "Was anyone hurt?",
            ["No one was hurt.", "The pump was damaged and a deckhand was hurt."],
            ("no", 0),
        ),
    ],
)
def test_polar_verdict(question: str, sentences: list[str], expected: object) -> None:
    assert polar_verdict(question, sentences) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # a degree the sentence does not say is not shown by its other words
        ("Did the battle have a large number of civilian casualties?", None),
        # ... its opposite denies it
        ("Did the battle have a high number of civilian casualties?", ("no", 0)),
        # ... and the degree it says affirms it
        ("Did the battle have a low number of civilian casualties?", ("yes", 0)),
        # a denial of all of it denies any degree
        ("Did the siege have a large number of civilian casualties?", ("no", 1)),
    ],
)
def test_polar_verdict__a_claim_of_degree_needs_that_degree(
    question: str, expected: object
) -> None:
    sentences = [
        "The battle had a low number of civilian casualties, about a thousand.",
        "The siege did not have civilian casualties.",
    ]

    assert polar_verdict(question, sentences) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a count says nothing of whether it was enough
        ("We had 220 stewards on duty on Saturday.", None),
        ("There were not enough stewards on duty on Saturday.", ("no", 0)),
        ("There were enough stewards on duty on Saturday.", ("yes", 0)),
    ],
)
def test_polar_verdict__enough_is_a_degree(sentence: str, expected: object) -> None:
    question = "Were there enough stewards on duty on Saturday?"

    assert polar_verdict(question, [sentence]) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The system is now fully back in use and running normally.", ("yes", 0)),
        # the claim's particle is its predicate: running something else is not being back up
        ("The trust runs the appointments system and two hospitals.", None),
        # only part of it back is not back
        ("Members were told the appointments system was only partly back and running.", None),
        ("The partly rebuilt appointments system is back up and running.", ("yes", 0)),
    ],
)
def test_polar_verdict__a_claims_particle_and_its_whole_are_needed(
    sentence: str, expected: object
) -> None:
    question = "Is the appointments system back up and running now?"

    assert polar_verdict(question, [sentence]) == expected


def test_polar_verdict__a_verbs_own_particle_is_no_predicate_of_its_own() -> None:
    question = "Do there exist Roman temples dating back to the third millennium B.C.?"
    sentence = "It is home to many Roman temples built at the end of the third millennium B.C."

    assert polar_verdict(question, [sentence]) == ("yes", 0)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A negation's clause ends at "and" before another verb ...
        (
            "The Hill Line tram is not part of the dispute and continues to run a full service.",
            ("yes", 0),
        ),
        ("The Hill Line tram is not part of the dispute and is running as normal.", ("yes", 0)),
        # ... but not before another noun.
        ("The Hill Line tram is not running trams and buses.", ("no", 0)),
    ],
)
def test_polar_verdict__a_negation_ends_before_another_verb(
    sentence: str, expected: object
) -> None:
    question = "Did the Hill Line tram keep running during the strike?"

    assert polar_verdict(question, [sentence]) == expected


@pytest.mark.parametrize(
    ("sentence", "topic", "expected"),
    [
        # Who says it is no other subject of a claim that names none ...
        ("Medical director Dr. Alan Reid said the outbreak is now over.", "", ("yes", 0)),
        ("“The outbreak is over,” said medical director Alan Reid.", "", ("yes", 0)),
        ("The outbreak is over, according to the Regional Health Inspectorate.", "", ("yes", 0)),
        # ... nor is what the document is about ...
        (
            "The outbreak at St Brennan's Hospital is over.",
            "Statement from St Brennan's",
            ("yes", 0),
        ),
        # ... but another place is, unless the sentence names the topic too.
        ("The outbreak at St Brennan's Hospital is over.", "", None),
        ("The outbreak in Hull is over, said Alan Reid.", "", None),
        (
            "The outbreak in Hull, traced to St Brennan's kitchens, is over.",
            "Statement from St Brennan's",
            ("yes", 0),
        ),
    ],
)
def test_polar_verdict__a_speaker_or_the_topic_is_no_other_subject(
    sentence: str, topic: str, expected: object
) -> None:
    assert polar_verdict("Is the outbreak over?", [sentence], topic) == expected


@pytest.mark.parametrize(
    ("sentence", "topic", "expected"),
    [
        # "policemen" are police officers, and a sentence naming nothing new is on the topic
        ("Last week the court sentenced policemen to jail.", "The truth about Harwick", ("yes", 0)),
        ("Last week the court sentenced policemen to jail.", "The truth about the riots", None),
        # another name puts the sentence elsewhere
        ("In Arlon the court sentenced policemen to jail.", "The truth about Harwick", None),
    ],
)
def test_polar_verdict__a_compound_and_the_topic_complete_the_claim(
    sentence: str, topic: str, expected: object
) -> None:
    question = "Have the police officers charged over Harwick been sentenced?"
    assert polar_verdict(question, [sentence], topic) == expected


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        # a "why" question takes its statement as given, its subject from the one before
        (["So why did the guards fire?", "Why did they use live rounds?"], ("yes", 1)),
        (["Why did the guards not use live rounds?"], ("no", 0)),
        # a question that only wonders takes nothing as given
        (["Would the guards use live rounds?"], None),
    ],
)
def test_polar_verdict__a_why_question_in_the_text_says_what_it_takes_as_given(
    sentences: list[str], expected: object
) -> None:
    assert polar_verdict("Did the guards use live rounds?", sentences) == expected


def test_polar_verdict__a_why_question_gives_only_what_it_says() -> None:
    sentences = ["So why did the guards fire?", "Why did they use live rounds?"]
    assert polar_verdict("Was the guards' use of live rounds justified?", sentences) is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a plural initialism names a kind of thing, not another place or body
        ("Rioters went on looting shops, banks and ATMs.", ("yes", 0)),
        ("Rioters went on looting shops in Bristol.", None),
    ],
)
def test_polar_verdict__a_plural_initialism_is_no_other_subject(
    sentence: str, expected: object
) -> None:
    assert polar_verdict("Was there looting by rioters?", [sentence], "Riot report") == expected


@pytest.mark.parametrize(
    ("topic", "expected"),
    [("Families say heater fires spread", ("yes", 0)), ("Families say heaters failed", None)],
)
def test_polar_verdict__the_title_says_what_every_sentence_is_about(
    topic: str, expected: object
) -> None:
    assert polar_verdict("Did anyone die in the fires?", ["Two people have died."], topic) == (
        expected
    )


def test_polar_verdict__the_opening_says_what_every_sentence_is_about_too() -> None:
    lede = "The firm called for an inquiry into the bridge's partial collapse on Saturday."

    assert polar_verdict(
        "Was anybody killed in the collapse?", ["Nobody was killed."], "Statement", lede
    ) == ("no", 0)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Nobody died.", ("no", 0)),
        ("We can confirm that nobody lost their life.", ("no", 0)),
        ("Thankfully, no lives were lost.", ("no", 0)),
        ("Two people died in the collapse.", ("yes", 0)),
        ("Nobody died, but two men were killed.", ("yes", 0)),
    ],
)
def test_polar_verdict__a_death_is_said_in_any_of_its_words(
    sentence: str, expected: object
) -> None:
    assert polar_verdict("Was anybody killed in the collapse?", [sentence], "collapse") == (
        expected
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Lumera reported the problem to the regulator.", ("yes", 0)),
        # Enough of the claim's words, but never its verb.
        ("The problem is larger than either Lumera or the regulator has said.", None),
    ],
)
def test_polar_verdict__a_sentence_affirms_a_named_subjects_act_only_saying_its_verb(
    sentence: str, expected: object
) -> None:
    question = "Did Lumera report the problem to the regulator?"

    assert polar_verdict(question, [sentence]) == expected


@pytest.mark.parametrize(
    ("question", "sentence", "expected"),
    [
        (
            "Is the texture of the bark of the marsh kaliwort smooth?",
            "The bark of the marsh kaliwort is ridged and the stem is reddish in colour.",
            None,
        ),
        (
            "Is the colour of the petals of the marsh kaliwort slaty blue?",
            "The petals of the marsh kaliwort are slaty blue in colour.",
            ("yes", 0),
        ),
        # A verb may be said in other words, and a name or a figure ends no description.
        (
            "Is KX4 found in liver cells?",
            "As others confirmed, liver cells do hold KX4.",
            ("yes", 0),
        ),
        ("Was the plant opened in 1971?", "The plant was opened in 1971.", ("yes", 0)),
    ],
)
def test_polar_verdict__a_copula_affirms_only_what_the_sentence_says_of_the_subject(
    question: str, sentence: str, expected: object
) -> None:
    assert polar_verdict(question, [sentence]) == expected


def test_polar_verdict__the_title_completes_one_word_of_a_claim_and_no_name() -> None:
    question = "Are any other Lumera models affected by the recall?"
    sentence = "Affected serial numbers of the model begin with the letters AH15."

    assert polar_verdict(question, [sentence], "Lumera announces a recall of its heaters") is None


def test_polar_verdict__the_author_completes_a_claim_naming_it() -> None:
    question = "Did Lumera ignore the warnings?"
    sentence = "Suggestions that warnings were ignored are untrue."

    assert polar_verdict(question, [sentence], author="Lumera Ltd") == ("no", 0)
    assert polar_verdict(question, [sentence], author="Harwick Courier") is None
    # ... only where the sentence says the rest of the claim's core
    other = "The heater, an AH15 model, was sold in May."
    assert (
        polar_verdict("Is Lumera recalling its other AH15 heaters?", [other], author="Lumera")
        is None
    )


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        # a speaker's pronoun stands for no subject of the sentence before
        ("She added that Lumera would co-operate with the regulator.", None),
        # another pronoun does, with its verb
        ("It has also been reported from southern Arlon.", ("yes", 1)),
    ],
)
def test_polar_verdict__a_pronoun_opening_a_report_of_speech_borrows_nothing(
    second: str, expected: object
) -> None:
    sentences = ["Was the Lumera bat found in southern Arlon, residents asked?", second]

    assert polar_verdict("Was the Lumera bat found in southern Arlon?", sentences) == expected


def test_polar_verdict__a_prefix_makes_an_opposite_of_an_adjective_only() -> None:
    # "discover" is no opposite of "cover"
    question = "Did Anna Berg cover the harbour story in 1988?"

    verdict = polar_verdict(question, ["Anna Berg discovered the harbour story in 1988."])

    assert verdict is None or verdict[0] != "no"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Blasting resumed at Brenn Hill on Friday 12 September.", ("yes", 0)),
        # another name's word in place of the dropped one
        ("Blasting resumed at Brenn Hill Farm on Friday.", None),
    ],
)
def test_polar_verdict__a_long_name_may_lose_its_last_word(sentence: str, expected: object) -> None:
    assert polar_verdict("Has blasting resumed at Brenn Hill Quarry?", [sentence]) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The HSE confirmed it had been notified of the incident.", ("yes", 0)),
        ("The H.S.E. confirmed it had not been notified of the incident.", ("no", 0)),
        # initials of another name
        ("The HSA confirmed it had been notified of the incident.", None),
    ],
)
def test_polar_verdict__a_name_may_be_written_as_its_initials(
    sentence: str, expected: object
) -> None:
    question = "Was the Health and Safety Executive notified of the incident?"

    assert polar_verdict(question, [sentence]) == expected


def test_polar_verdict__the_sentence_holding_most_of_the_claim_decides() -> None:
    sentences = [
        "The old mill on the Alder closed.",  # 4 of 5 words: yes on its own
        "The old mill on the Alder did not close in the storm.",  # all 5, negated
    ]

    assert polar_verdict("Did the old mill on the Alder close in a storm?", sentences[:1]) == (
        "yes",
        0,
    )
    assert polar_verdict("Did the old mill on the Alder close in a storm?", sentences) == ("no", 1)


def test_judge__reports_coverage_without_a_verdict_below_the_threshold() -> None:
    polarity, coverage = judge(claim("Did the old mill close in winter?"), "The mill is old.")

    assert polarity is None
    assert coverage == pytest.approx(2 / 4)


# --- either-or questions --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "keys"),
    [
        ("Were 14 or 15 people killed in the fire?", ["14", "15"]),
        ("Is the ferry's hull steel or wooden?", ["steel", "wooden"]),
        ("Was the mill a farming village or a pit village?", ["farming", "pit"]),
        ("Is the drug selective or non-selective?", ["selective", "non-selective"]),
        ("How is the levy considered: legal or illegal?", ["legal", "illegal"]),
        ("For what role (lead or supporting) was she cast?", ["lead", "supporting"]),
        ("Which is in the lake: salt, silt, or neither?", ["salt", "silt", "neither"]),
        ("Is it found in Norland or southern Arlon?", ["norland", "arlon"]),
        ("Did he join the Alder Rovers club or the Norland club?", ["rovers", "norland"]),
        # not a choice: the "or" joins two words for one thing, or asks whether
        ("What is the main product or industry of Arlon?", []),
        ("Did the mill close or not?", []),
        ("Did they meet in 1969 or before 1969?", []),
        ("Which ferry sailed first: the Alder or the Birch?", []),
        ("Is the Alder or the Birch larger?", []),
        ("Did the mill close in 1990?", []),
    ],
)
def test_choices(question: str, keys: list[str]) -> None:
    assert [o.key for o in choices(question)] == keys


@pytest.mark.parametrize(
    ("question", "sentence", "expected"),
    [
        # "anyone" is no word a sentence must repeat.
        ("Was anyone injured?", "No one was injured.", "no"),
        ("Was anyone injured?", "Three people were treated for injuries.", "yes"),
        # A particle ending the claim is its predicate.
        ("Is the outbreak over?", "The outbreak began after a visit.", None),
        ("Is the outbreak over?", "The outbreak is over, the ward says.", "yes"),
        # A currency sign says its currency, in the claim and in the sentence.
        ("Will the repairs cost more than $5 million?", "Repairs will cost $4.2 million.", "no"),
        ("Will the repairs cost less than 5 million dollars?", "Repairs cost $4.2 million.", "yes"),
        ("Will the repairs cost less than 5 million euros?", "Repairs cost $4.2 million.", None),
    ],
)
def test_polar_verdict__indefinite_pronouns_particles_and_currency_signs(
    question: str, sentence: str, expected: str | None
) -> None:
    verdict = polar_verdict(question, [sentence])

    assert (verdict[0] if verdict else None) == expected


def test_either_bound__asks_each_side_as_a_claim_with_its_answer() -> None:
    assert either_bound("Were fewer or more than 1,200 homes tested in May?") == (
        ("Were more than 1,200 homes tested in May?", "More than 1,200 homes"),
        ("Were fewer than 1,200 homes tested in May?", "Fewer than 1,200 homes"),
    )
    assert either_bound("Were more than 1,200 homes tested?") == ()
    assert either_bound("Is the Alder or the Birch larger?") == ()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("It also says no bank details were involved, and we have no reason to doubt it.", "no"),
        ("Card details of 300 patients were compromised.", "yes"),
    ],
)
def test_polar_verdict__any_of_two_is_said_of_either(sentence: str, expected: str) -> None:
    verdict = polar_verdict("Were any bank or card details compromised?", [sentence])

    assert (verdict[0] if verdict else None) == expected


def test_choices__any_of_two_is_asked_whether_not_which() -> None:
    question = "Were any bank or card details compromised?"

    assert choices(question) == () and is_polar(question)
    assert choices("Were bank or card details compromised?") != ()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Dialysis services have not been affected.", True),
        ("Dialysis services were affected, but not for long.", False),
        ("Dialysis services were moved.", False),  # holds none of the words
    ],
)
def test_denied__every_asked_word_it_holds_is_negated(sentence: str, expected: bool) -> None:
    assert denied({"affect"}, sentence) is expected


@pytest.mark.parametrize(
    ("question", "sentence", "expected"),
    [
        ("Were 14 or 15 people killed?", "The fire killed 15 people.", "15 people"),
        ("Were 14 or 15 people killed?", "Fourteen people died in the fire.", "Fourteen people"),
        (
            "Was it a farming village or a pit village?",
            "It was a major farming village.",
            "farming village",
        ),
        (
            "Is the drug selective or non-selective?",
            "Nonselective agonists include it.",
            "Nonselective",
        ),
        ("Did Tipperary or Galway win?", "Tipperary's lead held.", "Tipperary"),
        (
            "Did he join the Alder Rovers club or the Norland club?",
            "He joined the Alder Rovers club at ten.",
            "Alder Rovers club",
        ),
        # a negated option is not named; naming both, or neither, decides nothing
        ("Is the levy legal or illegal?", 'It was "not technically illegal" then.', None),
        ("Is it salt, silt, or neither?", "It holds salt, not to be confused with silt.", "salt"),
        ("Were 14 or 15 people killed?", "Reports said 14 or 15 people.", None),
        ("Were 1,200 or 1,500 people moved?", "About 1,500 people were moved.", "1,500 people"),
        ("Were 14 or 15 people killed?", "The fire killed 20 people.", None),
        # an option after a preposition is a noun, not a verb of its stem ...
        (
            "Were the papers counted by hand or by machine?",
            "A packet of votes handed in at the door was counted late.",
            None,
        ),
        ("Were the papers counted by hand or by machine?", "All were counted by hand.", "hand"),
        # ... and said in its preposition's phrase: "lost power" is no "under its own power"
        (
            "Did the ferry reach harbour under its own power or under tow?",
            "The ferry lost power off Carrick Haven last Tuesday.",
            None,
        ),
        (
            "Did the ferry reach harbour under its own power or under tow?",
            "In the end our tug took her in tow.",
            "tow",
        ),
        (
            "Did the ferry reach harbour under its own power or under tow?",
            "She then proceeded to the harbour under her own power.",
            "power",
        ),
        # ... but a verb option may be said in any form
        ("Did the union strike or protest?", "The union protested outside.", "protested"),
    ],
)
def test_chosen(question: str, sentence: str, expected: str | None) -> None:
    assert chosen(choices(question), sentence) == expected


@pytest.mark.parametrize(
    ("question", "sentence", "expected"),
    [
        # another colour in the claim's place denies it
        ("Are the flowers of the vine pale pink?", "The flowers of the vine are slaty blue.", "no"),
        ("Are the flowers of the vine grey?", "The flowers of the vine are pink.", "no"),
        (
            "Is the colour of the petals of the marsh kaliwort slaty blue?",
            "The petals of the marsh kaliwort are pale pink and the stem is reddish in colour.",
            "no",
        ),
        # ... but not beside the claim's own
        ("Are the flowers of the vine pink?", "The flowers of the vine are pink and white.", "yes"),
        # a colour in a name is no colour
        ("Did the ferry sink in the Black Sea?", "The ferry sank in the White Sea.", None),
    ],
)
def test_polar_verdict__another_colour_denies_a_colour(
    question: str, sentence: str, expected: str | None
) -> None:
    verdict = polar_verdict(question, [sentence])

    assert (verdict[0] if verdict else None) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "first" said of an act is the order of events, shown only by a sentence saying it
        ("The police fired into the air.", None),
        ("The police first fired into the air.", ("yes", 0)),
        ("At first the police did not fire into the air.", ("no", 0)),
    ],
)
def test_polar_verdict__first_said_of_an_act_needs_the_sentence_to_say_it(
    sentence: str, expected: object
) -> None:
    assert polar_verdict("Did the police fire into the air first?", [sentence]) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("In 1980, now under the name Cesar Barone, Rode was imprisoned.", ("yes", 0)),
        # another time: the opening clause's year places the claim
        ("Shortly after his release, Rode renamed himself with the name Cesar Barone.", None),
    ],
)
def test_polar_verdict__an_opening_clause_places_the_claim_by_its_figures(
    sentence: str, expected: object
) -> None:
    question = "When Rode was imprisoned in 1980, was he under the name Cesar Barone?"
    assert polar_verdict(question, [sentence]) == expected


@pytest.mark.parametrize(
    "question",
    [
        "According to the 2019 report, did the company make a loss?",
        "As of 2023, has the company made a loss?",
    ],
)
def test_claim__an_opening_naming_a_source_or_up_to_when_places_nothing(question: str) -> None:
    assert claim(question).figures == set()


@pytest.mark.parametrize(
    ("question", "sentence", "expected"),
    [
        # another name in the relation the question's fills
        ("Was Anna Berg born in Paris?", "Anna Berg was born in Lyon in 1911.", ("no", 0)),
        # the claim's own subject unnamed: the sentence is about something else
        (
            "Was the Relegation play-off of the 2021 Carlow Senior Football Championship "
            "played in 2021?",
            "The 2021 Carlow Senior Football Championship was the 121st edition of the Carlow "
            "GAA's club tournament.",
            None,
        ),
    ],
)
def test_polar_verdict__another_name_denies_only_in_the_relation_of_the_asked_one(
    question: str, sentence: str, expected: object
) -> None:
    assert polar_verdict(question, [sentence]) == expected


def test_claim__first_after_the_is_a_rank() -> None:
    assert claim("Was Abbey Road the first album they recorded?").figures == {"1"}
    assert claim("Did the police fire into the air first?").figures == frozenset()


@pytest.mark.parametrize(
    ("question", "sentence", "expected"),
    [
        # the asked participle unsaid: the sentence holds the rest of the claim, not its act
        (
            "Were residents warned before the water was released?",
            "The company gave an update on the release of water and on support for residents.",
            None,
        ),
        (
            "Were residents warned before the water was released?",
            "Residents were warned an hour before the water was released.",
            ("yes", 0),
        ),
        (
            "Will Corrane Chemical Supplies be fined over the fire?",
            "Corrane Chemical Supplies said the fire started in a charging unit.",
            None,
        ),
        # a reporting verb is an act too, and the phrase after it only places it
        (
            "Were residents told to stay indoors during the fire?",
            "Residents living within half a mile were told to stay indoors and keep windows shut.",
            ("yes", 0),
        ),
        (
            "Will Corrane Chemical Supplies be fined over the fire?",
            "Corrane Chemical Supplies will be fined £40,000 over the fire.",
            ("yes", 0),
        ),
        (
            "Has the dam flooded the village before?",
            "The dam release sent the river surging through the village before dawn.",
            None,
        ),
    ],
)
def test_polar_verdict__a_passive_or_perfect_claim_needs_its_participle(
    question: str, sentence: str, expected: object
) -> None:
    assert polar_verdict(question, [sentence]) == expected


def test_claim__the_participle_after_been_is_the_asked_act() -> None:
    assert claim("Have the officers charged over Harwick been sentenced?").verb == "sentenced"
    assert claim("Were a hundred people killed?").verb == "killed"
    assert claim("Was the recount automatic?").verb is None
    assert claim("Will Corrane Chemical Supplies be fined over the fire?").verb == "fined"
    assert claim("Will the stadium be ready by June?").verb is None
    # a participle before a noun describes it
    assert claim("Was the wounded officer from Harwick named by police?").verb == "named"


def test_polar_verdict__a_colour_in_a_name_is_no_claimed_colour() -> None:
    sentence = "The Black Sea, turned green by algae, is warmer this year."

    assert polar_verdict("Is the Black Sea warmer this year?", [sentence]) == ("yes", 0)


@pytest.mark.parametrize(
    ("question", "sentence", "expected"),
    [
        ("Had the footbridge ever been shut?", "The footbridge was closed in 2021.", ("yes", 0)),
        (
            "Had the footbridge ever been shut?",
            "At no point has the footbridge been closed.",
            ("no", 0),
        ),
        ("Was the footbridge closed?", "The footbridge was shut for a week.", ("yes", 0)),
    ],
)
def test_polar_verdict__a_closure_is_said_in_any_of_its_words(
    question: str, sentence: str, expected: object
) -> None:
    assert polar_verdict(question, [sentence]) == expected


@pytest.mark.parametrize(
    ("question", "sentence", "expected"),
    [
        # "at the moment", "currently", "right now" only say when; "to the public" is what
        # open means
        (
            "Is the museum open to the public at the moment?",
            "The museum will remain closed until further notice.",
            ("no", 0),
        ),
        ("Is the museum currently open?", "The museum will remain closed.", ("no", 0)),
        ("Is the library open right now?", "The library is open as usual.", ("yes", 0)),
        # ... while a place the claim names must still be said
        ("Is the museum open in Leeds at the moment?", "The museum is closed.", None),
    ],
)
def test_polar_verdict__words_for_now_only_say_when(
    question: str, sentence: str, expected: object
) -> None:
    assert polar_verdict(question, [sentence]) == expected


@pytest.mark.parametrize(
    ("question", "sentence", "expected"),
    [
        # a burglary, a robbery or a raid is a theft, and what was stolen was taken in one
        (
            "Has anybody been arrested over the theft?",
            "A man was arrested on suspicion of burglary.",
            ("yes", 0),
        ),
        (
            "Has anybody been arrested over the theft?",
            "No arrests have been made over the robbery.",
            ("no", 0),
        ),
        (
            "Was anyone hurt in the theft?",
            "Nobody was hurt when the paintings were stolen.",
            ("no", 0),
        ),
        # ... and an arrest for something else is none over it
        ("Has anybody been arrested over the theft?", "A man was arrested for assault.", None),
    ],
)
def test_polar_verdict__a_theft_is_said_in_any_of_its_words(
    question: str, sentence: str, expected: object
) -> None:
    assert polar_verdict(question, [sentence]) == expected


def test_polar_verdict__the_opening_says_a_theft_in_any_of_its_words() -> None:
    lede = "The museum was broken into on Tuesday, and a number of objects were stolen."

    found = polar_verdict(
        "Has anybody been arrested over the theft?",
        ["To our knowledge, no arrests have yet been made."],
        lede=lede,
    )

    assert found == ("no", 0)


def test_polar_verdict__a_sentence_saying_the_claim_itself_beats_one_the_title_completes() -> None:
    # Both hold the claim with the title's "museum"; the second says it in its own words.
    sentences = ["Two glass display cabinets were broken open.", "The museum will remain closed."]

    found = polar_verdict("Is the museum open?", sentences, "Burglary at the museum")

    assert found == ("no", 1)
