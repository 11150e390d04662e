"""Dates in scraped text: a dateline opening the body, a date on its own line, metadata dates."""

from __future__ import annotations

import contextlib
import email.utils
import re
from datetime import date as Date

from ..models import Removed, RemovedKind
from .rules import AGENCIES

__all__ = ["DATE_ONLY", "FULL_DATE", "date_from_match", "normalise_date", "split_dateline"]


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


# A full date anywhere in a text ("March 28, 2007", "28 March 2007", "2007-03-28"), for
# date_from_match.
FULL_DATE = re.compile(_DATE, re.IGNORECASE)


DATE_ONLY = re.compile(
    rf"^(?:(?:published|updated|posted|last updated|date)(?:\s+on)?:?\s*)?{_DATE}{_TIME}[\s|·•-]*$",
    re.IGNORECASE,
)


# A place dateline: "NEW DELHI:", "New Delhi:", "WASHINGTON (Reuters) -", "LONDON —", and
# with the day a wire gives: "RIVERTON, England, March 14 (National Wire) -".
_PLACE_DATELINE = re.compile(
    r"^(?P<place>[A-Z][\w.'’-]*(?:,? [A-Z][\w.'’-]*){0,3})"
    rf"(?:,\s*(?i:{_MONTHS})\.?\s+\d{{1,2}}(?:,\s*(?:19|20)\d\d)?)?"
    r"\s*(?:\((?P<agency>[^)]{1,40})\))?\s*"
    r"(?::|[-–—]{1,2})\s+(?=[A-Z\"“‘])"
)


# ... and a wire's or network's name in brackets opening the text, with or without a dash
# after it, as CNN prints it ("(CNN) Donald Sterling's racist remarks ...", "(CNN) -- ...",
# "Rome (CNN) Italy is coping ...", and the CNN/DM set's tokenised "( CNN ) ..."): a known
# agency, not any acronym ("European Central Bank (ECB) President Jean-Claude Trichet said"
# keeps its bank: a code review's case against a first version that took any capitals).
_AGENCY_NAME = (
    "(?i:" + "|".join(re.escape(a) for a in sorted(AGENCIES, key=len, reverse=True)) + ")"
)
# (several agencies, "(CBS/AP)"; a desk, "(Reuters Health)", "(CBS News)"; a place of two
# cities, "NEW YORK/LONDON (Reuters) -"; CNN's web form with no space, "(CNN)A gray whale")
_AGENCY = rf"{_AGENCY_NAME}(?:/{_AGENCY_NAME})*(?: [A-Z][a-z]+)?"
_AGENCY_DATELINE = re.compile(
    r"^(?P<place>[A-Z][\w.'’-]*(?:(?:,? |/)[A-Z][\w.'’-]*){0,3}\s*)?"
    rf"\(\s*(?P<agency>{_AGENCY})\s*\)\s*(?:[-–—]{{1,2}}\s+)?(?=[A-Z\"“‘])"
)


def _initials(words: str, letters: str) -> bool:
    """Whether ``letters`` are the initials of ``words``: "Associated Press (AP) Television
    News filmed ..." names the agency in full, then its initials, in a sentence of its own
    (a code review's case)."""
    if words.strip().lower() == letters.lower():
        return True  # "BBC (BBC) Director General Greg Dyke ...": the name, then its initials
    first = "".join(w[0] for w in words.split() if w[:1].isupper() and w not in ("The", "A"))
    # (two words at least: "Cairo (CNN) Egypt's president ..." is a place's dateline)
    return len(first) >= 2 and letters.replace(" ", "").startswith(first)


def split_dateline(text: str, removed: list[Removed]) -> tuple[str, str | None]:
    """Split a date and/or place dateline off the first body paragraph: the paragraph
    without it, and the date it gave (None when none). What was cut goes to ``removed``."""
    found = None
    match = _LEADING_DATE.match(text)
    if match and len(text) > match.end():
        found = date_from_match(match)
        removed.append(Removed(RemovedKind.DATELINE, text[: match.end()].strip()))
        text = text[match.end() :].lstrip()
    place = _PLACE_DATELINE.match(text)
    if place and len(place.group("place").split()) <= 4 and len(text) > place.end() + 20:
        removed.append(Removed(RemovedKind.DATELINE, text[: place.end()].strip()))
        text = text[place.end() :]
    agency = _AGENCY_DATELINE.match(text) if place is None else None
    if agency and agency["place"] and _initials(agency["place"], agency["agency"]):
        agency = None
    if agency and len(text) > agency.end() + 20:
        removed.append(Removed(RemovedKind.DATELINE, text[: agency.end()].strip()))
        text = text[agency.end() :]
    return text, found


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


def date_from_match(match: re.Match[str]) -> str | None:
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


def normalise_date(value: str) -> str | None:
    """A date as ISO 8601 (YYYY-MM-DD), or None: ISO dates and times, "2007/07/14", the
    written forms DATE_ONLY reads ("March 5, 2024", "5 March 2024") and an e-mail's or an RSS
    feed's "Mon, 02 Jul 2007 09:00:00 GMT" (a code review's cases, from --sources files)."""
    value = value.strip()
    match = re.match(r"^((?:19|20)\d\d)[-/](\d\d?)[-/](\d\d?)", value)
    if match:
        try:
            return Date(*map(int, match.groups())).isoformat()
        except ValueError:
            return None
    match = DATE_ONLY.match(value)
    if match:
        return date_from_match(match)
    if re.match(r"^(?:[A-Z][a-z]{2},\s*)?\d{1,2}\s+[A-Z][a-z]{2}\s+\d{4}\b", value):
        with contextlib.suppress(TypeError, ValueError, IndexError):
            return email.utils.parsedate_to_datetime(value).date().isoformat()
    return None
