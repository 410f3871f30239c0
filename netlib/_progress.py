"""Step-by-step progress lines for long work (the report, benchmarks)."""

from __future__ import annotations

import sys
import time

__all__ = ["Progress"]


class Progress:
    """Print numbered steps with elapsed time to a stream (stderr by default).

    Parameters
    ----------
    total : int
        Number of steps announced.
    enabled : bool, default True
        When False, nothing is printed (the object still counts steps).
    stream : file-like, optional
        Where to write; ``sys.stderr`` when omitted.

    Examples
    --------
    >>> import io
    >>> out = io.StringIO()
    >>> p = Progress(2, stream=out)
    >>> p.step("Loading the export")
    >>> p.step("Categorizing titles")
    >>> print(out.getvalue().splitlines()[1][:32])
    [2/2] Categorizing titles (after
    """

    def __init__(self, total, enabled=True, stream=None):
        self.total = total
        self.enabled = enabled
        self.stream = stream
        self.n = 0
        self._start = time.perf_counter()

    def step(self, message):
        """Announce the next step."""
        self.n += 1
        if self.enabled:
            elapsed = time.perf_counter() - self._start
            print(f"[{self.n}/{self.total}] {message} (after {elapsed:.1f} s)",
                  file=self.stream or sys.stderr, flush=True)
