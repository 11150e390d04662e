"""Topics: the sentences about a query, or topics discovered from the corpus itself.

A query is expanded from the corpus (pseudo-relevance feedback, Rocchio): the sentences that
match the query's own words best lend it their most weighted terms, so that a sentence about
"US sanctions" over the S-400 is found for "CAATSA sanctions" without the word CAATSA.
A sentence is kept when its score reaches the topic threshold, or a lower one when the
sentence next to it in the same paragraph is kept (hysteresis: a point often spans two
sentences, the second saying "He stressed..." instead of the name).
"""

from __future__ import annotations

import itertools
import math
from collections import Counter
from collections.abc import Sequence

import numpy as np
from scipy import sparse

from ..models import Article, Distinctive, SentenceRef, Topic
from ..nlp import content_terms, content_tokens, stop_words
from .vectors import SentenceSpace

__all__ = ["discover_topics", "distinctive_terms", "query_topic"]

TOPIC_THRESHOLD = 0.3  # coverage of the query's weight plus relatedness to its expansion
NEIGHBOUR_THRESHOLD = 0.1
CORE_COVERAGE = 0.5  # a sentence holding half the query's weight is about the query
_EXPANSION_TERMS = 8


def _surface_forms(
    articles: Sequence[Article], language: str, variants: dict[str, str]
) -> dict[str, str]:
    """The most frequent written form of each term, for labels."""
    counts: dict[str, Counter[str]] = {}
    for article in articles:
        for sentence in article.sentences:
            for term, word in content_tokens(sentence.text, language):
                counts.setdefault(variants.get(term, term), Counter())[word.rstrip("’'")] += 1
    out = {}
    for term, forms in counts.items():
        word, _ = max(forms.items(), key=lambda kv: (kv[1], kv[0].islower(), kv[0]))
        capitalised = sum(n for w, n in forms.items() if w[:1].isupper()) > sum(forms.values()) / 2
        out[term] = word if capitalised or any(c.isdigit() for c in word) else word.lower()
    return out


def _coverage(space: SentenceSpace, columns: list[int]) -> np.ndarray:
    """Share of the query's idf-weighted terms each sentence contains, in [0, 1]."""
    if not columns:
        return np.zeros(space.matrix.shape[0])
    weights = space.idf[columns] * space.weight[columns]
    present = (space.matrix[:, columns] > 0).astype(np.float64)
    return np.asarray(present @ weights).ravel() / weights.sum()


def _concentration(space: SentenceSpace, rows: list[int]) -> np.ndarray:
    """For each term, the share of the sentences using it that are among ``rows``."""
    present = space.matrix.copy()
    present.data[:] = 1.0
    df_all = np.asarray(present.sum(axis=0)).ravel()
    df_rows = np.asarray(present[rows].sum(axis=0)).ravel()
    return np.divide(df_rows, df_all, out=np.zeros_like(df_all), where=df_all > 0)


def _expansion(
    space: SentenceSpace, rows: list[int], exclude: list[int]
) -> tuple[sparse.csr_matrix, list[int]]:
    """Rocchio: the strongest terms of the sentences that match the query, as a unit vector.

    Only terms concentrated there are taken: at least half of the sentences using a term
    must be query matches. A name the whole corpus repeats (the people at a meeting) is
    everywhere, so it says nothing about the query.
    """
    if not rows:
        return sparse.csr_matrix((1, space.matrix.shape[1])), []
    concentration = _concentration(space, rows)
    centroid = np.asarray(space.matrix[rows].mean(axis=0)).ravel()
    centroid[exclude] = 0.0
    centroid[concentration < 0.5] = 0.0
    keep = np.argsort(-centroid, kind="stable")[:_EXPANSION_TERMS]
    keep = keep[centroid[keep] > 0]
    vector = np.zeros(len(centroid))
    vector[keep] = centroid[keep]
    vector /= np.linalg.norm(vector) or 1.0
    return sparse.csr_matrix(vector), [int(k) for k in keep]


def topic_scores(
    space: SentenceSpace, terms: Sequence[str]
) -> tuple[np.ndarray, np.ndarray, list[int], list[int]]:
    """(score, coverage, query columns, expansion columns) for a query's terms."""
    vector = space.vectorize(list(terms))
    columns = [int(c) for c in vector.indices if " " not in _inverse(space)[int(c)]]
    coverage = _coverage(space, columns)
    core = np.flatnonzero(coverage >= CORE_COVERAGE).tolist()
    if not core and coverage.max(initial=0) > 0:
        core = np.argsort(-coverage, kind="stable")[:3].tolist()
        core = [r for r in core if coverage[r] > 0]
    expansion, added = _expansion(space, core, columns)
    related = np.asarray((space.matrix @ expansion.T).todense()).ravel()
    return coverage + related, coverage, columns, added


def _inverse(space: SentenceSpace) -> dict[int, str]:
    return {col: feature for feature, col in space.vocabulary.items()}


# Sentence openings that refer back to the sentence before ("He stressed that...").
_ANAPHORS = {
    "english": frozenset(
        [
            "he",
            "she",
            "they",
            "it",
            "this",
            "that",
            "these",
            "those",
            "his",
            "her",
            "their",
            "its",
            "such",
            "there",
        ]
    ),
}
# A sentence opening with one of these continues what a person said or did just before.
_PERSONAL = {"english": frozenset({"he", "she"})}


def _refers_back(text: str, language: str, table: dict[str, frozenset[str]] = _ANAPHORS) -> bool:
    first = text.lstrip("\"“‘'( ").split(" ", 1)[0].lower().strip(",;:")
    return first in table.get(language, frozenset())


def _hits(
    space: SentenceSpace,
    articles: Sequence[Article],
    scores: np.ndarray,
    coverage: np.ndarray,
    language: str,
) -> list[int]:
    """Rows whose score reaches the threshold, plus the sentences that continue a core row.

    A core row (holding most of the query's weight) takes along the next sentence of its
    paragraph when that one is related at all, the next sentence anywhere when it opens
    with a pronoun that points back, and the sentence before when the core row itself
    opens with "He" or "She" (then the person's point started there).
    """
    keep = set(np.flatnonzero(scores >= TOPIC_THRESHOLD).tolist())
    for row in np.flatnonzero(coverage >= CORE_COVERAGE).tolist():
        owner = int(space.owner[row])
        sentences = articles[owner].sentences
        index = int(space.local[row])
        here = sentences[index]
        if index > 0 and _refers_back(here.text, language, _PERSONAL):
            keep.add(space.row(owner, index - 1))
        if index + 1 < len(sentences):
            after = sentences[index + 1]
            r = space.row(owner, index + 1)
            same_paragraph = after.paragraph == here.paragraph
            if (same_paragraph and scores[r] >= NEIGHBOUR_THRESHOLD) or (
                scores[r] > 0 and _refers_back(after.text, language)
            ):
                keep.add(r)
    return sorted(keep)


def query_topic(
    articles: Sequence[Article],
    space: SentenceSpace,
    query: str,
    language: str,
    *,
    label: str | None = None,
    user_query: bool = True,
) -> Topic:
    terms = content_terms(query, language)
    scores, coverage, columns, added = topic_scores(space, terms)
    rows = _hits(space, articles, scores, coverage, language) if columns else []
    inverse = _inverse(space)
    forms = _surface_forms(articles, language, space.variants)
    shown = [forms.get(inverse[c], inverse[c]) for c in columns + added if " " not in inverse[c]]
    return Topic(
        label=label or query,
        query=query if user_query else None,
        terms=tuple(dict.fromkeys(shown)),
        sentences=tuple(_ref(articles, space, r) for r in rows),
    )


def discover_topics(
    articles: Sequence[Article], space: SentenceSpace, language: str, max_topics: int
) -> list[Topic]:
    """Topics seeded by the terms most articles use, each grown like a query.

    A term is a good seed when several articles use it and it is not everywhere: the
    score is (articles using it) x idf. A seed whose sentences mostly repeat an earlier
    topic's is skipped, so that topics differ.
    """
    n_articles = len(articles)
    if n_articles == 0 or space.matrix.shape[0] == 0:
        return []
    present = space.matrix.copy()
    present.data[:] = 1.0
    by_article = (
        sparse.csr_matrix(
            (np.ones(len(space.owner)), (space.owner, np.arange(len(space.owner)))),
            shape=(n_articles, len(space.owner)),
        )
        @ present
    )
    spread = np.asarray((by_article > 0).sum(axis=0)).ravel().astype(float)
    inverse = {col: feature for feature, col in space.vocabulary.items()}
    stops = stop_words(language)
    min_spread = 2 if n_articles > 1 else 1
    # Seeds: terms several articles use but not all of them (those carry the whole story),
    # never parts of people's or places' names.
    most = max(min_spread, math.floor(0.8 * n_articles)) if n_articles > 2 else n_articles
    seed_score = np.where((spread >= min_spread) & (spread <= most), spread * space.idf, 0.0)
    for feature, col in space.vocabulary.items():
        if feature in space.name_parts or " " in feature:
            seed_score[col] = 0.0
    # Terms nearly every sentence uses say nothing about a topic.
    df = np.bincount(present.indices, minlength=present.shape[1])
    seed_score[df > 0.25 * present.shape[0]] = 0.0
    forms = _surface_forms(articles, language, space.variants)
    topics: list[Topic] = []
    covered: list[set[tuple[str, int]]] = []
    used_terms: set[int] = set()
    for col in np.argsort(-seed_score, kind="stable"):
        if len(topics) >= max_topics or seed_score[col] <= 0:
            break
        col = int(col)
        feature = inverse[col]
        if col in used_terms or feature in stops:
            continue
        topic = query_topic(
            articles, space, forms.get(feature, feature), language, user_query=False
        )
        members = {(s.article, s.index) for s in topic.sentences}
        if len({s.article for s in topic.sentences}) < min_spread:
            continue
        if any(len(members & seen) > 0.5 * len(members) for seen in covered):
            used_terms.add(col)
            continue
        label_terms = _label_terms(space, topic, articles, forms)
        used_terms.update(space.vocabulary[t] for t in label_terms if t in space.vocabulary)
        used_terms.add(col)
        covered.append(members)
        label = ", ".join(forms.get(t, t) for t in label_terms[:3])
        topics.append(
            Topic(label, None, tuple(forms.get(t, t) for t in label_terms), topic.sentences)
        )
    return topics


def _label_terms(
    space: SentenceSpace, topic: Topic, articles: Sequence[Article], forms: dict[str, str]
) -> list[str]:
    """The topic's most weighted terms among those it holds at least half the uses of."""
    ids = {a.id: n for n, a in enumerate(articles)}
    rows = [space.row(ids[s.article], s.index) for s in topic.sentences]
    if not rows:
        return []
    concentration = _concentration(space, rows)
    centroid = np.asarray(space.matrix[rows].mean(axis=0)).ravel()
    ranked = np.lexsort((-centroid, (concentration < 0.5).astype(int)))
    inverse = _inverse(space)
    out: list[str] = []
    for col in ranked[:40]:
        feature = inverse[int(col)]
        if centroid[col] <= 0 or " " in feature or feature in space.name_parts:
            continue
        if any(feature in t.split("-") for t in out):  # a part of a hyphenated label term
            continue
        out.append(feature)
        if len(out) == 5:
            break
    return out


def distinctive_terms(
    articles: Sequence[Article], topic: Topic, language: str, per_article: int = 5
) -> tuple[Distinctive, ...]:
    """Each article's distinctive wording on a topic against the other articles.

    Weighted log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi and Quinn
    2008, "Fightin' Words"), the prior being word counts over all the articles' sentences.
    Words and two-word phrases without stop words at their edges.
    """
    stops = stop_words(language)
    background: Counter[str] = Counter()
    for article in articles:
        for sentence in article.sentences:
            background.update(_grams(sentence.text, stops))
    per: dict[str, Counter[str]] = {a.id: Counter() for a in articles}
    for ref in topic.sentences:
        per[ref.article].update(_grams(ref.text, stops))
    total_prior = sum(background.values())
    if total_prior == 0:
        return ()
    alpha0 = min(1000.0, float(total_prior))
    scale = alpha0 / total_prior
    out = []
    for article in articles:
        mine = per[article.id]
        if not mine:
            continue
        rest: Counter[str] = Counter()
        for other_id, counts in per.items():
            if other_id != article.id:
                rest.update(counts)
        n_mine, n_rest = sum(mine.values()), sum(rest.values())
        scored = []
        for word, count in mine.items():
            alpha = background[word] * scale
            other = rest.get(word, 0)
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


def _grams(text: str, stops: frozenset[str]) -> list[str]:
    from ..nlp import words

    tokens = [w.lower().replace("’", "'") for w in words(text)]
    grams = [t for t in tokens if t not in stops and len(t) > 1]
    grams += [
        f"{a} {b}" for a, b in itertools.pairwise(tokens) if a not in stops and b not in stops
    ]
    return grams


def _ref(articles: Sequence[Article], space: SentenceSpace, row: int) -> SentenceRef:
    article = articles[int(space.owner[row])]
    sentence = article.sentences[int(space.local[row])]
    return SentenceRef(article.id, sentence.index, sentence.text)
