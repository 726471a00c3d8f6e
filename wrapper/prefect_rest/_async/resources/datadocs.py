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

from typing import Any

from prefect_rest._async.core import ClientCore
from prefect_rest._core.arguments import as_bool
from prefect_rest._core.datadocs import (
    MAX_DEPTH,
    as_document,
    decode_blob,
)


class DataDocumentsMixin(ClientCore):
    async def resolve_datadoc(self, datadoc: Any, *, allow_pickle: bool = False) -> Any:
        """Decode a data document, and the documents it contains in turn; the innermost data.

        A decoded value that is itself a document (an object with ``.encoding`` and
        ``.blob``, a dict of exactly those two keys, or bytes holding one as JSON) is decoded
        too. Encodings: ``json``, ``text``; ``blockstorage`` gives ``{"data": ...,
        "block_document_id": UUID | None}``; ``result`` and ``package-manifest`` give their
        JSON description as a dict (a result's data itself lives in its storage block, which
        this client does not read); ``pickle`` and ``cloudpickle`` only with `allow_pickle`.
        Unlike Prefect 2's, this method sends no request.

        Args:
            datadoc: A dict ``{"encoding": ..., "blob": ...}`` or an object with
                ``.encoding`` and ``.blob`` (such as Prefect 2's ``DataDocument``).
            allow_pickle: Decode pickles. Unpickling runs code of the blob author's choosing:
                only for documents from a source you trust.

        Returns:
            The innermost decoded value.

        Raises:
            TypeError: A `datadoc` that is not a data document, or an `allow_pickle` that is
                not a bool.
            ValueError: An unknown encoding, a blob that does not decode, a pickle without
                `allow_pickle`, an ``orion`` document (its data lived in a server API that no
                longer exists), or documents nested more than 100 deep.
        """
        allow_pickle = as_bool(allow_pickle, "allow_pickle")
        document = as_document(datadoc)
        if document is None:
            raise TypeError(
                f"resolve_datadoc() received invalid type {type(datadoc).__name__}: expected "
                "a data document (a dict with 'encoding' and 'blob', or an object with "
                "those attributes)"
            )
        value: Any = document
        for _ in range(MAX_DEPTH):
            encoding, blob = value
            value = decode_blob(encoding, blob, allow_pickle=allow_pickle)
            nested = as_document(value, strict=True)
            if nested is None:
                return value
            value = nested
        raise ValueError(f"resolve_datadoc(): documents nested more than {MAX_DEPTH} deep")
