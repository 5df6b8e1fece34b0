#!/usr/bin/env bash
# Fincycle tests: ruff, pylint-odoo, pure pytest, then (when Odoo is installed) every module under
# addons/ installed in a fresh database and all their tests run with pytest-odoo, and the README's
# main job (scripts/run.sh on a fresh database, each demo login, the browser tours as the demo
# users) checked outside the test runner.
# Ends with one line "N passed, N failed, N skipped" covering both layers; exit 1 on any failure.
set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
PY="$ROOT/.venv/bin/python"
[ -x "$PY" ] || PY=python3
LOGDIR=$(mktemp -d "${TMPDIR:-/tmp}/fincycle-test.XXXXXX")
passed=0 failed=0 skipped=0 problems=()
t0=$(date +%s)
say() { printf '[test] %s\n' "$*"; }

count() {  # add the counts of a pytest summary line (from file $1) to the totals
  local line n
  line=$(grep -E '^(=+ )?[0-9]+ (passed|failed|skipped|error|errors|deselected)' "$1" | tail -n 1)
  for kind in passed failed skipped error errors; do
    n=$(printf '%s' "$line" | grep -oE "[0-9]+ $kind\b" | grep -oE '^[0-9]+' || true)
    n=${n:-0}
    case $kind in
      passed) passed=$((passed + n)) ;;
      skipped) skipped=$((skipped + n)) ;;
      *) failed=$((failed + n)) ;;
    esac
  done
  [ -n "$line" ] || return 1
}

# --- lint -------------------------------------------------------------------------------------
say "ruff check + ruff format --check"
if ! "$PY" -m ruff check fincycle tests addons scripts >"$LOGDIR/ruff.log" 2>&1 \
   || ! "$PY" -m ruff format --check fincycle tests addons scripts >>"$LOGDIR/ruff.log" 2>&1; then
  cat "$LOGDIR/ruff.log"; problems+=("ruff"); failed=$((failed + 1))
fi
if "$PY" -c 'import pylint_odoo' 2>/dev/null; then
  say "pylint-odoo on addons/"
  # README.rst is generated from readme/ by OCA tooling at release time.
  if ! "$PY" -m pylint --rcfile="$ROOT/.pylintrc" --disable=missing-readme addons/* >"$LOGDIR/pylint.log" 2>&1; then
    cat "$LOGDIR/pylint.log"; problems+=("pylint-odoo"); failed=$((failed + 1))
  fi
fi

# --- pure layer ----------------------------------------------------------------------------------
say "pure tests: pytest tests/"
"$PY" -m pytest tests -p no:odoo 2>&1 | tee "$LOGDIR/pure.log" | tail -n 3
count "$LOGDIR/pure.log" || { problems+=("pure pytest printed no summary"); failed=$((failed + 1)); }

# --- Odoo layer ----------------------------------------------------------------------------------
odoo_skip=""
if ! "$PY" -c 'import odoo.release as r, sys; sys.exit(0 if r.version_info[0] == 19 else 1)' 2>/dev/null; then
  odoo_skip="Odoo 19 is not installed in .venv (run scripts/setup.sh with ODOO_SRC)"
elif ! "$PY" -c 'import psycopg2,os; psycopg2.connect(dbname="postgres", host=os.environ.get("PGHOST") or None, connect_timeout=5).close()' 2>/dev/null; then
  odoo_skip="PostgreSQL is not reachable"
fi
if [ -n "$odoo_skip" ]; then
  echo
  echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!"
  echo "!!! ODOO LAYER AND MAIN JOB (scripts/run.sh) SKIPPED: $odoo_skip"
  echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!"
  echo
else
  DB="fincycle_test_$(date +%s)_$$"
  modules=$(find addons -mindepth 2 -maxdepth 2 -name __manifest__.py -printf '%h\n' | xargs -n1 basename | sort | paste -sd, -)
  cleanup() {
    "$PY" -m odoo db --config odoo.conf drop "$DB" >/dev/null 2>&1 \
      || dropdb --if-exists "$DB" >/dev/null 2>&1 || true
  }
  trap cleanup EXIT
  say "installing $modules into fresh database $DB"
  t1=$(date +%s)
  if ! "$PY" -m odoo -c odoo.conf -d "$DB" -i "$modules" --stop-after-init --log-level=warn \
       >"$LOGDIR/install.log" 2>&1 || grep -qE ' (ERROR|CRITICAL) ' "$LOGDIR/install.log"; then
    grep -E ' (ERROR|CRITICAL) |Traceback|Error' "$LOGDIR/install.log" | head -40
    problems+=("module install failed (log: $LOGDIR/install.log)"); failed=$((failed + 1))
  else
    say "install took $(( $(date +%s) - t1 )) s"
    say "Odoo tests: pytest-odoo on addons/*/tests"
    # importlib mode: the meta add-on is named like the core package, which must win on import.
    "$PY" -m pytest -p odoo -o addopts="" --import-mode=importlib -q -p no:cacheprovider \
      --odoo-database="$DB" --odoo-config=odoo.conf --odoo-http addons/*/tests \
      --ignore-glob='addons/*/tests/test_*tour*.py' \
      2>&1 | tee "$LOGDIR/odoo.log" | grep -vE '^WARNING: Location' | tail -n 15
    count "$LOGDIR/odoo.log" || { problems+=("Odoo pytest printed no summary"); failed=$((failed + 1)); }
  fi
  # --- the README's main job, as a user runs it: scripts/run.sh on a fresh database --------------
  say "main job: scripts/run.sh on a fresh database, server up, every demo login (scripts/main_job_check.py)"
  "$PY" scripts/main_job_check.py 2>&1 | tee "$LOGDIR/mainjob.log" | grep -E '^\[main job\] (FAIL|done)|^[0-9]+ passed'
  count "$LOGDIR/mainjob.log" || { problems+=("main job check printed no summary"); failed=$((failed + 1)); }
  grep -q '^\[main job\] FAIL' "$LOGDIR/mainjob.log" && problems+=("main job (log: $LOGDIR/mainjob.log)")
fi

say "done in $(( $(date +%s) - t0 )) s; logs in $LOGDIR"
[ ${#problems[@]} -eq 0 ] || say "problems: ${problems[*]}"
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
