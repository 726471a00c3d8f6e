"""Locks for the async client and its sync twin (generator/unasync.py maps one to the other)."""

from __future__ import annotations

import asyncio
import threading


def new_async_lock() -> asyncio.Lock:
    return asyncio.Lock()


def new_sync_lock() -> threading.Lock:
    return threading.Lock()
