"""Every help page of the command line as data, for ``kc --help`` without typer (:mod:`.launch`).

Written by :func:`khuyencong_cli.cli.localized.write_help_table` from the typer declarations;
a test fails when it is stale or when a page rendered from it differs from typer's.
"""

from .help_page import Page, Param

PAGES: dict[str, Page] = {
    "kc": Page(
        group=True,
        params=(
            Param("option", "version", opts="--version", flag=True),
            Param("option", "lang", opts="--lang"),
            Param("option", "install_completion", opts="--install-completion", flag=True, text="Install completion for the current shell."),
            Param("option", "show_completion", opts="--show-completion", flag=True, text="Show completion for the current shell, to copy it or customize the installation."),
            Param("option", "help", opts="--help", flag=True, help_option=True, text="Show this message and exit."),
        ),
        commands=("validate", "rules", "explain", "schema", "import", "summary", "reconcile", "diff", "report"),
    ),
    "validate": Page(
        group=False,
        params=(
            Param("argument", "paths", variadic=True, required=True),
            Param("option", "output_format", opts="-f, --format", choices=("text", "json", "sarif", "github", "junit", "gitlab")),
            Param("option", "config_file", opts="--config"),
            Param("option", "strict", opts="--strict", flag=True),
            Param("option", "fail_on", opts="--fail-on", choices=("error", "warning", "info")),
            Param("option", "select", opts="--select"),
            Param("option", "ignore", opts="--ignore"),
            Param("option", "quiet", opts="-q, --quiet", flag=True),
            Param("option", "statistics", opts="--statistics", flag=True),
            Param("option", "jobs", opts="-j, --jobs", number=True, default=1, low=0),
            Param("option", "baseline", opts="--baseline"),
            Param("option", "update_baseline", opts="--update-baseline", flag=True),
            Param("option", "exclude", opts="--exclude"),
            Param("option", "plans_only", opts="--plans-only", flag=True),
            Param("option", "lang", opts="--lang"),
            Param("option", "plain_numbers", opts="--plain-numbers", flag=True),
            Param("option", "help", opts="--help", flag=True, help_option=True, text="Show this message and exit."),
        ),
        commands=(),
    ),
    "rules": Page(
        group=False,
        params=(
            Param("option", "lang", opts="--lang"),
            Param("option", "markdown", opts="--markdown", flag=True),
            Param("option", "help", opts="--help", flag=True, help_option=True, text="Show this message and exit."),
        ),
        commands=(),
    ),
    "explain": Page(
        group=False,
        params=(
            Param("argument", "rule_id", required=True),
            Param("option", "lang", opts="--lang"),
            Param("option", "help", opts="--help", flag=True, help_option=True, text="Show this message and exit."),
        ),
        commands=(),
    ),
    "schema": Page(
        group=False,
        params=(
            Param("option", "path", opts="--path", flag=True),
            Param("option", "output", opts="-o, --output"),
            Param("option", "lang", opts="--lang"),
            Param("option", "help", opts="--help", flag=True, help_option=True, text="Show this message and exit."),
        ),
        commands=(),
    ),
    "import": Page(
        group=False,
        params=(
            Param("argument", "source", required=True),
            Param("option", "output", opts="-o, --output"),
            Param("option", "table", opts="--table", number=True, low=1),
            Param("option", "mapping", opts="--map"),
            Param("option", "dry_run", opts="--dry-run", flag=True),
            Param("option", "force", opts="--force", flag=True),
            Param("option", "lang", opts="--lang"),
            Param("option", "help", opts="--help", flag=True, help_option=True, text="Show this message and exit."),
        ),
        commands=(),
    ),
    "summary": Page(
        group=False,
        params=(
            Param("argument", "paths", variadic=True, required=True),
            Param("option", "by_source", opts="--by-source", flag=True),
            Param("option", "by_year", opts="--by-year", flag=True),
            Param("option", "by_item", opts="--by-item", flag=True),
            Param("option", "by_province", opts="--by-province", flag=True),
            Param("option", "by_kind", opts="--by-kind", flag=True),
            Param("option", "unit", opts="--unit"),
            Param("option", "output_format", opts="-f, --format", choices=("table", "markdown", "csv", "json", "xlsx")),
            Param("option", "output", opts="-o, --output"),
            Param("option", "chart", opts="--chart", flag=True),
            Param("option", "table", opts="--table"),
            Param("option", "lang", opts="--lang"),
            Param("option", "plain_numbers", opts="--plain-numbers", flag=True),
            Param("option", "help", opts="--help", flag=True, help_option=True, text="Show this message and exit."),
        ),
        commands=(),
    ),
    "reconcile": Page(
        group=False,
        params=(
            Param("argument", "first", required=True),
            Param("argument", "second"),
            Param("option", "tolerance", opts="--tolerance", default="0"),
            Param("option", "mode", opts="--mode", choices=("auto", "plan-results", "restatement"), default="auto"),
            Param("option", "unit", opts="--unit"),
            Param("option", "output_format", opts="-f, --format", choices=("text", "json"), default="text"),
            Param("option", "lang", opts="--lang"),
            Param("option", "plain_numbers", opts="--plain-numbers", flag=True),
            Param("option", "help", opts="--help", flag=True, help_option=True, text="Show this message and exit."),
        ),
        commands=(),
    ),
    "diff": Page(
        group=False,
        params=(
            Param("argument", "old", required=True),
            Param("argument", "new", required=True),
            Param("option", "output_format", opts="-f, --format", choices=("text", "json"), default="text"),
            Param("option", "lang", opts="--lang"),
            Param("option", "plain_numbers", opts="--plain-numbers", flag=True),
            Param("option", "help", opts="--help", flag=True, help_option=True, text="Show this message and exit."),
        ),
        commands=(),
    ),
    "report": Page(
        group=False,
        params=(
            Param("argument", "paths", variadic=True, required=True),
            Param("option", "output", opts="-o, --output", default="report.html"),
            Param("option", "title", opts="--title"),
            Param("option", "full_sections", opts="--full-sections", number=True, default=50, low=0),
            Param("option", "lang", opts="--lang"),
            Param("option", "plain_numbers", opts="--plain-numbers", flag=True),
            Param("option", "help", opts="--help", flag=True, help_option=True, text="Show this message and exit."),
        ),
        commands=(),
    ),
}
