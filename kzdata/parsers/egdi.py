"""UN E-Government Development Index files, one CSV per survey (``egdi-<year>.csv``).

The files of GitHub ``UNU-EGOV/datasets`` have the header ``country-code, country-name,
e-gov-rank, e-gov-index, e-pat-index, osi, hci, tii``: ISO3 code, country, EGDI rank, the
EGDI and its components (E-Participation Index, Online Service Index, Human Capital Index,
Telecommunication Infrastructure Index), all 0-1. The survey year is in the file name.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pandas as pd

from kzdata.parsers._common import ParseError, clean_text, require_columns

__all__ = ["survey_year", "egdi"]

_COLUMNS = {
    "e-gov-rank": "egdi_rank",
    "e-gov-index": "egdi",
    "e-pat-index": "epart_index",
    "osi": "online_service_index",
    "hci": "human_capital_index",
    "tii": "telecom_infrastructure_index",
}


def survey_year(path: str | os.PathLike[str]) -> int:
    """Read the survey year from a file name such as ``egdi-2018.csv``.

    >>> survey_year("data/egdi-2018.csv")
    2018
    """
    found = re.fullmatch(r"egdi-(\d{4})\.csv", Path(path).name)
    if not found:
        raise ParseError(f"{Path(path).name}: expected a file name like egdi-2018.csv")
    return int(found.group(1))


def egdi(*paths: str | os.PathLike[str]) -> pd.DataFrame:
    """All countries of every survey file given, in long form (one row per country and survey).

    Returns ``survey_year``, ``iso3``, ``country``, ``egdi_rank``, ``egdi``, ``epart_index``,
    ``online_service_index``, ``human_capital_index``, ``telecom_infrastructure_index``. A
    country with no figure at all in a survey (South Sudan in 2010) has no row.
    """
    if not paths:
        raise ParseError("egdi() needs at least one egdi-<year>.csv file")
    frames = []
    for path in paths:
        year = survey_year(path)
        raw = pd.read_csv(path, encoding="utf-8-sig", dtype={"country-code": str})
        require_columns(raw, ["country-code", "country-name", *_COLUMNS], path)
        codes = raw["country-code"].str.strip()
        if codes.duplicated().any() or not codes.str.fullmatch(r"[A-Z]{3}").all():
            raise ParseError(f"{Path(path).name}: country codes are not unique ISO3 codes")
        frame = pd.DataFrame(
            {"survey_year": year, "iso3": codes, "country": raw["country-name"].map(clean_text)}
        )
        for source, target in _COLUMNS.items():
            frame[target] = pd.to_numeric(raw[source], errors="raise")
        ranks = frame["egdi_rank"].dropna()
        if not (ranks == ranks.round()).all():
            raise ParseError(f"{Path(path).name}: e-gov-rank holds values that are not whole numbers")
        frame = frame.dropna(subset=list(_COLUMNS.values()), how="all")
        frames.append(frame)
    result = pd.concat(frames, ignore_index=True)
    return result.sort_values(["survey_year", "iso3"], kind="stable").reset_index(drop=True)
