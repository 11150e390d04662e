"""Offline language tools: sentence and word splitting, stemming and stop words.

This is the only module that touches sumy.nlp or NLTK. Nothing here needs NLTK data:
sentences are split by BlingFire's compiled model (shipped inside its wheel), words by a
regular expression that keeps hyphenated terms ("S-400") and abbreviations ("U.S.") whole,
stems come from NLTK's Snowball stemmers (pure code) and stop words from sumy's package data.
"""

from __future__ import annotations

import ctypes
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cache, lru_cache
from typing import cast

from . import defaults
from .languages import LANGUAGES, normalize_language

__all__ = [
    "CALENDAR_WORDS",
    "LANGUAGES",
    "MONTHS",
    "NAME_PARTICLES",
    "WEEKDAYS",
    "TermTable",
    "Tokenizer",
    "content_terms",
    "content_tokens",
    "has_words",
    "narrates",
    "normalize_language",
    "points_back",
    "quote_piece",
    "refers_back",
    "sentence_spans",
    "speaker_unnamed",
    "stemmer",
    "stop_words",
    "word_spans",
    "words",
    "words_in",
]

# A word: letters or digits, with inner hyphens, apostrophes, ampersands or dots ("U.S",
# "S-400", "India's", "AT&T"). A trailing abbreviation dot is not part of the word.
_WORD = re.compile(r"\w+(?:[-‐‑'’.&]\w+)*", re.UNICODE)
# Chinese and Japanese are written without spaces: there each Han character or kana is a
# word of its own (a character unigram, as extractive summarisers of Chinese count), and
# letters of other scripts around them are words as above. Used only for a text with such a
# character (one search), so other text is split exactly as before, at the old speed.
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_HAS_CJK = re.compile(f"[{_CJK}]")
_WORD_CJK = re.compile(rf"[^\W{_CJK}]+(?:[-‐‑'’.&][^\W{_CJK}]+)*|[{_CJK}]")
_NOT_LETTERS = "0123456789_-‐‑'’.&"
_HYPHENS = str.maketrans({"‐": "-", "‑": "-", "’": "'"})


def _word_pattern(text: str) -> re.Pattern[str]:
    return _WORD_CJK if _HAS_CJK.search(text) else _WORD


# Sentence ends BlingFire's model may not know: the Devanagari danda and double danda
# (Hindi, Marathi, Nepali) and the full-width ends of Chinese and Japanese (which need no
# space after them), each with the closing quotes or brackets that follow it.
_OTHER_ENDS = re.compile(r"[।॥。！？]+[”’」』）)\"']*")
_OTHER_END_CHARS = frozenset("।॥。！？")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of a paragraph, each trimmed of white space."""
    if len(text) > _LONG_PARAGRAPH:
        # A long paragraph split piece by piece, each cut after a sentence's end where there
        # is one (BlingFire takes a buffer of several times its input: a paragraph of 20 MB
        # took 550 MB, a user's test, session 51).
        spans: list[tuple[int, int]] = []
        for start, end in _paragraph_pieces(text, _LONG_PARAGRAPH):
            spans.extend((start + a, start + b) for a, b in _sentence_spans(text[start:end]))
        return spans
    return _sentence_spans(text)


_LONG_PARAGRAPH = 1 << 17  # characters split at once, at most (but to a sentence's end)
# (after a word of three letters or more, before a capital: not "p.m. ", "Dr. ", "U.S. ")
_PIECE_END = re.compile(r"(?<=[a-z]{3})[.!?][\"'”’)\]]*\s+(?=[\"“‘(]?[A-Z])")
_WHITE_SPACE = re.compile(r"\s")


def _paragraph_pieces(text: str, size: int) -> Iterator[tuple[int, int]]:
    """Spans of about ``size`` to ``2 * size`` characters that make up the text, each cut
    after the first sentence's end past ``size`` characters, else at white space."""
    at = 0
    while len(text) - at > 2 * size:
        cut = _PIECE_END.search(text, at + size, at + 2 * size)
        if cut is None:
            cut = _WHITE_SPACE.search(text, at + size)
        end = cut.end() if cut else len(text)
        yield at, end
        at = end
    if at < len(text):
        yield at, len(text)


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    if not text.strip():
        return []
    import blingfire  # imported here: loading its native library costs start-up time

    # A paragraph's lines are one flow. (A newline is no sure sentence break to BlingFire
    # either, and it gives back a sentence across one with a space there: flat text keeps
    # every sentence findable in it.)
    flat = text.replace("\n", " ").replace("\r", " ")
    spans = _locate(flat, _text_to_sentences(flat))
    if spans is None:
        try:
            _, offsets = blingfire.text_to_sentences_and_offsets(flat)
        except (AssertionError, ValueError, UnicodeError):  # degenerate input: one span
            offsets = [(0, len(text))]
        spans = [(a, b) for a, b in (_trim(text, *span) for span in offsets) if b > a]
    if '"' in text or "”" in text:  # else no quote run (see _QUOTE_RUN) can split a span
        spans = [run for start, end in spans for run in _split_quote_runs(text, start, end)]
        spans = [part for start, end in spans for part in _split_after_quotes(text, start, end)]
    if not _OTHER_END_CHARS.isdisjoint(text):
        spans = [part for start, end in spans for part in _split_other_ends(text, start, end)]
    if _YEAR_END.search(text):
        spans = [part for start, end in spans for part in _split_after_years(text, start, end)]
    if _GLUED.search(text):
        spans = [part for start, end in spans for part in _split_glued(text, start, end)]
    if "``" in text:  # wire copy's ``quote'': a sentence may end just before one opens
        spans = [part for start, end in spans for part in _split_before_backticks(text, start, end)]
    spans = _repair(text, spans)
    if '"' in text or "“" in text or "``" in text or "«" in text or "„" in text:
        spans = _join_quotations(text, spans)
    return spans


_BEFORE_BACKTICKS = re.compile(r"[.!?]['’”\"]*\s+(?=``)")
# A quotation of several sentences is one sentence: "“We are here. We will stay,” he said." A
# span that leaves a quotation open is joined to the next, up to this many spans and
# characters; past them the quote marks are taken to be unbalanced, and the split stands.
_QUOTE_JOIN_SPANS = 4
_QUOTE_JOIN_CHARS = 1000
_QUOTE_PAIRS = (("“", "”"), ("``", "''"), ("«", "»"), ("„", "“"))


def _split_before_backticks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    for match in _BEFORE_BACKTICKS.finditer(text, start, end):
        out.append(_trim(text, start, match.end()))
        start = match.end()
    out.append(_trim(text, start, end))
    return [(a, b) for a, b in out if b > a]


def _open_quotes(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] opens a quotation it does not close."""
    piece = text[start:end]
    if piece.count('"') % 2 == 1 and _OPENING_STRAIGHT.search(piece):
        # (a piece whose straight quote marks all close ends a quotation opened before it:
        # 'They are not allowing me to even call a lawyer."' opens none, BBC entertainment/349)
        return True
    for opening, closing in _QUOTE_PAIRS:
        if opening == "„":  # „…“: the German closing mark is the English opening one
            if piece.count("„") > piece.count("“"):
                return True
            continue
        if opening == "“" and "„" in piece:
            continue
        if piece.count(opening) > piece.count(closing):
            return True
    return False


# A straight quote mark that opens: after a space (or a line's start, a bracket, a dash), or
# before a word's first letter ('carpet."It\'s unlike ...'); a closing one follows a word or a
# stop and comes before a space.
_OPENING_STRAIGHT = re.compile(r'(?:^|(?<=[\s(\[—–-]))"|"(?=[^\W_])')
_NEW_QUOTATION = re.compile(r"[\"“«„]\s?[A-Z]")


def _join_quotations(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    k = 0
    while k < len(spans):
        start, end = spans[k]
        joined = k
        if _open_quotes(text, start, end):
            for last in range(k + 1, min(len(spans), k + _QUOTE_JOIN_SPANS)):
                if spans[last][1] - start > _QUOTE_JOIN_CHARS:
                    break
                if _NEW_QUOTATION.match(text, spans[last][0]):
                    # a quotation that opens while one is open: the one before ended without
                    # its closing mark (a quoted paragraph's end, British style: '... I don't
                    # intend to now. "Because if I do that...'), just before this one, or
                    # before the narration that brings this one in
                    joined = last - 1
                    said = text[slice(*spans[last])]
                    while joined > k and narrates(text[slice(*spans[joined])], said):
                        joined -= 1
                    break
                if not _open_quotes(text, start, spans[last][1]):
                    joined = last
                    break
        out.append((start, spans[joined][1]))
        k = joined + 1
    return out


# A sentence between two quotations that tells of a person in the third person and reports
# their words, with no "I", "we" or "you" of a speaker's own: narration, not the quotation
# left open before it. "We have said as much to the Americans. We feel that it is important
# for us all to pull together for Ukraine to be allowed into the WTO. Mr Yushchenko was
# careful not to turn his back on Russia, ..., saying it was important to maintain
# 'pragmatic' ties with Moscow. "Russia is Ukraine's eternal strategic partner," Mr Yushchenko
# said." (BBC business/217, the first quotation's closing mark left out: a blind reader found
# the narration shown as an EU spokesman's words); "... If we stumble then we'll be looking
# back with a few regrets. Robinson also revealed that the union side had sent ..." (sport/370).
_REPORTING = r"(?:saying|said|says|adding|added|told|telling|revealed|insisted|warned|admitted)"
_NARRATION = re.compile(
    r"(?:(?:Mr|Mrs|Ms|Dr|Sir|President|Prime Minister|Minister)\s+)?([A-Z][\w'’-]+)\s+"
    rf"(?:also\s+|later\s+|then\s+)?(?:{_REPORTING}|(?:was|is|has|had|\w+ed)\b[^\"“”]*?\b"
    rf"{_REPORTING})\b"
)
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|we|We|we're|us|our|Our|my|My|me|you|You|your)\b")


def narrates(piece: str, attribution: str) -> bool:
    """Whether a sentence is narration of the words of the person whom ``attribution`` (the
    next quotation's sentence) names, not a speaker's own (a quotation left open before it
    ends before it: nlp's sentences, quoting's quotations). Only that person's: "Nobody said
    it would be easy.", "Critics said it would fail", "Wenger said he had not seen the
    tackle" inside another's quotation, before '"...," he said.', are the speaker's words (a
    code review's cases)."""
    if _FIRST_PERSON.search(piece):
        return False
    if _SAID_OF.search(piece):
        return True  # "He accepted that what he originally thought ..., he said."
    found = _NARRATION.match(piece)
    return found is not None and (
        found.group(1) in ("He", "She")  # "He added:", "He said that police should ..."
        or piece.startswith(("Mr ", "Mrs ", "Ms ", "Dr "))  # "Mr Hopkins said that ..."
        or re.search(rf"\b{re.escape(found.group(1))}\b", attribution) is not None
    )


# Reported speech told so at its end: "This mirrored previous concerns the committee had
# expressed on shortages in the fields of maths and chemistry, it said."
_SAID_OF = re.compile(r",\s+(?:he|she|it|they)\s+(?:said|says|added|adds)\.\s*$")


# A sentence that ends on a year before one that opens with a figure: BlingFire does not
# cut "... on the morning of July 7, 2005. 52 people died and approximately 700 were
# injured." (MultiLing), which then reads as one sentence of two points.
_YEAR_END = re.compile(
    r"(?<![\d,.])(?:1[89]|20)\d\d\.\s+(?=\d[\d,.]*\s+[a-z])"
    # ... and so does a word in lower case: "... which has already taken place along the
    # route. 4 people were also arrested today" (MultiLing M0092, read by a fresh reader);
    # not an abbreviation ("approx. 5 people", "No. 10 shirt", "p. 12 of")
    r"|(?<![\w.'’-])(?!(?:approx|vs|no|nos|fig|figs|pp?|vol|vols|ch|sec|est|ca|tel|ext|art"
    r"|para|op|cf|st|rd|ave|mt|ft|oz|lbs?|kg|km|mm|cm|pt|pts|tbsp|tsp|min|mins|hr|hrs|yr|yrs"
    r"|ed|eds|rev|dept|gov|gen|col|lt|sgt|capt|cmdr|al|etc)\.)(?:[a-z]{2,}|[A-Z]{2,})\.\s+(?=\d[\d,.]*\s+[a-zA-Z])"
    # (a name that opens on a figure too: "... two hours later. 50 Cent appeared on The Game's
    # debut album, which was number one in the US. 50 Cent, whose ...", BBC entertainment/282,
    # a blind reader's case; after a word in capitals too)
)


def _split_after_years(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A span cut after each year or word that ends a sentence before a figure (_YEAR_END)."""
    return _split_at(
        text,
        start,
        end,
        (text.index(".", m.start()) + 1 for m in _YEAR_END.finditer(text, start, end)),
    )


# A photo caption or a link glued to the next sentence with no stop between them, as
# DailyMail copy prints them: "... stolen from a Salt Lake City hotel parking lot An FBI
# agent 's sniper rifle was ripped out ...", "... in his trousers The excitement of a 6-1
# win ...", "Scroll down for video A young woman who ...". A sentence does not go on from a
# content word in lower case to "The", "A" or "An" and a word in lower case; a title does
# not either, as its words are capitalised ("the film The Aviator", "the movie A Little
# Princess"). Over BBC and MultiLing 3 such places, each two sentences run together; over the
# 100 CNN/DM articles 34.
# "A" after a word that names a kind or a place in a list is a label, not a sentence's first
# word ("a category A prisoner", "class A drugs", "plan A was", "vitamin A deficiency", "in
# pool A on Saturday", "series A funding", "the northbound A road", "A levels"; a code
# review's cases against a first version), and no sentence opens "A was" or "A levels".
_GLUED = re.compile(
    r"(?<=[a-z]) (?=(?:The|An?) (?!(?:and|or|of|to|in|on|at|for|with|by|as|is|was|are|were"
    r"|has|had|will|would|can|could|levels?|roads?)\b)[a-z])"
)
# ... nor does a title in sentence case after the kind of work it names ("the film The
# reader", "the band The fall", "the song A day in the life").
_WORKS = frozenset(
    [
        *("film", "movie", "sitcom", "band", "song", "album", "book", "novel", "show", "play"),
        *("series", "musical", "programme", "program", "single", "track", "newspaper", "paper"),
        *("magazine", "drama", "comedy", "documentary", "opera", "game", "poem", "painting"),
        *("debut", "bestseller", "sequel", "memoir", "biography", "autobiography", "pub"),
    ]
)
_LABELS = frozenset(
    [
        *("class", "plan", "type", "group", "grade", "grades", "category", "vitamin", "option"),
        *("unit", "series", "section", "part", "pool", "division", "league", "exhibit"),
        *("hepatitis", "straight", "level", "block", "wing", "ward", "gate", "zone", "phase"),
        *("stage", "round", "list", "item", "point", "annex", "appendix", "model", "size"),
        *("letter", "tier", "team", "row", "platform", "terminal", "building", "route", "box"),
        *("form", "schedule", "article", "paragraph", "clause", "chapter", "figure", "table"),
        *("question", "step", "northbound", "southbound", "eastbound", "westbound", "carriageway"),
        *("influenza", "strep", "triple", "domestic", "mainland", "witness", "soldier"),
        *("officer", "person", "patient", "child", "victim", "suspect", "defendant", "stand"),
    ]
)
# ... nor is "A" before what reads as no sentence's second word: a plural or a verb in -s, a
# conjunction or a relative ("country A attacks country B", "soldier A who fired", "class A
# shares": a second review's cases; not "A series of blasts", "A virus", "A furious ...": a
# third review's); a person an inquiry names by a letter is a label ("witness A suggested").
_NOT_AFTER_A = re.compile(
    r"A (?!(?:series|species|news|bus|gas|virus|crisis|thesis|basis|lens|canvas|bonus|census)\b)"
    r"(?:[a-z]+[^suiw'’]s|who|which|that|because|without|if|but|while|when)\b"
)


def _split_glued(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A span cut where a sentence runs into the next (see _GLUED), the word before the cut
    a content word."""
    cuts = [m.end() for m in _GLUED.finditer(text, start, end) if _runs_on(text, start, m)]
    return _split_at(text, start, end, cuts) if cuts else [(start, end)]


def _runs_on(text: str, start: int, m: re.Match[str]) -> bool:
    """Whether _GLUED's match ``m`` in a span opening at ``start`` is where one sentence runs
    into the next: the word before it a content word, no label, no kind of work."""
    before = text[start : m.start()].rsplit(None, 1)[-1]
    label = text.startswith("A ", m.end()) and (
        before.lower() in _LABELS or _NOT_AFTER_A.match(text, m.end()) is not None
    )
    stops = stop_words("english")
    return before[:1].islower() and before not in stops and not label and before not in _WORKS


def runs_into_next(text: str, start: int, end: int) -> bool:
    """Whether the sentence text[start:end] is a piece sentence_spans cut off the sentence it
    ran into with no stop (_GLUED): in DailyMail copy a photo caption or a link's title ("A
    look at all of the charges The sentencing phase begins Tuesday"), in BBC's a list item."""
    m = _GLUED.match(text, end)
    return m is not None and _runs_on(text, start, m)


def _split_other_ends(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A span cut after each danda or full-width sentence end inside it (see _OTHER_ENDS)."""
    return _split_at(text, start, end, (m.end() for m in _OTHER_ENDS.finditer(text, start, end)))


def _split_at(text: str, start: int, end: int, cuts: Iterable[int]) -> list[tuple[int, int]]:
    """text[start:end] cut at each of ``cuts`` (in order), each piece trimmed, none empty."""
    out = []
    for cut in [*cuts, end]:
        a, b = _trim(text, start, cut)
        if b > a:
            out.append((a, b))
        start = cut
    return out


def _text_to_sentences(text: str) -> str:
    """What blingfire.text_to_sentences returns, from the same native function.

    The wrapper allocates its output with ctypes.create_string_buffer(2 * byte length), and
    ctypes creates (and keeps) a new array type for every new length: on news paragraphs
    that costs as much as the splitting. A buffer rounded up to a power of two needs few
    types; the function is still told the wrapper's size, so it behaves exactly the same."""
    import blingfire

    data = text.encode("utf-8")
    size = 2 * len(data)
    buffer = ctypes.create_string_buffer(1 << size.bit_length())
    length = blingfire.blingfire.TextToSentences(
        ctypes.c_char_p(data), ctypes.c_int(len(data)), ctypes.byref(buffer), ctypes.c_int(size)
    )
    if length == -1 or length > size:  # an error: the wrapper returns "" too
        return ""
    return buffer.value.decode("utf-8")


def _locate(text: str, joined: str | None) -> list[tuple[int, int]] | None:
    """Spans of BlingFire's sentences (joined by newlines) found in order in ``text``, each
    trimmed of white space and not empty.

    Its own offsets call maps UTF-8 offsets back to characters byte by byte in Python, which
    costs more than the splitting; the sentences are substrings of the text, so finding them
    is faster. None when one cannot be found (then the caller asks for offsets)."""
    if joined is None:
        return None
    spans = []
    cursor = 0
    for sentence in joined.split("\n"):
        sentence = sentence.strip()
        if not sentence:
            continue
        start = text.find(sentence, cursor)
        if start < 0:
            return None
        spans.append((start, start + len(sentence)))
        cursor = start + len(sentence)
    return spans


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# Repairs of BlingFire's few systematic misses on news prose (see docs/splitter.md):
# a closing quote that starts the next "sentence" ("... strong. ” Then"), a quotation
# that ends in ?/! followed by its lower-case attribution ('"Why?" he asked.'), a title or
# initial cut off at a sentence start ("He spoke. Brig. Gen. Pat Ryder said"), and two
# quotations in a row that it does not split ('"We are ready." "We will act," they said').
_CLOSING_QUOTE = re.compile(r"[”’»]+|\"(?=\s|$)")
_CLOSING_QUOTE_STARTS = '”’»"'
_QUOTED_ASK = re.compile(r"[?!][”’\"']+$")
# A quotation that ends in a comma ('... as strong as the earthquake!," Agustín Toro Reyes
# said.') goes on after its quote marks; one that ends in a full stop goes on when a verb of
# saying follows it in lower case ('"I don't have anything to steal." said one local
# resident'): the quote's speaker is no sentence of its own.
_QUOTED_COMMA = re.compile(r",[”’\"']+$")
_QUOTED_STOP = re.compile(r"\.[”’\"']+$")
_SAID_AFTER = re.compile(r"(?:said|says|added|adds|told|asked|explained|wrote|continued)\b")
_LONE_ABBREVIATIONS = re.compile(r"(?:[A-Z][a-z]{0,3}\.\s+)*[A-Z][a-z]{0,3}\.")
# A sentence that ends in a title a name follows ("... found Army Spc. | Charles Graner
# guilty") was cut inside the name.
_RANKS = (
    *("Spc", "Sgt", "Pvt", "Pfc", "Cpl", "Lt", "Col", "Gen", "Maj", "Capt", "Cmdr", "Adm"),
    *("Sen", "Rep", "Gov", "Dr", "Prof", "Rev"),
)
_ENDS_IN_TITLE = re.compile(rf"\b(?:{'|'.join(_RANKS)}|Spec|Brig|Mr|Mrs|Ms)\.$")
# ... and a title of several, when names follow it, two or more ("on how Sgts. | Cardona and
# Smith should be dealt with", MultiLing M0079); not a team's name or a rank as a noun at a
# sentence's end ("The match ended 2-1 to the Revs. | Smith scored twice", "Both were
# promoted to Sgts. | Their unit returned", a code review's cases).
_ENDS_IN_TITLES = re.compile(rf"\b(?:{'|'.join(r + 's' for r in _RANKS)}|Messrs|Mmes)\.$")
_NAMES_FOLLOW = re.compile(r"(?:[A-Z][\w'’-]*\s+){1,3}?(?:and|&)\s+[A-Z]|[A-Z][\w'’-]*,\s+[A-Z]")
_QUOTE_RUN = re.compile(r"[.!?][”\"]\s+(?=[“\"][A-Z])")


# A quotation that ends its sentence, then the narration's next sentence: BlingFire reads
# "... I wasn't aware of the depression that set in." Recently, Hoffmann has returned to
# film ..." as one sentence, and a blind reader found the narration shown as Hoffman's words
# (session 56). A straight quote mark after the end of a sentence and before a space closes
# a quotation (an opening one is followed by its first word). Over BBC and MultiLing nine
# sentences were so joined, each a quote and a sentence of narration. Not before a short
# attribution that ends the sentence ('"..." Mr Smith said.'), which is the quote's.
_QUOTE_ENDS = re.compile(r"[.!?][”\"]\s+(?=[A-Z])")
_SHORT_ATTRIBUTION = re.compile(
    r"(?:[A-Z][\w'’.-]*\s+){1,4}(?:said|says|added|adds|told|asked|explained|wrote|insisted"
    r"|admitted|continued)\b"
    # ... and at most a few words of where, when or to whom, not what was said ('"..."
    # Critics said his new roles were his best.' is narration, a code review's case)
    r"(?:\s+(?:on|in|at|to|yesterday|today|tonight|later|earlier|afterwards|recently|again"
    r"|last|this|reporters|journalists|the|a|an|BBC|[A-Z][\w'’-]*)\b[^\s.!?\"“”]*){0,4}"
    r"\s*[.!?]"
)


def _split_after_quotes(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    for match in _QUOTE_ENDS.finditer(text, start, end):
        if _SHORT_ATTRIBUTION.match(text, match.end(), end):
            continue
        out.append(_trim(text, start, match.start() + 2))
        start = match.end()
    out.append(_trim(text, start, end))
    return [(a, b) for a, b in out if b > a]


def _split_quote_runs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    # Quote counts since ``start``, kept up to date incrementally: linear in the span.
    straight = opening = closing = 0
    counted = start
    for match in _QUOTE_RUN.finditer(text, start, end):
        cut = match.start() + 2
        straight += text.count('"', counted, cut)
        opening += text.count("“", counted, cut)
        closing += text.count("”", counted, cut)
        counted = cut
        if straight % 2 == 0 and opening <= closing:
            out.append((start, cut))
            start = match.end()
            straight = opening = closing = 0
            counted = start
    out.append((start, end))
    return out


def _repair(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    straight_before = 0  # straight quotes in text[:counted], counted as spans advance
    counted = 0
    for start, end in spans:
        straight_before += text.count('"', counted, start)
        counted = start
        if out:
            # Each test looks at the sentence's first character before it calls a regex.
            prev_start, prev_end = out[-1]
            if text[start] in _CLOSING_QUOTE_STARTS:
                quote = _CLOSING_QUOTE.match(text, start, end)
                if quote and (quote.group() != '"' or straight_before % 2 == 1):
                    out[-1] = (prev_start, quote.end())
                    start, end = _trim(text, quote.end(), end)
                    if end <= start:
                        continue
            if text[start].islower() and _QUOTED_ASK.search(text, prev_start, prev_end):
                out[-1] = (prev_start, end)
                continue
            if _QUOTED_COMMA.search(text, prev_start, prev_end) or (
                text[start].islower()
                and _SAID_AFTER.match(text, start, end)
                and _QUOTED_STOP.search(text, prev_start, prev_end)
            ):
                out[-1] = (prev_start, end)
                continue
            if (text[start].isupper() or text[start].isdigit()) and _LONE_ABBREVIATIONS.fullmatch(
                text, prev_start, prev_end
            ):
                out[-1] = (prev_start, end)
                continue
            if text[start].isupper() and (
                _ENDS_IN_TITLE.search(text, prev_start, prev_end)
                or (
                    _ENDS_IN_TITLES.search(text, prev_start, prev_end)
                    and _NAMES_FOLLOW.match(text, start) is not None
                )
            ):
                out[-1] = (prev_start, end)
                continue
        out.append((start, end))
    return out


def words(text: str) -> list[str]:
    """The words of a text that contain a letter (numbers alone are not words, as in sumy)."""
    known = _known_words.get(text)
    if known is not None:  # the text's content tokens were made: its words with them
        return list(known)
    return _letter_words(_word_pattern(text).findall(text))


def word_spans(text: str) -> list[tuple[str, int, int]]:
    """Every word of a text, figures too, with where it starts and ends (``words`` leaves
    out those without a letter)."""
    return [(m.group(), m.start(), m.end()) for m in _word_pattern(text).finditer(text)]


def words_in(texts: Sequence[str]) -> list[str]:
    """The words of each text in turn, as ``words`` gives them: found in one pass over the
    texts joined by newlines (which no word holds or runs across), unless one has a
    character of Chinese or Japanese (then text by text)."""
    if any(_HAS_CJK.search(text) for text in texts):
        return [w for text in texts for w in words(text)]
    return _letter_words(_WORD.findall("\n".join(texts)))


def _letter_words(found: list[str]) -> list[str]:
    # A word has a letter when something is left after stripping digits and joiners from
    # its ends (str.strip runs in C: much faster than a regex per word).
    return [w for w in found if w.strip(_NOT_LETTERS)]


def has_words(text: str, count: int) -> bool:
    """Does the text have at least ``count`` words, as ``words`` counts them?

    Stops at the ``count``-th: much cheaper than ``len(words(text))`` on a long sentence."""
    if count <= 0:
        return True
    found = 0
    for match in _word_pattern(text).finditer(text):
        if match.group().strip(_NOT_LETTERS):
            found += 1
            if found == count:
                return True
    return False


# Sentence openings that refer back to the sentence before ("He stressed that...", "The two
# extend their lead..."): such a sentence does not stand alone in a list of points.
_ANAPHORS = {
    "english": frozenset(
        [
            "he",
            "she",
            "they",
            "it",
            "this",
            "that",
            "these",
            "those",
            "his",
            "her",
            "their",
            "its",
            "such",
            "there",
            "and",  # a quotation's second half: "And that would require..."
            "but",
            "the latter",
            # a pair or a deed named just before: "The two extend their lead...", "The
            # decision was made at this year's conference", "The move is in answer to..."
            *("the two", "the three", "the pair", "the duo", "the move", "the decision"),
            "the news",
            "then",  # "Then just before the Olympics, the pair missed another test."
            # a time named just before: "Back then, a doctor treating the Belgian feared that
            # her career may be over" (a blind reader's "In short" of the Clijsters story,
            # session 50: then is "since last October", the sentence before)
            *("back then", "by then", "since then", "until then"),
        ]
    ),
}
# A person named by age alone ("The 29-year-old finished second..."), as sports copy names
# the subject of the sentence before; a person's age, not a building's ("The 800-year-old
# cathedral was badly damaged" says its own subject).
_AGED = re.compile(r"the (?:\d{1,2}|1[01]\d)-year-old\b")
# Two named before ("Both of the attempts were unsuccessful.", "Both men deny the charges.",
# "Both are expected to list abroad"), not two named here ("Both Boeing and Airbus have...",
# "Both the IMF and World Bank have urged..."): "both" before a word in lower case, not an
# article, nor the two houses of a parliament ("Both houses passed the bill.").
_BOTH = re.compile(r"both\s+(?!(?:the|a|an|houses|chambers)\b)[a-z]")
# ... and all, each, neither or none of those named before, as their subject: "All three deny
# the charges", "Each denies wrongdoing", "None of them has spoken" (a code review's cases)
_ALL_OF_THEM = re.compile(
    r"\W*(?:all|each|neither|none)(?:\s+(?:of\s+them|two|three|four|five|six|seven|eight"
    r"|nine|ten))?\s+(?:has|have|had|is|are|was|were|deny|denies|denied|reject|rejects|rejected"
    r"|dispute|disputes|disputed|insist|insists|insisted|maintain|maintains|say|says|said)\b",
    re.IGNORECASE,
)
# Openings with a word of the tables that point at no sentence before: a time, read past as a
# connective is ("This week Microsoft denied reports ...", "This year's Oscar ceremony ..."; not
# "Last month, they were ..."), and an "it" that points at what follows ("It has long been
# reported that Dr Khoo intends ...", "It's claimed the president ..."; not "It is announced
# every six months", which is said of something): a code review's cases.
_TIME_OPENING = re.compile(
    r"(?:this|last|next)\s+(?:year|week|month|morning|afternoon|evening|weekend|season"
    r"|time|summer|winter|spring|autumn)(?:['’]s)?\b,?\s*",
    re.IGNORECASE,
)
_IT_IS_SAID = re.compile(
    r"it(?:\s+(?:is|was|has|had)|['’]s)\s+(?:\w+\s+){0,3}?(?:reported|understood|said|thought"
    r"|believed|expected|known|announced|claimed|alleged|rumou?red|feared|suggested)\b"
    r"(?!\s+(?:every|each|by|in|on|at|to|for|with|from|as|once|twice|annually|daily|weekly"
    r"|monthly|yearly|regularly)\b)",
    re.IGNORECASE,
)
# Openings a sentence's own words follow after a comma ("However, his stated goal...").
_CONNECTIVES = {
    "english": frozenset(
        ["however", "meanwhile", "still", "instead", "moreover", "nevertheless", "indeed", "yet"]
    )
}
# A sentence opening with one of these continues what a person said or did just before.
PERSONAL = {"english": frozenset({"he", "she"})}


def refers_back(text: str, language: str, table: dict[str, frozenset[str]] | None = None) -> bool:
    """Whether a sentence opens with a word (or two) pointing back to the one before it:
    ``table`` per language, by default the anaphors above (PERSONAL: "he", "she" only);
    "It’s", "They're" as "it", "they"; past a connective and its comma ("However, his
    stated goal..."). False for a language it has no table for."""
    try:
        language = normalize_language(language)
    except ValueError:
        return False
    found = (_ANAPHORS if table is None else table).get(language, frozenset())
    split = text.lstrip("\"“‘'( ").split(" ", 3)
    if (
        len(split) > 1
        and split[0].endswith(",")
        and split[0][:-1].lower() in _CONNECTIVES.get(language, frozenset())
    ):
        split = split[1:]
    opening = [w.lower().strip(",;:") for w in split[:2]]
    first = opening[0].replace("’", "'").split("'")[0] if opening else ""
    english = language == "english" and table is None
    if english and _IT_IS_SAID.match(" ".join(split)):
        return False
    time = _TIME_OPENING.match(" ".join(split)) if english else None
    if time is not None:
        return refers_back(" ".join(split)[time.end() :], language)
    return (
        first in found
        or (english and _ALL_OF_THEM.match(" ".join(split)) is not None)
        or " ".join(opening) in found
        or (
            language == "english"
            and table is None
            and (
                _AGED.fullmatch(" ".join(opening)) is not None
                or (
                    first == "both"
                    and _BOTH.match(f"both {split[1] if len(split) > 1 else ''}") is not None
                )
            )
        )
        or _person_after_opening(text, language)
    )


# A speaker named by a pronoun: '"The U.S. is committed to advancing negotiations...," he
# said.', "Asked for an example, she said ...": who speaks is in a sentence before.
_UNNAMED_SPEAKER = {
    "english": re.compile(
        # after a quote or a clause, not after a name: "Blair said he told the cabinet..."
        r"[,;:!?][\"”’']?\s+(?:he|she|they)\s+"
        # (argued, insisted...: "EU cooperation would help ..., he argued." listed alone read
        # as the words of the man the sentence before it in the list named: session 54)
        r"(?:said|says|added|adds|told|continued|explained|stated"
        r"|argued|insisted|warned|stressed|noted|claimed|replied|admitted)\b",
        re.IGNORECASE,
    )
}


def points_back(text: str, language: str) -> bool:
    """Whether a sentence needs the one before it to be read: it opens pointing back
    (refers_back), or its speaker is only "he", "she" or "they" (speaker_unnamed)."""
    return refers_back(text, language) or speaker_unnamed(text, language)


def person_unnamed(text: str, language: str) -> bool:
    """Whether who acts or speaks in a sentence is only "he" or "she" (refers_back with
    PERSONAL: "He added that experts on human remains were traveling...") or a pronoun given
    a quote (speaker_unnamed): read alone, it says whose point it is to no one."""
    return refers_back(text, language, PERSONAL) or speaker_unnamed(text, language)


def speaker_unnamed(text: str, language: str) -> bool:
    """Whether a sentence gives what someone said with only "he", "she" or "they" for who
    ('"The U.S. is committed ...," he said.')."""
    try:
        unnamed = _UNNAMED_SPEAKER.get(normalize_language(language))
    except ValueError:
        return False
    return unnamed is not None and unnamed.search(text) is not None


def _person_after_opening(text: str, language: str) -> bool:
    """Whether "he", "she" or "they" follows a short opening the sentence's subject comes
    after: a phrase of up to four words and its comma ("Even so, he told the court...",
    "Three years ago, he was invited..."), or a word that opens a clause ("If he had voted,
    it would have been against the donation.", "Now they say..."). Not after a name in the
    phrase ("As for Scotland, they..."), nor before one that follows the clause ("Although
    she grossed more than Prince, Madonna...")."""
    persons = PERSONAL.get(language)
    if persons is None:
        return False
    words = text.lstrip("\"“‘'( ").split(" ", 6)
    if (
        len(words) > 1
        and words[0].lower() in _CLAUSE_OPENERS
        and words[1].lower() in (persons | {"they"})
    ):
        # not when the main clause names whom the pronoun stands for: "Although she grossed
        # more than Prince last year, Madonna remained in second place"
        main = text.partition(",")[2].split()
        return not (main and main[0][:1].isupper() and main[0].lower() not in _ANAPHORS[language])
    for n, word in enumerate(words[:4]):
        if n and word[:1].isupper() and word.strip(".,") not in _CALENDAR:
            return False  # a name ("As for Scotland, they..."): the sentence says whose
        if not word.endswith(","):
            continue
        after = words[n + 1].lower() if n + 1 < len(words) else ""
        return after in persons | {"they"}
    return False


# Words that open a clause whose subject follows ("If he...", "Now they...").
_CLAUSE_OPENERS = frozenset(
    [
        "if",
        "when",
        "now",
        "then",
        "although",
        "though",
        "while",
        "because",
        "once",
        "unless",
        "until",
        "as",
        "since",
        "so",
        "yet",
        "still",
        "even",
        "also",
        "after",
        "before",
    ]
)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = (
    *("january", "february", "march", "april", "may", "june", "july", "august"),
    *("september", "october", "november", "december"),
)
CALENDAR_WORDS = frozenset((*WEEKDAYS, *MONTHS))  # in lower case
# ... and the words of a day relative to the writing: all say when, not what (English; not
# "march" and "may", which are also a verb: "Thousands will march on Saturday").
WHEN_WORDS = (CALENDAR_WORDS - {"march", "may"}) | frozenset(
    ["today", "yesterday", "tomorrow", "tonight"]
)
# Lower-case words inside names, between capitalised ones: "Tour de France", "Rio de Janeiro",
# "Robin van Persie", "CA del Fava", "Osama bin Laden".
NAME_PARTICLES = frozenset(
    [
        *("de", "den", "der", "van", "von", "da", "di", "du", "del", "della", "dos", "das"),
        *("dal", "dalla", "dei", "la", "le", "bin", "ibn", "al", "el", "ter", "ten", "lo", "en"),
    ]
)
_CALENDAR = frozenset(w.capitalize() for w in CALENDAR_WORDS)


def quote_piece(text: str) -> bool:
    """Whether a sentence is a piece of a quotation that runs over several sentences, whose
    speaker another sentence names: it closes a quotation it did not open ('If he was not so
    committed he would have gone by now."'), or opens with one it does not close ('"If you
    want the pension you were promised...'). 'Souness said: "He can't play for me ever
    again.' names its speaker, and so does '"I welcome it," said Almunia, "but we will...'.
    Straight double quotes (a mark before a letter opens, any other closes; not the seconds
    of 1' 37") and curly ones; single quotes are also apostrophes."""
    text = _SECONDS.sub(r"\1", text.strip())
    depth = closed = 0
    leading = None  # whether the quotation the sentence opens with is closed in it
    for mark in _QUOTE_MARK.finditer(text):
        after = text[mark.end() : mark.end() + 1]
        if mark.group() == "“" or (
            mark.group() == '"' and (after.isalnum() or (after != "" and after in "'‘[(…"))
        ):
            if mark.start() == 0:
                leading = False
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0 and leading is False:
                leading = True
        else:
            closed += 1  # a quotation opened in an earlier sentence ends here
    return closed > 0 or leading is False


_QUOTE_MARK = re.compile('["“”]')
_SECONDS = re.compile(r"(\d['’]\s?\d{1,2})\"")  # 1' 37", 5h 34' 28", 6' 2": seconds and inches


@cache
def stop_words(language: str) -> frozenset[str]:
    """sumy's stop words for the language, lower-cased, with the few it lacks
    (_MISSING_STOPS).

    Read from sumy's package data as sumy.utils.get_stop_words reads them, without
    importing sumy.utils (which imports requests and pycountry: 0.2 s of start-up)."""
    import pkgutil

    name = normalize_language(language)
    data = pkgutil.get_data("sumy", f"data/stopwords/{name}.txt")
    if data is None:
        raise LookupError(f"sumy has no stop words for {language!r}")
    listed = frozenset(w.rstrip().lower() for w in data.decode("utf-8").splitlines() if w)
    return listed | _MISSING_STOPS.get(name, frozenset())


# Words sumy's lists lack that are as common as any they hold: French "de" had made a topic
# of its own and taken most of a pile's sentences (a code review's case).
_MISSING_STOPS = {"french": frozenset(["de", "un", "une", "à", "aux"])}


_SNOWBALL = {"slovak": "czech"}  # Snowball has no Slovak stemmer; the Czech one serves (as in sumy)


@cache
def stemmer(language: str) -> Callable[[str], str]:
    """A cached stemmer for the language: lower-cases, then stems.

    The Snowball project's own stemmers (snowballstemmer, which runs them in C through
    PyStemmer when it is installed, as it is with this package), not NLTK's: importing NLTK's
    stemmer imports all of NLTK (about 1.5 s, most of a small job's time); the algorithms
    are the same (on 12,548 BBC word forms, 16 stems differ: newer Snowball rules)."""
    import snowballstemmer

    name = normalize_language(language)
    stem = snowballstemmer.stemmer(_SNOWBALL.get(name, name)).stemWord

    @lru_cache(maxsize=500_000)
    def cached(word: str) -> str:
        return stem(word.lower())

    return cached


def content_terms(text: str, language: str = defaults.LANGUAGE) -> list[str]:
    """Stemmed content words of a text, in order, without stop words.

    A hyphenated or dotted term stays one term ("S-400" -> "s-400", "U.S." -> "u-s");
    a possessive "'s" is dropped ("India's" -> "india").
    """
    known = _known_tokens.get((text, language))
    if known is not None:  # made by content_tokens: the same terms, in the same order
        return [t for t, _ in known]
    return _content_table(language).terms(text)


def content_tokens(text: str, language: str = defaults.LANGUAGE) -> list[tuple[str, str]]:
    """Like content_terms, each stem with the surface word it came from."""
    return list(_remembered_tokens(text, language))


# A comparison reads each sentence's tokens three times (pair scoring, the topic space, the
# topics' surface forms) and its words twice more (the words' background counts, the topic
# labels), and its content terms once (the salience of news.py): each text is tokenised
# once, for up to this many texts, and its words are kept with its tokens (``words`` and
# ``content_terms`` read them where they are kept, and make them as before elsewhere).
_REMEMBERED = 100_000
_known_tokens: dict[tuple[str, str], tuple[tuple[str, str], ...]] = {}
_known_words: dict[str, tuple[str, ...]] = {}


def _remembered_tokens(text: str, language: str) -> tuple[tuple[str, str], ...]:
    key = (text, language)
    known = _known_tokens.get(key)
    if known is None:
        if len(_known_tokens) >= _REMEMBERED:
            _known_tokens.clear()
        if len(_known_words) >= _REMEMBERED:
            _known_words.clear()
        found = _word_pattern(text).findall(text)
        known = _known_tokens[key] = tuple(_content_table(language).pairs_of(found))
        _known_words[text] = tuple(_letter_words(found))
    return known


class TermTable:
    """What each surface word of a text stands for under one rule (a stem; "" for a stop
    word, a number, anything that is not a term), remembered per surface word.

    A batch meets the same words again and again: a word seen before costs one dictionary
    lookup, made at C speed for a whole sentence at once, instead of lower-casing,
    stop-word and stemming calls."""

    LIMIT = 1_000_000  # surface words remembered at most: bounded, however long the batch

    def __init__(self, rule: Callable[[str], str]) -> None:
        self._rule = rule
        self._known: dict[str, str] = {}

    def __len__(self) -> int:
        """How many surface words it remembers."""
        return len(self._known)

    def terms(self, text: str) -> list[str]:
        """The terms of the text's words, in order."""
        return list(filter(None, self._lookup(_word_pattern(text).findall(text))))

    def pairs(self, text: str) -> list[tuple[str, str]]:
        """(term, surface word) for the text's words that are terms, in order."""
        return self.pairs_of(_word_pattern(text).findall(text))

    def pairs_of(self, words_: list[str]) -> list[tuple[str, str]]:
        """pairs() of a text whose words the word pattern has found."""
        return [(t, w) for t, w in zip(self._lookup(words_), words_, strict=True) if t]

    def _lookup(self, words_: list[str]) -> list[str]:
        found = list(map(self._known.get, words_))
        if None in found:
            return [self._learn(w) if t is None else t for w, t in zip(words_, found, strict=True)]
        return cast(list[str], found)

    def _learn(self, word: str) -> str:
        if len(self._known) >= self.LIMIT:
            self._known.clear()
        term = self._known[word] = self._rule(word) if word.strip(_NOT_LETTERS) else ""
        return term


# Words of sumy's English stop list that carry what a sentence claims: what caused what, who
# believes or knows it, what was sent, seen, taken, tried or kept ("The cause of the crash is
# not yet known." kept only "crash"). sumy's list is a retrieval list (SMART's), made to leave
# out what does not tell documents apart; telling two claims apart needs these. Kept for
# comparing sentences (claim_tokens) only: summaries, topics and queries read as before.
CLAIM_WORDS = frozenset(
    [
        *("allow", "allows", "associated", "available", "believe", "cause", "causes"),
        *("changes", "contain", "containing", "contains", "described", "help", "immediate"),
        *("indicate", "indicated", "indicates", "kept", "known", "necessary", "placed"),
        *("sent", "seen", "serious", "taken", "took", "tried"),
    ]
)


def claim_tokens(text: str, language: str = defaults.LANGUAGE) -> list[tuple[str, str]]:
    """content_tokens with the words that carry a claim kept (CLAIM_WORDS; English only)."""
    tokens = content_tokens(text, language)
    if normalize_language(language) != "english":
        return tokens
    # Most sentences hold no claim word: their content tokens are their claim tokens. The
    # pattern finds every claim word (and some words that only hold one: "well-known").
    if not _CLAIM_WORD.search(text.lower()):
        return tokens
    return _content_table(language, claims=True).pairs(text)


_CLAIM_WORD = re.compile(
    r"\b(?:" + "|".join(sorted(CLAIM_WORDS)) + r")\b"
)  # on lower case: 3x faster


@cache
def _content_table(language: str, claims: bool = False) -> TermTable:
    stops = stop_words(language) - CLAIM_WORDS if claims else stop_words(language)
    stem = stemmer(language)

    def rule(raw: str) -> str:
        word = _normal(raw)
        if not word or word in stops:
            return ""
        return _term(word, stem)

    return TermTable(rule)


def _normal(raw: str) -> str:
    """A word as the stop list is searched for it: lower case, without a possessive."""
    word = raw.translate(_HYPHENS).lower()
    if word.endswith("'s"):
        word = word[:-2]
    return word.strip("'")


def _term(word: str, stem: Callable[[str], str]) -> str:
    if "-" in word or "." in word or "'" in word:
        parts = [p for p in re.split(r"[-.']", word) if p]
        return "-".join(stem(p) for p in parts)
    return stem(word)


class Tokenizer:
    """A sumy-compatible tokenizer (``language``, ``to_sentences``, ``to_words``) that needs
    no NLTK data, so every sumy algorithm runs on it."""

    def __init__(self, language: str = defaults.LANGUAGE) -> None:
        self._language = normalize_language(language)

    @property
    def language(self) -> str:
        return self._language

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(paragraph[a:b] for a, b in sentence_spans(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(words(sentence))

    @staticmethod
    def join(sentences: Sequence[str]) -> str:
        return " ".join(sentences)
