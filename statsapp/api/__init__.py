"""The REST API: documents, facts, review and aggregation under /api/."""
