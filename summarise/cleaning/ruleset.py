"""The furniture and credit rules compiled into two regex calls a text, with ASCII fast paths."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from .rules import CREDIT_PATTERNS, FURNITURE_PATTERNS

__all__ = [
    "CREDIT",
    "FURNITURE",
    "RuleSet",
    "furniture_at",
    "is_credit",
    "is_furniture",
    "is_furniture_part",
    "is_word_char",
    "starts_as_furniture",
]


# What a rule that may match anywhere must not hold: an anchor or a lookaround would let it
# match in a part of a text without matching in the text (see is_furniture_part).
_CONTEXT_SYNTAX = re.compile(r"(?<![\\\[])[$^]|\\[AZ]|\(\?<?[=!]")


@dataclass(frozen=True, slots=True)
class RuleSet:
    """Case-insensitive rules as two patterns: those anchored at the start, tried once there,
    and the others, searched through the text (two regex calls per text, not one a rule).
    Each may have a faster pattern that rules most ASCII texts out (see _ascii_hint).

    matches() and matches_part() are the API; starts() and holds() are its two halves."""

    start: re.Pattern[str]
    start_hint: re.Pattern[str] | None
    anywhere: re.Pattern[str] | None
    anywhere_hint: re.Pattern[str] | None

    @classmethod
    def compile(cls, patterns: Iterable[str]) -> RuleSet:
        """The patterns (each ignoring case; "^" marks those anchored at the start)."""
        patterns = list(patterns)
        anchored = "|".join(f"(?:{p[1:]})" for p in patterns if p.startswith("^"))
        floating = [p for p in patterns if not p.startswith("^")]
        for pattern in floating:
            if _CONTEXT_SYNTAX.search(pattern):
                raise ValueError(f"a rule that may match anywhere holds an anchor: {pattern}")
        start = re.compile(anchored, re.IGNORECASE)
        if not floating:
            return cls(start, _ascii_hint(anchored), None, None)
        if all(p.startswith(r"\b") for p in floating):
            # One boundary test before the rules, not one in each: it fails at once inside a
            # word. The hint goes without it (it may find more, never less), so that the
            # regex engine can skip straight to the letters that a rule starts with.
            rules = "|".join(f"(?:{p[2:]})" for p in floating)
            anywhere = re.compile(rf"\b(?:{rules})", re.IGNORECASE)
        else:
            rules = "|".join(f"(?:{p})" for p in floating)
            anywhere = re.compile(rules, re.IGNORECASE)
        return cls(start, _ascii_hint(anchored), anywhere, _ascii_hint(rules))

    def matches(self, text: str) -> bool:
        """Does a rule match the text?"""
        return self.starts(text) or self.holds(text)

    def matches_part(self, text: str, start: int, end: int, text_passed: bool) -> bool:
        """matches(text[start:end]), knowing whether the whole text passed matches().

        A match reads the characters of the part and, at its edges, whether a word character
        lies beyond (for \\b). So when the text passed and no word character touches the part
        (as between sentences), a rule that may match anywhere cannot match in the part: the
        search for those rules, as costly as reading the whole part, is needed only otherwise."""
        part = text[start:end]
        if self.starts(part):
            return True
        if text_passed and not _touches_word(text, start, end):
            return False
        return self.holds(part)

    def starts(self, text: str) -> bool:
        """Does a rule anchored at the start match the text?"""
        hint = self.start_hint
        if hint is not None and text.isascii() and hint.match(text.lower()) is None:
            return False
        return self.start.match(text) is not None

    def holds(self, text: str) -> bool:
        """Does a rule that may match anywhere match the text?"""
        return self.found_at(text) is not None

    def found_at(self, text: str) -> int | None:
        """Where a rule that may match anywhere first matches the text (None: nowhere)."""
        if self.anywhere is None:
            return None
        hint = self.anywhere_hint
        if hint is not None and text.isascii() and hint.search(text.lower()) is None:
            return None
        found = self.anywhere.search(text)
        return None if found is None else found.start()


def _ascii_hint(rules: str) -> re.Pattern[str] | None:
    """The rules matching case, for the lower-cased text when it is ASCII.

    For ASCII text ignoring case is lower-casing, so they find at least what the rules,
    ignoring case, find in the text; and a regex that matches case runs two or three times
    as fast (the engine compares characters as they are, and can skip ahead to the letters a
    rule starts with). None when a rule holds a capital letter outside an escape such as \\B
    or \\W: it could not match lower-cased text."""
    if re.search("[A-Z]", re.sub(r"\\.", "", rules)):
        return None
    return re.compile(rules)


FURNITURE = RuleSet.compile(FURNITURE_PATTERNS)
CREDIT = RuleSet.compile(CREDIT_PATTERNS)


def is_furniture(text: str) -> bool:
    return FURNITURE.matches(text)


def furniture_at(text: str) -> int | None:
    """Where a rule that may match anywhere first matches the text (None: nowhere)."""
    return FURNITURE.found_at(text)


def starts_as_furniture(text: str) -> bool:
    """Does a rule anchored at the start match the text?"""
    return FURNITURE.starts(text)


def is_furniture_part(text: str, start: int, end: int, text_passed: bool) -> bool:
    """is_furniture(text[start:end]), knowing whether the whole text passed it."""
    return FURNITURE.matches_part(text, start, end, text_passed)


def _touches_word(text: str, start: int, end: int) -> bool:
    """Is there a word character (a regex's \\w) just before or just after text[start:end]?"""
    return (start > 0 and is_word_char(text[start - 1])) or (
        end < len(text) and is_word_char(text[end])
    )


def is_word_char(char: str) -> bool:
    """What \\w matches in a str pattern (alphanumeric or "_"), without a regex call."""
    return char.isalnum() or char == "_"


def is_credit(text: str) -> bool:
    return len(text) < 200 and CREDIT.matches(text)
