"""The brief page's style sheet, inlined into the page: no network, no file beside it.

System fonts; one column that reads at phone width and widens to a grid for side-by-side
sections; a five-step heat scale for coverage that also prints (print-color-adjust).
"""

from __future__ import annotations

__all__ = ["CSS", "HEAT_STEPS"]

HEAT_STEPS = 5  # coverage cells are shaded h0 (none) to h4 (the most any cell has)

CSS = """
:root {
  --ink: #1b1f24; --muted: #57606a; --line: #d0d7de; --paper: #ffffff; --tint: #f6f8fa;
  --accent: #0b5cad; --del: #ffebe9; --del-ink: #82071e; --ins: #dafbe1; --ins-ink: #116329;
  --h1: #deebf7; --h2: #9ecae1; --h3: #4292c6; --h4: #08519c;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body {
  margin: 0; color: var(--ink); background: var(--paper);
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
}
main { max-width: 60rem; margin: 0 auto; padding: 1.25rem 1rem 3rem; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 0 0 .35rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 .6rem; padding-bottom: .25rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1rem; margin: 1.25rem 0 .5rem; }
p, ul, ol { margin: 0 0 .75rem; }
ul, ol { padding-left: 1.4rem; }
li { margin: 0 0 .6rem; }
a { color: var(--accent); }
.glance { color: var(--muted); margin-bottom: 1rem; }
.note { padding: .5rem .75rem; background: #fff8c5; border-left: 4px solid #bf8700; }
.answers { display: grid; gap: .5rem; grid-template-columns: repeat(3, minmax(0, 1fr)); margin: 0 0 1rem; padding: 0; list-style: none; }
.answers li { margin: 0; padding: .5rem .75rem; background: var(--tint); border-left: 4px solid var(--accent); line-height: 1.3; }
.answers a { color: inherit; text-decoration: none; }
.answers .n { display: block; font-size: 1.35rem; font-weight: 700; }
.src {
  display: inline-block; padding: 0 .4em; border-radius: .25em; background: #eaeef2;
  font-size: .85em; font-weight: 600; white-space: nowrap; text-decoration: none; color: var(--ink);
}
.by { color: var(--muted); font-size: .9rem; margin: .15rem 0 0; }
.points > li > p { margin-bottom: .1rem; }
.match { white-space: nowrap; }
.context { color: var(--muted); font-size: .9rem; }
.more { color: var(--muted); font-style: italic; font-size: .9rem; }
code { font-size: .9em; }
details { margin: .35rem 0 0; }
summary { cursor: pointer; color: var(--muted); font-size: .9rem; }
summary .how { color: var(--accent); text-decoration: underline; }
details.by > :not(summary) { color: var(--ink); font-size: 1rem; }
details > :not(summary) { margin-top: .4rem; }
.said { list-style: none; padding-left: 0; }
.said li { margin-bottom: .4rem; }
.diff { white-space: pre-wrap; overflow-wrap: anywhere; }
del { background: var(--del); color: var(--del-ink); text-decoration: line-through; }
ins { background: var(--ins); color: var(--ins-ink); text-decoration: none; border-bottom: 2px solid var(--ins-ink); }
.pair { display: grid; gap: .75rem; grid-template-columns: repeat(auto-fit, minmax(15rem, 1fr)); }
.side { padding: .6rem .75rem; background: var(--tint); border-radius: .25rem; }
.side .says { font-size: 1.1rem; font-weight: 700; }
.grid { display: grid; gap: .75rem; grid-template-columns: repeat(auto-fit, minmax(10.5rem, 1fr)); margin-bottom: .5rem; }
.cell { padding: .5rem .75rem; border: 1px solid var(--line); border-radius: .25rem; }
.cell p { margin: .25rem 0 0; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; font-size: .9rem; }
th, td { padding: .3rem .5rem; border: 1px solid var(--line); text-align: left; vertical-align: top; }
th { background: var(--tint); }
.figures td.says { font-weight: 600; white-space: nowrap; }
.figures td.date { white-space: nowrap; }
.heat td.n { text-align: center; min-width: 2.5rem; font-variant-numeric: tabular-nums; }
.heat th.topic { max-width: 16rem; font-weight: 600; }
.h0 { background: var(--paper); color: var(--muted); }
.h1 { background: var(--h1); }
.h2 { background: var(--h2); }
.h3 { background: var(--h3); color: #fff; }
.h4 { background: var(--h4); color: #fff; }
.legend { color: var(--muted); font-size: .85rem; }
.legend span { display: inline-block; width: 1.5em; border: 1px solid var(--line); text-align: center; }
blockquote { margin: 0 0 .75rem; padding: .25rem 0 .25rem .75rem; border-left: 3px solid var(--line); }
blockquote p { margin: 0; }
.timeline { list-style: none; padding-left: 0; }
.timeline .date { font-variant-numeric: tabular-nums; color: var(--muted); margin-right: .35rem; }
.sources { list-style: none; padding-left: 0; }
.sources > li { margin-bottom: .75rem; }
.facts { color: var(--muted); font-size: .9rem; }
footer { color: var(--muted); font-size: .85rem; margin-top: 2rem; }
@media (max-width: 30rem) {
  body { font-size: 15px; }
  main { padding: .75rem .75rem 2rem; }
  h1 { font-size: 1.35rem; }
  .heat th.topic { max-width: 9rem; }
  .answers li { padding: .4rem .5rem; font-size: .85rem; }
  .answers .n { font-size: 1.15rem; }
  .grid { grid-template-columns: 1fr; }
  th, td { padding: .25rem .35rem; }
  .figures thead { display: none; }
  .figures, .figures tbody, .figures tr, .figures th, .figures td { display: block; border: 0; }
  .figures tr { border-top: 1px solid var(--line); padding: .35rem 0; }
  .figures td.date, .figures td.says, .figures td:nth-child(2) { display: inline-block; }
  .figures td:empty { display: none; }
}
@media print {
  body { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  a { color: inherit; }
  h2 { break-after: avoid; }
  li, .side, .cell, blockquote, tr { break-inside: avoid; }
  summary { color: var(--muted); }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
""".strip()
