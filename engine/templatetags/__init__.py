"""Template tags and filters of the engine's pages."""
