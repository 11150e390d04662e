"""A brief on a set of articles: summaries and comparison together. No I/O, no formatting."""

from __future__ import annotations

import dataclasses
import itertools
from collections import Counter
from collections.abc import Callable, Sequence

from .compare import COMPARE_STEPS, compare
from .compare.events import titled_groups
from .compare.quotes import speakers_elsewhere
from .compare.stages import foretells, foretold_verbs, verb_stem
from .merge import credits, merge
from .models import (
    LIKELY,
    Alignment,
    Article,
    Budget,
    CompareOptions,
    Comparison,
    Failure,
    MergedSentence,
    MergeOptions,
    Report,
    SentenceRef,
    SummaryOptions,
)
from .summarizers import summarise_all

IN_SHORT = 3  # sentences of the merged summary at the top of a brief

# The steps of a brief, as build_report reports them to ``progress``: the comparison's,
# then its own.
REPORT_STEPS = (*COMPARE_STEPS, "merging the summary in short", "summarising each source")

__all__ = ["REPORT_STEPS", "build_report"]


def build_report(
    articles: Sequence[Article],
    summary: SummaryOptions = SummaryOptions(),
    comparison: CompareOptions = CompareOptions(),
    failures: Sequence[Failure] = (),
    progress: Callable[[str], None] | None = None,
    one_story: bool = False,
) -> Report:
    """Summarise each article and compare them all, and merge them into a few sentences
    that say what happened, each with the sources that report it. Raises SummariseError
    for fewer than two. ``progress(step)`` is called as each of REPORT_STEPS begins.
    ``one_story``: the articles were grouped as one story already (``summarise stories``),
    so the brief does not group them into events again: in a pile of its own a story's
    articles weigh their shared words less, and 76 of 239 story briefs had opened "These 11
    articles seem to report 11 different events" under an index that calls them one story."""
    compared = compare(articles, comparison, progress)
    step = progress or (lambda name: None)
    step(REPORT_STEPS[len(COMPARE_STEPS)])
    sources_only = list(compared.sources())
    short = dataclasses.replace(summary, budget=Budget(sentences=IN_SHORT))
    # A running story is told to where it stands (MergeOptions.latest): four readers of
    # MultiLing's briefs found "In short" ending before the story did (the Bali talks at their
    # "halfway mark", Iran's sailors at a "suspended" release, no winner of the Tour). On its
    # ten clusters ROUGE recall at three sentences is as good (R1 / R2 19.19 / 8.32 without
    # it, 19.16 / 8.37 with it, as measured in session 49; within half a point either way at
    # 100 to 250 words); opening on the first report instead lost (18.01 / 8.04):
    # benchmarks/merge_variants.py.
    merged = merge(sources_only, MergeOptions(summary=short, latest=True, standalone=True))
    merged = dataclasses.replace(
        merged, sentences=_as_it_stands(merged.sentences, compared.alignments, articles)
    )
    # Each sentence cites the articles of the comparator's point it belongs to (the same
    # decision the brief shows under "What the sources agree on"), else its own alone.
    point_of = credits(compared.alignments)
    in_short = tuple(
        (
            s.text,
            (s.article, *(i for i in point_of.get((s.article, s.index), ()) if i != s.article)),
        )
        for s in merged.sentences
    )
    # A quote "In short" gives alone is shown with its speaker, as a unique point is.
    said = speakers_elsewhere(
        compared.quotes, (SentenceRef(s.article, s.index, s.text) for s in merged.sentences)
    )
    if said:
        speakers = tuple(dict.fromkeys((*compared.speakers, *said)))
        compared = dataclasses.replace(compared, speakers=speakers)
    step(REPORT_STEPS[len(COMPARE_STEPS) + 1])
    groups, title = (
        ([], None)
        if one_story
        else titled_groups(sources_only, summary.language, _same_event(sources_only, compared))
    )
    stories = tuple(tuple(sources_only[i].id for i in g) for g in groups) if len(groups) > 1 else ()
    return Report(
        summarise_all(articles, summary), compared, tuple(failures), in_short, stories, title
    )


# Points (strong or likely matches) that two sources share, for the brief to read them as
# reporting one event whatever the story grouping says: three reports of the mayor's "Nazi"
# jibe, sharing six agreed points, had been "3 different events" (a QA user's case, session
# 54; a small pile weighs a story's own words less), and so had three reports of the Tories'
# £35bn spending plan that share six likely ones (a blind reader's case, session 55). One
# shared point is not enough: two reports of different days may print one background
# sentence. (Possible matches do not count: a reader found most of them wrong.)
SAME_EVENT_POINTS = 2


def _same_event(sources: Sequence[Article], compared: Comparison) -> list[tuple[int, int]]:
    """The pairs of sources (positions) that share SAME_EVENT_POINTS points, each a strong or
    a likely match."""
    at = {a.id: k for k, a in enumerate(sources)}
    shared: Counter[tuple[int, int]] = Counter()
    for group in compared.alignments:
        if group.confidence >= LIKELY:
            ids = sorted({at[r.article] for r in group.sentences if r.article in at})
            shared.update(itertools.combinations(ids, 2))
    return [pair for pair, n in shared.items() if n >= SAME_EVENT_POINTS]


def _as_it_stands(
    sentences: Sequence[MergedSentence],
    alignments: Sequence[Alignment],
    articles: Sequence[Article],
) -> tuple[MergedSentence, ...]:
    """The merged sentences, one that foretells what another source of its point tells as
    done (a stage conflict: "Glenn Hoddle will be unveiled as the new Wolves manager on
    Tuesday" beside "Glenn Hoddle has been unveiled as the new Wolves manager") replaced by
    that source's sentence, or left out when "In short" gives it already; not when the
    source that foretells it is the later of two dated ones. So is another sentence of the
    same source that foretells the same verb of the same thing (_one_subject): "Details of
    the chip designed to power Sony's PlayStation 3 console will be released in San
    Francisco on Monday", the Cell chip brief's first line, whose source's "Details of the
    chip will be released at the International Solid State Circuits Conference" another
    source tells as "were released" (a blind reader refused it beside the brief's third
    line, "unveiled the chip on Monday")."""
    day = {a.id: a.day for a in articles}
    done: dict[tuple[str, int], SentenceRef] = {}
    # (source, verb's stem): the sentence that foretells it, and the act told
    by_verb: dict[tuple[str, str], tuple[str, SentenceRef]] = {}
    for group in alignments:
        for c in group.conflicts:
            if c.measure != "stage":
                continue
            first = foretells(c.first_says)
            plan, act = (c.first, c.second) if first else (c.second, c.first)
            planned, acted = day.get(plan.article), day.get(act.article)
            if planned is not None and acted is not None and planned > acted:
                continue
            done.setdefault((plan.article, plan.index), act)
            verb = verb_stem(c.first_says if first else c.second_says)
            by_verb.setdefault((plan.article, verb), (plan.text, act))
    out: list[MergedSentence] = []
    for s in sentences:
        told = done.get((s.article, s.index)) or next(
            (
                by_verb[k][1]
                for k in ((s.article, v) for v in foretold_verbs(s.text))
                if k in by_verb and _one_subject(s.text, by_verb[k][0])
            ),
            None,
        )
        if told is not None:
            s = MergedSentence(told.article, told.index, told.text, s.score)
        if all((s.article, s.index) != (o.article, o.index) for o in out):
            out.append(s)
    return tuple(out)


def _one_subject(first: str, second: str) -> bool:
    """Whether two sentences of one source open on the same two words, and so tell of one
    thing: "Details of the chip designed to power ... will be released in San Francisco on
    Monday" and "Details of the chip will be released at the ... Conference"; not "The club's
    new training ground will be unveiled next spring" beside "Glenn Hoddle will be unveiled
    as the new Wolves manager" (a code review's case)."""
    return first.lower().split()[:2] == second.lower().split()[:2]
