"""Management commands of the flows app."""
