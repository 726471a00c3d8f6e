# Generated from openapi.json by `make generate`. Do not edit by hand.
"""Node"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING
from uuid import UUID

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

from .node_kind import NodeKind
from .state_type import StateType

if TYPE_CHECKING:
    from .edge import Edge
    from .graph_artifact import GraphArtifact


class Node(Model):
    """Node

    Attributes:
        kind: Kind
        id: Id
        label: Label
        state_type: state type
        start_time: Start Time
        end_time: End Time
        parents: Parents
        children: Children
        encapsulating: Encapsulating
        artifacts: Artifacts
    """

    kind: NodeKind = _field(_k.EnumKind(NodeKind))
    id: UUID = _field(_k.UUID)
    label: str = _field(_k.STR)
    state_type: StateType = _field(_k.EnumKind(StateType))
    start_time: datetime.datetime = _field(_k.DATETIME)
    end_time: datetime.datetime | None = _field(_k.Nullable(_k.DATETIME))
    parents: list[Edge] = _field(_k.ListKind(_k.ModelKind("prefect_api.models.edge:Edge")))
    children: list[Edge] = _field(_k.ListKind(_k.ModelKind("prefect_api.models.edge:Edge")))
    encapsulating: list[Edge] = _field(_k.ListKind(_k.ModelKind("prefect_api.models.edge:Edge")))
    artifacts: list[GraphArtifact] = _field(
        _k.ListKind(_k.ModelKind("prefect_api.models.graph_artifact:GraphArtifact"))
    )
