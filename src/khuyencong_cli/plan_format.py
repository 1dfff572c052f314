"""The plan format: pydantic models of one khuyến công document. Data only, no rule logic.

These models define the format: the JSON Schema is generated from them, and they judge, and
explain, a file that the fast reading in ``model`` refuses. The rules read the plain classes
of ``model``, generated from these (``python -m khuyencong_cli.model_gen``).

One YAML file holds one document (a decision, a plan, a results report or a news article):
what it is, the funding sources it names, its tables (budget, results, targets) and the
figures its prose claims. Figures are kept as written and parsed exactly to ``Decimal``;
nothing here judges whether they add up: that is the rules' job.
"""

from __future__ import annotations

import os
from decimal import Decimal
from typing import Annotated, Any

from . import pydantic_import  # noqa: F401  (before pydantic: pydantic without asyncio)

# isort: split
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, PlainSerializer, StrictBool, WithJsonSchema
from pydantic_core import PydanticCustomError

from .kinds import FORMAT_VERSION, DocumentKind, Hedge, TableKind
from .numbers import NumberError, format_plain, parse_amount

__all__ = [
    "FORMAT_VERSION",
    "Amount",
    "Cells",
    "Claim",
    "Duration",
    "ClaimPart",
    "Frequency",
    "Growth",
    "PerYear",
    "Quantity",
    "Ratio",
    "YearValue",
    "Document",
    "DocumentKind",
    "Figure",
    "FundingSource",
    "Hedge",
    "LegalReference",
    "Origin",
    "Plan",
    "Row",
    "Table",
    "TableKind",
]

# pydantic looks for plugins (by reading the metadata of every installed package) each time a
# model is built; kc's models are its own, so they are built without: about a tenth of the
# start-up of ``kc validate``. The variable is restored at the end of this module.
_PLUGINS = "PYDANTIC_DISABLE_PLUGINS"
_PLUGINS_BEFORE = os.environ.get(_PLUGINS)
os.environ[_PLUGINS] = "__all__"


def _amount(value: Any) -> Decimal | None:
    try:
        return parse_amount(value)
    except NumberError as exc:
        # Carry the catalog key so the loader can explain it in the reader's language.
        raise PydanticCustomError("kc_number", str(exc), {"key": exc.key, **exc.params}) from None


_AMOUNT_SCHEMA = {
    "anyOf": [
        {"type": "integer"},
        {
            "type": "string",
            "pattern": r"^\s*([+-]?([0-9]{1,3}(\.[0-9]{3})+|[0-9]+)(,[0-9]+)?|-|–|—)?\s*$",
            "description": 'Vietnamese figure: "7.763,445", "1.200", "18,246"; "-" is blank',
        },
        {"type": "null"},
    ]
}

Amount = Annotated[
    Decimal | None,
    BeforeValidator(_amount),
    PlainSerializer(lambda v: None if v is None else format_plain(v), return_type=str | None),
    WithJsonSchema(_AMOUNT_SCHEMA),
]
"""A figure as written: an int or a Vietnamese-formatted string; blank means none."""

Year = Annotated[int, Field(ge=1900, le=2200)]


def _empty_list() -> list[Any]:
    """A new empty list. The defaults are Python functions, not ``list`` and ``dict``: pydantic
    reads a default factory's signature, and for a builtin Python gets it by tokenizing its text
    signature, which compiles the tokenizer's large expressions (several ms of ``kc validate``)."""
    return []


def _empty_dict() -> dict[Any, Any]:
    """A new empty dict (see :func:`_empty_list`)."""
    return {}


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class Origin(_Model):
    """Where the document was taken from."""

    seed: str | None = Field(None, description="File name of the source text in shared/seeds")
    url: str | None = None
    publisher: str | None = None
    published: str | None = Field(None, description="Publication date as written")
    read: str | None = Field(None, description="The date the text was read from `url`, e.g. \"30/11/2026\"")


class LegalReference(_Model):
    """A decision, circular or other document, cited by number and date as written."""

    id: str | None = None
    kind: str | None = Field(None, description="Quyết định, Thông tư, Nghị định, Tờ trình, …")
    number: str | None = Field(None, description='As written, e.g. "270/QĐ-UBND" or "/QĐ-UBND"')
    date: str | None = Field(None, description='As written, e.g. "26/02/2015" or "ngày tháng 02 năm 2015"')
    issuer: str | None = None
    title: str | None = None
    section: str | None = Field(None, description="Where in the document the citation stands")
    quote: str | None = None
    implements: str | None = Field(
        None, description="Id of a cited document this one is said to guide, detail or implement"
    )


class Document(_Model):
    """The document itself: what, where, when, approved by what."""

    title: str
    province: str
    kind: DocumentKind
    date: str | None = Field(None, description='The document\'s own date, e.g. "26/02/2015"')
    period: str | None = Field(None, description='The period as written, e.g. "2021-2015"')
    period_section: str | None = Field(None, description="Where the period is stated")
    decision: LegalReference | None = Field(None, description="The decision approving it")
    origin: Origin | None = None
    rounding: Amount = Field(
        None, description="Precision the document's figures were rounded to, e.g. \"0,001\""
    )
    hedge_bands: dict[Hedge, Amount] = Field(
        default_factory=_empty_dict,
        description='How far a hedged figure may stray, as a share of it, per hedge: {khoảng: "0,1"}',
    )
    note: str | None = Field(None, description="What the encoding had to decide, and which kinds of text it shows")
    programme: str | None = Field(
        None,
        description='The programme the document decides or reports on, named alike in every plan about it '
        '(e.g. the approving decision "470/QĐ-UBND"); with the province it says which plans describe one programme',
    )


class FundingSource(_Model):
    """A source of money (KCQG, KCĐP, …) or a group of sources (NSNN = KCQG + ngân sách tỉnh)."""

    id: str = Field(pattern=r"^[A-Za-z0-9_ĐđÀ-ỹ.-]+$")
    name: str
    members: list[str] = Field(default_factory=_empty_list, description="Ids of the grouped sources")


Cells = dict[Year, Amount | dict[str, Amount]]
"""Values per year: one figure (the row's own source, or all sources), or one per source."""


class Row(_Model):
    """A line of a table: cells per year (and source), its stated totals, its sub-rows."""

    id: str
    name: str
    source: str | None = Field(None, description="The source this row's figures belong to")
    unit: str | None = Field(None, description="ĐVT of a targets row (lao động, cơ sở, …)")
    cells: Cells = Field(default_factory=_empty_dict)
    total: Amount = Field(None, description="The row's stated total (the Tổng/Tổng cộng column)")
    by_source: dict[str, Amount] = Field(
        default_factory=_empty_dict, description="Stated totals per source (Tổng cộng KCQG / KCĐP)"
    )
    rows: list[Row] = Field(default_factory=_empty_list, description="Sub-rows (I → 1 → a)")
    restates: list[str] = Field(
        default_factory=_empty_list,
        description="Rows of the table named by the table's `restates` that hold the same money",
    )
    note: str | None = None
    outside: bool = Field(
        False, description='A line printed in the table but not in its total ("Ngoài ra: …"): never summed into it'
    )
    remainder: bool = Field(
        False,
        description='"Còn lại", "Vốn đối ứng còn lại": the parent\'s (or the Cộng row\'s) total minus the rows beside it; figures optional',
    )
    figure: str | None = Field(
        None, description="Name of the row's stated total within the document's programme, alike in every plan that states it"
    )


class Table(_Model):
    """A table of the document, as printed."""

    id: str
    kind: TableKind
    title: str
    section: str | None = Field(None, description="Where the table stands in the document")
    unit: str = Field(description="triệu đồng, tỷ đồng, … (targets tables: the word 'ĐVT')")
    period: str | None = Field(None, description="The table's own period label, if any")
    years: list[Year] = Field(default_factory=_empty_list)
    plan_years: list[Year] = Field(
        default_factory=_empty_list, description="Year columns that are plan figures (KH năm 2015)"
    )
    sources: list[str] = Field(default_factory=_empty_list, description="Source columns, in order")
    rows: list[Row] = Field(default_factory=_empty_list)
    total: Row | None = Field(None, description="The stated Cộng / Tổng cộng row")
    restates: str | None = Field(
        None, description="Id of a table that states the same money in another breakdown"
    )
    rounding: Amount = None
    note: str | None = None


class Figure(_Model):
    """Figures read from a table: the sum of a selection of its cells.

    An empty selection means everything: ``{table: t}`` is the table's grand total.
    """

    table: str
    rows: list[str] = Field(default_factory=_empty_list)
    sources: list[str] = Field(default_factory=_empty_list)
    years: list[Year] = Field(default_factory=_empty_list)


class Quantity(_Model):
    """One side of a ratio or a share: a figure stated in the text, or read from a table."""

    label: str | None = None
    value: Amount = None
    unit: str | None = None
    of: Figure | None = None
    hedge: Hedge | None = Field(None, description='"khoảng 1.400 lao động": the word before the figure')


class YearValue(_Model):
    """A figure for one year, as the text states it ("năm 2009 là 1.202,433 tỷ đồng")."""

    year: Year
    value: Amount = None
    of: Figure | None = None


class PerYear(_Model):
    """"mỗi năm N" / "bình quân mỗi năm N" / "mỗi năm từ 01 đến 02"."""

    value: Amount = Field(description="N, or the low end of a range")
    high: Amount = Field(None, description='High end of a range: "từ 01 đến 02" → value 1, high 2')
    hedge: Hedge | None = None
    average: StrictBool = Field(
        False, description='"bình quân": only the period figure is checked, not each year\'s cell'
    )
    years: int | None = Field(
        None, ge=1, description="Number of years, when the text states it or the period is unreadable"
    )
    quote: str | None = None


class Frequency(_Model):
    """"02 năm/một lần", "vào mỗi năm lẻ": how often something happens within the period."""

    years: int = Field(ge=1, description="Once every N years")
    parity: str | None = Field(None, pattern="^(odd|even)$", description='"năm lẻ" → odd, "năm chẵn" → even')
    of: Figure | None = Field(None, description="Table rows whose filled year cells are the occurrences")


class Growth(_Model):
    """"bình quân tăng 12,2%/năm" from a first-year to a last-year figure (compound)."""

    rate: Amount = Field(description="Stated average annual growth, in percent")
    hedge: Hedge | None = None
    first: YearValue
    last: YearValue


class Ratio(_Model):
    """"một đồng nhà nước thu hút 1,7 đồng": numerator / denominator, to the stated precision."""

    value: Amount
    hedge: Hedge | None = None
    numerator: Quantity
    denominator: Quantity


class ClaimPart(_Model):
    """One part after "trong đó" / "bao gồm"."""

    label: str
    value: Amount = None
    high: Amount = Field(None, description='High end of a range ("từ 01 đến 02")')
    unit: str | None = None
    share: Amount = Field(None, description='Stated share in percent, e.g. "64,3"')
    of: Figure | None = None
    hedge: Hedge | None = None
    section: str | None = Field(None, description="Where the part is stated, when not in the claim's sentence")
    quote: str | None = None
    note: str | None = None
    share_hedge: Hedge | None = Field(None, description='The share\'s own hedge: "gần 60%", "khoảng 35%"')
    unit_written: bool = Field(
        True, description="False when the text gives the figure no unit (\"trên 2,1 thực hiện …\")"
    )
    outside: bool = Field(
        False, description='A part NOT in the whole: "Ngoài khoản trên, còn 73 triệu đồng chi phí quản lý"'
    )
    remainder: bool = Field(
        False, description='"còn lại là vốn đối ứng": the whole minus the other parts (value optional)'
    )
    period: str | None = Field(None, description='The part\'s own sub-period: "2002-2005" in "giai đoạn 2002-2005 mỗi năm 2 tỷ"')
    per_year: Amount = Field(None, description='"mỗi năm 2 tỷ" over the part\'s period: the part is per_year × its years')
    figure: str | None = Field(
        None, description="Name of this figure within the document's programme, alike in every plan that states it"
    )


class Duration(_Model):
    """A length of time the text states apart from the period label ("sau 5 năm thực hiện")."""

    years: int = Field(ge=1, description="The number of years stated")
    quote: str | None = Field(None, description="The words, when not in the claim's quote")
    section: str | None = None


class Claim(_Model):
    """A figure stated in the prose, with the sentence it comes from and what it asserts.

    One sentence may assert several things at once: a whole (``value``), its table figures
    (``of``), its parts, a share of a whole, a figure per year, a growth rate, a ratio, a list
    whose length it counts, or a target year.
    """

    id: str
    section: str | None = Field(None, description="Where the sentence stands")
    quote: str = Field(description="The sentence, verbatim")
    value: Amount = None
    high: Amount = Field(None, description='High end of a range: "từ 10 - 15" → value 10, high 15')
    unit: str | None = None
    hedge: Hedge | None = None
    band: Amount = Field(None, description='This claim\'s hedge band, overriding the document\'s: "0,1"')
    period: str | None = Field(None, description="The period the claim speaks of, when not the document's")
    of: Figure | None = Field(None, description="Table figures this value is the total of")
    parts: list[ClaimPart] = Field(default_factory=_empty_list)
    parts_complete: StrictBool = Field(
        True, description="False when the parts are examples, not all of the whole"
    )
    share: Amount = Field(None, description='"chiếm 64,3%": this value as a percent of `share_of`')
    share_of: Quantity | None = None
    per_year: PerYear | None = None
    every: Frequency | None = Field(None, description='"2 năm tổ chức 1 lần": `value` counts the occurrences')
    growth: Growth | None = None
    ratio: Ratio | None = None
    items: list[str] = Field(
        default_factory=_empty_list, description='The names listed after "gồm:", which `value` counts'
    )
    target_year: Year | None = Field(None, description='"đến năm 2020": the year the text aims at')
    note: str | None = None
    share_hedge: Hedge | None = Field(None, description='The share\'s own hedge: "gần 60%", "tương đương 80%"')
    unit_written: bool = Field(
        True, description="False when the text gives the figure no unit (\"trên 2,1 thực hiện …\")"
    )
    duration: Duration | None = Field(None, description='"Sau 5 năm thực hiện", "trong 7 năm qua"')
    compared_period: str | None = Field(
        None, description='A period cited for comparison, as written: "so với giai đoạn 2015-2020"'
    )
    restates: str | None = Field(
        None, description="Id of the claim whose figure this one states again (a headline, a caption)"
    )
    sources: list[str] = Field(
        default_factory=_empty_list, description="The funding sources this figure is money of (its scope), when the text says"
    )
    kind: TableKind | None = Field(
        None, description="budget (planned money) or results (money spent), when the text says"
    )
    figure: str | None = Field(
        None,
        description="Name of this figure within the document's programme (e.g. \"tong-kinh-phi\"), alike in every plan "
        "that states it: `kc validate` on those plans together compares them",
    )


class Plan(_Model):
    """One document, written down as YAML."""

    kc: int = Field(description="Format version; this is version 1")
    document: Document
    sources: list[FundingSource] = Field(default_factory=_empty_list)
    tables: list[Table] = Field(default_factory=_empty_list)
    claims: list[Claim] = Field(default_factory=_empty_list)
    references: list[LegalReference] = Field(default_factory=_empty_list)


if _PLUGINS_BEFORE is None:
    del os.environ[_PLUGINS]
else:
    os.environ[_PLUGINS] = _PLUGINS_BEFORE
