"""Answer key for ``exercises/10-capstone.ipynb``: your own estimate (the capstone template).

The capstone has no single right answer: each student chooses an occupation group (or a set of
occupations for a sector) and one of the course's methods. So the checks verify the
**structure** of the work, not its numbers: a valid focus and method name, a method statement
with a year and an assumption, a headline in percent, a provenance table whose datasets exist
and whose rows name a publisher, a claims ledger with valid statuses and at least one row of our
own calculation, a course chart with a title, a description and a source caption, and a brief of
at least 150 words that says what the number does not mean and names a limit. The quality is
judged with the peer-review rubric of lesson 10 (the reflective question at the end).

The reference solutions are a complete worked capstone for **professionals** (ISCO-08 group 2),
a different group from the lesson's worked example (clerical support workers, group 4). Their
figures are pinned by ``tests/lessons/test_lesson10.py``.
"""

from __future__ import annotations

import re
from typing import Any

import pandas as pd

from kzdata.exercises import Mistake, Question, ReflectionQuestion, Solution, when
from kzdata.exercises._text import PLACEHOLDER, describe, md_code
from kzdata.exercises.checks import NotAttempted, real_number
from kzdata.exercises.lesson10 import (
    LEDGER_COLUMNS,
    METHODS,
    PROVENANCE_COLUMNS,
    SOURCE_TYPES,
    STATUSES,
)

NOTEBOOK = "exercises/10-capstone.ipynb"

SETUP = '''\
import pandas as pd
import kzdata
import kzdata.charts as kc
from IPython.display import Markdown
from kzdata import exposure, scenarios
from kzdata.crosswalk import soc_to_isco
from kzdata.exercises import ex10, ____
kc.setup()
occupations = kzdata.load("ilo_genai_occupations")
occupations["category"] = pd.Categorical(
    occupations["exposure_category_2025"], categories=exposure.ILO_2025_LABELS, ordered=True
)
jobs_2013 = kzdata.load("employment_by_occupation", year=2013)
def provenance_row(name, year, used_for, source_ids=None):
    """One row of a provenance table, read from a dataset's card and citation."""
    sources = [s for s in kzdata.cite(name).sources if source_ids is None or s.source_id in source_ids]
    publishers = "; ".join(kzdata.info(name).publishers) if source_ids is None else "; ".join(
        dict.fromkeys(s.publisher for s in sources))
    return {"dataset": name, "publisher": publishers, "year": year, "tier": kzdata.info(name).tier,
            "source_type": " and ".join(sorted({s.type for s in sources})), "used_for": used_for}
'''

WORKED_EXAMPLE_GROUP = "4"
"""The lesson's worked example (clerical support workers): the capstone must choose another."""

REQUIRED_PROVENANCE = PROVENANCE_COLUMNS[:5]
MIN_STATEMENT_WORDS = 50
MIN_BRIEF_WORDS = 150
MIN_LEDGER_ROWS = 3
LIMIT_WORDS = ("2013", "estimate", "assum", "exposure", "exposed", "scenario", "limit", "caveat",
               "uncertain")
"""Words that name a limit of an estimate; the brief needs at least one (and a 'not')."""

_YEAR = re.compile(r"\b(19|20)\d{2}\b")
_CODE_NAME = re.compile(r"\b[A-Za-z]+(?:_[A-Za-z0-9]+)+\b")


# --------------------------------------------------------------------------- helpers
def _words(text: str) -> int:
    return len(text.split())


def _not_blank_text(answer: Any) -> str | None:
    """For text answers: raise NotAttempted while the blank is still there."""
    if not isinstance(answer, str):
        return (f"Your answer is {describe(answer)}. Write your text between triple quotes: "
                '`"""` at the start and at the end.')
    if "____" in answer or not answer.strip():
        raise NotAttempted
    return None


def _not_blank_frame(answer: Any) -> str | None:
    """For table answers: a DataFrame, with no ``____`` left in any cell."""
    if isinstance(answer, pd.Series):
        return (f"Your answer is {describe(answer)}, one column on its own. This question needs a "
                "table: a DataFrame, for example `pd.DataFrame([row_1, row_2, ...])`.")
    if not isinstance(answer, pd.DataFrame):
        return f"This question needs a DataFrame (a table), but your answer is {describe(answer)}."
    if any(value is PLACEHOLDER for value in answer.to_numpy().ravel()):
        raise NotAttempted
    return None


def _missing_columns(required: tuple[str, ...]):
    def check(frame: pd.DataFrame) -> str | None:
        missing = [c for c in required if c not in frame.columns]
        if not missing:
            return None
        shown = ", ".join(md_code(c) for c in missing)
        message = f"Your table is missing the column{'s' if len(missing) > 1 else ''} {shown}."
        if any(n in missing for n in frame.index.names if n is not None):
            message += " It is in the index: add `.reset_index()`."
        return message + f" The columns are: {', '.join(md_code(c) for c in required)}."
    return check


def _empty(value: Any) -> bool:
    try:
        if pd.isna(value):
            return True
    except (TypeError, ValueError):
        pass
    return value is PLACEHOLDER or not str(value).strip()


def _rows_with_empty(frame: pd.DataFrame, column: str) -> list[int]:
    return [i + 1 for i, value in enumerate(frame[column].tolist()) if _empty(value)]


def _dataset_names() -> set[str]:
    import kzdata

    return set(kzdata.list_datasets()["name"])


def _tier(name: str) -> str:
    import kzdata

    return kzdata.info(name).tier


def _isco_codes() -> set[str]:
    import kzdata

    return set(kzdata.load("ilo_genai_occupations")["isco08_4d"].astype(str))


# --------------------------------------------------------------------------- q1 focus
def _focus_kind(answer: Any) -> str | None:
    if isinstance(answer, bool) or isinstance(answer, (int, float)):
        return (f"Your answer is {describe(answer)}. Write the code as text, in quotes: "
                f'`"{answer}"`. ISCO-08 codes are text in the course data.')
    if isinstance(answer, str):
        code = answer.strip()
        if code == "0":
            return ("Group 0 (armed forces) has no ILO scores and is left out of the course's "
                    'estimates. Choose a group from "1" to "9".')
        if code == WORKED_EXAMPLE_GROUP:
            return ('Group "4" (clerical support workers) is the worked example of lesson 10. '
                    "Choose another group, so that the capstone is your own.")
        if code not in {str(n) for n in range(1, 10)}:
            return (f"Your answer is {describe(answer)}. Give one ISCO-08 major group code from "
                    '`"1"` to `"9"`, in quotes, or a list of 4-digit codes for a sector.')
        return None
    if isinstance(answer, (list, tuple)):
        if any(item is PLACEHOLDER for item in answer):
            raise NotAttempted
        if not all(isinstance(item, str) for item in answer):
            return ("Write each 4-digit code as text, in quotes: for example "
                    '`["2411", "3311", "4312"]`.')
        codes = [item.strip() for item in answer]
        if len(set(codes)) < 2:
            return ("For a sector, list at least two 4-digit occupations, for example "
                    '`["2411", "3311", "4312"]`. For one whole group, give its code: `"5"`.')
        unknown = [c for c in codes if c not in _isco_codes()]
        if unknown:
            shown = ", ".join(md_code(c) for c in unknown[:5])
            return (f"These codes are not 4-digit occupations of the ILO index: {shown}. Look "
                    'them up in the column `isco08_4d` of `occupations`.')
        group_4 = {c for c in _isco_codes() if c.startswith(WORKED_EXAMPLE_GROUP)}
        if set(codes) == group_4:
            return ("Your list is the whole of group 4, the worked example of lesson 10. Choose "
                    "another group or another set of occupations.")
        return None
    return (f"Your answer is {describe(answer)}. Give a major group code as text, such as "
            '`"5"`, or a list of 4-digit codes, such as `["2411", "3311", "4312"]`.')


q1 = Question(
    id="ex10.q1",
    prompt="Choose the focus of your capstone: one ISCO-08 major group, as its code in quotes "
    '(`"1"` to `"9"`, but not `"4"`, the lesson\'s worked example), or, for a sector, a list '
    "of the 4-digit ISCO-08 codes of its typical occupations.",
    checks=[_focus_kind],
    hints=[
        "Run the cell above the answer cell: it lists the nine groups with their labels. Pick the "
        "one that matters most to the reader of your brief.",
        'Write the code as text, in quotes: `focus = "5"`. For a sector such as finance, list '
        'occupations: `focus = ["2411", "2412", "3311", "3312", "4211", "4312"]`.',
    ],
    why="Your focus is valid. In your brief, name it in words (\"service and sales workers\"): a "
    "counsellor or an akimat does not know ISCO codes.",
    mistakes=[
        Mistake(answer=2, message="Write the code as text, in quotes"),
        Mistake(answer="4", message="the worked example of lesson 10"),
        Mistake(answer="0", message="Group 0 (armed forces) has no ILO scores"),
        Mistake(answer=["2411", "9999"], message="These codes are not 4-digit occupations"),
    ],
    reference=Solution(
        code='focus = "2"',
        explanation="The reference capstone studies professionals (group 2): teachers, doctors, "
        "engineers, accountants, software developers and many more. Any group from 1 to 9 other "
        "than 4 is a good choice; a list of 4-digit codes works for a sector.",
    ),
)


# --------------------------------------------------------------------------- q2 method
def _method_name(answer: Any) -> str | None:
    names = ", ".join(md_code(f'"{name}"') for name in METHODS)
    if not isinstance(answer, str):
        return f"Your answer is {describe(answer)}. Give the method's name as text, one of: {names}."
    if answer.strip() in METHODS:
        return None
    if answer.strip().casefold() in METHODS:
        return f"Write the name exactly as given, in lower case: one of {names}."
    return f"{md_code(answer.strip()[:40])} is not one of the course's methods. Choose one of: {names}."


q2 = Question(
    id="ex10.q2",
    prompt="Choose your method: one of the names in `ex10.METHODS`, as text in quotes.",
    checks=[_method_name],
    hints=[
        "Run `ex10.METHODS` (the cell above shows it): three names, each with what it combines.",
        'Most capstones use `"ilo_2025_gradients"`, the method of lessons 05 and 10. Choose '
        '`"frey_osborne_crosswalk"` to use the older measure, or `"adoption_scenario"` to ask '
        '"what could happen under these assumptions?"',
    ],
    why="Your method is one the course has taught, so a reader can follow and rerun every step. "
    "Say in your method statement why it fits your question.",
    mistakes=[
        Mistake(answer="ILO", message="is not one of the course's methods"),
        Mistake(answer="ILO_2025_GRADIENTS", message="Write the name exactly as given"),
        Mistake(answer=1, message="Give the method's name as text"),
    ],
    reference=Solution(
        code='method = "ilo_2025_gradients"',
        explanation="The reference asks about generative AI and Kazakhstan's ISCO-08 groups, so "
        "the ILO 2025 gradients with ILOSTAT employment fit best.",
    ),
)


# --------------------------------------------------------------------------- q3 statement
q3 = Question(
    id="ex10.q3",
    prompt=f"Write your method statement (at least {MIN_STATEMENT_WORDS} words): your question "
    "(who, what is counted, which year, which measure), your method and its main steps, the data, "
    "and at least one assumption, using the word 'assume' or 'assumption'.",
    checks=[
        _not_blank_text,
        when(lambda t: _words(t) < MIN_STATEMENT_WORDS,
             f"Your statement is shorter than {MIN_STATEMENT_WORDS} words. Say the question, the "
             "method, the data and at least one assumption, in full sentences."),
        when(lambda t: not _YEAR.search(t),
             "Your statement names no year. Say which year your data describe (for example 2013, "
             "the latest year with employment by occupation)."),
        when(lambda t: "assum" not in t.casefold(),
             "Your statement names no assumption. Write one sentence with the word 'assume' or "
             "'assumption', for example about how workers are spread over the occupations of "
             "your group."),
    ],
    hints=[
        "Start from the worked example's statement in lesson 10, section 2, and change what "
        "differs: the group, the number of occupations, the method.",
        "Four parts, one or two sentences each: 'Question: ...', 'Method: ...', 'Assumption: "
        "we assume that ...', 'This is our own calculation, not ...'.",
    ],
    why="Your statement has the four parts a reader needs to follow and judge your estimate. "
    "The rubric's 'Method' criterion asks, for a 2, why the method fits the question.",
    mistakes=[
        Mistake(answer="We use the ILO method.", message=f"shorter than {MIN_STATEMENT_WORDS} words"),
        Mistake(answer=" ".join(["We use the ILO index and count the workers."] * 6),
                message="names no year"),
        Mistake(answer=" ".join(["In 2013 we use the ILO index and count the workers."] * 6),
                message="names no assumption"),
        Mistake(answer=42, message="Write your text between triple quotes"),
    ],
    reference=Solution(
        code='''method_statement = """
Question: in 2013, the latest year with employment by occupation, what share of Kazakhstan's
employed professionals (ISCO-08 major group 2) worked in occupations that the ILO's 2025 index
counts as exposed to generative AI (Gradients 1-4)? Method (ilo_2025_gradients): we take the ILO
2025 category of each of the 92 professional occupations (ILO Working Paper 140) and split the
professionals of 2013 (ILOSTAT) across the categories, with the three steps of lessons 05 and 10.
Assumption: Kazakhstan's data give employment by major group only, so we assume that each
professional occupation employs the same number of people. This is probably wrong for teachers
and doctors, two large occupations that the ILO does not count as exposed. The result is our own
calculation of exposure, not an official statistic and not a forecast of job loss.
"""''',
        explanation="The statement names the group, the place, the unit (employed people), the "
        "year, the measure, the steps, the data and the assumption, and says which way the "
        "assumption may bias the result.",
    ),
)


# --------------------------------------------------------------------------- q4 headline
def _percent(answer: Any) -> str | None:
    value, problem = real_number(answer)
    if problem:
        return problem
    if value is not None and not 0 <= value <= 100:
        return (f"Your headline is {value:g}. A share in percent lies between 0 and 100: if you "
                "have a count or a share from 0 to 1, turn it into a percentage.")
    return None


q4 = Question(
    id="ex10.q4",
    prompt="Build your estimate and give its headline: the main number of your capstone, as a "
    "percentage (0 to 100). Use the starting code in the toolbox for your method; write as many "
    "lines as you need, the last one assigning `headline_pct`.",
    checks=[_percent],
    hints=[
        "Copy the toolbox code for your method (the markdown cell 'Toolbox' above) into the "
        "answer cell, and set `focus` and the other choices at the top.",
        "Your headline is one number in percent, such as the exposed share of your group's "
        "workers, the share of its occupations above 0.7, or the share of jobs affected by "
        "2040 in your scenario. Keep the table behind it (`my_table`) for your chart.",
    ],
    why="Your headline is a percentage. Now label it in your ledger as 'our calculation', with "
    "its unit, base and year: the check cannot know whether it is right, your reviewers will "
    "rerun it.",
    mistakes=[
        Mistake(answer=578.6, message="lies between 0 and 100"),
        Mistake(answer="42.4", message="Remove the quotes"),
    ],
    reference=Solution(
        code='''shares = exposure.category_shares_by_major_group(occupations, category_column="category")
my_jobs = jobs_2013[jobs_2013["isco08_major_group"] == "2"]
allocated = exposure.allocate_employment(shares, my_jobs, category_column="category")
my_table = allocated[allocated["sex"] == "total"][["category", "employed_thousands"]].reset_index(drop=True)
my_table["share_pct"] = 100 * my_table["employed_thousands"] / my_table["employed_thousands"].sum()
exposed = my_table["category"].astype(str).str.startswith("Exposed")
headline_pct = my_table.loc[exposed, "share_pct"].sum()''',
        explanation="The three steps of lesson 05 for group 2: 42.4% of Kazakhstan's "
        "professionals in 2013 (578.6 of 1,365.0 thousand) worked in occupations the ILO counts "
        "as exposed, under the even-spread assumption. Our calculation.",
    ),
)


# --------------------------------------------------------------------------- q5 provenance
def _provenance_rows(frame: pd.DataFrame) -> str | None:
    if len(frame) < 2:
        return ("Your provenance table has fewer than 2 rows. Every estimate has at least two "
                "inputs: the scores and the employment (or the wages). List every dataset you used.")
    names = _dataset_names()
    unknown = [str(n) for n in frame["dataset"].tolist() if str(n).strip() not in names]
    if unknown:
        shown = ", ".join(md_code(n[:40]) for n in unknown[:4])
        return (f"These datasets are not in `kzdata.list_datasets()`: {shown}. Use the dataset's "
                'name as kzdata knows it, for example `"employment_by_occupation"`.')
    for column, what in [("publisher", "publisher"), ("year", "year"),
                         ("source_type", "source type")]:
        empty = _rows_with_empty(frame, column)
        if empty:
            return (f"Row{'s' if len(empty) > 1 else ''} {', '.join(map(str, empty))} of your "
                    f"provenance table ha{'ve' if len(empty) > 1 else 's'} no {what}. "
                    "`provenance_row(name, year, used_for)` fills in the publisher for you.")
    bad_types = sorted({str(v) for v in frame["source_type"] if str(v).strip() not in SOURCE_TYPES})
    if bad_types:
        return (f"The column `source_type` holds {md_code(bad_types[0][:30])}. Use one of: "
                + ", ".join(md_code(t) for t in SOURCE_TYPES) + ".")
    for name, tier in zip(frame["dataset"], frame["tier"]):
        actual = _tier(str(name).strip())
        if str(tier).strip() != actual:
            return (f"The tier of {md_code(str(name).strip())} is {md_code(actual)}, not "
                    f"{md_code(str(tier)[:20])} (see `kzdata.info({str(name).strip()!r}).tier`).")
    return None


q5 = Question(
    id="ex10.q5",
    prompt="Make your provenance table `provenance`: one row for every dataset your capstone uses "
    "(including the tables of the claims in your ledger), with the columns "
    + ", ".join(md_code(c) for c in PROVENANCE_COLUMNS)
    + ". `provenance_row(name, year, used_for)` makes one row.",
    checks=[
        _not_blank_frame,
        _missing_columns(REQUIRED_PROVENANCE),
        _provenance_rows,
    ],
    hints=[
        "One call of `provenance_row` per input, in a list, in `pd.DataFrame([...])`, as in lesson "
        "10, section 4.",
        "The year is the year of the numbers you used (2013 for employment, 2025 for the ILO "
        "scores). For the `claims` table, pass `source_ids=[...]` with the `source_id` of each "
        "claim you quote, so that the publisher is the outlet you actually read.",
    ],
    why="Every input has a name anyone can load, a publisher, a year, a tier and a source type. "
    "For a 2 on the rubric, say in `used_for` what each input was used for, and name the "
    "secondary sources as such in your brief.",
    mistakes=[
        Mistake(code='provenance = pd.DataFrame([provenance_row("ilo_genai_occupations", 2025, "scores")])',
                message="fewer than 2 rows"),
        Mistake(code='provenance = pd.DataFrame({"dataset": ["ILO index", "ILOSTAT"], '
                     '"publisher": ["ILO", "ILO"], "year": [2025, 2013], "tier": ["remote", "bundled"], '
                     '"source_type": ["primary", "primary"]})',
                message="are not in `kzdata.list_datasets()`"),
        Mistake(code='provenance = pd.DataFrame({"dataset": ["ilo_genai_occupations", "employment_by_occupation"], '
                     '"publisher": ["ILO", ""], "year": [2025, 2013], "tier": ["remote", "bundled"], '
                     '"source_type": ["primary", "primary"]})',
                message="Row 2 of your provenance table has no publisher"),
        Mistake(code='provenance = pd.DataFrame({"dataset": ["ilo_genai_occupations", "employment_by_occupation"], '
                     '"publisher": ["ILO", "ILO"], "year": [2025, 2013], "tier": ["bundled", "bundled"], '
                     '"source_type": ["primary", "primary"]})',
                message="The tier of `ilo_genai_occupations` is `remote`"),
        Mistake(code='provenance = pd.DataFrame({"dataset": ["ilo_genai_occupations", "employment_by_occupation"], '
                     '"publisher": ["ILO", "ILO"], "year": [2025, 2013], "tier": ["remote", "bundled"]})',
                message="missing the column `source_type`"),
    ],
    reference=Solution(
        code='''provenance = pd.DataFrame([
    provenance_row("ilo_genai_occupations", 2025, "ILO category of each professional occupation"),
    provenance_row("employment_by_occupation", 2013, "number of professionals, by sex"),
    provenance_row("employment_by_sector", 2024, "caveat: share of employment in education",
                   source_ids=["bns_pub_341240"]),
    provenance_row("claims", 2023, "claim tested: 46% automation rate for professionals",
                   source_ids=["kursiv_2023_06_26_crtr_ai"]),
    provenance_row("claims", 2025, "claim tested: about 25% of jobs at moderate or high risk",
                   source_ids=["mintrud_2025_09_18"]),
])''',
        explanation="Five inputs: the ILO scores and ILOSTAT employment (primary), the BNS share "
        "of education in employment used in a caveat (primary), and two claims read in news "
        "reports (secondary).",
    ),
)


# --------------------------------------------------------------------------- q6 ledger
def _ledger_rows(frame: pd.DataFrame) -> str | None:
    if len(frame) < MIN_LEDGER_ROWS:
        return (f"Your ledger has {len(frame)} row{'s' if len(frame) != 1 else ''}. List at "
                f"least {MIN_LEDGER_ROWS} claims: the published claims your estimate tests, and "
                "your own.")
    statuses = [str(s).strip() for s in frame["status"].tolist()]
    bad = sorted({s for s in statuses if s not in STATUSES})
    if bad:
        return (f"The status {md_code(bad[0][:30])} is not one the course uses. Use one of: "
                + ", ".join(md_code(s) for s in STATUSES) + ".")
    if "our calculation" not in statuses:
        return ("No row has the status `our calculation`. Your own numbers (your headline at "
                "least) must be in the ledger, labelled as your calculation.")
    if all(s == "our calculation" for s in statuses):
        return ("Every row is your own calculation. Add at least one published claim that your "
                'estimate tests, from `kzdata.load("claims")` or `kzdata.load("exposure_estimates")`, '
                "with its status there.")
    for column, what in [("claim", "claim text"), ("source", "source")]:
        empty = _rows_with_empty(frame, column)
        if empty:
            return (f"Row{'s' if len(empty) > 1 else ''} {', '.join(map(str, empty))} of your "
                    f"ledger ha{'ve' if len(empty) > 1 else 's'} no {what}.")
    ours = frame[[s == "our calculation" for s in statuses]]
    values = pd.to_numeric(ours["value"], errors="coerce")
    if values.isna().any():
        return ("A row of your own calculation has no number in `value`. Give your numbers as "
                "numbers (42.4, not '42.4%'); the unit goes in the column `unit`.")
    return None


q6 = Question(
    id="ex10.q6",
    prompt=f"Make your claims ledger `ledger`: at least {MIN_LEDGER_ROWS} claims that your "
    "estimate tests or makes, with the columns "
    + ", ".join(md_code(c) for c in LEDGER_COLUMNS)
    + ". Statuses: " + ", ".join(md_code(s) for s in STATUSES)
    + ". Your own numbers have the status `our calculation`.",
    checks=[
        _not_blank_frame,
        _missing_columns(LEDGER_COLUMNS),
        _ledger_rows,
    ],
    hints=[
        "Follow lesson 10, section 5: published claims from `kzdata.load(\"claims\")` (renamed "
        "to the ledger's columns), then your own rows, then `pd.concat([...], ignore_index=True)`.",
        "Find claims about your group: `claims[claims[\"population\"].str.contains(\"professional\", "
        "case=False)]`, or general claims such as the Ministry's 25% of jobs "
        "(`claim_id` `mintrud_25pct_jobs`).",
    ],
    why="Your ledger has published claims and your own, each with its unit, base, source and "
    "status. For a 2 on the rubric, say which of them can be compared and which cannot, and why.",
    mistakes=[
        Mistake(code='ledger = pd.DataFrame({"claim": ["a", "b"], "value": [1, 2], "unit": ["%", "%"], '
                     '"unit_of_analysis": ["workers", "jobs"], "base": ["x", "y"], "method": ["m", "m"], '
                     '"source": ["s", "s"], "status": ["our calculation", "confirmed"]})',
                message="Your ledger has 2 rows"),
        Mistake(code='ledger = pd.DataFrame({"claim": ["a", "b", "c"], "value": [1, 2, 3], "unit": ["%"] * 3, '
                     '"unit_of_analysis": ["workers"] * 3, "base": ["x"] * 3, "method": ["m"] * 3, '
                     '"source": ["s"] * 3, "status": ["confirmed", "source found", "true"]})',
                message="The status `true` is not one the course uses"),
        Mistake(code='ledger = pd.DataFrame({"claim": ["a", "b", "c"], "value": [1, 2, 3], "unit": ["%"] * 3, '
                     '"unit_of_analysis": ["workers"] * 3, "base": ["x"] * 3, "method": ["m"] * 3, '
                     '"source": ["s"] * 3, "status": ["confirmed", "source found", "confirmed"]})',
                message="No row has the status `our calculation`"),
        Mistake(code='ledger = pd.DataFrame({"claim": ["a", "b", "c"], "value": [1, 2, 3], "unit": ["%"] * 3, '
                     '"unit_of_analysis": ["workers"] * 3, "base": ["x"] * 3, "method": ["m"] * 3, '
                     '"source": ["s"] * 3, "status": ["our calculation"] * 3})',
                message="Every row is your own calculation"),
        Mistake(code='ledger = pd.DataFrame({"claim": ["a", "b", "c"], "value": [1, 2, 3], "unit": ["%"] * 3, '
                     '"unit_of_analysis": ["workers"] * 3, "base": ["x"] * 3, "method": ["m"] * 3, '
                     '"status": ["our calculation", "confirmed", "confirmed"]})',
                message="missing the column `source`"),
    ],
    reference=Solution(
        code='''claims = kzdata.load("claims").set_index("claim_id")
published = claims.loc[["wdc_group_professionals_46pct", "mintrud_25pct_jobs"]]
published_rows = pd.DataFrame({
    "claim": published["claim_text"], "value": published["value"], "unit": published["unit"],
    "unit_of_analysis": published["unit_of_analysis"], "base": published["population"],
    "method": "not published", "source": published["claimed_by"] + ", " + published["claim_date"],
    "status": published["status"],
}).reset_index(drop=True)
base = "1,365.0 thousand employed professionals (ISCO-08 group 2), Kazakhstan, 2013"
method_text = "ILO 2025 gradients x ILOSTAT 2013; even spread over 92 occupations"
our_rows = pd.DataFrame([
    {"claim": "Share of professionals in occupations the ILO counts as exposed (Gradients 1-4)",
     "value": 42.4, "unit": "% of employed professionals", "unit_of_analysis": "workers",
     "base": base, "method": method_text, "source": "this notebook", "status": "our calculation"},
    {"claim": "Share of professionals in the ILO's highest gradient (Gradient 4)",
     "value": 2.2, "unit": "% of employed professionals", "unit_of_analysis": "workers",
     "base": base, "method": method_text, "source": "this notebook", "status": "our calculation"},
    {"claim": "Share of employed people who work in education, 2024",
     "value": 13.0, "unit": "% of employed people", "unit_of_analysis": "workers",
     "base": "all employed people, Kazakhstan, 2024", "method": "official statistic",
     "source": "BNS publication 341240 (2024)", "status": "confirmed"},
])
ledger = pd.concat([published_rows, our_rows], ignore_index=True)''',
        explanation="Two published claims (the Workforce Development Center's 46% 'automation "
        "rate' for professionals, 'source found'; the Ministry's 25% of jobs, 'confirmed' as a "
        "statement), our two numbers, and the official share of education used in a caveat. "
        "The 46% does not say what it counts, so it cannot be compared with our 42.4%.",
    ),
)


# --------------------------------------------------------------------------- q7 chart
def _is_chart(answer: Any) -> str | None:
    import altair as alt

    if isinstance(answer, alt.TopLevelMixin):
        return None
    return (f"This question needs a chart made with a `kzdata.charts` builder, such as "
            f"`kc.bar_chart(...)`, but your answer is {describe(answer)}. Did you assign the "
            "chart itself to `chart`?")


def _title_text(chart: Any) -> tuple[str, str]:
    import altair as alt

    title = getattr(chart, "title", alt.Undefined)
    if isinstance(title, alt.TitleParams):
        text, subtitle = title.text, title.subtitle
    else:
        text, subtitle = title, ""
    def flat(value: Any) -> str:
        if value is alt.Undefined or value is None:
            return ""
        if isinstance(value, (list, tuple)):
            return " ".join(str(v) for v in value)
        return str(value)
    return flat(text).strip(), flat(subtitle).strip()


def _caption(chart: Any) -> str:
    import kzdata.charts as kc

    return kc.caption(chart).strip()


def _chart_parts(chart: Any) -> str | None:
    import kzdata.charts as kc

    title, subtitle = _title_text(chart)
    if not title:
        return "Your chart has no title. Pass `title=\"...\"` to the builder: say what, where and when."
    description = kc.describe(chart)
    if not description.strip() or description.startswith("This chart has no description"):
        return ("Your chart has no description for screen readers. Build it with a `kzdata.charts` "
                "builder, which writes one, and print it with `print(kc.describe(chart))`.")
    caption = _caption(chart)
    if not caption:
        return ("Your chart has no source caption. Build it with a `kzdata.charts` builder and "
                "pass `source=\"...\"`, naming the data and saying that the calculation is yours.")
    if "calculation" not in f"{title} {subtitle} {caption}".casefold():
        return ("Your chart does not say that its numbers are your own calculation. Write it in "
                "the subtitle or the source, for example `subtitle=\"Our calculation. ...\"`.")
    return None


q7 = Question(
    id="ex10.q7",
    prompt="Make one chart `chart` with a `kzdata.charts` builder: a title, a subtitle that says "
    "the numbers are our calculation, and a source caption (`source=...`). Write your takeaway in "
    "bold in the markdown cell above it.",
    checks=[_is_chart, _chart_parts],
    hints=[
        "Copy the chart cell of lesson 10, section 6, and change the table (`my_table`), the "
        "labels and the title.",
        "`kc.bar_chart(my_table, category=\"category\", value=\"employed_thousands\", "
        "title=\"...\", subtitle=\"Our calculation. ...\", source=\"...\")`. The builder writes "
        "the description; the check reads it with `kc.describe(chart)`.",
    ],
    why="Your chart has a title, says whose numbers they are, names its source and has a text "
    "description. For a 2 on the rubric, check that your bold takeaway states exactly what the "
    "chart shows.",
    mistakes=[
        Mistake(answer="bar chart", message="This question needs a chart made with a `kzdata.charts` builder"),
        Mistake(code='import altair as alt\nchart = alt.Chart(pd.DataFrame({"a": ["x"], "b": [1]})).mark_bar()'
                     '.encode(x="b", y="a").properties(description="A bar.")',
                message="Your chart has no title"),
        Mistake(code='import altair as alt\nchart = alt.Chart(pd.DataFrame({"a": ["x"], "b": [1]})).mark_bar()'
                     '.encode(x="b", y="a").properties(title="Workers", description="A bar.")',
                message="Your chart has no source caption"),
        Mistake(code='chart = kc.bar_chart(pd.DataFrame({"group": ["a", "b"], "share_pct": [60.0, 40.0]}), '
                     'category="group", value="share_pct", title="Shares", source="ILOSTAT (2013)")',
                message="does not say that its numbers are your own calculation"),
    ],
    reference=Solution(
        code='''shares = exposure.category_shares_by_major_group(occupations, category_column="category")
my_jobs = jobs_2013[jobs_2013["isco08_major_group"] == "2"]
allocated = exposure.allocate_employment(shares, my_jobs, category_column="category")
my_table = allocated[allocated["sex"] == "total"][["category", "employed_thousands"]].reset_index(drop=True)
exposed_labels = [label for label in exposure.ILO_2025_LABELS if label.startswith("Exposed")]
chart = kc.bar_chart(
    my_table, category="category", value="employed_thousands", sort=list(exposure.ILO_2025_LABELS),
    highlight=exposed_labels, highlight_label="exposed",
    category_title="ILO 2025 category", value_title="Professionals (thousand persons)",
    title="Kazakhstan's professionals by ILO exposure category, 2013",
    subtitle="Our calculation. Workers are assumed to be spread evenly over the 92 professional occupations.",
    source="ILO Working Paper 140 (2025) scores; ILOSTAT employment by occupation, 2013; our calculation",
)''',
        explanation="The first four lines repeat the estimate so that this cell also works on "
        "its own. Takeaway: in our calculation, 578.6 of Kazakhstan's 1,365.0 thousand "
        "professionals in 2013 worked in exposed occupations, most of them in Gradients 2 and 3, "
        "only 29.7 thousand in Gradient 4.",
    ),
)


# --------------------------------------------------------------------------- q8 brief
def _brief_parts(text: str) -> str | None:
    if _words(text) < MIN_BRIEF_WORDS:
        return (f"Your brief has {_words(text)} words. Write at least {MIN_BRIEF_WORDS}: the answer, "
                "your numbers with their units, what they do not mean, the caveats, and what the "
                "reader can do.")
    if not re.search(r"\d", text):
        return ("Your brief gives no number. State your estimate, with its unit, base and year "
                "(\"42.4% of Kazakhstan's professionals in 2013\").")
    if not re.search(r"\bnot\b|n't\b", text, flags=re.IGNORECASE):
        return ("Your brief never says what the number does not mean. Add a caveat such as "
                "\"Exposure does not mean that these jobs will disappear.\"")
    lowered = text.casefold()
    if not any(word in lowered for word in LIMIT_WORDS):
        return ("Your brief names no limit of the estimate. Say at least which year the data "
                "describe and which assumption you made, and that exposure is not job loss.")
    without_links = re.sub(r"https?://\S+", " ", text)
    code_names = [m for m in _CODE_NAME.findall(without_links) if "____" not in m]
    if code_names:
        return (f"Your brief contains the code name {md_code(code_names[0][:40])}. A counsellor or "
                "an akimat does not know it: say it in plain words.")
    return None


q8 = Question(
    id="ex10.q8",
    prompt=f"Write your brief `brief` for a non-expert (a career-centre counsellor or an akimat): "
    f"at least {MIN_BRIEF_WORDS} words, the answer first, every number with its unit, base and "
    "year, what the number does not mean, the caveats, and what the reader can do. Plain words, "
    "no code names.",
    checks=[_not_blank_text, _brief_parts],
    hints=[
        "Follow the model brief of lesson 10, section 7: a title, who it is for, the short answer, "
        "what we found, what 'exposed' means, 'Be careful with these numbers', what you can tell "
        "others, sources.",
        "Caveats to consider: the year of the data, your assumption about how workers are spread, "
        "where the task scores come from, exposure is not job loss, and why a published claim "
        "cannot be compared with yours.",
    ],
    why="Your brief is long enough, gives numbers, says what they do not mean and names a limit, "
    "in plain words. Now review it with the rubric: 'Caveats' and 'Plain language'.",
    mistakes=[
        Mistake(answer="AI will change many jobs of professionals in Kazakhstan.",
                message="Write at least 150"),
        Mistake(answer=" ".join(["Professionals in Kazakhstan work in many occupations."] * 25),
                message="Your brief gives no number"),
        Mistake(answer=" ".join(["In 2013, 42.4% of professionals worked in exposed occupations."] * 20),
                message="never says what the number does not mean"),
        Mistake(answer=" ".join(["42.4% of professionals will not keep their current tasks."] * 20),
                message="names no limit"),
        Mistake(answer=" ".join(["In 2013, 42.4% of professionals were exposed, not lost."] * 20)
                + " We used allocate_employment.",
                message="contains the code name `allocate_employment`"),
    ],
    reference=Solution(
        code='''brief = """
### Professionals and generative AI in Kazakhstan

*A brief for the employment department of a city akimat. Our own calculation from public data:
not an official statistic.*

**The short answer.** About four in ten professionals worked in occupations where generative AI
(tools such as ChatGPT) could do or change some of the tasks. Most of them are in the middle of
the ILO's scale, not at the top. This does not mean that their jobs will disappear.

**What we found**

- In 2013, the latest year with data by occupation, Kazakhstan had 1,365.0 thousand
  professionals: teachers, doctors, engineers, accountants, lawyers, software developers and
  others. About six in ten of them were women.
- In our estimate, 42.4% of them, about 579 thousand people, worked in occupations that the
  International Labour Organization (ILO) counts as exposed to generative AI. Only 2.2% (about
  30 thousand) were in the most exposed group.
- The exposed professional occupations include accountants, financial analysts, software and
  web developers, journalists and translators. Teachers, doctors, nurses and engineers are not
  exposed in the ILO index.

**Be careful with these numbers**

1. They are old: they describe 2013. The number and the mix of professionals have changed since.
2. We do not know how many people work in each professional occupation, so we assumed that all
   92 occupations are the same size. They are not: teachers and doctors are large groups, and
   education alone employed 13.0% of all employed people in 2024 (Bureau of National Statistics).
   Because these large occupations are not exposed, the real share is probably lower than 42.4%.
3. The ILO scores describe typical tasks, based on job descriptions from Poland, not the tasks of
   professionals in Kazakhstan.
4. A 2023 statement of the Ministry of Labour gave professionals an "automation rate" of 46%
   (reported by Kursiv; the study was not published). It does not say whether it counts tasks or
   people, so it cannot be compared with our number.

**What you can do.** Expect change in the tasks of office-based professions, such as accounting,
finance, software and translation, rather than in teaching or health care. Training in the use
of AI tools is most relevant there. Our data cannot say how many jobs will be lost or created.

**Sources.** ILO Working Paper 140 (2025); ILOSTAT, employment by occupation (2013); Bureau of
National Statistics (2024); Kursiv (26 June 2023). Calculation: capstone notebook.
"""''',
        explanation="The answer comes first; every number has its unit, base and year; the "
        "caveats name four specific limits and, for the even-spread assumption, the direction "
        "(probably too high, because the large occupations are not exposed).",
    ),
)


# --------------------------------------------------------------------------- q9 review
q9 = ReflectionQuestion(
    id="ex10.q9",
    prompt="Review your capstone against the peer-review rubric (or review a classmate's, then "
    "yours): give a score of 0, 1 or 2 for each of the seven criteria, name the weakest "
    "criterion and why, and say what you changed, or would change, after the review.",
    model_answer="Question 2, method 2, provenance 2, claims ledger 1, chart 1, caveats 2, plain "
    "language 1: 11 of 14. The weakest criteria are the ledger, the chart and the language. My "
    "ledger lists the Workforce Development Center's 46% next to our 42.4%, but at first it did "
    "not say that the 46% counts something undefined, so a reader could compare the two "
    "numbers; I added that sentence to the brief and to the ledger's unit. My chart shows "
    "thousands of professionals by category, but my brief's main caveat is about teachers and "
    "doctors, who are not visible in it; a second version would chart the largest professional "
    "occupations with their categories. My reviewer found the word 'gradient' in my first draft "
    "without an explanation, so I replaced it with 'the most exposed group'. After the review I "
    "also moved the short answer to the top of the brief.",
    rubric=[
        "gives a score from 0 to 2 for each of the seven criteria of the rubric;",
        "names the weakest criterion and says, with an example from the work, why it is weak;",
        "describes at least one concrete change made (or planned) after the review;",
        "judges the work against the rubric's levels, not by whether the number looks right.",
    ],
    min_words=60,
    hints=[
        "Go through the rubric table in Part G line by line and write a score for each criterion.",
        "For the weakest criterion, quote the sentence or the cell that is weak, and write the "
        "improved version.",
    ],
)

QUESTIONS = (q1, q2, q3, q4, q5, q6, q7, q8, q9)
