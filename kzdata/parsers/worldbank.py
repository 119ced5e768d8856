"""World Bank bulk CSV downloads (World Development Indicators, one country).

The bulk download ``API_<ISO3>_DS2_en_csv_v2_<n>.csv`` starts with four lines of preamble
(``"Data Source","World Development Indicators"``, ``"Last Updated Date","2026-04-08"``), then a
wide table: ``Country Name, Country Code, Indicator Name, Indicator Code`` and one column per
year from 1960, each line ending with a trailing comma. The companion
``Metadata_Indicator_...csv`` has ``INDICATOR_CODE, INDICATOR_NAME, SOURCE_NOTE,
SOURCE_ORGANIZATION``. Both are UTF-8 with a byte-order mark.
"""

from __future__ import annotations

import csv
import os
import re

import pandas as pd

from kzdata.parsers._common import ParseError, clean_text, require_columns

__all__ = ["read_preamble", "indicators_long", "indicator_metadata"]

_ID_COLUMNS = ["Country Name", "Country Code", "Indicator Name", "Indicator Code"]


def read_preamble(path: str | os.PathLike[str]) -> tuple[dict[str, str], int]:
    """Return the key-value lines above the table and the number of lines to skip.

    >>> import tempfile, pathlib
    >>> f = pathlib.Path(tempfile.mkdtemp()) / "wdi.csv"
    >>> _ = f.write_text('"Data Source","WDI",\\n\\n"Country Name","Country Code"\\n')
    >>> read_preamble(f)
    ({'Data Source': 'WDI'}, 2)
    """
    info: dict[str, str] = {}
    with open(path, encoding="utf-8-sig", newline="") as handle:
        for number, row in enumerate(csv.reader(handle)):
            if row and row[0] == "Country Name":
                return info, number
            if number > 20:
                break
            if len(row) >= 2 and row[0]:
                info[row[0]] = row[1]
    raise ParseError(f"{os.path.basename(path)}: no 'Country Name' header line in the first 20 lines")


def indicators_long(data_path: str | os.PathLike[str], metadata_path: str | os.PathLike[str]) -> pd.DataFrame:
    """Every indicator and year with a value, in long form, with the series' source organisation.

    Parameters
    ----------
    data_path
        The bulk data file ``API_..._DS2_en_csv_v2_....csv``.
    metadata_path
        Its ``Metadata_Indicator_...csv``.

    Returns
    -------
    pandas.DataFrame
        ``country_code``, ``indicator_code``, ``indicator_name``, ``year``, ``value``,
        ``source_organization`` (from the metadata file; which agency produced the series).
        Empty cells of the wide table (no value for that year) are not rows.
    """
    _, skip = read_preamble(data_path)
    wide = pd.read_csv(data_path, skiprows=skip, encoding="utf-8-sig", dtype={c: str for c in _ID_COLUMNS})
    require_columns(wide, _ID_COLUMNS, data_path)
    years = [c for c in wide.columns if re.fullmatch(r"\d{4}", str(c))]
    if not years:
        raise ParseError(f"{os.path.basename(data_path)}: no year columns")
    if wide["Indicator Code"].duplicated().any() and wide["Country Code"].nunique() == 1:
        raise ParseError(f"{os.path.basename(data_path)}: an indicator code occurs twice")
    long = wide.melt(id_vars=_ID_COLUMNS, value_vars=years, var_name="year", value_name="value")
    long = long.dropna(subset=["value"])
    meta = indicator_metadata(metadata_path)
    organisations = meta.set_index("indicator_code")["source_organization"]
    frame = pd.DataFrame(
        {
            "country_code": long["Country Code"].str.strip(),
            "indicator_code": long["Indicator Code"].str.strip(),
            "indicator_name": long["Indicator Name"].map(clean_text),
            "year": long["year"].astype("int64"),
            "value": pd.to_numeric(long["value"], errors="raise"),
        }
    )
    frame["source_organization"] = frame["indicator_code"].map(organisations)
    frame = frame.sort_values(["indicator_code", "year"], kind="stable")
    return frame.reset_index(drop=True)


def indicator_metadata(path: str | os.PathLike[str]) -> pd.DataFrame:
    """One row per indicator: ``indicator_code``, ``indicator_name``, ``source_organization``,
    ``definition`` (the WDI source note)."""
    raw = pd.read_csv(path, encoding="utf-8-sig", dtype=str, keep_default_na=False)
    require_columns(raw, ["INDICATOR_CODE", "INDICATOR_NAME", "SOURCE_NOTE", "SOURCE_ORGANIZATION"], path)
    frame = pd.DataFrame(
        {
            "indicator_code": raw["INDICATOR_CODE"].str.strip(),
            "indicator_name": raw["INDICATOR_NAME"].map(clean_text),
            "source_organization": raw["SOURCE_ORGANIZATION"].map(_strip),
            "definition": raw["SOURCE_NOTE"].map(_strip),
        }
    )
    if frame["indicator_code"].duplicated().any():
        raise ParseError(f"{os.path.basename(path)}: an indicator code occurs twice")
    return frame.sort_values("indicator_code", kind="stable").reset_index(drop=True)


def _strip(value: object) -> str | None:
    """Strip the ends of a long text, keeping its line breaks and spacing as published."""
    if value is None:
        return None
    text = str(value).strip()
    return text or None
