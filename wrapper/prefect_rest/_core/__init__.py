"""I/O-free logic shared by the async client and its generated sync twin."""
