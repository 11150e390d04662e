"""An evaluation rendered as a table, Markdown or JSON: pure functions, model in, str out."""

from __future__ import annotations

from typing import Any

from tabulate import tabulate

from ..models import METRICS, Evaluation, RenderOptions
from ._text import marked, md, safe, style

__all__ = [
    "evaluation_markdown",
    "evaluation_table",
]

_LABELS = {"rouge1": "R1", "rouge2": "R2", "rougeL": "RL"}
_HEADERS = (
    ["algorithm"]
    + [f"{_LABELS[m]} F1" for m in METRICS]
    + [f"{_LABELS[m]} recall" for m in METRICS]
    + ["words"]
)


def _rows(evaluation: Evaluation) -> list[list[Any]]:
    return [
        [r.algorithm]
        + [f"{100 * r.score(m).f1:.2f}" for m in METRICS]
        + [f"{100 * r.score(m).recall:.2f}" for m in METRICS]
        + [f"{r.words:.1f}"]
        for r in evaluation.results
    ]


def _facts(evaluation: Evaluation) -> list[str]:
    kind = "sets of articles, merged summaries" if evaluation.multi_document else "articles"
    facts = [
        f"{evaluation.rows} {kind}",
        f"budget: {evaluation.options.budget_label}",
        f"references: {evaluation.options.references_label}",
    ]
    if evaluation.duplicates:
        facts.append(f"{evaluation.duplicates} duplicate rows dropped")
    if evaluation.failures:
        facts.append(f"{len(evaluation.failures)} rows failed")
    return facts


def evaluation_table(evaluation: Evaluation, options: RenderOptions = RenderOptions()) -> str:
    head = style(safe(evaluation.dataset), "bold", options)
    lines = [head, " · ".join(_facts(evaluation)), ""]
    lines.append(
        tabulate(_rows(evaluation), headers=_HEADERS, tablefmt="simple", disable_numparse=True)
    )
    lines.append("ROUGE in percent (rouge-score, stemmed), averaged over references, then rows.")
    return "\n".join(lines) + "\n"


def evaluation_markdown(evaluation: Evaluation, options: RenderOptions = RenderOptions()) -> str:
    out = [
        f"# Evaluation: {md(evaluation.dataset)}",
        "",
        " · ".join(md(f) for f in _facts(evaluation)),
        "",
    ]
    out.append(
        tabulate(_rows(evaluation), headers=_HEADERS, tablefmt="github", disable_numparse=True)
    )
    out += ["", "ROUGE in percent (rouge-score, stemmed), averaged over references, then rows.", ""]
    if evaluation.failures:
        out += ["## Rows not used", ""]
        out += [f"- {md(f.path)}: {md(f.reason)}" for f in evaluation.failures]
        out.append("")
    return marked("\n".join(out))
