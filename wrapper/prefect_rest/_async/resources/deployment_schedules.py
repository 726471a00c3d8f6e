"""Deployment schedules and scheduled runs across deployments."""

from __future__ import annotations

from prefect_rest._async.core import ClientCore


class DeploymentSchedulesMixin(ClientCore):
    pass
