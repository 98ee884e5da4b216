"""Settings, read from the environment.

DEBUG            "1" (default) for development, "0" for production.
SECRET_KEY       required when DEBUG is off: 50 characters or more, 5 or more different.
ALLOWED_HOSTS    comma-separated host names (default "127.0.0.1,localhost").
DATABASE_URL     any dj-database-url URL (default: SQLite file db.sqlite3 at the project root).
API_MAX_TEXT_BYTES   largest document text the API accepts, in bytes (default 1000000).
API_READ_REQUIRES_LOGIN  "1" to refuse anonymous reads of the API (default "0").
API_ANON_THROTTLE    anonymous request rate, per client address (default "120/minute").
API_USER_THROTTLE    signed-in request rate, per user (default "1200/minute"). Either rate
                     "off": no throttle, and no cache query per request.
API_TRUSTED_PROXIES  how many proxies in front of the server append to X-Forwarded-For
                     (default 0). The throttle tells clients apart by the socket's address;
                     behind N proxies, by the N-th address from the right of X-Forwarded-For.
                     A client's own X-Forwarded-For is never believed: set this to the number
                     of proxies you run, and let nothing reach the server around them.
REDIS_URL            e.g. "redis://127.0.0.1:6379/0": the cache (and so the throttle's counts,
                     shared by every worker) lives in Redis. Unset: in the database table
                     "statsapp_cache", which `migrate` creates.
CACHE_KEY_PREFIX     prefix of every cache key (default "statsapp"), so several sites can share
                     one Redis database.
API_ANON_EXPORT_MAX_ROWS  most facts an anonymous ?format=csv|hxl|geojson export may hold
                     (default 10000); over it, the export is refused with 403. 0: no limit.
API_USER_EXPORT_MAX_ROWS  the same for signed-in callers (default 0: no limit).
LOG_LEVEL        the lowest level logged to stderr (default "WARNING").
"""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def _env_flag(name: str, default: str) -> bool:
    return os.environ.get(name, default).strip().lower() in {"1", "true", "yes", "on"}


def _env_int(name: str, default: str) -> int:
    raw = os.environ.get(name, default).strip()
    try:
        value = int(raw)
    except ValueError:
        value = -1
    if value < 0:
        raise ImproperlyConfigured(f"{name} must be a whole number, 0 or more (got {raw!r}).")
    return value


def _env_rate(name: str, default: str) -> str | None:
    """A DRF rate ("120/minute"); "off" turns the throttle off (benchmarks)."""
    rate = os.environ.get(name, default).strip()
    return None if rate.lower() in {"off", "none", ""} else rate


def _env_list(name: str, default: str) -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = _env_flag("DEBUG", "1")

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "SECRET_KEY is not set. Set the SECRET_KEY environment variable "
            "(a long random string) when DEBUG is off."
        )
    SECRET_KEY = "django-insecure-development-only-key-do-not-use-in-production"
elif not DEBUG and (
    len(SECRET_KEY) < 50 or len(set(SECRET_KEY)) < 5 or SECRET_KEY.startswith("django-insecure-")
):
    # Django's own rule (security.W009), refused here, so no command starts with a weak key.
    raise ImproperlyConfigured(
        f"SECRET_KEY is too weak for DEBUG off: {len(SECRET_KEY)} characters, "
        f"{len(set(SECRET_KEY))} different. Django's deployment check security.W009 asks for "
        "at least 50 characters, at least 5 of them different, and no 'django-insecure-' "
        "prefix. Generate one with: python -c 'import secrets; print(secrets.token_urlsafe(50))'"
    )

ALLOWED_HOSTS = _env_list("ALLOWED_HOSTS", "127.0.0.1,localhost")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rest_framework",
    "rest_framework.authtoken",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "statsapp",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # before anything reads a body: chunked bodies get their Content-Length
    "project.middleware.ChunkedBodyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

if not DEBUG:
    # Production serves its collected static files itself; runserver does it in development.
    MIDDLEWARE.insert(1, "whitenoise.middleware.WhiteNoiseMiddleware")

ROOT_URLCONF = "project.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "project.wsgi.application"
ASGI_APPLICATION = "project.asgi.application"

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "0")),
    )
}

if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Concurrent writers (several gunicorn workers, a bulk ingest) wait for each other instead of
    # failing with "database is locked"; readers never block the writer.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
        }
    )

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

# The API. Bodies larger than this are refused with 413 before they are parsed.
API_MAX_TEXT_BYTES = int(os.environ.get("API_MAX_TEXT_BYTES", "1000000"))
DATA_UPLOAD_MAX_MEMORY_SIZE = API_MAX_TEXT_BYTES + 64 * 1024
API_READ_REQUIRES_LOGIN = _env_flag("API_READ_REQUIRES_LOGIN", "0")

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PARSER_CLASSES": ["statsapp.api.parsers.JSONParser"],
    "DEFAULT_PERMISSION_CLASSES": ["statsapp.api.permissions.ReadOrSignedIn"],
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_PAGINATION_CLASS": "statsapp.api.pagination.FactPagination",
    "PAGE_SIZE": 50,
    "DEFAULT_SCHEMA_CLASS": "statsapp.api.schema.APISchema",
    "DEFAULT_THROTTLE_CLASSES": [
        "rest_framework.throttling.AnonRateThrottle",
        "statsapp.api.throttling.SignedInRateThrottle",
    ],
    "DEFAULT_THROTTLE_RATES": {
        "anon": _env_rate("API_ANON_THROTTLE", "120/minute"),
        "user": _env_rate("API_USER_THROTTLE", "1200/minute"),
    },
    # 0: REMOTE_ADDR only. DRF's default (None) would take the client's X-Forwarded-For as is.
    "NUM_PROXIES": _env_int("API_TRUSTED_PROXIES", "0"),
    "EXCEPTION_HANDLER": "statsapp.api.errors.exception_handler",
    "DEFAULT_RENDERER_CLASSES": [
        "rest_framework.renderers.JSONRenderer",
        "rest_framework.renderers.BrowsableAPIRenderer",
    ],
    "UNAUTHENTICATED_USER": "django.contrib.auth.models.AnonymousUser",
}

SPECTACULAR_SETTINGS = {
    "TITLE": "Casualty and displacement statistics API",
    "DESCRIPTION": (
        "Figures of people killed, injured, missing, displaced, evacuated, refugees, "
        "populations and distances, extracted from news text with their source sentence."
    ),
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
}

# Exports stream row by row; a caller may export at most this many facts at once (0: no limit).
API_ANON_EXPORT_MAX_ROWS = _env_int("API_ANON_EXPORT_MAX_ROWS", "10000")
API_USER_EXPORT_MAX_ROWS = _env_int("API_USER_EXPORT_MAX_ROWS", "0")

# The throttle counts requests in the default cache: it must be one that every worker shares
# (a per-process memory cache multiplies the rate by the number of workers).
REDIS_URL = os.environ.get("REDIS_URL", "").strip()
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": REDIS_URL,
        "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "statsapp"),
    }
    if REDIS_URL
    else {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "statsapp_cache",
        "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "statsapp"),
        # Entries past this are culled, throttle counts included: room for many clients.
        "OPTIONS": {"MAX_ENTRIES": 10000},
    }
}

if not DEBUG:
    # Behind a TLS-terminating proxy in production; `manage.py check --deploy` passes.
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = _env_flag("SECURE_SSL_REDIRECT", "1")
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SECURE_CONTENT_TYPE_NOSNIFF = True

# Errors reach stderr (gunicorn's error log) with DEBUG on or off: Django's default sends the
# django loggers to the console only in DEBUG and otherwise by mail, so a production 500's
# traceback was lost. Everything propagates to the root logger's stderr handler, except
# runserver's request lines, kept as Django configures them.
LOG_LEVEL = os.environ.get("LOG_LEVEL", "WARNING")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"},
        "django.server": {
            "()": "django.utils.log.ServerFormatter",
            "format": "[{server_time}] {message}",
            "style": "{",
        },
    },
    "handlers": {
        "stderr": {"class": "logging.StreamHandler", "formatter": "plain"},
        "django.server": {"class": "logging.StreamHandler", "formatter": "django.server"},
    },
    "root": {"handlers": ["stderr"], "level": LOG_LEVEL},
    "loggers": {
        "django": {"handlers": [], "level": LOG_LEVEL},
        "django.server": {"handlers": ["django.server"], "level": "INFO", "propagate": False},
    },
}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
