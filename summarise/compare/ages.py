"""A person's age, as news gives it after the name: "Thanou, 30, who won the women's 100m
silver medal in Sydney" against "Kenteris, 31, won gold in the 200m at the Sydney Olympics in
2000, where Thanou, 29, won silver in the 100m" (two BBC reports of one story, one point).
Two sources that give one person two ages disagree, as on any figure (align: measure "age").

Read in one form only, the apposition: a name, a comma, the age and a comma ("Mr Mubanga,
29,", "Santos Cardona, 32,", "Thanou, aged 30,"). One person is one surname whose first names,
where both sentences give one, are the same ("Serena Williams, 23," is not "Venus Williams,
24,").

Sources also disagree on a person's age in sentences that share no point ("Mr Mubanga, 29,
from north London, ..." / "Mr Mubanga, 32, from Wembley, ...": ages_apart). There one person
is a surname and the first name each article gives it, which must be one and the same: in a
pile of BBC articles "Mr Jackson, 46" and "Robert Jackson, 58", "Williams, 29" and "Williams,
24" are other people. English only."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..models import LIKELY, Alignment, Article, Conflict, SentenceRef
from .claims import HONORIFIC, HONORIFICS, NOT_NAMES

__all__ = ["age_conflicts", "ages", "ages_apart"]

_TITLE = HONORIFIC
_AGE = re.compile(
    rf"(?<![\w'’-])({_TITLE}?(?:[A-Z][\w'’-]+\s+){{0,2}}[A-Z][\w'’-]*[a-z][\w'’-]*),"
    r"\s+(?:aged\s+)?(\d{1,3}),"
)
# Capitalised words before an age that are no person's name ("On Monday, 12, people...").
_NOT_PEOPLE = NOT_NAMES | frozenset(["By", "Of"])
_OLDEST = 120


def ages(text: str) -> tuple[tuple[str, tuple[str, ...], int, str], ...]:
    """Each age a sentence gives: (surname, first names, age, as written: "Thanou, 30")."""
    found = []
    for match in _AGE.finditer(text):
        age = int(match.group(2))
        words = [w for w in re.sub(_TITLE, "", match.group(1)).split() if w not in _NOT_PEOPLE]
        if not words or not 0 < age <= _OLDEST:
            continue
        surname = words[-1]
        name = match.group(1).split()
        while name[0] in _NOT_PEOPLE:  # "But Bellamy, 25,": Bellamy's
            name = name[1:]
        found.append((surname, tuple(words[:-1]), age, f"{' '.join(name)}, {age}"))
    return tuple(found)


def age_conflicts(first: str, second: str) -> list[tuple[str, str, str]]:
    """("age", what the first says, what the second says) for each person both sentences
    give an age to and give different ages."""
    if "," not in first or "," not in second:
        return []
    out = []
    theirs = ages(second)
    for surname, given, age, said in ages(first):
        for other_surname, other_given, other_age, other_said in theirs:
            if surname != other_surname or age == other_age:
                continue
            if given and other_given and given[-1] != other_given[-1]:
                continue  # "Serena Williams, 23," and "Venus Williams, 24,"
            out.append(("age", said, other_said))
    return out


_YEAR = 300  # days: articles further apart may give an age a birthday apart


def ages_apart(
    articles: Sequence[Article], alignments: Sequence[Alignment]
) -> tuple[tuple[Conflict, ...], ...]:
    """For each person the articles give different ages, the conflicts (each pair of
    sentences once), one tuple per person, in the order first met: not a person two of
    whose ages a likely or strong point holds, whose disagreement align shows, nor ages in
    articles dated a year apart."""
    # (each sentence's groups: one that carries two points is in two, align._second_points)
    grouped: dict[tuple[str, int], set[int]] = {}
    for n, a in enumerate(alignments):
        if a.confidence >= LIKELY:
            for r in a.sentences:
                grouped.setdefault((r.article, r.index), set()).add(n)
    said: dict[tuple[str, str], list[tuple[Article, SentenceRef, int, str]]] = {}
    for article in articles:
        firsts: dict[str, set[str]] | None = None
        for sentence in article.sentences:
            if "," not in sentence.text or not _APPOSITION.search(sentence.text):
                continue
            for surname, given, age, written in ages(sentence.text):
                if firsts is None:
                    firsts = _first_names(article)
                named = set(given[-1:]) or firsts.get(surname, set())
                if len(named) == 1:  # the article names one person so
                    ref = SentenceRef(article.id, sentence.index, sentence.text)
                    said.setdefault((named.pop(), surname), []).append((article, ref, age, written))
    out = []
    for mentions in said.values():
        found = _disagreeing(mentions, grouped)
        if found:
            out.append(found)
    return tuple(out)


def _disagreeing(
    mentions: list[tuple[Article, SentenceRef, int, str]],
    grouped: dict[tuple[str, int], set[int]],
) -> tuple[Conflict, ...]:
    """One person's ages that differ between articles, pair by pair; none when a likely
    or strong point holds two of them (align shows that disagreement)."""
    found = []
    for k, (article, ref, age, written) in enumerate(mentions):
        for other, other_ref, other_age, other_written in mentions[k + 1 :]:
            if other.id == article.id or age == other_age:
                continue
            points = grouped.get((ref.article, ref.index), set())
            if points & grouped.get((other_ref.article, other_ref.index), set()):
                return ()
            days = (article.day, other.day)
            if days[0] is not None and days[1] is not None and abs(days[0] - days[1]) >= _YEAR:
                continue
            found.append(
                Conflict(
                    "age", ref, written, other_ref, other_written, float(age), float(other_age)
                )
            )
    return tuple(found)


_APPOSITION = re.compile(r",\s+(?:aged\s+)?\d{1,3},")
_FIRST_SURNAME = re.compile(r"\b([A-Z][a-z][\w'’-]*)\s+([A-Z][\w'’-]*[a-z][\w'’-]*)")


def _first_names(article: Article) -> dict[str, set[str]]:
    """For each surname, the first names the article writes before it ("Martin Mubanga")."""
    out: dict[str, set[str]] = {}
    for sentence in article.sentences:
        for match in _FIRST_SURNAME.finditer(sentence.text):
            first, surname = match.groups()
            if first not in _NOT_PEOPLE and first not in HONORIFICS:
                out.setdefault(surname, set()).add(first)
    return out
