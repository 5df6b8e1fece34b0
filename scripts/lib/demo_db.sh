# Build and check the Fincycle demo database.  Sourced by scripts/run.sh, which is also what
# scripts/main_job_check.py drives, so the README's main job and CI share one code path.
# Needs: ROOT (project root), PY (the .venv python).

DEMO_MODULE=fincycle_demo  # the demo group; it depends on the suite, fincycle
DEMO_MARKERS="'user_accountant','user_comptable'"  # the demo loader's last records

# Print the state of database $1: absent | ready | incomplete | nodemo | outdated
#   ready       fincycle_demo installed with its demo records
#   incomplete  no Odoo tables, neither the suite nor the demo installed, or a module left
#               half-installed: an earlier build stopped (rebuilt)
#   nodemo      the suite (or fincycle_demo) installed without the demo records: not ours to
#               replace (refused)
#   outdated    a demo database built before the demo moved out of the suite into
#               fincycle_demo (the records belong to module fincycle): rebuilt
demo_db_state() {
  local db=$1 out
  if ! psql -d postgres -Atqc "SELECT 1 FROM pg_database WHERE datname = '$db'" 2>/dev/null | grep -q 1; then
    echo absent; return
  fi
  out=$(psql -d "$db" -Atqc "
    SELECT (SELECT count(*) FROM ir_module_module WHERE name = '$DEMO_MODULE' AND state = 'installed'),
           (SELECT count(*) FROM ir_module_module WHERE name = 'fincycle' AND state = 'installed'),
           (SELECT count(*) FROM ir_module_module WHERE state IN ('to install', 'to upgrade', 'to remove')),
           (SELECT count(*) FROM ir_model_data WHERE module = '$DEMO_MODULE' AND name IN ($DEMO_MARKERS)),
           (SELECT count(*) FROM ir_model_data WHERE module = 'fincycle' AND name IN ($DEMO_MARKERS))
  " 2>/dev/null) || { echo incomplete; return; }
  IFS='|' read -r demo suite pending markers old_markers <<<"$out"
  if [ "${pending:-1}" != 0 ]; then
    echo incomplete
  elif [ "${demo:-0}" = 1 ]; then
    if [ "${markers:-0}" = 2 ]; then echo ready; else echo nodemo; fi
  elif [ "${suite:-0}" = 1 ]; then
    if [ "${old_markers:-0}" = 2 ]; then echo outdated; else echo nodemo; fi
  else
    echo incomplete
  fi
}

drop_db() {  # filestore included, also the one a plain `dropdb` left behind; quiet when absent
  "$PY" -m odoo db --config odoo.conf drop "$1" >/dev/null 2>&1 || dropdb --if-exists "$1" >/dev/null 2>&1 || true
  local store
  store=$("$PY" - "$1" 2>/dev/null <<'PYEOF'
import sys
from odoo.tools import config
config.parse_config(["-c", "odoo.conf", "--log-level=critical"])
print(config.filestore(sys.argv[1]))
PYEOF
) && [ -n "$store" ] && rm -rf "$store"
}

# Build database $1 with the suite and the demo group (fincycle_demo, which installs fincycle).  It is built under a temporary name and
# renamed only once complete, so a failed build never leaves a half-built database behind.
build_demo_db() {
  local db=$1 tmp="$1__building" log
  log=$(mktemp "${TMPDIR:-/tmp}/fincycle-build-$1.XXXXXX.log")
  drop_db "$tmp"
  if ! "$PY" -m odoo -c odoo.conf -d "$tmp" -i "$DEMO_MODULE" --with-demo --stop-after-init \
       --log-level=warn >"$log" 2>&1 || grep -qE ' (ERROR|CRITICAL) ' "$log" \
       || [ "$(demo_db_state "$tmp")" != ready ]; then
    grep -E ' (ERROR|CRITICAL) |Error|error:' "$log" | head -n 15 >&2
    drop_db "$tmp"
    echo "[run] ERROR: building the demo database failed; nothing was kept. Full log: $log" >&2
    return 1
  fi
  drop_db "$db"  # no stale filestore under the final name (a rename would keep it)
  "$PY" -m odoo db --config odoo.conf rename "$tmp" "$db" >>"$log" 2>&1 || {
    drop_db "$tmp"; echo "[run] ERROR: could not rename $tmp to $db (log: $log)" >&2; return 1; }
  rm -f "$log"
}

# Make sure database $1 is a complete demo database: build it when absent, rebuild it when an
# earlier build stopped half-way, refuse (one sentence) a database that is not ours to replace.
ensure_demo_db() {
  local db=$1
  case $(demo_db_state "$db") in
    ready) return 0 ;;
    absent)
      echo "[run] creating demo database $db with the Fincycle suite and demo data (1-3 minutes)" ;;
    incomplete)
      echo "[run] database $db is not fully installed (an earlier build stopped): rebuilding it"
      drop_db "$db" ;;
    outdated)
      echo "[run] database $db holds the demo of an earlier Fincycle (before fincycle_demo):" \
           "rebuilding it (1-3 minutes)"
      drop_db "$db" ;;
    nodemo)
      echo "[run] ERROR: database $db has Fincycle but not its demo data (fincycle_demo); start with another" \
           "name (FINCYCLE_DB=fincycle_demo2 scripts/run.sh) or drop it (dropdb $db)." >&2
      return 1 ;;
  esac
  build_demo_db "$db"
}
