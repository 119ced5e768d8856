"""Exposure measures: task scores -> occupation scores -> categories -> employment shares.

Every function is pure, takes a DataFrame plus keyword-only parameters (column names default to
kzdata's: ``isco08_4d``, ``score_2025``, ``mean_score_2025``, ``sd_score_2025``,
``employed_thousands``) and returns a new DataFrame whose ``attrs`` say it was computed by
kzdata, by which method and under which assumptions. Exposure is potential task exposure, not a
forecast of job loss.

The ILO cut-offs
----------------
The ILO publishes, for each ISCO-08 4-digit occupation, the mean and standard deviation (SD) of
its task scores and a category: WP140 gradients (Gmyrek et al. 2025, *Generative AI and Jobs: A
Refined Global Index of Occupational Exposure*, ILO Working Paper 140) and WP96 automation vs
augmentation (Gmyrek, Berg and Bescond 2023, ILO Working Paper 96); data in the lead author's
repository github.com/pgmyrek/2025_GenAI_scores_ISCO08. The ILO's web pages describe the
categories in words only (where an occupation sits in the plane of mean and SD); we could not
find the numeric cut-offs written out in any text available to us. The defaults here were
therefore **derived by kzdata from the published data**: the simplest rule on mean + SD,
mean - SD and the mean that reproduces the published categories of all 427 occupations
(WP96: 427 of 427; WP140: 424 of 427, the other 3 being ties at exactly mean + SD = 0.40 that
the ILO's own floating-point arithmetic split). Moving any cut-off by 0.01 breaks the match,
except the WP96 automation cut-off, which the data place only between 0.49 and 0.51 (0.50
taken). The ILO classified the mean and sample SD (``ddof=1``) rounded to 2 decimals.
``tests/models/test_exposure.py`` checks all of this. The cut-offs are parameters: change
them and watch the headline move.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from kzdata.modelling import (
    ModelInputError,
    check_between,
    check_columns,
    check_counts,
    check_increasing,
    check_unit_interval,
    isco_major_group,
    model_attrs,
    plain,
)

__all__ = [
    "ILO_2025_LABELS",
    "ILO_2023_LABELS",
    "ILO_2023_SOURCE_SPELLING",
    "occupation_scores",
    "classify_ilo_2025",
    "classify_ilo_2023",
    "employment_shares",
    "share_above_threshold",
    "major_group_means",
    "category_shares_by_major_group",
    "allocate_employment",
]

ILO_2025_LABELS = ("Not Exposed", "Minimal Exposure", "Exposed: Gradient 1",
                   "Exposed: Gradient 2", "Exposed: Gradient 3", "Exposed: Gradient 4")
"""WP140 (2025) categories, lowest to highest exposure, spelled as the ILO publishes them."""

ILO_2023_LABELS = ("Not affected", "Augmentation Potential", "The Big Unknown",
                   "Automation Potential")
"""WP96 (2023) categories. The ILO workbook (and kzdata's ``ilo_genai_occupations``) spells
the third one "The Big Uknown"; compare with ``.replace(ILO_2023_SOURCE_SPELLING)``."""

ILO_2023_SOURCE_SPELLING = {"The Big Uknown": "The Big Unknown"}

_TIE = 1e-9  # a sum that equals a cut-off up to floating-point error counts as reaching it
_ILO_SOURCE = (
    "cut-offs derived by kzdata from the categories published with ILO Working Paper 140 "
    "(Gmyrek et al. 2025) and Working Paper 96 (Gmyrek, Berg and Bescond 2023)"
)


def occupation_scores(
    tasks: pd.DataFrame, *, occupation_column: str = "isco08_4d", score_column: str = "score_2025"
) -> pd.DataFrame:
    """Summarise task scores (0-1) into one row per occupation: count, mean and spread.

    Output columns: the occupation, ``n_tasks``, ``mean_<score_column>`` and
    ``sd_<score_column>`` (``mean_score_2025`` and ``sd_score_2025`` for the default, the names
    :func:`classify_ilo_2025` expects). The SD is the sample SD (``ddof=1``), as in the ILO
    workbook; an occupation with one task has SD 0. Tasks with a missing score are left out.

    >>> tasks = pd.DataFrame({"isco08_4d": ["4110", "4110", "4110", "9112"],
    ...                       "score_2025": [0.5, 0.7, 0.9, 0.1]})
    >>> occupation_scores(tasks)
      isco08_4d  n_tasks  mean_score_2025  sd_score_2025
    0      4110        3              0.7            0.2
    1      9112        1              0.1            0.0
    """
    frame = check_columns(tasks, [occupation_column, score_column], name="tasks",
                          numeric=[score_column])
    scored = frame[[occupation_column, score_column]].dropna(subset=[score_column])
    check_unit_interval(scored[score_column], score_column)
    grouped = scored.groupby(occupation_column, sort=True)[score_column]
    result = pd.DataFrame({
        "n_tasks": grouped.size(),
        f"mean_{score_column}": grouped.mean(),
        f"sd_{score_column}": grouped.std(ddof=1).fillna(0.0),
    }).reset_index()
    result["n_tasks"] = result["n_tasks"].astype("int64")
    result.attrs = model_attrs(
        method="mean and sample standard deviation (ddof=1) of each occupation's task scores",
        assumptions={"occupation_column": occupation_column, "score_column": score_column,
                     "tasks_without_score_dropped": int(len(frame) - len(scored))},
    )
    return result


def classify_ilo_2025(
    occupations: pd.DataFrame,
    *,
    mean_column: str = "mean_score_2025",
    sd_column: str = "sd_score_2025",
    minimal_from_score: float = 0.40,
    exposed_from_score: float = 0.50,
    gradient_from_mean_score: Sequence[float] = (0.40, 0.50, 0.60),
    output_column: str = "category_2025_kzdata",
) -> pd.DataFrame:
    """Add the ILO 2025 (WP140) exposure category computed from each occupation's mean and SD.

    Rule (cut-offs are scores 0-1, derived from the published data; see the module docstring):

    - mean + SD below ``minimal_from_score`` (0.40): "Not Exposed";
    - mean + SD below ``exposed_from_score`` (0.50): "Minimal Exposure";
    - otherwise exposed, with the gradient set by the mean alone: below 0.40 Gradient 1,
      below 0.50 Gradient 2, below 0.60 Gradient 3, else Gradient 4.

    A missing mean or SD gives a missing category. The result is an ordered categorical.

    >>> occ = pd.DataFrame({"mean_score_2025": [0.20, 0.35, 0.39, 0.45, 0.65],
    ...                     "sd_score_2025": [0.05, 0.10, 0.11, 0.10, 0.05]})
    >>> classify_ilo_2025(occ)["category_2025_kzdata"].tolist()
    ['Not Exposed', 'Minimal Exposure', 'Exposed: Gradient 1', 'Exposed: Gradient 2', \
'Exposed: Gradient 4']
    """
    frame = check_columns(occupations, [mean_column, sd_column], name="occupations",
                          numeric=[mean_column, sd_column])
    minimal = check_between(minimal_from_score, name="minimal_from_score", low=0, high=1)
    exposed = check_between(exposed_from_score, name="exposed_from_score", low=0, high=1)
    if minimal > exposed:
        raise ModelInputError(
            f"minimal_from_score ({minimal:g}) must not exceed exposed_from_score "
            f"({exposed:g}): 'Minimal Exposure' lies below 'Exposed'. Swap or lower the values."
        )
    gradients = check_increasing(gradient_from_mean_score, "gradient_from_mean_score", length=3)
    mean, sd = _mean_sd(frame, mean_column, sd_column)
    upper = mean + sd
    level = np.select(
        [upper < minimal - _TIE, upper < exposed - _TIE, mean < gradients[0] - _TIE,
         mean < gradients[1] - _TIE, mean < gradients[2] - _TIE],
        [0, 1, 2, 3, 4], default=5,
    )
    result = frame.copy()
    result[output_column] = _labels(level, np.isnan(upper), ILO_2025_LABELS, frame.index)
    result.attrs = model_attrs(
        method="ILO WP140 (2025) exposure gradients from the mean and SD of task scores",
        assumptions={"minimal_from_score": minimal, "exposed_from_score": exposed,
                     "gradient_from_mean_score": list(gradients), "mean_column": mean_column,
                     "sd_column": sd_column},
        source=_ILO_SOURCE,
    )
    return result


def classify_ilo_2023(
    occupations: pd.DataFrame,
    *,
    mean_column: str = "mean_score_2023",
    sd_column: str = "sd_score_2023",
    affected_above_score: float = 0.50,
    augmentation_below_mean_score: float = 0.40,
    automation_from_score: float = 0.50,
    output_column: str = "category_2023_kzdata",
) -> pd.DataFrame:
    """Add the ILO 2023 (WP96) automation / augmentation category from each mean and SD.

    Rule (cut-offs are scores 0-1, derived from the published data; see the module docstring):

    - mean + SD not above ``affected_above_score`` (0.50): "Not affected";
    - else mean below ``augmentation_below_mean_score`` (0.40): "Augmentation Potential"
      (a few tasks reach medium exposure, most do not);
    - else mean - SD at or above ``automation_from_score`` (0.50): "Automation Potential"
      (even tasks one SD below the mean are exposed);
    - else "The Big Unknown".

    >>> occ = pd.DataFrame({"mean_score_2023": [0.30, 0.30, 0.50, 0.70],
    ...                     "sd_score_2023": [0.20, 0.25, 0.20, 0.10]})
    >>> classify_ilo_2023(occ)["category_2023_kzdata"].tolist()
    ['Not affected', 'Augmentation Potential', 'The Big Unknown', 'Automation Potential']
    """
    frame = check_columns(occupations, [mean_column, sd_column], name="occupations",
                          numeric=[mean_column, sd_column])
    affected = check_between(affected_above_score, name="affected_above_score", low=0, high=1)
    augmentation = check_between(augmentation_below_mean_score,
                                 name="augmentation_below_mean_score", low=0, high=1)
    automation = check_between(automation_from_score, name="automation_from_score", low=0, high=1)
    mean, sd = _mean_sd(frame, mean_column, sd_column)
    level = np.select(
        [mean + sd <= affected + _TIE, mean < augmentation - _TIE,
         mean - sd >= automation - _TIE],
        [0, 1, 3], default=2,
    )
    result = frame.copy()
    result[output_column] = _labels(level, np.isnan(mean + sd), ILO_2023_LABELS, frame.index)
    result.attrs = model_attrs(
        method="ILO WP96 (2023) automation vs augmentation from the mean and SD of task scores",
        assumptions={"affected_above_score": affected,
                     "augmentation_below_mean_score": augmentation,
                     "automation_from_score": automation, "mean_column": mean_column,
                     "sd_column": sd_column},
        source=_ILO_SOURCE,
    )
    return result


def employment_shares(
    data: pd.DataFrame,
    *,
    category_column: str,
    employment_column: str = "employed_thousands",
    by: Sequence[str] = (),
) -> pd.DataFrame:
    """Employment in each category and its share of the total, within each ``by`` group.

    Returns long rows ``[*by, category_column, employment_column, share, share_pct]``; shares
    are 0-1 (``share``) and 0-100 (``share_pct``). A group whose employment is zero has missing
    shares (a share of nothing is undefined). Every category of a categorical column is listed,
    with zero employment where it has none.

    >>> jobs = pd.DataFrame({"category": ["a", "b", "a"], "employed_thousands": [30.0, 50.0, 20.0]})
    >>> employment_shares(jobs, category_column="category")
      category  employed_thousands  share  share_pct
    0        a                50.0    0.5       50.0
    1        b                50.0    0.5       50.0
    """
    by = list(by)
    frame = check_columns(data, [category_column, employment_column, *by], name="data",
                          numeric=[employment_column])
    check_counts(frame[employment_column], employment_column)
    keys = [*by, category_column]
    totals = (frame.groupby(keys, observed=False, sort=True, dropna=False)[employment_column]
              .sum().reset_index())
    denominators = (totals.groupby(by, observed=False)[employment_column].transform("sum")
                    if by else pd.Series(totals[employment_column].sum(), index=totals.index))
    totals["share"] = totals[employment_column] / denominators.where(denominators > 0)
    totals["share_pct"] = totals["share"] * 100
    totals.attrs = model_attrs(
        method="employment-weighted shares: employment in each category / total employment",
        assumptions={"category_column": category_column, "employment_column": employment_column,
                     "by": by},
    )
    return totals


def share_above_threshold(
    data: pd.DataFrame,
    *,
    score_column: str,
    threshold_probability: float | Sequence[float] = 0.7,
    employment_column: str | None = "employed_thousands",
    by: Sequence[str] = (),
    inclusive: bool = False,
) -> pd.DataFrame:
    """Frey-Osborne style: the share of employment in occupations scoring above a threshold.

    One row per threshold (and ``by`` group), so a sequence of thresholds gives the curve of
    the headline against the threshold. ``inclusive=False`` counts scores strictly above the
    threshold (Frey and Osborne's "above 0.7"). With ``employment_column=None`` each occupation
    counts once. Occupations with a missing score are left out of both numerator and total.

    >>> occ = pd.DataFrame({"probability": [0.9, 0.75, 0.3], "employed_thousands": [10, 30, 60]})
    >>> result = share_above_threshold(occ, score_column="probability",
    ...                                threshold_probability=[0.5, 0.8])
    >>> result[["threshold_probability", "employed_thousands_above", "share"]]
       threshold_probability  employed_thousands_above  share
    0                    0.5                      40.0    0.4
    1                    0.8                      10.0    0.1
    """
    by = list(by)
    frame = check_columns(data, [score_column, employment_column, *by], name="data",
                          numeric=[score_column, employment_column])
    thresholds = [check_between(t, name="threshold_probability", low=0, high=1)
                  for t in np.atleast_1d(np.asarray(threshold_probability, dtype=object))]
    if not thresholds:
        raise ModelInputError("threshold_probability is empty. Pass a number such as 0.7 or a "
                              "list such as [0.5, 0.7, 0.9].")
    frame = frame.dropna(subset=[score_column])
    check_unit_interval(frame[score_column], score_column)
    if employment_column is None:
        weights, name = pd.Series(1.0, index=frame.index), "occupations"
    else:
        check_counts(frame[employment_column], employment_column)
        weights, name = frame[employment_column].astype(float), employment_column
    rows = []
    groups = frame.groupby(by, observed=True, sort=True) if by else [((), frame)]
    for key, group in groups:
        key = key if isinstance(key, tuple) else (key,)
        w = weights.loc[group.index]
        for t in thresholds:
            above = group[score_column] >= t if inclusive else group[score_column] > t
            total = float(w.sum())
            share = float(w[above].sum()) / total if total > 0 else np.nan
            rows.append((*key, t, float(w[above].sum()), total, share, share * 100))
    result = pd.DataFrame(rows, columns=[*by, "threshold_probability", f"{name}_above",
                                         f"{name}_total", "share", "share_pct"])
    result.attrs = model_attrs(
        method="share of employment in occupations whose score is above the threshold "
               "(Frey and Osborne 2013 style)",
        assumptions={"score_column": score_column, "employment_column": employment_column,
                     "inclusive": inclusive, "by": by},
    )
    return result


def major_group_means(
    occupations: pd.DataFrame,
    *,
    score_columns: Sequence[str] = ("mean_score_2025",),
    occupation_column: str = "isco08_4d",
    weight_column: str | None = None,
) -> pd.DataFrame:
    """Mean of occupation scores within each ISCO-08 major group (first digit of the code).

    Unweighted unless ``weight_column`` is given: then a tiny and a huge occupation no longer
    count the same. Returns ``isco08_major_group`` (string, "1"-"9"), ``n_occupations`` and one
    column per score column (same name).

    >>> occ = pd.DataFrame({"isco08_4d": [4110, 4120, 9112], "mean_score_2025": [0.6, 0.4, 0.1]})
    >>> major_group_means(occ)
      isco08_major_group  n_occupations  mean_score_2025
    0                  4              2              0.5
    1                  9              1              0.1
    """
    columns = list(score_columns)
    frame = check_columns(occupations, [occupation_column, *columns, weight_column],
                          name="occupations", numeric=[*columns, weight_column])
    frame = frame.assign(isco08_major_group=isco_major_group(frame[occupation_column]))
    weights = (pd.Series(1.0, index=frame.index) if weight_column is None
               else frame[weight_column].astype(float))
    if weight_column is not None:
        check_counts(weights, weight_column)
    rows = []
    for group, part in frame.groupby("isco08_major_group", sort=True):
        w = weights.loc[part.index]
        row = {"isco08_major_group": group, "n_occupations": len(part)}
        for column in columns:
            ok = part[column].notna() & (w > 0)
            row[column] = (float(np.average(part.loc[ok, column], weights=w[ok]))
                           if ok.any() else np.nan)
        rows.append(row)
    result = pd.DataFrame(rows, columns=["isco08_major_group", "n_occupations", *columns])
    result["isco08_major_group"] = result["isco08_major_group"].astype("string")
    result.attrs = model_attrs(
        method=("employment-weighted" if weight_column else "unweighted")
        + " mean of 4-digit occupation scores within each ISCO-08 major group",
        assumptions={"score_columns": columns, "weight_column": weight_column},
    )
    return result


def category_shares_by_major_group(
    occupations: pd.DataFrame,
    *,
    category_column: str = "exposure_category_2025",
    occupation_column: str = "isco08_4d",
    weight_column: str | None = None,
) -> pd.DataFrame:
    """Share of each major group's 4-digit occupations (or of their weight) in each category.

    Long rows ``isco08_major_group, <category_column>, n_occupations, share, share_pct``.

    >>> occ = pd.DataFrame({"isco08_4d": [4110, 4120, 4131, 9112],
    ...                     "exposure_category_2025": ["high", "high", "low", "low"]})
    >>> category_shares_by_major_group(occ).drop(columns="share_pct").round(3)
      isco08_major_group exposure_category_2025  n_occupations  share
    0                  4                   high              2  0.667
    1                  4                    low              1  0.333
    2                  9                   high              0  0.000
    3                  9                    low              1  1.000
    """
    frame = check_columns(occupations, [occupation_column, category_column, weight_column],
                          name="occupations", numeric=[weight_column])
    frame = frame.assign(isco08_major_group=isco_major_group(frame[occupation_column]),
                         _weight=1.0 if weight_column is None else frame[weight_column],
                         n_occupations=1)
    if weight_column is not None:
        check_counts(frame["_weight"], weight_column)
    categories = (frame[category_column].cat.categories
                  if isinstance(frame[category_column].dtype, pd.CategoricalDtype)
                  else sorted(frame[category_column].dropna().unique()))
    grid = pd.MultiIndex.from_product(
        [sorted(frame["isco08_major_group"].unique()), categories],
        names=["isco08_major_group", category_column])
    sums = (frame.groupby(["isco08_major_group", category_column], observed=True)
            [["n_occupations", "_weight"]].sum().reindex(grid, fill_value=0).reset_index())
    totals = sums.groupby("isco08_major_group")["_weight"].transform("sum")
    sums["share"] = sums["_weight"] / totals.where(totals > 0)
    sums["share_pct"] = sums["share"] * 100
    result = sums.drop(columns="_weight")
    result["isco08_major_group"] = result["isco08_major_group"].astype("string")
    if isinstance(frame[category_column].dtype, pd.CategoricalDtype):   # keep the ILO order
        result[category_column] = result[category_column].astype(frame[category_column].dtype)
    result["n_occupations"] = result["n_occupations"].astype("int64")
    result.attrs = model_attrs(
        method="share of each major group's 4-digit occupations in each category "
               + (f"weighted by {weight_column}" if weight_column
                  else "(each occupation counts once)"),
        assumptions={"category_column": category_column, "weight_column": weight_column},
    )
    return result


def allocate_employment(
    category_shares: pd.DataFrame,
    employment: pd.DataFrame,
    *,
    category_column: str = "exposure_category_2025",
    share_column: str = "share",
    group_column: str = "isco08_major_group",
    employment_column: str = "employed_thousands",
) -> pd.DataFrame:
    """Split each major group's employment across categories by the group's category shares.

    Use it to apply 4-digit exposure categories to a country that publishes employment only by
    major group (Kazakhstan). It assumes employment within a major group is spread over its
    4-digit occupations as the shares say (evenly, if the shares count occupations): an
    assumption, not a fact, and the result is kzdata's own estimate. Employment rows whose group
    has no shares (totals, armed forces, "not classified") are left out and listed in
    ``attrs["assumptions"]["groups_without_shares"]``.

    >>> shares = pd.DataFrame({"isco08_major_group": ["4", "4"],
    ...                        "exposure_category_2025": ["a", "b"], "share": [0.25, 0.75]})
    >>> jobs = pd.DataFrame({"isco08_major_group": ["4", "TOTAL"],
    ...                      "employed_thousands": [200.0, 900.0]})
    >>> allocate_employment(shares, jobs).to_dict("list")  # doctest: +NORMALIZE_WHITESPACE
    {'isco08_major_group': ['4', '4'], 'employed_thousands': [50.0, 150.0],
     'exposure_category_2025': ['a', 'b']}
    """
    shares = check_columns(category_shares, [group_column, category_column, share_column],
                           name="category_shares", numeric=[share_column])
    jobs = check_columns(employment, [group_column, employment_column], name="employment",
                         numeric=[employment_column])
    check_counts(jobs[employment_column], employment_column)
    left = jobs.assign(**{group_column: jobs[group_column].astype("string")})
    right = shares[[group_column, category_column, share_column]].assign(
        **{group_column: shares[group_column].astype("string")})
    missing = sorted(set(left[group_column].dropna()) - set(right[group_column].dropna()))
    merged = left.merge(right, on=group_column, how="inner")
    merged[employment_column] = merged[employment_column] * merged[share_column]
    result = merged.drop(columns=[share_column]).reset_index(drop=True)
    result.attrs = model_attrs(
        method="employment of each major group split across exposure categories in "
               "proportion to the group's category shares (kzdata's own estimate)",
        assumptions={"within_group_distribution": "as in category_shares (evenly over 4-digit "
                     "occupations when shares count occupations)",
                     "groups_without_shares": missing},
    )
    return result


# -- helpers ---------------------------------------------------------------------------------

def _mean_sd(frame: pd.DataFrame, mean_column: str,
             sd_column: str) -> tuple[np.ndarray, np.ndarray]:
    mean = frame[mean_column].to_numpy(dtype=float, na_value=np.nan)
    sd = frame[sd_column].to_numpy(dtype=float, na_value=np.nan)
    check_unit_interval(pd.Series(mean), mean_column)
    if (sd < 0).any():
        raise ModelInputError(f"column {sd_column!r} is a standard deviation and must not be "
                              f"negative; found {plain(sd[sd < 0][0])!r}.")
    return mean, sd


def _labels(level: np.ndarray, missing: np.ndarray, labels: Sequence[str],
            index: pd.Index) -> pd.Series:
    codes = np.where(missing, -1, level)
    return pd.Series(pd.Categorical.from_codes(codes, categories=list(labels), ordered=True),
                     index=index)
