"""Deadlines: the working-day calendar, parsing due texts, and deadline status (pure rules)."""
