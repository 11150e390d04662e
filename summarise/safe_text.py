"""Text that is safe to show and to write: no control characters, no lone surrogates.

The one definition of the control characters the tool removes, for cleaning (article
text) and for rendering (ids, file names and messages too)."""

from __future__ import annotations

import re

__all__ = [
    "CONTROL_CHARACTERS",
    "INVISIBLE_CHARACTERS",
    "no_surrogates",
    "one_line",
    "safe",
    "safe_id",
    "shown_path",
]

# C0 and C1 controls but tab and newline: ESC, CSI (\x9b), OSC (\x9d), BEL... (a regex
# character class body, for the patterns below and for cleaning's).
CONTROL_CHARACTERS = r"\x00-\x08\x0b-\x1f\x7f-\x9f"
# Invisible characters that change how text around them reads without showing themselves:
# bidirectional embeddings, overrides and isolates (U+202A-E, U+2066-9: "Trojan Source"),
# marks (U+200E-F, U+061C), zero-width space, joiners and word joiner (U+200B-D, U+2060-4)
# and a BOM inside text (U+FEFF). An id "a\u200b" would pass for "a"; a right-to-left
# override would show a file name or a sentence reversed.
INVISIBLE_CHARACTERS = "\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
_CONTROLS = re.compile(f"[{CONTROL_CHARACTERS}{INVISIBLE_CHARACTERS}]")
# A lone surrogate (a file name that is not UTF-8, a "\ud800" escape in JSON input) cannot be
# written as UTF-8: it becomes U+FFFD.
_SURROGATES = re.compile(r"[\ud800-\udfff]")


def no_surrogates(text: str) -> str:
    """Lone surrogates replaced by U+FFFD."""
    # An ASCII string has none (str.isascii reads a flag): no need to scan it.
    return text if text.isascii() else _SURROGATES.sub("\ufffd", text)


def safe(text: str) -> str:
    """Text with control, escape and invisible characters removed (newline and tab stay)
    and lone surrogates replaced, so that it can be shown on a terminal and written as
    UTF-8."""
    return no_surrogates(_CONTROLS.sub("", text))


def one_line(text: str) -> str:
    """safe() on one line: for messages, where a newline in a file name could fake another."""
    return safe(text).replace("\n", " ").replace("\t", " ")


def safe_id(text: str) -> str:
    """An article id from a file name or a JSONL row: one_line(), so that no id can hold a
    newline (a fake line in plain-text output), a control or an invisible character."""
    return one_line(text) or "_"


def shown_path(path: str) -> str:
    """An input's path as a message or an index names it: standard input as such ("-: empty
    file" read as a file called "-", a user's test of session 51)."""
    return "standard input" if path == "-" else path
