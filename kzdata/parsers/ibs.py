"""The IBS occupation crosswalks: Stata files in ``onetsoc_to_isco_cws_ibs.zip``.

The Institute for Structural Research (IBS, Warsaw) publishes the crosswalks behind Hardy,
Keister and Lewandowski (2018) as a zip of Stata ``.dta`` files (``soc10_isco08.dta``,
``soc00_soc10.dta``, ``isco88_soc00.dta`` and O*NET-SOC version bridges) with the do-file that
uses them. Codes are stored as numbers (``111011`` for SOC ``11-1011``, ``110`` for ISCO-08
``0110``); the parser writes them as the usual text codes.
"""

from __future__ import annotations

import io
import os
import zipfile

import pandas as pd

from kzdata.parsers._common import ParseError, require_columns

__all__ = ["read_member", "soc10_isco08"]


def read_member(path: str | os.PathLike[str], member: str) -> pd.DataFrame:
    """Read one ``.dta`` file from the zip, found by its base name (folders are ignored)."""
    with zipfile.ZipFile(path) as archive:
        matches = [n for n in archive.namelist() if n.rsplit("/", 1)[-1] == member]
        if len(matches) != 1:
            raise ParseError(
                f"{os.path.basename(path)}: expected one '{member}' in the archive, found {len(matches)}"
            )
        data = archive.read(matches[0])
    return pd.read_stata(io.BytesIO(data), convert_categoricals=False)


def _soc(codes: pd.Series) -> pd.Series:
    text = codes.astype("int64").astype(str).str.zfill(6)
    return text.str[:2] + "-" + text.str[2:]


def soc10_isco08(path: str | os.PathLike[str]) -> pd.DataFrame:
    """The SOC 2010 -> ISCO-08 crosswalk: one row per (SOC 2010 code, ISCO-08 4-digit code) pair.

    Returns ``soc2010_code`` (``11-1011``) and ``isco08_4d`` (``1112``; armed forces ``0110``),
    sorted by SOC and ISCO code. The mapping is many-to-many.
    """
    raw = read_member(path, "soc10_isco08.dta")
    require_columns(raw, ["soc10", "isco08"], path)
    if raw[["soc10", "isco08"]].isna().any().any():
        raise ParseError(f"{os.path.basename(path)}: soc10_isco08.dta has empty codes")
    frame = pd.DataFrame(
        {
            "soc2010_code": _soc(raw["soc10"]),
            "isco08_4d": raw["isco08"].astype("int64").astype(str).str.zfill(4),
        }
    )
    if not frame["isco08_4d"].str.fullmatch(r"\d{4}").all():
        raise ParseError(f"{os.path.basename(path)}: ISCO-08 codes longer than four digits")
    frame = frame.drop_duplicates().sort_values(["soc2010_code", "isco08_4d"], kind="stable")
    return frame.reset_index(drop=True)
