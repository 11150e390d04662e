"""Markdown inputs read as the text they say: `.md` files lost none of their markup before
(a user's case: "# A heading" as the title, "**council**" and "[harbour plan](http://...)" in
summaries). markdown-it-py (CommonMark) parses them; each heading, paragraph and list item
becomes a paragraph of plain text, links keep their words, images and fenced code go."""

from __future__ import annotations

import functools
import html
import re
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
    """The text of a Markdown document: its blocks' words, one paragraph each. Text
    indented four spaces is a code block to CommonMark, but in a news file it is mostly
    prose set in (a code review's case: an article so indented lost every paragraph), and
    a block of HTML ("<div class="lede">...</div>") holds the article's words too: both
    are read as text, tags aside. A fenced block ("```") is code, and left out."""
    blocks = []
    for token in _parser().parse(source):
        if token.type == "inline":
            blocks.append(_inline(token.children or []))
        elif token.type == "code_block":
            blocks += token.content.split("\n\n")
        elif token.type == "html_block":
            blocks.append(html.unescape(_TAG.sub(" ", token.content)))
    return "\n\n".join(b.strip() for b in blocks if b.strip()) + "\n"


_TAG = re.compile(r"<[^>]*>")


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
