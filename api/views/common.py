"""What every API view shares: the documented error responses."""

from drf_spectacular.utils import OpenApiResponse

from api.errors import ErrorSerializer


def errors(*codes: int) -> dict:
    """OpenAPI responses for the given error statuses (401 is always possible)."""
    text = {
        400: "Bad input: `field_errors` names the fields.",
        401: "Not authenticated.",
        403: "Not allowed: `detail` says why.",
        404: "No such object, or not visible to you (for a list: no such page).",
        409: "Changed meanwhile (`stale`) or not possible in its state (`invalid_state`).",
        415: "The body's Content-Type is missing or not one the operation reads.",
    }
    return {code: OpenApiResponse(ErrorSerializer, description=text[code]) for code in sorted({401, *codes})}
