"""The OpenAPI schema documents the errors every operation can answer, in the one error shape."""

from drf_spectacular.openapi import AutoSchema
from rest_framework import serializers


class ErrorSerializer(serializers.Serializer):
    status = serializers.IntegerField()
    error = serializers.CharField()
    message = serializers.CharField()
    fields = serializers.DictField(required=False, help_text="Messages by parameter or field.")


ERRORS = {
    "400": "Invalid parameters or body.",
    "401": "Not signed in.",
    "403": "Signed in without the permission this needs, or an export over the caller's limit.",
    "404": "No such object, or a page past the end.",
    "413": "The text is over the size limit.",
    "415": "The body is not JSON.",
    "429": "Too many requests.",
    "500": "An unexpected error; logged on the server, its details never sent.",
}


class APISchema(AutoSchema):
    def _get_response_bodies(self, direction="response"):
        responses = super()._get_response_bodies(direction)
        for code, description in self._error_codes().items():
            if code not in responses:
                response = self._get_response_for_code(
                    ErrorSerializer, code, ["application/json"], direction
                )
                response["description"] = description
                responses[code] = response
        return responses

    def _error_codes(self) -> dict[str, str]:
        codes = ["400", "401", "403", "404", "429"]
        if self.method in ("POST", "PATCH", "PUT"):
            codes += ["413", "415"]
        codes.append("500")
        return {code: ERRORS[code] for code in codes}

    def _is_list_view(self, serializer=None) -> bool:
        # The fact list answers JSON, CSV or GeoJSON. Given several media types, drf-spectacular
        # judges by one of them (GeoJSON, an object) and would leave out filters and pages.
        if serializer is None and getattr(self.view, "action", None) == "list":
            return True
        return super()._is_list_view(serializer)

    def get_filter_backends(self) -> list:
        # The aggregation reads the same filters as the list it aggregates.
        if getattr(self.view, "action", None) == "aggregate":
            return getattr(self.view, "filter_backends", [])
        return super().get_filter_backends()
