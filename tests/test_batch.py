"""summarise batch: outputs, index, failures, resuming, SIGKILL and Ctrl-C."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from summarise.batch import MANIFEST, run_batch
from summarise.cli import cli
from summarise.models import BatchOptions

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "articles"


def _jsonl(path: Path, count: int, bad: tuple[int, ...] = ()) -> Path:
    """A JSONL set of ``count`` small distinct articles; rows in ``bad`` have no text."""
    with path.open("w", encoding="utf-8") as handle:
        for n in range(count):
            if n in bad:
                handle.write(json.dumps({"id": f"row{n:04d}", "text": "   "}) + "\n")
                continue
            text = (
                f"Council {n} approves the harbour plan. The vote in district {n} was close. "
                f"Residents of ward {n} asked for more parks. The mayor said work starts in spring."
            )
            handle.write(
                json.dumps({"id": f"set/row{n:04d}", "title": f"Harbour plan {n}", "text": text})
                + "\n"
            )
    return path


def _invoke(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, ["batch", *args])


def test_outputs_index_and_manifest(tmp_path):
    out = tmp_path / "out"
    result = _invoke(str(ARTICLES), "--out", str(out), "--format", "md", "-j", "1")
    assert result.exit_code == 0, result.output
    files = sorted(p.name for p in out.iterdir())
    assert files == sorted(
        [f"{p.stem}.md" for p in ARTICLES.glob("*.txt")] + ["index.md", "summaries.jsonl", MANIFEST]
    )
    lines = [json.loads(line) for line in (out / "summaries.jsonl").read_text().splitlines()]
    assert [line["id"] for line in lines] == sorted(p.stem for p in ARTICLES.glob("*.txt"))
    assert all(len(line["summary"]) == 3 and line["output"].endswith(".md") for line in lines)
    index = (out / "index.md").read_text()
    assert index.startswith("# Batch summaries\n\n5 articles summarised, 0 failed")
    assert "summarise: 5 articles in" in result.stderr
    assert "5 summarised, 0 up to date, 0 failed" in result.stderr


def test_jsonl_ids_become_folders_and_bad_rows_are_named(tmp_path):
    data = _jsonl(tmp_path / "set.jsonl", 6, bad=(2,))
    out = tmp_path / "out"
    result = _invoke(str(data), "--out", str(out), "-j", "1")
    assert result.exit_code == 1
    assert f"summarise: {data}:3: row0002: no text" in result.stderr
    assert (out / "set" / "row0000.json").is_file()
    record = json.loads((out / "set" / "row0000.json").read_text())
    assert record["title"] == "Harbour plan 0"
    assert record["id"] == "set/row0000"
    lines = [json.loads(line) for line in (out / "summaries.jsonl").read_text().splitlines()]
    assert len(lines) == 6
    assert lines[2] == {"id": f"{data}:3", "path": f"{data}:3", "error": "row0002: no text"}
    assert "## Failed" in (out / "index.md").read_text()


def test_rerun_skips_what_is_up_to_date_and_redoes_what_changed(tmp_path):
    data = _jsonl(tmp_path / "set.jsonl", 5)
    out = tmp_path / "out"
    assert _invoke(str(data), "--out", str(out), "-j", "1").exit_code == 0
    again = _invoke(str(data), "--out", str(out), "-j", "1")
    assert "0 summarised, 5 up to date" in again.stderr
    options = _invoke(str(data), "--out", str(out), "-j", "1", "-n", "2")
    assert "5 summarised, 0 up to date" in options.stderr  # other options: redone
    rows = data.read_text().splitlines()
    rows[1] = rows[1].replace("close", "very close")
    data.write_text("\n".join(rows) + "\n")
    changed = _invoke(str(data), "--out", str(out), "-j", "1", "-n", "2")
    assert "1 summarised, 4 up to date" in changed.stderr
    (out / "set" / "row0003.json").unlink()  # a lost output is made again
    lost = _invoke(str(data), "--out", str(out), "-j", "1", "-n", "2")
    assert "1 summarised, 4 up to date" in lost.stderr
    forced = _invoke(str(data), "--out", str(out), "-j", "1", "-n", "2", "--force")
    assert "5 summarised, 0 up to date" in forced.stderr
    # other code, though the same release: redone (version.build)
    from summarise.batch import manifest

    with pytest.MonkeyPatch.context() as patched:
        patched.setattr(manifest, "build", lambda: "0.1.0+other-code")
        recoded = _invoke(str(data), "--out", str(out), "-j", "1", "-n", "2")
    assert "5 summarised, 0 up to date" in recoded.stderr


def test_a_rerun_sends_workers_only_what_changed(tmp_path):
    data = _jsonl(tmp_path / "set.jsonl", 4)
    out = str(tmp_path / "out")
    run_batch([str(data)], out)
    sent: list[str] = []

    def mapper(fn, tasks):
        for task in tasks:
            sent.append(task.source.id)
            yield fn(task)

    again = run_batch([str(data)], out, mapper=mapper)
    assert again.count("skipped") == 4
    assert sent == []  # checked here, no round trip
    rows = data.read_text().splitlines()
    rows[2] = rows[2].replace("close", "very close")
    data.write_text("\n".join(rows) + "\n")
    changed = run_batch([str(data)], out, mapper=mapper)
    assert (changed.count("done"), changed.count("skipped")) == (1, 3)
    assert sent == ["set/row0002"]


def test_a_stopped_run_indexes_what_it_finished_but_keeps_a_fuller_index(tmp_path):
    """Stopped, a run writes the index of what it finished and says it is partial; a stopped
    rerun leaves the index an earlier run wrote, which lists more (a code review's case: a
    stopped rerun of an up-to-date folder had left an index of one article)."""
    data = _jsonl(tmp_path / "set.jsonl", 6)

    def stopped_after(count: int):  # type: ignore[no-untyped-def]
        seen: list[object] = []

        def on_outcome(outcome: object) -> None:  # (Ctrl-C as the count-th outcome is in)
            seen.append(outcome)
            if len(seen) == count:
                raise KeyboardInterrupt

        return on_outcome

    first = tmp_path / "first"
    with pytest.raises(KeyboardInterrupt):
        run_batch([str(data)], str(first), on_outcome=stopped_after(2))
    assert "**Interrupted:**" in (first / "index.md").read_text()
    assert len((first / "summaries.jsonl").read_text().splitlines()) == 2
    full = tmp_path / "full"
    run_batch([str(data)], str(full))
    before = (full / "index.md").read_text(), (full / "summaries.jsonl").read_text()
    with pytest.raises(KeyboardInterrupt):
        run_batch([str(data)], str(full), on_outcome=stopped_after(1))
    assert ((full / "index.md").read_text(), (full / "summaries.jsonl").read_text()) == before
    # ... but not one that lists summaries this run has made again with other options: it
    # would describe files that no longer hold them (a user's case: `-n 1` stopped over a
    # folder of `-n 3`, an index of three sentences over files of one, unmarked)
    from summarise.models import BatchOptions, Budget, SummaryOptions

    one = BatchOptions(summary=SummaryOptions(budget=Budget(sentences=1)))
    with pytest.raises(KeyboardInterrupt):
        run_batch([str(data)], str(full), one, on_outcome=stopped_after(2))
    index = (full / "index.md").read_text()
    assert "**Interrupted:**" in index
    assert len((full / "summaries.jsonl").read_text().splitlines()) == 2


def test_stream_to_standard_output(tmp_path):
    data = _jsonl(tmp_path / "set.jsonl", 3)
    result = _invoke(str(data), "--out", "-", "-j", "1")
    assert result.exit_code == 0
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["id"] for line in lines] == ["set/row0000", "set/row0001", "set/row0002"]
    assert not list(tmp_path.glob("*.md"))


def test_parallel_jobs_give_the_same_outputs(tmp_path):
    data = _jsonl(tmp_path / "set.jsonl", 12)
    one, two = tmp_path / "one", tmp_path / "two"
    assert _invoke(str(data), "--out", str(one), "-j", "1").exit_code == 0
    assert _invoke(str(data), "--out", str(two), "-j", "2").exit_code == 0
    for path in sorted((one / "set").iterdir()):
        assert path.read_bytes() == (two / "set" / path.name).read_bytes()
    assert (one / "summaries.jsonl").read_bytes() == (two / "summaries.jsonl").read_bytes()


def test_refuses_an_output_folder_inside_an_input_folder(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a.txt").write_text(
        "Headline\n\nOne sentence here. Another one there.", encoding="utf-8"
    )
    result = _invoke(str(inputs), "--out", str(inputs / "out"))
    assert result.exit_code == 1
    assert "is inside the input folder" in result.stderr
    assert not (inputs / "out").exists()


def test_torn_manifest_line_is_ignored(tmp_path):
    data = _jsonl(tmp_path / "set.jsonl", 3)
    out = tmp_path / "out"
    options = BatchOptions()
    run_batch([str(data)], str(out), options)
    with (out / MANIFEST).open("a", encoding="utf-8") as handle:
        handle.write('{"id": "set/row0001", "dig')  # a run killed mid-line
    result = run_batch([str(data)], str(out), options)
    assert result.count("skipped") == 3
    assert all(
        json.loads(line) for line in (out / MANIFEST).read_text().splitlines() if line.endswith("}")
    )


def _start(args: list[str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "summarise", "batch", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,  # its own process group: a signal reaches every worker
    )


def _wait_for_lines(
    path: Path, count: int, process: subprocess.Popen[bytes], limit: float = 120
) -> None:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if path.exists() and sum(1 for _ in path.open("rb")) >= count:
            return
        if process.poll() is not None:
            pytest.fail("the batch finished before it could be interrupted")
        time.sleep(0.01)
    pytest.fail("the batch made no progress")


@pytest.mark.slow
def test_sigkill_halfway_then_rerun_finishes_only_the_remainder(tmp_path):
    total = 1500
    data = _jsonl(tmp_path / "set.jsonl", total)
    out = tmp_path / "out"
    process = _start([str(data), "--out", str(out), "-j", "2"])
    _wait_for_lines(out / MANIFEST, total // 4, process)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    finished = sum(1 for line in (out / MANIFEST).open() if line.endswith("}\n"))
    assert 0 < finished < total
    for path in (out / "set").glob("*.json"):  # everything written is complete
        json.loads(path.read_text())
    rerun = _invoke(str(data), "--out", str(out), "-j", "2")
    assert rerun.exit_code == 0, rerun.output
    line = rerun.stderr.strip().splitlines()[-1]
    done = int(line.split(": ")[2].split(" summarised")[0])
    skipped = int(line.split("summarised, ")[1].split(" up to date")[0])
    assert skipped >= finished
    assert done + skipped == total
    assert done <= total - finished
    assert len(list((out / "set").glob("*.json"))) == total
    assert not list(out.rglob(".*.tmp"))
    assert sum(1 for _ in (out / "summaries.jsonl").open()) == total


@pytest.mark.slow
def test_ctrl_c_exits_130_and_keeps_finished_work(tmp_path):
    total = 1500
    data = _jsonl(tmp_path / "set.jsonl", total)
    out = tmp_path / "out"
    process = _start([str(data), "--out", str(out), "-j", "2"])
    _wait_for_lines(out / MANIFEST, total // 4, process)
    os.killpg(process.pid, signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr.decode()
    assert b"Traceback" not in stderr
    recorded = [json.loads(line) for line in (out / MANIFEST).open()]
    assert recorded
    for entry in recorded:  # every recorded output is there and complete
        json.loads((out / entry["output"]).read_text())
    # ... and indexed, so that it can be read before the rerun (a user's test, session 51)
    indexed = [json.loads(line) for line in (out / "summaries.jsonl").open()]
    assert len(indexed) >= len(recorded)
    assert (out / "index.md").is_file()
    rerun = _invoke(str(data), "--out", str(out), "-j", "1")
    assert f"{len(recorded)} up to date" in rerun.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork is chosen on Linux only")
def test_workers_are_forked_only_from_a_parent_without_blas() -> None:
    # The command line's parent never loads numpy: its workers start at once, by fork. A
    # script that loaded numpy (whose BLAS runs threads of its own) gets spawned workers.
    probe = (
        "import summarise.batch.executors.local as b; print(b.start_method().get_start_method())"
    )
    for setup, expected in (("", "fork"), ("import numpy; ", "spawn")):
        out = subprocess.run(
            [sys.executable, "-c", setup + probe], capture_output=True, text=True, check=True
        )
        assert out.stdout.strip() == expected


def test_standard_input_is_read_once(tmp_path: Path) -> None:
    # The worker hashes and loads the same bytes: standard input, which can be read only
    # once, is summarised (it was hashed, then read again as empty: "empty file").
    text = "Ties deepen\n\nThe minister met his counterpart on Monday. They agreed to talk.\n"
    result = CliRunner().invoke(cli, ["batch", "-", "--out", "-", "-j", "1"], input=text)
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["title"] == "Ties deepen"


def test_piped_standard_input_reaches_a_worker_process(tmp_path: Path) -> None:
    """A user's case: `cat a.txt | summarise batch - --out-dir out` said "standard input:
    empty file" with the default jobs (with -j 1 it worked): a worker process reads
    /dev/null as its standard input. The parent reads it ahead and ships its bytes; a rerun
    of the same text is up to date, another text is done again."""
    text = (ARTICLES / "000_9cf42e20098e3ff1.txt").read_bytes()
    out = tmp_path / "out"
    command = [sys.executable, "-m", "summarise", "batch", "-", "--out-dir", str(out), "-j", "2"]
    done = subprocess.run(command, input=text, capture_output=True, check=False)
    assert done.returncode == 0, done.stderr.decode()
    assert b"1 summarised" in done.stderr
    assert json.loads((out / "stdin.json").read_text(encoding="utf-8"))["summary"]
    again = subprocess.run(command, input=text, capture_output=True, check=False)
    assert b"1 up to date" in again.stderr, again.stderr.decode()
    other = (ARTICLES / "001_05eb93dc7806c269.txt").read_bytes()
    changed = subprocess.run(command, input=other, capture_output=True, check=False)
    assert b"1 summarised" in changed.stderr, changed.stderr.decode()


def test_a_long_id_gets_a_short_file_name(tmp_path: Path) -> None:
    """A user's case: a JSONL id of 300 characters failed its article ("cannot write the
    output (... File name too long)"). A part of a name past 150 bytes is cut and ends with
    a hash of the whole: two long ids that differ at the end stay two files."""
    from summarise.batch.layout import OutputNames

    names = OutputNames("json")
    first, second = names("a" * 300), names("a" * 299 + "b")
    assert first != second
    assert all(len(n.encode("utf-8")) <= 160 for n in (first, second, names("é" * 300)))
    assert names("short/id") == "short/id.json"
    # the bytes cut once, never through a character
    assert names("é" * 200_000).encode("utf-8").decode("utf-8").endswith(".json")
    text = (ARTICLES / "000_9cf42e20098e3ff1.txt").read_text(encoding="utf-8")
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "a" * 300, "text": text}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["batch", str(feed), "--out-dir", str(tmp_path / "out")])
    assert result.exit_code == 0, result.stderr
    assert "1 summarised" in result.stderr


def test_a_failed_inputs_record_has_the_same_id_in_summary_and_batch(tmp_path: Path) -> None:
    """The README says summary's JSONL failure lines are batch's summaries.jsonl lines; a
    user found `summary` giving the path as id ("bad/ws.txt") where batch gave "ws"."""
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "ws.txt").write_text("   \n", encoding="utf-8")
    (folder / "good.txt").write_bytes((ARTICLES / "000_9cf42e20098e3ff1.txt").read_bytes())
    runner = CliRunner()
    streamed = runner.invoke(cli, ["summary", str(folder), "--format", "jsonl"])
    line = json.loads(streamed.stdout.splitlines()[-1])
    runner.invoke(cli, ["batch", str(folder), "--out-dir", str(tmp_path / "out")])
    indexed = [
        json.loads(x)
        for x in (tmp_path / "out" / "summaries.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    assert line == next(x for x in indexed if "error" in x)
    assert line["id"] == "ws"
