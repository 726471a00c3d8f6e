# Generated from openapi.json by `make generate`. Do not edit by hand.
"""UpdateFlowRunLabelsBody: The labels to update"""

from __future__ import annotations

from prefect_rest._model import JSONDict


class UpdateFlowRunLabelsBody(JSONDict):
    """The labels to update"""
