"""Text helpers the renderers share: terminal-safe text, Markdown escaping, wrapping, styling."""

from __future__ import annotations

import re
import textwrap
import urllib.parse
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from ..models import GENERATED_MARK, TABLE_WIDTH, Failure, RenderOptions, SentenceRef, Unmatched
from ..safe_text import one_line, safe, shown_path

__all__ = [
    "TABLE_WIDTH",
    "Cut",
    "RenderOptions",
    "cut",
    "marked",
    "md",
    "md_code",
    "md_failures",
    "md_link",
    "near_sides",
    "numbered",
    "one_line",
    "positioned",
    "safe",
    "safe_url",
    "style",
    "wrap",
]

_MD_ENTITY = re.compile(r"&(?=#?\w+;)")
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|~!])")
# A list marker or setext underline at the start: "-", "+", "=", or digits and "." / ")"
# before a space ("2019. The year..."; "1.5 million" is no marker). A backslash escapes
# punctuation only, so a number keeps its digits and the "." is escaped: "2019\. The".
_MD_LINE_START = re.compile(r"^(\s*)(?:([-+=])|(\d+)([.)])(?=\s|$))")


def plural(n: int, what: str) -> str:
    """ "1 point", "3 points", "2 points only one source makes": the first word takes the s."""
    if n == 1:
        return f"{n} {what}"
    first, _, rest = what.partition(" ")
    return f"{n:,} {first}s{' ' + rest if rest else ''}"


def with_speaker(text: str, speaker: str | None) -> str:
    """A quote listed alone, with whose words it is when another sentence names them
    (Comparison.speakers): '"Only the fullest disclosure will now do." — Menzies Campbell'."""
    return text if speaker is None else f"{text} — {speaker}"


def ref_with_speaker(ref: SentenceRef, speakers: Mapping[tuple[str, str], str]) -> str:
    """A sentence listed alone with its speaker, as ``speakers`` (Comparison.speaker()) gives
    it: with_speaker for a SentenceRef."""
    return with_speaker(ref.text, speakers.get((ref.article, ref.text)))


def near_sides(
    near: Unmatched, speakers: Mapping[tuple[str, str], str]
) -> tuple[tuple[str, str], tuple[str, str]]:
    """A near match's two sentences as every format shows them (Comparison.near_matches):
    (article id, its text with its speaker: ref_with_speaker) for it and its closest one."""
    assert near.best is not None  # (near_matches keeps those with one)
    first, second = near.sentence, near.best
    return (
        (first.article, ref_with_speaker(first, speakers)),
        (second.article, ref_with_speaker(second, speakers)),
    )


def md(text: str) -> str:
    """Article text as inline Markdown that cannot open markup, a heading, a list or HTML."""
    text = safe(text).replace("\n", " ").replace("\t", " ")
    # Only an "&" that would start a character reference ("&lt;", "&#60;") is escaped: the
    # text shows as written, and "M&MTC" or "AT&T" stay readable where Markdown is pasted raw.
    text = _MD_ENTITY.sub("&amp;", text)
    text = _MD_SPECIAL.sub(r"\\\1", text)
    return _MD_LINE_START.sub(_escaped_start, text)


def _escaped_start(match: re.Match[str]) -> str:
    space, mark, digits, dot = match.groups()
    return f"{space}\\{mark}" if mark else f"{space}{digits}\\{dot}"


def md_code(text: str) -> str:
    """Text as an inline code span. Backslashes are literal inside code, so nothing is
    escaped; the fence is one backtick longer than any run of backticks in the text, and a
    ``|`` becomes "¦" (GitHub ends a table cell at a pipe even inside code)."""
    text = safe(text).replace("\n", " ").replace("|", "¦")
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def safe_url(url: str | None) -> str | None:
    """An input's URL as a link may hold it: http or https only (never javascript: or
    data:), with spaces, quotes, angle brackets and control characters percent-encoded;
    None for anything else."""
    if not url:
        return None
    url = one_line(url).strip()
    parts = urllib.parse.urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return urllib.parse.quote(url, safe=":/?#[]@!$&*+,;=%~-._")


def md_link(text: str, url: str | None) -> str:
    """Markdown for a link to ``url`` reading ``text`` (escaped), or the text alone when the
    URL is not a safe http(s) one (see safe_url)."""
    href = safe_url(url)
    return f"[{md(text)}](<{href}>)" if href else md(text)


def marked(markdown: str) -> str:
    """A Markdown output with the mark of the tool's own files as its last line (hidden
    where Markdown is shown), so that no command reads it back as an article."""
    return markdown.rstrip("\n") + "\n\n" + GENERATED_MARK + "\n"


def md_failures(failures: Sequence[Failure]) -> list[str]:
    """A "Not read" section naming each input that could not be used, and why."""
    if not failures:
        return []
    return [
        "## Not read",
        "",
        *(f"- {md(shown_path(f.path))}: {md(f.reason)}" for f in failures),
        "",
    ]


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


def numbered(n: int, text: str, width: int | None) -> str:
    """Item ``n`` of a numbered list, wrapped under its own text however many digits n has."""
    first = f"{n:>2}. "
    return wrap(text, width, indent=" " * len(first), first=first)


def positioned(index: int, text: str, width: int | None) -> str:
    """A sentence after its position in the article, ``#N`` (N = index + 1: the meaning of
    "#" in every format), wrapped under its own text."""
    first = f"{'#' + str(index + 1):>3} "
    return wrap(text, width, indent="    ", first=first)


_STYLES = {"bold": "1", "dim": "2", "green": "32", "red": "31", "cyan": "36", "yellow": "33"}


def style(text: str, name: str, options: RenderOptions) -> str:
    if not options.color:
        return text
    return f"\x1b[{_STYLES[name]}m{text}\x1b[0m"


_T = TypeVar("_T")


@dataclass(frozen=True, slots=True)
class Cut(Generic[_T]):
    """The items a section shows, and how many it left out."""

    shown: tuple[_T, ...]
    left: int = 0


def cut(items: Sequence[_T], limit: int | None) -> Cut[_T]:
    """The first ``limit`` items (all for None), and how many are left out: every cut list of
    a brief and of compare's table and Markdown."""
    if limit is None or len(items) <= limit:
        return Cut(tuple(items))
    return Cut(tuple(items[:limit]), len(items) - limit)
