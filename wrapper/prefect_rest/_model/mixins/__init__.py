"""Behaviour Prefect's classes have beyond their fields, attached to generated models by
`generator/overrides.toml` ([models.mixins]). Each mixin reaches the model's fields as
attributes; none imports generated models at import time (they import it)."""
