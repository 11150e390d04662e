"""Issue 16, hardening round 2: no input destroys a file, no input runs away, no process is
left behind. Each test reproduces one finding of the issue; the README's "Errors and exit
codes" states what they check."""

from __future__ import annotations

import contextlib
import json
import os
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from summarise.cli import ExitStatus, cli

GOOD = (
    "Harbour plan approved\n\n"
    "The council approved the harbour plan on Monday. The vote was close after a long debate. "
    "Residents asked for more parks and a new school. The mayor said work starts in spring.\n"
)
OTHER = (
    "Council backs harbour scheme\n\n"
    "Councillors backed the harbour scheme on Monday by two votes. Residents want parks and a "
    "school near the harbour. The mayor expects work on the harbour to start in spring. "
    "Critics said the plan costs too much.\n"
)
ROOT = Path(__file__).resolve().parents[1]
WRITE_ARGS = {"summary": ["--format", "json"], "compare": ["--format", "json"], "report": []}


def run(*args: str, input: bytes | None = None):  # type: ignore[no-untyped-def]
    result = CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)
    assert "Traceback" not in result.stderr
    assert "internal error" not in result.stderr
    return result


def cli_process(*args: str, **kwargs: object) -> subprocess.CompletedProcess[str]:
    """The real command in a fresh process."""
    return subprocess.run(
        [sys.executable, "-m", "summarise", *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
        **kwargs,  # type: ignore[arg-type]
    )


def rows(path: Path, *docs: tuple[str, str]) -> Path:
    path.write_text(
        "".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in docs), encoding="utf-8"
    )
    return path


# --------------------------------------------------------------------------- 1. JSONL inputs


@pytest.mark.parametrize("command", sorted(WRITE_ARGS))
@pytest.mark.parametrize("how", ["folder", "pattern", "named"])
def test_output_onto_a_jsonl_input_is_refused(tmp_path: Path, command: str, how: str) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    data = rows(folder / "rows.jsonl", ("a", GOOD), ("b", OTHER))
    before = data.read_bytes()
    given = {"folder": str(folder), "pattern": str(folder / "*.jsonl"), "named": str(data)}[how]
    result = run(command, given, *WRITE_ARGS[command], "-o", str(data))
    assert result.exit_code == ExitStatus.ERROR
    assert result.stderr.splitlines()[-1] == (
        f"summarise: {data}: is one of the inputs; refusing to overwrite it"
    )
    assert data.read_bytes() == before
    assert sorted(os.listdir(folder)) == ["rows.jsonl"]


def test_output_onto_a_jsonl_input_with_no_usable_row_is_refused(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n", encoding="utf-8")
    result = run("summary", str(good), str(tmp_path / "*.jsonl"), "-o", str(empty))
    assert result.exit_code == ExitStatus.ERROR
    assert "is one of the inputs" in result.stderr
    assert empty.read_text(encoding="utf-8") == "\n"


# --------------------------------------------------------------------------- 2. devices and links


def test_output_through_a_symlink_writes_its_target_and_keeps_the_link(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    real = tmp_path / "real" / "summary.txt"
    real.parent.mkdir()
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    assert run("summary", str(good), "-o", str(link)).exit_code == 0
    assert link.is_symlink()
    assert "The council approved" in real.read_text(encoding="utf-8")
    assert sorted(os.listdir(real.parent)) == ["summary.txt"]  # written beside the target
    # A dangling link: its target is made, the link stays.
    link.unlink()
    fresh = tmp_path / "real" / "fresh.txt"
    link.symlink_to(fresh)
    assert run("summary", str(good), "-o", str(link)).exit_code == 0
    assert link.is_symlink()
    assert "The council approved" in fresh.read_text(encoding="utf-8")


def test_output_onto_a_fifo_writes_through_it(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()), daemon=True)
    reader.start()
    result = run("summary", str(good), "-o", str(fifo))
    reader.join(30)
    assert result.exit_code == 0
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert b"The council approved" in got[0]
    assert sorted(os.listdir(tmp_path)) == ["good.txt", "pipe"]


def test_output_onto_a_device_writes_through_it(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    null = tmp_path / "null"
    try:
        os.mknod(null, stat.S_IFCHR | 0o666, os.makedev(1, 3))  # /dev/null
        null.write_bytes(b"")  # a filesystem mounted nodev cannot open it
    except (PermissionError, OSError):
        pytest.skip("cannot make or open a device node here")
    assert run("summary", str(good), "-o", str(null)).exit_code == 0
    assert stat.S_ISCHR(os.lstat(null).st_mode)
    assert sorted(os.listdir(tmp_path)) == ["good.txt", "null"]


def test_output_through_a_link_to_standard_output(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    (tmp_path / "stdout").symlink_to("/proc/self/fd/1")
    if not Path("/proc/self/fd/1").exists():
        pytest.skip("no /proc")
    done = cli_process("summary", str(good), "-o", "stdout", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "The council approved" in done.stdout
    assert (tmp_path / "stdout").is_symlink()


# --------------------------------------------------------------------------- 3. links inside --out


def test_batch_never_writes_through_a_link_inside_the_output_folder(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    story = folder / "a.md"
    story.write_text(GOOD, encoding="utf-8")
    data = rows(tmp_path / "rows.jsonl", ("link/a", OTHER))
    out = tmp_path / "out"
    out.mkdir()
    (out / "link").symlink_to("../in")
    (out / "manifest.jsonl").symlink_to("../in/a.md")
    result = run("batch", str(folder), str(data), "--out", str(out))
    assert story.read_text(encoding="utf-8") == GOOD
    assert result.exit_code == ExitStatus.ERROR
    assert "symbolic link" in result.stderr


# --------------------------------------------------------------------------- 4. manifest


def test_an_output_holding_another_articles_summary_is_redone(tmp_path: Path) -> None:
    """Ids "a b" and "a_b" share a file name; same-length texts give same-length outputs."""
    first = GOOD.replace("Monday", "Sunday")
    second = GOOD.replace("Monday", "Friday")
    both = rows(tmp_path / "both.jsonl", ("a b", first), ("a_b", second))
    alone = rows(tmp_path / "alone.jsonl", ("a_b", second))
    out = str(tmp_path / "out")
    assert run("batch", str(both), "--out", out, "-n", "1", "--format", "md").exit_code == 0
    assert "Sunday" in (tmp_path / "out" / "a_b.md").read_text(encoding="utf-8")
    assert (
        run("batch", str(alone), "--out", out, "-n", "1", "--format", "md").exit_code == 0
    )  # a_b.md: Friday
    assert run("batch", str(both), "--out", out, "-n", "1", "--format", "md").exit_code == 0
    text = (tmp_path / "out" / "a_b.md").read_text(encoding="utf-8")
    assert "Sunday" in text
    assert "Friday" not in text


# --------------------------------------------------------------------------- 5. two batches


def test_a_second_batch_on_a_busy_output_folder_is_refused(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out"
    # The first batch waits for its standard input while it holds the folder.
    first = subprocess.Popen(
        [sys.executable, "-m", "summarise", "batch", "-", "--out", str(out), "-j", "1"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 60
        while not (out / "manifest.jsonl").exists() and time.monotonic() < deadline:
            time.sleep(0.05)  # the manifest is opened once the folder is held
        second = cli_process("batch", str(good), "--out", str(out))
        assert second.returncode == ExitStatus.ERROR
        assert second.stderr.splitlines()[-1] == (
            f"summarise: {out}: another batch is writing to this folder; "
            "wait for it to finish or choose another --out-dir"
        )
        _, err = first.communicate(GOOD.encode(), timeout=60)
        assert first.returncode == 0, err
    finally:
        first.kill()
        first.wait()
    assert (out / "stdin.json").exists()
    assert not (out / "good.json").exists()
    assert run("batch", str(good), "--out", str(out)).exit_code == 0  # free again


def test_batch_keeps_a_users_hidden_temporary_file(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    mine = out / ".notes.2024.tmp"
    mine.write_text("keep me", encoding="utf-8")
    assert run("batch", str(good), "--out", str(out)).exit_code == 0
    assert mine.read_text(encoding="utf-8") == "keep me"


# --------------------------------------------------------------------------- 6. reserved names


@pytest.mark.parametrize("article_id", ["index.md/y", "summaries.jsonl/x", "manifest.jsonl/z"])
def test_ids_never_take_the_names_of_the_index_or_manifest(tmp_path: Path, article_id: str) -> None:
    data = rows(tmp_path / "rows.jsonl", (article_id, GOOD), ("plain", OTHER))
    out = tmp_path / "out"
    for _ in range(2):
        result = run("batch", str(data), "--out", str(out))
        assert result.exit_code == 0, result.stderr
    for name in ("index.md", "summaries.jsonl", "manifest.jsonl"):
        assert (out / name).is_file()


def test_an_id_never_makes_a_folder_where_another_ids_file_is(tmp_path: Path) -> None:
    data = rows(tmp_path / "rows.jsonl", ("a", GOOD), ("a.md/b", OTHER), ("c.md/d", GOOD))
    data2 = rows(tmp_path / "rows2.jsonl", ("c", OTHER))
    out = tmp_path / "out"
    for _ in range(2):
        result = run("batch", str(data), str(data2), "--out", str(out), "--format", "md")
        assert result.exit_code == 0, result.stderr
    assert (out / "a.md").is_file()
    assert (out / "a.md-2" / "b.md").is_file()
    assert (out / "c.md" / "d.md").is_file()
    assert (out / "c-2.md").is_file()


# --------------------------------------------------------------------------- processes


def _children(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rpartition(")")[2].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.add(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0]
    except OSError:
        return False
    return state != "Z"


def _many_rows(path: Path, count: int) -> Path:
    text = " ".join(f"Council {n} approves plan number {n} after a vote." for n in range(40))
    return rows(path, *((f"r{n}", f"Plan {n}\n\n{text}") for n in range(count)))


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_workers_die_when_the_parent_is_killed(tmp_path: Path) -> None:
    data = _many_rows(tmp_path / "rows.jsonl", 3000)
    parent = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "summarise",
            "batch",
            str(data),
            "--out",
            str(tmp_path / "o"),
            "-j",
            "2",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    workers: set[int] = set()
    deadline = time.monotonic() + 60
    while len(workers) < 2 and time.monotonic() < deadline and parent.poll() is None:
        workers = _children(parent.pid)
        time.sleep(0.05)
    assert len(workers) >= 2
    parent.kill()
    parent.wait()
    deadline = time.monotonic() + 10
    while any(_alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    left = [w for w in workers if _alive(w)]
    for worker in left:  # not to leave them behind when the test fails
        os.kill(worker, 9)
    assert not left


def test_a_pooled_batch_leaves_no_pool_thread_behind(tmp_path: Path) -> None:
    """The pool is shut down inside the run, never at interpreter exit, where its thread
    could print "Exception ignored in: <module 'threading'> ... OSError"."""
    from concurrent.futures.process import _ExecutorManagerThread

    from summarise.batch import local_map, run_batch

    data = rows(tmp_path / "rows.jsonl", ("a", GOOD), ("b", OTHER), ("c", GOOD))
    result = run_batch([str(data)], str(tmp_path / "out"), mapper=local_map(2))
    assert len(result.outcomes) == 3
    assert not [
        t for t in threading.enumerate() if isinstance(t, _ExecutorManagerThread) and t.is_alive()
    ]


def test_the_local_pool_pulls_items_as_it_needs_them() -> None:
    from summarise.batch.executors.local import CHUNK, WINDOW

    pulled = 0

    def items():  # type: ignore[no-untyped-def]
        nonlocal pulled
        for n in range(100_000):
            pulled += 1
            yield -n

    from summarise.batch import local_map

    results = local_map(2)(abs, items())
    assert next(results) == 0
    assert pulled <= (2 * WINDOW + 1) * CHUNK
    results.close()


# --------------------------------------------------------------------------- writing errors


def _limited_file_size(limit: int):  # type: ignore[no-untyped-def]
    def apply() -> None:
        import resource
        import signal

        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails: EFBIG
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


def test_a_batch_that_cannot_write_its_manifest_says_so_in_one_line(tmp_path: Path) -> None:
    data = _many_rows(tmp_path / "rows.jsonl", 40)
    out = tmp_path / "out"
    done = cli_process(
        "batch", str(data), "--out", str(out), "-j", "1", preexec_fn=_limited_file_size(8192)
    )
    assert done.returncode == ExitStatus.ERROR
    assert done.stderr.splitlines()[-1] == (
        f"summarise: {out / 'manifest.jsonl'}: cannot write (File too large)"
    )
    assert "Traceback" not in done.stderr
    assert "internal error" not in done.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["summary", "{good}"],
        ["summary", "{good}", "--format", "json"],
        ["compare", "{good}", "{other}"],
        ["batch", "{good}", "--out", "-"],
    ],
)
@pytest.mark.parametrize("where", ["/dev/full", "closed"])
def test_standard_output_that_cannot_be_written_is_one_line(
    tmp_path: Path, args: list[str], where: str
) -> None:
    good, other = tmp_path / "good.txt", tmp_path / "other.txt"
    good.write_text(GOOD, encoding="utf-8")
    other.write_text(OTHER, encoding="utf-8")
    argv = [a.format(good=good, other=other) for a in args]
    command = [sys.executable, "-m", "summarise", *argv]
    shell = " ".join(f"'{a}'" for a in command) + (" >/dev/full" if where != "closed" else " >&-")
    done = subprocess.run(
        ["bash", "-c", shell], capture_output=True, text=True, check=False, timeout=120
    )
    reason = "No space left on device" if where == "/dev/full" else "it is closed"
    assert done.returncode == ExitStatus.ERROR
    assert done.stderr.splitlines()[-1] == f"summarise: standard output: cannot write ({reason})"
    assert "Traceback" not in done.stderr
    assert "Exception ignored" not in done.stderr


@pytest.mark.parametrize("args", [["--help"], ["--version"], ["summary", "--help"]])
def test_help_to_a_full_output_is_one_line(args: list[str]) -> None:
    """What click writes itself, outside a command, to a full disk: a user's case printed a
    traceback ("OSError: [Errno 28]"). (With standard output closed click writes nothing.)"""
    command = " ".join(f"'{a}'" for a in [sys.executable, "-m", "summarise", *args])
    done = subprocess.run(
        ["bash", "-c", command + " >/dev/full"],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == ExitStatus.ERROR
    assert done.stderr == "summarise: standard output: cannot write (No space left on device)\n"


# --------------------------------------------------------------------------- SIGTERM


def test_sigterm_is_handled_like_ctrl_c(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import signal

    import summarise.report

    def terminated(*args: object, **kwargs: object) -> None:
        os.kill(os.getpid(), signal.SIGTERM)
        time.sleep(1)  # the signal arrives here
        raise AssertionError("SIGTERM was not handled")

    monkeypatch.setattr(summarise.report, "build_report", terminated)
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text(GOOD, encoding="utf-8")
    second.write_text(OTHER, encoding="utf-8")
    result = run("report", str(first), str(second), "-o", str(tmp_path / "r.md"))
    assert result.exit_code == ExitStatus.TERMINATED == 143
    assert result.stderr == "summarise: terminated\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["first.txt", "second.txt"]


def test_sigterm_while_writing_finishes_the_file_then_exits_143(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import signal

    import summarise.output

    write = summarise.output.write_atomic

    def sigterm_mid_write(path: str, text: str) -> None:
        os.kill(os.getpid(), signal.SIGTERM)
        write(path, text)

    monkeypatch.setattr(summarise.output, "write_atomic", sigterm_mid_write)
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text(GOOD, encoding="utf-8")
    second.write_text(OTHER, encoding="utf-8")
    out = tmp_path / "report.md"
    result = run("report", str(first), str(second), "-o", str(out))
    assert result.exit_code == ExitStatus.TERMINATED
    assert out.read_text(encoding="utf-8").endswith("\n")


@pytest.mark.slow
def test_sigterm_to_a_running_batch_keeps_finished_work(tmp_path: Path) -> None:
    import signal

    data = _many_rows(tmp_path / "rows.jsonl", 3000)
    out = tmp_path / "out"
    parent = subprocess.Popen(
        [sys.executable, "-m", "summarise", "batch", str(data), "--out", str(out), "-j", "2"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not (out / "r0.json").exists():
        time.sleep(0.05)
    workers = _children(parent.pid)
    parent.send_signal(signal.SIGTERM)
    try:
        _, err = parent.communicate(timeout=60)
    finally:
        parent.kill()
        parent.wait()
        for worker in workers:
            with contextlib.suppress(OSError):
                os.kill(worker, signal.SIGKILL)
    assert parent.returncode == ExitStatus.TERMINATED
    assert err.splitlines()[-1] == "summarise: terminated"
    assert not [w for w in workers if _alive(w)]
    assert not list(out.rglob(".*.tmp"))
    again = cli_process("batch", str(data), "--out", str(out), "-j", "2")
    assert again.returncode == 0
    assert "up to date" in again.stderr


# --------------------------------------------------------------------------- terminal safety

INVISIBLE = "\u202e\u2066\u2069\u200b\u200d\u2060\ufeff\u200f"


def _hostile_invisible(tmp_path: Path) -> tuple[Path, Path]:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "evil\u202etxt.txt").write_text(
        f"Harbour\u202e plan\u200b approved\n\n{GOOD.split(chr(10), 2)[2]}".replace(
            "council", "coun\u2066cil\u2069"
        ),
        encoding="utf-8",
    )
    (folder / "other\u200b.txt").write_text(OTHER, encoding="utf-8")
    data = rows(tmp_path / "rows.jsonl", ("row\u202eid", GOOD.replace("vote", "vo\u200dte")))
    return folder, data


def _without_paths(value: object) -> object:
    """JSON data without its "path" fields (the file's real name, see below)."""
    if isinstance(value, dict):
        return {k: _without_paths(v) for k, v in value.items() if k != "path"}
    if isinstance(value, list):
        return [_without_paths(v) for v in value]
    return value


def test_bidi_and_zero_width_characters_never_reach_an_output(tmp_path: Path) -> None:
    """Ids, titles, article text, messages and batch file names: none holds a bidi control
    or a zero-width character (Trojan Source)."""
    folder, data = _hostile_invisible(tmp_path)
    outputs = []
    for fmt in ("text", "table", "markdown", "json"):
        result = run("summary", str(folder), str(data), "--format", fmt)
        outputs += [result.stdout, result.stderr]
    for fmt in ("table", "markdown", "json"):
        outputs.append(run("compare", str(folder), "--format", fmt).stdout)
    out = tmp_path / "out"
    result = run("batch", str(folder), str(data), "--out", str(out))
    outputs.append(result.stderr)
    outputs += [p.read_text(encoding="utf-8") for p in out.rglob("*") if p.is_file()]
    outputs += [p.name for p in out.rglob("*")]
    for text in outputs:
        if text.startswith("{"):  # JSON or JSONL: the paths are checked below
            try:
                docs = [json.loads(text)]
            except json.JSONDecodeError:
                docs = [json.loads(line) for line in text.splitlines()]
            text = json.dumps(_without_paths(docs), ensure_ascii=False)
        assert not set(text) & set(INVISIBLE), [c for c in text if c in INVISIBLE]


def test_bidi_characters_in_a_file_name_never_reach_json(tmp_path: Path) -> None:
    folder, _ = _hostile_invisible(tmp_path)
    text = run("summary", str(folder), "--format", "json").stdout
    assert not set(text) & set(INVISIBLE)


def test_a_newline_in_a_file_name_cannot_fake_a_line(tmp_path: Path) -> None:
    (tmp_path / "story\n 1. Fake summary line.txt").write_text(GOOD, encoding="utf-8")
    result = run("summary", str(tmp_path))
    assert result.exit_code == 0
    assert not [line for line in result.stdout.splitlines() if line.startswith(" 1. Fake")]
    assert "story  1. Fake summary line" in result.stdout
    data = json.loads(run("summary", str(tmp_path), "--format", "json").stdout)
    assert data["articles"][0]["id"] == "story  1. Fake summary line"
    assert data["articles"][0]["path"].endswith("story\n 1. Fake summary line.txt")


# --------------------------------------------------------------------------- runaway inputs


def test_a_glob_through_self_links_ends_and_lists_each_file_once(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text(OTHER, encoding="utf-8")
    (tmp_path / "x").symlink_to(".")
    (tmp_path / "y").symlink_to(".")
    (tmp_path / "sub" / "up").symlink_to("..")
    done = cli_process("summary", "**/*.txt", "--format", "json", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert sorted(a["id"] for a in json.loads(done.stdout)["articles"]) == ["a", "b"]


def _html_with_attributes(count: int) -> str:
    attributes = " ".join(f'data-a{n}="v{n}"' for n in range(count))
    return (
        "<!DOCTYPE html><html><head><title>Harbour plan approved</title></head><body>"
        f"<div {attributes}><p>{GOOD.split(chr(10), 2)[2]}</p></div></body></html>"
    )


def test_html_extraction_over_its_time_budget_falls_back_to_plain_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import trafilatura

    from summarise.inputs.html import extract_html

    def endless(*args: object, **kwargs: object) -> None:
        while True:
            time.sleep(0.01)

    monkeypatch.setattr(trafilatura, "bare_extraction", endless)
    started = time.monotonic()
    text, title, _, _ = extract_html(_html_with_attributes(3), "page.html", seconds=0.2)
    assert time.monotonic() - started < 5
    assert text.startswith("The council approved the harbour plan on Monday.")
    assert title == "Harbour plan approved"


@pytest.mark.slow
def test_html_with_thousands_of_attributes_is_read_in_linear_time(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(_html_with_attributes(200_000), encoding="utf-8")  # 3.9 MB
    started = time.monotonic()
    done = cli_process("summary", str(page), "--format", "json")
    assert time.monotonic() - started < 30  # trafilatura alone: over 300 s
    assert done.returncode == 0, done.stderr
    assert "The council approved" in done.stdout


@pytest.mark.parametrize("algorithm", ["reduction", "sumbasic"])
def test_quadratic_algorithms_refuse_more_sentences_than_they_take(
    tmp_path: Path, algorithm: str
) -> None:
    from summarise.defaults import QUADRATIC_MAX_SENTENCES

    long = tmp_path / "long.txt"
    long.write_text(
        "Long story\n\n"
        + " ".join(f"Council {n} approved plan {n}." for n in range(QUADRATIC_MAX_SENTENCES + 1)),
        encoding="utf-8",
    )
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    started = time.monotonic()
    result = run("summary", str(long), str(good), "-a", algorithm, "--format", "json")
    assert time.monotonic() - started < 20
    assert result.exit_code == ExitStatus.ERROR
    assert result.stderr == (
        f"summarise: {long}: {QUADRATIC_MAX_SENTENCES + 1:,} sentences; -a {algorithm} takes "
        f"at most {QUADRATIC_MAX_SENTENCES:,} (its time grows with the square of the count)\n"
    )
    assert [a["id"] for a in json.loads(result.stdout)["articles"]] == ["good"]


def test_compare_refuses_an_article_longer_than_it_takes(tmp_path: Path) -> None:
    from summarise.defaults import COMPARE_MAX_SENTENCES

    long = tmp_path / "long.txt"
    long.write_text(
        "Long story\n\n"
        + " ".join(f"Council {n} approved plan {n}." for n in range(COMPARE_MAX_SENTENCES + 1)),
        encoding="utf-8",
    )
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text(GOOD, encoding="utf-8")
    second.write_text(OTHER, encoding="utf-8")
    for command in ("compare", "report"):
        result = run(command, str(long), str(first), str(second))
        assert result.exit_code == ExitStatus.ERROR
        assert result.stderr.splitlines()[0] == (
            f"summarise: {long}: {COMPARE_MAX_SENTENCES + 1:,} sentences; compare takes at "
            f"most {COMPARE_MAX_SENTENCES:,} (its time grows with the square of the count)"
        )
        assert "Harbour plan approved" in result.stdout


def test_a_data_blob_is_dropped_in_cleaning() -> None:
    from summarise.cleaning import parse_text

    article = parse_text(f"Data story\n\nThe data follows. {'x' * 5000} The end came soon after.")
    assert max(len(word) for s in article.sentences for word in s.text.split()) < 100


@pytest.mark.slow
@pytest.mark.parametrize(
    "args",
    [["compare", "{0}", "{1}"], ["summary", "{0}", "--format", "table", "--width", "80"]],
)
def test_a_megabyte_token_is_not_wrapped_for_minutes(tmp_path: Path, args: list[str]) -> None:
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text(GOOD.replace("Monday.", "Monday. " + "y" * 3_000_000 + " ok."), "utf-8")
    second.write_text(OTHER, encoding="utf-8")
    started = time.monotonic()
    done = cli_process(*(a.format(first, second) for a in args))
    assert time.monotonic() - started < 20  # 1 MB before: 58 s (compare), 11 s (summary)
    assert done.returncode == 0, done.stderr


def test_batch_reads_jsonl_rows_as_the_work_needs_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import summarise.batch.run as batch_run

    data = _many_rows(tmp_path / "rows.jsonl", 50)
    pulled = 0
    real = batch_run.iter_sources

    def counting(*args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        nonlocal pulled
        for item in real(*args, **kwargs):  # type: ignore[arg-type]
            pulled += 1
            yield item

    monkeypatch.setattr(batch_run, "iter_sources", counting)
    at_first: list[int] = []

    def mapper(fn, tasks):  # type: ignore[no-untyped-def]
        for task in tasks:
            at_first.append(pulled)
            yield fn(task)

    result = batch_run.run_batch([str(data)], str(tmp_path / "out"), mapper=mapper)
    assert len(result.outcomes) == 50
    assert at_first[0] <= 2


# Runs the command from a small Python process and prints its peak memory: a child forked
# straight from pytest would start with pytest's peak (Linux keeps ru_maxrss across exec).
_MEASURE = """
import os, subprocess, sys
child = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print(os.wait4(child.pid, 0)[2].ru_maxrss / 1024)
"""


def _peak_mb(args: list[str]) -> float:
    done = subprocess.run(
        [sys.executable, "-c", _MEASURE, sys.executable, "-m", "summarise", *args],
        capture_output=True,
        text=True,
        check=True,
    )
    return float(done.stdout)


@pytest.mark.slow
def test_a_jsonl_row_over_the_limit_is_refused_before_it_is_read_whole(tmp_path: Path) -> None:
    small = rows(tmp_path / "small.jsonl", ("a", GOOD * 5))  # over the limit too
    big = tmp_path / "big.jsonl"
    big.write_text(
        json.dumps({"id": "big", "text": "word " * 10_000_000}) + "\n", encoding="utf-8"
    )  # 50 MB
    base = _peak_mb(["batch", str(small), "--out", "-", "-j", "1", "--max-bytes", "1000"])
    peak = _peak_mb(["batch", str(big), "--out", "-", "-j", "1", "--max-bytes", "1000"])
    assert peak < base + 15  # before: 34 MB more (192 MB in all)
    done = cli_process("batch", str(big), "--out", "-", "--max-bytes", "1000")
    assert done.returncode == ExitStatus.ERROR
    assert f"summarise: {big}:1: larger than the limit of 1,000 bytes" in done.stderr


def test_only_a_failed_write_is_told_as_one_line_by_the_entry_point(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The entry point tells a failed write of click's own text as one line; another
    OSError that a command raised with SUMMARISE_DEBUG set keeps its traceback (a code
    review's case: "standard output: cannot write (File exists)")."""
    import errno

    import summarise.__main__ as entry
    import summarise.cli

    def failing(error: OSError) -> Any:
        def cli(**_: Any) -> None:
            raise error

        return cli

    monkeypatch.setattr(summarise.cli, "cli", failing(OSError(errno.ENOSPC, "No space left")))
    with pytest.raises(SystemExit) as ended:
        entry.main()
    assert ended.value.code == 1
    assert capsys.readouterr().err == "summarise: standard output: cannot write (No space left)\n"
    monkeypatch.setenv("SUMMARISE_DEBUG", "1")
    monkeypatch.setattr(summarise.cli, "cli", failing(FileExistsError(errno.EEXIST, "File exists")))
    with pytest.raises(FileExistsError):
        entry.main()
