"""`make serve` stops on any deployment check warning, and the settings refuse a weak
SECRET_KEY with DEBUG off (Django's security.W009) before any command runs."""

from __future__ import annotations

import os
import secrets
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHECK = ("check", "--deploy", "--fail-level", "WARNING")


def _manage(*args: str, **env: str) -> subprocess.CompletedProcess:
    environment = {
        k: v for k, v in os.environ.items() if k not in ("SECRET_KEY", "DEBUG", "ALLOWED_HOSTS")
    }
    environment.update(DJANGO_SETTINGS_MODULE="project.settings", **env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT, env=environment, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


@pytest.mark.parametrize(
    "key",
    ["x", "k" * 60, "abcd" * 20, "django-insecure-" + secrets.token_urlsafe(50), "s3cr3t-" * 7],
)
def test_a_weak_secret_key_stops_the_deployment_check(key):
    result = _manage(*CHECK, DEBUG="0", SECRET_KEY=key, ALLOWED_HOSTS="example.org")

    assert result.returncode == 1
    assert "security.W009" in result.stderr
    assert "ImproperlyConfigured: SECRET_KEY is too weak for DEBUG off" in result.stderr
    assert len(key) < 20 or key not in result.stderr  # the message never shows the key


def test_a_long_random_key_passes_the_deployment_check():
    result = _manage(
        *CHECK, DEBUG="0", SECRET_KEY=secrets.token_urlsafe(50), ALLOWED_HOSTS="example.org"
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout == "System check identified no issues (0 silenced).\n"


def test_any_other_deployment_warning_stops_the_check_too():
    result = _manage(
        *CHECK,
        DEBUG="0", SECRET_KEY=secrets.token_urlsafe(50), ALLOWED_HOSTS="example.org",
        SECURE_HSTS_SECONDS="0",
    )  # fmt: skip

    assert result.returncode == 1
    assert "(security.W004) You have not set a value for the SECURE_HSTS_SECONDS" in result.stderr


def test_the_weak_key_rule_leaves_development_alone():
    result = _manage("check", DEBUG="1", SECRET_KEY="x")

    assert result.returncode == 0, result.stderr


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_serve_runs_the_check_at_warning_level():
    result = subprocess.run(
        ["make", "-n", "serve"], cwd=ROOT, capture_output=True, text=True, timeout=60
    )

    assert result.returncode == 0, result.stderr
    checks = [line for line in result.stdout.splitlines() if "manage.py check" in line]
    assert checks == ["DEBUG=0 .venv/bin/python manage.py check --deploy --fail-level WARNING"]
