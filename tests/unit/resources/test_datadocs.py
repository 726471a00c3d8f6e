"""resolve_datadoc: Prefect 2 data documents decoded locally, pickles only when allowed."""

from __future__ import annotations

import base64
import json
import pickle
import sys
from dataclasses import dataclass
from typing import Any
from uuid import UUID

import pytest

from prefect_rest import PrefectClient, SyncPrefectClient

BLOCK_ID = UUID("55555555-5555-4555-8555-555555555555")


def doc(encoding: str, blob: str | bytes) -> dict[str, Any]:
    return {"encoding": encoding, "blob": blob}


def json_doc(value: Any) -> dict[str, Any]:
    return doc("json", json.dumps(value))


def pickled(value: Any, *, dumps: Any = pickle.dumps) -> str:
    # Prefect 2's pickle serializers base64-encoded the pickle so it fits in JSON.
    return base64.encodebytes(dumps(value)).decode()


@dataclass
class DataDocument:  # the shape of Prefect 2's DataDocument: encoding and blob attributes
    encoding: str
    blob: bytes


async def test_json_and_text(client: PrefectClient) -> None:
    assert await client.resolve_datadoc(json_doc({"a": [1, 2.5, None]})) == {"a": [1, 2.5, None]}
    assert await client.resolve_datadoc(doc("text", "héllo")) == "héllo"
    assert await client.resolve_datadoc(doc("text", "héllo".encode())) == "héllo"


async def test_object_with_encoding_and_blob(client: PrefectClient) -> None:
    assert await client.resolve_datadoc(DataDocument("json", b"[1, 2]")) == [1, 2]


async def test_nested_documents_are_decoded_to_the_innermost_data(client: PrefectClient) -> None:
    innermost = doc("text", "deep")
    as_dict = json_doc(json_doc(innermost))  # json -> json -> text
    assert await client.resolve_datadoc(as_dict) == "deep"
    # A document whose decoded value is the JSON of another, as bytes (Prefect 2's case).
    as_bytes = DataDocument("json", json.dumps(json.dumps(innermost)).encode())
    assert await client.resolve_datadoc(as_bytes) == json.dumps(innermost)  # a str: not bytes
    wrapped = DataDocument("text", json.dumps(innermost).encode())
    assert await client.resolve_datadoc(wrapped) == json.dumps(innermost)


async def test_decoded_bytes_holding_a_document_are_decoded(client: PrefectClient) -> None:
    inner = json.dumps(doc("text", "from bytes")).encode()
    outer = doc("pickle", pickled(inner))
    assert await client.resolve_datadoc(outer, allow_pickle=True) == "from bytes"
    # bytes that are not a document are the data
    plain = doc("pickle", pickled(b"\x00raw"))
    assert await client.resolve_datadoc(plain, allow_pickle=True) == b"\x00raw"


async def test_a_dict_with_other_keys_is_data_not_a_document(client: PrefectClient) -> None:
    value = {"encoding": "json", "blob": "1", "extra": True}
    assert await client.resolve_datadoc(json_doc(value)) == value


async def test_blockstorage(client: PrefectClient) -> None:
    blob = json.dumps({"data": json.dumps({"path": "/x"}), "block_document_id": str(BLOCK_ID)})
    assert await client.resolve_datadoc(doc("blockstorage", blob)) == {
        "data": {"path": "/x"},
        "block_document_id": BLOCK_ID,
    }
    # Documents from before Prefect 2.0b6 call the id "block_id"; it may also be absent.
    old = json.dumps({"data": "1", "block_id": str(BLOCK_ID)})
    assert (await client.resolve_datadoc(doc("blockstorage", old)))["block_document_id"] == BLOCK_ID
    none = json.dumps({"data": "null", "block_document_id": None})
    assert await client.resolve_datadoc(doc("blockstorage", none)) == {
        "data": None,
        "block_document_id": None,
    }


async def test_result_and_manifest_are_their_json_description(client: PrefectClient) -> None:
    reference = {"key": "abc123", "filesystem_document_id": str(BLOCK_ID)}
    assert await client.resolve_datadoc(doc("result", json.dumps(reference))) == reference
    manifest = {"type": "docker", "image": "x"}
    assert await client.resolve_datadoc(doc("package-manifest", json.dumps(manifest))) == manifest


@pytest.mark.parametrize("encoding", ["pickle", "cloudpickle"])
async def test_pickles_are_refused_by_default(client: PrefectClient, encoding: str) -> None:
    with pytest.raises(ValueError, match=f"{encoding!r} is a pickle.*allow_pickle=True"):
        await client.resolve_datadoc(doc(encoding, pickled({"x": 1})))


async def test_pickle_inside_a_json_document_is_refused_too(client: PrefectClient) -> None:
    with pytest.raises(ValueError, match="allow_pickle"):
        await client.resolve_datadoc(json_doc(doc("pickle", pickled(1))))


async def test_pickle_when_allowed(client: PrefectClient) -> None:
    value = {"x": (1, 2), "when": UUID(int=3)}
    assert await client.resolve_datadoc(doc("pickle", pickled(value)), allow_pickle=True) == value


async def test_cloudpickle_when_allowed(client: PrefectClient) -> None:
    cloudpickle = pytest.importorskip("cloudpickle")
    blob = pickled(lambda x: x + 1, dumps=cloudpickle.dumps)  # a function, by value
    function = await client.resolve_datadoc(doc("cloudpickle", blob), allow_pickle=True)
    assert function(41) == 42


async def test_cloudpickle_blob_without_cloudpickle_is_a_clear_error(
    client: PrefectClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    cloudpickle = pytest.importorskip("cloudpickle")
    blob = pickled(lambda x: x, dumps=cloudpickle.dumps)
    for name in [name for name in sys.modules if name.split(".")[0] == "cloudpickle"]:
        monkeypatch.setitem(sys.modules, name, None)  # importing it now fails
    with pytest.raises(ValueError, match="needs the cloudpickle package"):
        await client.resolve_datadoc(doc("cloudpickle", blob), allow_pickle=True)


async def test_plain_data_in_a_cloudpickle_blob_needs_only_the_stdlib(
    client: PrefectClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    cloudpickle = pytest.importorskip("cloudpickle")
    blob = pickled({"rows": [1, 2]}, dumps=cloudpickle.dumps)
    monkeypatch.setitem(sys.modules, "cloudpickle", None)
    decoded = await client.resolve_datadoc(doc("cloudpickle", blob), allow_pickle=True)
    assert decoded == {"rows": [1, 2]}


@pytest.mark.parametrize(
    ("document", "message"),
    [
        (doc("yaml", "a: 1"), "unknown data document encoding 'yaml'"),
        (doc("orion", "{}"), "'orion'.*no server provides"),
        (doc("json", "{not json"), "encoding 'json' does not decode"),
        (doc("text", b"\xff\xfe"), "encoding 'text' does not decode"),
        (doc("blockstorage", "[1]"), "encoding 'blockstorage' does not decode"),
        (doc("blockstorage", '{"block_document_id": null}'), "'blockstorage' does not decode"),
        (doc("result", '"just a string"'), "encoding 'result' does not decode"),
    ],
)
async def test_undecodable_documents(client: PrefectClient, document: Any, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        await client.resolve_datadoc(document)


async def test_bad_pickles_are_value_errors(client: PrefectClient) -> None:
    truncated = base64.encodebytes(pickle.dumps([1, 2, 3])[:-3])
    with pytest.raises(ValueError, match="does not unpickle"):
        await client.resolve_datadoc(doc("pickle", truncated), allow_pickle=True)
    with pytest.raises(ValueError, match="is not base64"):
        await client.resolve_datadoc(doc("pickle", "abc"), allow_pickle=True)


@pytest.mark.parametrize(
    ("value", "type_name"),
    [
        ("text", "str"),
        (b'{"encoding": "json", "blob": "1"}', "bytes"),
        ({"encoding": "json"}, "dict"),
        ({"encoding": 1, "blob": "1"}, "dict"),
        (None, "NoneType"),
        (42, "int"),
    ],
)
async def test_not_a_document_is_a_type_error(
    client: PrefectClient, value: Any, type_name: str
) -> None:
    with pytest.raises(TypeError, match=f"received invalid type {type_name}"):
        await client.resolve_datadoc(value)


class Loop:
    """A document whose pickle decodes to another one of itself."""

    encoding = "pickle"

    @property
    def blob(self) -> bytes:
        return base64.encodebytes(pickle.dumps(Loop()))


async def test_a_document_that_decodes_to_itself_stops(client: PrefectClient) -> None:
    with pytest.raises(ValueError, match="nested more than 100 deep"):
        await client.resolve_datadoc(Loop(), allow_pickle=True)


def test_sync_twin(sync_client: SyncPrefectClient) -> None:
    assert sync_client.resolve_datadoc(json_doc(doc("text", "sync"))) == "sync"
    with pytest.raises(ValueError, match="allow_pickle"):
        sync_client.resolve_datadoc(doc("pickle", pickled(1)))
