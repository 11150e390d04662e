"""The Dask executor against the local one on the BBC set: times, and byte-identical outputs.

Runs `summarise batch` (the library's run_batch, as the CLI does) over the 2,225 BBC
articles, as the JSONL file and as 2,225 text files (which the parent reads and ships to
the workers), each: locally with 1 and 2 processes, and on a dask.distributed
LocalCluster of 2 worker processes with 1 thread each, connected by its address like a
real cluster. Each run starts from an empty output folder; then a rerun, which skips
everything (resuming). Prints the median of --repeat runs and whether every file of each
output folder (outputs, index.md, summaries.jsonl, manifest.jsonl) is byte-identical to
the local 1-process run's. The cluster's start-up is not counted; connecting to it is.

    python benchmarks/dask_parity.py [--repeat 3] [--limit N]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from summarise.batch import local_map, run_batch
from summarise.batch.executors.dask import dask_map
from summarise.models import BatchOptions

ROOT = Path(__file__).resolve().parents[1]
BBC = ROOT.parent / "shared/data/bbc_news_summary/bbc_news_summary.jsonl"


def _as_files(source: Path, folder: Path, limit: int | None) -> tuple[Path, Path]:
    """The set as a JSONL file and as one text file per row (title, blank line, text)."""
    rows = [json.loads(line) for line in source.open(encoding="utf-8") if line.strip()]
    rows = rows[:limit] if limit else rows
    jsonl = folder / "bbc.jsonl"
    jsonl.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    files = folder / "bbc"
    for row in rows:
        path = files / f"{row['id']}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"{row.get('title') or ''}\n\n{row['text']}\n", "utf-8")
    return jsonl, files


def _tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def _run(inputs: Path, out: Path, run: Callable[[Path, Path], object]) -> tuple[float, float]:
    """Seconds for a run into an empty folder, then for a rerun that finds it all done."""
    shutil.rmtree(out, ignore_errors=True)
    start = time.perf_counter()
    run(inputs, out)
    first = time.perf_counter() - start
    start = time.perf_counter()
    run(inputs, out)
    return first, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    args = parser.parse_args()
    from distributed import LocalCluster

    options = BatchOptions()

    def local(jobs: int) -> Callable[[Path, Path], object]:
        return lambda inputs, out: run_batch(
            [str(inputs)], str(out), options, mapper=local_map(jobs)
        )

    def on_dask(address: str) -> Callable[[Path, Path], object]:
        def run(inputs: Path, out: Path) -> object:
            with dask_map(address) as mapper:  # connects, as `--scheduler ADDRESS` does
                return run_batch([str(inputs)], str(out), options, mapper=mapper, ship_inputs=True)

        return run

    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    )
    with (
        tempfile.TemporaryDirectory() as tmp,
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
    ):
        folder = Path(tmp)
        jsonl, files = _as_files(BBC, folder, args.limit)
        runners = {
            "local -j 1": local(1),
            "local -j 2": local(2),
            "dask, 2 workers x 1 thread": on_dask(cluster.scheduler_address),
        }
        print(
            "| input | executor | run (median s) | rerun, all up to date (s) | outputs vs local -j 1 |"
        )
        print("|---|---|---:|---:|---|")
        for label, inputs in (("BBC JSONL", jsonl), ("BBC as .txt files", files)):
            reference: dict[str, bytes] | None = None
            for name, run in runners.items():
                out = folder / "out" / name.split(",")[0].replace(" ", "")
                times = [_run(inputs, out, run) for _ in range(args.repeat)]
                tree = _tree(out)
                if reference is None:
                    reference, same = tree, "(reference)"
                else:
                    same = "byte-identical" if tree == reference else "DIFFERENT"
                first = statistics.median(t[0] for t in times)
                rerun = statistics.median(t[1] for t in times)
                print(
                    f"| {label} ({len(tree) - 3} files) | {name} | {first:.1f} | {rerun:.1f} | {same} |",
                    flush=True,
                )


if __name__ == "__main__":
    main()
