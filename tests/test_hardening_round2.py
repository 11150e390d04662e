"""Issue 16, hardening round 2: no input destroys a file, no input runs away, no process is
left behind. Each test reproduces one finding of the issue; the README's "Errors and exit
codes" states what they check."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

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
            "wait for it to finish or choose another --out"
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
