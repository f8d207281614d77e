"""Fault and abuse tests: hostile input, killed processes, outages."""
