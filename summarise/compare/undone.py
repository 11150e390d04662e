"""An act one source reports and another reports undone or prevented: "The two-time world
half-marathon silver medallist will be back to challenge Radcliffe at this year's London
event in April" against "But the ban will prevent the two-time world half-marathon silver
medallist from challenging Radcliffe at this year's London event in April" (BBC sport/013,
sport/021). The comparator never makes such sentences one point (pairs.UNDONE: the act and
its undoing are two events), so no point showed that they disagree, and a blind reader found
the brief telling of Chepkemei's ban alone (session 57; the two reports' first sentences,
"has suspended ... Chepkemei" and "has reversed a ban on ... Chepkemei", score 0.44 and are
not set side by side). Such pairs are a disagreement in sentences of no one
point (Comparison.apart, measure "undone"), which may be no more than one report being older
than the other: the brief says so when they carry no date or were published days apart.

A pair is read when the sentence that reports the undoing (pairs.undoes: a ban lifted, a
ruling overturned, someone cleared, a trial put off) and one of another source would be a
strong match but for it (UNDONE_AT), neither on a condition ("if the embargo was lifted").
Not an appeal, which seeks to undo and undoes nothing yet ("will appeal against the
acquittal" beside "can appeal against any decision" are one point, told alike), nor an
undoing still to come ("expected the embargo to be lifted")."""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from ..models import STRONG, Article, Conflict
from .align import ref
from .pairs import PairScorer, undoing

__all__ = ["undone_apart"]

UNDONE_AT = STRONG  # the pair's probability, its undoing set aside
_NEIGHBOURS = 8  # sentences of other sources, nearest in meaning, each undoing is read with
_APPEAL = re.compile(r"appeal", re.IGNORECASE)
# What a ban "will prevent" it prevents now (not an undoing to come, below).
_PREVENTS = re.compile(r"prevent|barred|banned|blocked", re.IGNORECASE)
# An undoing still to come, or expected: "he expected the embargo to be lifted within six
# months" undoes nothing yet (BBC politics/386, beside "He expects it to be lifted").
_AHEAD = re.compile(r"\bto\s+be\b|\b(?:to|will|would|could|may|might|should|shall)\s+$")
# The act as the other source tells it: its first verb group ("has suspended", "will be
# back", "had been charged"), or a past form alone.
_ACT = re.compile(
    r"\b(?:has|have|had|was|were|is|are|will|would|can|could)\s+(?:not\s+)?(?:been\s+|be\s+)?"
    r"[a-z][\w-]*|\b[a-z][\w-]*ed\b"
)


def undone_apart(
    articles: Sequence[Article], scorer: PairScorer
) -> tuple[tuple[Conflict, ...], ...]:
    """For each sentence that reports an act undone, its disagreements with the sentences
    of other sources that report the act (one for each source at most, the likeliest)."""
    texts = {}
    rows = []
    for row in np.flatnonzero(scorer.undone & (scorer.conditional == 0)).tolist():
        sentence = ref(articles, scorer, row)
        undone = undoing(sentence.text)
        if undone is None or _APPEAL.search(undone) or _AHEAD.search(undone):
            continue
        before = sentence.text[: sentence.text.find(undone)]
        # (what a ban "will prevent" it prevents now: "But the ban will prevent the two-time
        # world half-marathon silver medallist from challenging Radcliffe", BBC sport/021)
        if _PREVENTS.match(undone) or not _AHEAD.search(before[-20:]):
            rows.append(row)
            texts[row] = (sentence, undone)
    if not rows:
        return ()
    told = ~scorer.undone & (scorer.conditional == 0)
    # (one product for every undoing: at 1,000 BBC articles about a hundred rows by 20,000)
    closeness = scorer.meaning[rows] @ scorer.meaning.T
    out = []
    for row, close in zip(rows, closeness, strict=True):
        others = np.flatnonzero(told & (scorer.owner != scorer.owner[row]))
        if not len(others):
            continue
        near = others[np.argsort(-close[others], kind="stable")[:_NEIGHBOURS]]
        likely = scorer.probabilities(np.full(len(near), row), near, undoing=False)
        best: dict[int, tuple[float, int]] = {}
        for other, p in zip(near.tolist(), likely.tolist(), strict=True):
            owner = int(scorer.owner[other])
            if p >= UNDONE_AT and p > best.get(owner, (0.0, -1))[0]:
                best[owner] = (p, other)
        sentence, undone = texts[row]
        found = []
        for _, other in sorted(best.values(), key=lambda b: int(scorer.owner[b[1]])):
            act = ref(articles, scorer, other)
            verb = _ACT.search(act.text)
            found.append(
                Conflict(
                    "undone",
                    act,
                    verb.group() if verb is not None else "",
                    sentence,
                    undone,
                    None,
                    None,
                )
            )
        if found:
            out.append(tuple(found))
    return tuple(out)
