"""Explorers of the data: the claims ledger, and the labour market by sector and region.

Each factory loads its data once, describes its controls, and gives a ``compute`` function
that only calls kzdata's chart builders with the current values. See :mod:`kzdata.widgets._base`.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

import kzdata
import kzdata.charts as kc

from ._base import Control, Explorer, ExplorerInputError, Result

__all__ = ["claims_checker", "labour_market_explorer"]


# --------------------------------------------------------------------------------------------
# Claims ledger
# --------------------------------------------------------------------------------------------
_STATUS_ORDER = ["confirmed", "source found", "unverified", "contradicted"]


def claims_checker(claims: pd.DataFrame | None = None, *, claim_id: str | None = None) -> Explorer:
    """Pick a claim from the ledger and see its value, unit, base, source and verification.

    Parameters
    ----------
    claims
        The claims ledger (default: ``kzdata.load("claims")``) or a part of it.
    claim_id
        The claim shown first (default: the first row).

    Returns
    -------
    Explorer
        Control: ``claim``. ``state`` holds the claim's fields.

    Examples
    --------
    >>> checker = claims_checker(claim_id="seed_jobs_1m")
    >>> checker.state["unit"], checker.state["status"]
    ('jobs', 'source found')
    """
    ledger = kzdata.load("claims") if claims is None else claims
    if ledger.empty:
        raise ExplorerInputError("The claims table has no rows to check.")
    options = []
    for row in ledger.itertuples(index=False):
        text = str(row.claim_text)
        options.append((text if len(text) <= 90 else text[:88].rstrip() + "...", row.claim_id))
    first = claim_id if claim_id is not None else options[0][1]
    statuses = [s for s in _STATUS_ORDER if s in set(ledger["status"])] + sorted(
        set(ledger["status"].dropna()) - set(_STATUS_ORDER))
    counts = (ledger["status"].value_counts().reindex(statuses, fill_value=0)
              .rename_axis("status").reset_index(name="claims"))
    counts.attrs = {"name": ledger.attrs.get("name", "claims")}
    controls = [Control("claim", "dropdown", "Claim", first, options=options, width="60em")]

    def compute(v: dict[str, Any]) -> Result:
        row = ledger[ledger["claim_id"] == v["claim"]].iloc[0]
        fields = {k: (None if pd.isna(row[k]) else row[k]) for k in ledger.columns}
        value = fields.get("value")
        qualifier = f"{fields['value_qualifier']} " if fields.get("value_qualifier") else ""
        unit = str(fields.get("unit") or "")
        gap = "" if unit.startswith("%") else " "
        number = (f"{value:,.0f}" if value is not None and float(value).is_integer()
                  else f"{value:,.4g}" if value is not None else "")
        shown_value = f"{qualifier}{number}{gap}{unit}".strip() if value is not None else "no number"
        chart = kc.bar_chart(
            counts, category="status", value="claims", sort=statuses,
            highlight=[fields["status"]], highlight_label="this claim", value_format=",.0f",
            category_title="Status",
            value_title="Claims in the ledger",
            title=f"This claim's status: {fields['status']}",
            subtitle="How many claims in the ledger have each status.",
            source=f"kzdata claims ledger; {kc.source_caption('claims')[len('Source: '):]}",
        )
        lines = [
            f"Claim: {fields['claim_text']}",
            f"Value: {shown_value}. Unit of analysis: {fields.get('unit_of_analysis') or 'not stated'}.",
            f"Base (who or what it counts): {fields.get('population') or 'not stated'}.",
            f"Date it refers to: {fields.get('reference_date') or 'not stated'}.",
            f"Claimed by: {fields.get('claimed_by') or 'not stated'} ({fields.get('claim_date') or 'no date'}).",
            f"Original source: {fields.get('original_source') or 'not found'}.",
            f"Status: {fields['status']}. {fields.get('evidence') or ''}".strip(),
        ]
        return Result(chart, "\n".join(lines), dict(fields))

    return Explorer(
        title="Claims checker",
        intro="Pick a claim: what is counted, out of what, and has anyone checked it?",
        control_specs=controls, compute=compute,
    )


# --------------------------------------------------------------------------------------------
# Labour market: sectors and regions
# --------------------------------------------------------------------------------------------
def labour_market_explorer() -> Explorer:
    """Browse employment by sector and unemployment by region.

    Three views: the three-sector shares over time (official and modelled series, by sex),
    unemployment of chosen regions over time, and every region ranked in one year.

    Returns
    -------
    Explorer
        Controls: ``view``, ``sex`` (sectors), ``regions`` (regions over time, highlighted in
        the ranking) and ``year`` (ranking).

    Examples
    --------
    >>> explorer = labour_market_explorer().set(view="regions_year", year=2020)
    >>> explorer.state["view"]
    'regions_year'
    """
    regions = kzdata.load("unemployment_by_region")
    names = list(dict.fromkeys(regions.sort_values(["region_type", "region"])["region"]))
    national = "Republic of Kazakhstan"
    years = sorted(int(y) for y in regions["year"].unique())
    controls = [
        Control("view", "toggle", "Show", "sectors", options=[
            ("Sectors over time", "sectors"), ("Regions over time", "regions_time"),
            ("Regions in one year", "regions_year")]),
        Control("sex", "toggle", "Workers", "total",
                options=[("All", "total"), ("Women", "female"), ("Men", "male")],
                visible=lambda v: v["view"] == "sectors"),
        Control("regions", "multi", "Regions", (national, "Almaty city", "Mangistauskaya"),
                options=[(n, n) for n in names], visible=lambda v: v["view"] != "sectors",
                help="Hold Ctrl (Cmd on a Mac) to pick several."),
        Control("year", "int", "Year", years[-1], minimum=years[0], maximum=years[-1], step=1,
                visible=lambda v: v["view"] == "regions_year"),
    ]

    def compute(v: dict[str, Any]) -> Result:
        if v["view"] == "sectors":
            series = ("official", "modelled") if v["sex"] == "total" else ("modelled",)
            chart = kc.sector_shares_chart(sex=v["sex"], series=series)
            summary = ("Shares of employed people in agriculture, industry and services. "
                       + ("Solid: official BNS series; dashed: ILO modelled estimates."
                          if v["sex"] == "total" else
                          "Women's and men's shares exist only as ILO modelled estimates."))
        elif v["view"] == "regions_time":
            chart = kc.line_chart("unemployment_by_region", y="unemployment_rate_pct",
                                  color="region", filters={"region": list(v["regions"])},
                                  color_domain=list(v["regions"]),
                                  title="Unemployment rate by region",
                                  subtitle="From 2015 the survey uses the ILO's newer definition "
                                           "(19th ICLS).")
            summary = kc.describe(chart)
        else:
            present = set(regions.loc[regions["year"] == v["year"], "region"])
            chart = kc.bar_chart("unemployment_by_region", category="region",
                                 value="unemployment_rate_pct", filters={"year": v["year"]},
                                 highlight=[r for r in v["regions"] if r in present] or None,
                                 highlight_label="chosen",
                                 value_format=".1f",
                                 category_title="Region",
                                 title=f"Unemployment rate by region, {v['year']}")
            summary = kc.describe(chart)
        return Result(chart, summary, {"builder": chart.usermeta["kzdata"]["builder"]})

    return Explorer(
        title="Labour market explorer",
        intro="Where people work, and where unemployment is high.",
        control_specs=controls, compute=compute,
    )
