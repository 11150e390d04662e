#!/usr/bin/env bash
# Screenshots of a brief in a real headless browser (Debian's chromium), at desktop and
# phone width, to look at before a change to the HTML brief is committed:
#
#   bash docs/screenshot.sh [BRIEF.html] [OUTDIR]
#
# Without arguments it writes the brief of articles/ to /tmp/brief.html first. Writes
# OUTDIR/brief-1280.png and OUTDIR/brief-400.png (OUTDIR: /tmp) and a PDF as printed
# (OUTDIR/brief.pdf). Needs: apt-get install -y chromium. Nothing goes to the network: the
# page is self-contained and chromium's background services are off.
set -euo pipefail
cd "$(dirname "$0")/.."
brief=${1:-/tmp/brief.html}
outdir=${2:-/tmp}
if [ $# -lt 1 ]; then
    .venv/bin/summarise report articles/ -o "$brief"
fi
brief=$(realpath "$brief")
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
shoot() {
    chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
        --disable-background-networking --disable-component-update --disable-sync \
        --hide-scrollbars --user-data-dir="$profile" "$@" "file://$brief" 2>/dev/null
}
shoot --window-size=1280,2000 --screenshot="$outdir/brief-1280.png"
shoot --window-size=400,2400 --screenshot="$outdir/brief-400.png"
shoot --no-pdf-header-footer --print-to-pdf="$outdir/brief.pdf"
ls -l "$outdir/brief-1280.png" "$outdir/brief-400.png" "$outdir/brief.pdf"
