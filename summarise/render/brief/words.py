"""The sentences a brief writes about itself, the same in every format: its first line,
what a cut left out, a source's facts, a topic's heading."""

from __future__ import annotations

from ...models import Article, Duplicate, Naming, RenderOptions, Topic
from .._text import plural
from ..labels import POSSIBLE_HEADING, POSSIBLE_NOTE, WEAKER, same_words_note
from .plan import FULL_FLAG, Brief, CopyLine, Point, dated_sources

__all__ = [
    "ANOTHER_FIGURE",
    "CHANGED_HEADING",
    "CHANGED_NOTE",
    "COPY_ADDS",
    "COPY_ADDS_SIDE",
    "NONE_STATED",
    "POSSIBLE_HEADING",
    "POSSIBLE_NOTE",
    "QUOTE_WORDS",
    "TIMELINE_HEADING",
    "TIMELINE_NOTE",
    "UNIQUE_CAVEAT",
    "WEAKER",
    "WORD_FOR_WORD",
    "agreed_points",
    "another_of",
    "another_says",
    "brief_title",
    "changed_note",
    "clip_quote",
    "copies_said",
    "glance",
    "headline",
    "left_out",
    "named_as",
    "one_report",
    "plural",
    "ran_between",
    "source_facts",
    "spread_note",
    "stories_by_event",
    "stories_note",
    "topic_heading",
    "undated_note",
    "unique_caveat",
]

# Under "What only one source says": the comparator finds about a third to a half of the
# points sources share in different words (README, "How well it does"), so a point listed
# here may be another source's in other words.
UNIQUE_CAVEAT = (
    "No other source makes these points in words close enough to match; one may still say"
    " the same in other words."
)

# Under "Where they differ", last: a near copy's sentences worded otherwise than its original's
# (Duplicate.changed): one source run twice, one of whose versions may change a fact
# ("Saulnier ... win over ... Melzer, who twisted his ankle" / "The Frenchman twisted his
# ankle ... but overcame Melzer": a review found it hidden by the copy counted once).
CHANGED_HEADING = "Worded otherwise in a copy"
CHANGED_NOTE = "(one source run twice and counted once; one version may change a fact):"
# A copy's sentence its original has no likeness of: "... — no such sentence in **s0**", and
# the original's side of the page's pair.
COPY_ADDS = "no such sentence in"
COPY_ADDS_SIDE = "No such sentence."

# Beside a shared point's sources, those of its group that give another figure than the
# sentence shown (M006: "1.5 million people have been left without homes" and "another
# million"): they report the point, not that figure.
ANOTHER_FIGURE = "another figure, under “Where they differ”"
# The closest pair's wording when they are one text printed twice (no diff to show).
WORD_FOR_WORD = "word for word the same."
# ... or, where the disagreement is in words (who is responsible, a denial, who is favourite),
# another account of it.
ANOTHER_ACCOUNT = "another account, under “Where they differ”"


def brief_title(brief: Brief, options: RenderOptions) -> str:
    """A brief's title: of one story (of `stories --out-dir`, or articles the brief finds to be
    one), the headline of the article that stands best for the others, quoted as one
    article's, "News brief: “Tour de France: ...” and 9 more articles" (every brief had been
    titled by its count alone, a user's case, and then each but those of `stories`, an
    analyst's; a third analyst read a headline shown bare as the whole story's, where it was
    one angle of it, session 54); else "News brief: 10 articles"."""
    story = options.story or brief.report.title
    n = len(brief.articles)
    if not story:
        return f"News brief: {plural(n, 'article')}"
    if n <= 1:
        return f"News brief: “{story}”"
    return f"News brief: “{story}” and {n - 1} more article{'s' if n > 2 else ''}"


def another_of(in_words: bool) -> str:
    """What sources named apart beside a sentence give: another account (a disagreement in
    words) or another figure."""
    return ANOTHER_ACCOUNT if in_words else ANOTHER_FIGURE


def another_says(point: Point) -> str:
    """What the sources named apart beside a shared point give: another figure, or (when a
    disagreement of theirs with the sentence shown is in words) another account."""
    return another_of(point.alignment.disputed_in_words(point.lead))


# When no group is shown there; or none but one whose sources give different figures (a
# review read "share no point" above the disagreement of two sources on one restatement).
NONE_SHARED = "The sources share no point closely enough to align."
NONE_AGREED = "The sources share no point without a disagreement: see “Where they differ”, below."
# ... and when no point is stated as agreed, instead of "share no point closely enough to
# align"
NONE_STATED = "No point is matched surely enough to state as agreed."
CLOSEST = "The closest"  # what follows NONE_STATED: the points not stated as agreed

STORIES_NOTE = (
    "These {articles} articles seem to report {n} different events (or stages of one story), so"
    " few points can be shared."
)


def agreed_points(brief: Brief) -> tuple[int, int]:
    """How many points the brief states as shared (Alignment.agreed: strong matches that two
    sources or more say as shown),
    and how many it lists as possibly shared."""
    return (
        len(brief.points.shown) + brief.points.left,
        len(brief.possible.shown) + brief.possible.left,
    )


# Sentences a brief shows of a passage after its first (Point.then; --full: all of them).
PASSAGE_SHOWN = 1


def passage(point: Point, article: str, full: bool) -> tuple[str, int]:
    """What a source says of a point as a brief shows it: its sentence and, for a passage
    (Point.then), the next PASSAGE_SHOWN ones (``full``: all); and how many it leaves out."""
    refs = point.passage(article)
    shown = refs if full else refs[: 1 + PASSAGE_SHOWN]
    return " ".join(r.text for r in shown), len(refs) - len(shown)


def passage_left(left: int) -> str:
    """The note after a passage cut short."""
    return f"and {left} more sentence{'s' if left != 1 else ''} of it, in the same order in each"


def in_a_row(point: Point) -> str:
    """The tag of a passage: how many sentences its sources share in a row ("" for one)."""
    return f" · {len(point.then) + 1} sentences in a row" if point.then else ""


def words_note(point: Point) -> str:
    """labels.same_words_note of a point; of a passage, only what every sentence of it
    shares (a review found one tagged "in the same words" above another source's other
    wording of its third sentence)."""
    notes = {same_words_note(a) for a in (point.alignment, *point.then)}
    return notes.pop() if len(notes) == 1 else ""


# Words of a quote one source gives that a brief shows (--full: all): a statement read out
# whole (the sample's Blinken answer, 130 words) is a page of its own.
QUOTE_WORDS = 50


def clip_quote(text: str, full: bool) -> str:
    """A quote as a brief shows it: its first QUOTE_WORDS words and "…", unless ``full``."""
    words = text.split()
    if full or len(words) <= QUOTE_WORDS:
        return text
    return " ".join(words[:QUOTE_WORDS]) + " …"


JSON_FLAG = "--format json"  # how to get what a brief leaves to the JSON, named in the note
UNIQUE_MORE = "comparison.unique_more"  # where the JSON keeps those sentences


def more_unique(n: int) -> str:
    """The note under a brief's unique points: the sentences of one source that the
    comparator ranks below each article's most central five, which only the JSON holds
    (each renderer marks JSON_FLAG and UNIQUE_MORE as code)."""
    return (
        f"{n:,} more {'sentence' if n == 1 else 'sentences'} only one source gives, less central"
        f" to its article, {'is' if n == 1 else 'are'} in the brief's {JSON_FLAG} output"
        f" ({UNIQUE_MORE})."
    )


def left_out(n: int) -> str:
    """What a cut left out (the section says of what), and the flag that shows it."""
    return f"{n:,} more not shown here; {FULL_FLAG} shows {'it' if n == 1 else 'them'}."


def in_the_same_words(agreed: int, same: int, nearly: bool = False) -> str:
    """What the first line adds for agreed points that their sources print in the same words
    (a wire story's sentence, a report's update): " (3 of them in the same words)"; "or
    nearly" when one of them has a word or a few other (labels.same_words_note)."""
    if not same:
        return ""
    words = "in the same words or nearly" if nearly else "in the same words"
    if same == agreed:
        return f" (all {words})" if agreed > 1 else f" ({words})"
    return f" ({same:,} of them {words})"


def possibly(agreed: int, maybe: int) -> str:
    """What the first line adds for the possible points: ", 4 more possibly" (beside 6
    agreed, where "(4 possible)" read as if 4 of the 6 were)."""
    if not maybe:
        return ""
    return f", {maybe:,} more possibly" if agreed else f", {maybe:,} possibly"


def glance(brief: Brief, answers: bool = True) -> str:
    """The brief's first line: how much was read, and (``answers``) what the first three
    sections found."""
    comparison = brief.report.comparison
    queries = [t for t in comparison.topics if t.query]
    parts = [f"{plural(len(brief.articles), 'article')} ({brief.words:,} words)"]
    if comparison.duplicates:
        # beside the count it qualifies: a review read "9 articles" as nine sources
        n = len(comparison.duplicates)
        parts[0] += f", {n} of them {'a copy' if n == 1 else 'copies'} counted once"
    if answers:
        agreed, maybe = agreed_points(brief)
        # what the comparator found, not what the sources hold: it misses most points told
        # in other words, and three blind readers in session 46 refused "0 points two or
        # more share" over briefs whose sources share eight
        parts += [
            (
                f"{plural(agreed, 'point')} found in two or more sources"
                if agreed
                else "no point found in two or more sources"
            )
            + in_the_same_words(agreed, brief.same_words, brief.nearly)
            + possibly(agreed, maybe),
            f"{plural(len(comparison.disagreements), 'disagreement')} between them"
            if comparison.disagreements
            # where the comparator matched points, which is not everywhere (two analysts read
            # "no disagreements" as the sources' agreeing throughout)
            else "no disagreements found where they match",
            *(
                [f"{plural(len(comparison.dispute_lines()), 'dispute')} reported"]
                if comparison.disputes
                else []
            ),
            f"{plural(brief.unique_count, 'point')} found in one source only"
            if brief.unique_count
            else "no point found in one source only",
        ]
    parts.append(
        f"{plural(len(comparison.topics), 'topic')} "
        + ("asked for" if queries else "found in the articles")
    )
    return " · ".join(parts) + " · made with summarise."


def stories_note(brief: Brief) -> str | None:
    """The warning a brief on several stories opens with. The renderers add which articles
    report one event, when some do (stories_by_event)."""
    stories = brief.report.stories
    if len(stories) < 2:
        return None
    return STORIES_NOTE.format(articles=sum(map(len, stories)), n=len(stories))


# Sources published this many days apart or more report a story's different days, whatever
# their words share: MultiLing M009's ten Olympics reports ran from September 2006 (a car ban)
# to August 2008 (the closing ceremony), torch relays and a lip-synced song between, and its
# brief had no note, while its words made one story of them.
SPREAD_DAYS = 30
SPREAD_NOTE = (
    "These {articles} articles were published over {span} ({first} to {last}): a point only"
    " one of them makes may be of another day or another stage of the story."
)


def spread_note(brief: Brief) -> str | None:
    """The warning a brief opens with when its sources (copies counted once) were published
    SPREAD_DAYS or more apart and stories_note says nothing."""
    if stories_note(brief) is not None:
        return None
    dated = dated_sources(brief.report)
    if len(dated) < 2:
        return None
    first, last = dated[0], dated[-1]
    days = (last.day or 0) - (first.day or 0)
    if days < SPREAD_DAYS:
        return None
    months = round(days / 30.44)
    span = plural(days, "day") if days < 60 else f"about {plural(months, 'month')}"
    return SPREAD_NOTE.format(
        articles=len(dated), span=span, first=(first.date or "")[:10], last=(last.date or "")[:10]
    )


def stories_by_event(brief: Brief) -> tuple[tuple[str, ...], ...]:
    """The events, as article ids, when at least one has two articles (else nothing to add)."""
    stories = brief.report.stories
    return stories if any(len(ids) > 1 for ids in stories) else ()


# The sources by date (plan.Timeline), after "In short": a running story as it ran.
TIMELINE_HEADING = "By date"
TIMELINE_NOTE = "Each source's date and headline, earliest first:"


def headline(article: Article) -> str:
    """What a source's line in the timeline reads: its title, else its first sentence."""
    return article.title or (article.sentences[0].text if article.sentences else article.id)


def ran_between(left: int) -> str:
    """The line a cut timeline leaves between its first sources and its last."""
    sources, them = ("source", "it") if left == 1 else ("sources", "them")
    return f"{left:,} more {sources} ran between these; {FULL_FLAG} shows {them}."


def undated_note(n: int) -> str:
    """What precedes the sources a timeline leaves out for want of a date."""
    return f"{'Gives' if n == 1 else 'Give'} no date:"


def source_facts(article: Article) -> list[str]:
    """What is known of an article's source, in reading order: outlet, author, date."""
    return [x for x in (article.outlet, article.author, article.date) if x]


NAMES_SHOWN = 2  # phrases a brief shows of how each source names a topic


def named_as(topic: Topic) -> list[tuple[str, tuple[Naming, ...]]]:
    """Each source's phrases naming a topic asked for (Topic.names), as many as a brief shows.
    Nothing for a topic found in the articles: its label is one of their words, and the phrases
    holding it ("technology cooperation", "close cooperation") said little for the room they
    took (the sample's brief grew by a twentieth); `compare` lists them."""
    if topic.query is None:
        return []
    return [(n.article, n.phrases[:NAMES_SHOWN]) for n in topic.names]


def topic_heading(topic: Topic) -> str:
    if topic.query and topic.query != topic.label:
        return f"{topic.label} (asked: “{topic.query}”)"
    return topic.label


# When every article but one is a copy of it (or of another copy): one source, printed
# several times. A blind reader found two byte-identical reports' brief saying "The sources
# share no point closely enough to align" over points both print, each listed under "What only
# one source says" (session 57).
ONE_REPORT = (
    "The articles are one report printed {n} times (the others are copies of {original}):"
    " there is one source, so no point can be shared or set against another source's."
)
ONE_REPORT_CAVEAT = "The report's points, which its copies print too:"


def one_report(brief: Brief) -> str | None:
    """The one source's id when every other article is a copy, else None."""
    comparison = brief.report.comparison
    sources = comparison.sources()
    return sources[0].id if len(sources) == 1 and comparison.duplicates else None


def unique_caveat(brief: Brief) -> str:
    """What "What only one source says" opens with: UNIQUE_CAVEAT, or for one report printed
    several times, ONE_REPORT_CAVEAT."""
    return ONE_REPORT_CAVEAT if one_report(brief) else UNIQUE_CAVEAT


def none_shared(brief: Brief) -> str:
    """What "What the sources agree on" says when it shows no group: NONE_AGREED where the
    sources share points only with different figures, ONE_REPORT when every article but one
    is a copy, else NONE_SHARED (a person's ages given two ways in sentences of no point,
    Comparison.apart, are no point shared)."""
    original = one_report(brief)
    if original is not None:
        n = len(brief.report.comparison.articles)
        return ONE_REPORT.format(n=n, original=original)
    in_points = any(a.conflicts for a in brief.report.comparison.alignments)
    return NONE_AGREED if in_points else NONE_SHARED


def copies_said(line: CopyLine) -> tuple[str, str]:
    """The words of a copies' line between its copies' names and its original's, and after:
    "**s1** is a copy of **s0** (100% of its wording); counted once.", "**s1**, **s2**,
    **s3** and 496 more are copies of **s0** (97–100% of their wording); each counted once
    (--full names each)."."""
    low, high = f"{line.low:.0%}", f"{line.high:.0%}"
    share = low if low == high else f"{low}–{high}"
    if not line.left:
        (d,) = line.copies
        return " is a copy of ", f" ({share} of its wording); counted once{changed_note(d)}."
    return (
        f" and {line.left:,} more are copies of ",
        f" ({share} of their wording); each counted once ({FULL_FLAG} names each).",
    )


def changed_note(duplicate: Duplicate) -> str:
    """What a copy's line in the sources adds for its sentences worded otherwise: "; 2
    sentences worded otherwise, under “Where they differ”"."""
    n = len(duplicate.changed)
    if not n:
        return ""
    return f"; {plural(n, 'sentence')} worded otherwise, under “Where they differ”"
