"""Persistence (SQLModel tables, search, citation links). Built in issue 4; empty until then."""
