"""Stories as an index: Markdown, a self-contained HTML page, or JSON. Pure functions."""

from __future__ import annotations

import html
from collections import Counter
from typing import Any

from ..models import GENERATOR_META, Stories, Story
from ._text import marked, md, md_code, md_failures
from .json import to_json

__all__ = ["SINGLES_SHOWN", "stories_html", "stories_json", "stories_markdown", "stories_payload"]

SINGLES_SHOWN = 50  # single-article stories listed by title in Markdown and HTML (JSON has all)
_TITLES_SHOWN = 5  # article titles shown under a story


def _n(count: int, one: str, many: str | None = None) -> str:
    return f"{count:,} {one if count == 1 else many or one + 's'}"


def _size(story: Story) -> str:
    """ "12 articles", "12 articles, 1 of them a copy", "30 articles, 3 of them copies" (of
    another of them: a syndicated report counts once)."""
    size = _n(len(story.articles), "article")
    if not story.copies:
        return size
    return f"{size}, {story.copies:,} of them {'a copy' if story.copies == 1 else 'copies'}"


def _copies(story: Story) -> str:
    """What a single article's line adds for its copies: ", and 29 copies"."""
    return f", and {_n(story.copies, 'copy', 'copies')}" if story.copies else ""


def _dates(story: Story) -> str:
    if not story.first_date:
        return ""
    if story.first_date == story.last_date:
        return story.first_date
    return f"{story.first_date} – {story.last_date}"


def stories_payload(stories: Stories) -> dict[str, Any]:
    """The JSON contract as plain data."""
    return {
        "article_count": stories.article_count,
        "story_count": len(stories.stories),
        "stories": [
            {
                "id": s.id,
                "title": s.title,
                "articles": list(s.articles),
                "titles": list(s.titles),
                "dates": list(s.dates or (None,) * len(s.articles)),
                "copies": s.copies,
                "first_date": s.first_date,
                "last_date": s.last_date,
                "key_points": list(s.key_points),
                "brief": s.brief,
            }
            for s in stories.stories
        ],
        "failures": [{"path": f.path, "reason": f.reason} for f in stories.failures],
    }


# Above the stories when some have key points: what they are, beside what a brief states. An
# analyst read a Tour de France story's two key points in the index and its brief's "no point
# found in two or more sources", and took the two as contradicting each other.
KEY_POINTS_NOTE = (
    "Key points are sentences that other sources of the story say in many of the same words;"
    " a story's brief matches its sources point by point, more strictly."
)


def stories_json(stories: Stories, indent: int | None = None) -> str:
    return to_json(stories_payload(stories), indent=indent) + "\n"


def stories_markdown(stories: Stories) -> str:
    shared = stories.shared
    singles = stories.singles
    out = [
        f"# Stories: {_n(stories.article_count, 'article')}, {_n(len(shared), 'story', 'stories')} "
        f"reported by two or more, {_n(len(singles), 'single article')}",
        "",
    ]
    if any(story.key_points for story in shared):
        out += [KEY_POINTS_NOTE, ""]
    for story in shared:
        title = md(story.title)
        head = f"[{title}]({story.brief})" if story.brief else title
        dates = _dates(story)
        out += [
            f"## {head}",
            "",
            _size(story) + (f" · {dates}" if dates else "") + f" · {md_code(story.id)}",
            "",
        ]
        if story.key_points:
            out += ["Key points:", ""] + [f"- {md(p)}" for p in story.key_points] + [""]
        listed = _distinct_titles(story)
        titles = [f"- {md(t)}" for t in listed[:_TITLES_SHOWN]]
        more = len(listed) - _TITLES_SHOWN
        out += ["Articles:", "", *titles]
        # (where to read them: its brief, or the JSON index, which lists every article)
        where = f"[its brief]({story.brief})" if story.brief else "`--format json`"
        out += [f"- and {more} more (see {where})"] if more > 0 else []
        out.append("")
    if singles:
        out += ["## Single articles", ""]
        out += [
            f"- {md(s.title)} ({md_code(s.articles[0])}{_copies(s)})"
            for s in singles[:SINGLES_SHOWN]
        ]
        if len(singles) > SINGLES_SHOWN:
            out.append(f"- and {len(singles) - SINGLES_SHOWN} more (see `--format json`)")
        out.append("")
    out += md_failures(stories.failures)
    return marked("\n".join(out))


_CSS = """body{font:16px/1.5 system-ui,sans-serif;max-width:52rem;margin:0 auto;padding:1rem;color:#222}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin:1.5rem 0 .25rem}.meta{color:#666;font-size:.9rem}
ul{padding-left:1.2rem}li{margin:.15rem 0}details{margin-top:1.5rem}a{color:#0645ad}
@media print{a{color:inherit;text-decoration:none}details>*{display:block}}"""


def stories_html(stories: Stories) -> str:
    """One self-contained page (no scripts, no external files); all input text escaped."""
    e = html.escape
    shared = stories.shared
    singles = stories.singles
    out = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        GENERATOR_META,
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>Stories: {stories.article_count:,} articles</title>",
        f"<style>{_CSS}</style></head><body>",
        f"<h1>Stories: {stories.article_count:,} articles</h1>",
        f'<p class="meta">{_n(len(shared), "story", "stories")} reported by two or more '
        f"sources; {_n(len(singles), 'single article')}.</p>",
    ]
    if any(story.key_points for story in shared):
        out.append(f'<p class="meta">{e(KEY_POINTS_NOTE)}</p>')
    for story in shared:
        title = e(story.title)
        link = f'<a href="{e(story.brief)}">{title}</a>' if story.brief else title
        dates = _dates(story)
        meta = e(_size(story)) + (f" · {e(dates)}" if dates else "")
        out += [f'<section id="{e(story.id)}"><h2>{link}</h2>', f'<p class="meta">{meta}</p>']
        if story.key_points:
            out.append("<ul>" + "".join(f"<li>{e(p)}</li>" for p in story.key_points) + "</ul>")
        titles = "".join(f"<li>{e(t)}</li>" for t in _distinct_titles(story))
        out.append(f"<details><summary>Articles</summary><ul>{titles}</ul></details></section>")
    if singles:
        items = "".join(f"<li>{e(s.title)}{e(_copies(s))}</li>" for s in singles[:SINGLES_SHOWN])
        more = len(singles) - SINGLES_SHOWN
        tail = f"<p>and {more} more (see <code>--format json</code>)</p>" if more > 0 else ""
        out.append(
            f"<details><summary>Single articles ({len(singles)})</summary><ul>{items}</ul>{tail}</details>"
        )
    if stories.failures:
        items = "".join(f"<li>{e(f.path)}: {e(f.reason)}</li>" for f in stories.failures)
        out.append(f"<h2>Not read</h2><ul>{items}</ul>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def _distinct_titles(story: Story) -> list[str]:
    """A story's article titles, earliest first (undated ones last, as given), each after its
    date and once, with how many articles carry it: news piles hold copies under one title
    ("Lifestyle 'governs mobile choice'" twice in a review's first five), which read as two
    reports; a running story's index reads as it ran."""
    dates = story.dates or (None,) * len(story.titles)
    counts = Counter(story.titles)
    first: dict[str, str | None] = {}
    for title, date in zip(story.titles, dates, strict=True):
        if title not in first or (date and (first[title] is None or date < str(first[title]))):
            first[title] = date
    ordered = sorted(first, key=lambda t: (first[t] is None, first[t] or ""))
    return [
        (f"{first[t]} · " if first[t] else "")
        + (t if counts[t] == 1 else f"{t} ({counts[t]} articles)")
        for t in ordered
    ]
