"""Many stories at once: a pile of articles grouped into stories, each with its key points.

find_stories(articles) -> Stories. No I/O and no formatting here.

The index's key points are found by words, not by the comparator: the comparator's same-point
model (meaning vectors, facts, names for every sentence) cost about 25 ms for each article in a
story, and on a pile where most articles have a story that was most of the run and grew faster
than the pile. Here each sentence is a TF-IDF row over the pile's IDF (the terms read once
for the grouping), and a key point is a sentence that says what sentences of the most other
sources say (cosine at least ``SAME_POINT``): linear in the sentences, a few milliseconds a
story. Each story's brief (``--out-dir``) still runs the whole comparator.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
from scipy import sparse

from ..compare.claims import (
    EVENT_MEASURES,
    MONTHS,
    Facts,
    base_measure,
    facts,
    incompatible,
    month_said,
    number_conflicts,
    one_figure,
    relative_months,
)
from ..compare.copies import COPY_OVERLAP, copy_roots, find_copies
from ..compare.events import (
    STORY_LINK,
    article_terms,
    central_title,
    distinct_articles,
    group_articles,
    group_distinct,
    sublinear,
    text_counts,
    title_vectors,
    weigh,
)
from ..models import Article, Failure, Stories, Story
from ..nlp import points_back, quote_piece
from ..tfidf import idf, l2_normalise

__all__ = ["KEY_POINTS", "SAME_POINT", "STORY_LINK", "find_stories", "group_articles"]

KEY_POINTS = 3  # shared points kept per story for the index
SAME_POINT = 0.35  # TF-IDF cosine at which two sentences of a story make the same point
# ... when they share at least this many terms, and are this alike without the heaviest one
# (_more_than_a_word). Of 48 key points of the BBC and MultiLing index read against their
# closest sentences, 24 of the 27 made by another source pass both, 2 of the 21 not made
# by any other source do (0.35 alone had passed all 48).
SHARED_TERMS = 3
REST_ALIKE = 0.3
SAID_AGAIN = 0.6  # ... and a sentence this alike to a key point says it again: no second one
SAME_WORDS = 0.8  # ... and when it is someone's own view, this alike: the same words quoted
PASSAGE = 3  # sentences in a row two articles print word for word: one source's (_reprinted)
KEY_POINT_ROWS = 1500  # a story's sentences read for its key points, at most (_key_points) ...
_LEAST_ROWS = 10  # ... though each source gives its first ten
_OPINION = re.compile(r"\b(?:I|I'm|I've|I'd|I’m|I’ve|we|We|my|My|our|Our|me|us)\b|!\W*$")
# Words of four letters or more a key point needs ("Some dead, some alive." has 4), two of
# them in lower case (a team sheet is all names).
_CLAIM_WORDS = 5
_LOWER_WORDS = 2
_LONG_WORD = re.compile(r"\b[^\W\d_]{4,}\b")


def find_stories(
    articles: Sequence[Article],
    language: str = "english",
    failures: Sequence[Failure] = (),
    link: float = STORY_LINK,
) -> Stories:
    """Group articles into stories; each story of two or more articles gets the points most
    of its sources share (copies counted once), most widely shared first."""
    text_rows, article_rows = text_counts(article_terms(articles, language))
    counts = sublinear(article_rows)
    # A wire report a feed carries many times is one article for the weights and the
    # grouping (copy_roots): else its words are in so many articles that they count as news,
    # not as its story's (30 copies among 510 articles had made 30 single articles).
    roots = copy_roots([[s.text for s in a.sentences] for a in articles])
    distinct = distinct_articles(roots)
    matrix = weigh(counts, distinct)
    sentences = l2_normalise(sublinear(text_rows) @ sparse.diags(idf(counts[distinct])))
    sizes = [1 + len(a.sentences) for a in articles]
    starts = np.concatenate([[0], np.cumsum(sizes)])
    titles = title_vectors(text_rows, counts, sizes, distinct)
    groups = group_distinct(matrix, titles, roots, link=link)
    width = max(4, len(str(len(groups))))
    stories = []
    for n, members in enumerate(groups, 1):
        chosen = [articles[i] for i in members]
        dates = sorted(a.date[:10] for a in chosen if a.date)
        stories.append(
            Story(
                id=f"story-{n:0{width}d}",
                title=central_title(chosen, matrix[members], titles[members]),
                articles=tuple(a.id for a in chosen),
                titles=tuple(a.title for a in chosen),
                first_date=dates[0] if dates else None,
                last_date=dates[-1] if dates else None,
                key_points=_key_points(
                    # (a copy the pile's sentences show is counted once before the key
                    # points' products: 500 copies of one report had needed 960 MB)
                    articles,
                    [m for m in members if roots[m] == m],
                    sentences,
                    starts,
                    language,
                ),
                dates=tuple(a.date[:10] if a.date else None for a in chosen),
                copies=_copy_count(chosen, members, roots),
            )
        )
    return Stories(tuple(stories), len(articles), tuple(failures))


def _copy_count(chosen: Sequence[Article], members: Sequence[int], roots: np.ndarray) -> int:
    """How many of a story's articles (``chosen``, at ``members`` of the pile) are copies:
    those that print another's sentences (``roots``, copy_roots over the pile) and those its
    brief counts once (find_copies over the story, a near copy of 80% of its wording), each
    set of versions joined and counted once: the index said "7 articles" of the Glazer story,
    whose brief says "7 articles, 1 of them a copy counted once" (session 35). find_copies
    keeps the fuller version, copy_roots the first: a pair they read the other way round is
    one source and one copy, not two copies (six stories of BBC had left the index, all their
    articles counted as copies, in a code review of session 50)."""
    from scipy.cluster.hierarchy import DisjointSet

    if len(chosen) < 2:
        return 0
    at = {m: k for k, m in enumerate(members)}
    versions = DisjointSet(range(len(chosen)))
    elsewhere: set[int] = set()  # copies of an article of another story
    for k, m in enumerate(members):
        root = int(roots[m])
        if root != m and root in at:
            versions.merge(k, at[root])
        elif root != m:
            elsewhere.add(k)
    ids = {a.id: k for k, a in enumerate(chosen)}
    for d in find_copies(chosen):
        versions.merge(ids[d.copy], ids[d.original])
    # a source per set of versions, unless all of it copies another story's article
    sources = len({versions[k] for k in range(len(chosen)) if k not in elsewhere})
    return len(chosen) - max(1, sources)


def _key_points(
    articles: Sequence[Article],
    members: Sequence[int],
    sentences: sparse.csr_matrix,
    starts: np.ndarray,
    language: str,
) -> tuple[str, ...]:
    """Sentences of a story's sources that say what the most other sources say, one per
    point (``members``: the story's positions in ``articles``, in input order; ``sentences``:
    every title's and sentence's TF-IDF row, an article's from ``starts``). A sentence's
    support is the number of other sources with a sentence at least SAME_POINT alike; most
    support first, then the most alike, then the earliest. Copies count once (_copies)."""
    if len(members) < 2:
        return ()
    # Each source's first sentences only, so many that a story's are at most KEY_POINT_ROWS:
    # every two of them are compared (a near-dense product: a story of two 10,000-line
    # articles had needed 12.5 GB). Stories of BBC and MultiLing stay whole (at most 630).
    each = max(_LEAST_ROWS, KEY_POINT_ROWS // len(members))
    texts = [(k, s.text) for k in members for s in articles[k].sentences[:each]]
    rows = np.concatenate(
        [np.arange(starts[k] + 1, min(starts[k + 1], starts[k] + 1 + each)) for k in members]
    )
    vectors = sentences[rows]
    similar = (vectors @ vectors.T).tocsr()
    alike = similar.tocoo()
    owner = np.array([k for k, _ in texts], dtype=np.int64)
    other = owner[alike.row] != owner[alike.col]
    row, col, value = alike.row[other], alike.col[other], alike.data[other]
    sizes = np.bincount(owner[vectors.getnnz(axis=1) > 0], minlength=len(articles))
    copies = _copies(members, owner, row, col, value, sizes)
    if len(members) - len(copies) < 2:
        return ()
    keep = (value >= SAME_POINT) & ~np.isin(owner[row], copies) & ~np.isin(owner[col], copies)
    keep &= ~_reprinted(texts, owner, row, col, value)
    row, col, value = row[keep], col[keep], value[keep]
    keep = _more_than_a_word(vectors, row, col, value)
    # Someone's own view (first person, or an exclamation: a quote, a reader's comment) is
    # said by another source only in its words, quoted again: "If the team don't win I know
    # I will be criticised" (BBC sport/227) is not what another player's "What matters is
    # winning" says.
    opinion = np.array([bool(_OPINION.search(text)) for _, text in texts], dtype=bool)
    keep &= ~opinion[row] | (value >= SAME_WORDS)
    keep &= ~_other_figures(articles, texts, row, col, keep)
    row, col, value = row[keep], col[keep], value[keep]
    if not len(row):
        return ()
    # Each sentence's best match in each other source: support and strength.
    pair = row.astype(np.int64) * len(articles) + owner[col]
    order = np.lexsort((-value, pair))
    first = np.ones(len(order), dtype=bool)
    first[1:] = pair[order][1:] != pair[order][:-1]
    best_row, best_value = row[order][first], value[order][first]
    support = np.bincount(best_row, minlength=len(texts))
    strength = np.bincount(best_row, weights=best_value, minlength=len(texts))
    ranked = sorted(np.flatnonzero(support).tolist(), key=lambda i: (-support[i], -strength[i], i))
    matches = sparse.csr_matrix((value, (row, col)), shape=(len(texts), len(texts)))
    chosen: list[int] = []
    taken: set[int] = set()
    for i in ranked:
        if i in taken or not _says_something(texts[i][1], language):
            continue
        chosen.append(i)
        taken.update(matches.indices[matches.indptr[i] : matches.indptr[i + 1]].tolist())
        # and what says it again in any source, its own and copies too: a review found "UKIP
        # leader Roger Knapman says he is glad to see the back of Mr Kilroy-Silk" and "UKIP's
        # leader, Roger Knapman, has said he is glad..." as two key points of one story.
        again = similar.indices[similar.indptr[i] : similar.indptr[i + 1]]
        near = similar.data[similar.indptr[i] : similar.indptr[i + 1]]
        taken.update(again[near >= SAID_AGAIN].tolist())
        # ... or that gives its figure, alike enough to be the same point: "Magnier and JP
        # McManus, who own 28.9% of the club" and "JP McManus and John Magnier own 29% of
        # United" were two of the Glazer story's three key points (_more_than_a_word had
        # left the pair out: its names weigh most).
        if _PINNED.search(texts[i][1]):
            said = facts(texts[i][1])
            taken.update(
                j
                for j in again[(near >= SAME_POINT) & (near < SAID_AGAIN)].tolist()
                if j not in taken
                and _PINNED.search(texts[j][1])
                and _one_figure(said, facts(texts[j][1]))
            )
        if len(chosen) == KEY_POINTS:
            break
    return tuple(texts[i][1] for i in chosen)


def _one_figure(a: Facts, b: Facts) -> bool:
    """Whether two sentences give one figure of one measure (or of a measure unread): the
    same, or one rounded from the other and within _ROUNDED of it (claims.one_figure: "28.9%"
    / "29%"; not "above $50" / "at $51.15", a round figure near another; nor "$2.80" / "three
    months"; nor a clock time, "crashed at 10:30" / "arrived at 10:30")."""
    mine = [(u, v, w) for u, v, w in a.numbers if base_measure(u) != "time"]
    theirs = [(u, v, w) for u, v, w in b.numbers if base_measure(u) != "time"]
    mine += [("", v, w) for v, w in a.loose]
    theirs += [("", v, w) for v, w in b.loose]
    return any(
        one_figure(x, wx, y, wy, _ROUNDED)
        and (not ux or not uy or base_measure(ux) == base_measure(uy))
        for ux, x, wx in mine
        for uy, y, wy in theirs
    )


# How far a figure rounded may be from it: "29%" for "28.9%", "$1.1bn" for "$1.13bn"; not "5%"
# for "4.75%" (two rates, a code review's case), nor "1%" for "1.4%".
_ROUNDED = 0.03


_READINGS = EVENT_MEASURES | {"usd", "gbp", "eur"}  # measures whose other figure is no support
# where facts can tell events apart: a digit or a month ("in January", "last month")
_PINNED = re.compile(rf"\d|\b(?:{'|'.join(MONTHS)}|(?:last|this) month)\b", re.IGNORECASE)


def _other_figures(
    articles: Sequence[Article],
    texts: Sequence[tuple[int, str]],
    row: np.ndarray,
    col: np.ndarray,
    keep: np.ndarray,
) -> np.ndarray:
    """Which kept pairs of alike sentences tell of different events, by the comparator's
    facts (claims.incompatible: different months or days, "146,000 jobs in January" /
    "157,000 new jobs were added last month" in an article on December's figures; stages,
    places; figures too far apart), or give different figures of what an event did or of a
    sum (claims.number_conflicts: "Brent crude fell 32 cents to
    $49.74" is not "Brent crude rose 50 cents to $47.10", two days' readings). Counts of
    other things are left alone: "seven nominations while The Aviator has 11" reads as 7
    nominations beside "The Aviator has 11 Oscar nominations". Such a pair supports no key
    point. Each pair is in both directions; each is decided once, and only where both
    sentences hold a digit or a month."""
    out = np.zeros(len(row), dtype=bool)
    pinned = np.array([bool(_PINNED.search(t)) for _, t in texts], dtype=bool)
    months: dict[int, dict[str, str]] = {}

    def facts_of(n: int) -> Facts:
        k, text = texts[n]
        if k not in months:  # what "last month" names: the article's date, or its lede
            months[k] = relative_months(articles[k])
        return month_said(text, facts(text), months[k])

    decided: dict[tuple[int, int], bool] = {}
    for k in np.flatnonzero(keep & pinned[row] & pinned[col]).tolist():
        pair = (min(row[k], col[k]), max(row[k], col[k]))
        if pair not in decided:
            a, b = facts_of(pair[0]), facts_of(pair[1])
            decided[pair] = incompatible(a, b) or any(
                base_measure(m) in _READINGS for m, _, _ in number_conflicts(a, b)
            )
        out[k] = decided[pair]
    return out


def _more_than_a_word(
    vectors: sparse.csr_matrix, row: np.ndarray, col: np.ndarray, value: np.ndarray
) -> np.ndarray:
    """Which pairs of alike sentences share more than the story's subject: SHARED_TERMS
    terms or more, and at least REST_ALIKE of their cosine left when the heaviest term they
    share is taken out of its sum (the rest not normalised again: stricter than the cosine
    of the two sentences without that term). One or two heavy words took a sentence for another source's point: "If he had
    voted, it would have been against the donation." (MultiLing M0005) through "donations"
    alone at 0.46, "Thank goodness that Kilroy-Silk has gone..." (a reader's comment, BBC
    politics/111) through "Kilroy-Silk" and "UKIP" at 0.62."""
    if not len(row):
        return np.zeros(0, dtype=bool)
    shared = vectors[row].multiply(vectors[col]).tocsr()
    heaviest = np.asarray(shared.max(axis=1).todense()).ravel()
    return (shared.getnnz(axis=1) >= SHARED_TERMS) & (value - heaviest >= REST_ALIKE)


def _copies(
    members: Sequence[int],
    owner: np.ndarray,
    row: np.ndarray,
    col: np.ndarray,
    value: np.ndarray,
    sizes: np.ndarray,
) -> list[int]:
    """The members that copy an earlier one (in input order), from the sentence similarities
    already at hand (``row``, ``col``, ``value``: pairs of sentences of different members;
    ``sizes``: each article's sentences that have terms). compare/copies.py's rule with
    sentences for word 5-grams: of the shorter article's sentences, each counted by its
    cosine with its closest sentence in the other, at least COPY_OVERLAP is found there
    (a sentence said again with one word changed still counts most of the way). An article
    that is a copy is no original."""
    near = value >= SAME_POINT
    row, col, value = row[near], col[near], value[near]
    if not len(row):
        return []
    other = owner[col]
    order = np.lexsort((-value, other, row))
    first = np.ones(len(order), dtype=bool)
    first[1:] = (row[order][1:] != row[order][:-1]) | (other[order][1:] != other[order][:-1])
    best = order[first]  # each sentence's closest sentence in each other article
    found: dict[tuple[int, int], float] = {}  # (x, y): x's sentences found in y
    partners: dict[int, set[int]] = {}
    for x, y, v in zip(
        owner[row[best]].tolist(), other[best].tolist(), value[best].tolist(), strict=True
    ):
        found[(x, y)] = found.get((x, y), 0.0) + v
        partners.setdefault(x, set()).add(y)
    position = {k: n for n, k in enumerate(members)}
    copied: list[int] = []
    for x in members:
        for y in sorted(partners.get(x, ()), key=position.__getitem__):
            if position[y] > position[x] or y in copied:
                continue
            shorter, longer = (x, y) if sizes[x] <= sizes[y] else (y, x)
            if found.get((shorter, longer), 0.0) >= COPY_OVERLAP * max(1, sizes[shorter]):
                copied.append(x)
                break
    return copied


def _reprinted(
    texts: Sequence[tuple[int, str]],
    owner: np.ndarray,
    row: np.ndarray,
    col: np.ndarray,
    value: np.ndarray,
) -> np.ndarray:
    """Which pairs of sentences are in a passage two articles print word for word, at least
    PASSAGE sentences in a row: one source's words, however different the rest of the two
    articles (so no copy, _copies). BBC sport/112 and sport/118 are two articles (a quarter
    of their 5-grams shared) over one block of readers' comments, and a comment of it was a
    key point of the index, supported by itself. A sentence or two quoted again in another
    article's own telling (the same words of a speaker, SAME_WORDS) still counts. Only pairs
    alike as one text is to itself are read (a review found every pair read before: a
    story's sentences squared, in Python)."""
    out = np.zeros(len(row), dtype=bool)
    alike = np.flatnonzero(value >= _IDENTICAL)
    same = {
        (int(row[k]), int(col[k]))
        for k in alike.tolist()
        if texts[int(row[k])][1] == texts[int(col[k])][1]
    }

    def run(i: int, j: int, step: int) -> int:
        n = 0
        while (i + step, j + step) in same and owner[i + step] == owner[i]:
            i, j, n = i + step, j + step, n + 1
        return n

    passage = {(i, j) for i, j in same if 1 + run(i, j, -1) + run(i, j, 1) >= PASSAGE}
    for k in alike.tolist():
        out[k] = (int(row[k]), int(col[k])) in passage
    return out


_IDENTICAL = 0.999  # a cosine two sentences of the same words reach (rounding aside)


def _says_something(text: str, language: str) -> bool:
    """A sentence that makes a claim rather than lists names, and stands alone: a team sheet
    ("F Sheahan, M Horan, D O'Callaghan...") aligns across match reports but is no key
    point, and neither is a fragment ("Some dead, some alive.") or "He was seen at Luton
    Station at 07.20" in an index that shows it without the sentence before, nor a piece of
    a quotation whose speaker is named in another sentence."""
    if points_back(text, language) or quote_piece(text):
        return False
    found = _LONG_WORD.findall(text)
    lower = sum(1 for w in found if w.islower())
    return len(found) >= _CLAIM_WORDS and lower >= _LOWER_WORDS
