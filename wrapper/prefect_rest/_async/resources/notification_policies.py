"""Prefect 2's flow-run notification policies, kept on Prefect 3 automations."""

from __future__ import annotations

from prefect_rest._async.resources.automations import AutomationsMixin


class NotificationPoliciesMixin(AutomationsMixin):
    pass
