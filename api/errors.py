"""One shape for every API error: {"code", "detail", "field_errors"}; engine errors keep their status.

ActionNotAllowed → 403 with the reason, StaleObject / InvalidTransition → 409,
InvalidInput and serializer errors → 400 naming the fields, unknown objects → 404.
"""

from django.core.exceptions import PermissionDenied
from django.http import Http404, JsonResponse
from django.utils.translation import gettext as _
from django.views.defaults import page_not_found
from rest_framework import exceptions, serializers
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

from engine.exceptions import DomainError


class ErrorSerializer(serializers.Serializer):
    """The body of every error response."""

    code = serializers.CharField(help_text="forbidden, stale, invalid_state, invalid_input, not_found, …")
    detail = serializers.CharField(help_text="What went wrong, for a person to read.")
    field_errors = serializers.DictField(
        child=serializers.ListField(child=serializers.CharField()),
        help_text="For bad input: field name → messages.",
    )


def _flatten(errors, prefix: str = "") -> dict[str, list[str]]:
    """DRF's nested validation errors as {"field" or "field.sub": [messages]}."""
    flat: dict[str, list[str]] = {}
    if isinstance(errors, dict):
        for key, value in errors.items():
            name = f"{prefix}.{key}" if prefix else str(key)
            for field, messages in _flatten(value, name).items():
                flat.setdefault(field, []).extend(messages)
    elif isinstance(errors, list):
        for index, value in enumerate(errors):
            if isinstance(value, dict | list):
                for field, messages in _flatten(value, f"{prefix}.{index}" if prefix else str(index)).items():
                    flat.setdefault(field, []).extend(messages)
            else:
                flat.setdefault(prefix or "non_field_errors", []).append(str(value))
    else:
        flat.setdefault(prefix or "non_field_errors", []).append(str(errors))
    return flat


def _body(code: str, detail: str, field_errors: dict | None = None) -> dict:
    return {"code": code, "detail": detail, "field_errors": field_errors or {}}


def exception_handler(exc, context):
    if isinstance(exc, DomainError):
        return Response(_body(exc.code, exc.message, exc.field_errors), status=exc.status)
    if isinstance(exc, Http404):
        return Response(_body("not_found", str(exc) or _("Not found.")), status=404)
    if isinstance(exc, PermissionDenied):
        return Response(_body("forbidden", str(exc) or _("You may not do this.")), status=403)
    if isinstance(exc, exceptions.PermissionDenied):
        # DRF's own refusals (a failed CSRF check of a session, a permission class): the
        # documented code is `forbidden`, whatever DRF calls it.
        response = drf_exception_handler(exc, context)
        response.data = _body("forbidden", str(exc.detail))
        return response
    if isinstance(exc, exceptions.ValidationError):
        fields = _flatten(exc.detail)
        first = next(iter(fields.items()), ("", [_("Invalid input.")]))
        detail = f"{first[0]}: {first[1][0]}" if first[0] else first[1][0]
        return Response(_body("invalid_input", detail, fields), status=400)
    response = drf_exception_handler(exc, context)
    if response is not None and isinstance(exc, exceptions.APIException):
        code = getattr(exc.detail, "code", None) or exc.default_code
        response.data = _body(str(code), str(exc.detail))
    return response


def not_found_view(request, exception=None):
    """Django's 404 handler: JSON under /api/, the usual page elsewhere."""
    if request.path.startswith("/api/"):
        return JsonResponse(_body("not_found", _("Not found.")), status=404)
    return page_not_found(request, exception)
