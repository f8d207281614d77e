"""Notifications: rows written with the event (the outbox), pushed over Channels, emailed."""
