"""canvas_contract.wire: media types and `parameters[name]` form fields, read as Rails reads them."""

from __future__ import annotations

import pytest

from canvas_contract.wire import form_parameters, media_type, parse_form


def test_media_type_splits_parameters_and_lowers_names() -> None:
    assert media_type('Multipart/Form-Data; Boundary="b1"; charset=utf-8') == (
        "multipart/form-data",
        {"boundary": "b1", "charset": "utf-8"},
    )
    assert media_type(b"application/json") == ("application/json", {})
    assert media_type(None) == ("", {})


def test_form_parameters_reads_scalars_lists_and_ignores_other_fields() -> None:
    fields = [
        ("parameters[users]", "true"),
        ("parameters[enrollment_states][]", "active"),
        ("parameters[enrollment_states][]", "invited"),
        ("parameters[a][b]", "nested: not a report parameter"),
        ("access_token", "t"),
    ]
    assert form_parameters(fields) == ({"users": "true", "enrollment_states": ["active", "invited"]}, True)
    assert form_parameters([("access_token", "t")]) == ({}, False)


def test_parse_form_keeps_flat_keys_for_the_form_schemas() -> None:
    body = b"parameters[users]=true&parameters[x][]=1&parameters[x][]=2"
    assert parse_form(body, "application/x-www-form-urlencoded") == {
        "parameters[users]": "true",
        "parameters[x][]": ["1", "2"],
    }
    multipart = b'--b\r\nContent-Disposition: form-data; name="parameters[users]"\r\n\r\ntrue\r\n--b--\r\n'
    assert parse_form(multipart, "multipart/form-data; boundary=b") == {"parameters[users]": "true"}
    assert parse_form(b"--b--", "multipart/form-data; boundary=b") == {}
    with pytest.raises(ValueError):
        parse_form(b"a=\xff", "application/x-www-form-urlencoded")  # not UTF-8
