"""Word-level diffs with diff-match-patch.

diff-match-patch diffs characters; like its line mode, we map each distinct token (a word
or a punctuation mark, with the spaces after it) to one private character, diff those, and
map back. Spaces ride on the token before them: half as many symbols to diff, which is
what diff-match-patch's time grows with.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..models import DiffKind, DiffOp

__all__ = ["WORD", "word_diff"]

# A word, with its inner hyphens, apostrophes and points ("Kilroy-Silk", "O'Driscoll", "1.5"):
# the diff's token, and named.py's.
WORD = r"\w+(?:[-'’.]\w+)*"
_TOKEN = re.compile(rf"\s+|{WORD}\s*|[^\w\s]\s*", re.UNICODE)
_OPS = {0: DiffKind.KEEP, -1: DiffKind.DELETE, 1: DiffKind.INSERT}


def word_diff(first: str, second: str) -> tuple[DiffOp, ...]:
    """The word diff turning ``first`` into ``second``, merged into readable runs."""
    from diff_match_patch import diff_match_patch

    table: dict[str, str] = {}
    tokens: list[str] = []

    def encode(text: str) -> str:
        chars = []
        for token in _TOKEN.findall(text):
            if token not in table:
                table[token] = chr(0xF0000 + len(tokens))  # supplementary private use area
                tokens.append(token)
            chars.append(table[token])
        return "".join(chars)

    engine = diff_match_patch()
    engine.Diff_Timeout = 1.0
    diffs = engine.diff_main(encode(first), encode(second), False)
    pieces = [(_OPS[op], "".join(tokens[ord(c) - 0xF0000] for c in chars)) for op, chars in diffs]
    return _spaces_to_kept(_tidy(pieces))


def _spaces_to_kept(ops: tuple[DiffOp, ...]) -> tuple[DiffOp, ...]:
    """Where every edit of a run ends with the same spaces, give them to the kept text that
    follows: "-war " "+operation " "=in" reads as "-war" "+operation" "= in"."""
    out = list(ops)
    k = 0
    while k < len(out):
        if out[k].op == "=":
            k += 1
            continue
        end = k
        while end < len(out) and out[end].op != "=":
            end += 1
        tails = {op.text[len(op.text.rstrip()) :] for op in out[k:end]}
        if len(tails) == 1 and (space := tails.pop()) and all(op.text.strip() for op in out[k:end]):
            for j in range(k, end):
                out[j] = DiffOp(out[j].op, out[j].text[: -len(space)])
            if end < len(out):
                out[end] = DiffOp(DiffKind.KEEP, space + out[end].text)
            else:
                out.append(DiffOp(DiffKind.KEEP, space))
        k = end + 1
    return tuple(out)


def _tidy(pieces: Sequence[tuple[str, str]]) -> tuple[DiffOp, ...]:
    """Fold kept runs without a word (a space, a comma) into the edits around them, so the
    diff reads as whole phrases removed and added, then merge neighbouring runs."""
    out: list[list[str]] = []  # [op, text]; deletions before insertions between kept runs
    pending = {"-": "", "+": ""}
    for op, text in pieces:
        if op == "=" and not re.search(r"\w", text) and (pending["-"] or pending["+"]):
            pending["-"] += text
            pending["+"] += text
            continue
        if op == "=":
            for side in "-+":
                if pending[side]:
                    out.append([side, pending[side]])
                    pending[side] = ""
            if out and out[-1][0] == "=":
                out[-1][1] += text
            else:
                out.append(["=", text])
        else:
            pending[op] += text
    for side in "-+":
        if pending[side]:
            out.append([side, pending[side]])
    result: list[DiffOp] = []
    for op, text in out:
        # A fold can leave the same trailing text on both sides: give it back to "=".
        if result and result[-1].op == op:
            result[-1] = DiffOp(op, result[-1].text + text)
        elif text:
            result.append(DiffOp(op, text))
    return tuple(result)
