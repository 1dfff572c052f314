"""What a worker process of ``kc validate --jobs N`` loads before its first file.

A forkserver (the default start of worker processes on Linux from Python 3.14) imports this
module once, and forks each worker from itself with the checking and every rule loaded, as a
forked worker has them from the parent (see :func:`.runner.pool_context`).
"""

from __future__ import annotations

from . import runner  # noqa: F401  (loaded for the workers)
from .rules import load_all

load_all()
