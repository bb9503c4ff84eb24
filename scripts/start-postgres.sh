#!/usr/bin/env bash
# Starts a throw-away PostgreSQL server for the test suite and prints its URL.
# Idempotent: installs the server with apt-get when missing, reuses the running cluster of this
# checkout. The cluster lives under /tmp (JICAI_PGDIR to change): the server runs as the postgres
# user, who may not be able to enter a checkout inside a private directory.
# Use:  eval "$(bash scripts/start-postgres.sh)"
# which exports JICAI_TEST_POSTGRES_URL. Stop it with:  bash scripts/start-postgres.sh --stop
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
PGDIR=${JICAI_PGDIR:-${TMPDIR:-/tmp}/jicai-postgres-$(printf %s "$ROOT" | md5sum | cut -c1-8)}
DB=jicai_test

find_bin() {
    local d
    for d in /usr/lib/postgresql/*/bin; do
        [ -x "$d/initdb" ] && { echo "$d"; return 0; }
    done
    return 1
}

BIN=$(find_bin || true)
if [ -z "$BIN" ]; then
    echo "installing postgresql with apt-get" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq postgresql >&2
    BIN=$(find_bin)
fi

# The server refuses to run as root: run it as the postgres OS user when we are root.
as_pg() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

if [ "${1:-}" = "--stop" ]; then
    [ -f "$PGDIR/data/postmaster.pid" ] && as_pg "$BIN/pg_ctl" -D "$PGDIR/data" -m fast stop >&2
    exit 0
fi

mkdir -p "$PGDIR"
[ "$(id -u)" = 0 ] && chown postgres "$PGDIR"
if [ ! -f "$PGDIR/data/PG_VERSION" ]; then
    as_pg "$BIN/initdb" -D "$PGDIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
fi

PORT_FILE="$PGDIR/port"
if ! as_pg "$BIN/pg_ctl" -D "$PGDIR/data" status >/dev/null 2>&1; then
    PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    echo "$PORT" >"$PORT_FILE"
    as_pg "$BIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/server.log" -w \
        -o "-c listen_addresses=127.0.0.1 -p $PORT -k $PGDIR -c max_connections=200" start >/dev/null
fi
PORT=$(cat "$PORT_FILE")
if ! as_pg "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname='$DB'" | grep -q 1; then
    as_pg "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres "$DB"
fi
echo "export JICAI_TEST_POSTGRES_URL=postgresql://postgres@127.0.0.1:$PORT/$DB"
