"""The bodies of ``kc validate``, ``kc summary`` and ``kc report``, without typer.

These are the commands a short-lived process runs most (the pre-commit hook, a CI job, a
nightly page). The typer commands of :mod:`.cli` and the launcher's short path
(:mod:`.launch`, which reads the line without typer) both call the functions here, with the
values as the line wrote them (a choice as its word) and the language already decided, so
that a command does the same whichever way its line was read. A :class:`~.errors.KcError`
propagates: each caller prints it in the reader's language and exits 2.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

__all__ = ["report", "say", "split_list", "summary", "validate"]


def split_list(values: Sequence[str] | None) -> tuple[str, ...]:
    """Repeated and comma-separated values (``--select KC1,KC2 --select KC3``) as one tuple."""
    return tuple(item.strip() for value in values or [] for item in value.split(",") if item.strip())


def validate(
    paths: Sequence[str],
    language: str,
    *,
    output_format: str | None = None,
    config_file: str | None = None,
    strict: bool = False,
    fail_on: str | None = None,
    select: Sequence[str] | None = None,
    ignore: Sequence[str] | None = None,
    quiet: bool = False,
    statistics: bool = False,
    jobs: int = 1,
    baseline: str | None = None,
    update_baseline: bool = False,
    exclude: Sequence[str] | None = None,
    plans_only: bool = False,
    plain_numbers: bool = False,
) -> int:
    """Check plans; the exit code (0 clean, 1 findings at the failing severity, 2 could not check)."""
    from .findings import Severity
    from .validate_run import run_validate
    from .validation import ValidateRequest

    request = ValidateRequest(
        list(paths), config_file, split_list(select), split_list(ignore), Severity(fail_on) if fail_on else None,
        strict, quiet, jobs, baseline, update_baseline, language, plain_numbers, split_list(exclude), plans_only,
    )
    return run_validate(request, output_format, statistics)


def summary(
    paths: Sequence[str],
    language: str,
    *,
    by_source: bool = False,
    by_year: bool = False,
    by_item: bool = False,
    by_province: bool = False,
    by_kind: bool = False,
    unit: str | None = None,
    output_format: str | None = None,
    output: str | None = None,
    chart: bool = False,
    table: Sequence[str] | None = None,
    plain_numbers: bool = False,
) -> int:
    """Write the money of plans, computed from their cells, beside what they state."""
    from .errors import UsageError
    from .i18n import translate
    from .plans import display_unit, load_paths, output_stream, write_output
    from .summary import SummaryOptions, summarised
    from .summary.render import write
    from .validation import read_config

    chosen_unit = display_unit(unit)
    named_workbook = bool(output and output.lower().endswith(".xlsx"))
    if named_workbook and output_format not in (None, "xlsx"):
        raise UsageError("cli.format-against-xlsx-name", format=output_format, path=output)
    xlsx = output_format == "xlsx" or named_workbook
    if xlsx and not output:
        raise UsageError("cli.xlsx-needs-output")
    config = read_config(None, paths)  # the plans' kc.toml: its exclusions, as kc validate reads them
    plans = load_paths(list(paths), language, config.exclude).pairs()
    options = SummaryOptions(by_source, by_year, by_item, by_province, by_kind)
    with summarised(plans, options, chosen_unit, split_list(table)) as (summaries, empty):
        for file in empty:
            say(translate("summary.no-money", language, file=file))
        if xlsx:
            from .summary.xlsx import xlsx_bytes

            write_output(xlsx_bytes(list(summaries), lang=language), output)
            return 0
        with output_stream(output) as out:
            write(summaries, output_format or "table", out, lang=language, plain_numbers=plain_numbers, chart=chart)
    return 0


def report(
    paths: Sequence[str],
    language: str,
    *,
    output: str = "report.html",
    title: str | None = None,
    full_sections: int = 50,
    plain_numbers: bool = False,
) -> int:
    """Write one self-contained HTML page of the plans, with the findings ``kc validate`` gives
    them (the same ``kc.toml`` and suppression comments); exit 2, writing nothing, when one
    cannot be loaded."""
    from .i18n import translate
    from .plans import load_paths, output_stream
    from .report import write_report
    from .runner import checking_order
    from .validation import read_config

    config = read_config(None, paths)  # the plans' kc.toml, found as kc validate finds it
    loaded = load_paths(list(paths), language, config.exclude)
    loaded.files = checking_order(loaded.files)  # as kc validate: "the later plan" of two is the same
    with output_stream(output) as out:
        write_report(
            loaded, out, lang=language, plain_numbers=plain_numbers, title=title, full_sections=full_sections,
            config=config,
        )
    say(translate("cli.report-written", language, path=output, count=len(loaded)))
    return 0


def say(line: str) -> None:
    """A line for the person at the terminal, on stderr and flushed, as ``typer.echo(..., err=True)``
    writes it (the entry points make standard error ready for it: :func:`.launch.ready_streams`)."""
    sys.stderr.write(line + "\n")
    sys.stderr.flush()
