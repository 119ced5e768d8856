"""Formative checks inside ``lessons/05-exposure-in-kazakhstan.ipynb``.

Five checks, one every 10-20 minutes: what our own calculation assumes, exposure vs job loss,
why the 2013 occupation structure matters, what two equal numbers (the Ministry's 25% and the
ILO's 25%) do and do not show, and why a scenario is not a forecast. The figures quoted in the
prompts are computed in the lesson; ``tests/lessons/test_lesson05.py`` checks that they still
are what the data give.
"""

from __future__ import annotations

from kzdata.exercises import ChoiceQuestion, Solution

NOTEBOOK = "lessons/05-exposure-in-kazakhstan.ipynb"

SETUP = """\
import kzdata
from kzdata.exercises import lesson05, ____
"""

q1 = ChoiceQuestion(
    id="lesson05.q1",
    prompt="Our calculation gives Kazakhstan's 331.6 thousand clerical support workers (group 4) "
    "the mix of categories of the ILO's 29 clerical occupations. What does "
    "`exposure.allocate_employment` assume about these workers?",
    options={
        "a": "That the ILO scored the tasks of clerks in Kazakhstan.",
        "b": "That each of the 29 clerical occupations employs the same number of people in "
        "Kazakhstan: as many pawnbrokers as accounting clerks, for example.",
        "c": "That every clerk in Kazakhstan is in Gradient 4.",
        "d": "That the number of clerks in Kazakhstan has not changed since 2013.",
    },
    answer="b",
    diagnostics={
        "a": "No. The task scores come from the ILO's global index, which starts from Poland's "
        "task descriptions. That is a limit of the scores, but `allocate_employment` does not "
        "assume it: it only splits the employment of each group.",
        "c": "No. The table `shares` shows clerical occupations in five categories, from Minimal "
        "Exposure to Gradient 4. The function splits the group across all of them.",
        "d": "That is a limit of using 2013 data (section 5), not an assumption of the function: "
        "it splits whatever year you give it.",
    },
    hints=[
        "Read the function's documentation: run `help(exposure.allocate_employment)`.",
        "Look at the column `n_occupations` in `shares`. What counts once: an occupation, or a "
        "worker?",
    ],
    why="Our data give Kazakhstan's employment by major group only, so inside a group every ILO "
    "occupation counts once. That is an assumption, not a fact, and it is one reason the result "
    "is our own estimate and not a statistic.",
    reference=Solution(
        code='assumption_choice = "b"',
        explanation="`category_shares_by_major_group` counts occupations (each counts once), and "
        "`allocate_employment` splits a group's workers in proportion to those counts. So each "
        "occupation in a group gets the same number of workers.",
    ),
)

q2 = ChoiceQuestion(
    id="lesson05.q2",
    prompt="Our calculation finds that 19.8% of employed people in groups 1-9 worked in 2013 in "
    "occupations that the ILO counts as exposed (Gradients 1-4). Which sentence reads this "
    "correctly?",
    options={
        "a": "19.8% of jobs in Kazakhstan will disappear because of generative AI.",
        "b": "About one employed person in five worked in an occupation where generative AI could "
        "technically do or change some of the tasks; whether jobs are lost, changed or created "
        "depends on what employers do.",
        "c": "19.8% of all work tasks in Kazakhstan can be automated.",
        "d": "The ILO has published that 19.8% of Kazakhstan's workers are exposed.",
    },
    answer="b",
    diagnostics={
        "a": "Exposure is not job loss. The ILO scores say what the technology could do to "
        "tasks, not what employers will do, or when.",
        "c": "That would be a share of tasks. Our number is a share of people: a worker counts "
        "as exposed when their occupation is, even if many of their own tasks are not exposed.",
        "d": "The ILO published the scores, not this number. Combining the scores with "
        "Kazakhstan's 2013 employment is our own calculation, with our own assumptions.",
    },
    hints=[
        "Ask two questions of the number: what does it count (tasks, jobs or people)? And does "
        "it say anything about the future?",
    ],
    why="The share counts people in exposed occupations; exposure says what could change, not "
    "what will. And the number is ours, not the ILO's.",
    reference=Solution(
        code='reading_choice = "b"',
        explanation="The unit is employed people, the category is potential exposure, and the "
        "calculation is ours; (b) keeps all three right.",
    ),
)

q3 = ChoiceQuestion(
    id="lesson05.q3",
    prompt="Agriculture's official share of employment fell from 24.2% in 2013 to 13.5% in 2020. "
    "In the ILO index, skilled agricultural workers (group 6) have no exposed occupations. What "
    "does this suggest about our 2013-based share of 19.8% as a picture of Kazakhstan today?",
    options={
        "a": "Nothing: the ILO scores are given for each occupation, so the year of the "
        "employment data does not matter.",
        "b": "If nothing else changed, today's share is probably higher than 19.8%, because fewer "
        "people work in farming occupations, which are not exposed; without newer data by "
        "occupation we cannot say by how much.",
        "c": "Today's share is probably lower than 19.8%, because farms now use more machines.",
        "d": "Nothing, because the 2014 change of method means that agriculture did not really "
        "shrink.",
    },
    answer="b",
    diagnostics={
        "a": "The scores are given for each occupation, but the headline is a share of people. "
        "It changes when people move between occupations, even if no score changes.",
        "c": "Farm machines change how many farm workers there are, but the ILO index measures "
        "generative AI, which does not reach farm tasks. A smaller farm workforce raises the "
        "share of workers in the other, more exposed groups.",
        "d": "The change of method explains part of the fall from 2013 to 2014, but the modelled "
        "series, which has no such break, also falls: to 11.6% in 2024.",
    },
    hints=[
        "Our headline is exposed people divided by all employed people. What happens to it when "
        "people leave a group in which nobody is exposed?",
    ],
    why="A share of people depends on where people work. The 2013 structure had more people in "
    "unexposed farming occupations than today, so our estimate is probably too low for today.",
    reference=Solution(
        code='year_choice = "b"',
        explanation="Moving people out of a group with no exposed occupations raises the share "
        "exposed, other things equal. Other changes (for example fewer clerks) could work the "
        "other way, which is why we need newer data by occupation.",
    ),
)

q4 = ChoiceQuestion(
    id="lesson05.q4",
    prompt="The Ministry of Labour's 'about 25% of jobs at moderate or high risk' (2025) is the "
    "same number as the ILO's '25% of global employment exposed to generative AI' (2025). What "
    "can you conclude?",
    options={
        "a": "The Ministry applied the ILO index to Kazakhstan.",
        "b": "Kazakhstan's exposure is exactly at the world average.",
        "c": "Nothing about the method yet. The Ministry has not published it, so the equal "
        "numbers are a question to ask (did it use the ILO index? with which year's jobs?), "
        "not evidence.",
        "d": "Our own 19.8% shows that the Ministry's figure is wrong.",
    },
    answer="c",
    diagnostics={
        "a": "Possible, but unverified: the method was not published, and equal numbers can come "
        "from different methods. Ask; do not assume.",
        "b": "The two numbers count different things: the ILO counts people in exposed "
        "occupations in the whole world; the Ministry counts jobs at 'moderate or high risk' in "
        "Kazakhstan, with a base it does not state.",
        "d": "Our number uses 2013 employment, an even spread inside each group and the ILO's "
        "'exposed' categories. Another year, other data or other categories can give another "
        "number without either being wrong.",
    },
    hints=[
        "Look at the columns `unit`, `method` and `status` of the comparison table.",
    ],
    why="Without a published method, two equal numbers are a coincidence to investigate, not a "
    "proof that one copied the other.",
    reference=Solution(
        code='equal_25_choice = "c"',
        explanation="The Ministry's method is unpublished (`statement without published "
        "method`), so whether it used the ILO index is unverified.",
    ),
)

q5 = ChoiceQuestion(
    id="lesson05.q5",
    prompt="With the 2022 average wage and a technology cost of 200,000 KZT a month, the toy "
    "model says that by 2040, 59.9% of jobs include at least one changed task and 7.7% of all "
    "work changes. Which statement is right?",
    options={
        "a": "59.9% of workers in Kazakhstan will lose their jobs by 2040.",
        "b": "By 2040, 59.9% + 7.7% = 67.6% of the economy will be affected.",
        "c": "If the model's assumptions held, most jobs would have some changed tasks while most "
        "work stayed the same. The numbers follow from the wage, cost and speed we chose: a "
        "scenario, not a forecast.",
        "d": "The model forecasts an unemployment rate of 7.7% in 2040.",
    },
    answer="c",
    diagnostics={
        "a": "An affected job has at least one changed task; it is not a lost job. And the "
        "model only shows what follows from the assumptions we typed in.",
        "b": "The two outputs are different quantities: a share of jobs and a share of work. "
        "Adding them gives a number that means nothing.",
        "d": "The model says nothing about unemployment. 'Work changed' is the share of tasks "
        "that change; people can move to other tasks, or the economy can grow.",
    },
    hints=[
        "What does each of the two outputs count? And where did the numbers that went into the "
        "model come from?",
    ],
    why="A scenario shows what follows from chosen assumptions; jobs affected and work changed "
    "are different outputs, and neither is job loss.",
    reference=Solution(
        code='scenario_choice = "c"',
        explanation="The technology cost and the diffusion speed were chosen for teaching, not "
        "measured, so the result is a scenario. The two outputs stay separate.",
    ),
)

QUESTIONS = (q1, q2, q3, q4, q5)
