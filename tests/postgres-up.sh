#!/usr/bin/env bash
# Starts the machine's PostgreSQL cluster if it is down and makes a login role for the current
# OS user, so tests connect over the local socket by peer authentication: no password anywhere.
set -euo pipefail
if ! command -v pg_lsclusters >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
cluster=$(pg_lsclusters --no-header | awk 'NR==1 {print $1" "$2}')
[ -n "$cluster" ] || { echo "no PostgreSQL cluster found" >&2; exit 1; }
if ! pg_lsclusters --no-header | awk 'NR==1 {print $4}' | grep -q online; then
  pg_ctlcluster $cluster start
fi
me=$(id -un)
cd /tmp
runuser -u postgres -- psql -v ON_ERROR_STOP=1 -qtAc \
  "DO \$\$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '$me') THEN CREATE ROLE \"$me\" LOGIN SUPERUSER; END IF; END \$\$;"
# The suite's test projects run side by side, and the cluster tests start four processes with a pool each:
# Debian's 100 connections run out ("too many clients"), so the test server allows more.
if [ "$(runuser -u postgres -- psql -qtAc 'SHOW max_connections')" -lt 400 ]; then
  runuser -u postgres -- psql -qtAc "ALTER SYSTEM SET max_connections = 400" >/dev/null
  pg_ctlcluster $cluster restart
fi
echo "PostgreSQL is up; tests connect as '$me' over /var/run/postgresql"
