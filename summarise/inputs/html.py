"""HTML input: recognised by its start, its main text extracted by trafilatura."""

from __future__ import annotations

from ..errors import InputError

__all__ = ["extract_html", "looks_like_html"]


def looks_like_html(text: str) -> bool:
    head = text[:512].lstrip().lower()
    return head.startswith(("<!doctype html", "<html"))


def extract_html(html: str, path: str) -> tuple[str, str | None, str | None]:
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=False
        )
    except Exception as exc:  # trafilatura raises assorted parser errors on broken markup
        raise InputError(path, f"could not extract text from HTML ({type(exc).__name__})") from None
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        raise InputError(path, "no article text found in the HTML")
    return text, getattr(doc, "title", None) or None, getattr(doc, "date", None) or None
