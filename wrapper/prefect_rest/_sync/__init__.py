# Generated from _async/__init__.py by generator/unasync.py (`make generate`). Do not edit by hand.
"""The async client: the single source the sync twin in _sync/ is generated from."""
