"""PrefectClient and SyncPrefectClient expose the same methods with the same signatures.

The sync twin is generated from the async source (generator/unasync.py); this guards that
guarantee for every method later issues add.
"""

from __future__ import annotations

import inspect
import re

from prefect_rest import PrefectClient, SyncPrefectClient

ASYNC_TO_SYNC = [
    (r"\bAsyncIterator\b", "Iterator"),
    (r"\bPrefectClient\b", "SyncPrefectClient"),
]


def public_methods(cls: type) -> dict[str, inspect.Signature]:
    return {
        name: inspect.signature(member)
        for name, member in inspect.getmembers(cls, callable)
        if not name.startswith("_")
    }


def as_sync(signature: inspect.Signature) -> str:
    text = str(signature)
    for pattern, replacement in ASYNC_TO_SYNC:
        text = re.sub(pattern, replacement, text)
    return text


def test_same_public_methods() -> None:
    ours, theirs = public_methods(PrefectClient), public_methods(SyncPrefectClient)
    assert sorted(ours) == sorted(theirs)
    assert len(ours) >= 15, "the client lost its methods"


def test_same_signatures() -> None:
    sync = public_methods(SyncPrefectClient)
    mismatched = {
        name: (as_sync(sig), str(sync[name]))
        for name, sig in public_methods(PrefectClient).items()
        if as_sync(sig) != str(sync[name])
    }
    assert mismatched == {}


def test_async_methods_are_coroutines_and_sync_ones_are_not() -> None:
    for name, member in inspect.getmembers(PrefectClient, inspect.isfunction):
        if name.startswith("_") or name in {"client_version"}:
            continue
        is_async = inspect.iscoroutinefunction(member) or inspect.isasyncgenfunction(member)
        assert is_async, f"PrefectClient.{name} is not async"
        twin = getattr(SyncPrefectClient, name)
        assert not inspect.iscoroutinefunction(twin), f"SyncPrefectClient.{name} is async"
