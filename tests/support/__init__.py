"""Reusable test helpers: real Prefect servers (in-process and as a uvicorn subprocess)."""
