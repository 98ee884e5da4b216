from rest_framework.exceptions import NotFound
from rest_framework.pagination import PageNumberPagination


class FactPagination(PageNumberPagination):
    page_size_query_param = "page_size"
    max_page_size = 500

    def paginate_queryset(self, queryset, request, view=None):
        try:
            return super().paginate_queryset(queryset, request, view)
        except NotFound:
            pages = self.django_paginator_class(queryset, self.get_page_size(request)).num_pages
            page = request.query_params.get(self.page_query_param)
            raise NotFound(f"page {page!r} does not exist: pages run from 1 to {pages}.") from None
