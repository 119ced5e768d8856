"""The ILO/NASK generative-AI task-score workbook (ILO Working Paper 140, 2025).

The workbook ``Final_Scores_ISCO08_Gmyrek_et_al_2025.xlsx`` (GitHub
``pgmyrek/2025_GenAI_scores_ISCO08``) has one sheet with one row per task of each ISCO-08
4-digit occupation (3,266 tasks, 427 occupations). Each row carries the task's 2025 score
(with the GPT-4o and Gemini predictions it was built from), the 2023 score of ILO Working
Paper 96, and, repeated on every task row, the occupation's mean and standard deviation of
task scores with its 2025 exposure gradient and 2023 category.

:func:`task_scores` keeps one row per task; :func:`occupation_scores` keeps one row per
occupation. Both keep the source's figures as they are (the means and standard deviations are
the source's, rounded to two decimals; they are not recomputed).
"""

from __future__ import annotations

import os

import pandas as pd

from kzdata.parsers._common import ParseError, clean_text, require_columns

__all__ = ["read_workbook", "task_scores", "occupation_scores"]

SOURCE_COLUMNS = (
    "label4d", "label1d", "ISCO_08", "Title", "taskID", "Task_ISCO", "score_2023",
    "predicted_score_2025_gpt4o", "prediction_justification_gpt4o",
    "predicted_score_2025_gemini", "prediction_justification_gemini", "score_2025", "source",
    "mean_score_2023", "mean_score_2025", "SD_2023", "SD_2025", "potential25", "potential23",
)
_OCCUPATION_LEVEL = ("mean_score_2023", "mean_score_2025", "SD_2023", "SD_2025", "potential25",
                     "potential23", "Title", "label1d")


def read_workbook(path: str | os.PathLike[str]) -> pd.DataFrame:
    """Read the workbook's only sheet and check that it has the expected columns.

    Returns the sheet as it is, with ISCO codes as 4-character text (``"0110"`` keeps its zero).
    """
    raw = pd.read_excel(path, sheet_name=0, dtype={"ISCO_08": str})
    require_columns(raw, SOURCE_COLUMNS, path)
    raw = raw.dropna(how="all")
    raw["ISCO_08"] = raw["ISCO_08"].astype(str).str.strip().str.zfill(4)
    bad = raw.loc[~raw["ISCO_08"].str.fullmatch(r"\d{4}"), "ISCO_08"]
    if len(bad):
        raise ParseError(f"{os.path.basename(path)}: ISCO_08 values {sorted(set(bad))[:5]} are not 4-digit codes")
    return raw


def _major_group(label1d: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Split '2 - Professionals' into ('2', 'Professionals')."""
    parts = label1d.astype(str).str.split(" - ", n=1, expand=True)
    return parts[0].str.strip(), parts[1].str.strip()


def task_scores(path: str | os.PathLike[str]) -> pd.DataFrame:
    """One row per task: its 2025 score (and the model predictions behind it) and 2023 score.

    Parameters
    ----------
    path
        ``Final_Scores_ISCO08_Gmyrek_et_al_2025.xlsx``.

    Returns
    -------
    pandas.DataFrame
        Columns ``isco08_4d``, ``occupation_title``, ``isco08_major_group``, ``task_id``,
        ``task``, ``score_2025``, ``score_2025_method`` (the source's ``source`` column:
        ``predicted`` or ``reconciled``), ``score_2025_gpt4o``, ``score_2025_gemini``,
        ``score_2023``, ``justification_gpt4o``, ``justification_gemini``. Scores are 0-1.
        Missing values stay missing (a task without a 2023 score, a model call that failed).
    """
    raw = read_workbook(path)
    major, _ = _major_group(raw["label1d"])
    frame = pd.DataFrame(
        {
            "isco08_4d": raw["ISCO_08"],
            "occupation_title": raw["Title"].map(clean_text),
            "isco08_major_group": major,
            "task_id": pd.to_numeric(raw["taskID"], errors="raise"),
            "task": raw["Task_ISCO"].map(clean_text),
            "score_2025": pd.to_numeric(raw["score_2025"], errors="raise"),
            "score_2025_method": raw["source"].map(clean_text),
            "score_2025_gpt4o": pd.to_numeric(raw["predicted_score_2025_gpt4o"], errors="raise"),
            "score_2025_gemini": pd.to_numeric(raw["predicted_score_2025_gemini"], errors="raise"),
            "score_2023": pd.to_numeric(raw["score_2023"], errors="raise"),
            "justification_gpt4o": raw["prediction_justification_gpt4o"].map(clean_text),
            "justification_gemini": raw["prediction_justification_gemini"].map(clean_text),
        }
    )
    if frame.duplicated(["isco08_4d", "task_id"]).any():
        raise ParseError(f"{os.path.basename(path)}: a task id occurs twice within an occupation")
    return frame.sort_values(["isco08_4d", "task_id"], kind="stable").reset_index(drop=True)


def occupation_scores(path: str | os.PathLike[str]) -> pd.DataFrame:
    """One row per ISCO-08 4-digit occupation: mean and spread of its task scores, 2025 and 2023.

    Parameters
    ----------
    path
        ``Final_Scores_ISCO08_Gmyrek_et_al_2025.xlsx``.

    Returns
    -------
    pandas.DataFrame
        Columns ``isco08_4d``, ``occupation_title``, ``isco08_major_group``,
        ``isco08_major_group_label``, ``n_tasks`` (task rows in the workbook),
        ``mean_score_2025``, ``sd_score_2025``, ``exposure_category_2025`` (``Not Exposed``,
        ``Minimal Exposure``, ``Exposed: Gradient 1`` to ``4``), ``mean_score_2023``,
        ``sd_score_2023``, ``exposure_category_2023`` (WP96: ``Not affected``,
        ``Augmentation Potential``, ``Automation Potential``, ``The Big Uknown`` as spelled in
        the source). The occupation-level values are repeated on every task row of the source;
        a parse error is raised if they ever differ within an occupation.
    """
    raw = read_workbook(path)
    varying = raw.groupby("ISCO_08")[list(_OCCUPATION_LEVEL)].nunique(dropna=False)
    inconsistent = varying[(varying > 1).any(axis=1)]
    if len(inconsistent):
        raise ParseError(
            f"{os.path.basename(path)}: occupation-level values differ between task rows of "
            f"occupations {list(inconsistent.index[:5])}"
        )
    first = raw.groupby("ISCO_08", sort=True).first()
    major, major_label = _major_group(first["label1d"])
    frame = pd.DataFrame(
        {
            "isco08_4d": first.index,
            "occupation_title": first["Title"].map(clean_text).to_numpy(),
            "isco08_major_group": major.to_numpy(),
            "isco08_major_group_label": major_label.to_numpy(),
            "n_tasks": raw.groupby("ISCO_08", sort=True).size().to_numpy(),
            "mean_score_2025": pd.to_numeric(first["mean_score_2025"]).to_numpy(),
            "sd_score_2025": pd.to_numeric(first["SD_2025"]).to_numpy(),
            "exposure_category_2025": first["potential25"].map(clean_text).to_numpy(),
            "mean_score_2023": pd.to_numeric(first["mean_score_2023"]).to_numpy(),
            "sd_score_2023": pd.to_numeric(first["SD_2023"]).to_numpy(),
            "exposure_category_2023": first["potential23"].map(clean_text).to_numpy(),
        }
    )
    return frame.reset_index(drop=True)
