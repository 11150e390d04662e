"""Stories: grouping quality on a slice, the JSON contract, the index, briefs and reruns."""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from summarise.cleaning import parse_text
from summarise.cli import cli
from summarise.models import Stories, Story
from summarise.render.stories import stories_html, stories_markdown, stories_payload
from summarise.stories import find_stories, group_articles

from .conftest import ARTICLES

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
MULTILING = DATA / "multiling2011_english" / "multiling2011_english.jsonl"
sys.path.insert(0, str(ROOT / "benchmarks"))


@pytest.mark.skipif(not MULTILING.exists(), reason="the shared data is not beside the repo")
def test_multiling_stories_are_found_among_bbc_articles():
    from stories_bcubed import bcubed, load

    articles, truth = load(200)
    stories = group_articles(articles)
    found = {articles[i].id: n for n, story in enumerate(stories) for i in story}
    multiling = [a.id for a in articles if not a.id.startswith("bbc-")]
    precision, recall, f1 = bcubed(truth, found, multiling)
    assert precision >= 0.95, (precision, recall, f1)  # measured 1.00 / 0.93 / 0.97
    assert f1 >= 0.95, (precision, recall, f1)  # 1.00 / 0.87 / 0.93 before session 7
    # Over every article (each BBC article its own story): measured 0.90 / 0.98 / 0.936
    # (0.87 / 0.96 / 0.91 before).
    precision, recall, f1 = bcubed(truth, found, [a.id for a in articles])
    assert f1 >= 0.925, (precision, recall, f1)


@pytest.mark.slow
@pytest.mark.skipif(not MULTILING.exists(), reason="the shared data is not beside the repo")
def test_the_issues_mix_reaches_its_floor():
    """Issue 17's measure: MultiLing's stories among 1,000 BBC articles, F1 0.9 over all.
    Measured 0.901 since session 55's seed that rises with the pile (events.seeded_at; 0.892
    before, with MultiLing's own recall as now: a join share of 0.4 had reached 0.902 by
    splitting MultiLing's stories, recall 0.95 -> 0.88; benchmarks/README.md, "Stories")."""
    from stories_bcubed import bcubed, load

    articles, truth = load(1000)
    stories = group_articles(articles)
    found = {articles[i].id: n for n, story in enumerate(stories) for i in story}
    precision, recall, f1 = bcubed(truth, found, [a.id for a in articles])
    assert f1 >= 0.9, (precision, recall, f1)  # measured 0.82 / 1.00 / 0.901 (0.804 before)
    multiling = [a.id for a in articles if not a.id.startswith("bbc-")]
    precision, recall, f1 = bcubed(truth, found, multiling)
    # measured 0.98 / 0.93 / 0.95 (R 0.882 before session 55; 0.95 until session 57, when
    # M0060's map caption, "A map indicating the intensity of the earthquake in Haiti and the
    # Dominican Republic", went as page furniture: M0067, US nationals arrested at the
    # Dominican border with 33 children, had been linked into the quake's story through it)
    assert recall >= 0.93, (precision, recall, f1)


def test_two_articles_start_a_story_at_a_link_that_rises_with_the_pile():
    """A pile of IDF_PILE articles or more weighs a story's own words more, and every link of
    one story is higher: two single articles start a story at STORY_SEED in a small pile,
    SEED_RISE more in a big one (two days of the dollar, 0.42 alike, had started one among
    1,000 BBC articles). The pair here is 0.42 alike, every other article alike to none."""
    import numpy as np
    from scipy import sparse

    from summarise.compare.events import (
        IDF_PILE,
        SEED_FROM,
        SEED_RISE,
        STORY_SEED,
        group_vectors,
        seeded_at,
    )

    assert seeded_at(STORY_SEED, 100) == STORY_SEED
    assert seeded_at(STORY_SEED, SEED_FROM) == STORY_SEED
    assert STORY_SEED < seeded_at(STORY_SEED, 500) < STORY_SEED + SEED_RISE
    assert seeded_at(STORY_SEED, IDF_PILE) == pytest.approx(STORY_SEED + SEED_RISE)
    assert seeded_at(STORY_SEED, 10 * IDF_PILE) == pytest.approx(STORY_SEED + SEED_RISE)

    def pile(n: int, seed: float | None = None) -> list[list[int]]:
        rows = np.zeros((n, n + 1))
        rows[0, 0] = 1.0
        rows[1, 0], rows[1, 1] = 0.42, np.sqrt(1 - 0.42**2)  # the pair: cosine 0.42
        for k in range(2, n):
            rows[k, k] = 1.0
        matrix = sparse.csr_matrix(rows)
        return [g for g in group_vectors(matrix, matrix, seed=seed) if len(g) > 1]

    assert pile(100) == [[0, 1]]
    assert pile(IDF_PILE) == []
    assert pile(IDF_PILE, seed=STORY_SEED) == [[0, 1]]  # a seed given is used as given


@pytest.mark.skipif(not MULTILING.exists(), reason="the shared data is not beside the repo")
def test_multiling_stories_are_found_among_hand_labelled_cnndm_articles():
    """The second check, labelled before the grouping was run on it
    (benchmarks/dev/cnndm-stories.json): no two of the 100 CNN/DM articles report one event,
    though many are about the same clubs and players in the same weeks."""
    from stories_bcubed import bcubed, load_cnndm

    articles, truth = load_cnndm()
    stories = group_articles(articles)
    found = {articles[i].id: n for n, story in enumerate(stories) for i in story}
    multiling = [a.id for a in articles if a.id.startswith("M")]
    precision, recall, f1 = bcubed(truth, found, multiling)
    # Measured 0.97 / 0.91 / 0.935 (0.91 before session 7). Haiti's first report ("7.0
    # magnitude earthquake strikes off Haitian coast") links to the Chile story's articles
    # about as closely as to Haiti's others (0.107 and 0.101 on average): which it joins turns
    # on the order of merges. In session 12 removing credit lines from CNN articles turned it
    # to Chile's for a while; since session 38, when "(CNN)" no longer opens every CNN
    # article's first sentence, it joins Chile's with its aftershock report (1.00 / 0.93 /
    # 0.97 before; docs/stories.md).
    assert f1 >= 0.93, (precision, recall, f1)
    precision, recall, f1 = bcubed(truth, found, [a.id for a in articles])
    assert precision >= 0.98, (precision, recall, f1)  # measured 0.98 / 0.95 / 0.97
    assert f1 >= 0.96, (precision, recall, f1)  # 0.94 before session 7


@pytest.mark.skipif(not MULTILING.exists(), reason="the shared data is not beside the repo")
def test_the_london_bombings_are_one_story_in_a_small_pile():
    """MultiLing's London-bombing cluster (M001) is one story among MultiLing's 100 articles,
    and 10 singletons beside its tsunami cluster (M000) and the 5 sample articles (25 in all):
    its one pair above STORY_SEED, "London bombing suspects are all British nationals" and
    "London bomb suspect returned from Italy", has a link of 0.43 among the 100 and 0.39
    among the 25, its titles' cosine 0.62 and 0.56. In a small pile every word is rare, and
    the IDF taken as over 1,000 articles weighs the titles' other words (British, nationals,
    returned, Italy) as if they were as rare as "bomb" and "suspect"; only a pile of news, or
    word frequencies from outside it, tells them apart. Neither change tried fixes it without
    a cost: IDF over 100-300 articles forms this story but loses the tsunami's in the same pile,
    and the IDF of repeated words only (Church's adaptation) makes the sample's five meetings
    one story. Known to fail until session 56 (a strict xfail): it holds since a list is read
    one item a line (cleaning.blocks.continues), which gives M0008's list of tolls by country
    a sentence an item and moves the small pile's word weights. The cause above stands: a
    loose story still depends on the pile, and a change elsewhere may break this again."""
    from stories_bcubed import _multiling

    from summarise import load_articles

    multiling, _ = _multiling()
    sample, _ = load_articles([str(ROOT / "articles")])
    pile = [a for a in multiling if a.id[:4] in ("M000", "M001")] + list(sample)
    stories = group_articles(pile)
    london = max(sum(pile[i].id.startswith("M001") for i in story) for story in stories)
    assert london >= 8


def test_five_meetings_are_five_stories():
    """The sample's five articles report five different India-US meetings (2021, the first
    2+2, a Washington 2+2, 2022, November 2023): alike in subject, not one event."""
    from summarise import load_articles

    sample, failures = load_articles([str(ROOT / "articles")])
    assert not failures
    assert [len(s) for s in group_articles(sample)] == [1, 1, 1, 1, 1]


def _article(article_id: str, title: str, body: str):  # type: ignore[no-untyped-def]
    return parse_text(f"{title}\n\n{body}", article_id=article_id)


QUAKE = (
    "A magnitude 7.0 earthquake struck Riverton province on Tuesday, destroying the old town "
    "hall and the Riverton cathedral. Rescuers searched the rubble of the cathedral for "
    "survivors. The Riverton governor said 41 people were killed."
)
FLOOD = (
    "Floods swept through the Marlow valley after the Marlow dam burst on Friday. Farmers "
    "in the Marlow valley lost their harvest. The dam operator said the spillway had failed."
)


def test_two_events_are_two_stories_and_singletons_are_kept():
    articles = [
        _article("a", "Quake hits Riverton", QUAKE),
        _article(
            "b",
            "Riverton quake kills 41",
            "The Riverton governor said 41 people died when the earthquake struck Riverton "
            "province. The Riverton cathedral and the old town hall collapsed. Rescuers dug "
            "through the rubble of the cathedral.",
        ),
        _article("c", "Marlow dam bursts", FLOOD),
        _article("d", "Marlow valley flooded", FLOOD.replace("swept", "surged")),
        _article(
            "e", "Chess final drawn", "The chess final in Oslo ended in a draw after six hours."
        ),
    ]
    stories = find_stories(articles)
    groups = sorted(sorted(s.articles) for s in stories.stories)
    assert groups == [["a", "b"], ["c", "d"], ["e"]]
    quake = next(s for s in stories.stories if "a" in s.articles)
    assert quake.key_points, "the two reports of the quake share points"
    flood = next(s for s in stories.stories if "c" in s.articles)
    assert not flood.key_points, "a copy is one source: no shared point with itself"


def test_index_escapes_input_text():
    story = Story("story-0001", '<script>alert(1)</script>" onload="x', ("a", "b"), ("<b>", "c"))
    page = stories_html(Stories((story,), 2))
    assert "<script>alert" not in page
    assert "&lt;script&gt;" in page

    class Tags(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.seen: list[str] = []

        def handle_starttag(self, tag, attrs):  # type: ignore[no-untyped-def]
            self.seen.append(tag)
            assert not any(name.startswith("on") for name, _ in attrs)

    parser = Tags()
    parser.feed(page)
    assert "script" not in parser.seen
    assert "section" in parser.seen
    assert "\\<script\\>" in stories_markdown(Stories((story,), 2))


def test_cli_json_contract_out_dir_and_rerun(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, title, body in [
        ("a", "Quake hits Riverton", QUAKE),
        # (another report of the quake, not a near copy of the first: a copy is no source)
        (
            "b",
            "Riverton quake kills 41",
            "Rescue teams combed the ruins of the Riverton cathedral after Tuesday's magnitude"
            " 7.0 earthquake. The Riverton governor said 41 people were killed, and the old town"
            " hall was destroyed.",
        ),
        ("c", "Chess final drawn", "The chess final in Oslo ended in a draw after six long hours."),
    ]:
        (folder / f"{name}.txt").write_text(f"{title}\n\n{body}\n", encoding="utf-8")
    runner = CliRunner()
    done = runner.invoke(cli, ["stories", str(folder), "--format", "json"])
    assert done.exit_code == 0, done.output
    payload = json.loads(done.stdout)
    assert [sorted(s["articles"]) for s in payload["stories"]] == [["a", "b"], ["c"]]
    assert {"id", "title", "articles"} <= payload["stories"][0].keys()

    out = tmp_path / "out"
    first = runner.invoke(cli, ["stories", str(folder), "--out-dir", str(out)])
    assert first.exit_code == 0, first.output
    assert "1 brief written, 0 up to date" in first.stderr
    index = (out / "index.md").read_text(encoding="utf-8")
    assert "(briefs/story-0001.md)" in index
    assert (out / "briefs" / "story-0001.md").read_text(encoding="utf-8").startswith("# ")
    again = runner.invoke(cli, ["stories", str(folder), "--out-dir", str(out)])
    assert "0 briefs written, 1 up to date" in again.stderr
    # a brief written by other code (another release, or the same release's code changed)
    # is redone, though its articles are the same
    from summarise.stories import briefs

    with pytest.MonkeyPatch.context() as patched:
        patched.setattr(briefs, "build", lambda: "0.1.0+other-code")
        redone = runner.invoke(cli, ["stories", str(folder), "--out-dir", str(out)])
    assert "1 brief written, 0 up to date" in redone.stderr


def test_nothing_to_read_is_an_error(tmp_path):
    done = CliRunner().invoke(cli, ["stories", str(tmp_path)])
    assert done.exit_code != 0


def test_ids_in_the_markdown_index_are_code_not_escaped_text():
    stories = Stories(
        stories=(
            Story("story-0001", "Two", ("a_1", "b_2"), ("Two", "Two")),
            Story("story-0002", "A title", ("000_9cf4",), ("A title",)),
        ),
        article_count=3,
    )
    text = stories_markdown(stories)
    assert "(`000_9cf4`)" in text
    assert "`story-0001`" in text
    assert "\\_" not in text


def test_the_markdown_index_says_where_to_read_the_titles_it_leaves_out():
    """Five titles a story, then "and N more": where to read them (a user's test, session
    51: without --out-dir there was no way to see them in that output)."""
    ids = tuple(f"a{n}" for n in range(8))
    titles = tuple(f"Title {n}" for n in range(8))
    alone = Stories(stories=(Story("story-0001", "Title 0", ids, titles),), article_count=8)
    assert "- and 3 more (see `--format json`)" in stories_markdown(alone)
    briefed = Story("story-0001", "Title 0", ids, titles, brief="briefs/story-0001.md")
    text = stories_markdown(Stories(stories=(briefed,), article_count=8))
    assert "- and 3 more (see [its brief](briefs/story-0001.md))" in text


def test_a_team_sheet_a_fragment_or_a_sentence_pointing_back_is_no_key_point():
    """An index shows key points without the sentences around them."""
    from summarise.stories import _says_something

    def says(text: str) -> bool:
        return _says_something(text, "english")

    assert not says("F Sheahan, M Horan, D O'Callaghan, E Miller, G Easterby.")
    assert not says("Some dead, some alive.")
    assert not says("They are all British nationals, police said on Tuesday evening.")
    assert not says('"And that would require that global emissions go down by half."')
    assert says("Yukos claims its downfall was punishment for political ambitions.")
    # Names count, and other scripts' letters: a claim full of names is still one.
    assert says("The United States strongly opposes emission targets, as do Japan and Canada.")
    assert says("Le président français a annoncé mardi une réforme très importante.")


def test_a_piece_of_a_longer_quotation_is_no_key_point():
    """A sentence that ends a quotation opened before it, or opens with one it does not
    close, says who said it nowhere (BBC's Gerrard story showed 'If he was not so committed
    to Liverpool he would have gone by now."'); a quotation its speaker opens, a whole one,
    and the seconds of a race time are fine."""
    from summarise.stories import _says_something

    def says(text: str) -> bool:
        return _says_something(text, "english")

    assert not says('If he was not so committed to Liverpool he would have gone by now."')
    assert not says("I very much hope that the wonderful fans will respect my decision.”")
    assert not says('"If you want the pension you were promised you must work five more years.')
    assert says('Benitez said: "I said to Steven that I was sure he wanted to stay here.')
    assert says('"We tried to find the company, but we could not," the minister said.')
    assert says("Rasmussen and Contador extend their lead on Cadel Evans of Australia by 1' 37\".")
    # a quotation glued to the word before it, a speaker named between two quotations, and a
    # quotation that ends on a figure are whole
    assert says(
        'The statement explaining the decision read:"We want to make clear we do not condone drugs."'
    )
    assert says('Mr Howard accused Mr Brown and his ministers of"squabbling like schoolboys".')
    assert says('"I fully welcome the words of Mr Snow," said Joaquin Almunia, "but we need more.')
    assert says('"Route 66" is a famous road across the western United States.')


def test_a_very_common_term_proposes_no_candidates_but_counts_in_the_similarity():
    """Each article's products are bounded however big the pile: a term that more than
    CANDIDATE_DF articles use finds no neighbours, yet the cosine of a pair found through a
    rarer term is that of the whole vectors."""
    import itertools

    import numpy as np
    from scipy import sparse

    from summarise.compare.events import CANDIDATE_DF, _candidates

    n = CANDIDATE_DF + 50
    rows = [[0] for _ in range(n)]
    rows[0].append(1)
    rows[1].append(1)
    data = [1.0 for row in rows for _ in row]
    indices = [c for row in rows for c in row]
    indptr = [0, *itertools.accumulate(len(row) for row in rows)]
    counts = sparse.csr_matrix((data, indices, indptr), shape=(n, 2))
    matrix = sparse.csr_matrix(sparse.diags(1 / np.sqrt([len(r) for r in rows])) @ counts)
    found = _candidates(matrix, 10)
    assert list(found) == [(0, 1)]
    assert found[(0, 1)] == pytest.approx(1.0)


def _rows(spec: list[dict[int, float]], width: int = 8):  # type: ignore[no-untyped-def]
    """L2-normalised rows, one per {column: weight}."""
    from scipy import sparse

    from summarise.tfidf import l2_normalise

    dense = [[row.get(k, 0.0) for k in range(width)] for row in spec]
    return l2_normalise(sparse.csr_matrix(dense))


def test_titles_that_name_one_event_make_a_link():
    """Bodies 0.35 alike (below the seed alone) start a story when their titles say the
    same, and not when the titles differ: 0.4 x 0.35 + 0.6 x the titles' cosine."""
    from summarise.compare.events import group_vectors

    chosen = 0.35**0.5
    bodies = _rows([{0: chosen, 1: (1 - chosen**2) ** 0.5}, {0: chosen, 2: (1 - chosen**2) ** 0.5}])
    assert (bodies @ bodies.T).toarray()[0, 1] == pytest.approx(0.35)
    same, other = _rows([{5: 1}, {5: 1}]), _rows([{5: 1}, {6: 1}])
    assert group_vectors(bodies, same) == [[0, 1]]
    assert group_vectors(bodies, other) == [[0], [1]]
    assert group_vectors(bodies, same, title=0.0) == [[0], [1]]


def test_a_member_linked_to_one_member_only_leaves_the_story():
    """Four articles alike (0.77 to 0.8) and a fifth linked only to the fourth (0.40: its
    average over the story, 0.10, passes the merge threshold): the fifth's cosine with the
    rest of the story is 0.11, below STORY_CORE, so it is a story of its own. Sharing the
    story's own term as well, it stays."""
    from scipy import sparse

    from summarise.compare.events import group_vectors

    core = [{0: 1, 2: 0.5}, {0: 1, 3: 0.5}, {0: 1, 5: 0.5}, {0: 1, 1: 0.6}]
    no_titles = sparse.csr_matrix((5, 8))
    through_one = _rows([*core, {1: 1, 4: 0.8}])
    assert group_vectors(through_one, no_titles, title=0.0) == [[0, 1, 2, 3], [4]]
    close = _rows([*core, {0: 0.7, 1: 1, 4: 0.8}])
    assert group_vectors(close, no_titles, title=0.0) == [[0, 1, 2, 3, 4]]


def test_an_article_joins_a_tight_story_only_when_close_to_it_as_its_members_are():
    """A pair 0.92 alike (one event told twice) does not take a third article linked 0.23 to
    each (below 0.3 x 0.92); a pair 0.5 alike takes one linked 0.32 to each."""
    from scipy import sparse

    from summarise.compare.events import group_vectors

    no_titles = sparse.csr_matrix((3, 8))
    tight = _rows([{0: 1, 1: 0.3}, {0: 1, 2: 0.3}, {0: 0.25, 3: 1}])
    assert group_vectors(tight, no_titles, title=0.0) == [[0, 1], [2]]
    loose = _rows([{0: 1, 1: 1}, {0: 1, 2: 1}, {0: 0.5, 3: 1}])
    assert group_vectors(loose, no_titles, title=0.0) == [[0, 1, 2]]


def test_key_points_are_found_by_words_without_the_comparator(monkeypatch):
    """The index's key points cost a few milliseconds a story: no same-point model is built
    (the brief, with --out-dir, still builds one). The point all three sources make comes
    before the one two make."""
    import summarise.compare.pairs

    def refuse(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("the index should not build the comparator's scorer")

    monkeypatch.setattr(summarise.compare.pairs, "build_scorer", refuse)
    everyone = "The Riverton governor said 41 people were killed when the cathedral collapsed."
    two = "Rescuers searched the rubble of the old town hall through the night."
    articles = [
        _article("a", "Quake hits Riverton", f"{everyone} {two} Schools will stay closed."),
        _article("b", "Riverton quake kills 41", f"{two} {everyone} Power lines came down."),
        _article(
            "c",
            "Riverton mourns",
            f"{everyone.replace('said', 'confirmed')} Flags flew at half mast across the town.",
        ),
    ]
    stories = find_stories(articles)
    assert [sorted(s.articles) for s in stories.stories] == [["a", "b", "c"]]
    assert stories.stories[0].key_points == (everyone, two)


def test_key_points_read_each_sources_first_sentences_only(monkeypatch):
    """Every two sentences of a story are compared for its key points: a story of two
    10,000-line articles had needed 12.5 GB. A story's sentences read are at most
    KEY_POINT_ROWS, each source's first ones (ten at least): a point two sources make only
    past those is no key point."""
    import summarise.stories as stories_module

    everyone = "The Riverton governor said 41 people were killed when the cathedral collapsed."
    first = [f"Crews cleared road {n} near the harbour by noon." for n in range(12)]
    second = [f"Volunteer group {n} brought blankets to the school." for n in range(12)]
    articles = [
        _article("a", "Quake hits Riverton", " ".join([*first, everyone])),
        _article("b", "Riverton quake kills 41", " ".join([*second, everyone])),
    ]
    assert everyone in find_stories(articles).stories[0].key_points
    monkeypatch.setattr(stories_module, "KEY_POINT_ROWS", 20)
    assert everyone not in find_stories(articles).stories[0].key_points


def test_a_key_point_needs_more_than_the_storys_names_and_an_opinion_its_own_words():
    """Another source's sentence supports a key point only when they share more than one
    heavy word or two ("Kilroy-Silk ... cathedral" is not "Kilroy-Silk resigned over the
    donation"; BBC's "Thank goodness that Kilroy-Silk has gone", "If he had voted, it would
    have been against the donation"), and someone's own view only when it is quoted again
    ("I hope the whole town will stand together!" is not the mayor's words)."""
    everyone = "The Riverton governor said 41 people were killed when the cathedral collapsed."
    lone = "Councillor Kilroy-Silk later resigned over the Riverton cathedral donation."
    seen = "Kilroy-Silk was seen near the Riverton cathedral."
    hope = '"I hope the whole town will stand together!"'
    articles = [
        _article("a", "Quake hits Riverton", f"{everyone} {lone} Schools will stay closed."),
        _article("b", "Riverton quake kills 41", f"{everyone} {seen} Power lines came down."),
        _article(
            "c", "Riverton mourns", f"{everyone.replace('said', 'confirmed')} {hope} Flags flew."
        ),
        _article(
            "d",
            "Riverton grieves",
            f"{everyone.replace('said', 'announced')} Mayor Ruth Cole said the town must "
            "stand together now. Trains stopped.",
        ),
    ]
    (story,) = find_stories(articles).stories
    assert story.key_points == (everyone,)


_BBC = Path(__file__).resolve().parents[2] / "shared" / "data" / "bbc_news_summary"


@pytest.mark.skipif(not _BBC.exists(), reason="the shared data is not beside the repo")
def test_a_report_and_its_fuller_version_are_one_source_and_one_copy():
    """A code review's case (session 50): the brief keeps the fuller of two versions
    (find_copies), copy_roots the first; the index counted both as copies, and six BBC
    stories of two versions were listed neither as stories nor as single articles."""
    rows = {}
    with (_BBC / "bbc_news_summary.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            if row["id"] in ("tech/019", "tech/329"):
                rows[row["id"]] = row
    articles = [
        parse_text(r["text"], article_id=i, title_hint=r["title"]) for i, r in sorted(rows.items())
    ]
    stories = find_stories(articles)
    listed = [a for s in stories.stories for a in s.articles]
    assert sorted(listed) == ["tech/019", "tech/329"]
    assert [s.copies for s in stories.stories] == [1]


def test_a_copy_counts_once_from_the_sentences_already_compared(monkeypatch):
    """Copies are told from the story's sentence similarities for its key points (no second
    pass over word 5-grams there): a sentence that only an article and its copy say is no
    shared point. (The count of a story's copies is its brief's, find_copies: session 35.)"""
    import summarise.stories

    def refuse(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("the key points should tell copies from the sentences compared")

    monkeypatch.setattr(summarise.stories, "_copy_count", lambda *args: 0)
    monkeypatch.setattr(summarise.stories, "find_copies", refuse)
    shared = "The Riverton governor said 41 people were killed when the cathedral collapsed."
    own = (
        "Rescuers searched the rubble of the old town hall through the night. Schools in "
        "the province will stay closed until the engineers have inspected every building."
    )
    articles = [
        _article("a", "Quake hits Riverton", f"{shared} {own}"),
        _article("b", "Riverton quake", f"{shared} {own.replace('searched', 'combed')}"),
        _article("c", "Riverton mourns", f"{shared} Flags flew at half mast across the town."),
    ]
    stories = find_stories(articles)
    assert [sorted(s.articles) for s in stories.stories] == [["a", "b", "c"]]
    assert stories.stories[0].key_points == (shared,)


def test_the_index_counts_a_storys_copies_as_its_brief_does():
    """A near copy (most of its wording, a few sentences changed) is counted once by the
    brief ("7 articles, 1 of them a copy counted once") but was not by the index ("7
    articles"), which counted only copies that print 80% of the longer one's sentences: six
    stories of BBC and MultiLing were a report and its near copy, listed as reported by two
    sources, with no key point (session 35). They are one source and its copy now."""
    from summarise.compare import compare

    sentences = [
        "The Riverton governor said 41 people were killed when the cathedral collapsed.",
        "Rescuers searched the rubble of the old town hall through the night.",
        "Schools in the province will stay closed until engineers inspect every building.",
        "The quake struck at 4am local time, when most people were asleep.",
        "Power was cut to 20,000 homes across the northern districts.",
        "The army sent two field hospitals and 300 soldiers to help.",
        "Aftershocks rattled the region for the rest of the day.",
        "The prime minister will visit the town on Monday.",
        "A fund for the families of the dead has raised £2m.",
        "Engineers warned that the bridge over the river may be unsafe.",
    ]
    copy = list(sentences)  # three sentences with a word changed: 70% of them the same
    copy[1] = copy[1].replace("searched", "combed")
    copy[4] = copy[4].replace("cut", "lost")
    copy[7] = copy[7].replace("visit", "tour")
    articles = [
        _article("a", "Quake kills 41 in Riverton", " ".join(sentences)),
        _article("b", "Riverton quake kills 41", " ".join(copy)),
    ]
    [duplicate] = compare(articles).duplicates
    assert duplicate.overlap < 1
    stories = find_stories(articles)
    [story] = stories.stories
    assert (story.copies, story.sources) == (1, 1)
    assert stories.shared == ()


def test_a_passage_two_articles_print_word_for_word_is_one_sources():
    """Two articles that are no copies of each other but print one block word for word (BBC
    sport/112 and sport/118, one interview's two write-ups over the same readers' comments)
    give the block's sentences no support from each other."""
    shared = "The Riverton governor said 41 people were killed when the cathedral collapsed."
    block = (
        "Readers wrote in their hundreds to the Riverton Courier about the cathedral. "
        "Fifty million pounds would rebuild the cathedral twice over, wrote one reader. "
        "Another reader said the Riverton cathedral should stay a ruin as a memorial."
    )
    articles = [
        _article(
            "a",
            "Quake hits Riverton",
            f"{shared} Rescuers searched the rubble of the old town hall through the night. "
            "Schools in the province will stay closed until engineers inspect them. "
            f"Power lines came down across the eastern valley. {block}",
        ),
        _article(
            "b",
            "Riverton quake: the rebuilding",
            f"{shared.replace('said', 'confirmed')} The province will ask for aid to rebuild "
            "the cathedral. Builders from three countries have offered their help. "
            f"The bishop will lead a service in the square on Sunday. {block}",
        ),
        _article(
            "c",
            "Riverton mourns",
            f"{shared.replace('said', 'announced')} Flags flew at half mast across the town.",
        ),
    ]
    (story,) = find_stories(articles).stories
    assert story.key_points == (shared,)


def test_a_story_is_titled_by_the_article_that_stands_best_for_the_others():
    """Text and title both count: the article whose text is closest to the others' by a
    hair does not win over the one whose headline shares the others' words (BBC's Oscars
    story was "Oscar nominees gear up for lunch" beside "Bookmakers back Aviator for
    Oscar"); with titles that share nothing, the text decides."""
    import numpy as np
    from scipy import sparse

    from summarise.cleaning import parse_text
    from summarise.compare.events import central_title

    articles = [
        parse_text("The film won the prize on Sunday.", article_id=str(k), title_hint=t)
        for k, t in enumerate(["Nominees gear up for lunch", "Aviator", "Bookmakers back Aviator"])
    ]
    text = sparse.csr_matrix(np.array([[0.8, 0.6], [1.0, 0.0], [0.6, 0.8]]))  # the first closest
    heads = sparse.csr_matrix(np.array([[1.0, 0.0], [0.0, 1.0], [0.0, 1.0]]))
    assert central_title(articles, text, heads) == "Bookmakers back Aviator"
    apart = sparse.csr_matrix(np.eye(3))
    assert central_title(articles, text, apart) == "Nominees gear up for lunch"


def test_a_copy_does_not_make_its_article_the_story_title():
    """An article run twice under one title stands for the story once: BBC's Band Aid story
    was titled "Pop band Busted to 'take a break'", an article the pile holds twice."""
    import numpy as np
    from scipy import sparse

    from summarise.cleaning import parse_text
    from summarise.compare.events import central_title

    titles = ["Busted take a break", "Band Aid single at number one", "Busted take a break"]
    titles += ["Band Aid storms to number one"]
    articles = [
        parse_text("The single sold well on Sunday.", article_id=str(k), title_hint=t)
        for k, t in enumerate(titles)
    ]
    text = sparse.csr_matrix(np.array([[1.0, 0.0], [0.6, 0.8], [1.0, 0.0], [0.6, 0.8]]))
    heads = sparse.csr_matrix(np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 0.0], [0.0, 1.0]]))
    assert central_title(articles, text, heads).startswith("Band Aid")


@pytest.mark.skipif(not MULTILING.exists(), reason="the shared data is not beside the repo")
def test_a_story_brief_does_not_split_its_story_into_events_again():
    """In a pile of its own, the London bombings' ten articles weigh their shared words less
    and group as ten events: `report` says so, but a story's brief under `stories` does not
    contradict the index that made it one story."""
    from summarise.report import build_report
    from summarise.stories.briefs import story_brief

    row = next(
        r
        for r in map(json.loads, MULTILING.read_text(encoding="utf-8").splitlines())
        if r["id"] == "M001"
    )
    articles = tuple(
        parse_text(d["text"], article_id=d["id"], title_hint=d["title"])
        for d in row["documents"][:4]
    )
    assert len(build_report(articles).stories) > 1
    brief = story_brief((articles, "english", "markdown", False, "", None))
    assert "different events" not in brief
    assert "What the sources agree on" in brief


def test_a_point_an_article_says_twice_is_one_key_point():
    """A review found "UKIP leader Roger Knapman says he is glad to see the back of Mr
    Kilroy-Silk" and "UKIP's leader, Roger Knapman, has said he is glad..." as two of a
    story's three key points: one article said it twice, and each had another's support."""
    said = "The Riverton governor said 41 people were killed when the cathedral collapsed."
    again = "The governor of Riverton has said 41 people were killed as the cathedral collapsed."
    two = "Rescuers searched the rubble of the old town hall through the night."
    articles = [
        _article("a", "Quake hits Riverton", f"{said} {two} Later, {again[0].lower()}{again[1:]}"),
        _article("b", "Riverton quake kills 41", f"{two} {said} Power lines came down."),
        _article("c", "Riverton mourns", f"{said} Flags flew at half mast across the town."),
    ]
    (story,) = find_stories(articles).stories
    assert story.key_points == (said, two)


def test_another_figure_for_the_same_measure_is_no_support():
    """Two days' readings of one market are not one point: "Brent crude fell 32 cents to
    $49.74 a barrel" is not supported by "Brent crude rose 50 cents to $47.10 a barrel"."""
    one = "In London, Brent crude fell 32 cents to $49.74 a barrel on Monday morning."
    other = "In London, Brent crude rose 50 cents to $47.10 a barrel on Monday morning."
    everyone = "Opec ministers said the cartel saw no reason to cut its oil output this winter."
    articles = [
        _article("a", "Oil prices fall as Opec meets", f"{one} {everyone} Traders were calm."),
        _article("b", "Oil prices rise as Opec meets", f"{other} {everyone} Dealers were busy."),
        _article("c", "Opec meets on oil prices", f"{everyone} Markets were quiet today."),
    ]
    (story,) = find_stories(articles).stories
    assert story.key_points == (everyone,)


def test_the_index_lists_a_title_two_articles_carry_once():
    """A pile's copies under one title read as two reports ("Lifestyle 'governs mobile
    choice'" twice among a story's first five titles)."""
    stories = Stories(
        (Story("story-0001", "Lifestyle", ("a", "b", "c"), ("Lifestyle", "Phones", "Lifestyle")),),
        3,
    )
    text = stories_markdown(stories)
    assert "- Lifestyle (2 articles)\n- Phones\n" in text
    assert "<li>Lifestyle (2 articles)</li><li>Phones</li>" in stories_html(stories)


def test_the_index_lists_a_story_s_articles_earliest_first_with_their_dates():
    """A running story's index reads as it ran: titles by date, undated ones last in the
    order given; a title two articles carry takes the earlier date. The JSON keeps the
    articles in input order, with their dates beside them."""
    story = Story(
        "story-0001",
        "Verdict",
        ("a", "b", "c", "d", "e"),
        ("Verdict", "Undated follow-up", "Arrest", "Trial opens", "Arrest"),
        dates=("2005-03-02", None, "2004-11-20", "2005-01-10", "2004-11-19"),
    )
    text = stories_markdown(Stories((story,), 5))
    assert (
        "- 2004-11-19 · Arrest (2 articles)\n- 2005-01-10 · Trial opens\n"
        "- 2005-03-02 · Verdict\n- Undated follow-up\n"
    ) in text
    assert "<li>2004-11-19 · Arrest (2 articles)</li><li>2005-01-10 · Trial opens</li>" in (
        stories_html(Stories((story,), 5))
    )
    (row,) = stories_payload(Stories((story,), 5))["stories"]
    assert row["articles"] == ["a", "b", "c", "d", "e"]
    assert row["dates"] == ["2005-03-02", None, "2004-11-20", "2005-01-10", "2004-11-19"]


def test_find_stories_gives_each_article_s_date():
    first = parse_text("Quake hits city\n\nA quake hit the city on Monday.", article_id="a")
    second = parse_text("Quake toll rises\n\nThe quake toll rose on Tuesday.", article_id="b")
    dated = replace(first, date="2010-01-12T10:00:00")
    (story, *_) = find_stories([dated, second]).stories
    assert dict(zip(story.articles, story.dates, strict=True)).get("a") == "2010-01-12"


def test_a_quote_whose_speaker_is_only_he_is_no_key_point():
    """The index shows a key point alone: '"...," he said.' does not say who."""
    from summarise.stories import _says_something

    assert not _says_something(
        '"Two million pensioners currently live below the poverty line," he said.', "english"
    )
    assert _says_something(
        '"Two million pensioners currently live below the poverty line," Mr Kennedy said.',
        "english",
    )


def test_counts_of_other_things_read_two_ways_still_support_a_key_point():
    """A code review's case: "seven nominations while The Aviator has 11" reads as 7
    nominations, "The Aviator has 11 Oscar nominations" as 11; they say one thing."""
    one = "Million Dollar Baby has seven nominations while The Aviator has 11 this year."
    two = "The Aviator has 11 Oscar nominations this year, Million Dollar Baby has seven."
    articles = [
        _article("a", "Aviator leads Oscar race", f"{one} The ceremony is in Hollywood."),
        _article("b", "Aviator tops Oscar nominations", f"{two} Scorsese was pleased."),
    ]
    (story,) = find_stories(articles).stories
    assert story.key_points


def test_a_wire_report_a_feed_carries_many_times_is_one_story():
    """30 copies of one report among 480 other articles had been 30 single articles: every
    word of the report was in more than COMMON_FLOOR articles, so none counted as its
    story's. Copies are one article for the weights and the grouping (copy_roots), and join
    their original's story."""
    body = (ARTICLES / "002_8a5d771be4aadd4e.txt").read_text(encoding="utf-8")
    others = [
        parse_text(
            f"Story {n}\n\nCouncil {n} in town {n} approved plan {n} for road {n} on day {n}."
            f" Residents of street {n} said project {n} would cost {n} pounds.",
            article_id=f"other{n}",
        )
        for n in range(60)
    ]
    copies = [
        parse_text(body + ("" if n % 2 else f"\n\nBy wire reporter {n}."), article_id=f"ap{n}")
        for n in range(30)
    ]
    stories = find_stories([*others[:30], *copies, *others[30:]]).stories
    (biggest, *rest) = stories
    assert sorted(biggest.articles) == sorted(f"ap{n}" for n in range(30))
    assert biggest.copies == 29
    # one source: listed with the single articles, with no brief to write
    index = stories_markdown(Stories(tuple(stories), 90))
    assert "# Stories: 90 articles, 0 stories reported by two or more, 61 single articles" in index
    assert "- US seeks to strengthen security ties with India (`ap0`, and 29 copies)" in index
    assert all(len(s.articles) == 1 for s in rest)
    assert [len(s) for s in group_articles(copies)] == [30]


def test_copy_roots_finds_copies_and_cut_copies_not_articles_sharing_a_line():
    from summarise.compare.copies import copy_roots

    report = [f"Sentence {n} of the report says something new." for n in range(10)]
    other = [*(f"Another article's sentence {n}." for n in range(9)), report[0]]
    roots = copy_roots([report, report[:8], other, ["Read more."], [], [*report, "By AP."]])
    assert roots.tolist() == [0, 0, 2, 3, 4, 0]


def test_a_title_every_article_carries_names_no_event():
    """A scraper that took the site's name for every page's title ("News - Home") had made
    every two articles' titles alike, so that most of a pile fell into a few stories (1,100
    articles of MultiLing and BBC so titled: B-cubed F1 0.659, P 0.495; 0.873, P 0.794 now).
    Words most titles use are left out, and an article left with no title word is headed by
    its first sentence."""
    import random

    rng = random.Random(7)
    vocabulary = [f"word{n}" for n in range(3000)]

    def filler(n: int) -> str:
        return " ".join(
            " ".join(rng.choice(vocabulary) for _ in range(12)).capitalize() + "." for _ in range(n)
        )

    events = [
        "A magnitude 7.0 earthquake struck Haiti near Port-au-Prince, flattening the palace.",
        "A magnitude 7.0 earthquake hit Haiti near Port-au-Prince and flattened the palace.",
        "Fifteen British sailors were seized by Iranian guards in the Shatt al-Arab waterway.",
        "Iranian guards seized fifteen British sailors and marines near the Shatt al-Arab.",
    ]
    texts = [f"{lead} {filler(2)}" for lead in events] + [filler(3) for _ in range(40)]
    articles = [
        parse_text(f"News - Home\n\n{text}", article_id=f"a{n:02d}") for n, text in enumerate(texts)
    ]
    stories = group_articles(articles)
    assert [sorted(s) for s in stories if len(s) > 1] == [[0, 1], [2, 3]]
    # a pile too small for the common-word cut: one title on three articles or more is none
    assert all(len(s) == 1 for s in group_articles(articles[4:14]))
    # and a first sentence most pages open with heads none either (a code review's case)
    pages = [
        parse_text(f"News - Home\n\nMedia playback is unsupported here. {text}", article_id=f"p{n}")
        for n, text in enumerate(texts[4:])
    ]
    assert all(len(s) == 1 for s in group_articles(pages))


@pytest.mark.skipif(not MULTILING.exists(), reason="the shared data is not beside the repo")
def test_a_figure_given_again_is_no_second_key_point():
    """The index of BBC and MultiLing listed, as two of the Glazer story's three key points,
    "major shareholders John Magnier and JP McManus, who own 28.9% of the club" and "JP
    McManus and John Magnier own 29% of United ...": alike (0.38), but the pair gave neither
    the other's support (its names weigh most). A sentence alike enough to a key point that
    gives its figure, or that figure rounded, says it again; a round figure near another does
    not ("above $50 a barrel" / "closed up $2.80 at $51.15"), nor one of another measure."""
    from stories_bcubed import load

    articles, _ = load(3000)
    (glazer,) = [s for s in find_stories(articles).stories if "bbc-business/179" in s.articles]
    # (one of the two at most; which key points the story has otherwise moves with the pile's
    # word weights: team sheets left out of it in session 56 brought in "Mr Magnier and Mr
    # McManus ... have the power to block a bid", which gives no figure)
    shares = [p for p in glazer.key_points if "28.9%" in p or "29%" in p]
    assert len(shares) == 1, glazer.key_points

    from summarise.compare.claims import facts
    from summarise.stories import _one_figure

    assert _one_figure(facts("They own 28.9% of the club."), facts("They own 29% of United."))
    assert not _one_figure(
        facts("Cold weather pushed US crude oil prices above $50 a barrel for three months."),
        facts("A barrel of US crude oil closed up $2.80 at $51.15 in New York on Tuesday."),
    )
    # a code review's cases: two rates are no figure rounded ("held at 4.75%" / "expected to
    # rise to 5%"), nor is a clock time a figure
    assert not _one_figure(facts("Rates were held at 4.75%."), facts("Rates may rise to 5%."))
    assert not _one_figure(facts("Growth was 1.4%."), facts("Growth was 1%."))
    assert not _one_figure(facts("It crashed at 10:30 GMT."), facts("It landed at 10:30 GMT."))
    # a scaled figure rounds to its significant digits; no figure is too big to read
    assert _one_figure(facts("Its debts were $1.13bn."), facts("Debts of $1.1bn."))
    assert not _one_figure(facts(f"It owes {'9' * 400} dollars."), facts("It owes 5 dollars."))


def test_an_out_dir_that_cannot_be_made_is_one_line(tmp_path: Path) -> None:
    """A user's cases: `stories --out-dir` under a file, or under a missing folder that
    cannot be made, gave "internal error (NotADirectoryError ...)"; it says, as batch does,
    which folder and why; around an input it is refused, as batch refuses it. Inside an
    input folder it runs and reruns (its outputs carry the mark that skips them)."""
    in_the_way = tmp_path / "afile"
    in_the_way.write_text("x", encoding="utf-8")
    folder = tmp_path / "in"
    folder.mkdir()
    for path in sorted(ARTICLES.glob("*.txt")):
        (folder / path.name).write_bytes(path.read_bytes())
    one = str(next(folder.glob("*.txt")))
    for args, out_dir, reason in (
        ([str(ARTICLES)], in_the_way / "sub", "cannot create the output folder (Not a directory)"),
        ([one], folder, "holds the input"),
    ):
        result = CliRunner().invoke(cli, ["stories", *args, "--out-dir", str(out_dir)])
        assert result.exit_code == 1, result.output
        assert reason in result.stderr
        assert "internal error" not in result.stderr
    assert not (in_the_way / "sub").exists()
    assert not (folder / "index.md").exists()
    for _ in range(2):
        inside = CliRunner().invoke(cli, ["stories", str(folder), "--out-dir", str(folder / "o")])
        assert inside.exit_code == 0, inside.stderr
    # a file where the briefs' folder goes is named too, not an internal error
    blocked = tmp_path / "blocked"
    blocked.mkdir()
    (blocked / "briefs").write_text("x", encoding="utf-8")
    result = CliRunner().invoke(cli, ["stories", str(ARTICLES), "--out-dir", str(blocked)])
    assert result.exit_code == 1, result.output
    assert "internal error" not in result.stderr


def test_a_rerun_moves_a_renumbered_brief_and_removes_one_no_story_has(tmp_path):
    """Stories are numbered by size, so one story gone renumbers those after it: their
    briefs are the same bytes, moved, not made again (a user's case: one story of 64 removed
    had remade 50 briefs); and a brief of a story this run does not have is removed with its
    manifest line (one was left, linked from nothing). A name edited in the manifest to
    point outside the briefs' folder is neither read nor removed."""
    from summarise.models import Stories, Story
    from summarise.stories.briefs import MANIFEST, write_briefs

    articles = [
        parse_text(f"Title {k}\n\nA sentence of article {k} about its story.", article_id=k)
        for k in "abcdefg"
    ]
    made: list[tuple[str, ...]] = []

    def mapper(fn, jobs):
        for members, *_ in jobs:
            made.append(tuple(a.id for a in members))
            yield f"brief of {' '.join(a.id for a in members)}\n"

    def stories(*groups: str) -> Stories:
        return Stories(
            tuple(Story(f"story-{n:04d}", g, tuple(g), tuple(g)) for n, g in enumerate(groups, 1)),
            7,
        )

    out = tmp_path / "out"
    write_briefs(stories("abc", "de", "fg"), articles, out, mapper=mapper)
    assert made == [("a", "b", "c"), ("d", "e"), ("f", "g")]
    outside = tmp_path / "keep.md"
    outside.write_text("not a brief\n", encoding="utf-8")
    manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    manifest["../keep.md"] = "x"
    (out / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    made.clear()
    result, written, kept = write_briefs(stories("de", "fg"), articles, out, mapper=mapper)
    assert made == []
    assert (written, kept) == (0, 2)
    briefs = out / "briefs"
    assert sorted(p.name for p in briefs.iterdir()) == ["story-0001.md", "story-0002.md"]
    assert (briefs / "story-0001.md").read_text(encoding="utf-8") == "brief of d e\n"
    assert (briefs / "story-0002.md").read_text(encoding="utf-8") == "brief of f g\n"
    assert [s.brief for s in result.stories] == ["briefs/story-0001.md", "briefs/story-0002.md"]
    manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    assert sorted(manifest) == ["../keep.md", "briefs/story-0001.md", "briefs/story-0002.md"]
    assert outside.read_text(encoding="utf-8") == "not a brief\n"


def test_out_dir_with_o_is_refused(tmp_path):
    """The index's links are relative to --out-dir, where the briefs are: an index written
    elsewhere with -o pointed at no brief (a user's case)."""
    done = CliRunner().invoke(
        cli, ["stories", str(ARTICLES), "--out-dir", str(tmp_path / "d"), "-o", "x.md"]
    )
    assert done.exit_code == 2
    assert "-o and --out-dir" in done.output
    assert not (tmp_path / "d").exists()


def test_ctrl_c_while_briefs_are_made_keeps_the_finished_ones(tmp_path, monkeypatch):
    """Ctrl-C (or SIGTERM) while the briefs are made is acted on between two briefs: the
    one finished is written and recorded, the command stops with 130. It had raised inside
    the work (in a process pool's own code, which a second Ctrl-C could leave waiting for
    ever, a user's case)."""
    import os
    import signal

    from summarise.stories import briefs
    from summarise.stories.briefs import MANIFEST

    real = briefs.story_brief

    def interrupted(job):
        text = real(job)
        os.kill(os.getpid(), signal.SIGINT)  # while the first brief is being made
        return text

    monkeypatch.setattr(briefs, "story_brief", interrupted)
    out = tmp_path / "out"
    done = CliRunner().invoke(
        cli, ["stories", str(MULTILING), "--out-dir", str(out), "--jobs", "1"]
    )
    assert done.exit_code == 130, done.output
    assert "interrupted" in done.stderr
    manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    assert len(manifest) == 1
    assert len(list((out / "briefs").iterdir())) == 1


def test_stories_full_writes_each_brief_in_full_and_remakes_a_cut_one(tmp_path):
    """Each brief says what it cut and that `--full` shows it: `stories` has the flag (it
    had said so of an option it did not have, a user's case), and a brief cut before is made
    again in full."""
    out = tmp_path / "out"
    runner = CliRunner()
    cut = runner.invoke(cli, ["stories", str(MULTILING), "--out-dir", str(out), "-q"])
    assert cut.exit_code == 0, cut.output
    brief = sorted((out / "briefs").iterdir())[0]
    assert "`--full` shows" in brief.read_text(encoding="utf-8")
    full = runner.invoke(cli, ["stories", str(MULTILING), "--out-dir", str(out), "--full"])
    assert full.exit_code == 0, full.output
    assert "10 briefs written, 0 up to date" in full.stderr
    assert "`--full` shows" not in brief.read_text(encoding="utf-8")


def test_executor_options_go_with_out_dir_and_a_bad_address_leaves_no_folder(tmp_path):
    """--executor and --jobs run the briefs, which only --out-dir writes: without it they are
    refused, not passed over; a scheduler address that names none is said so at once (not
    "within 10 s"), and a folder the run made is not left behind empty (a user's cases)."""
    pytest.importorskip("distributed")
    runner = CliRunner()
    alone = runner.invoke(
        cli, ["stories", str(ARTICLES), "--executor", "dask", "--scheduler", "tcp://h:1"]
    )
    assert alone.exit_code == 2
    assert "go with --out-dir" in alone.output
    assert runner.invoke(cli, ["stories", str(ARTICLES), "-j", "2"]).exit_code == 2
    out = tmp_path / "out"
    bad = runner.invoke(
        cli,
        [
            "stories",
            str(ARTICLES),
            "--out-dir",
            str(out),
            "--executor",
            "dask",
            "--scheduler",
            "garbage",
        ],
    )
    assert bad.exit_code == 1
    assert "garbage is not a Dask scheduler's address" in bad.stderr
    assert "within" not in bad.stderr
    assert not out.exists()


def test_a_story_brief_is_titled_by_its_story_and_links_back_to_the_index(tmp_path):
    """Each brief of `stories --out-dir` opens on its story's title, not its count alone,
    and links back to the index beside its folder (a user's case: every brief was "News
    brief: N articles", and an HTML brief led nowhere back)."""
    for fmt, index in (("markdown", "index.md"), ("html", "index.html")):
        out = tmp_path / fmt
        done = CliRunner().invoke(
            cli, ["stories", str(MULTILING), "--out-dir", str(out), "--format", fmt, "-q"]
        )
        assert done.exit_code == 0, done.output
        listing = json.loads(
            CliRunner().invoke(cli, ["stories", str(MULTILING), "--format", "json"]).stdout
        )
        first = listing["stories"][0]
        brief = (out / "briefs" / f"story-0001.{'html' if fmt == 'html' else 'md'}").read_text(
            encoding="utf-8"
        )
        count = len(first["articles"])
        heading = f"News brief: “{first['title']}” and {count - 1} more articles"
        assert heading in brief.replace("&#x27;", "'")
        assert f"../{index}" in brief
        assert (out / "briefs" / f"../{index}").is_file()


def test_the_index_says_what_its_key_points_are_beside_a_brief():
    """The index's key points are found by shared words, a brief's agreed points by the
    comparator: the index says so above its stories, in Markdown and HTML, so that a story
    with key points whose brief finds no point in two sources does not read as a
    contradiction (an analyst's case, MultiLing's Tour de France); not when no story has any."""
    from summarise.models import Stories, Story
    from summarise.render.stories import KEY_POINTS_NOTE, stories_html, stories_markdown

    with_points = Story("story-0001", "T", ("a", "b"), ("T", "U"), key_points=("A point.",))
    without = Story("story-0001", "T", ("a", "b"), ("T", "U"))
    assert KEY_POINTS_NOTE in stories_markdown(Stories((with_points,), 2))
    assert KEY_POINTS_NOTE.replace("'", "&#x27;") in stories_html(Stories((with_points,), 2))
    assert KEY_POINTS_NOTE not in stories_markdown(Stories((without,), 2))
