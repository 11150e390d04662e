"""Summary quality: read a JSONL evaluation set, summarise every row, score it with ROUGE.

A row holds one article (``text``, optionally ``title``) or a set of them (``documents``: a
list of ``{"id", "title", "text"}``), and ``summaries``: the reference summaries. A set is
summarised as one merged summary (summarise.merge). Rows marked ``duplicate_of`` are dropped
unless asked for. ROUGE-1, ROUGE-2 and ROUGE-L (rouge-score, Porter-stemmed) are averaged
over the chosen references of a row, then over the rows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from . import defaults
from .errors import InputError, SummariseError
from .inputs import iter_jsonl, parse_document, row_documents
from .languages import normalize_language
from .models import (
    METRICS,
    AlgorithmScore,
    Budget,
    Dataset,
    Evaluation,
    EvaluationOptions,
    Failure,
    MergeOptions,
    Row,
    Score,
    SummaryOptions,
)
from .nlp import sentence_spans
from .summarizers import get_algorithm, summarise

__all__ = ["evaluate", "load_dataset", "parse_row", "reference_sentences", "rouge"]


# --------------------------------------------------------------------------- loading


def load_dataset(
    path: str,
    *,
    limit: int | None = None,
    keep_duplicates: bool = False,
    language: str = defaults.LANGUAGE,
    progress: Callable[[int], None] | None = None,
) -> Dataset:
    """Read a JSONL evaluation set. A row that cannot be used is a Failure, not an error.
    ``progress(1)`` is called after each line (count_items([path]) tells how many)."""
    rows: list[Row] = []
    failures: list[Failure] = []
    duplicates = 0
    for where, data, problem in iter_jsonl(path):
        if limit is not None and len(rows) >= limit:
            break
        if progress is not None:
            progress(1)
        if data is None:
            failures.append(Failure(where, problem or "unreadable line"))
            continue
        if data.get("duplicate_of") and not keep_duplicates:
            duplicates += 1
            continue
        try:
            rows.append(parse_row(data, where, language))
        except InputError as exc:
            failures.append(Failure(exc.path, exc.reason))
    if not rows and not failures:
        raise InputError(path, "no rows")
    return Dataset(path, tuple(rows), tuple(failures), duplicates)


def parse_row(data: dict[str, object], where: str, language: str = defaults.LANGUAGE) -> Row:
    """A JSON object to a Row. Raises InputError with the reason."""
    references = data.get("summaries")
    if isinstance(references, str):
        references = [references]
    if not isinstance(references, list) or not all(isinstance(r, str) for r in references):
        raise InputError(where, "no 'summaries' list of strings")
    if not any(r.strip() for r in references):
        raise InputError(where, "empty reference summaries")
    articles = tuple(
        parse_document(doc.id, doc.title, doc.text, where, language)
        for doc in row_documents(dict(data), where)
    )
    return Row(str(data.get("id") or where), articles, tuple(references))


# --------------------------------------------------------------------------- scoring


def reference_sentences(reference: str) -> int:
    """Sentences in a reference: its lines when it has several, else the splitter's count."""
    lines = [line for line in reference.splitlines() if line.strip()]
    if len(lines) > 1:
        return len(lines)
    return max(1, len(sentence_spans(reference)))


_SCORER = None


def rouge(summary: str, references: Sequence[str]) -> tuple[Score, ...]:
    """ROUGE-1/2/L of a summary, averaged over references (rouge-score, Porter stemmer)."""
    global _SCORER
    if _SCORER is None:
        from rouge_score import rouge_scorer

        _SCORER = rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)
    totals = {m: [0.0, 0.0, 0.0] for m in METRICS}
    for reference in references:
        result = _SCORER.score(reference, summary)
        for m in METRICS:
            totals[m][0] += result[m].recall
            totals[m][1] += result[m].precision
            totals[m][2] += result[m].fmeasure
    k = max(1, len(references))
    return tuple(Score(m, r / k, p / k, f / k) for m, (r, p, f) in totals.items())


def summary_text(row: Row, algorithm: str, budget: Budget, language: str) -> str:
    """The summary an algorithm writes for a row: sentences joined by newlines."""
    options = SummaryOptions(algorithm=algorithm, budget=budget, language=language)
    if row.multi_document:
        from .merge import merge  # numpy and scipy: loaded when first used

        merged = merge(row.articles, MergeOptions(summary=options))
        return "\n".join(s.text for s in merged.sentences)
    return "\n".join(s.text for s in summarise(row.articles[0], options).sentences)


def evaluate(
    dataset: Dataset,
    options: EvaluationOptions = EvaluationOptions(),
    progress: Callable[[int], None] | None = None,
) -> Evaluation:
    """Score every algorithm on every row; ``progress(1)`` is called after each row."""
    language = normalize_language(options.language)
    algorithms = tuple(dict.fromkeys(("lead", *options.algorithms)))
    for name in algorithms:
        get_algorithm(name)  # UnknownAlgorithmError before any work
    if not dataset.rows:
        raise SummariseError(f"{dataset.path}: no usable rows")
    sums = {a: {m: [0.0, 0.0, 0.0] for m in METRICS} for a in algorithms}
    words = dict.fromkeys(algorithms, 0)
    for row in dataset.rows:
        references = _chosen(row, options.references)
        budget = options.budget or Budget(
            sentences=max(1, round(sum(map(reference_sentences, references)) / len(references)))
        )
        for algorithm in algorithms:
            text = summary_text(row, algorithm, budget, language)
            words[algorithm] += len(text.split())
            for score in rouge(text, references):
                total = sums[algorithm][score.metric]
                total[0] += score.recall
                total[1] += score.precision
                total[2] += score.f1
        if progress is not None:
            progress(1)
    n = len(dataset.rows)
    results = tuple(
        AlgorithmScore(
            algorithm=a,
            rows=n,
            words=words[a] / n,
            scores=tuple(Score(m, r / n, p / n, f / n) for m, (r, p, f) in sums[a].items()),
        )
        for a in algorithms
    )
    return Evaluation(
        dataset=dataset.path,
        rows=n,
        multi_document=any(r.multi_document for r in dataset.rows),
        options=options,
        results=results,
        failures=dataset.failures,
        duplicates=dataset.duplicates,
    )


def _chosen(row: Row, indices: tuple[int, ...] | None) -> tuple[str, ...]:
    if indices is None:
        chosen = row.references
    else:
        missing = [i for i in indices if not -len(row.references) <= i < len(row.references)]
        if missing:
            raise SummariseError(
                f"row {row.id}: no reference #{missing[0]} (it has {len(row.references)})"
            )
        chosen = tuple(row.references[i] for i in indices)
    chosen = tuple(r for r in chosen if r.strip())
    if not chosen:
        raise SummariseError(f"row {row.id}: the chosen references are empty")
    return chosen
