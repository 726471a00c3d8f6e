"""CSRF token bookkeeping for servers that enforce it (PREFECT_SERVER_CSRF_PROTECTION_ENABLED)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import httpx

from prefect_rest.exceptions import ResponseValidationError

WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
TOKEN_HEADER = "Prefect-Csrf-Token"
CLIENT_HEADER = "Prefect-Csrf-Client"
# Refresh a little before the server's expiry so a token never lapses in flight.
EXPIRY_MARGIN = timedelta(seconds=30)


@dataclass
class CsrfState:
    """What one client knows about the server's CSRF tokens.

    `enabled` is None until the server has told us, False once it said CSRF is off.
    """

    enabled: bool | None = None
    token: str | None = field(default=None, repr=False)
    expiration: datetime | None = None
    client_id: str = field(default_factory=lambda: str(uuid.uuid4()))

    def needs_token(self, method: str, now: datetime | None = None) -> bool:
        if self.enabled is False or method.upper() not in WRITE_METHODS:
            return False
        if self.token is None or self.expiration is None:
            return True
        return (now or datetime.now(UTC)) >= self.expiration - EXPIRY_MARGIN

    def accept(self, response: httpx.Response) -> bool:
        """Take the answer of GET /csrf-token; False if it is an error to raise."""
        if response.status_code == 422 and "disabled" in response.text.lower():
            self.enabled, self.token, self.expiration = False, None, None
            return True
        if response.status_code == 404:
            # A server too old to have the route cannot enforce CSRF.
            self.enabled = False
            return True
        if not response.is_success:
            return False
        try:
            body = response.json()
            token, expiration = body["token"], datetime.fromisoformat(body["expiration"])
            if not isinstance(token, str):
                raise TypeError(f"token is {type(token).__name__}, not str")
        except (KeyError, TypeError, ValueError) as error:
            raise ResponseValidationError(response, error) from error
        if expiration.tzinfo is None:
            expiration = expiration.replace(tzinfo=UTC)
        self.enabled, self.token, self.expiration = True, token, expiration
        return True

    def invalidate(self) -> None:
        self.token, self.expiration = None, None

    def headers(self, method: str) -> dict[str, str]:
        if self.enabled and self.token and method.upper() in WRITE_METHODS:
            return {TOKEN_HEADER: self.token, CLIENT_HEADER: self.client_id}
        return {}


def is_csrf_rejection(response: httpx.Response) -> bool:
    return response.status_code == 403 and "csrf" in response.text.lower()
