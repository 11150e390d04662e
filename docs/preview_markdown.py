"""Render a Markdown report to standalone HTML the way GitHub-flavoured viewers do, to look at it.

    python docs/preview_markdown.py report.md report.html
    chromium --headless --no-sandbox --disable-gpu --screenshot=report.png \\
        --window-size=1200,3000 report.html

Uses markdown-it-py (CommonMark, with GFM tables and strikethrough), installed by the test extra.
"""

from __future__ import annotations

import sys
from pathlib import Path

from markdown_it import MarkdownIt

STYLE = """
body { font: 15px/1.45 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; max-width: 1100px;
       margin: 2em auto; padding: 0 1em; color: #1f2328; }
table { border-collapse: collapse; margin: 0.5em 0 1em; }
th, td { border: 1px solid #d0d7de; padding: 6px 10px; vertical-align: top; }
th { background: #f6f8fa; }
code { background: #f6f8fa; padding: 0.1em 0.3em; border-radius: 4px; }
s { color: #b31d28; } strong { color: #116329; }
h1, h2 { border-bottom: 1px solid #d0d7de; padding-bottom: 0.3em; }
"""


def main(source: str, target: str) -> None:
    renderer = MarkdownIt("commonmark").enable("table").enable("strikethrough")
    body = renderer.render(Path(source).read_text(encoding="utf-8"))
    Path(target).write_text(
        f'<!doctype html><meta charset="utf-8"><title>{Path(source).name}</title>'
        f"<style>{STYLE}</style>\n{body}",
        encoding="utf-8",
    )


if __name__ == "__main__":
    main(*sys.argv[1:3])
