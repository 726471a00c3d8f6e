# Generated from _async/resources/__init__.py by generator/unasync.py (`make generate`). Do not edit by hand.
"""Resource methods: thin mixins over ClientCore, one module per API area."""
