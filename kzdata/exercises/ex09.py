"""Answer key for ``exercises/09-work-rights-and-transition.ipynb``: rights, retraining and the
task model.

Students list the labour and retraining items of ``policy_timeline`` with their verification,
count the lesson's claims in ``claims`` by status, scan a grid of automation levels with
``kzdata.scenarios.task_model`` to find where the total change in labour demand turns negative,
read what that means, answer one question on Article 4 of the EU AI Act, and advise a worker in
Karaganda whose job is being cut. The model's sectors are made up (``illustrative_sectors()``);
every model number is our own calculation, not data.
"""

from __future__ import annotations

import pandas as pd

from kzdata.exercises import (
    ChoiceQuestion,
    FrameQuestion,
    Mistake,
    NumberQuestion,
    ReflectionQuestion,
    SeriesQuestion,
    Solution,
    when,
)

NOTEBOOK = "exercises/09-work-rights-and-transition.ipynb"

SETUP = """\
import pandas as pd
import kzdata
from kzdata import scenarios
from kzdata.exercises import ex09, ____
timeline = kzdata.load("policy_timeline")
claims = kzdata.load("claims")
sectors = scenarios.illustrative_sectors()
"""

_DESCRIPTION_WORDS = "career centre|retrain"
_LAWS = "Labour Code|Social Code"


# --------------------------------------------------------------------------- q1: labour items
def _labour_items() -> pd.DataFrame:
    import kzdata

    timeline = kzdata.load("policy_timeline")
    keep = (timeline["description"].str.contains(_DESCRIPTION_WORDS, case=False)
            | timeline["legal_act"].str.contains(_LAWS, na=False))
    return timeline.loc[keep, ["event_id", "date", "verification"]]


q1 = FrameQuestion(
    id="ex09.q1",
    prompt="From `timeline`, keep the labour and retraining rows: those whose `description` "
    'contains "career centre" or "retrain" (in any case), **or** whose `legal_act` contains '
    '"Labour Code" or "Social Code". Keep the columns `event_id`, `date` and `verification`, '
    "and call the table `labour_items`.",
    expected=_labour_items,
    checks=[
        when(lambda df: len(df) == 4 and "labour_code_layoff_notice" not in set(df["event_id"]),
             "Your table has the rows found by the description only. Add the second condition, "
             'on `legal_act` ("Labour Code" or "Social Code"), and join the two with `|` (or).'),
        when(lambda df: len(df) == 3 and "enbek_programme" not in set(df["event_id"]),
             "Your table has the rows found by `legal_act` only. Add the first condition, on "
             '`description` ("career centre" or "retrain"), and join the two with `|` (or).'),
        when(lambda df: len(df) < 3,
             "Too few rows. Did you join the two conditions with `&` (and)? A row needs only "
             "one of them: use `|` (or)."),
    ],
    hints=[
        '`timeline["description"].str.contains("career centre|retrain", case=False)` is True '
        "for the rows whose description contains either word (`|` inside the text means 'or').",
        'Do the same for `timeline["legal_act"]` with "Labour Code|Social Code". Some rows have '
        "no legal act: add `na=False` so that they count as False.",
        "Join the two conditions with `|` in brackets: `(cond1) | (cond2)`, keep the rows with "
        '`timeline.loc[...]`, and the columns with `[["event_id", "date", "verification"]]`.',
    ],
    why="Six rows: the Labour Code's notice rule and the career-centre duty are only reported; "
    "the Social Code and the Enbek programme are verified in the official register; the National "
    "Centre is a reported instruction.",
    mistakes=[
        Mistake(code='labour_items = timeline.loc[timeline["description"].str.contains('
                '"career centre|retrain", case=False), ["event_id", "date", "verification"]]',
                message="Add the second condition"),
        Mistake(code='labour_items = timeline.loc[timeline["legal_act"].str.contains('
                '"Labour Code|Social Code", na=False), ["event_id", "date", "verification"]]',
                message="Add the first condition"),
        Mistake(code='keep = timeline["description"].str.contains("career centre|retrain", '
                'case=False) & timeline["legal_act"].str.contains("Labour Code|Social Code", '
                'na=False)\nlabour_items = timeline.loc[keep, ["event_id", "date", "verification"]]',
                message="Did you join the two conditions with `&` (and)?"),
    ],
    reference=Solution(
        code='about_work = timeline["description"].str.contains("career centre|retrain", case=False)\n'
        'under_law = timeline["legal_act"].str.contains("Labour Code|Social Code", na=False)\n'
        'labour_items = timeline.loc[about_work | under_law, ["event_id", "date", "verification"]]',
        explanation="Each condition is a column of True and False; `|` keeps a row when either is "
        "True. `na=False` treats a missing legal act as 'no match'. The result lists each labour "
        "or retraining item with how well it is verified.",
    ),
)


# --------------------------------------------------------------------------- q2: claims by status
def _lesson_claims_by_status() -> pd.Series:
    import kzdata

    claims = kzdata.load("claims")
    return claims.loc[claims["lesson"].str.contains("09"), "status"].value_counts()


q2 = SeriesQuestion(
    id="ex09.q2",
    prompt="The column `lesson` of `claims` names the lessons that use each claim (for example "
    '"01;05"). Keep the claims of lesson 09 and count them by `status`. Call the Series '
    "`status_counts` (its labels are the statuses).",
    expected=_lesson_claims_by_status,
    checks=[
        when(lambda s: "secondary" in set(map(str, s.index)),
             "You counted the column `source_type`. The question asks for `status`."),
        when(lambda s: len(s) > 2,
             "Your Series has more statuses than the claims of lesson 09 have. Did you keep only "
             'the rows whose `lesson` contains "09"?'),
    ],
    hints=[
        '`claims["lesson"].str.contains("09")` is True for the claims of lesson 09.',
        "Keep those rows and the column `status`, then count with `.value_counts()`.",
    ],
    why="Seven claims: the four Atlas counts are 'confirmed' (the Atlas gives these numbers) and "
    "the three layoff claims are 'source found' (known from secondary sources; the career-centre "
    "deadline is unverified).",
    mistakes=[
        Mistake(code='status_counts = claims["status"].value_counts()',
                message='Did you keep only the rows whose `lesson` contains "09"?'),
        Mistake(code='status_counts = claims.loc[claims["lesson"].str.contains("09"), '
                '"source_type"].value_counts()',
                message="You counted the column `source_type`."),
    ],
    reference=Solution(
        code='in_lesson_09 = claims["lesson"].str.contains("09")\n'
        'status_counts = claims.loc[in_lesson_09, "status"].value_counts()',
        explanation="`str.contains` finds '09' also in a value like '05;09'. `value_counts()` "
        "gives one label per status and the number of claims with it.",
    ),
)


# --------------------------------------------------------------------------- q3: the turning point
_GRID = [i / 200 for i in range(61)]  # 0, 0.005, ..., 0.300


def _turning_point(new_tasks: float) -> float:
    from kzdata import scenarios

    sectors = scenarios.illustrative_sectors()
    for a in _GRID:
        result = scenarios.task_model(sectors.assign(automated_share=a, new_task_share=new_tasks))
        is_total = (result["sector"] == "whole economy") & (result["effect"] == "total")
        if result.loc[is_total, "labour_demand_change_pct"].item() < 0:
            return a
    raise AssertionError("no turning point on the grid")


_TURNING_004 = 0.08  # _turning_point(0.04); pinned in tests/lessons/test_lesson09.py

q3 = NumberQuestion(
    id="ex09.q3",
    prompt="Use the made-up sectors of the lesson (`sectors`). Set `new_task_share` to **0.04** "
    "in both sectors. Set `automated_share` to the same value `a` in both sectors, for every `a` "
    "on the grid 0, 0.005, 0.010, ..., 0.300 (`[i / 200 for i in range(61)]`). For each `a`, run "
    "`scenarios.task_model` and take the total change in labour demand for the whole economy. "
    "What is the smallest `a` at which the total is below zero? Give it as a share, such as "
    "0.125.",
    expected=_TURNING_004,
    abs_tol=1e-6,
    say_direction=True,
    hints=[
        "`sectors.assign(automated_share=a, new_task_share=0.04)` makes the table for one value "
        "of `a`. A `for` loop over the grid runs the model once for each.",
        'In each result keep the row where `sector` is `"whole economy"` and `effect` is '
        '`"total"`, and take `labour_demand_change_pct` with `.item()`.',
        "Store `a` and the total in a list of dictionaries, make a DataFrame of it, keep the rows "
        "whose total is below 0, and take the smallest `a` with `.min()`.",
    ],
    why="In our made-up economy, with new tasks of 0.04 in both sectors, labour demand still "
    "grows up to an automation of 0.075 and first falls at 0.08: reinstatement offsets "
    "displacement up to about twice the new-task share.",
    mistakes=[
        Mistake(answer=0.055, message="That is the turning point with the new tasks of "
                "`illustrative_sectors()` (0.02 and 0.03). Did you set `new_task_share` to 0.04 "
                "in both sectors?"),
        Mistake(answer=0.075, message="At 0.075 the total is still above zero: that is the "
                "last automation level before the turn. The question asks for the first level "
                "at which the total is below zero."),
        Mistake(answer=8, message="Give the automation level as a share from 0 to 1, as in the "
                "column `automated_share`, not in percent."),
        Mistake(answer=0.005, message="That is the turning point with no new tasks at all. Did "
                "you set `new_task_share` to 0.04?"),
    ],
    reference=Solution(
        code='rows = []\n'
        'for a in [i / 200 for i in range(61)]:\n'
        '    result = scenarios.task_model(sectors.assign(automated_share=a, new_task_share=0.04))\n'
        '    is_total = (result["sector"] == "whole economy") & (result["effect"] == "total")\n'
        '    rows.append({"a": a, "total": result.loc[is_total, "labour_demand_change_pct"].item()})\n'
        "scan = pd.DataFrame(rows)\n"
        'turning_point = scan.loc[scan["total"] < 0, "a"].min()',
        explanation="The loop runs the model for 61 automation levels. Below 0.08 the new tasks "
        "and the productivity effect outweigh displacement; from 0.08 on, displacement wins. It "
        "is our own calculation with made-up sectors, not a forecast.",
    ),
)

q4 = ChoiceQuestion(
    id="ex09.q4",
    prompt="Repeat your scan with `new_task_share` = 0 in both sectors. Now the smallest `a` with "
    "a negative total is 0.005, the first step of the grid after 0. What does this show?",
    options={
        "a": "In this toy model, without new tasks any automation lowers labour demand: the "
        "productivity effect alone does not make up for displacement. New tasks move the "
        "turning point (compare your answer to question 3).",
        "b": "Automating 0.5% of tasks would destroy all jobs in Kazakhstan.",
        "c": "New tasks do not matter: the turning point is the same with or without them.",
        "d": "The model tells us how many jobs Kazakhstan will lose, because it uses two sectors.",
    },
    answer="a",
    diagnostics={
        "b": "The model has no jobs and no Kazakhstan: it measures the wage bill of two made-up "
        "sectors. A negative total is a fall in labour demand, not 'all jobs'.",
        "c": "Compare your two scans: 0.08 with new tasks of 0.04, and 0.005 without new tasks. "
        "New tasks move the turning point a lot.",
        "d": "The sectors are made up (`illustrative_sectors()`): the model shows how the effects "
        "work, not what will happen in any real country.",
    },
    hints=[
        "Compare the two turning points: with new tasks (0.04) and without.",
        "Which effect is missing when `new_task_share` is 0? Look at the row `reinstatement`.",
    ],
    why="Reinstatement is the effect that can offset displacement in this toy; without it, the "
    "small productivity effect is not enough, whatever the level of automation.",
    reference=Solution(
        code='scan_choice = "a"',
        explanation="With no new tasks, the total is negative at the first automation step. "
        "With new tasks of 0.04 it stays positive up to 0.075. New tasks, not automation alone, "
        "decide whether labour demand grows in this model.",
    ),
)

q5 = ChoiceQuestion(
    id="ex09.q5",
    prompt="What does Article 4 of the EU AI Act (Regulation (EU) 2024/1689), as quoted in "
    "lesson 09, require?",
    options={
        "a": "Providers and deployers of AI systems must take measures to ensure, to their best "
        "extent, a sufficient level of AI literacy of their staff and of other persons who "
        "operate or use AI systems on their behalf.",
        "b": "Every citizen of the European Union must pass a test in AI literacy.",
        "c": "Content made by AI must be marked in a machine-readable form with a visible warning.",
        "d": "Employers in Kazakhstan must train their staff in AI from 2 February 2025.",
    },
    answer="a",
    diagnostics={
        "b": "The duty is on organisations, not on citizens: 'providers and deployers of AI "
        "systems shall take measures...'. Read the quotation in section 7 of the lesson again.",
        "c": "That is article 21 of Kazakhstan's AI law, as reported. Article 4 of the EU Act is "
        "about the AI literacy of staff.",
        "d": "2 February 2025 is when Article 4 applies in the EU (as reported), but the EU AI Act "
        "does not bind Kazakhstan. The lesson uses it only as a comparison.",
    },
    hints=[
        "Who has the duty in Article 4, and towards whom? Find the words 'providers and "
        "deployers' and 'their staff' in the quotation.",
    ],
    why="Article 4 puts the duty on the organisations that make or use AI, towards the people "
    "who work with it: a sufficient level of AI literacy, 'to their best extent'.",
    reference=Solution(
        code='article4_choice = "a"',
        explanation="The text quoted by two secondary sites says: 'Providers and deployers of AI "
        "systems shall take measures to ensure, to their best extent, a sufficient level of AI "
        "literacy of their staff and other persons dealing with the operation and use of AI "
        "systems on their behalf...'.",
    ),
)

q6 = ReflectionQuestion(
    id="ex09.q6",
    prompt="Aigerim is a dispatcher at a company in Karaganda. Her employer says that her job "
    "will be cut, because new software will do the scheduling. She asks you: what does the law "
    "guarantee me, what should I check, and where? Write your advice in five to eight "
    "sentences: what the law says (with its source and how sure we are), what is not verified "
    "and where to check it, where to go for help with a new job or retraining, and one idea "
    "from the lesson (the task model or the Atlas) that helps her think about her next job.",
    model_answer="First, the Labour Code (No. 414-V of 23 November 2015, art. 53(1), as quoted "
    "by the legal site Dogovor24) says that when jobs are cut the employer must give you "
    "written notice at least one month before; your labour or collective agreement may give a "
    "longer period, and the contract can end earlier only if you agree in writing. Check that "
    "you received the notice in writing and when, and read articles 52 and 53 in the official "
    "text on adilet.zan.kz, because the course read them only as quoted by a secondary site. "
    "Second, your employer is reported to have a duty to inform the career centre about the "
    "layoff, with the grounds and the number of workers; whether this must happen one month "
    "ahead, and under which article of the Social Code (No. 224-VII of 20 April 2023, document "
    "K2300000224), is not verified, so look it up on adilet.zan.kz or ask the career centre in "
    "Karaganda. Ask also about any payments when your job ends: our sources do not cover them, "
    "so read the Labour Code or ask a lawyer instead of guessing. Third, register with the "
    "career centre or on the Electronic Labour Exchange (enbek.kz) for help to find work, and "
    "ask about retraining; skills.enbek.kz is reported to be the online portal for upgrading "
    "skills. Finally, software that takes over scheduling displaces tasks, but new tasks can "
    "make up for it in the economy as a whole, though not automatically for you: the Atlas of "
    "New Professions (2020) lists new specialisations that experts expect, which can give "
    "ideas for retraining, but they are forecasts, not promised jobs.",
    rubric=[
        "states the one-month written notice to the employee with its source (Labour Code, art. "
        "53(1), quoted by a secondary site) and says to check the official text;",
        "keeps what is reported or unverified (the career-centre notice, its one-month deadline, "
        "the Social Code article) apart from what the Labour Code says;",
        "names where to check: adilet.zan.kz (Labour Code; Social Code, K2300000224) and the "
        "career centre;",
        "points to help for the next job (career centre, enbek.kz, retraining such as "
        "skills.enbek.kz) and treats the Atlas as a forecast, not a promise;",
        "does not invent rights or amounts the course did not verify, and is written plainly "
        "for a worker, not for a lawyer.",
    ],
    min_words=60,
    hints=[
        "Start from the ledger `layoff_path` in section 5 of the lesson: one sentence per step, "
        "with its status.",
        "For each unverified step, say where Aigerim can check it. Then add one sentence on help "
        "and retraining (section 6) and one on new tasks (sections 2-4).",
    ],
)

QUESTIONS = (q1, q2, q3, q4, q5, q6)
