"""PostgreSQL: prefix indexes for the award register's form and authority filters.

Users type a form or an authority from its start ("bang khen", "thu tuong"): ``LIKE 'x%'``. A
b-tree under the database's collation cannot serve it, so PostgreSQL took the trigram index and
intersected 220,000 "bằng khen" entries with the year (100 ms at 100,000 documents). With
``varchar_pattern_ops`` the b-tree serves the prefix as a range. SQLite compares bytes: its
ordinary indexes serve the same filter as a range already (``api.queries._starts_with``).

Revision ID: 0003
Revises: 0002
"""
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_context().dialect.name == "postgresql":
        op.execute("CREATE INDEX ix_award_award_prefix ON award (award_folded varchar_pattern_ops, year)")
        op.execute("CREATE INDEX ix_award_authority_prefix ON award (conferred_by_folded varchar_pattern_ops, year)")


def downgrade() -> None:
    if op.get_context().dialect.name == "postgresql":
        op.execute("DROP INDEX ix_award_authority_prefix")
        op.execute("DROP INDEX ix_award_award_prefix")
