"""Pausing Python's cyclic garbage collector around work that makes many long-lived
objects (an import's rows, records and plan rows): process plumbing, not import logic."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_pauses = [0, False]  # (pauses under way, whether the collector was on before)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while the block runs.

    A large import makes hundreds of thousands of objects that live until it ends (rows,
    records, plan rows); the collector would walk all of them again and again, a third
    of the import's time, and find nothing to free (they hold no cycles). Reference
    counting still frees everything as usual. Pauses nest and may overlap across
    threads; the collector is back on when the last one ends.
    """
    with _lock:
        if _pauses[0] == 0:
            _pauses[1] = gc.isenabled()
            gc.disable()
        _pauses[0] += 1
    try:
        yield
    finally:
        with _lock:
            _pauses[0] -= 1
            if _pauses[0] == 0 and _pauses[1]:
                gc.enable()
