"""The REST API (/api/v1/) over the engine's services and selectors, for e-office systems and scripts."""
