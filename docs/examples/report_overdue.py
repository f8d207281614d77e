"""Example client: list a unit's overdue work items and report one of them (docs/api.md).

    DONDOC_URL=http://127.0.0.1:8000 DONDOC_TOKEN=dd_... python report_overdue.py QLKH [evidence.pdf]

Needs only the standard library. The token's user must be head of the unit to report.
"""

import json
import mimetypes
import os
import sys
import uuid
from urllib.error import HTTPError
from urllib.parse import urlencode
from urllib.request import Request, urlopen

BASE = os.environ.get("DONDOC_URL", "http://127.0.0.1:8000").rstrip("/")
TOKEN = os.environ.get("DONDOC_TOKEN", "")


def call(method: str, path: str, *, params=None, body: bytes | None = None, content_type=None) -> dict:
    url = BASE + path + ("?" + urlencode(params) if params else "")
    request = Request(url, data=body, method=method)  # noqa: S310 - the URL is the configured server
    request.add_header("Authorization", f"Bearer {TOKEN}")
    request.add_header("Accept", "application/json")
    if content_type:
        request.add_header("Content-Type", content_type)
    try:
        with urlopen(request) as response:  # noqa: S310
            return json.load(response)
    except HTTPError as error:
        problem = json.load(error)
        # {"code": "forbidden" | "stale" | "invalid_state" | "invalid_input" | ..., "detail", "field_errors"}
        message = f"{error.code} {problem['code']}: {problem['detail']} {problem['field_errors']}"
        raise SystemExit(message) from None


def every(path: str, params: dict):
    """Follow the pagination of a list."""
    page = 1
    while True:
        body = call("GET", path, params={**params, "page": page})
        yield from body["results"]
        if not body["next"]:
            return
        page += 1


def multipart(fields: dict, files: list[str]) -> tuple[bytes, str]:
    boundary = uuid.uuid4().hex
    parts = []
    for name, value in fields.items():
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
        )
    for path in files:
        kind = mimetypes.guess_type(path)[0] or "application/octet-stream"
        head = (
            f'--{boundary}\r\nContent-Disposition: form-data; name="files"; '
            f'filename="{os.path.basename(path)}"\r\nContent-Type: {kind}\r\n\r\n'
        )
        with open(path, "rb") as handle:
            parts.append(head.encode() + handle.read() + b"\r\n")
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


def main(unit_name: str, evidence: list[str]) -> None:
    units = [u for u in every("/api/v1/units/", {}) if unit_name in (u["short_name"], u["name"])]
    if not units:
        raise SystemExit(f"No unit {unit_name!r}.")
    # Overdue = open and past its deadline (working calendar of the office, see docs/api.md).
    overdue = list(every("/api/v1/work-items/", {"unit": units[0]["id"], "status": "in_progress_overdue"}))
    for item in overdue:
        print(f"{item['id']:>6}  {item['due_date']}  {item['state']:<12} {item['content'][:60]}")
    if not overdue:
        return
    item = overdue[0]
    if item["state"] == "assigned":
        item = call(
            "POST",
            f"/api/v1/work-items/{item['id']}/actions/start/",
            body=json.dumps({"version": item["version"]}).encode(),
            content_type="application/json",
        )
    body, content_type = multipart(
        {"version": item["version"], "text": "Đã hoàn thành, gửi kèm minh chứng.", "percent": 100}, evidence
    )
    url = f"/api/v1/work-items/{item['id']}/actions/report/"
    done = call("POST", url, body=body, content_type=content_type)
    print(f"reported #{done['id']}: now {done['state']}, version {done['version']}")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    main(sys.argv[1], sys.argv[2:])
