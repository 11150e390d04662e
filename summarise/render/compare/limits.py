"""How much of a comparison the terminal and Markdown show (JSON has all of it)."""

from __future__ import annotations

__all__ = ["LIST_LIMIT"]

LIST_LIMIT = 8  # aligned points, conflicts and quotes shown in text and Markdown
