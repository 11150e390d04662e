"""claims.py's shortcuts: facts() skips searches that cannot match and people() finds
surnames without one regular expression of them all; both must find exactly what the plain
searches find."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from summarise import load_articles, parse_text
from summarise.compare import claims, compare
from summarise.compare.claims import (
    facts,
    incompatible,
    number_conflicts,
    people,
    shared_figures,
    unshared_figures,
)

from .conftest import ARTICLES

# Pieces that touch every shortcut: number words in any case, letters that re.IGNORECASE
# takes for ASCII ones (dotted and dotless i, long s, the Kelvin sign), weekdays inside
# words, meetings, revisions, figures, dates, times, other digits.
_PIECES = [
    "Two",
    "TWENTY-one",
    "fifty-two",
    "dozen",
    "hundred",
    "SİX",
    "\u212a",
    "\u017fummit",
    "v\u0131sit",
    "half",
    "HALF a million",
    "half-billion",
    "one and a half million",
    "a quarter of a million",
    "two thirds of a",
    "the third million",
    "on Monday",
    "mondays",
    "met",
    "MEETS",
    "talks in Geneva",
    "at Paris",
    "initially",
    "at first",
    "later said",
    "revised",
    "12",
    "3.5",
    "May 3",
    "3 may",
    "10:30 pm",
    "1999",
    "stage 13",
    "at number",
    " No 3",
    "Number 10",
    "numbers",
    "third",
    "2nd",
    "straight",
    "week",
    "win",
    "$5 million",
    "$ 7",
    "(",
    "—",
    "killed",
    "people",
    "dead",
    "5 km",
    "depth",
    "\u0661\u0662",
    "€3bn",
    " ",
    ", ",
    " and ",
    ".",
]
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=12).map("".join)


def _sentences() -> list[str]:
    articles, _ = load_articles([str(ARTICLES)])
    return [s.text for a in articles for s in a.sentences]


def _plain_facts(
    monkeypatch: pytest.MonkeyPatch, texts: list[str], place: str | None
) -> list[claims.Facts]:
    """facts() with every search made, shortcuts off."""
    with monkeypatch.context() as patched:
        patched.setattr(claims, "_may_match", lambda *args: True)
        patched.setattr(claims, "_DIGIT", re.compile(""))
        patched.setattr(
            claims, "_numbers", lambda text, lowered, odd: claims._NUMBER.finditer(text)
        )
        facts.cache_clear()
        out = [facts(t, place) for t in texts]
    facts.cache_clear()
    return out


def test_facts_shortcuts_change_nothing_on_the_sample(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _sentences()
    assert [facts(t, "Geneva") for t in texts] == _plain_facts(monkeypatch, texts, "Geneva")


_EVERY_WORD = [
    *(f"Police said {w.upper()} people were killed." for w in sorted(claims.NUMBER_WORDS)),
    *(
        f"They {w} in Geneva on Monday."
        for w in [
            "met",
            "meet",
            "meets",
            "meeting",
            "talks",
            "held",
            "hold",
            "holds",
            "visit",
            "visited",
            "summit",
            "dialogue",
        ]
    ),
    *(
        f"Iran {w} gave the position as 12 km."
        for w in (
            "initially",
            "originally",
            "at first",
            "first reported",
            "early reports",
            "revised",
            "revising",
            "revises",
            "corrected",
            "correcting",
            "retracted",
            "retracts",
            "amended",
            "updated",
            "later said",
            "later revised",
            "later changed",
            "later admitted",
            "later corrected",
            "subsequently",
        )
    ),
    "A Half-Billion dollar gift.",
]


def test_facts_shortcuts_change_nothing_on_each_word(monkeypatch: pytest.MonkeyPatch) -> None:
    plain = _plain_facts(monkeypatch, _EVERY_WORD, "Paris")
    assert [facts(t, "Paris") for t in _EVERY_WORD] == plain
    assert all(f.pinned for f in plain)


@given(_TEXTS)
def test_facts_shortcuts_change_nothing(text: str) -> None:
    with pytest.MonkeyPatch.context() as monkeypatch:
        assert facts(text, "Rome") == _plain_facts(monkeypatch, [text], "Rome")[0]


@given(_TEXTS)
def test_numbers_found_where_the_plain_search_finds_them(text: str) -> None:
    """_numbers tries the pattern only near an anchor: the same matches, spans and all (a
    figure after "(" or "—" begins at the space before it)."""
    lowered = text.lower()
    odd = claims._ODD_CASE.search(text) is not None
    fast = [(m.span(), m.groupdict()) for m in claims._numbers(text, lowered, odd)]
    assert fast == [(m.span(), m.groupdict()) for m in claims._NUMBER.finditer(text)]


def test_numbers_on_the_sample() -> None:
    for text in [*_sentences(), "( 12 killed", "a gift of — 5 million"]:
        fast = [m.span() for m in claims._numbers(text, text.lower(), False)]
        assert fast == [m.span() for m in claims._NUMBER.finditer(text)], text


def _findall(text: str, surnames: set[str]) -> list[str]:
    """What people() finds in a text: the one alternation of every surname it replaced."""
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, sorted(surnames))) + r")\b")
    return pattern.findall(text)


def test_people_as_one_alternation_on_the_sample() -> None:
    texts = _sentences()
    found = people(texts)
    surnames = set().union(*found)
    assert surnames
    assert found == [frozenset(_findall(t, surnames)) for t in texts]


_SURNAMES = {"Smith", "Smith-Jones", "O'Brien", "Brien", "Abe", "Abel", "Xi-", "Zed'", "Mo’s"}


@given(
    st.lists(
        st.sampled_from(["Smith", "-", "Jones", "O'", "Brien", " ", "Abe", "l", "'", "Xi", "Zed"])
        | st.sampled_from(["’", "s", "Mo", "_", "é", "1", ".", "Ab", "e"]),
        max_size=10,
    ).map("".join)
)
def test_surnames_found_as_one_alternation_finds_them(text: str) -> None:
    assert claims._named(text, _SURNAMES) == _findall(text, _SURNAMES)


def test_a_dotted_time_with_a_time_zone_is_a_time_not_a_count():
    """Reading "23.00 local time (02.14 GMT)" gives two clock times, as "02:14 UTC" does;
    it was read as 23 "local" and 2.14 "gmt". Without am/pm or a zone "8.26 points" stays a
    figure."""
    said = facts("It crossed a thunderous zone at about 23.00 local time (02.14 GMT).").numbers
    assert said == (
        ("time in local time", 1380.0, "23.00 local time"),
        ("time in GMT", 134.0, "02.14 GMT"),
    )
    assert facts("A message was sent at 02:14 UTC.").numbers == (
        ("time in GMT", 134.0, "02:14 UTC"),
    )
    assert facts("He was seen at 8.26am at King's Cross.").numbers == (("time", 506.0, "8.26am"),)
    assert facts("The index rose 8.26 points.").numbers == (("point", 8.26, "8.26 points"),)
    # A zone is one of a list, in capitals: "west", "that", "start", "VAT" are no zones.
    for text in (
        "Sales rose 12.50 west of the river.",
        "It began 10.30 that morning.",
        "SHARES ROSE 2.50 BUT FELL.",
        "Prices rose 2.50 VAT included.",
    ):
        assert all(not unit.startswith("time") for unit, _, _ in facts(text).numbers), text
    assert facts("It struck at 11.39 CLT.").numbers == (("time in CLT", 699.0, "11.39 CLT"),)


def test_times_in_different_zones_are_not_compared():
    """One moment told in two zones is no disagreement and no sign of two events; a time in
    a zone is compared with times in that zone (GMT and UTC are one), or with a time in no
    zone when the other sentence names none."""
    gmt = facts("The last automatic message was sent at 02.10 GMT.")
    local = facts("The last message was sent at 23.10 local time.")
    bst = facts("The last message was sent at 03.10 BST.")
    for other in (local, bst):
        assert not incompatible(gmt, other)
        assert number_conflicts(gmt, other) == []
    plain = facts("The last message was sent at 2:10.")
    assert shared_figures(gmt, plain)
    utc = facts("The message came at 02:25 UTC.")
    assert number_conflicts(gmt, utc) == [("time in GMT", "02.10 GMT", "02:25 UTC")]
    assert incompatible(gmt, facts("The message came at 04:00 UTC."))


def test_last_next_or_this_before_a_time_word_is_no_count():
    """A figure before "last", "next" or "this" and a time word counts nothing named, as a
    bare figure does ("sold 300 last year" was read as 300 of a measure called "last"),
    unless a measure comes before it or its clause names one."""
    for text in (
        "Prices rose to 4.20 last year.",
        "The firm sold 300 last year.",
        "Prices rose to 4.20 this week.",
        "They will hire 12 next month.",
        "He scored 12 last Monday.",
    ):
        assert facts(text).numbers == (), text
    assert facts("They sold 300 cars last year.").numbers == (("car", 300.0, "300 cars"),)
    assert facts("Some 40 people died last week.").numbers == (("dead", 40.0, "40 dead"),)
    assert facts("The death toll was 300 last year.").numbers == (("dead", 300.0, "300 dead"),)


def test_a_sum_of_money_with_its_scale_glued_on_is_read_whole():
    """BBC writes "$1.13bn" and "£600m": they were read as $1 and nothing, so "$9.3bn" and
    "$9.4bn" were one figure and "$3.65bn" and "$3.5bn" a shared one. "5m" alone may be
    metres, and a figure is never cut short ("3" of "£3.5m-a-year")."""
    assert facts("Profits rose to $1.13bn, from $639m a year earlier.").numbers == (
        ("usd", 1.13e9, "$1.13bn"),
        ("usd", 639e6, "$639m"),
    )
    assert facts("It cost £600m.").numbers == (("gbp", 600e6, "£600m"),)
    assert facts("They gave $5 million and $2 bn.").numbers == (
        ("usd", 5e6, "$5 million"),
        ("usd", 2e9, "$2 bn"),
    )
    assert facts("The wall is 5m high.").numbers == ()
    assert facts("It cost £3.5m-a-year.").numbers == ()
    assert number_conflicts(facts("It sold for $9.3bn."), facts("It sold for $9.4bn."))


def test_a_unit_glued_to_its_figure_is_read_as_if_spaced():
    """BBC writes "912km", "30mph" and "6.46secs": they gave no figure, so two reports' 10km
    races or 165km from Santiago were never set side by side. Not a speed as a distance
    ("3km/h"), a capitalised unit (read as a name before the noun), nor "m" (millions as
    often as metres); and the base of a rate is no share ("per 100ml" is no percent)."""
    assert facts("The quake struck 165km to the southwest of Santiago.").numbers == (
        ("km from Santiago", 165.0, "165 km"),
    )
    assert facts("If you hit someone at 30mph, they may live.").numbers == (
        ("mph", 30.0, "30 mph"),
    )
    assert facts("He won in 6.46secs.").numbers == (("sec", 6.46, "6.46 secs"),)
    assert facts("He won in 6.46 secs.").numbers == facts("He won in 6.46secs.").numbers
    assert facts("At 3km/h, it is closer to a jog.").numbers == ()
    assert facts("It has a 1.4GHz chip.").numbers == ()
    assert facts("The 5m wall fell.").numbers == ()
    assert facts("The limit is 80mg of alcohol per 100ml of blood.").numbers == ()
    # (a code review's cases: thousands and capitals read, a clock's "2000hrs" no year)
    assert facts("It struck 1,200km away.").numbers == (("km", 1200.0, "1,200 km"),)
    assert facts("It is 165KM from the city.").numbers == (("km", 165.0, "165 km"),)
    assert facts("The raid began at 2000hrs on Tuesday.").years == frozenset()


def test_a_sum_converted_in_brackets_is_not_a_second_figure():
    """Two outlets convert one sum at different rates ("$27.5bn (£14.5bn)", "$27.5bn
    (£13bn)"): no disagreement. A sum with its currency in words is read as the sum, and its
    bracket as a conversion ("537m euros ($701m; £371m)")."""
    first = facts("Yugansk was sold to pay off $27.5bn (£14.5bn) in unpaid taxes.")
    second = facts("Yukos faces a $27.5bn (£13bn) tax demand.")
    assert first.numbers == (("usd", 27.5e9, "$27.5bn"),)
    assert not number_conflicts(first, second)
    assert facts("Deutsche Boerse offered £1.3bn ($2.48bn; 1.88bn euros).").numbers == (
        ("gbp", 1.3e9, "£1.3bn"),
    )
    assert [u for u, _, _ in facts("Net income fell to 537m euros ($701m; £371m).").numbers] == [
        "eur"
    ]


def test_a_figure_in_brackets_counts_what_the_bracket_names():
    """The text "(magnitude 7.0) killed 230": the bracket closes the figure's clause, so 7.0 is a
    magnitude, not 7 dead; "(about 90 miles)" still reads its unit after the figure, and a
    sum converted in brackets ("(US$13 million)") counts nothing of its own."""
    assert facts("The earthquake (magnitude 7.0) killed 230 people.").numbers == (
        ("magnitude", 7.0, "7.0 magnitude"),
        ("dead", 230.0, "230 dead"),
    )
    assert facts("Pichilemu is about 150 km (about 90 miles) from the centre.").numbers == (
        ("km", 150.0, "150 km"),
        ("mile", 90.0, "90 mile"),
    )
    assert facts("It needed 10 million euros (US$13 million) a year.").numbers == (
        ("eur", 10e6, "€10 million"),
    )


def test_a_sum_of_money_is_shown_as_a_reader_writes_it():
    """Where they differ shows each figure: "£600m", not "£600m gbp"; "5 million dollars"
    as "$5 million"."""
    assert facts("It cost £600m.").numbers[0][2] == "£600m"
    assert facts("They gave 5 million dollars.").numbers[0][2] == "$5 million"
    assert facts("It rose 3 percent.").numbers[0][2] == "3 percent"


def test_responsibility_is_for_an_act_not_a_job_or_a_result():
    """A party is responsible for an attack, a bombing, deaths; not for a job ("responsible
    for training future scientists") nor for a result ("blamed high fuel prices for a 40% drop
    in profits"), whose causes made a false disagreement ("European" against "Bad")."""
    from summarise.compare.claims import responsibility_conflict, responsible

    assert responsible("Islamic Jihad claimed responsibility for the suicide bombing.") == {
        "Islamic Jihad"
    }
    assert responsible("Officials said Hamas was behind the suicide bombing.") == {"Hamas"}
    assert responsible("Police blamed the Tamil Tigers for the attack on the bus.") == {
        "Tamil Tigers"
    }
    assert "Welsh" in responsible("Some arson attacks were blamed on Welsh extremists.")
    assert not responsible("Ms Kelly was responsible for training future scientists.")
    assert not responsible("British Airways has blamed high fuel prices for a drop in profits.")
    assert not responsibility_conflict(
        "It blamed the poor results on sluggish decision making and a wet European summer.",
        "Bad weather and a sluggish economy were blamed for the rise.",
    )


def test_a_number_in_a_name_or_before_a_label_counts_nothing():
    """The "Six Nations" and "the old Five Nations" are tournaments, not counts of nations
    two sources disagree on; "Att: 47,111 Ref: S Bennett" counts no referees."""
    assert (
        facts("Ireland have finished runners-up since the old Five Nations became Six.").numbers
        == ()
    )
    assert facts("They finished second in the RBS Six Nations.").numbers == ()
    assert facts("He told BBC Radio Five Live he was happy.").numbers == ()
    assert facts("Att: 47,111 Ref: S Bennett (Kent).").numbers == ()
    assert facts("Six people were killed in the blast.").numbers == (("dead", 6.0, "Six dead"),)
    assert facts("The blast killed six people.").numbers == (("dead", 6.0, "six dead"),)


def test_a_function_word_after_a_figure_is_no_counted_noun():
    """'the top ten for the first time' counts nothing called 'for'; 'two to three months',
    'ten of its plants' nothing called 'three' or 'it'; an adjective between a figure and its
    noun is passed over ('190,000 new jobs', 'Ten former directors')."""
    assert facts("He returned to the top ten for the first time since the start.").numbers == ()
    # a date between the figure and its noun: no count of "july"
    assert facts("Three of the July 7 bombers were shown in the video.").numbers == ()
    assert facts("It will be done within the next two to three months.").numbers == (
        ("month", 3.0, "three months"),
    )
    assert facts("It is to relocate about 10 of its 27 plants.").numbers == (
        ("plant", 27.0, "27 plants"),
    )
    assert facts("Expectations were of 190,000 new jobs.").numbers == (
        ("job", 190000.0, "190,000 jobs"),
    )
    assert facts("Ten former directors agreed to pay.").numbers == (
        ("director", 10.0, "Ten directors"),
    )
    assert facts("The toll kept rising, passing 80,000 people according to officials.").numbers


def test_review_cases_of_brackets_names_labels_and_blame():
    """A review helper's cases: a dateline's number word is a count ("(CNN) -- Three U.S.
    soldiers"); a bracket opened after a figure does not cut its clause ("100 people
    (including 20 children) were killed"); a colon after a count is no label ("killed 20
    Americans: 12 soldiers"); blame is laid for an act however worded."""
    from summarise.compare.claims import responsibility_conflict, responsible

    assert facts("(CNN) -- Three U.S. soldiers were killed in Iraq.").numbers == (
        ("dead", 3.0, "Three dead"),
    )
    assert facts("Police: Two Americans killed in the blast.").numbers == (
        ("dead", 2.0, "Two dead"),
    )
    assert facts("More than 100 people (including 20 children) were killed.").numbers == (
        ("dead", 100.0, "100 dead"),
        ("dead", 20.0, "20 dead"),
    )
    assert ("dead", 20.0, "20 dead") in facts("The blast killed 20 Americans: 12 soldiers.").numbers
    assert facts("It was their first defeat of the 2005 Six Nations.").numbers == ()
    assert responsible("Police blamed the bombing on the Tamil Tigers.") == {"Tamil Tigers"}
    assert responsible("The attack was widely blamed on Hezbollah.") == {"Hezbollah"}
    assert responsible("Al-Qaeda was responsible for the 11 September 2001 attacks.") == {
        "Al-Qaeda"
    }
    assert not responsible("Rooney, who is behind the strikers, played well.")
    assert responsibility_conflict(
        "Police blamed the bombing on the Tamil Tigers.",
        "Islamic Jihad claimed responsibility for the bombing.",
    ) == ("Tamil Tigers", "Islamic Jihad")


def _units(text: str) -> list[str]:
    return [unit for unit, _, _ in facts(text).numbers]


def test_a_casualty_verb_counts_a_figure_only_when_said_of_its_noun():
    """A casualty word ("held" is arrested, "lives" dead) counts a figure only when said of
    its own noun: the reviewer's cases from BBC and MultiLing were all read as arrests or
    deaths."""
    assert _units("The two banks reportedly held talks in October.") == ["bank"]
    assert _units("The charity single by Band Aid 20 has held on the chart top spot.") == []
    assert _units("Tickets sold out five months before the event is held.") == ["month"]
    assert "arrested" not in _units("A two minutes silence was held across the UK.")
    assert _units("More than 3,000 people attended a candlelit vigil held in Hyde Park.") == [
        "people"
    ]
    assert _units("He lives at 10 Downing Street.") == ["downing"]
    assert _units("The Boeing 747 landed safely.") == []
    assert "rose" not in _units("The FTSE 100 rose 20 points.")
    assert _units("Five of the eight men held an impromptu news conference.") == ["men"]
    # said of the figure's noun, it still counts
    assert _units("About 5,000 people were held overnight.") == ["arrested"]
    assert _units("Two soldiers were killed in the blast.") == ["dead"]
    assert _units("21 wounded.") == ["injured"]
    assert _units("All four Britons held by the US in Guantanamo Bay will be returned.") == [
        "arrested"
    ]
    assert _units("The 15 British sailors who were arrested by Iran.") == ["arrested"]
    assert _units("The 228 people on board the aircraft are presumed dead.") == ["dead"]
    assert _units("17 people were slightly injured.") == ["injured"]
    assert _units("96 supporters were crushed to death in April 1989.") == ["dead"]
    assert _units("The fire claimed the lives of 20 people.") == ["dead"]


def test_a_counted_noun_is_named_in_the_singular():
    """Cutting the final "s" named measures "copie", "familie", "churche", "boxe"."""
    assert facts("It sold 200,000 copies.").numbers == (("copy", 200000.0, "200,000 copies"),)
    for plural, singular in [
        ("families", "family"),
        ("companies", "company"),
        ("lorries", "lorry"),
        ("churches", "church"),
        ("boxes", "box"),
        ("businesses", "business"),
        ("flashes", "flash"),
        ("beaches", "beach"),
        ("headaches", "headache"),
        ("movies", "movie"),
        ("bus", "bus"),
        ("news", "news"),
        ("series", "series"),
        ("species", "species"),
        ("crisis", "crisis"),
        ("goals", "goal"),
    ]:
        assert _units(f"There were 40 {plural} there.") == [singular], plural


def test_a_number_word_with_a_dotted_capital_i_is_read():
    """A dotted capital I ("SİX") casefolds to an i with a combining dot, which no number
    word holds: facts() raised ValueError on "SİX men" (found by the hypothesis test of the
    shortcuts)."""
    assert facts("SİX men").numbers == (("men", 6.0, "SİX men"),)


def test_a_four_figure_time_with_its_zone_is_a_clock_time():
    """A wire time ("0950 GMT") was a count of "gmt"; read as 09:50 it compares with 08:50."""
    assert facts("The dollar was buying 104.76 yen at 0950 GMT.").numbers == (
        ("time in GMT", 590.0, "0950 GMT"),
        ("yen", 104.76, "104.76 yen"),
    )
    assert facts("It struck at 14:52 local time (1852 UTC).").numbers == (
        ("time in local time", 892.0, "14:52 local time"),
        ("time in GMT", 1132.0, "1852 UTC"),
    )
    assert facts("It starts at 1430 local time.").numbers == (
        ("time in local time", 870.0, "1430 local time"),
    )
    assert number_conflicts(facts("At 0850 GMT it fell."), facts("At 08:50 GMT it fell.")) == []
    assert number_conflicts(facts("At 0850 GMT it fell."), facts("At 09:50 GMT it fell.")) == [
        ("time in GMT", "0850 GMT", "09:50 GMT")
    ]
    assert facts("It was founded in 1984.").numbers == ()


def test_a_disagreement_shows_the_closest_figures_and_none_for_a_figure_rounded():
    """Yukos: "$27.5bn (£14.5bn) back tax bill" against "sold for $9.3bn ... part of a $27bn
    bill" was shown as $27.5bn vs $9.3bn, the other's first figure; the $27bn is the same bill
    written to fewer places. Not so for 1.5 million against 1 million."""
    bill = facts("Yugansk was sold to pay off a $27.5bn (£14.5bn) back tax bill.")
    sale = facts("Yugansk was sold for $9.3bn to help Yukos pay off part of a $27bn bill.")
    assert number_conflicts(bill, sale) == []
    other = facts("Yugansk was sold for $9.3bn to help Yukos pay off part of a $25bn bill.")
    assert number_conflicts(bill, other) == [("usd", "$27.5bn", "$25bn")]
    assert number_conflicts(
        facts("Some 1.5 million people are homeless."), facts("Some 1 million are homeless.")
    ) == [("homeless", "1.5 million homeless", "1 million homeless")]
    assert number_conflicts(facts("It offered £1.35bn."), facts("It offered £1.3bn.")) == []


def test_a_figure_on_the_right_side_of_a_bound_does_not_disagree_with_it():
    """A bound ("killed more than 200,000") against a figure on its side ("222,570 dead") was
    shown as a disagreement. "About" is no bound: "fifteen kilometres" and "about sixteen
    kilometers" disagree."""
    more = facts("The earthquake killed more than 200,000 people, officials said.")
    exact = facts("The earthquake killed 222,570 people, officials said.")
    assert more.bounds == {("dead", 200000.0, "least")}
    assert number_conflicts(more, exact) == []
    assert number_conflicts(exact, more) == []
    fewer = facts("The earthquake killed 190,000 people, officials said.")
    assert number_conflicts(more, fewer) == [("dead", "200,000 dead", "190,000 dead")]
    assert number_conflicts(facts("Up to 80 people died."), facts("75 people died.")) == []
    assert number_conflicts(facts("Nearly 80 people died."), facts("85 people died.")) == [
        ("dead", "80 dead", "85 dead")
    ]
    # a bound holds figures near it only: "more than $2" holds no "$48.62", nor "$1.89"
    assert number_conflicts(
        facts("Crude lost more than $2 to $43.25."), facts("Brent added $1.89 to $48.62.")
    ) == [("usd", "$2", "$1.89")]
    assert number_conflicts(
        facts("It is fifteen kilometres from the capital."),
        facts("It is about sixteen kilometers from the capital."),
    ) == [("km", "fifteen km", "sixteen km")]
    assert facts("England Under 17 star Callum Gribbin scored.").bounds == frozenset()


def test_a_sum_with_its_currency_in_words_is_read_with_its_conversion_in_brackets():
    """BBC house style: "14bn euros ($19bn; £10bn)". The glued "bn" was read only after a
    currency sign, so the bracketed conversions were taken as the figures: Parmalat showed
    $4.8bn against $5.2bn, two conversions of the same 4 billion euros."""
    first = facts("It emerged that 4 billion euros (£2.8bn; $4.8bn) did not exist.")
    second = facts("It emerged that the 4bn euros ($5.2bn; £2.8bn) did not exist.")
    assert first.numbers == (("eur", 4e9, "€4 billion"),)
    assert second.numbers == (("eur", 4e9, "€4bn"),)
    assert number_conflicts(first, second) == []
    assert facts("It disclosed a 4bn-euro hole.").numbers == (("eur", 4e9, "€4bn"),)
    assert facts("It had a 14bn euro black hole.").numbers == (("eur", 14e9, "€14bn"),)
    assert facts("It will pay 350m dollars.").numbers == (("usd", 350e6, "$350m"),)
    assert facts("Sales rose to 4.7bn rupees.").numbers == (("rupee", 4.7e9, "4.7bn rupees"),)
    assert facts("It is the same as €4bn.").numbers[0][:2] == first.numbers[0][:2]
    # "5m" alone may be metres; "euros" before a figure counts nothing
    assert facts("The wall is 5m high.").numbers == ()
    assert facts("Profits were 380m euros, ten times more than in 2003.").numbers == (
        ("eur", 380e6, "€380m"),
        ("time", 10.0, "ten times"),
    )


def test_over_straight_after_a_figure_is_a_span_not_a_bound():
    """Over straight after a figure ("£960m ($1.8bn) over 15 years") is 15 years, not more."""
    assert facts("Brown offered £960m ($1.8bn) over 15 years to the scheme.").bounds == set()
    assert facts("It hoped to pay another $120m over eight years.").bounds == set()
    assert facts("He was a friend for over forty years.").bounds == {("year", 40.0, "least")}


def test_a_share_of_a_large_number_is_read_whole():
    """ "one and a half million" had read as half a million and "a quarter of a million" as a
    million: a false figure, and a false disagreement with a source that gives 250,000."""
    cases = {
        "One and a half million people were left homeless.": ("homeless", 1_500_000),
        "Two and a half million people were affected.": ("affected", 2_500_000),
        "One-and-a-half million families were paying more.": ("family", 1_500_000),
        "A quarter of a million people were left homeless.": ("homeless", 250_000),
        "A quarter-million people fled.": ("people", 250_000),
        "Three quarters of a million dollars was raised.": ("usd", 750_000),
        "Koizumi announced a half-billion dollar donation.": ("usd", 500_000_000),
        "Half a million people are homeless.": ("homeless", 500_000),
    }
    for text, (measure, value) in cases.items():
        assert [(m, v) for m, v, _ in facts(text).numbers] == [(measure, value)], text
    third = facts("Two thirds of a million people were displaced.").numbers
    assert [round(v) for _, v, _ in third] == [667_000]
    assert facts("It was the third million-dollar gift this year.").numbers == ()
    assert (
        number_conflicts(
            facts("A quarter of a million people were left homeless."),
            facts("250,000 people were left homeless."),
        )
        == []
    )


def test_a_rate_or_the_whole_of_a_share_counts_nothing_by_itself():
    """ "One in five people was injured" is no five injured, "nine out of 10 doctors" no ten
    doctors, and "three of the four bombers died" no four dead (over BBC, CNN/DM and MultiLing,
    44 such figures went, each read); the whole stays when it is the casualties themselves."""
    assert facts("One in five people was injured.").numbers == ()
    assert facts("Nine out of 10 doctors agreed.").numbers == ()
    assert [m for m, *_ in facts("Three of the four bombers died.").numbers] == ["dead"]
    assert [v for _, v, _ in facts("Three of the four bombers died.").numbers] == [3]
    assert facts("Half of the 200 passengers died.").numbers == ()
    kept = "Indonesia had 94,000 of the 140,000 confirmed deaths so far."
    assert ("dead", 140_000) in [(m, v) for m, v, _ in facts(kept).numbers]
    # not a rate: a figure before "in" and a place, a year, a time or "a"
    assert [v for _, v, _ in facts("A bomb killed 12 in a market.").numbers] == [12]
    assert [v for _, v, _ in facts("Police killed 3 in 2005.").numbers] == [3]
    assert [m for m, *_ in facts("It won in 38.07 seconds since 1912 in London.").numbers] == [
        "second"
    ]
    assert facts("He was one of 12 people arrested.").numbers[0][:2] == ("arrested", 12)


def test_the_top_of_a_range_bounds_it_and_a_change_is_no_range():
    """ "Between 20 and 30 people were killed" does not disagree with "25 people were killed";
    "rose from 52 to 56" and "rose $1.64 to $47.10" are a change, and 56 is no bound."""
    ranged = facts("Between 20 and 30 people were killed.")
    assert ("dead", 30.0, "most") in ranged.bounds
    assert number_conflicts(ranged, facts("25 people were killed.")) == []
    assert ("dead", 30.0, "most") in facts("20 to 30 people were killed.").bounds
    assert facts("The death toll rose from 52 to 56.").bounds == frozenset()
    assert facts("US light crude rose $1.64 to $47.10.").bounds == frozenset()
    lost = facts("US light crude lost more than $2 to $43.25, its lowest close.")
    assert ("usd", 43.25, "most") not in lost.bounds
    assert facts("The government has written to two of the British men.").bounds == frozenset()


def test_the_span_a_count_is_taken_over_counts_nothing():
    """ "lost eight of their last 13 matches" and "lost nine of their last 14 matches" are two
    true reports a match apart; a review found them shown as "13 match vs 14 match"."""
    before = facts("They have lost eight of their last 13 matches.")
    after = facts("Robinson's men have now lost nine of their last 14 matches.")
    assert before.numbers == ()
    assert after.numbers == ()
    assert facts("The best song of the past 25 years.").numbers == ()


def test_review_cases_of_rates_wholes_ranges_and_shares():
    """A code review's adversarial cases: a larger figure before "in" is no rate's part
    ("Tornadoes killed 38 in three states"); a whole that is itself the casualties stays
    ("12 of the 30 missing miners"); a change is no range however it is worded ("Oil slid
    $1.64 to $47.10"), nor are figures falling or in two currencies ("passed 220 to 200",
    "gave $5m to 300 families"), while "ranged from" and "between" with a cut are ranges;
    and "Twelve and a half million" is 12.5 million."""
    assert ("dead", 38) in [
        (m, v) for m, v, _ in facts("Tornadoes killed 38 in three states.").numbers
    ]
    assert ("arrested", 30) in [
        (m, v) for m, v, _ in facts("Police arrested 30 in 5 raids.").numbers
    ]
    miners = facts("12 of the 30 missing miners were dead.")
    assert number_conflicts(miners, facts("Thirty miners are still missing.")) == []
    assert ("injured", 300) in [
        (m, v) for m, v, _ in facts("Most of the 300 injured were children.").numbers
    ]
    assert facts("Oil slid $1.64 to $47.10.").bounds == frozenset()
    assert facts("The bill passed 220 to 200 votes.").bounds == frozenset()
    assert facts("It gave $5m to 300 families.").bounds == frozenset()
    assert ("people", 2000.0, "most") in facts(
        "Estimates ranged from 1,000 to 2,000 people."
    ).bounds
    assert ("job", 7000.0, "most") in facts("It needs to cut between 6,000 and 7,000 jobs.").bounds
    assert ("week", 2.0, "most") in facts("It is likely in the next one to two weeks.").bounds
    assert [v for _, v, _ in facts("Twelve and a half million people were affected.").numbers] == [
        12.5e6
    ]
    assert [v for _, v, _ in facts("And one-and-a-half million families paid more.").numbers] == [
        1.5e6
    ]


def test_a_capitalised_word_before_the_noun_qualifies_it():
    """ "15 British sailors" counts sailors (it counted "british"), "six million UK
    households" households (it counted nothing); a capitalised plural is the noun itself."""
    assert facts("15 British sailors were seized.").numbers == (("sailor", 15.0, "15 sailors"),)
    assert facts("Six million UK households have broadband.").numbers[0][0] == "household"
    assert facts("It won 41 Grammy nominations.").numbers[0][0] == "nomination"
    assert facts("Five million Britons had signed up.").numbers[0][0] == "briton"


def test_a_participle_before_the_noun_qualifies_it():
    """Session 24's blind review: "Mr Mubanga and the three other freed British detainees"
    counted "freed", so its three detainees never met another source's "Five British
    detainees released from Guantanamo in March last year" (a strong point, wrong, with no
    disagreement). A participle after a verb of being or having is the verb."""
    for text, counted in [
        ("Mr Mubanga and the three other freed British detainees were released.", ["detainee"]),
        ("He introduced Dr Greenspan to the 400 invited guests.", ["guest"]),
        ("The American made 26 unforced errors.", ["error"]),
        ("Officers uncovered 1,000 pirated DVDs and faked inlay cards.", ["dvd"]),
        # a number word in -ed is no participle; a participle after "were" is the verb
        ("More than six hundred witnesses were questioned.", ["witness"]),
        ("Fifty-five statues were stolen, and 52 were recovered later.", ["statue", "recovered"]),
    ]:
        assert _units(text) == counted, text


def test_two_figures_written_to_the_same_places_are_two():
    """ "It took $42.8m at the weekend" and "The Aviator came third with $7.6m and a total of
    $42.9m" shared a figure (within half a percent): two films' takings made a possible
    point. Figures that rounding may make one still are one."""
    weekend = facts("It took $42.8m at the weekend, studio estimates show.")
    total = facts("The Aviator came third with a total of $42.9m so far.")
    assert not shared_figures(weekend, total)
    assert shared_figures(facts("Its debts were $5.19bn."), facts("Debts of $5.2bn."))
    assert shared_figures(facts("It killed 222,570 people."), facts("It killed 222,000 people."))


def test_titles_of_business_and_sport_name_people():
    """ "senior vice president Robert Stearns", "Newcastle boss Graeme Souness", "Former
    Southampton manager Gordon Strachan": over 1,000 articles six groups of two people's
    different acts went once these were people."""
    texts = [
        "New York Attorney General Elliot Spitzer said senior vice president Robert Stearns had "
        "pleaded guilty.",
        "The highest ranking executive pleading guilty was former Marsh senior vice president "
        "Joshua Bewlay.",
        "Former Southampton manager Gordon Strachan has rejected the chance.",
        "Olympic pole vault champion Yelena Isinbayeva will take part in the Grand Prix.",
        "World and Commonwealth 100m champion Kim Collins will compete in the 60m.",
    ]
    assert people(texts) == [
        frozenset({"Spitzer", "Stearns"}),
        frozenset({"Bewlay"}),
        frozenset({"Strachan"}),
        frozenset({"Isinbayeva"}),
        frozenset({"Collins"}),
    ]


def test_a_code_reviews_cases_of_what_a_figure_counts_and_whose_name():
    """A currency's country keeps its currency ("Canadian dollars" beside "$8.1m" had shown
    a disagreement); a figure inside a name counts nothing new ("Radio 5 Live listeners"
    are no 5 listeners); a day after a title is no surname, and a name ends at its
    possessive."""
    assert facts("It paid 10 million Canadian dollars.").numbers[0][0] != "usd"
    assert facts("Radio 5 Live listeners complained.").numbers[0][0] != "listener"
    assert facts("The 15 British sailors were freed.").numbers[0][0] == "sailor"
    assert people(
        [
            "The company's chairman Monday said 2,000 jobs would go.",
            "England coach Sven-Goran Eriksson's England side won.",
            "Workers were told on Monday that jobs would go; England lost.",
        ]
    ) == [frozenset(), frozenset({"Eriksson"}), frozenset()]


def test_months_a_code_review_found_misread():
    """A month with a year is background ("who became leader in July 1994"); "in March and
    April" is both; "the last month" is 30 days, no calendar month."""
    assert not facts("Blair, who became Labour leader in July 1994, said so.").months
    assert facts("Sales rose 5% in March and April.").months == {"march", "april"}
    assert facts("Prices rose in January-March.").months == {"january", "march"}


def test_ranks_and_runs_are_numbered_things():
    """A review's likely groups: Stuff's top ten "at number one" beside Mobile PC's "at number
    12" (two charts), one film's second week at the top beside its third (two weekends)."""
    one = facts("Stuff has compiled a list of the top 10 gadgets and the iPod is at number one.")
    twelve = facts("The Apple iPod, is at number 12 in the list.")
    assert one.numbered == {("number", "1")}
    assert twelve.numbered == {("number", "12")}
    assert not twelve.numbers  # a place in a list counts nothing
    assert incompatible(one, twelve)
    second = facts("Meet the Fockers has held on to the number one spot for a second week.")
    third = facts("Meet the Fockers has topped the US box office for a third week.")
    assert ("week", "2") in second.numbered
    assert third.numbered == {("week", "3")}
    assert incompatible(second, third)
    assert facts("Kasabian's singles reached numbers 19 and 10 in the chart.").numbered == {
        ("number", "19"),
        ("number", "10"),
    }
    assert facts("It was their 3rd straight win and a second successive victory.").numbered == {
        ("win", "3"),
        ("win", "2"),
    }
    # A review's strong group: two films, the first of the year and an actor's ninth.
    first = facts(
        "Smith's comedy will be the first US movie released this year to top the $100m mark."
    )
    ninth = facts("It is also the ninth Jim Carrey film to hit the $100m (£53.2m) mark.")
    assert first.numbered == {("nth", "1")}
    assert incompatible(first, ninth)
    # A review's false disagreement: one film's takings on two weekends, its place in each.
    entered = facts("Fat Albert entered the chart in second place, taking $12.7m (£6.6m).")
    fell = facts("Fat Albert moved down the chart to fourth place after taking $10.7m.")
    assert entered.numbered == {("number", "2")}
    assert incompatible(entered, fell)
    # a code review's cases: a minute, a half, a flight and an idiom are no rank; a count
    # after a rank is a count
    for text in (
        "Drogba headed in the 89th minute to give Chelsea a 2-1 victory.",
        "He came on in the second half to score twice.",
        "It was the first flight to London.",
        "Lewis said he should never have been banned in the first place.",
        "He went to number 10 for talks.",
    ):
        # (no rank and no nth; "2-1" is the match's score, _scores)
        assert {kind for kind, _ in facts(text).numbered} <= {"score"}, text
    sold = facts("It went in at number two and 120,000 copies were sold.")
    assert sold.numbered == {("number", "2")}
    assert sold.numbers == (("copy", 120000.0, "120,000 copies"),)
    for text in (
        "It is the number one priority.",
        "The number of people killed rose to 20.",
        "Talks at No 10 ended late.",  # Downing Street
        "There were no 10-year-olds there.",
    ):
        assert not facts(text).numbered, text


def test_different_scores_are_different_matches_or_moments():
    """A review's likely group: "leading 18-12 as the game entered the final quarter"
    (against Italy) and "extended Ireland's lead to 17-6 as the game entered the final
    quarter" (against South Africa). A score or a vote beside a word of the game, or a
    tennis match's sets, is a numbered thing (_scores); a date's days, an age band, a span
    of years, a range of a count, a share and a model's number are none."""
    leading = facts(
        "A penalty apiece saw Ireland leading 18-12 as the game entered the final quarter."
    )
    extended = facts(
        "Three further O'Gara penalties extended Ireland's lead to 17-6 as the game entered"
        " the final quarter."
    )
    assert leading.numbered == {("score", "18-12")}
    assert incompatible(leading, extended)
    won = facts("Ireland won the game 19-13 at Lansdowne Road.")
    lost = facts("England's 13-19 defeat in Dublin ended their run.")
    assert won.numbered == lost.numbered == {("score", "19-13")}
    assert not incompatible(won, lost)
    assert facts("Santoro was beaten 6-3 6-0 by Robredo.").numbered == {("score", "6-3 6-0")}
    # a match's sets are one result, tie-breaks aside: two matches sharing a set's score
    # are still two (over 1,000 articles, Roddick's win over Enqvist beside his over Haas)
    roddick = facts("Andy Roddick rallied to beat Thomas Enqvist 3-6 7-6 (8-6) 7-5.")
    haas = facts("The top seed overcame Germany's Tommy Haas, the third seed, 7-6 (7-3) 6-3.")
    assert roddick.numbered == {("score", "6-3 7-6 7-5")}
    assert incompatible(roddick, haas)
    assert facts("Federer won 6-3, 6-0 in 50 minutes.").numbered == {("score", "6-3 6-0")}
    # a code review's cases: tie-breaks written other ways; a bracket of words is no set
    for written in ("3-6, 7-6 (8-6), 7-5", "3-6 7-6(6) 7-5", "3-6 7-6 (6), 7-5"):
        assert facts(f"Roddick beat Enqvist {written}.").numbered == {("score", "6-3 7-6 7-5")}
    aggregate = facts("Chelsea won 4-2 (5-4 on aggregate) at home.")
    assert aggregate.numbered == {("score", "4-2"), ("score", "5-4")}
    assert not incompatible(aggregate, facts("Chelsea won 4-2 at home on Wednesday."))
    assert facts("MPs voted 272-219 in favour of the Bill.").numbered == {("score", "272-219")}
    # past a competition's name (two Uefa Cup wins made one possible point)
    graz = facts("Downing was hurt during the 2-1 Uefa Cup win over Graz AK.")
    lazio = facts("McClaren praised his side after the 2-0 Uefa Cup win against Lazio.")
    assert graz.numbered == {("score", "2-1")}
    assert incompatible(graz, lazio)
    for text in (
        "The festival runs from 11-26 March.",
        "It leads in the 25-54 age category.",
        "Games from 10-15 years ago are back.",
        "Ryanair ordered 70 Boeing 737-800 planes.",
        "The price range of 1,050-1,125 rupees was set.",
        "Between 20-30 people were hurt.",
        "Labour won a 25-40% share.",
        "They play a 3-2-1 formation.",
        "He won the race by 2-3 metres.",  # a code review's cases
        "He won in 10-12 seconds.",
    ):
        assert not facts(text).numbered, text


def test_a_span_of_time_after_an_unnamed_moment_counts_nothing():
    """A labelled M008 pair: "Approximately fourteen minutes later, an automated message was
    sent..." and "Four minutes after the problems began the last message indicated..." are
    one message; the minutes are counted from different moments, and "later" names none.
    A span after a named moment, or a duration, is still a figure."""
    later = facts("Approximately fourteen minutes later, an automated message was sent.")
    after = facts("Four minutes after the problems began the last message was sent.")
    assert later.numbers == ()
    assert after.numbers == (("minute", 4.0, "Four minutes"),)
    assert not incompatible(later, after)
    assert facts("Two days later, rescuers found 40 bodies.").numbers == (
        ("dead", 40.0, "40 dead"),
    )
    assert facts("The talks lasted 45 minutes.").numbers == (("minute", 45.0, "45 minutes"),)


def test_a_score_review_of_the_code():
    """A code review's cases: a second result in one sentence is a score too; a range of
    seats, an age band, a date, odds and a model are none; "later than scheduled" names its
    moment and keeps its figure."""
    assert facts("Leeds beat Chelsea 2-1 on Saturday and Everton 3-0 on Tuesday.").numbered == {
        ("score", "2-1"),
        ("score", "3-0"),
    }
    for text in (
        "Labour could lose 20-30 seats.",
        "Voters aged 18-24 backed him.",
        "The vote is on March 11-12.",
        "He won as the 2-1 favourite.",
        "Red Rum won at 9-2.",
        "Airbus won orders for Boeing 737-800 aircraft.",
    ):
        assert not facts(text).numbered, text
    # ("at" before odds is no score; "level at" is)
    assert facts("The sides were level at 1-1 at the break.").numbered == {("score", "1-1")}
    assert facts("The flight landed 40 minutes later than scheduled.").numbers == (
        ("minute", 40.0, "40 minutes"),
    )


def test_two_bounds_on_one_side_are_two_figures():
    """Session 25's review: "has sold more than seven million copies" and "more than eight
    million copies" were one point and no disagreement (each bound held the other's
    figure). A figure read in the other as one of no measure is no disagreement."""
    seven = facts("The book has sold more than seven million copies worldwide.")
    eight = facts("It has sold more than eight million copies worldwide in little over two years.")
    assert number_conflicts(seven, eight) == [
        ("copy", "seven million copies", "eight million copies")
    ]
    assert number_conflicts(facts("Up to 80 people died."), facts("Up to 90 people died.")) == [
        ("dead", "80 dead", "90 dead")
    ]
    donated = facts(
        "About 322 million U.S. dollars have been donated, in addition to the 350 million"
        " that was promised by the government."
    )
    pledged = facts("The Bush administration has pledged $350 million in aid.")
    assert number_conflicts(donated, pledged) == []
    assert number_conflicts(pledged, donated) == []


def test_a_figure_read_loose_in_either_sentence_is_no_disagreement():
    """A code review's case: "$350m pledged" beside "in addition to the 350 million that was
    promised" disagreed one way round and not the other."""
    a = facts("The UN has received $100m of the $350m pledged for the relief effort.")
    b = facts(
        "Donors have given $500m so far, in addition to the 350 million that was promised earlier."
    )
    assert number_conflicts(a, b) == []
    assert number_conflicts(b, a) == []


def test_a_chart_place_left_is_not_the_place_held():
    """Round eleven's strong pair: "Almost Here ... fell from number three to number five" (its
    second week) beside "Almost Here ... went in at number three" (its first). The place a
    record fell or climbed from is last week's: only the place it is at counts."""
    fell = facts("Almost Here fell from number three to number five.")
    entered = facts("Almost Here went in at number three.")
    assert fell.numbered == {("number", "5")}
    assert entered.numbered == {("number", "3")}
    assert claims.numbered_apart(fell.numbered, entered.numbered)


def test_a_span_in_a_compound_is_a_figure():
    """Session 26: "has been given a two-year ban" and "a four-year ban" were one strong point
    with no disagreement: a span written as a compound was no figure. A level ("four-month
    highs") and an age ("an 18-year-old") are none."""
    assert facts("He was given a four-year ban.").numbers == (("year", 4.0, "four-year"),)
    assert facts("They face a maximum one-year suspension.").numbers == (("year", 1.0, "one-year"),)
    assert facts("Smith gets a 3-match ban.").numbers == (("match", 3.0, "3-match"),)
    for text in (
        "Cold weather pushed US crude prices to four-month highs.",
        "An 18-year-old was arrested.",
        "Shares hit a five-year-high.",
        "A 17-year old boy was arrested.",
        "Yields on 10-year Treasury notes rose.",
        "England won the one-day international.",
    ):
        assert facts(text).numbers == (), text
    # a maximum is a bound, as "up to four years" is (a code review's case)
    assert facts("Kenteris faces up to a four-year ban.").bounds == {("year", 4.0, "most")}
    assert not number_conflicts(
        facts("Kenteris faces up to a four-year ban."), facts("Kenteris was given a two-year ban.")
    )
    ban = (
        "The sprinters' former coach Christos Tzekos has been given a {}-year ban by the tribunal."
    )
    result = compare(
        [
            parse_text(ban.format("two"), article_id="a"),
            parse_text(ban.format("four"), article_id="b"),
        ]
    )
    assert [(c.measure, c.first_says, c.second_says) for c in result.conflicts] == [
        ("year", "two-year", "four-year")
    ]


def test_a_count_in_millions_written_short_counts_its_noun():
    """BBC writes counts in millions short: "almost 4m DS consoles" had given no figure, so
    a story's two reports of the DS's sales (2.8 million and almost 4m) were one group with
    a third; and a name of two words before the noun was read as the noun ("15 royal",
    "two london" for "two London Assembly members")."""
    assert facts("Some 60m people watched the final.").numbers == (("people", 60e6, "60m people"),)
    assert facts("Nintendo has sold almost 4m DS consoles.").numbers == (
        ("console", 4e6, "4m consoles"),
    )
    assert facts("About 1.5bn people live there.").numbers == (("people", 1.5e9, "1.5bn people"),)
    assert facts("Iran seized 15 Royal Navy personnel.").numbers == (
        ("personnel", 15.0, "15 personnel"),
    )
    assert facts("UKIP lost one of its two London Assembly members.").numbers == (
        ("member", 2.0, "two members"),
    )
    # metres, and a sum in a currency a name qualifies (its conversion is the figure)
    for text in (
        "Gardener won the 60m hurdles.",
        "She won both 800m titles.",
        "He wants to perform well over 60m indoors.",
        "He cleared 2.35m in the high jump.",
        "The tsunami sent 30m waves ashore.",
    ):
        assert facts(text).numbers == (), text
    assert facts("Revenue was 86.7bn Swiss francs ($74.6bn; £39.1bn).").numbers == (
        ("usd", 74.6e9, "$74.6bn"),
        ("gbp", 39.1e9, "£39.1bn"),
    )


def test_a_competitions_numbered_rounds_are_different_events():
    """A story's likely point was "Holders Manchester United and Premiership leaders Chelsea
    both face difficult away ties ... in the FA Cup fifth round." beside "Newcastle United
    face a trip to ... Yeading in the FA Cup third round.": two draws."""
    fifth = facts("United face difficult away ties in the FA Cup fifth round.")
    third = facts("Newcastle United face a trip to Yeading in the FA Cup third round.")
    assert fifth.numbered == frozenset({("round", "5")})
    assert third.numbered == frozenset({("round", "3")})
    assert incompatible(fifth, third)
    # "set" is left out: a verb or a group as often as a tennis set (a review's cases)
    assert facts("When it first set up, the second set of charges was dropped.").numbered == (
        frozenset()
    )
    assert not incompatible(fifth, facts("Chelsea face Newcastle in the fifth round."))


def test_a_round_reached_is_not_the_round_played():
    """ "beat Maleeva 4-6 6-4 6-3 to set up a second round clash" reports the first-round match
    that "won in the first round" reports: the round a winner goes on to numbers nothing."""
    first = facts("Hantuchova beat Maleeva in the first round.")
    for text in (
        "Hantuchova beat Maleeva 4-6 6-4 6-3 to set up a second round clash with Bovina.",
        "Williams took just 56 minutes to defeat Mirza and sail into the fourth round.",
        "Mirza became the first Indian woman to reach the third round of a Grand Slam.",
        "Henman secured his place in the second round at Dubai.",
    ):
        assert not any(kind == "round" for kind, _ in facts(text).numbered), text
        assert not incompatible(first, facts(text)), text
    # a round lost in, or played, is still that round
    assert facts("She was knocked out in the first round.").numbered == frozenset({("round", "1")})
    assert incompatible(first, facts("Mirza lost to Williams in the third round."))


def test_a_league_or_cup_before_a_plural_qualifies_what_is_counted():
    """Over CNN/DM's 100 unrelated articles two players' careers were a likely point with a
    disagreement on appearances: "Falcao went on to score 34 goals in 90 appearances" / "went
    on to score 26 league goals in 76 appearances" (26 counted leagues, so the goal tallies,
    too far apart to be one told two ways, were never compared, and the pair was kept)."""
    from summarise.compare.claims import slight_disagreement

    tevez = facts("He went on to score 26 league goals in 76 appearances for the club.")
    assert ("goal", 26.0, "26 goals") in tevez.numbers
    falcao = facts("Falcao went on to score 34 goals in 90 appearances for the club.")
    assert ("goal", "34 goals", "26 goals") in number_conflicts(falcao, tevez)
    assert not slight_disagreement(falcao, tevez)
    assert facts("Campese, a veteran of 101 international caps, said so.").numbers == (
        ("cap", 101.0, "101 caps"),
    )
    # "crew" counts as itself: "12 crew members" is the "12 crew" of another report
    assert facts("The plane carried 12 crew members.").numbers == (("crew", 12.0, "12 crew"),)
    assert facts("The league has 20 clubs.").numbers == (("club", 20.0, "20 clubs"),)


def test_an_age_is_no_toll_and_a_charts_top_no_count():
    """Over 1,000 BBC articles two obituaries disagreed on a death toll, "93 dead" against
    "79 dead" (each "has died at the age of N"), and two bands on hits, "20 hits" against "10
    hit" ("two more top 20 hits" / "a UK top 10 hit"). An age is read as an age; a chart's
    top counts nothing, and the count before it counts the noun after it."""
    scoggins = facts("Jerry Scoggins has died in Los Angeles at the age of 93, his family said.")
    holiff = facts("Saul Israel Holiff, has died at the age of 79, his family said.")
    assert scoggins.numbers == (("age", 93.0, "aged 93"),)
    assert [c[0] for c in number_conflicts(scoggins, holiff)] == ["age"]  # not "dead"
    assert facts("Mr Nogar, who died in 1994 aged 72, made two tapes.").numbers[0] == (
        "age",
        72.0,
        "aged 72",
    )
    blast = facts("The blast killed 12 people aged between 20 and 40.").numbers
    assert [n for n in blast if n[0] == "dead"] == [("dead", 12.0, "12 dead")]
    assert facts("He scored nine UK top 30 singles since 1998.").numbers == (
        ("single", 9.0, "nine singles"),
    )
    assert facts("It was followed by two more top 20 hits.").numbers == (("hit", 2.0, "two hits"),)
    assert facts("Their debut was a UK top 10 hit in 1970.").numbers == ()
    # "per cent" is a share; "Cent" alone is no part of one
    assert facts("Shares rose 5 per cent.").numbers == (("percent", 5.0, "5 percent"),)
    assert all(u != "percent" for u, _, _ in facts("Rapper 50 Cent topped the chart.").numbers)


def test_a_part_of_a_whole_the_sentence_gives_is_read_beside_it():
    """ "12 months leave ... only six of those months were paid" does not disagree with
    "six months' paid leave - and six unpaid" (1,000 BBC articles, session 33's reading): the
    six are read beside the twelve. Without the whole in the sentence, "those" points
    elsewhere, and the part is not read."""
    leave = facts(
        "She said new mothers were already entitled to 12 months leave, but that many women"
        " could not take it as only six of those months were paid."
    )
    assert ("month", 6.0, "six of those months") in leave.numbers
    other = facts("Mothers can currently take up to six months' paid leave - and six unpaid.")
    assert not number_conflicts(leave, other)
    assert facts("Only six of those months were paid.").numbers == ()


def test_the_buried_are_the_dead():
    """ "Haitian authorities said 75,000 have been buried in mass graves" and "More than 75,000
    bodies have been recovered and buried" give one figure for one measure (MultiLing M006:
    a "possible" match, now strong; the "death toll" query finds the first)."""
    buried = facts("Haitian authorities said 75,000 have been buried in mass graves.")
    bodies = facts("More than 75,000 bodies have been recovered and buried in mass graves.")
    assert buried.numbers == (("dead", 75000.0, "75,000 dead"),)
    assert shared_figures(buried, bodies)


def test_a_part_meets_only_a_split_and_the_buried_alive_are_not_dead():
    """A code review's cases: "30 of those killed were children" is no total, so it still
    disagrees with "killed 30 people" (the part meets only a sentence that gives two figures,
    as "six months' paid leave - and six unpaid" does); "buried alive" and "buried 200 homes"
    count no dead."""
    blast = facts("The blast killed 50 people, and 30 of those killed were children.")
    assert number_conflicts(blast, facts("The blast killed 30 people."))
    assert facts("40 people remain buried alive under the school.").numbers[0][0] == "people"
    assert facts("The landslide buried 200 homes.").numbers[0][0] == "home"


def test_a_share_is_no_casualty_count_and_a_list_item_has_its_own_noun():
    """MultiLing M006 and M0069: "Seventy percent of the population lives on ..." gave 70 dead
    ("lives"), and the refugees listed after "222,570 deaths," were dead too; BBC's "15% of
    the total collection held in the Bodleian" gave 15 arrested ("held")."""
    units = [
        u
        for u, _, _ in facts(
            "Seventy percent of the population lives on the equivalent of less than US$2 per day."
        ).numbers
    ]
    assert "dead" not in units
    assert facts("In the Maldives 43% of the population lives on less than $2 a day.").numbers == (
        ("usd", 2.0, "$2"),
    )
    assert not facts("Google will scan less than 15% of the collection held there.").numbers
    listed = facts("The quake left exactly 222,570 deaths, 1,300,000 refugees in harbours.")
    assert [u for u, _, _ in listed.numbers] == ["dead", "refugee"]
    # ... a list item's, after its own figure: not a figure set off after its measure, nor a
    # constable (a code review's cases)
    assert facts("The total number of people killed, 52, was lower than feared.").numbers == (
        ("dead", 52.0, "52 dead"),
    )
    assert facts("Two PC officers were injured when the crowd turned.").numbers[0][0] == "injured"
    # a measure word before its figure still counts it: "killing 20, injuring 30"
    assert [u for u, _, _ in facts("The bomb went off, killing 20, injuring 30.").numbers] == [
        "dead",
        "injured",
    ]


def test_a_range_told_two_ways_is_one_figure():
    """MultiLing M004: "cutting greenhouse gas emissions by between 25 to 40 percent" and
    "The proposed frame is 25-40% cuts in greenhouse gas emissions" give one range; the dash
    hid its top, so the pair shared no figure and stayed a possible point (0.34), and a
    third report ("a guideline range of 25-40% for GHG emission cuts") was listed as unique.
    A score, a season, a change from one figure to another, or two figures joined by "and"
    without "between", is no range."""
    words = facts("cutting emissions by between 25 to 40 percent by the year 2020")
    dashed = facts("The proposed frame is 25-40% cuts in greenhouse gas emissions.")
    assert words.ranges == dashed.ranges == {(25.0, 40.0, "share")}
    assert shared_figures(words, dashed)
    assert facts("a 25%-40% cut").ranges == facts("25 to 40 per cent").ranges
    assert facts("between $2 and $3 billion").ranges == facts("$2bn-3bn").ranges
    assert facts("$2-3bn in aid").ranges != facts("2-3% of GDP").ranges
    assert not shared_figures(facts("a 20-30% cut"), dashed)
    # each end in its own scale; the currency is part of what the range measures (a code
    # review: "Between 2 and 3 million people have fled" had shared "$2-3m in aid")
    assert facts("$500 million to $1 billion").ranges == {(5e8, 1e9, "$")}
    assert facts("£800m-£1bn").ranges == {(8e8, 1e9, "£")}
    assert not shared_figures(facts("Between 2 and 3 million people fled."), facts("$2-3m in aid"))
    assert facts("Estimates range from 25 to 40%.").ranges == dashed.ranges
    # a rise to come is a range; so are millions glued on at both ends (a second review)
    assert facts("Prices could rise 25 to 40% this year.").ranges == dashed.ranges
    assert facts("an estimated 2m-3m people").ranges == {(2e6, 3e6, "")}
    two = facts("growth of 3% to 3.5% in 2005 and 2.5% to 3% in 2006")
    assert two.ranges == {(3.0, 3.5, "share"), (2.5, 3.0, "share")}
    for none in (
        "Chelsea won 3-1 on Sunday.",
        "the 2009-10 season",
        "Unemployment rose from 2 to 3%.",
        "Inflation rose 2 to 3% this year.",
        "Shares of A rose 25 and B 40 percent.",
        "Sales fell 40-25% short.",
        # a change, or a share then a sum (the same review)
        "The bank raised interest rates by 0.25% to 4.75%.",
        "Profits slump 27% to $284m.",
        "Kerry trailed Bush 45 to 49 percent.",
        # a length: a glued "m" is millions only after a currency
        "Waves of 3-4m hit the coast.",
        "He won the 100-200m sprint double.",
    ):
        assert facts(none).ranges == frozenset(), none


def test_a_figure_rounded_half_up_is_the_same_figure():
    """ "$4.4bn" is "$4.35bn" rounded as writers round (half up); a float's round() gives 4.3,
    and the pair was flagged as a disagreement. A figure of 400 digits, infinite as a float,
    is no other figure (a code review's case)."""
    assert not number_conflicts(facts("Its debts were $4.35bn."), facts("Its debts were $4.4bn."))
    assert shared_figures(facts("It owes $2.675bn."), facts("It owes $2.68bn."))
    huge = facts(f"It owes {'9' * 400} dollars to its banks.")
    assert not shared_figures(huge, facts("It owes 5 dollars to its banks."))


def test_unshared_figures_counts_what_the_other_sentence_does_not_give():
    toll = facts("52 people died and approximately 700 were injured as a result of the bombings.")
    assert unshared_figures(toll, facts("52 people were killed by suicide bombers.")) == 1
    assert unshared_figures(toll, facts("Fifty-two were killed and about 700 injured.")) == 0
    assert unshared_figures(facts("No figure here at all."), toll) == 0


@pytest.mark.parametrize(
    ("text", "reported"),
    [
        ("The British government claims that the confessions were extracted under duress.", True),
        (
            "Iran says they were in Iranian territorial waters while the UK insists they were "
            "operating in Iraqi waters under the terms of a UN mandate.",
            True,
        ),
        ("Mr Ebbers has denied charges of fraud and conspiracy.", True),
        ("Kim Clijsters has denied reports that she has pulled out of the Open.", True),
        ("Tony Blair has dismissed reports he told Gordon Brown he would quit.", True),
        ('"It is absolutely not true," Arnesen told BBC Radio Five Live.', True),
        ("He insisted he still trusted Mr Blair, despite claims to the contrary in a book.", True),
        # a denial denied or supposed, a refusal, a plain "but"
        ("Mr Brown pointedly refused to deny claims the prime minister had reneged.", False),
        ("It would have been longer had he denied the charge.", False),
        ("\"We've got our work cut out but you can't deny it's exciting,\" he said.", False),
        ("Petrel has no information to confirm or deny the report.", False),
        ("The firm has neither admitted nor denied wrongdoing in the settlement.", False),
        ("He was denied bail by the court on Monday.", False),
        ("The picture comes despite reports of disappointing festive sales.", False),
        ("The council rejected calls for a public inquiry.", False),
        ("The team lost the first game but won the second on Sunday.", False),
        # a code review's cases: a denial refused or supposed, a passive "denied", nouns
        ("There is no denying that the economy grew.", False),
        ("It's hard to deny that the plan worked.", False),
        ("The visa was denied this week.", False),
        ("They were denied that chance.", False),
        ("This is not true of every patient, doctors say.", False),
        ("Reports were false alarms, officials said.", False),
        ("Legal challenges to the findings are expected.", False),
        ("Pay disputes and the account of the strike were aired.", False),
        ("The minister dismissed his deputy account manager.", False),
        ("Europe, which disputes the claim, has also signalled it wants talks.", True),
        # a court's ruling is no side contesting another's words (a blind reader, session 47)
        (
            "Earlier this month, a three-judge appeal court panel rejected the claim - filed "
            "in 1999 by the administration of Bill Clinton - in a 2-1 decision.",
            False,
        ),
        ("The judge dismissed the charges against him.", False),
        # a denied clause with no "that" (session 47: 17 more sentences of BBC, each a denial)
        ("Mr Straw denied the decision would suggest that Tiananmen had been forgotten.", True),
        ("A Labour spokesman denied the campaign was anti-Semitic.", True),
        ("He was denied the chance to play.", False),
        ("They deny the visa.", False),
        # refusals, rulings, and a body named by its word for courts (a code review's cases)
        ("The council denied the application because it was too large for the site.", False),
        ("Ministers denied the charity funding that had been promised.", False),
        ("Cech denied the Frenchman what would have been his 100th goal.", False),
        ("The High Court in London rejected the claim.", False),
        ("Mr Justice Collins rejected the claims.", False),
        ("The court denied the claim was valid.", False),
        ("The Justice Department rejected the claims that it had lost.", True),
        ("The UN climate panel rejected claims that global warming had stopped.", True),
        # what is said of a side is no side's words (a reader's LSE brief, session 47)
        (
            "Others claim it will weaken the city's status as a financial centre, while German"
            " politicians are also said to be angry at the plan.",
            False,
        ),
        (
            "A lawyer representing Mr Doherty and Mr Wass said outside court the pair"
            " strenuously denied the charges.",
            True,
        ),
        ("The company rejected the claims as baseless, its lawyers told the court.", True),
    ],
)
def test_a_dispute_a_source_reports(text: str, reported: bool) -> None:
    from summarise.compare.disputes import disputed

    assert disputed(text) is reported


def test_a_toll_named_before_its_figure_counts_the_dead_within_its_sentence():
    """Session 44 (MultiLing M0063, M0008): a death toll named before its figure, however far
    within its sentence, counts the dead; not past a stop the splitter left inside a quote,
    nor a figure of people, nor what another measure's word names."""
    assert facts("The death toll, as of Friday, is estimated to be 110,000.").numbers == (
        ("dead", 110000.0, "110,000 dead"),
    )
    assert facts("The death toll rose to 1,200 on Monday.").numbers == (
        ("dead", 1200.0, "1,200 dead"),
    )
    # "the toll" alone, in a sentence of death or of what kills (not a road's: below)
    assert facts("The UN says the toll of the dead is nearing 150,000.").numbers[0][0] == "dead"
    assert not facts("The UN says the toll is nearing 150,000.").numbers
    high = facts("Some estimations of the death toll rise as high as 200,000.")
    assert high.bounds == frozenset({("dead", 200000.0, "most")})
    # a figure of people stays one: beside "Aceh alone may have as many as 80,000 dead" it
    # is a labelled negative (M006)
    people_ = facts("The death toll continues to rise, passing 80,000 people, reports say.")
    assert people_.numbers[0][0] == "people"
    assert facts("The death toll is 52, police said, and 700 people were treated.").numbers == (
        ("dead", 52.0, "52 dead"),
        ("people", 700.0, "700 people"),
    )
    assert facts("The toll road costs $5.").numbers[0][0] != "dead"
    # a stop ends what a figure can take from the words around it
    quoted = facts(
        "Egeland said the death toll could climb beyond 150,000. About 1 million are homeless."
    )
    assert [u for u, _, _ in quoted.numbers] == ["dead", "homeless"]
    assert facts("Two people died. Three were injured.").numbers == (
        ("dead", 2.0, "Two dead"),
        ("injured", 3.0, "Three injured"),
    )


def test_what_counts_no_casualties_is_no_toll():
    """Session 44: a blind reader judged 161 figures read as a toll over BBC, MultiLing and
    CNN/DM; of the 22 wrong, these are mended: "bodies" that are organisations, "missing" as
    a verb, an age or a span of time after "died", injuries escaped."""
    assert facts("Information is held by about 100,000 public bodies.").numbers[0][0] != "dead"
    assert not facts("Officials at the two bodies generating income will be questioned.").numbers
    assert facts("Sixteen bodies have been recovered.").numbers == (("dead", 16.0, "Sixteen dead"),)
    assert facts("Rescuers pulled 12 bodies from the rubble.").numbers[0][0] == "dead"
    assert facts("She was suspended for missing three drugs tests.").numbers[0][0] != "missing"
    assert facts("Two tourists have been declared missing.").numbers[0][0] == "missing"
    assert not facts("The conductor has died in Germany at 50.").numbers
    assert facts("Their father died two years ago.").numbers == (("year", 2.0, "two years"),)
    assert [u for u, _, _ in facts("He says 3000 died over 30 years.").numbers] == ["dead", "year"]
    assert facts("A man was hurt and two females escaped injuries.").numbers[0][0] != "injured"


def test_victims_a_disaster_claimed_are_its_dead():
    """MultiLing M0004: "the ... tsunami of Boxing Day 2004 that claimed more than 175,000
    victims" gives a toll (an analyst found M0004 marked as giving none); a claim someone
    makes about victims does not."""
    tsunami = facts(
        "Aid for the tsunami of Boxing Day 2004 that claimed more than 175,000 victims."
    )
    assert tsunami.numbers == (("dead", 175000.0, "175,000 dead"),)
    assert facts("The quake claimed 300 victims in the region.").numbers[0][0] == "dead"
    assert facts("He claimed 30 victims had been paid.").numbers[0][0] != "dead"
    assert facts("The group claims 500 victims of abuse.").numbers[0][0] != "dead"
    assert facts("Help went to 5,000 victims of the floods.").numbers[0][0] != "dead"


def test_a_code_reviews_cases_of_the_toll():
    """Session 44's code review: a toll given "at" is read, a toll not given or another
    clause's count is not, a road's toll is no toll, "bodies" that are organisations or stars
    are no dead while bodies found are, a scam's or a lawsuit's victims are not killed, and
    "the missing 43 students" and "killed 12 day labourers" are read as before."""
    assert facts("The death toll stands at 45.").numbers == (("dead", 45.0, "45 dead"),)
    assert facts("Officials put the death toll at 1,500.").numbers[0][0] == "dead"
    assert facts("Deaths were estimated at 3,000.").numbers[0][0] == "dead"
    assert facts("The number of injured stands at 230.").numbers[0][0] == "injured"
    for text in (
        "The death toll has not been released, but the hospital said it had treated 150.",
        "The death toll is unknown, but 80 from the town are feared trapped.",
        "Drivers paying the toll will see it rise to 6 from next month.",
        "The toll booth operators, 40 of them, went on strike.",
        "The review found that 300 public bodies had failed to publish accounts.",
        "Investigators found 3 heavenly bodies.",
        "The lawsuit claims 200 victims across the country were defrauded.",
        "The scam claimed 400 victims worldwide.",
    ):
        assert all(unit != "dead" for unit, _, _ in facts(text).numbers), text
    assert facts("The toll from the floods rose to 40, officials said.").numbers[0][0] == "dead"
    for text in (
        "12 bodies were discovered.",
        "Police counted 80 bodies.",
        "Rescuers located 25 bodies.",
    ):
        assert facts(text).numbers[0][0] == "dead", text
    assert facts("The search for the missing 43 students goes on.").numbers[0][0] == "missing"
    assert facts("Gunmen killed 12 day labourers.").numbers == (("dead", 12.0, "12 dead"),)
    assert facts("The bus crash injured 40 day-trippers.").numbers[0][0] == "injured"


def test_reading_many_figures_in_one_sentence_stays_linear():
    """A code review's case: "bodies" and "claimed ... victims" had each scanned the whole
    sentence once per figure (2 s for 2,000 figures)."""
    import time

    facts.cache_clear()
    text = " ".join(f"claimed {i} victims in a flood and {i} public bodies" for i in range(2000))
    started = time.perf_counter()
    facts(text)
    assert time.perf_counter() - started < 5  # about 0.3 s; quadratic took minutes


def test_bound_words_are_the_bound_facts_reads():
    """claims.bound_words: the words that make a figure a bound, as written, for the toll's
    table to show ("nearly 200,000"), read with the patterns facts() reads bounds with."""
    text = "Nearly 200,000 people died, and more than 75,000 were buried; about 700 were hurt."
    assert claims.bound_words(text, text.index("200,000")) == "nearly"
    assert claims.bound_words(text, text.index("75,000")) == "more than"
    assert claims.bound_words(text, text.index("700")) is None
    assert ("dead", 200000.0, "most") in facts(text).bounds


def test_a_date_written_as_an_ordinal_is_a_date():
    """ "vanished from radar on June 1st" names June 1 as "disappeared on June 1" does (MultiLing
    M008 had read no date in it, so the two sentences could not be told to share their day);
    "the 7th of July", "1st September 2002" too. A day and a month without an ordinal's ending
    are read only side by side: "won 3 of March's games" names no date."""
    assert facts("The A330 vanished from radar on June 1st over the Atlantic.").dates == {"june 1"}
    assert facts("The Prologue will be on Saturday, the 7th of July.").dates == {"july 7"}
    assert facts("All children born after 1st September 2002 will be eligible.").dates == {
        "september 1"
    }
    assert facts("On March 23rd, the sailors were seized.").dates == {"march 23"}
    assert facts("It disappeared on June 1 over the Atlantic.").dates == {"june 1"}
    assert facts("They won 3 of March's games.").dates == frozenset()
    # "march" and "may" are months only written as names (a code review's cases)
    assert facts("Students joined the 2nd march against tuition fees on Wednesday.").dates == (
        frozenset()
    )
    assert facts("The 2nd may be played behind closed doors.").dates == frozenset()
    assert facts("On 2 March the students marched.").dates == {"march 2"}
    assert not incompatible(
        facts("It vanished from radar on June 1st."), facts("It disappeared on June 1.")
    )
    assert incompatible(facts("It vanished on June 1st."), facts("It was found on June 6th."))


def test_three_capitalised_words_before_the_noun_qualify_it():
    """ "Fifteen British Royal Navy personnel have been captured" counted "British" (a reader
    found M0020's figure missing from M002's toll table); up to three capitalised words before
    the noun in lower case now qualify it, as one or two did."""
    assert facts("Fifteen British Royal Navy personnel have been captured.").numbers == (
        ("personnel", 15.0, "Fifteen personnel"),
    )
    assert facts("More than 800,000 Britannia Building Society members will be paid.").numbers[0][
        :2
    ] == ("member", 800000.0)
    assert facts("Iran seized 15 British sailors on Friday.").numbers == (
        ("sailor", 15.0, "15 sailors"),
    )


def test_a_distance_to_a_decimal_place_pins_its_point():
    """M002 (session 46's reader): "this places her 1.7 nautical miles inside Iraqi territorial
    waters" and "we were 1.7 nautical miles from Iranian waters" give one measurement; a
    distance or depth given to a decimal place that both give pins the point as a toll does.
    Whole distances ("10 km") recur through a story and do not."""
    inside = facts("This places her 1.7 nautical miles inside Iraqi territorial waters.")
    assert inside.numbers == (("nautical mile", 1.7, "1.7 nautical mile"),)
    assert shared_figures(inside, facts("We were 1.7 nautical miles from Iranian waters."))
    assert shared_figures(
        facts("It occurred at a depth of 44.3 kilometers."),
        facts("The aftershock struck at a depth of 44.3 km."),
    )
    assert not shared_figures(
        facts("The epicentre was 10 km from the town."), facts("It was 10 km deep.")
    )
