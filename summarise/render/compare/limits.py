"""How much of a comparison the terminal and Markdown show (JSON has all of it)."""

from __future__ import annotations

__all__ = ["LIST_LIMIT", "NONE_IN_COMMON"]

LIST_LIMIT = 8  # aligned points, conflicts and quotes shown in text and Markdown
# Shared points when every one is said in words of its own, and so listed under the next heading
NONE_IN_COMMON = (
    "none that most sources make, nor two in the same words: see “same point, different wording”"
)
