"""Scraped text to a clean Article, by general rules, never by listing strings of particular
articles:

* a paragraph repeated later is kept once (a headline repeated down the page, a standfirst
  that the body repeats in full);
* the first paragraph becomes the title when it reads as a headline;
* page furniture (comment and sign-up prompts, navigation, "Read:" link lines, breadcrumbs,
  agency and byline credits) is never a sentence;
* a dateline glued to the first sentence is split off and kept as the date;
* short headings without end punctuation are structure, not candidate sentences;
* a run of more than LONGEST_SENTENCE words without a sentence's end is no sentence.

Cleaning never changes the words of a sentence; the decoded source stays in ``Article.raw``.
The names below are the API (the rule set's ASCII fast paths hide behind it).
"""

from __future__ import annotations

from .blocks import continues, paragraphs
from .pipeline import LONGEST_SENTENCE, parse_text
from .ruleset import (
    CREDIT,
    FURNITURE,
    RuleSet,
    is_credit,
    is_furniture,
    is_furniture_part,
    is_word_char,
)
from .text import SPACE_RUN, collapse_spaces, comparison_key, sanitize

__all__ = [
    "CREDIT",
    "FURNITURE",
    "LONGEST_SENTENCE",
    "SPACE_RUN",
    "RuleSet",
    "collapse_spaces",
    "comparison_key",
    "continues",
    "is_credit",
    "is_furniture",
    "is_furniture_part",
    "is_word_char",
    "paragraphs",
    "parse_text",
    "sanitize",
]
