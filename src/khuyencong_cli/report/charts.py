"""SVG charts in plain Python: stacked bars by year, shares by source, plan against results.

No library and no network: each chart is a small SVG string with every text escaped. Money
stays Decimal; bar geometry is computed with Decimals too and written with two decimals, so
not even the drawing passes through a float. Every chart is shown beside the table of its
figures (see ``page.py``), so a reader never has to trust a bar's length.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal
from html import escape

from ..numbers import format_number
from ..summary.render import format_percent

__all__ = ["PALETTE", "stacked_bars", "share_bar", "paired_bars", "color_for"]

PALETTE = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf")
ZERO = Decimal(0)
STEP = Decimal("0.01")


def _n(value: Decimal | int) -> str:
    """An SVG coordinate: two decimals, trailing zeros dropped."""
    text = format(Decimal(value).quantize(STEP, rounding=ROUND_HALF_UP), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def color_for(index: int) -> str:
    return PALETTE[index % len(PALETTE)]


def _nice_max(value: Decimal) -> Decimal:
    """A round axis maximum at or above ``value`` (1, 2, 2,5 or 5 × a power of ten)."""
    if value <= 0:
        return Decimal(1)
    exponent = value.adjusted()
    base = Decimal(10) ** exponent
    for factor in (1, 2, Decimal("2.5"), 5, 10):
        if base * factor >= value:
            return base * factor
    return base * 10  # pragma: no cover


def stacked_bars(
    title: str,
    categories: Sequence[str],
    series: Sequence[tuple[str, Sequence[Decimal | None]]],
    *,
    plain: bool = False,
    width: int = 500,
    height: int = 320,
) -> str:
    """Vertical bars, one per category (year), stacked by series (source)."""
    left, right, top, bottom = 70, 20, 30, 60
    plot_w, plot_h = width - left - right, height - top - bottom
    totals = [sum((s[1][i] or ZERO for s in series), ZERO) for i in range(len(categories))]
    top_value = _nice_max(max(totals, default=ZERO))
    slot = Decimal(plot_w) / max(len(categories), 1)
    bar_w = slot * Decimal("0.6")
    parts = [_svg_open(width, height, title)]
    parts.append(_axis(left, top, plot_w, plot_h, top_value, plain))
    for i, category in enumerate(categories):
        x = left + slot * i + (slot - bar_w) / 2
        y = Decimal(top + plot_h)
        for index, (name, values) in enumerate(series):
            value = values[i] or ZERO
            if value <= 0:
                continue
            h = value * plot_h / top_value
            y -= h
            parts.append(
                f'<rect x="{_n(x)}" y="{_n(y)}" width="{_n(bar_w)}" height="{_n(h)}" fill="{color_for(index)}">'
                f"<title>{escape(category)} · {escape(name)}: {escape(format_number(value, plain))}</title></rect>"
            )
        parts.append(
            f'<text x="{_n(x + bar_w / 2)}" y="{top + plot_h + 16}" text-anchor="middle" class="tick">{escape(category)}</text>'
        )
        if totals[i] > 0:
            parts.append(
                f'<text x="{_n(x + bar_w / 2)}" y="{_n(y - 4)}" text-anchor="middle" class="value">'
                f"{escape(format_number(totals[i], plain))}</text>"
            )
    parts.append(_legend([name for name, _ in series], left, height - 22))
    parts.append("</svg>")
    return "".join(parts)


def share_bar(title: str, shares: Sequence[tuple[str, Decimal]], *, width: int = 540) -> str:
    """One horizontal bar split by share (percent), with a legend: shares by source."""
    height = 110
    left, right = 20, 20
    plot_w = width - left - right
    total = sum((v for _, v in shares), ZERO)
    parts = [_svg_open(width, height, title)]
    x = Decimal(left)
    for index, (name, value) in enumerate(shares):
        if total <= 0 or value <= 0:
            continue
        w = value * plot_w / total
        percent = (value * 100 / total).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
        parts.append(
            f'<rect x="{_n(x)}" y="30" width="{_n(w)}" height="36" fill="{color_for(index)}">'
            f"<title>{escape(name)}: {escape(format_percent(percent))}%</title></rect>"
        )
        if w > 40:
            parts.append(
                f'<text x="{_n(x + w / 2)}" y="53" text-anchor="middle" class="inbar">{escape(format_percent(percent))}%</text>'
            )
        x += w
    parts.append(_legend([name for name, _ in shares], left, height - 18))
    parts.append("</svg>")
    return "".join(parts)


def paired_bars(
    title: str,
    categories: Sequence[str],
    planned: Sequence[Decimal],
    actual: Sequence[Decimal],
    labels: tuple[str, str],
    *,
    plain: bool = False,
    width: int = 540,
    height: int = 300,
) -> str:
    """Side-by-side bars per category: planned (light) against actual (dark)."""
    left, right, top, bottom = 70, 20, 30, 60
    plot_w, plot_h = width - left - right, height - top - bottom
    top_value = _nice_max(max([*planned, *actual], default=ZERO))
    slot = Decimal(plot_w) / max(len(categories), 1)
    bar_w = slot * Decimal("0.35")
    parts = [_svg_open(width, height, title), _axis(left, top, plot_w, plot_h, top_value, plain)]
    colors = ("#9ecae1", "#08519c")
    for i, category in enumerate(categories):
        base = left + slot * i + slot * Decimal("0.15")
        for k, value in enumerate((planned[i], actual[i])):
            h = max(value, ZERO) * plot_h / top_value
            x = base + bar_w * k
            parts.append(
                f'<rect x="{_n(x)}" y="{_n(top + plot_h - h)}" width="{_n(bar_w)}" height="{_n(h)}" fill="{colors[k]}">'
                f"<title>{escape(category)} · {escape(labels[k])}: {escape(format_number(value, plain))}</title></rect>"
            )
        parts.append(
            f'<text x="{_n(base + bar_w)}" y="{top + plot_h + 16}" text-anchor="middle" class="tick">{escape(category)}</text>'
        )
    parts.append(_legend(list(labels), left, height - 22, colors))
    parts.append("</svg>")
    return "".join(parts)


def _svg_open(width: int, height: int, title: str) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}"><title>{escape(title)}</title>'
        f'<text x="10" y="18" class="chart-title">{escape(title)}</text>'
    )


def _axis(left: int, top: int, plot_w: int, plot_h: int, top_value: Decimal, plain: bool) -> str:
    parts = [f'<line x1="{left}" y1="{top + plot_h}" x2="{left + plot_w}" y2="{top + plot_h}" class="axis"/>']
    for k in range(5):
        value = top_value * k / 4
        y = top + plot_h - Decimal(plot_h) * k / 4
        parts.append(f'<line x1="{left}" y1="{_n(y)}" x2="{left + plot_w}" y2="{_n(y)}" class="grid"/>')
        parts.append(
            f'<text x="{left - 6}" y="{_n(y + 4)}" text-anchor="end" class="tick">{escape(format_number(value.normalize(), plain))}</text>'
        )
    return "".join(parts)


def _legend(names: Sequence[str], x: int, y: int, colors: Sequence[str] | None = None) -> str:
    parts = []
    offset = x
    for index, name in enumerate(names):
        color = colors[index] if colors else color_for(index)
        short = name if len(name) <= 28 else name[:27] + "…"
        parts.append(f'<rect x="{offset}" y="{y - 10}" width="12" height="12" fill="{color}"/>')
        parts.append(f'<text x="{offset + 16}" y="{y}" class="legend">{escape(short)}</text>')
        offset += 28 + 7 * len(short)
    return "".join(parts)
