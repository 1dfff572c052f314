"""Two public articles of one province and year: the approved plan (Báo Lâm Đồng, 31/07/2017)
and the year's results (26/01/2018). Every money claim of the second is marked ``kind:
results``; the first has two such claims (the first half's spending) beside its plan.

A claims-only document once took the kind of its money from the document (a news article
counted as planned money), so ``kc summary --by-province`` added 10.250 planned + 10.100 spent
into one "planned funding" figure of 20.350 triệu đồng. A claim's own ``kind`` and ``period``
win over the document's; the views group by both.
"""

from __future__ import annotations

import json
from decimal import Decimal

from typer.testing import CliRunner

from khuyencong_cli.cli import app
from khuyencong_cli.loader import load_plan
from khuyencong_cli.reconcile_totals import claim_totals

from conftest import PLANS

ARTICLES = [PLANS / "lam-dong-2017-65-de-an.yaml", PLANS / "lam-dong-2017-hon-10-ty.yaml"]


def _summaries(args: list[str], files: list[str]) -> list[dict]:
    result = CliRunner().invoke(app, ["summary", *args, "-f", "json", *files])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)["summaries"]


def _text(args: list[str], files: list[str]) -> str:
    result = CliRunner().invoke(app, ["summary", "--lang", "en", *args, *files])
    assert result.exit_code == 0, result.output
    return result.output


def _rows(summary: dict) -> dict[str, list[str | None]]:
    return {row["label"]: row["values"] for row in summary["rows"]}


def test_a_province_summary_keeps_the_plan_and_the_results_of_one_year_apart():
    summaries = _summaries(["--by-province"], list(map(str, ARTICLES)))
    values = {value for summary in summaries for row in summary["rows"] for value in row["values"]}
    assert "20350" not in values  # 10.250 planned + 10.100 spent, added
    by_group = {(s["group"]["kind"], s["group"]["period"]): _rows(s) for s in summaries}
    assert by_group == {
        ("budget", "2017"): {"Lâm Đồng †": ["10250", "100.0"], "Total": ["10250", "100.0"]},
        ("results", "2017"): {"Lâm Đồng †": ["10100", "100.0"], "Total": ["10100", "100.0"]},
    }


def test_by_kind_shows_planned_and_spent_money_of_the_year_as_two_rows():
    output = _text(["--by-kind"], list(map(str, ARTICLES)))
    lines = [" ".join(line.split()) for line in output.splitlines()]
    assert "planned funding · 2017 † 10.250" in lines
    assert "funding spent · 2017 † 10.100" in lines
    assert not any("20.350" in line for line in lines)


def test_the_results_article_is_shown_as_money_spent():
    output = _text([], [str(ARTICLES[1])])
    assert "planned funding" not in output
    assert output.count("Hơn 10 tỷ đồng khuyến công: funding spent (tỷ đồng)") == 2  # by source, claims
    lines = [" ".join(line.split()) for line in output.splitlines()]
    assert "Total 10,1 100,0%" in lines
    assert "ld18-tong-thuc-hien · whole > 10" in lines


def test_the_plan_articles_spending_claims_are_not_listed_as_planned_money():
    summaries = _summaries([], [str(ARTICLES[0])])
    claims = {(s["kind"], s["view"]): list(_rows(s)) for s in summaries if s["view"] == "claim"}
    assert claims[("budget", "claim")][0] == "ld-tong-ke-hoach · whole"
    assert not any("6-thang" in label for label in claims[("budget", "claim")])
    assert claims[("results", "claim")] == ["ld-giai-ngan-6-thang · whole", "ld-kcqg-6-thang · whole"]
    by_source = [s for s in summaries if s["view"] == "source"]
    assert [s["kind"] for s in by_source] == ["budget"]
    assert _rows(by_source[0])["Total"][0] == "10.25"


PLAN = """\
kc: 1
document:
  title: Quyết định chương trình 2016-2020
  province: Tỉnh Thử
  kind: {kind}
  period: 2016-2020
sources:
  - {{id: KCDP, name: Kinh phí khuyến công địa phương}}
  - {{id: KCQG, name: Kinh phí khuyến công quốc gia}}
claims:
  - id: ket-qua
    quote: "giai đoạn 2009-2015 đã thực hiện 30 tỷ đồng, gồm khuyến công địa phương 20 tỷ đồng và khuyến công quốc gia 10 tỷ đồng"
    value: 30
    unit: tỷ đồng
    kind: results
    period: 2009-2015
    parts:
      - {{label: Kinh phí khuyến công địa phương, value: 20}}
      - {{label: Kinh phí khuyến công quốc gia, value: 10}}
  - id: ke-hoach
    quote: "tổng kinh phí giai đoạn 2016-2020 là 50 tỷ đồng, gồm khuyến công địa phương 35 tỷ đồng và khuyến công quốc gia 15 tỷ đồng"
    value: 50
    unit: tỷ đồng
    {plan_kind}
    parts:
      - {{label: Kinh phí khuyến công địa phương, value: 35}}
      - {{label: Kinh phí khuyến công quốc gia, value: 15}}
"""


def test_a_claims_own_kind_and_period_win_over_the_documents(write_plan):
    """A decision for 2016-2020 recalling the results of 2009-2015: each figure keeps its own
    kind and period; a results report's plan claim (``kind: budget``) stays planned money."""
    for doc_kind, plan_kind in (("plan", ""), ("results-report", "kind: budget")):
        path = write_plan(PLAN.format(kind=doc_kind, plan_kind=plan_kind))
        lines = [" ".join(line.split()) for line in _text(["--by-kind"], [str(path)]).splitlines()]
        assert "planned funding · 2016-2020 † 50.000" in lines, lines
        assert "funding spent · 2009-2015 † 30.000" in lines, lines
        by_province = _summaries(["--by-province"], [str(path)])
        assert {(s["group"]["kind"], s["group"]["period"]): _rows(s)["Tỉnh Thử †"][0] for s in by_province} == {
            ("budget", "2016-2020"): "50000",
            ("results", "2009-2015"): "30000",
        }


def test_the_cao_bang_decision_reads_its_past_results_in_their_own_periods():
    """QĐ 270 (a plan for 2016-2020) recalls the results of 2009-2015, of 2012 and of 2014:
    ``kc reconcile`` reads each total in the period and kind the text gives it."""
    loaded = load_plan(PLANS / "cao-bang-2016-2020-qd-270.yaml")
    assert loaded.ok and loaded.plan is not None
    totals, _ = claim_totals(loaded.plan, None)
    scopes = {t.label: (t.scope.kind, t.scope.period, t.value) for t in totals}
    assert scopes["cb-kinh-phi-kcqg-kcdp-2009-2015"] == ("results", "2009-2015", Decimal("7763.445"))
    assert scopes["cb-san-pham-cap-tinh-2009-2015"] == ("results", "2009-2015", 17)
    assert scopes["cb-san-pham-cap-tinh-2012"] == ("results", "2012", 12)
    assert scopes["cb-san-pham-cap-tinh-2014"] == ("results", "2014", 5)
    assert scopes["cb-dao-tao-nghe-2016-2020"] == ("", "2016-2020", 650)


def test_a_plan_articles_figures_of_the_year_before_are_not_added_to_its_year():
    """Quảng Ninh's plan for 2018 recalls what was allotted in 2017 ("Năm 2017, … 1 tỷ đồng kinh
    phí khuyến công địa phương"): the summary of the 2018 money by source stays 2,8 tỷ."""
    summaries = _summaries([], [str(PLANS / "quang-ninh-2018-ke-hoach.yaml")])
    by_source = [s for s in summaries if s["view"] == "source"]
    assert [(s["kind"], _rows(s)["Total"][0]) for s in by_source] == [("budget", "2800")]
