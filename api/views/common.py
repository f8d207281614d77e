"""What every API view shares: the documented error responses."""

from drf_spectacular.utils import OpenApiResponse

from api.errors import ErrorSerializer


def errors(*codes: int) -> dict:
    """OpenAPI responses for the given error statuses (401 is always possible; 415 goes with 400)."""
    text = {
        400: "Bad input: `field_errors` names the fields.",
        401: "Not authenticated.",
        403: "Not allowed: `detail` says why.",
        404: "No such object, or not visible to you (for a list: no such page).",
        409: "Changed meanwhile (`stale`) or not possible in its state (`invalid_state`).",
        415: "The body's media type is not one this endpoint reads, or its multipart body cannot be read.",
    }
    if 400 in codes:  # an endpoint that validates a body can also be sent one it cannot parse
        codes = (*codes, 415)
    return {code: OpenApiResponse(ErrorSerializer, description=text[code]) for code in sorted({401, *codes})}
