"""Prefect 2 data documents: decode nested {encoding, blob} documents."""

from __future__ import annotations

from prefect_rest._async.core import ClientCore


class DataDocumentsMixin(ClientCore):
    pass
