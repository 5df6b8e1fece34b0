#!/usr/bin/env bash
# Serve the Fincycle suite on http://localhost:8069 with a demo database (created on first run:
# the whole suite installed, with the Swiss/French demo group of companies).
#   FINCYCLE_DB=name scripts/run.sh      # another database name (default: fincycle_demo)
#   scripts/run.sh --dev=xml             # extra arguments go to Odoo
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
PY="$ROOT/.venv/bin/python"
DB="${FINCYCLE_DB:-fincycle_demo}"
PORT="${FINCYCLE_PORT:-8069}"
[ -x "$PY" ] && "$PY" -c 'import odoo.release' 2>/dev/null \
  || { echo "[run] Odoo is not installed: run scripts/setup.sh first (ODOO_SRC=... if offline)." >&2; exit 1; }
if ! psql -lqt 2>/dev/null | cut -d'|' -f1 | grep -qw "$DB"; then
  echo "[run] creating demo database $DB with the Fincycle suite and demo data (about 2 minutes)"
  "$PY" -m odoo -c odoo.conf -d "$DB" -i fincycle --with-demo --stop-after-init --log-level=warn
fi
cat <<TXT
[run] Fincycle is starting on http://localhost:$PORT (database $DB)
[run] logins:  admin / admin            all companies, system administrator
[run]          accountant / accountant  Seeblick Treuhand AG + Alpenrose Digital GmbH (CH)
[run]          comptable / comptable    Atelier Lumière SAS (FR)
[run] Stop with Ctrl+C.
TXT
exec "$PY" -m odoo -c odoo.conf -d "$DB" --db-filter="^${DB}\$" --http-port="$PORT" "$@"
