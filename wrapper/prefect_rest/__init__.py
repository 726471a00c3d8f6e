"""prefect-rest: a fast, typed async and sync client for the Prefect REST API."""

__version__ = "0.1.0"
