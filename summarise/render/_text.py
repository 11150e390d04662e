"""Text helpers the renderers share: terminal-safe text, Markdown escaping, wrapping, styling."""

from __future__ import annotations

import json
import re
import textwrap
from collections.abc import Sequence
from typing import Any

from ..models import Failure, RenderOptions
from ..safe_text import one_line, safe

__all__ = [
    "RenderOptions",
    "clean_data",
    "md",
    "md_code",
    "md_failures",
    "one_line",
    "safe",
    "style",
    "to_json",
    "wrap",
]

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|~!])")
_MD_LINE_START = re.compile(r"^(\s*)([-+=]|\d+[.)])")


def clean_data(value: Any) -> Any:
    """Plain data (dicts, lists, tuples, str...) with every string, keys too, made safe()."""
    if isinstance(value, str):
        return safe(value)
    if isinstance(value, dict):
        return {clean_data(k): clean_data(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [clean_data(v) for v in value]
    return value


# What clean_data would change, as it shows in JSON text: an escaped control character other
# than tab or newline ("\\r", "\\u001b"...), a C1 control or a lone surrogate. A literal
# backslash before such a letter matches too: that only costs the slow path.
_UNCLEAN_JSON = re.compile(r"\\[bfr]|\\u00[01]|\\u007f|[\x7f-\x9f\ud800-\udfff]")


def to_json(data: Any, indent: int | None = 2) -> str:
    """JSON for output: valid UTF-8 whatever the input held (see clean_data), no control
    character even where JSON would allow it raw (C1 such as U+009B, the 8-bit CSI)."""
    text = json.dumps(data, ensure_ascii=False, indent=indent)
    if _UNCLEAN_JSON.search(text) is None:  # nearly always: nothing to clean
        return text
    return json.dumps(clean_data(data), ensure_ascii=False, indent=indent)


def md(text: str) -> str:
    """Article text as inline Markdown that cannot open markup, a heading, a list or HTML."""
    text = safe(text).replace("\n", " ").replace("\t", " ")
    text = text.replace("&", "&amp;")
    text = _MD_SPECIAL.sub(r"\\\1", text)
    return _MD_LINE_START.sub(r"\1\\\2", text)


def md_code(text: str) -> str:
    """Text as an inline code span. Backslashes are literal inside code, so nothing is
    escaped; the fence is one backtick longer than any run of backticks in the text, and a
    ``|`` becomes "¦" (GitHub ends a table cell at a pipe even inside code)."""
    text = safe(text).replace("\n", " ").replace("|", "¦")
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def md_failures(failures: Sequence[Failure]) -> list[str]:
    """A "Not read" section naming each input that could not be used, and why."""
    if not failures:
        return []
    return ["## Not read", "", *(f"- {md(f.path)}: {md(f.reason)}" for f in failures), ""]


def wrap(text: str, width: int | None, indent: str = "", first: str | None = None) -> str:
    first = indent if first is None else first
    if not width:
        return first + text
    return textwrap.fill(
        text,
        width=max(width, len(indent) + 20),
        initial_indent=first,
        subsequent_indent=indent,
        break_long_words=True,
        break_on_hyphens=False,
    )


_STYLES = {"bold": "1", "dim": "2", "green": "32", "red": "31", "cyan": "36", "yellow": "33"}


def style(text: str, name: str, options: RenderOptions) -> str:
    if not options.color:
        return text
    return f"\x1b[{_STYLES[name]}m{text}\x1b[0m"
