"""Who may do what: anyone reads (unless a setting requires login), signed-in users ingest,
reviewers (the `statsapp.change_fact` permission) change facts, nobody deletes."""

from django.conf import settings
from rest_framework.permissions import SAFE_METHODS, BasePermission


class ReadOrIngest(BasePermission):
    message = "Sign in (a token or a session) to do this."

    def has_permission(self, request, view) -> bool:
        if request.method in SAFE_METHODS:
            return not settings.API_READ_REQUIRES_LOGIN or request.user.is_authenticated
        return bool(request.user and request.user.is_authenticated)


class CanReviewFacts(ReadOrIngest):
    """Changing facts, by review or by extracting a document again, is for reviewers."""

    message = "Only reviewers (permission statsapp.change_fact) may change facts."

    def has_permission(self, request, view) -> bool:
        if request.method in SAFE_METHODS:
            return super().has_permission(request, view)
        user = request.user
        return bool(user and user.is_authenticated and user.has_perm("statsapp.change_fact"))
