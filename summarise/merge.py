"""One summary of a set of articles: relevance within each article and across the set, with
redundancy control (maximal marginal relevance). No I/O, no formatting.

Across the set, a sentence counts when the other articles report its point, judged by meaning:
the comparator's sentence vectors (static embeddings, ``compare.semantic``), so "the quake left
213 people dead" supports "the earthquake killed 213 people" although they share few words.
Redundancy is judged by meaning and words together (the mean of the embedding cosine, negative
taken as 0, and the TF-IDF cosine), so a reworded repeat is penalised, not only a copy.
``sources`` names, for each merged sentence, every article that reports its point, by the
comparator's own same-point decision (``compare.pairs``), a copy of another article not as a
source of its own (``compare.copies``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import numpy as np

from . import defaults
from .compare.align import align, link
from .compare.copies import find_copies
from .compare.pairs import build_scorer
from .compare.semantic import default_embedder
from .errors import SummariseError
from .languages import normalize_language
from .models import (
    Alignment,
    Article,
    MergedSentence,
    MergedSummary,
    MergeOptions,
    Sentence,
)
from .nlp import CALENDAR_WORDS, content_tokens, refers_back
from .summarizers import get_algorithm, summarise
from .tfidf import tfidf_matrix

__all__ = ["credits", "merge", "merge_scores", "sources", "undone"]


def merge_scores(articles: Sequence[Article], options: MergeOptions = MergeOptions()) -> np.ndarray:
    """Relevance of every sentence of the set, in [0, 1], articles in order."""
    return _relevance(articles, options, _Closeness(articles, options.summary.language))


def merge(articles: Sequence[Article], options: MergeOptions = MergeOptions()) -> MergedSummary:
    """Summarise a set of articles as one: best relevance first, no point said twice."""
    if not articles:
        raise SummariseError("nothing to merge: no articles")
    summaries = tuple(summarise(a, options.summary) for a in articles)
    closeness = _Closeness(articles, options.summary.language)
    relevance = _relevance(articles, options, closeness)
    pool = [(a, s) for a in articles for s in a.sentences]
    lengths = [len(s.text.split()) for _, s in pool]
    if options.standalone:
        leaning = [_leans_back(s, a.language) or _told_before(s.text) for a, s in pool]
        relevance = np.where(leaning, -1.0, relevance)  # (below any gain of another)
    latest = _latest_report(pool, relevance) if options.latest else None
    if options.latest:
        # A halt a later source says is over is no longer where the story stands: the
        # later sentence takes its place ("has halted the evacuation", January 31; "will
        # resume evacuation flights", February 2: MultiLing M006).
        relevance = relevance.copy()
        told = relevance.copy()
        for halted, resumed in (later := undone(pool, options.summary.language)).items():
            if resumed not in later:  # (a restart a later halt undoes is raised by none)
                relevance[resumed] = max(relevance[resumed], told[halted])
        skipped = tuple(later)
    else:
        skipped = ()
    words = options.summary.budget.words
    if latest is not None and words is not None and lengths[latest] > words:
        latest = None  # (a word budget the sentence does not fit: no sentence is forced in)
    chosen = _mmr(
        relevance,
        closeness.redundancy,
        lengths,
        options,
        () if latest is None else (latest,),
        skipped,
    )
    picked = tuple(
        MergedSentence(pool[i][0].id, pool[i][1].index, pool[i][1].text, float(relevance[i]))
        for i in sorted(chosen, key=_story_order(pool, chosen))
    )
    return MergedSummary(options.summary.algorithm, picked, summaries)


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")  # dates that sort as they ran
# What opens a sentence that reads alone though nlp.refers_back takes it to point back: "There
# were at least 213 people killed ...", "It emerged on Wednesday that ..." (a code review's
# cases: such a lead had been left out of "In short", with the story's main fact); not "It
# also shows that ...", whose "it" is a thing named before. Read here, for "In short" only,
# not in nlp.refers_back: the comparator's leads and contexts want such sentences read as
# pointing back, for they often do later on ("There has been fresh speculation of a rift,
# following their separate responses", "It is also likely that they will ..."): moved into
# refers_back, 3 leads and contexts over the 153 story briefs read worse (session 48).
_READS_ALONE = re.compile(
    r"[\"“‘'(]*(?:There\s+(?:is|are|was|were|has|have|had|will|would|may|might|could|seems?"
    r"|appears?)\b|It\s+(?:is|was|has\s+been|had\s+been|emerged|appears?|appeared|seems?|seemed"
    r"|remains?|remained)\s+(?:[\w’'-]+\s+){0,3}?that\b)"
)


# A sentence that opens on an earlier time tells the story's background, not where it
# stands: "Last April, Kelly Holmes spoke to the BBC Sport website about her loneliness, ...
# and her decision not to contest both the 800m and 1500m at the Olympics." was a brief's
# "In short", months before she won both (a blind reader's case, session 57). (Not "In
# 2004, growth will be between 4.7% and 4.8%": a year named may be the story's own.)
# (not "Last year's champion Roger Federer beat ...", whose thing of last year is named in a
# sentence of now, nor a quote's "Last year was tough": a code review's cases)
_TOLD_BEFORE = re.compile(
    r"(?:(?:But|And|However),?\s+)?(?:Last\s+(?:year|season|January|February|March"
    r"|April|May|June|July|August|September|October|November|December|spring|summer|autumn"
    r"|winter)|(?:A|One|Two|Three|Four|Five|Six|Ten|\d+)\s+(?:years?|decades?)\s+ago)"
    r"(?![\w'’-])"
)


def _told_before(text: str) -> bool:
    """Whether a sentence opens on an earlier time (_TOLD_BEFORE): English only."""
    return _TOLD_BEFORE.match(text) is not None


def _leans_back(sentence: Sentence, language: str) -> bool:
    """Whether a sentence, read alone, needs the one before it (MergeOptions.standalone): it
    opens pointing back (nlp.refers_back), is not its article's first, and does not open as
    a sentence that reads alone does (_READS_ALONE)."""
    return (
        sentence.index > 0
        and refers_back(sentence.text, language)
        and _READS_ALONE.match(sentence.text) is None
    )


def _latest_report(pool: Sequence[tuple[Article, Sentence]], relevance: np.ndarray) -> int | None:
    """The most relevant sentence of the latest report of a running story (sources dated on
    two days or more: MergeOptions.latest), as a row of ``pool``; None for any other set."""
    dates = {a.date for a, _ in pool if a.date and _ISO_DATE.match(a.date)}
    if len(dates) < 2:
        return None
    last = max(dates)
    rows = [i for i, (a, _) in enumerate(pool) if a.date == last]
    return max(rows, key=lambda i: (relevance[i], -i))


# Verbs that stop a thing, and verbs that start it again: a later report of the one undoes
# an earlier report of the other. Not a negation or a possibility ("will not be lifted",
# "could be suspended again", "had never been suspended"), an aim ("to stop"; but "agreed to
# resume"), a compound ("non-stop", "whistle-stop"): a code review's cases.
_NOT_DONE = re.compile(
    r"(?:\b(?:not|never|no|could|might|may|would|should|if)\b|n't)(?:\s+\w+){0,2}\s*$"
    r"|\bto\s+$|-$",
    re.IGNORECASE,
)
_AGREED_TO = re.compile(r"\b(?:agreed|decided|voted|plans?|planned|set|due)\s+to\s*$", re.I)
# A thing stopped (in the past: "when you stop playing" is no halt), or started again.
_HALTING = re.compile(
    r"\b(?:halted|stopped|suspended|paused|cancell?ed|abandoned|called\s+off"
    r"|shut(?:\s+down)?|closed(?:\s+down)?|grounded)\b",
    re.IGNORECASE,
)
_RESUMING = re.compile(
    r"\b(?:resum(?:e|es|ed|ing)|restart(?:s|ed|ing)?|re-?open(?:s|ed|ing)?)\b", re.I
)
# A word next to such verbs that tells nothing of the thing: said of many sentences of the
# other kind, it is a story's word ("flights" in a pile of aviation news).
_COMMON_THING = 50


def undone(
    pool: Sequence[tuple[Article, Sentence]], language: str = defaults.LANGUAGE
) -> dict[int, int]:
    """Sentences a later report undoes, each with the sentence that does (rows of ``pool``):
    one tells a thing stopped (halted, suspended, called off, closed...: done, not denied or
    supposed) or started again (resumed, restarted, reopened), and a source dated later tells
    the other of the same thing: a word next to each verb (one of the last two in lower case
    of the five before it, or one of the two after it; no name, no word of time, none said of more
    than _COMMON_THING such sentences) is one word, and the two sentences have another word
    in common. The latest such sentence undoes it."""
    if normalize_language(language) != "english":
        return {}

    def words(text: str) -> list[str]:
        """The text's content words in lower case (no name), their stems, no word of time."""
        return [
            term
            for term, word in content_tokens(text, language)
            if word.islower() and word not in _TIME_WORDS
        ]

    def things(text: str, pattern: re.Pattern[str]) -> frozenset[str]:
        out: set[str] = set()
        for m in pattern.finditer(text):
            head = text[: m.start()]
            if _NOT_DONE.search(head) and not _AGREED_TO.search(head):
                continue
            out.update(words(" ".join(head.split()[-5:]))[-2:])
            after = [
                (term, word)
                for term, word in content_tokens(text[m.end() :], language)
                if word.lower() not in _TIME_WORDS
            ]
            out.update(term for term, word in after[:2] if word.islower())
        return frozenset(out)

    dated = [
        (i, a.date, s.text) for i, (a, s) in enumerate(pool) if a.date and _ISO_DATE.match(a.date)
    ]
    halts = {i: things(t, _HALTING) for i, _, t in dated if _HALTING.search(t)}
    starts = {i: things(t, _RESUMING) for i, _, t in dated if _RESUMING.search(t)}
    halts = {i: what for i, what in halts.items() if what}
    starts = {i: what for i, what in starts.items() if what}
    day = {i: d for i, d, _ in dated}
    text = {i: t for i, _, t in dated}
    said = {i: frozenset(words(text[i])) for i in (*halts, *starts)}
    out: dict[int, int] = {}
    for told, later in ((halts, starts), (starts, halts)):
        # the sentences of the other kind by each word next to their verbs: each sentence is
        # tested only against those that share one (linear in a pile of many such sentences)
        by_thing: dict[str, list[int]] = {}
        for j, other in later.items():
            for thing in other:
                by_thing.setdefault(thing, []).append(j)
        for i, what in told.items():
            near = [by_thing.get(thing, ()) for thing in what]
            after = [
                j
                for j in sorted({j for rows in near if len(rows) <= _COMMON_THING for j in rows})
                if day[j] > day[i] and len(said[i] & said[j]) >= 2
            ]
            if after:
                out.setdefault(i, max(after, key=lambda j: (day[j], -j)))
    return out


# Words of time, which say when a thing stopped, not what: "cancelled last year" / "revenue
# for the year", "resumed minutes later".
_TIME_WORDS = CALENDAR_WORDS | frozenset(
    [
        *("year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours"),
        *("minutes", "later", "earlier", "time", "today", "yesterday", "tomorrow", "plans"),
        *("plan", "planned", "agreed", "decided", "voted", "set", "due"),  # (_AGREED_TO)
    ]
)


def _story_order(
    pool: Sequence[tuple[Article, object]], chosen: Sequence[int]
) -> Callable[[int], tuple[str, int]]:
    """The order a merged summary tells its sentences in: by their articles' dates when every
    one has a date (a running story read as it ran: "the early talk focused on...", "nearing
    its halfway mark", "came to a conclusion on Saturday"), else as the articles were given;
    within an article, in its order."""
    dates = [pool[i][0].date or "" for i in chosen]
    if all(_ISO_DATE.match(d) for d in dates):
        return lambda i: (pool[i][0].date or "", i)
    return lambda i: ("", i)


def sources(
    articles: Sequence[Article], merged: MergedSummary, language: str = defaults.LANGUAGE
) -> tuple[tuple[str, ...], ...]:
    """For each sentence of ``merged``, the ids of the articles that report its point: its own
    article first, then, in input order, the other articles of the comparator's alignment group
    that holds it, when the brief states that group as agreed (``credits``: the decision
    ``compare`` makes, read as a brief reads it). ``articles`` is the set ``merged`` was made
    from; SummariseError for a sentence of another article.

    As in ``compare``, a copy of an earlier article (``compare.copies``: a wire story run word
    for word) is no source of its own: it is left out of the matching, so it is never credited
    beside its original. A sentence taken from a copy is credited as its original's sentence
    of the same words would be: the original first, then the other articles of its group (the
    copy's point is the original's); a sentence its original lacks is credited to the copy
    alone, as compare() matches no sentence of a copy."""
    original_of = {d.copy: d.original for d in find_copies(articles)}
    kept = [a for a in articles if a.id not in original_of]
    scorer = build_scorer(kept, normalize_language(language), default_embedder())
    groups = align(kept, scorer, link(scorer), diffs=False)
    known = {(a.id, s.index) for a in articles for s in a.sentences}
    group_of = credits(groups)
    order = {a.id: k for k, a in enumerate(articles)}
    by_id = {a.id: a for a in articles}
    out = []
    for sentence in merged.sentences:
        key = (sentence.article, sentence.index)
        if key not in known:
            raise SummariseError(f"{sentence.article} #{sentence.index + 1}: not in these articles")
        if sentence.article in original_of:
            key = _in_original(by_id[original_of[sentence.article]], sentence.text) or key
        own = key[0]
        others = sorted(set(group_of.get(key, ())) - {own}, key=order.__getitem__)
        out.append((own, *others))
    return tuple(out)


def credits(groups: Sequence[Alignment]) -> dict[tuple[str, int], tuple[str, ...]]:
    """For the sentence that states a group's point (its lead, Alignment.lead), the sources a
    brief may say report it too: those of a point stated as agreed only (Alignment.agreed: a
    strong match; blind readers found likely groups right about half the time), and not a
    source that gives
    another figure for it ("Verizon has won ... with a bid worth $6.8bn" is not what the
    sources reporting "$8bn" say). Another member says the point with more of its own, which
    the other sources need not say: a review found "Former WorldCom boss Bernie Ebbers was
    directly involved in the $11bn financial fraud, his closest associate has told a US
    court" credited to a source reporting that he "never made accounting decisions", and 9
    of 36 "In short" sentences of story briefs credited with what some of their sources do
    not say. (A group without a lead, as made before there was one: every member.)"""
    out: dict[tuple[str, int], tuple[str, ...]] = {}
    for group in groups:
        if not group.agreed:
            continue
        differ = group.differing()
        for s in group.sentences if group.lead is None else (group.lead,):
            other = differ.get(s, set()) | set(group.weaker)  # (nor a weaker match)
            out[(s.article, s.index)] = tuple(
                a for a in group.articles if a not in other or a == s.article
            )
    return out


def _in_original(original: Article, text: str) -> tuple[str, int] | None:
    """The sentence of ``original`` with the words of ``text`` (a copy's sentence; case and
    punctuation aside, as compare.copies reads words), as (article id, index), if it has one."""
    words = re.findall(r"\w+", text.lower())
    return next(
        (
            (original.id, s.index)
            for s in original.sentences
            if re.findall(r"\w+", s.text.lower()) == words
        ),
        None,
    )


# TF-IDF cosine of two sentences at which one prints the other: no support for its point.
# M002's "In short" opened on a website's unconfirmed claim that M0029 reprints from M0023,
# not on the capture every source reports; with it, the capture. MultiLing ROUGE recall of
# the merge as shipped is unchanged at 100, 175 and 250 words, and at "In short"'s three
# sentences R1 / R2 go 19.26 / 8.34 -> 19.42 / 8.67 (benchmarks/merge_variants.py).
REPRINT = 0.9
# ... for sentences of this many words or more: "Three people were killed." and "Three people
# have been killed." are two outlets' own words for one fact (a code review's case), whose
# TF-IDF cosine over stems is 1.
REPRINT_WORDS = 15


class _Closeness:
    """How close the set's sentences are: in meaning (the cosine of their embeddings) and in
    words (of their TF-IDF rows). Never the set's n x n matrix (800 short articles, 16,000
    sentences, made two of 2 GB each): the support a sentence has from the other articles is
    made a block of rows at a time, and redundancy a column at a time, for the sentences a
    summary takes."""

    BLOCK = 1 << 22  # cells of one block of the meaning products: 32 MB of float64

    def __init__(self, articles: Sequence[Article], language: str) -> None:
        texts = [s.text for a in articles for s in a.sentences]
        self.sizes = [len(a.sentences) for a in articles]
        self.vectors = default_embedder().embed(texts).astype(np.float64)
        self.words = tfidf_matrix(texts, language)
        self.long = np.array([len(t.split()) >= REPRINT_WORDS for t in texts], dtype=bool)

    def support(self) -> np.ndarray:
        """For each sentence, the sum over the other articles of the cosine in meaning of the
        closest sentence there (0 where an article has none)."""
        n = len(self.vectors)
        owner = np.repeat(np.arange(len(self.sizes)), self.sizes)
        filled = [k for k, size in enumerate(self.sizes) if size]
        starts = np.concatenate([[0], np.cumsum(self.sizes)[:-1]])[filled]
        out = np.zeros(n)
        step = max(1, self.BLOCK // max(1, n))
        for low in range(0, n, step):
            rows = slice(low, min(n, low + step))
            close = self.vectors[rows] @ self.vectors.T
            # a sentence another article prints word for word (a reprinted paragraph, a wire
            # story two outlets run) is one report, not a second source for its point
            reprinted = (self.words[rows] @ self.words.T).tocoo()
            same = (reprinted.data >= REPRINT) & self.long[low + reprinted.row]
            close[reprinted.row[same], reprinted.col[same]] = 0.0
            best = np.maximum.reduceat(close, starts, axis=1)
            own = np.searchsorted(filled, owner[rows])
            best[np.arange(len(best)), own] = 0.0
            out[rows] = best.sum(axis=1)
        return out

    def redundancy(self, i: int) -> np.ndarray:
        """How much every sentence repeats sentence i: close in meaning and in words alike,
        the mean of the two cosines (a negative meaning cosine taken as 0)."""
        meaning = np.maximum(self.vectors @ self.vectors[i], 0.0)
        words = (self.words @ self.words[i].T).toarray().ravel()
        return (meaning + words) / 2


def _relevance(
    articles: Sequence[Article], options: MergeOptions, closeness: _Closeness
) -> np.ndarray:
    language = options.summary.language
    algorithm = get_algorithm(options.summary.algorithm)
    within = np.concatenate(
        [_unit(np.asarray(algorithm.score(a, language), dtype=float)) for a in articles]
    )
    # Support from the rest of the set: the mean, over the other articles, of the closest
    # sentence there in meaning (how widely the point is reported).
    support = np.zeros(len(within))
    if len(articles) > 1:
        support = closeness.support() / (len(articles) - 1)
    return (1 - options.set_weight) * within + options.set_weight * _unit(support)


def _mmr(
    relevance: np.ndarray,
    redundancy: Callable[[int], np.ndarray],
    lengths: Sequence[int],
    options: MergeOptions,
    first: Sequence[int] = (),
    skipped: Sequence[int] = (),
) -> list[int]:
    """Maximal marginal relevance within the budget, ``first`` (rows) taken before any,
    ``skipped`` (rows) never."""
    budget = options.summary.budget
    n = len(relevance)
    limit_words = budget.words
    limit_count = n if limit_words is not None else budget.count(n)
    chosen: list[int] = list(first)
    used = sum(lengths[i] for i in first)
    closest = np.zeros(n)
    open_ = np.ones(n, dtype=bool)
    for i in first:
        open_[i] = False
        closest = np.maximum(closest, redundancy(i))
    open_[list(skipped)] = False
    while open_.any() and len(chosen) < limit_count:
        gain = relevance - options.redundancy * closest
        gain[~open_] = -np.inf
        i = int(np.argmax(gain))  # ties go to the earlier sentence
        open_[i] = False
        if closest[i] >= options.duplicate:
            continue
        if limit_words is not None and used + lengths[i] > limit_words:
            continue
        chosen.append(i)
        used += lengths[i]
        closest = np.maximum(closest, redundancy(i))
    if not chosen:  # at least one sentence, even when it alone is over the budget
        allowed = np.where(np.isin(np.arange(n), skipped), -np.inf, relevance)
        chosen.append(int(np.argmax(allowed)) if np.isfinite(allowed).any() else 0)
    return chosen


def _unit(values: np.ndarray) -> np.ndarray:
    values = np.where(np.isfinite(values), values, np.nan)
    if values.size == 0 or np.all(np.isnan(values)):
        return np.zeros(values.shape)
    low, high = np.nanmin(values), np.nanmax(values)
    out = (values - low) / (high - low) if high > low else np.ones(values.shape)
    return np.nan_to_num(out, nan=0.0)
