#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the store's tests: Debian's server binaries, data directory and
# unix socket in a fresh temporary folder, no TCP listener, trust authentication for the socket only.
#
#   url=$(bash scripts/pg-test-cluster.sh start)   # prints postgres://parallax@/parallax?host=/tmp/…
#   PARALLAX_TEST_PG="$url" npm test
#   bash scripts/pg-test-cluster.sh stop "$url"    # stops the server and removes the folder
#
# `start --install` first installs Debian's `postgresql` package with apt-get when no server is
# found (CI does; it never creates or starts the package's own cluster). The server refuses to run
# as root, so as root it runs as `nobody`; as any other user it runs as that user.
set -euo pipefail

log() { echo "pg-test-cluster: $*" >&2; }

find_bindir() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -n "$dir" ] && [ -x "$dir/initdb" ]; then echo "$dir"; fi
}

install_server() {
  log "installing Debian's postgresql package"
  export DEBIAN_FRONTEND=noninteractive
  # The package would create and start a cluster of its own: this script makes its own instead.
  mkdir -p /etc/postgresql-common
  if [ ! -f /etc/postgresql-common/createcluster.conf ]; then
    echo 'create_main_cluster = false' >/etc/postgresql-common/createcluster.conf
  fi
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends postgresql postgresql-contrib >/dev/null
}

# Run a command as the cluster's owner.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u nobody -- "$@"; else "$@"; fi
}

start() {
  local bindir dir
  bindir=$(find_bindir)
  if [ -z "$bindir" ] && [ "${1:-}" = "--install" ]; then
    install_server
    bindir=$(find_bindir)
  fi
  if [ -z "$bindir" ]; then
    log "no PostgreSQL server found under /usr/lib/postgresql/*/bin (apt-get install postgresql)"
    exit 1
  fi
  dir=$(mktemp -d /tmp/parallax-pg.XXXXXX)
  chmod 755 "$dir"
  if [ "$(id -u)" -eq 0 ]; then chown nobody "$dir"; fi
  as_owner "$bindir/initdb" -D "$dir/data" -U parallax --auth=trust -E UTF8 --locale=C.UTF-8 \
    >"$dir/initdb.log" 2>&1 || {
    cat "$dir/initdb.log" >&2
    exit 1
  }
  # Only the unix socket in $dir; fsync stays on, as it would be on a real server.
  as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses='' -c unix_socket_directories='$dir' -c max_connections=100" \
    start >/dev/null || {
    cat "$dir/server.log" >&2
    exit 1
  }
  "$bindir/createdb" -h "$dir" -U parallax parallax
  echo "postgres://parallax@/parallax?host=$dir"
}

stop() {
  local target="${1:-}" dir bindir
  dir="${target##*host=}"
  dir="${dir%%&*}"
  case "$dir" in
  /tmp/parallax-pg.*) ;;
  *)
    log "stop takes the URL (or folder) that start printed, got: $target"
    exit 2
    ;;
  esac
  bindir=$(find_bindir)
  if [ -d "$dir/data" ] && [ -n "$bindir" ]; then
    as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
  fi
  rm -rf "$dir"
}

case "${1:-}" in
start) start "${2:-}" ;;
stop) stop "${2:-}" ;;
*)
  echo "usage: $0 start [--install] | stop URL" >&2
  exit 2
  ;;
esac
