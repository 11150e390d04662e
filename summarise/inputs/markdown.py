"""Markdown inputs read as the text they say: `.md` files lost none of their markup before
(a user's case: "# A heading" as the title, "**council**" and "[harbour plan](http://...)" in
summaries). markdown-it-py (CommonMark) parses them; each heading, paragraph and list item
becomes a paragraph of plain text, links keep their words, images and code blocks go."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

__all__ = ["markdown_text"]


@functools.cache
def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark")


def markdown_text(source: str) -> str:
    """The text of a Markdown document: its blocks' words, one paragraph each (a code
    block or raw HTML holds no inline run, and no prose to summarise)."""
    blocks = [
        _inline(token.children or []) for token in _parser().parse(source) if token.type == "inline"
    ]
    return "\n\n".join(b.strip() for b in blocks if b.strip()) + "\n"


def _inline(children: list[Token]) -> str:
    """An inline run's words: text and code spans as written, line breaks kept, link
    targets, images and inline HTML left out."""
    out = []
    for child in children:
        if child.type in ("text", "code_inline"):
            out.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            out.append("\n")
    return "".join(out)
