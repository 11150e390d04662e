"""What is known of each article's source: from its input (HTML metadata, JSONL fields)
or from the user (--label ID=LABEL, a --sources CSV file), applied to the Articles."""

from __future__ import annotations

import csv
from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from ..cleaning.dates import normalise_date
from ..errors import OptionError
from ..models import Article, SourceInfo
from ..safe_text import one_line

__all__ = [
    "FIELDS",
    "ROW_FIELDS",
    "apply_sources",
    "info_from_fields",
    "parse_labels",
    "read_sources_file",
    "with_source",
]

FIELDS = ("label", "outlet", "author", "date", "url")  # of SourceInfo, as a file names them
# A JSONL row's "label" is often a class (a data set's category), not a name for its source.
ROW_FIELDS = ("outlet", "author", "date", "url")
# What JSONL rows and CSV columns may call them ("source" is the name for the outlet).
_ALIASES = {"source": "outlet", "site": "outlet", "sitename": "outlet", "authors": "author"}


def _text(value: Any) -> str | None:
    """A metadata value as one line of text: a string, or a list of strings (authors)."""
    if isinstance(value, list):
        value = ", ".join(v for v in value if isinstance(v, str) and v.strip())
    if not isinstance(value, str):
        return None
    value = " ".join(one_line(value).split())
    return value or None


def info_from_fields(
    fields: Mapping[str, Any],
    fallback: SourceInfo | None = None,
    known: tuple[str, ...] = FIELDS,
) -> SourceInfo:
    """SourceInfo from a JSON object or a CSV row ("source", "url", "date", "author",
    "label"...: the ``known`` ones); a field it lacks is taken from ``fallback`` (a JSONL
    row for its documents)."""
    found: dict[str, str] = {}
    for key, value in fields.items():
        name = _ALIASES.get(str(key).strip().lower(), str(key).strip().lower())
        text = _text(value)
        if name in known and text and name not in found:
            found[name] = text
    base = fallback or SourceInfo()
    return SourceInfo(**{f: found.get(f, getattr(base, f)) for f in FIELDS})


def with_source(article: Article, info: SourceInfo) -> Article:
    """The article with what ``info`` gives (what it leaves None is kept as it was)."""
    date = (normalise_date(info.date) or info.date) if info.date else None
    if not any((info.label, info.outlet, info.author, info.url, date)):
        return article
    return replace(
        article,
        label=info.label or article.label,
        outlet=info.outlet or article.outlet,
        author=info.author or article.author,
        url=info.url or article.url,
        date=date or article.date,
    )


def parse_labels(values: Iterable[str]) -> dict[str, SourceInfo]:
    """--label ID=LABEL values as {ID: SourceInfo(label=LABEL)}. Raises OptionError."""
    out = {}
    for value in values:
        key, sep, label = value.partition("=")
        if not sep or not key.strip() or not label.strip():
            raise OptionError("label", f"expected ID=LABEL, got {value!r}")
        out[key.strip()] = SourceInfo(label=" ".join(label.split()))
    return out


def read_sources_file(path: str) -> dict[str, SourceInfo]:
    """A CSV file with an ``id`` column and any of label, outlet (or source), author, date,
    url: {id: SourceInfo}. Raises OptionError naming the file and the problem."""
    try:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.DictReader(handle))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise OptionError("sources", f"{path}: cannot read it ({reason})") from None
    if rows and "id" not in {(k or "").strip().lower() for k in rows[0]}:
        raise OptionError("sources", f"{path}: no 'id' column (columns: id, {', '.join(FIELDS)})")
    out = {}
    for line, row in enumerate(rows, 2):
        fields = {(k or "").strip().lower(): v for k, v in row.items()}
        key = (fields.pop("id") or "").strip()
        if key:
            info = info_from_fields(fields)
            # a date that reads as none is refused, not printed as the source's date in
            # place of the one its text gives ("not-a-date", "2021-13-45": a user's case)
            if info.date and normalise_date(info.date) is None:
                raise OptionError(
                    "sources",
                    f"{path}: line {line}: {info.date!r} is not a date (write it as 2024-03-05)",
                )
            out[key] = info
    return out


class Sourced(dict[str, SourceInfo]):
    """--sources and --label together, by key, knowing which keys only the file gave."""

    def __init__(self, given: Mapping[str, SourceInfo], from_file: Iterable[str]) -> None:
        super().__init__(given)
        self.from_file = frozenset(from_file)


def _merge(first: SourceInfo, second: SourceInfo) -> SourceInfo:
    return SourceInfo(**{f: getattr(second, f) or getattr(first, f) for f in FIELDS})


def apply_sources(
    articles: Sequence[Article], given: Mapping[str, SourceInfo], option: str = "label"
) -> tuple[Article, ...]:
    """The articles with what the user said of their sources. A key names an article by
    its id, its file name or stem, or a prefix of its id that only it has (the short label
    the reports show, such as 002). Raises OptionError for a key that names no article or
    several."""
    by_article: dict[str, SourceInfo] = {}
    index = _Index(articles)
    from_file = given.from_file if isinstance(given, Sourced) else frozenset()
    for key, info in given.items():
        article = index.find(key, "sources" if key in from_file else option)
        by_article[article.id] = _merge(by_article.get(article.id, SourceInfo()), info)
    return tuple(with_source(a, by_article[a.id]) if a.id in by_article else a for a in articles)


class _Index:
    """The articles by id, by file name and stem, and by id in sorted order (the ids that
    start with a key sit together there): a key is found without a scan of every article
    (a --sources file of 8,000 rows made 64 million tests and 16 million Paths)."""

    def __init__(self, articles: Sequence[Article]) -> None:
        self.articles = articles
        self.by_id: dict[str, list[Article]] = {}
        self.by_name: dict[str, list[Article]] = {}
        for a in articles:
            self.by_id.setdefault(a.id, []).append(a)
            path = Path(a.path)
            for name in dict.fromkeys((path.name, path.stem)):  # (once when they are one)
                self.by_name.setdefault(name, []).append(a)
        self.order = sorted(range(len(articles)), key=lambda n: articles[n].id)
        self.ids = [articles[n].id for n in self.order]

    def find(self, key: str, option: str) -> Article:
        """The one article ``key`` names: by id, else by file name or stem, else by a prefix
        of its id that only it has. Raises OptionError for none or several."""
        for look in (self.by_id.get, self.by_name.get, self._prefixed):
            found = look(key) or []  # (in turn: a prefix shared by many is looked for in all)
            if len(found) == 1:
                return found[0]
            if len(found) > 1:
                names = ", ".join(a.id for a in found[:4])
                more = f" and {len(found) - 4} more" if len(found) > 4 else ""  # (a QA user's case)
                raise OptionError(option, f"{key!r} names more than one article ({names}{more})")
        raise OptionError(option, f"no article has the id {key!r}")

    def _prefixed(self, key: str) -> list[Article]:
        """The articles whose id starts with ``key``, in input order. One or none are found
        beside the key's place in sorted order; several (an error) are looked for in all."""
        start = bisect_left(self.ids, key)
        count = sum(1 for i in self.ids[start : start + 2] if i.startswith(key))
        if count < 2:
            return [self.articles[self.order[start]]] if count else []
        return [a for a in self.articles if a.id.startswith(key)]
