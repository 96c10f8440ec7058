#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests, on a local port, from the distribution's packages
# (installed when missing).
#   eval "$(bash scripts/test_server.sh start)"   starts one and sets FRONTOFFICE_TEST_PG_URL
#   bash scripts/test_server.sh stop DIR          stops it and removes its files
set -euo pipefail

sudo=""; [[ $(id -u) == 0 ]] || sudo="sudo"

bindir() {
  local found
  found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  [[ -n $found ]] && echo "$found"
}

install_postgresql() {
  echo "test_server: installing PostgreSQL from the distribution's packages" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends postgresql >/dev/null
}

# Runs a server program as a user it accepts: not root.
as_owner() {
  if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start() {
  local bin dir port
  bin=$(bindir) || { install_postgresql >&2; bin=$(bindir); }
  dir=$(mktemp -d /tmp/frontoffice-pg.XXXXXX)
  chmod 755 "$dir"
  [[ $(id -u) == 0 ]] && chown postgres: "$dir"
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  as_owner "$bin/initdb" -D "$dir/data" -U frontoffice -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
  # Speed over durability: this server lives for one test run.
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
    >&2 || { cat "$dir/server.log" >&2; exit 1; }
  echo "export FRONTOFFICE_TEST_PG_URL=postgresql+psycopg://frontoffice@127.0.0.1:$port/postgres"
  echo "export FRONTOFFICE_TEST_PG_DIR=$dir"
  echo "export PATH=$bin:\$PATH"  # pg_dump and pg_restore of the same version as the server
}

stop() {
  local dir=$1 bin
  bin=$(bindir)
  [[ -d $dir/data ]] && as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}

case ${1:-} in
  start) start ;;
  stop) stop "${2:?which server folder}" ;;
  *) echo "usage: $0 start | stop DIR" >&2; exit 2 ;;
esac
