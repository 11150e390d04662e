"""Issue 7, the bad-input matrix: every case with its expected behaviour.

Whatever the input, the tool names each file it cannot use with the reason, goes on with the
others, exits as the README says (0, 1, 2, 130), never prints a traceback, never writes a
partial file, never overwrites an input, and lets no control sequence from the input reach
the terminal or an output.
"""

from __future__ import annotations

import codecs
import contextlib
import json
import os
import signal
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from markdown_it import MarkdownIt

from summarise.cli import ExitStatus, cli
from summarise.defaults import MAX_BYTES as DEFAULT_MAX_BYTES

GOOD = (
    "Harbour plan approved\n\n"
    "The council approved the harbour plan on Monday. The vote was close after a long debate. "
    "Residents asked for more parks and a new school. The mayor said work starts in spring.\n"
)
GOOD_FIRST = "The council approved the harbour plan on Monday."
OTHER = (
    "Council backs harbour scheme\n\n"
    "Councillors backed the harbour scheme on Monday by two votes. Residents want parks and a "
    "school near the harbour. The mayor expects work on the harbour to start in spring. "
    "Critics said the plan costs too much.\n"
)
AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
WRITING_COMMANDS = ("summary", "compare", "report")


def run(*args: str, input: bytes | None = None):  # type: ignore[no-untyped-def]
    result = CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)
    assert "Traceback" not in result.stderr
    assert "internal error" not in result.stderr
    return result


def stderr_lines(result) -> list[str]:  # type: ignore[no-untyped-def]
    return result.stderr.splitlines()


@pytest.fixture
def good(tmp_path: Path) -> Path:
    path = tmp_path / "good.txt"
    path.write_text(GOOD, encoding="utf-8")
    return path


@pytest.fixture
def pair(tmp_path: Path) -> list[Path]:
    """Two readable articles on one story: enough for compare and report."""
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text(GOOD, encoding="utf-8")
    second.write_text(OTHER, encoding="utf-8")
    return [first, second]


def _ids(result) -> list[str]:  # type: ignore[no-untyped-def]
    return [a["id"] for a in json.loads(result.stdout)["articles"]]


# --------------------------------------------------------------------------- unusable files


def _executable() -> bytes:
    for candidate in ("/bin/true", "/usr/bin/true", sys.executable):
        if os.path.exists(candidate):
            return Path(candidate).read_bytes()
    pytest.skip("no executable to copy")


UNUSABLE = {
    "empty": (lambda: b"", "empty file"),
    "whitespace only": (lambda: b"  \n\t\r\n   \n", "empty file"),
    "white space after a BOM": (lambda: codecs.BOM_UTF8 + b" \n\n", "no text (only white space)"),
    "binary": (lambda: bytes(range(256)) * 8, "binary file, not text"),
    "executable": (_executable, "binary file, not text"),
    "control characters": (lambda: b"\x1b\x01\x02\x03 text " * 200, "binary file, not text"),
    "a heading only, no punctuation": (
        lambda: b"council approves the harbour plan after a long debate\n",
        "no sentences found after cleaning",
    ),
    "short lines without punctuation": (
        lambda: b"Harbour Plan\nCouncil Vote\nResidents Ask For Parks\n",
        "no sentences found after cleaning",
    ),
    "bad UTF-16 after its BOM": (
        lambda: codecs.BOM_UTF16_LE + b"\x00\xd8",
        "not valid UTF-16 despite its BOM",
    ),
}


@pytest.mark.parametrize("case", sorted(UNUSABLE))
def test_unusable_file_is_named_with_its_reason_and_the_others_go_on(
    tmp_path: Path, good: Path, case: str
) -> None:
    make, reason = UNUSABLE[case]
    bad = tmp_path / "bad.txt"
    bad.write_bytes(make())
    bad.chmod(0o755)  # an executable bit changes nothing
    result = run("summary", str(good), str(bad), "--format", "json")
    assert result.exit_code == ExitStatus.ERROR
    assert [line for line in stderr_lines(result) if str(bad) in line] == [
        f"summarise: {bad}: {reason}"
    ]
    payload = json.loads(result.stdout)
    assert [a["id"] for a in payload["articles"]] == ["good"]
    assert payload["failures"] == [{"path": str(bad), "reason": reason}]


# --------------------------------------------------------------------------- encodings and line ends

TEXT = "Café owners met in the square on Monday. The “métro” closes early — said the mayor."
SENTENCES = [
    "Café owners met in the square on Monday.",
    "The “métro” closes early — said the mayor.",
]

READABLE = {
    "utf-8": TEXT.encode("utf-8"),
    "utf-8 with BOM": codecs.BOM_UTF8 + TEXT.encode("utf-8"),
    "utf-16 with BOM": TEXT.encode("utf-16"),
    "utf-16-le with BOM": codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"),
    "utf-16-be with BOM": codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
    "utf-16 without BOM": TEXT.encode("utf-16-le"),
    "utf-32 with BOM": TEXT.encode("utf-32"),
    "cp1252": TEXT.encode("cp1252"),
    # UTF-8 with a few stray cp1252 bytes: files pasted together
    "mixed utf-8 and cp1252": SENTENCES[0].encode("utf-8")
    + b" The \xe2\x80\x9cm\xe9tro\xe2\x80\x9d closes early \xe2\x80\x94 said the mayor.",
}


@pytest.mark.parametrize("case", sorted(READABLE))
def test_encodings_are_decoded(tmp_path: Path, case: str) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(READABLE[case])
    result = run("summary", str(path), "--format", "json", "-a", "lead")
    assert result.exit_code == 0, result.stderr
    summary = json.loads(result.stdout)["articles"][0]["summary"]
    assert [s["text"] for s in summary] == SENTENCES


LINE_ENDS = {
    "LF": "\n",
    "CRLF": "\r\n",
    "lone CR": "\r",
}


@pytest.mark.parametrize("name", sorted(LINE_ENDS))
def test_line_ends_make_the_same_article(tmp_path: Path, name: str) -> None:
    end = LINE_ENDS[name]
    path = tmp_path / "story.txt"
    path.write_bytes(GOOD.replace("\n", end).encode("utf-8"))
    result = run("summary", str(path), "--format", "json", "-a", "lead", "-n", "10")
    assert result.exit_code == 0
    article = json.loads(result.stdout)["articles"][0]
    assert article["title"] == "Harbour plan approved"
    assert article["sentence_count"] == 4
    assert all("\r" not in s["text"] for s in article["summary"])


def test_a_single_sentence_is_its_own_summary(tmp_path: Path) -> None:
    path = tmp_path / "one.txt"
    path.write_text("The council approved the harbour plan on Monday.\n", encoding="utf-8")
    for algorithm in ("news", "lead", "lexrank", "textrank", "lsa", "kl", "sumbasic"):
        result = run("summary", str(path), "--format", "json", "-a", algorithm)
        assert result.exit_code == 0
        summary = json.loads(result.stdout)["articles"][0]["summary"]
        assert [s["text"] for s in summary] == ["The council approved the harbour plan on Monday."]


def test_long_text_without_punctuation_is_one_sentence(tmp_path: Path) -> None:
    words = "the council approved the harbour plan on monday after a long debate " * 4
    path = tmp_path / "flat.txt"
    path.write_text(words + "\n", encoding="utf-8")
    result = run("summary", str(path), "--format", "json")
    assert result.exit_code == 0
    summary = json.loads(result.stdout)["articles"][0]["summary"]
    assert [s["text"] for s in summary] == [words.strip()]


# --------------------------------------------------------------------------- size limit


def test_default_size_limit_is_32_mib_and_shown_in_help() -> None:
    assert DEFAULT_MAX_BYTES == 32 * 1024 * 1024
    assert "33554432" in run("summary", "--help").stdout


def test_file_over_the_default_limit_is_refused_with_the_limit(tmp_path: Path, good: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:  # sparse: no 32 MiB written
        handle.truncate(DEFAULT_MAX_BYTES + 1)
    result = run("summary", str(good), str(big), "--format", "json")
    assert result.exit_code == 1
    assert f"summarise: {big}: larger than the limit of 33,554,432 bytes (see --max-bytes)" in (
        stderr_lines(result)
    )
    assert _ids(result) == ["good"]


def test_max_bytes_is_inclusive_for_files_stdin_and_jsonl_rows(tmp_path: Path) -> None:
    size = len(GOOD.encode("utf-8"))
    path = tmp_path / "story.txt"
    path.write_text(GOOD, encoding="utf-8")
    assert run("summary", str(path), "--max-bytes", str(size)).exit_code == 0
    over = run("summary", str(path), "--max-bytes", str(size - 1))
    assert over.exit_code == 1
    assert f"larger than the limit of {size - 1:,} bytes" in over.stderr
    stdin = run("summary", "-", "--max-bytes", "100", input=GOOD.encode())
    assert stdin.exit_code == 1
    assert (
        "summarise: standard input: larger than the limit of 100 bytes (see --max-bytes)"
        in stdin.stderr
    )
    rows = tmp_path / "rows.jsonl"
    rows.write_text(json.dumps({"id": "big", "text": GOOD}) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    batch = run("batch", str(rows), "--out", str(out), "--max-bytes", "100", "-j", "1")
    assert batch.exit_code == 1
    assert f"summarise: {rows}:1: larger than the limit of 100 bytes" in batch.stderr


def test_max_bytes_must_be_positive() -> None:
    assert run("summary", "x.txt", "--max-bytes", "0").exit_code == ExitStatus.USAGE


# --------------------------------------------------------------------------- missing paths


@pytest.mark.parametrize("command", [*WRITING_COMMANDS, "batch"])
def test_missing_path_is_a_usage_error_for_every_command(
    tmp_path: Path, pair: list[Path], command: str
) -> None:
    missing = tmp_path / "no" / "such.txt"
    extra = ["--out", str(tmp_path / "out")] if command == "batch" else []
    result = run(command, *map(str, pair), str(missing), *extra)
    assert result.exit_code == ExitStatus.USAGE
    # one line, as cat says it, not under click's usage lines
    assert result.stderr.splitlines() == [
        f"summarise: {missing}: no such file, folder or matching pattern"
    ]
    assert result.stdout == ""
    assert not (tmp_path / "out").exists()


def test_pattern_matching_nothing_is_a_usage_error(tmp_path: Path) -> None:
    result = run("summary", str(tmp_path / "*.txt"))
    assert result.exit_code == ExitStatus.USAGE
    assert "no such file, folder or matching pattern" in result.stderr


# --------------------------------------------------------------------------- folders and links


def test_folder_with_unreadable_entries_reads_the_rest(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "dangling.txt").symlink_to(folder / "gone.txt")
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    (folder / "again").symlink_to(folder, target_is_directory=True)  # a folder loop
    (folder / "device.txt").symlink_to("/dev/zero")  # endless: never read
    os.mkfifo(folder / "pipe.txt")  # no writer: must not wait for one
    result = run("summary", str(folder), "--format", "json")
    assert result.exit_code == ExitStatus.ERROR
    assert _ids(result) == ["good"]
    lines = stderr_lines(result)
    assert f"summarise: {folder / 'dangling.txt'}: No such file or directory" in lines
    assert f"summarise: {folder / 'loop.txt'}: Too many levels of symbolic links" in lines
    assert f"summarise: {folder / 'device.txt'}: not a regular file" in lines
    assert f"summarise: {folder / 'pipe.txt'}: empty file" in lines
    assert len(lines) == 4


def test_symlink_loop_named_directly(tmp_path: Path, good: Path) -> None:
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    result = run("summary", str(good), str(tmp_path / "a.txt"), "--format", "json")
    assert result.exit_code == 1
    assert f"summarise: {tmp_path / 'a.txt'}: Too many levels of symbolic links" in result.stderr
    assert _ids(result) == ["good"]


def test_process_substitution_pipe_is_read() -> None:
    """<(cmd) names a pipe (/dev/fd/N) whose writer is there: it is read, not refused."""
    read, write = os.pipe()
    os.write(write, GOOD.encode())
    os.close(write)
    try:
        result = run("summary", f"/dev/fd/{read}", "--format", "json", "-a", "lead", "-n", "1")
    finally:
        os.close(read)
    assert result.exit_code == 0
    assert json.loads(result.stdout)["articles"][0]["summary"][0]["text"] == GOOD_FIRST


# ----------------------------------------------- permissions: as root they do not bite


def _drop_dac_capabilities() -> None:
    """In the child, as root: give up the capabilities that let root ignore file modes
    (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH) for the program it runs."""
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (1, 2):
        if libc.prctl(24, capability, 0, 0, 0) != 0:  # PR_CAPBSET_DROP
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


def run_unprivileged(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    """The CLI in a subprocess where file permissions apply: as root, without the
    capabilities that override them. Skips (this case only) when they cannot be dropped."""
    preexec = _drop_dac_capabilities if AS_ROOT else None
    try:
        return subprocess.run(
            [sys.executable, "-m", "summarise", *args],
            preexec_fn=preexec,
            capture_output=True,
            text=True,
            cwd=cwd,
            timeout=120,
            check=False,
        )
    except subprocess.SubprocessError as exc:
        if AS_ROOT:
            pytest.skip(f"running as root, where file modes do not apply, and {exc}")
        raise


def test_unreadable_file_in_a_folder_is_named(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    secret = folder / "secret.txt"
    secret.write_text(OTHER, encoding="utf-8")
    for path in (folder / "good.txt", secret):
        path.chmod(0o644)
    secret.chmod(0)
    done = run_unprivileged(["summary", str(folder), "--format", "json"], tmp_path)
    assert done.returncode == 1, done.stderr
    assert done.stderr == f"summarise: {secret}: Permission denied\n"
    assert [a["id"] for a in json.loads(done.stdout)["articles"]] == ["good"]


@pytest.mark.parametrize("command", [*WRITING_COMMANDS, "batch"])
def test_output_folder_without_write_permission(tmp_path: Path, command: str) -> None:
    inputs = []
    for name, text in (("first.txt", GOOD), ("second.txt", OTHER)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        (tmp_path / name).chmod(0o644)
        inputs.append(str(tmp_path / name))
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    if command == "batch":
        args = ["batch", *inputs, "--out", str(locked / "out"), "-j", "1"]
        reason = f"summarise: {locked / 'out'}: cannot create the output folder (Permission denied)"
        # an existing folder that cannot be written
        locked_out = tmp_path / "existing"
        locked_out.mkdir()
        locked_out.chmod(0o555)
        again = run_unprivileged(["batch", *inputs, "--out", str(locked_out)], tmp_path)
        assert again.returncode == 1
        assert f"summarise: {locked_out}: the output folder is not writable" in again.stderr
    else:
        args = [command, *inputs, "-o", str(locked / "out.txt")]
        reason = f"summarise: {locked / 'out.txt'}: cannot write (Permission denied)"
    done = run_unprivileged(args, tmp_path)
    assert done.returncode == 1
    assert done.stderr.splitlines()[-1] == reason
    assert "Traceback" not in done.stderr
    assert done.stdout == ""
    assert list(locked.iterdir()) == []


# --------------------------------------------------------------------------- unwritable output

WRITE_ARGS = {
    "summary": ["--format", "json"],
    "compare": ["--format", "json"],
    "report": [],
}


@pytest.mark.parametrize("command", WRITING_COMMANDS)
def test_output_under_a_file_or_missing_folder_fails_cleanly(
    tmp_path: Path, pair: list[Path], command: str
) -> None:
    """Works as root too: a file is not a folder, whoever you are."""
    for target in (pair[0] / "out.txt", tmp_path / "missing" / "out.txt"):
        before = pair[0].read_bytes()
        result = run(command, *map(str, pair), *WRITE_ARGS[command], "-o", str(target))
        assert result.exit_code == ExitStatus.ERROR
        assert stderr_lines(result)[-1].startswith(f"summarise: {target}: cannot write (")
        assert result.stdout == ""
        assert pair[0].read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["first.txt", "second.txt"]


def test_batch_out_that_is_a_file_or_under_one(tmp_path: Path, pair: list[Path]) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("not a folder", encoding="utf-8")
    result = run("batch", *map(str, pair), "--out", str(blocker))
    assert result.exit_code == 1
    assert f"summarise: {blocker}: cannot create the output folder" in result.stderr
    result = run("batch", *map(str, pair), "--out", str(blocker / "out"))
    assert result.exit_code == 1
    assert f"summarise: {blocker / 'out'}: cannot create the output folder" in result.stderr
    assert blocker.read_text(encoding="utf-8") == "not a folder"


# --------------------------------------------------------------------------- never overwrite an input


@pytest.mark.parametrize("command", WRITING_COMMANDS)
@pytest.mark.parametrize("how", ["named", "in a folder", "through a symlink", "hard link"])
def test_output_that_is_an_input_is_refused(
    tmp_path: Path, pair: list[Path], command: str, how: str
) -> None:
    inputs = [str(p) for p in pair]
    target = str(pair[0])
    if how == "in a folder":
        inputs = [str(tmp_path)]
    elif how == "through a symlink":
        target = str(tmp_path / "link.md")
        os.symlink(pair[0], target)
    elif how == "hard link":
        target = str(tmp_path / "hard.md")
        os.link(pair[0], target)
    before = {p: p.read_bytes() for p in pair}
    listing = sorted(os.listdir(tmp_path))
    result = run(command, *inputs, *WRITE_ARGS[command], "-o", target)
    assert result.exit_code == ExitStatus.ERROR
    assert stderr_lines(result)[-1] == (
        f"summarise: {target}: is one of the inputs; refusing to overwrite it"
    )
    assert {p: p.read_bytes() for p in pair} == before
    assert sorted(os.listdir(tmp_path)) == listing  # no temporary file left


@pytest.mark.parametrize("fmt", ["txt", "md"])
def test_batch_never_overwrites_an_input(tmp_path: Path, fmt: str) -> None:
    out = tmp_path / "out"
    out.mkdir()
    story = out / f"story.{fmt}"  # its output would be out/story.txt (or .md) itself
    story.write_text(GOOD, encoding="utf-8")
    index = out / "index.md"
    index.write_text(OTHER, encoding="utf-8")
    for inputs in ([story], [index], [out], [out / "*"]):
        result = run("batch", *map(str, inputs), "--out", str(out), "--format", fmt)
        assert result.exit_code == ExitStatus.ERROR
        assert "choose another --out-dir" in result.stderr
    assert story.read_text(encoding="utf-8") == GOOD
    assert index.read_text(encoding="utf-8") == OTHER
    assert sorted(p.name for p in out.iterdir()) == ["index.md", f"story.{fmt}"]
    # The same inputs elsewhere are fine.
    assert run("batch", str(story), str(index), "--out", str(tmp_path / "elsewhere")).exit_code == 0


# --------------------------------------------------------------------------- Ctrl-C


def test_report_interrupted_while_working_writes_nothing(
    tmp_path: Path, pair: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    import summarise.report

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(summarise.report, "build_report", interrupted)
    out = tmp_path / "report.md"
    handlers = signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM)
    result = run("report", *map(str, pair), "-o", str(out))
    assert result.exit_code == ExitStatus.INTERRUPTED
    assert result.stderr == "summarise: interrupted\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["first.txt", "second.txt"]
    # A program that runs the command in-process keeps its own Ctrl-C and SIGTERM handlers
    # (only the `summarise` process itself ignores them after a stop: a code review's case,
    # session 55, this test's process had been left ignoring both)
    assert (signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM)) == handlers


def test_report_interrupted_while_writing_finishes_the_file_then_exits_130(
    tmp_path: Path, pair: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    import summarise.output

    write = summarise.output.write_atomic

    def ctrl_c_mid_write(path: str, text: str) -> None:
        os.kill(os.getpid(), signal.SIGINT)  # Ctrl-C arrives while the file is being written
        write(path, text)

    monkeypatch.setattr(summarise.output, "write_atomic", ctrl_c_mid_write)
    out = tmp_path / "report.md"
    result = run("report", *map(str, pair), "-o", str(out))
    assert result.exit_code == ExitStatus.INTERRUPTED
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# News brief: ")
    assert text.splitlines()[0].endswith(("2 articles", "1 more article"))
    assert text.endswith("\n")
    assert "## Sources" in text  # complete, not cut: the last section is there
    assert not list(tmp_path.glob(".*.tmp"))


@pytest.mark.slow
def test_report_ctrl_c_in_a_real_process(tmp_path: Path) -> None:
    """SIGINT to a running `summarise report`: exit 130, no traceback, no file, no temporary.

    The signal must reach a report still at work: two full local runs saw exit 0 and no
    message, as a report that ended before the signal would give; a run that ends first is
    run again with twice the articles, and a failure says which it was."""
    sample = Path(__file__).resolve().parents[1] / "articles"
    for attempt in range(3):
        folder = tmp_path / f"in{attempt}"
        folder.mkdir()
        for n in range(40 << attempt):  # enough work to be busy when the signal comes
            for path in sorted(sample.glob("*.txt")):
                (folder / f"{n:03d}_{path.name}").write_bytes(path.read_bytes())
        out = tmp_path / f"report{attempt}.md"
        process = subprocess.Popen(
            [sys.executable, "-m", "summarise", "report", str(folder), "-o", str(out)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        try:
            _wait_until_reading(process)
            running = process.poll() is None
            process.send_signal(signal.SIGINT)
            _, stderr = process.communicate(timeout=60)
        finally:
            if process.poll() is None:
                process.kill()
        if running:
            break
    assert running, "every report ended before the signal was sent"
    assert process.returncode == ExitStatus.INTERRUPTED, stderr.decode()
    assert stderr.decode() == "summarise: interrupted\n"
    assert not out.exists()
    assert not list(tmp_path.glob(".*.tmp"))


@pytest.mark.slow
def test_a_burst_of_ctrl_c_ends_in_one_line_however_it_falls(tmp_path: Path) -> None:
    """Four Ctrl-Cs 5 ms apart to a running `summarise compare`, at three moments: exit 130
    and "summarise: interrupted", never a traceback. The later presses had landed in the
    cleanup or in the interpreter's shutdown and printed "Exception ignored ...
    KeyboardInterrupt" (10 runs of 12 at 300 articles, a QA reader's case)."""
    bbc = Path(__file__).resolve().parents[2] / "shared" / "data" / "bbc_news_summary"
    rows = (bbc / "bbc_news_summary.jsonl").read_text(encoding="utf-8").splitlines()[:200]
    folder = tmp_path / "in"
    folder.mkdir()
    for n, line in enumerate(rows):
        (folder / f"{n:03d}.txt").write_text(json.loads(line)["text"], encoding="utf-8")
    for delay in (0.3, 0.9, 1.8):
        process = subprocess.Popen(
            [sys.executable, "-m", "summarise", "compare", str(folder)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        try:
            _wait_until_reading(process)
            time.sleep(delay)
            for _ in range(4):
                with contextlib.suppress(ProcessLookupError):
                    process.send_signal(signal.SIGINT)
                time.sleep(0.005)
            _, stderr = process.communicate(timeout=60)
        finally:
            if process.poll() is None:
                process.kill()
        said = stderr.decode()
        assert "Traceback" not in said, said
        assert "Exception ignored" not in said, said
        if process.returncode != 0:  # (a compare that ended before the burst says nothing)
            # (or ended by the signal itself once the message is written, as Python ends on a
            # Ctrl-C at its very last step: a shell reads both as 130)
            assert process.returncode in (ExitStatus.INTERRUPTED, -signal.SIGINT), said
            assert said.endswith("summarise: interrupted\n"), said


def _wait_until_reading(process: subprocess.Popen[bytes]) -> None:
    """Wait (a minute at most) until a `summarise` process reads its articles, or has ended:
    the splitter's native library is loaded (imported on first use), so the command's own
    Ctrl-C handling is in place."""
    for _ in range(6000):
        if process.poll() is not None or _loaded(process.pid, "blingfire"):
            return
        time.sleep(0.01)


def _loaded(pid: int, library: str) -> bool:
    try:
        return library in Path(f"/proc/{pid}/maps").read_text()
    except OSError:
        return False


# --------------------------------------------------------------------------- terminal safety

HOSTILE = (
    "Harbour \x1b[31mplan\x1b[0m approved\n\n"
    "The council \x1b]0;pwned\x07approved the harbour plan on Monday. "
    "The vote\x9b31m was close after a long\x85 debate. "
    "Residents asked for <script>alert(1)</script> parks and | a * new # school. "
    "The mayor\x07 said work starts in spring.\x7f\n\n"
    + "Councillors said the harbour plan will bring jobs to the town and the port. " * 8
    + "\n"
)
ESCAPES = ("\x1b", "\x07", "\x9b", "\x85", "\x00", "\x9d", "\r")


def _control_free(text: str) -> bool:
    return not any(ch in text for ch in ESCAPES) and all(
        ch in "\n\t" or not (ord(ch) < 0x20 or 0x7F <= ord(ch) <= 0x9F) for ch in text
    )


@pytest.fixture
def hostile(tmp_path: Path) -> list[Path]:
    """An article full of escape sequences, under a file name that holds some too."""
    first = tmp_path / "evil\x1b[2J\x9bname.txt"
    first.write_bytes(HOSTILE.encode("utf-8"))
    second = tmp_path / "second.txt"
    second.write_text(OTHER, encoding="utf-8")
    return [first, second]


def _kind(name: str) -> str:
    return {".json": "json", ".jsonl": "jsonl"}.get(Path(name).suffix, "text")


def _outputs(tmp_path: Path, paths: list[Path]) -> Iterator[tuple[str, str, bytes, str]]:
    """(what, kind, output bytes, stderr) of every command and format over ``paths``;
    kind is "json", "jsonl" or "text"."""
    inputs = [str(p) for p in paths]
    for fmt in ("text", "table", "markdown", "json"):
        for extra in ([], ["--merge"], ["--width", "60"]):
            result = run("summary", *inputs, "--format", fmt, *extra)
            kind = "json" if fmt == "json" else "text"
            yield f"summary {fmt} {extra}", kind, result.stdout_bytes, result.stderr
    for fmt in ("table", "markdown", "json"):
        result = run("compare", *inputs, "--format", fmt)
        yield (
            f"compare {fmt}",
            "json" if fmt == "json" else "text",
            result.stdout_bytes,
            result.stderr,
        )
    result = run("report", *inputs)
    yield "report", "text", result.stdout_bytes, result.stderr
    result = run("batch", *inputs, "--out", "-", "-j", "1")
    yield "batch --out -", "jsonl", result.stdout_bytes, result.stderr
    for fmt in ("md", "json", "txt"):
        out = tmp_path / f"out-{fmt}"
        result = run("batch", *inputs, "--out", str(out), "--format", fmt, "-j", "1")
        yield f"batch {fmt}", "text", b"", result.stderr
        for path in sorted(out.rglob("*")):
            if path.is_file():
                yield f"batch {fmt} {path.name}", _kind(path.name), path.read_bytes(), ""


def test_no_control_sequence_reaches_any_output(tmp_path: Path, hostile: list[Path]) -> None:
    seen = 0
    for what, kind, data, stderr in _outputs(tmp_path, hostile):
        text = data.decode("utf-8")  # always valid UTF-8
        assert _control_free(text), what
        assert _control_free(stderr), what
        if kind == "json":
            json.loads(text)
        elif kind == "jsonl":
            for line in text.splitlines():
                json.loads(line)
        seen += "approved the harbour plan" in text
    assert seen > 10


def test_markdown_output_escapes_html_and_markup(tmp_path: Path, hostile: list[Path]) -> None:
    parser = MarkdownIt("commonmark").enable("table")
    for args in (
        ["summary", "--format", "markdown"],
        ["compare", "--format", "markdown"],
        ["report"],
    ):
        result = run(*args, *map(str, hostile))
        html = parser.render(result.stdout)
        assert "<script>" not in html, args
        assert "&lt;script&gt;" in html, args


def test_failure_messages_are_terminal_safe_and_one_line(tmp_path: Path, good: Path) -> None:
    bad = tmp_path / "\x1b]0;title\x07bad\nsummarise: forged.txt"
    bad.write_bytes(b"")
    result = run("summary", str(good), str(bad))
    assert result.exit_code == 1
    shown = f"{tmp_path}/]0;titlebad summarise: forged.txt"
    assert stderr_lines(result) == [f"summarise: {shown}: empty file"]


def test_jsonl_lone_surrogates_and_controls_give_valid_utf8_everywhere(tmp_path: Path) -> None:
    """JSON may escape lone surrogates ("\\ud800"), which no UTF-8 output can hold."""
    rows = tmp_path / "rows.jsonl"
    rows.write_text(
        '{"id": "x\\u001b[31m\\ud800", "title": "T\\u009bitle \\udc80", '
        '"text": "The council \\ud800approved the harbour plan on Monday. The vote\\u009b was close."}\n'
        '{"id": "\\udfff", "text": "   "}\n',
        encoding="utf-8",
    )
    out = tmp_path / "out"
    result = run("batch", str(rows), "--out", str(out), "-j", "1")
    assert result.exit_code == 1  # the second row has no text
    assert _control_free(result.stderr)
    assert f"summarise: {rows}:2: \ufffd: no text" in stderr_lines(result)
    for path in out.rglob("*"):
        if path.is_file():
            assert _control_free(path.read_bytes().decode("utf-8"))
    record = json.loads((out / "summaries.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert record["title"] == "Title \ufffd"
    assert record["summary"][0]["text"] == "The council \ufffdapproved the harbour plan on Monday."
    rerun = run("batch", str(rows), "--out", str(out), "-j", "1")
    assert "1 up to date" in rerun.stderr


@pytest.mark.skipif(sys.platform == "darwin", reason="macOS file names must be UTF-8")
def test_file_name_that_is_not_utf8(tmp_path: Path) -> None:
    """os.listdir gives such a name with lone surrogates; outputs stay valid UTF-8."""
    folder = tmp_path / "in"
    folder.mkdir()
    name = os.fsencode(folder) + b"/caf\xe9.txt"
    with open(name, "wb") as handle:
        handle.write(GOOD.encode())
    (folder / "second.txt").write_text(OTHER, encoding="utf-8")
    for fmt in ("text", "table", "markdown", "json"):
        result = run("summary", str(folder), "--format", fmt)
        assert result.exit_code == 0, result.stderr
        assert "caf\ufffd" in result.stdout_bytes.decode("utf-8")
    out = tmp_path / "out"
    assert run("batch", str(folder), "--out", str(out), "-j", "1").exit_code == 0
    for path in out.rglob("*"):
        if path.is_file():
            path.read_bytes().decode("utf-8")
    assert "2 up to date" in run("batch", str(folder), "--out", str(out), "-j", "1").stderr
    report = run("report", str(folder), "-o", str(tmp_path / "brief.md"))
    assert report.exit_code == 0
    (tmp_path / "brief.md").read_bytes().decode("utf-8")


def test_file_names_do_not_leak_into_outputs_unescaped(tmp_path: Path, hostile: list[Path]) -> None:
    result = run("summary", *map(str, hostile), "--format", "text")
    assert "\nevil[2Jname\n" in result.stdout  # the id line, without ESC and CSI
    assert stat.S_ISREG(os.stat(hostile[0]).st_mode)


def test_a_folder_that_cannot_be_listed_or_a_link_out_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A user's cases: a subfolder that could not be listed was passed over without a word
    (named directly, "nothing to read in ...: no .htm ... file"), and so was a link to a
    folder. Each is named with the reason and the others are read. Links to folders are
    not followed (one to / would read a disk); one to a folder inside is read there, and a
    link loop says nothing."""
    top = tmp_path / "top"
    (top / "shut").mkdir(parents=True)
    (top / "shut" / "hidden.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "linked.txt").write_text(GOOD, encoding="utf-8")
    (top / "good.txt").write_text(GOOD, encoding="utf-8")
    (top / "inner").mkdir()
    (top / "inner" / "inner.txt").write_text(GOOD, encoding="utf-8")
    (top / "link").symlink_to(tmp_path / "real")  # out of the folder: named
    (top / "latest").symlink_to(top / "inner")  # inside: read there once, silent
    (top / "inner" / "loop").symlink_to(top)  # a loop: silent, ends
    shut = str(top / "shut")
    real_scandir, real_listdir = os.scandir, os.listdir

    def scandir(path: Any = ".") -> Any:  # the tests may run as root, who reads anything
        if os.fspath(path) == shut:
            raise PermissionError(13, "Permission denied", shut)
        return real_scandir(path)

    def listdir(path: Any = ".") -> Any:
        if os.fspath(path) == shut:
            raise PermissionError(13, "Permission denied", shut)
        return real_listdir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    monkeypatch.setattr(os, "listdir", listdir)
    result = run("summary", str(top), "--format", "json")
    assert result.exit_code == ExitStatus.ERROR
    assert sorted(_ids(result)) == ["good", "inner"]
    assert stderr_lines(result) == [
        f"summarise: {top / 'link'}: is a link to a folder; name the folder to read it",
        f"summarise: {shut}: cannot read the folder (Permission denied)",
    ]
    named = run("summary", str(top / "link"), "--format", "json")  # named, it is read
    assert named.exit_code == 0
    assert _ids(named) == ["linked"]
