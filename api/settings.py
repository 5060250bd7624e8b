"""Settings, from the environment (``VANBAN_*``) or a ``.env`` file beside the service."""

from __future__ import annotations

import functools
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


def _default_data_dir() -> Path:
    import os

    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "vanban"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="VANBAN_", env_file=".env", extra="ignore")

    data_dir: Path = Field(default_factory=_default_data_dir,
                           description="where the SQLite database and the original files are kept")
    database_url: str | None = Field(default=None, description="postgresql://... to use PostgreSQL; "
                                     "default: SQLite in the data folder")
    api_key: str | None = Field(default=None, description="key for uploads and deletes (header X-API-Key); "
                                "unset: only clients on this machine may write")
    closed_reads: bool = Field(default=False, description="reads need the API key too")
    max_upload_bytes: int = 100 * 1024 * 1024
    inline_max_bytes: int = Field(default=2 * 1024 * 1024, description="larger uploads become jobs")
    job_workers: int = Field(default=1, description="documents read at once in the background "
                             "(each OCR job already uses every core)")

    @property
    def database(self) -> str:
        return self.database_url or f"sqlite:///{self.data_dir / 'vanban.db'}"

    @property
    def files_dir(self) -> Path:
        return self.data_dir / "files"


@functools.cache
def get_settings() -> Settings:
    return Settings()
