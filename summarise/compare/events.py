"""Stories: articles grouped by the event they report, linear in the number of articles.

It lives beside the comparator because both ``stories`` and a single ``report`` use it: a
brief on articles that report different events says so first.

Each article becomes one vector: TF-IDF over the stemmed content words of its title and
body, with terms that more than ``COMMON_SHARE`` of the articles (and more than
``COMMON_FLOOR`` articles) use left out: they say "news", not "which story". Candidate
pairs come from each article's ``_NEIGHBOURS`` nearest articles (sparse products in row
blocks, so nothing is n x n), sought through the terms that at most ``CANDIDATE_DF`` articles
use (a term that a share of the articles uses is in more of them the bigger the pile, and so
would each article's products be); each candidate's link is then made from the exact cosine
of the whole vectors and of the titles (below). (Dates are not a
hard cut: on MultiLing 2011 a story's follow-ups run for months, and a 90-day window cut its
recall from 0.88 to 0.62.) Stories are then grown by average link over the candidate links
only: two stories merge when their articles are, on average over every pair across them, at
least ``STORY_LINK`` linked (pairs that are not candidates count as 0), so two different
earthquakes, which share words but not places, names and numbers, stay apart. A story starts
from two articles that are clearly one story (at least ``STORY_SEED`` alike, a little more in
a big pile: seeded_at), and an article
joins a story only through a link of at least ``STORY_JOIN`` to one of its articles, and
only when its average link to the story's articles is at least ``_JOIN_SHARE`` of theirs to
each other (a tight story takes only articles close to all of it, a loose one looser ones):
a chain of articles that are each a little alike (a month of oil prices, one awards season)
is a subject, not a story.

A link is not the bodies' cosine alone: ``STORY_TITLE`` of it is the cosine of the two
titles (TF-IDF over the same IDF). A headline names the event ("Yukos unit fetches $9bn at
auction", "Ebbers denies WorldCom fraud"); two bodies of one subject share its background
words whatever happened, and their headlines share little unless the event is one. Bodies
alone: B-cubed F1 0.804 on benchmarks/stories_bcubed.py's mix; with the titles' share 0.6,
0.86 (0.890 with the join share and the core).

Last, each story of three or more keeps its core: a member whose cosine with the sum of the
story's other members is below ``STORY_CORE``, or below 0.4 of the median member's (in a
tight story, an outlier), leaves it (repeated until none does, down to two), so an article
that came in through one member is not part of the story: "India and Iran in gas export
deal" through an article on Iran's seizure of British sailors, "MSPs hear renewed climate
warning" through the Bali conference, "HealthSouth ex-boss goes on trial" through the
WorldCom trial.
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence

import numpy as np
from scipy import sparse

from ..models import Article
from ..nlp import content_terms
from ..tfidf import idf, l2_normalise, raw_count_matrix
from .copies import copy_roots

__all__ = [
    "CANDIDATE_DF",
    "COMMON_SHARE",
    "IDF_PILE",
    "SEED_FROM",
    "SEED_RISE",
    "STORY_CORE",
    "STORY_JOIN",
    "STORY_LINK",
    "STORY_SEED",
    "STORY_TITLE",
    "article_terms",
    "article_vectors",
    "central_title",
    "distinct_articles",
    "group_articles",
    "group_distinct",
    "group_vectors",
    "pile_idf",
    "seeded_at",
    "sublinear",
    "text_counts",
    "title_vectors",
    "titled_groups",
    "weigh",
]

# benchmarks/stories_bcubed.py (MultiLing 2011 clusters among BBC articles, and among the
# hand-labelled CNN/DM articles) set these. A link: (1 - STORY_TITLE) x the bodies' cosine
# + STORY_TITLE x the titles' cosine.
STORY_TITLE = 0.6  # the titles' share of a link
STORY_LINK = 0.07  # average link at which two stories merge
STORY_SEED = 0.4  # link at which two single articles start a story
STORY_JOIN = 0.15  # an article's strongest link into a story, for it to join
_JOIN_SHARE = 0.3  # ... and its average link into it, as a share of the story's own average
STORY_CORE = 0.15  # a member's cosine with the rest of its story (3 or more), to stay in it
# The thresholds were set on piles of about 1,000 articles. In a smaller pile a story's own
# words are in a larger share of the articles, so plain IDF weighs them less and every link
# is weaker (MultiLing's 100 articles alone: the Bali conference's closest pair 0.39 instead
# of 0.52, and recall 0.79 instead of 0.95): IDF is taken as over at least this many articles.
IDF_PILE = 1000
# A bigger pile weighs a story's own words more (its IDF is counted over more articles than
# use them), and every link of one story is higher: MultiLing's stories' closest pairs are
# 0.43 to 0.66 over its 100 articles alone or among 100 CNN/DM ones, 0.46 to 0.72 among
# 1,000 or 1,092 BBC ones. A seed set for the small pile starts stories of one subject in
# the big one: two days of the dollar ("'Strong dollar' call halts slide" / "Asian banks
# halt dollar's slide", 0.486), two months' interest rates. From IDF_PILE articles on, a story
# starts at SEED_RISE more (benchmarks/stories_bcubed.py, session 55: B-cubed F1 over all
# articles 0.892 -> 0.901 among the first 1,000 BBC articles, 0.825 -> 0.866 among the later
# 1,092, 0.811 -> 0.837 among all 2,092; against the hand-judged events 0.941 -> 0.948 and
# 0.882 -> 0.902; MultiLing's own F1 unchanged in each, 0.964, 0.921, 0.945; 200 BBC and the
# CNN/DM mix unchanged, 0.936 and 0.983). A rise of 0.05 gained more (0.906, 0.873) but lost
# MultiLing's tsunami-aid story among the later articles (0.921 -> 0.912), and left its
# London bombings 0.01 above the seed among the first: session 30 found a seed of 0.45 too
# near a story's closest pair.
SEED_FROM = 200
SEED_RISE = 0.03
_CORE_SHARE = 0.4  # ... and at least this share of the median member's, however tight the story
COMMON_SHARE = 0.05  # a term in more than this share of the articles is not a story's mark
_NEIGHBOURS = 10
_BLOCK = 1024
COMMON_FLOOR = 20  # a story this big may use its own words in every article
# Terms used by more articles than this do not propose candidates (they still count in the
# similarity): at most this many products per term and article, however big the pile.
CANDIDATE_DF = 100


def seeded_at(seed: float, n: int) -> float:
    """The link two single articles need to start a story in a pile of ``n`` distinct
    articles: ``seed`` up to SEED_FROM articles, SEED_RISE more from IDF_PILE on, in between
    by the logarithm of the pile's size."""
    rise = np.log(max(n, SEED_FROM) / SEED_FROM) / np.log(IDF_PILE / SEED_FROM)
    return seed + SEED_RISE * float(min(1.0, rise))


def pile_idf(counts: sparse.csr_matrix, over: np.ndarray | None = None) -> np.ndarray:
    """The IDF of each column over the articles' rows (those of ``over``: the articles that
    copy none, copy_roots), as if there were at least IDF_PILE articles (the ones not there
    using none of the terms)."""
    counted = counts if over is None else counts[over]
    n = counted.shape[0]
    return idf(counted) + np.log((1 + max(n, IDF_PILE)) / (1 + n))


def weigh(counts: sparse.csr_matrix, over: np.ndarray | None = None) -> sparse.csr_matrix:
    """Rows of term counts as L2-normalised TF-IDF rows (pile_idf), very common terms left
    out (counted over the rows of ``over``, as pile_idf)."""
    return l2_normalise(counts @ sparse.diags(pile_idf(counts, over) * _uncommon(counts, over)))


_TITLE_REPEATS = 3  # articles (not copies of one another) under one title: no headline


def _unrepeated(heads: sparse.csr_matrix, over: np.ndarray | None) -> np.ndarray:
    """1 for each title (a row of its terms) that fewer than _TITLE_REPEATS of the articles
    (those of ``over``) carry word for word, else 0: ten scraped pages all titled "News -
    Home" in a pile too small for the common-word cut (title_vectors)."""
    keys = [
        heads.indices[heads.indptr[r] : heads.indptr[r + 1]].tobytes()
        for r in range(heads.shape[0])
    ]
    counted = range(len(keys)) if over is None else over.tolist()
    seen: dict[bytes, int] = {}
    for r in counted:
        if keys[r]:
            seen[keys[r]] = seen.get(keys[r], 0) + 1
    return np.array([seen.get(k, 0) < _TITLE_REPEATS for k in keys], dtype=np.float64)


def _uncommon(rows: sparse.csr_matrix, over: np.ndarray | None) -> np.ndarray:
    """1 for each column that at most max(COMMON_FLOOR, COMMON_SHARE of them) of the rows
    (those of ``over``) use, else 0: a word that many articles, or titles, use says "news"."""
    counted = rows if over is None else rows[over]
    df = np.bincount(counted.indices, minlength=rows.shape[1])
    return (df <= max(COMMON_FLOOR, COMMON_SHARE * counted.shape[0])).astype(np.float64)


def distinct_articles(roots: np.ndarray) -> np.ndarray:
    """The positions of the articles that copy none (copy_roots)."""
    return np.flatnonzero(roots == np.arange(len(roots)))


def group_distinct(
    matrix: sparse.csr_matrix,
    titles: sparse.csr_matrix,
    roots: np.ndarray,
    **settings: float,
) -> list[list[int]]:
    """group_vectors over the articles that copy none (copy_roots' ``roots``), each copy
    then put in its original's story, biggest first (``settings``: group_vectors')."""
    distinct = distinct_articles(roots)
    found = group_vectors(matrix[distinct], titles[distinct], **settings)
    copies: dict[int, list[int]] = {}
    for i, root in enumerate(roots.tolist()):
        copies.setdefault(root, []).append(i)
    stories = [sorted(m for k in story for m in copies[int(distinct[k])]) for story in found]
    return sorted(stories, key=lambda s: (-len(s), s[0]))


def article_terms(articles: Sequence[Article], language: str) -> list[list[list[str]]]:
    """Each article's texts (its title, then its sentences), each as its content terms: read
    once, for the article vectors and for whatever a story needs of its sentences."""
    return [
        [content_terms(text, language) for text in (a.title, *(s.text for s in a.sentences))]
        for a in articles
    ]


def text_counts(
    terms: Sequence[Sequence[Sequence[str]]],
) -> tuple[sparse.csr_matrix, sparse.csr_matrix]:
    """Raw term counts of every text (one row per title or sentence, article by article) and
    of every article (the sums of its texts' rows), in the same columns."""
    texts = [text for article in terms for text in article]
    counts = raw_count_matrix(texts)
    owner = np.repeat(np.arange(len(terms)), [len(article) for article in terms])
    gather = sparse.csr_matrix(
        (np.ones(len(texts)), (owner, np.arange(len(texts)))), shape=(len(terms), len(texts))
    )
    return counts, (gather @ counts).tocsr()


def sublinear(counts: sparse.csr_matrix) -> sparse.csr_matrix:
    """Raw counts as sublinear term frequencies (1 + log count), as count_matrix gives."""
    out = counts.copy()
    out.data = 1.0 + np.log(out.data)
    return out


def title_vectors(
    text_rows: sparse.csr_matrix,
    counts: sparse.csr_matrix,
    sizes: Sequence[int],
    over: np.ndarray | None = None,
) -> sparse.csr_matrix:
    """Each article's title as an L2-normalised TF-IDF row over the articles' IDF (pile_idf;
    ``text_rows``: text_counts' rows; ``counts``: the articles' rows; ``sizes``: each
    article's texts, its title first; ``over``: as pile_idf)."""
    firsts = np.concatenate([[0], np.cumsum(sizes)[:-1]]).astype(np.int64)
    # A title word that more titles use than the bodies' common-word cut allows (weigh)
    # names no event: a scraper that took the site's name for each page's title ("BBC News -
    # Home" on every article) had made every two articles' titles alike, and one story of
    # most of a pile. An article whose title is left with no word is headed by its first
    # sentence, which in news says what happened as a headline does (its words cut the same
    # way: "Media playback is unsupported" opens many a page). (A pile of COMMON_FLOOR
    # articles or fewer keeps every word: its titles may all name its one story.)
    heads = sublinear(text_rows[firsts])
    keep_rows = sparse.diags(_unrepeated(heads, over))
    heads = (keep_rows @ heads @ sparse.diags(_uncommon(heads, over))).tocsr()
    heads.eliminate_zeros()
    empty = np.flatnonzero((heads.getnnz(axis=1) == 0) & (np.asarray(sizes) > 1))
    if len(empty):
        leads = sublinear(text_rows[np.minimum(firsts + 1, text_rows.shape[0] - 1)])
        leads = (leads @ sparse.diags(_uncommon(leads, over))).tocsr()
        pick = sparse.diags(np.isin(np.arange(len(sizes)), empty).astype(np.float64))
        heads = (heads + pick @ leads).tocsr()
    return l2_normalise(heads @ sparse.diags(pile_idf(counts, over)))


def article_vectors(
    articles: Sequence[Article], language: str
) -> tuple[sparse.csr_matrix, sparse.csr_matrix, np.ndarray]:
    """Each article as one L2-normalised TF-IDF row of its title and sentences, very common
    terms left out; each article's title as a row (title_vectors); and which article each
    copies (copy_roots), the weights counted over the articles that copy none."""
    terms = article_terms(articles, language)
    text_rows, article_rows = text_counts(terms)
    counts = sublinear(article_rows)
    roots = copy_roots([[s.text for s in a.sentences] for a in articles])
    over = distinct_articles(roots)
    sizes = [len(t) for t in terms]
    return weigh(counts, over), title_vectors(text_rows, counts, sizes, over), roots


def _candidates(matrix: sparse.csr_matrix, k: int) -> dict[tuple[int, int], float]:
    """Each article's ``k`` nearest articles through its terms that at most CANDIDATE_DF
    articles use, with the exact cosine of the whole vectors: {(i, j): cosine}, i < j."""
    n = matrix.shape[0]
    df = np.bincount(matrix.indices, minlength=matrix.shape[1])
    search = (matrix @ sparse.diags((df <= CANDIDATE_DF).astype(np.float64))).tocsr()
    search.eliminate_zeros()
    transposed = search.T.tocsc()
    left: list[np.ndarray] = []
    right: list[np.ndarray] = []
    for start in range(0, n, _BLOCK):
        block = (search[start : start + _BLOCK] @ transposed).tocsr()
        for r in range(block.shape[0]):
            i = start + r
            cols = block.indices[block.indptr[r] : block.indptr[r + 1]]
            vals = block.data[block.indptr[r] : block.indptr[r + 1]]
            mask = cols != i
            cols, vals = cols[mask], vals[mask]
            if len(cols) > k:
                cols = cols[np.argpartition(-vals, k)[:k]]
            left.append(np.minimum(cols, i))
            right.append(np.maximum(cols, i))
    if not left:
        return {}
    pairs = np.unique(np.stack([np.concatenate(left), np.concatenate(right)]), axis=1)
    if pairs.shape[1] == 0:
        return {}
    cosines = np.asarray(matrix[pairs[0]].multiply(matrix[pairs[1]]).sum(axis=1)).ravel()
    return {
        (i, j): min(1.0, v)
        for i, j, v in zip(pairs[0].tolist(), pairs[1].tolist(), cosines.tolist(), strict=True)
    }


def central_title(
    articles: Sequence[Article], rows: sparse.csr_matrix, titles: sparse.csr_matrix
) -> str:
    """The title of the article that stands best for the others (the first one's for two):
    its text closest to theirs and its title to their titles, each as a share of the best
    member's. The text alone chose "Oscar nominees gear up for lunch" over "Bookmakers back
    Aviator for Oscar", "Strong aftershock hits central Chile" over "New earthquake hits
    Chile" (a story of several quakes); the titles alone choose a headline in the story's
    words whatever the article says."""
    if len(articles) <= 2:
        return articles[0].title
    # Against the others counted once each: an article run twice under one title (a copy)
    # would otherwise stand for the story twice ("Pop band Busted to 'take a break'", in a
    # story of four Band Aid articles).
    once: dict[str, int] = {}
    for k, article in enumerate(articles):
        once.setdefault(article.title, k)
    first = list(once.values())
    text = np.asarray(rows @ rows[first].sum(axis=0).T).ravel()
    # each title against the others' (its own left out: every title is closest to itself)
    heads = np.asarray(titles @ titles[first].sum(axis=0).T).ravel()
    heads -= np.asarray(titles.multiply(titles).sum(axis=1)).ravel()
    score = text / max(float(text.max()), 1e-12) + heads / max(float(heads.max()), 1e-12)
    return articles[int(score.argmax())].title


def titled_groups(
    articles: Sequence[Article], language: str, linked: Sequence[tuple[int, int]] = ()
) -> tuple[list[list[int]], str | None]:
    """The articles' stories (group_articles), those that ``linked`` pairs of positions join
    made one, and the title of the article that stands best for the others (central_title)
    when they are one story, else None: what a brief on them is headed by ("News brief:
    Glazer makes new Man Utd approach (7 articles)"; a brief had been titled by its count
    alone, an analyst's case, session 54)."""
    if not articles:
        return [], None
    matrix, titles, roots = article_vectors(articles, language)
    groups = group_distinct(matrix, titles, roots)
    if linked and len(groups) > 1:
        groups = _joined(groups, linked)
    if len(groups) != 1:
        return groups, None
    return groups, central_title(articles, matrix, titles) or None


def _joined(groups: list[list[int]], linked: Sequence[tuple[int, int]]) -> list[list[int]]:
    """The groups, every two that a pair of ``linked`` (positions) spans made one, biggest
    first (scipy's DisjointSet, as stories and quotes join theirs)."""
    from scipy.cluster.hierarchy import DisjointSet

    of = {m: k for k, members in enumerate(groups) for m in members}
    joined = DisjointSet(range(len(groups)))
    for i, j in linked:
        if i in of and j in of:
            joined.merge(of[i], of[j])
    merged = (sorted(m for k in subset for m in groups[k]) for subset in joined.subsets())
    return sorted(merged, key=lambda g: (-len(g), g[0]))


def group_articles(
    articles: Sequence[Article],
    language: str = "english",
    link: float = STORY_LINK,
    seed: float | None = None,
    join: float = STORY_JOIN,
    core: float = STORY_CORE,
    title: float = STORY_TITLE,
) -> list[list[int]]:
    """Positions of the articles of each story, biggest stories first (singletons too).
    ``seed``: the link two single articles need to start a story, whatever the pile's size
    (None: seeded_at's, STORY_SEED rising with the pile)."""
    if not articles:
        return []
    matrix, titles, roots = article_vectors(articles, language)
    settings = {"link": link, "join": join, "core": core, "title": title}
    if seed is not None:
        settings["seed"] = seed
    return group_distinct(matrix, titles, roots, **settings)


def group_vectors(
    matrix: sparse.csr_matrix,
    titles: sparse.csr_matrix,
    link: float = STORY_LINK,
    seed: float | None = None,
    join: float = STORY_JOIN,
    core: float = STORY_CORE,
    title: float = STORY_TITLE,
) -> list[list[int]]:
    """group_articles on the articles' vectors and their titles' (article_vectors)."""
    n = matrix.shape[0]
    if n == 0:
        return []
    if seed is None:
        seed = seeded_at(STORY_SEED, n)
    edges = _links(_candidates(matrix, _NEIGHBOURS), titles, title)
    # Average link over candidate links: story totals of similarity between members.
    parent = list(range(n))
    size = [1] * n
    inside = [0.0] * n  # each story's total of links between its own members
    between: dict[int, dict[int, float]] = {i: {} for i in range(n)}  # totals of similarity
    strongest: dict[int, dict[int, float]] = {i: {} for i in range(n)}  # the strongest link
    for (i, j), v in edges.items():
        between[i][j] = between[i].get(j, 0.0) + v
        between[j][i] = between[j].get(i, 0.0) + v
        strongest[i][j] = strongest[j][i] = max(v, strongest[i].get(j, 0.0))
    heap = [(-v, i, j) for (i, j), v in edges.items() if v >= link]
    heapq.heapify(heap)
    alive = set(range(n))
    while heap:
        negative, a, b = heapq.heappop(heap)
        if a not in alive or b not in alive:
            continue
        current = between[a].get(b, 0.0) / (size[a] * size[b])
        if abs(current + negative) > 1e-12:
            continue  # stale: the stories changed since this entry was pushed
        if size[a] == 1 and size[b] == 1 and current < seed:
            continue  # two single articles, not alike enough to start a story
        if min(size[a], size[b]) == 1 and strongest[a].get(b, 0.0) < join:
            continue  # an article joins a story through one strong link at least
        big = a if size[a] >= size[b] else b
        if min(size[a], size[b]) == 1 < size[big]:
            cohesion = inside[big] / (size[big] * (size[big] - 1) / 2)
            if current < _JOIN_SHARE * cohesion:
                continue  # ... and is, on average, close to it as its members are to each other
        # merge b into a
        keep, gone = (a, b) if size[a] >= size[b] else (b, a)
        parent[gone] = keep
        inside[keep] += inside[gone] + between[keep].get(gone, 0.0)
        alive.discard(gone)
        size[keep] += size[gone]
        for other, total in between.pop(gone).items():
            if other == keep:
                continue
            between[other].pop(gone, None)
            between[keep][other] = between[keep].get(other, 0.0) + total
            between[other][keep] = between[keep][other]
        for other, value in strongest.pop(gone).items():
            strongest[other].pop(gone, None)
            if other != keep:
                strongest[keep][other] = max(strongest[keep].get(other, 0.0), value)
                strongest[other][keep] = strongest[keep][other]
        between[keep].pop(gone, None)
        strongest[keep].pop(gone, None)
        for other, total in between[keep].items():
            average = total / (size[keep] * size[other])
            if average >= link:
                heapq.heappush(heap, (-average, min(keep, other), max(keep, other)))

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    stories: dict[int, list[int]] = {}
    for i in range(n):
        stories.setdefault(root(i), []).append(i)
    kept: list[list[int]] = []
    for members in stories.values():
        kept.extend(_keep_core(matrix, members, core))
    return sorted(kept, key=lambda s: (-len(s), s[0]))


def _links(
    cosines: dict[tuple[int, int], float], titles: sparse.csr_matrix, share: float
) -> dict[tuple[int, int], float]:
    """Each candidate pair's link: (1 - share) x the bodies' cosine + share x the titles';
    the bodies' alone where either title has no word left (title_vectors)."""
    if not cosines or share == 0:
        return cosines
    pairs = np.array(list(cosines), dtype=np.int64)
    heads = np.asarray(titles[pairs[:, 0]].multiply(titles[pairs[:, 1]]).sum(axis=1)).ravel()
    bodies = np.fromiter(cosines.values(), dtype=np.float64, count=len(cosines))
    mixed = (1 - share) * bodies + share * np.minimum(1.0, heads)
    titled = titles.getnnz(axis=1) > 0
    mixed = np.where(titled[pairs[:, 0]] & titled[pairs[:, 1]], mixed, bodies)
    return dict(zip(cosines, mixed.tolist(), strict=True))


def _keep_core(matrix: sparse.csr_matrix, members: list[int], core: float) -> list[list[int]]:
    """A story of three or more without the members whose cosine with the sum of its other
    members (their closeness) is below ``core`` or below _CORE_SHARE of the median member's
    (each such member a story of its own), repeated until every member is close enough or
    two are left; the story first."""
    members = list(members)
    alone: list[list[int]] = []
    while len(members) >= 3:
        rows = matrix[members]
        # The story's sum kept sparse: no row as wide as the vocabulary for each story.
        total = sparse.csr_matrix(np.ones((1, len(members)))) @ rows
        own = np.asarray(rows.multiply(rows).sum(axis=1)).ravel()
        with_total = np.asarray((rows @ total.T).todense()).ravel()
        square = float(total.multiply(total).sum())
        rest = np.sqrt(np.maximum(square - 2 * with_total + own, 1e-12))
        closeness = (with_total - own) / rest
        far = closeness < max(core, _CORE_SHARE * float(np.median(closeness)))
        if not far.any() or far.all():
            break
        alone.extend([m] for m, f in zip(members, far.tolist(), strict=True) if f)
        members = [m for m, f in zip(members, far.tolist(), strict=True) if not f]
    return [members, *alone]
