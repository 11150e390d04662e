"""Which awards a sentence reports: "The CFCA awarded ... Virginia Madsen the best supporting
actress award" (the Chicago Film Critics Association's) is not "Virginia Madsen was also named
best supporting actress" in a report of the Los Angeles Film Critics Association's awards
(session 25's blind review found four such points of one BBC story, two of them strong: the
same film, people and categories at four awards of one season).

An awarding body is a run of capitalised words ending in "Awards", "Critics", "Academy",
"Prize", "Festival" or "Globe(s)" ("Independent Spirit Awards", "Southeastern Film Critics";
"Brit awards", "Chicago critics" in lower case), or in an association, society, guild or
circle of film, critics or actors ("Los Angeles Film Critics Association", "Screen Actors
Guild"; not the Consumer Electronics Association), one of a few names of its own ("Oscars",
"Baftas", "Grammys"), or the acronym an article gives one ("(CFCA)"). Its marks are its words
past the generic ones ("chicago", "cfca"; "independent spirit"). A sentence of awards (one that
names a "best ..." category, an award, a prize or a nomination) reports its article's body
(the first its title or first sentence names, or else the one the article names most often:
not "the day before the Oscars" in a report of the Spirit Awards) and those it names itself.
Two such sentences report different awards when neither names the other's body: "voted best
film by critics associations in New York and Los Angeles" names the Los Angeles critics'.
English only.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from ..models import Article

__all__ = ["award_marks", "other_awards"]

_BODY = re.compile(
    # an association, society, guild or circle of film, critics or actors: not the Consumer
    # Electronics Association (first: "Chicago Film Critics Association (CFCA)" is one name)
    r"\b((?:[A-Z][\w'’.&-]*\s+){0,4}(?:Film|Critics|Actors|Writers|Directors|Producers)\s+"
    r"(?:Association|Society|Guild|Circle)"
    r"|(?:[A-Z][\w'’.&-]*\s+){0,5}(?:Awards?|Critics|Academy|Prizes?|Festival|Globes?)"
    # a ceremony in lower case ("Brit awards", "Chicago critics"), not a prize ("Girl's Best
    # Friend award")
    r"|(?:[A-Z][\w'’.&-]*\s+){1,5}(?:awards|critics)"
    r"|Oscars?|Baftas?|Grammys?|Emmys?|Brits|Cesars?)\b"
    r"(?:\s+\(([A-Z]{2,6})\))?"
)
# Words of a body's name that every body has: what is left names it.
_GENERIC = frozenset(
    [
        *("the", "a", "an", "of", "and", "for", "film", "films", "critics", "critic"),
        *("association", "awards", "award", "society", "guild", "circle", "academy", "prize"),
        *("prizes", "festival", "annual", "international", "movie", "best", "this", "year's"),
        *("its", "his", "her", "their", "at", "in", "on", "by", "to", "from", "with", "also"),
    ]
)
_OWN_NAMES = frozenset(
    [
        *("oscar", "oscars", "bafta", "baftas", "grammy", "grammys", "emmy", "emmys", "brit"),
        *("brits", "cesar", "cesars", "globe", "globes"),
    ]
)
_OF_AWARDS = re.compile(r"\bbest\s+[a-z]|\bawards?\b|\bprizes?\b|\bnominat", re.IGNORECASE)


def _marks(match: re.Match[str]) -> frozenset[str]:
    """A body's marks: its name past the generic words, in lower case, and its acronym
    ("Oscars", "Oscar" and "Academy Awards" are "oscar")."""
    name = match.group(1).lower()
    words = [w for w in name.split() if w not in _GENERIC and len(w) > 2]  # not "US critics"
    if not words and name.split()[-2:] == ["academy", "awards"]:
        words = ["oscar"]
    if len(words) == 1 and words[0] in _OWN_NAMES:
        words = [words[0].removesuffix("s")]
    if words == ["globe"] or words == ["golden", "globes"]:
        words = ["golden", "globe"]
    marks = {" ".join(words)} if words else set()
    if match.group(2):
        marks.add(match.group(2).lower())
    return frozenset(marks)


def _named(text: str, acronyms: dict[str, frozenset[str]]) -> list[frozenset[str]]:
    """The bodies a text names, each as its marks (an acronym alone as its body's)."""
    found = [m for m in map(_marks, _BODY.finditer(text)) if m]
    for acronym, marks in acronyms.items():
        if re.search(rf"\b{acronym}\b", text):
            found.append(marks)
    return found


def award_marks(articles: Sequence[Article], language: str) -> tuple[frozenset[str], ...]:
    """Per sentence of the articles, in order: the marks of the awards it reports (empty
    when it reports none, or its article names no body)."""
    out: list[frozenset[str]] = []
    for article in articles:
        sentences = [s.text for s in article.sentences]
        if language != "english" or not any(_OF_AWARDS.search(t) for t in sentences):
            out.extend(frozenset() for _ in sentences)
            continue
        acronyms: dict[str, frozenset[str]] = {}
        for text in [article.title or "", *sentences]:
            for m in _BODY.finditer(text):
                if m.group(2):
                    acronyms[m.group(2)] = _marks(m)
        # the first body the title or the first sentence names, else the one named most
        led = _named(" ".join([article.title or "", *sentences[:1]]), acronyms)
        counts = Counter(m for t in sentences for m in _named(t, acronyms))
        main = led[0] if led else (counts.most_common(1)[0][0] if counts else frozenset())
        for text in sentences:
            if not _OF_AWARDS.search(text):
                out.append(frozenset())
                continue
            out.append(main.union(*_named(text, acronyms)))
    return tuple(out)


def other_awards(
    first: frozenset[str], first_text: str, second: frozenset[str], second_text: str
) -> bool:
    """Whether two sentences (their award marks, and their texts in lower case) report the
    awards of different bodies, neither naming the other's."""
    if not first or not second or first & second:
        return False
    return not any(_says(mark, second_text) for mark in first) and not any(
        _says(mark, first_text) for mark in second
    )


def _says(mark: str, text: str) -> bool:
    """Whether a text names a mark, as words ("los angeles" in "... in New York and Los
    Angeles", not "us" in "unusually")."""
    return mark in text and re.search(rf"\b{re.escape(mark)}\b", text) is not None
