"""The only reader of input: paths, bytes within a size limit, decoding, HTML, JSONL, and
the sources they give, each loaded as an Article through summarise.cleaning."""

from __future__ import annotations

from .decoding import decode
from .jsonl import iter_jsonl, row_documents
from .paths import INPUT_SUFFIXES, JSONL_SUFFIXES, STDIN, expand_paths, input_files, zip_ids
from .reading import read_bytes
from .sources import (
    Source,
    iter_sources,
    load_article,
    load_articles,
    load_source,
    parse_document,
)

__all__ = [
    "INPUT_SUFFIXES",
    "JSONL_SUFFIXES",
    "STDIN",
    "Source",
    "decode",
    "expand_paths",
    "input_files",
    "iter_jsonl",
    "iter_sources",
    "load_article",
    "load_articles",
    "load_source",
    "parse_document",
    "read_bytes",
    "row_documents",
    "zip_ids",
]
