"""The async client: the single source the sync twin in _sync/ is generated from."""
