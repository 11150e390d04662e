"""The only reader of input: paths, bytes within a size limit, decoding, HTML, JSONL, and
the sources they give, each loaded as an Article through summarise.cleaning."""

from __future__ import annotations

from .decoding import decode
from .jsonl import Document, iter_jsonl, row_documents
from .metadata import apply_sources, parse_labels, read_sources_file
from .paths import (
    BATCH_MANIFEST,
    INPUT_SUFFIXES,
    JSONL_SUFFIXES,
    STDIN,
    expand_paths,
    input_files,
    is_own_output,
    skipped_outputs,
    zip_ids,
)
from .reading import read_bytes
from .sources import (
    Source,
    count_items,
    count_sources,
    iter_sources,
    load_article,
    load_articles,
    load_source,
    parse_document,
)

__all__ = [
    "BATCH_MANIFEST",
    "INPUT_SUFFIXES",
    "JSONL_SUFFIXES",
    "STDIN",
    "Document",
    "Source",
    "apply_sources",
    "count_items",
    "count_sources",
    "decode",
    "expand_paths",
    "input_files",
    "is_own_output",
    "iter_jsonl",
    "iter_sources",
    "load_article",
    "load_articles",
    "load_source",
    "parse_document",
    "parse_labels",
    "read_bytes",
    "read_sources_file",
    "row_documents",
    "skipped_outputs",
    "zip_ids",
]
