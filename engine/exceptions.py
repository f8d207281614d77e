"""Errors the engine raises to its callers, each with a message meant for the user.

Pages show the message; the API maps `status` to the HTTP code (403, 409, 400).
"""


class DomainError(Exception):
    status = 400
    code = "invalid"

    def __init__(self, message: str, *, field_errors: dict[str, list[str]] | None = None):
        super().__init__(str(message))
        self.message = str(message)
        self.field_errors = field_errors or {}


class ActionNotAllowed(DomainError):
    """The actor may not do this to this object."""

    status = 403
    code = "forbidden"


class StaleObject(DomainError):
    """Someone changed the object after the actor loaded it."""

    status = 409
    code = "stale"


class InvalidTransition(DomainError):
    """The object's current state does not allow the action."""

    status = 409
    code = "invalid_state"


class InvalidInput(DomainError):
    """The input is wrong; `field_errors` says which field and why."""

    status = 400
    code = "invalid_input"
