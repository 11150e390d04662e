#!/usr/bin/env bash
# Summary quality: the three full evaluations of issue 5, each in one run of `summarise evaluate`.
# Usage: benchmarks/quality.sh [--format markdown]   (from the repository root; needs ../shared/data)
set -euo pipefail
cd "$(dirname "$0")/.."
data=../shared/data
summarise=${SUMMARISE:-summarise}
command -v "$summarise" >/dev/null || summarise=.venv/bin/summarise

echo "== CNN/DM SummEval 100, 3 sentences, ROUGE F1 vs the original highlights (reference 0)"
echo "   issue's figures: Lead-3 35.3/17.2/23.4; this splitter's Lead-3 is the 'lead' row"
$summarise evaluate "$data/cnndm_test_subsets/cnndm_test_summeval100.jsonl" --sentences 3 --reference 0 -a all "$@"
echo
echo "== the same, against all 11 references (original highlights + 10 crowd-written)"
$summarise evaluate "$data/cnndm_test_subsets/cnndm_test_summeval100.jsonl" --sentences 3 -a all "$@"
echo
echo "== BBC News Summary, duplicates dropped, as many sentences as the reference"
echo "   issue's figures (400 articles): TextRank R1 76.6, Lead 63.9"
$summarise evaluate "$data/bbc_news_summary/bbc_news_summary.jsonl" --reference-length -a all "$@"
echo
echo "== MultiLing 2011 English, merged summary of each 10-article cluster, 250 words, recall vs 3 references"
echo "   issue's figures: sumy LexRank R1 48.1 / R2 17.1; human topline 52.5 / 25.2"
$summarise evaluate "$data/multiling2011_english/multiling2011_english.jsonl" --words 250 -a news -a lexrank -a textrank -a sumbasic "$@"
echo
echo "== the same at 100 words (news and lead), a length nearer DUC's"
$summarise evaluate "$data/multiling2011_english/multiling2011_english.jsonl" --words 100 -a news "$@"
