"""``.ci/run``: waits for the package manager's lock and says when it installs Chromium.

Run with a PATH holding only stand-ins (no chromium, an apt-get and a python that record
their arguments), so nothing is installed and no network is used.
"""

from __future__ import annotations

import os
import shutil
import subprocess

from conftest import ROOT


def _stand_in(folder, name: str, log) -> None:
    script = folder / name
    script.write_text(f'#!/bin/bash\necho "{name} $*" >> "{log}"\n', encoding="utf-8")
    script.chmod(0o755)


def test_ci_run_waits_for_the_lock_and_announces_chromium(tmp_path):
    folder = tmp_path / "bin"
    folder.mkdir()
    log = tmp_path / "calls.log"
    for name in ("apt-get", "python"):
        _stand_in(folder, name, log)
    (folder / "dirname").symlink_to(shutil.which("dirname"))
    done = subprocess.run(
        ["/bin/bash", str(ROOT / ".ci" / "run")],
        env={"PATH": str(folder), "HOME": str(tmp_path)},
        capture_output=True, text=True, check=False,
    )
    assert done.returncode == 0, done.stderr
    said = [line for line in (done.stdout + done.stderr).splitlines() if "chromium" in line.lower()]
    assert len(said) == 1 and "install" in said[0]
    calls = log.read_text("utf-8").splitlines()
    apt = [call for call in calls if call.startswith("apt-get")]
    assert apt and all("DPkg::Lock::Timeout=" in call for call in apt)
    assert any("install" in call and "chromium" in call for call in apt)
    assert calls[-1].startswith("python -m pytest")
    assert os.access(ROOT / ".ci" / "run", os.X_OK)
