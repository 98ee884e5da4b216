"""Create the superuser for local development if it does not exist yet."""

from __future__ import annotations

import os
import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = (
        "Create a superuser (ADMIN_USERNAME, default 'admin') if absent, with password "
        "ADMIN_PASSWORD or a generated one that is printed."
    )

    def handle(self, *args, **options) -> None:
        username = os.environ.get("ADMIN_USERNAME", "admin")
        User = get_user_model()
        if User.objects.filter(**{User.USERNAME_FIELD: username}).exists():
            self.stdout.write(f"ensure_admin: user {username!r} already exists")
            return
        password = os.environ.get("ADMIN_PASSWORD") or secrets.token_urlsafe(12)
        User.objects.create_superuser(
            username=username, email=os.environ.get("ADMIN_EMAIL", ""), password=password
        )
        if os.environ.get("ADMIN_PASSWORD"):
            self.stdout.write(f"ensure_admin: created superuser {username!r} (ADMIN_PASSWORD)")
        else:
            self.stdout.write(
                f"ensure_admin: created superuser {username!r} with password {password}"
            )
