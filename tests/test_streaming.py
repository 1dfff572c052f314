"""A long run says something: the text report is written file by file, nothing of a file
is kept once written, and a progress bar appears on a terminal only."""

from __future__ import annotations

import gc
import io
import itertools
import json
import os
import subprocess
import sys
import weakref

from khuyencong_cli.config import Config
from khuyencong_cli.engine import CheckOptions
from khuyencong_cli.findings import Severity
from khuyencong_cli.reporters import Report
from khuyencong_cli.runner import iter_results
from khuyencong_cli.streaming import stream_text

from conftest import PLANS

PLAN_FILES = sorted(str(p) for p in PLANS.glob("*.yaml"))


class _Recorder(io.StringIO):
    def __init__(self) -> None:
        super().__init__()
        self.events: list[str] = []

    def write(self, text: str) -> int:
        self.events.append("write")
        return super().write(text)


def test_each_file_is_written_before_the_next_is_checked_and_then_dropped():
    out = _Recorder()
    alive: list[weakref.ref] = []

    def results():
        for result in iter_results(PLAN_FILES, Config(), CheckOptions(lang="en"), 1):
            gc.collect()
            # every earlier file's result was let go once written (the last one is still
            # the writer's loop variable until this one arrives)
            assert sum(ref() is not None for ref in alive[:-1]) == 0
            out.events.append(f"checked {len(result.findings)}")
            alive.append(weakref.ref(result))
            yield result

    outcome = stream_text(results(), Report(findings=()), Severity.ERROR, out, progress=False)
    assert outcome.files == len(PLAN_FILES) and outcome.failed > 0
    checked = [i for i, e in enumerate(out.events) if e.startswith("checked")]
    assert sum(out.events[i] != "checked 0" for i in checked) >= 3
    for here, after in itertools.pairwise(checked):
        if out.events[here] != "checked 0":  # a file's report came before the next file was checked
            assert "write" in out.events[here:after]
    assert out.getvalue().rstrip().endswith(f"in {len(PLAN_FILES)} file(s)")


def test_streamed_report_equals_the_whole_report(runner):
    from khuyencong_cli.reporters.text import render
    from khuyencong_cli.runner import run

    streamed = runner.invoke(app_(), ["validate", "--lang", "en", *PLAN_FILES])
    results = run(PLAN_FILES, Config(), CheckOptions(lang="en"))
    whole = render(Report(
        findings=sorted(f for r in results for f in r.findings),
        files=[r.file for r in results],
        lines={r.file: r.lines for r in results if r.lines is not None},
        lang="en",
    ))
    assert streamed.exit_code == 1
    assert streamed.stdout == whole


def app_():
    from khuyencong_cli.cli import app

    return app


def _run_with_stderr_on_a_terminal(args: list[str]) -> tuple[str, str]:
    import pty

    leader, follower = pty.openpty()
    done = subprocess.Popen(
        [sys.executable, "-m", "khuyencong_cli.cli", "validate", "--lang", "en", *args],
        stdout=subprocess.PIPE, stderr=follower, env={**os.environ, "TERM": "xterm", "COLUMNS": "80"},
    )
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    stdout = done.stdout.read().decode("utf-8")
    done.wait()
    os.close(leader)
    return stdout, b"".join(chunks).decode("utf-8", "replace")


def test_progress_bar_on_a_terminal_only(runner):
    stdout, terminal = _run_with_stderr_on_a_terminal(PLAN_FILES)
    assert f"/{len(PLAN_FILES)}" in terminal and "kc" in terminal  # "kc ━━━ 3/5"
    assert "\x1b" not in stdout and "━" not in stdout  # the report in the pipe stays plain
    piped = runner.invoke(app_(), ["validate", "--lang", "en", *PLAN_FILES])
    assert "━" not in piped.stderr and f"/{len(PLAN_FILES)}" not in piped.stderr


def test_machine_formats_are_written_from_disk_not_held(runner):
    from khuyencong_cli.reporters import get_reporter
    from khuyencong_cli.runner import run
    from khuyencong_cli.streaming import stream_machine

    results = run(PLAN_FILES, Config(), CheckOptions(lang="en"))
    whole_report = Report(
        findings=sorted(f for r in results for f in r.findings),
        files=[r.file for r in results],
        lines={r.file: r.lines for r in results if r.lines is not None},
        lang="en",
    )
    del results
    for name in ("json", "sarif", "junit", "gitlab", "github"):
        alive: list[weakref.ref] = []

        def fresh(alive: list[weakref.ref] = alive):
            for result in iter_results(PLAN_FILES, Config(), CheckOptions(lang="en"), 1):
                gc.collect()
                assert sum(ref() is not None for ref in alive[:-1]) == 0  # earlier files let go
                alive.append(weakref.ref(result))
                yield result

        out = io.StringIO()
        outcome = stream_machine(fresh(), Report(findings=(), lang="en"), name, Severity.ERROR, out, progress=False)
        assert outcome.files == len(PLAN_FILES)
        assert out.getvalue() == get_reporter(name)(whole_report)  # the same document, byte for byte


def test_streamed_junit_github_and_gitlab_equal_the_whole_report_with_a_broken_plan_and_failing_warnings(tmp_path):
    """A plan that cannot be loaded (a JUnit <error>, a GitLab blocker), files given out of
    order (JUnit keeps the order given), warnings that fail the run and a file whose
    errors and warnings fall in two importance classes (GitHub's one group across them)."""
    from khuyencong_cli.reporters import get_reporter
    from khuyencong_cli.runner import run
    from khuyencong_cli.streaming import stream_machine

    broken = tmp_path / "broken.yaml"
    broken.write_text("kc: 1\ndocument: [\n", encoding="utf-8")
    cao_bang = [f for f in PLAN_FILES if "cao-bang-2016" in f]  # errors and warnings in one file
    for files in ([*reversed(PLAN_FILES), str(broken)], cao_bang):
        results = run(files, Config(), CheckOptions(lang="vi"))
        for quiet, failing in ((False, Severity.WARNING), (True, Severity.WARNING), (False, Severity.ERROR)):
            whole_report = Report(
                findings=sorted(f for r in results for f in r.findings if not quiet or f.severity.rank >= failing.rank),
                files=[r.file for r in results],
                lines={r.file: r.lines for r in results if r.lines is not None},
                lang="vi", failing=failing, quiet=quiet, broken=[r.file for r in results if not r.ok],
            )
            for name in ("junit", "gitlab", "github"):
                out = io.StringIO()
                template = Report(findings=(), files=files, lang="vi", failing=failing, quiet=quiet)
                checked = sorted(results, key=lambda r: r.file)  # checked in place order, as kc does
                stream_machine(iter(checked), template, name, failing, out, progress=False)
                assert out.getvalue() == get_reporter(name)(whole_report), (name, quiet, failing, len(files))
    github = get_reporter("github")(Report(findings=sorted(f for r in results for f in r.findings), files=cao_bang))
    assert github.count("::group::") == 1 and "::warning " in github and "::error " in github


def test_a_capped_sarif_log_is_streamed_and_keeps_what_the_whole_renderer_keeps(monkeypatch):
    from khuyencong_cli.reporters import sarif
    from khuyencong_cli.runner import run
    from khuyencong_cli.streaming import stream_machine

    monkeypatch.setattr(sarif, "MAX_RESULTS", 7)
    results = run(PLAN_FILES, Config(), CheckOptions(lang="en"))
    whole = sarif.render(Report(
        findings=sorted(f for r in results for f in r.findings),
        files=[r.file for r in results],
        lines={r.file: r.lines for r in results if r.lines is not None},
        lang="en",
        failing=Severity.WARNING,
    ))
    out = io.StringIO()
    stream_machine(iter(results), Report(findings=(), lang="en", failing=Severity.WARNING), "sarif",
                   Severity.WARNING, out, progress=False)
    assert out.getvalue() == whole
    assert len(json.loads(whole)["runs"][0]["results"]) == 7
