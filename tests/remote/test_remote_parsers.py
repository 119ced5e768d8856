"""Each parser on small files written in the publisher's format (invented figures)."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from kzdata.parsers import ParseError, aioe, bns, egdi, ibs, ilo, research_csv, worldbank
from remote_builders import (
    DECENT_WORK_ROWS,
    aioe_workbooks,
    crosswalk_zip,
    decent_work_workbook,
    fixture,
    ilo_workbook,
    unemployment_workbook,
    wages_workbook,
)


def rows(frame: pd.DataFrame) -> list[dict]:
    return frame.astype(object).where(frame.notna(), None).to_dict("records")


# --- ILO ---------------------------------------------------------------------------------------


def test_ilo_task_scores_keep_one_row_per_task(tmp_path):
    frame = ilo.task_scores(ilo_workbook(tmp_path))
    assert list(frame.columns) == [
        "isco08_4d", "occupation_title", "isco08_major_group", "task_id", "task", "score_2025",
        "score_2025_method", "score_2025_gpt4o", "score_2025_gemini", "score_2023",
        "justification_gpt4o", "justification_gemini",
    ]
    assert len(frame) == 4
    first = rows(frame)[0]
    assert first == {
        "isco08_4d": "4110", "occupation_title": "General Office Clerks", "isco08_major_group": "4",
        "task_id": 1, "task": "Filing documents.", "score_2025": 0.55, "score_2025_method": "predicted",
        "score_2025_gpt4o": 0.6, "score_2025_gemini": 0.5, "score_2023": 0.7,
        "justification_gpt4o": "Filing is routine.", "justification_gemini": "Routine task.",
    }
    second = rows(frame)[1]
    assert second["task"] == "Answering telephone calls."  # repeated spaces removed
    assert second["score_2025_gpt4o"] is None and second["justification_gpt4o"] == "Error,Error"
    craft = rows(frame)[3]
    assert craft["task"] is None and craft["score_2023"] is None
    assert craft["occupation_title"] == "Plumbers and Pipe Fitters"


def test_ilo_occupation_scores_keep_the_source_figures(tmp_path):
    frame = ilo.occupation_scores(ilo_workbook(tmp_path))
    assert rows(frame) == [
        {"isco08_4d": "4110", "occupation_title": "General Office Clerks", "isco08_major_group": "4",
         "isco08_major_group_label": "Clerical support workers", "n_tasks": 3, "mean_score_2025": 0.55,
         "sd_score_2025": 0.05, "exposure_category_2025": "Exposed: Gradient 3", "mean_score_2023": 0.6,
         "sd_score_2023": 0.1, "exposure_category_2023": "Automation Potential"},
        {"isco08_4d": "7126", "occupation_title": "Plumbers and Pipe Fitters", "isco08_major_group": "7",
         "isco08_major_group_label": "Craft and related trades workers", "n_tasks": 1,
         "mean_score_2025": 0.35, "sd_score_2025": 0.0, "exposure_category_2025": "Not Exposed",
         "mean_score_2023": 0.16, "sd_score_2023": 0.0, "exposure_category_2023": "The Big Uknown"},
    ]


def test_ilo_occupation_values_that_differ_between_task_rows_are_an_error(tmp_path):
    with pytest.raises(ParseError, match=r"differ between task rows of occupations \['4110'\]"):
        ilo.occupation_scores(ilo_workbook(tmp_path, inconsistent=True))


def test_ilo_workbook_without_expected_columns_is_an_error(tmp_path):
    path = tmp_path / "other.xlsx"
    pd.DataFrame({"ISCO_08": [1111], "Title": ["x"]}).to_excel(path, index=False)
    with pytest.raises(ParseError, match=r"other.xlsx does not have the expected columns \['label4d'"):
        ilo.task_scores(path)


# --- AIOE --------------------------------------------------------------------------------------


def test_aioe_occupations_join_the_language_modelling_scores(tmp_path):
    frame = aioe.occupations(*aioe_workbooks(tmp_path))
    assert rows(frame) == [
        {"soc2010_code": "11-1011", "occupation_title": "Chief Executives", "aioe": 1.25, "aioe_language_modeling": 1.125},
        {"soc2010_code": "15-1131", "occupation_title": "Computer Programmers", "aioe": 1.5, "aioe_language_modeling": 1.625},
        {"soc2010_code": "47-2061", "occupation_title": "Construction Laborers", "aioe": -1.75, "aioe_language_modeling": None},
        {"soc2010_code": "53-7121", "occupation_title": None, "aioe": None, "aioe_language_modeling": -1.375},
    ]


def test_aioe_industries_keep_codes_as_text_and_allow_split_industries(tmp_path):
    appendix, _ = aioe_workbooks(tmp_path)
    frame = aioe.industries(appendix)
    assert frame["naics_code"].tolist() == ["1133", "3250", "3250"]
    assert frame["aiie"].tolist() == [-1.5, -0.25, -0.5]


def test_aioe_geographies_pad_fips_codes_and_tell_states_from_counties(tmp_path):
    appendix, _ = aioe_workbooks(tmp_path)
    frame = aioe.geographies(appendix)
    assert frame["fips_code"].tolist() == ["01000", "01001", "72153"]
    assert frame["area_level"].tolist() == ["state", "county", "county"]


def test_aioe_ability_matrix_is_long_with_appendix_e_joined(tmp_path):
    appendix, _ = aioe_workbooks(tmp_path)
    frame = aioe.ability_matrix(appendix)
    assert len(frame) == 20 and frame["ai_application"].nunique() == 10
    row = frame[(frame["ability"] == "Written Expression") & (frame["ai_application"] == "Language Modeling")]
    assert row["relatedness"].item() == pytest.approx(0.56)
    assert row["ability_exposure_standardized"].item() == 0.458


def test_aioe_missing_sheet_is_an_error(tmp_path):
    _, language = aioe_workbooks(tmp_path)
    with pytest.raises(ParseError, match="Appendix A"):
        aioe.occupations(language, language)


# --- research CSV files ------------------------------------------------------------------------


def test_frey_osborne_renames_and_keeps_the_hand_labels():
    frame = research_csv.frey_osborne(fixture("frey_osborne_small.csv"))
    assert list(frame.columns) == ["soc2010_code", "occupation", "rank", "probability_computerisation", "training_label"]
    assert frame["training_label"].isna().tolist() == [True, False, True, False]
    assert frame["training_label"].dropna().tolist() == [0, 1]
    assert frame.loc[2, "occupation"] == "Programmers, computer"


def test_gpts_are_gpts_renames_ratings_and_derives_the_soc_code():
    frame = research_csv.gpts_are_gpts(fixture("occ_level_small.csv"))
    assert frame["soc2018_code"].tolist() == ["11-1011", "11-1011", "15-1252"]
    assert frame.loc[2, "gpt4_beta"] == 0.875 and frame.loc[2, "human_gamma"] == 0.9375


def test_bls_oews_keeps_detailed_rows_and_reads_the_markers():
    frame = research_csv.bls_oews(fixture("national_small.csv"))
    assert frame["soc2018_code"].tolist() == ["11-1011", "25-1011", "27-2011"]
    assert frame["employed_persons"].tolist() == [200000, 100000, 1200010]
    chief, teacher, actor = rows(frame)
    assert chief["median_annual_wage_usd"] is None and chief["wage_top_coded"] is True
    assert chief["mean_annual_wage_usd"] == 213200
    assert teacher["mean_hourly_wage_usd"] is None and teacher["annual_wage_only"] is True
    assert actor["mean_annual_wage_usd"] is None and actor["hourly_wage_only"] is True
    assert actor["wage_top_coded"] is False


def test_bad_soc_codes_are_an_error(tmp_path):
    path = tmp_path / "fo.csv"
    path.write_text("Rank,Probability,Label,SOC code,Occupation\n1,0.5,,111011,x\n")
    with pytest.raises(ParseError, match=r"\['111011'\] are not SOC codes"):
        research_csv.frey_osborne(path)


# --- IBS crosswalk -----------------------------------------------------------------------------


def test_ibs_crosswalk_writes_codes_as_text(tmp_path):
    frame = ibs.soc10_isco08(crosswalk_zip(tmp_path))
    assert rows(frame) == [
        {"soc2010_code": "11-1011", "isco08_4d": "1112"},
        {"soc2010_code": "11-1011", "isco08_4d": "1120"},
        {"soc2010_code": "15-1131", "isco08_4d": "2514"},
        {"soc2010_code": "55-1011", "isco08_4d": "0110"},
    ]


def test_ibs_archive_without_the_member_is_an_error(tmp_path):
    import zipfile

    path = tmp_path / "empty.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "nothing")
    with pytest.raises(ParseError, match="expected one 'soc10_isco08.dta'"):
        ibs.soc10_isco08(path)


# --- World Bank --------------------------------------------------------------------------------


def test_world_bank_bulk_csv_becomes_long_with_source_organisations():
    frame = worldbank.indicators_long(
        fixture("API_KAZ_DS2_en_csv_v2_small.csv"), fixture("Metadata_Indicator_API_KAZ_DS2_en_csv_v2_small.csv")
    )
    assert rows(frame) == [
        {"country_code": "KAZ", "indicator_code": "SL.UEM.TOTL.ZS",
         "indicator_name": "Unemployment, total (% of total labor force) (modeled ILO estimate)", "year": 1964,
         "value": 5.5, "source_organization": "ILO Modelled Estimates database (ILOEST), International Labour Organization (ILO)"},
        {"country_code": "KAZ", "indicator_code": "SL.UEM.TOTL.ZS",
         "indicator_name": "Unemployment, total (% of total labor force) (modeled ILO estimate)", "year": 1965,
         "value": 4.75, "source_organization": "ILO Modelled Estimates database (ILOEST), International Labour Organization (ILO)"},
        {"country_code": "KAZ", "indicator_code": "SP.POP.TOTL", "indicator_name": "Population, total",
         "year": 1960, "value": 9000000.0,
         "source_organization": "World Population Prospects, United Nations (UN);\r\nNational Statistical Offices"},
        {"country_code": "KAZ", "indicator_code": "SP.POP.TOTL", "indicator_name": "Population, total",
         "year": 1961, "value": 9100000.0,
         "source_organization": "World Population Prospects, United Nations (UN);\r\nNational Statistical Offices"},
    ]


def test_world_bank_metadata_keeps_texts_as_published():
    frame = worldbank.indicator_metadata(fixture("Metadata_Indicator_API_KAZ_DS2_en_csv_v2_small.csv"))
    assert frame["indicator_code"].tolist() == ["SL.UEM.TOTL.ZS", "SP.POP.TOTL", "XX.NO.DATA"]
    assert frame.loc[0, "definition"] == "Unemployment refers to the share of the labor force  without work."


def test_world_bank_preamble_is_read():
    info, skip = worldbank.read_preamble(fixture("API_KAZ_DS2_en_csv_v2_small.csv"))
    assert info == {"Data Source": "World Development Indicators", "Last Updated Date": "2026-04-08"}
    assert skip == 4


# --- UN EGDI -----------------------------------------------------------------------------------


def test_egdi_files_are_stacked_with_the_year_from_the_file_name():
    frame = egdi.egdi(fixture("egdi-2018.csv"), fixture("egdi-2010.csv"))
    assert frame[["survey_year", "iso3"]].values.tolist() == [[2010, "KAZ"], [2010, "KIR"], [2018, "EST"], [2018, "KAZ"]]
    kiribati = rows(frame)[1]
    assert kiribati["human_capital_index"] is None and kiribati["egdi_rank"] == 184
    assert "SSD" not in frame["iso3"].tolist()  # no figures at all in that survey


def test_egdi_file_name_must_carry_the_year(tmp_path):
    path = tmp_path / "egdi.csv"
    path.write_text(fixture("egdi-2018.csv").read_text())
    with pytest.raises(ParseError, match="expected a file name like egdi-2018.csv"):
        egdi.egdi(path)


# --- BNS ---------------------------------------------------------------------------------------


def test_bns_decent_work_translates_labels_and_keeps_flags(tmp_path):
    frame = bns.decent_work(decent_work_workbook(tmp_path))
    assert list(frame.columns) == [
        "indicator_id", "indicator", "breakdown", "unit", "year", "value", "flag", "source_row_label_ru"
    ]
    key = frame.set_index(["indicator_id", "breakdown", "year"]).sort_index()
    assert key.loc[("employment_rate_working_age", "Total", 2020), "value"] == 72.5
    assert key.loc[("employment_rate_working_age", "Total", 2020), "flag"] == "*"
    assert key.loc[("employment_rate_working_age", "Male", 2020), "flag"] == "suspect_male_female_2020"
    assert ("employment_rate_working_age", "Female", 2011) not in key.index  # '…' is no data
    assert key.loc[("child_labour_share_15_17", "Male", 2010), "source_row_label_ru"] == "Mальчики"
    female = key.loc[("occupation_gender_composition_isco2", "Female share", 2020)]
    assert female["value"] == 63.4 and female["flag"] == "source_typo_63,,4_read_as_63.4"
    assert key.loc[("occupation_gender_composition_isco2", "Male share", 2011), "flag"] == "suspect_2011"
    assert key.loc[("occupation_gender_composition_isco2", "Male share", 2011), "indicator"] == (
        "Occupational gender segregation: share of the group Professionals who are men"
    )
    gap = key.loc[("gender_pay_gap", "Total")]
    assert gap.index.tolist() == [2011, 2020]
    assert gap["source_row_label_ru"].iloc[0] == "A- Гендерный разрыв в заработной плате, %"
    assert key.loc[("cpi_inflation_index", "Total", 2010), "unit"] == "index"
    assert set(frame["indicator_id"]) == {
        "employment_rate_working_age", "child_labour_share_15_17", "occupation_gender_composition_isco2",
        "gender_pay_gap", "cpi_inflation_index",
    }
    assert frame["flag"].notna().sum() == 6  # *, two 2020 suspects, two 2011 suspects, the typo


def test_bns_decent_work_refuses_a_row_with_figures_it_cannot_name(tmp_path):
    rows_ = [list(r) for r in DECENT_WORK_ROWS]
    rows_.insert(3, ["Новый показатель, %", 1, 2, 3, None])
    with pytest.raises(ParseError, match="row 4 .*'Новый показатель, %'.* label kzdata does not know"):
        bns.decent_work(decent_work_workbook(tmp_path, rows_))


def test_bns_decent_work_refuses_an_unreadable_cell(tmp_path):
    rows_ = [list(r) for r in DECENT_WORK_ROWS]
    rows_[3][1] = "n/a"
    with pytest.raises(ParseError, match=r"cannot read 'n/a' as a number"):
        bns.decent_work(decent_work_workbook(tmp_path, rows_))


def test_bns_unemployment_reads_quarters_years_and_footnotes(tmp_path):
    frame = bns.unemployment_by_region(unemployment_workbook(tmp_path))
    national = frame[frame["region"] == "Republic of Kazakhstan"]
    assert len(national) == 10
    annual = national[national["frequency"] == "annual"]
    assert annual["year"].tolist() == [2014, 2015]
    assert annual["quarter"].isna().all()
    assert annual["flag"].fillna("").tolist() == ["", "year_note_2_new_ICLS19_standard"]
    third = national[(national["year"] == 2014) & (national["quarter"] == 3)]
    assert third["unemployment_rate_pct"].item() == 5  # the 'III квартал' heading
    turkestan = frame[frame["region"] == "Turkestanskaya"]
    assert turkestan["flag"].fillna("").tolist() == ["region_note_3", "year_note_2_new_ICLS19_standard;region_note_3"]
    assert "Zhetisu" not in frame["region"].tolist()  # only '-' and empty cells


def test_bns_wages_flag_the_spurious_row(tmp_path):
    frame = bns.wages_by_occupation_region(wages_workbook(tmp_path))
    assert frame["year"].unique().tolist() == [2022]
    assert len(frame) == 44
    flags = frame.groupby("region")["flag"].agg(lambda s: sorted(set(s.dropna())))
    assert flags["South Kazakhstan Region"] == [bns.SPURIOUS_ROW]
    assert flags["Pavlodar Region"] == []
    north = frame[frame["region"] == "North Kazakhstan Region"].set_index("occupation_group")["flag"]
    assert north["all_staff"] == bns.EQUALS_SPURIOUS and north.drop("all_staff").isna().all()
    assert frame.loc[0, "occupation_label_ru"] == "Всего персонала"
    assert frame.loc[0, "avg_monthly_nominal_wage_kzt"] == 250000


def test_bns_wages_need_a_year(tmp_path):
    with pytest.raises(ParseError, match="give year="):
        bns.wages_by_occupation_region(wages_workbook(tmp_path, name="wages.xlsx"))
    frame = bns.wages_by_occupation_region(tmp_path / "wages.xlsx", year=2023)
    assert frame["year"].unique().tolist() == [2023]
    # a South Kazakhstan row in 2023 is also flagged
    assert (frame["flag"] == bns.SPURIOUS_ROW).sum() == 11


def test_bns_wages_refuse_an_unknown_heading(tmp_path):
    path = wages_workbook(tmp_path)
    import openpyxl

    book = openpyxl.load_workbook(path)
    book.active["C1"] = "космонавты"
    book.save(path)
    with pytest.raises(ParseError, match="unknown occupation heading 'космонавты'"):
        bns.wages_by_occupation_region(path)


def test_value_reader_handles_the_source_conventions():
    assert bns._value("78,8*", "x") == (78.8, "*")
    assert bns._value("…", "x") == (None, "")
    assert bns._value(5, "x") == (5.0, "")
    value, flag = bns._value("63,,4", "x")
    assert math.isclose(value, 63.4) and flag == "source_typo_63,,4_read_as_63.4"
