#!/usr/bin/env bash
# A throwaway PostgreSQL for the tests, from Debian's packages, listening on 127.0.0.1 only:
#   Scripts/postgres.sh start DIR [PORT]   makes a cluster in DIR (owned by the postgres user),
#                                          starts it on PORT (default: a free one), and prints
#                                          its URL (postgres://nod@127.0.0.1:PORT/nod)
#   Scripts/postgres.sh stop DIR           stops it (DIR can then be removed)
# Installs postgresql when it is missing (apt-get update first). The cluster trusts local
# connections on loopback: it holds test data only and lives as long as the test run.
set -euo pipefail
command=${1:?usage: Scripts/postgres.sh start|stop DIR [PORT]}
dir=${2:?usage: Scripts/postgres.sh start|stop DIR [PORT]}
# Any free port unless one is given.
port=${3:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
run=()
[ "$(id -u)" -eq 0 ] || run=(sudo)
if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
  echo "postgres: installing postgresql" >&2
  "${run[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${run[@]}" apt-get install -y -qq postgresql >/dev/null
fi
bin=$(dirname "$(ls -d /usr/lib/postgresql/*/bin/pg_ctl | sort -V | tail -1)")
as_postgres() {
  if [ "$(id -un)" = postgres ]; then "$@"; else "${run[@]}" runuser -u postgres -- "$@"; fi
}
case "$command" in
  start)
    mkdir -p "$dir"
    chown postgres "$dir" 2>/dev/null || true
    as_postgres "$bin/initdb" --pgdata="$dir/data" --username=postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
    as_postgres "$bin/pg_ctl" --pgdata="$dir/data" --log="$dir/data/server.log" --wait --silent \
      -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir/data -c max_connections=200 -c fsync=off" start
    as_postgres "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -q -c "CREATE ROLE nod LOGIN CREATEDB" -c "CREATE DATABASE nod OWNER nod"
    echo "postgres://nod@127.0.0.1:$port/nod"
    ;;
  stop)
    as_postgres "$bin/pg_ctl" --pgdata="$dir/data" --wait --silent --mode=fast stop
    ;;
  *) echo "usage: Scripts/postgres.sh start|stop DIR [PORT]" >&2; exit 2 ;;
esac
