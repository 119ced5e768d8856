"""Lesson 06 (survey literacy): the figures its prose states are what the data and models give.

nbval compares the stored outputs with a fresh run; these tests pin the numbers that the
Markdown cells repeat in words (so a change in the data or the models cannot leave the prose
behind), and the facts the lesson takes from the bundled tables.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

import kzdata
from kzdata import course
from kzdata.survey import margin_of_error, margin_of_error_table, per_1000_respondents, simulate_samples

ROOT = Path(__file__).resolve().parents[2]
LESSON = course.lesson("06")
NOTEBOOK = json.loads((ROOT / LESSON.notebook).read_text(encoding="utf-8"))
PROSE = "\n".join("".join(c["source"]) for c in NOTEBOOK["cells"] if c["cell_type"] == "markdown")


@pytest.fixture(scope="module")
def surveys() -> pd.DataFrame:
    return kzdata.load("genz_surveys")


@pytest.fixture(scope="module")
def claims() -> pd.DataFrame:
    return kzdata.load("claims").set_index("claim_id")


def test_the_resume_builder_card_matches_the_prose(surveys):
    rb = surveys[surveys["survey_id"] == "resumebuilder_2025_05"]
    assert set(rb["sample_size"]) == {1434}
    assert set(rb["country"]) == {"United States"}
    assert set(rb["population"]) == {"Generation Z adults aged 18-28"}
    headline = rb[rb["subgroup"] == "all"].set_index("statistic")["value_pct"]
    assert headline.tolist() == [42, 30, 11]
    assert round(0.42 * 1434) == 602 and "About 602 of the 1,434" in PROSE
    assert set(rb.loc[rb["value_pct"] == 37, "base"]) == {
        "respondents who work in or pursue a blue-collar or skilled-trade job (the 42%)",
        "respondents with a bachelor's degree",
    }


def test_the_statuses_the_prose_gives(claims):
    assert claims.loc["seed_genz_nypost_42pct", "status"] == "confirmed"
    assert claims.loc["seed_genz_forbes_37pct", "status"] == "unverified"
    assert claims.loc["hrdive_37pct_of_those", "status"] == "source found"
    assert claims.loc["resumebuilder_37pct_degree_holders", "source_type"] == "primary"


def test_counts_per_1000_of_the_three_readings():
    hr = per_1000_respondents(group_share_pct=42, subgroup_share_pct=37)
    assert hr["respondents"].round(1).tolist() == [1000.0, 420.0, 155.4]
    press = per_1000_respondents(group_share_pct=20, subgroup_share_pct=37)
    assert press["respondents"].round(1).tolist()[2] == 74.0
    # Readings A and B agree only when 42% of respondents hold a degree.
    assert per_1000_respondents(group_share_pct=42, subgroup_share_pct=37)["respondents"][2] == pytest.approx(
        1000 * 0.42 * 0.37)
    for text in ("about 155 are degree holders", "74 of every 1,000", "370 of every 1,000",
                 "155, 74 or 370"):
        assert text in " ".join(PROSE.split())


def test_margin_of_error_figures():
    moe = margin_of_error(share=0.42, sample_size=1434)
    assert f"{100 * moe:.1f}" == "2.6"
    assert f"{100 * (0.42 - moe):.1f}" == "39.4" and f"{100 * (0.42 + moe):.1f}" == "44.6"
    table = margin_of_error_table(share=0.42, sample_sizes=[1000, 4000]).set_index("sample_size")
    assert table["margin_of_error_pct_points"].round(1).tolist() == [3.1, 1.5]
    thumbtack = 100 * margin_of_error(share=0.74, sample_size=1000)
    assert thumbtack == pytest.approx(2.72, abs=0.01)
    text = " ".join(PROSE.split())
    assert "+/- 2.6 percentage points" in text and "from 39.4% to 44.6%" in text
    assert "about +/- 3.1 points, 4,000 people about +/- 1.5 points" in text


def test_simulation_figures_stated_in_the_prose():
    samples = simulate_samples(population_share=0.42, sample_size=1434, n_samples=1000, seed=2025)
    assert round(100 * samples["sample_share"].min()) == 38
    assert round(100 * samples["sample_share"].max()) == 46
    assert round(100 * samples["covers_population_share"].mean()) == 94
    hits = (samples["sample_share"] - 0.35).abs() <= samples["margin_of_error"]
    assert hits.sum() == 0
    small = simulate_samples(population_share=0.42, sample_size=500, n_samples=1000, seed=2025)
    small_hits = (small["sample_share"] - 0.35).abs() <= small["margin_of_error"]
    assert round(100 * small_hits.mean()) == 10
    text = " ".join(PROSE.split())
    assert "from about 38% to 46%, and 94%" in text and "about 10% of them with 500 people" in text


def test_the_five_headline_figures_and_kaziss(surveys):
    picks = {
        ("resumebuilder_2025_05", "all", "work in or pursue a blue-collar or skilled-trade job"): 42,
        ("harris_2025_06_skilled_trades", "Generation Z",
         "say skilled trades offer the best job opportunities today"): 38,
        ("harris_creditkarma_trades", "Generation Z (ages 18-27) who do not do trade work",
         "plan to get into a trade"): 50,
        ("thumbtack_2023_skilled_trades", "all", "interested in pursuing a career in a trade"): 47,
        ("simplywise_2026_06_trades_index", "all",
         "choose trade school or an apprenticeship as the path most likely to give financial "
         "stability by age 30"): 34,
    }
    indexed = surveys.set_index(["survey_id", "subgroup", "statistic"])["value_pct"]
    for key, value in picks.items():
        assert indexed.loc[key] == value
    assert "from 34%\nto 50%" in PROSE or "from 34% to 50%" in " ".join(PROSE.split())
    harris = surveys[surveys["survey_id"] == "harris_2025_06_skilled_trades"].iloc[0]
    assert harris["sample_size"] == 2200 and "over 2,200" in harris["sample_size_note"]
    kz = surveys[surveys["country"] == "Kazakhstan"]["value_pct"].tolist()
    assert kz == [24, 58, 18]
