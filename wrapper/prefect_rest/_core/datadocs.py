"""Prefect 2 data documents: recognising and decoding them, no I/O.

Shared by the async client and its generated sync twin: one copy, the same types.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable, Mapping
from typing import Any
from uuid import UUID

# A decoded document that decodes to itself (possible with pickles) must not loop forever.
MAX_DEPTH = 100


PICKLE_ENCODINGS = frozenset({"cloudpickle", "pickle"})


def as_document(value: Any, *, strict: bool = False) -> tuple[str, bytes] | None:
    """(encoding, blob) if `value` is a data document, else None.

    `strict` is for decoded values: a dict counts only with exactly the two keys, and
    bytes count when they hold such a dict as JSON (Prefect 2 did the same for bytes).
    """
    if isinstance(value, bytes) and strict:
        try:
            parsed = json.loads(value)
        except (ValueError, UnicodeDecodeError):
            return None
        return as_document(parsed, strict=True)
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


def decode_blob(encoding: str, blob: bytes, *, allow_pickle: bool) -> Any:
    decoder = DECODERS.get(encoding)
    if decoder is None:
        if encoding in PICKLE_ENCODINGS:
            return _unpickle(encoding, blob, allow_pickle=allow_pickle)
        if encoding == "orion":
            raise ValueError(
                "data document encoding 'orion': its data lived in Prefect 2's /data API, "
                "which no server provides any more"
            )
        known = sorted([*DECODERS, *PICKLE_ENCODINGS])
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


def json_object(blob: bytes) -> dict[str, Any]:
    value = json.loads(blob.decode())
    if not isinstance(value, dict):
        raise TypeError(f"expected a JSON object, got {type(value).__name__}")
    return value


def block_storage(blob: bytes) -> dict[str, Any]:
    stored = json_object(blob)
    # Documents written before Prefect 2.0b6 call the block id "block_id".
    block_id = stored.get("block_document_id") or stored.get("block_id")
    return {
        "data": json.loads(stored["data"]),
        "block_document_id": UUID(block_id) if block_id is not None else None,
    }


DECODERS: dict[str, Callable[[bytes], Any]] = {
    "json": _json,
    "text": _text,
    "blockstorage": block_storage,
    "result": json_object,
    "package-manifest": json_object,
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
