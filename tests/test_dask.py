"""summarise batch --executor dask: the same outputs and resumability as a local run, on a
two-worker dask.distributed LocalCluster; inputs travel with the work; clear errors."""

from __future__ import annotations

import json
import re
import shutil
import socket
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from summarise.batch import executors, run_batch
from summarise.batch.executors import dask as dask_executor
from summarise.cli import cli
from summarise.errors import ExecutorError

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "articles"


@pytest.fixture(scope="module")
def scheduler():  # type: ignore[no-untyped-def]
    """The address of a LocalCluster of two worker processes, one thread each."""
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        yield cluster.scheduler_address


@pytest.fixture
def client(scheduler):  # type: ignore[no-untyped-def]
    from distributed import Client

    with Client(scheduler, set_as_default=False) as made:
        yield made


def _invoke(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, ["batch", *args])


def _inputs(folder: Path) -> Path:
    """The sample articles, a JSONL set with a bad row, an empty file and a binary one."""
    folder.mkdir()
    for path in ARTICLES.glob("*.txt"):
        shutil.copy(path, folder / path.name)
    rows = [
        {"id": "set/a", "title": "Harbour plan", "text": "The council approved the plan. "
         "The vote was close. Residents asked for parks. Work starts in spring."},
        {"id": "set/b", "text": "   "},
        {"id": "set/c", "text": "Rain fell all week. Rivers rose in the north. "
         "Roads were closed near the coast. Schools shut on Friday."},
    ]  # fmt: skip
    (folder / "set.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 4)
    return folder


def _files(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def _failures(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if not re.search(r"\b[\d,]+ articles? in ", line)]


def test_outputs_are_byte_identical_to_a_local_run(tmp_path, scheduler):
    inputs = _inputs(tmp_path / "in")
    local = _invoke(str(inputs), "--out", str(tmp_path / "local"), "--format", "md", "-j", "1")
    dask = _invoke(
        str(inputs),
        "--out",
        str(tmp_path / "dask"),
        "--format",
        "md",
        "--executor",
        "dask",
        "--scheduler",
        scheduler,
    )
    assert local.exit_code == dask.exit_code == 1  # the bad row and files failed, the rest done
    assert _failures(dask.stderr) == _failures(local.stderr)
    assert f"summarise: {inputs / 'empty.txt'}: empty file" in dask.stderr
    assert f"summarise: {inputs / 'binary.txt'}: binary file, not text" in dask.stderr
    assert f"summarise: {inputs / 'set.jsonl'}:2: set/b: no text" in dask.stderr
    assert "7 summarised, 0 up to date, 3 failed" in dask.stderr
    made, expected = _files(tmp_path / "dask"), _files(tmp_path / "local")
    assert {"index.md", "summaries.jsonl", "manifest.jsonl", "set/a.md"} <= set(made)
    assert made == expected  # every output, the index, summaries.jsonl and the manifest


def test_a_rerun_on_the_cluster_resumes_where_the_first_stopped(tmp_path, scheduler):
    inputs = _inputs(tmp_path / "in")
    (inputs / "empty.txt").unlink()
    (inputs / "binary.txt").unlink()
    out = tmp_path / "out"
    on_dask = ("--executor", "dask", "--scheduler", scheduler)
    half = sorted(str(p) for p in inputs.glob("*.txt"))[:3]
    first = _invoke(*half, "--out", str(out), *on_dask)
    assert first.exit_code == 0, first.output
    assert "3 summarised, 0 up to date, 0 failed" in first.stderr
    written = {Path(p).stem + ".json": 0 for p in half}
    written = {name: (out / name).stat().st_mtime_ns for name in written}
    rest = _invoke(str(inputs), "--out", str(out), *on_dask)
    assert "4 summarised, 3 up to date, 1 failed" in rest.stderr  # set.jsonl's row b
    assert {name: (out / name).stat().st_mtime_ns for name in written} == written  # not redone
    again = _invoke(str(inputs), "--out", str(out), "-j", "1")  # and a local run agrees
    assert "0 summarised, 7 up to date, 1 failed" in again.stderr
    whole = tmp_path / "whole"
    _invoke(str(inputs), "--out", str(whole), "-j", "1")
    for name in ("summaries.jsonl", "index.md", *written, "set/a.json", "set/c.json"):
        assert (out / name).read_bytes() == (whole / name).read_bytes(), name


def test_workers_need_no_access_to_the_inputs(tmp_path):
    """With ship_inputs the parent reads every file: the work runs after the inputs are gone."""
    inputs = _inputs(tmp_path / "in")
    expected = run_batch([str(inputs)], str(tmp_path / "local"))

    def elsewhere(fn, items):  # type: ignore[no-untyped-def]
        tasks = list(items)  # read ahead in the parent...
        shutil.rmtree(inputs)  # ...so the workers never open an input path
        return map(fn, tasks)

    result = run_batch([str(inputs)], str(tmp_path / "far"), mapper=elsewhere, ship_inputs=True)
    assert result.outcomes == expected.outcomes
    assert _files(tmp_path / "far") == _files(tmp_path / "local")


def test_a_rerun_sends_only_what_is_left_to_do(tmp_path):
    """Up-to-date inputs and files that cannot be read are settled in the parent."""
    inputs = _inputs(tmp_path / "in")
    run_batch([str(inputs)], str(tmp_path / "out"), ship_inputs=True)
    changed = sorted(inputs.glob("0*.txt"))[1]
    changed.write_text(changed.read_text() + "\n\nOne more sentence was added today.\n")
    (inputs / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    sent: list[str] = []

    def recording(fn, items):  # type: ignore[no-untyped-def]
        for task in items:
            sent.append(task.source.id)
            yield fn(task)

    shutil.copytree(tmp_path / "out", tmp_path / "local")
    result = run_batch([str(inputs)], str(tmp_path / "out"), mapper=recording, ship_inputs=True)
    assert sent == [changed.stem, "binary", "empty"]  # read, but only a worker finds them bad
    assert (result.count("done"), result.count("skipped"), result.count("failed")) == (1, 6, 4)
    expected = run_batch([str(inputs)], str(tmp_path / "local"))
    assert result.outcomes == expected.outcomes
    assert _files(tmp_path / "out") == _files(tmp_path / "local")


def test_mapper_keeps_input_order_with_bounded_work_in_flight(client):
    pulled = []

    def items():  # type: ignore[no-untyped-def]
        for n in range(100):
            pulled.append(n)
            yield n

    with dask_executor.dask_map(client, tasks_per_future=2, window=3) as mapper:
        results = mapper(abs, (-n for n in items()))
        assert next(results) == 0
        assert len(pulled) == 6  # three futures of two items each, not all 100
        assert [0, *results] == list(range(100))
    assert client.status == "running"  # a Client we were given stays open


def test_a_failure_on_the_cluster_is_an_executor_error(client):
    with dask_executor.dask_map(client) as mapper, pytest.raises(ExecutorError) as caught:
        list(mapper(int, ["1", "two"]))
    assert str(caught.value).startswith("the Dask cluster failed (ValueError: invalid literal")
    assert str(caught.value).endswith("finished articles are kept: rerun to go on")


def test_an_unreachable_scheduler_is_one_line(tmp_path, monkeypatch):
    pytest.importorskip("distributed")
    monkeypatch.setattr(dask_executor, "CONNECT_TIMEOUT", 1.0)
    with socket.socket() as sock:  # a port nothing listens on
        sock.bind(("127.0.0.1", 0))
        address = f"tcp://127.0.0.1:{sock.getsockname()[1]}"
    out = tmp_path / "out"
    result = _invoke(str(ARTICLES), "--out", str(out), "--executor", "dask", "--scheduler", address)
    assert result.exit_code == 1
    assert result.stderr == (
        f"summarise: cannot reach the Dask scheduler at {address} within 1 s "
        f"(Timed out trying to connect to {address} after 1 s); is `dask scheduler` running there?\n"
    )
    assert not out.exists()


def test_without_the_extra_the_message_says_what_to_install(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if not installed
    result = _invoke(
        str(ARTICLES), "--out", str(tmp_path / "out"), "--executor", "dask", "--scheduler", "x:1"
    )
    assert result.exit_code == 1
    assert result.stderr == (
        "summarise: the dask executor needs Dask: pip install 'summarise[dask]'\n"
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--executor", "dask"], "--executor dask needs --scheduler ADDRESS"),
        (["--executor", "dask", "--scheduler", "tcp://h:8786", "-j", "2"], "--jobs counts local"),
        (["--scheduler", "tcp://h:8786"], "--scheduler goes with --executor dask"),
    ],
)
def test_executor_options_are_checked(tmp_path, monkeypatch, args, message):
    monkeypatch.delenv("DASK_SCHEDULER_ADDRESS", raising=False)
    result = _invoke(str(ARTICLES), "--out", str(tmp_path / "out"), *args)
    assert result.exit_code == 2
    assert message in result.stderr


def test_the_scheduler_can_come_from_the_environment(tmp_path, monkeypatch):
    monkeypatch.setattr(dask_executor, "CONNECT_TIMEOUT", 0.5)
    monkeypatch.setitem(sys.modules, "distributed", None)  # stop before connecting
    monkeypatch.setenv("DASK_SCHEDULER_ADDRESS", "tcp://h:8786")
    result = _invoke(str(ARTICLES), "--out", str(tmp_path / "out"), "--executor", "dask")
    assert result.exit_code == 1  # not a usage error: the address was found
    assert "pip install 'summarise[dask]'" in result.stderr
    local = _invoke(str(ARTICLES), "--out", str(tmp_path / "local"), "-j", "1")
    assert local.exit_code == 0  # the variable does not matter to a local run


def test_the_cli_offers_every_executor():
    option = next(p for p in cli.commands["batch"].params if p.name == "executor")
    assert sorted(option.type.choices) == sorted(executors.EXECUTORS)  # type: ignore[attr-defined]


def test_stories_briefs_on_the_cluster_are_byte_identical(tmp_path, scheduler):
    multiling = (
        ROOT.parent / "shared" / "data" / "multiling2011_english" / "multiling2011_english.jsonl"
    )
    if not multiling.exists():
        pytest.skip("the shared data is not beside the repo")
    rows = [json.loads(line) for line in multiling.read_text(encoding="utf-8").splitlines()[:3]]
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        "".join(
            json.dumps({"id": d["id"], "title": d["title"], "text": d["text"]}) + "\n"
            for row in rows
            for d in row["documents"]
        ),
        encoding="utf-8",
    )
    runner = CliRunner()
    local = runner.invoke(
        cli, ["stories", str(feed), "--out-dir", str(tmp_path / "local"), "-j", "1"]
    )
    assert local.exit_code == 0, local.output
    remote = runner.invoke(
        cli,
        [
            "stories",
            str(feed),
            "--out-dir",
            str(tmp_path / "dask"),
            "--executor",
            "dask",
            "--scheduler",
            scheduler,
        ],
    )
    assert remote.exit_code == 0, remote.output
    assert _files(tmp_path / "local") == _files(tmp_path / "dask")
    assert any(name.startswith("briefs/") for name in _files(tmp_path / "dask"))
