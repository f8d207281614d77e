"""Accounts: login throttling, password change and reset, two-step login, idle sessions."""
