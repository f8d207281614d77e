"""The production recipe in deploy/ is well-formed: nginx accepts it, compose and systemd agree."""

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"


def _requirement_names() -> set[str]:
    text = (DEPLOY.parent / "requirements.txt").read_text()
    return {re.split(r"[\[=<>]", line)[0].lower() for line in text.splitlines() if line and line[0].isalpha()}


@pytest.mark.skipif(not shutil.which("nginx"), reason="nginx is not installed")
def test_nginx_accepts_the_production_config(tmp_path):
    """`nginx -t` on dondoc.conf with its includes, paths moved into a scratch directory."""
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=test",
         "-keyout", tmp_path / "privkey.pem", "-out", tmp_path / "fullchain.pem"],
        check=True, capture_output=True,
    )  # fmt: skip
    (tmp_path / "logs").mkdir()
    moved = {
        "/etc/nginx/dondoc/": f"{tmp_path}/",
        "/etc/ssl/dondoc/": f"{tmp_path}/",
        "/var/log/nginx/": f"{tmp_path}/logs/",
        "/srv/dondoc/staticfiles/": f"{tmp_path}/static/",
        "listen 80;": "listen 127.0.0.1:8980;",
        "listen 443 ssl http2;": "listen 127.0.0.1:8981 ssl http2;",
    }
    for name in ["dondoc.conf", "upstream.conf", "locations.conf"]:
        text = (DEPLOY / "nginx" / name).read_text()
        for old, new in moved.items():
            text = text.replace(old, new)
        text = "\n".join(line for line in text.splitlines() if "[::]" not in line)
        (tmp_path / name).write_text(text)
    (tmp_path / "nginx.conf").write_text(
        f"pid {tmp_path}/nginx.pid;\nerror_log {tmp_path}/logs/error.log;\nevents {{}}\n"
        f"http {{\n  include /etc/nginx/mime.types;\n  include {tmp_path}/dondoc.conf;\n}}\n"
    )
    result = subprocess.run(
        ["nginx", "-t", "-p", str(tmp_path), "-c", str(tmp_path / "nginx.conf")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert "test is successful" in result.stderr


def test_nginx_upgrades_websockets_and_keeps_media_private():
    locations = (DEPLOY / "nginx" / "locations.conf").read_text()
    ws = locations[locations.index("location /ws/") :]
    ws = ws[: ws.index("}")]
    assert "proxy_set_header Upgrade $http_upgrade;" in ws
    assert "proxy_set_header Connection $connection_upgrade;" in ws
    assert "proxy_http_version 1.1;" in ws
    media = locations[locations.index("location /media/") :]
    assert media[: media.index("}")].strip().endswith("return 404;")


def test_compose_runs_every_role_from_one_image():
    compose = yaml.safe_load((DEPLOY / "compose.yaml").read_text())
    services = compose["services"]
    roles = {"postgres", "redis", "release", "web-1", "web-2", "celery-worker", "celery-beat", "nginx"}
    assert roles | {"notification-relay"} <= set(services)
    assert services["notification-relay"]["command"] == ["python", "manage.py", "notification_relay"]
    assert services["release"]["command"] == ["deploy/release"]
    assert (DEPLOY / "release").stat().st_mode & 0o111
    assert services["web-2"]["depends_on"]["release"] == {"condition": "service_completed_successfully"}
    assert "beat" in services["celery-beat"]["command"]
    mounts = " ".join(services["nginx"]["volumes"])
    for fragment in ["dondoc.conf", "upstream-compose.conf", "locations.conf"]:
        assert f"./nginx/{fragment}" in mounts
        assert (DEPLOY / "nginx" / fragment).exists()


def test_systemd_units_run_pinned_programs_from_the_env_file():
    pinned = _requirement_names()
    units = sorted((DEPLOY / "systemd").glob("*.service"))
    assert {u.name for u in units} == {
        "dondoc-web@.service",
        "dondoc-celery-worker.service",
        "dondoc-celery-beat.service",
        "dondoc-notification-relay.service",
    }
    target = (DEPLOY / "systemd" / "dondoc.target").read_text()
    for unit in units:
        text = unit.read_text()
        assert "EnvironmentFile=/etc/dondoc/dondoc.env" in text
        program = re.search(r"ExecStart=/srv/dondoc/app/\.venv/bin/(\S+)", text).group(1)
        if program == "python":  # a management command of the app itself
            assert re.search(r"bin/python manage\.py \w+", text), unit.name
        else:
            assert program in pinned, f"{unit.name} runs {program}, which requirements.txt does not pin"
        if "@" not in unit.name:
            assert unit.name in target, f"dondoc.target does not start {unit.name}"
    assert "--port %i" in (DEPLOY / "systemd" / "dondoc-web@.service").read_text()


def test_env_template_names_every_setting_production_needs():
    keys = {
        line.split("=", 1)[0]
        for line in (DEPLOY / "env.example").read_text().splitlines()
        if line and not line.startswith("#")
    }
    assert {"DEBUG", "SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL", "REDIS_URL", "STATIC_ROOT", "MEDIA_ROOT",
            "LOG_FORMAT"} <= keys  # fmt: skip


def test_collectstatic_succeeds_with_production_storage(tmp_path):
    """DEBUG=0 hashes and compresses static files; a reference to a missing file fails the release."""
    env = {k: v for k, v in os.environ.items() if k not in {"DEBUG", "SECRET_KEY", "ALLOWED_HOSTS"}}
    env.update(DEBUG="0", SECRET_KEY="s" * 60, ALLOWED_HOSTS="x", STATIC_ROOT=str(tmp_path / "static"))
    result = subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
        cwd=DEPLOY.parent,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    manifest = json.loads((tmp_path / "static" / "staticfiles.json").read_text())
    assert manifest["paths"]
