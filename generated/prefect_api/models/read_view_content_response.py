# Generated from openapi.json by `make generate`. Do not edit by hand.
"""ReadViewContentResponse"""

from __future__ import annotations

from prefect_rest._model import JSONDict


class ReadViewContentResponse(JSONDict):
    """ReadViewContentResponse"""
