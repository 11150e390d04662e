"""JSONL input: one JSON object a line, each holding an article or a set of them."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, NamedTuple

from ..errors import InputError
from ..models import SourceInfo
from ..safe_text import no_surrogates
from .metadata import ROW_FIELDS, info_from_fields

__all__ = ["Document", "iter_jsonl", "row_documents"]


class Document(NamedTuple):
    """One article of a JSONL row: its id, title and text, and what the row says of its
    source (``source``, ``author``, ``date``, ``url`` fields; a document's own fields
    before its row's)."""

    id: str
    title: str | None
    text: str
    source: SourceInfo


def iter_jsonl(path: str) -> Iterator[tuple[str, dict[str, Any] | None, str | None]]:
    """Each non-blank line of a JSONL file: (where, object, None), or (where, None, reason)
    for a line that is not a JSON object. Raises InputError when the file cannot be read."""
    try:
        handle = open(path, encoding="utf-8-sig")  # noqa: SIM115 - closed below
    except OSError as exc:
        raise InputError(path, exc.strerror or str(exc)) from None
    with handle:
        try:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                where = f"{path}:{number}"
                try:
                    data = json.loads(line)
                except json.JSONDecodeError as exc:
                    yield where, None, f"not valid JSON ({exc.msg})"
                    continue
                if isinstance(data, dict):
                    yield where, data, None
                else:
                    yield where, None, "not a JSON object"
        except UnicodeDecodeError:
            raise InputError(path, "not UTF-8 text") from None


def row_documents(data: dict[str, Any], where: str) -> list[Document]:
    """The articles of a JSONL row: the row itself when it has a ``text``, or each of its
    ``documents``. Raises InputError with the reason."""
    row_id = no_surrogates(str(data.get("id") or where))
    row_source = info_from_fields(data, known=ROW_FIELDS)
    documents = data.get("documents")
    if isinstance(documents, list):
        found = [
            (
                str(d.get("id") or f"{row_id}/{k}"),
                d.get("title"),
                d.get("text"),
                info_from_fields(d, row_source, ROW_FIELDS),
            )
            for k, d in enumerate(documents)
            if isinstance(d, dict)
        ]
    elif "text" in data:
        found = [(row_id, data.get("title"), data.get("text"), row_source)]
    else:
        raise InputError(where, "neither 'text' nor 'documents'")
    out = []
    for doc_id, title, text, source in found:
        if not isinstance(text, str) or not text.strip():
            raise InputError(where, f"{doc_id}: no text")
        # JSON may escape lone surrogates ("\ud800"): they would fail every UTF-8 write.
        title = no_surrogates(title) if isinstance(title, str) and title.strip() else None
        out.append(Document(no_surrogates(doc_id), title, no_surrogates(text), source))
    if not out:
        raise InputError(where, "no documents")
    return out
