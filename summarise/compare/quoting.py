"""Quotations in a text, every common style, and whether two quotations are one: the
primitives quotes.py (finding and matching quotes) and pairs.py (two sentences of different
quotations say two things) share."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

__all__ = [
    "OPENING_MARKS",
    "QUOTED",
    "QUOTE_COVERAGE",
    "QUOTE_SHARED",
    "quotation_matches",
    "quotations",
    "quote_words",
    "same_quote",
]

# Two quotations are one when at least this share of the shorter one's words are the longer
# one's, in the same order, in runs of two words or more (a quote trimmed by one outlet, a word
# or two changed by another). Words alone joined different quotes on one subject ("we are
# committed to developing an ... effective ... post-2012 framework" and "the U.S. is committed
# to advancing negotiations ... on a new post-2012 global ... agreement", MultiLing M004).
QUOTE_COVERAGE = 0.8
# ... but a quote that differs from the other in a word or more shares at least this many:
# "easier for all of us" has four words in five of Blair's "The quicker it is resolved, the
# easier it will be for all of us" (MultiLing M0029, M0023), said two days apart. Over BBC,
# MultiLing and CNN/DM the pairs sharing 4 or 5 words but not all were other quotes (4 pairs:
# "Britain is heading in the wrong direction" / "step in the wrong direction"), those
# sharing 7 or more the same quote trimmed or reworded (17 pairs); a short quote the other
# holds whole is still one ("mutual animosity and contempt", in 5 BBC reports).
QUOTE_SHARED = 6
# Every common style: “…”, "…", ``…'' (wire copy), „…“, «…», ‘…’ and '…' (single quotes
# only where they open after a space and close before punctuation or a space, so that
# apostrophes inside words are not taken for quotes). The marks pair in order, however short
# what they hold (find_quotes drops a pair too short for a quote): skipping a short one made
# its closing mark open the next, and 'were being "stingy" by making small contributions.
# Egeland later recanted ... was "one of the most generous pledges"' gave the reporter's words
# between as a quote (MultiLing M0002; 742 of 7,798 BBC quotes). A straight mark opens only
# where no letter or digit is before it and no space after it, and closes only where no
# letter or digit follows; a quote that runs on to another paragraph has no closing mark, so the next
# opening mark ends it: BBC's '... remains highly uncertain. "It is widely accepted that ...'
# (paragraphs joined) would else pair the second opening mark as the first one's close.
# Wire copy's ``...'' may hold an apostrophe (CNN/DM's "it 's"); only '' closes it. A
# straight mark may close on a curly one, as a page typed in two hands has it ('"In some
# villages ... have survived,” said, Becky Buell', MultiLing M0007), and hold a word in curly
# marks ('"the so-called “reform” is a sham"', a code review's case).
QUOTED = re.compile(
    r"“([^“”]{0,2000}?)”"
    r"|(?<!\w)\"(?!\s)((?:[^\"“”\n]|“[^\"“”\n]{0,200}”){0,2000}?)(?:[\"”](?!\w)|(?=\s+\"[^\s\"]))"
    r"|``((?:[^`'\n]|'(?!')){0,2000}?)''"
    r"|„([^„“”\n]{0,2000}?)[“”]"
    r"|«\s?([^«»\n]{0,2000}?)\s?»"
    r"|(?:(?<=\s)|^)‘([^‘’\n]{0,2000}?)’(?=[\s.,;:!?)]|$)"
    r"|(?:(?<=\s)|^)'([^'\n]{0,2000}?)'(?=[\s.,;:!?)]|$)",
    re.MULTILINE,
)
# Where a quote can open: each of QUOTED's matches starts at one of these marks.
OPENING_MARKS = "“\"`„«‘'"
_OPENING_MARK = re.compile(f"[{OPENING_MARKS}]")


def quotations(text: str) -> list[str]:
    """The quotations of a text, their marks included."""
    return [m.group(0) for m in quotation_matches(text)]


def quotation_matches(text: str) -> Iterator[re.Match[str]]:
    """QUOTED.finditer(text), tried only at the marks a quote opens with: some of its branches
    begin with a lookbehind, so the regex engine has no first character to skip ahead to
    and tried every position of every article (0.27 s at 1,000 articles, 0.06 s so)."""
    end = 0
    for mark in _OPENING_MARK.finditer(text):
        if mark.start() < end:
            continue
        match = QUOTED.match(text, mark.start())
        if match is not None:
            if match.group(2) is not None and text[match.end() - 1] not in '"”':
                match = _before_narration(text, match)
            end = match.end()
            yield match


# The sentences of a quotation left open (a straight mark that no mark closes before the next
# opens): where the last of them narrate ("Robinson also revealed that ..."), it ends before them.
_ATTRIBUTION_REACH = 300  # characters after a quotation read for the next one's speaker
_UNCLOSED = re.compile(r'"([^"“”\n]*)')


def _before_narration(text: str, match: re.Match[str]) -> re.Match[str]:
    from ..nlp import narrates, sentence_spans

    # (the quotation's sentences as the splitter reads them: past "Mr.", "Sen.", "U.S.", as
    # the sentences nlp._join_quotations cuts the same narration from)
    inner = match.start(2)
    spans = sentence_spans(text[inner : match.end(2)]) or [(0, match.end(2) - inner)]
    cuts = [inner + a for a, _ in spans]
    ends = [inner + b for _, b in spans]
    last = len(cuts) - 1
    said = text[match.end() : match.end() + _ATTRIBUTION_REACH]
    while last > 0 and narrates(text[cuts[last] : ends[last]], said):
        last -= 1
    if last == len(cuts) - 1:
        return match
    trimmed = _UNCLOSED.match(text, match.start(), ends[last])
    return trimmed if trimmed is not None else match


# Words that negate what a quote says: "we will not release the sailors" and "we will release
# the sailors" share five words in six, yet say opposite things. "n't" is read as "not"
# (quote_words), so "don't" and "do not" are one negation.
_NEGATIONS = frozenset(
    ["not", "no", "never", "nothing", "none", "nobody", "nowhere", "neither", "nor", "cannot"]
)
_NOT = re.compile(r"n['’]t\b", re.IGNORECASE)
_CONTRACTED = {
    "can't": "can not",
    "can’t": "can not",
    "cannot": "can not",
    "won't": "will not",
    "won’t": "will not",
}
_CONTRACTION = re.compile(r"\b(?:can['’]t|cannot|won['’]t)\b", re.IGNORECASE)


@functools.lru_cache(maxsize=20_000)
def quote_words(text: str) -> list[str]:
    """A quote's words in lower case, negations written out: "don't" is "do not", "can't"
    and "cannot" are "can not", "won't" is "will not"."""
    text = _CONTRACTION.sub(lambda m: _CONTRACTED[m.group().lower()], text)
    return re.findall(r"\w+", _NOT.sub(" not", text).lower())


def same_quote(first: str, second: str) -> bool:
    """Whether two quotes are one, however trimmed (QUOTE_COVERAGE of the shorter's words),
    and neither negates what the other says: a negation word that one has and the other
    lacks makes another statement ("we will not release them" is not "we will release
    them"), unless it is in words the longer one has before or after all of the shorter
    one's (the part one outlet trimmed)."""
    from difflib import SequenceMatcher

    short, long = sorted((quote_words(t) for t in (first, second)), key=len)
    # Words in matching runs are words of both: too few of the shorter one's in the longer
    # one, and no run can be long enough (the same answer, without the matcher's work).
    present = set(long)
    in_both = sum(w in present for w in short)
    if in_both < QUOTE_COVERAGE * len(short) or in_both < min(len(short), QUOTE_SHARED):
        return False
    matcher = SequenceMatcher(None, short, long, autojunk=False)
    blocks = matcher.get_matching_blocks()
    shared = sum(b.size for b in blocks if b.size >= 2)
    if shared < QUOTE_COVERAGE * len(short) or shared < min(len(short), QUOTE_SHARED):
        return False
    ops = matcher.get_opcodes()
    if ops and ops[0][0] == "insert":  # only the longer one's words at its start: trimmed
        ops = ops[1:]
    if ops and ops[-1][0] == "insert":  # ... and at its end
        ops = ops[:-1]
    # an edit that negates on one side only ("never say" / "not ever say" negate on both)
    return not any(
        tag != "equal"
        and bool(_NEGATIONS.intersection(short[i1:i2]))
        != bool(_NEGATIONS.intersection(long[j1:j2]))
        for tag, i1, i2, j1, j2 in ops
    )
