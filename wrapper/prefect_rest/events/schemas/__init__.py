"""Event and automation schemas, as ``prefect.events.schemas`` names them."""
