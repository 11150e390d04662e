"""JSONL input: one JSON object a line, each holding an article or a set of them."""

from __future__ import annotations

import codecs
import json
import os
import stat
from collections.abc import Iterator
from typing import Any, BinaryIO, NamedTuple

from .. import defaults
from ..errors import InputError
from ..models import SourceInfo
from ..safe_text import no_surrogates, safe_id
from .metadata import ROW_FIELDS, info_from_fields
from .reading import too_large

__all__ = ["NOT_JSONL_AFTER", "Document", "iter_jsonl", "row_documents"]


class Document(NamedTuple):
    """One article of a JSONL row: its id, title and text, and what the row says of its
    source (``source``, ``author``, ``date``, ``url`` fields; a document's own fields
    before its row's)."""

    id: str
    title: str | None
    text: str
    source: SourceInfo


# A file none of whose first lines is a JSON object is not JSON Lines at all (a text file, a
# PDF, a JSON array): it is refused in one line instead of one failure a line.
NOT_JSONL_AFTER = 5


def iter_jsonl(
    path: str, max_bytes: int = defaults.MAX_BYTES
) -> Iterator[tuple[str, dict[str, Any] | None, str | None]]:
    """Each non-blank line of a JSONL file: (where, object, None), or (where, None, reason)
    for a line that is not a JSON object, is not UTF-8 or is over ``max_bytes``. A line is
    measured as it is read, in pieces: one over the limit is skipped without being held in
    memory or parsed. Raises InputError when the file cannot be read, is empty (or blank), or
    is not JSON Lines: no JSON object in its first NOT_JSONL_AFTER non-blank lines, or in all
    of them when it has two to NOT_JSONL_AFTER (the lines read so far are then not reported
    one by one)."""
    held: list[tuple[str, None, str]] = []  # bad lines before the first object
    seen_object = False
    seen_line = False
    for where, data, problem in _rows(path, max_bytes):
        seen_line = True
        if data is not None:
            seen_object = True
            yield from held
            held.clear()
            yield where, data, None
        elif seen_object:
            yield where, None, problem
        else:
            held.append((where, None, problem))
            if len(held) >= NOT_JSONL_AFTER:
                raise _not_jsonl(path, held)
    if len(held) > 1:
        raise _not_jsonl(path, held)
    if not seen_line:  # (a file of blank lines too, as a text file of white space is)
        raise InputError(path, "empty file")
    yield from held


def _not_jsonl(path: str, held: list[tuple[str, None, str]]) -> InputError:
    first_where, _, first_problem = held[0]
    line = first_where.rsplit(":", 1)[-1]
    return InputError(
        path,
        f"not JSON Lines: none of its first {len(held)} lines is a JSON object; "
        f"line {line}: {first_problem}",
    )


def _rows(path: str, max_bytes: int) -> Iterator[tuple[str, dict[str, Any] | None, str]]:
    """iter_jsonl's lines, each judged on its own."""
    try:
        handle = open(path, "rb")  # noqa: SIM115 - closed below
        mode = os.fstat(handle.fileno()).st_mode
    except OSError as exc:
        raise InputError(path, exc.strerror or str(exc)) from None
    if not (stat.S_ISREG(mode) or stat.S_ISFIFO(mode)):
        # a device ("rows.jsonl" linked to /dev/zero) is read for ever: refused, as a plain
        # input of one is (reading.read_bytes; a code review's case)
        handle.close()
        raise InputError(path, "not a regular file")
    with handle:
        try:
            for number, line in enumerate(_lines(handle, max_bytes), 1):
                where = f"{path}:{number}"
                if line is None:
                    yield where, None, too_large(where, max_bytes).reason
                    continue
                if number == 1 and line.startswith(codecs.BOM_UTF8):
                    line = line[len(codecs.BOM_UTF8) :]
                if not line.strip():
                    continue
                try:
                    data = json.loads(line.decode("utf-8"))
                except UnicodeDecodeError:
                    yield where, None, "not UTF-8 text"
                    continue
                except json.JSONDecodeError as exc:
                    yield where, None, f"not valid JSON ({exc.msg}: column {exc.colno})"
                    continue
                if isinstance(data, dict):
                    yield where, data, ""
                else:
                    yield where, None, "not a JSON object"
        except OSError as exc:
            raise InputError(path, exc.strerror or str(exc)) from None


def _lines(handle: BinaryIO, max_bytes: int) -> Iterator[bytes | None]:
    """Each line's bytes without its newline, or None for a line over ``max_bytes`` (read
    to its end in pieces of that size, never whole)."""
    while True:
        line = handle.readline(max_bytes + 2)
        if not line:
            return
        if line.endswith(b"\n"):
            line = line[:-1]
        elif len(line) == max_bytes + 2:  # cut short: skip to the end of the line
            while (rest := handle.readline(max_bytes + 2)) and not rest.endswith(b"\n"):
                pass
            yield None
            continue
        yield line if len(line.rstrip(b"\r")) <= max_bytes else None


def row_documents(data: dict[str, Any], where: str) -> list[Document]:
    """The articles of a JSONL row: the row itself when it has a ``text``, or each of its
    ``documents``. Raises InputError with the reason."""
    row_id = safe_id(str(data.get("id") or where))
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
        out.append(Document(safe_id(doc_id), title, no_surrogates(text), source))
    if not out:
        raise InputError(where, "no documents")
    return out
