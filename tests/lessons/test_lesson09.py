"""Lesson 09 (work, rights and the transition): the figures its prose, checks and key points state
are what the model and the data give.

nbval compares the stored outputs with a fresh run, but not the numbers written in Markdown, in
the prompts of ``kzdata/exercises/lesson09.py`` and ``ex09.py`` or in the manifest's key points.
These tests recompute each of them and check that the text still says it.
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pandas as pd
import pytest

import kzdata
from kzdata import course, scenarios
from kzdata.exercises import ex09, lesson09

ROOT = Path(__file__).resolve().parents[2]
LESSON = course.lesson("09")
NOTEBOOK = json.loads((ROOT / LESSON.notebook).read_text(encoding="utf-8"))
PROSE = " ".join(" ".join("".join(c["source"]) for c in NOTEBOOK["cells"]
                          if c["cell_type"] == "markdown").split())
PROMPTS = " ".join(" ".join(q.prompt + " " + " ".join(q.options.values())
                            for q in lesson09.QUESTIONS if hasattr(q, "options")).split())
KEY_POINTS = " ".join(LESSON.key_points)


def _whole(result: pd.DataFrame) -> pd.Series:
    return result[result["sector"] == "whole economy"].set_index("effect")["labour_demand_change_pct"]


@pytest.fixture(scope="module")
def sectors() -> pd.DataFrame:
    return scenarios.illustrative_sectors()


def test_the_decomposition_the_prose_states(sectors):
    effects = _whole(scenarios.task_model(sectors)).round(2)
    assert effects.to_dict() == {"productivity": 0.98, "composition": 0.0, "displacement": -5.31,
                                 "reinstatement": 4.23, "total": -0.10}
    for text in ("5.31%", "4.23%", "0.98%", "-0.10%"):
        assert text in PROSE
    for text in ("-5.31%", "+4.23%", "+0.98%", "-0.10%"):
        assert text in PROMPTS
    assert "-0.10% of the wage bill" in KEY_POINTS


def test_the_two_sectors_move_in_opposite_directions(sectors):
    model = scenarios.task_model(sectors)
    totals = model[model["effect"] == "total"].set_index("sector")["labour_demand_change_pct"].round(2)
    assert totals["manufacturing (illustrative)"] == -1.64
    assert totals["services (illustrative)"] == 1.54
    assert "falls by 1.64%" in PROSE and "rises by 1.54%" in PROSE


def test_three_times_the_automation_in_manufacturing(sectors):
    table = sectors.assign(automated_share=[0.30, 0.03])
    effects = _whole(scenarios.task_model(table)).round(2)
    assert effects["displacement"] == -11.96 and effects["total"] == -5.52
    assert "-11.96%" in PROSE and "-5.52%" in PROSE


def test_no_new_tasks(sectors):
    total = _whole(scenarios.task_model(sectors.assign(new_task_share=0.0)))["total"]
    assert lesson09.q2.check(total).status == "correct"
    assert round(total, 2) == -4.33 and "-4.33%" in PROSE and "falls by 4.33%" in PROSE
    with_003 = _whole(scenarios.task_model(sectors.assign(new_task_share=0.03)))["total"]
    assert round(with_003, 2) == 0.55 and "rises by 0.55%" in PROSE


def test_composition_changes_sign_and_stays_the_smallest_effect(sectors):
    """Step 4 of 'Try this': automation 0.30 in manufacturing, cost saving 1.0, switching 0.5 or 2."""
    table = sectors.assign(automated_share=[0.30, 0.03], cost_saving_share=1.0)
    signs = []
    for switching in (0.5, 2.0):
        effects = _whole(scenarios.task_model(table, elasticity_between_sectors=switching))
        four = effects.drop("total").abs()
        assert four.idxmin() == "composition"
        signs.append(effects["composition"] > 0)
    assert signs == [True, False]


def test_without_new_tasks_the_total_is_negative_for_every_explorer_setting(sectors):
    """The prose says so: productivity alone never makes up for displacement in this toy."""
    grid = [0.01, 0.1, 0.25, 0.5]
    for am, asv, saving, switching in itertools.product(grid, grid, [0.0, 0.3, 1.0], [0.5, 1.0, 2.0]):
        table = sectors.assign(automated_share=[am, asv], new_task_share=0.0, cost_saving_share=saving)
        assert _whole(scenarios.task_model(table, elasticity_between_sectors=switching))["total"] < 0


def test_turning_points_of_the_exercise():
    assert ex09._turning_point(0.04) == ex09._TURNING_004 == 0.08
    assert ex09._turning_point(0.0) == 0.005
    # the mistake message of ex09.q3: the defaults (0.02 and 0.03) turn at 0.055
    defaults = scenarios.illustrative_sectors()
    assert defaults["new_task_share"].tolist() == [0.02, 0.03]
    first = next(a for a in ex09._GRID
                 if _whole(scenarios.task_model(defaults.assign(automated_share=a)))["total"] < 0)
    assert first == 0.055


def test_atlas_counts_and_their_value_type():
    timeline = kzdata.load("policy_timeline").set_index("event_id")
    values = timeline.loc[["atlas_new_specialisations", "atlas_disappearing_specialisations",
                           "atlas_transformed_specialisations", "atlas_sectors"], "value"].tolist()
    assert values == [239, 129, 95, 9]
    assert set(timeline.loc[["atlas_new_specialisations", "atlas_disappearing_specialisations",
                             "atlas_transformed_specialisations"], "value_type"]) == {"forecast"}
    claims = kzdata.load("claims").set_index("claim_id")
    assert set(claims.loc[["atlas_239_new", "atlas_129_disappearing"], "status"]) == {"confirmed"}


def test_layoff_rows_and_their_status():
    claims = kzdata.load("claims").set_index("claim_id")
    ids = ["labour_code_art53_employee_notice", "career_centre_notice_duty",
           "seed_layoff_notice_career_centre_1month"]
    assert set(claims.loc[ids, "status"]) == {"source found"}
    timeline = kzdata.load("policy_timeline").set_index("event_id")
    assert timeline.loc["labour_code_layoff_notice", "verification"] == "reported"
    assert timeline.loc["social_code_adopted", "verification"] == "verified"
    assert timeline.loc["ai_law_article_21_transparency", "verification"] == "reported"
    assert timeline.loc["ai_law_signed", "verification"] == "verified"


def test_labour_events_are_three_verified_and_four_reported():
    timeline = kzdata.load("policy_timeline")
    events = ["labour_code_layoff_notice", "enbek_programme", "atlas_of_new_professions_published",
              "social_code_adopted", "year_of_working_professions_2025",
              "career_centre_layoff_notice", "national_centre_transformation_of_professions"]
    counts = timeline[timeline["event_id"].isin(events)]["verification"].value_counts().to_dict()
    assert counts == {"reported": 4, "verified": 3}
    assert "three are verified" in PROSE and "other four" in PROSE
