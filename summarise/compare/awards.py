"""Which awards a sentence reports: "The CFCA awarded ... Virginia Madsen the best supporting
actress award" (the Chicago Film Critics Association's) is not "Virginia Madsen was also named
best supporting actress" in a report of the Los Angeles Film Critics Association's awards
(session 25's blind review found four such points of one BBC story, two of them strong: the
same film, people and categories at four awards of one season).

An awarding body is a run of capitalised words ending in "Award(s)", "Critics", "Prize",
"Festival" or "Globe(s)" ("Independent Spirit Awards", "Southeastern Film Critics"; "Brit
awards", "Chicago critics" in lower case), "Academy Award(s)" (an Oscar; not a Naval
Academy), an association, society, guild or circle of film, critics or actors ("Los Angeles
Film Critics Association", "Screen Actors Guild"; not the Consumer Electronics Association),
one of a few names of its own ("Oscars", "Baftas", "Grammys"; not "Oscar Pistorius",
"Oscar-winning", "Two Brits"), or the acronym an article gives one ("(CFCA)"). Its marks are
its words past the generic ones ("chicago", "cfca"; "independent spirit"), one ceremony's two
names made one ("British Academy Film Awards" and "Baftas" are "bafta"). A sentence of
awards (one that names a "best ..." category, an award, a prize or a nomination, or a win
for a role or of a named thing: "triumphed for playing", "won the Golden Osella")
reports its article's body (the first its first sentence names, past one that describes a
person, "Orange Prize winner Andrea Levy", or else the one the article names most often:
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
from .claims import mentions

__all__ = ["award_marks", "other_awards"]

_BODY = re.compile(
    # an association, society, guild or circle of film, critics or actors: not the Consumer
    # Electronics Association (first: "Chicago Film Critics Association (CFCA)" is one name)
    r"\b((?:[A-Z][\w'’.&-]*\s+){0,4}(?:Film|Critics|Actors|Writers|Directors|Producers)\s+"
    r"(?:Association|Society|Guild|Circle)"
    # the British Academy's awards, and the Academy's ("Academy Award" is an Oscar): not a
    # Naval Academy
    r"|(?:[A-Z][\w'’.&-]*\s+){0,3}Academy\s+(?:Film\s+|Television\s+)?Awards?"
    # ("Whitbread Novel of the Year Award": "of the" inside a name, before two capitalised
    # words: not "The Chairman of the Festival said")
    r"|(?:[A-Z][\w'’.&-]*\s+(?:of\s+(?:the\s+)?(?=[A-Z][\w'’.&-]*\s+[A-Z]))?){0,5}"
    r"(?:Awards?|Critics|Prizes?|Festival|Globes?)"
    # a ceremony in lower case ("Brit awards", "Chicago critics"), not a prize ("Girl's Best
    # Friend award")
    r"|(?:[A-Z][\w'’.&-]*\s+){1,5}(?:awards|critics)"
    # names of their own, not a person's ("Oscar Pistorius", "Emmy Rossum") nor a winner
    # ("Oscar-winning"), and "Brits" only as the ceremony ("at the Brits", not "Two Brits")
    r"|(?:Oscars?|Baftas?|Grammys?|Emmys?|Cesars?)(?![\w’'-]|\s+[A-Z])"
    r"|(?<=the\s)Brits)\b"
    r"(?:\s+\(([A-Z]{2,6})\))?"
)
# Words of a body's name that every body has, or that open a sentence: what is left names it.
_GENERIC = frozenset(
    [
        *("the", "a", "an", "of", "and", "for", "film", "films", "critics", "critic"),
        *("association", "awards", "award", "society", "guild", "circle", "academy", "prize"),
        *("prizes", "festival", "annual", "international", "movie", "best", "this"),
        *("year", "year's"),
        *("its", "his", "her", "their", "at", "in", "on", "by", "to", "from", "with", "also"),
        *("many", "some", "most", "other", "several", "both", "all", "few", "two", "three"),
        *("top", "leading", "major", "these", "those", "such", "television", "music"),
    ]
)
_OWN_NAMES = frozenset(
    [
        *("oscar", "oscars", "bafta", "baftas", "grammy", "grammys", "emmy", "emmys", "brit"),
        *("brits", "cesar", "cesars", "globe", "globes"),
    ]
)
# One ceremony under two names: the marks each is read as.
_ALIASES = {
    "british": "bafta",  # the British Academy Film Awards
    "screen actors": "sag",
    "golden globes": "golden globe",
    "globe": "golden globe",
}
# A sentence of awards: a "best ..." of a category, an award, a prize, a nomination.
_OF_AWARDS = re.compile(
    r"\bbest\s+(?:[\w&'’-]+\s+){0,3}?"  # "best supporting actress", "best R&B-soul album"
    r"(?:film|picture|movie|actor|actress|director|screenplay|song|album|single|group|band"
    r"|newcomer|documentary|act|artist|video|score|play|novel|book|comedy|drama|musical|feature"
    r"|cast|performance|short|animation|cinematography|editing|design|costume|makeup)s?\b"
    r"|\bawards?\b|\bprizes?\b|\bnominat",
    re.IGNORECASE,
)


# ... or a win of an award in an article of awards: "Swank triumphed for playing a gutsy
# female boxer in Million Dollar Baby" in a report of the Screen Actors Guild's (session 26's
# blind review found it one point with "Hilary Swank picked up her second best actress Oscar
# for playing a female boxer"). A win for a role or a work ("for playing", "for her role"),
# or of a thing with a name ("won the Golden Osella"); not "won't", "Warner Bros picked up
# the film", "Labour won the election".
_A_WIN = re.compile(
    r"\b(?:won|wins|scooped|triumphed|picked\s+up|took\s+home)\b(?![’']t)"
    r"(?:\s+\w+){0,3}?\s+(?:for\s+(?:playing|portraying|his|her|their|its)\b|the\s+[A-Z])"
)


# A body that describes a person is not the article's: "Orange Prize winner Andrea Levy has
# seen her book Small Island win the Whitbread Novel of the Year Award" reports the
# Whitbread's.
_WINNER_OF = re.compile(
    r"(?:[A-Z][\w'’.&-]*\s+(?:of\s+(?:the\s+)?(?=[A-Z]))?){1,5}"
    r"(?:winner|winning|nominee|laureate)s?\b"
)


def _marks(match: re.Match[str]) -> frozenset[str]:
    """A body's marks: its name past the generic words, in lower case, and its acronym
    ("Oscars", "Oscar" and "Academy Awards" are "oscar"; "British Academy Film Awards" and
    "Baftas" are "bafta")."""
    name = match.group(1).lower()
    words = [w for w in name.split() if w not in _GENERIC and len(w) > 2]  # not "US critics"
    if not words and "academy" in name.split():
        words = ["oscar"]
    if len(words) == 1 and words[0] in _OWN_NAMES:
        words = [words[0].removesuffix("s")]
    mark = _ALIASES.get(" ".join(words), " ".join(words))
    marks = {mark} if mark else set()
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
        # the first body the first sentence names, else the one named most (not a title's:
        # a headline in title case reads "Aviator Leads Golden Globe Nominations" as a body)
        led = _named(_WINNER_OF.sub("", " ".join(sentences[:1])), acronyms)
        counts = Counter(m for t in sentences for m in _named(t, acronyms))
        main = led[0] if led else (counts.most_common(1)[0][0] if counts else frozenset())
        for text in sentences:
            if not _OF_AWARDS.search(text) and not _A_WIN.search(text):
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
    if any(
        set(a.split()) <= set(b.split()) or set(b.split()) <= set(a.split())
        for a in first
        for b in second
    ):
        return False  # one name the longer of two ("golden globe", "hollywood golden globe")
    return not any(mentions(second_text, mark) for mark in first) and not any(
        mentions(first_text, mark) for mark in second
    )
