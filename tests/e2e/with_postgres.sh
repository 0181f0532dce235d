#!/usr/bin/env bash
# Runs `COMMAND... URL` against a throwaway PostgreSQL server: initdb into a
# temporary directory, started on a free loopback port with its socket there,
# stopped and removed on exit. initdb refuses to run as root, so as root the
# server runs as the `postgres` user the Debian package creates.
# Exit 77 (skipped) when PostgreSQL's server programs are not installed.
# usage: with_postgres.sh COMMAND...   (extra server settings: FORM4_PG_OPTIONS)
set -euo pipefail
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [[ -z $pg_bin || ! -x $pg_bin/initdb ]] || ! command -v psql >/dev/null; then
  echo "skipped: no PostgreSQL server (apt-get install postgresql)"
  exit 77
fi
dir=$(mktemp -d /tmp/form4-pg.XXXXXX)
as_owner=()
if [[ $(id -u) == 0 ]]; then
  chown postgres "$dir"
  as_owner=(runuser -u postgres --)
fi
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
stop() {
  "${as_owner[@]}" "$pg_bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap stop EXIT
"${as_owner[@]}" "$pg_bin/initdb" --no-sync -D "$dir/data" -A trust -U form4 >"$dir/initdb.log" 2>&1 ||
  { cat "$dir/initdb.log"; exit 1; }
"${as_owner[@]}" "$pg_bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
  -o "-k $dir -p $port -c listen_addresses=127.0.0.1 ${FORM4_PG_OPTIONS:-}" start >/dev/null ||
  { cat "$dir/server.log"; exit 1; }
"$@" "postgresql://form4@127.0.0.1:$port/postgres"
