"""The project's URLs and error handlers, plus a view that raises what it is told to, under
/api/ and outside it: how each failure outside a DRF view is answered."""

from django.core.exceptions import PermissionDenied, SuspiciousOperation
from django.http import Http404, HttpRequest, HttpResponse
from django.urls import path

from project.urls import handler400, handler403, handler404, handler500
from project.urls import urlpatterns as project_urlpatterns

__all__ = ["handler400", "handler403", "handler404", "handler500", "urlpatterns"]

FAILURES = {
    "suspicious": SuspiciousOperation("a detail the caller must not see"),
    "forbidden": PermissionDenied("a detail the caller must not see"),
    "missing": Http404("a detail the caller must not see"),
    "bug": RuntimeError("a detail the caller must not see"),
}


def fail(request: HttpRequest, kind: str) -> HttpResponse:
    raise FAILURES[kind]


urlpatterns = [
    path("api/test-fail/<str:kind>/", fail),
    path("elsewhere/test-fail/<str:kind>/", fail),
    *project_urlpatterns,
]
