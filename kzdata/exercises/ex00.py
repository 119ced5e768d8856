"""Answer key for ``exercises/00-start-here.ipynb``: how checks, hints and solutions work.

The questions use the bundled table ``isco_major_groups`` (the ten ISCO-08 major groups).
"""

from __future__ import annotations

import pandas as pd

from kzdata.exercises import (
    ChoiceQuestion,
    FrameQuestion,
    Mistake,
    NumberQuestion,
    ReflectionQuestion,
    Solution,
    TextQuestion,
    when,
)

NOTEBOOK = "exercises/00-start-here.ipynb"

SETUP = """\
import kzdata
from kzdata.exercises import ex00, ____
isco = kzdata.load("isco_major_groups")
"""


def _isco() -> pd.DataFrame:
    import kzdata

    return kzdata.load("isco_major_groups")


q1 = NumberQuestion(
    id="ex00.q1",
    prompt="How many ISCO-08 major groups are there? Count the rows of `isco`.",
    expected=10,
    hints=[
        "Each row of the table `isco` is one major group.",
        "`len(table)` gives the number of rows of a table. Write `n_groups = len(isco)`.",
    ],
    why="ISCO-08 has ten major groups, coded 0 to 9. Group 0 is the armed forces.",
    mistakes=[
        Mistake(
            answer=9,
            message="Did you leave out group 0, the armed forces? Tables of Kazakhstan's Bureau "
            "of National Statistics show groups 1 to 9 only, but ISCO-08 itself has group 0 too.",
        ),
        Mistake(
            answer=11,
            message="Did you count the header row, or a group X? The table has one row per group.",
        ),
    ],
    reference=Solution(
        code="n_groups = len(isco)",
        explanation="`len()` counts the rows of a DataFrame; each row of `isco` is one group.",
    ),
)

q2 = TextQuestion(
    id="ex00.q2",
    prompt="What is the official English title (column `label_en`) of the major group with the "
    'code `"4"`? Give it as text in quotes.',
    expected="Clerical support workers",
    hints=[
        "Look at the table `isco` above: find the row whose `isco08_major_group` is 4.",
        'The codes are stored as text, so compare them with `"4"` in quotes: '
        '`isco[isco["isco08_major_group"] == "4"]` keeps that one row.',
        'Take the title out of that row with `.item()`: '
        '`isco.loc[isco["isco08_major_group"] == "4", "label_en"].item()`. '
        "Or copy the title from the table, in quotes.",
    ],
    why="Group 4, clerical support workers, includes office clerks, secretaries and data-entry "
    "workers: jobs with many routine tasks, which matters later in the course.",
    mistakes=[
        Mistake(
            answer="Clerical support",
            message="That is the short label for charts (column `short_label_en`). The question "
            "asks for the official title in the column `label_en`.",
        ),
        Mistake(
            answer="Service and sales workers",
            message="That is group 5. Group 4 is the row just above it.",
        ),
    ],
    reference=Solution(
        code='title_4 = isco.loc[isco["isco08_major_group"] == "4", "label_en"].item()',
        explanation='The condition `isco["isco08_major_group"] == "4"` selects the row of group '
        '4, `"label_en"` selects the column, and `.item()` takes the single value out.',
    ),
)

q3 = ChoiceQuestion(
    id="ex00.q3",
    prompt="The table has a column `skill_level`. What does the ISCO-08 skill level of a major "
    "group describe?",
    options={
        "a": "The education of the people who actually work in that group.",
        "b": "How complex the tasks are that ISCO-08 expects in the jobs of that group.",
        "c": "How much the workers of that group earn.",
        "d": "How exposed the group is to artificial intelligence.",
    },
    answer="b",
    diagnostics={
        "a": "Close, but no: the skill level describes the tasks that ISCO-08 expects, not the "
        "degrees people hold. A taxi driver may have a university degree and still work in "
        "group 8. The table's caveats say so.",
        "c": "ISCO-08 says nothing about pay. Wages are in another table (`wages`), and higher "
        "skill does not always mean higher pay.",
        "d": "ISCO-08 was published in 2008 and says nothing about AI. Exposure to AI is "
        "estimated separately, with other methods, later in the course.",
    },
    why="Skill levels (1 lowest to 4 highest) describe the complexity of the tasks that "
    "ISCO-08 expects in a group, not the education of the people in it.",
    hints=[
        "Read the caveats of the table: they are part of its metadata, shown by "
        '`kzdata.info("isco_major_groups")`.',
    ],
    reference=Solution(
        code='choice = "b"',
        explanation="ISCO-08 defines skill level by the complexity and range of the tasks of a "
        "job. Education is one way to reach a skill level, but it is not what the level measures.",
    ),
)


def _civilian() -> pd.DataFrame:
    isco = _isco()
    return isco.loc[isco["isco08_major_group"] != "0", ["isco08_major_group", "label_en"]]


q4 = FrameQuestion(
    id="ex00.q4",
    prompt="Tables of Kazakhstan's Bureau of National Statistics have no group 0 (armed forces). "
    "Make a table `civilian` with only the groups 1 to 9 and only the two columns "
    "`isco08_major_group` and `label_en`.",
    expected=_civilian,
    checks=[
        when(
            lambda df: "0" in set(df["isco08_major_group"].astype(str)),
            'Your table still has group `"0"`. The codes are text, so write the condition with '
            '`"0"` in quotes: `isco["isco08_major_group"] != "0"`.',
        ),
    ],
    hints=[
        "Two steps: first keep the rows you want, then keep the columns you want.",
        'Rows: `isco[isco["isco08_major_group"] != "0"]` keeps every group except 0.',
        'Columns: add `[["isco08_major_group", "label_en"]]` (double brackets) at the end to keep '
        "two columns.",
    ],
    why="You filtered rows with a condition and selected columns with a list: the two moves "
    "behind most tables in this course.",
    mistakes=[
        Mistake(
            code='civilian = isco[isco["isco08_major_group"] != 0][["isco08_major_group", "label_en"]]',
            message='Your table still has group `"0"`.',
        ),
        Mistake(
            code='civilian = isco[isco["isco08_major_group"] != "0"]',
            message="Your DataFrame has columns the question does not ask for",
        ),
        Mistake(
            code='civilian = isco[isco["isco08_major_group"] != "0"]["label_en"]',
            message="select columns with double brackets",
        ),
        Mistake(
            code='civilian = isco[isco["isco08_major_group"] != "0"][["label_en"]]',
            message="Your DataFrame is missing the column `isco08_major_group`.",
        ),
        Mistake(
            code='civilian = isco[isco["isco08_major_group"] > "1"][["isco08_major_group", "label_en"]]',
            message="Expected 9 rows, got 8.",
        ),
    ],
    reference=Solution(
        code='civilian = isco[isco["isco08_major_group"] != "0"][["isco08_major_group", "label_en"]]',
        explanation='`isco["isco08_major_group"] != "0"` is True for every group except 0, so '
        "`isco[...]` keeps those nine rows; the list of two names then keeps two columns.",
    ),
)

q5 = ReflectionQuestion(
    id="ex00.q5",
    prompt="Pick the major group closest to a job you would like after university. In two or "
    "three sentences: which group is it, which tasks does the job involve, and which of those "
    "tasks could AI help with, or not?",
    model_answer="I would like to work as a data analyst, which is in group 2, Professionals. "
    "The job involves cleaning data, writing code, checking results and explaining them to "
    "managers. AI tools could help me write first drafts of code and summarise reports, but "
    "deciding whether the data can be trusted and explaining what the results mean would still "
    "be my job, so AI would change some of my tasks rather than replace the whole job.",
    rubric=[
        "names a major group from the table, with its code;",
        "names at least two concrete tasks of the job, not only the job title;",
        "says, for each task, whether AI might help with it, do it, or not affect it, and why;",
        "uses complete sentences someone else could follow.",
    ],
    min_words=20,
    hints=[
        "There is no single right answer. Start with the group: look at `label_en` in the table.",
        "Then list two or three things a person in that job does on a normal day, and for each "
        "say whether an AI tool could help.",
    ],
)

QUESTIONS = (q1, q2, q3, q4, q5)
