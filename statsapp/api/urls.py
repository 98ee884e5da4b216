from django.urls import include, path, re_path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView
from rest_framework.routers import DefaultRouter

from .errors import not_found
from .views import DocumentViewSet, FactViewSet

router = DefaultRouter()
router.register("documents", DocumentViewSet, basename="document")
router.register("facts", FactViewSet, basename="fact")

urlpatterns = [
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", SpectacularSwaggerView.as_view(url_name="schema"), name="docs"),
    path("", include(router.urls)),
    re_path(r"", not_found),
]
