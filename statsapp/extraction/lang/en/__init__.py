"""The English language pack: its tables (*.json) and grammar (grammar.py)."""
