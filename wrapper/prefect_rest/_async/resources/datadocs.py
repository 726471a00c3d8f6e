"""Prefect 2 data documents: decode nested {encoding, blob} documents.

Prefect 2 stored results, parameters and manifests as data documents: an ``encoding``
name and a ``blob`` of bytes (a str in JSON). Prefect 3 no longer makes them, but they
turn up in data carried over from Prefect 2. Decoding is local: no request is sent.

Encodings (Prefect 2's registered serializers):

* ``json``: the JSON value; ``text``: the str.
* ``blockstorage``: ``{"data": <JSON value>, "block_document_id": UUID | None}``.
* ``result``, ``package-manifest``: the JSON object describing the result reference
  (its storage key and block) or the package manifest, as a dict. Reading a result's
  data from that storage needs the storage block's file system, which is Prefect's
  business, not a REST client's.
* ``cloudpickle``, ``pickle``: base64-encoded pickles. Unpickling runs code chosen by
  whoever wrote the blob, so these are refused unless ``allow_pickle=True``.
* ``orion``: data kept by Prefect 2's early ``/data`` API, which no server serves any
  more: refused with a ValueError.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable, Mapping
from typing import Any
from uuid import UUID

from prefect_rest._async.core import ClientCore

# A decoded document that decodes to itself (possible with pickles) must not loop forever.
_MAX_DEPTH = 100
_PICKLE_ENCODINGS = frozenset({"cloudpickle", "pickle"})


class DataDocumentsMixin(ClientCore):
    async def resolve_datadoc(self, datadoc: Any, *, allow_pickle: bool = False) -> Any:
        """Decode a data document, and the documents it contains in turn; the innermost data.

        `datadoc` is a dict ``{"encoding": ..., "blob": ...}`` or an object with
        ``.encoding`` and ``.blob`` (such as Prefect 2's ``DataDocument``); a decoded
        value that is itself a document (such an object, a dict of exactly those two
        keys, or bytes holding one as JSON) is decoded too. Encodings: ``json``, ``text``;
        ``blockstorage`` gives ``{"data": ..., "block_document_id": UUID | None}``;
        ``result`` and ``package-manifest`` give their JSON description as a dict (a
        result's data itself lives in its storage block, which this client does not read);
        ``pickle`` and ``cloudpickle`` only with ``allow_pickle=True`` (unpickling runs
        code of the blob author's choosing: only for documents from a source you trust).

        Raises TypeError if `datadoc` is not a document; ValueError for an unknown
        encoding, a blob that does not decode, a pickle without ``allow_pickle``, or an
        ``orion`` document (its data lived in a server API that no longer exists).
        Unlike Prefect 2's, this method sends no request.
        """
        document = _as_document(datadoc)
        if document is None:
            raise TypeError(
                f"resolve_datadoc() received invalid type {type(datadoc).__name__}: expected "
                "a data document (a dict with 'encoding' and 'blob', or an object with "
                "those attributes)"
            )
        value: Any = document
        for _ in range(_MAX_DEPTH):
            encoding, blob = value
            value = _decode(encoding, blob, allow_pickle=allow_pickle)
            nested = _as_document(value, strict=True)
            if nested is None:
                return value
            value = nested
        raise ValueError(f"resolve_datadoc(): documents nested more than {_MAX_DEPTH} deep")


def _as_document(value: Any, *, strict: bool = False) -> tuple[str, bytes] | None:
    """(encoding, blob) if `value` is a data document, else None.

    `strict` is for decoded values: a dict counts only with exactly the two keys, and
    bytes count when they hold such a dict as JSON (Prefect 2 did the same for bytes).
    """
    if isinstance(value, bytes) and strict:
        try:
            parsed = json.loads(value)
        except (ValueError, UnicodeDecodeError):
            return None
        return _as_document(parsed, strict=True)
    if isinstance(value, Mapping):
        if strict and set(value) != {"encoding", "blob"}:
            return None
        encoding, blob = value.get("encoding"), value.get("blob")
    elif hasattr(value, "encoding") and hasattr(value, "blob") and not isinstance(value, str):
        encoding, blob = value.encoding, value.blob
    else:
        return None
    if not isinstance(encoding, str) or not isinstance(blob, (str, bytes)):
        return None
    return encoding, blob.encode() if isinstance(blob, str) else blob


def _decode(encoding: str, blob: bytes, *, allow_pickle: bool) -> Any:
    decoder = _DECODERS.get(encoding)
    if decoder is None:
        if encoding in _PICKLE_ENCODINGS:
            return _unpickle(encoding, blob, allow_pickle=allow_pickle)
        if encoding == "orion":
            raise ValueError(
                "data document encoding 'orion': its data lived in Prefect 2's /data API, "
                "which no server provides any more"
            )
        known = sorted([*_DECODERS, *_PICKLE_ENCODINGS])
        raise ValueError(f"unknown data document encoding {encoding!r} (known: {', '.join(known)})")
    try:
        return decoder(blob)
    except (ValueError, UnicodeDecodeError, KeyError, TypeError) as error:
        raise ValueError(
            f"data document with encoding {encoding!r} does not decode: {error}"
        ) from error


def _text(blob: bytes) -> str:
    return blob.decode()


def _json(blob: bytes) -> Any:
    return json.loads(blob.decode())


def _json_object(blob: bytes) -> dict[str, Any]:
    value = json.loads(blob.decode())
    if not isinstance(value, dict):
        raise TypeError(f"expected a JSON object, got {type(value).__name__}")
    return value


def _block_storage(blob: bytes) -> dict[str, Any]:
    stored = _json_object(blob)
    # Documents written before Prefect 2.0b6 call the block id "block_id".
    block_id = stored.get("block_document_id") or stored.get("block_id")
    return {
        "data": json.loads(stored["data"]),
        "block_document_id": UUID(block_id) if block_id is not None else None,
    }


_DECODERS: dict[str, Callable[[bytes], Any]] = {
    "json": _json,
    "text": _text,
    "blockstorage": _block_storage,
    "result": _json_object,
    "package-manifest": _json_object,
}


def _unpickle(encoding: str, blob: bytes, *, allow_pickle: bool) -> Any:
    if not allow_pickle:
        raise ValueError(
            f"data document encoding {encoding!r} is a pickle: unpickling runs whatever code "
            "its author chose. Pass allow_pickle=True only for documents you trust."
        )
    import pickle  # only for callers who opted in

    try:
        raw = base64.decodebytes(blob)
    except binascii.Error as error:
        raise ValueError(
            f"data document with encoding {encoding!r} is not base64: {error}"
        ) from error
    try:
        # A cloudpickle stream is a standard pickle: the stdlib loads it, importing
        # cloudpickle itself only when the stream holds functions or classes by value.
        return pickle.loads(raw)  # the caller passed allow_pickle=True
    except ModuleNotFoundError as error:
        if error.name and error.name.split(".")[0] == "cloudpickle":
            raise ValueError(
                f"data document with encoding {encoding!r} needs the cloudpickle package "
                "to load: pip install cloudpickle"
            ) from error
        raise
    except (pickle.UnpicklingError, EOFError) as error:
        raise ValueError(
            f"data document with encoding {encoding!r} does not unpickle: {error}"
        ) from error
