"""Small files in the publishers' formats, written by the tests (no data copied from a mirror).

Every figure here is invented for the tests. The layouts (sheet names, header rows, footnote
marks, decimal commas, preamble lines) imitate the original files closely enough that the
parsers take the same code paths as on the real ones.
"""

from __future__ import annotations

import hashlib
import io
import os
import zipfile
from pathlib import Path

import pandas as pd

FIXTURES = Path(__file__).parent / "fixtures"
REPO_ROOT = Path(__file__).resolve().parents[2]


class NetworkBlocked(RuntimeError):
    pass


def sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def flip_one_byte(path: Path, offset: int = 10) -> None:
    """Change one byte of a file in place (and its mtime, as an editor would)."""
    data = bytearray(Path(path).read_bytes())
    data[offset] ^= 0x01
    Path(path).write_bytes(bytes(data))
    stat = Path(path).stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))


ILO_HEADER = [
    "label4d", "label1d", "ISCO_08", "Title", "taskID", "Task_ISCO", "score_2023", "Weaviate Status",
    "predicted_score_2025_gpt4o", "prediction_justification_gpt4o", "weaviate_status_gemini",
    "predicted_score_2025_gemini", "prediction_justification_gemini", "score_2025", "source",
    "mean_score_2023", "mean_score_2025", "SD_2023", "SD_2025", "potential25", "potential23",
]


def _workbook(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    import openpyxl

    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


def ilo_workbook(folder: Path, *, inconsistent: bool = False) -> Path:
    """Three tasks of a clerk occupation and one of a craft occupation (one without text)."""
    clerk = ["4110 - General Office Clerks", "4 - Clerical support workers", 4110, "General Office Clerks"]
    craft = ["7126 - Plumbers and Pipe Fitters", "7 - Craft and related trades workers", 7126,
             "Plumbers and  Pipe Fitters"]
    clerk_occ = [0.6, 0.55, 0.1, 0.05, "Exposed: Gradient 3", "Automation Potential"]
    rows = [
        ILO_HEADER,
        clerk + [1, "Filing documents.", 0.7, "success", 0.6, "Filing is routine.", "success", 0.5,
                 "Routine task.", 0.55, "predicted"] + clerk_occ,
        clerk + [2, "Answering  telephone calls.", 0.5, "success", None, "Error,Error", "success",
                 0.6, "Speech.", 0.6, "predicted"] + clerk_occ,
        clerk + [3, "Sorting mail.", 0.6, "success", 0.5, "Physical.", "success", 0.5, "Physical.",
                 0.45, "reconciled"] + (clerk_occ if not inconsistent else [0.6, 0.99, 0.1, 0.05,
                                                                              "Exposed: Gradient 3",
                                                                              "Automation Potential"]),
        craft + [1, None, None, "fail", 0.65, "Unrelated text.", "fail", 0.05, "Error", 0.35,
                 "predicted", 0.16, 0.35, 0.0, 0.0, "Not Exposed", "The Big Uknown"],
    ]
    return _workbook(folder / "Final_Scores_ISCO08_Gmyrek_et_al_2025.xlsx", {"Sheet1": rows})


APPLICATIONS = [
    "Abstract Strategy Games", "Real-Time Video Games", "Image Recognition", "Visual Question Answering",
    "Generating Images", "Reading Comprehension", "Language Modeling", "Translation", "Speech Recognition",
    "Instrumental Track Recognition",
]


def aioe_workbooks(folder: Path) -> tuple[Path, Path]:
    """The data appendix (six sheets) and the language-modelling workbook (two sheets)."""
    appendix = _workbook(
        folder / "AIOE_DataAppendix.xlsx",
        {
            "Index": [["Data Appendix A: AIOE Scores by Occupation"], ["Data Appendix B: AIIE"]],
            "Appendix A": [
                ["SOC Code", "Occupation Title", "AIOE"],
                ["11-1011", "Chief Executives", 1.25],
                ["15-1131", "Computer  Programmers", 1.5],
                ["47-2061", "Construction Laborers", -1.75],
            ],
            "Appendix B": [
                ["NAICS", "Industry Title", "AIIE"],
                [1133, "Logging", -1.5],
                [3250, "Chemical Manufacturing (3255 only)", -0.25],
                [3250, "Chemical Manufacturing (3251 only)", -0.5],
            ],
            "Appendix C": [
                ["FIPS Code", "Geographic Area", "AIGE"],
                [1000, "Alabama", 0.5],
                [1001, "Autauga County", -0.75],
                [72153, "Yauco Municipio", -0.25],
            ],
            "Appendix D": [[None, *APPLICATIONS],
                           ["Written Expression", *[0.5 + i / 100 for i in range(10)]],
                           ["Arm-Hand Steadiness", *[0.2 + i / 100 for i in range(10)]]],
            "Appendix E": [["O*NET Abilities", "Ability-Level AI Exposure"],
                           ["Written Expression", 0.458], ["Arm-Hand Steadiness", -1.125]],
        },
    )
    language = _workbook(
        folder / "Language_Modeling_AIOE_and_AIIE.xlsx",
        {
            "LM AIOE": [
                ["SOC Code", "Occupation Title", "Language Modeling AIOE"],
                ["11-1011", "Chief Executives", 1.125],
                ["15-1131", "Computer Programmers", 1.625],
                ["53-7121", "Tank Car Loaders", -1.375],
            ],
            "LM AIIE": [["NAICS", "NAICS Description", "Language Modeling AIIE"], [611100, "Schools", 1.25]],
        },
    )
    return appendix, language


DECENT_WORK_ROWS: list[list[object]] = [
    ["Перечень показателей, рекомендуемых Международной организацией труда*", 2010, 2011, 2020,
     "Методология расчета показателя (международные стандарты)"],
    [" \nВозможность найти работу", None, None, None, None],
    ["M - Уровень занятости  к трудоспособному населению, %", None, None, None, "Рассчитывается ..."],
    ["Всего ", 70.5, 71, "72,5*", None],
    ["Мужчины ", 75, 76, 77.5, None],
    ["Женщины ", 66, "…", 80.25, None],
    ["M – Работающие бедные, % ", None, None, None, None],
    ["M – Детский труд (согласно Резолюции, принятой на 18-й МКСТ) (S), (доля занятых в возрастной группе 15-17 лет, %)",
     None, None, None, None],
    ["Всего", 2.5, 2, 1.5, None],
    ["Mальчики", 3, 2.5, 2, None],
    ["Девочки", 2, 1.5, 1, None],
    ["Равные возможности и отношения на работе", None, None, None, None],
    ["Сегрегация в видах занятий (профессий) по половому признаку ", None, None, None, "Рассчитывается ..."],
    ["Специалисты-профессионалы", None, None, None, None],
    ["Мужчины (%)", 35, 61.5, 35.25, None],
    ["Женщины (%)", 65, 38.5, "63,,4", None],
    ["A- Гендерный разрыв в заработной плате, % ", "…", 32, 25, "Определяется ..."],
    ["С - Темпы инфляции (ИПЦ)", 107.75, 107.5, 107.5, "Индекс ..."],
    ["* здесь и далее пенсионный возраст женщин ...", None, None, None, None],
]


def decent_work_workbook(folder: Path, rows: list[list[object]] | None = None) -> Path:
    return _workbook(folder / "work_stats.xlsx", {"Индик.дост.труда 2001-2020": rows or DECENT_WORK_ROWS})


def unemployment_workbook(folder: Path) -> Path:
    """Two years (2014, 2015), the 2015 annual column with note 2, a region with note 3."""
    periods = ["I quarter", "II quarter", "III квартал", "IV quarter"]
    rows: list[list[object]] = [
        [None] * 11,
        ["Unemployment rate1)"] + [None] * 10,
        [None] * 5 + ["in percent"] + [None] * 5,
        [None, 2014, None, None, None, None, 2015, None, None, None, None],
        [None, *periods, "year", *periods, "year2)"],
        ["Republic of Kazakhstan", 5.25, 5, 5, 5.125, 5.0625, 5, 5, 4.875, 5, 5],
        ["Zhetisu ", "-", "-", "-", "-", "-", None, None, None, None, None],
        ["Turkestanskaya 3)", "-", "-", "-", "-", 5.5, "-", "-", "-", "-", 5.375],
        [None] * 11,
        ["1) The data was generated based on the results of a sample servey."] + [None] * 10,
        ["2)Hereinafter data are created according to new standards"] + [None] * 10,
        ["3) Data for the Turkestan region ... estimates"] + [None] * 10,
    ]
    return _workbook(folder / "unemploymentRate.xlsx", {"Regions_quarter": rows})


WAGE_HEADINGS = [
    "Регионы", "Всего персонала", "руководители и государственные служащие", "специалисты-профессионалы",
    "специалисты-техники и иной вспомогательный профессиональный персонал",
    "служащие в области администрирования", "работники сферы услуг и продаж",
    "фермеры и рабочие сельского и лесного хозяйства, рыбоводства и рыболовства",
    "рабочие промышленности, строительства, транспорта и других родственных занятий",
    "операторы производственного оборудования, сборщики и водители", "неквалифицированные рабочие",
    "работники, не входящие в другие группы ",
]


def wages_workbook(folder: Path, name: str = "pg16_optRK2022.xlsx") -> Path:
    """A national row, Pavlodar, a spurious South Kazakhstan row and North Kazakhstan."""
    pavlodar = [200000, 400000, 300000, 250000, 190000, 150000, 160000, 270000, 310000, 110000, 280000]
    spurious = [180000] + pavlodar[2:] + [170000]  # Pavlodar shifted by one column
    rows = [
        WAGE_HEADINGS,
        ["The Republic Of Kazakhstan", 250000.0, 500000.0, 350000, 270000, 250000, 200000, 175000,
         340000, 330000, 130000, 210000],
        ["Pavlodar Region", *map(float, pavlodar)],
        ["South Kazakhstan Region", *spurious],
        ["North Kazakhstan Region", 180000, 360000, 280000, 220000, 189000, 148000, 209000, 228000,
         219000, 111000, 236000],
    ]
    return _workbook(folder / name, {"Лист1": rows})


def crosswalk_zip(folder: Path) -> Path:
    """A zip laid out like the IBS archive, with soc10_isco08.dta and a decoy file."""
    frame = pd.DataFrame(
        {"soc10": [111011, 111011, 151131, 551011], "isco08": [1112, 1120, 2514, 110]}
    ).astype({"soc10": "int32", "isco08": "int16"})
    buffer = io.BytesIO()
    frame.to_stata(buffer, write_index=False)
    path = folder / "onetsoc_to_isco_cws_ibs.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("onetsoc_to_isco_cws_ibs/", "")
        archive.writestr("onetsoc_to_isco_cws_ibs/soc10_isco08.dta", buffer.getvalue())
        archive.writestr("onetsoc_to_isco_cws_ibs/onetsoc_to_isco_cws_ibs.do", "* do-file\n")
    return path


def fixture(name: str) -> Path:
    """A committed text fixture (see tests/remote/fixtures/README.md)."""
    return FIXTURES / name
