"""Progress bars on standard error: items with their count and rate, or named steps."""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
import time
from collections.abc import Callable

__all__ = ["Progress"]


class Progress:
    """A progress bar with the count and the rate: ``label  [####------]  120/2,225
    31/s  1:08 left``. The rate is measured from the first item done, so that start-up
    (imports, a model loading) does not count as if every item took that long; the time
    left is shown once items have been done for a second, and is the items left at that
    rate, never a guess from bytes. With ``rate=False``, a bar over named steps (begin()):
    ``step 4 of 8: grouping points  0:07``, the time so far."""

    WIDTH = 24  # characters of the bar itself
    EVERY = 0.1  # seconds between two drawings, at most

    def __init__(
        self,
        total: int,
        label: str,
        write: Callable[[str], None] | None = None,
        clock: Callable[[], float] = time.monotonic,
        rate: bool = True,
        columns: Callable[[], int] | None = None,
    ) -> None:
        self.total = max(total, 0)
        self.label = label
        self.done = 0
        self.step = ""  # the step under way, for a bar over steps (rate=False)
        self._rate = rate
        self._start = clock()
        self._write = write or _to_stderr
        self._clock = clock
        self._columns = columns or _terminal_columns
        self._first: tuple[float, int] | None = None  # (time, count) when the first was done
        self._drawn = -self.EVERY
        self._shown = False
        self._draw(self._clock())

    def update(self, n: int = 1) -> None:
        self.done += n
        now = self._clock()
        if self._first is None:
            self._first = (now, self.done)
        if now - self._drawn >= self.EVERY or self.done >= self.total:
            self._draw(now)

    def begin(self, step: str) -> None:
        """A bar over steps: ``step`` begins (the one before it is done)."""
        if self.step:
            self.done += 1
        self.step = step
        self._draw(self._clock())

    def line(self, now: float) -> str:
        """What the bar reads at time ``now``."""
        total = max(self.total, self.done)
        filled = self.WIDTH * self.done // total if total else self.WIDTH
        parts = [
            f"{self.label}  [{'#' * filled}{'-' * (self.WIDTH - filled)}]",
            f"{self.done:,}/{total:,}",
        ]
        if not self._rate:
            clock = _clock_time(now - self._start)
            if self.step and self.done < total:
                # Within the terminal's width, the step's name cut short if need be: a line
                # that wraps is drawn again below itself, not over itself (a user's test of
                # session 51: "step 2 of 8: reading the sentences' meaning" made 88 columns).
                head = f"{parts[0]}  step {self.done + 1} of {total}: "
                room = self._columns() - 1 - len(head) - 2 - len(clock)
                step = self.step if len(self.step) <= room else self.step[: max(0, room - 1)] + "…"
                return _fit(f"{head}{step}  {clock}", self._columns())
            return _fit("  ".join([*parts, clock]), self._columns())
        rate = self.rate(now)
        if rate is not None:
            parts.append(f"{rate:,.1f}/s" if rate < 10 else f"{rate:,.0f}/s")
            if self.done < total and self._first is not None and now - self._first[0] >= 1:
                parts.append(f"{_clock_time((total - self.done) / rate)} left")
        return _fit("  ".join(parts), self._columns())

    def rate(self, now: float) -> float | None:
        """Items a second since the first was done; None until a second one is."""
        if self._first is None:
            return None
        since, count = self._first
        if self.done <= count or now <= since:
            return None
        return (self.done - count) / (now - since)

    def _draw(self, now: float) -> None:
        self._drawn = now
        self._shown = True
        self._write("\r" + self.line(now) + "\x1b[K")

    def close(self) -> None:
        if not self._rate and self.step:
            self.done, self.step = self.total, ""
        if self._shown:
            self._write("\r" + self.line(self._clock()) + "\x1b[K\n")


def _fit(line: str, columns: int) -> str:
    """The line within one column less than the terminal's (a full line may wrap): its last
    parts left off whole ("1,001/2…" read as another count), else cut."""
    if len(line) < columns:
        return line
    parts = line.split("  ")
    while len(parts) > 1 and len("  ".join(parts)) >= columns:
        parts.pop()
    kept = "  ".join(parts)
    return kept if len(kept) < columns else kept[: max(0, columns - 2)] + "…"


def _terminal_columns() -> int:
    """The width of the terminal standard error writes to (80 when it cannot be told)."""
    try:
        return os.get_terminal_size(sys.stderr.fileno()).columns or 80
    except (OSError, ValueError, AttributeError):
        return shutil.get_terminal_size((80, 24)).columns


def _clock_time(seconds: float) -> str:
    minutes, secs = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def _to_stderr(text: str) -> None:
    with contextlib.suppress(OSError, ValueError):
        sys.stderr.write(text)
        sys.stderr.flush()
