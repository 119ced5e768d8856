"""Tests of kzdata.exposure: hand-computed cases, edge cases, bad input, and the ILO cut-offs
checked against every occupation of the published 4-digit extract."""

from __future__ import annotations

import math
import re

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kzdata import exposure as ex
from kzdata.modelling import ModelInputError

ILO_FILE = "ilo_wp140_genai_exposure_isco08_4digit.csv"


def frame_2025(pairs):
    return pd.DataFrame(pairs, columns=["mean_score_2025", "sd_score_2025"])


def frame_2023(pairs):
    return pd.DataFrame(pairs, columns=["mean_score_2023", "sd_score_2023"])


def labels(frame, column):
    return [None if pd.isna(v) else v for v in frame[column].tolist()]


# -- occupation_scores -----------------------------------------------------------------------

def test_occupation_scores_hand_computed():
    tasks = pd.DataFrame({"isco08_4d": [2, 2, 2, 1, 1],
                          "score_2025": [0.2, 0.4, 0.9, 0.5, np.nan]})
    out = ex.occupation_scores(tasks)
    assert out["isco08_4d"].tolist() == [1, 2]
    assert out["n_tasks"].tolist() == [1, 3]          # the missing score is not counted
    assert out["mean_score_2025"].tolist() == pytest.approx([0.5, 0.5])
    # sample SD of 0.2, 0.4, 0.9: sqrt((0.09 + 0.01 + 0.16) / 2) = sqrt(0.13)
    assert out["sd_score_2025"].tolist() == pytest.approx([0.0, math.sqrt(0.13)])
    # the names are the ones classify_ilo_2025 expects
    assert ex.classify_ilo_2025(out)["category_2025_kzdata"].tolist() == [
        "Exposed: Gradient 3", "Exposed: Gradient 3"]
    assert out.attrs["computed_by"] == "computed by kzdata"
    assert out.attrs["assumptions"]["tasks_without_score_dropped"] == 1


def test_occupation_scores_empty_table_gives_empty_result():
    out = ex.occupation_scores(pd.DataFrame({"isco08_4d": [], "score_2025": []}))
    assert out.empty
    assert list(out.columns) == ["isco08_4d", "n_tasks", "mean_score_2025", "sd_score_2025"]


def test_occupation_scores_custom_columns():
    tasks = pd.DataFrame({"occ": ["a", "a"], "score": [0.0, 1.0]})
    out = ex.occupation_scores(tasks, occupation_column="occ", score_column="score")
    assert out["sd_score"].iloc[0] == pytest.approx(math.sqrt(0.5))
    assert list(out.columns) == ["occ", "n_tasks", "mean_score", "sd_score"]


def test_occupation_scores_bad_input():
    with pytest.raises(ModelInputError, match=re.escape(
            "column 'score_2025' must hold scores from 0 to 1; found 45.0 (1 value(s) outside). "
            "If the scores are percentages, divide them by 100.")):
        ex.occupation_scores(pd.DataFrame({"isco08_4d": [1, 1], "score_2025": [0.3, 45.0]}))
    with pytest.raises(ModelInputError, match=re.escape(
            "tasks has no column 'score_2025'. Did you mean 'score_2023'?")):
        ex.occupation_scores(pd.DataFrame({"isco08_4d": [1], "score_2023": [0.3]}))
    with pytest.raises(ModelInputError, match="tasks must be a pandas DataFrame; got list"):
        ex.occupation_scores([0.1, 0.2])
    with pytest.raises(ModelInputError, match="column 'score_2025' of tasks must hold numbers"):
        ex.occupation_scores(pd.DataFrame({"isco08_4d": [1], "score_2025": ["high"]}))


# -- ILO 2025 gradients ----------------------------------------------------------------------

def test_classify_2025_hand_computed_cases_and_boundaries():
    occ = frame_2025([
        (0.20, 0.05),   # mean + SD 0.25                       -> Not Exposed
        (0.30, 0.0999), # 0.3999                               -> Not Exposed
        (0.36, 0.04),   # exactly 0.40 (a tie reaches the cut) -> Minimal Exposure
        (0.45, 0.04),   # 0.49                                 -> Minimal Exposure
        (0.39, 0.11),   # exactly 0.50, mean < 0.40            -> Gradient 1
        (0.40, 0.10),   # mean exactly 0.40                    -> Gradient 2
        (0.50, 0.00),   # mean exactly 0.50                    -> Gradient 3
        (0.59, 0.20),   #                                      -> Gradient 3
        (0.60, 0.00),   # mean exactly 0.60                    -> Gradient 4
        (np.nan, 0.1),  # missing                              -> missing
    ])
    out = ex.classify_ilo_2025(occ)
    assert labels(out, "category_2025_kzdata") == [
        "Not Exposed", "Not Exposed", "Minimal Exposure", "Minimal Exposure",
        "Exposed: Gradient 1", "Exposed: Gradient 2", "Exposed: Gradient 3",
        "Exposed: Gradient 3", "Exposed: Gradient 4", None]
    assert out["category_2025_kzdata"].cat.ordered
    assert list(out["category_2025_kzdata"].cat.categories) == list(ex.ILO_2025_LABELS)
    assert out.attrs["assumptions"]["gradient_from_mean_score"] == [0.4, 0.5, 0.6]
    assert "derived by kzdata" in out.attrs["source"]
    # the input is not changed
    assert "category_2025_kzdata" not in occ.columns


def test_classify_2025_cutoffs_at_zero_and_one():
    occ = frame_2025([(0.0, 0.0), (0.3, 0.1), (0.9, 0.05)])
    everything_exposed = ex.classify_ilo_2025(occ, minimal_from_score=0, exposed_from_score=0,
                                              gradient_from_mean_score=(0, 0, 0))
    assert set(everything_exposed["category_2025_kzdata"]) == {"Exposed: Gradient 4"}
    nothing_exposed = ex.classify_ilo_2025(occ, minimal_from_score=1, exposed_from_score=1,
                                           gradient_from_mean_score=(1, 1, 1))
    assert set(nothing_exposed["category_2025_kzdata"]) == {"Not Exposed"}   # 0.95 < 1
    reaches_one = ex.classify_ilo_2025(frame_2025([(0.9, 0.1)]), minimal_from_score=1,
                                       exposed_from_score=1, gradient_from_mean_score=(1, 1, 1))
    assert labels(reaches_one, "category_2025_kzdata") == ["Exposed: Gradient 1"]


def test_classify_2025_empty_table():
    out = ex.classify_ilo_2025(frame_2025([]))
    assert out.empty and "category_2025_kzdata" in out.columns


def test_classify_2025_bad_input():
    occ = frame_2025([(0.3, 0.1)])
    with pytest.raises(ModelInputError, match=re.escape(
            "minimal_from_score (0.6) must not exceed exposed_from_score (0.5)")):
        ex.classify_ilo_2025(occ, minimal_from_score=0.6)
    with pytest.raises(ModelInputError, match=re.escape(
            "gradient_from_mean_score must be 3 increasing scores from 0 to 1; "
            "got [0.6, 0.5, 0.4]")):
        ex.classify_ilo_2025(occ, gradient_from_mean_score=[0.6, 0.5, 0.4])
    with pytest.raises(ModelInputError, match=re.escape(
            "exposed_from_score must be between 0 and 1; got 50. A share is written 0-1")):
        ex.classify_ilo_2025(occ, exposed_from_score=50)
    with pytest.raises(ModelInputError, match="'sd_score_2025' is a standard deviation and "
                                              "must not be negative; found -0.1"):
        ex.classify_ilo_2025(frame_2025([(0.3, -0.1)]))
    with pytest.raises(ModelInputError,
                       match="column 'mean_score_2025' must hold scores from 0 to 1"):
        ex.classify_ilo_2025(frame_2025([(31.0, 0.1)]))
    with pytest.raises(ModelInputError, match="exposed_from_score must be a number; got '0.5'"):
        ex.classify_ilo_2025(occ, exposed_from_score="0.5")


# -- ILO 2023 automation / augmentation ------------------------------------------------------

def test_classify_2023_hand_computed_cases_and_boundaries():
    occ = frame_2023([
        (0.30, 0.20),   # mean + SD exactly 0.50: not above  -> Not affected
        (0.10, 0.05),   #                                     -> Not affected
        (0.39, 0.12),   # 0.51, mean < 0.40                   -> Augmentation Potential
        (0.40, 0.20),   # mean exactly 0.40, mean - SD 0.20   -> The Big Unknown
        (0.61, 0.14),   # mean - SD 0.47                      -> The Big Unknown
        (0.70, 0.20),   # mean - SD exactly 0.50              -> Automation Potential
        (0.77, 0.18),   #                                     -> Automation Potential
    ])
    out = ex.classify_ilo_2023(occ)
    assert labels(out, "category_2023_kzdata") == [
        "Not affected", "Not affected", "Augmentation Potential", "The Big Unknown",
        "The Big Unknown", "Automation Potential", "Automation Potential"]


def test_classify_2023_cutoffs_at_zero_and_one():
    occ = frame_2023([(0.0, 0.0), (0.5, 0.1), (0.95, 0.0)])
    assert set(ex.classify_ilo_2023(occ, affected_above_score=1)["category_2023_kzdata"]) == {
        "Not affected"}
    out = ex.classify_ilo_2023(occ, affected_above_score=0, augmentation_below_mean_score=0,
                               automation_from_score=0)
    assert labels(out, "category_2023_kzdata") == [
        "Not affected", "Automation Potential", "Automation Potential"]


def test_classify_2023_bad_input():
    with pytest.raises(ModelInputError, match=re.escape(
            "occupations has no column 'mean_score_2023'. Did you mean 'mean_score_2025'?")):
        ex.classify_ilo_2023(frame_2025([(0.3, 0.1)]))
    with pytest.raises(ModelInputError, match="automation_from_score must be between 0 and 1"):
        ex.classify_ilo_2023(frame_2023([(0.3, 0.1)]), automation_from_score=-0.5)


# -- the published categories, every occupation ----------------------------------------------

def test_2025_cutoffs_reproduce_published_gradients(reference):
    ilo = reference(ILO_FILE)
    assert len(ilo) == 427
    out = ex.classify_ilo_2025(ilo)
    mismatch = out[out["category_2025_kzdata"].astype(str) != out["exposure_category_2025"]]
    # Three occupations differ, all at the 0.40 boundary. The source rounds mean and SD to 2
    # decimals and the ILO classified the rounded values in binary floating point: 0.36 + 0.04
    # evaluates to 0.39999999999999997 (below 0.40: "Not Exposed") while 0.34 + 0.06 evaluates
    # to 0.4 ("Minimal Exposure"). kzdata treats a sum equal to a cut-off as reaching it, so
    # it puts all seven occupations with mean + SD = 0.40 in "Minimal Exposure".
    assert mismatch["isco08_4d"].tolist() == [1213, 3134, 3152]
    assert set(mismatch["exposure_category_2025"]) == {"Not Exposed"}
    assert set(mismatch["category_2025_kzdata"].astype(str)) == {"Minimal Exposure"}
    raw_sum = mismatch["mean_score_2025"] + mismatch["sd_score_2025"]
    assert (raw_sum.round(6) == 0.40).all() and (raw_sum < 0.40).all()
    ties = ilo[(ilo["mean_score_2025"] + ilo["sd_score_2025"]).round(6) == 0.40]
    assert len(ties) == 7
    assert ties["exposure_category_2025"].value_counts().to_dict() == {
        "Minimal Exposure": 4, "Not Exposed": 3}
    # Away from that one tie every published category is reproduced.
    assert len(out) - len(mismatch) == 424


def test_2023_cutoffs_reproduce_published_categories(reference):
    ilo = reference(ILO_FILE)
    published = ilo["exposure_category_2023"].replace(ex.ILO_2023_SOURCE_SPELLING)
    out = ex.classify_ilo_2023(ilo)
    assert (out["category_2023_kzdata"].astype(str) == published).all()   # 427 of 427


def test_published_categories_sit_where_the_cutoffs_say(reference):
    """The empirical check behind the defaults: ranges of mean and mean +/- SD by category."""
    ilo = reference(ILO_FILE)
    upper = (ilo["mean_score_2025"] + ilo["sd_score_2025"]).round(2)
    by = ilo.assign(upper=upper).groupby("exposure_category_2025")
    assert by["upper"].max()["Not Exposed"] == 0.40
    assert (by["upper"].min()["Minimal Exposure"], by["upper"].max()["Minimal Exposure"]) == (
        0.40, 0.49)
    for gradient, (low, high) in {1: (0.28, 0.39), 2: (0.40, 0.49), 3: (0.50, 0.59),
                                  4: (0.60, 0.70)}.items():
        name = f"Exposed: Gradient {gradient}"
        assert by["upper"].min()[name] >= 0.50
        assert (by["mean_score_2025"].min()[name], by["mean_score_2025"].max()[name]) == (
            low, high)
    m, s = ilo["mean_score_2023"], ilo["sd_score_2023"]
    cat = ilo["exposure_category_2023"]
    assert (m + s).round(2)[cat == "Not affected"].max() == 0.50
    assert (m + s).round(2)[cat == "Augmentation Potential"].min() == 0.51
    assert m[cat == "Augmentation Potential"].max() == 0.39
    assert (m - s).round(2)[cat == "Automation Potential"].min() == 0.51
    assert (m - s).round(2)[cat == "The Big Uknown"].max() == 0.48


@pytest.mark.parametrize("year", [2025, 2023])
def test_each_cutoff_is_pinned_by_the_data(reference, year):
    """Moving any cut-off by 0.01 reproduces fewer published categories, except the 2023
    automation cut-off, which the data pin only to the gap between 0.48 and 0.51."""
    ilo = reference(ILO_FILE)
    if year == 2025:
        published = ilo["exposure_category_2025"]

        def misses(**kw):
            out = ex.classify_ilo_2025(ilo, **kw)["category_2025_kzdata"].astype(str)
            return int((out != published).sum())

        base = misses()
        for name, value in [("minimal_from_score", 0.40), ("exposed_from_score", 0.50)]:
            assert misses(**{name: value - 0.01}) > base
            assert misses(**{name: value + 0.01}) > base
        for i in range(3):
            for step in (-0.01, 0.01):
                cuts = [0.40, 0.50, 0.60]
                cuts[i] = round(cuts[i] + step, 2)
                assert misses(gradient_from_mean_score=cuts) > base
    else:
        published = ilo["exposure_category_2023"].replace(ex.ILO_2023_SOURCE_SPELLING)

        def misses(**kw):
            out = ex.classify_ilo_2023(ilo, **kw)["category_2023_kzdata"].astype(str)
            return int((out != published).sum())

        assert misses() == 0
        for name, value in [("affected_above_score", 0.50),
                            ("augmentation_below_mean_score", 0.40)]:
            assert misses(**{name: value - 0.01}) > 0
            assert misses(**{name: value + 0.01}) > 0
        assert misses(automation_from_score=0.49) == misses(automation_from_score=0.51) == 0
        assert misses(automation_from_score=0.48) > 0 and misses(automation_from_score=0.52) > 0


# -- employment_shares -----------------------------------------------------------------------

def test_employment_shares_by_group_hand_computed():
    jobs = pd.DataFrame({
        "sex": ["f", "f", "m", "m", "x"],
        "category": ["a", "b", "a", "a", "b"],
        "employed_thousands": [10.0, 30.0, 50.0, 0.0, 0.0],
    })
    out = ex.employment_shares(jobs, category_column="category", by=["sex"])
    table = out.set_index(["sex", "category"])
    assert table.loc[("f", "a"), "share"] == pytest.approx(0.25)
    assert table.loc[("f", "b"), "share_pct"] == pytest.approx(75.0)
    assert table.loc[("m", "a"), "share"] == pytest.approx(1.0)
    # a group whose employment is zero has undefined shares
    assert math.isnan(table.loc[("x", "b"), "share"])


def test_employment_shares_lists_empty_categories():
    jobs = pd.DataFrame({"category": pd.Categorical(["a"], categories=["a", "b"]),
                         "employed_thousands": [5.0]})
    out = ex.employment_shares(jobs, category_column="category")
    assert out["category"].astype(str).tolist() == ["a", "b"]
    assert out["employed_thousands"].tolist() == [5.0, 0.0]
    assert out["share"].tolist() == [1.0, 0.0]


def test_employment_shares_empty_table():
    out = ex.employment_shares(pd.DataFrame({"category": [], "employed_thousands": []}),
                               category_column="category")
    assert out.empty and {"share", "share_pct"} <= set(out.columns)


def test_employment_shares_bad_input():
    jobs = pd.DataFrame({"category": ["a"], "employed_thousands": [-1.0]})
    with pytest.raises(ModelInputError, match=re.escape(
            "column 'employed_thousands' must not be negative; found -1.0")):
        ex.employment_shares(jobs, category_column="category")
    jobs = pd.DataFrame({"category": ["a"], "employed_thousands": [np.nan]})
    with pytest.raises(ModelInputError, match=re.escape(
            "column 'employed_thousands' has 1 missing value(s). Drop those rows")):
        ex.employment_shares(jobs, category_column="category")


# -- share_above_threshold -------------------------------------------------------------------

OCC = pd.DataFrame({"p": [0.0, 0.3, 0.7, 0.9, 1.0], "employed_thousands": [5, 10, 20, 30, 35]})


def test_share_above_threshold_hand_computed():
    out = ex.share_above_threshold(OCC, score_column="p", threshold_probability=[0.5, 0.7])
    assert out["employed_thousands_above"].tolist() == [85.0, 65.0]   # 0.7 itself is not above
    assert out["employed_thousands_total"].tolist() == [100.0, 100.0]
    assert out["share_pct"].tolist() == pytest.approx([85.0, 65.0])
    inclusive = ex.share_above_threshold(OCC, score_column="p", threshold_probability=0.7,
                                         inclusive=True)
    assert inclusive["share"].iloc[0] == pytest.approx(0.85)


def test_share_above_threshold_at_zero_and_one():
    out = ex.share_above_threshold(OCC, score_column="p", threshold_probability=[0, 1])
    assert out["share"].tolist() == pytest.approx([0.95, 0.0])
    inclusive = ex.share_above_threshold(OCC, score_column="p", threshold_probability=[0, 1],
                                         inclusive=True)
    assert inclusive["share"].tolist() == pytest.approx([1.0, 0.35])


def test_share_above_threshold_unweighted_groups_and_zero_employment():
    data = OCC.assign(group=["a", "a", "b", "b", "b"])
    out = ex.share_above_threshold(data, score_column="p", employment_column=None, by=["group"])
    assert out["group"].tolist() == ["a", "b"]
    assert out["occupations_above"].tolist() == [0.0, 2.0]
    assert out["share"].tolist() == pytest.approx([0.0, 2 / 3])
    zero = OCC.assign(employed_thousands=0)
    assert math.isnan(ex.share_above_threshold(zero, score_column="p")["share"].iloc[0])
    empty = ex.share_above_threshold(OCC.iloc[:0], score_column="p")
    assert math.isnan(empty["share"].iloc[0]) and empty["employed_thousands_total"].iloc[0] == 0


def test_share_above_threshold_bad_input():
    with pytest.raises(ModelInputError, match=re.escape(
            "threshold_probability must be between 0 and 1; got 70. A share is written 0-1: "
            "70% is 0.7.")):
        ex.share_above_threshold(OCC, score_column="p", threshold_probability=70)
    with pytest.raises(ModelInputError, match="threshold_probability is empty"):
        ex.share_above_threshold(OCC, score_column="p", threshold_probability=[])
    with pytest.raises(ModelInputError, match="data has no column 'probability'"):
        ex.share_above_threshold(OCC, score_column="probability")


@settings(max_examples=60, deadline=None)
@given(
    scores=st.lists(st.floats(0, 1), min_size=1, max_size=30),
    weights=st.lists(st.floats(0, 1000), min_size=30, max_size=30),
    thresholds=st.lists(st.floats(0, 1), min_size=1, max_size=6),
)
def test_share_above_threshold_properties(scores, weights, thresholds):
    data = pd.DataFrame({"p": scores, "employed_thousands": weights[: len(scores)]})
    out = ex.share_above_threshold(data, score_column="p",
                                   threshold_probability=sorted(thresholds))
    shares = out["share"].dropna()
    assert ((shares >= 0) & (shares <= 1 + 1e-12)).all()
    assert (shares.diff().dropna() <= 1e-12).all()      # never rises with the threshold


# -- aggregation to major groups -------------------------------------------------------------

def test_major_group_means_unweighted_and_weighted():
    occ = pd.DataFrame({"isco08_4d": [4110, 4120, "0110", 110],
                        "mean_score_2025": [0.6, 0.3, 0.2, 0.4],
                        "employed_thousands": [1.0, 3.0, 1.0, 0.0]})
    plain = ex.major_group_means(occ)
    assert plain["isco08_major_group"].tolist() == ["0", "4"]   # 0110 is armed forces
    assert plain["n_occupations"].tolist() == [2, 2]
    assert plain["mean_score_2025"].tolist() == pytest.approx([0.3, 0.45])
    weighted = ex.major_group_means(occ, weight_column="employed_thousands")
    assert weighted["mean_score_2025"].tolist() == pytest.approx([0.2, (0.6 + 0.9) / 4])
    zero = ex.major_group_means(occ.assign(employed_thousands=0.0),
                                weight_column="employed_thousands")
    assert zero["mean_score_2025"].isna().all()


def test_major_group_bad_code():
    with pytest.raises(ModelInputError, match=re.escape(
            "occupation codes must be ISCO-08 4-digit codes such as 4110; got 'clerk'")):
        ex.major_group_means(pd.DataFrame({"isco08_4d": [4110, "clerk"],
                                           "mean_score_2025": [0.1, 0.2]}))


def test_category_shares_by_major_group_and_allocation():
    occ = pd.DataFrame({"isco08_4d": [4110, 4120, 4131, 4132, 9112],
                        "cat": ["hi", "hi", "hi", "lo", "lo"],
                        "w": [1.0, 1.0, 1.0, 5.0, 2.0]})
    shares = ex.category_shares_by_major_group(occ, category_column="cat")
    table = shares.set_index(["isco08_major_group", "cat"])
    assert table.loc[("4", "hi"), "share"] == pytest.approx(0.75)
    assert table.loc[("9", "hi"), "n_occupations"] == 0
    assert shares.groupby("isco08_major_group")["share"].sum().tolist() == pytest.approx([1, 1])
    weighted = ex.category_shares_by_major_group(occ, category_column="cat", weight_column="w")
    assert weighted.set_index(["isco08_major_group", "cat"]).loc[("4", "lo"), "share"] == (
        pytest.approx(5 / 8))

    employment = pd.DataFrame({"year": [2013] * 4, "isco08_major_group": ["4", "9", "X", "TOTAL"],
                               "employed_thousands": [200.0, 100.0, 7.0, 307.0]})
    jobs = ex.allocate_employment(shares, employment, category_column="cat")
    assert jobs["employed_thousands"].sum() == pytest.approx(300.0)   # employment kept
    lookup = jobs.set_index(["isco08_major_group", "cat"])["employed_thousands"]
    assert lookup[("4", "hi")] == pytest.approx(150.0)
    assert lookup[("9", "lo")] == pytest.approx(100.0)
    assert (jobs["year"] == 2013).all()
    assert jobs.attrs["assumptions"]["groups_without_shares"] == ["TOTAL", "X"]


def test_category_order_survives_aggregation_and_allocation():
    occ = ex.classify_ilo_2025(pd.DataFrame({
        "isco08_4d": [4110, 4120, 9112], "mean_score_2025": [0.65, 0.45, 0.1],
        "sd_score_2025": [0.05, 0.1, 0.05]}))
    shares = ex.category_shares_by_major_group(occ, category_column="category_2025_kzdata")
    employment = pd.DataFrame({"isco08_major_group": ["4", "9"],
                               "employed_thousands": [10.0, 30.0]})
    jobs = ex.allocate_employment(shares, employment, category_column="category_2025_kzdata")
    table = ex.employment_shares(jobs, category_column="category_2025_kzdata")
    assert table["category_2025_kzdata"].astype(str).tolist() == list(ex.ILO_2025_LABELS)
    assert table["employed_thousands"].tolist() == pytest.approx([30, 0, 0, 5, 0, 5])


def test_allocate_employment_with_kzdata_employment_table():
    """The defaults work with the bundled employment table (string major groups)."""
    import kzdata

    employment = kzdata.load("employment_by_occupation")
    occ = pd.DataFrame({"isco08_4d": [1111, 2111, 4110, 9112],
                        "exposure_category_2025": ["a", "b", "b", "a"]})
    shares = ex.category_shares_by_major_group(occ)
    jobs = ex.allocate_employment(shares, employment.query("year == 2013 and sex == 'total'"))
    assert set(jobs["isco08_major_group"]) == {"1", "2", "4", "9"}
    assert "TOTAL" in jobs.attrs["assumptions"]["groups_without_shares"]


def test_aggregation_of_empty_tables():
    empty = pd.DataFrame({"isco08_4d": pd.Series([], dtype="string"),
                          "exposure_category_2025": pd.Series([], dtype="string"),
                          "mean_score_2025": pd.Series([], dtype=float)})
    shares = ex.category_shares_by_major_group(empty)
    assert shares.empty and "share" in shares.columns
    assert ex.major_group_means(empty).empty
    jobs = ex.allocate_employment(shares, pd.DataFrame({"isco08_major_group": ["1"],
                                                        "employed_thousands": [1.0]}))
    assert jobs.empty and jobs.attrs["assumptions"]["groups_without_shares"] == ["1"]


@pytest.mark.parametrize("call", [
    lambda: ex.occupation_scores(pd.DataFrame({"isco08_4d": [1], "score_2025": [0.5]})),
    lambda: ex.classify_ilo_2025(frame_2025([(0.3, 0.1)])),
    lambda: ex.classify_ilo_2023(frame_2023([(0.3, 0.1)])),
    lambda: ex.employment_shares(OCC.assign(c="a"), category_column="c"),
    lambda: ex.share_above_threshold(OCC, score_column="p"),
    lambda: ex.major_group_means(pd.DataFrame({"isco08_4d": [4110], "mean_score_2025": [0.5]})),
    lambda: ex.category_shares_by_major_group(pd.DataFrame(
        {"isco08_4d": [4110], "exposure_category_2025": ["x"]})),
])
def test_every_result_says_it_is_computed_not_data(call):
    attrs = call().attrs
    assert attrs["computed_by"] == "computed by kzdata"
    assert attrs["method"] and isinstance(attrs["assumptions"], dict)
    assert attrs["synthetic"] is False
    assert "not a published statistic" in attrs["note"]
