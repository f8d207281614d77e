"""API views, one module per resource; they call engine selectors and services only."""
