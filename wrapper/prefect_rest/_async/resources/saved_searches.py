"""Saved searches (UI filters): create, read, filter, delete."""

from __future__ import annotations

from prefect_rest._async.core import ClientCore


class SavedSearchesMixin(ClientCore):
    pass
