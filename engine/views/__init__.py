"""Server-rendered pages (Django templates + htmx) over the engine's selectors and services."""
