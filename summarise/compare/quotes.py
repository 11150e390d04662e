"""Quoted speech: find quotes in each article, match the same quote across articles."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from itertools import pairwise
from typing import TYPE_CHECKING

import numpy as np

from ..cleaning.captions import PAST_FORMS
from ..models import Article, Quote, QuoteGroup, SentenceRef
from ..nlp import NAME_PARTICLES, content_terms, stop_words
from ..tfidf import count_matrix, l2_normalise
from .align import neighbours
from .claims import (
    HONORIFIC,
    HONORIFICS,
    LOWER_CASE_TITLES,
    a_full_name,
    given_names,
    mentions,
)
from .diff import word_diff
from .quoting import (
    OPENING_MARKS,
    QUOTE_SHARED,
    QUOTED,
    quotation_matches,
    quote_words,
    same_quote,
)

if TYPE_CHECKING:
    from scipy import sparse

__all__ = ["QUOTE_THRESHOLD", "find_quotes", "match_quotes", "speakers_elsewhere"]

QUOTE_THRESHOLD = 0.5  # cosine of the quotes' words: a candidate for the same quote
# (quoting.py holds what makes two quotes one, and the marks a quote opens and closes with)
_MIN_WORDS = 4  # words a quote needs
# A name's words are capitalised and may hold points ("U.S.", "U.K.'s"). A point ends a word
# inside a name only after an initial ("George W. Bush") or an abbreviated title ("Sen. John
# McCain"); else it ends the sentence: "said Mr Aiyar. India's oil production" names Mr Aiyar,
# not "Mr Aiyar. India's", and "said Swiss Re. Tightly" Swiss Re (109 speakers over BBC). An
# ampersand joins a word's halves ("said M&S", "S&P credit analyst Helena Hessel"; not "M").
_ABBREVIATED = (
    r"(?:Mr|Mrs|Ms|Dr|Prof|St|Jr|Sr|Sen|Rep|Gov|Gen|Brig|Lt|Col|Capt|Maj|Sgt|Cpl|Pvt|Spc|Adm|Cmdr"
    r"|Supt|Insp|Det|Rev)"
)
# (a capital of Latin-1 too: "Óscar Acuña", "Sebastián Piñera" are names, MultiLing M005)
_CAPITAL = "A-ZÀ-ÖØ-Þ"
_WORD = rf"[{_CAPITAL}][\w’'-]*(?:&[A-Z][\w’'-]*)?(?:\.[\w’'-]+)*"
_NAME_WORD = rf"(?:{_ABBREVIATED}\.|[A-Z]\.|{_WORD}(?<=\.[A-Z])\.|{_WORD})"
# A particle joins a name's words ("Henri de Bodinat", "Osama bin Laden") or opens its last
# word ("Saleh al-Humaidi", MultiLing M0074): without it the name was cut short ("Abu Bakar")
# or not found.
_PARTICLES = "(?:" + "|".join(sorted(NAME_PARTICLES, key=lambda w: (-len(w), w))) + ")"
_JOINED = rf"(?:\s{_PARTICLES}(?=\s[A-Z]))?\s"
_LAST = rf"(?:{_PARTICLES}-|d[’'])?{_WORD}"  # "Hugues du Plessis d'Argentre"
_NAME = rf"((?:{_NAME_WORD}{_JOINED}){{0,3}}{_LAST}\.?)"
# Beside a quote a name may follow a title of any length ("said Iranian National Security
# Council Secretary Ali Larijani", "Pentagon Press Secretary Air Force Brig. Gen. Pat Ryder
# said"): _person finds the person in it.
# (a surname may open on its particle: '"...," said de Boer.', MultiLing M0041; not one that
# is an English word too: "said ten Labour MPs", a code review's case)
_OPENING_PARTICLES = "(?:de|van|von|da|di|du|del|della|der|den|dos|das|bin|ibn|al|el)"
_TITLED_NAME = (
    rf"((?:{_OPENING_PARTICLES}\s(?=[{_CAPITAL}]))?(?:{_NAME_WORD}{_JOINED}){{0,9}}{_LAST}\.?)"
)
# ... or a body and a role in lower case ("said Yukos chief executive Steven Theede", "said
# Russian oil official Sergei Oganesyan", "said ABN Amro chief Asian strategist Eddie Wong",
# "said the network's spokesman Scott Grogin", "said Nortel president and chief executive Bill
# Owens"): no function word among them but an "and" after a role, as one joins a name to what
# follows ("said Paul Hofheinz of the Lisbon Council" is Paul Hofheinz's, "said Blair on
# Monday" Blair's, "singer Gary Lightbody and drummer Jonny Quinn said" no one's), nor a
# particle of a name ("Henri de Bodinat"). The stop words make _AFTER slow to compile (30 ms),
# once, in the process that finds quotes: compare() imports this module only there.
_STOPS = "|".join(map(re.escape, sorted(stop_words("english"), key=len, reverse=True)))
_ROLE = rf"(?!(?:{_STOPS}|{_PARTICLES})\b)[a-z][\w’'-]*"
# Words that name a body, which a title may name in full ("Bank of Japan chief Toshihiko Fukui").
_BODIES = frozenset(
    [
        "Council",
        "Association",
        "Union",
        "Party",
        "Ministry",
        "Department",
        "Bank",
        "Committee",
        "Commission",
        "Institute",
        "Federation",
        "Society",
        "Office",
        "Agency",
        "Board",
        "League",
        "Foundation",
        "University",
        "Church",
        "Court",
        "House",
        "Chamber",
        "Confederation",
        "Organisation",
        "Organization",
        "Academy",
        "Assembly",
        "Centre",
        "Center",
        "College",
        "Fund",
        "Congress",
        "Club",
        "Trust",
        "Alliance",
        "Coalition",
        "Bureau",
        "Authority",
        "Service",
        "Forum",
    ]
)
_BODY_OF = "(?:" + "|".join(sorted(_BODIES)) + r")\sof\s"
# Offices a role "of" something names, the one list three patterns read: "Director of rugby
# Warren Gatland revealed that harsh words at half-time inspired his Wasps side" (BBC
# sport/294: his '"They got a roasting ...," he said.' had no speaker, a blind reader's case),
# '"...," director of rugby Nigel Melville told the Gloucester Citizen.' (sport/358),
# "according to Chancellor Gordon Brown." Not "the mother of murdered teenager Anthony Walker
# said", "the lawyer of businessman Mikhail Khodorkovsky", "the agent of winger Arjen Robben"
# (a code review's cases): offices only.
_OFFICE_WORDS = (
    *("director", "head", "chief", "secretary", "minister", "commissioner", "chairman"),
    *("president", "professor"),
)
_TITLED_OF = rf"(?:{'|'.join(w.capitalize() for w in _OFFICE_WORDS)})\sof\s(?:{_ROLE}\s){{1,3}}"
_OFFICE_OF = rf"(?:{'|'.join(_OFFICE_WORDS)})\sof\s"
# ... and capitalised before a name: "according to Chancellor Gordon Brown."
_CAPITAL_OFFICE = (
    "(?:"
    + "|".join(
        [
            *(w.capitalize() for w in _OFFICE_WORDS if w not in ("head", "chief")),
            *("Chancellor", "Governor", "Senator", "Mayor", "Ambassador", "General", "Judge"),
            *("Inspector", "Superintendent"),
        ]
    )
    + ")"
)


def _roles(role: str, last: str | None = None) -> str:
    """A pattern for a body and a role before a name, the role's words matching ``role``,
    the last of them ``last`` (``role`` when None)."""
    return (
        # (and a role "of" something in lower case first: '"...," director of rugby Nigel
        # Melville told the Gloucester Citizen.', BBC sport/358, a blind reader's case)
        rf"(?:the\s)?(?:former\s)?(?:{_OFFICE_OF})?(?:(?:(?:{_BODY_OF}|{_NAME_WORD}\sand\s)?{_NAME_WORD}|{role}(?:\sand)?)\s)"
        rf"{{0,5}}{last or role},?\s"
    )


# ... or an age: '"...," says 27-year-old Ross.' (BBC entertainment/284, a blind reader's case)
_DESCRIBED = _roles(rf"(?:{_ROLE}|\d{{1,3}}-year-old)")
# Verbs that report a claim as much as words ("admitted", "confirmed", "predicts"): after a
# quote that ends its sentence they open the next one more often than they name the quote's
# speaker ('... been confronted." Mr Brown confirmed the rule would be kept'), so there
# they name it only when the sentence ends within a few words (_named_after).
# (Not the forms that are also nouns: "claims", "states", "notes", "recalls", "replies".)
_CLAIMING = (
    r"(?:insists|warns|argues|admitted|admits|predicted|predicts|recalled|conceded|concedes"
    r"|confirmed|joked"
    # (a question put again, a reply: '"Did you ever know Mr Ebbers to make an accounting
    # entry ...?" Mr Weingarten pressed.' had gone to the witness who answered before it, a
    # blind reader's case, session 56)
    r"|pressed|retorted|countered|interjected)"
)
# "continued" only where nothing follows it but the sentence's end or the quote ('"...,"
# Ammon continued.', 'Pound continued: "..."'; not "Nathan Douglas continued his progress"):
# 8 more speakers over BBC and MultiLing, each read right.
_VERBS = (
    r"(?:said|says|added|adds|stated|told|tells|noted|declared|asked|asks|wrote|writes"
    r"|explained|explains|insisted|stressed|stresses|answered|replied|responded|commented"
    rf"|remarked|warned|argued|announced|claimed|{_CLAIMING}|continued(?=\s*[.,:;]|$)"
    # ('"...," points out former Olympian and BBC pundit Steve Cram.', BBC sport/057)
    r"|points\s+out|pointed\s+out)"
)
# ... and where a name stands beside them, the forms that are also nouns: 'Mr Finegold
# replies: "..."', '"...," recalls Carlos Saldarriaga.' (_AFTER, _LEAD, _SAYS_FIRST; not in
# the words between a speaker and a quote, where "dismissed the claims, saying" is no verb).
_AS_NOUNS = r"(?:claims|states|notes|recalls|replies)"
# The verbs added in session 34 (claiming, and saying in the present): their subject is
# checked to be someone before "he said" goes to it ("Microsoft admitted", "Apple tells").
_CLAIMING_AT = re.compile(rf"\b(?:{_CLAIMING}|{_AS_NOUNS}|tells|asks|adds|writes|explains)\b")
_NAMING = rf"(?:{_VERBS}|{_AS_NOUNS})"
# Not a clause that opens the next sentence ("When asked if the Tour was too hard,
# Prudhomme said": the quote before is not "When"'s), nor one that introduces the next quote
# with a colon: '... for many years." Chancellor Gordon Brown said: "Over the past ...' names
# who speaks next (BBC politics/407: the quote before is Blair's), and 'Evans said: "..." He
# added: "..."' leaves the first quote to the name before it. But "Moorcroft added:" names
# who goes on speaking, most often the speaker of the quote before too (17 of 19 over BBC).
_NEXT = r"(?![^.!?\"“”\n]*:)"
_ROLE_THEN_NAME = re.compile(r"[a-z],\s+[A-Z][^,]*$")  # "...spokeswoman, Berit Hanson"
_HAD = re.compile(r"\s(?:had|has)\s+\w+\s*$")
# An adverb between the speaker and the verb: '"...," Mr Donofrio recently told the BBC News
# website.' (a blind reader's supercomputer brief, session 48)
_ADVERBS = (
    r"(?:recently|later|also|then|again|previously|earlier|once|subsequently|separately"
    r"|reportedly|repeatedly|publicly|privately|simply|finally|quickly|meanwhile)"
)
_SAYING_ADVERB = rf"(?:{_ADVERBS}\s+)?"
# ... only where the quote ends on a comma: after a quote that ends its sentence, "Nissan
# also announced ...", "Mr Howard later added ..." open another (BBC business/216,
# politics/212)
_ADVERB_AFTER = re.compile(rf"\s{_ADVERBS}\s+\S+$")
_OPENED_BY = re.compile(r":\s*$")  # just before a quote's opening mark
# (a body's possessive may stand before the name: "said the Observer's Philip French", a blind
# reader's Oscars brief, session 55)
_AFTER = re.compile(
    r"^[\s,]*(?!(?:When|If|As|After|Before|While|Although|Though|Because|Once|Since|Then|But"
    rf"|And|So)\s)({_DESCRIBED})?{_TITLED_NAME}\s+{_SAYING_ADVERB}"
    rf"(?:(?<!He )(?<!She )(?<!It )(?<!They )added|(?:had\s+|has\s+)?{_NAMING}{_NEXT})"
    rf"|^[\s,]*(?:{_NAMING}\s+(?:{_DESCRIBED}|the\s+[A-Z][\w-]*['’]s\s+)?{_TITLED_NAME}"
    rf"|(he|she|they)\s+{_SAYING_ADVERB}{_NAMING}{_NEXT})"
)
# "Blair said: ...", and "Secretary Blinken answered CAATSA related questions as, ...": a few
# words between the verb and the quote when they end in "as", none of them a name (in
# "Reporters asked Blair about the deal as, ..." the words are Blair's) or a verb of saying.
_GAP = rf"(?:\s+(?!{_VERBS}\b)(?:[a-z][\w'’-]*|[A-Z0-9][A-Z0-9'’-]+\b)){{0,6}}?\s+as"
# "Hellerstein said in a statement: ...", "told reporters on Tuesday, ...": a short adverbial
# between the verb and a colon or comma, of at most as many words as _GAP and, as there, none
# of them a name or a verb of saying, nor a pronoun that could be another speaker ("Blair said
# they chanted: ..."). Weekdays, months and figures are no names ("on March 3").
_WHEN = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March"
    r"|April|May|June|July|August|September|October|November|December|\d+(?:st|nd|rd|th)?)\b"
)
_ADVERBIAL = (
    rf"(?:\s+(?!(?:{_VERBS}|he|she|they|we|you)\b)"
    rf"(?:[a-z][\w'’-]*|[A-Z0-9][A-Z0-9'’-]+\b|{_WHEN}(?:['’]s\b)?)){{1,6}}?\s*[:,]"
)
# A name begins a word: not the "Bay" of "eBay", nor the "Argentre" of "d'Argentre".
# Whom a speaker told, a name or a word, and the quote with no colon or comma: 'Saleh
# al-Humaidi, a Yemeni journalist, told Reuters "This is ..."' (MultiLing M0074), 'told
# reporters "..."'. The hearer is never the speaker: "told BBC News:" had been no speaker's
# (a name is no adverbial), 44 more speakers over BBC, MultiLing and CNN/DM, each read right.
# ... or to whom another verb of saying spoke: "commented to AFP", "said to reporters".
_HEARER = (
    rf"(?:(?<=told)\s+(?:the\s+)?(?:{_WORD}(?:\s+{_WORD}){{0,2}}|[a-z][\w'’-]*)"
    # ... two of them: "Mr Blair told MPs and peers:" (session 48)
    rf"(?:\s+and\s+(?:{_WORD}|[a-z][\w'’-]*)(?=\s*:))?"
    rf"|\s+to\s+(?:the\s+)?(?:{_WORD}(?:\s+{_WORD}){{0,2}}|reporters|journalists))"
)
# What the speaker said of himself or herself, ending in a colon before the quote: 'Singh said
# he hoped for Russia's continued cooperation: "..."' (the sample's 003); no verb of saying
# in it, which would bring in someone else's words, and not in the passive ('a member says she
# was told: "..."' is someone else's words, BBC politics/008).
_PASSIVE = r"(?:was|were|been|being|is|are|be)"
# Words that bring in someone else's words or a text's, in what the speaker says before the
# quote: 'Blair said he received a letter which read: "..."', 'Smith said he heard the
# gunman shout: "..."' (a code review's cases, each given to the speaker before).
_OTHERS = (
    r"(?:read|reads|reading|shout|shouts|shouted|shouting|chant|chants|chanted|chanting|heard"
    r"|hear|which|yell|yelled|scream|screamed|wrote|written|letter|message|banner|sign|note)"
)
_OWN = (
    rf"\s+(?:he|she)\s+(?:(?!{_VERBS}\b|{_PASSIVE}\b|{_OTHERS}\b)[^\s\"“”:;.!?]+\s+){{0,12}}?"
    rf"(?!{_PASSIVE}\b)[^\s\"“”:;.!?]+\s*(?=:)"
)
# What the speaker said in reported speech up to the quote: 'Air stated that the crew "would
# like to thank ..."', 'Des Browne said ... that he expects "the great majority ..."' (MultiLing
# M0028, M0025): no verb of saying among the words, which would bring in someone else's
# ('Smith said that Jones had told him "..."'), nor a word that calls the quote another's
# name for something ('said that the minister called it "..."'), nor a verb of saying's
# other forms ('Le Monde commented that ..., prompting the BEA to warn against "hasty
# interpretation"', M0088: the BEA's words).
_REPORTED = (
    rf"\s+that(?:\s+(?!(?:{_VERBS}|say|saying|tell|telling|warn|warning|claim|claiming|insist"
    r"|urge|urging|ask|asking|call|called|calling|describe|described|describing|dubbed|quoted"
    rf"|quoting|according|prompting|advised|advising|branded|labelled|labeled|termed|headline"
    rf"|pledged|promised|{_OTHERS})\b)(?:(?:[A-Za-z]\.){{2,}}|[^\s\"“”:;.!?]+)){{0,24}}?"
)
# ... and with no "that", when the quote goes on from its words with no colon or comma
# between: 'Mr Heath said the judgement contained "unprecedented condemnation ..."' (286 more
# speakers over BBC and MultiLing, session 35); not 'Reporters asked Blair about the deal as,
# "..."', nor 'Mr Blair recalls how Bill Clinton once advised him: "..."'.
_BARE = (
    _REPORTED.replace(r"\s+that", r"(?!\s+that\b)", 1).replace("{0,24}", "{1,24}") + r"(?<![,:])"
)
# A verb after an auxiliary or an adverb ("Tony Blair had told reporters that", "General
# Alireza Afshar, Iran's top military general, then stated that", MultiLing M0022, M0023); and
# the hearer before "that" ("Christian Prudhomme told reporters that", M0034); a day between
# the name and the verb ("Mahmoud Ahmadinejad on Wednesday announced that", M0022), which is
# no name.
_AUXILIARY = (
    rf"(?:on\s+{_WHEN}\s+)?(?:(?:had|has|have|also|then|later|earlier|previously|again|once"
    r"|meanwhile)\s+)"
    r"{0,2}"
)
_LEAD = (
    rf"{_AUXILIARY}{_NAMING}(?:(?:{_REPORTED}|{_GAP}|{_ADVERBIAL}|{_HEARER}(?:{_REPORTED})?|{_OWN})?"
    rf"\s*[:,]?|(?:{_HEARER})?{_BARE})\s*$"
)
_BEFORE = re.compile(rf"(?<![\w.’'-]){_NAME}\s+{_LEAD}")
# A name and what the person is, set off by commas: "Margaret Beckett, the U.K.'s Foreign
# Secretary said", "Sean McCormack, a spokesman for the United States Department of State,
# said" (MultiLing M0020); "his grandmother, Margaret Sperry, said" (M0022). The person speaks,
# not the body or the title in the description (_described checks it is one). The description
# may open with a capital ("Marc Garlasco, Human Rights Watch military analyst, said", MultiLing
# M0077), or "who" ("Tony Blair, who attended ..., said"): 22 more speakers over BBC and
# MultiLing, each read right. It may end in a place set off by a comma: "Mr Johnson, MP for
# Henley-on-Thames, Oxfordshire, said" is Mr Johnson's, not Oxfordshire's.
_APPOSED = re.compile(
    rf"(?<![\w.’'-]){_NAME},(?:\s+\d{{1,3}},)?\s+([A-Za-z][^,;:\"“”]{{0,120}}?"
    rf"(?:,\s[A-Z][\w’'-]+)?),?\s+{_LEAD}"
)
# ... or a person and a relative clause about them set off by commas, whatever the clause
# holds: "Mr Mubanga, who insists he does not feel bitter, said:", "Serena Williams, who is
# also in Dubai, added:", "Jens Lehmann, whose personal rivalry with Bayern goalkeeper Oliver
# Kahn was not helped by the result, said:" (BBC politics/100, sport/432, sport/157: the
# description _APPOSED reads stops at "who", or ends in a function word, or names another),
# after a role or not ("Arsenal keeper Jens Lehmann, whose ...").
_RELATIVE = re.compile(
    rf"(?<![\w.’'-])(?:{_DESCRIBED})?{_NAME},\s+(?:who|whose)\s+[^,;:\"“”]{{1,160}}?,\s+{_LEAD}"
)
# ... or set off by dashes, what the person is in lower case: "Lord Bingham - a senior law
# lord - said the rules were incompatible ... as they allowed detentions "in a way that
# discriminates ..."" (a blind reader's detentions brief, session 47: two sources, no speaker).
_DASHED = re.compile(
    rf"(?<![\w.’'-]){_NAME}\s+[-–—]\s+([a-z](?:(?!\s[-–—]\s)[^;:\"“”]){{0,80}}?)\s+[-–—]\s+{_LEAD}"
)
# ... or a peer, named with a place ("Lord Nicholls of Birkenhead, in his ruling, said:", a
# reader's detentions brief: three sources, no speaker), set off by commas or not.
_PEER = re.compile(
    r"(?<![\w.’'-])((?:Lord|Lady|Baroness|Baron|Viscount|Viscountess|Earl|Countess)\s+"
    r"[A-Z][\w’'-]+\s+of\s+[A-Z][\w’'-]+)"
    rf"(?:,\s+([A-Za-z][^,;:\"“”]{{0,120}}?),)?\s+{_LEAD}"
)
# (an age may stand between the name and what the person is: "Matt Helmenstine, 30, a
# California high school teacher carrying a Tibetan flag told Reuters:", MultiLing M0093)
# ... and after a quote that ends in a comma, however long what the person is, to the verb
# that ends the sentence: '"...," Thorne Lay, professor of earth sciences and director of the
# Institute of Geophysics and Planetary Physics at the University of California, Santa Cruz
# said.' (MultiLing M0003); and whom the person told: '"...," Hans Arne Kristiansen, a
# spokesman for the Danish Dairy Board, told the BBC.' (BBC business/136).
# (or a body's, its name first: '"...," Andrew Pendleton, Christian Aid's head of Trade
# Policy, said.', BBC business/296, a blind reader's case)
_APPOSED_AFTER_AT = (
    rf"[\s]*{_NAME},\s+([a-z][^;:\"“”\n]{{0,200}}?"
    r"|(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*['’]s\s+[a-z][^;:\"“”\n]{0,180}?)"
    rf",?\s+{_NAMING}(?:{_HEARER})?"
)
_APPOSED_AFTER = re.compile(rf"{_APPOSED_AFTER_AT}\s*(?:[.!?]|$)")
# ... when the quote ends on a comma, whatever follows the verb to the sentence's end, where
# and when it was said: '"...," Vincent Koen, a senior economist with the OECD, said in an
# interview.', '... Zack Clement, a lawyer for Yukos, told Judge Clark in an emergency hearing
# in Houston, Texas, on Wednesday.', '... Chen Qigang, the opening ceremonies general music
# designer, said Sunday during a radio interview.' (MultiLing M0096). Not as the attribution
# that a quote after it goes on from (_goes_on_within): "Magistrate Lee Gilmore, who issued
# the restraining order ..., said she understood ..." reports her words, and the quote before
# it is not hers.
_APPOSED_AFTER_ANYWHERE = re.compile(
    rf"{_APPOSED_AFTER_AT}(?P<tail>[\s,]+[^;:\"“”\n]{{0,120}}?)?\s*(?:[.!?](?=\s|$)|$)"
)
# The past forms in neither -ed nor -s ("took", "spoke", "was"), as the caption rule reads them.
_IRREGULAR_PASTS = "|".join(sorted(PAST_FORMS, key=len, reverse=True))
# ... but not a tail that reports someone else's words: '"...," Mr Smith, a hostage, said the
# gunman had shouted at them.', '... recalled President Bush saying.' (a code review's cases)
_ANOTHER_CLAUSE = re.compile(
    rf"\b(?:{_VERBS}|{_AS_NOUNS}|{_IRREGULAR_PASTS}|has|have|is|are|would|will|could|should"
    r"|shout|shouts|chant|chants"
    # another clause: "... at the meeting, where Alistair Darling spoke next"
    r"|where|which|who|whom|whose|while|whereas"
    # a verb in -ed or -ing ("the gunman yelled", "recalled the robber barking"), not a noun
    r"|(?!(?:during|hearing|meeting|briefing|evening|morning|building|wedding|something"
    r"|nothing|anything|everything|interesting|ceiling|sterling|hundred)\b)[a-z]{3,}(?:ed|ing))\b"
)
# What tells that the quote after "saying that ..." is another's words, or a title: a verb of
# saying ("the Chancellor had told MPs", "the resolution stated"), "in the words of", what a
# sign or a song is ("a sign on the ward read", "the single") (a code review's cases).
_REPORTS_ANOTHER = re.compile(
    rf"\b(?:{_VERBS}|{_AS_NOUNS}|tell|telling|described|describes|promised|promises|called"
    r"|calls|read|reads|shout|shouts|shouted|heard|hears|words|quoted|quoting|titled|entitled"
    r"|named|dubbed|branded|labelled|single|album|song|film|book|show|slogan|sign|banner"
    r"|headline|motto)\b"
)
# After a name, the people it qualifies, then their verb: "Local residents have protested",
# "Conservative councillors rejected the plan" (many speak; the name is no one).
_A_GROUP_AFTER = re.compile(
    r"\s+(?!(?:has|was|is|does|says)\b)[a-z]+s\s+(?:have|has|had|are|were|[a-z]+ed)\b"
)
_PLURAL_ACRONYM = re.compile(r"\b[A-Z]{2,}s$")
_SET_OFF = re.compile(rf"(?<=,\s){_NAME},\s+{_LEAD}")
# A sentence that opens on a person who does something, then gives the words with "saying":
# 'Mr Howard branded the decision unacceptable, saying: "..."', 'Davenport paid tribute to
# Williams, saying: "..."', 'Kent Page, a spokesman for UNICEF in Haiti, also weighed in
# today saying, "..."' (BBC and MultiLing: 42 quotes after "saying", 3 with a speaker).
# The person's act opens on a verb (_ACTS); nothing between holds a quote, a verb of saying
# (whose words would be another's), "with" ("with a spokesperson saying") or "as" ("quoted
# its plan as saying"); the whole sentence is read, from its start.
_ACTS = (
    r"(?:[a-z]+ed|[a-z]+[^s']s|[a-z]+ly|has|had|have|is|was|were|also|then|now|on|again|once"
    r"|paid|made|gave|took|hit|spoke|went|came|sent|led|held|threw|struck|won|lost|met|left"
    r"|brought|thought|found|kept|put|set|stood|rose|fell|began|broke|sought|fought|taught"
    # ("Collins ran in Birmingham at the 2003 World Indoor Championships. '...,' he said."
    # had no speaker: a blind reader's case, session 56)
    r"|ran|beat|saw|became|got|drew|flew|wrote|sold|bought|built|grew|felt|heard"
    r"|did(?!\s+(?:not|never|nothing)\b)"
    # (a stance denied is a stance: "Mr Adams did not believe anyone from Channel 4 ... had
    # tried to place the queried bets. But he added: ..." is his, BBC entertainment/221)
    r"|did\s+not\s+(?:believe|think|expect|accept|agree|want|see))"
)
_OPENING_PHRASE = r"(?:[A-Z][^,\"“”\n]{0,80},\s+)?"  # "As he arrived at Spain's High Court, "
_SET_OFF_DESCRIPTION = r"(?:,\s+[^,;:\"“”]{1,120}?,)?"  # "Mr Botin, the bank's chairman,"
_SAYING = re.compile(
    _OPENING_PHRASE
    + rf"(?:(?:{_NAME_WORD}\s){{0,4}}(?:(?!(?:{_STOPS})\s)[a-z][\w’'-]*(?<!ed)\s){{1,2}})?"
    rf"{_TITLED_NAME}{_SET_OFF_DESCRIPTION}\s+(?={_ACTS}\b)"
    rf"(?:(?!(?:{_VERBS}|with|as|he|she|they)\b)[^\s\"“”:;.!?]+\s+){{1,16}}?"
    r"(?:by\s+)?(?:saying\s*[:,]?|(?:saying|adding)\s+(?:that\s+)?[^\"“”:;!?]{0,100}?)\s*$"
)
# Whom a source quoted, after the quote: '"...," the Interfax news agency quoted Mr
# Khodorkovsky as saying.', '... AP quoted prosecutor Russell McGuire as saying.', '"...," Mr
# Kapor is reported as saying.' (BBC: 15 quotes "as saying", 6 of them naming whom).
_QUOTED_AS = re.compile(
    r"^[\s,]*(?:(?:the\s+)?(?:[A-Za-z][\w’'-]*\s+){0,4}?(?:quoted|quotes|reported|reports)\s+"
    rf"(?:{_DESCRIBED})?{_TITLED_NAME}|{_TITLED_NAME}\s+(?:is|was)\s+(?:quoted|reported))"
    r"\s+as\s+saying\b"
)
_SAYING_REACH = 300  # characters of a sentence before its quote that _SAYING reads
_SAID_THAT = re.compile(r"\b(?:saying|adding)\b(?!.*\b(?:saying|adding)\b)", re.DOTALL)


# "According to NAME, ..." before a quote in its sentence, with no verb of saying between
# (else the quote is that verb's subject's: "According to the Financial Times, Peter Chernin
# said"): 'According to Carman, "the next few nights ..."', 'According to the Iranian Foreign
# Minister, Manouchehr Mottaki, the female sailor will "be released very soon,"' (MultiLing
# M0028, M0027; the name set off after a title is the person).
_ACCORDING = re.compile(
    rf"\b[Aa]ccording\s+to\s+(?:the\s+)?(?:{_DESCRIBED})?{_TITLED_NAME},(?:\s+{_NAME},)?"
    rf"(?:\s+(?!{_VERBS}\b|saying\b|told\b)[^\s\"“”:;.!?]+){{0,24}}?\s*[:,]?\s*$"
)


def find_quotes(article: Article) -> list[Quote]:
    """Quoted passages of at least four words, with the speaker where the text names one."""
    out = []
    text = article.text
    starts = [s.start for s in article.sentences]
    last: tuple[int, int, str] | None = None  # the last quote with a speaker: span, who
    at: list[tuple[int, int]] = []  # where each quote stands
    for match in quotation_matches(text):
        quote = next((g for g in match.groups() if g), "").strip()
        if len(quote.split()) < _MIN_WORDS:
            continue
        speaker = _saying(text, starts, match.start())
        if speaker is None:
            speaker = _speaker(text, match.start(), match.end())
        if speaker is None and (_a_title(quote) or _a_term(text, match.start(), quote)):
            continue
        if speaker is None:
            speaker = _shares_attribution(text, match.end(), quote)
        if speaker is None and last is not None:
            speaker = _goes_on(text, match.start(), match.end(), *last)
        if speaker is None:
            speaker = _said_before(text, starts, match.start(), match.end(), last)
        if speaker is None:
            speaker = _ends_on_speaker(text, starts, match.end())
        if speaker is not None:
            last = (match.start(), match.end(), speaker)
        index = _sentence_at(article, starts, match.start())
        out.append(Quote(article.id, index, quote, speaker))
        at.append((match.start(), match.end()))
    out = _goes_on_after(_told_by_him(article, out, at, starts), text, at)
    out = _runs_into_next(out, text, at)
    return _through_a_voice(_in_full(out, text, at), text, at, starts)


def _runs_into_next(quotes: list[Quote], text: str, at: list[tuple[int, int]]) -> list[Quote]:
    """A quotation with no speaker left open just before the next opens (a quoted paragraph's
    end, British style, the paragraphs run together) is the next one's speaker's: '"We often
    take pictures on flight or on layovers. I just though why not include them on my blog for
    fun. "I never meant it as something to harm my company ...," Ms Simonetti said.' (BBC
    tech/102, a blind reader's case)."""
    out = list(quotes)
    # (and forward: a quotation with no speaker just after one left open goes on with its
    # speaker, the next quoted paragraph: '"The more involved I can be with the LTA, the
    # better. "A short-term arrangement is just confusing ..." LTA chief executive, John
    # Crowther, added: ...' is Connors's, BBC sport/464, a blind reader's case)
    for k in range(1, len(out)):
        (_, end), (after, closed) = at[k - 1], at[k]
        before = out[k - 1].speaker
        if (
            out[k].speaker is None
            and before is not None
            and text[end - 1] not in "\"”'’»"
            and not text[end:after].strip()
            and not _names_in(out[k].text, before)
            # (not one with an attribution of its own that names no one the reader knows:
            # '"I have not decided anything yet. "He will stay, I am sure," said his manager
            # Jones.' is Jones's, a code review's case)
            and not _says_after(text, closed)
        ):
            out[k] = replace(out[k], speaker=before)
    for k in range(len(out) - 2, -1, -1):
        (start, end), (after, closed) = at[k], at[k + 1]
        who = out[k + 1].speaker
        if (
            out[k].speaker is None
            and who is not None
            and text[end - 1] not in "\"”'’»"
            and not text[end:after].strip()
            and _introduced(text, start, closed, who.split()[-1])
            # (nor one after a sentence that tells of someone else: 'Holmes admitted she had
            # been nervous. "I was not sure how I would feel. "She was brilliant," said coach
            # Margo Jennings.' is Holmes's first, a code review's case)
            and not _other_before(text, start, who)
            # (not one that names the person: '"The main concern is my age ... Bosvelt joined
            # City ... But his professionalism ... impressed manager Kevin Keegan. "...," said
            # Keegan.' holds the narration its closing mark left out, BBC sport/116)
            and not _names_in(out[k].text, who)
        ):
            out[k] = replace(out[k], speaker=who)
    return out


def _introduced(text: str, start: int, end: int, surname: str) -> bool:
    """Whether the person is named just before a quotation opening at ``start``, with a
    colon ('Rinaldi told BBC Sport from Rio de Janeiro: "...'), or in a short attribution
    that ends the sentence of the one closing at ``end`` ('..." said Holmes.'), not in a
    clause ('..." Education Secretary Ruth Kelly said Prof Aynsley-Green would ...') nor
    before another quote ('..." Simpson-Daniel added: "...'), as a code review found."""
    named = re.compile(rf"\b{re.escape(surname)}\b")  # (a word: not "Ross" in "across")
    before = text[max(0, start - 120) : start]
    if before.rstrip().endswith(":") and named.search(before.rpartition(".")[2]):
        return True
    tail = _TAIL.match(text, end)
    return (
        tail is not None and bool(named.search(tail.group(0))) and len(tail.group(0).split()) <= 8
    )


_TAIL = re.compile(r"[^.!?:\"“”\n]{0,100}[.!?]")


def _says_after(text: str, end: int) -> bool:
    """Whether the sentence of a quotation closing at ``end`` goes on with a verb of saying."""
    tail = _TAIL.match(text, end)
    return tail is not None and _SAYS_IN_TAIL.search(tail.group(0)) is not None


def _other_before(text: str, start: int, who: str) -> bool:
    """Whether the sentence just before a quotation opening at ``start`` opens on a person
    saying or doing something who is not ``who``."""
    head = text[max(0, start - _OPENING_REACH) : start].rstrip()
    sentence = re.split(r"(?<=[.!?])\s+", head)[-1] if head else ""
    says = _SAYS_FIRST.match(sentence)
    found = says or _PERSON_FIRST.match(sentence)
    if found is None:
        return False
    name = next((g for g in found.groups() if g), "")
    if not name or name.split()[0].lower() in stop_words("english"):
        return False
    if says is None and not _someone(name, text):
        return False  # ("The images were taken ...": no one)
    return name.split()[-1] != who.split()[-1]


def _goes_on_after(quotes: list[Quote], text: str, at: list[tuple[int, int]]) -> list[Quote]:
    """The quotes with no one named for them that go on from a quote whose speaker only
    _told_by_him found (_goes_on, asked again): '"We did not disclose these adjustments," he
    said. "We did not talk about these adjustments ..." Mr Sullivan said his former boss
    ...' (BBC business/246): the second is the first's speaker's, the name after it opening
    the next sentence (_REPORTS_ON)."""
    out: list[Quote] = []
    last: tuple[int, int, str] | None = None
    for quote, (start, end) in zip(quotes, at, strict=True):
        if quote.speaker is None and last is not None:
            found = _goes_on(text, start, end, *last)
            if found is not None:
                quote = replace(quote, speaker=found)
        if quote.speaker is not None:
            last = (start, end, quote.speaker)
        out.append(quote)
    return out


# A sentence that tells what "he" or "she" says or does: opening on the pronoun, or giving a
# quote to it. _told_by_him looks back past such sentences of the quote's own pronoun only,
# and not past a sentence that tells what the other says.
_THINKING = r"(?:thinks|believes|feels|reckons|suggests|hopes|fears)"
_SAME_SEX = {
    pronoun: re.compile(
        rf"^\s*(?:(?:But|And|However|Meanwhile|Later|Then),?\s+)?{pronoun}\b"
        # (", he thinks.": what the person thinks, said of them: "There are some distinct
        # advantages of advertising on such a network, he thinks." between Sam Yagan's quote
        # and his '"...," he said.', a blind reader's case, session 56)
        rf"|[,;:\"”’]\s+{pronoun}\s+(?:also\s+)?(?:{_NAMING}|{_THINKING})\b",
        re.I,
    )
    for pronoun in ("he", "she")
}
# ... or on the pronoun's possessive, naming no one: "Her role as a backstreet abortionist ...
# has already led to a clutch of awards" goes on about Imelda Staunton, whose quote "She
# said:" then gives (a blind reader's Bafta brief, session 55); not "Her new book attacks the
# chancellor" after a sentence of Gordon Brown's, nor "Her Majesty's Revenue and Customs ..."
# (a code review's cases: whose "her" is, a sentence naming no one cannot say)
_OWN_FIRST = {
    "he": re.compile(r"^\s*(?:(?:But|And|However|Meanwhile|Later|Then),?\s+)?His\b"),
    "she": re.compile(r"^\s*(?:(?:But|And|However|Meanwhile|Later|Then),?\s+)?Her\b(?!\s+Majesty)"),
}
# A sentence that opens on the person by a role or an age ("The sprinter has also shed weight
# since winning relay gold", "The 29-year-old ...") goes on about them, as one that opens on
# "He" does, when it names no one (_goes_on_about): between '..., said Lewis-Francis.' and
# '"Last year I was 91kg ...," he said.' (a blind reader's case, session 56).
# (Not an office or a team's role, which a story gives someone else as often: "said Tory
# leader Michael Howard. The chancellor dismissed the claims", "said striker Thierry Henry.
# The captain hailed the Frenchman", a code review's cases.)
_ROLE_FIRST = re.compile(
    r"^\s*(?:(?:But|And|However|Meanwhile|Later|Then),?\s+)?The\s+(?:\d{1,3}-year-old"
    r"|sprinter|batsman|bowler|singer|rapper|musician|tycoon|businessman|billionaire"
    r"|entrepreneur|Briton|Scot|Welshman|Englishman|Irishman|Frenchman|Spaniard)\b"
)
_OTHER_SEX = {
    pronoun: re.compile(rf"(?:^|[,;:\"”’]\s+|\.\s+)(?:{other})\s+(?:also\s+)?{_NAMING}\b", re.I)
    for pronoun, other in (("he", "she"), ("she", "he"))
}
# ... "of" and a few words before the name found: the person is of it ("Paul Miller of Thames
# Valley Police said" read "Valley Police" as the one who speaks)
_OF_A_BODY = re.compile(r"\bof\s+(?:the\s+)?(?:\S+\s+){0,3}$")
_TOLD_BACK = 3  # sentences back that _told_by_him looks for the person "he" or "she" is


# (and the person's own sentence speaks of them so: "Imelda Staunton ... told the BBC News
# website that Vera Drake was the highlight of her career.")
_OWN_WORDS = {
    "he": re.compile(r"\b(?:he|his|him)\b", re.I),
    "she": re.compile(r"\b(?:she|her)\b", re.I),
}


def _goes_on_about(pronoun: str, sentence: str) -> bool:
    """Whether a sentence goes on about the person "he" or "she" is: it opens on the pronoun
    or gives it a quote (_SAME_SEX), or opens on its possessive (_OWN_FIRST) or on a role or
    an age (_ROLE_FIRST) and names no one."""
    if _SAME_SEX[pronoun].search(sentence):
        return True
    if _OWN_FIRST[pronoun].search(sentence):
        return _A_PERSON.search(sentence) is None
    # (past names of places and events: "since winning relay gold at the Athens Games")
    return _ROLE_FIRST.search(sentence) is not None and not any(
        not _PLACE_BEFORE.search(sentence, max(0, m.start() - 6), m.start())
        for m in _A_PERSON.finditer(sentence)
    )


def _told_by_him(
    article: Article, quotes: list[Quote], at: list[tuple[int, int]], starts: list[int]
) -> list[Quote]:
    """Each quote "he" or "she" says ('"...," he said.', 'He added: "..."') that no rule
    before gave a speaker, given to the person last named as speaking in the three sentences
    before it: a quote's speaker there, or a name before a verb of saying (_reported_by),
    looking back only past sentences that go on with the same "he" or "she" (_SAME_SEX); a
    person (_someone), not one of the other sex by title, nor from a sentence that names
    another person too (_one_named) or tells what one of the other sex says. Two blind
    analysts found 55 quotes of eight stories whose speaker the text names given to no one
    ("Mark Oaten has branded the ID scheme ... He said: "..."", session 54); over BBC and
    MultiLing this names 133 more quotes' speakers (5,685 -> 5,818 of 8,848); of 55 drawn at
    random from the first versions, 54 read right, and the one wrong ("Valley Police" of
    "Paul Miller of Thames Valley Police said") is left out now, as a looser version's wrong
    ones were (a speaker three sentences back past "The affair still rankles with the
    Dutchman.": only sentences that go on with the same pronoun are looked past)."""
    text = article.text
    if not any(q.speaker is None for q in quotes) or not starts:
        return quotes
    named: dict[int, str] = {}  # sentence position: the speaker a quote there was given
    for quote, (start, _) in zip(quotes, at, strict=True):
        if quote.speaker is not None:
            named[max(0, bisect.bisect_right(starts, start) - 1)] = quote.speaker
    out = []
    given: list[str] | None = None  # the full names the article introduces, when first asked
    for quote, (start, end) in zip(quotes, at, strict=True):
        here = max(0, bisect.bisect_right(starts, start) - 1)
        pronoun = _pronoun_says(text, starts[here], start, end) if quote.speaker is None else None
        who = None
        past_own = False  # whether a sentence opening on the pronoun's possessive was looked past
        for back in range(here - 1, max(-1, here - 1 - _TOLD_BACK), -1) if pronoun else ():
            sentence = article.sentences[back].text
            who = named.get(back)
            if who is None:
                # ... or the person the sentence opens on doing something: "Redford wants the
                # festival to encompass viewpoints ... He has never hidden ... But he reserves
                # particular disdain ... '...,' he says." (a blind reader's case, session 56)
                found = _reported_by(sentence)
                if found is None and pronoun is not None:
                    found = _acting_before(sentence, pronoun, text)
                    if found is not None and _another_person(sentence, found):
                        # ("Staunton is also the personal choice of Steven Gaydos ... he
                        # predicted": Gaydos's words, not Staunton's; a review of this rule)
                        found = None
                # (a person: not "The Treasury confirmed ...", "Downing Street insists ...",
                # nor a body the person is of: "Paul Miller of Thames Valley Police said")
                who = (
                    found
                    if found is not None
                    and _someone(found, text)
                    and not _OF_A_BODY.search(sentence, 0, max(0, sentence.find(found)))
                    else None
                )
            # (names inside a quotation are what the person says: '"... Senator John Kerry and
            # President George W. Bush," said chief executive Sam Yagan.' names one speaker)
            if who is not None and not _one_named(QUOTED.sub(" ", sentence)):
                who = None  # ("... after the judge, Mr Justice Jones, dismissed his appeal.")
                break
            if who is not None and pronoun is not None and _OTHER_SEX[pronoun].search(sentence):
                who = None  # ('She added: "..."' before '"...," he said.': another person)
                break
            if (
                who is not None
                and pronoun is not None
                and past_own
                and not _OWN_WORDS[pronoun].search(sentence)
            ):
                who = None  # (the possessive is the person's only when their sentence says so)
                break
            if who is not None or pronoun is None or not _goes_on_about(pronoun, sentence):
                break  # (only past a sentence that goes on with "he" or "she" itself)
            past_own = past_own or (
                not _SAME_SEX[pronoun].search(sentence)
                and _OWN_FIRST[pronoun].search(sentence) is not None
            )
        if who is not None and pronoun is not None:
            # (the full name the article introduces, not a word that opens the sentence
            # before it: "Defiant Matt Williams says he will not quit")
            if given is None:
                given = given_names(text)
            who = (
                next((g for g in given if who.endswith(" " + g)), who) if who not in given else who
            )
            titles = set(who.split()[:-1])
            if not titles & (_WOMEN if pronoun == "he" else _MEN):
                quote = replace(quote, speaker=who)
        out.append(quote)
    return out


def _pronoun_says(text: str, opening: int, start: int, end: int) -> str | None:
    """ "he" or "she" when the quote between ``start`` and ``end`` is said by one ('"...,"
    he said.'; or its sentence, from ``opening``, opens on 'He added:'), else None."""
    after = _AFTER.match(text[end : end + 120].partition("\n")[0])
    pronoun = after.group(after.re.groups) if after else None
    if pronoun is None and opening < start:
        leads = _PRONOUN_LEADS.fullmatch(text, opening, start)
        pronoun = leads.group(1) if leads else None
    return pronoun.lower() if pronoun is not None and pronoun.lower() in ("he", "she") else None


# A person's spokesman speaks for the person, and is not the person: "A spokesman for Mr Blair
# said the Prime Minister expected ...", '"... in the first place," said a spokesperson for
# British Prime Minister Tony Blair.' (MultiLing M0026) had been given as Tony Blair's words.
# A body speaking through a voice is named as the body ("a spokesman for Yukos": Yukos, as
# _VOICE_AFTER reads it); a person, by the voice and the person. The voice is read where the
# quote's speaker is: set off right after the quote, or the last attribution before it in
# its sentence; never inside a quote ('Cherie Blair said: "I am not a spokesman for Tony
# Blair"'), nor in another clause ('Tony Blair said "..." while a spokesman for Mr Blair
# later added that "..."' gives the first quote to Tony Blair: a code review's cases).
_VOICE_WORD = r"(spokesman|spokeswoman|spokesperson|aide|representative)"
# (a name's words on one line, a stop only an initial's: not "Tony Blair.\n\nThe")
_FOR_NAME = r"\s+(?:for|to)\s+(?:the\s+)?((?:(?:[A-Z]\.|[A-Z][\w'’-]*)[^\S\n]+){0,5}[A-Z][\w'’-]*)"
_VOICE_SAYS = rf"(?:has\s+|had\s+)?(?:later\s+|also\s+)?(?:{_NAMING})\b"
_VOICE_FOR_AFTER = re.compile(
    rf"[\s,]*(?:(?:{_NAMING})\s+(?:an?|the)\s+{_VOICE_WORD}{_FOR_NAME}"
    rf"|(?:an?|the)\s+{_VOICE_WORD}{_FOR_NAME},?\s+{_VOICE_SAYS})"
)
# (read up to the last verb of saying before the quote, which the voice must be the subject
# of: _voice_before)
_VOICE_FOR_BEFORE = re.compile(
    rf"\b(?:[Aa]n?|[Tt]he)\s+{_VOICE_WORD}{_FOR_NAME},?\s+{_VOICE_SAYS}$"
)
_A_SAYING = re.compile(rf"\b(?:{_NAMING})\b")
# ... and a sentence that opens on the voice, read for the "He said" after it
_VOICE_OPENS = re.compile(
    rf"\s*(?:(?:But|And)\s+)?(?:[Aa]n?|[Tt]he)\s+{_VOICE_WORD}{_FOR_NAME},?\s+{_VOICE_SAYS}"
)
_HONOURED = re.compile(rf"\b{HONORIFIC}([A-Z][\w’'-]*)")


def _through_a_voice(
    quotes: list[Quote], text: str, at: list[tuple[int, int]], starts: list[int]
) -> list[Quote]:
    """Each quote given to "a spokesman for" its speaker, a person (_for_a_person), given to
    the voice for the person: "spokesperson for Tony Blair"."""
    out = []
    honoured: set[str] | None = None  # surnames after an honorific anywhere in the text
    for quote, (start, end) in zip(quotes, at, strict=True):
        if quote.speaker is not None and " for " not in quote.speaker:
            here = max(0, bisect.bisect_right(starts, start) - 1)
            first = starts[here] if starts else 0
            voice = _VOICE_FOR_AFTER.match(text, end) or _voice_before(text, first, start)
            if voice is not None:
                if honoured is None:
                    honoured = set(_HONOURED.findall(text))
                word, named = next(
                    (voice.group(k), voice.group(k + 1))
                    for k in (1, 3)
                    if k < len(voice.groups()) and voice.group(k)
                )
                speaker = _for_a_person(word, named, quote.speaker, honoured)
                if speaker != quote.speaker:
                    quote = Quote(quote.article, quote.index, quote.text, speaker)
        out.append(quote)
    return out


_VOICE_REACH = 400  # characters before a quote read for its voice (one sentence of 400
# voices and quotes took 1.2 s reading each from the sentence's start)


def _voice_before(text: str, first: int, start: int) -> re.Match[str] | None:
    """The voice for someone that is the subject of the last verb of saying between
    ``first`` (the sentence's start) and ``start`` (the quote's), if it is one."""
    from collections import deque

    first = max(first, start - _VOICE_REACH)
    said = deque(_A_SAYING.finditer(text, first, start), maxlen=1)
    return _VOICE_FOR_BEFORE.search(text, first, said[0].end()) if said else None


# Offices before a person's name alone ("a spokesman for President Bush"); not a rank or a
# role that names firms too ("General Motors", "Captain Morgan", "Leader Newspapers": a code
# review's cases).
_HEADS = frozenset(
    ["President", "Chancellor", "Senator", "Sen", "Governor", "Gov", "Mayor", "Secretary"]
)


def _for_a_person(word: str, named: str, speaker: str, honoured: set[str]) -> str:
    """The speaker, or "``word`` for" the speaker where the voice ``word`` speaks for
    ``named``, the speaker's name, a person's: named with an honorific or an office there
    ("Mr Blair", "British Prime Minister Tony Blair", "President Bush"), or a full name whose
    surname the text gives after an honorific (``honoured``: "Michael Howard" beside "Mr
    Howard"; not one word, which may be a firm's: "Ford" beside "Mr Ford")."""
    words = named.split()
    if _name(named).split()[-1] != speaker.split()[-1]:
        return speaker
    titled = any(w in HONORIFICS or w in _HEADS for w in words[:-1]) or _name(named) != named
    if titled or (len(words) >= 2 and words[-1] in honoured):
        return f"{word} for {speaker}"
    return speaker


def _in_full(quotes: list[Quote], text: str, at: list[tuple[int, int]]) -> list[Quote]:
    """Each speaker named by a surname alone, or a title and a surname ("Ryder", "Secretary
    Austin", "Mr Brown"), by the one full name the article gives that surname: another
    quote's speaker, a name after a title or before a verb of saying ("Air Force Brig. Gen.
    Pat Ryder", "Lloyd Austin said"). One person had been named two ways in one article
    ("Pat Ryder", then "Ryder"). Where the article gives two full names for one surname, the
    one it names last before the quote (_nearest): "England captain Jason Robinson will miss
    the rest of the Six Nations ... Robinson said: "..." ... And coach Andy Robinson said"
    (a blind reader found "Robinson" ambiguous, session 48). ``at``: where each quote stands."""
    short = {q.speaker for q in quotes if q.speaker and _surname_of(q.speaker)}
    if not short:
        return quotes
    given = given_names(text)  # (read once, for _nearest and below)
    quotes = _nearest(quotes, text, at, short, given)
    short = {q.speaker for q in quotes if q.speaker and _surname_of(q.speaker)}
    if not short:
        return quotes
    full: dict[str, set[str]] = {}
    for name in [*(q.speaker for q in quotes if q.speaker), *given]:
        words = name.split()
        if a_full_name(words) and not _surname_of(name):
            full.setdefault(words[-1], set()).add(name)
    # ... and no other first name before that surname in the text: "Sir Ian Blair said"
    # beside "Tony Blair defended" leaves "Mr Blair" as he is.
    firsts = _first_names(text, {_surname_of(s) or "" for s in short})
    named = {}
    for speaker in short:
        surname = _surname_of(speaker) or ""
        found = _one_each(full.get(surname, set()))
        if len(found) != 1 or _other_sex(speaker, surname, text):
            continue
        chosen = next(iter(found))
        office = [w for w in speaker.split()[:-1] if w not in HONORIFICS and w not in _MEN | _WOMEN]
        if office and not re.search(rf"\b{re.escape(office[-1])}\s+{re.escape(chosen)}\b", text):
            # an office before the surname ("President Bush") is the full name's only when
            # the text gives it before that name too ("President George W. Bush"): "Jeb Bush
            # said" names no president
            continue
        # every first name the text writes before the surname is the full name's own
        # ("George W. Bush" beside "Laura Bush" leaves "Mr Bush" as he is)
        if firsts.get(surname, set()) <= set(chosen.split()[:-1]):
            named[speaker] = chosen
    if not named:
        return quotes
    return [
        Quote(q.article, q.index, q.text, named[q.speaker]) if q.speaker in named else q
        for q in quotes
    ]


def _one_each(names: set[str]) -> set[str]:
    """Full names of one surname, a name that another ends with left out: "Alex Ferguson"
    of "Sir Alex Ferguson", "Pierre Garnier" of "Jean-Pierre Garnier", "Gunnar Solskjaer" of
    "Ole Gunnar Solskjaer" are one person, named by the longer. (Each name's tails are looked
    up, not every other name: thousands of first names of one surname, a code review's case.)"""
    tails = {tail for name in names for tail in _tails(name)}
    return {name for name in names if name not in tails}


def _tails(name: str) -> list[str]:
    """The shorter names a full name ends with, cut at a space or a hyphen: "Jean-Pierre
    Garnier": "Pierre Garnier" (and "Garnier", which is no full name)."""
    return [name[m.end() :] for m in re.finditer(r"[ -]", name)]


def _nearest(
    quotes: list[Quote],
    text: str,
    spans: list[tuple[int, int]],
    short: set[str],
    given: list[str],
) -> list[Quote]:
    """Quotes of a speaker named by a surname alone (not after a title: "Mr Smith" could be
    John or Mary Smith, a code review's case) that the article gives two full names or more,
    each given the full name the article writes last before it, outside quotation marks
    ('Coach Andy Robinson said: "Jason Robinson is a huge loss." Robinson added: ...' is
    Andy's), when one is written before it. ``spans``: where each quote stands; ``given``:
    the people the text names in full (claims.given_names)."""
    bare = {q.speaker for q in quotes if q.speaker in short and " " not in q.speaker}
    if not bare:
        return quotes
    full: dict[str, set[str]] = {}
    for name in given:
        words = name.split()
        if words[-1] in bare and a_full_name(words) and not _surname_of(name):
            full.setdefault(words[-1], set()).add(name)
    people = {surname: _one_each(names) for surname, names in full.items()}
    wanted = {name for names in people.values() if len(names) > 1 for name in names}
    if not wanted:
        return quotes
    places = _places(text, wanted, spans)
    chosen: dict[int, str] = {}
    for k, q in enumerate(quotes):
        names = people.get(q.speaker or "", set())
        if len(names) < 2:
            continue
        written = {name: _last_before(places.get(name, []), spans[k][0]) for name in names}
        best = max(written, key=lambda n: (written[n], n))
        if written[best] >= 0:
            chosen[k] = best
    if not chosen:
        return quotes
    return [
        Quote(q.article, q.index, q.text, chosen[k]) if k in chosen else q
        for k, q in enumerate(quotes)
    ]


# A run of capitalised words (names' particles and initials among them), read once for the
# places of every full name sought.
_CAPITALISED_RUN = re.compile(
    rf"(?<![\w’'-])[{_CAPITAL}][\w’'-]*"
    rf"(?:\s+(?:[{_CAPITAL}][\w’'.-]*|de|van|von|bin|al|le|la))*"
)


def _places(text: str, names: set[str], spans: list[tuple[int, int]]) -> dict[str, list[int]]:
    """Where the text writes each of ``names`` (as a run's last words: "Sir Alex Ferguson"
    writes "Alex Ferguson"), in order, not inside a quote: one pass over the text."""
    out: dict[str, list[int]] = {}
    starts = [a for a, _ in spans]
    for m in _CAPITALISED_RUN.finditer(text):
        run = m.group(0)
        if " " not in run:
            continue
        for cut in (0, *(c.end() for c in re.finditer(r"\s+", run))):
            tail = run[cut:]
            if tail in names:
                at = m.start() + cut
                k = bisect.bisect_right(starts, at) - 1
                if k < 0 or not spans[k][0] <= at < spans[k][1]:
                    out.setdefault(tail, []).append(at)
                break
    return out


def _last_before(places: list[int], before: int) -> int:
    """The last of ``places`` (in order) before ``before``; -1 when there is none."""
    k = bisect.bisect_left(places, before)
    return places[k - 1] if k else -1


def _first_names(text: str, surnames: set[str]) -> dict[str, set[str]]:
    """The words a text writes before each of ``surnames`` as a person's first name, in one
    pass over the text (one per surname would be quadratic in an article of many)."""
    out: dict[str, set[str]] = {}
    for match in _TWO_CAPITALISED.finditer(text):
        first = match.group(1)
        surname = match.group(2).removesuffix("'s").removesuffix("’s").rstrip("'’")
        if (
            first[:1].isupper()
            and surname in surnames
            and a_full_name([first, surname])
            and not _surname_of(f"{first} {surname}")
        ):
            out.setdefault(surname, set()).add(first)
    return out


# Two capitalised words in a row, or a first name and a surname with middle initials between
# ("George W. Bush"); capitals of any script ("Élodie Martin").
_TWO_CAPITALISED = re.compile(
    r"(?<![\w’'-])([^\W\d_][\w’'-]*)\s+(?:[^\W\d_]\.\s+)*(?=([^\W\d_][\w’'-]*)(?![\w’'-]))"
)
# Titles that say whether a man or a woman speaks: "Mrs Blair said" in a text that also names
# "Mr Blair" is left as written, whichever of them the one full name is. (A text that names
# only "Laura Bush" in full and quotes "Mr Bush" still gives him her name: which first names
# are a man's or a woman's, the text does not say.)
_MEN = frozenset(["Mr", "Mr.", "Sir", "Lord"])
_WOMEN = frozenset(["Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Lady", "Dame", "Baroness"])
# Titles before a regnal name, not a surname: "King Charles" is no "Ray Charles".
_REGNAL = frozenset(
    [
        "King",
        "Queen",
        "Pope",
        "Prince",
        "Princess",
        "Emperor",
        "Empress",
        "Sultan",
        "Sheikh",
        "Emir",
    ]
)


def _other_sex(speaker: str, surname: str, text: str) -> bool:
    """Whether the speaker's title says a man or a woman and the text names the surname with
    a title of the other ("Mr Blair" in a text that names "Mrs Blair"), or the speaker is a
    woman or a man the text names by surname only under that title: then who the full name
    given is, the text does not say."""
    titles = set(speaker.split()[:-1])
    other = _WOMEN if titles & _MEN else _MEN if titles & _WOMEN else None
    if other is None:
        return False
    return (
        re.search(rf"\b(?:{'|'.join(map(re.escape, other))})\s+{re.escape(surname)}\b", text)
        is not None
    )


def _surname_of(speaker: str) -> str | None:
    """The surname of a speaker named by it alone or after titles ("Secretary Austin",
    "Mr Brown"); None for a name given in full or no name ("the American")."""
    words = speaker.split()
    if not words or not words[-1][:1].isupper():
        return None
    titles = words[:-1]
    if _REGNAL.intersection(titles):
        return None
    if all(w in HONORIFICS or w in _TITLES or w in _OFFICES or w in _RANKS for w in titles):
        return words[-1]
    return None


# A person told by a nationality, one of them: "the American said", "the Spaniard added", "the
# Scot told reporters" (not "the Americans", a people; nor "the French" or "the Chinese", a
# government as often as a person; nor "the Guardian" or "the Australian", papers). A list:
# a suffix took "the Ombudsman", "the Dean", "the Christian", "the Veteran" (a code review).
_DEMONYMS = (
    *("American", "Austrian", "Argentinian", "Belgian", "Brazilian", "Bulgarian", "Canadian"),
    *("Chilean", "Colombian", "Croatian", "Cuban", "Egyptian", "Estonian", "Ethiopian"),
    *("German", "Hungarian", "Indian", "Indonesian", "Iranian", "Italian", "Jamaican"),
    *("Kenyan", "Korean", "Latvian", "Lithuanian", "Malaysian", "Mexican", "Moroccan"),
    *("Nigerian", "Norwegian", "Palestinian", "Peruvian", "Romanian", "Russian", "Serbian"),
    *("Slovakian", "Slovenian", "Syrian", "Ukrainian", "Venezuelan", "Zimbabwean", "Georgian"),
    *("Ghanaian", "Tunisian", "Algerian", "Uruguayan", "Bolivian", "Ecuadorian", "Afghan"),
    *("Albanian", "Armenian", "Bosnian", "Cypriot", "Ugandan", "Zambian", "Frenchman"),
    *("Frenchwoman", "Dutchman", "Dutchwoman", "Englishman", "Englishwoman", "Irishman"),
    *("Irishwoman", "Welshman", "Welshwoman", "Spaniard", "Israeli", "Pakistani", "Iraqi"),
    *("Saudi", "Kuwaiti", "Somali", "Scot", "Briton", "Swede", "Dane", "Finn", "Pole", "Serb"),
    *("Croat", "Turk", "Greek", "Czech", "Argentine", "Kiwi", "Aussie", "Dominican", "Haitian"),
)
# A ranking is a role too, though "one" is a stop word: "World number one Lindsay Davenport
# has criticised Wimbledon", "British number one Tim Henman ... believes" (after a nationality or
# "world": not "Facing world number one Roger Federer on Sunday, Tim Henman played").
_RANKED = (
    r"(?:(?:World|world|Former|former|New|new|British|English|Scottish|Welsh|Irish|French"
    r"|Spanish|Australian"
    rf"|Dutch|Swiss|Swedish|Danish|{'|'.join(_DEMONYMS)})\s+){{1,2}}"
    r"number\s+(?:one|two|three|four|five|\d+)\s"
)
# A sentence that opens on a person and a verb of saying, in reported speech: "Lib Dem foreign
# affairs spokesman Menzies Campbell said Lord Goldsmith's statement still did not clear up
# the outstanding issues." (_said_before)
_SAYS_FIRST = re.compile(
    # (a connective is no name's: "However Bwalya warned his side ..." is Bwalya's)
    r"(?:(?:But|And|Yet|So|Then|Meanwhile|However|Later|Earlier),?\s+)?"
    rf"(?:{_DESCRIBED}|{_RANKED}|{_TITLED_OF})?{_TITLED_NAME}\s+{_AUXILIARY}{_NAMING}\b"
)


# What a person is, before the name, in a sentence that opens on the person doing something:
# "Shadow home secretary David Davis echoed", "France coach Bernard Laporte accepted"; no verb
# among its lower-case words ("the French international defender believes Mourinho is ..." is
# the defender's, not Mourinho's), no pronoun first ("He underlined Lib Dem plans").
# ... its last word a person's role: not a verb ("Tony Blair met Gerhard Schroeder on Monday"
# is Blair's act), nor what a club, a firm, a band, a film or a place is ("Italian side Inter
# Milan won", "Investment bank Goldman Sachs reported", "Coastal town Great Yarmouth
# flooded"), nor what befell someone ("Murder victim Mark Smith was buried"): a code review's
# cases against a first version that took any lower-case word for a role. Not after a
# conjunction or a participle that opens a clause ("If Chelsea striker Didier Drogba is fit").
_PERSON_ROLES = (
    *(t.rsplit(" ", 1)[-1] for t in LOWER_CASE_TITLES),
    *("spokesman", "spokeswoman", "spokesperson", "secretary", "minister", "chief", "editor"),
    *("analyst", "economist", "counterpart", "official", "commissioner", "chancellor"),
    *("governor", "founder", "owner", "adviser", "lawyer", "correspondent", "reporter"),
    *("presenter", "comedian", "guitarist", "drummer", "frontman", "frontwoman", "whip"),
    *("writer", "deputy", "veteran", "centre", "full-back", "fly-half", "scrum-half", "prop"),
    *("flanker", "hooker", "wing", "keeper", "forward", "batsman", "bowler", "rider"),
    *("driver", "player", "sprinter", "runner", "team-mate", "head", "candidate", "MP"),
    *("peer", "constable", "officer", "detective", "inspector", "superintendent", "commander"),
    *("general", "senator", "ambassador", "envoy", "judge", "mayor", "prosecutor", "activist"),
    *("campaigner", "professor", "scientist", "researcher", "expert", "consultant", "trainer"),
    *("jockey", "medallist", "wife", "husband", "mother", "father", "son", "daughter"),
    # (a second review's: roles of politics, sport, the arts, faith and family it found missing)
    *("backbencher", "frontbencher", "councillor", "congressman", "congresswoman", "lawmaker"),
    *("premier", "negotiator", "aide", "solicitor", "advisor", "co-chairman"),
    *("co-founder", "opener", "spinner", "lock", "centre-back", "stand-off", "seed"),
    *("compatriot", "vice-captain", "jumper", "pundit", "commentator", "columnist"),
    *("journalist", "chef", "co-star", "magnate", "supremo", "cardinal"),
    *("cleric", "imam", "rabbi", "vicar", "bishop", "archbishop", "sister", "brother", "widow"),
    *("girlfriend", "boyfriend", "friend", "resident", "strategist", "academic"),
    *("surgeon", "doctor", "teacher", "nurse", "ex-wife", "ex-husband", "partner"),
)
_ROLE_WORDS = frozenset([*_PERSON_ROLES, "champion", "star", "winner", "legend", "boss"])
# Plural nouns of offices and fields, read as a role's words though they end as a verb's "-s"
# does: "home affairs spokesman", "sports minister", "human rights lawyer".
_OFFICE_PLURALS = (
    r"(?:affairs|sports|arts|news|sales|operations|relations|communications|resources|services"
    r"|rights|works|economics|politics|customs|markets|fisheries|pensions|transport|finances)"
)
_DESCRIBED_FIRST = (
    r"(?!(?:He|She|It|They|We|I|You|If|When|While|As|After|Before|Although|Though|Because"
    r"|Once|Since|Unless|Until|With|Without|Despite|Facing)\s)"
) + _roles(
    # (nor a verb's irregular past among them: "Tony Blair met German chancellor Gerhard
    # Schroeder on Monday" is Blair's act, a second review's case)
    # (but a plural noun an office is often named by: "Lib Dem home affairs spokesman Mark
    # Oaten has branded ..." had named no one, and his "He said: ..." after it; session 54)
    rf"(?!(?!{_OFFICE_PLURALS}\b)[a-z][\w’'-]*(?:ed|[^s'’]s)\b)"
    rf"(?!(?:{'|'.join(sorted(PAST_FORMS))})\b){_ROLE}",
    rf"(?:{'|'.join(_PERSON_ROLES)})",
)
# (the person may be set off by where they are from: "Harlan Watson of the U.S. delegation
# reaffirmed his country's opposition", MultiLing M0041; then the name must be a person's in
# full, _FROM_WHERE: "U.S. Secretary of State John Kerry said" is no Secretary's set off
# by "of State John Kerry", a code review's case)
# A role set off after a name whose closing comma the writer left out: "Sergio Barrientos,
# Director of University of Chile Seismologic Service said that ...", "Mohammad Reza
# Bahonar, the deputy speaker of the Majlis of Iran has stated that ..." (MultiLing M0054,
# M0027: an analyst found their next quotes, '"...," he said.', given to no one). Only words a
# role is made of: capitalised ones, small joining words, and lower-case words of an office.
_ROLE_WORD = (
    r"(?:[A-Z][\w’'&.-]*|of|the|for|and|at|in|on|to|a|an|deputy|chief|head|former|acting|vice"
    r"|senior|general|executive|managing|assistant|associate|lead|principal|co|foreign|defence"
    r"|defense|interior|finance|justice|health|home|prime|[a-z]+(?:er|or|ist|ent|ant|man|woman"
    r"|person|ary))"
)
_UNCLOSED_ROLE = (
    rf",\s+(?:{_ROLE_WORD}\s+){{0,12}}?(?:[A-Z][\w’'&.-]*|[a-z]+(?:er|or|ist|man|woman))"
)
# (a role may be set off in two parts: "Charlotte Streck, the director of Climate Focus, a
# Rotterdam-based consultancy, said ...", MultiLing M0042)
# "The chairman of the Bar Council, Guy Mansfield QC has warned there is a real risk ..."
# (BBC politics/049, a blind reader's case: the quote after it had no speaker)
# (a body: not "The friend of the Prime Minister, Tony Blair has warned", a code review's case)
_ROLE_OF_BODY = (
    rf"The\s+(?:[a-z]+\s+)?(?:{'|'.join(_PERSON_ROLES)})\s+of\s+(?:the\s+)?"
    rf"(?:[A-Z][\w'’-]*\s+){{0,3}}(?:{'|'.join(sorted(_BODIES))}),\s+"
)
_PERSON_FIRST = re.compile(
    rf"(?:(?:But|And|So|Yet|However|Meanwhile|Earlier|Later|On\s+{_WHEN}|{_WHEN}),?\s+"
    # (the opening clause may hold a list: "Despite the emphasis on hard work, training and
    # preparation, Connors does admit ...", BBC sport/493, a blind reader's case)
    r"|(?:Despite|After|Since|Having|Though|Although)\b[^\"“”\n]{1,120}?,\s+)?"
    rf"(?:{_DESCRIBED_FIRST}|{_RANKED}|{_TITLED_OF}|{_ROLE_OF_BODY})?{_TITLED_NAME}"
    # (a clause on the person with its opening comma left out: "Mr Snow who is currently in
    # Dublin at the start of a four-nation EU visit, has applauded ...", BBC business/097)
    r"(?:,(?:\s+[^,;:\"“”]{1,120}?,){1,2}|\s+who\s+[^,;:\"“”]{1,120}?,|\s+(?:of|from)\s+(?:the\s+)?[^,;:\"“”]{1,60}?"
    rf"|{_UNCLOSED_ROLE})?"
    rf"\s+{_AUXILIARY}(?:also\s+|then\s+|still\s+)?(?:{_NAMING}|{_ACTS})\b"
)
_FROM_WHERE = re.compile(r"\s+(?:of|from)\s")
# (an act against the person, by someone else: not "Tony Blair was interviewed by the BBC's
# Andrew Marr. He said:", which is Blair's, a code review's case)
_DONE_TO = re.compile(
    r"\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:sacked|fired|dismissed"
    r"|dropped|axed|ousted|expelled|replaced|banned|suspended|fined|arrested|charged|jailed"
    r"|convicted|sentenced|criticised|criticized|condemned|attacked|accused|beaten|defeated)"
    r"\s+by\b"
)
# ... or by a role set off before them: "Haiti's justice minister, Paul Denis, stated he saw
# no reason why the missionaries should be tried in the US." (MultiLing M0068)
_ROLE_SET_OFF_FIRST = re.compile(
    rf"(?:[{_CAPITAL}][\w’'-]*(?:’s|'s)\s+)?(?:(?!(?:{_STOPS})\s)[a-z][\w’'-]*\s+){{0,3}}"
    rf"(?:{'|'.join(_PERSON_ROLES)}),\s+{_TITLED_NAME},\s+{_AUXILIARY}(?:also\s+|then\s+)?"
    rf"(?:{_NAMING}|{_ACTS})\b"
)
# ... or opens on whose view it tells: "For Jupiter analyst Olivier Beauvillain, Yahoo's
# initial decision to put its investment on search on hold was an error. "...," he said", "But
# for Allen Weiner, a research director at analyst firm Gartner ..., the future of search is
# not going to be ..." (BBC tech/337: a blind reader found six of its quotes with no speaker).
# The person is told so, by a role before the name or a description set off after it: not
# "For Northern Ireland, the defeat ended ...", "For Thierry Henry, however, ...", "For Tony
# Blair, Gordon Brown and John Prescott, ..." (a code review's cases).
_VIEW_OF = re.compile(
    rf"(?:(?:But|And|Yet|So)\s+)?[Ff]or\s+(?:{_DESCRIBED_FIRST}{_TITLED_NAME}"
    rf"|{_TITLED_NAME},\s+(?:(?:a|an|the|who|whose)\s|{_ROLE}\s+(?:of|at|for)\s)"
    r"[^,;:\"“”]{1,160}?)"
    r",\s+(?!(?:he|she|it|they|we|I|however|though|too|meanwhile)\b)"
    # (nor another person's act: "For Gordon Brown, a man who has waited years for the top
    # job, Mr Blair had warm words", a code review's case)
    r"(?!(?:Mr|Mrs|Ms|Dr|Sir)\s|[A-Z][\w'’-]*\s+[A-Z][a-z])"
)
# A body whose person is named after it: "the Economist Intelligence Unit's Mr Hensel".
_OWNED_BY = r"the\s+(?:[A-Z][\w-]*\s+){0,4}[A-Z][\w-]*['’]s\s+"
# ... or ends on the person saying it, the person's role before the name: ", said State
# Department spokesman P. J. Crowley." (MultiLing M0060)
_PERSON_LAST = re.compile(
    rf",\s+(?:{_NAMING}\s+(?:{_DESCRIBED})?{_TITLED_NAME}"
    rf"|{_TITLED_NAME}(?:,\s+(?:the|a|an)\s+[^,;:\"“”]{{1,120}}?,)?\s+{_NAMING})(?:[.!?]$|,\s)"
    # ... or "according to" the person, at the sentence's end, told a person by a title, a
    # role before the name or a role set off after it: not "according to Nielsen SoundScan.",
    # "according to Goldman Sachs." (bodies), nor a clause that goes on after it (a code
    # review's cases)
    rf"|,\s+according\s+to\s+(?:{_OWNED_BY})?(?:{_DESCRIBED}{_TITLED_NAME}"
    rf"|({HONORIFIC}[A-Z][\w’'-]+)|(?:{_CAPITAL_OFFICE})\s+{_TITLED_NAME}"
    rf"|{_TITLED_NAME},\s+(?:(?:the|a|an)\s+)?{_ROLE}\b"
    r"[^,;:\"“”]{0,120}?)[.!?]$"
)  # (", Paul-Lois Arslanian, the leader of the French ... agency BEA, said.", MultiLing M0087)
# Initials that name a place or a body, not a person's first names: "U.S. Army", "A.C. Milan".
_NOT_INITIALS = r"(?:U\.\s?[SKN]|E\.\s?U|N\.\s?Y|L\.\s?A|D\.\s?C|A\.\s?C|S\.\s?A|F\.\s?C)\."
_A_PERSON = re.compile(
    rf"(?:(?:{_ABBREVIATED}|Sir|Lord|Lady|Dame|Miss)\.?\s+[{_CAPITAL}][\w’'-]+"
    rf"|(?!{_NOT_INITIALS})(?:[A-Z]\.\s?){{1,3}}[{_CAPITAL}][a-zà-ÿ][\w’'-]+"  # "P. J. Crowley"
    rf"|[{_CAPITAL}][a-zà-ÿ]+(?:-[{_CAPITAL}][a-zà-ÿ]+)?"  # "Paul-Lois Arslanian"
    rf"(?:\s+(?:{_PARTICLES}\s+)?[{_CAPITAL}][\w’'-]+){{1,2}})"
)
_NOT_A_NAME = frozenset(["earlier", "later", "yesterday", "today", "now", "then", "meanwhile"])


def _someone(found: str, text: str) -> bool:
    """Whether the words name one person: _a_person, or one word the text gives elsewhere
    after a first name or a title (_named_in_full); no word of a club's, a place's or a
    body's name (_NOT_SURNAMES: "Manchester United", "Downing Street", "Labour Party"), no
    "St" ("St Helens")."""
    words = found.split()
    if words[0].rstrip(".") == "St" or any(w.rstrip(".,") in _NOT_SURNAMES for w in words):
        return False
    return _a_person(found) or _named_in_full(found, text)


# After a name, what makes it many: a plural verb ("St Helens have signed", BBC's clubs) or
# the people it qualifies ("White House officials denied the report").
_MANY = re.compile(
    r"\s+(?:have|were|are|officials|leaders|staff|fans|players|police|ministers|members"
    r"|sources|shares|supporters|executives)\b"
)


def _a_person(found: str) -> bool:
    """Whether the words that open a sentence name a person (_A_PERSON), not a body ("The
    Reds"), a clause ("If Steam", "As Britain"), an adverb ("Earlier Tony Blair") or what is
    a person's ("Mr Snow's comments")."""
    first = found.split()[0].lower()
    return (
        _A_PERSON.fullmatch(found) is not None
        and first not in stop_words("english")
        and first not in _NOT_A_NAME
        and not found.endswith(("'s", "’s"))
    )


# Words that end names of clubs, places and bodies: "Manchester City" makes no surname of
# "City" ("City recently announced debts of £62m, but Wardle confirmed ...").
_NOT_SURNAMES = frozenset(
    [
        "Kong",
        "Zealand",
        "Madrid",
        "Treasury",
        "Government",
        "Ministry",
        "Department",
        "City",
        "United",
        "Town",
        "County",
        "Rovers",
        "Athletic",
        "Wanderers",
        "Albion",
        "Villa",
        "Palace",
        "Forest",
        "Park",
        "Street",
        "House",
        "Party",
        "Council",
        "Office",
        "Bank",
        "Group",
        "Road",
        "Square",
        "Hall",
        "Court",
        "Cup",
        "League",
    ]
)


def _named_in_full(word: str, text: str) -> bool:
    """Whether one capitalised word is a person's surname: the text writes it elsewhere after
    a first name or a title ("Ivan Ljubicic", "Mr Streck"; not after a word that opens a
    sentence, "But Chelsea")."""
    if " " in word or not word[:1].isupper() or word in _NOT_SURNAMES:
        return False
    return word in _after_first_names(text)


@functools.lru_cache(maxsize=16)
def _after_first_names(text: str) -> frozenset[str]:
    """The capitalised words of a text that follow a first name or a title: read once per
    article (a quote's "he said" asked the whole text again each time: 1,000 quotes in one
    article had taken 53 s, a code review's case)."""
    found: set[str] = set()
    stops = stop_words("english")
    for first, second in pairwise(_CAPITALISED.finditer(text)):
        between = text[first.end() : second.start()]
        word = first.group()
        if (between == " " and _FIRST_NAME.fullmatch(word) and word.lower() not in stops) or (
            between in (" ", ". ") and _TITLE_WORD.fullmatch(word)
        ):
            found.add(second.group().removesuffix("'s").removesuffix("’s"))
    return frozenset(found)


_FIRST_NAME = re.compile(r"[A-Z][a-z]+")
_TITLE_WORD = re.compile(_ABBREVIATED)


_DOUBLE_MARK = re.compile(r"[\"“”«»„]")
# ... after a word that joins it to the sentence before, or says when, and with a word
# between the pronoun and its verb: "Afterwards he said:", "But he also said:", "He further
# said that" (MultiLing M0035, M0074).
_PRONOUN_LEADS = re.compile(
    r"\s*(?:(?:but|and|however|afterwards|later|then|earlier|meanwhile|yet|still|now|today"
    r"|separately|finally|previously)\b,?\s+)?"
    rf"(he|she)\s+(?:(?:also|further|later|then|again|once|[a-z]+ly)\s+)?{_LEAD}",
    re.IGNORECASE,
)


# A person named after a quote by a role alone: '"... very low," the president said to
# reporters' after "French president Nicolas Sarkozy said he was pessimistic ..." (MultiLing
# M0085), '"...," the manager added'.
_ROLE_AFTER = re.compile(
    rf"[\s,]*the\s+(?:[a-z]+\s+){{0,2}}({'|'.join(_PERSON_ROLES)})\s+{_NAMING}\b"
)  # (and "the prime minister said", "the former president said": the role's last word)
# A pronoun's verb of saying inside a sentence: the words are that person's, whoever opens it.
# (not "said he was pessimistic": reported speech, whose subject is the sentence's own)
_PRONOUN_SAYING = re.compile(rf"\b(?:he|she|they)\s+(?:also\s+)?{_NAMING}\b")
_THE_DEMONYM = re.compile(rf"(?<![\w.’'-])[Tt]he\s+(?:{'|'.join(_DEMONYMS)})$")


_OPENING_REACH = 400  # characters a sentence's opening is read back from its quote


def _said_before(
    text: str,
    starts: list[int],
    start: int,
    end: int,
    last: tuple[int, int, str] | None = None,
    whole: str | None = None,
) -> str | None:
    """The speaker of a quote that "he" or "she" says, named in the sentence just before it,
    which opens on that person and a verb of saying (or doing, or ends on one saying it:
    _PERSON_FIRST, _PERSON_LAST): 'Menzies Campbell said Lord Goldsmith's
    statement still did not clear up the outstanding issues. "If his original advice ...
    how was it that he resolved any such doubts?" he said.' (bbc-politics/327; news names who
    speaks, then goes on with "he said"), in its paragraph or at the end of the one before (BBC
    prints a paragraph a sentence: "Vincent Cable, for the Liberal Democrats, accused Mr Brown
    of ducking tough choices. || He said: "..."", bbc-politics/128); not further back, not a
    pronoun of the other sex ("Mr ..." and "she"), not when the sentence before holds a quote
    of its own, unless ``last`` (the last quote given a speaker: span, who) is there and that
    person's: 'Blinken said India and the U.S. continue to "..." || He said the nations
    discussed the crisis in the Middle East and "we appreciate ..."' (the sample's 004).
    ``whole``: the article's text, which says who is a person, where ``text`` is not it."""
    after = _AFTER.match(text[end : end + 120].partition("\n")[0])
    pronoun = after.group(after.re.groups) if after else None  # _AFTER's last: "he said"
    role = None  # "... ," the president said': who is the president, the sentence before says
    bare = False  # the quote is its whole sentence and says nothing of whose it is
    inherited = False  # the speaker is the last quote's, from the sentence before
    if pronoun is None:
        titled = _ROLE_AFTER.match(text, end, min(len(text), end + 80))
        if titled is not None:
            pronoun, role = "either", titled.group(1)
    here = bisect.bisect_right(starts, start) - 1
    # (what opens the quote's sentence is read within _OPENING_REACH characters of it: a
    # "sentence" of 285,000 characters with no full stop took 31 s over its 2,000 quotes)
    opens = start - _OPENING_REACH > starts[here] if here >= 0 else True
    if pronoun is None and here >= 0 and not opens:
        # ... or before it, opening its sentence: 'WRU chairman David Pickering said the
        # structure would end problems of player availability. He added: "..."'
        leads = _PRONOUN_LEADS.fullmatch(text, starts[here], start)
        pronoun = leads.group(1) if leads else None
    if (
        pronoun is None
        and here >= 1
        and not opens
        and _bare(text, starts, here, start, end)
        and _STANCE.search(text, starts[here - 1], starts[here])
    ):
        # ... or nothing at all: a quote that is its sentence, after a sentence that opens on
        # one person (of either sex) saying or doing something: 'UN Peacekeeping Chief Alain
        # LeRoy said the organisation is working to learn the fate of its personnel. "As we
        # speak there are still over 100 people unaccounted for ..."' (MultiLing M0062); a
        # reader found 177 of 182 such speakers right over BBC, CNN/DM and MultiLing. Only
        # after a sentence with a verb of saying or of a stance taken, not of asking: "Burger,
        # 21, was recently crowned player of the year." (BBC sport/382), "Gary Brown was
        # charged with murder on Friday.", "Andrew Marr asked the prime minister about the
        # war" open on whom the quote is about, or who heard it (a reader's and a code
        # review's cases).
        pronoun, bare = "either", True
    described = _BEFORE.search(text, starts[here], start) if pronoun is None and not opens else None
    if described and _THE_DEMONYM.search(text, starts[here], described.end(1)):
        # ... or what the person is, of either sex: 'Lindsay Davenport has criticised
        # Wimbledon ... Reacting to a comment by chairman Tim Phillips, the American said:'
        pronoun = "either"  # (if the sentence before names one person at most: _one_named)
    if pronoun is None or pronoun.lower() not in ("he", "she", "either"):
        return None
    if here < 1:
        return None
    before = text[starts[here - 1] : start]
    if before.strip().count("\n") > 2:  # (one paragraph break, "\n\n", between them at most)
        return None
    # (a phrase of a few words quoted in it is the person's own word for something: "Sergio
    # Barrientos, Director of University of Chile Seismologic Service said that it is a "late
    # aftershock" of the February earthquake. "This seism is ...," he said.", MultiLing M0054)
    # ... when it names no one else: "Hewitt said he had had a "gutful" of trying ... but
    # Tennis Australia's Geoff Pollard rejected his comments. "We did ask for it to be made
    # faster," he said." is Pollard's (BBC sport/487)
    marked = _DOUBLE_MARK.search(text, starts[here - 1], starts[here]) is not None
    quoted = marked and any(
        len(next((g for g in m.groups() if g), "").split()) >= _MIN_WORDS
        or not _DOUBLE_MARK.search(m.group(0))
        for m in quotation_matches(text[starts[here - 1] : starts[here]])
    )
    phrase = marked and not quoted
    if quoted and (last is None or not starts[here - 1] <= last[0] < starts[here]):
        return None
    # (an aside between dashes is no part of who acts: "Paul Myers, chief executive of Wippit
    # - a peer to peer service which provides paid-for music downloads - believes ...", a
    # blind reader's case, session 56)
    sentence = _DASHED_ASIDE.sub(" ", text[starts[here - 1] : starts[here]].rstrip())
    found = _SAYS_FIRST.match(sentence)
    who = found.group(1) if found is not None else None
    if who is not None and found is not None and _CLAIMING_AT.search(found.group()):
        # "Microsoft admitted the flaw was serious", "The Treasury confirmed the figures"
        who = who if _someone(who, whole or text) else None
    if who is None:
        # ... or on that person doing something, or ending on that person saying it: 'Mr
        # Cable also accused the chancellor of ducking tough choices. He argued: "..."',
        # 'Ian McCafferty, chief economist at the CBI, said the MPC faced a challenge.',
        # '..., warned Mr Cracknell.', '..., said Mr Fahey, ...' (_someone: not "St Helens
        # have signed", "White House officials denied", "Real Madrid sacked their coach")
        named = []
        for found in (
            _PERSON_FIRST.match(sentence)
            or _ROLE_SET_OFF_FIRST.match(sentence)
            or _VIEW_OF.match(sentence),
            _PERSON_LAST.search(sentence),
        ):
            if found is None:
                continue
            group = next((k for k, g in enumerate(found.groups(), 1) if g), 0)
            who = found.group(group) if group else None
            many = group and _MANY.match(sentence, found.end(group))
            if who is not None and _FROM_WHERE.match(sentence, found.end(group)):
                who = who if _a_person(who) else None
            if who is not None and _DONE_TO.match(sentence, found.end(group)):
                # ("Mutu was sacked by Chelsea ... - a move Wenger has backed. But he said:" is
                # Wenger's: the one something was done to is not who speaks next, a blind
                # reader's case, session 55)
                who = None
            if who is not None and _someone(who, whole or text) and not many:
                named.append(who)
        # (one person who acts and another who says so: "Tony Blair did the right thing,
        # said Labour MP Jane Smith." tells not whose the next quote is, a code review's case)
        who = named[0] if len({_name(w).split()[-1] for w in named}) == 1 else None
    if (
        who is None
        and quoted
        and last is not None
        and starts[here - 1] <= last[0] < starts[here]
        and not _NAMED_LEAD.search(text, max(starts[here], start - _OPENING_REACH), start)
        and not _next_quote_named(text, end)
        and _attribution_ends(text[last[1] : starts[here]])
    ):
        # ... or that quotes the person before naming them: '"We can say there is a little
        # less uncertainty," Paul-Lois Arslanian, the leader of ... BEA, said. However, he
        # added that "it is premature ..."' (MultiLing M0087; a reader found 100 of 101 such
        # speakers right over BBC, CNN/DM and MultiLing). Not when the quote's own sentence
        # names someone before it ('Kisrty Williams, for the Lib Dems, added: "..."', BBC
        # politics/124), nor when the quote right after it is someone named's, nor when the
        # sentence goes on past its attribution ('"The plan is fair," Mr Blair said, as in
        # Paris Jacques Chirac attacked it. "It is unacceptable to France."').
        who, inherited = last[2], True
    if who is None or who.split()[0].lower() in _PRONOUNS:
        return None
    if (bare or inherited) and _names_in(text[start:end], who):
        return None  # "Mark was a kind and generous young man." is not Mark Jones's
    opener = who.split()[0]
    if pronoun == "either" and (
        (opener.istitle() and opener.lower() in stop_words("english"))
        or _PRONOUN_SAYING.search(sentence)
    ):
        # "When asked whether ..., he replied:" opens on no one ("UN Peacekeeping Chief Alain
        # LeRoy" and "US Secretary ..." do); "Mr Blair has failed to tackle these problems, he
        # claimed" is another's claim about Mr Blair
        return None
    if (phrase or quoted) and _names_another(sentence, who):
        return None
    if pronoun == "either" and not _one_named(sentence):
        return None  # "Tony Blair met Jacques Chirac. The Frenchman said": the second, told so
    near = text[max(0, start - _CALLED_REACH) : end + _CALLED_REACH]
    if role is not None and not _called(near, who, role):
        return None  # the president is the person the sentence before calls one
    name = _name(who)
    if quoted and last is not None and name != last[2]:
        return None  # the quote before is another's: 'Smith read Jones's letter: "..."'
    own = _HONORIFIC_OF.get(who.split()[0].rstrip("."))
    return name if own in (None, pronoun.lower()) or pronoun == "either" else None


# A name, perhaps set off, and a verb of saying just before a quote: 'Kisrty Williams, for the
# Lib Dems, added: "..."' (a name _speaker does not read, misspelt or not).
_NAMED_LEAD = re.compile(
    r"(?<![\w'’-])(?!(?:He|She|They|It|We|I|But|And|However|Then|Later|Meanwhile)\b)"
    rf"[{_CAPITAL}][\w'’-]*(?:\s+[{_CAPITAL}][\w'’-]*)*(?:,\s+[^,\"“”]{{1,80}},)?\s+{_NAMING}"
    r"\s*[:,]?\s*$"
)


def _attribution_ends(tail: str) -> bool:
    """Whether what follows a quote to its sentence's end is its attribution alone (perhaps
    with who the speaker is: "said Ulrich Schulte-Strathaus, secretary general of ..."), no
    clause of its own after it (", as in Paris Jacques Chirac attacked it.") and no second
    voice (", whom Reuters quoted as the market said it would fall")."""
    return not _CLAUSE_AFTER.search(tail) and len(_SAYS_IN_TAIL.findall(tail)) <= 1


_SAYS_IN_TAIL = re.compile(rf"\b{_NAMING}\b")  # (two: another speaks there too)
_CLAUSE_AFTER = re.compile(
    r",\s+(?:as|while|but|after|when|and|before|although|though|whereas|because|since"
    r"|responding|replying|in\s+response|in\s+reply)\b"
)


def _next_quote_named(text: str, end: int) -> bool:
    """Whether the quote right after the one ending at ``end`` is given to someone named
    just after it: '"We are here because we fear about our safety." "We do not want the sea to
    catch us here," Edith Larrain told reporters.'"""
    paragraph = text.find("\n", end)
    stop = min(len(text), end + 600) if paragraph < 0 else min(paragraph, end + 600)
    following = next(quotation_matches(text[end:stop]), None)
    if following is None or following.start() > 3:  # (right after it: one speech goes on)
        return False
    after = _AFTER.match(text[end + following.end() : stop])
    return after is not None and after.group(after.re.groups) is None


_TEXT_OR_VOICE = re.compile(
    rf"\b(?:{_OTHERS}|{_NAMING}|chanting|chanted|shouting|banners?|signs?)\b"
)


def _ends_on_speaker(text: str, starts: list[int], end: int) -> str | None:
    """The person a quote's sentence ends on, saying it, when the quote is a phrase inside
    the sentence: 'US embassy personnel were "literally in the dark" due to power failures,
    said State Department spokesman P. J. Crowley.' (MultiLing M0060); not when someone else
    acts in the sentence (_names_another)."""
    here = bisect.bisect_right(starts, end) - 1
    if here < 0:
        return None
    until = starts[here + 1] if here + 1 < len(starts) else len(text)
    if until - end > _OPENING_REACH or end - starts[here] > _OPENING_REACH:
        return None  # (read within reach of the quote: a sentence may be a whole book)
    sentence = text[starts[here] : until].rstrip()
    if not sentence.endswith((".", "!", "?")):
        return None
    found = _PERSON_LAST.search(sentence, max(0, end - starts[here]))
    if found is None or found.end() != len(sentence):
        return None
    opening = sentence[: max(0, end - starts[here])]
    if _TEXT_OR_VOICE.search(opening):
        return None  # 'The protesters chanted "down with the government" ..., said witness
        # Ahmed Ali.': the chant is the protesters', a sign's words the sign's (a code review)
    who = next((g for g in found.groups() if g), None)
    if who is None or not _someone(who, text) or _names_another(sentence, who):
        return None
    return _name(who)


_CALLED_REACH = 3000  # characters around a quote read for what its speaker is called


def _called(before: str, who: str, role: str) -> bool:
    """Whether the text around a quote calls ``who`` the ``role`` somewhere: just before the
    name ("French president Nicolas Sarkozy", "defence minister Rajnath Singh", the sample's
    003) or set off after it ("Sarkozy, the French president,"); not a role given another
    ("Tsvangirai accused the president of rigging the vote", a code review's case)."""
    described = re.compile(rf"\b{re.escape(role)}\b", re.IGNORECASE)
    if described.search(who):
        return True  # "Prime Minister Tony Blair"
    surname = re.compile(rf"\b{re.escape(_name(who).split()[-1])}\b")
    for found in surname.finditer(before):
        at = found.start()
        near = described.search(before, max(0, at - 40), at)
        if near is not None and not re.search(r"[,;.]|\bthe\b", before[near.end() : at]):
            return True
        after = rf",\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,3}}{re.escape(role)}\b"
        if re.match(after, before[found.end() :]):
            return True
    return False


def _bare(text: str, starts: list[int], here: int, start: int, end: int) -> bool:
    """Whether the quote at ``start:end`` is the whole of its sentence (sentence ``here``),
    with nothing before it and only its closing full stop after it: no word says whose it
    is. (Not a question or an exclamation, whose sentence the splitter may end before its
    speaker: '"... go against the movie?" Mr Kashyap's lawyer Mihir Desai said.')"""
    if text[starts[here] : start].strip():
        return False
    until = starts[here + 1] if here + 1 < len(starts) else len(text)
    closing = text[max(start, end - 8) : end].rstrip(" \t\n\"'”’»“")
    return closing.endswith(".") and until - end < 8 and not text[end:until].strip(" \t\n.")


def _names_in(quote: str, who: str) -> bool:
    """Whether a quote names the person (a first name or a surname of two letters or more):
    then it speaks of them, and is not theirs."""
    return any(
        mentions(quote, w)
        for w in who.replace(".", " ").split()
        if len(w) > 2 and w[:1].isupper() and w not in HONORIFICS
    )


# A verb of saying or of taking a stance, anywhere in a sentence (not of asking: the one who
# asks is not the one who answers).
_STANCE = re.compile(
    rf"\b(?!(?:asked|asks|pressed|interviewed)\b)(?:{_NAMING}|believes?|believed|thinks?|thought|urged|agreed|described|accused"
    r"|criticised|criticized|welcomed|acknowledged|promised|questioned|rejected|defended"
    r"|disagreed|reacted|expressed|hopes|hoped|feels|felt|wants|wanted|called|blamed|praised"
    r"|condemned|dismissed|echoed|repeated|reaffirmed|continued|confident|convinced|adamant"
    r"|maintained|maintains|applauded|hailed|backed|attacked|slammed|complained|complaining"
    r"|dismissive|keen|hoping|relieved|delighted|pleased|disappointed|tell|warn|argue|argues"
    r"|saying|blame|blames|blamed|suggested|defended|questioned|insisted|vowed|pledged|ruled"
    r"|concluded|judged)\b"
)


# A name that acts: "Hewitt said", "Geoff Pollard rejected", "the prosecutor, Mr Jones,
# welcomed", "Pollard has rejected", "Pollard quickly rejects"; or acts on another, "was
# described as ... by Mr Jones" (two actors in a sentence before "he said": whose words the
# quote after it gives is not told; code reviews' cases).
_ACTOR = re.compile(
    rf"\b(?:(?:{_ABBREVIATED}|Sir|Lord|Lady|Dame|Justice)\.?\s+)*([{_CAPITAL}][\w’'-]+)"
    r",?(?:\s+[^,\"“”]{1,80},)?\s+"
    r"(?:(?:has|have|had|also|then|later|[a-z]+ly)\s+)?"
    rf"(?:[a-z]+ed|[a-z]+[^s'’\s]s|{_IRREGULAR_PASTS})\b"
    rf"|\bby\s+(?:(?:{_ABBREVIATED}|Sir|Lord|Lady|Dame)\.?\s+)?([{_CAPITAL}][\w’'-]+)"
)


def _names_another(sentence: str, who: str) -> bool:
    """Whether a sentence that quotes has someone besides ``who`` act (_ACTOR) in a clause of
    its own ("... but Geoff Pollard rejected his comments", "... after the judge, Mr Justice
    Jones, dismissed his appeal") or on another ("was described as ... by Mr Jones"): then
    whose words the next quote's "he said" gives is not told. Names that act in what the
    person says are the person's words ("Ian McCafferty ... said the MPC faced an
    "interesting" challenge")."""
    own = set(who.split())
    for m in _ACTOR.finditer(sentence):
        agent = m.group(2)
        if agent is not None:
            # (the agent of the sentence's own passive verb, not of a phrase in what the
            # person says: "the UK's rebate, secured in 1984 by Margaret Thatcher")
            if agent not in own and _PASSIVE_FIRST.match(sentence, 0, m.start()):
                return True
            continue
        if m.group(1) not in own and _ANOTHER_CLAUSE_OPENS.search(sentence, 0, m.start()):
            return True
    return False


# A sentence whose first verb is a passive: "Mr Smith was described as ... by Mr Jones".
_PASSIVE_FIRST = re.compile(
    r"[^,;\"“”]*?\b(?:was|were|is|are|has been|have been|had been)\s+(?:[a-z]+ly\s+)?"
    rf"(?:[a-z]+ed|{_IRREGULAR_PASTS})\b"
)
# Where a sentence's next clause opens: its actor is not what the person said.
_ANOTHER_CLAUSE_OPENS = re.compile(
    r"(?:\b(?:but|while|whereas|although|though|after|before|when|and then)\b|;)[^;]*$"
)


def _one_named(sentence: str) -> bool:
    """Whether a sentence names one person at most, in full or by a title (_A_PERSON), past
    names of places and events ("won at Roland Garros", "in the New York Marathon")."""
    stops = stop_words("english")
    named = set()
    for m in _A_PERSON.finditer(sentence):
        if _PLACE_BEFORE.search(sentence, max(0, m.start() - 6), m.start()):
            continue
        # (nor a function word that opens the sentence before a name: "Despite England's
        # dramatic dip in form ..., Ireland coach Eddie O'Sullivan says" names one person, BBC
        # sport/323. Tried: its words past the function word kept, so that "But Tony Blair
        # told Gordon Brown" names two, as a code review asked; it read "But Lib Dem leader
        # Charles Kennedy said" as two people too, and lost three right speakers of 9,357.)
        # (nor a body: "Bar Council chairman Guy Mansfield has warned ..." names one person,
        # a blind reader's case, session 57)
        # (nor words that open a person's role: "Double Olympic champion Kelly Holmes was back
        # to her best" names one person, BBC sport/069, a blind reader's case)
        role = _ROLE_NEXT.match(sentence, m.end())
        if role is not None and role.group(1) in _ROLE_WORDS:
            continue
        # (nor the rest of a longer name, nor an event's: "at the Norwich Union Birmingham
        # Indoor Grand Prix", the same reader's case)
        if _NAME_GOES_ON.search(sentence, max(0, m.start() - 40), m.start()):
            continue
        # (nor the one spoken to: "Mr Blair told BBC One's Andrew Marr:", "Mr Solana told
        # ITV1's Jonathan Dimbleby programme: ...", a code review's cases)
        if _HEARER_BEFORE.search(sentence, max(0, m.start() - 60), m.start()):
            continue
        if m.group(0).split()[-1] in _EVENTS:
            continue
        if m.group(0).split()[0].lower() not in stops and m.group(0).split()[-1] not in _BODIES:
            named.add(m.group(0))
    return len(named) <= 1


_ROLE_NEXT = re.compile(r"\s+([a-z][\w'’-]*)\s+[A-Z]")
# (not a possessive: "beat America's Andre Agassi" names Agassi, a code review's case)
_HEARER_BEFORE = re.compile(
    r"\b(?:told|to|by)\s+(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*['’]s\s+$"
)
_NAME_GOES_ON = re.compile(r"(?<![\w'’-])[A-Z][\w-]*\s+$")
_EVENTS = frozenset(
    ["Prix", "Championships", "Championship", "Cup", "Games", "Open", "Marathon", "Trophy"]
)


_DASHED_ASIDE = re.compile(r"\s[-–—]\s[^.!?\"“”]{1,120}?\s[-–—]\s")
_PLACE_BEFORE = re.compile(r"\b(?:at|in|on|the|of|from)\s+$", re.IGNORECASE)


def _shares_attribution(text: str, end: int, quote: str) -> str | None:
    """The speaker of a quote that goes on in its sentence to another quote the text gives to
    someone after it, with no verb of saying, sentence end or line between: '"British
    leaders have miscalculated this issue. This case may face a legal path" if we are faced
    with "fuss, and wrong behavior from Britain," added Larijani.' (MultiLing M0026) is
    Larijani's twice; a quote that ends its sentence does not go on."""
    if quote.rstrip("\"”’'» ").endswith((".", "!", "?")):
        return None
    opened = text.rfind(quote[:20], max(0, end - len(quote) - 40), end)
    if _OTHERS_BEFORE.search(text, max(0, opened - 40), max(0, opened - 1)):
        return None  # 'banners reading "No more war for oil"': a banner's words
    later = QUOTED.search(text, end, min(len(text), end + 160))
    if later is None or _SHARED_BREAK.search(text[end : later.start()]):
        return None
    return _named_after(text, later.start(), later.end()) or None


_SHARED_BREAK = re.compile(
    rf"\n|[.!?;:](?=\s|$)|\b{_VERBS}\b|\b(?:he|she|they|saying|was|were)\b", re.I
)  # ('"We want peace" was the message from the crowd, but "..." said Bush': the crowd's)
_OTHERS_BEFORE = re.compile(rf"\b{_OTHERS}\s*[:,]?\s*$", re.I)


def _goes_on(text: str, start: int, end: int, before: int, after: int, speaker: str) -> str | None:
    """The speaker of a quote that opens its paragraph with no one named for it, when a quote
    in the paragraph just before has one: news goes on quoting the last person named until it
    names another ('"...," said Mr Frost.' then a paragraph of '"..."' alone is his). Not
    when the quote's own paragraph says someone else says it ('..." a local resident told
    reporters': a speaker _AFTER cannot name; "he said" goes on with the last person named),
    nor when the paragraph before
    names someone else after its quote ('... said Mr Frost. But Jane Roe disagreed.'). Nor
    into a heading (a line without a final full stop, "'We are here because we fear about
    our safety': Residents scramble after second earthquake", MultiLing M0056, whose words
    are a resident's, not the mayor's before it), nor into a quote the next piece of which
    (with nothing between) the text gives to someone else."""
    opens = text.rfind("\n\n", 0, start) + 2 if "\n\n" in text[:start] else 0
    if text[opens:start].strip():
        return _goes_on_within(text, start, end, after, speaker)
    closes = text.find("\n", end)
    closes = len(text) if closes < 0 else closes
    rest = text[end:closes].strip()
    inside = text[start:end].strip("\"“”‘’'«»„` ")
    if (rest.startswith(":") and not rest.endswith((".", "!", "?", '"', "”", "’"))) or (
        not rest and not inside.endswith((".", "!", "?", ",", "…", "-", "—"))
    ):
        return None  # a heading
    # The quotes that go on from this one with nothing between (a paragraph's quote in
    # several pieces; BBC's text joins paragraphs into one line, so a quote further on the
    # line is often another paragraph's, another speaker's).
    joined = end
    for later in QUOTED.finditer(text, end, closes):
        if text[joined : later.start()].strip():
            break
        other = _speaker(text, later.start(), later.end())
        if other is not None and other.split()[-1] != speaker.split()[-1]:
            return None  # not "Mr Seller" for "James Seller"
        joined = later.end()
    previous = text.rfind("\n\n", 0, max(0, opens - 2)) + 2
    if "\n\n" not in text[: max(0, opens - 2)]:
        previous = 0
    if not previous <= before < opens or _someone_else_says(text, end, speaker):
        return None
    named = set(re.findall(r"\b[A-Z][\w'’-]*", QUOTED.sub(" ", text[after:opens])))
    # (the words of the last quote's own attribution are its speaker's: "... U.S. State
    # Department spokesperson Matthew Miller said." then a paragraph of a quote alone, the
    # sample's 004)
    return (
        speaker
        # (not what its description or tail names when this quote says "she said": "... said
        # Michael Smith, the lawyer for Jane Doe." then '"I did nothing wrong," she said.')
        if named
        <= set(speaker.split())
        | _own_attribution(
            text,
            after,
            text[after:opens],
            _PRONOUN_NEXT.match(text, end, min(len(text), end + 40)) is None,
        )
        else None
    )


def _own_attribution(text: str, after: int, between: str, tails: bool = True) -> set[str]:
    """The capitalised words of the attribution that follows the last quote (ending at
    ``after``), when ``between`` (the text from there on) opens with it: its speaker's,
    however described. '"...," said Wales coach Mike Ruddock. "He did a great job ..."' (BBC
    sport/291), 'Will Davies, senior research fellow at the IPPR told the BBC News website.'"""
    own = _AFTER.match(between) or _APPOSED_AFTER.match(between)
    if own is None:  # "Chen Qigang, the ... designer, said Sunday during a radio interview."
        anywhere = _APPOSED_AFTER_ANYWHERE.match(between)
        if anywhere is not None and not _ANOTHER_CLAUSE.search(anywhere.group("tail") or ""):
            own = anywhere
    if own is None or _closed(text, after):
        # a quote that closes on a full stop has ended its sentence: a name and a verb after
        # it open the next, someone else's ('... difficulty." Conservative spokesman Glyn
        # Davies said that ...', BBC politics/101)
        return set()
    words = set(_CAPITALISED.findall(own.group(0)))
    if not tails:
        return words
    # ... and what the speaker is, after the name to the sentence's end: '"...," said David
    # Millar of the United Kingdom, who rides for Saunier Duval-Prodir. "It makes me sad."'
    # (MultiLing M0034), '"...," said Tony Blair, the prime minister. "..."'
    described = _DESCRIBED_TAIL.match(between, own.end())
    if described is not None and not _ANOTHER_ACTS.search(described.group(0)):
        words |= set(_CAPITALISED.findall(described.group(0)))
    # ... and where, when and to whom it was said, to the sentence's end, with no verb of its
    # own: '"...," Chen Qigang said during his radio interview with Beijing Music Radio.
    # "Finally, we made the decision ..."' (MultiLing M0096, a fresh reader's case)
    told = _TOLD_TAIL.match(between, own.end())
    if told is not None and not _ANOTHER_CLAUSE.search(told.group(0)):
        words |= set(_CAPITALISED.findall(told.group(0)))
    return words


def _goes_on_within(text: str, start: int, end: int, after: int, speaker: str) -> str | None:
    """The speaker of a quote that follows the last one in its paragraph with nothing between
    but that quote's own attribution: '"...," Greenspon told CTV News. "Even with that, two of
    the seven were acquitted."' (MultiLing M0016), 'Marc Garlasco said "...," "MPs on trial
    tried to raise this..."' (M0077). No name between but the speaker's and whom the speaker
    told, at most one sentence end, the same line; and not when the quote's own sentence says
    someone else says it."""
    if start - after > _OPENING_REACH:
        return None  # (a code review: a long sentence of quotes made this quadratic)
    between = text[after:start]
    if "\n" in between or len(_SENTENCE_END.findall(between)) > 1:
        return None
    # (not the names after its speaker when this quote says "she said": "... said John Smith
    # at a joint news conference with Angela Merkel. "Germany stands with Britain," she
    # said." is hers, a code review's case)
    says_pronoun = _PRONOUN_NEXT.match(text, end, min(len(text), end + 40)) is not None
    allowed = set(speaker.split()) | _own_attribution(text, after, between, not says_pronoun)
    between = _HEARD.sub("told", QUOTED.sub(" ", between))
    # where it was said names no one: '"...," he told athletes in the National Stadium. "The
    # world learned about China ...," he said.' (MultiLing M0090, Jacques Rogge's)
    between = _WHERE_SAID.sub(" ", between)
    named = set(_CAPITALISED.findall(between)) - {"He", "She"}
    if not named <= allowed or _someone_else_says(text, end, speaker):
        return None
    # A second verb of saying between is another's, but for the speaker's own pronoun ('said
    # Mr Smith. He added:'): not '"...," Brown said, before critics replied "..."', nor 'said
    # Mr Smith, whose wife replied "..."', nor a "She" after a "Mr" (a code review's cases).
    own_pronoun = _HONORIFIC_OF.get(speaker.split()[0].rstrip("."))
    for verb in list(re.finditer(rf"\b{_VERBS}\b", between))[1:]:
        before = between[: verb.start()]
        if re.search(r"\band\s+$", before):
            continue  # "Mourinho added that ... and insisted": the speaker's own verbs
        own = re.search(r"\b(he|she)\s+(?:\w+\s+){0,2}$", before, re.I)
        pronoun = own.group(1).lower() if own else None
        if pronoun is None or own_pronoun not in (None, pronoun):
            return None  # ("He also warned that ...": his)
    return speaker


# (not an initial's stop: "... U.S. State Department spokesperson Matthew Miller said." then
# a quote alone, the sample's 004, is one sentence between; but before a quote mark it may end
# one: "... flew home to the U.S. "There is ...", a code review's case)
_SENTENCE_END = re.compile(r"(?:[!?]|(?<![\s.][A-Z])(?<!^[A-Z])\.)(?=\s|$)|\.(?=\s+[\"“‘'«])")
_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]*")
# ... not one in which another person acts: "said Tom Mesereau, a day before Michael Jackson
# took the stand", "the mayor, as Transport Secretary Alistair Darling looked on" (a code
# review's cases; the next quote may be that person's)
_ANOTHER_ACTS = re.compile(
    rf"[A-Z][\w'’-]*\s+(?:[a-z]+ed|{_IRREGULAR_PASTS}|is|are|has|have)\b"
    r"|,\s+(?:as|while|when|after|before)\s"
)
_DESCRIBED_TAIL = re.compile(
    rf"(?:,\s+(?:who|a|an|the)\b|\s+of\b)(?:(?!\b{_VERBS}\b)[^.!?\"“”\n])*[.!?]\s*$"
)
_HEARD = re.compile(r"\btold\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s*)+")
_PRONOUN_NEXT = re.compile(rf"[\s,]*(?:(?:he|she|they)\s+{_NAMING}|{_NAMING}\s+(?:he|she)\b)")
_TOLD_TAIL = re.compile(r"[^.!?\"“”\n]*[.!?]\s*$")
# (a place that ends its phrase: not "as in Paris Jacques Chirac attacked it", whose run of
# capitals goes on to the next speaker, a code review's case)
_WHERE_SAID = re.compile(
    r"\b(?:in|at|outside|inside)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*"
    # ... and what it is, in a few words that are no verb ("at Mac Format magazine.", "at
    # Ericsson's consumer and enterprise lab.")
    r"(?:\s+(?!(?:was|were|is|are|has|have|had|said|says|told|tells|did|does)\b)"
    r"(?![a-z]+ed\b)[a-z]+){0,4}"
    r"(?=\s*(?:[,.;:!?]|$)|\s+(?:in|on|at|of|to|for|with|after|before|during)\b)"
)


def _someone_else_says(text: str, end: int, speaker: str) -> bool:
    """Whether the quote ending at ``end`` is said, in its own sentence, by someone else than
    ``speaker`` ('..." a local resident told reporters', "she said" after a "Mr"). A quote
    that closes on a full stop has ended its sentence: '... cut rates." Some economists have
    predicted ...' is the next one's."""
    if _closed(text, end):
        return False
    tail = _ATTRIBUTION.match(text, end)  # what follows the quote in its sentence
    for said in _SAYS.finditer(tail.group() if tail else ""):
        pronoun = _PRONOUN_SAYS.match(said.group())
        if pronoun is None or _HONORIFIC_OF.get(speaker.split()[0].rstrip("."), "") not in (
            "",
            (pronoun.group(1) or pronoun.group(2)).lower(),
        ):
            return True
    return False


_ATTRIBUTION = re.compile(r"[^.!?\"“”\n]{0,80}")
# ... and verbs that say someone else gives the quote, though they name no speaker here (as
# verbs of saying they took quotes a short sentence after: '"..." Fans observed a minute's
# silence.', a code review's case): '"I saw dead bodies ...," recounted Raphaelle Chenet'
# (MultiLing M0062) is hers, not the last speaker's.
_OTHERS_SAY = (
    rf"(?:{_VERBS}|recounted|recounts|acknowledged|complained|cautioned|quipped|countered"
    r"|tweeted|reckoned|confessed|confided)"
)
_SAYS = re.compile(
    rf"(?:\b(?:he|she|they)\s+)?\b{_OTHERS_SAY}\b(?:\s+(?:he|she)\b)?", re.IGNORECASE
)
_PRONOUN_SAYS = re.compile(rf"(?:(he|she|they)\s+{_VERBS}|{_VERBS}\s+(he|she))$", re.IGNORECASE)
_HONORIFIC_OF = {"Mr": "he", "Mrs": "she", "Ms": "she", "Miss": "she", "Sir": "he", "Lord": "he"}
_HONORIFIC_OF |= {"Lady": "she", "Dame": "she"}


# Words a title or a name keeps in lower case ("Ode to the Motherland").
_TITLE_WORDS = frozenset(["of", "the", "and", "for", "in", "on", "to", "a", "an", "at", "by"])


def _a_title(quote: str) -> bool:
    """Quotation marks around a name or a title, not speech: every word capitalised but for a
    few small ones ("Global Human Rights Torch Relay", "Ode to the Motherland"); not words
    shouted in capitals or ending in "!" or "?" ("Tear Down This Wall!"), and (find_quotes)
    not words the text says someone said."""
    words = re.findall(r"[^\W\d_][\w'’-]*", quote)
    if not words or quote.rstrip().endswith(("!", "?")) or all(w.isupper() for w in words):
        return False
    return all(w[0].isupper() or w in _TITLE_WORDS or w in NAME_PARTICLES for w in words)


# What opens a term in quotation marks, not speech: 'known locally as the King of the
# Cochayuyo ("El Rey del Cochayuyo")', 'in what is considered the "last weekend in the
# summer;"', 'the so-called "war on terror"' (MultiLing M0056: an analyst found both listed
# as quotes). Not "called" or "described as", which bring in someone's words ('called the
# quake "a catastrophe of major proportions"').
_TERM_BEFORE = re.compile(
    r"(?:\bso-called|\bknown(?:\s+[a-z]+ly)?\s+as(?:\s+the)?|\bnicknamed|\bdubbed"
    r"|\bconsidered(?:\s+(?:the|a|an|to\s+be(?:\s+the|\s+a)?))?)"
    r"(?:\s+[^\s\"“”(,;.!?]+){0,6}?\s*\(?\s*$",
    re.IGNORECASE,
)
_TERM_WORDS = 8  # a longer quote after those words is someone's words


def _a_term(text: str, start: int, quote: str) -> bool:
    """Whether the quotation marks at ``start`` hold a term the text names, not words someone
    said: a short quote after "so-called", "known as", "nicknamed", "dubbed" or "considered"
    (a few words between: "known locally as the King of the Cochayuyo (...)")."""
    before = _TERM_BEFORE.search(text, max(0, start - 80), start)
    return len(quote.split()) <= _TERM_WORDS and before is not None


# A body speaking through someone it does not name, as "a spokesman for Rabobank said:" does:
# '"...," said a Vodafone spokesman.', '"...," a BaFin spokeswoman said.', 'A BBC spokeswoman
# said: "..."', '"...," said an FA statement.' (80 quotes over BBC and MultiLing, session 35).
_VOICES = r"(?:spokesman|spokeswoman|spokesperson|spokesmen|official|statement|representative)"
# (a body's name may join its words with "of", "for" or "and": "a Ministry of Defence
# spokesman", "a Department for Transport spokeswoman"; session 49)
_BODY_WORD = r"[A-Z][\w&'’.-]*"
_BODY_JOIN = r"(?:(?:of|for|and)\s+(?:the\s+)?)?"
_BODY = rf"((?:{_BODY_WORD}\s+)(?:{_BODY_JOIN}{_BODY_WORD}\s+){{0,3}}?)"
# ... or follow the voice: '"...," said a spokesman for Yukos.', '"...," a spokeswoman for the
# Home Office said.' (session 49)
# (a stop inside a word only: "U.S.", not the sentence's end)
_ENDED_WORD = r"(?:(?:[A-Z]\.){2,}|[A-Z](?:[\w&'’-]|\.(?=\w))*)"
# (up to six words: "a spokesperson for British Prime Minister Tony Blair", whose title _name
# leaves out)
# (and its name ends the clause: not "for Downing Street and Tony Blair went home", nor a
# day, "for Yukos Monday.")
_FOR_BODY = (
    rf"(?:for|from|at)\s+(?:the\s+)?"
    rf"({_ENDED_WORD}(?:\s+{_BODY_JOIN}(?!{_WHEN}){_ENDED_WORD}){{0,5}})"
    # ... perhaps after where it speaks from: '"...," said a spokesman for Mr Blair in London.'
    r"(?:\s+(?:in|at)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*)?"
    r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:said|says|added|told)\b)"
)
_VOICE_AFTER = re.compile(
    rf"^[\s,]*(?:(?:said|says|added|told)\s+(?:an?|the)\s+{_BODY}{_VOICES}\b"
    rf"|(?:an?|the)\s+{_BODY}{_VOICES}\s+(?:said|says|added|told)\b"
    # ... and what a body's statement reads: '"...," read an Astana Team statement.'
    # (MultiLing M0034)
    rf"|(?:read|reads)\s+an?\s+{_BODY}statement\b(?!\s+(?:from|by)\b)"
    rf"|(?:said|says|added|told)\s+(?:an?|the)\s+{_VOICES}\s+{_FOR_BODY}\b"
    rf"|(?:an?|the)\s+{_VOICES}\s+{_FOR_BODY},?\s+(?:said|says|added|told)\b)"
)
_VOICE_BEFORE = re.compile(rf"(?<!\bof )\b(?:[Aa]n?|[Tt]he)\s+{_BODY}{_VOICES}\s+{_LEAD}")


def _sentence_at(article: Article, starts: list[int], offset: int) -> int:
    import bisect

    position = max(0, bisect.bisect_right(starts, offset) - 1)
    return article.sentences[position].index if article.sentences else 0


def _last_stop(text: str, start: int, floor: int) -> int:
    """Where the last full stop before ``start`` is (``floor`` or before it: no further), not
    an initial's that a word in lower case follows: no sentence opens so ("Blinken said India
    and the U.S. continue to "deepen our collaboration ..."", the sample's 004). An initial's
    stop before a capital may end a sentence ("... to the U.S. He said ..."), and counts."""
    at = text.rfind(". ", 0, start)
    # (a capital alone, or after another initial's stop: "U.S.", "J. Smith"; not "UK.")
    while (
        at > floor
        and text[at - 1].isupper()
        and (at < 2 or text[at - 2] in ". ")
        and text[at + 2 : at + 3].islower()
    ):
        at = text.rfind(". ", 0, at)
    return at


# A relative clause the name before a verb of saying stands in, no comma closing it: the name
# is that clause's object ("The barrister who had represented Mr Martin had said"), not who
# speaks ("Asked who was to blame, Mr Blair said" is his); read past any quotation ('"... a
# party which said no to the prime minister." Responding to the claims Tory Party co-chairman
# Liam Fox said'). Not "that", which opens what is reported: "Mr Peston's book claimed that
# Mr Brown told Mr Blair: "..."" is Mr Brown's.
_INSIDE_A_CLAUSE = re.compile(r"\b(?:who|whom|which)\b[^,;:]*$")


# ... not after "of" or "for" a name: "The verdict was welcomed by the family of Rhys Jones, who
# said:", "a spokesman for Tony Blair, who said:" (the family, the spokesman speak; a code
# review's cases)
_OF_SOMEONE = re.compile(r"\b(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*\s*$")
_WHO_SAID = re.compile(
    rf",\s+who\s+((?:also\s+|later\s+|then\s+)?{_VERBS}(?:{_HEARER})?\s*[:,]?\s*)$"
)


def _speaker(text: str, start: int, end: int) -> str | None:
    """The speaker the text names beside a quote; not a pronoun ("He said" names no one)."""
    after = _named_after(text, start, end)
    if after is not None:
        return after or None
    # (the window reads back to the line's start, the sentence's, or 160 characters)
    floor = max(text.rfind("\n", 0, start), start - 161)
    window = text[max(floor, _last_stop(text, start, floor)) + 1 : start]
    who = _WHO_SAID.search(window)
    if who is not None and not _OF_SOMEONE.search(window, 0, who.start()):
        # "That was rejected by a UKIP spokesman, who said:" is the spokesman's, as "A UKIP
        # spokesman said:" is (a blind reader's Veritas brief, session 55)
        held = window[: who.start()] + " " + who.group(1)
        return _speaker(held + text[start:end], len(held), len(held) + end - start)
    voice = _VOICE_AFTER.match(text[end : end + 160].partition("\n")[0])
    if voice:
        return _name(next(g for g in voice.groups() if g))
    apposed = _APPOSED.search(window)
    if (
        apposed
        and _described(window[: apposed.start()], apposed.group(1), apposed.group(2))
        and _place_tail(apposed.group(2))
    ):
        return _name(apposed.group(1))
    relative = _RELATIVE.search(window)
    if relative and _relative_person(window[: relative.start()], relative.group(1)):
        return _name(relative.group(1))
    peer = _PEER.search(window)
    if (
        peer
        and _opens_clause(window[: peer.start()])
        and (peer.group(2) is None or _described(window[: peer.start()], *peer.group(1, 2)))
    ):
        return _name(peer.group(1))
    dashed = _DASHED.search(window)
    if (
        dashed
        and _opens_clause(window[: dashed.start()])
        and _described(window[: dashed.start()], dashed.group(1), dashed.group(2))
    ):
        return _name(dashed.group(1))
    according = _ACCORDING.search(window)
    if according:
        return _name(according.group(2) or according.group(1))
    statement = _STATEMENT.search(window)
    if statement and not re.search(r"['’]s?$", statement.group(1) or ""):
        return _name(statement.group(1) or statement.group(2))
    inverted = _INVERTED.search(window) or _PUT_IT.search(window)
    if inverted and _a_person(_name(inverted.group(1))):
        return _name(inverted.group(1))
    set_off = _SET_OFF.search(window)
    if set_off:
        return _name(set_off.group(1))
    voice = _VOICE_BEFORE.search(window)  # (after the person it may describe: "Mark
    if voice:  # Ballesteros, a Pentagon spokesman says" is Ballesteros's)
        return _name(voice.group(1))
    before = _BEFORE.search(window)
    if before is None or before.group(1).lower() in _PRONOUNS:
        return None
    if _THE_DEMONYM.search(window, 0, before.end(1)):
        return None  # "the American said": who, the sentence before says (_said_before)
    if _OPENING.sub("", f"{before.group(1).rstrip('.')} X") == "X":
        return None  # 'And continued: "..."' names no one
    if _JOINED_TO.search(window, 0, before.start(1)):
        return None  # "the Department of Trade and Industry said": the name's tail
    if _TWO_SPEAKERS.match(window, 0, before.start(1)):
        return None  # "Blair and Brown said": two speak, neither alone
    numbered = _NUMBERED.match(window, 0, before.start(1))
    if numbered and " " not in before.group(1).strip():
        return _name(f"{numbered.group(1)} {before.group(1)}")  # "50 Cent announced ..."
    if _MEMBERS_OF.search(window, 0, before.start(1)):
        return None  # "supporters of Ahmadinejad said": the speakers are the supporters
    ahead = window[: before.start(1)]
    ahead = ahead[max(ahead.rfind(mark) for mark in '"“”') + 1 :]  # (past any quotation)
    if _INSIDE_A_CLAUSE.search(ahead):
        return None  # "The barrister who had represented Mr Martin had said": the barrister
    name = before.group(1)
    if _IN_PLACE.search(window, 0, before.start(1)) and _person(name) == name:
        # "Dr Erel Avineri, of the Centre ... at the University of the West of England in
        # Bristol said": Bristol is where, the person set off before it speaks; "speaking
        # in Harrogate Charles Kennedy said": the place's word, then the person
        place, _, rest = name.partition(" ")
        # one word the text gives elsewhere after another first name: "Martina Hingis" for
        # "speaking in Thaliand Hingis"; not "Prison" of "in Woodhill Prison said"
        elsewhere = rf"\b(?!{re.escape(place)}\b)[A-Z][a-z]+ {re.escape(rest)}\b"
        if rest and _someone(rest, text) and (" " in rest or re.search(elsewhere, text)):
            return _name(rest)
        person = _SET_OFF_BY.search(window, 0, before.start(1))
        return _name(person.group(1)) if person and _a_person(person.group(1)) else None
    owner = _OWNER_OF.search(window, 0, before.start(1))
    person = _FROM.search(window, 0, owner.start(1) if owner else before.start(1))
    # (a person after a sentence's opening word: "But Mr Hirsch from Retail Banking Research
    # said" is Mr Hirsch's, BBC tech/122)
    if person and _a_person(_OPENING.sub("", person.group(1))):
        return _name(person.group(1))
    first = _OPENING.sub("", owner.group(1)).removeprefix("The ") if owner else ""
    words = first.replace("-", " ").split()
    if owner and words and words[0] in HONORIFICS and len(words) > 1:
        return _name(first)  # "Mr Smith of the Labour Party said": Mr Smith speaks
    titled = any(word in _TITLES for word in words)
    if owner and not titled and name.count(" ") <= 1:
        # "John Bellinger of the State Department told BBC": Bellinger speaks; "The Muslim
        # Council of Britain said": the council does.
        if any(word in _BODIES for word in words):
            return _name(f"{first} {owner.group(2)}{name}")
        return _name(first)
    if _TITLE_OF.search(window, 0, before.start(1)) and titled and _a_place(name):
        return None  # "The Mayor of New York said", "The Chancellor of the Exchequer said"
    if _TITLE_OF.search(window, 0, before.start(1)) and (
        name.count(" ") >= 2 or (titled and name.count(" ") == 1)
    ):
        # "Secretary of State Condoleezza Rice", "US Secretary of State Rice": not "State";
        # "Prime Minister of the United Kingdom Gordon Brown": a place of two words
        two = name.count(" ") >= 3 and name.split(" ", 1)[0] in _PLACES_OF_TWO
        name = name.split(" ", 2 if two else 1)[-1]
    return _name(name)


_URGES = r"(?:described|describes|branded|brands|dubbed|dubs|called|calls|urged|urges)"
# ... or with a verb of urging or naming that takes the quote as what the person calls for
# or calls something: 'Director Shami Chakrabarti called on the government to "practise what
# it preaches"', 'Mr Howard described the plan as "a stealth tax"', 'Mrs Kumaratunga called
# for the tragedy to be "the start of a new beginning ..."' (_saying; the last a blind
# reader's case, session 56).
_URGING = re.compile(
    _OPENING_PHRASE
    + rf"{_TITLED_NAME}{_SET_OFF_DESCRIPTION}\s+(?:(?:has|had|have|also|then)\s+){{0,2}}"
    r"(?:called\s+(?:on|for)|calls\s+(?:on|for)|urged|urges|described|describes|branded|brands"
    r"|dubbed|dubs)\s+"
    # whom, or what, in words of no other clause: not "urged the G8 to adopt a plan described
    # by Oxfam as", "called on Congress to pass the measure, which Democrats have described
    # as", "called on Tony Blair to honour his pledge to" (a code review's cases)
    rf"(?:(?!(?:{_VERBS}|{_URGES}|to|as|by|what|which|who|that|with|he|she|they)\b)"
    r"[^\s\"“”:;.!?,]+\s+){1,10}?(?:to(?:\s+be)?|as)\s*$"
)


# ... or after what the person said, then "but added that:" ('In a statement on Thursday,
# Euronext said any offer was likely to be solely in cash, but added that: "There can be no
# assurances ..."', a reader's LSE brief: two sources, no speaker).
_ADDED_THAT = re.compile(
    _OPENING_PHRASE + rf"{_TITLED_NAME}{_SET_OFF_DESCRIPTION}\s+(?:has\s+|had\s+)?(?:said|says)\b"
    r"[^\"“”:;.!?]{0,160}?,?\s+(?:but|and)\s+(?:also\s+)?(?:added|adds)(?:\s+that)?\s*:?\s*$"
)


# Whose statement reads or says: 'A statement from Chelsea explaining the decision read:',
# "Chelsea's statement added:" (a blind reader's Mutu brief, session 55: five quotes of the
# club's statement shown with no speaker).
# (its own clause: not "In a statement from Downing Street, Tony Blair said:", "Responding to
# Mr Crosby's statement on Monday, Tony Blair said:"; no owner's possessive, "A statement
# from Mr Blair's office said:", a code review's cases)
_STATEMENT = re.compile(
    r"^\s*(?:(?:But|And|However|Meanwhile|Later),?\s+)?"
    rf"(?:(?:[Aa]|[Tt]he)\s+statement\s+(?:from|by|issued\s+by)\s+(?:the\s+)?{_TITLED_NAME}"
    rf"|{_TITLED_NAME}(?:['’]s?)\s+statement)"
    r"(?![’']s\b)(?:\s+[^,:;\"“”.!?]{0,60}?)?\s+(?:read|reads|said|says|added|adds|continued)"
    r"\s*[:,]?\s*$"
)
# The verb before the person ('Said Mr Fogg: "..."'), or "as X put it" ('As Gavin Cox of the
# excellent buildyourown.org.uk website put it: "..."'): a blind reader's Mac mini brief,
# session 55, both quotes shown with no speaker.
_INVERTED = re.compile(
    rf"(?:^\s*|(?<=[.!?\"”]\s))(?:Said|Says|Added|Adds)\s+{_TITLED_NAME}\s*[:,]?\s*$"
)
_PUT_IT = re.compile(
    rf"\b[Aa]s\s+{_TITLED_NAME}(?:\s+(?:of|from|at)\s+[^,:;\"“”]{{1,80}}?)?"
    r"\s+(?:has\s+|had\s+)?(?:put|puts)\s+it\s*[:,]?\s*$"
)


def _saying(text: str, starts: list[int], start: int) -> str | None:
    """The person the sentence holding the quote at ``start`` opens on, when it brings the
    quote in with "saying" (_SAYING); ``starts``: the article's sentence starts. Read first:
    a name after the quote opens the next sentence, someone else's."""
    here = bisect.bisect_right(starts, start) - 1
    if here < 0 or start - starts[here] > _SAYING_REACH:
        return None
    found = (
        _SAYING.fullmatch(text, starts[here], start)
        or _URGING.fullmatch(text, starts[here], start)
        or _ADDED_THAT.fullmatch(text, starts[here], start)
    )
    if found is None:
        return None
    name = _name(found.group(1))
    first = name.split()[0].lower() if name else ""
    if not first or first in _PRONOUNS or first in stop_words("english"):
        return None  # "At its simplest, it is saying: ..."
    if re.match(_WHEN, name):
        return None  # "Mr Blair on Sunday dismissed claims": the day is no one
    if (
        _MANY.match(text, found.end(1))
        or _A_GROUP_AFTER.match(text, found.end(1))
        or _PLURAL_ACRONYM.search(found.group(1))
    ):
        return None  # "Church ministers are trying to prevent ..., saying": many speak
    told = _SAID_THAT.search(text, starts[here], start)
    if told is not None and _REPORTS_ANOTHER.search(text, told.end(), start):
        return None  # "..., saying that the Chancellor had told MPs "...""
    return name


def _named_after(text: str, start: int, end: int) -> str | None:
    """The speaker the text names after a quote: the name, "" for a pronoun ("he said": the
    quote is someone's the text does not name here), None where nothing after it says who."""
    quoted = _QUOTED_AS.match(text[end : end + 160].partition("\n")[0])
    if quoted:
        return _name(quoted.group(1) or quoted.group(2))
    # Within the quote's paragraph, as before it: the next paragraph's "Britain stated that
    # ..." does not name the speaker of the quote that ends this one (MultiLing M0026).
    after = _AFTER.match(text[end : end + 120].partition("\n")[0])
    ends = text[start:end].rstrip("\"”’'» ")
    if ends.endswith(",") or text.startswith(",", end):
        body = _THE_BODY_SAID.match(text, end, min(len(text), end + 120))
        # (not a person by nationality, "the Dutchman said", whom the text named before; nor
        # people, "the MPs said"; "the EPA's Andrew Fanara said" is Andrew Fanara's)
        if body and _a_body(body.group(1)):
            # '"The broader macroeconomic impact will clearly be substantial ...," the IMF
            # said.' is the IMF's: a body named with "the" and a verb of saying, the quote
            # going on to them on a comma (a blind reader's Sri Lanka brief, session 56)
            return _name(re.split(r"['’]s\s+", body.group(1))[-1])
    # A role or a long title and a name after a quote that ends its sentence open another,
    # which reports what someone else said: '"Bez is a difficult human being." Former Holby
    # City actor Jeremy Edwards said he had nominated Bez' (BBC entertainment/180).
    # (a comma inside the quote or right after it: '"a disgrace to the whole country", Tory MP
    # Boris Johnson has said.' goes on to its speaker, a QA reader's case, session 54)
    comma = ends.endswith(",") or text.startswith(",", end)
    described = after and (after.group(1) or (after.group(2) or "").count(" ") > 3)
    if described and not comma:
        after = None
    if after and not ends.endswith((",", "?", "!")) and _ADVERB_AFTER.search(after.group(0)):
        after = None
    if (
        after
        and ends.endswith((".", "!", "?"))
        and _OPENED_BY.search(text, max(0, start - 3), start)
    ):
        # a quote brought in by a colon and closed on its sentence's end is the one who
        # brought it in's: 'Jason Robinson said: "I am gutted." Coach Andy Robinson said he
        # understood.' (a code review's case)
        after = None
    if (
        after
        and _closed(text, end)
        and _CLAIMS.search(after.group(0))
        and not _CLOSES_ATTRIBUTION.match(text, end + after.end(), min(len(text), end + 160))
    ):
        # A quote that closes on a full stop has ended its sentence: a name and a verb of
        # claiming after it open the next one (_CLAIMING), unless the sentence ends within a
        # few words ('..." Ferrero admitted.').
        after = None
    if (
        after
        and after.group(2)  # ("Name said ...", not "said Name.": a verb first names who speaks)
        and not after.group(0).rstrip().endswith(".")
        and not comma
        and _closed(text, end, (".", "?", "!"))
        and not (
            _GOES_ON_SAYING.search(after.group(0))
            and not _another_spoke_before(text, start, after.group(2) or after.group(3) or "")
        )
        and _REPORTS_ON.match(text, end + after.end(), min(len(text), end + 240))
        and (
            not _TELLS.search(after.group(0))
            or text.startswith(" that", end + after.end())
            or re.match(r"\s+\w+\s+that\b", text[end + after.end() : end + after.end() + 40])
        )
    ):
        # ... so does any verb of saying that reports what follows it: '"...?" Mr Milburn
        # replied that they were not anti-Semitic.' (Tory Julian Lewis asked it), '"Ditto the
        # teachers ..." The Refugee Council said Mr Howard's proposals would mean ...' (Trevor
        # Phillips's words): two blind readers' cases, session 55.
        after = None
    if (
        after
        and not comma
        and _closed(text, end, (".", "?", "!"))
        and after.group(0).rstrip().endswith("added")
        and re.match(r"\s*:", text[end + after.end() : end + after.end() + 3])
        and _goes_on_from_another(text, start, after.group(2) or after.group(3) or "")
    ):
        # "X added:" after a quote names who goes on speaking, most often the one who spoke
        # before (_NEXT); not when the text gave the quote before to someone else: '... And
        # McClaren added: "Sporting are technically very good ... "But the journey goes on
        # for us ..." Goalscorer Jimmy Floyd Hasselbaink added: "It wasn't ...' is
        # McClaren's (a blind reader's case, session 56). Only a quote that goes on from a
        # quotation opened before it: after "Lampard, who scored twice, was delighted with
        # his display." a quote is Lampard's, whose "Lampard added:" follows (a code review).
        after = None
    if after and not comma and _HAD.search(after.group(0)):
        # '..." Yukos had argued that a US court...' opens another sentence, of what someone
        # said before; '"I am confident," Thanou had said at the time.' names who speaks.
        after = None
    if after and (after.group(2) or after.group(3) or "") in _DEMONYMS:
        # ('"I have acted correctly," the 27-year-old Austrian said' is Koubek's: a
        # nationality after an age names no one, BBC sport/485)
        after = None
    if after and (after.group(2) or after.group(3) or "").endswith(("'s", "’s")):
        # ('"...," says 15-year-old Ross's mother.': the mother's, unnamed; a code review)
        after = None
    if after:
        name = after.group(2) or after.group(3)
        group = 2 if after.group(2) else 3
        title = _TITLE_GOES_ON.match(text, end + after.end(group)) if name else None
        titled = f"{name} and {title.group(1)}" if title else ""
        if (
            title
            and _person(titled) != titled
            and not _someone(name, text)
            and title.group(1).split()[0] not in HONORIFICS | _OFFICES | _RANKS
        ):
            # "said Economic and Fiscal Policy Minister Heizo Takenaka": the title goes on
            # past "and" to an office and the person who holds it; not "said Tony Blair and
            # French President Jacques Chirac", "said Mr Bush and Mr Blair" (two speak)
            return _name(titled)
        if name and _ROLE_THEN_NAME.search(after.group(0)):
            # "said Opera spokeswoman, Berit Hanson.": the name after a role's comma is a
            # person's of two words or more that ends the attribution; not "said the
            # statement, Reuters reported", "said the striker, Arsenal's top scorer", "said
            # police, London" (a code review's cases).
            person = after.group(0).rsplit(",", 1)[-1].strip()
            following = text[end + after.end() : end + after.end() + 40].split()
            going_on = following[0].lower() if following else ""
            if (
                person.count(" ") < 1
                or "'" in person
                or "’" in person
                or (
                    not person.endswith(".")
                    and going_on[:1].isalnum()
                    and going_on not in ("who", "and")
                )
            ):
                return None
        # A pronoun that opens the next sentence goes on about the speaker named before the
        # quote: 'Marc Biver declared: "Vino denies ... blood anomalies." He added that his
        # team was in shock' (MultiLing M0034) is Biver's.
        if (
            name
            and name.lower() in _PRONOUNS
            and name[0].isupper()
            and ends.endswith((".", "!", "?"))
        ):
            return None
        if name:
            return "" if name.lower() in _PRONOUNS else _name(name)
    if ends.endswith(","):
        apposed = _APPOSED_AFTER_ANYWHERE.match(text, end, min(len(text), end + 240))
        if (
            apposed
            and _described("", apposed.group(1), apposed.group(2))
            and not _ANOTHER_CLAUSE.search(apposed.group("tail") or "")
        ):
            return _name(apposed.group(1))
    return None


# A body named with "the" after a quote that goes on past its comma: ', the IMF said.', ', the
# Foreign Office has said.'; the sentence ends within a few words after the verb.
_THE_BODY_SAID = re.compile(
    r"[,\"”’'»\s]*the\s+((?:[A-Z][\w'’&.-]*\s+){0,4}[A-Z][\w'’&.-]*)\s+"
    r"(?:has\s+|had\s+)?(?:said|says|added|adds|stated|insisted|warned|told\s+\w+)"
    r"(?:\s+[^\s.!?\"“”]+){0,3}\s*[.!?]"
)


def _a_body(found: str) -> bool:
    """Whether what "the ... said" names after a quote is a body that speaks ("the IMF", "the
    Foreign Office", "the EPA's Andrew Fanara"): not a person by nationality or party ("the
    Dutchman", "the Australian", "the Republican"), whom the text named before, nor an
    office or a role ("the Prime Minister", "the Labour MP"), nor people ("the MPs")."""
    words = found.split()
    last = words[-1]
    if found in _DEMONYMS or last.endswith("s") or last in _OFFICES or last in _ROLE_NOUNS:
        return False
    # (one word in -an, -ese, -ish, -er, -ic, -at: a people's or a party's member: "the
    # Australian", "the Japanese", "the Texan", "the Londoner", "the Democrat"; not "the
    # Vatican", "the Pentagon", which bodies are)
    return not (
        len(words) == 1
        and found not in _BODIES_IN_AN
        and re.search(r"(?:an|ese|ish|er|ic|at)$", found) is not None
    )


_ROLE_NOUNS = frozenset(["MP", "MEP", "Minister", "Secretary", "Chancellor", "Premier"])
_BODIES_IN_AN = frozenset(["Vatican", "Taliban", "Kremlin"])


_TITLE_GOES_ON = re.compile(r"\s+and\s+((?:[A-Z][\w’'-]*\s+){1,5}[A-Z][\w’'-]*)")
_CLOSES_ATTRIBUTION = re.compile(r"(?:\s+[^\s.!?\"“”]+){0,3}\s*(?:[.!?]|$)")
_CLAIMS = re.compile(rf"\b(?:{_CLAIMING}|{_AS_NOUNS})\b")


# What a verb of saying reports, past the attribution: "that", or a clause of five words or
# more before the sentence's end ("said Mr Howard's proposals would mean there would be no
# safe haven"); not a hearer and a few words ("told BBC Radio Five Live on Monday.").
_REPORTS_ON = re.compile(
    r"\s+(?:that\b|(?!(?:to|on|in|at|after|before|during|while|when|as|from|with|by|BBC"
    r"|reporters|journalists|MPs|him|her|them|us|me|yesterday|today|tonight|last|this|earlier"
    r"|later|moments|shortly|afterwards|recently|once|then|again)\b)"
    r"[^\s.!?\"“”]+(?:\s+[^\s.!?\"“”]+){4,})"
)
_TELLS = re.compile(
    r"\b(?:told|tells|asked|asks)\s*$"
)  # ... whom: "told the BBC's Today programme"


# ... but "added" goes on from the quote before: '"..." Mr Hague added that he may have
# misjudged his own ambition' follows Mr Hague's own words (BBC politics/083).
_GOES_ON_SAYING = re.compile(r"\b(?:added|adds|also\s+said|went\s+on)\s*$")
# ... unless the text gives the quote before it to someone else: '"...," said Hackett. "...
# Mr Mourinho should look at the facts." Mourinho added that the match was entertaining' is
# Hackett's (a blind reader's case, session 55).
_SAID_NAME = re.compile(
    rf"\b{_VERBS}\s+(?:{_DESCRIBED})?{_TITLED_NAME}|{_TITLED_NAME}\s+{_VERBS}\b"
)


def _another_spoke_before(text: str, start: int, name: str) -> bool:
    """Whether the last person the text names as speaking before the quote at ``start`` (in
    its paragraph, within 300 characters, quotations left out) is someone other than
    ``name``."""
    paragraph = text.rfind("\n", 0, start) + 1
    if text[paragraph:start].lstrip()[:1] in ('"', "“"):
        # (a paragraph that opens on a quotation goes on with the speaker the paragraph
        # before names: '"...," director of rugby Nigel Melville told the Gloucester Citizen.
        # || "They obviously want him ... "The surgeon ..." Simpson-Daniel added: "..."' is
        # Melville's, BBC sport/358)
        paragraph = text.rfind("\n", 0, max(0, paragraph - 2)) + 1
    before = QUOTED.sub(" ", text[max(paragraph, start - 300) : start])
    said = [m.group(1) or m.group(2) or "" for m in _SAID_NAME.finditer(before)]
    last = name.split()[-1:] if name else []
    if not said or said[-1].lower() in _PRONOUNS:
        return False  # ("He said:": whoever "he" is may be the one who goes on)
    return said[-1].rstrip(".").split()[-1:] != last


def _goes_on_from_another(text: str, start: int, name: str) -> bool:
    """Whether the quote that opens at ``start`` goes on from someone other than ``name``:
    from a quotation opened before it in its paragraph and never closed, whose speaker the
    text names (BBC's: '... And McClaren added: "Sporting are technically very good -
    Portuguese sides always are. "But the journey goes on ...'), or right after a sentence
    naming another speaking ('"...," said Mike Bryan. "It feels good to give those guys
    another shot ..."'); not after a sentence of narration ("Lampard, who scored twice, was
    delighted with his display." then a quote and "Lampard added:", a code review's case)."""
    paragraph = text.rfind("\n", 0, start) + 1
    before = text[max(paragraph, start - 300) : max(paragraph, start - 1)]
    marks = list(_QUOTE_MARK.finditer(before))
    if marks and before[marks[-1].end() : marks[-1].end() + 1][:1].isalnum():
        return _another_spoke_before(text, start, name)  # (a quotation left open)
    plain = QUOTED.sub(" ", before)
    said = list(_SAID_NAME.finditer(plain))
    if not said or len(plain[said[-1].end() :].split()) > 3:
        return False
    return _another_spoke_before(text, start, name)


_QUOTE_MARK = re.compile(r'["“”]')


def _closed(text: str, end: int, marks: tuple[str, ...] = (".",)) -> bool:
    """Whether the quote that ends at ``end`` closes on a full stop (or one of ``marks``): it
    has ended its sentence, and what follows is the next one's."""
    return text[max(0, end - 4) : end].rstrip("\"”’'» ").endswith(marks)


# A name after a group's members ("a news website run by supporters of Ahmadinejad said on
# their website:", "critics of the Kremlin said:") names whom they belong to, not who speaks.
# A title's "of" is no such case ("Secretary of State Condoleezza Rice said:"), nor is "a
# spokesman for Rabobank said:", whose organisation speaks through him.
_MEMBERS_OF = re.compile(r"\b[A-Za-z][a-z]*s\s+of(?:\s+the)?\s+$")
# A name after "of X and" or "for X and" ends a longer one: "the Tory MP for Sleaford and
# North Hykeham admitted", "the Department for Culture, Media and Sport said" (not "he has
# been training in Holland and Ferguson said", "Drogba scored twice for Chelsea and Mourinho
# said").
# A sentence that opens on two names joined by "and" before the verb: both speak.
_TWO_SPEAKERS = re.compile(r"\s*(?:(?:But|And|So)\s+)?(?:[A-Z][\w'’.-]*\s+){1,3}and\s+$")
# A name of one word that a sentence opens with a number before: "50 Cent announced".
_NUMBERED = re.compile(r"\s*(\d{1,3})\s+$")
_JOINED_TO = re.compile(
    r"\b[A-Z][\w'’-]*\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w'’-]*,?\s+){1,3}and\s+$"
)
# After a title's "of" the name's first word is the title's ("Chancellor of the Exchequer
# Gordon Brown", "leader of the Commons Oliver Heald"), when two more follow.
_TITLE_OF = re.compile(r"\bof(?:\s+the)?\s+$")
_PLACES_OF_TWO = frozenset(["United", "European", "New", "South", "North", "Saudi", "Sri", "Hong"])


def _a_place(name: str) -> bool:
    """Whether the words after a title's "of" are its place or body alone, no person's name:
    one word ("Exchequer", "London") or a place of two ("New York")."""
    words = name.split()
    return len(words) == 1 or (len(words) == 2 and words[0] in _PLACES_OF_TWO)


# A name or a body before that "of": who speaks, or the body's whole name.
# ... or "for" ("A spokeswoman for the Department for International Development said": the
# department, not "International Development", BBC politics/215).
_OWNER_OF = re.compile(rf"(?<![\w.’'-]){_NAME}\s+((?:of|for)\s+(?:the\s+)?)$")
_IN_PLACE = re.compile(r"\bin\s+$")


def _place_tail(description: str) -> bool:
    """Whether a description set off by commas that goes on past a comma ends in a place
    there: "MP for Henley-on-Thames, Oxfordshire", whose words before the comma end in a
    name; not "the club's top scorer, Ferguson" (of "Praising Wayne Rooney, the club's top
    scorer, Ferguson said": Ferguson speaks)."""
    head, comma, _ = description.rpartition(", ")
    return not comma or head.split()[-1][:1].isupper()


_SET_OFF_BY = re.compile(rf"(?<![\w.’'-]){_NAME},\s+(?:of|from|at)\s")
# A person "from" a body, before it: "David Graham from the FDA's Office of Drug Safety told
# the advisory panel that" is Graham's.
_FROM = re.compile(rf"(?<![\w.’'-]){_NAME}\s+from\s+(?:the\s+)?$")
# Words before a person's name ("Mr Smith of the Labour Party" is Mr Smith: claims.HONORIFICS)
# and words of a title whose "of" names a place or body before the person's name
# ("Prime Minister of Britain Tony Blair", "Secretary-General of the UN Ban Ki-moon").
_TITLES = frozenset(
    [
        "Secretary",
        "Minister",
        "Chancellor",
        "Leader",
        "President",
        "Vice",
        "Director",
        "Head",
        "Governor",
        "Mayor",
        "Chairman",
        "Chairwoman",
        "Chair",
        "Chief",
        "Commissioner",
        "Ambassador",
        "Spokesman",
        "Spokeswoman",
        "Speaker",
        "Duke",
        "Duchess",
        "Prince",
        "Princess",
        "King",
        "Queen",
        "Lord",
        "Lady",
        "Bishop",
        "Archbishop",
        "Attorney",
        "Solicitor",
        "Member",
        "Professor",
        "Editor",
        "Captain",
        "Commander",
        "General",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "Sir",
        "Dame",
    ]
)


# ... and "One told BBC News Online that ..." (one of the staff, BBC tech/119).
_PRONOUNS = frozenset(["he", "she", "they", "it", "we", "i", "you", "one", "that", "this"])


# Words before a place or a thing, not a person set off by commas ("compensation from Bosch,
# the carmaker's chief executive Helmut Panke said").
_PREPOSITIONS = frozenset(
    [
        "about",
        "after",
        "against",
        "among",
        "at",
        "before",
        "by",
        "during",
        "for",
        "from",
        "in",
        "into",
        "of",
        "on",
        "over",
        "since",
        "than",
        "through",
        "to",
        "under",
        "with",
        "without",
    ]
)


# Words that open a sentence before a comma, no names ("Earlier, Lib Dem chairman Matthew
# Taylor wrote to the watchdog saying:", BBC politics/337).
_SENTENCE_ADVERBS = frozenset(
    [
        "Earlier",
        "Later",
        "Previously",
        "Yesterday",
        "Today",
        "Separately",
        "However",
        "Instead",
        "Meanwhile",
        "Still",
        "Now",
        "Then",
        "Also",
        "Indeed",
        "Elsewhere",
        "Afterwards",
    ]
)


def _described(before: str, name: str, description: str) -> bool:
    """Whether "Name, description," sets off a person and what the person is. The description
    opens with an article, "who" ("Tony Blair, who attended a private memorial, said") or a
    word that is no function word ("the U.K.'s Foreign Secretary", "uncle to ...", "Human
    Rights Watch military analyst"; not "however"), and holds a role in lower case or an office ("a former
    forensic expert", "the Foreign Secretary"), not only a name ("In Washington, the White House
    said" is the White House's); it does not end in a function word ("Stewart O'Nan, carried a
    note on a napkin that said" is the napkin's). The name opens no phrase with a function word
    ("In Washington") and follows no preposition ("... from Bosch, the carmaker's chief
    executive Helmut Panke said", "For the Conservatives, shadow education secretary ...")."""
    stops = stop_words("english")
    words = description.split()
    previous = [w.lower() for w in before.split() if w.lower() not in ("a", "an", "the")][-1:]
    if (
        name.rstrip(".") in _SENTENCE_ADVERBS
        or name.split()[0].lower() in stops
        or _PREPOSITIONS.intersection(previous)
    ):
        return False
    if words[0] in _SET_OFF_WHERE and len(words) <= 8:
        return True  # "Lord Nicholls, in his ruling, said:" (BBC politics/040)
    if (
        words[0] in ("from", "of")
        and len(words) <= 8
        and len(name.split()) >= 2
        and any(w[:1].isupper() for w in words[1:])
        and words[-1] not in stops
    ):
        # "Brad Adams, from Human Rights Watch, said:" (a reader, session 47); not a name
        # inside another's words: "Police who arrested John Smith, of Leeds, said:", "The
        # mother of murdered teenager Sarah Jones, from Cardiff, said:" (a code review's)
        return _opens_clause(before)
    return (
        (words[0] in ("a", "an", "the", "who") or words[0] not in stops)
        and words[-1] not in stops
        and any(w in _OFFICES or (w.islower() and w not in stops) for w in words)
    )


def _relative_person(before: str, name: str) -> bool:
    """Whether "Name, who ...," (_RELATIVE) sets off the person who speaks: the name opens
    its clause (not "The mother of John Smith, who was killed, said"), and is no pronoun, no
    function word ("That, which"), no day ("On Monday, who") and no place before the clause
    that says where ("In Gaza, whose ...")."""
    name = _OPENING.sub("", name.strip())
    first = name.split()[0]
    return (
        _opens_clause(before)
        and first.lower() not in stop_words("english")
        and first.lower() not in _PRONOUNS
        and re.match(_WHEN, name) is None
        and not _PREPOSITIONS.intersection(w.lower() for w in before.split()[-1:])
    )


def _opens_clause(before: str) -> bool:
    """Whether a name after ``before`` opens its clause: nothing before it, or an opening
    phrase set off ("On Thursday, Lord Bingham - a senior law lord - said"), or a word that
    opens a sentence ("But"); not a name that is another's object or description ("Police
    who arrested John Smith", "murdered teenager Sarah Jones", "A spokesman for Lord Black")."""
    last = before.rstrip()
    return (
        not last
        or last.endswith((",", ";", ":", ".", "!", "?", '"', "”", "’", "'"))
        or last.split()[-1] in _CLAUSE_OPENERS
    )


_CLAUSE_OPENERS = frozenset(["But", "However", "Meanwhile", "Earlier", "Later", "Now", "Yet"])


# Where, when or how the person spoke, set off between the name and the verb: ", in his
# ruling,", ", in a statement,", ", speaking on BBC Radio 4's Today programme,".
_SET_OFF_WHERE = frozenset(["in", "speaking", "writing", "during", "interviewed", "asked"])


# A sentence's opening word before a name is not part of it ("But Mr Crosby said").
_OPENING = re.compile(r"^(?:But|And|So|Yet|Then|Now|Also|Meanwhile)\s+(?=[A-Z])")


def _name(found: str) -> str:
    """A speaker's name without the sentence's end glued to it ('added Blair.' gives 'Blair');
    an initial keeps its point ('George W.')."""
    name = _person(_OPENING.sub("", found.strip().rstrip(",;:")))
    last = name.rsplit(" ", 1)[-1]
    return name[:-1] if name.endswith(".") and len(last) > 2 else name


# Offices, before the name of whoever holds one; not an honorific or a rank that is part of
# a name ("Sir", "Lord", "Professor", "Prince").
_OFFICES = (
    _TITLES
    - {"Vice", "Duke", "Duchess", "Prince", "Princess", "King", "Queen", "Lord", "Lady"}
    - {"Bishop", "Archbishop", "Member"}
    - HONORIFICS
) | {"Executive", "Officer", "Treasurer"}
# ... and roles a sentence may open with, capitalised, before a name of two words or more:
# "Filmmaker Zhang Yimou, the production's director, praised Lin", "Keeper Tony Bullock".
_OFFICES |= {"Filmmaker", "Keeper", "Goalkeeper", "Lawyer", "Goalscorer", "Boss", "Coach"}
_OFFICES |= {"Manager", "Striker", "Skipper", "Economist", "Analyst", "Producer", "Singer"}
_OFFICES |= {"MP", "MEP", "Backbencher"}


# Abbreviated ranks, offices as _OFFICES are: "Air Force Brig. Gen. Pat Ryder" is Pat Ryder.
_RANKS = frozenset(
    f"{rank}." for rank in ("Gen", "Brig", "Lt", "Col", "Capt", "Maj", "Sgt", "Cpl", "Pvt", "Adm")
)


def _person(name: str) -> str:
    """The person a title names: "British Foreign Secretary Margaret Beckett" is Margaret
    Beckett, "Iranian National Security Council Secretary Ali Larijani" Ali Larijani, as
    "Secretary of State Condoleezza Rice" is Condoleezza Rice; a title before a surname alone
    is how the text names the person ("Mayor Hellerstein")."""
    words = name.split()
    honoured = [n for n, word in enumerate(words) if n and word in HONORIFICS]
    if honoured and len(words) - honoured[0] > 1:
        return " ".join(words[honoured[0] :])  # "Speaking in Harrogate Mr Kennedy"
    offices = [
        n
        for n, word in enumerate(words)
        if _OFFICES.intersection(word.split("-")) or word in _RANKS
    ]
    if offices and len(words) - offices[-1] > 2:
        return " ".join(words[offices[-1] + 1 :])
    return name


# Members of a quote group each new member is checked against, at most: the first half and
# the last. Over 1,000 BBC, CNN/DM and MultiLing articles no group holds more than three
# quotes, so every group is still complete link; articles of near-identical quotes ("If his
# advice number 7 was right, ...", 500 to an article) had made one group by checking every
# member against every other: 26.8 s for 4 articles, 103.5 s for 8, now 2.2 and 4.7 s
# (benchmarks/pathological.py same-quotes).
_LINKED = 8


def _linked(members: list[int]) -> list[int]:
    half = _LINKED // 2
    return members if len(members) <= _LINKED else members[:half] + members[-half:]


def match_quotes(articles: Sequence[Article], language: str) -> tuple[QuoteGroup, ...]:
    from scipy.cluster.hierarchy import DisjointSet

    quotes = [q for article in articles for q in find_quotes(article)]
    if not quotes:
        return ()
    counts, _ = count_matrix(set(content_terms(q.text, language)) for q in quotes)
    matrix = l2_normalise(counts)
    ids = {a.id: n for n, a in enumerate(articles)}
    owner = np.array([ids[q.article] for q in quotes])
    together = DisjointSet(range(len(quotes)))
    best: dict[int, float] = {}  # by a group's root: its closest pair's cosine
    joined: dict[int, list[int]] = {n: [n] for n in range(len(quotes))}  # each group's quotes
    candidates = neighbours(matrix, owner, k=4, floor=QUOTE_THRESHOLD)
    inside = _inside(counts, owner, [len(quote_words(q.text)) for q in quotes], matrix)
    for i, j, v in sorted({*candidates, *inside}, key=lambda t: (-t[2], t[0], t[1])):
        ri, rj = together[i], together[j]
        if (v < QUOTE_THRESHOLD and (i, j, v) not in inside) or ri == rj:
            continue
        # Complete link: every quote of one group is one with every quote of the other, so
        # that "a binding agreement" does not join two statements through a third; past
        # _LINKED members, with the first and last of them (see _LINKED), the group of the
        # earlier quotes first.
        if not all(
            same_quote(quotes[x].text, quotes[y].text)
            for x in _linked(joined[ri])
            for y in _linked(joined[rj])
        ):
            continue
        first, then = sorted((ri, rj), key=lambda r: joined[r][0])
        members = joined.pop(first) + joined.pop(then)
        closest = max(best.pop(ri, 0.0), best.pop(rj, 0.0), v)
        together.merge(i, j)
        joined[together[i]] = members
        best[together[i]] = closest
    groups: dict[int, list[int]] = {}
    for n in range(len(quotes)):
        groups.setdefault(together[n], []).append(n)
    unmarked = _printed_unmarked(articles, quotes, groups)
    out = []
    for root, members in groups.items():
        items = tuple(quotes[m] for m in members) + unmarked.get(root, ())
        if len(items) > 1:
            # No wording to show where the words are the same: '"...unsubstantiated and
            # illogical,"' beside '"...and illogical."' (a review's brief showed the comma).
            same = quote_words(items[0].text) == quote_words(items[1].text)
            diff = () if same else word_diff(items[0].text, items[1].text)
            # A quote printed unmarked is its words, word for word: cosine 1.
            out.append(QuoteGroup(items, round(best.get(root, 1.0), 4), diff))
        else:
            out.append(QuoteGroup(items))
    out.sort(key=lambda g: (-len(g.quotes), ids[g.quotes[0].article], g.quotes[0].index))
    return tuple(out)


# A quote one outlet trims to a phrase is the other's still: "written by or at Number 10"
# (bbc-politics/184) is Lord Goldsmith's "... nor as I have already made clear, was it
# written by or at Number 10." (bbc-politics/324), whose other words leave the two quotes'
# cosine below QUOTE_THRESHOLD. A quote of QUOTE_SHARED words or more whose every content word
# another article's quote holds is a candidate too (same_quote still decides).
_INSIDE = 4  # longer quotes a short one is tried inside, at most


def _inside(
    counts: sparse.csr_matrix, owner: np.ndarray, words: list[int], matrix: sparse.csr_matrix
) -> set[tuple[int, int, float]]:
    """(i, j, cosine) for i < j in different articles where the quote with fewer content
    words (QUOTE_SHARED words or more) has all of them in the other. Row blocks as in
    align.neighbours: memory linear in the number of quotes."""
    held = (counts > 0).astype(np.float32).tocsr()
    sizes = np.diff(held.indptr)
    transposed = held.T.tocsc()
    found: set[tuple[int, int, float]] = set()
    for start in range(0, held.shape[0], 2048):
        block = (held[start : start + 2048] @ transposed).tocsr()
        for r in range(block.shape[0]):
            i = start + r
            if words[i] < QUOTE_SHARED or sizes[i] < 2:
                continue
            cols = block.indices[block.indptr[r] : block.indptr[r + 1]]
            shared = block.data[block.indptr[r] : block.indptr[r + 1]]
            cols = cols[(shared >= sizes[i]) & (sizes[cols] > sizes[i]) & (owner[cols] != owner[i])]
            for j in cols[:_INSIDE].tolist():
                v = round(float(matrix[i].multiply(matrix[j]).sum()), 6)
                found.add((min(i, j), max(i, j), v))
    return found


_WORDS = re.compile(r"\w+")
UNMARKED_WORDS = 8  # words of a quote another source must print, unmarked, to give it too


def _printed_unmarked(
    articles: Sequence[Article], quotes: Sequence[Quote], groups: dict[int, list[int]]
) -> dict[int, tuple[Quote, ...]]:
    """For each group of quotes (by its root), the articles that print one of its
    quotes, UNMARKED_WORDS words or more, word for word without quotation marks, as a quote of
    theirs (no speaker): BBC's politics/248 opens a paragraph "I fell in love with someone and
    they wouldn't go public ..." with its opening mark lost, and the brief listed politics/166's
    quotation of it as "quoted by one source only" beside a strong point pairing the two
    sentences. An article that quotes the words itself, in a longer or shorter quote, is left
    to the matching above. Linear in the articles: only runs that open a quote are looked up."""
    words = {n: quote_words(q.text) for n, q in enumerate(quotes)}
    wanted: dict[tuple[str, ...], list[int]] = {}  # a quote's opening words: the quotes
    for n, w in words.items():
        if len(w) >= UNMARKED_WORDS:
            wanted.setdefault(tuple(w[:UNMARKED_WORDS]), []).append(n)
    if not wanted:
        return {}
    # The same openings in plain words, to find the articles to read: quote_words (which
    # writes out "don't") over every article took 0.6 s of 1.0 at 2,192 BBC and MultiLing
    # articles; this takes 0.2 s at 1,000.
    rough: dict[tuple[str, ...], list[int]] = {}
    for n, q in enumerate(quotes):
        plain = _WORDS.findall(q.text.lower())
        if len(words[n]) >= UNMARKED_WORDS and len(plain) >= UNMARKED_WORDS:
            rough.setdefault(tuple(plain[:UNMARKED_WORDS]), []).append(n)
    first = {opening[0] for opening in rough}
    second = {opening[1] for opening in rough}
    quoted_in: dict[str, list[str]] = {}  # each article's own quotes, words joined
    for n, q in enumerate(quotes):
        quoted_in.setdefault(q.article, []).append(" ".join(words[n]))
    found: dict[int, dict[str, Quote]] = {}  # quote -> article -> its print
    for article in articles:
        # The article's plain words first; its sentences are read one by one only where a
        # run of them opens another article's quote ("can't" against "cannot" is missed).
        text = _WORDS.findall(article.text.lower())
        if not any(
            quotes[n].article != article.id
            for i in range(len(text) - UNMARKED_WORDS + 1)
            if text[i] in first and text[i + 1] in second
            for n in rough.get(tuple(text[i : i + UNMARKED_WORDS]), ())
        ):
            continue
        flat: list[str] = []
        sentence_of: list[int] = []
        for s in article.sentences:
            w = quote_words(s.text)
            flat += w
            sentence_of += [s.index] * len(w)
        for at in range(len(flat) - UNMARKED_WORDS + 1):
            for n in wanted.get(tuple(flat[at : at + UNMARKED_WORDS]), ()):
                whole = words[n]
                joined = " ".join(whole)
                if (
                    quotes[n].article == article.id
                    or flat[at : at + len(whole)] != whole
                    or any(joined in own for own in quoted_in.get(article.id, ()))
                ):
                    continue
                found.setdefault(n, {}).setdefault(
                    article.id, Quote(article.id, sentence_of[at], quotes[n].text)
                )
    out: dict[int, tuple[Quote, ...]] = {}
    for root, members in groups.items():
        present = {quotes[m].article for m in members}
        extra: dict[str, Quote] = {}
        for m in members:
            for article_id, quote in found.get(m, {}).items():
                if article_id not in present:
                    extra.setdefault(article_id, quote)
        if extra:
            out[root] = tuple(extra.values())
    return out


def speakers_elsewhere(
    groups: Sequence[QuoteGroup], refs: Iterable[SentenceRef]
) -> tuple[tuple[SentenceRef, str], ...]:
    """(sentence, speaker) for each of ``refs`` that opens with a quote whose speaker
    only another sentence names: listed alone, '"Only the fullest disclosure will now do."'
    says nothing of whose words they are (a review of unique points found such quotes
    among those it could not read alone; 142 of the 4,444 unique points of the 174 BBC and
    MultiLing story briefs). A quote whose speaker is unknown gets none."""
    said: dict[tuple[str, int], list[Quote]] = {}
    for g in groups:
        for q in g.quotes:
            said.setdefault((q.article, q.index), []).append(q)
    out = []
    for ref in refs:
        opening = ref.text.lstrip()
        if opening[:1] not in OPENING_MARKS:
            inside = _inside_a_quote(ref, said)
            if inside is not None:
                out.append((ref, inside))
            continue
        # the quote the sentence opens with, not another it holds ('"Nobody asked us," one
        # resident said, but "the consultation was thorough," he insisted.', a code review)
        head = opening[1:].lstrip()[:20]
        quote = next(
            (q for q in said.get((ref.article, ref.index), ()) if q.text.startswith(head)), None
        )
        speaker = quote.speaker if quote is not None else None
        if speaker is None:
            continue
        last = speaker.split()[-1].removesuffix("'s").removesuffix("’s")
        if not mentions(ref.text, last):
            out.append((ref, speaker))
    return tuple(out)


_QUOTE_BACK = 10  # sentences back a quote that holds a sentence may open


def _inside_a_quote(ref: SentenceRef, said: dict[tuple[str, int], list[Quote]]) -> str | None:
    """The speaker of a quote opened in one of the sentences before ``ref`` that holds its
    words whole: 'He added: "Jacques has never gone into exactly what it was. But I trust him
    in that; you have to accept it. I think we should respect it."' gives its second and third
    sentences, listed alone with no quotation mark, to Frank Arnesen (a blind reader took them
    for the reporter's words, session 55)."""
    words = ref.text.strip().strip("\"“”'’‘«» ")
    if len(words.split()) < 3:
        return None
    for back in range(ref.index - 1, max(-1, ref.index - 1 - _QUOTE_BACK), -1):
        for quote in said.get((ref.article, back), ()):
            if quote.speaker is not None and words in quote.text:
                return quote.speaker
    return None


# A sentence that gives what "he" or "she" said, in reported speech: "He said the Law Lords'
# ruling was an "embarrassment" for the government" (a reader's detentions brief, session 47,
# listed in a topic's row beside a sentence of Jack Straw's: it is Lord Carlile's, whom the
# sentence before names).
_HE_SAID = re.compile(
    # ("But he argued ...": the pronoun in lower case after the connective)
    r"^\W*(?:(?:But|And|However|Meanwhile),?\s+)?((?i:he|she))\s+(?:also\s+|later\s+|then\s+)?"
    r"(?:said|says|added|adds|told|warned|argued|insisted|stressed|claimed|believes|believed)\b"
)
# ... or after it: "EU cooperation would help get better UK immigration controls, he
# argued." (a blind reader took it, listed alone right after a sentence of Michael Ancram's,
# for his; the sentence before it names Jack Straw, session 54). Not a sentence that opens on
# a quotation, whose speaker the quote reader finds.
_HE_SAID_LAST = re.compile(
    r",\s+(he|she)\s+(?:also\s+|later\s+|then\s+)?"
    r"(?:said|says|added|adds|told \w+(?: \w+)?|warned|argued|insisted|stressed|claimed)"
    r"\s*[.!]?\s*$"
)
_REPORTING = re.compile(rf"\b{_VERBS}\b")


def reported_speakers(
    articles: Sequence[Article], refs: Iterable[SentenceRef]
) -> tuple[tuple[SentenceRef, str], ...]:
    """(sentence, speaker) for each of ``refs`` that opens on "He said" or "She said" (and
    the like), or ends on ", he argued." (_HE_SAID_LAST), right after a sentence naming who
    speaks ("Lord Carlile, the government's independent reviewer of anti-terrorism laws,
    said it was possible ..."): read as the quote reader reads a name before a verb of
    saying; not when the title says the other sex ("Baroness Scotland said ..." then "He
    said ...")."""
    by_id = {a.id: a for a in articles}
    out = []
    for ref in refs:
        said = _HE_SAID.match(ref.text)
        if said is None and ref.text.lstrip()[:1] not in OPENING_MARKS:
            said = _HE_SAID_LAST.search(ref.text)
        article = by_id.get(ref.article)
        if said is None or article is None or not 0 < ref.index < len(article.sentences):
            continue
        pronoun = said.group(1).capitalize()
        before = article.sentences[ref.index - 1].text
        who = _reported_by(before)
        if who is None:
            who = _acting_before(before, pronoun.lower(), article.text)
            if who is not None and _another_person(before, who):
                # ("Staunton is also the personal choice of Steven Gaydos ... But he said
                # ...": Gaydos's, a code review's case)
                continue
        if who is None or len(who.split()) < 2:
            continue  # (a person: "Analysts said ..." names none)
        voice = _VOICE_OPENS.match(before)  # ("A spokesman for Mr Prescott said ...")
        if voice is not None:
            honoured = set(_HONOURED.findall(article.text))
            spoken = _for_a_person(voice.group(1), voice.group(2), who, honoured)
            if spoken != who:  # he or she is the voice: its sex, not the person's
                if voice.group(1) == ("spokeswoman" if pronoun == "He" else "spokesman"):
                    continue
                out.append((ref, spoken))
                continue
        titles = set(who.split()[:-1])
        if titles & (_WOMEN if pronoun == "He" else _MEN):
            continue
        out.append((ref, who))
    return tuple(out)


def _reported_by(text: str) -> str | None:
    """Who a sentence says speaks, by the name before its first verb of saying, as a quote
    there would be read ('Lord Carlile, the government's reviewer ..., said it was ...')."""
    verb = _REPORTING.search(text, 0, _SAYING_REACH)
    if verb is None:
        return None
    window = text[: verb.end()]
    held = f'{window} "{_PLACEHOLDER}"'
    return _speaker(held, len(window) + 1, len(held))


_PLACEHOLDER = "what was said here"  # a quote's words, for _reported_by to read its speaker


def _another_person(sentence: str, who: str) -> bool:
    """Whether a sentence brings in a person other than ``who`` to whom what it tells is
    done or owed ("the personal choice of Steven Gaydos", "interviewed by Detective
    Inspector John Brown", "collected the prize from singer Siouxsie Sioux"): a name of two
    words or a title (_A_PERSON, _a_person) after "of", "by", "with" or "from" and a few
    words in lower case; outside quotations, past places. A capitalised run alone is no
    person ("criticised Celebrity Big Brother's ...", "But Wenger's Bayern counterpart
    Felix Magath", "the key themes of New Labour's ...": a code review's counts)."""
    last = who.split()[-1]
    plain = QUOTED.sub(" ", sentence)
    return any(
        m.group(0).split()[-1] != last
        and _a_person(m.group(0))
        and _BROUGHT_IN.search(plain, max(0, m.start() - 40), m.start()) is not None
        and not _AT_A_PLACE.search(plain, max(0, m.start() - 10), m.start())
        for m in _A_PERSON.finditer(plain)
    )


_BROUGHT_IN = re.compile(r"\b(?:of|by|with|from)\s+(?:[a-z][\w'’-]*\s+){0,3}$")


# Where a name is a place's or an event's: "at the Athens Games", "in New York" (not "of":
# "the personal choice of Steven Gaydos" is a person's)
_AT_A_PLACE = re.compile(r"\b(?:at|in|on|from)\s+(?:the\s+)?$", re.IGNORECASE)


def _acting_before(before: str, pronoun: str, context: str = "") -> str | None:
    """Who the sentence ``before`` opens on doing something, for a "he" or "she" that says
    something after it, as a quote's "he said" is read after it (_said_before): "Shadow home
    secretary David Davis welcomed his 'gracious apology' ... But he argued the minister
    should have volunteered a formal statement" is Davis's argument; listed apart from the
    sentence before, a blind reader took it for Blunkett's (session 56). ``context``: the
    article's text, which says who is a person ("Redford" of "Robert Redford")."""
    held = f'{before} "{_PLACEHOLDER}," {pronoun} said.'
    start = len(before) + 2
    # (the quote's span as find_quotes gives one: its words and the comma, to the closing mark)
    end = start + len(_PLACEHOLDER) + 2
    return _said_before(held, [0, len(before) + 1], start, end, whole=context or None)
