"""Answer key for ``exercises/05-exposure-in-kazakhstan.ipynb``: your own exposure estimate.

Students redo lesson 05's calculation with pandas (ILO 2025 scores x ILOSTAT employment by major
group, 2013): the share in the highest gradient by sex, the group with the most exposed people,
a rerun with another cut-off and a run of the toy adoption model; then they read the results
and say what data would make the estimate better. Every number is our own calculation, not a
statistic.
"""

from __future__ import annotations

import pandas as pd

from kzdata.exercises import (
    ChoiceQuestion,
    Mistake,
    NumberQuestion,
    ReflectionQuestion,
    SeriesQuestion,
    Solution,
    TextQuestion,
    when,
)

NOTEBOOK = "exercises/05-exposure-in-kazakhstan.ipynb"

SETUP = """\
import pandas as pd
import kzdata
from kzdata import exposure, scenarios
from kzdata.exercises import ex05, ____
occupations = kzdata.load("ilo_genai_occupations")
occupations["category"] = pd.Categorical(
    occupations["exposure_category_2025"], categories=exposure.ILO_2025_LABELS, ordered=True
)
jobs_2013 = kzdata.load("employment_by_occupation", year=2013)
shares = exposure.category_shares_by_major_group(occupations, category_column="category")
groups = exposure.major_group_means(occupations, score_columns=["mean_score_2025"]).merge(
    jobs_2013[jobs_2013["sex"] == "total"][["isco08_major_group", "employed_thousands"]],
    on="isco08_major_group",
)
"""

_TOP = "Exposed: Gradient 4"


def _data() -> tuple[pd.DataFrame, pd.DataFrame]:
    import kzdata
    from kzdata import exposure

    occupations = kzdata.load("ilo_genai_occupations")
    occupations["category"] = pd.Categorical(
        occupations["exposure_category_2025"], categories=exposure.ILO_2025_LABELS, ordered=True)
    return occupations, kzdata.load("employment_by_occupation", year=2013)


def _shares_by_sex(category: str) -> pd.Series:
    from kzdata import exposure

    occupations, jobs = _data()
    shares = exposure.category_shares_by_major_group(occupations, category_column="category")
    values = {}
    for sex in ("female", "male", "total"):
        allocated = exposure.allocate_employment(shares, jobs[jobs["sex"] == sex],
                                                 category_column="category")
        result = exposure.employment_shares(allocated, category_column="category")
        values[sex] = float(result.loc[result["category"] == category, "share_pct"].sum())
    return pd.Series(values)


q1 = SeriesQuestion(
    id="ex05.q1",
    prompt="Make a Series `top_share`: the share (%) of employed people in **Gradient 4** (the "
    "ILO's highest) in 2013, for women, men and everyone. Its index must be the values of the "
    'column `sex`: `"female"`, `"male"` and `"total"`.',
    expected=lambda: _shares_by_sex(_TOP),
    atol=0.05,
    checks=[
        when(lambda s: float(s.max()) < 1,
             "All your values are below 1. Did you take the column `share` (0 to 1) instead of "
             "`share_pct` (0 to 100)?"),
        when(lambda s: float(s["total"]) > 10,
             "Your value for everyone is above 10%. Did you add up all four gradients? The "
             "question asks for Gradient 4 only."),
    ],
    hints=[
        "Do the lesson's three steps once for each sex: keep the rows of `jobs_2013` for that "
        "sex, split them with `exposure.allocate_employment(shares, ..., "
        'category_column="category")`, then add up with `exposure.employment_shares(..., '
        'category_column="category")`.',
        'From each result keep the row whose `category` is `"Exposed: Gradient 4"` and take its '
        '`share_pct`. A loop `for sex in ["female", "male", "total"]:` that stores each value in '
        "a dictionary does the job.",
        "Finish with `top_share = pd.Series(values)`, where `values` is a dictionary such as "
        '`{"female": ..., "male": ..., "total": ...}`.',
    ],
    why="Our calculation gives about 2.9% of women, 1.3% of men and 2.1% of everyone in "
    "Gradient 4 (2013): women's share is more than twice men's.",
    mistakes=[
        Mistake(
            code=(
                "values = {}\n"
                'for sex in ["female", "male", "total"]:\n'
                '    allocated = exposure.allocate_employment(shares, jobs_2013[jobs_2013["sex"] '
                '== sex], category_column="category")\n'
                '    result = exposure.employment_shares(allocated, category_column="category")\n'
                '    values[sex] = result.loc[result["category"] == "Exposed: Gradient 4", '
                '"share"].item()\n'
                "top_share = pd.Series(values)"
            ),
            message="Did you take the column `share` (0 to 1)",
        ),
        Mistake(
            code=(
                "values = {}\n"
                'for sex in ["female", "male", "total"]:\n'
                '    allocated = exposure.allocate_employment(shares, jobs_2013[jobs_2013["sex"] '
                '== sex], category_column="category")\n'
                '    result = exposure.employment_shares(allocated, category_column="category")\n'
                '    exposed = result["category"].astype(str).str.startswith("Exposed")\n'
                '    values[sex] = result.loc[exposed, "share_pct"].sum()\n'
                "top_share = pd.Series(values)"
            ),
            message="Did you add up all four gradients?",
        ),
        Mistake(
            code=(
                "values = {}\n"
                'for sex in ["female", "male"]:\n'
                '    allocated = exposure.allocate_employment(shares, jobs_2013[jobs_2013["sex"] '
                '== sex], category_column="category")\n'
                '    result = exposure.employment_shares(allocated, category_column="category")\n'
                '    values[sex] = result.loc[result["category"] == "Exposed: Gradient 4", '
                '"share_pct"].item()\n'
                "top_share = pd.Series(values)"
            ),
            message="Expected 3 values, got 2.",
        ),
    ],
    reference=Solution(
        code=(
            "values = {}\n"
            'for sex in ["female", "male", "total"]:\n'
            '    jobs = jobs_2013[jobs_2013["sex"] == sex]\n'
            '    allocated = exposure.allocate_employment(shares, jobs, category_column="category")\n'
            '    result = exposure.employment_shares(allocated, category_column="category")\n'
            '    values[sex] = result.loc[result["category"] == "Exposed: Gradient 4", '
            '"share_pct"].item()\n'
            "top_share = pd.Series(values)"
        ),
        explanation="The loop runs the lesson's calculation for each sex and keeps one number: "
        "the share of that group's employed people whose occupation is in Gradient 4. It is our "
        "own estimate (workers spread evenly over the occupations of each group), not a "
        "statistic.",
    ),
)

q2 = TextQuestion(
    id="ex05.q2",
    prompt="Which major group had the **most people** in exposed occupations (Gradients 1-4) in "
    "2013? Compute the exposed employment of each group (thousand people), then give the "
    "group's label (column `isco08_major_group_label`) as text.",
    expected="Professionals",
    hints=[
        "Split the total employment of 2013 with `exposure.allocate_employment(shares, "
        'jobs_2013[jobs_2013["sex"] == "total"], category_column="category")`.',
        'Keep the exposed rows: `allocated["category"].astype(str).str.startswith("Exposed")`. '
        'Then `.groupby("isco08_major_group_label")["employed_thousands"].sum()` adds them up '
        "for each group.",
        "`.idxmax()` on that Series gives the label of the largest value. Or sort it with "
        "`.sort_values()` and read the last row.",
    ],
    why="Professionals: about 42% of a large group (1,365 thousand people) is about 579 thousand "
    "exposed people, more than any other group. Clerks have the highest share, but the group is "
    "small: about 320 thousand exposed people.",
    mistakes=[
        Mistake(
            answer="Clerical support workers",
            message="Clerical support workers have the highest *share* of exposed workers "
            "(96.6%), but the group is small (331.6 thousand people). The question asks for the "
            "most *people*: multiply, do not rank shares.",
        ),
        Mistake(
            answer="Technicians and associate professionals",
            message="Close: technicians come second, with about 323 thousand exposed people. "
            "Check which group has the largest total.",
        ),
        Mistake(
            answer="2",
            message="That is the group's code. The question asks for its label, the text in "
            "`isco08_major_group_label`.",
        ),
    ],
    reference=Solution(
        code=(
            'total_2013 = jobs_2013[jobs_2013["sex"] == "total"]\n'
            'allocated = exposure.allocate_employment(shares, total_2013, category_column="category")\n'
            'exposed = allocated[allocated["category"].astype(str).str.startswith("Exposed")]\n'
            'exposed_by_group = exposed.groupby("isco08_major_group_label")["employed_thousands"].sum()\n'
            "most_exposed_group = exposed_by_group.idxmax()"
        ),
        explanation="`groupby(...).sum()` gives the exposed people of each group; `idxmax()` "
        "returns the label with the largest sum. A share tells you how exposed a group is; a "
        "count tells you where most exposed people work.",
    ),
)


def _exposed_with(**cut: float) -> float:
    from kzdata import exposure

    occupations, jobs = _data()
    classified = exposure.classify_ilo_2025(occupations, **cut)
    shares = exposure.category_shares_by_major_group(classified,
                                                     category_column="category_2025_kzdata")
    allocated = exposure.allocate_employment(shares, jobs[jobs["sex"] == "total"],
                                             category_column="category_2025_kzdata")
    result = exposure.employment_shares(allocated, category_column="category_2025_kzdata")
    exposed = result["category_2025_kzdata"].astype(str).str.startswith("Exposed")
    return float(result.loc[exposed, "share_pct"].sum())


q3 = NumberQuestion(
    id="ex05.q3",
    prompt="Rerun the calculation with another cut-off. Lower the 'exposed' cut-off "
    "(`exposed_from_score`, the ILO uses 0.50) to **0.45**, keep the other cut-offs, and compute "
    "the share (%) of all employed people (groups 1-9, 2013) in exposed occupations "
    "(Gradients 1-4).",
    expected=27.48,  # _exposed_with(exposed_from_score=0.45); pinned in tests/lessons/test_lesson05.py
    abs_tol=0.05,
    say_direction=True,
    hints=[
        "`exposure.classify_ilo_2025(occupations, exposed_from_score=0.45)` returns the "
        "occupations with a new column `category_2025_kzdata`.",
        "Then repeat the three steps with `category_column=\"category_2025_kzdata\"`: "
        "`category_shares_by_major_group`, `allocate_employment` (total employment of 2013) and "
        "`employment_shares`.",
        "Add up `share_pct` of the rows whose category starts with `\"Exposed\"`.",
    ],
    why="About 27.5% instead of 19.8%: a 0.05 change in one cut-off moves the headline by more "
    "than 7 percentage points. Cut-offs are a choice; report them with the result.",
    mistakes=[
        Mistake(answer=19.8, message="That is the share with the ILO's cut-off of 0.50. Did you "
                "pass `exposed_from_score=0.45` to `classify_ilo_2025`, and use the new column "
                "`category_2025_kzdata`?"),
        Mistake(answer=0.275, message="Your answer looks like a share between 0 and 1. Give it in "
                "percent (use `share_pct`)."),
    ],
    reference=Solution(
        code=(
            "classified = exposure.classify_ilo_2025(occupations, exposed_from_score=0.45)\n"
            'new_shares = exposure.category_shares_by_major_group(classified, category_column="category_2025_kzdata")\n'
            'total_2013 = jobs_2013[jobs_2013["sex"] == "total"]\n'
            'allocated = exposure.allocate_employment(new_shares, total_2013, category_column="category_2025_kzdata")\n'
            'result = exposure.employment_shares(allocated, category_column="category_2025_kzdata")\n'
            'exposed = result["category_2025_kzdata"].astype(str).str.startswith("Exposed")\n'
            'exposed_045 = result.loc[exposed, "share_pct"].sum()'
        ),
        explanation="Occupations whose mean + SD lies between 0.45 and 0.50 move from Minimal "
        "Exposure into Gradient 1, and they take their share of each group's workers with them.",
    ),
)

q4 = ChoiceQuestion(
    id="ex05.q4",
    prompt="In our calculation, the share of employed women in Gradient 4 is more than twice the "
    "share of men. Which explanation fits the data and the method?",
    options={
        "a": "The ILO gave women's tasks higher scores than men's.",
        "b": "Women were most of the workers in the groups with many highly exposed occupations, "
        "such as clerical support workers and professionals.",
        "c": "Generative AI is designed to replace women.",
        "d": "Women work fewer hours, so each of their tasks counts more.",
    },
    answer="b",
    diagnostics={
        "a": "The ILO scores occupations and their tasks, not people: a woman and a man in the "
        "same occupation get the same score.",
        "c": "Nothing in the data says so. The gap comes from where women and men work, not from "
        "the technology's aim.",
        "d": "Our data count people, not hours, and the scores do not depend on hours.",
    },
    hints=[
        "The scores are the same for everyone in an occupation. So what differs between women "
        "and men? Look at the female and male columns of `jobs_2013`.",
    ],
    why="Same scores, different jobs: in 2013 women were 72.9% of clerks and 63.3% of "
    "professionals (ILOSTAT), the groups with the most exposed occupations.",
    reference=Solution(
        code='women_choice = "b"',
        explanation="The calculation gives each occupation one category for everyone; the gap "
        "between women and men comes only from how they are spread over the groups.",
    ),
)

q5 = ChoiceQuestion(
    id="ex05.q5",
    prompt="Our estimate counts employed people (workers). Which **national** figure counts the "
    "same unit of analysis? Look at the column `unit_of_analysis` of "
    '`kzdata.load("exposure_estimates")`.',
    options={
        "a": "The seed article's 13% (lesson 01).",
        "b": "The Workforce Development Center's 11.6% (moderate AI exposure).",
        "c": "The Ministry of Labour's 25% (moderate or high risk).",
        "d": "The ILO's 25% (exposed to generative AI).",
    },
    answer="b",
    diagnostics={
        "a": "The 13% is a share of work tasks, not of people: a worker with a few exposed tasks "
        "is not '13% of a worker'.",
        "c": "The Ministry counts jobs, and does not state its base. One person can hold two "
        "jobs, so jobs and workers are close but not the same unit.",
        "d": "The ILO counts workers too, but in the whole world: it is not a national figure.",
    },
    hints=[
        'Run `kzdata.load("exposure_estimates")[["estimate_id", "value", "unit", '
        '"unit_of_analysis"]]` and find the Kazakh rows.',
    ],
    why="The Workforce Development Center counts workers, as we do; even so, its method is not "
    "published, so the two numbers still measure different categories.",
    reference=Solution(
        code='unit_choice = "b"',
        explanation="Same unit is only the first condition for a comparison: the category "
        "(moderate AI exposure vs ILO gradients), the year and the method must also match.",
    ),
)


def _jobs_affected_2040(cost: float) -> float:
    from kzdata import exposure, scenarios

    occupations, jobs = _data()
    groups = exposure.major_group_means(occupations, score_columns=["mean_score_2025"]).merge(
        jobs[jobs["sex"] == "total"][["isco08_major_group", "employed_thousands"]],
        on="isco08_major_group")
    run = scenarios.adoption_scenario(groups, wage_kzt_per_month=309_697,
                                      technology_cost_kzt_per_month=cost,
                                      occupation_column="isco08_major_group",
                                      start_year=2025, years=15)
    totals = scenarios.scenario_totals(run)
    return 100 * float(totals.loc[totals["year"] == 2040, "jobs_affected_share"].item())


q6 = NumberQuestion(
    id="ex05.q6",
    prompt="Run the toy adoption model with the 2022 average wage (309,697 KZT a month) and a "
    "technology cost of **100,000 KZT a month** (half the lesson's 200,000). By 2040, what share "
    "(%) of jobs include at least one changed task?",
    expected=74.47,  # _jobs_affected_2040(100_000); pinned in tests/lessons/test_lesson05.py
    abs_tol=0.05,
    say_direction=True,
    hints=[
        "The table `groups` (made in the setup cells) holds what the model needs. Call "
        "`scenarios.adoption_scenario(groups, wage_kzt_per_month=309_697, "
        'technology_cost_kzt_per_month=100_000, occupation_column="isco08_major_group", '
        "start_year=2025, years=15)`.",
        "`scenarios.scenario_totals(run)` adds up the groups, one row per year. Keep the row of "
        "2040 and its column `jobs_affected_share`.",
        "That column is a share from 0 to 1: multiply by 100 for percent.",
    ],
    why="About 74.5%, against 59.9% at 200,000 KZT: halving the cost has the same effect as "
    "doubling the wage, because the model uses only their ratio. A scenario, not a forecast.",
    mistakes=[
        Mistake(answer=59.9, message="That is the lesson's result, with a technology cost of "
                "200,000 KZT. Did you change `technology_cost_kzt_per_month` to 100_000?"),
        Mistake(answer=9.6, message="That is the share of work (tasks) changed, "
                "`tasks_changed_share`. The question asks for jobs with at least one changed "
                "task: `jobs_affected_share`."),
        Mistake(answer=0.745, message="Your answer looks like a share between 0 and 1. Multiply "
                "by 100 to give it in percent."),
    ],
    reference=Solution(
        code=(
            "run = scenarios.adoption_scenario(\n"
            "    groups, wage_kzt_per_month=309_697, technology_cost_kzt_per_month=100_000,\n"
            '    occupation_column="isco08_major_group", start_year=2025, years=15,\n'
            ")\n"
            "totals = scenarios.scenario_totals(run)\n"
            'jobs_affected_2040 = 100 * totals.loc[totals["year"] == 2040, "jobs_affected_share"].item()'
        ),
        explanation="Cheaper technology raises economic viability (wage / cost), so more employers "
        "adopt it in the model. The result follows from the assumptions we chose; it is not "
        "a forecast.",
    ),
)

q7 = ReflectionQuestion(
    id="ex05.q7",
    prompt="Our estimate uses ILO task scores, ILOSTAT employment by major group for 2013, and an "
    "even spread of workers over the occupations of each group. **What would you need to make "
    "this estimate better for Kazakhstan today?** Name at least three things (data or methods), "
    "say for each which weakness it fixes, and say who could provide it.",
    model_answer="First, I would need recent employment counts by 4-digit occupation and sex, "
    "for example from the BNS labour force survey. They would replace the 2013 structure (when "
    "agriculture still had 24.2% of jobs) and the assumption that all occupations in a "
    "group are the same size. Second, I would need task data from Kazakhstan: a survey of which "
    "tasks Kazakh workers actually do, or national job descriptions, because the ILO scores "
    "start from Poland's task lists. Third, to move from exposure to adoption, I would need "
    "wages by occupation and the real cost of AI tools for Kazakh employers, and data on which "
    "firms already use them. Finally, the Ministry and the Workforce Development Center should "
    "publish their methods, so that their numbers can be compared with ours like with like.",
    rubric=[
        "names newer employment data by occupation (4-digit, recent, by sex) and says it fixes "
        "the 2013 structure or the even-spread assumption;",
        "names task content measured in Kazakhstan (a survey or national job descriptions) and "
        "says it fixes the borrowed, Polish-based task lists;",
        "names adoption data (wages by occupation, technology costs, actual use by firms) and "
        "says that exposure alone is not adoption or job loss;",
        "says who could provide each item (BNS, ministries, employers, researchers) or asks "
        "for published methods;",
        "keeps the units straight (tasks, jobs, workers) and does not present a model as a "
        "forecast.",
    ],
    min_words=40,
    hints=[
        "Go through the list of limits at the end of the lesson (section 9): for each one, what "
        "data would remove it?",
        "Think of three kinds of data: who works where (employment), what they do (tasks), and "
        "what it costs (wages and technology).",
    ],
)

QUESTIONS = (q1, q2, q3, q4, q5, q6, q7)
