"""Deployments: create, update, read, filter, delete, pause/resume, schedules."""

from __future__ import annotations

from prefect_rest._async.core import ClientCore


class DeploymentsMixin(ClientCore):
    pass
