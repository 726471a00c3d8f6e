# Generated from openapi.json by `make generate`. Do not edit by hand.
"""Graph"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING
from uuid import UUID

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

if TYPE_CHECKING:
    from .graph_artifact import GraphArtifact
    from .graph_state import GraphState
    from .node import Node


class Graph(Model):
    """Graph

    Attributes:
        start_time: Start Time
        end_time: End Time
        root_node_ids: Root Node Ids
        nodes: Nodes
        artifacts: Artifacts
        states: States
    """

    start_time: datetime.datetime | None = _field(_k.Nullable(_k.DATETIME))
    end_time: datetime.datetime | None = _field(_k.Nullable(_k.DATETIME))
    root_node_ids: list[UUID] = _field(_k.ListKind(_k.UUID))
    nodes: list[tuple[UUID, Node]] = _field(
        _k.ListKind(_k.TupleKind(_k.UUID, _k.ModelKind("prefect_api.models.node:Node")))
    )
    artifacts: list[GraphArtifact] = _field(
        _k.ListKind(_k.ModelKind("prefect_api.models.graph_artifact:GraphArtifact"))
    )
    states: list[GraphState] = _field(_k.ListKind(_k.ModelKind("prefect_api.models.graph_state:GraphState")))
