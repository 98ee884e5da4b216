"""JSON bodies with a bounded nesting depth.

A document is a flat object; JSON nested hundreds of levels deep is no document, and at about
1000 levels json.loads itself raises RecursionError, which DRF would pass on as a 500. Such bodies
are refused as a parse error (400) instead.
"""

from rest_framework import parsers
from rest_framework.exceptions import ParseError

MAX_DEPTH = 100
TOO_DEEP = f"JSON parse error - nested deeper than {MAX_DEPTH} levels."


def nested_deeper_than(data: object, limit: int) -> bool:
    """Whether arrays and objects nest more than `limit` levels; iterative, so any depth that
    json.loads could build is measured without recursion."""
    stack: list[tuple[dict | list, int]] = [(data, 1)] if isinstance(data, dict | list) else []
    while stack:
        value, depth = stack.pop()
        children = value.values() if isinstance(value, dict) else value
        if depth > limit:
            return True
        stack.extend((child, depth + 1) for child in children if isinstance(child, dict | list))
    return False


class JSONParser(parsers.JSONParser):
    """DRF's JSON parser, refusing nesting deeper than MAX_DEPTH with a ParseError."""

    def parse(self, stream, media_type=None, parser_context=None):
        try:
            data = super().parse(stream, media_type, parser_context)
        except RecursionError:
            raise ParseError(TOO_DEEP) from None
        if nested_deeper_than(data, MAX_DEPTH):
            raise ParseError(TOO_DEEP)
        return data
