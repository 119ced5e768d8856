"""Plain CSV files from research repositories: Frey-Osborne, GPTs-are-GPTs and BLS OEWS.

* ``frey_osborne_automation_risk_index_clean.csv`` (GitHub ``ignaciourbina/labor-force``): the
  appendix table of Frey and Osborne (2013/2017), 702 US SOC 2010 occupations, parsed to CSV
  by that repository. Columns ``Rank, Probability, Label, SOC code, Occupation``.
* ``occ_level.csv`` (GitHub ``openai/GPTs-are-GPTs``): occupation-level exposure of Eloundou
  et al., 923 O*NET-SOC occupations, with GPT-4 (``dv_rating_*``) and human
  (``human_rating_*``) ratings of alpha, beta and gamma.
* ``national_May2021_dl.csv`` (the same repository): US BLS Occupational Employment and Wage
  Statistics (OEWS), national, May 2021. Numbers are written with thousands separators; ``*``
  marks a figure not available and ``#`` a wage at or above the top of the published range.
"""

from __future__ import annotations

import os

import pandas as pd

from kzdata.parsers._common import ParseError, clean_text, require_columns

__all__ = ["frey_osborne", "gpts_are_gpts", "bls_oews"]


def _unique(codes: pd.Series, path: str | os.PathLike[str], pattern: str, what: str) -> None:
    bad = codes[~codes.fillna("").str.fullmatch(pattern)]
    if len(bad):
        raise ParseError(f"{os.path.basename(path)}: {list(bad[:5])} are not {what}")
    if codes.duplicated().any():
        raise ParseError(f"{os.path.basename(path)}: {list(codes[codes.duplicated()][:5])} occur twice")


def frey_osborne(path: str | os.PathLike[str]) -> pd.DataFrame:
    """Probability of computerisation of 702 US occupations (Frey and Osborne).

    Returns ``soc2010_code``, ``occupation``, ``rank`` (1 = least computerisable),
    ``probability_computerisation`` (0-1) and ``training_label`` (1 = hand-labelled
    automatable, 0 = not automatable, empty = not one of the 70 training occupations).
    """
    raw = pd.read_csv(path, dtype={"SOC code": str}, encoding="utf-8-sig")
    require_columns(raw, ["Rank", "Probability", "Label", "SOC code", "Occupation"], path)
    codes = raw["SOC code"].str.strip()
    _unique(codes, path, r"\d{2}-\d{4}", "SOC codes")
    labels = pd.to_numeric(raw["Label"], errors="raise")
    if not labels.dropna().isin([0, 1]).all():
        raise ParseError(f"{os.path.basename(path)}: Label holds values other than 0, 1 and empty")
    return pd.DataFrame(
        {
            "soc2010_code": codes,
            "occupation": raw["Occupation"].map(clean_text),
            "rank": pd.to_numeric(raw["Rank"], errors="raise"),
            "probability_computerisation": pd.to_numeric(raw["Probability"], errors="raise"),
            "training_label": labels.astype("Int64"),
        }
    )


_GPTS_COLUMNS = {
    "dv_rating_alpha": "gpt4_alpha",
    "dv_rating_beta": "gpt4_beta",
    "dv_rating_gamma": "gpt4_gamma",
    "human_rating_alpha": "human_alpha",
    "human_rating_beta": "human_beta",
    "human_rating_gamma": "human_gamma",
}


def gpts_are_gpts(path: str | os.PathLike[str]) -> pd.DataFrame:
    """Occupation-level LLM exposure of Eloundou, Manning, Mishkin and Rock.

    Returns ``onetsoc_code`` (O*NET-SOC, e.g. ``15-1252.00``), ``soc2018_code`` (its first
    seven characters: the 6-digit SOC code the O*NET occupation belongs to; the O*NET-SOC 2019
    taxonomy used here is built on the 2018 SOC), ``occupation_title``,
    then ``gpt4_alpha``, ``gpt4_beta``, ``gpt4_gamma`` (GPT-4's ratings) and ``human_alpha``,
    ``human_beta``, ``human_gamma`` (human annotators'): shares of the occupation's tasks
    rated exposed, alpha = E1, beta = E1 + 0.5 E2, gamma = E1 + E2.
    """
    raw = pd.read_csv(path, dtype={"O*NET-SOC Code": str}, encoding="utf-8-sig")
    require_columns(raw, ["O*NET-SOC Code", "Title", *_GPTS_COLUMNS], path)
    codes = raw["O*NET-SOC Code"].str.strip()
    _unique(codes, path, r"\d{2}-\d{4}\.\d{2}", "O*NET-SOC codes")
    frame = pd.DataFrame(
        {"onetsoc_code": codes, "soc2018_code": codes.str[:7], "occupation_title": raw["Title"].map(clean_text)}
    )
    for source, target in _GPTS_COLUMNS.items():
        frame[target] = pd.to_numeric(raw[source], errors="raise")
    return frame


def _number(series: pd.Series) -> pd.Series:
    """'1,234.5' -> 1234.5; '*' and '#' (BLS notes) and empty -> missing."""
    text = series.astype("string").str.strip().str.replace(",", "", regex=False)
    text = text.mask(text.isin(["*", "#", "**", ""]))
    return pd.to_numeric(text, errors="raise")


def bls_oews(path: str | os.PathLike[str]) -> pd.DataFrame:
    """US employment and wages by detailed SOC occupation, BLS OEWS national estimates.

    Keeps the rows with ``O_GROUP == "detailed"`` (the occupations that do not overlap; the
    file also has totals for major, minor and broad groups). Returns ``soc2018_code`` (the
    May 2021 estimates use the 2018 SOC), ``occupation_title``, ``employed_persons``, ``employment_rse_pct``,
    ``mean_hourly_wage_usd``, ``mean_annual_wage_usd``, ``median_hourly_wage_usd``,
    ``median_annual_wage_usd``, ``annual_wage_only`` and ``hourly_wage_only`` (BLS publishes
    only one kind of wage for these occupations), ``wage_top_coded`` (a median or mean shown
    as ``#``: at or above the top of the published range, so left empty).
    """
    raw = pd.read_csv(path, dtype=str, encoding="utf-8-sig", keep_default_na=False)
    needed = ["OCC_CODE", "OCC_TITLE", "O_GROUP", "TOT_EMP", "EMP_PRSE", "H_MEAN", "A_MEAN",
              "H_MEDIAN", "A_MEDIAN", "ANNUAL", "HOURLY"]
    require_columns(raw, needed, path)
    areas = raw["AREA_TITLE"].unique() if "AREA_TITLE" in raw else []
    if len(areas) > 1:
        raise ParseError(f"{os.path.basename(path)}: expected one area (the national file), found {list(areas)[:5]}")
    detailed = raw[raw["O_GROUP"].str.strip() == "detailed"]
    codes = detailed["OCC_CODE"].str.strip()
    _unique(codes, path, r"\d{2}-\d{4}", "SOC codes")
    wages = detailed[["H_MEAN", "A_MEAN", "H_MEDIAN", "A_MEDIAN"]]
    return pd.DataFrame(
        {
            "soc2018_code": codes,
            "occupation_title": detailed["OCC_TITLE"].map(clean_text),
            "employed_persons": _number(detailed["TOT_EMP"]),
            "employment_rse_pct": _number(detailed["EMP_PRSE"]),
            "mean_hourly_wage_usd": _number(detailed["H_MEAN"]),
            "mean_annual_wage_usd": _number(detailed["A_MEAN"]),
            "median_hourly_wage_usd": _number(detailed["H_MEDIAN"]),
            "median_annual_wage_usd": _number(detailed["A_MEDIAN"]),
            "annual_wage_only": detailed["ANNUAL"].str.strip().str.upper().eq("TRUE"),
            "hourly_wage_only": detailed["HOURLY"].str.strip().str.upper().eq("TRUE"),
            "wage_top_coded": wages.apply(lambda c: c.str.strip().eq("#")).any(axis=1),
        }
    ).reset_index(drop=True)
