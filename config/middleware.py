"""Request hygiene for every page: NUL bytes refused early; security headers on every answer."""

import json
from urllib.parse import unquote_to_bytes

from django.conf import settings
from django.http import HttpResponse, HttpResponseBadRequest
from django.utils.translation import gettext as _

# 'unsafe-inline' stays for scripts and styles: the templates carry small inline handlers
# (the language switch) and htmx injects its indicator style. What the policy still stops:
# scripts, styles, frames, fonts and connections from any other origin, plugins, <base>
# rewrites, and forms posting elsewhere.
CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self' 'unsafe-inline'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "connect-src 'self' ws: wss:",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)
PERMISSIONS_POLICY = (
    "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
    "accelerometer=(), gyroscope=(), magnetometer=(), interest-cohort=()"
)


class RequestHygieneMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if b"\x00" in unquote_to_bytes(request.META.get("QUERY_STRING", "")):
            response = _bad_request(request)
        else:
            response = self.get_response(request)
        response.headers.setdefault(
            "Content-Security-Policy", settings.CONTENT_SECURITY_POLICY or CONTENT_SECURITY_POLICY
        )
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response


def _bad_request(request) -> HttpResponse:
    # A NUL reaches PostgreSQL as an error (text cannot hold it): refuse it before any query.
    detail = _("The query string holds a NUL character, which no parameter may contain.")
    if request.path.startswith("/api/"):
        body = {"code": "invalid_input", "detail": detail, "field_errors": {}}
        return HttpResponse(json.dumps(body, ensure_ascii=False), status=400, content_type="application/json")
    return HttpResponseBadRequest(detail, content_type="text/plain; charset=utf-8")
