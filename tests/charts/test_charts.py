"""Every chart builder, tested at spec level (``chart.to_dict()``), never by looking at pictures.

For each builder: the marks, the encodings, the title, the screen-reader description, the
source caption, a tooltip on every mark, the palette, and a stated maximum spec size.
"""

from __future__ import annotations

import json
import subprocess
import sys

import altair as alt
import pandas as pd
import pytest
from chart_spec_helpers import (  # restore_altair_state is an autouse fixture
    ALLOWED_COLOURS,
    restore_altair_state,
    colours_used,
    encoding_channels,
    marks,
    spec_size,
    tooltips_everywhere,
    units,
)

import kzdata
import kzdata.charts as kc
from kzdata import exposure, survey

#: Maximum size of each builder's spec in characters of JSON. The data are aggregated before
#: charting, so specs stay small; the scatter holds one point per occupation (427 in the ILO data).
MAX_SPEC_CHARS = {
    "line_chart": 50_000,
    "sector_shares_chart": 50_000,
    "bar_chart": 50_000,
    "grouped_bar_chart": 50_000,
    "exposure_scatter": 100_000,
    "sample_histogram": 50_000,
    "timeline_chart": 50_000,
    "counts_per_1000": 50_000,
}


def synthetic_occupations(n: int = 427) -> pd.DataFrame:
    """Made-up occupations shaped like the ILO table (so the tests need no download)."""
    import numpy as np

    rng = np.random.default_rng(7)
    frame = pd.DataFrame({
        "isco08_4d": [f"{1000 + i * 20 + 11}" for i in range(n)],
        "occupation_title": [f"Synthetic occupation number {i} with a long-ish title" for i in range(n)],
        "isco08_major_group": [str(1 + i % 9) for i in range(n)],
        "mean_score_2025": rng.uniform(0.05, 0.75, n).round(2),
        "sd_score_2025": rng.uniform(0.0, 0.23, n).round(2),
    })
    frame["isco08_major_group_label"] = "Group " + frame["isco08_major_group"]
    return frame


def built_charts() -> dict[str, alt.TopLevelMixin]:
    """One chart from every builder, as a lesson would make it."""
    occupations = exposure.classify_ilo_2025(synthetic_occupations())
    samples = survey.simulate_samples(population_share=0.42, sample_size=1434, n_samples=2000, seed=1)
    per_1000 = survey.per_1000_respondents(group_share_pct=42, subgroup_share_pct=37,
                                           group_label="in or pursuing a trade",
                                           subgroup_label="...and hold a bachelor's degree")
    return {
        "line_chart": kc.line_chart(
            "unemployment_by_region", y="unemployment_rate_pct", color="region",
            filters={"region": ["Republic of Kazakhstan", "Almaty city"]},
            title="Unemployment rate by region"),
        "sector_shares_chart": kc.sector_shares_chart(),
        "bar_chart": kc.bar_chart(
            "wages", category="occupation_group", value="wage_kzt",
            filters={"table_part": "by_occupation_region", "region": "Republic of Kazakhstan"},
            title="Average wage by occupation group, 2022", value_format=",.0f"),
        "grouped_bar_chart": kc.grouped_bar_chart(
            "employment_by_occupation", category="isco08_major_group_label",
            value="employed_thousands", group="sex",
            filters={"year": 2013, "sex": ["female", "male"], "isco08_major_group": list("123456789")},
            title="Employment by occupation and sex, 2013"),
        "exposure_scatter": kc.exposure_scatter(
            occupations, category="category_2025_kzdata", boundaries=kc.ilo_2025_boundaries(),
            title="Occupations by exposure", source="ILO Working Paper 140 (2025); synthetic test data"),
        "sample_histogram": kc.sample_histogram(
            samples, true_share_pct=42,
            margin_of_error_pct=100 * survey.margin_of_error(share=0.42, sample_size=1434)),
        "timeline_chart": kc.timeline_chart(),
        "counts_per_1000": kc.counts_per_1000(per_1000, title="Of 1,000 young people",
                                              source="Resume Builder (2025) survey, as reported"),
    }


CHARTS = built_charts()


@pytest.fixture(params=sorted(CHARTS), ids=sorted(CHARTS))
def built(request: pytest.FixtureRequest) -> tuple[str, alt.TopLevelMixin, dict]:
    chart = CHARTS[request.param]
    return request.param, chart, chart.to_dict()


# -- what every builder promises ---------------------------------------------------------------
def test_every_public_builder_is_covered():
    builders = {name for name in kc.__all__ if name.endswith(("_chart", "_scatter", "_histogram"))
                } | {"counts_per_1000"}
    assert builders == set(MAX_SPEC_CHARS)


def test_builder_returns_an_undisplayed_altair_chart(built):
    name, chart, _ = built
    assert isinstance(chart, (alt.Chart, alt.LayerChart))


def test_chart_has_title_description_and_source_caption(built):
    name, chart, spec = built
    assert spec["title"]["text"].strip()
    assert len(spec["description"]) > 40
    assert kc.describe(chart) == spec["description"]
    caption = spec["usermeta"]["kzdata"]["caption"]
    assert caption.startswith("Source:")
    assert kc.caption(chart) == caption
    # the caption is printed on the chart: it is the end of the subtitle
    assert " ".join(spec["title"]["subtitle"]).endswith(caption[-30:])
    assert spec["usermeta"]["kzdata"]["builder"] == name


def test_every_mark_has_a_tooltip(built):
    _, _, spec = built
    assert tooltips_everywhere(spec)


def test_only_course_colours_are_used(built):
    _, _, spec = built
    assert colours_used(spec) <= ALLOWED_COLOURS


def test_spec_stays_under_its_stated_size(built):
    name, chart, _ = built
    assert spec_size(chart) < MAX_SPEC_CHARS[name]


def test_spec_is_valid_and_renders_offline_to_svg(built):
    import vl_convert as vlc

    _, _, spec = built
    svg = vlc.vegalite_to_svg(spec)
    assert svg.startswith("<svg")


# -- each builder's own shape -------------------------------------------------------------------
def test_line_chart_spec():
    spec = CHARTS["line_chart"].to_dict()
    assert marks(spec) == ["line"]
    encoding = spec["encoding"]
    assert encoding["x"]["field"] == "year" and encoding["y"]["field"] == "unemployment_rate_pct"
    assert encoding["color"]["scale"]["range"] == list(kc.OKABE_ITO[:2])
    assert spec["mark"]["point"]  # points carry the tooltips along the line
    assert "Republic of Kazakhstan: 10.4 in 2001" in spec["description"]
    assert "BNS" in spec["usermeta"]["kzdata"]["caption"]


def test_sector_shares_official_vs_modelled_uses_dashes_and_marks_the_2014_break():
    spec = CHARTS["sector_shares_chart"].to_dict()
    assert marks(spec) == ["line", "rule", "text"]
    line = spec["layer"][0]["encoding"]
    assert line["strokeDash"]["field"] == "series"
    assert line["strokeDash"]["scale"]["domain"] == ["official", "modelled"]
    solid, dashed = line["strokeDash"]["scale"]["range"]
    assert solid == [1, 0] and dashed != solid  # colour is not the only cue
    rule_rows = spec["datasets"][spec["layer"][1]["data"]["name"]]
    assert [row["year"] for row in rule_rows] == [2014]
    assert "2014: break in the official series" in spec["description"]
    assert "solid = official and dashed = modelled" in spec["description"]
    assert "World Bank" in spec["usermeta"]["kzdata"]["caption"]


def test_sector_shares_for_women_has_only_the_modelled_series():
    spec = kc.sector_shares_chart(sex="female", series=("modelled",)).to_dict()
    assert spec["layer"][0]["encoding"]["strokeDash"]["scale"]["domain"] == ["modelled"]
    with pytest.raises(kc.ChartInputError, match="only in the modelled series"):
        kc.sector_shares_chart(sex="female", series=("official",))


def test_bar_chart_is_sorted_and_labelled():
    spec = CHARTS["bar_chart"].to_dict()
    assert marks(spec) == ["bar", "text"]
    bars, labels = spec["layer"]
    order = bars["encoding"]["y"]["sort"]
    assert order[0] == "isco1_managers" and order[-1] == "isco9_elementary"
    assert labels["encoding"]["text"]["field"] == "wage_kzt"
    assert labels["encoding"]["text"]["format"] == ",.0f"


def test_bar_chart_highlight_is_written_next_to_the_bar_not_only_coloured():
    table = pd.DataFrame({"group": ["a", "b", "c"], "share_pct": [50.0, 30.0, 20.0]})
    chart = kc.bar_chart(table, category="group", value="share_pct", title="T", source="S",
                         highlight=["b"], highlight_label="this one")
    spec = chart.to_dict()
    assert spec["layer"][0]["encoding"]["color"]["scale"]["domain"] == ["other", "this one"]
    calc = spec["layer"][1]["transform"][0]["calculate"]
    assert "(this one)" in calc
    assert "Marked 'this one': b" in spec["description"]


def test_bar_chart_refuses_several_rows_per_bar():
    table = pd.DataFrame({"group": ["a", "a"], "share_pct": [50.0, 30.0]})
    with pytest.raises(kc.ChartInputError, match="one row per bar"):
        kc.bar_chart(table, category="group", value="share_pct", title="T", source="S")


def test_grouped_bar_chart_side_by_side_and_stacked():
    spec = CHARTS["grouped_bar_chart"].to_dict()
    assert marks(spec) == ["bar", "text"]
    bars = spec["layer"][0]["encoding"]
    assert bars["yOffset"]["field"] == "sex" and bars["color"]["field"] == "sex"
    assert bars["color"]["scale"]["domain"] == ["female", "male"]
    assert "Managers (female 176.8, male 284.6)" in spec["description"]
    shares = kzdata.load("occupation_gender_shares", year=2020)
    stacked = kc.grouped_bar_chart(shares, category="isco08_major_group_label", value="share_pct",
                                   group="sex", stacked=True, title="Women and men").to_dict()
    assert stacked["layer"][0]["encoding"]["x"]["stack"] == "zero"
    assert stacked["description"].startswith("Stacked bar chart")


def test_exposure_scatter_draws_points_by_category_and_boundaries_as_rules():
    spec = CHARTS["exposure_scatter"].to_dict()
    assert marks(spec) == ["rule", "point"]
    rules, points = spec["layer"]
    assert {"x", "y", "x2", "y2"} <= set(rules["encoding"])
    assert points["encoding"]["x"]["field"] == "mean_score_2025"
    assert points["encoding"]["y"]["field"] == "sd_score_2025"
    # colour AND shape show the category
    assert points["encoding"]["color"]["field"] == points["encoding"]["shape"]["field"]
    assert points["encoding"]["color"]["scale"]["domain"] == list(exposure.ILO_2025_LABELS)
    boundary_rows = spec["datasets"][rules["data"]["name"]]
    assert len(boundary_rows) == len(kc.ilo_2025_boundaries())
    assert "427 occupations" in spec["description"]


def test_ilo_boundaries_follow_the_cut_offs():
    lines = kc.ilo_2025_boundaries(minimal_from_score=0.3, exposed_from_score=0.45,
                                   gradient_from_mean_score=(0.5, 0.6, 0.7))
    diagonals = lines.iloc[:2]
    assert (diagonals["x"] + diagonals["y"]).round(6).tolist() == [0.3, 0.45]
    verticals = lines.iloc[2:]
    assert verticals["x"].tolist() == [0.5, 0.6, 0.7]
    assert (verticals["x"] == verticals["x2"]).all()


def test_sample_histogram_counts_before_charting_and_marks_truth_and_margin():
    spec = CHARTS["sample_histogram"].to_dict()
    assert marks(spec) == ["rect", "bar", "rule", "text"]
    bars = spec["layer"][1]
    rows = spec["datasets"][bars["data"]["name"]]
    assert len(rows) <= 60  # bars, not 2,000 samples
    assert sum(r["samples"] for r in rows) == 2000
    rule_rows = spec["datasets"][spec["layer"][2]["data"]["name"]]
    assert [r["what"] for r in rule_rows] == ["true share", "margin of error", "margin of error"]
    assert spec["layer"][2]["encoding"]["strokeDash"]["field"] == "what"
    assert "true share, 42%" in spec["description"]
    assert "synthetic" in spec["usermeta"]["kzdata"]["caption"].lower()


def test_sample_histogram_bars_follow_the_grid_of_possible_shares():
    samples = survey.simulate_samples(population_share=0.5, sample_size=20, n_samples=500, seed=3)
    spec = kc.sample_histogram(samples, true_share_pct=50).to_dict()
    rows = spec["datasets"][spec["layer"][0]["data"]["name"]]
    widths = {round(r["share_to_pct"] - r["share_from_pct"], 6) for r in rows}
    assert widths == {5.0}  # one bar per possible share k/20


def test_timeline_shape_is_kind_fill_is_verification_and_status_is_written():
    spec = CHARTS["timeline_chart"].to_dict()
    assert marks(spec) == ["rule", "point", "point", "text"]
    periods, hollow, filled, texts = spec["layer"]
    assert hollow["mark"]["filled"] is False and filled["mark"]["filled"] is True
    assert filled["transform"] == [{"filter": "datum.is_filled"}]
    assert hollow["encoding"]["shape"]["field"] == "kind"
    assert texts["encoding"]["text"]["field"] == "status_text"
    assert periods["encoding"]["x2"]["field"] == "end"
    assert "events without a date are not shown" in spec["description"]


def test_counts_per_1000_draws_1000_squares_from_a_few_runs():
    spec = CHARTS["counts_per_1000"].to_dict()
    assert marks(spec) == ["rect", "rule", "rule", "text"]
    rects, verticals, horizontals, numbers = spec["layer"]
    runs = spec["datasets"][rects["data"]["name"]]
    assert sum(r["x2"] - r["x"] for r in runs) == 1000  # every respondent is one square
    assert len(runs) <= 25 * 3
    assert verticals["data"] == {"sequence": {"start": 0, "stop": 41, "as": "x"}}
    assert horizontals["data"] == {"sequence": {"start": 0, "stop": 26, "as": "y"}}
    assert {r["count"] for r in spec["datasets"][numbers["data"]["name"]]} == {155, 265, 580}
    assert "155 of 1,000" in spec["description"] and "580 of 1,000" in spec["description"]


def test_counts_per_1000_from_a_mapping_adds_everyone_else():
    chart = kc.counts_per_1000({"yes": 420}, title="T", source="S")
    assert "everyone else: 580 of 1,000" in chart.to_dict()["description"]
    with pytest.raises(kc.ChartInputError, match="add up to at most 1000"):
        kc.counts_per_1000({"yes": 900, "no": 200}, title="T", source="S")


# -- sources and descriptions -------------------------------------------------------------------
def test_caption_names_only_the_sources_of_the_rows_drawn():
    official = kzdata.load("employment_by_sector", sector_scheme="three_sector", series="official")
    caption = kc.source_caption("employment_by_sector", official)
    assert caption.startswith("Source: BNS") and "World Bank" not in caption


def test_table_without_provenance_needs_source_text():
    table = pd.DataFrame({"group": ["a"], "share_pct": [1.0]})
    with pytest.raises(kc.ChartInputError, match="source="):
        kc.bar_chart(table, category="group", value="share_pct", title="T")


def test_model_output_caption_says_it_is_computed_or_synthetic():
    samples = survey.simulate_samples(population_share=0.3, sample_size=100, n_samples=50, seed=1)
    caption = kc.sample_histogram(samples, true_share_pct=30).to_dict()["usermeta"]["kzdata"]["caption"]
    assert "seed 1" in caption and "Synthetic" in caption


def test_title_and_description_are_required_text():
    table = pd.DataFrame({"group": ["a"], "share_pct": [1.0]})
    with pytest.raises(kc.ChartInputError, match="title"):
        kc.bar_chart(table, category="group", value="share_pct", title="  ", source="S")
    with pytest.raises(kc.ChartInputError, match="description"):
        kc.bar_chart(table, category="group", value="share_pct", title="T", source="S",
                     description="")


def test_given_description_is_used_as_is():
    chart = kc.sector_shares_chart(description="Three lines: farming falls, services rise.")
    assert kc.describe(chart) == "Three lines: farming falls, services rise."


def test_unknown_column_error_suggests_the_right_one():
    with pytest.raises(kc.ChartInputError, match="Did you mean 'unemployment_rate_pct'"):
        kc.line_chart("unemployment_by_region", y="unemployment_rate", title="T")


def test_concat_keeps_captions_and_joins_descriptions():
    both = kc.concat(CHARTS["bar_chart"], CHARTS["line_chart"])
    spec = both.to_dict()
    assert "usermeta" not in spec["vconcat"][0]
    assert kc.describe(both).startswith("Chart 1: Bar chart")
    assert "Chart 2: Line chart" in kc.describe(both)
    assert spec["resolve"]["scale"]["color"] == "independent"


# -- the theme ---------------------------------------------------------------------------------
def _fresh_python(code: str) -> dict:
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_theme_is_registered_but_not_enabled_on_import_and_kzdata_stays_altair_free():
    result = _fresh_python(
        "import json, sys\n"
        "import kzdata\n"
        "light = 'altair' not in sys.modules\n"
        "import altair as alt\n"
        "import kzdata.charts\n"
        "print(json.dumps({'light': light, 'registered': 'kzdata' in alt.theme.names(),\n"
        "                  'active': alt.theme.active, 'renderer': alt.renderers.active}))"
    )
    assert result == {"light": True, "registered": True, "active": "default",
                      "renderer": "default"}


def test_use_course_theme_enables_okabe_ito_and_viridis():
    assert kc.use_course_theme() == "kzdata"
    assert alt.theme.active == "kzdata"
    config = CHARTS["bar_chart"].to_dict()["config"]
    assert config["range"]["category"] == list(kc.OKABE_ITO)
    assert config["range"]["ramp"] == {"scheme": "viridis"}
    assert config["range"]["heatmap"] == {"scheme": "cividis"}


def test_describe_reads_any_chart_with_a_description():
    plain = alt.Chart(pd.DataFrame({"a": [1]})).mark_point().encode(x="a").properties(description="Hi")
    assert kc.describe(plain) == "Hi"
    assert "no description" in kc.describe(alt.Chart(pd.DataFrame({"a": [1]})).mark_point())
    with pytest.raises(kc.ChartInputError):
        kc.describe("not a chart")  # type: ignore[arg-type]


def test_units_helper_sees_every_mark():
    assert len(list(units(CHARTS["timeline_chart"].to_dict()))) == 4
    assert "tooltip" in encoding_channels(CHARTS["bar_chart"].to_dict())
