"""Sources: every article behind the paths, read, decoded and handed to cleaning."""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from .. import defaults
from ..cleaning import parse_text
from ..errors import InputError
from ..forks import start
from ..models import Article, Failure, LoadOptions, SourceInfo
from ..names import first_free
from ..safe_text import safe_id
from .decoding import decode
from .html import extract_html, looks_like_html
from .jsonl import iter_jsonl, row_documents
from .metadata import with_source
from .paths import HTML_SUFFIXES, INPUT_SUFFIXES, JSONL_SUFFIXES, STDIN, expand_paths, zip_ids
from .reading import read_bytes, too_large

__all__ = [
    "LOAD_BESIDE_FROM",
    "Source",
    "count_items",
    "count_sources",
    "iter_sources",
    "load_article",
    "load_articles",
    "load_source",
    "parse_document",
]


# Inputs from which half are loaded in a forked child (load_articles): at 1,000 articles
# loading took 1.2 s in one process; a child's start and its pickled articles cost about 0.1 s.
LOAD_BESIDE_FROM = 200


@dataclass(frozen=True, slots=True)
class Source:
    """One article to load: a file (``text`` is None) or a document of a JSONL row."""

    id: str
    path: str  # a file, "-", or "file.jsonl:LINE"
    text: str | None = None
    title: str | None = None
    data: bytes | None = None  # a file's bytes, read ahead: loading then needs no access to path
    source: SourceInfo | None = None  # what a JSONL row says of the article's source

    def digest(self, max_bytes: int) -> str:
        """A hash of the content, so that finished work can be recognised when it returns."""
        if self.text is not None:
            data = self.text.encode("utf-8")
        else:
            data = self.data if self.data is not None else read_bytes(self.path, max_bytes)
        return hashlib.sha256(data).hexdigest()

    def read_ahead(self, max_bytes: int) -> Source:
        """This source with its file's bytes inside, for a process that cannot see the file
        (a worker on another machine). Id, path, hash and article stay the same; a document
        of a JSONL row already holds its text. Raises InputError as loading would."""
        if self.text is not None or self.data is not None:
            return self
        return replace(self, data=read_bytes(self.path, max_bytes))


def iter_sources(
    paths: Sequence[str], max_bytes: int = defaults.MAX_BYTES
) -> Iterator[Source | Failure]:
    """Every article behind ``paths``: files as for load_articles, plus the rows of JSONL
    files (one article per row, or one per document of a row), read as they are asked for
    (a JSONL file is never held whole). A row over ``max_bytes`` is a Failure, found
    before it is parsed. Ids stay unique."""
    files = expand_paths(paths, INPUT_SUFFIXES | JSONL_SUFFIXES)
    plain = [p for p in files if Path(p).suffix.lower() not in JSONL_SUFFIXES]
    ids = dict(zip_ids(plain))
    used: set[str] = set()

    def unique(article_id: str) -> str:
        article_id = first_free(article_id, used.__contains__)
        used.add(article_id)
        return article_id

    for path in files:
        if path in ids:
            yield Source(unique(ids[path]), path)
            continue
        try:
            for where, data, problem in iter_jsonl(path, max_bytes):
                if data is None:
                    yield Failure(where, problem or "unreadable line")
                    continue
                try:
                    documents = row_documents(data, where)
                except InputError as exc:
                    yield Failure(exc.path, exc.reason)
                    continue
                for doc in documents:
                    yield Source(unique(doc.id), where, doc.text, doc.title, source=doc.source)
        except InputError as exc:
            yield Failure(exc.path, exc.reason)


def load_source(source: Source, options: LoadOptions = LoadOptions()) -> Article:
    """Load one Source as an Article. Raises InputError."""
    if source.text is None:
        return load_article(source.path, options, source.id, source.data)
    if len(source.text.encode("utf-8")) > options.max_bytes:
        raise too_large(source.path, options.max_bytes)
    return parse_document(
        source.id, source.title, source.text, source.path, options.language, source.source
    )


def load_article(
    path: str,
    options: LoadOptions = LoadOptions(),
    article_id: str | None = None,
    data: bytes | None = None,
) -> Article:
    """Read, decode, extract (HTML) and clean one input. Raises InputError.

    ``data``: the file's bytes, already read (see Source.read_ahead); ``path`` then only
    names it."""
    if data is None:
        data = read_bytes(path, options.max_bytes)
    source = text = decode(data, path)
    stem = "stdin" if path == STDIN else safe_id(Path(path).stem)
    title_hint = date_hint = None
    found = SourceInfo()
    if Path(path).suffix.lower() in HTML_SUFFIXES or looks_like_html(text):
        text, title_hint, date_hint, found = extract_html(text, path)
    elif Path(path).suffix.lower() == ".md":
        from .markdown import markdown_text

        text = markdown_text(text)
    article = parse_text(
        text,
        article_id=article_id or stem,
        path=path,
        language=options.language,
        title_hint=title_hint,
        date_hint=date_hint,
        references=source is text,  # (plain text only: HTML's and Markdown's are read)
    )
    article = with_source(article, found)
    # raw is the decoded source as it was given: for HTML the markup, not the extracted text.
    return article if source is text else replace(article, raw=source)


def load_articles(
    paths: Sequence[str],
    options: LoadOptions = LoadOptions(),
    progress: Callable[[int], None] | None = None,
) -> tuple[tuple[Article, ...], tuple[Failure, ...]]:
    """Load every input behind ``paths`` (files, folders, patterns, "-", and the rows of
    JSONL files); one bad input never stops the others. ``progress(1)`` is called after
    each (count_sources(paths) tells how many to expect).

    From LOAD_BESIDE_FROM inputs on, a forked child (summarise/forks.py) loads the second
    half while this process loads the first: cleaning is pure Python, one core each. The
    articles and failures are the same, in the same order."""
    sources = list(iter_sources(paths, options.max_bytes))
    half = len(sources) // 2 if len(sources) >= LOAD_BESIDE_FROM else len(sources)
    # The first input is loaded before the child is made, so that what loading imports and
    # compiles on first use (0.08 s) is done once, for both.
    first = min(1, half)
    loaded = _load_each(sources[:first], options, progress)
    later = start(_load_each, sources[half:], options, fork=True) if half < len(sources) else None
    try:
        loaded += _load_each(sources[first:half], options, progress)
        if later is not None:
            rest = later.result()
            loaded += rest
            if progress is not None:
                progress(len(rest))
    finally:
        if later is not None:
            later.close()
    articles = tuple(x for x in loaded if isinstance(x, Article))
    return articles, tuple(x for x in loaded if isinstance(x, Failure))


def _load_each(
    sources: Sequence[Source | Failure],
    options: LoadOptions,
    progress: Callable[[int], None] | None = None,
) -> list[Article | Failure]:
    """Each source loaded (an Article) or not (a Failure), in order."""
    out: list[Article | Failure] = []
    for source in sources:
        if isinstance(source, Failure):
            out.append(source)
        else:
            try:
                out.append(load_source(source, options))
            except InputError as exc:
                out.append(Failure(exc.path, exc.reason, source.id))
        if progress is not None:
            progress(1)
    return out


def count_sources(paths: Sequence[str]) -> int:
    """About how many sources iter_sources(paths) gives, for a progress bar (count_items)."""
    return count_items(expand_paths(paths, INPUT_SUFFIXES | JSONL_SUFFIXES))


def count_items(files: Sequence[str]) -> int:
    """How many inputs to expect from these files: one a file, one a line of a JSONL
    file (counted in pieces, never holding the file), and one an empty JSONL file."""
    total = 0
    for path in files:
        if Path(path).suffix.lower() not in JSONL_SUFFIXES:
            total += 1
            continue
        lines = 0
        try:
            if not stat.S_ISREG(os.stat(path).st_mode):  # (a device is read for ever)
                raise OSError
            with open(path, "rb") as handle:
                last = b"\n"
                while chunk := handle.read(1 << 20):
                    lines += chunk.count(b"\n")
                    last = chunk[-1:]
                lines += last != b"\n"
        except OSError:
            pass
        total += max(1, lines)  # an empty file is one input, that fails ("empty file")
    return total


def parse_document(
    doc_id: str,
    title: str | None,
    text: str,
    where: str,
    language: str = defaults.LANGUAGE,
    source: SourceInfo | None = None,
) -> Article:
    """One JSONL document as an Article, with what its row says of its source (a date
    the text gives itself comes first); an InputError names the line and the document."""
    source = source or SourceInfo()
    try:
        article = parse_text(
            text,
            article_id=doc_id,
            path=where,
            language=language,
            title_hint=title,
            date_hint=source.date,
        )
    except InputError as exc:
        raise InputError(where, f"{doc_id}: {exc.reason}") from None
    return with_source(article, replace(source, date=None))
