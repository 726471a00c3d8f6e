# Generated from openapi.json by `make generate`. Do not edit by hand.
"""Where this package came from: the server and spec it was generated from."""

PREFECT_VERSION = "3.8.8"
API_VERSION = "0.8.4"
OPENAPI_SHA256 = "0c7f3cc84e2b20ec895b8a68c5d5543afc6ff78efd23573277295c9becbd18f6"
OPERATION_COUNT = 187
