"""How much of a comparison the terminal and Markdown show (JSON has all of it)."""

from __future__ import annotations

__all__ = ["LIST_LIMIT", "NONE_AGREED"]

LIST_LIMIT = 8  # aligned points, conflicts and quotes shown in text and Markdown
# Shared points when no point is matched surely enough to state as agreed (Alignment.agreed),
# and some are listed under the next heading
NONE_AGREED = "no point is matched surely enough to state as agreed: see “possibly also shared”"
