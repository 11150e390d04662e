"""Disputes a source reports: one side denying, rejecting or contesting what another says.

Where the sources differ is read in the points they share (a point's figures, who is named
responsible, a denial of what another source states). A story can be contested inside each
report too, and an analyst wants that first: "Iran says they were in Iranian territorial
waters while the UK insists they were operating in Iraqi waters" (MultiLing M0022), "The
British government claims that the confessions were extracted under duress" (M0021). Three
of four analysts who read briefs in session 43 named "no disagreements" over such stories as
the most misleading line of the brief.

A sentence reports a dispute when it holds one of a few narrow forms: a denial of a claim
("denied that ...", "denied the allegations", "denies having ..."), a claim rejected or
contested ("rejected claims that ...", "dismissed the latest claims", "disputed the
account"), two sides' words set against each other ("X says ... while Y insists ..."), a
claim said to be false ("the allegations are not true", "confessions extracted under
duress"), or "contrary to" or "despite" claims or denials. Not a denial that is itself
denied or only supposed ("refused to deny", "failed to deny", "had he denied the charge").
Over the 2,225 BBC articles, MultiLing's 100 and CNN/DM's 100 (42,505 sentences), 120
sentences held one of the forms; a blind reader judged 103 to report a dispute, 11 partly
(a court rejecting a legal claim, a film's plot, a denial no one is said to have asked for)
and 6 not (two parties' words set side by side, each about a third: "Labour say a Lib Dem
vote could 'let the Tories in', while the Tories say the Lib Dems would mean 'higher
taxes'"); the three settlement and forecast denials were then left out. English only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..models import Article, Sentence, SentenceRef
from ..nlp import speaker_unnamed

__all__ = ["disputed", "find_disputes", "read_after", "side"]

_CLAIMS = (
    r"(?:claims?|allegations?|accusations?|reports?|suggestions?|charges?|assertions?"
    r"|version|account|findings?|rumou?rs?)"
)
_DENIED_PASSIVE = re.compile(r"\b(?:was|were|been|be|being|is|are|get|got)\s+$", re.IGNORECASE)
_OWNER = r"(?:the|these|those|such|earlier|previous|any|all|his|her|their|its|latest|recent)"
_DENIED = re.compile(
    r"\b(?:denied|denies|deny|denying)\s+(?:that\b|having\b|ever\b|it\b|this\b|knowing\b"
    rf"|(?:{_OWNER}\s+)?(?:[\w-]+\s+){{0,2}}?(?:{_CLAIMS}|involvement|wrongdoing)\b"
    # ... or a clause with no "that": "Mr Straw denied the decision would suggest to China
    # that Tiananmen Square had been forgotten" (a blind reader's China arms brief, session 47)
    # (its words no clause of their own: not "denied the application because it was too
    # large", "denied the charity funding that had been promised", "denied the Frenchman what
    # would have been his 100th goal": refusals, a code review's cases)
    r"|(?:the|his|her|their|its|this|any)\s+"
    r"(?:(?!(?:because|as|since|after|when|while|although|though|if|so|but|and|it|that|which"
    r"|what|who|whom)\b)[\w-]+\s+){1,3}?"
    r"(?:was|were|is|are|would|will|had|has|could|might)\s+[a-z])",
    re.IGNORECASE,
)
# ("disputes", "contests" and "challenges" only right before "the claim": nouns as often as
# verbs, "Legal challenges to the findings are expected", "Pay disputes and the account of")
_CONTESTED = re.compile(
    r"\b(?:rejected|rejects|reject|rejecting|dismissed|dismisses|dismissing|disputed"
    r"|disputing|refuted|refutes|refuting|contradicted|contradicts|contested"
    rf"|challenged)\s+(?:{_OWNER}\s+)?(?:[\w-]+\s+){{0,2}}?{_CLAIMS}\b(?!\s+(?:manager|holder|number))"
    # ... they are verbs before "the claim": "Europe, which disputes the claim, ..."
    rf"|\b(?:disputes|contests|challenges)\s+(?:the|these|those|such|his|her|their|its)\s+{_CLAIMS}\b",
    re.IGNORECASE,
)
_SAYING = (
    r"(?:says?|said|claims?|claimed|insists?|insisted|maintains?|maintained|argues?|argued"
    r"|contends?|contended)"
)
# Two sides' words against each other: "Iran says ... while the UK insists ...".
_AGAINST = re.compile(
    rf"\b{_SAYING}\b[^.;]{{3,160}}?(?:,\s*|\s+)(?:while|but|whereas)\s+(?:the\s+)?[A-Z]"
    rf"[^.;]{{0,60}}?\b{_SAYING}\b"
)
# A side's words told in the passive ("are also said to be angry", "is claimed to"): what is
# said of someone, not what someone says against the other side (a reader's LSE brief).
_SAID_OF = re.compile(
    rf"\b(?:while|but|whereas)\b.*\b(?:is|are|was|were|been)\s+(?:also\s+)?{_SAYING}\s+to\b"
)
_FALSE = re.compile(
    r"\b(?:claims?|allegations?|reports?|accusations?|suggestions?|confessions?)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:were|was|are|is|had been|have been)\s+(?:[\w-]+\s+)?"
    r"(?:false(?!\s+alarm|\s+start|\s+dawn|\s+positive|\s+negative)|untrue|baseless"
    r"|unfounded|groundless|lies|fabricated|(?:extracted|made|obtained) under duress)\b",
    re.IGNORECASE,
)
_NOT_TRUE = re.compile(
    r"\b(?:is|was|were|are)\s+(?:simply\s+|completely\s+|absolutely\s+)?(?:not true|untrue)\b"
    r"(?!\s+(?:of|for)\b)",
    re.IGNORECASE,
)
_CONTRARY = re.compile(
    r"\bcontrary to\s+(?:the\s+|earlier\s+|previous\s+|official\s+|repeated\s+)*(?:[\w-]+\s+)?"
    r"(?:claims|reports|statements|assurances|accounts)\b"
    r"|\bdespite\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+|repeated\s+)*(?:claims|denials)\b",
    re.IGNORECASE,
)  # not "despite reports of disappointing festive sales"
# Each form with the words one of which a sentence must hold for it to be read: a cheap test
# first, since most sentences hold none (over 42,500 sentences of BBC, CNN/DM and MultiLing
# the forms alone took 1.1 s).
_FORMS = (
    (_DENIED, ("deni", "deny")),
    (_CONTESTED, ("reject", "dismiss", "disput", "refut", "contradict", "contest", "challeng")),
    (_AGAINST, (" while ", " but ", " whereas ")),
    (
        _FALSE,
        ("false", "untrue", "baseless", "unfounded", "groundless", "lies", "fabricated", "duress"),
    ),
    (_NOT_TRUE, ("not true", "untrue")),
    (_CONTRARY, ("contrary", "despite")),
)
# A denial denied or supposed, read in the few words before it: "refused to deny claims",
# "there is no denying that", "it is hard to deny that",
# "failed to deny", "nobody is denying suggestions", "had he denied the charge", "you can't
# deny it's exciting", "to confirm or deny the report", a settlement's "neither admits nor
# denies the allegations", "are expected to deny wrongdoing".
_UNSAID = re.compile(
    r"(?:\b(?:not|never|cannot|refused to|refuses to|failed to|fails to|declined to|declines to"
    r"|nobody|no one|no|if|unless|had (?:he|she|they|it)|confirm or|nor|expected to|likely to"
    r"|hard to|difficult to|impossible to)"
    r"|n[’']t)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)


# A court rejecting or dismissing a claim rules on it: "a three-judge appeal court panel
# rejected the claim - filed in 1999 by the administration of Bill Clinton - in a 2-1
# decision" (a blind reader's tobacco brief, session 47: no side contests another's words).
_RULING = re.compile(
    r"(?:(?i:\b(?:courts?|judges?|tribunal|jury|justices)\b)|\b(?:Mr|Mrs|Lord|Lady)\s+Justice\b)"
    # ... heading the verb's subject, up to three words before the verb ("The High Court in
    # London", "The court has also", "Mr Justice Collins"); not "The Justice Department" (a
    # party), nor "said outside court the pair strenuously denied" (a code review's cases)
    r"(?:\s+(?!(?:the|a|an|said|says|told)\b)[\w'’-]+){0,3}\s*$"
)


def _clause_before(text: str, end: int) -> str:
    """The words of ``text``'s clause before ``end``: from the last full stop, semicolon or
    comma before it (the subject of the verb at ``end``, as far as punctuation tells)."""
    start = max(text.rfind(mark, 0, end) for mark in (". ", "; ", ", "))
    return text[start + 1 : end]


def disputed(text: str) -> bool:
    """Whether a sentence reports one side denying, rejecting or contesting what another
    says (the module's forms), not a denial itself denied or only supposed."""
    return _dispute(text) is not None


def side(text: str) -> str:
    """Who a dispute's sentence says disputes: its words before the form that reads it, lower
    case, without an opening "But" or article ("the tobacco companies" of "But the tobacco
    companies denied that ..."); "" for a sentence that reports no dispute or opens on it.
    One point's denials by one side are one line of a brief (Comparison.dispute_lines);
    "Iran rejected British claims ..." and "Britain rejected Iranian claims ..." are two."""
    found = _dispute(text)
    if found is None:
        return ""
    words = [w.strip(",;:").lower() for w in text[: found.start()].split()]
    while words and words[0] in _OPENERS:
        words = words[1:]
    return " ".join(words)


_OPENERS = frozenset(["but", "and", "however", "meanwhile", "the", "a", "an"])


def _dispute(text: str) -> re.Match[str] | None:
    """The first of the module's forms a sentence reports a dispute by, or None."""
    lowered = text.lower()
    for form, cues in _FORMS:
        if not any(cue in lowered for cue in cues):
            continue
        for match in form.finditer(text):
            before = max(0, match.start() - 40)
            if _UNSAID.search(text, before, match.start()):
                continue
            if form is _DENIED and _DENIED_PASSIVE.search(text, before, match.start()):
                continue  # "The visa was denied", "They were denied that chance": refused
            if form is _AGAINST and _SAID_OF.search(text, match.start(), match.end() + 4):
                continue  # "..., while German politicians are also said to be angry": no side
            if form in (_CONTESTED, _DENIED) and _RULING.search(
                _clause_before(text, match.start())
            ):
                continue  # "a three-judge appeal court panel rejected the claim": a ruling
            return match
    return None


def find_disputes(articles: Sequence[Article], language: str) -> tuple[SentenceRef, ...]:
    """The sentences of ``articles`` that report a dispute (disputed), in article order,
    a sentence an article repeats once. English only: its forms are English."""
    if language != "english":
        return ()
    out = []
    for article in articles:
        seen = set()
        for sentence in article.sentences:
            if sentence.text not in seen and disputed(sentence.text):
                seen.add(sentence.text)
                out.append(SentenceRef(article.id, sentence.index, sentence.text))
    return tuple(out)


def read_after(
    articles: Sequence[Article], disputes: Sequence[SentenceRef]
) -> tuple[tuple[SentenceRef, SentenceRef], ...]:
    """(dispute, the sentence it is read after) for each dispute that opens pointing back, as
    a point's lead is (align.read_after: the nearest sentence before it that does not point
    back, one naming someone for '"...," he said.'). "They have all denied any wrongdoing."
    had been shown alone, "they" being nobody (a blind reader's finding, session 46); it is
    read after "Among those already targeted are Bank of America, UBS, Credit Suisse First
    Boston, Deutsche Bank and Citigroup." (past "It has also gone after auditors Grant
    Thornton.", which points back too). Not a dispute opening on a time ("This week
    Microsoft denied reports ...") or an "it" that points ahead ("It has long been reported
    that ...": nlp.refers_back); a dispute opening on "All three" or "Each" points back."""
    from .align import _A_NAME, _CONTEXT_BACK
    from .align import read_after as before_it
    from .claims import people

    by_id = {a.id: a for a in articles}
    named: dict[str, list[frozenset[str]]] = {}  # each article's sentences' people, once
    out = []
    for ref in disputes:
        article = by_id.get(ref.article)
        if article is None:
            continue
        sentences = article.sentences
        if article.id not in named:
            named[article.id] = people([s.text for s in sentences])

        def names(
            k: int, sentences: Sequence[Sentence] = sentences, article_id: str = article.id
        ) -> bool:
            text = sentences[k].text
            return bool(named[article_id][k]) or bool(_A_NAME.search(text))

        if speaker_unnamed(ref.text, article.language) and not any(
            names(k) for k in range(max(0, ref.index - _CONTEXT_BACK), ref.index)
        ):
            continue  # '"...," he said.' with no one named before it: no context, not a wrong one
        before = before_it(sentences, ref.index, article.language, names)
        if before is not None:
            out.append((ref, SentenceRef(article.id, before, sentences[before].text)))
    return tuple(out)
