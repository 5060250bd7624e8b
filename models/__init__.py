"""The archive: SQLModel tables (``tables``), the database and its migrations (``database``),
and full-text search for each database (``fulltext``).

SQLite is the embedded default; PostgreSQL is chosen by a database URL. Nothing here knows HTTP.
"""

from .database import Database
from .tables import (Award, AwardPublic, DateMention, Document, DocumentPublic, Job, JobPublic, Period, Reference,
                     ReferencePublic, Unit, UnitMention, UnitPublic)

__all__ = ["Database", "Award", "AwardPublic", "DateMention", "Document", "DocumentPublic", "Job", "JobPublic",
           "Period", "Reference", "ReferencePublic", "Unit", "UnitMention", "UnitPublic"]
