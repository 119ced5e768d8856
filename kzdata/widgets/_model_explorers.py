"""Explorers of the models: exposure cut-offs, adoption scenarios, survey sampling.

Each factory loads its data once, describes its controls, and gives a ``compute`` function that
only calls models and chart builders with the current values. See :mod:`kzdata.widgets._base`.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

import kzdata
import kzdata.charts as kc
from kzdata import exposure, scenarios, survey

from ._base import Control, Explorer, Result

__all__ = ["exposure_explorer", "scenario_explorer", "survey_sampler"]

_CATEGORY = "category_2025_kzdata"
_EXPOSED = [label for label in exposure.ILO_2025_LABELS if label.startswith("Exposed")]


def _pct(value: float) -> str:
    return f"{value:.1f}%"


# --------------------------------------------------------------------------------------------
# Exposure
# --------------------------------------------------------------------------------------------
def exposure_explorer(
    occupations: pd.DataFrame | None = None, employment: pd.DataFrame | None = None
) -> Explorer:
    """Move the ILO 2025 cut-offs and see which occupations, and how many workers, are exposed.

    The scatter shows every occupation by the mean and spread (SD) of its task scores, coloured
    by the category the cut-offs give it (:func:`kzdata.exposure.classify_ilo_2025`). The bars
    apply those categories to Kazakhstan's employment by occupation group, year and sex
    (:func:`kzdata.exposure.allocate_employment`): kzdata's own estimate, which assumes that
    workers are spread evenly over the occupations of each group.

    Parameters
    ----------
    occupations
        One row per ISCO-08 4-digit occupation with ``isco08_4d``, ``occupation_title``,
        ``isco08_major_group``, ``isco08_major_group_label``, ``mean_score_2025`` and
        ``sd_score_2025``. Default: the remote dataset ``ilo_genai_occupations`` (downloaded
        once, or read from the ``KZDATA_MIRROR`` folder).
    employment
        Employment by major group, year and sex. Default: ``employment_by_occupation``.

    Returns
    -------
    Explorer
        Controls: ``group``, ``year``, ``sex``, ``minimal_from_score``, ``exposed_from_score``,
        ``gradient_2_from``, ``gradient_3_from``, ``gradient_4_from``, ``headline_from``.
    """
    occ = kzdata.load("ilo_genai_occupations") if occupations is None else occupations
    jobs = kzdata.load("employment_by_occupation") if employment is None else employment
    groups = (occ[["isco08_major_group", "isco08_major_group_label"]].drop_duplicates()
              .sort_values("isco08_major_group"))
    years = sorted(int(y) for y in jobs["year"].dropna().unique())
    controls = [
        Control("group", "dropdown", "Occupation group", "all",
                options=[("All groups", "all")] + [
                    (f"{g}: {label}", g) for g, label in groups.itertuples(index=False)]),
        Control("year", "dropdown", "Employment in year", years[-1],
                options=[(str(y), y) for y in years]),
        Control("sex", "toggle", "Workers", "total",
                options=[("All", "total"), ("Women", "female"), ("Men", "male")]),
        Control("minimal_from_score", "float", "'Minimal' from mean + SD", 0.40,
                minimum=0.0, maximum=1.0, step=0.01),
        Control("exposed_from_score", "float", "'Exposed' from mean + SD", 0.50,
                minimum=0.0, maximum=1.0, step=0.01),
        Control("gradient_2_from", "float", "Gradient 2 from mean", 0.40,
                minimum=0.0, maximum=1.0, step=0.01),
        Control("gradient_3_from", "float", "Gradient 3 from mean", 0.50,
                minimum=0.0, maximum=1.0, step=0.01),
        Control("gradient_4_from", "float", "Gradient 4 from mean", 0.60,
                minimum=0.0, maximum=1.0, step=0.01),
        Control("headline_from", "dropdown", "Count as exposed from", _EXPOSED[0],
                options=[(label, label) for label in _EXPOSED]),
    ]

    def compute(v: dict[str, Any]) -> Result:
        cut = {"minimal_from_score": v["minimal_from_score"],
               "exposed_from_score": v["exposed_from_score"],
               "gradient_from_mean_score": (v["gradient_2_from"], v["gradient_3_from"],
                                            v["gradient_4_from"])}
        classified = exposure.classify_ilo_2025(occ, output_column=_CATEGORY, **cut)
        shares = exposure.category_shares_by_major_group(classified, category_column=_CATEGORY)
        chosen_jobs = jobs[(jobs["year"] == v["year"]) & (jobs["sex"] == v["sex"])]
        allocated = exposure.allocate_employment(shares, chosen_jobs, category_column=_CATEGORY)
        points = classified
        where = "Kazakhstan"
        if v["group"] != "all":
            points = classified[classified["isco08_major_group"] == v["group"]]
            allocated = allocated[allocated["isco08_major_group"] == v["group"]]
            where = f"group {v['group']}"
        employed = exposure.employment_shares(allocated, category_column=_CATEGORY)
        counted_labels = _EXPOSED[_EXPOSED.index(v["headline_from"]):]
        counted = employed[_CATEGORY].astype("object").isin(counted_labels)
        headline = float(employed.loc[counted, "share_pct"].sum())
        workers = {"total": "employed people", "female": "employed women", "male": "employed men"}
        scatter = kc.exposure_scatter(
            points, category=_CATEGORY, category_order=exposure.ILO_2025_LABELS,
            boundaries=kc.ilo_2025_boundaries(**cut),
            title="Occupations by the mean and spread of their task scores",
            source="ILO Working Paper 140 (2025) task scores; categories recomputed by kzdata "
                   "with the cut-offs chosen",
        )
        bars = kc.bar_chart(
            employed, category=_CATEGORY, value="share_pct", sort=list(exposure.ILO_2025_LABELS),
            highlight=counted_labels, highlight_label="counted",
            category_title="Category", value_title=f"Share of {workers[v['sex']]} (%)",
            title=f"{workers[v['sex']].capitalize()} in {where}, {v['year']}, by category",
            subtitle="kzdata's own estimate: workers assumed spread evenly over each group's "
                     "occupations.",
            source=f"ILOSTAT employment by occupation ({v['year']}); ILO Working Paper 140 "
                   "(2025) scores; computed by kzdata",
        )
        summary = (
            f"With these cut-offs, about {_pct(headline)} of {workers[v['sex']]} in {where} "
            f"({v['year']}) work in occupations counted as exposed ({v['headline_from']} or "
            f"higher). Our own calculation: exposure is what AI could do to tasks, not a "
            f"forecast of job losses."
        )
        counts = points[_CATEGORY].value_counts()
        state = {"headline_share_pct": headline,
                 "occupations_by_category": {str(k): int(counts.get(k, 0))
                                             for k in exposure.ILO_2025_LABELS},
                 "employment_shares": employed,
                 "charts": {"occupations": scatter, "employment": bars}}
        return Result(kc.concat(scatter, bars), summary, state)

    return Explorer(
        title="Exposure explorer",
        intro="Move the cut-offs of the ILO's 2025 exposure gradients and watch the categories "
              "and the share of workers change.",
        control_specs=controls, compute=compute,
    )


# --------------------------------------------------------------------------------------------
# Adoption scenarios
# --------------------------------------------------------------------------------------------
def _default_groups() -> pd.DataFrame:
    occ = kzdata.load("ilo_genai_occupations")
    means = exposure.major_group_means(occ, score_columns=["mean_score_2025"])
    jobs = kzdata.load("employment_by_occupation", year=2013, sex="total")
    table = means.merge(jobs[["isco08_major_group", "employed_thousands"]],
                        on="isco08_major_group", how="inner")
    return table


def scenario_explorer(groups: pd.DataFrame | None = None, *, start_year: int = 2025,
                      years: int = 15) -> Explorer:
    """See how wages, technology cost and diffusion speed change a (toy) adoption scenario.

    Runs :func:`kzdata.scenarios.adoption_scenario` and :func:`kzdata.scenarios.scenario_totals`
    for the settings and charts two different quantities over time: the share of jobs that
    include at least one changed task, and the share of all work (tasks) changed. A teaching
    model, not a forecast.

    Parameters
    ----------
    groups
        One row per occupation group with ``isco08_major_group``, ``mean_score_2025`` (the
        share of tasks exposed, 0-1) and ``employed_thousands``. Default: ILO 2025 mean task scores of each ISCO major group
        (unweighted mean over its occupations) with Kazakhstan's employment in 2013 (ILOSTAT).

    Returns
    -------
    Explorer
        Controls: ``wage_kzt_per_month``, ``technology_cost_kzt_per_month``,
        ``speed_per_year``.
    """
    table = _default_groups() if groups is None else groups
    controls = [
        Control("wage_kzt_per_month", "int", "Wage (KZT a month)", 310_000,
                minimum=50_000, maximum=1_500_000, step=10_000,
                help="The 2022 average monthly wage in Kazakhstan was about 310,000 KZT (BNS)."),
        Control("technology_cost_kzt_per_month", "int", "Technology cost (KZT a month)", 200_000,
                minimum=10_000, maximum=1_500_000, step=10_000),
        Control("speed_per_year", "float", "Diffusion speed (per year)", 0.6,
                minimum=0.1, maximum=2.0, step=0.05),
    ]

    def compute(v: dict[str, Any]) -> Result:
        run = scenarios.adoption_scenario(
            table, wage_kzt_per_month=v["wage_kzt_per_month"],
            technology_cost_kzt_per_month=v["technology_cost_kzt_per_month"],
            speed_per_year=v["speed_per_year"], occupation_column="isco08_major_group",
            exposure_column="mean_score_2025", employment_column="employed_thousands",
            start_year=start_year, years=years)
        totals = scenarios.scenario_totals(run, employment_column="employed_thousands")
        long = totals.melt(id_vars="year", value_vars=["jobs_affected_share", "tasks_changed_share"],
                           var_name="measure", value_name="share")
        long["measure"] = long["measure"].map({
            "jobs_affected_share": "jobs with at least one changed task",
            "tasks_changed_share": "work (tasks) changed"})
        long["share_pct"] = long["share"] * 100
        chart = kc.line_chart(
            long, y="share_pct", color="measure", dash="measure",
            title="A toy adoption scenario: how much changes, and how fast",
            subtitle="Two different measures: never add them or turn one into the other.",
            y_title="Share (%)", x_title="Year",
            source="kzdata.scenarios toy model; ILO Working Paper 140 (2025) scores; ILOSTAT "
                   "employment 2013. Illustrative, not a forecast",
        )
        last = totals.iloc[-1]
        ratio = v["wage_kzt_per_month"] / v["technology_cost_kzt_per_month"]
        summary = (
            f"By {int(last['year'])}: {_pct(100 * float(last['jobs_affected_share']))} of jobs "
            f"include at least one changed task, and {_pct(100 * float(last['tasks_changed_share']))} "
            f"of all work changes. Wage / technology cost = {ratio:.2f}: the cheaper labour is "
            f"compared with the technology, the less employers adopt it. A toy model, not a "
            f"forecast."
        )
        state = {"totals": totals, "wage_to_cost_ratio": ratio,
                 "jobs_affected_share_end": float(last["jobs_affected_share"]),
                 "tasks_changed_share_end": float(last["tasks_changed_share"])}
        return Result(chart, summary, state)

    return Explorer(
        title="Scenario explorer",
        intro="Change the wage, the technology's cost and how fast it spreads.",
        control_specs=controls, compute=compute,
    )


# --------------------------------------------------------------------------------------------
# Survey sampling
# --------------------------------------------------------------------------------------------
def survey_sampler(*, sample_size: int = 1434, true_share_pct: float = 42.0,
                   n_samples: int = 1000, seed: int = 2025) -> Explorer:
    """Draw many synthetic samples and see how far their shares fall from the truth.

    Uses :func:`kzdata.survey.simulate_samples` and :func:`kzdata.survey.margin_of_error`.
    The samples are simple random samples; a real opt-in online panel can be far more wrong
    than its margin of error says.

    Returns
    -------
    Explorer
        Controls: ``sample_size``, ``true_share_pct``.

    Examples
    --------
    >>> sampler = survey_sampler(sample_size=400, true_share_pct=30)
    >>> round(sampler.state["margin_of_error_pct"], 1)
    4.5
    """
    controls = [
        Control("sample_size", "int", "Sample size (people)", sample_size,
                minimum=20, maximum=5000, step=10),
        Control("true_share_pct", "float", "True share in the population (%)", float(true_share_pct),
                minimum=1.0, maximum=99.0, step=1.0, readout_format=".0f"),
    ]

    def compute(v: dict[str, Any]) -> Result:
        share = v["true_share_pct"] / 100
        samples = survey.simulate_samples(population_share=share, sample_size=v["sample_size"],
                                          n_samples=n_samples, seed=seed)
        moe = 100 * survey.margin_of_error(share=share, sample_size=v["sample_size"])
        covered = 100 * float(samples["covers_population_share"].mean())
        chart = kc.sample_histogram(
            samples, true_share_pct=v["true_share_pct"], margin_of_error_pct=moe,
            subtitle=f"{n_samples:,} samples of {v['sample_size']:,} people each (synthetic).")
        summary = (
            f"Margin of error for {v['sample_size']:,} people: +/- {moe:.1f} points. In "
            f"{covered:.1f}% of the {n_samples:,} samples the sample's own 95% interval "
            f"contains the true share ({v['true_share_pct']:.0f}%). This holds for random "
            f"samples only, not for opt-in online panels."
        )
        state = {"margin_of_error_pct": moe, "covered_pct": covered,
                 "sample_shares": samples["sample_share"]}
        return Result(chart, summary, state)

    return Explorer(
        title="Survey sampler",
        intro="Change the sample size and the true share; each bar counts simulated samples.",
        control_specs=controls, compute=compute,
    )
