"""Cross-article comparison: who covers what, and how each article frames it.

compare(articles, CompareOptions(topics=...)) -> Comparison. No I/O and no formatting here.
"""

from __future__ import annotations

import contextlib
import gc
import itertools
import math
import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from ..cleaning.captions import PAST_FORMS
from ..errors import SummariseError
from ..models import (
    LIKELY,
    Alignment,
    Article,
    CompareOptions,
    Comparison,
    Quote,
    QuoteGroup,
    SentenceRef,
    Topic,
    Unmatched,
)
from ..nlp import content_tokens, normalize_language, person_unnamed, points_back, stemmer, words_in
from .ages import ages_apart

if TYPE_CHECKING:
    import numpy as np

    from ..forks import Pending
    from .align import Links
    from .claims import Facts, KnownFacts
    from .pairs import PairScorer
    from .semantic import StaticEmbedder

__all__ = ["COMPARE_STEPS", "SHARED_AT_MOST", "compare", "cycles_paused"]

SHARED_AT_MOST = 3  # sources a point needs to count as shared, however many there are
# Beyond this many sentences (about 110 news articles), topics, distinctive words, salience
# and quotes are worked out in a forked process beside the matching (beside.py): it then
# takes about as long as they do, on a second core.
BESIDE_FROM = 2048


# The steps of a comparison, in order, as compare() reports them to ``progress``.
COMPARE_STEPS = (
    "finding copies",
    "reading the sentences' meaning",
    "matching sentences",
    "grouping points",
    "finding topics",
    "finding distinctive words",
    "finding unique points",
    "matching quotes",
)


def compare(
    articles: Sequence[Article],
    options: CompareOptions = CompareOptions(),
    progress: Callable[[str], None] | None = None,
) -> Comparison:
    """Compare two or more articles. Raises SummariseError for fewer than two.
    ``progress(step)`` is called as each of COMPARE_STEPS begins."""
    step = progress or (lambda name: None)
    if len(articles) < 2:
        raise SummariseError(f"comparing needs at least two readable articles, got {len(articles)}")
    ids = [a.id for a in articles]
    if len(set(ids)) != len(ids):
        raise SummariseError("article ids must be distinct")
    try:
        language = normalize_language(options.language)
    except ValueError as exc:
        raise SummariseError(str(exc)) from None
    with cycles_paused():
        return _compare(tuple(articles), options, language, step)


@contextlib.contextmanager
def cycles_paused(freeze: bool = False) -> Iterator[None]:
    """Python's cycle collector off inside the block, as it was after (forked children
    inherit it). A comparison makes millions of objects that live to its end (tokens, facts,
    rows) and almost no cycles: at 1,000 articles the collector walked them over and over,
    1.5 s of this process's time and more in the children, for no memory back (peak 479 MB
    with it, 471 MB without). ``freeze``: what is alive at the block's end lives as long as
    the process (a command's results), and is frozen (gc.freeze) for the collector not to
    walk it once more when it is back on (0.15 s)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if freeze:
            gc.freeze()
        if enabled:
            gc.enable()


def _compare(
    articles: tuple[Article, ...],
    options: CompareOptions,
    language: str,
    step: Callable[[str], None],
) -> Comparison:
    from .beside import one_blas_thread, start
    from .semantic import default_embedder

    embedder = default_embedder(options.model)
    # Topics, distinctive words, salience and quotes do not depend on the matching: with
    # many sentences they are worked out beside it, in a forked process on the second core.
    # Both cores are then in use (this process and the child, two threads for the candidate
    # search), so BLAS runs one thread in each: its idle threads spin and slow the rest (at
    # 1,000 articles 20 to 22 s of CPU against 26). The outputs are byte-identical either way.
    large = sum(len(a.sentences) for a in articles) > BESIDE_FROM
    with one_blas_thread(large):
        # The meaning vectors of every sentence and its words, which the scorer embeds last,
        # and each sentence's facts, which it reads just before, made from the start by a
        # second child, while this process finds the copies and tokenises (each depends on
        # its text and article alone: a copy's are made and unused).
        prepared = _Prepared(start(_prepare, embedder, articles, fork=True)) if large else None
        try:
            # numpy and scipy load here, on first use, so that importing the package stays
            # fast: after the child is made, which needs none of this (0.18 s beside it).
            from .align import align, link
            from .copies import changed_sentences, find_copies
            from .pairs import build_scorer
            from .undone import undone_apart

            step(COMPARE_STEPS[0])
            by_id = {a.id: a for a in articles}
            duplicates = tuple(
                replace(d, changed=changed_sentences(by_id[d.copy], by_id[d.original]))
                if d.overlap < 1
                else d
                for d in find_copies(articles)
            )
            copies = {d.copy for d in duplicates}
            sources = tuple(a for a in articles if a.id not in copies)
            if large:  # each sentence tokenised here once, before the child is made: both use them
                for article in articles:
                    for sentence in article.sentences:
                        content_tokens(sentence.text, language)
            beside = start(_beside, sources, options, language, embedder, fork=large)
            # Expected only now: the first child must not inherit the expectation.
            embedder.expect(prepared)
            try:
                step(COMPARE_STEPS[1])
                scorer = build_scorer(
                    sources, language, embedder, None if prepared is None else prepared.facts
                )
                step(COMPARE_STEPS[2])
                links = link(scorer, threshold=options.threshold)
                step(COMPARE_STEPS[3])
                alignments = align(sources, scorer, links)
                step(COMPARE_STEPS[4])
                found, background, salience, quotes, disputes = beside.result()
                topics = (
                    found
                    if found is not None
                    else _asked(sources, options, language, embedder, background)
                )
                topics = _named(
                    sources,
                    _with_their_points(sources, topics, alignments),
                    language,
                    embedder,
                    quotes,
                )
            finally:
                beside.close()
                embedder.expect(None)
        finally:
            if prepared is not None:
                prepared.close()
    step(COMPARE_STEPS[5])
    # Shared: made by half the sources, or by three when there are more than six of them
    # (ten wire reports rarely repeat one point five times, but three saying it is news).
    need = max(2, min(SHARED_AT_MOST, math.ceil(len(sources) / 2)))
    shared = tuple(a for a in alignments if len(a.articles) >= need)
    step(COMPARE_STEPS[6])
    unique, unique_more, unmatched = _unique(
        sources, scorer, links, alignments, options.unique_per_article, salience, language, quotes
    )
    from .quotes import reported_speakers, speakers_elsewhere

    # (and a topic's sentences, listed apart from those around them: '"The U.S. is committed
    # to advancing negotiations ...," he said.' read as the Yvo de Boer of the sentence above
    # it in M004's topic table, its speaker's own sentence not being the topic's)
    listed = (
        *(r for _, refs in (*unique, *unique_more) for r in refs),
        *(r for t in topics for r in t.sentences),
        # (and the near matches, each beside a sentence of another source: Comparison.near_matches)
        *(r for u in unmatched for r in (u.sentence, u.best) if r is not None),
    )
    from .disputes import read_after, side
    from .figures import figures_given

    facts: list[list[Facts | None]] = [[None] * len(a.sentences) for a in sources]
    for row, fact in enumerate(scorer.facts):
        facts[int(scorer.owner[row])][int(scorer.local[row])] = fact
    step(COMPARE_STEPS[7])
    return Comparison(
        articles=articles,
        topics=topics,
        alignments=alignments,
        unique=unique,
        shared=shared,
        quotes=quotes,
        duplicates=duplicates,
        unmatched=unmatched,
        unique_more=unique_more,
        apart=(*ages_apart(sources, alignments), *undone_apart(sources, scorer)),
        speakers=_speakers(speakers_elsewhere(quotes, listed), reported_speakers(sources, listed)),
        disputes=disputes,
        dispute_context=read_after(sources, disputes),
        dispute_sides=tuple((ref, side(ref.text)) for ref in disputes),
        figures=figures_given(sources, facts),
    )


# A topic's sentence that the comparator matches with another source's (a group this sure or
# surer) takes that sentence into the topic: the two report one point, so both are about it.
# A blind reader found "China crackdown" said "None found in bbc-politics/386" beside 386's
# "The EU imposed its arms ban on China in 1989 after troops opened fire on protestors in
# Tiananmen Square", which the same brief lists as the point's third source (session 49).
# Discovered topics only: a query asks about one part of a sentence, which the point's other
# sentences need not say (M002's "were the sailors in Iraqi or Iranian waters" took four
# reports of what HMS Cornwall's crew had been inspecting; dev set and sample topic precision
# 0.81 -> 0.80 with queries too).
TOPIC_POINTS = LIKELY


def _with_their_points(
    sources: Sequence[Article], topics: Sequence[Topic], alignments: Sequence[Alignment]
) -> tuple[Topic, ...]:
    """Each discovered topic with the other members of each group (TOPIC_POINTS or surer)
    one of its sentences is in, in the sources' order."""
    # (each sentence's groups' members: one that carries two points is in two groups,
    # align._second_points, and brings both)
    members: dict[tuple[str, int], list[SentenceRef]] = {}
    for alignment in alignments:
        if alignment.confidence >= TOPIC_POINTS:
            # (not a member matched less surely: Alignment.weaker)
            sure = tuple(r for r in alignment.sentences if r.article not in alignment.weaker)
            for ref in sure:
                members.setdefault((ref.article, ref.index), []).extend(sure)
    if not members:
        return tuple(topics)
    order = {a.id: k for k, a in enumerate(sources)}
    out = []
    for topic in topics:
        if topic.query is not None:
            out.append(topic)
            continue
        held = {(s.article, s.index): s for s in topic.sentences}
        for s in topic.sentences:
            for other in members.get((s.article, s.index), ()):
                held.setdefault((other.article, other.index), other)
        if len(held) == len(topic.sentences):
            out.append(topic)
            continue
        ranked = sorted(held.values(), key=lambda r: (order.get(r.article, len(order)), r.index))
        out.append(replace(topic, sentences=tuple(ranked)))
    return tuple(out)


class _Prepared:
    """What _prepare's child sends, received once: ``result()`` gives the rows (what
    StaticEmbedder.expect takes), ``facts()`` the facts."""

    def __init__(self, pending: Pending[tuple[tuple[list[str], np.ndarray], KnownFacts]]) -> None:
        self._pending = pending
        self._value: tuple[tuple[list[str], np.ndarray], KnownFacts] | None = None

    def _received(self) -> tuple[tuple[list[str], np.ndarray], KnownFacts]:
        if self._value is None:
            self._value = self._pending.result()
        return self._value

    def result(self) -> tuple[list[str], np.ndarray]:
        return self._received()[0]

    def facts(self) -> KnownFacts:
        return self._received()[1]

    def close(self) -> None:
        self._pending.close()


def _prepare(
    embedder: StaticEmbedder, articles: Sequence[Article]
) -> tuple[tuple[list[str], np.ndarray], KnownFacts]:
    """_rows, and each sentence's facts (claims.facts, with its article's meeting place) by
    article id: 1.0 s of the scorer's work at 1,000 articles, made beside it. Sent as the
    distinct facts and each sentence's number among them (17,000 facts, 2,700 distinct,
    took 0.2 s to unpickle one by one)."""
    from .claims import KnownFacts, event_places, facts

    distinct: dict[Facts, int] = {}
    numbers = {}
    for article in articles:
        place = event_places([s.text for s in article.sentences])
        numbers[article.id] = [
            distinct.setdefault(facts(s.text, place), len(distinct)) for s in article.sentences
        ]
    return _rows(embedder, articles), KnownFacts(tuple(distinct), numbers)


def _rows(embedder: StaticEmbedder, articles: Sequence[Article]) -> tuple[list[str], np.ndarray]:
    """The meaning vectors of what pairs.build_scorer embeds, and a few more texts: each
    sentence, and each of its words written in lower case (build_scorer embeds its content
    words, small talk aside; the stop words are the few more). nlp.words finds every
    word there without stemming one: 0.3 s at 1,000 articles, against 0.8 s for the
    content words in a child whose tokens are not made yet."""
    texts = [s.text for a in articles for s in a.sentences]
    found = {w.lower(): None for w in words_in(texts)}
    return embedder.rows_of(texts + list(found))


def _beside(
    sources: tuple[Article, ...],
    options: CompareOptions,
    language: str,
    embedder: StaticEmbedder,
) -> tuple[
    tuple[Topic, ...] | None,
    Counter[str],
    list[Sequence[float]],
    tuple[QuoteGroup, ...],
    tuple[SentenceRef, ...],
]:
    """What compare() needs beside the matching: the topics discovered (None when they are
    asked for: _asked finds those after the matching, with the sentences' meaning vectors
    already made), the words' background counts, each source's salience (the default
    summariser's scores), the matched quotes and the disputes the sources report."""
    from ..summarizers import ALGORITHMS, DEFAULT_ALGORITHM
    from .disputes import find_disputes
    from .distinctive import word_background
    from .quotes import match_quotes
    from .topics import discover_topics
    from .vectors import build_space

    # Topics are the sources' (copies left out, as from the matching): a report and its copy
    # repeat every phrase, and four of six topics of a BBC story's brief were phrases of one
    # report that only its copy shared ("role", "clear outcome", "head": a blind reader's
    # finding, session 46).
    found = None
    if not options.topics:
        space = build_space(sources, language)
        found = discover_topics(sources, space, language, options.max_topics, embedder)
    background = word_background(sources, language)
    topics = None if found is None else _distinctive(sources, found, language, background)
    salience = ALGORITHMS[DEFAULT_ALGORITHM].score
    scores = [salience(article, language) for article in sources]
    # The background goes back only when topics are asked for (_asked needs it): sent from
    # a child, its counts (about 300,000 at 1,000 articles) took 0.2 s to read back, at the
    # end of the run, while the other core had nothing left to do.
    kept = background if topics is None else Counter()
    return topics, kept, scores, match_quotes(sources, language), find_disputes(sources, language)


def _asked(
    articles: tuple[Article, ...],
    options: CompareOptions,
    language: str,
    embedder: StaticEmbedder,
    background: Counter[str],
) -> tuple[Topic, ...]:
    """The topics asked for (options.topics), with their distinctive words."""
    from .topics import query_topic
    from .vectors import build_space

    space = build_space(articles, language)
    found = [query_topic(articles, space, q, language, embedder=embedder) for q in options.topics]
    return _distinctive(articles, found, language, background)


def _distinctive(
    articles: tuple[Article, ...], found: Sequence[Topic], language: str, background: Counter[str]
) -> tuple[Topic, ...]:
    from .distinctive import distinctive_terms

    return tuple(
        Topic(
            t.label,
            t.query,
            t.terms,
            t.sentences,
            distinctive_terms(articles, t, language, background=background),
            t.absent,
        )
        for t in found
    )


def _named(
    sources: tuple[Article, ...],
    topics: Sequence[Topic],
    language: str,
    embedder: StaticEmbedder,
    quotes: Sequence[QuoteGroup],
) -> tuple[Topic, ...]:
    """The topics with how each article names them (distinctive.topic_names), words being
    alike by the cosine of their meaning vectors (in lower case: the tokenizer reads "CAATSA"
    and "caatsa" as other tokens); a phrase inside quotation marks is given the speaker of
    the quote that holds it. Copies are left out (``sources``)."""
    from .distinctive import topic_names

    stem = stemmer(language)

    def alike(found: list[str], targets: list[str]) -> list[list[float]]:
        rows = embedder.embed(found) @ embedder.embed(targets).T
        # A word spelt like a label's word, of another stem, is not alike in meaning
        # (StaticEmbedder.spelt_alike): "waging war" had named "global warming". A query of
        # several words holds its own words' pieces, and is read as it is.
        for j, target in enumerate(targets):
            if " " in target:
                continue
            for i, word in enumerate(found):
                spelt = rows[i, j] > 0 and stem(word) != stem(target)
                if spelt and embedder.spelt_alike(word, target):
                    rows[i, j] = 0.0
        return [[float(x) for x in row] for row in rows]

    said: dict[str, list[Quote]] = {}
    for group in quotes:
        for quote in group.quotes:
            said.setdefault(quote.article, []).append(quote)

    def speaker(article: str, index: int, phrase: str) -> str | None:
        """The speaker of the article's quote that holds the phrase, in the phrase's sentence
        or one a quote began before it (the latest such), when the text names one."""
        pattern = re.compile(rf"(?<!\w){re.escape(phrase)}(?!\w)")
        holding = [q for q in said.get(article, ()) if q.index <= index and pattern.search(q.text)]
        return max(holding, key=lambda q: q.index).speaker if holding else None

    return tuple(
        replace(t, names=topic_names(sources, t, language, alike, speaker)) for t in topics
    )


def _a_list(text: str) -> bool:
    """Whether a text is a list of four items or more set apart by semicolons, of six words
    or fewer each on average: "Wendy Ide, The Times: Film - The Aviator; director - Martin
    Scorsese; actor - Jamie Foxx; actress - Hilary Swank." (a critics' table, BBC
    entertainment/368, that a blind reader found among the unique points, session 55)."""
    items = [item for item in text.split(";") if item.strip()]
    return len(items) >= 4 and len(text.split()) <= 6 * len(items)


def _names_only(text: str, language: str) -> bool:
    """Whether every content word of a text is a name or a figure: pairs.lists_names."""
    from .pairs import lists_names

    return lists_names(text, content_tokens(text, language), language)


# A caption states no point either: a short paragraph of one sentence without a verb
# ("Russell Square after the bombings.", "The intended route of Flight 447."). A verb here is
# an auxiliary, a common verb of news or of the past ("struck", "sank"), a lower-case word
# after a capitalised subject ("Police arrest two men."), or a lower-case word ending in -ed
# or -s that no article, preposition or possessive comes just before ("the intended route",
# "after the bombings" are nouns). Over MultiLing, BBC and CNN/DM, 12 sentences besides name
# lists read so: captions, readers' comments ("Predictable and laughable.") and broken text
# ("against Olympiakos on Wednesday evening."). A caption is ranked last among unique points,
# never dropped: a verb the lists miss ("The talks continue.") leaves a point there.
_CAPTION_WORDS = 10
# (and every past form cleaning's dated-caption rule knows: "struck", "sank", "held")
_FINITE = PAST_FORMS | frozenset(
    [
        *("is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had"),
        *("do", "does", "did", "will", "would", "can", "could", "may", "might", "must"),
        *("shall", "should", "say", "says", "said", "tell", "tells", "told", "get", "gets"),
        *("got", "go", "goes", "went", "come", "comes", "came", "make", "makes", "made"),
        *("take", "takes", "took", "give", "gives", "gave", "show", "shows", "showed", "seem"),
        *("seems", "win", "wins", "won", "lose", "loses", "lost", "see", "sees", "saw"),
        *("let", "shut", "bet", "spread"),
    ]
)
_NOT_BEFORE_A_VERB = frozenset(
    [
        *("the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their"),
        *("our", "my", "your", "whose", "each", "every", "some", "no", "of", "in", "on", "at"),
        *("after", "before", "during", "for", "with", "from", "to", "and", "by"),
    ]
)


_CONTRACTED_PRONOUNS = frozenset(
    ["i", "it", "he", "she", "we", "they", "you", "that", "there", "what"]
)


def _caption(text: str) -> bool:
    """Whether a paragraph's one sentence reads as a caption: short, and no verb in it."""
    words = text.split()
    if len(words) > _CAPTION_WORDS:
        return False
    for k, word in enumerate(words):
        bare = word.strip(".,;:!?\"'“”‘’()").lower().replace("’", "'")
        if bare.split("'")[0] in _CONTRACTED_PRONOUNS and "'" in bare:
            return False  # "it's", "I'm", "they're"
        if not bare.isalpha() or (k > 0 and word[:1].isupper()):
            continue
        if bare in _FINITE:
            return False
        # a lower-case word after a capitalised subject: "Police arrest two men.", "Oil hit
        # $50." ("The intended route": "The" is an article; "Predictable and laughable.")
        if (
            k == 1
            and words[0][:1].isupper()
            and words[0].lower() not in _NOT_BEFORE_A_VERB
            and bare not in _NOT_BEFORE_A_VERB
            and bare not in ("or", "but", "nor")
        ):
            return False
        if k > 0 and words[k - 1].lower() in _NOT_BEFORE_A_VERB:
            continue
        if bare.endswith("ed") or (
            len(bare) > 3 and bare.endswith("s") and not bare.endswith(("ss", "us", "is", "ics"))
        ):
            return False
    return True


def _lead_in(text: str) -> bool:
    """Whether a sentence only leads into what follows it ("Points raised in the report
    included:", "... report the numbers of dead as best they can:") or is a scrap of two words
    ("These are" before a list): it says no point of its own. Over MultiLing, BBC and CNN/DM
    74 sentences read so; list items ("* The rupture spread from south to north.") and
    short points ("Schools have collapsed.") do not."""
    return text.rstrip().endswith(":") or len(text.split()) < 3


def _unique(
    articles: Sequence[Article],
    scorer: PairScorer,
    links: Links,
    alignments: Sequence[Alignment],
    limit: int,
    salience: Sequence[Sequence[float]],
    language: str,
    quotes: Sequence[QuoteGroup] = (),
) -> tuple[
    tuple[tuple[str, tuple[SentenceRef, ...]], ...],
    tuple[tuple[str, tuple[SentenceRef, ...]], ...],
    tuple[Unmatched, ...],
]:
    """Each article's points that no other article makes, its most salient first (at most
    ``limit``, then in its order: a sentence that points back just after the one it leans on,
    or else past those that stand alone, and captions last; one whose actor or speaker is
    only "he" or "she" only after the one it leans on), the other unique sentences (past the
    limit), and the sentences that are neither aligned nor unique.

    A point is unique when its most likely match in every other article stays below
    pairs.UNIQUE. Salience is the default summariser's score, so "unique points" are what a
    summary of the article would pick among the sentences only it has (``salience``: each
    article's scores, from _beside). A sentence holding a quote another source gives too
    (``quotes``) is no unique point, however its words score: M002's "Faye Turney would 'be
    released very soon'" and "the female sailor will 'be released very soon'" (0.14) were
    both listed as said by one source only. It is listed as neither, the other source's
    sentence of the quote as its best match.
    """
    from .align import ref
    from .pairs import UNIQUE

    aligned = {(s.article, s.index) for a in alignments for s in a.sentences}
    first_row = dict(
        zip(
            (a.id for a in articles),
            itertools.accumulate((len(a.sentences) for a in articles), initial=0),
            strict=False,
        )
    )
    quoted_too: dict[tuple[str, int], tuple[int, int]] = {}  # (article, index): its rows
    for group in quotes:
        for q in group.quotes:
            other = next((o for o in group.quotes if o.article != q.article), None)
            if other is not None and q.article in first_row and other.article in first_row:
                mine = first_row[q.article] + q.index
                quoted_too[(q.article, q.index)] = (mine, first_row[other.article] + other.index)
    out = []
    more = []
    unmatched = []
    row = 0
    for article, scores in zip(articles, salience, strict=True):
        candidates = []
        for s in article.sentences:
            r, row = row, row + 1
            if (article.id, s.index) in aligned:
                continue
            if (article.id, s.index) in quoted_too:
                mine, theirs = quoted_too[(article.id, s.index)]
                unmatched.append(
                    Unmatched(
                        SentenceRef(article.id, s.index, s.text),
                        ref(articles, scorer, theirs),
                        round(scorer.probability(mine, theirs), 4),
                    )
                )
            elif links.best[r] < UNIQUE:
                candidates.append(s)
            else:
                partner = int(links.partner[r])
                unmatched.append(
                    Unmatched(
                        SentenceRef(article.id, s.index, s.text),
                        ref(articles, scorer, partner) if partner >= 0 else None,
                        round(float(links.best[r]), 4),
                    )
                )
        # A caption or a name list ("HMS Cornwall at Zeebrugge in 2006.", "Hasib Hussain, 18,
        # from Leeds.") says no point: past every sentence that does, however salient; a
        # sentence that points back ("They are all British nationals.") says its point only
        # beside the one before: past every sentence that stands alone.
        alone = Counter(s.paragraph for s in article.sentences)
        says_nothing = {
            s.index
            for s in candidates
            if _names_only(s.text, language)
            or _a_list(s.text)
            or _lead_in(s.text)
            or (alone[s.paragraph] == 1 and _caption(s.text))
        }
        leaning = {s.index for s in candidates if points_back(s.text, language)}
        candidates.sort(
            key=lambda s: (s.index in says_nothing, s.index in leaning, -scores[s.index], s.index)
        )
        # As ranked, but a sentence whose actor or speaker is only "he" or "she" just after
        # the sentence it leans on, or not at all: "He added that experts on human remains
        # were traveling to the recovery site", shown without the sentence before, says whose
        # point it is to no one.
        unnamed = {s.index for s in candidates if person_unnamed(s.text, language)}
        unnamed -= says_nothing
        shown: set[int] = set()
        for s in candidates:
            if len(shown) < limit and s.index not in unnamed and s.index not in says_nothing:
                shown.add(s.index)
        for s in sorted(candidates, key=lambda s: s.index):
            if len(shown) < limit and s.index in unnamed and s.index - 1 in shown:
                shown.add(s.index)
        for s in candidates:
            if len(shown) < limit and s.index in says_nothing:
                shown.add(s.index)
        # In the article's order, a sentence that points back just after the one it leans
        # on, others past those that stand alone, captions last: a brief shows the first.
        chosen = sorted(
            (s for s in candidates if s.index in shown),
            key=lambda s: (
                s.index in says_nothing,
                s.index in leaning and s.index - 1 not in shown,
                s.index,
            ),
        )
        rest = sorted((s for s in candidates if s.index not in shown), key=lambda s: s.index)
        out.append((article.id, tuple(SentenceRef(article.id, s.index, s.text) for s in chosen)))
        more.append((article.id, tuple(SentenceRef(article.id, s.index, s.text) for s in rest)))
    return tuple(out), tuple(more), tuple(unmatched)


def _speakers(
    *found: tuple[tuple[SentenceRef, str], ...],
) -> tuple[tuple[SentenceRef, str], ...]:
    """Each sentence's speaker once, the first reader's that names one (a quote's before
    reported speech's)."""
    seen: dict[SentenceRef, str] = {}
    for pairs in found:
        for ref, who in pairs:
            seen.setdefault(ref, who)
    return tuple(seen.items())
