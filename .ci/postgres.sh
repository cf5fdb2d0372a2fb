# Starts a throwaway PostgreSQL 15 on loopback from Debian's binaries and exports
# TEST_DATABASE_URL; sourced by .ci/run. initdb refuses to run as root, so a system user owns it.
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
PGPORT=${PGPORT:-55432}
PGDATA=$(mktemp -d /tmp/partnership-pg.XXXXXX)

as_owner() {
  if [ "$(id -u)" = 0 ]; then su pgci -s /bin/bash -c "$1"; else bash -c "$1"; fi
}

if [ "$(id -u)" = 0 ] && ! id pgci >/dev/null 2>&1; then
  useradd --system --no-create-home --shell /usr/sbin/nologin pgci
fi
[ "$(id -u)" = 0 ] && chown pgci "$PGDATA"
# A UTF-8 ctype whatever the environment: pg_trgm (name search) sees no Chinese letters under C.
as_owner "$PGBIN/initdb -D $PGDATA -U postgres -A trust --no-sync --encoding=UTF8 --lc-ctype=C.UTF-8 >/dev/null"
# The port may be taken for a moment (a client socket of the previous test pass uses the same
# ephemeral range): try the next ones, showing why, rather than run the suite without a server.
# Two test files run at a time, each with one or more graphs whose subgraphs pool up to 10
# connections apiece: PostgreSQL's default of 100 clients was once exceeded.
for attempt in 1 2 3 4 5; do
  as_owner "$PGBIN/pg_ctl -D $PGDATA -l $PGDATA/server.log -w -o \"-h 127.0.0.1 -p $PGPORT -k $PGDATA -c fsync=off -c max_connections=300\" start >/dev/null" && break
  echo "PostgreSQL did not start on port $PGPORT (attempt $attempt):" >&2
  tail -n 3 "$PGDATA/server.log" >&2
  PGPORT=$((PGPORT + 10))
done

stop_postgres() { as_owner "$PGBIN/pg_ctl -D $PGDATA -m fast stop >/dev/null" || true; rm -rf "$PGDATA"; }
export TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$PGPORT/postgres"
echo "PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PGPORT"
