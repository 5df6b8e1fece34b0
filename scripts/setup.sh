#!/usr/bin/env bash
# Fincycle setup: OS packages, .venv, Odoo 19.0 community, Python deps, OCA add-ons, fincycle.
# Idempotent: re-running only does what is missing.  Works as root or as a normal user.
#
#   ODOO_SRC=/path/to/odoo-19.0 scripts/setup.sh   # use an Odoo 19.0 source tree you already have
#   scripts/setup.sh                               # re-use the tree remembered by an earlier run,
#                                                  # else download upstream 19.0 into the cache
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CACHE="${XDG_CACHE_HOME:-$HOME/.cache}/fincycle"
VENV="$ROOT/.venv"
PY="${PYTHON:-python3}"
UPSTREAM_TARBALL="https://github.com/odoo/odoo/archive/refs/heads/19.0.tar.gz"
# The group of Odoo's Python-3.11 pins that clash with current libraries (pdfplumber needs
# cryptography >= 36).  They move together to Odoo's own Python-3.12 pins; nothing else moves.
MOVED_PINS=("cryptography==42.0.8" "pyopenssl==24.1.0" "urllib3==2.0.7" "idna==3.6")

say() { printf '[setup] %s\n' "$*"; }
die() { printf '[setup] ERROR: %s\n' "$*" >&2; exit 1; }
t0=$(date +%s)
mkdir -p "$CACHE"

# --- 1. OS packages ---------------------------------------------------------------------------
need_deb=()
command -v pg_config >/dev/null || need_deb+=(libpq-dev)
[ -e /usr/include/ldap.h ] || need_deb+=(libldap2-dev)
[ -e /usr/include/sasl/sasl.h ] || need_deb+=(libsasl2-dev)
command -v wkhtmltopdf >/dev/null || need_deb+=(wkhtmltopdf)
# Odoo's browser tests (tours) and the screenshots of the README's screens run headless Chromium.
command -v chromium >/dev/null || need_deb+=(chromium)
[ -d /usr/share/fonts/truetype/dejavu ] || need_deb+=(fonts-dejavu-core)
# OpenCV (used by the OCR engine) loads libGL and GLib at import.
ldconfig -p 2>/dev/null | grep -q "libGL.so.1 " || need_deb+=(libgl1)
ldconfig -p 2>/dev/null | grep -q "libgthread-2.0.so.0 " || need_deb+=(libglib2.0-0)
command -v psql >/dev/null || need_deb+=(postgresql-client)
"$PY" -c 'import venv, ensurepip' 2>/dev/null || need_deb+=(python3-venv)
if [ ${#need_deb[@]} -gt 0 ]; then
  if command -v apt-get >/dev/null; then
    if [ "$(id -u)" = 0 ]; then SUDO=""; elif sudo -n true 2>/dev/null; then SUDO="sudo -n"; else SUDO=none; fi
    if [ "$SUDO" = none ]; then
      die "missing OS packages: ${need_deb[*]}. Install them (sudo apt-get install ${need_deb[*]}) and re-run."
    fi
    say "installing OS packages: ${need_deb[*]} (apt-get)"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need_deb[@]}" >/dev/null
  else
    die "missing OS packages: ${need_deb[*]} and no apt-get here; install their equivalents and re-run."
  fi
else
  say "OS packages present (libpq, ldap/sasl headers, wkhtmltopdf, chromium, fonts)"
fi

# --- 2. Odoo 19.0 source ----------------------------------------------------------------------
is_odoo19() { [ -f "$1/odoo/release.py" ] && [ -f "$1/setup.py" ] && grep -q "^version_info = (19, 0" "$1/odoo/release.py"; }
REMEMBERED="$CACHE/odoo-src-path"
if [ -n "${ODOO_SRC:-}" ]; then
  ODOO_SRC=$(cd "$ODOO_SRC" 2>/dev/null && pwd) || die "ODOO_SRC=$ODOO_SRC does not exist."
  is_odoo19 "$ODOO_SRC" || die "ODOO_SRC=$ODOO_SRC is not an Odoo 19.0 source tree (no odoo/release.py with version 19.0)."
  say "Odoo source: $ODOO_SRC (from ODOO_SRC)"
elif [ -f "$REMEMBERED" ] && is_odoo19 "$(cat "$REMEMBERED")"; then
  ODOO_SRC=$(cat "$REMEMBERED")
  say "Odoo source: $ODOO_SRC (remembered from an earlier run)"
else
  ODOO_SRC="$CACHE/odoo-19.0"
  if ! is_odoo19 "$ODOO_SRC"; then
    say "downloading Odoo 19.0 community source into $ODOO_SRC (about 400 MB)"
    tmp=$(mktemp -d "$CACHE/odoo-dl.XXXXXX")
    if ! curl -fsSL --connect-timeout 15 "$UPSTREAM_TARBALL" | tar -xz -C "$tmp" --strip-components=1 2>/dev/null \
        || ! is_odoo19 "$tmp"; then
      rm -rf "$tmp"
      die "no Odoo 19.0 source: set ODOO_SRC to an Odoo 19.0 community checkout (this machine cannot download it)."
    fi
    rm -rf "$ODOO_SRC"; mv "$tmp" "$ODOO_SRC"
  fi
  say "Odoo source: $ODOO_SRC (upstream 19.0)"
fi
echo "$ODOO_SRC" >"$REMEMBERED"
if [ -d "$ODOO_SRC/odoo/enterprise" ]; then
  say "WARNING: $ODOO_SRC/odoo/enterprise exists; Fincycle never puts it on the addons path."
fi

# --- 3. virtualenv ----------------------------------------------------------------------------
if [ ! -x "$VENV/bin/python" ]; then
  say "creating $VENV with $("$PY" --version)"
  "$PY" -m venv "$VENV"
fi
VPY="$VENV/bin/python"
"$VPY" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 10) else 1)' \
  || die "Odoo 19 needs Python >= 3.10; set PYTHON=python3.x and remove .venv."

# --- 4. one constraints file for everything ---------------------------------------------------
# Odoo's own pins (markers evaluated by pip), the moved group, setuptools<70 for building Odoo's
# old pins, and the project's pins.  PIP_CONSTRAINT reaches pip's isolated build environments too.
CONSTRAINTS="$VENV/fincycle-constraints.txt"
{
  echo "# generated by scripts/setup.sh from $ODOO_SRC/requirements.txt - do not edit"
  echo "setuptools<70"
  grep -v -i -E '^\s*(cryptography|pyopenssl|urllib3|idna)\b' "$ODOO_SRC/requirements.txt" \
    | grep -v -E '^\s*(#|$)' | sed 's/\s*#.*$//' \
    | grep -E '==|;'  # constraints must name a version or a marker
  printf '%s\n' "${MOVED_PINS[@]}"
  grep -v -E '^\s*(#|$)' "$ROOT/constraints.txt"
} >"$CONSTRAINTS"
export PIP_CONSTRAINT="$CONSTRAINTS"
export PIP_DISABLE_PIP_VERSION_CHECK=1
PIP=("$VPY" -m pip install --quiet)

# --- 5. Odoo and its requirements -------------------------------------------------------------
stamp_of() { sha1sum "$@" 2>/dev/null | sha1sum | cut -c1-16; }
ODOO_STAMP="$VENV/.odoo-installed"
want="$ODOO_SRC $(stamp_of "$CONSTRAINTS")"
if [ "$(cat "$ODOO_STAMP" 2>/dev/null)" != "$want" ] || ! "$VPY" -c 'import odoo.release' 2>/dev/null; then
  say "installing Odoo's requirements and Odoo (editable) into .venv - a few minutes the first time"
  "${PIP[@]}" "setuptools<70" wheel
  # Odoo's requirements.txt minus the moved group; the constraints hold the moved pins.
  grep -v -i -E '^\s*(cryptography|pyopenssl|urllib3|idna)\b' "$ODOO_SRC/requirements.txt" >"$VENV/odoo-requirements.txt"
  printf '%s\n' "${MOVED_PINS[@]}" >>"$VENV/odoo-requirements.txt"
  "${PIP[@]}" -r "$VENV/odoo-requirements.txt"
  "${PIP[@]}" --no-build-isolation -e "$ODOO_SRC"
  echo "$want" >"$ODOO_STAMP"
else
  say "Odoo already installed in .venv"
fi

# --- 6. project requirements, OCA add-ons, fincycle -------------------------------------------
DEPS_STAMP="$VENV/.deps-installed"
want=$(stamp_of "$CONSTRAINTS" "$ROOT/requirements.txt" "$ROOT/requirements-oca.txt" "$ROOT/pyproject.toml")
if [ "$(cat "$DEPS_STAMP" 2>/dev/null)" != "$want" ]; then
  say "installing requirements.txt, OCA add-ons (requirements-oca.txt) and fincycle (editable)"
  "${PIP[@]}" -r "$ROOT/requirements.txt"
  "${PIP[@]}" -r "$ROOT/requirements-oca.txt"
  "${PIP[@]}" --no-build-isolation -e "$ROOT"
  echo "$want" >"$DEPS_STAMP"
else
  say "Python dependencies up to date"
fi
"$VPY" -m pip check || die "pip check found broken requirements (see above)."

# --- 7. odoo.conf for this checkout and PostgreSQL --------------------------------------------
# odoo.conf at the top uses a relative addons_path: Odoo runs from the project root.
if "$VPY" - <<'PYEOF'
import os, sys, psycopg2
try:
    psycopg2.connect(dbname="postgres", host=os.environ.get("PGHOST") or None,
                     user=os.environ.get("PGUSER") or None, connect_timeout=5).close()
except Exception as exc:
    print(f"[setup] PostgreSQL is not reachable: {str(exc).strip()}")
    sys.exit(1)
PYEOF
then
  say "PostgreSQL reachable"
else
  say "Start it (Debian: pg_ctlcluster <version> main start, or sudo service postgresql start),"
  say "or point PGHOST/PGUSER/PGPASSWORD at a server where your user may create databases."
  exit 1
fi
say "done in $(( $(date +%s) - t0 )) s.  Next: scripts/run.sh (demo server) or scripts/test.sh"
