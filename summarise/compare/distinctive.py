"""Distinctive wording: the words one article uses for a topic far more than the others
(weighted log-odds with an informative Dirichlet prior, Monroe et al. 2008)."""

from __future__ import annotations

import itertools
import math
from collections import Counter
from collections.abc import Sequence

from ..models import Article, Distinctive, Topic
from ..nlp import stop_words
from .labels import wording

__all__ = ["distinctive_terms", "word_background"]


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
    from ..nlp import words

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
