"""URL routes: the review workbench (admin) and the REST API."""

from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/", include("statsapp.api.urls")),
]
