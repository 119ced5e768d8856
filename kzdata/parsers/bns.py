"""Workbooks of the Bureau of National Statistics of Kazakhstan (BNS).

Three layouts, each read cell by cell (they are laid out for print, not for machines):

* ``work_stats.xlsx``, sheet "Индик.дост.труда 2001-2020": the decent work indicators, in
  Russian. Column A holds row labels: an indicator heading (``M - Уровень занятости ...``),
  sometimes followed by breakdown rows (``Всего``, ``Мужчины``, ``Женщины``); the occupational
  gender segregation block has one heading per occupation group, each followed by
  ``Мужчины (%)`` and ``Женщины (%)``. Columns B-U are the years 2001-2020, column V the
  methodology. Cells may be text: ``78,8*`` (decimal comma; the asterisk is the source's
  mark for the change of retirement age), ``…`` (no data) or ``63,,4`` (a typo).
* ``unemploymentRate.xlsx``, sheet "Regions_quarter": the unemployment rate by region, in
  English. A row of years (each over five columns) above a row of periods (``I quarter`` ..
  ``IV quarter``, ``year``); ``-`` marks no data. Footnote numbers are written into labels
  (``year2)``, ``Turkestanskaya 3)``) and explained below the table.
* ``pg16 optRK2022.xlsx``: average monthly nominal wage by occupation group (Russian
  headings, ISCO-08 major groups in BNS wording) and region (English names), one year.

The parsers translate the Russian labels into English indicator ids through the tables in
this module, keep the source's marks in a ``flag`` column and keep the original Russian row
label. A label they do not know raises :class:`~kzdata.parsers.ParseError`, so a changed
workbook is never read wrongly in silence.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from kzdata.parsers._common import ParseError, clean_text

__all__ = [
    "decent_work",
    "unemployment_by_region",
    "wages_by_occupation_region",
    "DECENT_WORK_INDICATORS",
    "OCCUPATION_GROUPS_RU",
]


# --------------------------------------------------------------------------------------------
# Decent work indicators
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Indicator:
    """One indicator of the decent work workbook: how to recognise it and what to call it."""

    match: str  # a lower-case fragment of the normalised Russian heading
    indicator_id: str
    label: str
    unit: str


#: Indicator headings that carry data (directly or in breakdown rows below them), in sheet order.
DECENT_WORK_INDICATORS: tuple[Indicator, ...] = (
    Indicator("уровень занятости к трудоспособному населению", "employment_rate_working_age",
              "Employment rate (employed / working-age population)", "%"),
    Indicator("уровень безработицы к трудоспособному населению", "unemployment_rate_working_age",
              "Unemployment rate (working-age labour force)", "%"),
    Indicator("доля молодежи (15-28 лет)", "neet_share_15_28",
              "Share of youth aged 15-28 not in employment, education or training (NEET)", "%"),
    Indicator("доля неформального сектора в общей занятости", "informal_sector_share",
              "Share of informal sector in total employment (15+)", "%"),
    Indicator("доля занятых с низким уровнем заработной платы", "low_pay_share",
              "Share of employees with low pay (below 2/3 of median hourly earnings)", "%"),
    Indicator("доля занятых с чрезмерной продолжительностью рабочих часов", "excessive_hours_share",
              "Share of employed working more than 48 hours per week", "%"),
    Indicator("детский труд", "child_labour_share_15_17",
              "Child labour (18th ICLS resolution): employed share of the population aged 15-17", "%"),
    Indicator("доля детей, занятых в опасных условиях", "hazardous_child_work_share",
              "Share of children (under 18) employed in harmful or dangerous conditions", "%"),
    Indicator("гендерный разрыв в заработной плате", "gender_pay_gap", "Gender wage gap", "%"),
    Indicator("травматизма со смертельным исходом", "fatal_injury_rate",
              "Fatal occupational injury rate", "per 100,000 workers"),
    Indicator("травматизма с несмертельным исходом", "nonfatal_injury_rate",
              "Non-fatal occupational injury rate", "per 100,000 workers"),
    Indicator("доля населения, получающего пенсии", "pension_recipients_share",
              "Share of the population receiving old-age (labour) pensions", "%"),
    Indicator("производительность труда", "labour_productivity_index",
              "Labour productivity growth index (previous year = 100)", "index"),
    Indicator("неравенство в распределении доходов", "income_inequality_p90_p10",
              "Income inequality ratio P90/P10", "ratio"),
    Indicator("темпы инфляции", "cpi_inflation_index",
              "Consumer price inflation (previous year = 100)", "index"),
    Indicator("доля занятых в сельском хозяйстве", "employment_share_agriculture",
              "Share of employed in agriculture", "%"),
    Indicator("доля занятых в промышленности и строительстве", "employment_share_industry_construction",
              "Share of employed in industry and construction", "%"),
    Indicator("доля занятых в сфере услуг", "employment_share_services", "Share of employed in services", "%"),
    Indicator("доля оплаты труда в ввп", "labour_share_gdp", "Labour compensation share of GDP", "%"),
)

_SEGREGATION = "сегрегация в видах занятий"

#: The occupation groups of the segregation block: Russian heading -> (id suffix, English).
OCCUPATION_GROUPS_RU: dict[str, tuple[str, str]] = {
    "руководители и государственные служащие": ("isco1", "Managers (incl. senior government officials)"),
    "специалисты-профессионалы": ("isco2", "Professionals"),
    "специалисты-техники и иной вспомогательный профессиональный персонал": (
        "isco3", "Technicians and associate professionals"),
    "служащие в области администрирования": ("isco4", "Clerical support workers"),
    "работники сферы услуг и продаж": ("isco5", "Service and sales workers"),
    "фермеры и рабочие сельского и лесного хозяйства, рыбоводства и рыболовства": (
        "isco6", "Skilled agricultural, forestry and fishery workers"),
    "рабочие промышленности, строительства, транспорта и других родственных занятий": (
        "isco7", "Craft and related trades workers"),
    "операторы производственного оборудования, сборщики и водители": (
        "isco8", "Plant and machine operators, and assemblers"),
    "неквалифицированные рабочие": ("isco9", "Elementary occupations"),
    "работники, не входящие в другие группы": ("iscox", "Workers not elsewhere classified"),
}

_BREAKDOWNS = {
    "всего": "Total",
    "мужчины": "Male",
    "женщины": "Female",
    "мальчики": "Male",
    "девочки": "Female",
    "мужчины (%)": "Male share",
    "женщины (%)": "Female share",
}

# Latin letters that look Cyrillic and occur in the source's labels ("Mальчики", "M - ...").
_LOOKALIKES = str.maketrans({"M": "М", "A": "А", "C": "С", "E": "Е", "H": "Н", "K": "К", "O": "О",
                             "P": "Р", "T": "Т", "X": "Х", "a": "а", "c": "с", "e": "е", "o": "о",
                             "p": "р", "x": "х", "y": "у"})
_MISSING = {"…", "...", "-", "–", "—", "x", "х"}

#: Flags kzdata adds where the figures look wrong (documented in the dataset's caveats).
SUSPECT_2011 = "suspect_2011"
SUSPECT_2020 = "suspect_male_female_2020"


def _normalise(label: str) -> str:
    """Lower-case Cyrillic text with the indicator-type prefix (M -, A -, C -, Л -) removed."""
    text = " ".join(label.split()).translate(_LOOKALIKES).lower()
    text = re.sub(r"^[мaаcсл]\s*[-–—]\s*", "", text)
    return text.strip(" ,")


def _indicator(normalised: str) -> Indicator | None:
    found = [i for i in DECENT_WORK_INDICATORS if i.match in normalised]
    if len(found) > 1:
        raise ParseError(f"the label {normalised!r} matches several indicators")
    return found[0] if found else None


def _value(cell: object, where: str) -> tuple[float | None, str]:
    """Read one cell: (value, flag). Text cells may use a decimal comma and a trailing '*'."""
    if cell is None or (isinstance(cell, float) and cell != cell):
        return None, ""
    if isinstance(cell, bool):
        raise ParseError(f"{where}: unexpected cell {cell!r}")
    if isinstance(cell, (int, float)):
        return float(cell), ""
    text = str(cell).strip()
    if not text or text in _MISSING:
        return None, ""
    flags = []
    if text.endswith("*"):
        text = text.rstrip("*").strip()
        flags.append("*")
    number = text.replace(" ", "")
    if ",," in number:
        repaired = re.sub(r",+", ",", number).replace(",", ".")
        flags.append(f"source_typo_{text}_read_as_{repaired}")
        number = repaired
    number = number.replace(",", ".")
    try:
        return float(number), ";".join(flags)
    except ValueError:
        raise ParseError(f"{where}: cannot read {cell!r} as a number") from None


def _read_sheet(path: str | os.PathLike[str], sheet: int | str = 0) -> pd.DataFrame:
    """Read one sheet cell by cell, as stored (no 'n/a' or 'NA' turned into missing values)."""
    import openpyxl  # deferred: only needed when a workbook is parsed

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (OSError, ValueError, KeyError) as exc:
        raise ParseError(f"{Path(path).name}: not a readable xlsx workbook ({exc})") from exc
    try:
        if isinstance(sheet, int):
            worksheet = book.worksheets[sheet]
        elif sheet in book.sheetnames:
            worksheet = book[sheet]
        else:
            raise ParseError(f"{Path(path).name}: no sheet named {sheet!r} (it has {book.sheetnames})")
        cells = [list(row) for row in worksheet.iter_rows(values_only=True)]
    finally:
        book.close()
    width = max((len(row) for row in cells), default=0)
    return pd.DataFrame([row + [None] * (width - len(row)) for row in cells], dtype=object)


def _year_columns(row: pd.Series) -> dict[int, int]:
    """Map column position -> year for cells that hold a year."""
    years = {}
    for position, cell in enumerate(row.tolist()):
        if isinstance(cell, (int, float)) and not isinstance(cell, bool) and cell == cell:
            if float(cell).is_integer() and 1950 <= cell <= 2100:
                years[position] = int(cell)
        elif isinstance(cell, str) and re.fullmatch(r"\s*(19|20)\d\d\s*", cell):
            years[position] = int(cell)
    return years


def decent_work(path: str | os.PathLike[str]) -> pd.DataFrame:
    """The BNS decent work indicators, 2001-2020, in long form with English indicator ids.

    Parameters
    ----------
    path
        ``work_stats.xlsx`` (first sheet).

    Returns
    -------
    pandas.DataFrame
        ``indicator_id``, ``indicator`` (English label), ``breakdown`` (``Total``, ``Male``,
        ``Female``; ``Male share`` / ``Female share`` for occupational segregation), ``unit``,
        ``year``, ``value``, ``flag`` and ``source_row_label_ru`` (the Russian label of the
        row the value is on). ``flag`` is ``*`` where the source marks a value with an asterisk
        (change of retirement age), ``source_typo_<text>_read_as_<value>`` where a cell had to
        be repaired, and kzdata's own warnings ``suspect_2011`` (the 2011 occupational
        gender shares) and ``suspect_male_female_2020`` (the 2020 male and female employment
        rates); several flags are joined with ``;``. Cells marked ``…`` (no data) are not rows.
        Headings without any figures (for example working poverty) are left out.
    """
    sheet = _read_sheet(path)
    years = _year_columns(sheet.iloc[0])
    if len(years) < 2:
        raise ParseError(f"{Path(path).name}: the first row does not hold the years")
    records = []
    current: Indicator | str | None = None
    group: tuple[str, str] | None = None
    for index in range(1, len(sheet)):
        row = sheet.iloc[index]
        label = clean_text(row.iloc[0])
        if label is None or label.startswith("*"):
            continue
        raw_label = str(row.iloc[0]).strip()  # the source's text, inner spacing kept
        normalised = _normalise(label)
        cells = {year: row.iloc[position] for position, year in years.items()}
        has_cells = any(c is not None and c == c for c in cells.values())
        where = f"{Path(path).name} row {index + 1} ({label!r})"

        def emit(indicator_id: str, text: str, unit: str, breakdown: str) -> None:
            for year, cell in cells.items():
                value, flag = _value(cell, f"{where}, {year}")
                if value is not None:
                    records.append([indicator_id, text, breakdown, unit, year, value, flag, raw_label])

        indicator = _indicator(normalised)
        if indicator is not None:
            current, group = indicator, None
            if has_cells:
                emit(indicator.indicator_id, indicator.label, indicator.unit, "Total")
            continue
        if _SEGREGATION in normalised:
            current, group = _SEGREGATION, None
            continue
        if current == _SEGREGATION and normalised in OCCUPATION_GROUPS_RU:
            group = OCCUPATION_GROUPS_RU[normalised]
            continue
        breakdown = _BREAKDOWNS.get(normalised)
        if breakdown is not None and isinstance(current, Indicator):
            emit(current.indicator_id, current.label, current.unit, breakdown)
            continue
        if breakdown is not None and current == _SEGREGATION and group is not None and "share" in breakdown:
            suffix, english = group
            who = "men" if breakdown.startswith("Male") else "women"
            emit(f"occupation_gender_composition_{suffix}",
                 f"Occupational gender segregation: share of the group {english} who are {who}",
                 "%", breakdown)
            continue
        if has_cells:
            raise ParseError(f"{where}: a row with figures whose label kzdata does not know")
        current, group = None, None  # a section heading, or an indicator without figures
    frame = pd.DataFrame.from_records(
        records,
        columns=["indicator_id", "indicator", "breakdown", "unit", "year", "value", "flag",
                 "source_row_label_ru"],
    )
    segregation = frame["indicator_id"].str.startswith("occupation_gender_composition_")
    _add_flag(frame, segregation & frame["year"].eq(2011), SUSPECT_2011)
    _add_flag(
        frame,
        frame["indicator_id"].eq("employment_rate_working_age")
        & frame["breakdown"].isin(["Male", "Female"]) & frame["year"].eq(2020),
        SUSPECT_2020,
    )
    frame["flag"] = frame["flag"].replace("", None)
    return frame


def _add_flag(frame: pd.DataFrame, mask: pd.Series, flag: str) -> None:
    old = frame.loc[mask, "flag"]
    frame.loc[mask, "flag"] = [f"{o};{flag}" if o else flag for o in old]


# --------------------------------------------------------------------------------------------
# Unemployment rate by region
# --------------------------------------------------------------------------------------------

_QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_NOTE = re.compile(r"\s*(\d{1,2})\)\s*$")
_YEAR_NOTES = {2: "year_note_2_new_ICLS19_standard"}
_REGION_NOTES = {3: "region_note_3"}


def _split_note(text: str) -> tuple[str, int | None]:
    """'Turkestanskaya 3)' -> ('Turkestanskaya', 3); 'year2)' -> ('year', 2)."""
    found = _NOTE.search(text)
    if not found:
        return text.strip(), None
    return text[: found.start()].strip(), int(found.group(1))


def _period(cell: object) -> tuple[int | None, int | None]:
    """'III quarter' -> (3, None); 'year2)' -> (None, 2). Raises on anything else."""
    text = clean_text(cell) or ""
    base, note = _split_note(text)
    words = base.split()
    if base.lower() == "year":
        return None, note
    if len(words) == 2 and words[0].lower() in _QUARTERS and words[1].lower() in ("quarter", "квартал"):
        return _QUARTERS[words[0].lower()], note
    raise ParseError(f"unexpected period heading {cell!r}")


def unemployment_by_region(path: str | os.PathLike[str]) -> pd.DataFrame:
    """Unemployment rate by region, quarterly and annual, in long form.

    Parameters
    ----------
    path
        ``unemploymentRate.xlsx`` (sheet ``Regions_quarter``).

    Returns
    -------
    pandas.DataFrame
        ``region`` (as in the source, footnote numbers removed), ``year``, ``quarter``
        (1-4; empty for annual rows), ``frequency`` (``annual`` or ``quarterly``),
        ``unemployment_rate_pct`` and ``flag``: ``year_note_2_new_ICLS19_standard`` on the
        column the source marks with note 2 (from 2015 the 19th ICLS standard) and
        ``region_note_3`` on the regions marked with note 3 (Turkestan region and Shymkent:
        2010-2017 are estimates from South Kazakhstan data), joined with ``;``. Cells with
        ``-`` or nothing are not rows.
    """
    sheet = _read_sheet(path, "Regions_quarter")
    year_row = next((i for i in range(min(12, len(sheet))) if len(_year_columns(sheet.iloc[i])) >= 2), None)
    if year_row is None or year_row + 1 >= len(sheet):
        raise ParseError(f"{Path(path).name}: no row of years found at the top of the sheet")
    starts = _year_columns(sheet.iloc[year_row])
    periods = sheet.iloc[year_row + 1]
    columns: dict[int, tuple[int, int | None, str]] = {}
    year = None
    for position in range(1, sheet.shape[1]):
        year = starts.get(position, year)
        heading = periods.iloc[position]
        if year is None or clean_text(heading) is None:
            continue
        try:
            quarter, note = _period(heading)
        except ParseError as exc:
            raise ParseError(f"{Path(path).name}, column {position + 1}: {exc}") from None
        flag = "" if note is None else _YEAR_NOTES.get(note, f"year_note_{note}")
        columns[position] = (year, quarter, flag)
    records = []
    for index in range(year_row + 2, len(sheet)):
        row = sheet.iloc[index]
        label = clean_text(row.iloc[0])
        if label is None:
            if records:
                break  # the blank line above the footnotes
            continue
        if re.match(r"^\d{1,2}\)", label):
            break
        region, note = _split_note(label)
        region_flag = "" if note is None else _REGION_NOTES.get(note, f"region_note_{note}")
        for position, (year, quarter, year_flag) in columns.items():
            value, mark = _value(row.iloc[position], f"{Path(path).name} row {index + 1} ({region}), {year}")
            if value is None:
                continue
            flag = ";".join(f for f in (mark, year_flag, region_flag) if f)
            records.append([region, year, quarter, "annual" if quarter is None else "quarterly", value, flag or None])
    frame = pd.DataFrame.from_records(
        records, columns=["region", "year", "quarter", "frequency", "unemployment_rate_pct", "flag"]
    )
    frame["quarter"] = frame["quarter"].astype("Int64")
    return frame


# --------------------------------------------------------------------------------------------
# Wages by occupation group and region
# --------------------------------------------------------------------------------------------

#: Russian column headings of the wage workbook -> occupation group id.
WAGE_GROUPS_RU: dict[str, str] = {
    "всего персонала": "all_staff",
    "руководители и государственные служащие": "isco1_managers",
    "специалисты-профессионалы": "isco2_professionals",
    "специалисты-техники и иной вспомогательный профессиональный персонал": "isco3_technicians_associate_professionals",
    "служащие в области администрирования": "isco4_clerical_support",
    "работники сферы услуг и продаж": "isco5_service_sales",
    "фермеры и рабочие сельского и лесного хозяйства, рыбоводства и рыболовства": "isco6_skilled_agricultural",
    "рабочие промышленности, строительства, транспорта и других родственных занятий": "isco7_craft_trades",
    "операторы производственного оборудования, сборщики и водители": "isco8_plant_machine_operators",
    "неквалифицированные рабочие": "isco9_elementary",
    "работники, не входящие в другие группы": "not_elsewhere_classified",
}

SPURIOUS_ROW = "spurious_row_in_repo_copy_values_equal_Pavlodar_shifted_DO_NOT_USE"
ABOLISHED_REGION = "region_did_not_exist_in_year_DO_NOT_USE"
EQUALS_SPURIOUS = "suspect_equals_spurious_row_value"


def wages_by_occupation_region(path: str | os.PathLike[str], *, year: int | None = None) -> pd.DataFrame:
    """Average monthly nominal wage by occupation group and region, in long form.

    Parameters
    ----------
    path
        ``pg16_optRK2022.xlsx`` (first sheet).
    year
        The year of the figures; by default the four-digit year in the file name (the sheet
        does not state it).

    Returns
    -------
    pandas.DataFrame
        ``year``, ``region`` (English, as in the source), ``occupation_group`` (``all_staff``,
        ``isco1_managers`` ... ``isco9_elementary``, ``not_elsewhere_classified``),
        ``occupation_label_ru`` (the Russian heading), ``avg_monthly_nominal_wage_kzt``,
        ``flag``. A "South Kazakhstan Region" row in a year after the region was split (2018)
        is flagged ``spurious_row_in_repo_copy_values_equal_Pavlodar_shifted_DO_NOT_USE`` when
        its values repeat Pavlodar's shifted by one column (``region_did_not_exist_in_year_
        DO_NOT_USE`` otherwise); any other cell equal to that row's value in the same column
        is flagged ``suspect_equals_spurious_row_value``.
    """
    if year is None:
        found = re.search(r"(19|20)\d\d", Path(path).name)
        if not found:
            raise ParseError(f"{Path(path).name}: give year=..., the file name holds no year")
        year = int(found.group(0))
    sheet = _read_sheet(path)
    header = [clean_text(c) for c in sheet.iloc[0].tolist()]
    if not header or (header[0] or "").lower() != "регионы":
        raise ParseError(f"{Path(path).name}: the first cell should be 'Регионы', is {header[:1]}")
    groups = {}
    for position, heading in enumerate(header[1:], start=1):
        if heading is None:
            continue
        key = heading.lower()
        if key not in WAGE_GROUPS_RU:
            raise ParseError(f"{Path(path).name}: unknown occupation heading {heading!r}")
        groups[position] = (WAGE_GROUPS_RU[key], heading)
    records = []
    for index in range(1, len(sheet)):
        row = sheet.iloc[index]
        region = clean_text(row.iloc[0])
        if region is None:
            continue
        for position, (group, heading) in groups.items():
            value, _ = _value(row.iloc[position], f"{Path(path).name} row {index + 1} ({region})")
            if value is None:
                continue
            if not float(value).is_integer():
                raise ParseError(f"{Path(path).name} row {index + 1}: wage {value} is not whole tenge")
            records.append([year, region, group, heading, int(value), None])
    frame = pd.DataFrame.from_records(
        records,
        columns=["year", "region", "occupation_group", "occupation_label_ru",
                 "avg_monthly_nominal_wage_kzt", "flag"],
    )
    return _flag_spurious_rows(frame, year)


def _flag_spurious_rows(frame: pd.DataFrame, year: int) -> pd.DataFrame:
    spurious = frame["region"].str.lower().str.startswith("south kazakhstan") & (year >= 2018)
    if not spurious.any():
        return frame
    wide = frame.pivot(index="region", columns="occupation_group", values="avg_monthly_nominal_wage_kzt")
    order = [g for g in WAGE_GROUPS_RU.values() if g in wide.columns]
    wide = wide[order]
    for region in frame.loc[spurious, "region"].unique():
        row = wide.loc[region]
        shifted = False
        if "Pavlodar Region" in wide.index:
            pavlodar = wide.loc["Pavlodar Region"]
            shifted = list(row.iloc[1:-1]) == list(pavlodar.iloc[2:])
        flag = SPURIOUS_ROW if shifted else ABOLISHED_REGION
        frame.loc[frame["region"] == region, "flag"] = flag
        for group, value in row.items():
            same = (frame["occupation_group"] == group) & (frame["avg_monthly_nominal_wage_kzt"] == value)
            same &= frame["region"] != region
            frame.loc[same & frame["flag"].isna(), "flag"] = EQUALS_SPURIOUS
    return frame
