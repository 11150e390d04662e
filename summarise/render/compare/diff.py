"""Word diffs as Markdown marks that always render: ~~removed~~ and **added**."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...models import DiffKind, DiffOp
from .._text import md

__all__ = ["diff_markdown"]

_EDITS = (DiffKind.DELETE, DiffKind.INSERT)


def diff_markdown(ops: Sequence[DiffOp], separate: bool = False) -> str:
    """A word diff as Markdown: ~~removed~~ and **added**, spaces kept outside the marks.

    ``separate``: a space between a removal and the addition that replaces it, so that the
    two words do not run together (~~Anthony~~ **Antony**)."""
    parts = []
    previous = DiffKind.KEEP
    for op in _flankable(ops):
        text = md(op.text)
        if op.op == DiffKind.KEEP or not text.strip():
            parts.append(text)
            previous = op.op
            continue
        core = text.strip()
        lead = text[: len(text) - len(text.lstrip())]
        trail = text[len(text.rstrip()) :]
        mark = "~~" if op.op == DiffKind.DELETE else "**"
        if separate and previous == DiffKind.DELETE and op.op == DiffKind.INSERT and not lead:
            lead = " "
        parts.append(f"{lead}{mark}{core}{mark}{trail}")
        previous = op.op
    return "".join(parts)


_EDGE_WORD = re.compile(r"(\w[\w'’.-]*)$")
_START_WORD = re.compile(r"^(\w[\w'’.-]*)")


def _flankable(ops: Sequence[DiffOp]) -> list[DiffOp]:
    """The same diff, regrouped so that every mark can open and close in CommonMark.

    A mark cannot open between a letter and punctuation ("Australia~~, Japan~~") nor close
    between punctuation and a letter; there the neighbouring word joins the edit, on both
    sides, which keeps the diff true: "Australia, Japan" removed, "Australia" added.
    """
    groups: list[list[DiffOp]] = []  # runs of "=" alone, or of edits
    for op in ops:
        if groups and (op.op == DiffKind.KEEP) == (groups[-1][0].op == DiffKind.KEEP):
            groups[-1].append(op)
        else:
            groups.append([op])
    out: list[list[DiffOp]] = [list(g) for g in groups]
    for k, group in enumerate(out):
        if group[0].op == DiffKind.KEEP:
            continue
        texts = {side: "".join(o.text for o in group if o.op == side) for side in _EDITS}
        before = out[k - 1][0].text if k > 0 and out[k - 1] else ""
        after = out[k + 1][0].text if k + 1 < len(out) and out[k + 1] else ""
        lead = trail = ""
        if any(t and not t[0].isspace() and not t[0].isalnum() for t in texts.values()):
            match = _EDGE_WORD.search(before)
            if match:
                lead = match.group(1)
                out[k - 1] = [DiffOp(DiffKind.KEEP, before[: match.start()])]
        if any(t and not t[-1].isspace() and not t[-1].isalnum() for t in texts.values()):
            match = _START_WORD.search(after)
            if match:
                trail = match.group(1)
                out[k + 1] = [DiffOp(DiffKind.KEEP, after[match.end() :])]
        if lead or trail:
            out[k] = [DiffOp(side, lead + texts[side] + trail) for side in _EDITS]
    return [op for group in out for op in group if op.text]
