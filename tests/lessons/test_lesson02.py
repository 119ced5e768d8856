"""Lesson 02 (the labour market in data): the figures its prose and checks state are what the data give.

nbval compares the stored outputs with a fresh run; these tests pin what nbval cannot see: the
numbers written in Markdown cells, in the prompts and messages of the lesson's checks, and in the
explanations of exercise 02. All tables are bundled, so nothing here needs the mirror.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

import kzdata
from kzdata import course
from kzdata.exercises import ex02, lesson02

ROOT = Path(__file__).resolve().parents[2]
LESSON = course.lesson("02")
NOTEBOOK = json.loads((ROOT / LESSON.notebook).read_text(encoding="utf-8"))
MARKDOWN = "\n".join("".join(c["source"]) for c in NOTEBOOK["cells"] if c["cell_type"] == "markdown")
PROSE = " ".join(MARKDOWN.split())  # line breaks inside a paragraph do not matter


def in_prose(*phrases: str) -> None:
    missing = [p for p in phrases if p not in PROSE]
    assert not missing, f"not in the lesson's prose: {missing}"


@pytest.fixture(scope="module")
def three() -> pd.DataFrame:
    sectors = kzdata.load("employment_by_sector", sector_scheme="three_sector", sex="total")
    return sectors.pivot_table(index=["sector", "year"], columns="series", values="share_pct")


@pytest.fixture(scope="module")
def agri(three) -> pd.DataFrame:
    frame = three.loc["agriculture"].dropna().copy()
    frame["gap"] = frame["modelled"] - frame["official"]
    return frame


# ------------------------------------------------------------------------------- sectors
def test_official_three_sector_shares(three):
    official = three["official"].unstack("sector").dropna().round(1)
    assert official.loc[2001, "agriculture"] == 35.0 and official.loc[2020, "agriculture"] == 13.5
    assert official.loc[2001, "services"] == 48.4 and official.loc[2020, "services"] == 66.8
    assert official.sum(axis=1).between(99.9, 100.1).all()
    in_prose("fell from 35.0% in 2001 to 13.5% in 2020", "from 48.4% to 66.8%",
             "a fall of 21.5 points", "−61.4%")
    assert lesson02.q1.check(66.8 - 48.4).status == "correct"
    assert lesson02.q1.check(100 * (66.8 - 48.4) / 48.4).status == "incorrect"


def test_official_vs_modelled_gaps(agri):
    same = agri.index[agri["gap"].abs() < 0.01].tolist()
    assert same == [2009, 2010, 2011, 2012, 2013, 2015, 2017]
    assert agri["gap"].abs().idxmax() == 2014
    assert round(agri.loc[2014, "gap"], 2) == 3.03
    assert round(agri["gap"].drop(2014).abs().max(), 2) == 0.82
    assert (round(agri.loc[2014, "modelled"], 1), round(agri.loc[2014, "official"], 1)) == (21.9, 18.9)
    in_prose("seven years, 2009-2013, 2015 and 2017", "at most 0.82 points", "**3.03 points**",
             "21.9% against 18.9%")
    assert "18.9%" in lesson02.q2.prompt and "21.9%" in lesson02.q2.prompt


def test_the_2014_break_seen_in_the_year_to_year_changes(agri):
    changes = agri[["official", "modelled"]].diff().round(1)
    assert changes.loc[2014].tolist() == [-5.3, -2.3]
    assert changes.loc[2015, "modelled"] == -3.9
    assert changes["official"].drop(2014).min() == -1.8
    two_years = (agri.loc[2015] - agri.loc[2013]).round(1)
    assert two_years["official"] == two_years["modelled"] == -6.2
    assert round(agri.loc[2013, "official"], 1) == 24.2
    in_prose("falls by **5.3 points** from 2013 (24.2%) to 2014 (18.9%)", "more than 1.8 points",
             "2.3 points in 2014 and 3.9 points in 2015", "the same 6.2 points")


def test_2025_values_are_projections():
    rows = kzdata.load("employment_by_sector", sector_scheme="three_sector", series="modelled")
    assert sorted(rows.loc[rows["projection"], "year"].unique()) == [2025]


def test_sector_snapshots_and_the_two_education_figures(three):
    snapshots = kzdata.load("employment_by_sector", sector_scheme="oked_section")
    q2 = snapshots[snapshots["period"] == "2023Q2"]
    caravan = q2[q2["source_id"] == "caravan_2023_q2_employment_sectors"]
    education = q2[q2["sector"] == "education"].set_index("source_id")["share_pct"]
    assert len(caravan) == 16 and sorted(education) == [12.2, 12.9]
    others = caravan.loc[caravan["sector"] != "education", "share_pct"].sum()
    assert sorted((others + education).round(1)) == [99.1, 99.8]
    assert caravan.nlargest(1, "share_pct")[["sector", "share_pct"]].values.tolist() == [["trade", 16.6]]
    in_prose("adds up to 99.8%", "adds up to 99.1%", "(16.6% of employed people)")
    modelled = three["modelled"].loc["agriculture"]
    agri = snapshots[snapshots["sector"] == "agriculture"].set_index("period")["share_pct"]
    assert (agri["2021 census"], round(modelled[2021], 1)) == (15.3, 12.8)
    assert (agri["2024"], round(modelled[2024], 1)) == (11.2, 11.6)
    in_prose("(15.3% against 12.8%)", "(11.2% against 11.6%)")


# --------------------------------------------------------------------------- occupations
def test_occupation_structure_2013():
    occupations = kzdata.load("employment_by_occupation", year=2013)
    assert sorted(kzdata.load("employment_by_occupation")["year"].unique()) == [2009, 2010, 2011, 2012, 2013]
    counts = occupations.pivot(index="isco08_major_group", columns="sex", values="employed_thousands")
    share = (100 * counts["total"] / counts.loc["TOTAL", "total"]).round(1)
    assert (share["9"], share["2"], share["5"], share["4"]) == (21.8, 15.9, 15.1, 3.9)
    in_prose("with 21.8% of employed people", "professionals (15.9%)", "workers (15.1%)",
             "a small group: 3.9%")
    groups = counts.drop("TOTAL")
    assert sorted(groups.index[groups["female"] > groups["male"]]) == ["2", "3", "4", "5"]
    # the share-of-a-share check: three bases, three answers
    women = counts["female"]
    assert round(100 * women["4"] / women["TOTAL"], 1) == 5.8
    assert round(100 * women["4"] / counts.loc["4", "total"], 1) == 72.9
    assert lesson02.q3.check(100 * women["4"] / women["TOTAL"]).status == "correct"
    assert lesson02.q3.check(100 * women["4"] / counts.loc["4", "total"]).status == "incorrect"


def test_gender_shares_the_2011_problem_and_the_trends():
    gender = kzdata.load("occupation_gender_shares", sex="female")
    shares = gender.pivot(index="year", columns="isco08_major_group", values="share_pct").round(1)
    assert shares.loc[[2010, 2011, 2012], "2"].tolist() == [64.8, 38.5, 62.7]
    assert shares.loc[[2010, 2011, 2012], "7"].tolist() == [22.4, 52.6, 20.0]
    in_prose("64.8% women in 2010, 38.5% in 2011 and 62.7% in 2012",
             "from 22.4% to 52.6% and back to 20.0%")
    assert gender.loc[gender["suspect"], "year"].unique().tolist() == [2011]
    usable = shares.drop(2011)
    assert (usable["2"].min(), usable["2"].max()) == (62.6, 68.0)
    assert (usable.loc[2001, "4"], usable.loc[2020, "4"]) == (80.1, 63.0)
    assert (usable.loc[2017, "4"], usable.loc[2018, "4"]) == (70.8, 63.0)
    raw = gender[~gender["suspect"]].pivot(index="year", columns="isco08_major_group", values="share_pct")
    change = raw["4"].diff()  # as in the lesson: changes of the unrounded shares
    assert change.idxmin() == 2018 and round(change.min(), 1) == -7.8
    assert round(change.drop(2018).min(), 1) == -4.5
    in_prose("between 62.6% and 68.0% of professionals", "fell from 80.1% to 63.0%",
             "falls from 70.8% to 63.0%", "The fall of 7.8 points in 2018",
             "Women were 72.9% of clerical support workers")


# ------------------------------------------------------------------------------- regions
def test_regional_unemployment_figures():
    regions = kzdata.load("unemployment_by_region")
    sub = regions[regions["region_type"] != "country"]
    y2001 = sub[sub["year"] == 2001].set_index("region")["unemployment_rate_pct"]
    assert (y2001.idxmax(), y2001.max(), y2001.idxmin(), y2001.min()) == (
        "Kyzylordinskaya", 13.9, "East Kazakhstan", 7.3)
    in_prose("from 7.3% in East Kazakhstan region to 13.9% in Kyzylorda region",
             "a range of 6.6 percentage points")
    rate = regions.set_index(["region", "year"])["unemployment_rate_pct"]
    assert (rate["Karagandinskaya", 2021], rate["Karagandinskaya", 2022], rate["Ulytau", 2022]) == (4.5, 4.4, 4.3)
    assert regions.loc[regions["region"] == "Ulytau", "year"].tolist() == [2022]
    assert "4.5% in 2021" in PROSE and "4.4% in 2022" in PROSE


# --------------------------------------------------------------------------------- wages
def test_mean_median_and_gender_wage_figures():
    wages = kzdata.load("wages", table_part="national_series", frequency="annual")
    mean = wages[(wages["measure"] == "average_monthly_nominal")].pivot(
        index="year", columns="sex", values="wage_kzt")
    median = wages[wages["measure"] == "median_monthly"].set_index("year")["wage_kzt"]
    ratio = (mean["total"] / median).dropna().round(2)
    assert (ratio.min(), ratio.max()) == (1.45, 1.67)
    assert (mean.loc[2022, "total"], median[2022]) == (309697, 204149)
    in_prose("between 1.45 and 1.67 times the median", "309,697 KZT and the median 204,149 KZT")
    women_pct = (100 * mean["women"] / mean["men"]).round(1)
    assert (women_pct[2018], women_pct[2023]) == (65.8, 74.3)
    in_prose("65.8% of men's in 2018 and 74.3% in 2023")
    assert mean.loc[2023, "men"] - mean.loc[2023, "women"] == 107571
    assert ex02.q3.check(107571).status == "correct"


def test_wages_by_occupation_and_region_2022():
    wages = kzdata.load("wages", table_part="by_occupation_region")
    national = wages[wages["region"] == "Republic of Kazakhstan"].set_index("occupation_group")["wage_kzt"]
    assert national["all"] == 309697
    groups = national.drop(["all", "not_elsewhere_classified"])
    assert (groups.idxmax(), groups.max(), groups.idxmin(), groups.min()) == (
        "isco1_managers", 534211, "isco9_elementary", 129615)
    assert min(groups["isco7_craft_trades"], groups["isco8_plant_machine_operators"]) > groups["isco4_clerical_support"]
    in_prose("managers had the highest mean wage (534,211 KZT)", "lowest (129,615 KZT)")
    assert not wages["region"].str.contains("South").any()
    regions = wages[(wages["occupation_group"] == "all") & wages["flag"].isna()].set_index("region")["wage_kzt"]
    assert "North Kazakhstan Region" not in regions.index
    assert (regions.idxmax(), regions.max(), regions.idxmin(), regions.min()) == (
        "Atyrau Region", 523210, "Zhetysu Region", 229760)
    assert round(regions.max() / regions.min(), 2) == 2.28
    in_prose("Atyrau Region (523,210 KZT), 2.28 times", "(Zhetysu Region, 229,760 KZT)")


# ------------------------------------------------------------------------------ exercise
def test_exercise_explanations_match_the_data(three):
    services = three.loc["services"].dropna()
    gap = services["modelled"] - services["official"]
    assert gap.index[gap.abs() < 0.01].tolist() == [2009, 2010, 2011, 2012, 2013, 2015, 2017]
    assert round(gap.drop(2014).abs().max(), 2) == 0.70 and round(abs(gap[2014]), 2) == 2.28
    assert (round(gap[2006], 2), round(gap[2007], 2)) == (-0.70, -0.69)
    assert gap.drop(2014).abs().idxmax() == 2006 and gap.drop(2014).idxmax() == 2016
    regions = kzdata.load("unemployment_by_region", year=2022)
    sub = regions[regions["region_type"] != "country"]["unemployment_rate_pct"]
    assert round(sub.max() - sub.min(), 1) == 0.9


@pytest.mark.parametrize("name", LESSON.datasets)
def test_every_dataset_of_the_lesson_is_cited_in_its_sources(name):
    start = next(i for i, c in enumerate(NOTEBOOK["cells"]) if "".join(c["source"]).startswith("## Sources"))
    after = ["".join(c["source"]) for c in NOTEBOOK["cells"][start:] if c["cell_type"] == "code"]
    assert f'kzdata.cite("{name}")' in after
