"""The Felten-Raj-Seamans AI exposure workbooks (GitHub ``AIOE-Data/AIOE``).

``AIOE_DataAppendix.xlsx`` has an index sheet and five appendix sheets:

* Appendix A: AI Occupational Exposure (AIOE) for 774 six-digit SOC 2010 occupations;
* Appendix B: AI Industry Exposure (AIIE) for 4-digit NAICS industries;
* Appendix C: AI Geographic Exposure (AIGE) for US states and counties (FIPS codes);
* Appendix D: the matrix relating 10 AI applications to 52 O*NET abilities;
* Appendix E: the standardised ability-level AI exposure.

``Language_Modeling_AIOE_and_AIIE.xlsx`` (the 2023 update restricted to language modelling) has
sheets ``LM AIOE`` (same SOC codes as Appendix A) and ``LM AIIE``.

Every sheet has one header row. The parsers check the headers, so a changed layout raises
:class:`~kzdata.parsers.ParseError` instead of returning shifted figures.
"""

from __future__ import annotations

import os

import pandas as pd

from kzdata.parsers._common import ParseError, clean_text, require_columns

__all__ = ["occupations", "industries", "geographies", "ability_matrix"]

_SOC = r"\d{2}-\d{4}"


def _sheet(path: str | os.PathLike[str], sheet: str, columns: list[str], **kwargs) -> pd.DataFrame:
    try:
        frame = pd.read_excel(path, sheet_name=sheet, **kwargs)
    except ValueError as exc:  # "Worksheet named ... not found"
        raise ParseError(f"{os.path.basename(path)}: {exc}") from exc
    frame.columns = [clean_text(c) if isinstance(c, str) else c for c in frame.columns]
    require_columns(frame, columns, path)
    return frame.dropna(how="all")


def _check_codes(
    codes: pd.Series, pattern: str, path: str | os.PathLike[str], what: str, unique: bool = True
) -> None:
    bad = codes[~codes.str.fullmatch(pattern)]
    if len(bad):
        raise ParseError(f"{os.path.basename(path)}: {what} {list(bad[:5])} do not look like {what}")
    if unique and codes.duplicated().any():
        raise ParseError(f"{os.path.basename(path)}: {what} {list(codes[codes.duplicated()][:5])} occur twice")


def occupations(appendix_path: str | os.PathLike[str], language_modeling_path: str | os.PathLike[str]) -> pd.DataFrame:
    """AIOE by SOC 2010 occupation, with the language-modelling AIOE joined on the SOC code.

    Parameters
    ----------
    appendix_path
        ``AIOE_DataAppendix.xlsx`` (sheet ``Appendix A``).
    language_modeling_path
        ``Language_Modeling_AIOE_and_AIIE.xlsx`` (sheet ``LM AIOE``).

    Returns
    -------
    pandas.DataFrame
        ``soc2010_code``, ``occupation_title`` (as in Appendix A), ``aioe``,
        ``aioe_language_modeling``. An occupation in only one sheet keeps an empty value for
        the other score.
    """
    main = _sheet(appendix_path, "Appendix A", ["SOC Code", "Occupation Title", "AIOE"],
                  dtype={"SOC Code": str})
    lm = _sheet(language_modeling_path, "LM AIOE", ["SOC Code", "Language Modeling AIOE"],
                dtype={"SOC Code": str})
    main["SOC Code"] = main["SOC Code"].str.strip()
    lm["SOC Code"] = lm["SOC Code"].str.strip()
    _check_codes(main["SOC Code"], _SOC, appendix_path, "SOC codes")
    _check_codes(lm["SOC Code"], _SOC, language_modeling_path, "SOC codes")
    frame = pd.DataFrame(
        {
            "soc2010_code": main["SOC Code"],
            "occupation_title": main["Occupation Title"].map(clean_text),
            "aioe": pd.to_numeric(main["AIOE"], errors="raise"),
        }
    )
    lm_scores = pd.DataFrame(
        {"soc2010_code": lm["SOC Code"],
         "aioe_language_modeling": pd.to_numeric(lm["Language Modeling AIOE"], errors="raise")}
    )
    merged = frame.merge(lm_scores, on="soc2010_code", how="outer", sort=False)
    return merged.sort_values("soc2010_code", kind="stable").reset_index(drop=True)


def industries(appendix_path: str | os.PathLike[str]) -> pd.DataFrame:
    """AI Industry Exposure (AIIE) by 4-digit NAICS industry (Appendix B).

    Returns ``naics_code`` (text), ``industry_title``, ``aiie``. A few codes occur more than
    once, for parts of an industry (``3250`` "Chemical Manufacturing (3255 and 3256 only)"):
    code and title together are unique.
    """
    raw = _sheet(appendix_path, "Appendix B", ["NAICS", "Industry Title", "AIIE"], dtype={"NAICS": str})
    codes = raw["NAICS"].str.strip()
    _check_codes(codes, r"\d{2,6}", appendix_path, "NAICS codes", unique=False)
    if raw.assign(NAICS=codes).duplicated(["NAICS", "Industry Title"]).any():
        raise ParseError(f"{os.path.basename(appendix_path)}: an industry occurs twice in Appendix B")
    return pd.DataFrame(
        {
            "naics_code": codes,
            "industry_title": raw["Industry Title"].map(clean_text),
            "aiie": pd.to_numeric(raw["AIIE"], errors="raise"),
        }
    ).reset_index(drop=True)


def geographies(appendix_path: str | os.PathLike[str]) -> pd.DataFrame:
    """AI Geographic Exposure (AIGE) by US state and county (Appendix C).

    Returns ``fips_code`` (5-digit text: state code and county code, ``01000`` for Alabama),
    ``area_name``, ``area_level`` (``state`` when the county part is ``000``, else ``county``),
    ``aige``.
    """
    raw = _sheet(appendix_path, "Appendix C", ["FIPS Code", "Geographic Area", "AIGE"], dtype={"FIPS Code": str})
    codes = raw["FIPS Code"].str.strip().str.zfill(5)
    _check_codes(codes, r"\d{5}", appendix_path, "FIPS codes")
    return pd.DataFrame(
        {
            "fips_code": codes,
            "area_name": raw["Geographic Area"].map(clean_text),
            "area_level": codes.str[2:].eq("000").map({True: "state", False: "county"}),
            "aige": pd.to_numeric(raw["AIGE"], errors="raise"),
        }
    ).reset_index(drop=True)


def ability_matrix(appendix_path: str | os.PathLike[str]) -> pd.DataFrame:
    """The application-ability relatedness matrix (Appendix D) in long form, with Appendix E.

    Returns one row per (O*NET ability, AI application): ``ability``, ``ai_application``,
    ``relatedness``, and ``ability_exposure_standardized`` (Appendix E: the ability's
    standardised AI exposure, the same on the ten rows of an ability).
    """
    wide = pd.read_excel(appendix_path, sheet_name="Appendix D", index_col=0)
    if wide.shape[1] != 10:
        raise ParseError(
            f"{os.path.basename(appendix_path)}: Appendix D should have 10 AI applications, has {wide.shape[1]}"
        )
    wide.index = [clean_text(i) for i in wide.index]
    wide.columns = [clean_text(c) for c in wide.columns]
    wide = wide.loc[[i is not None for i in wide.index]]
    long = (
        wide.rename_axis(index="ability", columns="ai_application")
        .stack(future_stack=True)
        .rename("relatedness")
        .reset_index()
    )
    long["relatedness"] = pd.to_numeric(long["relatedness"], errors="raise")
    exposure = _sheet(appendix_path, "Appendix E", ["O*NET Abilities", "Ability-Level AI Exposure"])
    exposure = pd.DataFrame(
        {
            "ability": exposure["O*NET Abilities"].map(clean_text),
            "ability_exposure_standardized": pd.to_numeric(exposure["Ability-Level AI Exposure"], errors="raise"),
        }
    )
    if set(exposure["ability"]) != set(long["ability"]):
        raise ParseError(
            f"{os.path.basename(appendix_path)}: the abilities of Appendix D and Appendix E differ"
        )
    return long.merge(exposure, on="ability", how="left", validate="many_to_one")
