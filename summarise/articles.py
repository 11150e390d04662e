"""Reading input: paths to sources, bytes to text, scraped text to clean Articles.

This is the only module that reads input. Cleaning works by general rules, never by
listing strings of particular articles:

* a paragraph repeated later is kept once (a headline repeated down the page, a standfirst
  that the body repeats in full);
* the first paragraph becomes the title when it reads as a headline;
* page furniture (comment and sign-up prompts, navigation, "Read:" link lines, breadcrumbs,
  agency and byline credits) is never a sentence;
* a dateline glued to the first sentence is split off and kept as the date;
* short headings without end punctuation are structure, not candidate sentences.

Cleaning never changes the words of a sentence; the decoded source stays in ``Article.raw``.
"""

from __future__ import annotations

import codecs
import glob
import hashlib
import json
import os
import re
import stat
import sys
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date as Date
from pathlib import Path
from typing import Any

from .errors import InputError, MissingPathError
from .models import Article, Failure, LoadOptions, Removed, Sentence
from .nlp import has_words, normalize_language, sentence_spans

__all__ = [
    "INPUT_SUFFIXES",
    "JSONL_SUFFIXES",
    "Source",
    "decode",
    "expand_paths",
    "iter_jsonl",
    "iter_sources",
    "load_article",
    "load_articles",
    "load_source",
    "parse_document",
    "parse_text",
    "row_documents",
    "sanitize",
]

INPUT_SUFFIXES = frozenset({".txt", ".md", ".html", ".htm"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
STDIN = "-"

# --------------------------------------------------------------------------- paths


def expand_paths(paths: Iterable[str], suffixes: frozenset[str] = INPUT_SUFFIXES) -> list[str]:
    """Files, folders (their input files, recursively, sorted), glob patterns and "-".

    A path that does not exist and matches nothing raises MissingPathError. Files inside
    a folder that cannot be listed are skipped; a file named directly is always returned,
    so that reading it reports why it fails.
    """
    out: list[str] = []
    seen: set[str] = set()

    def add(path: str) -> None:
        key = path if path == STDIN else os.path.normpath(path)
        if key not in seen:
            seen.add(key)
            out.append(path)

    for path in paths:
        if path == STDIN:
            add(path)
        elif os.path.isdir(path):
            for found in _walk(path, suffixes):
                add(found)
        elif os.path.lexists(path):
            add(path)
        elif glob.has_magic(path):
            matches = sorted(glob.glob(path, recursive=True))
            if not matches:
                raise MissingPathError(path)
            for match in matches:
                if os.path.isdir(match):
                    for found in _walk(match, suffixes):
                        add(found)
                elif Path(match).suffix.lower() in suffixes:
                    add(match)
        else:
            raise MissingPathError(path)
    return out


def _walk(folder: str, suffixes: frozenset[str] = INPUT_SUFFIXES) -> list[str]:
    found = []
    # followlinks=False: a symlink loop cannot make the walk endless.
    for root, dirs, files in os.walk(folder, onerror=None, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in files:
            if not name.startswith(".") and Path(name).suffix.lower() in suffixes:
                found.append(os.path.join(root, name))
    return sorted(found, key=lambda p: os.path.relpath(p, folder).split(os.sep))


# --------------------------------------------------------------------------- bytes


def read_bytes(path: str, max_bytes: int) -> bytes:
    """The bytes of a path or of standard input, refusing more than ``max_bytes``.

    Regular files and pipes are read; a device (``/dev/zero``, a terminal) is refused, and a
    named pipe that no process writes to reads as empty instead of waiting forever."""
    try:
        if path == STDIN:
            data = sys.stdin.buffer.read(max_bytes + 1)
        else:
            if os.path.isdir(path):
                raise InputError(path, "is a folder")
            # O_NONBLOCK: opening a FIFO without a writer would otherwise block for good.
            fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
            with open(fd, "rb") as handle:
                mode = os.fstat(fd).st_mode
                if stat.S_ISFIFO(mode):
                    os.set_blocking(fd, True)  # a writer there: wait for all it writes
                elif not stat.S_ISREG(mode):
                    raise InputError(path, "not a regular file")
                data = handle.read(max_bytes + 1)
    except InputError:
        raise
    except OSError as exc:
        raise InputError(path, exc.strerror or str(exc)) from None
    if len(data) > max_bytes:
        raise InputError(path, f"larger than the limit of {max_bytes:,} bytes (see --max-bytes)")
    return data


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode(data: bytes, path: str = "<bytes>") -> str:
    """Bytes to text: UTF-8 (BOM allowed), UTF-16/32 with a BOM, else a detected encoding."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                raise InputError(path, f"not valid {encoding.upper()} despite its BOM") from None
            return _checked_text(text, path)
    if not data.strip():
        raise InputError(path, "empty file")
    sample = data[:65536]
    if b"\x00" in sample:
        wide = _bomless_utf16(sample)
        if wide is None:
            raise InputError(path, "binary file, not text")
        return _checked_text(data.decode(wide, errors="replace"), path)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _detect(data, path)
    return _checked_text(text, path)


def _bomless_utf16(sample: bytes) -> str | None:
    even, odd = sample[0::2], sample[1::2]
    if len(sample) >= 4 and odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if len(sample) >= 4 and even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)


def _detect(data: bytes, path: str) -> str:
    # Mostly UTF-8 with a few stray single-byte characters (files pasted together): keep
    # the UTF-8 and read the stray bytes as cp1252, the usual culprit.
    if len(_UTF8_MULTIBYTE.findall(data[:1_000_000])) >= 3:
        return data.decode("utf-8", errors="summarise-cp1252")
    western = _western(data)
    if western is not None:
        return western
    from charset_normalizer import from_bytes

    best = from_bytes(data[:1_000_000]).best()
    encoding = best.encoding if best is not None else "cp1252"
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return data.decode("cp1252", errors="replace")


_NON_ASCII_LETTER = re.compile(r"[^\x00-\x7f]")
_ODD_INSIDE_WORD = re.compile(r"(?<=[^\W\d_])[^\w\s’'\x00-\x7f](?=[^\W\d_])")


def _western(data: bytes) -> str | None:
    """The text as cp1252 (a superset of Latin-1's printable characters) when it reads as
    Western European prose, else None.

    charset-normalizer alone often takes short English or French cp1252/Latin-1 text for a
    Baltic or Central European code page ("Café" -> "Cafķ"). Western text has few non-ASCII
    letters among its letters and no symbols inside words; the same bytes in cp1251 (Cyrillic)
    or cp1250 (Polish "Za¿ó³æ") fail that test and go to the detector.
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:  # bytes cp1252 leaves undefined (0x81, 0x8d, 0x8f, 0x90, 0x9d)
        return None
    sample = text[:100_000]
    letters = sum(1 for ch in sample if ch.isalpha())
    non_ascii = sum(1 for ch in _NON_ASCII_LETTER.findall(sample) if ch.isalpha())
    if letters == 0 or non_ascii > 0.15 * letters or _ODD_INSIDE_WORD.search(sample):
        return None
    return text


def _cp1252_fallback(error: UnicodeError) -> tuple[str, int]:
    assert isinstance(error, UnicodeDecodeError)
    bad = error.object[error.start : error.end]
    return bad.decode("cp1252", errors="replace"), error.end


codecs.register_error("summarise-cp1252", _cp1252_fallback)


def _checked_text(text: str, path: str) -> str:
    if not text.strip():
        raise InputError(path, "no text (only white space)")
    sample = text[:65536]
    controls = sum(1 for ch in sample if _is_control(ch))
    if controls > 0.05 * len(sample) or sample.count("\ufffd") > 0.1 * len(sample):
        raise InputError(path, "binary file, not text")
    return text


def _is_control(ch: str) -> bool:
    return ch not in "\n\t\r" and unicodedata.category(ch) == "Cc"


_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\u2028\u2029\ufeff]")
_SURROGATES = re.compile(r"[\ud800-\udfff]")


def sanitize(text: str) -> str:
    """Unify line ends, drop control characters (C0/C1, but newline and tab) and replace
    lone surrogates (from a "\\ud800" escape in JSON), which cannot be written as UTF-8."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _no_surrogates(_CONTROLS.sub("", text))


def _no_surrogates(text: str) -> str:
    # An ASCII string has none (str.isascii reads a flag): no need to scan it.
    return text if text.isascii() else _SURROGATES.sub("\ufffd", text)


# --------------------------------------------------------------------------- loading


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
    stem = "stdin" if path == STDIN else Path(path).stem
    title_hint = date_hint = None
    if Path(path).suffix.lower() in HTML_SUFFIXES or _looks_like_html(text):
        text, title_hint, date_hint = _extract_html(text, path)
    article = parse_text(
        text,
        article_id=article_id or stem,
        path=path,
        language=options.language,
        title_hint=title_hint,
        date_hint=date_hint,
    )
    # raw is the decoded source as it was given: for HTML the markup, not the extracted text.
    return article if source is text else replace(article, raw=source)


def load_articles(
    paths: Sequence[str], options: LoadOptions = LoadOptions()
) -> tuple[tuple[Article, ...], tuple[Failure, ...]]:
    """Load every input behind ``paths`` (files, folders, patterns, "-", and the rows of
    JSONL files); one bad input never stops the others."""
    articles: list[Article] = []
    failures: list[Failure] = []
    for source in iter_sources(paths):
        if isinstance(source, Failure):
            failures.append(source)
            continue
        try:
            articles.append(load_source(source, options))
        except InputError as exc:
            failures.append(Failure(exc.path, exc.reason))
    return tuple(articles), tuple(failures)


def zip_ids(paths: Sequence[str]) -> Iterator[tuple[str, str]]:
    """Each path with a stable id: the file stem, widened by parent folders where stems clash."""
    stems = ["stdin" if p == STDIN else Path(p).stem for p in paths]
    counts: dict[str, int] = {}
    for stem in stems:
        counts[stem] = counts.get(stem, 0) + 1
    used: set[str] = set()
    for path, stem in zip(paths, stems, strict=True):
        article_id = stem
        if counts[stem] > 1 and path != STDIN:
            parts = Path(path).with_suffix("").parts
            for depth in range(2, len(parts) + 1):
                article_id = "/".join(parts[-depth:])
                if article_id not in used:
                    break
        n = 2
        base = article_id
        while article_id in used:
            article_id = f"{base}-{n}"
            n += 1
        used.add(article_id)
        yield path, article_id


# --------------------------------------------------------------------------- JSONL

JSONL_SUFFIXES = frozenset({".jsonl"})


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


def row_documents(data: dict[str, Any], where: str) -> list[tuple[str, str | None, str]]:
    """The articles of a JSONL row as (id, title, text): the row itself when it has a
    ``text``, or each of its ``documents``. Raises InputError with the reason."""
    row_id = _no_surrogates(str(data.get("id") or where))
    documents = data.get("documents")
    if isinstance(documents, list):
        found = [
            (str(d.get("id") or f"{row_id}/{k}"), d.get("title"), d.get("text"))
            for k, d in enumerate(documents)
            if isinstance(d, dict)
        ]
    elif "text" in data:
        found = [(row_id, data.get("title"), data.get("text"))]
    else:
        raise InputError(where, "neither 'text' nor 'documents'")
    out = []
    for doc_id, title, text in found:
        if not isinstance(text, str) or not text.strip():
            raise InputError(where, f"{doc_id}: no text")
        # JSON may escape lone surrogates ("\ud800"): they would fail every UTF-8 write.
        title = _no_surrogates(title) if isinstance(title, str) and title.strip() else None
        out.append((_no_surrogates(doc_id), title, _no_surrogates(text)))
    if not out:
        raise InputError(where, "no documents")
    return out


def parse_document(
    doc_id: str, title: str | None, text: str, where: str, language: str = "english"
) -> Article:
    """One JSONL document as an Article; an InputError names the line and the document."""
    try:
        return parse_text(text, article_id=doc_id, path=where, language=language, title_hint=title)
    except InputError as exc:
        raise InputError(where, f"{doc_id}: {exc.reason}") from None


# --------------------------------------------------------------------------- sources


@dataclass(frozen=True, slots=True)
class Source:
    """One article to load: a file (``text`` is None) or a document of a JSONL row."""

    id: str
    path: str  # a file, "-", or "file.jsonl:LINE"
    text: str | None = None
    title: str | None = None
    data: bytes | None = None  # a file's bytes, read ahead: loading then needs no access to path

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


def iter_sources(paths: Sequence[str]) -> Iterator[Source | Failure]:
    """Every article behind ``paths``: files as for load_articles, plus the rows of JSONL
    files (one article per row, or one per document of a row). Ids stay unique."""
    files = expand_paths(paths, INPUT_SUFFIXES | JSONL_SUFFIXES)
    plain = [p for p in files if Path(p).suffix.lower() not in JSONL_SUFFIXES]
    ids = dict(zip_ids(plain))
    used: set[str] = set()

    def unique(article_id: str) -> str:
        base, n = article_id, 2
        while article_id in used:
            article_id = f"{base}-{n}"
            n += 1
        used.add(article_id)
        return article_id

    for path in files:
        if path in ids:
            yield Source(unique(ids[path]), path)
            continue
        try:
            for where, data, problem in iter_jsonl(path):
                if data is None:
                    yield Failure(where, problem or "unreadable line")
                    continue
                try:
                    documents = row_documents(data, where)
                except InputError as exc:
                    yield Failure(exc.path, exc.reason)
                    continue
                for doc_id, title, text in documents:
                    yield Source(unique(doc_id), where, text, title)
        except InputError as exc:
            yield Failure(exc.path, exc.reason)


def load_source(source: Source, options: LoadOptions = LoadOptions()) -> Article:
    """Load one Source as an Article. Raises InputError."""
    if source.text is None:
        return load_article(source.path, options, source.id, source.data)
    if len(source.text.encode("utf-8")) > options.max_bytes:
        raise InputError(
            source.path, f"larger than the limit of {options.max_bytes:,} bytes (see --max-bytes)"
        )
    return parse_document(source.id, source.title, source.text, source.path, options.language)


def _looks_like_html(text: str) -> bool:
    head = text[:512].lstrip().lower()
    return head.startswith(("<!doctype html", "<html"))


def _extract_html(html: str, path: str) -> tuple[str, str | None, str | None]:
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


# --------------------------------------------------------------------------- cleaning

_WIDE_SPACES = "\u00a0\u2000-\u200a\u202f\u205f\u3000"
_WS = re.compile(rf"[ \t{_WIDE_SPACES}]+")  # never a newline
_WIDE_SPACE = re.compile(rf"[{_WIDE_SPACES}]")
_TERMINAL = re.compile(r"[.!?…]['\"’”»)\]]*$")
_CLOSERS = "'\"’”»)]*"
_INNER_BREAK = re.compile(r"[.!?…]['\"’”»)]*\s+['\"“‘(]?[A-Z]")
_CAMEL = re.compile(r"[a-z][A-Z][a-z]")
_CRUMB_SEP = re.compile(r"\s[>»›|/]\s|\s[-–]\s")

_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
_DATE = (
    rf"(?P<date>{_WEEKDAY}(?:(?P<m1>{_MONTHS})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>(?:19|20)\d\d)"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTHS})\.?,?\s+(?P<y2>(?:19|20)\d\d)"
    r"|(?P<y3>(?:19|20)\d\d)-(?P<m3>\d\d)-(?P<d3>\d\d)))"
)
_TIME = r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?"
# A date opening the body, glued or not to the first sentence: "March 20, 2021The United..."
_LEADING_DATE = re.compile(
    rf"^(?:(?:published|updated|posted|last updated)(?:\s+on)?:?\s*)?{_DATE}{_TIME}"
    r"(?:\s*[-–—:|·•,]\s*|\s+|(?=[A-Z\"“‘]))",
    re.IGNORECASE,
)
_DATE_ONLY = re.compile(
    rf"^(?:(?:published|updated|posted|last updated|date)(?:\s+on)?:?\s*)?{_DATE}{_TIME}[\s|·•-]*$",
    re.IGNORECASE,
)
# A place dateline: "NEW DELHI:", "New Delhi:", "WASHINGTON (Reuters) -", "LONDON —".
_PLACE_DATELINE = re.compile(
    r"^(?P<place>[A-Z][\w.'’-]*(?:,? [A-Z][\w.'’-]*){0,3})\s*(?:\((?P<agency>[^)]{1,40})\))?\s*"
    r"(?::|[-–—]{1,2})\s+(?=[A-Z\"“‘])"
)

_FURNITURE = [
    re.compile(p, re.IGNORECASE)
    for p in (
        # comment prompts and forms
        r"^(?:leave|post|add|write|submit|view|show|load|see|read)?\s*(?:a |the |all |more |\d+ )?"
        r"(?:comments?|repl(?:y|ies)|responses?)(?:\s+(?:here|below|now|\(\d+\)))?\W*$",
        r"\byour email address will not be published\b",
        r"\brequired fields are marked\b",
        r"\bcomments? (?:are|is) (?:closed|moderated|disabled)\b",
        r"^(?:join|start) the (?:conversation|discussion)\b",
        r"^(?:you must|please) (?:be )?(?:log(?:ged)? ?in|sign(?:ed)? ?in|register)\b",
        # sign-up and subscription prompts
        r"^(?:sign up|subscribe|register|get our|get the latest|don't miss)\b.{0,120}"
        r"\b(?:newsletter|updates|alerts|inbox|free|now|here|today|news)\b",
        r"\b(?:subscribe|sign up) (?:to|for) (?:our|the)\b.{0,60}\b(?:newsletter|channel|updates)\b",
        r"^(?:follow us|like us|share (?:this|on|via)|click here|tap here|download (?:our|the) app)\b",
        # navigation
        r"^(?:back to top|scroll to top|skip to (?:main )?content|go to top)\b",
        r"^scroll down for (?:the )?(?:videos?|more)\W*$",
        r"^(?:related|recommended|popular|trending|latest|more|top|suggested)\s+"
        r"(?:articles?|stories|news|posts|reads|videos|from|on|topics?)\b",
        r"^(?:advertisement|advertising|sponsored(?: content)?|promoted|ad)$",
        r"^(?:previous|next) (?:article|story|post)\b",
        # "Read:" and "Also read" link lines
        r"^(?:also read|read also|read more|read|see also|watch|listen|more|related|also see|"
        r"must read|recommended)\s*[:|»>–—-]\s*\S",
        r"^(?:also read|read more|read also|continue reading)\b",
        # copyright
        r"^(?:©|\(c\)\s*\d{4}|copyright\b)",
        r"\ball rights reserved\b",
        # media captions
        r"^(?:image|photo|picture|video|file photo|graphic)(?:\s+(?:caption|credit|source))?\s*[:|]",
    )
]
_AGENCIES = (
    r"reuters|ap|afp|dpa|ani|pti|ians|xinhua|tass|ria novosti|efe|upi|kyodo|yonhap|bloomberg|"
    r"the associated press|associated press|agence france-presse|press trust of india|bbc|cnn"
)
_CREDIT = [
    re.compile(p, re.IGNORECASE)
    for p in (
        # DW style initials with agencies: "ab/aw (Reuters, dpa, AP)"
        r"^[a-z]{1,4}(?:/[a-z]{1,4})+\s*(?:\([^)]{1,80}\))?\.?$",
        # an agency alone: "The Associated Press", "(Reuters)", "- AFP"
        rf"^[-–—(\s]*(?:{_AGENCIES})[)\s.]*$",
        rf"^\(?(?:with inputs? from|source:?)\s+(?:{_AGENCIES})\b.{{0,40}}$",
        # bylines and Reuters-style footers; a name's capitals match case ("By then it was
        # too late." is a sentence)
        r"^(?:by|written by|words by|story by)\s+(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,4}"
        r"(?:\s*(?:,|and|&|\||-|–|—)\s*.{0,60})?$",
        r"^\(?(?:additional )?(?:reporting|editing|writing|compiled) by\b",
    )
]
# A page's pointer glued to the start of a sentence, as scraped DailyMail pages have it
# ("Scroll down for video The boxes of ..."): cut off, the rest kept.
_GLUED_POINTER = re.compile(
    r"scroll down for (?:the )?(?:videos?|more)\b[\s:.!–—-]*", re.IGNORECASE
)
_GLUED_POINTER_STARTS = ("Scroll", "scroll", "SCROLL")
_HEADING_MAX_WORDS = 12
_TITLE_MAX_WORDS = 30
_MIN_SENTENCE_WORDS = 2


@dataclass(slots=True)
class _Block:
    text: str
    key: str
    kind: str = "body"  # body, title, heading, or a Removed kind


def parse_text(
    text: str,
    *,
    article_id: str = "article",
    path: str = "",
    language: str = "english",
    title_hint: str | None = None,
    date_hint: str | None = None,
) -> Article:
    """Clean scraped text into an Article. Raises InputError when no sentence is left."""
    language = normalize_language(language)
    raw = text
    blocks = [_Block(p, _key(p)) for p in _paragraphs(sanitize(text))]
    date = _normalise_date(date_hint) if date_hint else None
    removed: list[Removed] = []

    _mark_duplicates(blocks)
    title = _pick_title(blocks, title_hint)
    for block in blocks:
        if block.kind == "body":
            block.kind = _classify(block.text)

    body = [b for b in blocks if b.kind == "body"]
    # Each of these texts passed _is_furniture whole (the dateline split may cut the first).
    passed = [b.text for b in body]
    if body:
        date = _split_dateline(body[0], date, removed) or date
    if date is None:
        date = _standalone_date(blocks)

    headings = tuple(b.text for b in blocks if b.kind in {"title", "heading"})
    for block in blocks:
        if block.kind not in {"body", "heading", "title"}:
            removed.append(Removed(block.kind, block.text))

    paragraphs: list[str] = []
    sentences: list[Sentence] = []
    seen: set[str] = set()
    offset = 0
    for block, whole in zip(body, passed, strict=True):
        if not block.text:
            continue
        para_no = len(paragraphs)
        text_passed = block.text == whole
        for start, end in sentence_spans(block.text):
            if block.text.startswith(_GLUED_POINTER_STARTS, start):
                start = _cut_glued_pointer(block.text, start, end, removed)
            sentence = block.text[start:end]
            key = _key(sentence)
            if key in seen:
                removed.append(Removed("duplicate", sentence))
                continue
            if _is_furniture_part(block.text, start, end, text_passed) or _is_credit(sentence):
                removed.append(Removed("furniture", sentence))
                continue
            if not has_words(sentence, _MIN_SENTENCE_WORDS):
                removed.append(Removed("fragment", sentence))
                continue
            seen.add(key)
            sentences.append(
                Sentence(len(sentences), sentence, para_no, offset + start, offset + end)
            )
        paragraphs.append(block.text)
        offset += len(block.text) + 2
    if not sentences:
        raise InputError(path or article_id, "no sentences found after cleaning")
    if not title:
        title = _fallback_title(sentences[0].text)
    return Article(
        id=article_id,
        path=path,
        title=title,
        text="\n\n".join(paragraphs),
        sentences=tuple(sentences),
        raw=raw,
        date=date,
        headings=headings,
        removed=tuple(removed),
        language=language,
    )


def _cut_glued_pointer(text: str, start: int, end: int, removed: list[Removed]) -> int:
    """Where the sentence text[start:end] starts once a glued pointer is cut off it."""
    pointer = _GLUED_POINTER.match(text, start, end)
    if pointer is None or pointer.end() == end:  # none, or the whole sentence (a rule's)
        return start
    removed.append(Removed("furniture", pointer.group().strip()))
    return pointer.end()


def _paragraphs(text: str) -> list[str]:
    """Logical paragraphs: blank-line blocks, split into lines unless a line is hard-wrapped."""
    out: list[str] = []
    for block in _BLANK_LINES.split(_collapse_spaces(text)):
        lines = [line.strip() for line in block.split("\n")]
        lines = [line for line in lines if line]
        current = ""
        for line in lines:
            if current and _continues(current, line):
                current = f"{current} {line}"
            else:
                if current:
                    out.append(current)
                current = line
        if current:
            out.append(current)
    return out


_BLANK_LINES = re.compile(r"\n\s*\n")


def _collapse_spaces(text: str) -> str:
    """Each run of spaces and tabs, in each line, as one space.

    Skipped when that changes nothing, as on most text (where every run is one plain space,
    which the substitution would still replace one by one)."""
    if "  " in text or "\t" in text or (not text.isascii() and _WIDE_SPACE.search(text)):
        return _WS.sub(" ", text)
    return text


def _more_words_than(text: str, limit: int) -> bool:
    """len(text.split()) > limit, without splitting a long text into all its words."""
    return len(text.split(maxsplit=limit)) > limit


def _continues(previous: str, line: str) -> bool:
    """Does ``line`` continue ``previous`` (a hard-wrapped paragraph), rather than start anew?"""
    if _TERMINAL.search(previous):
        return False
    if line[0].islower() or line[0] in ",;:)":
        return True
    # A long line without end punctuation is a wrapped line; a short one is a heading.
    return _more_words_than(previous, _HEADING_MAX_WORDS) and len(previous) >= 60


_KEY_WORD = re.compile(r"\w+")
# For ASCII text, as bytes: each word character (\w) to itself lower-cased, else a space.
_ASCII_KEY = bytes(
    ord(chr(c).lower()) if c < 128 and _KEY_WORD.fullmatch(chr(c)) else ord(" ") for c in range(256)
)


def _key(text: str) -> str:
    """A comparison key: NFKC, case-folded, words only."""
    if text.isascii():
        # Most paragraphs and sentences are ASCII, where NFKC changes nothing and case
        # folding is lower-casing: a translate and a split in C make the same key (on
        # bytes, a fifth faster than on str).
        return b" ".join(text.encode("ascii").translate(_ASCII_KEY).split()).decode("ascii")
    # Curly quotes and dashes need no mapping to ' " -: none is a word character, so each
    # separates words as they do.
    return " ".join(_KEY_WORD.findall(unicodedata.normalize("NFKC", text).casefold()))


def _mark_duplicates(blocks: list[_Block]) -> None:
    seen: set[str] = set()
    for block in blocks:
        if not block.key:
            block.kind = "furniture"
        elif block.key in seen:
            block.kind = "duplicate"
        else:
            seen.add(block.key)
    # A standfirst that a later paragraph repeats in full (a prefix or a part of it): keep
    # the fuller one. Only the opening paragraphs are checked, so this stays linear.
    live = [b for b in blocks if b.kind == "body"]
    for i, block in enumerate(live[:12]):
        if not _more_words_than(block.key, 5):
            continue
        if any(block.key in later.key for later in live[i + 1 :] if later.kind == "body"):
            block.kind = "duplicate"


def _pick_title(blocks: list[_Block], title_hint: str | None) -> str:
    """The first live paragraph becomes the title when it reads as a headline."""
    # A hint comes from HTML metadata or a JSONL row: clean it as the text is cleaned.
    title = _WS.sub(" ", sanitize(title_hint).replace("\n", " ")).strip() if title_hint else ""
    title_key = _key(title)
    for block in blocks:
        if block.kind != "body":
            continue
        if _is_breadcrumb(block.text):
            block.kind = "breadcrumb"
            continue
        if _is_furniture(block.text) or _is_credit(block.text):
            continue
        if _is_headline(block.text):
            if not title or title_key == block.key:
                title, title_key = block.text, block.key
                block.kind = "title"
            elif title_key in block.key or block.key in title_key:
                block.kind = "title"
        break
    if title:
        for block in blocks:
            if block.kind == "body" and block.key == title_key:
                block.kind = "duplicate"
    return title


def _classify(text: str) -> str:
    if _is_furniture(text):
        return "furniture"
    if _is_credit(text):
        return "credit"
    if _is_heading(text):
        return "heading"
    return "body"


# What a rule that may match anywhere must not hold: an anchor or a lookaround would let it
# match in a part of a text without matching in the text (see _is_furniture_part).
_CONTEXT_SYNTAX = re.compile(r"(?<![\\\[])[$^]|\\[AZ]|\(\?<?[=!]")


@dataclass(frozen=True, slots=True)
class _Rules:
    """Case-insensitive rules as two patterns: those anchored at the start, tried once there,
    and the others, searched through the text (two regex calls per text, not one a rule).
    Each may have a faster pattern that rules most ASCII texts out (see _ascii_hint)."""

    start: re.Pattern[str]
    start_hint: re.Pattern[str] | None
    anywhere: re.Pattern[str] | None
    anywhere_hint: re.Pattern[str] | None

    def starts(self, text: str) -> bool:
        """Does a rule anchored at the start match the text?"""
        hint = self.start_hint
        if hint is not None and text.isascii() and hint.match(text.lower()) is None:
            return False
        return self.start.match(text) is not None

    def holds(self, text: str) -> bool:
        """Does a rule that may match anywhere match the text?"""
        if self.anywhere is None:
            return False
        hint = self.anywhere_hint
        if hint is not None and text.isascii() and hint.search(text.lower()) is None:
            return False
        return self.anywhere.search(text) is not None


def _rules(patterns: list[re.Pattern[str]]) -> _Rules:
    """The patterns (each ignoring case; "^" marks those anchored at the start) as _Rules."""
    anchored = "|".join(f"(?:{p.pattern[1:]})" for p in patterns if p.pattern.startswith("^"))
    floating = [p.pattern for p in patterns if not p.pattern.startswith("^")]
    for pattern in floating:
        if _CONTEXT_SYNTAX.search(pattern):
            raise ValueError(f"a rule that may match anywhere holds an anchor: {pattern}")
    start = re.compile(anchored, re.IGNORECASE)
    if not floating:
        return _Rules(start, _ascii_hint(anchored), None, None)
    if all(p.startswith(r"\b") for p in floating):
        # One boundary test before the rules, not one in each: it fails at once inside a
        # word. The hint goes without it (it may find more, never less), so that the regex
        # engine can skip straight to the letters that a rule starts with.
        rules = "|".join(f"(?:{p[2:]})" for p in floating)
        anywhere = re.compile(rf"\b(?:{rules})", re.IGNORECASE)
    else:
        rules = "|".join(f"(?:{p})" for p in floating)
        anywhere = re.compile(rules, re.IGNORECASE)
    return _Rules(start, _ascii_hint(anchored), anywhere, _ascii_hint(rules))


def _ascii_hint(rules: str) -> re.Pattern[str] | None:
    """The rules matching case, for the lower-cased text when it is ASCII.

    For ASCII text ignoring case is lower-casing, so they find at least what the rules,
    ignoring case, find in the text; and a regex that matches case runs two or three times
    as fast (the engine compares characters as they are, and can skip ahead to the letters a
    rule starts with). None when a rule holds a capital letter outside an escape such as \\B
    or \\W: it could not match lower-cased text."""
    if re.search("[A-Z]", re.sub(r"\\.", "", rules)):
        return None
    return re.compile(rules)


_FURNITURE_RULES = _rules(_FURNITURE)
_CREDIT_RULES = _rules(_CREDIT)


def _is_furniture(text: str) -> bool:
    return _FURNITURE_RULES.starts(text) or _FURNITURE_RULES.holds(text)


def _is_furniture_part(text: str, start: int, end: int, text_passed: bool) -> bool:
    """_is_furniture(text[start:end]), knowing whether the whole text passed it.

    A match reads the characters of the part and, at its edges, whether a word character lies
    beyond (for \\b). So when the text passed and no word character touches the part (as
    between sentences), a rule that may match anywhere cannot match in the part: the search
    for those rules, as costly as reading the whole part, is needed only otherwise."""
    part = text[start:end]
    if _FURNITURE_RULES.starts(part):
        return True
    if text_passed and not _touches_word(text, start, end):
        return False
    return _FURNITURE_RULES.holds(part)


def _touches_word(text: str, start: int, end: int) -> bool:
    """Is there a word character (a regex's \\w) just before or just after text[start:end]?"""
    return (start > 0 and _is_word_char(text[start - 1])) or (
        end < len(text) and _is_word_char(text[end])
    )


def _is_word_char(char: str) -> bool:
    # What \w matches in a str pattern (alphanumeric or "_"), without a regex call.
    return char.isalnum() or char == "_"


def _is_credit(text: str) -> bool:
    return len(text) < 200 and (_CREDIT_RULES.starts(text) or _CREDIT_RULES.holds(text))


def _is_heading(text: str) -> bool:
    return (
        not _more_words_than(text, _HEADING_MAX_WORDS)
        and not _ends_sentence(text)
        and not _INNER_BREAK.search(text)
    )


def _ends_sentence(text: str) -> bool:
    return bool(_TERMINAL.search(text))


def _is_headline(text: str) -> bool:
    stripped = text.rstrip(_CLOSERS + " ")
    if not stripped or _more_words_than(text, _TITLE_MAX_WORDS):
        return False
    if _INNER_BREAK.search(text) or _DATE_ONLY.match(text):
        return False
    # A headline may ask or exclaim, but does not end with a full stop.
    return not stripped.endswith((".", "…", ":", ";", ","))


def _is_breadcrumb(text: str) -> bool:
    if _more_words_than(text, 10) or _ends_sentence(text):
        return False
    glued = len(_CAMEL.findall(text))
    return glued >= 2 or (glued >= 1 and bool(_CRUMB_SEP.search(text))) or text.count(" › ") >= 1


def _split_dateline(block: _Block, date: str | None, removed: list[Removed]) -> str | None:
    """Split a date and/or place dateline off the first body paragraph; return the date."""
    found = None
    match = _LEADING_DATE.match(block.text)
    if match and len(block.text) > match.end():
        found = _date_from_match(match)
        removed.append(Removed("dateline", block.text[: match.end()].strip()))
        block.text = block.text[match.end() :].lstrip()
    place = _PLACE_DATELINE.match(block.text)
    if place and len(place.group("place").split()) <= 4 and len(block.text) > place.end() + 20:
        removed.append(Removed("dateline", block.text[: place.end()].strip()))
        block.text = block.text[place.end() :]
    return found or date


def _standalone_date(blocks: list[_Block]) -> str | None:
    for block in blocks[:8]:
        match = _DATE_ONLY.match(block.text)
        if match:
            if block.kind == "body":
                block.kind = "dateline"
            return _date_from_match(match)
    return None


_MONTH_NUMBER = {
    name: i
    for i, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}


def _date_from_match(match: re.Match[str]) -> str | None:
    g = match.groupdict()
    try:
        if g.get("y1"):
            day = Date(int(g["y1"]), _MONTH_NUMBER[g["m1"].lower()], int(g["d1"]))
        elif g.get("y2"):
            day = Date(int(g["y2"]), _MONTH_NUMBER[g["m2"].lower()], int(g["d2"]))
        else:
            day = Date(int(g["y3"]), int(g["m3"]), int(g["d3"]))
    except (ValueError, KeyError, TypeError):
        return None
    return day.isoformat()


def _normalise_date(value: str) -> str | None:
    match = re.match(r"^((?:19|20)\d\d)-(\d\d)-(\d\d)", value.strip())
    if match:
        try:
            return Date(*map(int, match.groups())).isoformat()
        except ValueError:
            return None
    match = _DATE_ONLY.match(value.strip())
    return _date_from_match(match) if match else None


def _fallback_title(first_sentence: str, limit: int = 80) -> str:
    if len(first_sentence) <= limit:
        return first_sentence
    cut = first_sentence[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;:–— ") + "…"
