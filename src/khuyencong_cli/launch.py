"""The ``kc`` executable: what a short-lived process can settle before the command line is read.

* ``kc --version`` is answered without loading the command-line framework (typer builds
  every command's parameters before it looks at one option: most of the start-up).
* The cyclic garbage collector runs less often. kc allocates hundreds of thousands of
  short-lived, acyclic objects per plan (freed by reference counting anyway), and ``kc
  summary`` and ``kc report`` keep plans while they read more: with the default thresholds,
  collections that find nothing took more than half of their time. Cycles are still
  collected; the process ends within seconds.
"""

from __future__ import annotations

import gc
import sys

__all__ = ["main"]

GC_THRESHOLD = (50_000, 20, 100)


def main() -> None:
    """Console-script entry point."""
    if sys.argv[1:] == ["--version"]:
        from . import __version__

        sys.stdout.write(f"kc {__version__}\n")
        return
    gc.set_threshold(*GC_THRESHOLD)
    from .cli import main as cli_main

    cli_main()
