# Sourced by the server benches (server_board.sh, server_import.sh,
# server_live.sh): a throwaway PostgreSQL cluster in a new folder under /tmp, on a
# unix socket in that folder and a random port, run as the `postgres` account
# when root (initdb refuses root).
#   pg_work PREFIX       sets pgbin, work (the folder) and port
#   pg_start OPTIONS...  initdb and start, with these server options (-c ...)
#   pg_stop              stop the cluster and remove the folder (for a trap)
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
pg_work() {
  pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  work=$(mktemp -d "/tmp/$1-XXXX")
  chmod 755 "$work"
  port=$((20000 + RANDOM % 20000))
  if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$work"; fi
}
pg_start() {
  as_pg "$pgbin/initdb" -D "$work/data" -U postgres -A trust -E UTF8 --locale=C --no-sync >/dev/null
  as_pg "$pgbin/pg_ctl" start -w -D "$work/data" -l "$work/log" \
    -o "-k $work -p $port -c listen_addresses='' $* ${PGOPTS:-}" >/dev/null
}
pg_stop() {
  as_pg "$pgbin/pg_ctl" stop -m immediate -w -D "$work/data" >/dev/null 2>&1 || true
  rm -rf "$work"
}
