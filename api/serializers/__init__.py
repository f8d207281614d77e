"""Serializers of the API, one module per resource."""

# The largest id the database holds (a bigint): larger ids are bad input, not a server error.
MAX_ID = 2**63 - 1
