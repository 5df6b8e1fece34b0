#!/usr/bin/env bash
# Serve the Fincycle suite with a demo database (built on first run: fincycle_demo installed with
# demo data, which installs the whole suite and builds the Swiss/French demo group of companies;
# rebuilt if an earlier build stopped half-way or predates fincycle_demo).
#   FINCYCLE_DB=name scripts/run.sh      # another database name (default: fincycle_demo)
#   FINCYCLE_PORT=8070 scripts/run.sh    # another HTTP port (default: 8069)
#   scripts/run.sh --dev=xml             # extra arguments go to Odoo
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
PY="$ROOT/.venv/bin/python"
DB="${FINCYCLE_DB:-fincycle_demo}"
PORT="${FINCYCLE_PORT:-8069}"
[ -x "$PY" ] && "$PY" -c 'import odoo.release' 2>/dev/null \
  || { echo "[run] Odoo is not installed: run scripts/setup.sh first (ODOO_SRC=... if offline)." >&2; exit 1; }
# shellcheck source=lib/demo_db.sh
. "$ROOT/scripts/lib/demo_db.sh"
ensure_demo_db "$DB"
# scripts/main_job_check.py reads the logins from these lines and signs in with each.
cat <<TXT
[run] Fincycle is starting on http://localhost:$PORT (database $DB)
[run] logins:  admin / admin            all companies, system administrator (English)
[run]          accountant / accountant  Seeblick Treuhand AG + Alpenrose Digital GmbH (CH, Deutsch)
[run]          comptable / comptable    Atelier Lumière SAS (FR, français)
[run]          controller / controller  credit controller of the group (English): lands on the disputes
[run]          praxis / praxis          portal: a customer of Seeblick sees her invoices (/my)
[run] look first:  Accounting → Reconciliation Autopilot: what the autopilot reconciled, and why;
[run]                a payment it could not tell apart waits in Suggestions to Review
[run]              Vendors → Bill Capture: bills read from PDFs, one per Swiss company to review
[run]              Configuration → Fincycle → Connections: the bank feeds, last pull, balance
[run]              Credit Control → Disputes (controller): a contested invoice to resolve; Runs: today's reminders
[run] Stop with Ctrl+C.
TXT
exec "$PY" -m odoo -c odoo.conf -d "$DB" --db-filter="^${DB}\$" --http-port="$PORT" "$@"
