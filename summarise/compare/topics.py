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
from typing import TYPE_CHECKING

import numpy as np
from scipy import sparse

from ..models import Article, Distinctive, SentenceRef, Topic
from ..nlp import content_terms, content_tokens, stop_words
from ..tfidf import l2_normalise
from .align import sentence_ref
from .vectors import SentenceSpace

if TYPE_CHECKING:
    from .semantic import StaticEmbedder

__all__ = ["discover_topics", "distinctive_terms", "query_topic", "word_background"]

TOPIC_THRESHOLD = 0.3  # coverage of the query's weight plus relatedness to its expansion
NEIGHBOUR_THRESHOLD = 0.1
CORE_COVERAGE = 0.5  # a sentence holding half the query's weight is about the query
_EXPANSION_TERMS = 8
# Meaning (static embeddings): a sentence at least this close to the query, and at least this
# share of the closest sentence's closeness, is about it (set on the sample gold and the
# MultiLing dev set, benchmarks/alignment_eval.py).
MEANING_FLOOR = 0.3
MEANING_SHARE = 0.6
MEANING_GATE = 0.3  # a word match must reach this share of the closest row's closeness


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
    core = coverage >= CORE_COVERAGE
    keep = set(np.flatnonzero(scores >= TOPIC_THRESHOLD).tolist())
    for row in np.flatnonzero(core).tolist():
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
    embedder: StaticEmbedder | None = None,
) -> Topic:
    """The sentences of each article about ``query``."""
    terms = content_terms(query, language)
    scores, coverage, columns, added = topic_scores(space, terms)
    rows = _hits(space, articles, scores, coverage, language) if columns else []
    if embedder is not None:
        similarity = _query_similarity(articles, query, embedder)
        if len(similarity):
            top = float(similarity.max())
            # A row found through the corpus's expansion of the query, not through most of
            # the query's own words, must also be near it in meaning ("Haiti" alone is not
            # "funding promised for Haiti"); meaning alone finds paraphrases.
            gate = MEANING_GATE * top
            expansion_only = set(
                np.flatnonzero((scores >= TOPIC_THRESHOLD) & (coverage < CORE_COVERAGE)).tolist()
            )
            rows = [r for r in rows if r not in expansion_only or similarity[r] >= gate]
            close = np.flatnonzero(similarity >= max(MEANING_FLOOR, MEANING_SHARE * top))
            rows = sorted(set(rows) | set(close.tolist()))
    inverse = _inverse(space)
    forms = _surface_forms(articles, language, space.variants)
    shown = [forms.get(inverse[c], inverse[c]) for c in columns + added if " " not in inverse[c]]
    return Topic(
        label=label or query,
        query=query if user_query else None,
        terms=tuple(dict.fromkeys(shown)),
        sentences=tuple(_ref(articles, space, r) for r in rows),
    )


def _query_similarity(
    articles: Sequence[Article], query: str, embedder: StaticEmbedder
) -> np.ndarray:
    """Each row's closeness in meaning to the query (cosine of static embeddings)."""
    meaning = embedder.embed([s.text for a in articles for s in a.sentences])
    return meaning @ embedder.embed([query])[0]


def discover_topics(
    articles: Sequence[Article], space: SentenceSpace, language: str, max_topics: int
) -> list[Topic]:
    """Topics found by non-negative matrix factorisation of the sentence TF-IDF matrix.

    NMF (scikit-learn, NNDSVD start, so the same input gives the same topics) splits the
    sentences x terms matrix into ``max_topics`` parts, each a weighted set of terms. A
    sentence belongs to the part that explains it best, when that part's weight for it is
    at least 30% of the part's strongest sentence. The matrix is weighted plainly here
    (names not boosted as they are for alignment), so topics say what happened rather than
    who was there. Topics that fewer than two articles take part in are dropped; the rest
    come most widely covered first, labelled with their top terms.
    """
    if len(articles) < 2 or space.matrix.shape[0] < 2:
        return []
    import warnings

    from sklearn.decomposition import NMF
    from sklearn.exceptions import ConvergenceWarning

    matrix = l2_normalise(space.matrix @ sparse.diags(1.0 / space.weight))
    k = min(max_topics, matrix.shape[0] - 1, matrix.shape[1])
    if k < 1 or matrix.nnz == 0:
        return []
    model = NMF(n_components=k, init="nndsvd", max_iter=500, random_state=0)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        weights = model.fit_transform(matrix)
    components = model.components_
    best = np.argmax(weights, axis=1)
    forms = _surface_forms(articles, language, space.variants)
    inverse = _inverse(space)
    found = []
    for t in range(k):
        column = weights[:, t]
        if column.max() <= 0:
            continue
        rows = np.flatnonzero((best == t) & (column >= 0.3 * column.max()))
        if len(set(space.owner[rows].tolist())) < 2:
            continue
        terms = _component_terms(components[t], inverse, space, forms, rows)
        if not terms:
            continue
        refs = tuple(_ref(articles, space, int(r)) for r in rows)
        found.append((len(set(space.owner[rows].tolist())), len(rows), t, terms, refs))
    found.sort(key=lambda f: (-f[0], -f[1], f[2]))
    corpus = [s.text for a in articles for s in a.sentences]
    labels = label_topics(
        [([r.text for r in refs], terms) for *_, terms, refs in found], corpus, language
    )
    return [
        Topic(label or ", ".join(terms[:3]), None, tuple(terms), refs)
        for label, (*_, terms, refs) in zip(labels, found, strict=True)
    ]


def _component_terms(
    weights: np.ndarray,
    inverse: dict[int, str],
    space: SentenceSpace,
    forms: dict[str, str],
    rows: np.ndarray,
) -> list[str]:
    """A topic's characteristic terms as written: its NMF weight times the share of the
    term's sentences that are the topic's (so "CAATSA", used only here, comes before
    "India", used everywhere), names counting double as they do for alignment ("Ukraine"
    says more than "concern"), words used once in the topic half; no parts of names, no
    part of a term already shown
    ("climate-change", not also "climate"), no one- or two-letter scraps."""
    members = [int(r) for r in rows]
    present = space.matrix[members].copy()
    present.data[:] = 1.0
    recurring = np.where(np.asarray(present.sum(axis=0)).ravel() >= 2, 1.0, 0.5)
    weights = weights * _concentration(space, members) * space.weight * recurring
    top = [int(c) for c in np.argsort(-weights, kind="stable")[:40] if weights[c] > 0]
    compounds = [inverse[c] for c in top if "-" in inverse[c]]
    chosen: list[str] = []
    for col in top:
        feature = inverse[col]
        # A part of a hyphenated term ("pacif" of "indo-pacif") stands for the whole.
        feature = next((c for c in compounds if feature in c.split("-")), feature)
        if feature in space.name_parts or len(feature) < 3 or feature in chosen:
            continue
        parts = feature.split("-")
        if any(feature in c.split("-") for c in chosen) or any(p in chosen for p in parts):
            continue
        chosen = [c for c in chosen if c not in parts]
        chosen.append(feature)
        if len(chosen) == 8:
            break
    return [forms.get(t, t) for t in chosen]


def word_background(articles: Sequence[Article], language: str) -> Counter[str]:
    """Counts of words and two-word phrases over all the articles' sentences: the prior."""
    stops = stop_words(language)
    background: Counter[str] = Counter()
    for article in articles:
        for sentence in article.sentences:
            background.update(_grams(sentence.text, stops))
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
    for ref in topic.sentences:
        per[ref.article].update(_grams(ref.text, stops))
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


def _grams(text: str, stops: frozenset[str]) -> list[str]:
    from ..nlp import words

    tokens = [w.lower().replace("’", "'") for w in words(text)]
    grams = [t for t in tokens if t not in stops and len(t) > 1]
    grams += [
        f"{a} {b}" for a, b in itertools.pairwise(tokens) if a not in stops and b not in stops
    ]
    return grams


def _ref(articles: Sequence[Article], space: SentenceSpace, row: int) -> SentenceRef:
    return sentence_ref(articles, int(space.owner[row]), int(space.local[row]))


# Words that make poor labels: dates, reporting and linking words, editing notes.
_NOT_IN_LABELS = frozenset(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "today",
        "yesterday",
        "tomorrow",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "week",
        "weeks",
        "month",
        "months",
        "year",
        "years",
        "said",
        "says",
        "told",
        "added",
        "stated",
        "asked",
        "noted",
        "according",
        "reported",
        "reports",
        "reuters",
        "ap",
        "afp",
        "also",
        "however",
        "meanwhile",
        "last",
        "next",
        "first",
        "second",
        "third",
        "new",
        "mr",
        "mrs",
        "ms",
        "dr",
        "percent",
        "per",
        "cent",
        "photo",
        "video",
        "image",
        "caption",
        "update",
        "updated",
        "editing",
        "read",
        "comment",
        "comments",
        "share",
        "click",
        "including",
        "well",
        "would",
        "could",
        "should",
        "will",
        "may",
        "might",
        "must",
        "one",
        "two",
        "three",
        "talks",
        "meeting",
        "meetings",
        "statement",
        "minister",
        "ministers",
        "official",
        "officials",
        "secretary",
        "people",
        "hope",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "fifteen",
        "twenty",
        "hundred",
        "thousand",
        "dozens",
        "hundreds",
        "thousands",
        "millions",
        "run",
    ]
)


def _phrases(text: str, stops: frozenset[str]) -> set[tuple[str, ...]]:
    """The one- to three-word runs of usable words in a text, as written."""
    from ..nlp import words

    found: set[tuple[str, ...]] = set()
    run: list[str] = []
    for word in [*words(text), "."]:
        key = word.lower().replace("’", "'").removesuffix("'s")
        usable = (
            key not in stops
            and len(key) > 1
            and not key.isdigit()
            and not key.endswith("ly")
            and any(c.isalpha() for c in key)
        )
        if usable:
            run.append(word.removesuffix("’s").removesuffix("'s"))
            continue
        for size in (1, 2, 3):
            for k in range(len(run) - size + 1):
                found.add(tuple(run[k : k + size]))
        run = []
    return found


def label_topics(
    topics: Sequence[tuple[Sequence[str], Sequence[str]]], corpus: Sequence[str], language: str
) -> list[str | None]:
    """A short noun phrase a person would write for each topic ("CAATSA sanctions", "S-400
    purchase"), given as (its sentences, its characteristic terms best first): the one- to
    three-word run of content words the topic's sentences use most, relative to the whole
    corpus, two-word phrases preferred; never a date, a weekday or a reporting word; a
    phrase holding the characteristic terms counts more, a name less (names say who, a label
    says what). None for a topic in which nothing recurs. The corpus is read once."""
    stops = stop_words(language) | _NOT_IN_LABELS
    inside: list[Counter[tuple[str, ...]]] = []
    forms: dict[tuple[str, ...], Counter[tuple[str, ...]]] = {}
    for texts, _ in topics:
        counts: Counter[tuple[str, ...]] = Counter()
        for text in texts:
            for phrase in _phrases(text, stops):
                key = tuple(w.lower() for w in phrase)
                counts[key] += 1
                forms.setdefault(key, Counter())[phrase] += 1
        inside.append(Counter({k: n for k, n in counts.items() if n >= 2}))
    wanted = set().union(*(c.keys() for c in inside)) if inside else set()
    everywhere: Counter[tuple[str, ...]] = Counter()
    if wanted:
        for text in corpus:
            everywhere.update({tuple(w.lower() for w in p) for p in _phrases(text, stops)} & wanted)
    labels: list[str | None] = []
    for counts, (_, terms) in zip(inside, topics, strict=True):
        rank = {t.lower(): n for n, t in enumerate(terms)}

        def score(
            key: tuple[str, ...],
            counts: Counter[tuple[str, ...]] = counts,
            rank: dict[str, int] = rank,
        ) -> float:
            concentration = counts[key] / max(everywhere[key], counts[key])
            shape = {1: 1.0, 2: 2.5, 3: 2.0}[len(key)]
            verb = 0.5 if key[-1].endswith(("ed", "ing")) else 1.0
            written = forms[key].most_common(1)[0][0]
            name = all(
                w[:1].isupper() and not w.isupper() and not any(c.isdigit() for c in w)
                for w in written
            )
            characteristic = 1.0 + sum(1.0 / (1 + rank.get(w, 99)) for w in key)
            return (
                counts[key] * concentration * shape * verb * (0.2 if name else 1.0) * characteristic
            )

        if not counts:
            labels.append(None)
            continue
        best = max(sorted(counts), key=score)
        labels.append(" ".join(forms[best].most_common(1)[0][0]))
    return labels
