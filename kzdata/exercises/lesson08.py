"""Answer key for the formative checks in ``lessons/08-digital-and-ai-policy.ipynb``.

Five checks, one every 10-15 minutes: what 'reported' means for an article of the AI law
(verified vs reported, q1), which sale counts in balance-of-payments ICT service exports (two
definitions, q2), the misconception "IT exports reached 1 billion US dollars in 2025" (a forecast
is not a statistic, q3), a target as a share of the population (q4), and how to report two
official statements that disagree (93 or 95 universities, q5).

The figures come from the bundled tables ``policy_timeline``, ``digital_indicators`` and
``claims``, and from the remote table ``wdi_kazakhstan`` (population).
"""

from __future__ import annotations

from kzdata.exercises import ChoiceQuestion, Mistake, NumberQuestion, Solution

NOTEBOOK = "lessons/08-digital-and-ai-policy.ipynb"

SETUP = """\
import pandas as pd
import kzdata
from kzdata.exercises import lesson08, ____
"""

# Population of Kazakhstan, 2024 (WDI SP.POP.TOTL, release of 2026-04-08; pinned in
# tests/lessons/test_lesson08.py against the remote table).
_POPULATION_2024 = 20_592_571
_POPULATION_2023 = 20_330_104
_POPULATION_15_64_2024 = 12_761_934

q1 = ChoiceQuestion(
    id="lesson08.q1",
    prompt="The timeline marks the signing of the AI law (17 November 2025) as **verified**, but "
    "the row on its Article 21 (transparency and labelling) as **reported**. **How should you "
    "write about Article 21?**",
    options={
        "a": "'Article 21 of the AI law requires labelling.' The law is verified, so everything "
        "in it is verified too.",
        "b": "'According to Factcheck.kz's analysis of the law, Article 21 requires labelling. "
        "We have not read the official text.' Say who reported it.",
        "c": "Leave Article 21 out: a fact that is only reported is probably false.",
        "d": "'Article 21 is unverified': no source for it exists.",
    },
    answer="b",
    diagnostics={
        "a": "Verification is given row by row. For the signing, the law's number and date were "
        "read on zan.kz. What Article 21 says was read only in a news analysis (Factcheck.kz), so "
        "that row is 'reported'. Read the columns `verification` and `source_id` of both rows.",
        "c": "'Reported' does not mean false. It means the fact was found in news or other "
        "secondary coverage, not in the official text. You may use it if you say who reported it.",
        "d": "'Unverified' is for a fact with no source found, or not checked at all, such as "
        "the 'Al-Farabium' supercomputer. Article 21 has a source: the Factcheck.kz analysis.",
    },
    why="A reported fact has a source, but a secondary one. Name the source, and say that the "
    "official text was not read; the research notes advise checking article numbers in the "
    "official text before quoting them.",
    hints=[
        "Look at the table of the AI law rows: which source does each row name (column "
        "`source_id`), and what is its `verification`?",
        "Go back to the table of the three verification levels in section 1: what may you write "
        "about a 'reported' fact?",
    ],
    reference=Solution(
        code='article_21 = "b"',
        explanation="The signing was checked in an official legal database (zan.kz); the "
        "content of Article 21 only in a news analysis. A reported fact can be used, with its "
        "source named, until someone reads the official text.",
    ),
)

q2 = ChoiceQuestion(
    id="lesson08.q2",
    prompt="**Which of these is counted in Kazakhstan's balance-of-payments ICT service exports "
    "(World Bank series BX.GSR.CCIS.CD)?**",
    options={
        "a": "An Almaty software company builds a mobile banking app for a bank in Almaty.",
        "b": "A company registered in Astana Hub sells data-processing services to a client in "
        "Germany.",
        "c": "A company in Kazakhstan sells laptops to a buyer in Uzbekistan.",
        "d": "The total revenue of Astana Hub's resident companies in 2024, reported as 1.3 "
        "billion US dollars (KazTAG).",
    },
    answer="b",
    diagnostics={
        "a": "The company and its client are both in Kazakhstan. A sale inside the country is "
        "not an export, however digital it is.",
        "c": "Laptops are goods. ICT *service* exports count services only (computer, "
        "telecommunication and information services); goods are counted in the trade in goods.",
        "d": "Revenue counts all sales, including sales to clients in Kazakhstan; only services "
        "sold to non-residents are exports. Revenue is a third measure, different from both the "
        "statistic and the government's target.",
    },
    why="The balance of payments records transactions between residents of Kazakhstan and the "
    "rest of the world. Computer services sold to a client abroad are an ICT service export.",
    hints=[
        "Read the WDI definition printed in section 4: what kind of transactions does it count?",
        "An export is a sale to someone outside the country. Which option is a *service* sold "
        "abroad?",
    ],
    reference=Solution(
        code='counted = "b"',
        explanation="Data processing is a computer service, and the client is a non-resident: "
        "this is an ICT service export. A sale at home (a), goods (c) and total revenue (d) are "
        "not.",
    ),
)

q3 = ChoiceQuestion(
    id="lesson08.q3",
    prompt="A news site writes: *\"Kazakhstan's IT exports reached 1 billion US dollars in "
    "2025.\"* **Using the data of this lesson, which verdict is right?**",
    options={
        "a": "True: the Deputy Prime Minister said so, and he has the official figures.",
        "b": "Not shown: the 1 billion is a forecast, not a statistic. The latest statistic is "
        "855.3 million US dollars of balance-of-payments ICT service exports in 2024, a "
        "different measure, and the data have no figure for 2025 yet.",
        "c": "False: ICT service exports were 855.3 million US dollars, so the target of 1 "
        "billion was missed.",
        "d": "True: 855.3 million US dollars rounds to about 1 billion.",
    },
    answer="b",
    diagnostics={
        "a": "He said IT services exports were *expected* to reach 1 billion: a forecast, made "
        "in about December 2025, before the figures for the year existed. Read the column "
        "`value_type` of the row `it_services_exports_forecast_2025`.",
        "c": "855.3 million is the figure for 2024, not for 2025, and it uses a different "
        "definition. The target year is 2026. The data cannot show that the target was missed, "
        "either: they stop in 2024.",
        "d": "Rounding 855.3 million up to 1 billion adds 17%. And it is the 2024 figure of a "
        "different measure, so it says nothing about 2025.",
    },
    why="A forecast is an expectation, not a measurement. Until the balance of payments for "
    "2025 is published, the data can say only that 1 billion was expected, and that it would "
    "need growth of about 17% in 2025 on the balance-of-payments measure (our calculation).",
    hints=[
        "What kind of number is the 1 billion for 2025: a target, a forecast or a statistic? "
        "Look at the table `it_rows` of section 3.",
        "What is the latest year in the table `ict`? Is there a statistic for 2025?",
    ],
    reference=Solution(
        code='verdict = "b"',
        explanation="The only source for 2025 is a forecast (value_type 'forecast'), and the "
        "statistic ends in 2024 with 855.3 million US dollars on a different definition. "
        "So the claim is not shown, in either direction.",
    ),
)

q4 = NumberQuestion(
    id="lesson08.q4",
    prompt="The AI Concept's reported target is to train 5 million people in AI skills by 2029. "
    "**What percentage of Kazakhstan's population in 2024 is 5 million people?** Use the "
    "population printed above (WDI, SP.POP.TOTL). Give a percentage, such as `12.3`, or code "
    "that computes it.",
    expected=100 * 5_000_000 / _POPULATION_2024,
    abs_tol=0.05,
    hints=[
        "A share in percent is 100 * part / whole. The part is 5,000,000 people.",
        "The whole is the population of the latest year, 2024, printed by the cell above: "
        "`latest[\"value\"]`.",
        "In code: `100 * 5_000_000 / latest[\"value\"]`.",
    ],
    why="5 million is 24.3% of the 20.6 million people who lived in Kazakhstan in 2024: about "
    "one resident in four, of every age (our calculation, from WDI).",
    mistakes=[
        Mistake(answer=round(5_000_000 / _POPULATION_2024, 5),
                message="This looks like a fraction, not a percentage. Multiply by 100."),
        Mistake(answer=round(100 * 5_000_000 / _POPULATION_2023, 3),
                message="That is the share of the population of 2023. Use the latest year, 2024."),
        Mistake(answer=round(100 * 80_000 / _POPULATION_2024, 4),
                message="80,000 is the target of the draft Concept. The question asks about the "
                "5 million of the version presented in July 2024."),
        Mistake(answer=round(100 * 5_000_000 / _POPULATION_15_64_2024, 3),
                message="That is the share of the people aged 15-64. The question asks for the "
                "share of the whole population."),
    ],
    reference=Solution(
        code='population = kzdata.load("wdi_kazakhstan", indicator_code="SP.POP.TOTL")\n'
        'population_2024 = population.loc[population["year"] == 2024, "value"].item()\n'
        "share_5m = 100 * 5_000_000 / population_2024",
        explanation="The WDI population of 2024 is 20,592,571. 5,000,000 / 20,592,571 * 100 = "
        "24.3. In the lesson you can also write `100 * 5_000_000 / latest[\"value\"]`.",
    ),
)

q5 = ChoiceQuestion(
    id="lesson08.q5",
    prompt="You write a short report on AI in Kazakh universities. **How should you give the "
    "number of universities that teach AI?**",
    options={
        "a": "95: the newer figure replaces the older one, so the 93 was an error.",
        "b": "94, the average of the two statements.",
        "c": "Both, each with its date, speaker and source: 93 universities (Deputy Minister "
        "Gulzat Kobenova, September 2025, reported by StayAIware) and 95 (Minister Sayasat "
        "Nurbek, 6 January 2026, Prime Minister's website).",
        "d": "Neither: when two official statements disagree, both are unreliable and should be "
        "left out.",
    },
    answer="c",
    diagnostics={
        "a": "The 93 may have been right in September 2025 and the 95 in January 2026. A newer "
        "number does not prove that the older one was wrong, and the two statements may not "
        "count the same thing ('integrated AI into their programmes' and 'AI disciplines in "
        "their curricula').",
        "b": "Nobody said 94. An average of two statements made at different dates describes no "
        "date and no source.",
        "d": "Both statements have sources, and the 95 is on an official website. A "
        "disagreement is a reason to report both with their dates, not to hide the topic.",
    },
    why="Two statements at two dates can both be right. Give each number with its date, speaker "
    "and source, and say that they may not count the same thing.",
    hints=[
        "Read the two rows printed above: who spoke, when, and in which words?",
        "Which answer lets a reader check each number for themselves?",
    ],
    reference=Solution(
        code='universities = "c"',
        explanation="Report both numbers, each with its date and source. The reader can then "
        "check each one, and see that the wording differs.",
    ),
)

QUESTIONS = (q1, q2, q3, q4, q5)
