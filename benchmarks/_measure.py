"""Shared by the benchmark scripts: run a command in a child process and read its wall
time and peak memory from GNU time (/usr/bin/time)."""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
from collections.abc import Sequence


def measure(args: Sequence[str], repeat: int = 1) -> tuple[float, float]:
    """(median seconds, median peak MB) of ``python -m summarise ARGS``."""
    return measure_command([sys.executable, "-m", "summarise", *args], repeat)


def measure_command(command: Sequence[str], repeat: int = 1) -> tuple[float, float]:
    """(median seconds, median peak MB) of a command (exit 0 or 1 expected)."""
    time_bin = shutil.which("time") or "/usr/bin/time"
    seconds, megabytes = [], []
    for _ in range(repeat):
        done = subprocess.run(
            [time_bin, "-f", "%e %M", *command],
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode not in (0, 1):
            raise SystemExit(f"{' '.join(command)} failed:\n{done.stderr}")
        wall, peak_kb = done.stderr.strip().splitlines()[-1].split()
        seconds.append(float(wall))
        megabytes.append(int(peak_kb) / 1024)
    return statistics.median(seconds), statistics.median(megabytes)


def slope(sizes: Sequence[float], values: Sequence[float]) -> float:
    """The exponent b of values ~ sizes**b between the two largest sizes (1 is linear)."""
    import math

    return math.log(values[-1] / values[-2]) / math.log(sizes[-1] / sizes[-2])


def print_growth(sizes: Sequence[float], times: Sequence[float], peaks: Sequence[float]) -> None:
    """One line per step between successive sizes: the growth exponents of time and memory."""
    for k in range(1, len(sizes)):
        print(
            f"growth exponent {sizes[k - 1]:,} -> {sizes[k]:,}: time "
            f"{slope(sizes[: k + 1], times[: k + 1]):.2f}, memory "
            f"{slope(sizes[: k + 1], peaks[: k + 1]):.2f} (1 = linear)"
        )
