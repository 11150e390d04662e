"""Page furniture and credits as data: the patterns cleaning drops, one per kind of line."""

from __future__ import annotations

import re

__all__ = [
    "CONTRIBUTOR_NOTE",
    "CREDIT_PATTERNS",
    "FURNITURE_PATTERNS",
    "GLUED_POINTER",
    "GLUED_POINTER_STARTS",
    "MEDIA_CREDIT",
    "QUESTION_HEADING",
    "TEAM_SHEET",
]


# A picture's credit or caption label ("Photo:", "File photo:", "Image credit |"): a line that
# opens with one is furniture, and a sentence that such a credit in brackets follows on its
# line is the picture's caption (captions.credits_caption).
MEDIA_CREDIT = (
    r"(?:image|photo|picture|video|file photo|graphic)(?:\s+(?:caption|credit|source))?\s*[:|]"
)


# Each pattern ignores case; "^" marks those anchored at the start of a line or sentence
# (ruleset.RuleSet compiles them). Lines and sentences that match are never sentences.
FURNITURE_PATTERNS: tuple[str, ...] = (
    # comment prompts and forms
    r"^(?:leave|post|add|write|submit|view|show|load|see|read)?\s*(?:a |the |all |more |\d+ )?"
    r"(?:comments?|repl(?:y|ies)|responses?)(?:\s+(?:here|below|now|\(\d+\)))?\W*$",
    r"\byour email address will not be published\b",
    r"\brequired fields are marked\b",
    r"\bcomments? (?:are|is) (?:closed|moderated|disabled)\b",
    r"\bsorry,? we(?: are|'re|’re) not (?:currently )?accepting comments\b",
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
    # a reader poll ("VOTE Was Germaine Greer right to leave Celebrity Big Brother? Yes No
    # Results are indicative and may not reflect public opinion", BBC News)
    r"^vote\s+(?:was|is|are|were|should|do|does|did|will|would|can|could|has|have)\b"
    r"[^.!?]{0,200}\?\s*$",
    r"\bresults are indicative and may not reflect public opinion\b",
    # copyright
    r"^(?:©|\(c\)\s*\d{4}|copyright\b)",
    r"\ball rights reserved\b",
    # media captions
    rf"^\(?{MEDIA_CREDIT}",
    # a programme's plug: "You can hear more from Jakob Nielsen and web design on the BBC World
    # Service programme, Go Digital" (BBC tech/168, a blind reader's unique point; tech/121)
    # (a plug names where: not "You can see more and more people using broadband at home")
    r"^you can (?:hear|listen to|watch|see|read|find out) more\b(?!\s+(?:and|than)\b)"
    r"[^.]*\b(?:programme|website|bbc|radio|podcast|online|channel)\b",
    # a map's or a chart's caption, its line with it: "Map indicating the strength of the
    # quake, with redder areas being harder hit. The star indicates the epicentre." (M0062; over
    # BBC, CNN/DM and MultiLing two lines open so, both maps' captions)
    # (a caption has no verb of its own: not "A graphic showing how the attack unfolded was
    # released by police", "Diagrams showing the layout ... were found in his flat")
    r"^(?:an? |the )?(?:map|chart|graphic|diagram)s?\s+(?:indicating|showing|depicting"
    r"|illustrating)\b(?![^.]*\b(?:is|are|was|were|has|have|had|will|would|shows|show)\b)",
    # helpline footers ("For confidential support call the Samaritans on 08457 90 90 90",
    # "Readers seeking support and information about suicide prevention can contact ...")
    r"^(?:for confidential support|readers seeking support)\b",
    r"^(?:if you|anyone)\b[^.]{0,120}\b(?:samaritans|lifeline|helpline|crisis line)\b",
    # a line that opens with a telephone number, listed or not ("* +33 1 57 02 10 55, for
    # calls from outside France or Brazil."): an international or a trunk prefix and two
    # groups of digits or more ("0-0 draw" has one), not a date ("01.02.2009")
    r"^[*•·–-]?\s*(?!\d\d?[\s./-]\d\d?[\s./-]\d{2,4}\b)"
    r"(?:\+\d{1,3}|\(?0\d{1,4}\)?)(?:[\s.-]\d{1,4}){2,}\b",
    # the publisher's own pointers to its editorial standards ("Our Standards: The Thomson
    # Reuters Trust Principles.")
    r"^our (?:standards|editorial (?:standards|guidelines|policy)|principles)\s*[:|]",
)


# News agencies and networks, as they name themselves: credits here, datelines in dates.py.
AGENCIES = (
    *("Reuters", "AP", "AFP", "dpa", "ANI", "PTI", "IANS", "Xinhua", "TASS", "RIA Novosti"),
    *("EFE", "UPI", "Kyodo", "Yonhap", "Bloomberg", "The Associated Press", "Associated Press"),
    *("Agence France-Presse", "Press Trust of India", "BBC", "CNN", "AAP", "ANSA", "Interfax"),
    *("IRNA", "KUNA", "Anadolu", "WENN", "Itar-Tass", "CBS", "NBC", "ABC", "PA"),
)
_AGENCIES = "|".join(re.escape(a.lower()) for a in sorted(AGENCIES, key=len, reverse=True))


# Agency and byline credits (under 200 characters).
CREDIT_PATTERNS: tuple[str, ...] = (
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
    # "CNN's Steve Brusk and Jamie Crawford contributed to this report.", "Associated Press
    # Writer Sara Kugler contributed to this report from New York City."
    # (the credit ends the sentence: "Greenpeace, which contributed to this report, said ..."
    # is news)
    r"^(?:[^.]|\b[a-z]\.){0,160}?\bcontributed (?:reporting|to this (?:report|story|article))"
    r"(?:\s+from\s+[^.]{0,40})?\s*\.?$",
    # "CNN's Jason Hanna wrote from Atlanta."
    rf"^(?:{_AGENCIES})\s?['’]s\s[^.,]{{0,80}}\b(?:wrote|reported) from (?-i:[A-Z])[^.,]{{0,40}}\.?$",
)


# A page's pointer glued to the start of a sentence, as scraped DailyMail pages have it
# ("Scroll down for video The boxes of ..."): cut off, the rest kept.
# Page furniture glued to the start of a sentence: a pointer to what is below, or an image's
# file name left by a wiki's markup ("Cquote1.svg On the occasion of...").
GLUED_POINTER = re.compile(
    r"(?:scroll down for (?:the )?(?:videos?|more)\b|[\w-]+\.(?:svg|png|jpe?g|gif)\b)[\s:.!–—-]*",
    re.IGNORECASE,
)


GLUED_POINTER_STARTS = ("Scroll", "scroll", "SCROLL")


# A note on the writer, a paragraph of its own: "Clark Boyd is technology correspondent for
# The World, a BBC World Service and WGBH-Boston co-production.", "Owain Bennallack is the
# editor of Develop magazine." (BBC's guest pieces end so, with a full stop or without). Read
# on an article's last paragraph only (blocks.mark_writer_note), a person's name of two or
# three words and a writer's role: "WMC Resources is the world's third-largest producer of
# ..." is news, and so is "Paul Dacre is the editor of the Daily Mail." in the story. Over
# BBC, CNN/DM and MultiLing it matches 16 last paragraphs, each such a note (seven of them
# "Bill Thompson is a regular commentator on the BBC World Service programme Go Digital.").
CONTRIBUTOR_NOTE = re.compile(
    r"(?:[A-Z][\w'’.-]+\s){2,3}is (?:a |an |the |our )?(?:[\w'’-]+\s){0,4}?"
    r"(?:correspondent|reporter|editor|writer|columnist|presenter|contributor|commentator)"
    r" (?:for|at|with|of|on)\b[^.]{0,120}\.?"
)


# A team sheet left without its labels ("Subs not used:", "Booked:", "Goals:" gone from BBC's
# match reports), a paragraph of its own: names and what a sheet gives beside them (a club or
# a substitute in brackets, a minute, "pen"), two or more, set apart by commas or semicolons,
# after a bare colon at most: "Morrison, Wilson.", "Douglas, Henchoz, ..., Petrov (McGeady
# 70), Bellamy.", ": Varga 40, Thompson 48 pen, Petrov 60." A blind reader found seven such
# lines among a match report's unique points (session 56). Over BBC, CNN/DM and MultiLing it
# matches 120 paragraphs, each a team sheet, a squad or a list of scorers; a quote after a
# bare colon (': "I recall in 1978 ..."') is no list.
_SHEET_NAME = (
    r"[A-Z][\w'’.-]*(?:\s(?:[A-Z][\w'’.-]*|van|de|der|da|dos|del|di|le|la))*"
    r"(?:\s\([^()]{1,40}\))?(?:\s\d{1,3}(?:\s(?:pen|og))?)?"
)
TEAM_SHEET = re.compile(rf"(?::\s+)?{_SHEET_NAME}(?:[,;]\s{_SHEET_NAME})+\.?")


# An explainer's subheading: a short question on a line of its own, opening with a question
# word, without quotation marks ("Why is the council doing this?", "What happens next?").
# Structure, as a heading is, not a sentence (blocks.classify; at most 12 words).
QUESTION_HEADING = re.compile(
    r"(?:why|what|how|when|where|who|whose|which|is|are|was|were|can|could|will|would|"
    r"should|does|do|did|has|have)\b[^\"“”‘’'.!?]*\?",
    re.IGNORECASE,
)
