"""The domain: organisations, units, people, programmes, work items and their rules."""
