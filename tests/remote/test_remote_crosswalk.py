"""kzdata.crosswalk.soc_to_isco: the stated rules, what does not map, and clear errors."""

from __future__ import annotations

import math

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kzdata.crosswalk import CrosswalkError, CrosswalkResult, soc_to_isco

CROSSWALK = pd.DataFrame(
    {"soc2010_code": ["11-1011", "11-1011", "11-1021", "15-1131"],
     "isco08_4d": ["1112", "1120", "1120", "2514"]}
)
SCORES = pd.DataFrame(
    {"soc2010_code": ["11-1011", "11-1021", "15-1131", "99-9999", "111011x", "47-2061"],
     "risk": [0.2, 0.8, 0.5, 0.3, 0.1, None]}
)


def test_mean_rule_counts_a_soc_code_fully_in_each_isco_code():
    result = soc_to_isco(SCORES, score_column="risk", crosswalk=CROSSWALK)
    assert isinstance(result, CrosswalkResult)
    table = result.table.set_index("isco08_4d")
    assert table.loc["1112", "risk"] == pytest.approx(0.2)
    assert table.loc["1120", "risk"] == pytest.approx(0.5)
    assert table.loc["1120", "n_soc_codes"] == 2 and table.loc["1120", "soc_codes"] == "11-1011, 11-1021"
    assert list(result.table.columns) == ["isco08_4d", "risk", "n_soc_codes", "soc_codes"]
    assert "simple (unweighted) mean of 'risk'" in result.rule
    assert "3 of 6 SOC codes were mapped to 3 ISCO-08 codes; 3 were not" in result.rule


def test_what_did_not_map_is_listed_with_the_reason():
    result = soc_to_isco(SCORES, score_column="risk", crosswalk=CROSSWALK)
    assert dict(zip(result.unmapped["soc2010_code"], result.unmapped["reason"])) == {
        "99-9999": "not in the SOC 2010 -> ISCO-08 crosswalk",
        "111011x": "not a 6-digit SOC code written like 11-1011",
        "47-2061": "score is missing",
    }


def test_employment_weighting_splits_a_soc_code_evenly_across_its_isco_codes():
    weights = pd.DataFrame({"soc2010_code": ["11-1011", "11-1021", "15-1131"], "employed_persons": [100, 50, 0]})
    result = soc_to_isco(SCORES.iloc[:3], score_column="risk", how="employment_weighted",
                         weights=weights, crosswalk=CROSSWALK)
    table = result.table.set_index("isco08_4d")
    assert table.loc["1112", "risk"] == pytest.approx(0.2) and table.loc["1112", "total_weight"] == 50
    assert table.loc["1120", "risk"] == pytest.approx((0.2 * 50 + 0.8 * 50) / 100)
    assert table.loc["1120", "total_weight"] == 100
    assert math.isnan(table.loc["2514", "risk"])  # zero employment: no weighted mean
    assert "1/k of its weight" in result.rule and "'employed_persons'" in result.rule


def test_weights_can_be_a_series_and_missing_weights_are_reported():
    weights = pd.Series({"11-1011": 10.0, "15-1131": 5.0})
    result = soc_to_isco(SCORES.iloc[:3], score_column="risk", how="employment_weighted",
                         weights=weights, crosswalk=CROSSWALK)
    assert result.unmapped.to_dict("list") == {"soc2010_code": ["11-1021"], "reason": ["no weight for this SOC code"]}


def test_result_shows_the_rule():
    result = soc_to_isco(SCORES, score_column="risk", crosswalk=CROSSWALK)
    assert "Rule:" in repr(result) and "*Rule:*" in result._repr_markdown_()


@pytest.mark.parametrize(
    "kwargs, message",
    [
        (dict(score_column="riks"), r"scores has no column 'riks' \(score_column\). Did you mean 'risk'"),
        (dict(score_column="risk", soc_column="soc"), r"no column 'soc' \(soc_column\)"),
        (dict(score_column="risk", how="weighted"), r"how='weighted' is not a rule kzdata knows.*'mean', 'employment_weighted'"),
        (dict(score_column="risk", how="employment_weighted"), "needs weights="),
        (dict(score_column="risk", weights=pd.Series({"11-1011": 1.0})), "weights are used only with how='employment_weighted'"),
        (dict(score_column="risk", how="employment_weighted", weights=pd.Series({"11-1011": -1.0})), "must not be negative; 1 are, for example 11-1011 \\(-1\\)"),
        (dict(score_column="risk", how="employment_weighted", weights=pd.Series([1.0, 2.0], index=["11-1011", "11-1011"])), "more than one value for SOC codes \\['11-1011'\\]"),
        (dict(score_column="risk", how="employment_weighted", weights=pd.Series({"11-1011": "many"})), "weights must be numbers"),
        (dict(score_column="risk", how="employment_weighted", weights=[1, 2]), "weights must be a DataFrame"),
        (dict(score_column="risk", how="employment_weighted", weights=pd.DataFrame({"soc2010_code": ["11-1011"]})), "weights has no column 'employed_persons' \\(weight_column\\)"),
        (dict(score_column="risk", crosswalk=pd.DataFrame({"soc": [1]})), "The crosswalk has no column 'soc2010_code'"),
    ],
)
def test_bad_input_gets_a_clear_error(kwargs, message):
    kwargs.setdefault("crosswalk", CROSSWALK)
    with pytest.raises(CrosswalkError, match=message):
        soc_to_isco(SCORES, **kwargs)


def test_scores_must_be_a_frame_of_numbers_with_one_row_per_code():
    with pytest.raises(CrosswalkError, match="must be a pandas DataFrame, not list"):
        soc_to_isco([1, 2], score_column="risk", crosswalk=CROSSWALK)
    text = SCORES.assign(risk=SCORES["risk"].astype(str))
    with pytest.raises(CrosswalkError, match="must hold numbers"):
        soc_to_isco(text, score_column="risk", crosswalk=CROSSWALK)
    twice = pd.concat([SCORES, SCORES.iloc[:1]])
    with pytest.raises(CrosswalkError, match=r"more than one row for SOC codes \['11-1011'\].*groupby"):
        soc_to_isco(twice, score_column="risk", crosswalk=CROSSWALK)
    with pytest.raises(TypeError):  # every parameter after scores is keyword-only
        soc_to_isco(SCORES, "risk")  # type: ignore[misc]


SOC_CODES = ["11-1011", "11-1021", "15-1131", "99-9999"]


@settings(max_examples=60, deadline=None)
@given(
    scores=st.lists(st.floats(0, 1, allow_nan=False), min_size=4, max_size=4),
    weights=st.lists(st.floats(0.5, 1e6, allow_nan=False), min_size=4, max_size=4),
)
def test_weighted_scores_stay_within_their_inputs_and_weight_is_conserved(scores, weights):
    frame = pd.DataFrame({"soc2010_code": SOC_CODES, "risk": scores})
    weight = pd.Series(weights, index=SOC_CODES)
    result = soc_to_isco(frame, score_column="risk", how="employment_weighted", weights=weight,
                         crosswalk=CROSSWALK)
    lookup = dict(zip(SOC_CODES, scores))
    for row in result.table.itertuples():
        inputs = [lookup[c] for c in row.soc_codes.split(", ")]
        assert min(inputs) - 1e-12 <= row.risk <= max(inputs) + 1e-12
    mapped = [c for c in SOC_CODES if c in set(CROSSWALK["soc2010_code"])]
    assert result.table["total_weight"].sum() == pytest.approx(weight[mapped].sum())
    assert set(result.unmapped["soc2010_code"]) == set(SOC_CODES) - set(mapped)
