"""Text helpers cleaning shares: control characters, runs of spaces, comparison keys."""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterator

from .. import defaults
from ..safe_text import CONTROL_CHARACTERS, INVISIBLE_CHARACTERS, no_surrogates

__all__ = [
    "CLOSERS",
    "INNER_BREAK",
    "SPACE_RUN",
    "TERMINAL",
    "collapse_spaces",
    "comparison_key",
    "ends_sentence",
    "more_words_than",
    "read_references",
    "sanitize",
]


_WIDE_SPACES = "\u00a0\u2000-\u200a\u202f\u205f\u3000"


SPACE_RUN = re.compile(rf"[ \t{_WIDE_SPACES}]+")  # never a newline


_WIDE_SPACE = re.compile(rf"[{_WIDE_SPACES}]")


# A sentence end, with the Devanagari danda and the full-width ends of Chinese and Japanese.
TERMINAL = re.compile(r"[.!?…।॥。！？]['\"’”»)\]」』）]*$")


CLOSERS = "'\"’”»)]*"


# A sentence's end inside a text; not the point of an initial or of an abbreviation of
# initials ("U.S. Army to court-martial Abu Ghraib officer" is one headline).
INNER_BREAK = re.compile(r"(?<!\b[A-Z])[.!?…]['\"’”»)]*\s+['\"“‘(]?[A-Z]")


# The control and invisible characters safe_text removes (bidirectional controls,
# zero-width characters, a BOM inside the text).
_CONTROLS = re.compile(f"[{CONTROL_CHARACTERS}{INVISIBLE_CHARACTERS}]")
# Line and paragraph breaks other than a newline (those str.splitlines reads: a carriage
# return, vertical tab, form feed, the file, group and record separators, next line,
# U+2028 and U+2029) break the line, where removing them as controls joined the words on
# either side ("war\u2028in Ukraine" read "warin Ukraine"). A paragraph separator starts a
# paragraph.
# A character reference with its semicolon: "&#233;", "&#xE9;", "&eacute;" (not a bare "&amp"
# or "&not", which html.unescape also reads, as in "Smith&notes"). BBC News Summary has 22
# articles with such references, "Jos&#233; Manuel Barroso" among them, whose speaker had been
# read as "Manuel Barroso" (a blind reader, session 54).
_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_BREAKS = re.compile("[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")


def _break(match: re.Match[str]) -> str:
    return "\n\n" if match.group() == "\u2029" else "\n"


# A run of more than LONGEST_TOKEN characters without a space is a data blob (base64, a
# minified script), not words; it would make wrapping quadratic. Matched only from the
# start of a token (the lookbehind), so the scan stays linear however many long tokens.
_BLOB = re.compile(rf"(?<!\S)\S{{{defaults.LONGEST_TOKEN + 1},}}")


def sanitize(text: str) -> str:
    """Unify line ends (every line or paragraph break as newlines: _BREAKS), drop control
    and invisible characters (C0/C1, but newline and tab;
    bidirectional and zero-width ones), drop data blobs (a run of more than LONGEST_TOKEN
    characters without a space) and replace lone surrogates (from a "\\ud800" escape in
    JSON), which cannot be written as UTF-8."""
    text = _BREAKS.sub(_break, text.replace("\r\n", "\n"))
    text = _CONTROLS.sub("", text)
    if len(text) > defaults.LONGEST_TOKEN:
        text = _BLOB.sub("", text)
    return no_surrogates(text)


def read_references(text: str) -> str:
    """Plain text with the character references a scrape left in it read ("Jos&#233; Manuel
    Barroso", "&amp;"): before sanitize, so that what they stand for is cleaned as the rest
    is. Not for text extracted from HTML or Markdown, whose references their readers have
    read already ("&amp;amp;" on a page shows "&amp;")."""
    if "&" not in text:
        return text
    return _REFERENCE.sub(lambda m: html.unescape(m[0]), text)


def collapse_spaces(text: str) -> str:
    """Each run of spaces and tabs, in each line, as one space.

    Skipped when that changes nothing, as on most text (where every run is one plain space,
    which the substitution would still replace one by one)."""
    if "  " in text or "\t" in text or (not text.isascii() and _WIDE_SPACE.search(text)):
        return SPACE_RUN.sub(" ", text)
    return text


def more_words_than(text: str, limit: int) -> bool:
    """len(text.split()) > limit, without splitting a long text into all its words."""
    return len(text.split(maxsplit=limit)) > limit


def ends_sentence(text: str) -> bool:
    return bool(TERMINAL.search(text))


_KEY_WORD = re.compile(r"\w+")


# For ASCII text, as bytes: each word character (\w) to itself lower-cased, else a space.
_ASCII_KEY = bytes(
    ord(chr(c).lower()) if c < 128 and _KEY_WORD.fullmatch(chr(c)) else ord(" ") for c in range(256)
)


def comparison_key(text: str) -> str:
    """A comparison key: NFKC, case-folded, words only."""
    if len(text) > _LONG_KEY:
        # A long text keyed piece by piece, cut at white space (which no word holds): the
        # same key without a list of every word at once (a paragraph of 20 MB made a list
        # of 3.4 million words, 730 MB, to be joined: a user's test, session 51).
        return " ".join(k for k in map(_key, _pieces(text, _LONG_KEY)) if k)
    return _key(text)


def _key(text: str) -> str:
    if text.isascii():
        # Most paragraphs and sentences are ASCII, where NFKC changes nothing and case
        # folding is lower-casing: a translate and a split in C make the same key (on
        # bytes, a fifth faster than on str).
        return b" ".join(text.encode("ascii").translate(_ASCII_KEY).split()).decode("ascii")
    # Curly quotes and dashes need no mapping to ' " -: none is a word character, so each
    # separates words as they do.
    return " ".join(_KEY_WORD.findall(unicodedata.normalize("NFKC", text).casefold()))


_LONG_KEY = 1 << 16  # characters keyed at once, at most (but to the next white space)
_WHITE = re.compile(r"\s")


def _pieces(text: str, size: int) -> Iterator[str]:
    """The text in pieces of about ``size`` characters, each cut just before white space."""
    at = 0
    while at < len(text):
        cut = _WHITE.search(text, min(at + size, len(text)))
        end = cut.start() if cut else len(text)
        yield text[at:end]
        at = end
