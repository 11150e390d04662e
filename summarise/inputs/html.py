"""HTML input: recognised by its start, its main text extracted by trafilatura."""

from __future__ import annotations

from typing import NamedTuple

from ..errors import InputError
from ..models import SourceInfo

__all__ = ["Extracted", "extract_html", "looks_like_html"]


class Extracted(NamedTuple):
    """An HTML page's main text, with what its metadata says of the title, date and source."""

    text: str
    title: str | None
    date: str | None
    source: SourceInfo


def looks_like_html(text: str) -> bool:
    head = text[:512].lstrip().lower()
    return head.startswith(("<!doctype html", "<html"))


def extract_html(html: str, path: str) -> Extracted:
    import trafilatura

    from .metadata import info_from_fields

    try:
        doc = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=False
        )
    except Exception as exc:  # trafilatura raises assorted parser errors on broken markup
        raise InputError(path, f"could not extract text from HTML ({type(exc).__name__})") from None
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        raise InputError(path, "no article text found in the HTML")
    source = info_from_fields(
        {
            "outlet": getattr(doc, "sitename", None) or getattr(doc, "hostname", None),
            "author": getattr(doc, "author", None),
            "url": getattr(doc, "url", None),
        }
    )
    return Extracted(
        text, getattr(doc, "title", None) or None, getattr(doc, "date", None) or None, source
    )
