"""Proof that a change kept behaviour: every command's output, byte for byte.

Runs every command of the CLI, in every format, on ``articles/`` (summaries with each
algorithm and budget, merged summaries, compare with --topic queries and with discovered
topics, report), ``evaluate --limit 20`` on the CNN/DM set, ``batch`` over the BBC JSONL
(a first run, a rerun that skips everything, and --out -), the --help of each command,
and a few failing inputs. Each case's stdout, stderr, exit status and the files it wrote
go into a folder; ``--compare`` then diffs two such folders and exits 1 on any difference.

    python benchmarks/parity.py --out /work/parity-before                   # snapshot
    python benchmarks/parity.py --out /work/parity-after --checkout DIR     # another tree
    python benchmarks/parity.py --compare /work/parity-before /work/parity-after

Commands run as ``python -m summarise`` with the checkout's folder first on PYTHONPATH and
with it as the working directory, so two checkouts give the same relative paths; the
checkout's absolute path, if it shows, and batch timings ("in 9.4 s") are normalised.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(os.environ.get("SUMMARISE_DATA", ROOT.parent / "shared" / "data"))
if not DATA.exists():
    DATA = Path("/work/shared/data")
CNNDM = DATA / "cnndm_test_subsets" / "cnndm_test_summeval100.jsonl"
BBC = DATA / "bbc_news_summary" / "bbc_news_summary.jsonl"
# Outputs of -o and --out go here (the same path for every checkout: it shows in messages).
SCRATCH = Path(tempfile.gettempdir()) / "summarise-parity-scratch"

ALGORITHMS = (
    "edmundson",
    "kl",
    "lead",
    "lexrank",
    "lsa",
    "luhn",
    "news",
    "reduction",
    "sumbasic",
    "textrank",
)
TOPICS = ("--topic", "CAATSA sanctions", "--topic", "S-400", "--topic", "Ukraine war")


def cases() -> list[tuple[str, list[str], str | None]]:
    """(name, arguments, standard input) for every case."""
    out: list[tuple[str, list[str], str | None]] = []
    add = lambda name, args, stdin=None: out.append((name, args, stdin))  # noqa: E731
    add("version", ["--version"])
    add("help", ["--help"])
    for command in ("summary", "compare", "report", "batch", "evaluate", "algorithms"):
        add(f"help-{command}", [command, "--help"])
    add("algorithms", ["algorithms"])
    for fmt in ("text", "table", "markdown", "json"):
        add(f"summary-{fmt}", ["summary", "articles/", "--format", fmt])
        add(f"summary-{fmt}-w100", ["summary", "articles/", "--format", fmt, "--width", "100"])
        add(f"summary-{fmt}-color", ["summary", "articles/", "--format", fmt, "--color"])
        add(f"summary-{fmt}-merge", ["summary", "articles/", "--merge", "--format", fmt])
        add(
            f"summary-{fmt}-merge-w",
            ["summary", "articles/", "--merge", "--format", fmt, "--words", "120"],
        )
    for algorithm in ALGORITHMS:
        add(
            f"summary-json-{algorithm}",
            ["summary", "articles/", "-a", algorithm, "--format", "json"],
        )
    add("summary-ratio", ["summary", "articles/", "--ratio", "0.3", "--format", "json"])
    add("summary-words", ["summary", "articles/", "--words", "60", "--format", "json"])
    add("summary-n1", ["summary", "articles/", "-n", "1"])
    add(
        "summary-merge-ratio",
        ["summary", "articles/", "--merge", "--ratio", "0.2", "--format", "json"],
    )
    add("summary-language-fr", ["summary", "articles/", "--language", "fr", "--format", "json"])
    add(
        "summary-stdin",
        ["summary", "-"],
        "Ties deepen\n\nThe minister met his counterpart on Monday. They agreed to hold talks again next year.\n",
    )
    add(
        "summary-output",
        ["summary", "articles/", "-o", f"{SCRATCH}/summary.md", "--format", "markdown"],
    )
    add("summary-missing", ["summary", "articles/", "no-such-file.txt"])
    add("summary-two-budgets", ["summary", "articles/", "-n", "2", "--words", "30"])
    add("summary-bad-language", ["summary", "articles/", "--language", "klingon"])
    add("summary-bad-algorithm", ["summary", "articles/", "-a", "nope"])
    add("summary-binary", ["summary", "articles/", "/bin/true", "--format", "json"])
    add(
        "summary-output-is-input",
        ["summary", "articles/", "-o", "articles/000_9cf42e20098e3ff1.txt"],
    )
    for fmt in ("table", "markdown", "json"):
        add(f"compare-{fmt}-topics", ["compare", "articles/", *TOPICS, "--format", fmt])
        add(
            f"compare-{fmt}-caatsa",
            ["compare", "articles/", "--topic", "CAATSA sanctions", "--format", fmt],
        )
        add(f"compare-{fmt}-discovered", ["compare", "articles/", "--format", fmt])
        add(
            f"compare-{fmt}-w100-color",
            ["compare", "articles/", "--format", fmt, "--width", "100", "--color"],
        )
        add(
            f"compare-{fmt}-w60",
            ["compare", "articles/", *TOPICS, "--format", fmt, "--width", "60"],
        )
    add("compare-max-topics", ["compare", "articles/", "--max-topics", "3", "--format", "json"])
    add("compare-threshold", ["compare", "articles/", "--threshold", "0.3", "--format", "json"])
    add("compare-one", ["compare", "articles/000_9cf42e20098e3ff1.txt"])
    add("report", ["report", "articles/"])
    add("report-topics", ["report", "articles/", *TOPICS])
    add(
        "report-output",
        ["report", "articles/", "-a", "lexrank", "-n", "2", "-o", f"{SCRATCH}/report.md"],
    )
    add("report-one", ["report", "articles/000_9cf42e20098e3ff1.txt"])
    for fmt in ("table", "markdown", "json"):
        add(f"evaluate-{fmt}", ["evaluate", str(CNNDM), "--limit", "20", "--format", fmt])
    add(
        "evaluate-ref0",
        [
            "evaluate",
            str(CNNDM),
            "--limit",
            "20",
            "--reference",
            "0",
            "-a",
            "lexrank",
            "--format",
            "json",
        ],
    )
    add(
        "evaluate-reflen",
        ["evaluate", str(CNNDM), "--limit", "20", "--reference-length", "--format", "json"],
    )
    add("evaluate-words", ["evaluate", str(CNNDM), "--limit", "5", "--words", "50", "-a", "all"])
    add("evaluate-conflict", ["evaluate", str(CNNDM), "--reference-length", "-n", "2"])
    for fmt in ("json", "md", "txt"):
        add(
            f"batch-bbc-{fmt}",
            ["batch", str(BBC), "--out", f"{SCRATCH}/bbc", "--format", fmt, "-j", "2"],
        )
    add(
        "batch-bbc-rerun",
        ["batch", str(BBC), "--out", f"{SCRATCH}/bbc", "--format", "txt", "-j", "2"],
    )
    add("batch-stream", ["batch", "articles/", "--out", "-", "-j", "1"])
    add(
        "batch-articles-md",
        ["batch", "articles/", "/bin/true", "--out", f"{SCRATCH}/art", "--format", "md", "-n", "2"],
    )
    add(
        "batch-dask-no-scheduler",
        ["batch", "articles/", "--out", f"{SCRATCH}/x", "--executor", "dask"],
    )
    add("batch-out-in-input", ["batch", "articles/", "--out", "articles/out"])
    return out


_TIMING = re.compile(rb"(\d+ articles in )\d+(?:\.\d+)? s")


def _normalise(data: bytes, checkout: Path) -> bytes:
    data = data.replace(str(checkout).encode(), b"<checkout>")
    return _TIMING.sub(rb"\1<t> s", data) if b"articles in" in data else data


def _snapshot(folder: Path, checkout: Path, python: str, only: str | None) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "SUMMARISE_DEBUG")}
    env["PYTHONPATH"] = str(checkout)
    env.pop("DASK_SCHEDULER_ADDRESS", None)
    env["COLUMNS"] = "100"
    for name, args, stdin in cases():
        if only and not re.search(only, name):
            continue
        if (name.startswith("batch-bbc-") and name != "batch-bbc-rerun") or not name.startswith(
            "batch-bbc"
        ):
            shutil.rmtree(SCRATCH, ignore_errors=True)
        SCRATCH.mkdir(parents=True, exist_ok=True)
        run = subprocess.run(
            [python, "-m", "summarise", *args],
            cwd=checkout,
            env=env,
            input=(stdin or "").encode(),
            capture_output=True,
            check=False,
        )
        case = folder / name
        shutil.rmtree(case, ignore_errors=True)
        case.mkdir()
        (case / "stdout").write_bytes(_normalise(run.stdout, checkout))
        (case / "stderr").write_bytes(_normalise(run.stderr, checkout))
        (case / "exit").write_text(f"{run.returncode}\n")
        for path in sorted(SCRATCH.rglob("*")):
            if path.is_file():
                target = case / "files" / path.relative_to(SCRATCH)
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(_normalise(path.read_bytes(), checkout))
        print(f"{name:<32} exit {run.returncode}", flush=True)
    shutil.rmtree(SCRATCH, ignore_errors=True)


def _compare(a: Path, b: Path) -> int:
    files_a = {p.relative_to(a) for p in a.rglob("*") if p.is_file()}
    files_b = {p.relative_to(b) for p in b.rglob("*") if p.is_file()}
    problems = 0
    for rel in sorted(files_a ^ files_b):
        print(f"only in {a if rel in files_a else b}: {rel}")
        problems += 1
    for rel in sorted(files_a & files_b):
        left, right = (a / rel).read_bytes(), (b / rel).read_bytes()
        if left != right:
            problems += 1
            print(f"differs: {rel}")
            lines = left.decode(errors="replace").splitlines()
            other = right.decode(errors="replace").splitlines()
            for n, (x, y) in enumerate(zip(lines, other, strict=False)):
                if x != y:
                    print(f"  line {n + 1}:\n  - {x[:200]}\n  + {y[:200]}")
                    break
            else:
                print(f"  {len(lines)} lines against {len(other)}")
    cases_ = len({rel.parts[0] for rel in files_a | files_b})
    print(f"{cases_} cases, {len(files_a | files_b)} files: {problems} differences")
    return 1 if problems else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, help="snapshot into this folder")
    parser.add_argument("--checkout", type=Path, default=ROOT, help="the source tree to run")
    parser.add_argument("--python", default=sys.executable, help="the interpreter to run it with")
    parser.add_argument("--only", help="only the cases whose name matches this regex")
    parser.add_argument("--compare", nargs=2, type=Path, metavar=("A", "B"))
    args = parser.parse_args()
    if args.compare:
        sys.exit(_compare(*args.compare))
    if args.out is None:
        parser.error("give --out FOLDER or --compare A B")
    _snapshot(args.out.resolve(), args.checkout.resolve(), args.python, args.only)


if __name__ == "__main__":
    main()
