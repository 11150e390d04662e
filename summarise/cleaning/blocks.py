"""Paragraphs of scraped text as blocks: hard wraps joined, duplicates, title, headings, breadcrumbs."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .dates import DATE_ONLY, date_from_match
from .rules import CONTRIBUTOR_NOTE, MEDIA_CREDIT, QUESTION_HEADING, TEAM_SHEET
from .ruleset import furniture_at, is_credit, is_furniture, starts_as_furniture
from .text import (
    CLOSERS,
    INNER_BREAK,
    SPACE_RUN,
    TERMINAL,
    collapse_spaces,
    comparison_key,
    ends_sentence,
    more_words_than,
    sanitize,
)

__all__ = [
    "Block",
    "classify",
    "continues",
    "fallback_title",
    "mark_comments",
    "mark_duplicates",
    "mark_writer_note",
    "paragraphs",
    "pick_title",
    "standalone_date",
    "trailing_captions",
]


_CAMEL = re.compile(r"[a-z][A-Z][a-z]")


_CRUMB_SEP = re.compile(r"\s[>»›|/]\s|\s[-–]\s")


_HEADING_MAX_WORDS = 12


_TITLE_MAX_WORDS = 30


@dataclass(slots=True)
class Block:
    text: str
    key: str
    kind: str = "body"  # body, title, heading, or a Removed kind


def paragraphs(text: str) -> list[str]:
    """Logical paragraphs: blank-line blocks, split into lines unless a line is hard-wrapped."""
    out: list[str] = []
    for block in _BLANK_LINES.split(collapse_spaces(text)):
        lines = [line.strip() for line in block.split("\n")]
        lines = [line for line in lines if line]
        # A paragraph's lines, joined once it ends: joined line by line, a list of 20,000
        # items that go on in lower case had taken 47 s (a code review's case, session 56).
        parts: list[str] = []
        for line in lines:
            if parts and continues(_view(parts), line):
                parts.append(line)
            else:
                if parts:
                    out.append(" ".join(parts))
                parts = [line]
        if parts:
            out.append(" ".join(parts))
    return _with_lead_ins(out)


_VIEW = 400  # characters of a paragraph's end that continues() reads


def _view(parts: list[str]) -> str:
    """What continues() reads of a paragraph being joined (``parts``, its lines): its first
    line's opening, for whether it is a list's item, and its last _VIEW characters."""
    if len(parts) == 1:
        return parts[0]
    tail = " ".join(parts[-3:])[-_VIEW:]
    return f"{parts[0][:8]} … {tail}"


def _with_lead_ins(blocks: list[str]) -> list[str]:
    """The paragraphs, one with no sentence's end joined to the list whose items go on from
    it in lower case, past the blank line between them: "The government had claimed tobacco
    firms" / "- manipulated nicotine levels ... - lied about the dangers of smoking ..." is
    one sentence; apart, the first was dropped as a heading and the list read "- lied about
    the dangers ..." (a blind reader's tobacco brief, session 56)."""
    out: list[list[str]] = []
    for block in blocks:
        item = _LIST_ITEM.match(block)
        if out and item and block[item.end() :][:1].islower() and not TERMINAL.search(out[-1][-1]):
            out[-1].append(block)
        else:
            out.append([block])
    return [" ".join(parts) for parts in out]


_BLANK_LINES = re.compile(r"\n\s*\n")
# A list item's marker opening a line: "- ", "* ", "• "
_LIST_ITEM = re.compile(r"[-–*•·▪]\s+(?=\S)")
# A stop, then a capital: a sentence ends inside the line.
_INNER_STOP = re.compile(r"[.!?]['\"’”)]*\s+[A-Z]")
_A_PICTURE_CREDIT = re.compile(MEDIA_CREDIT, re.IGNORECASE)  # "Image: Diego Grez."
# A line that goes on from the paragraph or quotes someone is the story's, not a caption:
# "He will appear before Leeds magistrates on Tuesday.", '"It is a disaster," said Jane Smith.'
_TOLD = re.compile(
    r"^(?:He|She|They|It|We|I|You|This|That|These|Those|His|Her|Their|Its|Our|But|And|So)\b"
    r"|[\"“”'‘’«»]|\b(?:said|says|told|added|asked)\b"
)
_BLOCKS_AT_LEAST = 3  # blank-line blocks a text has when it sets its paragraphs apart so
_TRAILER_WORDS = 14  # a caption or a sub-heading is shorter than this
_PARAGRAPH_CHARS = 120  # a line this long is a paragraph, not a hard-wrapped line of one


def trailing_captions(text: str) -> set[str]:
    """Short lines a page puts after a paragraph on the next line, with no blank line
    between: a picture's caption or a sub-heading ("Japan tops the U.S.", "Lots of children
    have been affected by the earthquake.", "The intended route of Flight 447.": MultiLing's
    Wikinews pages, where an analyst found two of them given as points only one source
    makes). Such a line closes its block, follows a line of two sentences or more that ends
    one, and may only be followed by a credit ("Image: Diego Grez."). Text written a sentence
    to a line, or hard-wrapped, has no line of two sentences 120 characters long before a
    short last one; nor does a text without blank lines between its paragraphs, and a line
    that goes on from the one before ("He will appear ...") or quotes someone is the story's
    (a code review's cases). Over the shared sets four lines are taken, all on MultiLing's pages
    (three captions and "Japan tops the U.S."); BBC's, CNN/DailyMail's and the sample's texts
    have none (a short last line that ends no sentence, "Margaret Beckett", was a heading
    already)."""
    out: set[str] = set()
    blocks = _BLANK_LINES.split(collapse_spaces(text))
    if len(blocks) < _BLOCKS_AT_LEAST:
        return out  # a text without blank lines between its paragraphs: each line is one
    for block in blocks:
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        if len(lines) == 3 and (is_credit(lines[2]) or _A_PICTURE_CREDIT.match(lines[2])):
            lines = lines[:2]
        if len(lines) != 2:
            continue
        paragraph, last = lines
        if (
            len(paragraph) >= _PARAGRAPH_CHARS
            and TERMINAL.search(paragraph)
            and _INNER_STOP.search(paragraph)
            and not more_words_than(last, _TRAILER_WORDS - 1)
            and not _TOLD.search(last)
        ):
            out.add(last)
    return out


_OPENS_A_SENTENCE = re.compile(r"(?:The|An?) [a-z]")


def continues(previous: str, line: str) -> bool:
    """Does ``line`` continue ``previous`` (a hard-wrapped paragraph), rather than start anew?"""
    if TERMINAL.search(previous, max(0, len(previous) - 16)):
        return False
    item = _LIST_ITEM.match(line)
    if item and (line[item.end() :][:1].islower() or _LIST_ITEM.match(previous)):
        # A list's item on its line: its own, when it opens as a sentence does ("In his
        # budget Mr Chidambaram has:" / "- Increased spending on primary education to
        # 71.56bn rupees ($1.6bn)" / "- Increased spending on health ..."), which had run
        # into one another, the first ones dropped as headings; one in lower case goes on
        # from the words before it ("The government had claimed tobacco firms" / "-
        # manipulated nicotine levels to increase addiction" / "- lied about the dangers
        # of smoking ..."), whose last item had stood alone as "- lied about ..." (session 56).
        # (A dash that opens a hard-wrapped line after a line of prose, not after an item,
        # is the prose's: "... coach Frank Rijkaard" / "- Mourinho claimed the two had met
        # ...", a code review's case.)
        return line[item.end() :][:1].islower()
    if previous[-1:].islower() and _OPENS_A_SENTENCE.match(line):
        # a list of lines with no stops ("The three buy tickets and catch a train to King's
        # Cross" / "The men arrive at King's Cross at 8:55 a.m. ...", MultiLing M0019): in
        # prose a sentence does not go on with a capital "The" (nlp._GLUED), so each line is
        # its own, and is not taken for a caption run into the next sentence
        return False
    if line[0].islower() or line[0] in ",;:)":
        return True
    # A long line without end punctuation is a wrapped line; a short one is a heading.
    return more_words_than(previous, _HEADING_MAX_WORDS) and len(previous) >= 60


# The heading of a page's readers' comments, a line of its own: "Have your say" (BBC News),
# "Your comments", "Readers' comments", "What you said". Not a bare "Comments" or "12
# comments", which share bars print at an article's top as well (those lines are dropped as
# furniture, and nothing after them is).
_COMMENTS_HEADING = re.compile(
    r"(?:have your say|your (?:comments|views|say)|(?:readers?|users?|visitors?)['’]?\s+comments"
    r"|comments from (?:our )?readers|what you (?:said|think|told us)"
    r"|(?:here (?:is|are) )?(?:a selection of )?your (?:comments|e-?mails)(?: so far)?)"
    r"\s*[:.!]?",
    re.IGNORECASE,
)
_BODY_BEFORE_COMMENTS = 3  # paragraphs of article before such a heading, at least


def mark_comments(blocks: list[Block]) -> None:
    """Readers' comments under their heading (_COMMENTS_HEADING) are no article: every
    paragraph after the heading is furniture, when the article has run for a few paragraphs
    before it. A reader found a page's "Have your say" posts ("Thank goodness that Kilroy-
    Silk has gone - now UKIP at least has a chance in the election!") read as the article's
    sentences (session 19; that page's copy had lost its heading)."""
    body = 0
    for k, block in enumerate(blocks):
        if (
            block.kind == "body"
            and body >= _BODY_BEFORE_COMMENTS
            and _COMMENTS_HEADING.fullmatch(block.text.strip())
        ):
            for later in blocks[k:]:
                if later.kind in ("body", "heading"):
                    later.kind = "furniture"
            return
        if block.kind == "body":
            body += 1


def mark_duplicates(blocks: list[Block]) -> None:
    seen: set[str] = set()
    for block in blocks:
        if not block.key:
            block.kind = "furniture"
        elif block.key in seen:
            block.kind = "duplicate"
        else:
            seen.add(block.key)
    # A standfirst that a later paragraph repeats in full (a prefix or a part of it): keep
    # the fuller one. Only the opening paragraphs are checked, so this stays linear.
    live = [b for b in blocks if b.kind == "body"]
    for i, block in enumerate(live[:12]):
        if not more_words_than(block.key, 5):
            continue
        if any(block.key in later.key for later in live[i + 1 :] if later.kind == "body"):
            block.kind = "duplicate"


def pick_title(blocks: list[Block], title_hint: str | None) -> str:
    """The first live paragraph becomes the title when it reads as a headline."""
    # A hint comes from HTML metadata or a JSONL row: clean it as the text is cleaned.
    title = (
        SPACE_RUN.sub(" ", sanitize(title_hint).replace("\n", " ")).strip() if title_hint else ""
    )
    title_key = comparison_key(title)
    for block in blocks:
        if block.kind != "body":
            continue
        if _is_breadcrumb(block.text):
            block.kind = "breadcrumb"
            continue
        if is_furniture(block.text) or is_credit(block.text):
            continue
        if _is_headline(block.text):
            if not title or title_key == block.key:
                title, title_key = block.text, block.key
                block.kind = "title"
            elif title_key in block.key or block.key in title_key:
                block.kind = "title"
        break
    if title:
        for block in blocks:
            if block.kind == "body" and block.key == title_key:
                block.kind = "duplicate"
    return title


# A paragraph of several sentences is page furniture when it starts as furniture does, or
# holds furniture after fewer than FURNITURE_LEAD words ("Thomson Reuters 2015. All rights
# reserved. Users may download ...", a comment form's "Leave a Reply Cancel reply Your email
# address will not be published. ..."); furniture after a real sentence ("Sorry we are not
# currently accepting comments on this article." glued to the end of a DailyMail story
# written as one paragraph) is one sentence of it, and cleaning drops that sentence, not the
# paragraph. A paragraph of one sentence that holds furniture anywhere is furniture.
FURNITURE_LEAD = 6
_SENTENCE_BREAK = re.compile(r"[.!?][\"'”’)\]]*\s+[\"'“‘(]?[A-Z]")


def is_furniture_block(text: str) -> bool:
    """Whether a whole paragraph is page furniture (see FURNITURE_LEAD)."""
    if starts_as_furniture(text):
        return True
    found = furniture_at(text)
    if found is None or glued_furniture_at(text) is not None:
        return False
    return (
        not more_words_than(text[:found], FURNITURE_LEAD - 1)
        or _SENTENCE_BREAK.search(text) is None
    )


def glued_furniture_at(text: str) -> int | None:
    """Where furniture glued to the end of a sentence without a full stop begins: "... an
    address in Fulham, south west London Sorry we are not currently accepting comments on
    this article." (a page's text run together). Furniture glued so starts with a capital
    after a word that ends no sentence, FURNITURE_LEAD words or more into the sentence, and
    holds the rest of it (no sentence starts after it); met elsewhere in a sentence, it
    takes the sentence ("The council said comments are closed until May")."""
    found = furniture_at(text)
    if found is None or found == 0 or not text[found].isupper() or text[found - 1] != " ":
        return None
    before = text[:found].rstrip()
    if before[-1:] in ".!?:;\"'”’)" or not more_words_than(before, FURNITURE_LEAD - 1):
        return None
    if _SENTENCE_BREAK.search(text, found):
        return None
    return found


def classify(text: str) -> str:
    if is_furniture_block(text) or TEAM_SHEET.fullmatch(text):
        return "furniture"
    if is_credit(text):
        return "credit"
    if _is_heading(text):
        return "heading"
    return "body"


def mark_writer_note(blocks: list[Block]) -> None:
    """An article's last paragraph that is a note on its writer (CONTRIBUTOR_NOTE) is a
    credit: "Clark Boyd is technology correspondent for The World, ...". Only the last: in
    the story, "Paul Dacre is the editor of the Daily Mail." is news (a code review's case)."""
    body = [b for b in blocks if b.kind == "body"]
    if body and CONTRIBUTOR_NOTE.fullmatch(body[-1].text):
        body[-1].kind = "credit"


def _is_heading(text: str) -> bool:
    if _LIST_ITEM.match(text):
        return False  # (a list's item, with no full stop: "- Increased spending on health")
    if more_words_than(text, _HEADING_MAX_WORDS) or INNER_BREAK.search(text):
        return False
    return not ends_sentence(text) or QUESTION_HEADING.fullmatch(text) is not None


def _is_headline(text: str) -> bool:
    stripped = text.rstrip(CLOSERS + " ")
    if not stripped or more_words_than(text, _TITLE_MAX_WORDS):
        return False
    if INNER_BREAK.search(text) or _WIDE_BREAK.search(text) or DATE_ONLY.match(text):
        return False
    # A headline may ask or exclaim, but does not end with a full stop (nor a Chinese or
    # Japanese one, nor a danda: a paragraph of Chinese sentences, which has no spaces and
    # so few "words", had become the title and left no sentence, a user's case).
    return not stripped.endswith((".", "…", ":", ";", ",", "。", "．", "।", "॥"))


# A full stop inside a paragraph in scripts that need no space after it: "。", a danda (a
# headline may ask or exclaim: "重磅！国务院发布促进消费新规", "なぜ？円安が止まらない理由",
# a code review's cases).
_WIDE_BREAK = re.compile(r"[。．।॥][\"'”’」』）)]*\s*\S")


def _is_breadcrumb(text: str) -> bool:
    if more_words_than(text, 10) or ends_sentence(text):
        return False
    glued = len(_CAMEL.findall(text))
    return glued >= 2 or (glued >= 1 and bool(_CRUMB_SEP.search(text))) or text.count(" › ") >= 1


def standalone_date(blocks: list[Block]) -> str | None:
    for block in blocks[:8]:
        match = DATE_ONLY.match(block.text)
        if match:
            if block.kind == "body":
                block.kind = "dateline"
            return date_from_match(match)
    return None


def fallback_title(first_sentence: str, limit: int = 80) -> str:
    if len(first_sentence) <= limit:
        return first_sentence
    cut = first_sentence[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;:–— ") + "…"
