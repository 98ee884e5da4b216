"""URL routes: the review workbench (admin) and the REST API.

Django's error pages answer what fails outside a view; under /api/ they answer in the API's JSON
error shape (statsapp.api.errors), elsewhere with Django's HTML pages.
"""

from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/", include("statsapp.api.urls")),
]

handler400 = "statsapp.api.errors.bad_request"
handler403 = "statsapp.api.errors.permission_denied"
handler404 = "statsapp.api.errors.page_not_found"
handler500 = "statsapp.api.errors.server_error"
