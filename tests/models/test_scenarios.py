"""Tests of kzdata.scenarios: the adoption model and the Acemoglu-Restrepo task toy."""

from __future__ import annotations

import math
import re

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kzdata import scenarios as sc
from kzdata.modelling import ModelInputError

OCC = pd.DataFrame({"isco08_4d": ["4110", "7112"], "mean_score_2025": [0.6, 0.0],
                    "employed_thousands": [100.0, 50.0]})


def logistic(x):
    return 1 / (1 + math.exp(-x))


def test_adoption_hand_computed():
    run = sc.adoption_scenario(OCC, wage_kzt_per_month=200_000,
                               technology_cost_kzt_per_month=100_000,
                               technical_feasibility_share=0.5, speed_per_year=0.5,
                               midpoint_years=4, start_year=2025, years=4)
    assert len(run) == 10                           # 2 occupations x 5 years
    clerk = run[run["isco08_4d"] == "4110"].set_index("year")
    # wage / cost = 2, so viability = 2 / 3; diffusion at t = 0 is logistic(-2)
    assert clerk.loc[2025, "economic_viability_share"] == pytest.approx(2 / 3)
    assert clerk.loc[2025, "diffusion_share"] == pytest.approx(logistic(-2))
    assert clerk.loc[2029, "diffusion_share"] == pytest.approx(0.5)       # the midpoint
    adoption = 2 / 3 * 0.5
    assert clerk.loc[2029, "adoption_share"] == pytest.approx(adoption)
    assert clerk.loc[2029, "tasks_changed_share"] == pytest.approx(0.6 * 0.5 * adoption)
    assert clerk.loc[2029, "jobs_affected_thousands"] == pytest.approx(100 * adoption)
    # an occupation without exposed tasks: no task changes and no affected jobs
    mason = run[run["isco08_4d"] == "7112"]
    assert (mason["tasks_changed_share"] == 0).all()
    assert (mason["jobs_affected_thousands"] == 0).all()
    # the result echoes its assumptions
    assert (run["technical_feasibility_share"] == 0.5).all()
    assert run.attrs["assumptions"]["technology_cost_kzt_per_month"] == 100_000
    assert run.attrs["computed_by"] == "computed by kzdata"


def test_jobs_and_tasks_are_separate_columns():
    run = sc.adoption_scenario(OCC, wage_kzt_per_month=100_000,
                               technology_cost_kzt_per_month=100_000, years=3)
    assert {"jobs_affected_thousands", "tasks_changed_share"} <= set(run.columns)
    assert not any("job" in c and "task" in c for c in run.columns)
    # an affected job is not a lost job: far more jobs are affected than work changes
    clerk = run[run["isco08_4d"] == "4110"]
    assert (clerk["jobs_affected_thousands"] / clerk["employed_thousands"]
            > clerk["tasks_changed_share"]).all()


def test_falling_technology_cost_raises_viability():
    run = sc.adoption_scenario(OCC.iloc[:1], wage_kzt_per_month=100_000,
                               technology_cost_kzt_per_month=100_000,
                               technology_cost_change_pct_per_year=-50, years=2)
    assert run["technology_cost_kzt_per_month"].tolist() == pytest.approx(
        [100_000, 50_000, 25_000])
    assert run["economic_viability_share"].tolist() == pytest.approx([1 / 2, 2 / 3, 4 / 5])


def test_wage_column_and_zero_wage():
    occ = OCC.assign(wage_kzt_per_month=[300_000.0, 0.0])
    run = sc.adoption_scenario(occ, wage_column="wage_kzt_per_month",
                               technology_cost_kzt_per_month=100_000, years=0)
    assert run["economic_viability_share"].tolist() == pytest.approx([0.75, 0.0])
    employment_column = sc.adoption_scenario(OCC.rename(columns={"employed_thousands": "jobs"}),
                                             employment_column="jobs", wage_kzt_per_month=1,
                                             technology_cost_kzt_per_month=1, years=0)
    assert "jobs_affected" in employment_column.columns


def test_feasibility_zero_and_one():
    none = sc.adoption_scenario(OCC, wage_kzt_per_month=1e6, technology_cost_kzt_per_month=1,
                                technical_feasibility_share=0, years=2)
    assert (none["tasks_changed_share"] == 0).all() and (none["jobs_affected_thousands"] == 0).all()
    full = sc.adoption_scenario(OCC.iloc[:1], wage_kzt_per_month=1e6,
                                technology_cost_kzt_per_month=1, technical_feasibility_share=1,
                                speed_per_year=50, midpoint_years=0, years=1)
    assert full["tasks_changed_share"].iloc[-1] == pytest.approx(0.6, rel=1e-5)


def test_empty_occupation_table():
    run = sc.adoption_scenario(OCC.iloc[:0], wage_kzt_per_month=1,
                               technology_cost_kzt_per_month=1, years=3)
    assert run.empty and "tasks_changed_share" in run.columns
    assert sc.scenario_totals(run).empty


@settings(max_examples=50, deadline=None)
@given(low=st.floats(1_000, 1_000_000), factor=st.floats(1.01, 10),
       speed=st.floats(0.05, 3), years=st.integers(0, 20))
def test_low_wages_slow_adoption(low, factor, speed, years):
    def run(wage):
        return sc.adoption_scenario(OCC.iloc[:1], wage_kzt_per_month=wage,
                                    technology_cost_kzt_per_month=150_000,
                                    speed_per_year=speed, years=years)
    cheap, dear = run(low), run(low * factor)
    assert (cheap["tasks_changed_share"].to_numpy() < dear["tasks_changed_share"].to_numpy()).all()
    # adoption never falls over time while the technology cost is constant
    assert (np.diff(cheap["adoption_share"].to_numpy()) >= 0).all()
    assert ((cheap["adoption_share"] >= 0) & (cheap["adoption_share"] <= 1)).all()


def test_uncertainty_bands_are_seeded():
    kwargs = dict(wage_kzt_per_month=200_000, technology_cost_kzt_per_month=150_000, years=5,
                  n_draws=200, uncertainty_pct=30)
    first = sc.adoption_scenario(OCC, seed=3, **kwargs)
    pd.testing.assert_frame_equal(first, sc.adoption_scenario(OCC, seed=3, **kwargs))
    other = sc.adoption_scenario(OCC, seed=4, **kwargs)
    assert not np.allclose(first["tasks_changed_share_low"], other["tasks_changed_share_low"])
    for name in ("tasks_changed_share", "jobs_affected_thousands"):
        assert (first[f"{name}_low"] <= first[f"{name}_high"]).all()
    clerk = first[first["isco08_4d"] == "4110"]
    assert (clerk["tasks_changed_share_high"] > clerk["tasks_changed_share_low"]).all()
    # no spread when the uncertainty is zero
    flat = sc.adoption_scenario(OCC, seed=3, **{**kwargs, "uncertainty_pct": 0})
    assert np.allclose(flat["tasks_changed_share_low"], flat["tasks_changed_share"])


def test_adoption_bad_input():
    with pytest.raises(ModelInputError, match=re.escape(
            "give exactly one of wage_kzt_per_month (one wage for all occupations) or "
            "wage_column (a column of wages); got wage_kzt_per_month=None, wage_column=None.")):
        sc.adoption_scenario(OCC, technology_cost_kzt_per_month=1)
    with pytest.raises(ModelInputError, match=re.escape(
            "technology_cost_kzt_per_month must be greater than 0; got 0.")):
        sc.adoption_scenario(OCC, wage_kzt_per_month=1, technology_cost_kzt_per_month=0)
    with pytest.raises(ModelInputError, match=re.escape(
            "technical_feasibility_share must be between 0 and 1; got 50.")):
        sc.adoption_scenario(OCC, wage_kzt_per_month=1, technology_cost_kzt_per_month=1,
                             technical_feasibility_share=50)
    with pytest.raises(ModelInputError, match="speed_per_year must be greater than 0"):
        sc.adoption_scenario(OCC, wage_kzt_per_month=1, technology_cost_kzt_per_month=1,
                             speed_per_year=-1)
    with pytest.raises(ModelInputError, match="n_draws > 0 needs a seed"):
        sc.adoption_scenario(OCC, wage_kzt_per_month=1, technology_cost_kzt_per_month=1,
                             n_draws=10)
    with pytest.raises(ModelInputError,
                       match="column 'mean_score_2025' must hold scores from 0 to 1"):
        sc.adoption_scenario(OCC.assign(mean_score_2025=[60.0, 0.0]), wage_kzt_per_month=1,
                             technology_cost_kzt_per_month=1)
    with pytest.raises(ModelInputError, match="occupations has no column 'mean_score_2025'"):
        sc.adoption_scenario(OCC.drop(columns="mean_score_2025"), wage_kzt_per_month=1,
                             technology_cost_kzt_per_month=1)
    with pytest.raises(ModelInputError, match="years must be a whole number of at least 0"):
        sc.adoption_scenario(OCC, wage_kzt_per_month=1, technology_cost_kzt_per_month=1,
                             years=-1)
    with pytest.raises(TypeError):
        sc.adoption_scenario(OCC, 1, 1)          # keyword-only


def test_scenario_totals_hand_computed():
    occ = pd.DataFrame({"isco08_4d": ["1", "2"], "mean_score_2025": [0.6, 0.2],
                        "employed_thousands": [100.0, 300.0]})
    run = sc.adoption_scenario(occ, wage_kzt_per_month=100_000,
                               technology_cost_kzt_per_month=100_000,
                               technical_feasibility_share=1.0, midpoint_years=0, years=1,
                               n_draws=20, seed=1)
    totals = sc.scenario_totals(run)
    first = totals.iloc[0]
    # adoption 0.5 * 0.5 = 0.25 in both; jobs 0.25 * 400; tasks (100*0.15 + 300*0.05) / 400
    assert first["jobs_affected_thousands"] == pytest.approx(100.0)
    assert first["jobs_affected_share"] == pytest.approx(0.25)
    assert first["tasks_changed_share"] == pytest.approx(0.075)
    assert first["employed_thousands"] == pytest.approx(400.0)
    assert {"jobs_affected_thousands_low", "tasks_changed_share_high"} <= set(totals.columns)
    assert totals["year"].tolist() == [2025, 2026]


def sector(**overrides):
    row = {"sector": "A", "value_added_share": 1.0, "labour_task_share": 0.5,
           "automated_share": 0.0, "new_task_share": 0.0, "cost_saving_share": 0.0}
    row.update(overrides)
    return row


def effects(out, name="whole economy"):
    return out[out["sector"] == name].set_index("effect")["labour_demand_change_pct"]


def test_task_model_displacement_productivity_hand_computed():
    out = sc.task_model(pd.DataFrame([sector(automated_share=0.2, cost_saving_share=0.5)]))
    e = effects(out)
    # productivity: output +0.2*0.5*0.5 = 5%; displacement: 1.05 * (-0.1) / 0.5 = -21%
    assert e["productivity"] == pytest.approx(5.0)
    assert e["displacement"] == pytest.approx(-21.0)
    assert e["reinstatement"] == pytest.approx(0.0)
    assert e["composition"] == pytest.approx(0.0)
    assert e["total"] == pytest.approx(-16.0)       # 1.05 * 0.4 / 0.5 - 1
    row = out[(out["sector"] == "A") & (out["effect"] == "total")].iloc[0]
    assert (row["labour_task_share_before"], row["labour_task_share_after"]) == pytest.approx(
        (0.5, 0.4))


def test_task_model_reinstatement_and_cap():
    e = effects(sc.task_model(pd.DataFrame([sector(new_task_share=0.1)])))
    assert e["reinstatement"] == pytest.approx(20.0) and e["total"] == pytest.approx(20.0)
    capped = sc.task_model(pd.DataFrame([sector(labour_task_share=0.95, new_task_share=0.2)]))
    assert capped["labour_task_share_after"].max() == pytest.approx(1.0)
    assert effects(capped)["reinstatement"] == pytest.approx(0.05 / 0.95 * 100)


def test_task_model_two_sectors_composition_hand_computed():
    sectors = pd.DataFrame([
        sector(sector="M", value_added_share=0.5, labour_task_share=0.4, automated_share=0.5,
               cost_saving_share=1.0),      # productivity +20%
        sector(sector="S", value_added_share=0.5, labour_task_share=0.8),
    ])
    out = sc.task_model(sectors, elasticity_between_sectors=2.0)
    # sigma = 2: weights 0.5 * 1.2 and 0.5 * 1 -> shares 6/11, 5/11; Y' = 0.5*1.2 + 0.5 = 1.1
    w0 = 0.5 * 0.4 + 0.5 * 0.8
    e = effects(out)
    assert e["productivity"] == pytest.approx(100 * 0.1 * w0 / w0)
    assert e["composition"] == pytest.approx(100 * 1.1 * ((6 / 11 - 0.5) * 0.4
                                                          + (5 / 11 - 0.5) * 0.8) / w0)
    assert e["displacement"] == pytest.approx(100 * 1.1 * (6 / 11) * (-0.2) / w0)
    # sector contributions add up to the whole economy, effect by effect
    by_sector = out[out["sector"] != "whole economy"].groupby("effect")[
        "labour_demand_change_pct"].sum()
    pd.testing.assert_series_equal(by_sector.sort_index(), e.sort_index(), check_names=False)
    # the total is the exact change of the wage bill
    after = 1.1 * (6 / 11 * 0.2 + 5 / 11 * 0.8)
    assert e["total"] == pytest.approx(100 * (after / w0 - 1))
    # with sigma = 1 sectors keep their shares of value added: no composition effect
    assert effects(sc.task_model(sectors))["composition"] == pytest.approx(0.0)


def test_task_model_illustrative_sectors_are_labelled():
    sectors = sc.illustrative_sectors()
    assert sectors.attrs["synthetic"] is True
    assert all("illustrative" in name for name in sectors["sector"])
    out = sc.task_model(sectors)
    assert set(out["sector"]) == {*sectors["sector"], "whole economy"}
    assert "teaching toy" in out.attrs["method"]


def test_task_model_bad_input():
    with pytest.raises(ModelInputError, match=re.escape(
            "value_added_share must add up to 1 across sectors; it adds up to 1.5.")):
        sc.task_model(pd.DataFrame([sector(), sector(sector="B", value_added_share=0.5)]))
    with pytest.raises(ModelInputError, match="sectors has no rows"):
        sc.task_model(pd.DataFrame([sector()]).iloc[:0])
    with pytest.raises(ModelInputError,
                       match="column 'automated_share' must hold scores from 0 to 1"):
        sc.task_model(pd.DataFrame([sector(automated_share=20)]))
    with pytest.raises(ModelInputError, match="sectors has no column 'cost_saving_share'"):
        sc.task_model(pd.DataFrame([sector()]).drop(columns="cost_saving_share"))
    with pytest.raises(ModelInputError, match="elasticity_between_sectors must be greater than 0"):
        sc.task_model(pd.DataFrame([sector()]), elasticity_between_sectors=0)
    with pytest.raises(ModelInputError, match="must be a pandas DataFrame"):
        sc.task_model({"sector": "A"})


def test_task_model_zero_labour():
    out = sc.task_model(pd.DataFrame([sector(labour_task_share=0.0, new_task_share=0.1)]))
    assert out["labour_demand_change_pct"].isna().all()   # a change from zero is undefined


def test_pipeline_from_ilo_scores_to_kazakh_major_groups(reference):
    """ILO 4-digit means -> major-group means -> adoption with Kazakhstan's employment."""
    import kzdata
    from kzdata import exposure

    ilo = reference("ilo_wp140_genai_exposure_isco08_4digit.csv")
    groups = exposure.major_group_means(ilo)
    employment = kzdata.load("employment_by_occupation").query("year == 2013 and sex == 'total'")
    occ = groups.merge(employment[["isco08_major_group", "employed_thousands"]],
                       on="isco08_major_group")
    assert len(occ) == 9
    run = sc.adoption_scenario(occ, occupation_column="isco08_major_group",
                               wage_kzt_per_month=150_000, technology_cost_kzt_per_month=200_000,
                               years=10)
    totals = sc.scenario_totals(run)
    assert len(totals) == 11
    assert totals["employed_thousands"].iloc[0] == pytest.approx(occ["employed_thousands"].sum())
    assert (totals["tasks_changed_share"] < totals["jobs_affected_share"]).all()
