"""Lesson 01 (reading the headline): the figures its prose states are what the data give.

nbval compares the stored outputs with a fresh run. These tests pin what nbval cannot see: that
the numbers written in Markdown cells (and in the answer keys' fixed expectations) agree with the
bundled tables, and that the verdicts the lesson teaches are the ledger's.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

import kzdata
from kzdata import course
from kzdata.exercises import ex01, lesson01

ROOT = Path(__file__).resolve().parents[2]
LESSON = course.lesson("01")
NOTEBOOK = json.loads((ROOT / LESSON.notebook).read_text(encoding="utf-8"))
PROSE = "\n".join("".join(c["source"]) for c in NOTEBOOK["cells"] if c["cell_type"] == "markdown")


def _employed(period: str) -> float:
    table = kzdata.load("employment_headlines", period=period, indicator="employed")
    return float(table.loc[table["age_band"].isna(), "value"].item())


@pytest.fixture(scope="module")
def claims() -> pd.DataFrame:
    return kzdata.load("claims").set_index("claim_id")


@pytest.fixture(scope="module")
def estimates() -> pd.DataFrame:
    return kzdata.load("exposure_estimates").set_index("estimate_id")


def test_the_headline_is_source_found_and_counts_tasks_and_jobs(claims):
    seed = claims[claims["claim_group"] == "seed_article_ai_tasks"]
    assert set(seed["status"]) == {"source found"}
    assert seed["unit_of_analysis"].to_dict() == {
        "seed_tasks_13pct": "tasks", "seed_jobs_1m": "jobs",
        "seed_office_admin_45pct": "tasks", "seed_manual_lt2pct": "tasks",
    }
    assert seed.loc["seed_manual_lt2pct", "unit"] == "% of work tasks"  # lesson01.q1


def test_one_million_against_the_bns_bases():
    assert _employed("2024") == 9_200.0
    assert round(100 * 1_000 / _employed("2024"), 1) == 10.9
    assert "**10.9%**" in PROSE and "10.9% of the people employed in 2024" in PROSE
    assert round(100 * 1_000 / _employed("2025Q4"), 1) == 10.8
    assert lesson01.q3.expected == pytest.approx(100 * 1_000 / _employed("2025Q4"), abs=1e-3)


def test_the_implied_base_is_no_bns_figure():
    employees = kzdata.load("employment_headlines", period="2024", indicator="employees")
    assert float(employees["value"].item()) == 7_000.0
    assert round(1_000 / 0.13 / 1_000, 1) == 7.7
    assert "About 7.7 million" in PROSE and "7.0 million employees" in PROSE


def test_the_ministry_figure_against_2024():
    assert round(100 * 2_200 / _employed("2024"), 1) == 23.9
    assert "23.9% of the people employed in 2024" in PROSE
    assert ex01.q1.expected == pytest.approx(100 * 2_200 / _employed("2024"), abs=1e-3)


def test_the_national_figures_and_their_units(estimates):
    units = {
        "kz_seed_2025_tasks": ("tasks", 13.0), "kz_seed_2025_office_admin": ("tasks", 45.0),
        "kz_mintrud_2025_moderate_high": ("jobs", 25.0),
        "kz_wdc_automation_moderate": ("workers", 17.0), "kz_wdc_ai_moderate": ("workers", 11.6),
        "kz_wdc_group_managers_civil_servants": ("occupation groups", 59.0),
    }
    for estimate_id, (unit, value) in units.items():
        row = estimates.loc[estimate_id]
        assert (row["unit_of_analysis"], row["value"]) == (unit, value), estimate_id
        assert row["method"] == "statement without published method"
    assert "four different things" in PROSE


def test_three_figures_say_one_million(estimates):
    ones = estimates.index[estimates["count"].eq(1_000_000).fillna(False)]
    assert sorted(ones) == ["kz_mintrud_2025_genai_replaceable", "kz_seed_2025_tasks", "kz_wdc_ai_moderate"]


def test_us_and_oecd_figures_behind_the_47_percent(claims, estimates):
    assert claims.loc["crtr_first_report_oecd_47pct", "status"] == "contradicted"  # lesson01.q4
    assert estimates.loc["frey_osborne_us_high_risk", ["geography", "value"]].tolist() == ["United States", 47.0]
    assert estimates.loc["arntz_oecd21_average", "value"] == 9.0
    assert estimates.loc["nedelkoska_quintini_high_risk", "value"] == 14.0
    assert estimates.loc[["eloundou_workers_10pct_tasks", "eloundou_workers_50pct_tasks"], "value"].tolist() == [80.0, 19.0]


def test_the_wdc_row_students_add_matches_the_data(estimates):
    row = estimates.loc["kz_wdc_automation_moderate"]
    assert (row["value"], row["unit"], row["count"], row["status"]) == (17.0, "% of workers", 1_500_000, "source found")


def test_the_wdc_bases_of_exercise_question_2():
    bases = ex01.q2.expected_series
    assert len(bases) == 5 and 8.6 <= bases.min() and bases.max() < 8.9
