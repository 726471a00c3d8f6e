"""Automations: create, read, update, pause/resume, delete."""

from __future__ import annotations

from prefect_rest._async.core import ClientCore


class AutomationsMixin(ClientCore):
    pass
