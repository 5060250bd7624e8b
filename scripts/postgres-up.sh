#!/usr/bin/env bash
# Make sure the PostgreSQL the store tests use is answering: start the machine's cluster if it is
# installed and stopped. Exits non-zero, saying why, when it cannot be reached.
set -uo pipefail
url="${1:-postgresql://postgres@127.0.0.1:5432/postgres}"
ready() { command -v pg_isready >/dev/null && pg_isready -q -d "$url" -t 3; }
ready && exit 0
if command -v pg_ctlcluster >/dev/null && [ -d /etc/postgresql ]; then
  for version in $(ls /etc/postgresql); do
    pg_ctlcluster --skip-systemctl-redirect "$version" main start 2>/dev/null || true
  done
  for _ in $(seq 1 20); do ready && exit 0; sleep 0.5; done
fi
if ! command -v pg_isready >/dev/null; then
  echo "postgres-up: pg_isready is missing (Debian package postgresql-client)" >&2
else
  echo "postgres-up: PostgreSQL at $url does not answer" >&2
fi
exit 1
