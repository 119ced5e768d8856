"""Bad input to the data layer gets a specific exception whose message says what to do.

The messages are pinned exactly: they are part of what students see.
"""

from __future__ import annotations

import pytest

import kzdata
from kzdata.errors import DatasetNotFoundError, FilterError


def test_unknown_name_suggests_close_matches_and_list_datasets():
    with pytest.raises(DatasetNotFoundError) as caught:
        kzdata.load("wage")
    assert str(caught.value) == (
        "There is no dataset called 'wage'. Did you mean 'wages'? "
        "Run kzdata.list_datasets() to see every dataset name."
    )


def test_unknown_name_without_close_match():
    with pytest.raises(DatasetNotFoundError) as caught:
        kzdata.info("penguins")
    assert str(caught.value) == (
        "There is no dataset called 'penguins'. "
        "Run kzdata.list_datasets() to see every dataset name."
    )


def test_name_that_is_not_text():
    with pytest.raises(DatasetNotFoundError) as caught:
        kzdata.cite(3)
    assert str(caught.value) == (
        "A dataset name must be text, like 'wages', but you gave int 3. "
        "See the names with kzdata.list_datasets()."
    )


def test_dataset_not_found_is_a_key_error_for_generic_handlers():
    with pytest.raises(KeyError):
        kzdata.load("nothing_like_this")


def test_names_are_forgiving_about_case_and_dashes():
    assert len(kzdata.load("ISCO-major-groups")) == len(kzdata.load("isco_major_groups"))


def test_filter_on_a_missing_column_names_it_and_suggests():
    with pytest.raises(FilterError) as caught:
        kzdata.load("isco_major_groups", label_eng="Managers")
    message = str(caught.value)
    assert message.startswith(
        "kzdata.load('isco_major_groups', label_eng=...): the dataset has no column "
        "'label_eng'. Did you mean 'label_en'"
    )
    assert "Its columns are: isco08_major_group, label_en," in message


def test_filter_on_a_value_that_never_occurs_lists_allowed_values():
    with pytest.raises(FilterError) as caught:
        kzdata.load("isco_major_groups", isco08_major_group="10")
    assert str(caught.value) == (
        "kzdata.load('isco_major_groups', isco08_major_group=...): no row has "
        "isco08_major_group = '10'. The column's allowed values: "
        "'0', '1', '2', '3', '4', '5', '6', '7', '8', '9'."
    )


def test_numeric_filter_outside_the_data_gives_the_range():
    with pytest.raises(FilterError) as caught:
        kzdata.load("unemployment_by_region", year=2035)
    message = str(caught.value)
    assert "no row has year = 2035" in message
    assert "values from 2001 to 2022" in message


def test_empty_list_filter_is_refused():
    with pytest.raises(FilterError, match=r"the list of values is empty"):
        kzdata.load("isco_major_groups", isco08_major_group=[])


def test_filters_keep_matching_rows_only():
    rows = kzdata.load("isco_major_groups", isco08_major_group=["1", "4"])
    assert sorted(rows["isco08_major_group"]) == ["1", "4"]
    assert list(rows.index) == [0, 1]


def test_filter_errors_are_value_errors_for_generic_handlers():
    with pytest.raises(ValueError):
        kzdata.load("isco_major_groups", nonsense=1)
