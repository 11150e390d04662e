"""Every JSON contract of the tool in one module: summaries, merged summaries, comparisons,
evaluations and batch lines, as plain data, and to_json, which writes any of them as valid
UTF-8 without a control character."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Sequence
from typing import Any

from ..models import (
    Alignment,
    Article,
    BatchResult,
    Comparison,
    Conflict,
    DiffOp,
    Evaluation,
    Failure,
    MergedSummary,
    Outcome,
    RenderOptions,
    Report,
    SentenceRef,
    Status,
    Summary,
)
from ..safe_text import INVISIBLE_CHARACTERS, safe
from .labels import confidence_words, dates_note, source_labels

__all__ = [
    "article_record",
    "clean_data",
    "compare_json",
    "compare_payload",
    "evaluation_json",
    "evaluation_payload",
    "index_jsonl",
    "merged_json",
    "merged_payload",
    "outcome_line",
    "report_json",
    "report_payload",
    "summary_json",
    "summary_payload",
    "to_json",
]


def clean_data(value: Any) -> Any:
    """Plain data (dicts, lists, tuples, str...) with every string, keys too, made safe()."""
    if isinstance(value, str):
        return safe(value)
    if isinstance(value, dict):
        return {clean_data(k): clean_data(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [clean_data(v) for v in value]
    return value


# What clean_data would change, as it shows in JSON text: an escaped control character other
# than tab or newline ("\\r", "\\u001b"...), a C1 control, a lone surrogate or an invisible
# character (bidi controls, zero-width). A literal
# backslash before such a letter matches too: that only costs the slow path. Two searches,
# the escapes (led by a backslash, found fast) and the characters, cost a third of one.
_UNCLEAN_ESCAPE = re.compile(r"\\(?:[bfr]|u00[01]|u007f)")
_UNCLEAN_CHARACTER = re.compile(rf"[\x7f-\x9f\ud800-\udfff{INVISIBLE_CHARACTERS}]")


def to_json(data: Any, indent: int | None = None) -> str:
    """JSON for output: valid UTF-8 whatever the input held (see clean_data), no control
    character even where JSON would allow it raw (C1 such as U+009B, the 8-bit CSI).
    Compact unless ``indent`` is given: json's C encoder, several times faster than the
    indenting one (0.5 s of a 1,000-article comparison's JSON), and a third smaller."""
    text = json.dumps(data, ensure_ascii=False, indent=indent)
    if _UNCLEAN_ESCAPE.search(text) is None and _UNCLEAN_CHARACTER.search(text) is None:
        return text  # nearly always: nothing to clean
    return json.dumps(clean_data(data), ensure_ascii=False, indent=indent)


def article_record(summary: Summary) -> dict[str, Any]:
    """One article's entry of the JSON contract."""
    article = summary.article
    return {
        "id": article.id,
        "path": article.path,
        "title": article.title,
        "date": article.date,
        "sentence_count": len(article.sentences),
        "word_count": article.word_count,
        "algorithm": summary.algorithm,
        "summary": [
            {"index": x.index, "text": x.text, "score": round(x.score, 6)}
            for x in summary.sentences
        ],
    }


def summary_payload(
    summaries: Sequence[Summary], failures: Sequence[Failure] = ()
) -> dict[str, Any]:
    """The JSON contract as plain data."""
    algorithm = summaries[0].algorithm if summaries else ""
    return {
        "algorithm": algorithm,
        "articles": [article_record(s) for s in summaries],
        "failures": [{"path": f.path, "reason": f.reason} for f in failures],
    }


def summary_json(
    summaries: Sequence[Summary],
    failures: Sequence[Failure] = (),
    options: RenderOptions = RenderOptions(),
) -> str:
    return to_json(summary_payload(summaries, failures), indent=options.indent) + "\n"


def merged_payload(merged: MergedSummary, failures: Sequence[Failure] = ()) -> dict[str, Any]:
    """The JSON contract: the merged summary, then each article as in the summary JSON."""
    payload = summary_payload(merged.summaries, failures)
    return {
        "algorithm": merged.algorithm,
        "merged": {
            "summary": [
                {"article": s.article, "index": s.index, "text": s.text, "score": round(s.score, 6)}
                for s in merged.sentences
            ]
        },
        "articles": payload["articles"],
        "failures": payload["failures"],
    }


def merged_json(
    merged: MergedSummary,
    failures: Sequence[Failure] = (),
    options: RenderOptions = RenderOptions(),
) -> str:
    return to_json(merged_payload(merged, failures), indent=options.indent) + "\n"


def evaluation_payload(evaluation: Evaluation) -> dict[str, Any]:
    """The JSON contract as plain data: scores in percent, rounded to two decimals."""
    return {
        "dataset": evaluation.dataset,
        "rows": evaluation.rows,
        "multi_document": evaluation.multi_document,
        "budget": evaluation.options.budget_label,
        "references": evaluation.options.references_label,
        "duplicates_dropped": evaluation.duplicates,
        "results": [
            {
                "algorithm": r.algorithm,
                "words": round(r.words, 1),
                **{
                    s.metric: {
                        "f1": round(100 * s.f1, 2),
                        "recall": round(100 * s.recall, 2),
                        "precision": round(100 * s.precision, 2),
                    }
                    for s in r.scores
                },
            }
            for r in evaluation.results
        ],
        "failures": [{"path": f.path, "reason": f.reason} for f in evaluation.failures],
    }


def evaluation_json(evaluation: Evaluation, options: RenderOptions = RenderOptions()) -> str:
    return to_json(evaluation_payload(evaluation), indent=options.indent) + "\n"


def outcome_line(outcome: Outcome) -> dict[str, Any]:
    """One line of summaries.jsonl (and of `batch --out -`): the summary record with its
    output file, or the id, path and reason of a failure."""
    if outcome.status == Status.FAILED:
        return {"id": outcome.id, "path": outcome.path, "error": outcome.reason}
    return {**(outcome.record or {}), "output": outcome.output}


def index_jsonl(result: BatchResult) -> str:
    return "".join(to_json(outcome_line(o), indent=None) + "\n" for o in result.outcomes)


def _ref(ref: SentenceRef) -> dict[str, Any]:
    return {"article": ref.article, "index": ref.index, "text": ref.text}


def _said(ref: SentenceRef, speakers: dict[tuple[str, str], str]) -> dict[str, Any]:
    """A unique sentence; one that opens with a quote whose speaker only another sentence
    names says whose words they are (Comparison.speakers)."""
    speaker = speakers.get((ref.article, ref.text))
    return _ref(ref) if speaker is None else {**_ref(ref), "speaker": speaker}


def _dispute(
    ref: SentenceRef, comparison: Comparison, speakers: dict[tuple[str, str], str]
) -> dict[str, Any]:
    """A dispute (_said), with the sentence it is read after when it points back (its own
    source's: each is listed apart here, where the text formats list a text once)."""
    before = dict(comparison.dispute_context).get(ref)
    return (
        _said(ref, speakers)
        if before is None
        else {**_said(ref, speakers), "context": _ref(before)}
    )


def _diff(ops: Sequence[DiffOp]) -> list[dict[str, str]]:
    return [{"op": op.op.value, "text": op.text} for op in ops]


def compare_payload(comparison: Comparison) -> dict[str, Any]:
    """The JSON contract as plain data."""
    ids = [a.id for a in comparison.articles]
    speakers = comparison.speaker()
    return {
        "articles": [
            {
                "id": a.id,
                "path": a.path,
                "title": a.title,
                "date": a.date,
                "sentence_count": len(a.sentences),
            }
            for a in comparison.articles
        ],
        "topics": [
            {
                "label": t.label,
                "query": t.query,
                "terms": list(t.terms),
                **({"absent": list(t.absent)} if t.query is not None else {}),
                "sentences": [_said(s, speakers) for s in t.sentences],
                "coverage": _coverage(t.sentences, ids),
                "distinctive": {d.article: [[w, z] for w, z in d.terms] for d in t.distinctive},
                "names": {
                    n.article: [
                        {"phrase": p.text, "closeness": p.closeness, "quoted": p.quoted}
                        | ({"speaker": p.speaker} if p.speaker else {})
                        for p in n.phrases
                    ]
                    for n in t.names
                },
            }
            for t in comparison.topics
        ],
        "duplicates": [
            {
                "copy": d.copy,
                "original": d.original,
                "overlap": d.overlap,
                "changed": [
                    {"copy": _ref(mine), "original": None if theirs is None else _ref(theirs)}
                    for mine, theirs in d.changed
                ],
            }
            for d in comparison.duplicates
        ],
        "alignments": [_alignment(a, comparison.articles) for a in comparison.alignments],
        "conflicts": [_conflict(c, comparison.articles) for c in comparison.conflicts],
        "disputes": [_dispute(s, comparison, speakers) for s in comparison.disputes],
        "figures": [
            {
                "measure": m.measure,
                "figures": [
                    {
                        **_ref(f.sentence),
                        "says": f.says,
                        "value": f.value,
                        "year": f.year,
                        "forecast": f.forecast,
                    }
                    for f in m.figures
                ],
            }
            for m in comparison.figures
        ],
        "unique": {
            article_id: [_said(s, speakers) for s in refs] for article_id, refs in comparison.unique
        },
        "unique_more": {
            article_id: [_said(s, speakers) for s in refs]
            for article_id, refs in comparison.unique_more
        },
        "unmatched": [
            {
                "sentence": _said(u.sentence, speakers),
                "best": _said(u.best, speakers) if u.best else None,
                "score": u.score,
            }
            for u in comparison.unmatched
        ],
        "shared": [_alignment(a, comparison.articles) for a in comparison.shared],
        "quotes": [
            {
                "similarity": g.similarity,
                "quotes": [
                    {"article": q.article, "index": q.index, "text": q.text, "speaker": q.speaker}
                    for q in g.quotes
                ],
                "diff": _diff(g.diff) if g.diff else None,
            }
            for g in comparison.quotes
        ],
    }


def _coverage(sentences: Sequence[SentenceRef], ids: Sequence[str]) -> dict[str, int]:
    """How many of a topic's sentences each article gives (Topic.by_article's counts, in one
    pass over the sentences instead of one per article: 0.2 s at 1,000 articles)."""
    counts = Counter(s.article for s in sentences)
    return {article_id: counts[article_id] for article_id in ids}


def _conflict(c: Conflict, articles: Sequence[Article]) -> dict[str, Any]:
    return {
        "measure": c.measure,
        "sources": [
            {**_ref(c.first), "says": c.first_says},
            {**_ref(c.second), "says": c.second_says},
        ],
        "dates": dates_note(articles, c),  # the caveat the other formats show, or null
    }


def _alignment(a: Alignment, articles: Sequence[Article]) -> dict[str, Any]:
    return {
        "similarity": a.similarity,
        "confidence": a.confidence,
        "confidence_words": confidence_words(a.confidence),
        "pinned": a.pinned,
        "agreed": a.agreed,
        "same_words": [list(text) for text in a.same_words],
        "weaker": list(a.weaker),
        "joined": list(a.joined),
        "conflicts": [_conflict(c, articles) for c in a.conflicts],
        "articles": list(a.articles),
        "sentences": [_ref(s) for s in a.sentences],
        "closest": [_ref(s) for s in a.closest],
        "lead": _ref(a.lead) if a.lead else None,
        "context": _ref(a.context) if a.context else None,
        "diff": _diff(a.diff),
    }


def compare_json(comparison: Comparison, options: RenderOptions = RenderOptions()) -> str:
    return to_json(compare_payload(comparison), indent=options.indent) + "\n"


def _in_short(
    text: str,
    ids: Sequence[str],
    speakers: dict[tuple[str, str], str],
    otherwise: dict[tuple[str, str], tuple[tuple[str, ...], bool]],
) -> dict[str, Any]:
    """An in-short sentence with its sources; with its speaker, as a unique sentence is;
    with the sources of its point that give another figure or account (Comparison.
    told_otherwise), "differs"."""
    speaker = speakers.get((ids[0], text))
    others, _ = otherwise.get((ids[0], text), ((), False))
    return {
        "text": text,
        "sources": list(ids),
        **({"speaker": speaker} if speaker else {}),
        **({"differs": list(others)} if others else {}),
    }


def report_payload(report: Report) -> dict[str, Any]:
    """The JSON contract of a brief: every source with what is known of it and its label,
    the in-short sentences with the sources of each, the stories (events) the articles fall
    into when more than one (else empty), each one's summary (as in the summary JSON), the
    whole comparison (as in compare's JSON) and the inputs that could not be used. Nothing
    is cut."""
    articles = report.comparison.articles
    labels = source_labels(articles)
    speakers = report.comparison.speaker()
    otherwise = report.comparison.told_otherwise()
    return {
        "sources": [
            {
                "id": a.id,
                "label": labels[a.id],
                "title": a.title,
                "outlet": a.outlet,
                "author": a.author,
                "date": a.date,
                "url": a.url,
                "path": a.path,
                "word_count": a.word_count,
                "sentence_count": len(a.sentences),
            }
            for a in articles
        ],
        "in_short": [_in_short(text, ids, speakers, otherwise) for text, ids in report.in_short],
        "stories": [list(ids) for ids in report.stories],
        "title": report.title,
        "summaries": [article_record(s) for s in report.summaries],
        "comparison": compare_payload(report.comparison),
        "failures": [{"path": f.path, "reason": f.reason} for f in report.failures],
    }


def report_json(report: Report, options: RenderOptions = RenderOptions()) -> str:
    return to_json(report_payload(report), indent=options.indent) + "\n"
