"""The shared argument checks every resource method uses."""

from __future__ import annotations

from uuid import UUID

import pytest

from prefect_api.models import FlowCreate
from prefect_rest._core.arguments import as_model, as_uuid, path_segment, str_list, tag_list

ID = UUID("11111111-1111-4111-8111-111111111111")


def test_as_uuid() -> None:
    assert as_uuid(ID, "x") is ID
    assert as_uuid(str(ID), "x") == ID
    with pytest.raises(ValueError, match=r"Invalid .*ID: nope \(flow_id is not a UUID"):
        as_uuid("nope", "flow_id")
    with pytest.raises(TypeError, match="flow_id must be a UUID, not int"):
        as_uuid(3, "flow_id")


@pytest.mark.parametrize("bad", ["", ".", "..", "a/b"])
def test_path_segment_refuses_what_would_change_the_route(bad: str) -> None:
    with pytest.raises(ValueError, match="cannot be sent in a URL path"):
        path_segment(bad, "name")


def test_path_segment_accepts_names() -> None:
    assert path_segment("my pool %", "name") == "my pool %"
    with pytest.raises(TypeError, match="name must be a str, not NoneType"):
        path_segment(None, "name")


def test_str_list_and_tag_list() -> None:
    assert str_list(("a", "b"), "names") == ["a", "b"]
    assert tag_list(None, "tags") == []
    with pytest.raises(TypeError, match=r"did you mean \['abc'\]"):
        str_list("abc", "names")
    with pytest.raises(TypeError, match="names must contain strings, found int"):
        str_list(["a", 1], "names")
    with pytest.raises(TypeError, match="not int"):
        str_list(5, "names")


def test_as_model_takes_the_model_a_dict_or_a_pydantic_model() -> None:
    model = FlowCreate(name="f")
    assert as_model(model, FlowCreate, "flow") is model
    assert as_model({"name": "g"}, FlowCreate, "flow").name == "g"

    class Pydantic:
        def model_dump(self, mode: str) -> dict[str, object]:
            assert mode == "json"
            return {"name": "h"}

    assert as_model(Pydantic(), FlowCreate, "flow").name == "h"
    with pytest.raises(TypeError, match=r"flow: FlowCreate: missing required field.*'name'"):
        as_model({}, FlowCreate, "flow")
    with pytest.raises(TypeError, match="flow: FlowCreate: expected a FlowCreate, a dict of its"):
        as_model("f", FlowCreate, "flow")
