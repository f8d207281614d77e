"""Write paths: the only code that changes domain state, one module per kind of change."""
