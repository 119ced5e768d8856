"""Cross-checks of the employment group's bundled tables against the project's reference extracts.

Tables: employment_headlines, employment_by_sector, employment_by_occupation,
occupation_gender_shares. Every figure that also appears in ``shared/reference/*.csv`` must be
equal to it: exactly, except that counts the reference stores in persons are divided by
1000 (exact in floating point for these values) and WDI values, which the reference rounds to
6 decimals, are compared after the same rounding. The "teaching facts" pin the figures the
lessons rely on. Tests that read ``../shared`` (the reference extracts or the research notes) are
skipped without it; the others run everywhere.
"""

from __future__ import annotations

import pandas as pd
import pytest

import kzdata

# reference indicator (bns_kazakhstan_employment_headlines_2021_2025.csv)
#   -> (indicator, age_band or None, divisor from the reference unit to ours)
HEADLINE_MAP = {
    "employed_total": ("employed", None, 1000),
    "employees": ("employees", None, 1000),
    "self_employed": ("self_employed", None, 1000),
    "share_employees": ("share_employees", None, 1),
    "share_self_employed": ("share_self_employed", None, 1),
    "employment_rate_15plus": ("employment_rate", "15+", 1),
    "unemployment_rate_ilo": ("unemployment_rate", None, 1),
    "youth_unemployment_rate_15_34": ("unemployment_rate", "15-34", 1),
    "neet_share_youth": ("neet_share", None, 1),
    "neet_youth_count": ("neet_count", None, 1000),
    "share_outside_labour_force_15plus": ("share_outside_labour_force", "15+", 1),
    "youth_15_28_employed": ("employed", "15-28", 1000),
    "share_employed_with_higher_education": ("share_with_higher_education", None, 1),
    "share_women_in_employment": ("share_women", None, 1),
}
# reference sector suffixes -> our OKED sector ids
SECTOR_MAP = {
    "agriculture": "agriculture",
    "trade": "trade",
    "industry": "industry",
    "education": "education",
    "transport_storage": "transport_storage",
    "construction": "construction",
    "health": "health_social_work",
}
WDI_CODES = {
    "SL.AGR.EMPL.ZS": ("agriculture", "total"),
    "SL.AGR.EMPL.FE.ZS": ("agriculture", "female"),
    "SL.AGR.EMPL.MA.ZS": ("agriculture", "male"),
    "SL.IND.EMPL.ZS": ("industry_incl_construction", "total"),
    "SL.IND.EMPL.FE.ZS": ("industry_incl_construction", "female"),
    "SL.IND.EMPL.MA.ZS": ("industry_incl_construction", "male"),
    "SL.SRV.EMPL.ZS": ("services", "total"),
    "SL.SRV.EMPL.FE.ZS": ("services", "female"),
    "SL.SRV.EMPL.MA.ZS": ("services", "male"),
}
BNS_THREE_SECTOR = {
    "employment_share_agriculture": "agriculture",
    "employment_share_industry_construction": "industry_incl_construction",
    "employment_share_services": "services",
}


@pytest.fixture(scope="module")
def headlines() -> pd.DataFrame:
    return kzdata.load("employment_headlines")


@pytest.fixture(scope="module")
def sectors() -> pd.DataFrame:
    return kzdata.load("employment_by_sector")


@pytest.fixture(scope="module")
def occupations() -> pd.DataFrame:
    return kzdata.load("employment_by_occupation")


@pytest.fixture(scope="module")
def gender() -> pd.DataFrame:
    return kzdata.load("occupation_gender_shares")


@pytest.fixture(scope="module")
def notes(shared_dir) -> str:
    """The research notes (data-sources.md) the hand-typed figures were taken from."""
    return (shared_dir / "research" / "data-sources.md").read_text(encoding="utf-8")


def _one(frame: pd.DataFrame, **where) -> pd.Series:
    mask = pd.Series(True, index=frame.index)
    for column, value in where.items():
        mask &= frame[column].isna() if value is None else frame[column] == value
    rows = frame[mask]
    assert len(rows) == 1, f"expected one row for {where}, found {len(rows)}"
    return rows.iloc[0]


# --------------------------------------------------------------------------- cross-checks


def test_every_reference_headline_is_bundled_with_the_same_value(reference, headlines, sectors):
    ref = reference("bns_kazakhstan_employment_headlines_2021_2025.csv")
    checked = 0
    for row in ref.itertuples(index=False):
        primary = row.source_type == "BNS publication"
        is_sector = row.indicator.startswith(("share_employed_", "employed_"))
        if is_sector and row.indicator not in HEADLINE_MAP:
            suffix = row.indicator.removeprefix("share_employed_").removeprefix("employed_")
            ours = _one(sectors, period=row.period, sector=SECTOR_MAP[suffix],
                        sector_scheme="oked_section", series="official" if primary else "reported")
            if row.indicator.startswith("share_"):
                assert ours["share_pct"] == row.value, row
            else:
                assert ours["employed_thousands"] == row.value / 1000, row
        else:
            indicator, age_band, divisor = HEADLINE_MAP[row.indicator]
            ours = _one(headlines, period=row.period, indicator=indicator, age_band=age_band)
            assert ours["value"] == row.value / divisor, row
            assert ours["source_type"] == ("primary" if primary else "secondary"), row
        checked += 1
    assert checked == len(ref) > 40


def test_official_three_sector_shares_equal_the_decent_work_extract(reference, sectors):
    ref = reference("bns_kazakhstan_decent_work_indicators_2001_2020.csv")
    ref = ref[ref["indicator_id"].isin(BNS_THREE_SECTOR)]
    ours = sectors[sectors["series"] == "official"].query("sector_scheme == 'three_sector'")
    assert len(ours) == len(ref) == 60
    for row in ref.itertuples(index=False):
        mine = _one(ours, year=row.year, sector=BNS_THREE_SECTOR[row.indicator_id], sex="total")
        assert mine["share_pct"] == row.value, row
        assert mine["source_id"] == "bns_decent_work_2001_2020"


def test_modelled_three_sector_shares_equal_the_wdi_extract(reference, sectors):
    """The WDI reference extract rounds values to 6 decimals; our table keeps the file's full
    precision, so ours is compared after rounding to 6 decimals."""
    ref = reference("wdi_kazakhstan_selected_1990_2025.csv")
    ref = ref[ref["indicator_code"].isin(WDI_CODES)].dropna(subset=["value"])
    ours = sectors[sectors["series"] == "modelled"]
    assert len(ours) == len(ref) == 9 * 35
    for row in ref.itertuples(index=False):
        sector, sex = WDI_CODES[row.indicator_code]
        mine = _one(ours, year=row.year, sector=sector, sex=sex)
        assert round(mine["share_pct"], 6) == row.value, row
        assert mine["source_id"] == "wdi_kaz_2026_04_08"


def test_occupation_counts_equal_the_ilostat_extract(reference, occupations):
    ref = reference("ilostat_kazakhstan_employment_by_occupation_isco08_2009_2013.csv")
    assert len(occupations) == len(ref)
    for row in ref.itertuples(index=False):
        group = str(row.isco08_major_group).upper()
        mine = _one(occupations, year=row.year, sex=row.sex.lower(), isco08_major_group=group)
        assert mine["employed_thousands"] == row.employed_thousands, row
        assert mine["isco08_major_group_label"] == row.isco08_major_group_label or group == "TOTAL"


def test_gender_shares_and_flags_equal_the_decent_work_extract(reference, gender):
    ref = reference("bns_kazakhstan_decent_work_indicators_2001_2020.csv")
    ref = ref[ref["indicator_id"].str.startswith("occupation_gender_composition_isco")]
    assert len(gender) == len(ref) == 316
    for row in ref.itertuples(index=False):
        group = row.indicator_id.removeprefix("occupation_gender_composition_isco").upper()
        sex = "female" if row.breakdown == "Female share" else "male"
        mine = _one(gender, year=row.year, isco08_major_group=group, sex=sex)
        assert mine["share_pct"] == row.value, row
        ref_flag = "" if pd.isna(row.flag) else row.flag
        assert bool(mine["suspect"]) == ref_flag.startswith("suspect"), row
        assert (pd.isna(mine["flag"])) == (ref_flag == ""), row
        if ref_flag.startswith("source_typo"):
            assert mine["flag"] == "source_typo"


# --------------------------------------------------------------------------- teaching facts
# employment_headlines


def test_fact_9_2_million_employed_in_2024_from_the_bns_publication(headlines, notes):
    row = _one(headlines, period="2024", indicator="employed", age_band=None)
    assert row["value"] == 9200.0 and row["unit"] == "thousand persons"
    assert row["source_id"] == "bns_pub_341240" and row["source_type"] == "primary"
    assert "9.2 million" in notes
    y2024 = headlines[headlines["period"] == "2024"]
    assert _one(y2024, indicator="share_employees", age_band=None)["value"] == 76.1
    assert _one(y2024, indicator="employed_change", age_band=None)["value"] == 132.3
    assert "+132.3 k on 2023" in notes


def test_fact_q4_2025_headlines_and_youth_age_bands(headlines, notes):
    q4 = headlines[headlines["period"] == "2025Q4"]
    assert _one(q4, indicator="employed", age_band=None)["value"] == 9278.9
    assert _one(q4, indicator="unemployment_rate", age_band=None)["value"] == 4.6
    assert _one(q4, indicator="unemployment_rate", age_band="15-34")["value"] == 3.1
    youth = _one(headlines, period="2024", indicator="employed", age_band="15-28")
    assert youth["value"] == 1800.0 and youth["source_type"] == "secondary"
    assert "1.8 m (+0.6 %)" in notes and "9,278.9 k" in notes


def test_fact_neet_rows_do_not_claim_an_age_band(headlines):
    neet = headlines[headlines["indicator"].str.startswith("neet_")]
    assert set(neet["period"]) == {"2023Q4", "2025Q4"}
    assert neet["age_band"].isna().all()
    assert neet["note"].str.contains("not stated").all()
    assert _one(headlines, period="2023Q4", indicator="neet_count", age_band=None)["value"] == 379.3


# employment_by_sector


def test_fact_agriculture_shift_official_and_modelled(sectors):
    def share(series, year):
        return _one(sectors, series=series, year=year, sector="agriculture", sex="total",
                    sector_scheme="three_sector")["share_pct"]

    assert round(share("modelled", 2010), 1) == 28.3
    assert round(share("modelled", 2024), 1) == 11.6
    assert round(share("official", 2001), 1) == 35.0
    assert round(share("official", 2020), 1) == 13.5


def test_fact_2014_break_is_visible_and_labelled(sectors):
    official = sectors[(sectors["series"] == "official") & (sectors["sector"] == "agriculture")]
    y2013 = _one(official, year=2013)
    y2014 = _one(official, year=2014)
    assert round(y2013["share_pct"], 1) == 24.2 and round(y2014["share_pct"], 1) == 18.9
    assert "break" in y2013["note"] and "break" in y2014["note"]
    assert any("2013" in c and "2014" in c for c in kzdata.info("employment_by_sector").caveats)
    # the drop is the largest one-year change of the official series
    changes = official.sort_values("year")["share_pct"].diff().abs()
    assert changes.idxmax() == y2014.name


def test_fact_both_2023_q2_education_shares_are_kept(sectors, notes):
    edu = sectors[(sectors["period"] == "2023Q2") & (sectors["sector"] == "education")]
    assert sorted(edu["share_pct"]) == [12.2, 12.9]
    assert edu["source_id"].nunique() == 2 and (edu["series"] == "reported").all()
    assert "education 12.9 (another report says 12.2)" in notes
    caravan = sectors[sectors["source_id"] == "caravan_2023_q2_employment_sectors"]
    assert len(caravan) == 16 and round(caravan["share_pct"].sum(), 1) == 99.8


def test_fact_projections_are_exactly_the_2025_modelled_values(sectors):
    projected = sectors[sectors["projection"]]
    assert len(projected) == 9
    assert (projected["year"] == 2025).all() and (projected["series"] == "modelled").all()
    assert sectors.loc[sectors["year"] != 2025, "projection"].eq(False).all()


# employment_by_occupation


def test_fact_ilostat_groups_sum_to_total_within_rounding(occupations):
    for (year, sex), part in occupations.groupby(["year", "sex"]):
        total = _one(part, isco08_major_group="TOTAL")["employed_thousands"]
        groups = part[part["isco08_major_group"] != "TOTAL"]["employed_thousands"].sum()
        assert abs(groups - total) <= 0.2 + 1e-9, (year, sex, groups, total)
        assert len(part) == 11  # nine groups 1-9, plus 0 or X, plus TOTAL


def test_fact_ilostat_coverage_is_2009_to_2013(occupations):
    assert sorted(occupations["year"].unique()) == [2009, 2010, 2011, 2012, 2013]
    total_2013 = _one(occupations, year=2013, sex="total", isco08_major_group="TOTAL")
    assert total_2013["employed_thousands"] == 8570.6


# occupation_gender_shares


def test_fact_2011_rows_are_the_only_suspect_rows(gender):
    assert (gender.loc[gender["year"] == 2011, "suspect"]).all()
    assert not gender.loc[gender["year"] != 2011, "suspect"].any()
    assert (gender.loc[gender["year"] == 2011, "flag"] == "suspect_2011").all()
    craft_2011 = gender[(gender["year"] == 2011) & (gender["isco08_major_group"] == "7")]
    assert craft_2011["share_pct"].nunique() == 1  # 52.6 % for both sexes in the source


def test_fact_women_and_men_shares_add_up_outside_2011(gender):
    wide = gender.pivot_table(index=["year", "isco08_major_group"], columns="sex",
                              values="share_pct")
    total = wide["female"] + wide["male"]
    ok = total.drop(index=2011, level="year")
    assert ((ok - 100).abs() <= 0.1).all(), ok[(ok - 100).abs() > 0.1]
    assert ((total.xs(2011, level="year") - 100).abs() > 1).any()


def test_fact_bns_shares_agree_with_ilostat_counts_except_2011(gender, occupations):
    """The caveats claim: groups 1-9 agree within 0.05 point in 2009-10 and 2012-13, and the 2011
    column is shifted by one group. Women's shares computed from ILOSTAT counts pin both."""
    wide = occupations.pivot_table(index=["year", "isco08_major_group"], columns="sex",
                                   values="employed_thousands")
    ilo = 100 * wide["female"] / wide["total"]
    women = gender[gender["sex"] == "female"].set_index(["year", "isco08_major_group"])["share_pct"]
    for year in (2009, 2010, 2012, 2013):
        for group in "123456789":
            assert abs(women[(year, group)] - ilo[(year, group)]) < 0.05, (year, group)
    assert abs(women[(2011, "1")] - ilo[(2011, "TOTAL")]) < 0.05
    for group in (2, 3, 4, 5, 6, 8):
        assert abs(women[(2011, str(group))] - ilo[(2011, str(group - 1))]) < 0.05, group
    assert abs(women[(2011, "2")] - ilo[(2011, "2")]) > 20
