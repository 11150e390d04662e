"""Scraped text to an Article: blocks, title, date, then candidate sentences without furniture."""

from __future__ import annotations

import re

from .. import defaults
from ..errors import InputError
from ..languages import normalize_language
from ..models import Article, Removed, RemovedKind, Sentence
from ..nlp import has_words, runs_into_next, sentence_spans
from .blocks import (
    Block,
    classify,
    fallback_title,
    glued_furniture_at,
    mark_comments,
    mark_duplicates,
    mark_writer_note,
    paragraphs,
    pick_title,
    standalone_date,
    trailing_captions,
)
from .captions import credits_caption, is_dated_caption
from .dates import normalise_date, split_dateline
from .rules import GLUED_POINTER, GLUED_POINTER_STARTS
from .ruleset import is_credit, is_furniture, is_furniture_part
from .text import comparison_key, more_words_than, read_references, sanitize

__all__ = ["LONGEST_SENTENCE", "parse_text"]


_MIN_SENTENCE_WORDS = 2
# Words a sentence has at most: a longer run without a sentence's end is a list or a text
# without punctuation, no sentence to summarise or compare. The longest of the 42,571
# sentences of BBC, CNN/DM, MultiLing and the sample are two run-together lists of 355 and
# 334 words; a 20 MB file of one line had been one "sentence", printed whole as its own
# summary and taking `compare` 64 s and 2.3 GB (a user's test, session 51).
LONGEST_SENTENCE = 400
# ... and characters (the longest of those sentences has 1,916): a run of Chinese or
# Japanese, whose words no space parts, is held to it too (a code review's case).
LONGEST_SENTENCE_CHARACTERS = 4000
_SHOWN_OF_A_RUN = 200  # characters of a dropped run kept in Article.removed


# A list item's marker before its sentence: MultiLing M0094 listed "* Flag of the Republic
# of China was shown at Davis Cup ...", and briefs printed the star ("\\* Ta Meng ...").
# A heading in capitals left at a paragraph's end, with no full stop: "KEY MATCH STATS",
# "HEAD TO HEAD" (BBC's match previews), "THE LEGEND OF ZELDA"; the only such sentences over
# BBC, CNN/DM and MultiLing.
_CAPITALS_HEADING = re.compile(r"[A-Z][A-Z'’&-]*(?:\s+[A-Z][A-Z'’&-]*){0,5}")
_LIST_MARKER = re.compile(r"[*•·▪►‣◦]\s+(?=\S)|[-–]\s+(?=[A-Z\d\"“'‘])")


def parse_text(
    text: str,
    *,
    article_id: str = "article",
    path: str = "",
    language: str = defaults.LANGUAGE,
    title_hint: str | None = None,
    date_hint: str | None = None,
    references: bool = True,
) -> Article:
    """Clean scraped text into an Article. Raises InputError when no sentence is left.
    ``references``: read the character references a scrape left in the text and title
    ("Jos&#233;"; read_references); False for text an HTML or Markdown reader gave, whose
    references are read already."""
    language = normalize_language(language)
    raw = text
    if references:
        text = read_references(text)
        title_hint = read_references(title_hint) if title_hint else title_hint
    clean = sanitize(text)
    blocks = [Block(p, comparison_key(p)) for p in paragraphs(clean)]
    captions = trailing_captions(clean)
    date = normalise_date(date_hint) if date_hint else None
    removed: list[Removed] = []

    mark_duplicates(blocks)
    mark_comments(blocks)
    title = pick_title(blocks, title_hint)
    for block in blocks:
        if block.kind == "body":
            block.kind = "furniture" if block.text in captions else classify(block.text)
    mark_writer_note(blocks)

    body = [b for b in blocks if b.kind == "body"]
    # The texts that passed is_furniture whole (the dateline split may cut the first); one
    # kept with furniture inside it (blocks.is_furniture_block) did not: None.
    passed = [b.text if not is_furniture(b.text) else None for b in body]
    if body:
        body[0].text, found = split_dateline(body[0].text, removed)
        date = found or date
    if date is None:
        date = standalone_date(blocks)

    headings = tuple(b.text for b in blocks if b.kind in {"title", "heading"})
    for block in blocks:
        if block.kind not in {"body", "heading", "title"}:
            removed.append(Removed(RemovedKind(block.kind), block.text))

    kept: list[str] = []
    sentences: list[Sentence] = []
    run_on = False  # a run of words too long to be a sentence was dropped (LONGEST_SENTENCE)
    seen: set[str] = set()
    offset = 0
    for block, whole in zip(body, passed, strict=True):
        if not block.text:
            continue
        para_no = len(kept)
        text_passed = block.text == whole
        previous: tuple[int, int] | None = None  # the span of the block's last kept sentence
        for start, end in sentence_spans(block.text):
            marker = _LIST_MARKER.match(block.text, start, end)
            if marker:  # a list item's marker is no word of its sentence ("* Ta Meng ...")
                start = marker.end()
            if block.text.startswith(GLUED_POINTER_STARTS, start) or _image_first(
                block.text, start, end
            ):
                start = _cut_glued_pointer(block.text, start, end, removed)
            end = _cut_glued_furniture(block.text, start, end, text_passed, removed)
            sentence = block.text[start:end]
            if len(sentence) > LONGEST_SENTENCE_CHARACTERS or more_words_than(
                sentence, LONGEST_SENTENCE
            ):
                removed.append(Removed(RemovedKind.FRAGMENT, sentence[:_SHOWN_OF_A_RUN] + "…"))
                run_on = True
                continue
            key = comparison_key(sentence)
            if key in seen:
                removed.append(Removed(RemovedKind.DUPLICATE, sentence))
                continue
            if (
                is_furniture_part(block.text, start, end, text_passed)
                or _CAPITALS_HEADING.fullmatch(sentence)
                or is_credit(sentence)
                or is_dated_caption(sentence, date)
                or runs_into_next(block.text, start, end)
            ):
                removed.append(Removed(RemovedKind.FURNITURE, sentence))
                if previous is not None and credits_caption(block.text, previous, start):
                    caption = sentences.pop()
                    seen.discard(comparison_key(caption.text))
                    removed.append(Removed(RemovedKind.FURNITURE, caption.text))
                previous = None
                continue
            if not has_words(sentence, _MIN_SENTENCE_WORDS):
                removed.append(Removed(RemovedKind.FRAGMENT, sentence))
                continue
            seen.add(key)
            sentences.append(
                Sentence(len(sentences), sentence, para_no, offset + start, offset + end)
            )
            previous = (start, end)
        kept.append(block.text)
        offset += len(block.text) + 2
    if not sentences:
        why = (
            f": it runs on for more than {LONGEST_SENTENCE} words (or"
            f" {LONGEST_SENTENCE_CHARACTERS:,} characters) without a sentence's end"
            if run_on
            else ""
        )
        raise InputError(path or article_id, f"no sentences found after cleaning{why}")
    titled = bool(title)
    if not titled:
        title = fallback_title(sentences[0].text)
    return Article(
        id=article_id,
        path=path,
        title=title,
        titled=titled,
        text="\n\n".join(kept),
        sentences=tuple(sentences),
        raw=raw,
        date=date,
        headings=headings,
        removed=tuple(removed),
        language=language,
    )


_IMAGE_ENDINGS = (".svg", ".png", ".jpg", ".jpeg", ".gif")


def _image_first(text: str, start: int, end: int) -> bool:
    """Whether the sentence text[start:end] opens with an image's file name."""
    space = text.find(" ", start, end)
    return text[start : space if space > 0 else end].lower().endswith(_IMAGE_ENDINGS)


def _cut_glued_furniture(
    text: str, start: int, end: int, text_passed: bool, removed: list[Removed]
) -> int:
    """Where the sentence text[start:end] ends once furniture glued to its end without a full
    stop is cut off (blocks.glued_furniture_at)."""
    if not is_furniture_part(text, start, end, text_passed):
        return end
    cut = glued_furniture_at(text[start:end])
    if cut is None:
        return end
    removed.append(Removed(RemovedKind.FURNITURE, text[start + cut : end].strip()))
    return start + len(text[start : start + cut].rstrip())


def _cut_glued_pointer(text: str, start: int, end: int, removed: list[Removed]) -> int:
    """Where the sentence text[start:end] starts once a glued pointer is cut off it."""
    pointer = GLUED_POINTER.match(text, start, end)
    if pointer is None or pointer.end() == end:  # none, or the whole sentence (a rule's)
        return start
    removed.append(Removed(RemovedKind.FURNITURE, pointer.group().strip()))
    return pointer.end()
