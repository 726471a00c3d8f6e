"""The benchmark suite behind `make bench`: prefect-rest side by side with Prefect's own
client and raw httpx, measured in one run. Entry point: ``python -m bench.run``."""
