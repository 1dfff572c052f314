"""A real headless Chromium driven over its DevTools pipe, with the standard library only.

``--remote-debugging-pipe`` gives the browser two extra file descriptors (3: commands in,
4: replies out) carrying NUL-terminated JSON. Through it a test can set the viewport to an
exact phone width (a plain ``--window-size`` stops at 500 px), measure the page after it has
loaded, take a full-page screenshot and print to PDF the way an official would.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import select
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

__all__ = ["find_chromium", "Browser"]

TIMEOUT = 120  # seconds without a word from the browser before a test gives up


def find_chromium() -> str | None:
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    return None


class Browser:
    """One headless Chromium with one page; use as a context manager."""

    def __init__(self, executable: str) -> None:
        self._profile = tempfile.TemporaryDirectory()
        to_browser_r, self._to_browser = os.pipe()
        self._from_browser, from_browser_w = os.pipe()
        # The child gets the pipes as fds 3 and 4, as --remote-debugging-pipe expects.
        def _setup() -> None:  # runs in the child before exec
            read_end, write_end = os.dup(to_browser_r), os.dup(from_browser_w)
            os.dup2(read_end, 3)
            os.dup2(write_end, 4)

        self._process = subprocess.Popen(
            [
                executable, "--headless", "--no-sandbox", "--disable-gpu", "--remote-debugging-pipe",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--hide-scrollbars", f"--user-data-dir={self._profile.name}", "about:blank",
            ],
            pass_fds=(3, 4), preexec_fn=_setup,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        os.close(to_browser_r)
        os.close(from_browser_w)
        self._buffer = b""
        self._next_id = 0
        targets = self._call("Target.getTargets")["targetInfos"]
        page = next(t for t in targets if t["type"] == "page")
        self._session = self._call("Target.attachToTarget", targetId=page["targetId"], flatten=True)["sessionId"]
        self._call("Page.enable", session=True)

    def __enter__(self) -> Browser:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self._call("Browser.close")
        try:
            self._process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        os.close(self._to_browser)
        os.close(self._from_browser)
        self._profile.cleanup()

    def _read_message(self) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            ready, _, _ = select.select([self._from_browser], [], [], TIMEOUT)
            if not ready:
                raise RuntimeError(f"the browser did not answer within {TIMEOUT} s")
            chunk = os.read(self._from_browser, 1 << 20)
            if not chunk:
                raise RuntimeError("the browser closed its pipe")
            self._buffer += chunk
        raw, self._buffer = self._buffer.split(b"\0", 1)
        message: dict[str, Any] = json.loads(raw)
        return message

    def _call(self, method: str, session: bool = False, **params: Any) -> dict[str, Any]:
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params}
        if session:
            message["sessionId"] = self._session
        os.write(self._to_browser, json.dumps(message).encode() + b"\0")
        while True:
            reply = self._read_message()
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                result: dict[str, Any] = reply.get("result", {})
                return result

    def _wait_event(self, method: str) -> None:
        while self._read_message().get("method") != method:
            pass

    def open(self, path: Path, width: int, height: int = 900, *, mobile: bool = False) -> None:
        """Load a file at a viewport of exactly ``width`` CSS pixels."""
        self._call("Emulation.setDeviceMetricsOverride", session=True, width=width, height=height,
                   deviceScaleFactor=1, mobile=mobile)
        self._call("Page.navigate", session=True, url=path.resolve().as_uri())
        self._wait_event("Page.loadEventFired")

    def evaluate(self, expression: str) -> Any:
        result = self._call("Runtime.evaluate", session=True, expression=expression, returnByValue=True)
        return result["result"].get("value")

    def screenshot(self, target: Path, *, full_page: bool = True) -> None:
        params: dict[str, Any] = {"format": "png"}
        if full_page:
            params["captureBeyondViewport"] = True
            width = self.evaluate("document.documentElement.clientWidth")
            height = self.evaluate("document.documentElement.scrollHeight")
            params["clip"] = {"x": 0, "y": 0, "width": width, "height": height, "scale": 1}
        data = self._call("Page.captureScreenshot", session=True, **params)["data"]
        target.write_bytes(base64.b64decode(data))

    def pdf(self, target: Path) -> None:
        """Print as the browser's print dialog would, with the page's own @page rules (A4)."""
        data = self._call("Page.printToPDF", session=True, preferCSSPageSize=True, printBackground=True)["data"]
        target.write_bytes(base64.b64decode(data))


def main(argv: list[str]) -> int:
    """``python tests/browser.py PAGE.html OUT_PREFIX``: the full-page screenshots shown in
    docs/reports.md (OUT_PREFIX-1400.png and OUT_PREFIX-390.png) and the printed PDF."""
    page, prefix = Path(argv[1]), argv[2]
    executable = find_chromium()
    if executable is None:
        print("chromium is not installed")
        return 2
    with Browser(executable) as browser:
        for width in (1400, 390):
            browser.open(page, width, mobile=width < 500)
            overflow = browser.evaluate("document.documentElement.scrollWidth") - width
            print(f"{width} px: document.scrollWidth - viewport = {overflow}")
            browser.screenshot(Path(f"{prefix}-{width}.png"))
        browser.pdf(Path(f"{prefix}.pdf"))
    return 0


if __name__ == "__main__":
    import sys

    raise SystemExit(main(sys.argv))
