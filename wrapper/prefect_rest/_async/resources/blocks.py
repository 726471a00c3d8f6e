"""Blocks: block types, block schemas and block documents."""

from __future__ import annotations

from prefect_rest._async.core import ClientCore


class BlocksMixin(ClientCore):
    pass
