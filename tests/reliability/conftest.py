"""The API tests' clients, users and documents, for the reliability tests too."""

from tests.api.conftest import (  # noqa: F401
    api_client,
    reviewer,
    second_document,
    seed_document,
    user,
    user_client,
)
