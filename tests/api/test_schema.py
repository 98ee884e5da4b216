"""The OpenAPI schema and the Swagger UI, served with no asset from another host."""

from __future__ import annotations

import re

import pytest
import yaml

pytestmark = pytest.mark.django_db

FACT_FILTERS = {
    "category", "status", "qualifier", "document", "place", "country", "published_after",
    "published_before", "value_min", "value_max", "q", "ordering", "page", "page_size",
}  # fmt: skip


def test_schema_is_openapi_3_yaml(api_client):
    response = api_client.get("/api/schema/")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/vnd.oai.openapi; charset=utf-8"
    schema = yaml.safe_load(response.content)
    assert schema["openapi"].startswith("3.")
    assert schema["info"]["title"] == "Casualty and displacement statistics API"
    assert {
        "/api/documents/",
        "/api/documents/{id}/",
        "/api/documents/{id}/extract/",
        "/api/facts/",
        "/api/facts/{id}/",
        "/api/facts/aggregate/",
    } <= set(schema["paths"])


def test_schema_as_json_documents_every_fact_filter(api_client):
    response = api_client.get("/api/schema/?format=json")

    assert response.status_code == 200
    schema = response.json()
    assert schema["openapi"].startswith("3.")
    facts = schema["paths"]["/api/facts/"]
    assert set(facts) == {"get"}
    assert {p["name"] for p in facts["get"]["parameters"]} >= FACT_FILTERS
    assert set(schema["paths"]["/api/facts/{id}/"]) == {"get", "patch"}
    assert set(schema["paths"]["/api/documents/"]) == {"get", "post"}
    assert facts["get"]["responses"]["200"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/PaginatedFactList"
    }
    aggregate = schema["paths"]["/api/facts/aggregate/"]["get"]
    assert {p["name"] for p in aggregate["parameters"]} == (
        FACT_FILTERS - {"page", "page_size"} | {"group_by", "stat"}
    )


def test_docs_page_loads_only_local_assets(api_client):
    response = api_client.get("/api/docs/")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/html; charset=utf-8"
    html = response.content.decode()
    assets = re.findall(r"<(?:script|link)\b[^>]*\b(?:src|href)=\"([^\"]+)\"", html)
    assert assets == [
        "/static/drf_spectacular_sidecar/swagger-ui-dist/favicon-32x32.png",
        "/static/drf_spectacular_sidecar/swagger-ui-dist/swagger-ui.css",
        "/static/drf_spectacular_sidecar/swagger-ui-dist/swagger-ui-bundle.js",
        "/static/drf_spectacular_sidecar/swagger-ui-dist/swagger-ui-standalone-preset.js",
    ]
    assert not re.search(r"<(?:script|link)\b[^>]*https?://", html)
    assert "/api/schema/" in html
