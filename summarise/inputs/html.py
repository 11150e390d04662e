"""HTML input: recognised by its start, its main text extracted by trafilatura within a time
budget, else by a plain, linear text extraction."""

from __future__ import annotations

import contextlib
import html as html_lib
import re
import threading
from collections.abc import Iterator
from html.parser import HTMLParser
from typing import NamedTuple

from .. import defaults
from ..errors import InputError
from ..models import SourceInfo

__all__ = [
    "MAX_ELEMENTS",
    "MAX_TAG_CHARS",
    "Extracted",
    "extract_html",
    "looks_like_html",
    "plain_text",
]


class Extracted(NamedTuple):
    """An HTML page's main text, with what its metadata says of the title, date and source."""

    text: str
    title: str | None
    date: str | None
    source: SourceInfo


# Markup trafilatura takes quadratic time on (measured on trafilatura 2.3: 40,000 attributes
# on one element, 9 s; 200,000 inline <span>s, 70 s): such a page goes to the plain
# extraction at once, without spending the time budget first.
MAX_ELEMENTS = 30_000
MAX_TAG_CHARS = 20_000


def looks_like_html(text: str) -> bool:
    head = text[:512].lstrip().lower()
    return head.startswith(("<!doctype html", "<html"))


def extract_html(html: str, path: str, seconds: float = defaults.HTML_SECONDS) -> Extracted:
    """A page's main text, title, date and source: trafilatura's when the page is within
    MAX_ELEMENTS and MAX_TAG_CHARS and trafilatura is done within ``seconds``, else every
    visible paragraph of the page (plain_text), which takes time linear in its size."""
    from .metadata import info_from_fields

    doc = None
    if _reasonable(html):
        doc = _trafilatura(html, path, seconds)
    if doc is None:
        text, title = plain_text(html)
        if not text.strip():
            raise InputError(path, "no article text found in the HTML")
        return Extracted(text, title, None, info_from_fields({}))
    found = getattr(doc, "text", None)
    if not found or not found.strip():
        raise InputError(path, "no article text found in the HTML")
    source = info_from_fields(
        {
            "outlet": getattr(doc, "sitename", None) or getattr(doc, "hostname", None),
            "author": getattr(doc, "author", None),
            "url": getattr(doc, "url", None),
        }
    )
    return Extracted(
        found, getattr(doc, "title", None) or None, getattr(doc, "date", None) or None, source
    )


def _reasonable(html: str) -> bool:
    """Few enough elements, and no element longer than MAX_TAG_CHARS (thousands of
    attributes), counted in one linear pass."""
    if html.count("<") > MAX_ELEMENTS:
        return False
    start = html.find("<")
    while start >= 0:
        end = html.find(">", start)
        if end < 0:
            end = len(html)
        if end - start > MAX_TAG_CHARS:
            return False
        start = html.find("<", end)
    return True


class _OverBudget(BaseException):
    """Raised into trafilatura by a timer: a BaseException, so that no ``except Exception``
    inside it can swallow it."""


def _trafilatura(html: str, path: str, seconds: float) -> object | None:
    """trafilatura's document, or None when it was not done within ``seconds``."""
    import trafilatura

    try:
        with _time_limit(seconds):
            doc = trafilatura.bare_extraction(
                html, with_metadata=True, include_comments=False, include_tables=False
            )
    except _OverBudget:
        return None
    except Exception as exc:  # trafilatura raises assorted parser errors on broken markup
        raise InputError(path, f"could not extract text from HTML ({type(exc).__name__})") from None
    if doc is None:
        raise InputError(path, "no article text found in the HTML")
    return doc


@contextlib.contextmanager
def _time_limit(seconds: float) -> Iterator[None]:
    """Raise _OverBudget in this block after ``seconds`` (a real-time timer, SIGALRM). Only
    in the main thread of a process with setitimer: elsewhere there is no limit."""
    import signal

    if (
        not hasattr(signal, "setitimer")
        or threading.current_thread() is not threading.main_thread()
    ):
        yield
        return

    def over(signum: int, frame: object) -> None:
        raise _OverBudget

    previous = signal.signal(signal.SIGALRM, over)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


_SKIPPED = frozenset({"script", "style", "noscript", "template", "head", "svg", "nav", "footer"})
_BLOCKS = frozenset(
    {
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "article",
        "section", "blockquote", "header", "main", "table", "tr", "td", "th", "pre", "figure",
        "figcaption", "dd", "dt", "hr", "aside", "form",
    }
)  # fmt: skip
_SPACES = re.compile(r"[ \t\r\f\v]+")


class _Text(HTMLParser):
    """Visible text, a paragraph break at each block element; the <title>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: list[str] = []
        self._skipping: list[str] = []
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if tag == "title":
            self._in_title = True
        elif tag in _SKIPPED:
            self._skipping.append(tag)
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        elif self._skipping and tag == self._skipping[-1]:
            self._skipping.pop()
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title.append(data)
        elif not self._skipping:
            self.parts.append(data)


def plain_text(html: str) -> tuple[str, str | None]:
    """(text, title) of a page by Python's own HTML parser: every visible paragraph, no
    main-text detection, time linear in the page's size."""
    parser = _Text()
    parser.feed(html)
    parser.close()
    paragraphs = (_SPACES.sub(" ", p).strip() for p in "".join(parser.parts).split("\n\n"))
    text = "\n\n".join(p for p in paragraphs if p)
    title = _SPACES.sub(" ", html_lib.unescape("".join(parser.title))).strip() or None
    return text, title
