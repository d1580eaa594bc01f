#!/usr/bin/env bash
# Starts or stops a throwaway PostgreSQL server for the persistence and web integration tests.
#
#   scripts/test-postgres.sh start   initdb a cluster in a temporary folder, start it on a free loopback port,
#                                    print the connection string and write it to $CREDENCE_TEST_POSTGRES_DIR/connection-string
#   scripts/test-postgres.sh stop    stop that server and delete the folder
#
# The tests read the connection string from the environment variable CREDENCE_TEST_POSTGRES.
# Installs Debian's postgresql package with apt-get when initdb is missing. As root (CI), the server runs as the
# postgres user through runuser, because initdb refuses to run as root.
set -euo pipefail

state_dir="${CREDENCE_TEST_POSTGRES_DIR:-${TMPDIR:-/tmp}/credence-test-postgres}"
data_dir="$state_dir/data"
conn_file="$state_dir/connection-string"

find_bindir() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -n "$dir" ] && [ -x "$dir/initdb" ]; then echo "$dir"; return 0; fi
  if command -v initdb >/dev/null 2>&1; then dirname "$(command -v initdb)"; return 0; fi
  return 1
}

install_postgres() {
  echo "test-postgres: initdb not found; installing the Debian postgresql package" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -q --no-install-recommends postgresql >&2 \
    || { apt-get update -q >&2 && apt-get install -y -q --no-install-recommends postgresql >&2; }
}

# Runs a command as the postgres user when we are root, as ourselves otherwise.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
  local port
  for _ in $(seq 1 200); do
    port=$(( 20000 + RANDOM % 40000 ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return 0; fi
  done
  echo "test-postgres: no free loopback port found" >&2
  return 1
}

start() {
  if [ -f "$conn_file" ] && [ -f "$data_dir/postmaster.pid" ]; then
    local bindir; bindir=$(find_bindir)
    if as_owner "$bindir/pg_ctl" -D "$data_dir" status >/dev/null 2>&1; then cat "$conn_file"; return 0; fi
  fi
  rm -rf "$state_dir"

  local bindir
  bindir=$(find_bindir) || { install_postgres; bindir=$(find_bindir); }

  mkdir -p "$state_dir"
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
    chown postgres "$state_dir"
  fi
  chmod 700 "$state_dir"

  as_owner "$bindir/initdb" -D "$data_dir" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >"$state_dir/initdb.log" 2>&1 \
    || as_owner "$bindir/initdb" -D "$data_dir" -U postgres -A trust -E UTF8 --locale=C --no-sync >"$state_dir/initdb.log" 2>&1 \
    || { cat "$state_dir/initdb.log" >&2; exit 1; }

  local port
  port=$(free_port)
  # Durability is pointless for a throwaway test server; turning it off makes migrations much faster.
  as_owner "$bindir/pg_ctl" -D "$data_dir" -l "$state_dir/server.log" -w -t 60 \
    -o "-p $port -c listen_addresses=127.0.0.1 -k $state_dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
    start >/dev/null || { cat "$state_dir/server.log" >&2; exit 1; }

  local conn="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
  echo "$conn" >"$conn_file"
  chmod 644 "$conn_file"
  echo "$conn"
}

stop() {
  if [ ! -d "$state_dir" ]; then return 0; fi
  local bindir
  if bindir=$(find_bindir) && [ -f "$data_dir/postmaster.pid" ]; then
    as_owner "$bindir/pg_ctl" -D "$data_dir" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$state_dir"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
