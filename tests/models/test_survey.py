"""Tests of kzdata.survey: margin of error, simulated samples, "X% of the Y%" counts."""

from __future__ import annotations

import math
import re

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kzdata import survey
from kzdata.modelling import ModelInputError

Z95 = 1.959963984540054


def test_margin_of_error_hand_computed():
    assert survey.margin_of_error(share=0.5, sample_size=1000) == pytest.approx(
        Z95 * math.sqrt(0.25 / 1000))                                  # 0.03099
    assert survey.margin_of_error(share=0.42, sample_size=1434) == pytest.approx(
        Z95 * math.sqrt(0.42 * 0.58 / 1434))                           # 0.02554
    assert survey.margin_of_error(share=0.5, sample_size=100, confidence_level=0.9) == (
        pytest.approx(1.6448536269514722 * 0.05))


def test_margin_of_error_edges():
    assert survey.margin_of_error(share=0, sample_size=10) == 0.0
    assert survey.margin_of_error(share=1, sample_size=10) == 0.0
    assert survey.margin_of_error(share=0.5, sample_size=1) == pytest.approx(Z95 * 0.5)
    # finite population correction: sampling everyone leaves no sampling error
    assert survey.margin_of_error(share=0.5, sample_size=500, population_size=500) == 0.0
    full = survey.margin_of_error(share=0.5, sample_size=100)
    corrected = survey.margin_of_error(share=0.5, sample_size=100, population_size=1000)
    assert corrected == pytest.approx(full * math.sqrt(900 / 999))


def test_margin_of_error_bad_input():
    with pytest.raises(ModelInputError, match=re.escape(
            "share must be between 0 and 1; got 42. A share is written 0-1: 70% is 0.7.")):
        survey.margin_of_error(share=42, sample_size=1000)
    with pytest.raises(ModelInputError, match=re.escape(
            "sample_size must be a whole number of at least 1; got 0. Pass an integer such as "
            "1000.")):
        survey.margin_of_error(share=0.4, sample_size=0)
    with pytest.raises(ModelInputError, match="sample_size must be a whole number"):
        survey.margin_of_error(share=0.4, sample_size=100.0)
    with pytest.raises(ModelInputError, match=re.escape(
            "confidence_level must be strictly between 0 and 1; got 1. Use 0.95")):
        survey.margin_of_error(share=0.4, sample_size=100, confidence_level=1)
    with pytest.raises(ModelInputError, match=re.escape(
            "population_size (50) is smaller than sample_size (100)")):
        survey.margin_of_error(share=0.4, sample_size=100, population_size=50)
    with pytest.raises(TypeError):
        survey.margin_of_error(0.4, 100)        # keyword-only


@settings(max_examples=80, deadline=None)
@given(share=st.floats(0, 1), n=st.integers(1, 100_000), extra=st.integers(1, 100_000))
def test_margin_of_error_shrinks_with_sample_size(share, n, extra):
    small = survey.margin_of_error(share=share, sample_size=n)
    large = survey.margin_of_error(share=share, sample_size=n + extra)
    assert 0 <= large <= small + 1e-15
    assert small <= survey.margin_of_error(share=0.5, sample_size=n) + 1e-15   # 0.5 is worst


def test_margin_of_error_table():
    table = survey.margin_of_error_table(share=0.5, sample_sizes=[100, 400])
    assert table["sample_size"].tolist() == [100, 400]
    assert table["margin_of_error"].tolist() == pytest.approx([Z95 * 0.05, Z95 * 0.025])
    assert table["low_share"].iloc[0] == pytest.approx(0.5 - Z95 * 0.05)
    assert table.attrs["computed_by"] == "computed by kzdata"
    clipped = survey.margin_of_error_table(share=0.01, sample_sizes=[10])
    assert clipped["low_share"].iloc[0] == 0.0
    with pytest.raises(ModelInputError, match="sample_sizes must be a non-empty list"):
        survey.margin_of_error_table(share=0.5, sample_sizes=[])


def test_simulate_samples_reproducible_and_labelled():
    first = survey.simulate_samples(population_share=0.42, sample_size=1400, n_samples=200,
                                    seed=7)
    again = survey.simulate_samples(population_share=0.42, sample_size=1400, n_samples=200,
                                    seed=7)
    other = survey.simulate_samples(population_share=0.42, sample_size=1400, n_samples=200,
                                    seed=8)
    pd.testing.assert_frame_equal(first, again)
    assert not first["sample_share"].equals(other["sample_share"])
    assert first["synthetic"].all() and first.attrs["synthetic"] is True
    assert first.attrs["assumptions"]["seed"] == 7
    assert first["sample_id"].tolist() == list(range(1, 201))
    assert ((first["sample_share"] * 1400).round(9) % 1 == 0).all()   # whole respondents


def test_simulate_samples_spread_and_coverage():
    samples = survey.simulate_samples(population_share=0.3, sample_size=1000, n_samples=4000,
                                      seed=2025)
    assert samples["sample_share"].mean() == pytest.approx(0.3, abs=0.002)
    # the spread of sample shares is the standard error sqrt(p(1-p)/n) = 0.0145
    assert samples["sample_share"].std() == pytest.approx(math.sqrt(0.21 / 1000), rel=0.05)
    assert samples["covers_population_share"].mean() == pytest.approx(0.95, abs=0.015)


def test_simulate_samples_edges_and_bad_input():
    none = survey.simulate_samples(population_share=0, sample_size=50, n_samples=3, seed=1)
    assert (none["sample_share"] == 0).all()
    with pytest.raises(ModelInputError, match=re.escape(
            "seed must be a whole number; got None. Pass seed=1")):
        survey.simulate_samples(population_share=0.4, sample_size=50, seed=None)
    with pytest.raises(TypeError):
        survey.simulate_samples(population_share=0.4, sample_size=50)   # seed is required
    with pytest.raises(ModelInputError, match="n_samples must be a whole number of at least 1"):
        survey.simulate_samples(population_share=0.4, sample_size=50, n_samples=0, seed=1)
    with pytest.raises(ModelInputError, match="population_share must be between 0 and 1"):
        survey.simulate_samples(population_share=1.2, sample_size=50, seed=1)


def test_per_1000_respondents_hand_computed():
    table = survey.per_1000_respondents(group_share_pct=42, subgroup_share_pct=37)
    assert table["respondents"].tolist() == pytest.approx([1000, 420, 155.4])
    assert table["share_of_all_pct"].tolist() == pytest.approx([100, 42, 15.54])
    assert table["share_of_previous_pct"].tolist() == pytest.approx([100, 42, 37])
    other_base = survey.per_1000_respondents(group_share_pct=50, subgroup_share_pct=50,
                                             respondents=1434)
    assert other_base["respondents"].tolist() == pytest.approx([1434, 717, 358.5])


def test_per_1000_respondents_edges_and_bad_input():
    zero = survey.per_1000_respondents(group_share_pct=0, subgroup_share_pct=100)
    assert zero["respondents"].tolist() == [1000, 0, 0]
    everyone = survey.per_1000_respondents(group_share_pct=100, subgroup_share_pct=100)
    assert everyone["respondents"].tolist() == [1000, 1000, 1000]
    with pytest.raises(ModelInputError, match=re.escape(
            "group_share_pct must be between 0 and 100; got 420. Percentages are written 0-100 "
            "here: 42% is 42.")):
        survey.per_1000_respondents(group_share_pct=420, subgroup_share_pct=37)
    with pytest.raises(ModelInputError, match="respondents must be a whole number"):
        survey.per_1000_respondents(group_share_pct=42, subgroup_share_pct=37, respondents=0)
