"""Django settings, read from the environment.

The embedded default (nothing set) is SQLite plus the in-memory channel layer, so a
newcomer's `make run` works on a bare machine. Production sets DATABASE_URL, REDIS_URL,
SECRET_KEY, DEBUG=0 and ALLOWED_HOSTS; with DEBUG off the security settings below pass
`manage.py check --deploy`.
"""

import hashlib
import hmac
import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from config.logging import logging_config

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str) -> list[str]:
    return [part.strip() for part in os.environ.get(name, default).split(",") if part.strip()]


DEBUG = env_bool("DEBUG", True)
_DEV_SECRET = "dev-only-insecure-secret-key-change-me-in-production-0123456789"
SECRET_KEY = os.environ.get("SECRET_KEY") or (_DEV_SECRET if DEBUG else "")
if not SECRET_KEY:
    raise RuntimeError("SECRET_KEY must be set when DEBUG is off.")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,testserver" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", "")

INSTALLED_APPS = [
    "daphne",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "guardian",
    "channels",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "viewflow.workflow",
    "django_celery_beat",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "engine",
    "notifications",
    "api",
    "flows",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "config.middleware.RequestHygieneMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "engine.accounts.middleware.AccountSessionMiddleware",
    # Not Django's LocaleMiddleware: the person's choice, else Vietnamese (notifications.language).
    "notifications.language.PersonLanguageMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "config.db_router.PinPrimaryAfterWriteMiddleware",
]

# Sent on every answer by config.middleware (why 'unsafe-inline' remains: see there).
CONTENT_SECURITY_POLICY = os.environ.get("CONTENT_SECURITY_POLICY") or ""

ROOT_URLCONF = "config.urls"
ASGI_APPLICATION = "config.asgi.application"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "0")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Wait for the write lock instead of failing at once when two requests write together.
    DATABASES["default"].setdefault("OPTIONS", {})["timeout"] = 20
    # The (organisation, state) index carries the id for PostgreSQL's index-only count (INCLUDE,
    # migration 0023); SQLite builds it without the extra column, which is all it needs.
    SILENCED_SYSTEM_CHECKS = ["models.W040"]
elif (
    DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"
    and os.environ.get("PG_JIT", "off") == "off"
):
    # PostgreSQL's JIT compiles any query its planner costs high, and the visibility filter's
    # EXISTS sub-plans cost high: at 50,000 items it spent 450 of 525 ms compiling a count that
    # runs in 35 ms (docs/performance.md). Our queries are short OLTP ones: JIT off per session.
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = "-c jit=off"
# A PostgreSQL streaming replica for the oversight pages, exports and dashboards (config/db_router.py,
# docs/operations.md "Reads on a replica"). Unset, the alias is the primary itself and nothing is
# routed. Under tests it is a mirror of default, so routed reads see the test's data.
DATABASE_REPLICA_URL = os.environ.get("DATABASE_REPLICA_URL", "")
if DATABASE_REPLICA_URL:
    DATABASES["replica"] = dj_database_url.parse(
        DATABASE_REPLICA_URL, conn_max_age=DATABASES["default"]["CONN_MAX_AGE"]
    )
    if DATABASES["replica"]["ENGINE"] == DATABASES["default"]["ENGINE"]:
        DATABASES["replica"]["OPTIONS"] = dict(DATABASES["default"].get("OPTIONS", {}))
else:
    DATABASES["replica"] = {**DATABASES["default"], "OPTIONS": dict(DATABASES["default"].get("OPTIONS", {}))}
DATABASES["replica"]["TEST"] = {"MIRROR": "default"}
DATABASE_ROUTERS = ["config.db_router.ReplicaRouter"]
# After a write, a person's oversight pages read the primary this long (longer than the usual lag).
DATABASE_REPLICA_PIN_SECONDS = int(os.environ.get("DATABASE_REPLICA_PIN_SECONDS", "15"))

REDIS_URL = os.environ.get("REDIS_URL", "")
# The cache holds login-failure counts: shared through Redis when there is one.
CACHES = {
    "default": {
        "BACKEND": "config.cache.ReusedClientRedisCache",  # one client per pool, not per call
        "LOCATION": REDIS_URL,
        "KEY_PREFIX": os.environ.get("CHANNEL_PREFIX", "dondoc"),
    }
    if REDIS_URL
    else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
}
if REDIS_URL:
    # RedisChannelLayer, not pub/sub: bounded channels (capacity), stale messages dropped
    # (expiry), groups kept in Redis. Why these numbers: docs/architecture.md, "Notifications".
    CHANNEL_LAYERS = {
        "default": {
            "BACKEND": "notifications.layers.SocketRedisChannelLayer",
            "CONFIG": {
                # redis-py 8 reads with a 5 s socket timeout by default, as long as the
                # layer's blocking BZPOPMIN (5 s): idle consumers would crash every ~5 s
                # (django/channels_redis#422). Reads may take 15 s; connecting 5 s. Its pool
                # also refuses a 101st concurrent connection: a reconnect storm opens many
                # (and notifications.layers makes each new one cheap).
                "hosts": [
                    {
                        "address": REDIS_URL,
                        "socket_timeout": 15,
                        "socket_connect_timeout": 5,
                        "max_connections": int(os.environ.get("CHANNEL_REDIS_MAX_CONNECTIONS", "1000")),
                    }
                ],
                "prefix": os.environ.get("CHANNEL_PREFIX", "dondoc"),
                "capacity": int(os.environ.get("CHANNEL_CAPACITY", "1000")),
                "expiry": int(os.environ.get("CHANNEL_EXPIRY", "30")),
                "group_expiry": int(os.environ.get("CHANNEL_GROUP_EXPIRY", "86400")),
            },
        }
    }
else:
    CHANNEL_LAYERS = {"default": {"BACKEND": "channels.layers.InMemoryChannelLayer"}}

AUTH_USER_MODEL = "engine.User"
AUTHENTICATION_BACKENDS = [
    # Django's ModelBackend, reading the user with their language (notifications.language);
    # sessions made under the plain ModelBackend's name sign in again once.
    "notifications.language.UserWithLanguageBackend",
    "guardian.backends.ObjectPermissionBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# Login throttling (engine.accounts.throttle): this many wrong passwords for one account
# within the window lock it for LOGIN_LOCKOUT_SECONDS; an address has a higher limit (an
# office behind one NAT address shares it).
LOGIN_FAILURE_LIMIT = int(os.environ.get("LOGIN_FAILURE_LIMIT", "20"))
LOGIN_ADDRESS_FAILURE_LIMIT = int(os.environ.get("LOGIN_ADDRESS_FAILURE_LIMIT", "100"))
LOGIN_FAILURE_WINDOW_SECONDS = int(os.environ.get("LOGIN_FAILURE_WINDOW_SECONDS", "3600"))
LOGIN_LOCKOUT_SECONDS = int(os.environ.get("LOGIN_LOCKOUT_SECONDS", "900"))
# A session unused this long ends (engine.accounts.middleware); the cookie lasts as long.
SESSION_IDLE_TIMEOUT_SECONDS = int(os.environ.get("SESSION_IDLE_TIMEOUT_SECONDS", str(8 * 3600)))
SESSION_COOKIE_AGE = SESSION_IDLE_TIMEOUT_SECONDS
# The demo password (seed_demo): with DEBUG off, logging in with it leads to the change page.
DEMO_PASSWORD = os.environ.get("DEMO_PASSWORD") or "dondoc-demo"
PASSWORD_RESET_TIMEOUT = int(os.environ.get("PASSWORD_RESET_TIMEOUT", str(24 * 3600)))
OTP_TOTP_ISSUER = "Đôn Đốc"
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "inbox"
LOGOUT_REDIRECT_URL = "login"
GUARDIAN_RAISE_403 = True

LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", _("Vietnamese")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True
FORMAT_MODULE_PATH = ["config.formats"]

STATIC_URL = "static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# The seed programmes the demo imports (a copy of ../shared/seeds).
SEEDS_DIR = Path(os.environ.get("SEEDS_DIR", BASE_DIR / "seeds"))

# Evidence attached to progress reports (minh chứng).
ATTACHMENT_MAX_BYTES = int(os.environ.get("ATTACHMENT_MAX_BYTES", str(20 * 1024 * 1024)))
ATTACHMENT_ALLOWED_TYPES = {
    ".pdf": "application/pdf",
    ".doc": "application/msword",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".xls": "application/vnd.ms-excel",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".odt": "application/vnd.oasis.opendocument.text",
    ".ods": "application/vnd.oasis.opendocument.spreadsheet",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".zip": "application/zip",
    ".txt": "text/plain",
}
# Evidence files no attachment row names (a worker killed mid-upload) are deleted by the
# orphan sweep once older than this; a staged import's uploaded bytes are cleared this
# many days after it was last changed (parsed, confirmed or abandoned). See docs/operations.md.
EVIDENCE_ORPHAN_AGE_HOURS = float(os.environ.get("EVIDENCE_ORPHAN_AGE_HOURS", "24"))
IMPORT_STAGED_RETENTION_DAYS = float(os.environ.get("IMPORT_STAGED_RETENTION_DAYS", "30"))
# Background exports (engine.services.exports): their files are removed this long after they were
# written; a register or evaluation with more rows than EXPORT_DIRECT_MAX_ROWS is written by a
# Celery task with a progress page instead of in the request (docs/operations.md, "Exports").
EXPORT_RETENTION_HOURS = float(os.environ.get("EXPORT_RETENTION_HOURS", "24"))
EXPORT_DIRECT_MAX_ROWS = int(os.environ.get("EXPORT_DIRECT_MAX_ROWS", "5000"))
RETENTION_SWEEP_EVERY_SECONDS = float(os.environ.get("RETENTION_SWEEP_EVERY_SECONDS", str(6 * 3600)))
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

# Reading an imported programme (engine/importing/limits.py): every limit is checked before or
# while reading, so a small hostile file (a zip bomb, a sheet whose dimension reaches XFD1048576,
# two million empty paragraphs) is refused in a second instead of filling a worker's memory.
IMPORT_MAX_UNZIPPED_BYTES = int(os.environ.get("IMPORT_MAX_UNZIPPED_BYTES", str(200 * 1024 * 1024)))
IMPORT_MAX_ZIP_ENTRIES = int(os.environ.get("IMPORT_MAX_ZIP_ENTRIES", "2000"))
IMPORT_MAX_LINES = int(os.environ.get("IMPORT_MAX_LINES", "200000"))
IMPORT_MAX_PARAGRAPHS = int(os.environ.get("IMPORT_MAX_PARAGRAPHS", "200000"))
IMPORT_MAX_CELLS = int(os.environ.get("IMPORT_MAX_CELLS", "500000"))
IMPORT_MAX_COLUMNS = int(os.environ.get("IMPORT_MAX_COLUMNS", "500"))
IMPORT_MAX_EMPTY_ROWS = int(os.environ.get("IMPORT_MAX_EMPTY_ROWS", "1000"))
IMPORT_MAX_PAGES = int(os.environ.get("IMPORT_MAX_PAGES", "500"))
IMPORT_MAX_OCR_PAGES = int(os.environ.get("IMPORT_MAX_OCR_PAGES", "30"))
IMPORT_MAX_IMAGE_PIXELS = int(os.environ.get("IMPORT_MAX_IMAGE_PIXELS", str(60_000_000)))
# The parse of an upload runs in a child process (engine/importing/sandbox.py) under these budgets:
# the child is killed, never the web or Celery worker.
IMPORT_PARSE_ISOLATED = os.environ.get("IMPORT_PARSE_ISOLATED", "1") == "1"
IMPORT_PARSE_MEMORY_MB = int(os.environ.get("IMPORT_PARSE_MEMORY_MB", "1536"))
IMPORT_PARSE_SECONDS = int(os.environ.get("IMPORT_PARSE_SECONDS", "120"))
IMPORT_CONVERT_SECONDS = int(os.environ.get("IMPORT_CONVERT_SECONDS", "60"))
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

# The REST API (api/): token auth for systems, session auth for the browser; docs/api.md.
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "api.authentication.ApiTokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_PAGINATION_CLASS": "api.pagination.Pagination",
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "api.errors.exception_handler",
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "UNAUTHENTICATED_USER": "django.contrib.auth.models.AnonymousUser",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Đôn Đốc API",
    "DESCRIPTION": "Work programmes and their work items, for e-office systems and scripts (docs/api.md).",
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    "SERVE_PERMISSIONS": ["rest_framework.permissions.AllowAny"],
    "SCHEMA_PATH_PREFIX": "/api/v1",
    "COMPONENT_SPLIT_REQUEST": True,
    # Served from the drf-spectacular-sidecar package: no CDN, the machines may have no internet.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "ENUM_NAME_OVERRIDES": {
        "WorkItemStateEnum": "engine.models.WorkItem.State",
        "ProgrammeStateEnum": "engine.models.Programme.State",
        "EvaluationStateEnum": "engine.models.Evaluation.State",
    },
}

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "dondoc@localhost")

# Notifications: a push that takes longer is abandoned (the client replays the row).
# Threads (and so at most as many PostgreSQL connections) per worker for the sockets' DB work.
NOTIFICATIONS_SOCKET_DB_THREADS = int(os.environ.get("NOTIFICATIONS_SOCKET_DB_THREADS", "8"))
# WebSocket connects a worker handles at once; the rest wait their turn (notifications.socket_db).
NOTIFICATIONS_SOCKET_CONNECTS = int(os.environ.get("NOTIFICATIONS_SOCKET_CONNECTS", "32"))
NOTIFICATIONS_PUSH_TIMEOUT = float(os.environ.get("NOTIFICATIONS_PUSH_TIMEOUT", "2"))
# Who pushes committed notification rows and item state changes to the sockets:
# "relay" — `manage.py notification_relay`, woken by PostgreSQL NOTIFY (notifications.relay);
# the request only writes the rows. "in_process" — the request itself, after its commit
# (the only choice on SQLite, where there is no relay: `make run`). Default: relay on PostgreSQL.
NOTIFICATIONS_PUSH = os.environ.get("NOTIFICATIONS_PUSH") or (
    "relay" if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql" else "in_process"
)
if NOTIFICATIONS_PUSH not in ("relay", "in_process"):
    raise ImproperlyConfigured(f"NOTIFICATIONS_PUSH={NOTIFICATIONS_PUSH!r}: choose relay or in_process")
# The relay claims at most this many rows per batch, and looks for missed rows this often.
NOTIFICATIONS_RELAY_BATCH = int(os.environ.get("NOTIFICATIONS_RELAY_BATCH", "500"))
NOTIFICATIONS_RELAY_POLL_SECONDS = float(os.environ.get("NOTIFICATIONS_RELAY_POLL_SECONDS", "5"))
# A digest email lists notifications still unread this long after they arrived.
NOTIFICATIONS_DIGEST_DELAY_MINUTES = int(os.environ.get("NOTIFICATIONS_DIGEST_DELAY_MINUTES", "60"))
# Absolute links in emails.
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000")

if not DEBUG:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    # Load balancers and systemd probes ask the worker directly over plain HTTP.
    SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
    SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
    SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_CONTENT_TYPE_NOSNIFF = True
    SECURE_REFERRER_POLICY = "same-origin"
    X_FRAME_OPTIONS = "DENY"

# LOG_FORMAT=json writes one JSON object per line (what journald/Loki/ELK ingest); plain for humans.

# The audit chain's HMAC key (engine.audit). It must live outside the database: whoever can
# rewrite the tables but lacks it cannot forge a chain that verifies. Set AUDIT_HMAC_KEY in
# production (32+ random bytes, kept like SECRET_KEY and backed up apart from the database).
# Unset, it is derived from SECRET_KEY, which is also kept outside the database, but then
# rotating SECRET_KEY makes every chain fail to verify: set the old derived key explicitly
# before rotating (docs/operations.md, "Audit chain").
AUDIT_HMAC_KEY = (
    os.environ.get("AUDIT_HMAC_KEY")
    or hmac.new(SECRET_KEY.encode("utf-8"), b"dondoc-audit-hmac-v1", hashlib.sha256).hexdigest()
)
# The checkpoint (engine.audit_checkpoint) logs each chain head and appends it to this file,
# which the inspectorate keeps (a path on another machine's mount, or shipped off by them).
AUDIT_CHECKPOINT_FILE = os.environ.get("AUDIT_CHECKPOINT_FILE", "")
AUDIT_CHECKPOINT_EVERY_SECONDS = float(os.environ.get("AUDIT_CHECKPOINT_EVERY_SECONDS", "3600"))

# Escalation sweep (engine.tasks) every 15 minutes under Celery beat; the
# DatabaseScheduler copies this entry into its table (editable in the admin).
ESCALATION_SWEEP_EVERY_SECONDS = float(os.environ.get("ESCALATION_SWEEP_EVERY_SECONDS", "900"))
# Stored oversight figures (engine.services.oversight_snapshot): the delay register's rows and the
# dashboard's counts. A change queues its organisation's refresh this many seconds after its commit
# (empty: never, only the periodic refresh); beat refreshes every organisation whose figures are
# from an earlier day or older than OVERSIGHT_MAX_AGE_SECONDS.
OVERSIGHT_REFRESH_DELAY_SECONDS = (
    float(os.environ.get("OVERSIGHT_REFRESH_DELAY_SECONDS", "30"))
    if os.environ.get("OVERSIGHT_REFRESH_DELAY_SECONDS", "30") != ""
    else None
)
OVERSIGHT_REFRESH_EVERY_SECONDS = float(os.environ.get("OVERSIGHT_REFRESH_EVERY_SECONDS", "300"))
OVERSIGHT_MAX_AGE_SECONDS = float(os.environ.get("OVERSIGHT_MAX_AGE_SECONDS", "900"))
# Celery: Redis as broker when there is one; without, tasks run in-process (embedded default).
# "memory://localhost/": with no host kombu warns "No hostname was supplied" on every command.
CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL") or REDIS_URL or "memory://localhost/"
CELERY_TASK_ALWAYS_EAGER = not (os.environ.get("CELERY_BROKER_URL") or REDIS_URL)
LOGGING = logging_config(
    fmt=os.environ.get("LOG_FORMAT", "plain" if DEBUG else "json").strip().lower(),
    level=os.environ.get("LOG_LEVEL", "INFO").upper(),
    tasks_in_process=CELERY_TASK_ALWAYS_EAGER,
)
CELERY_TIMEZONE = TIME_ZONE
CELERY_BEAT_SCHEDULER = "django_celery_beat.schedulers:DatabaseScheduler"
CELERY_BEAT_SCHEDULE = {
    "escalation-sweep": {"task": "engine.escalation_sweep", "schedule": ESCALATION_SWEEP_EVERY_SECONDS},
    "oversight-refresh": {"task": "engine.oversight_refresh", "schedule": OVERSIGHT_REFRESH_EVERY_SECONDS},
    "notifications-send-emails": {"task": "notifications.send_notification_emails", "schedule": 60.0},
    "sweep-orphan-files": {"task": "engine.sweep_orphan_files", "schedule": RETENTION_SWEEP_EVERY_SECONDS},
    "expire-staged-imports": {
        "task": "engine.expire_staged_imports",
        "schedule": RETENTION_SWEEP_EVERY_SECONDS,
    },
    "expire-exports": {"task": "engine.expire_exports", "schedule": RETENTION_SWEEP_EVERY_SECONDS},
    "audit-checkpoint": {"task": "engine.audit_checkpoint", "schedule": AUDIT_CHECKPOINT_EVERY_SECONDS},
}
