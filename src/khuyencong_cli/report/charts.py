"""SVG charts in plain Python: stacked bars by year, shares by source, plan against results.

No library and no network: each chart is a small SVG string with every text escaped. Money
stays Decimal; bar geometry is computed with Decimals too and written with two decimals, so
not even the drawing passes through a float. Every chart is shown beside the table of its
figures (see ``page.py``), so a reader never has to trust a bar's length.

Colours mean one thing on the whole page: a :class:`Colours` map gives each source one colour
the first time it is asked, and every chart and legend of the page asks the same map, so KCQG
is the same colour in every plan. Greys are kept for what is not a source (the whole, planned
against spent). Axes use nice ticks (1, 2 or 5 × 10ⁿ) with the top tick just above the data.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal
from html import escape

from ..numbers import format_number
from ..summary.render import format_percent

__all__ = ["PALETTE", "Colours", "stacked_bars", "share_bar", "paired_bars", "nice_ticks", "TOTAL_COLOUR", "PAIR_COLOURS"]

# Source colours (colour-blind-safe order first); greys are reserved for the non-source series.
PALETTE = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#bcbd22", "#17becf", "#393b79")
TOTAL_COLOUR = "#8a8a8a"
PAIR_COLOURS = ("#c7c7c7", "#404040")  # planned (light grey), spent (dark grey)
ZERO = Decimal(0)
STEP = Decimal("0.01")
MAX_INTERVALS = 6
# A segment this tall (px) carries its value inside the bar; smaller ones are named in the legend.
LABEL_MIN_HEIGHT = 15
CHAR_WIDTH = Decimal("6.6")  # of an 11 px digit, to decide whether a label fits in a bar


def _n(value: Decimal | int) -> str:
    """An SVG coordinate: two decimals, trailing zeros dropped."""
    text = format(Decimal(value).quantize(STEP, rounding=ROUND_HALF_UP), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


class Colours:
    """One colour per source for the whole page, in the order the sources are first met.

    A source is named by its id; a trailing † (money from the text) is the same source.
    """

    def __init__(self) -> None:
        self._known: dict[str, str] = {}

    @staticmethod
    def key(name: str) -> str:
        return name.removesuffix("†").strip()

    def __call__(self, name: str) -> str:
        key = self.key(name)
        if key not in self._known:
            self._known[key] = PALETTE[len(self._known) % len(PALETTE)]
        return self._known[key]

    def items(self) -> list[tuple[str, str]]:
        return list(self._known.items())


def nice_ticks(value: Decimal) -> list[Decimal]:
    """Axis ticks from 0: a step of 1, 2 or 5 × 10ⁿ, at most six intervals, the top tick the
    first one at or above ``value`` (2.600 gives 0, 500, …, 3.000; never a 5.000 top)."""
    if value <= 0:
        return [ZERO, Decimal(1)]
    exponent = (value / MAX_INTERVALS).adjusted()
    while True:
        for factor in (1, 2, 5):
            step = Decimal(factor) * Decimal(10) ** exponent
            count = int((value / step).to_integral_value(rounding=ROUND_CEILING))
            if count <= MAX_INTERVALS:
                return [_plain(step * k) for k in range(count + 1)]
        exponent += 1


def _plain(value: Decimal) -> Decimal:
    """A tick without exponent or trailing zeros (500, not 5E+2; 0,5, not 0,50)."""
    return Decimal(int(value)) if value == value.to_integral_value() else value.normalize()


def stacked_bars(
    title: str,
    categories: Sequence[str],
    series: Sequence[tuple[str, Sequence[Decimal | None]]],
    colours: Colours,
    *,
    plain: bool = False,
    width: int = 500,
    height: int = 320,
    series_colour: str | None = None,
) -> str:
    """Vertical bars, one per category (year), stacked by series (source).

    A segment tall enough carries its value; every segment has a tooltip; the legend gives each
    source's total so even a thin segment can be read."""
    legend = [
        (name, series_colour or colours(name), format_number(sum((v or ZERO for v in values), ZERO), plain))
        for name, values in series
    ]
    left, right, top, bottom = 70, 20, 34, 60
    plot_w, plot_h = width - left - right, height - top - bottom
    height += 18 * (_legend_rows(legend, width - 20) - 1)
    totals = [sum((s[1][i] or ZERO for s in series), ZERO) for i in range(len(categories))]
    ticks = nice_ticks(max(totals, default=ZERO))
    top_value = ticks[-1]
    slot = Decimal(plot_w) / max(len(categories), 1)
    bar_w = slot * Decimal("0.6")
    parts = [_svg_open(width, height, title)]
    parts.append(_axis(left, top, plot_w, plot_h, ticks, plain))
    for i, category in enumerate(categories):
        x = left + slot * i + (slot - bar_w) / 2
        y = Decimal(top + plot_h)
        for name, values in series:
            value = values[i] or ZERO
            if value <= 0:
                continue
            h = value * plot_h / top_value
            y -= h
            colour = series_colour or colours(name)
            text = format_number(value, plain)
            parts.append(
                f'<rect x="{_n(x)}" y="{_n(y)}" width="{_n(bar_w)}" height="{_n(h)}" fill="{colour}">'
                f"<title>{escape(category)} · {escape(name)}: {escape(text)}</title></rect>"
            )
            if len(series) > 1 and h >= LABEL_MIN_HEIGHT and CHAR_WIDTH * len(text) + 4 <= bar_w:
                parts.append(
                    f'<text x="{_n(x + bar_w / 2)}" y="{_n(y + h / 2 + 4)}" text-anchor="middle" class="inbar">{escape(text)}</text>'
                )
        parts.append(
            f'<text x="{_n(x + bar_w / 2)}" y="{top + plot_h + 16}" text-anchor="middle" class="tick">{escape(category)}</text>'
        )
        if totals[i] > 0:
            parts.append(
                f'<text x="{_n(x + bar_w / 2)}" y="{_n(y - 4)}" text-anchor="middle" class="value">'
                f"{escape(format_number(totals[i], plain))}</text>"
            )
    parts.append(_legend(legend, 10, top + plot_h + 38, width - 20))
    parts.append("</svg>")
    return "".join(parts)


def share_bar(title: str, shares: Sequence[tuple[str, Decimal]], colours: Colours, *, plain: bool = False, width: int = 500) -> str:
    """One horizontal bar split by share (percent); a wide segment carries its percent, and
    the legend gives every source's percent, so a 2,1 % sliver is read there."""
    left, right = 10, 10
    plot_w = width - left - right
    total = sum((v for _, v in shares if v > 0), ZERO)
    legend: list[tuple[str, str, str]] = []
    bars: list[str] = []
    x = Decimal(left)
    for name, value in shares:
        if total <= 0 or value <= 0:
            continue
        w = value * plot_w / total
        percent = f"{format_percent((value * 100 / total).quantize(Decimal('0.1'), rounding=ROUND_HALF_UP), plain)}%"
        bars.append(
            f'<rect x="{_n(x)}" y="30" width="{_n(w)}" height="36" fill="{colours(name)}">'
            f"<title>{escape(name)}: {escape(percent)}</title></rect>"
        )
        if w >= CHAR_WIDTH * len(percent) + 6:
            bars.append(f'<text x="{_n(x + w / 2)}" y="53" text-anchor="middle" class="inbar">{escape(percent)}</text>')
        legend.append((name, colours(name), percent))
        x += w
    rows = _legend_rows(legend, width - 20)
    height = 84 + 18 * rows
    parts = [_svg_open(width, height, title), *bars, _legend(legend, 10, 92, width - 20), "</svg>"]
    return "".join(parts)


def paired_bars(
    title: str,
    categories: Sequence[str],
    planned: Sequence[Decimal],
    actual: Sequence[Decimal],
    labels: tuple[str, str],
    *,
    plain: bool = False,
    width: int = 500,
    height: int = 300,
) -> str:
    """Side-by-side bars per category: planned (light grey) against spent (dark grey)."""
    left, right, top, bottom = 70, 20, 34, 56
    plot_w, plot_h = width - left - right, height - top - bottom
    ticks = nice_ticks(max([*planned, *actual], default=ZERO))
    top_value = ticks[-1]
    slot = Decimal(plot_w) / max(len(categories), 1)
    bar_w = slot * Decimal("0.35")
    parts = [_svg_open(width, height, title), _axis(left, top, plot_w, plot_h, ticks, plain)]
    for i, category in enumerate(categories):
        base = left + slot * i + slot * Decimal("0.15")
        for k, value in enumerate((planned[i], actual[i])):
            h = max(value, ZERO) * plot_h / top_value
            x = base + bar_w * k
            parts.append(
                f'<rect x="{_n(x)}" y="{_n(top + plot_h - h)}" width="{_n(bar_w)}" height="{_n(h)}" fill="{PAIR_COLOURS[k]}">'
                f"<title>{escape(category)} · {escape(labels[k])}: {escape(format_number(value, plain))}</title></rect>"
            )
        parts.append(
            f'<text x="{_n(base + bar_w)}" y="{top + plot_h + 16}" text-anchor="middle" class="tick">{escape(category)}</text>'
        )
    legend = [(labels[0], PAIR_COLOURS[0], ""), (labels[1], PAIR_COLOURS[1], "")]
    parts.append(_legend(legend, 10, height - 20, width - 20))
    parts.append("</svg>")
    return "".join(parts)


def _svg_open(width: int, height: int, title: str) -> str:
    # width/height give the drawing its natural size; CSS lets it shrink on a phone (viewBox).
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}"><title>{escape(title)}</title>'
        f'<text x="10" y="18" class="chart-title">{escape(_fit(title, width - 20, 7))}</text>'
    )


def _fit(text: str, room: int, char_width: int) -> str:
    most = max(room // char_width, 4)
    return text if len(text) <= most else text[: most - 1] + "…"


def _axis(left: int, top: int, plot_w: int, plot_h: int, ticks: Sequence[Decimal], plain: bool) -> str:
    parts = []
    intervals = len(ticks) - 1
    for k, value in enumerate(ticks):
        y = top + plot_h - Decimal(plot_h) * k / intervals
        parts.append(f'<line x1="{left}" y1="{_n(y)}" x2="{left + plot_w}" y2="{_n(y)}" class="grid"/>')
        parts.append(
            f'<text x="{left - 6}" y="{_n(y + 4)}" text-anchor="end" class="tick">{escape(format_number(value, plain))}</text>'
        )
    parts.append(f'<line x1="{left}" y1="{top + plot_h}" x2="{left + plot_w}" y2="{top + plot_h}" class="axis"/>')
    return "".join(parts)


def _entry_width(name: str, value: str) -> int:
    return 22 + 7 * len(_short_name(name)) + (6 + 7 * len(value) if value else 0) + 14


def _short_name(name: str) -> str:
    return name if len(name) <= 28 else name[:27] + "…"


def _legend_rows(entries: Sequence[tuple[str, str, str]], room: int) -> int:
    rows, used = 1, 0
    for name, _, value in entries:
        w = _entry_width(name, value)
        if used and used + w > room:
            rows, used = rows + 1, 0
        used += w
    return rows


def _legend(entries: Sequence[tuple[str, str, str]], x: int, y: int, room: int) -> str:
    """Swatch, name and (when given) its value; wraps to a new line when the room is used."""
    parts = ['<g class="legend">']
    offset, line = 0, 0
    for name, colour, value in entries:
        w = _entry_width(name, value)
        if offset and offset + w > room:
            offset, line = 0, line + 1
        top = y + 18 * line
        parts.append(f'<rect x="{x + offset}" y="{top - 10}" width="12" height="12" fill="{colour}"/>')
        label = escape(_short_name(name)) + (f' <tspan class="legend-value">{escape(value)}</tspan>' if value else "")
        parts.append(f'<text x="{x + offset + 16}" y="{top}" class="legend">{label}</text>')
        offset += w
    parts.append("</g>")
    return "".join(parts)
