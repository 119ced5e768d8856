"""Cross-checks of the labels group's tables (isco_major_groups, glossary).

The ISCO labels are compared with the publishers' own files: the English titles with the ILOSTAT
and ILO WP140 extracts in ``shared/reference``, the Russian names with the row labels of the BNS
decent-work workbook (``shared/kzdata-mirror/work_stats.xlsx``, the original of the reference file
``bns_kazakhstan_decent_work_indicators_2001_2020.csv``) and with the column headings of the BNS
wage workbook for 2022. The glossary is checked for completeness and internal consistency, and
a few definitions are pinned against the publishers' definitions they follow.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pandas as pd
import pytest

import kzdata

DATA_DIR = Path(kzdata.__file__).parent / "data"
ISCO_CODES = [str(code) for code in range(10)]
LESSON_IDS = {f"{n:02d}" for n in range(11)}
DRAFT = "draft: needs review by a native speaker"

# The terms the course brief asks the glossary to define (term_id values).
REQUIRED_TERMS = {
    "task", "occupation", "job", "sector", "exposure", "automation", "augmentation",
    "displacement", "reinstatement", "employment_weighted_share", "isco_08", "soc", "crosswalk",
    "tvet", "neet", "unemployment_rate", "labour_force", "youth", "median", "mean",
    "margin_of_error", "opt_in_panel", "sample", "population_statistical", "official_statistic",
    "modelled_estimate", "forecast", "primary_source", "secondary_source", "claims_ledger",
    "generative_ai", "large_language_model", "exposure_gradient", "percentage_point",
    "nominal_wage", "real_wage", "informal_employment", "self_employed", "ai_literacy",
}


def _norm(text: object) -> str:
    """Collapse whitespace and case, so that 'Всего  ' and 'всего' compare equal."""
    return " ".join(str(text).split()).casefold()


def _load(name: str) -> pd.DataFrame:
    return kzdata.load(name)


@pytest.fixture(scope="module")
def isco() -> pd.DataFrame:
    return _load("isco_major_groups")


@pytest.fixture(scope="module")
def glossary() -> pd.DataFrame:
    return _load("glossary")


@pytest.fixture(scope="module")
def registry() -> set[str]:
    """Source ids known to the registry: sources.toml, plus this group's fragment if still there."""
    ids: set[str] = set()
    for path in (DATA_DIR / "sources.toml", DATA_DIR / "_sources_labels.toml"):
        if path.exists():
            with open(path, "rb") as handle:
                ids |= set(tomllib.load(handle))
    return ids


def _bns_group_names_from_workbook(path: Path) -> list[str]:
    """Return the group names of the gender-segregation block of the BNS workbook, in order.

    In the sheet, each occupation group is a label row followed by 'Мужчины (%)' and
    'Женщины (%)' rows; the block starts after 'Сегрегация в видах занятий'.
    """
    openpyxl = pytest.importorskip("openpyxl")
    sheet = openpyxl.load_workbook(path, read_only=True, data_only=True).worksheets[0]
    labels = [row[0] for row in sheet.iter_rows(min_col=1, max_col=1, values_only=True)]
    start = next(i for i, v in enumerate(labels) if v and "Сегрегация в видах занятий" in str(v))
    names = []
    for i in range(start + 1, len(labels) - 1):
        nxt = labels[i + 1]
        if labels[i] and nxt and str(nxt).strip().startswith("Мужчины"):
            names.append(" ".join(str(labels[i]).split()))
        elif names and labels[i] and not str(labels[i]).strip().startswith(("Мужчины", "Женщины")):
            break
    return names


# --- isco_major_groups -------------------------------------------------------------------------


def test_exactly_the_ten_isco08_major_groups(isco):
    assert sorted(isco["isco08_major_group"].tolist()) == ISCO_CODES
    assert isco["isco08_major_group"].is_unique


def test_every_label_is_filled(isco):
    for column in ("label_en", "label_ru", "label_kk", "short_label_en", "skill_level"):
        assert isco[column].notna().all() and (isco[column].str.strip() != "").all(), column


def test_english_titles_equal_ilostat_titles(isco, reference):
    ilostat = reference("ilostat_kazakhstan_employment_by_occupation_isco08_2009_2013.csv")
    titles = (
        ilostat[ilostat["isco08_major_group"].isin(ISCO_CODES)]
        .drop_duplicates("isco08_major_group")
        .set_index("isco08_major_group")["isco08_major_group_label"]
    )
    ours = isco.set_index("isco08_major_group")["label_en"]
    assert sorted(titles.index) == ISCO_CODES
    for code in ISCO_CODES:
        assert _norm(ours[code]) == _norm(titles[code]), code


def test_english_titles_equal_ilo_wp140_titles(isco, reference):
    wp140 = reference("ilo_wp140_genai_exposure_by_isco_major_group_DERIVED.csv")
    ours = isco.set_index("isco08_major_group")["label_en"]
    assert len(wp140) == 9
    for code, title in zip(wp140["isco08_major_group"], wp140["isco08_major_group_label"]):
        assert _norm(ours[str(code)]) == _norm(title), code


def test_russian_names_equal_bns_decent_work_row_labels(isco, shared_dir, reference):
    """Groups 1-9: label_ru is BNS's own group name in the decent-work workbook."""
    names = _bns_group_names_from_workbook(shared_dir / "kzdata-mirror" / "work_stats.xlsx")
    # Nine ISCO groups and the national group X ('workers not in other groups'), in code order.
    assert len(names) == 10
    assert "не входящие в другие группы" in names[9]
    ours = isco.set_index("isco08_major_group")["label_ru"]
    for code in range(1, 10):
        assert _norm(ours[str(code)]) == _norm(names[code - 1]), code
    # The reference extract keeps the same groups under isco1..isco9, with the ILO titles in
    # its English indicator text: the code-to-group link is the same as ours.
    decent = reference("bns_kazakhstan_decent_work_indicators_2001_2020.csv")
    english = isco.set_index("isco08_major_group")["label_en"]
    for code in range(1, 10):
        rows = decent[decent["indicator_id"] == f"occupation_gender_composition_isco{code}"]
        assert not rows.empty, code
        assert _norm(english[str(code)]) in _norm(rows["indicator"].iloc[0]), code


def test_russian_names_equal_bns_wage_table_headings(isco, shared_dir):
    """The 2022 BNS wage workbook uses the same group names (in lower case) as column headings."""
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.load_workbook(
        shared_dir / "kzdata-mirror" / "pg16_optRK2022.xlsx", read_only=True, data_only=True
    )
    header = next(book.worksheets[0].iter_rows(min_row=1, max_row=1, values_only=True))
    # Columns: region, all staff, groups 1..9, group X.
    ours = isco.set_index("isco08_major_group")["label_ru"]
    for code in range(1, 10):
        assert _norm(ours[str(code)]) == _norm(header[code + 1]), code


def test_translation_status_matches_the_label_sources(isco, registry):
    for _, row in isco.iterrows():
        assert row["source_id"] in registry
        assert row["label_ru_source_id"] in registry
        assert row["label_kk_source_id"] in registry
        status = row["translation_status"]
        if row["label_ru_source_id"] == "bns_decent_work_2001_2020":
            assert status.startswith("ru: official")
        else:
            assert status.startswith(("draft", "ru: draft"))
        # No official Kazakh names were found: every Kazakh label must say it is a draft.
        assert status.endswith(DRAFT)


def test_official_russian_names_cover_groups_one_to_nine_only(isco):
    official = isco[isco["label_ru_source_id"] == "bns_decent_work_2001_2020"]
    assert sorted(official["isco08_major_group"]) == ISCO_CODES[1:]


def test_skill_levels_follow_the_ilo_mapping(isco):
    """Teaching fact (ISCO-08 Volume I): skill level 4 for professionals, 1 for elementary."""
    levels = isco.set_index("isco08_major_group")["skill_level"]
    assert levels["1"] == "3+4"
    assert levels["2"] == "4"
    assert levels["3"] == "3"
    assert {levels[c] for c in "45678"} == {"2"}
    assert levels["9"] == "1"
    assert all(re.fullmatch(r"[1-4](\+[1-4])*", v) for v in levels)


def test_clerical_support_is_group_four(isco):
    """Teaching fact: lessons 04-05 call ISCO group 4 'Clerical support', the most exposed group."""
    row = isco.set_index("isco08_major_group").loc["4"]
    assert row["short_label_en"] == "Clerical support"
    assert row["label_en"] == "Clerical support workers"


# --- glossary ----------------------------------------------------------------------------------


def test_glossary_has_every_required_term(glossary):
    missing = REQUIRED_TERMS - set(glossary["term_id"])
    assert not missing, sorted(missing)


def test_term_ids_are_unique_snake_case(glossary):
    assert glossary["term_id"].is_unique
    assert all(re.fullmatch(r"[a-z][a-z0-9_]*", t) for t in glossary["term_id"])


def test_every_term_has_three_languages_and_an_english_definition(glossary):
    for column in ("term_en", "term_ru", "term_kk", "definition_en"):
        values = glossary[column]
        assert values.notna().all() and (values.str.strip() != "").all(), column
    cyrillic = re.compile("[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]")
    for column in ("term_ru", "term_kk"):
        assert all(cyrillic.search(t) for t in glossary[column]), column


def test_english_definitions_are_short(glossary):
    """One to three sentences: a card, not an essay."""
    for term, text in zip(glossary["term_id"], glossary["definition_en"]):
        sentences = [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s]
        assert 1 <= len(sentences) <= 3, term
        assert len(text) <= 450, term


def test_see_also_ids_resolve(glossary):
    ids = set(glossary["term_id"])
    for term, see_also in zip(glossary["term_id"], glossary["see_also"]):
        if pd.isna(see_also):
            continue
        targets = see_also.split(";")
        assert all(t in ids for t in targets), (term, sorted(set(targets) - ids))
        assert term not in targets, term


def test_lessons_are_valid_ids(glossary):
    assert set(glossary["lesson"]) <= LESSON_IDS


def test_lessons_exist_in_the_course_outline(glossary, shared_dir):
    outline = (shared_dir / "OUTLINE.md").read_text(encoding="utf-8")
    lessons = set(re.findall(r"^### (\d\d) ", outline, flags=re.MULTILINE))
    assert lessons == LESSON_IDS
    assert set(glossary["lesson"]) <= lessons


def test_translation_status_is_honest(glossary, registry):
    assert set(glossary["translation_status"]) <= {"official", DRAFT}
    # No official trilingual glossary was found, so nothing may claim to be official yet.
    assert (glossary["translation_status"] == DRAFT).all()
    assert set(glossary["source_id"]) <= registry


def test_standard_russian_and_kazakh_abbreviations(glossary):
    """Teaching fact: TVET is ТиПО in Russian and ТжКБ in Kazakh; NEET keeps its English name."""
    terms = glossary.set_index("term_id")
    assert "ТиПО" in terms.loc["tvet", "term_ru"]
    assert "ТжКБ" in terms.loc["tvet", "term_kk"]
    assert terms.loc["neet", "term_ru"] == "NEET (не работающие и не обучающиеся)"
    assert terms.loc["neet", "term_kk"].startswith("NEET")


def test_neet_age_ranges_match_the_sources(glossary, reference):
    """The NEET entry names both age ranges: 15-24 (WDI/ILO) and 15-28 (BNS decent work)."""
    text = glossary.set_index("term_id").loc["neet", "definition_en"]
    meta = reference("wdi_kazakhstan_selected_indicator_metadata.csv").set_index("indicator_code")
    assert "between the ages of 15 and 24" in meta.loc["SL.UEM.NEET.ZS", "definition"]
    assert "15-24" in text
    decent = reference("bns_kazakhstan_decent_work_indicators_2001_2020.csv")
    assert "neet_share_15_28" in set(decent["indicator_id"])
    assert "15-28" in text


def test_self_employed_and_unemployment_follow_the_ilo_definitions(glossary, reference):
    terms = glossary.set_index("term_id")
    meta = reference("wdi_kazakhstan_selected_indicator_metadata.csv").set_index("indicator_code")
    self_employed = meta.loc["SL.EMP.SELF.ZS", "definition"]
    for phrase in ("profits", "own-account workers", "contributing family workers"):
        assert phrase in self_employed
        assert phrase in terms.loc["self_employed", "definition_en"]
    unemployment = meta.loc["SL.UEM.TOTL.ZS", "definition"]
    assert "share of the labor force" in unemployment and "available" in unemployment
    ours = terms.loc["unemployment_rate", "definition_en"]
    assert "percentage of the labour force" in ours and "available" in ours


def test_exposure_gradient_has_four_levels_as_in_ilo_wp140(glossary, reference):
    """Teaching fact: WP140 has four exposure gradients, 1 (lowest) to 4 (highest)."""
    scores = reference("ilo_wp140_genai_exposure_isco08_4digit.csv")
    gradients = {
        int(m.group(1))
        for c in scores["exposure_category_2025"].dropna().unique()
        if (m := re.search(r"Gradient\s*(\d)", c))
    }
    assert gradients == {1, 2, 3, 4}
    text = glossary.set_index("term_id").loc["exposure_gradient", "definition_en"]
    assert "four levels" in text and "Gradient 1" in text and "Gradient 4" in text
    assert glossary.set_index("term_id").loc["exposure_gradient", "source_id"] == "ilo_wp140_2025"


def test_isco_definition_agrees_with_the_isco_table(glossary, isco):
    text = glossary.set_index("term_id").loc["isco_08", "definition_en"]
    assert f"{len(isco)} major groups" in text
