"""Who may do what, by Django model permission so the API, the admin and the groups agree:
anyone reads (unless a setting requires login), `statsapp.add_document` ingests,
`statsapp.change_fact` changes facts, nobody deletes."""

from django.conf import settings
from rest_framework.permissions import SAFE_METHODS, BasePermission


class ReadOrSignedIn(BasePermission):
    """The default: reads as the settings say; anything else needs a signed-in caller, and the
    view decides the rest (its own permission, or 405 for a method it does not offer)."""

    message = "Sign in (a token or a session) to do this."

    def has_permission(self, request, view) -> bool:
        if request.method in SAFE_METHODS:
            return not settings.API_READ_REQUIRES_LOGIN or request.user.is_authenticated
        return bool(request.user and request.user.is_authenticated)


class CanIngestDocuments(ReadOrSignedIn):
    """Storing a document is for ingesters and reviewers, as in the admin's ingest form."""

    message = "Only ingesters (permission statsapp.add_document) may add documents."

    def has_permission(self, request, view) -> bool:
        if not super().has_permission(request, view):
            return False
        if request.method == "POST":
            return request.user.has_perm("statsapp.add_document")
        return True


class CanReviewFacts(ReadOrSignedIn):
    """Changing facts, by review or by extracting a document again, is for reviewers."""

    message = "Only reviewers (permission statsapp.change_fact) may change facts."

    def has_permission(self, request, view) -> bool:
        if request.method in SAFE_METHODS:
            return super().has_permission(request, view)
        user = request.user
        return bool(user and user.is_authenticated and user.has_perm("statsapp.change_fact"))
