"""The client, in two packages: _async/ is the source; generator/unasync.py writes _sync/."""
