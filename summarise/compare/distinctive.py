"""Distinctive wording: the words one article uses for a topic far more than the others
(weighted log-odds with an informative Dirichlet prior, Monroe et al. 2008)."""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence

from ..cleaning.captions import is_past_form
from ..models import Article, Distinctive, Names, Naming, Topic
from ..nlp import MONTHS, NAME_PARTICLES, stop_words, word_spans, words
from .labels import wording
from .quoting import quotation_matches

__all__ = ["distinctive_terms", "topic_names", "word_background"]


def word_background(articles: Sequence[Article], language: str) -> Counter[str]:
    """Counts of words and two-word phrases over all the articles' sentences: the prior."""
    stops = stop_words(language)
    background: Counter[str] = Counter()
    forms: dict[str, tuple[str, bool, bool]] = {}
    for article in articles:
        for sentence in article.sentences:
            background.update(_grams(sentence.text, stops, forms))
    return background


def distinctive_terms(
    articles: Sequence[Article],
    topic: Topic,
    language: str,
    per_article: int = 5,
    background: Counter[str] | None = None,
) -> tuple[Distinctive, ...]:
    """Each article's distinctive wording on a topic against the other articles.

    Weighted log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi and Quinn
    2008, "Fightin' Words"), the prior being word counts over all the articles' sentences.
    Words and two-word phrases without stop words at their edges.
    """
    stops = stop_words(language)
    if background is None:
        background = word_background(articles, language)
    per: dict[str, Counter[str]] = {a.id: Counter() for a in articles}
    forms: dict[str, tuple[str, bool, bool]] = {}
    for ref in topic.sentences:
        per[ref.article].update(_grams(ref.text, stops, forms))
    total_prior = sum(background.values())
    if total_prior == 0:
        return ()
    alpha0 = min(1000.0, float(total_prior))
    scale = alpha0 / total_prior
    out = []
    # All the topic's uses at once; each article's "rest" is this minus its own (linear,
    # where summing the other articles for each article would be quadratic).
    topic_counts: Counter[str] = Counter()
    for counts in per.values():
        topic_counts.update(counts)
    n_topic = sum(topic_counts.values())
    for article in articles:
        mine = per[article.id]
        if not mine:
            continue
        n_mine = sum(mine.values())
        n_rest = n_topic - n_mine
        scored = []
        for word, count in mine.items():
            alpha = background[word] * scale
            other = topic_counts[word] - count  # the other articles' uses
            delta = math.log((count + alpha) / (n_mine + alpha0 - count - alpha)) - math.log(
                (other + alpha) / (n_rest + alpha0 - other - alpha)
            )
            variance = 1.0 / (count + alpha) + 1.0 / (other + alpha)
            scored.append((delta / math.sqrt(variance), word))
        scored.sort(key=lambda t: (-t[0], t[1]))
        best = tuple((w, round(z, 3)) for z, w in scored[:per_article] if z > 0)
        if best:
            out.append(Distinctive(article.id, best))
    return tuple(out)


def _grams(
    text: str, stops: frozenset[str], forms: dict[str, tuple[str, bool, bool]] | None = None
) -> list[str]:
    """A text's words and two-word phrases that can be wording: no stop word, date, reporting
    word or abbreviation's scrap at either edge ("announced yesterday", "p.m China", "ioc
    finally" are no one's framing of a point). ``forms`` remembers each word's lower-case
    form and verdicts across the texts of one call (the background of 1,000 articles: 0.37
    -> 0.31 s)."""
    forms = {} if forms is None else forms
    seen = [forms[w] if w in forms else _form(w, stops, forms) for w in words(text)]
    grams = [t for t, _, alone in seen if alone]
    grams += [f"{a} {b}" for (a, ka, _), (b, kb, _) in itertools.pairwise(seen) if ka and kb]
    return grams


def _form(
    word: str, stops: frozenset[str], forms: dict[str, tuple[str, bool, bool]]
) -> tuple[str, bool, bool]:
    """A word's lower-case form, whether it can be at a phrase's edge, and whether it is
    wording on its own (two letters or more)."""
    token = word.lower().replace("’", "'")
    kept = token not in stops and wording(token.removesuffix("'s"))
    found = forms[word] = (token, kept, kept and len(token) > 1)
    return found


# How each article names a topic: the phrases of its sentences on the topic that hold a word
# close in meaning to the topic's label or query ("Russia's unprovoked war in Ukraine" and
# "the global reverberations of the Ukraine crisis" for "Ukraine war"; "Indian S-400
# acquisition programme", "Russia's S-400 missile system", "S-400 air defence" for "S-400").
NAME_CLOSENESS = 0.45  # the cosine, in meaning vectors, of the phrase's closest word
NAMES_PER_ARTICLE = 3
NAME_WORDS = 6  # a longer phrase is a clause, not a name
NAMES_UP_TO = 25  # articles on a topic: past this it is a pile, not a story, and no names
_NAME_SENTENCES = 12  # an article's sentences on a topic read for its names, at most
# Words that join two phrases into one name ("war against Ukraine", "sanctions under CAATSA").
_JOINS = frozenset(
    [
        *("of", "in", "against", "on", "over", "under", "for", "with", "from", "between"),
        *("about", "into", "toward", "towards", "regarding", "concerning", "amid"),
    ]
)
# Words that end a phrase where a name might seem to go on ("sanctions following talks").
_ENDS = frozenset(
    [
        *("following", "including", "during", "amidst"),
        *("inside", "outside", "within", "near"),
    ]
)
# Words that open what follows a verb ("the government understands that ...").
_OBJECT_OPENS = frozenset(
    [
        *("the", "a", "an", "it", "its", "his", "her", "their", "this", "these"),
        *("those", "he", "she", "they", "we", "there"),
    ]
)
_NOT = frozenset(["not", "never", "without", "nor", "deny", "denies", "denied", "cannot"])
_NOT_BEFORE = 6  # words before a phrase read for a negation of it
_NOT_AFTER = 3  # and after it
_MODALS = frozenset(["could", "would", "may", "might", "will", "shall", "can", "should", "must"])
# Heads that name a part or a quantity of something, not the thing: "lot of dead".
_PARTS = frozenset(
    [
        *("lot", "lots", "plenty", "number", "numbers", "part", "parts", "piece", "pieces"),
        *("kind", "kinds", "sort", "type", "types", "majority", "minority", "rest", "half"),
        *("dozens", "hundreds", "thousands", "millions", "members", "member", "couple"),
        *("pair", "set", "amount", "amounts", "bulk", "range", "variety", "series", "share"),
    ]
)
_DETERMINERS = frozenset(["the", "a", "an", "its", "their", "his", "her", "our", "this", "these"])


def topic_names(
    articles: Sequence[Article],
    topic: Topic,
    language: str,
    alike: Callable[[list[str], list[str]], Sequence[Sequence[float]]],
    speaker: Callable[[str, int, str], str | None] = lambda article, index, phrase: None,
) -> tuple[Names, ...]:
    """Each article's phrases naming a topic, with how close in meaning they come to it.

    A phrase is a run of content words (no stop word, date, figure, reporting word or
    person's name; a leading past participle only after "the" or a possessive, "the US'
    threatened sanctions", not "Blinken answered CAATSA ..."; no verb after "to"), or two
    such runs joined by a preposition ("Russia's war against Ukraine"), at most NAME_WORDS
    words; not one whose head is a part or a quantity ("lot of dead", "members of the Royal
    Navy"), nor one its clause denies (_denied: "It is simply not true that they went into
    Iranian territorial waters"; after "no", the "no" is shown: "no tsunami warning").
    ``alike(words, targets)`` gives the cosine in meaning of each lower-case word with each
    target. A phrase names a topic found in the articles when it holds a word close
    (NAME_CLOSENESS) to its label's head and to each name in the label ("Iranian
    government" and "British public" do not name "British government", "Kings Cross
    station" not "Luton station"; "Iraqi waters" names "territorial waters"). A query is the
    user's words, which the articles say in their own: a phrase names it when one of its
    words is close to the query as a whole ("Ukraine crisis" for "Ukraine war"), and only a
    query that reads as a name is named, not a question or a clause ("how much did
    countries pledge" would be named by "countries in Asia"). Phrases whose words are all
    the label's or the query's own say nothing of how an article frames it and are left out,
    as is a phrase whose words another chosen one holds. A phrase inside a quotation is
    marked quoted, with ``speaker(article, sentence index, phrase)``. Articles are listed
    only when two or more name the topic (copies, not in ``articles``, do not count), not
    at all past NAMES_UP_TO articles, and for English only."""
    ids = {a.id for a in articles}  # copies left out: a wire story and its copy are one source
    grouped = {a: refs for a, refs in topic.by_articles().items() if a in ids}
    if (
        language != "english"  # its word lists are English (French "Ukraine lundi" otherwise)
        or not 2 <= len(grouped) <= NAMES_UP_TO
        or not _a_name(topic.query or topic.label)
    ):
        return ()
    label = words(topic.label)
    if topic.query is None and len(label) > 1 and all(w[:1].isupper() for w in label):
        return ()  # a person's or a place's name ("Cadel Evans"): no phrase names it
    stops = stop_words(language)
    own = _singular(_lowered(w) for w in words(f"{topic.label} {topic.query or ''}"))
    # People named anywhere in the articles ("President Vladimir Putin spoke" in one
    # sentence makes "Putin's war in Ukraine" in another no name of the topic).
    texts = [s.text for a in articles if a.id in grouped for s in a.sentences]
    names = {n for found in _people(texts) for n in found}
    found: dict[str, list[tuple[str, frozenset[str], tuple[int, int, int], bool]]] = {}
    for article in articles:
        refs = grouped.get(article.id, ())[:_NAME_SENTENCES]
        found[article.id] = []
        for r in refs:
            quotes = [(m.start(), m.end()) for m in quotation_matches(r.text)]
            found[article.id] += [
                (text, ws, (r.index, *span), any(a < span[0] < b for a, b in quotes))
                for text, ws, span in _phrases(r.text, stops, names)
            ]
    every = sorted({w for ps in found.values() for _, ws, _, _ in ps for w in ws})
    if topic.query is None:
        written = list(dict.fromkeys(words(topic.label)))
        targets = [_lowered(w) for w in written]
        # A label's head and its names must each be named: "British government" is not
        # "Iranian government" nor "British public", "Luton station" not "Kings Cross
        # station"; "Iraqi waters" names "territorial waters".
        needed = sorted({n for n, w in enumerate(written) if w[:1].isupper()} | {len(written) - 1})
    else:
        # The query as a whole, and each name in it that is not the story's: "sweeping
        # sanctions" (the West's, on Moscow) does not name "CAATSA sanctions", nor "the wars
        # in Europe and the Middle East" "Ukraine war"; "Ukrainian" names Ukraine.
        every_text = [s.text for a in articles for s in a.sentences]
        named = _query_names(topic.query, every_text)
        targets = [topic.query.lower(), *(_lowered(n) for n in named)]
        needed = list(range(len(targets)))
    close = dict(zip(every, alike(every, targets), strict=True)) if every else {}
    out = []
    for article in articles:
        # The closest first (to its least close label word), then the shortest ("the Ukraine
        # crisis" before "the global reverberations of the Ukraine crisis", which holds it),
        # then one opening in lower case ("bloody war in Ukraine" before "Ukraine continues").
        scored = sorted(
            (
                -min(max(close[w][t] for w in ws) for t in needed),
                len(ws),
                not text[:1].islower(),
                text,
                ws,
                span,
                quoted,
            )
            for text, ws, span, quoted in found[article.id]
            if not _singular(ws) <= own
        )
        chosen: list[tuple[Naming, frozenset[str], tuple[int, int, int]]] = []
        for score, _, _, text, ws, span, quoted in scored:
            if -score < NAME_CLOSENESS or len(chosen) == NAMES_PER_ARTICLE:
                break
            if any(_singular(ws) <= other or _overlap(span, at) for _, other, at in chosen):
                continue
            said = speaker(article.id, span[0], text) if quoted else None
            chosen.append((Naming(text, round(-score, 3), quoted, said), _singular(ws), span))
        if chosen:
            out.append(Names(article.id, tuple(n for n, _, _ in chosen)))
    return tuple(out) if len(out) >= 2 else ()


# A query that asks, or says what happened, is no name: "how much did countries pledge",
# "tsunami warnings issued or ruled out".
_ASKING = frozenset(
    [
        *("who", "what", "when", "where", "why", "how", "which", "whether", "was", "were"),
        *("is", "are", "did", "does", "do", "has", "have", "had", "will", "would", "can"),
    ]
)
_NAME_MOST_WORDS = 4


def _a_name(text: str) -> bool:
    """Whether a label or query reads as a name ("CAATSA sanctions", "CCTV footage of the
    bombers", "frozen assets"), not a question or a clause: no question word, and no past
    form but a first word's ("tsunami warnings issued or ruled out")."""
    found = words(text)
    return len(found) <= _NAME_MOST_WORDS and not any(
        w.lower() in _ASKING or (n and is_past_form(w)) for n, w in enumerate(found)
    )


def _query_names(query: str, texts: list[str]) -> list[str]:
    """The names a query holds ("CAATSA", "Ukraine", "S-400": in capitals or with a figure,
    capitalised past its first word, or capitalised by ``texts`` most times they write it)
    that are not the story's: fewer than topics.STORY_NAME of ``texts`` hold them ("Haiti"
    of "funding promised for Haiti", in reports of Haiti's earthquake, is)."""
    from .topics import STORY_NAME

    out = []
    for n, word in enumerate(words(query)):
        pattern = re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])", re.IGNORECASE)
        written = [m.group() for t in texts for m in pattern.finditer(t)]
        named = (
            any(c.isupper() or c.isdigit() for c in word[1:])
            or (n > 0 and word[:1].isupper())
            or sum(w[:1].isupper() for w in written) > len(written) / 2
        )
        if named and sum(bool(pattern.search(t)) for t in texts) < STORY_NAME * len(texts):
            out.append(word)
    return out


def _lowered(word: str) -> str:
    """A word as phrases, labels and queries are compared: lower case, without a possessive."""
    return word.lower().replace("’", "'").removesuffix("'s")


def _singular(found: Iterable[str]) -> frozenset[str]:
    """Words without a plural's -s, to tell whether one phrase holds another's words ("rescue
    efforts" holds nothing "rescue effort" does not)."""
    return frozenset(w.removesuffix("s") for w in found)


def _denied(text: str, spans: list[tuple[str, int, int]], start: int, end: int) -> bool:
    """Whether the clause around a phrase denies it: a negation among the NOT_BEFORE words
    before it ("did not include an occupation of Ukrainian territories", "It is simply not
    true that they went into Iranian territorial waters") or the NOT_AFTER after it ("the
    threat of sanctions was not an issue"), within its clause (no comma, semicolon or colon
    between). Read alone, such a phrase says the opposite of its sentence."""

    def negation(k: int) -> bool:
        word = spans[k][0].lower().replace("’", "'")
        return word in _NOT or word.endswith("n't")

    def same_clause(k: int, m: int) -> bool:
        return not any(c in ",;:" for c in text[spans[k][2] : spans[m][1]])

    first = max(0, start - _NOT_BEFORE)
    if any(negation(k) and same_clause(k, start) for k in range(first, start)):
        return True
    last = min(len(spans), end + _NOT_AFTER)
    return any(negation(k) and same_clause(end - 1, k) for k in range(end, last))


def _a_verb(spans: list[tuple[str, int, int]], k: int) -> bool:
    """Whether word k, inside a run, is its verb: a past form after a plural in lower case
    ("Investigators documented Russian war crimes"), where one after a name or a possessive
    is an adjective ("CAATSA related questions", "Russia's unprovoked war")."""
    prior = spans[k - 1][0]
    return (
        is_past_form(spans[k][0])
        and (prior[:1].islower() or k == 1)  # (a sentence's first word is capitalised)
        and prior.endswith("s")
        and not prior.endswith(("ss", "'s", "’s"))
    )


def _a_figure(spans: list[tuple[str, int, int]], k: int) -> bool:
    """Whether word k is a figure of what follows ("8.8 magnitude", "15 British citizens"),
    not a day's ("January 12 Haiti earthquake")."""
    return spans[k][0][:1].isdigit() and not (k and spans[k - 1][0].lower() in MONTHS)


def _overlap(a: tuple[int, int, int], b: tuple[int, int, int]) -> bool:
    """Whether two phrases (sentence, start, end) share words of one sentence."""
    return a[0] == b[0] and a[1] < b[2] and b[1] < a[2]


def _people(texts: list[str]) -> list[frozenset[str]]:
    from .claims import people

    return people(texts)


def _phrases(
    text: str, stops: frozenset[str], names: set[str]
) -> list[tuple[str, frozenset[str], tuple[int, int]]]:
    """The candidate names in a sentence (topic_names): each as written, with its content
    words in lower case and where it starts and ends."""
    spans = word_spans(text)
    forms: dict[str, tuple[str, bool, bool]] = {}
    content = [
        w[:1].isalpha()  # not "3h", "10km": a figure's
        and _form(w, stops, forms)[1]
        and w.lower() not in _ENDS
        and not (w.lower() == "due" and n + 1 < len(spans) and spans[n + 1][0].lower() == "to")
        for n, (w, _, _) in enumerate(spans)
    ]
    # Two words are in one run only with nothing but spaces between them.
    spaced = [n > 0 and not text[spans[n - 1][2] : spans[n][1]].strip() for n in range(len(spans))]
    runs = []
    n = 0
    while n < len(spans):
        if not content[n]:
            n += 1
            continue
        end = n + 1
        while end < len(spans) and content[end] and spaced[end] and not _a_verb(spans, end):
            end += 1
        runs.append(_trimmed(spans, n, end, spaced, names))
        n = end
    runs = [(a, b) for a, b in runs if a < b]
    # Each candidate as (start, end, its head: the last word of its first run).
    joined = [
        (a1, b2, b1 - 1)
        for (a1, b1), (a2, b2) in itertools.pairwise(runs)
        if 1 <= a2 - b1 <= 2
        and spans[a2][0].lower() != "order"  # "in order to"
        and all(spaced[k] for k in range(b1, a2 + 1))
        and spans[b1][0].lower() in _JOINS
        and all(spans[k][0].lower() in _DETERMINERS for k in range(b1 + 1, a2))
    ]
    out = []
    for a, b, head in [*((a, b, b - 1) for a, b in runs), *joined]:
        before = spans[a - 1][0].lower() if a and spaced[a] else ""
        if _denied(text, spans, a, b) or spans[head][0].lower() in _PARTS:
            continue
        # A figure is the phrase's ("8.8 magnitude earthquake"), and so is a "no".
        if a and spaced[a] and (before == "no" or _a_figure(spans, a - 1)):
            a -= 1
            # ... the whole figure: "5,000m record", not "000m record" (a blind reader's
            # Birmingham brief, session 56)
            while (
                a
                and spans[a - 1][0].isdigit()
                and text[spans[a - 1][2] : spans[a][1]] in (",", ".")
            ):
                a -= 1
        if (
            sum(content[a:b]) < 2
            or b - a > NAME_WORDS
            or not any(
                content[k] and spans[k][0][:1].islower() and spans[k][0] not in NAME_PARTICLES
                for k in range(a, b)
            )
        ):
            continue  # a clause, or a name alone ("Ukraine", "S-400", "Royal Marine Base")
        kept = frozenset(_lowered(spans[k][0]) for k in range(a, b) if content[k])
        out.append((text[spans[a][1] : spans[b - 1][2]], kept, (spans[a][1], spans[b - 1][2])))
    return out


def _trimmed(
    spans: list[tuple[str, int, int]], start: int, end: int, spaced: list[bool], names: set[str]
) -> tuple[int, int]:
    """A run of content words without what is no part of a name at its edges: a verb (a
    past form not after "the" or a possessive, a word after "to") or a person's name, and
    nothing when a person's name is inside it."""

    def person(k: int) -> bool:
        return spans[k][0].removesuffix("'s").removesuffix("’s") in names

    # The word before the run, past one adverb ("to gradually introduce"), in one clause.
    before = start - 1
    if before > 0 and spaced[start] and spaced[before] and spans[before][0].endswith("ly"):
        before -= 1
    word_before = spans[before][0] if before >= 0 and spaced[start] else ""
    if (
        (word_before in _MODALS or word_before.lower() == "to")
        and end - start > 1
        and spans[start][0][:1].islower()
    ):
        start += 1  # a verb: "to demonstrate unity", "could face charges"; not "aid to Ukraine"
    word_before = word_before.lower()
    while start < end and (
        person(start)
        or (
            is_past_form(spans[start][0])
            and word_before not in _DETERMINERS
            and not word_before.endswith(("'s", "’s", "s'", "s’"))
        )
    ):
        start += 1
        word_before = ""
    while end > start and (person(end - 1) or is_past_form(spans[end - 1][0])):
        end -= 1
    # A name goes on after the run: what comes before it is a title ("Indian counterpart
    # Rajnath Singh", "climate change chief Yvo de Boer", "Global warming campaigner Al
    # Gore"), no name of a topic.
    after = end
    while after < len(spans) and spaced[after] and spans[after][0] in NAME_PARTICLES:
        after += 1
    if after < len(spans) and spaced[after] and spans[after][0][:1].isupper():
        return start, start
    # A verb after its subject, before its object: "the Royal Navy insists the crew were".
    if (
        end < len(spans)
        and end - start > 1
        and spaced[end]
        and spans[end - 1][0].endswith("s")
        and not spans[end - 1][0].endswith(("ss", "'s", "’s"))
        and spans[end][0].lower() in _OBJECT_OPENS
    ):
        end -= 1
    if any(person(k) for k in range(start, end)):
        return start, start
    # "Ukraine war critic Alexei Navalny": two capitalised words after a lower-case one end
    # the run on a person's name, whoever the texts show as a person.
    if (
        end - start >= 3
        and spans[end - 1][0][:1].isupper()
        and spans[end - 2][0][:1].isupper()
        and spans[end - 3][0][:1].islower()
    ):
        return start, start
    return start, end
