#!/usr/bin/env bash
# A cluster on this machine: N Silo and M Gateway processes on one PostgreSQL database, on loopback.
#   bash deploy/cluster.sh start N M     start them, wait until each is ready, print each gateway's URL
#   bash deploy/cluster.sh stop          stop every process the last start began
#   bash deploy/cluster.sh env silo I    the environment of silo I (from 0), one KEY=VALUE a line
#   bash deploy/cluster.sh env gateway J the environment of gateway J (from 0)
# The tests start their processes from `env`, so ports and settings have this one source.
# Settings (environment, with their defaults):
#   GRIDACTORS_CLUSTER_DATABASE  connection string; default: database gridactors_cluster on the
#                                machine's PostgreSQL (started, and the database made, as needed)
#   GRIDACTORS_CLUSTER_PORT      first Orleans port: silo I listens on PORT+2I (silo to silo) and PORT+2I+1 (clients); 11100
#   GRIDACTORS_CLUSTER_HTTP_PORT first HTTP port: gateway J answers on HTTP_PORT+J; 5100
#   GRIDACTORS_CLUSTER_ID        the cluster's ClusterId and ServiceId; gridactors-local
#   GRIDACTORS_CLUSTER_SEED      silo 0 seeds the demo district on a database without a territory; true
#   GRIDACTORS_CLUSTER_DIR       where the processes' logs and ids are kept; /tmp/gridactors-cluster
#   GRIDACTORS_CLUSTER_CONFIGURATION  the build started; Release
#   GRIDACTORS_CLUSTER_BUILD     build it first; true (false: start what that configuration last built)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
me=$(id -un)
database=${GRIDACTORS_CLUSTER_DATABASE:-"Host=/var/run/postgresql;Username=$me;Database=gridactors_cluster;Maximum Pool Size=25"}
port=${GRIDACTORS_CLUSTER_PORT:-11100}
http_port=${GRIDACTORS_CLUSTER_HTTP_PORT:-5100}
id=${GRIDACTORS_CLUSTER_ID:-gridactors-local}
seed=${GRIDACTORS_CLUSTER_SEED:-true}
dir=${GRIDACTORS_CLUSTER_DIR:-/tmp/gridactors-cluster}
configuration=${GRIDACTORS_CLUSTER_CONFIGURATION:-Release}
build=${GRIDACTORS_CLUSTER_BUILD:-true}

common_env() {
  echo "GridActors__Storage__Backend=PostgreSql"
  echo "GridActors__Storage__ConnectionString=$database"
  echo "GridActors__Silo__ClusterId=$id"
  echo "GridActors__Silo__ServiceId=$id"
  # Production, as deployed, whatever the shell says.
  echo "DOTNET_ENVIRONMENT=Production"
  echo "ASPNETCORE_ENVIRONMENT=Production"
}

silo_env() {
  common_env
  echo "GridActors__Silo__SiloPort=$((port + 2 * $1))"
  echo "GridActors__Silo__GatewayPort=$((port + 2 * $1 + 1))"
  # One silo seeds; the seeding is idempotent, but every silo doing it would triple the start's work.
  if [ "$1" -eq 0 ]; then echo "GridActors__Demo__Seed=$seed"; else echo "GridActors__Demo__Seed=false"; fi
}

gateway_env() {
  common_env
  echo "GridActors__Gateway__Silo=Remote"
  echo "ASPNETCORE_URLS=http://127.0.0.1:$((http_port + $1))"
  # Development sign-in, so the README's tokens work; every gateway signs with the same development key.
  echo "GridActors__Auth__Development=true"
}

# Starts one program with the environment its function prints; records its process id.
launch() {
  local name=$1 program=$2 envfn=$3 index=$4
  mapfile -t vars < <("$envfn" "$index")
  (cd "$(dirname "$program")" && exec env "${vars[@]}" setsid dotnet "$program" >"$dir/$name.log" 2>&1 </dev/null) &
  echo $! >"$dir/$name.pid"
}

# Waits until the check passes, while the process lives; gives up after the limit (seconds).
await_process() {
  local name=$1 limit=$2; shift 2
  for _ in $(seq "$limit"); do
    "$@" && return 0
    kill -0 "$(cat "$dir/$name.pid")" 2>/dev/null || { echo "$name exited:" >&2; tail -20 "$dir/$name.log" >&2; return 1; }
    sleep 1
  done
  echo "$name was not ready within $limit s:" >&2; tail -20 "$dir/$name.log" >&2; return 1
}

# The host logs it once every hosted service (the silo, the Orleans client, Kestrel) has started.
started() { grep -q "Application started" "$dir/$1.log" 2>/dev/null; }

ready() { [ "$(curl -s -o /dev/null -w '%{http_code}' "$1/health/ready")" = 200 ]; }

start() {
  local silos=$1 gateways=$2
  [ "$silos" -ge 1 ] && [ "$gateways" -ge 1 ] || { echo "usage: cluster.sh start N M (N silos, M gateways, each at least 1)" >&2; exit 2; }
  if ls "$dir"/*.pid >/dev/null 2>&1; then echo "a cluster is running from $dir: bash deploy/cluster.sh stop first" >&2; exit 1; fi
  mkdir -p "$dir"
  if [ -z "${GRIDACTORS_CLUSTER_DATABASE:-}" ]; then
    bash "$root/tests/postgres-up.sh" >/dev/null
    psql -h /var/run/postgresql -d postgres -qtAc "SELECT 1 FROM pg_database WHERE datname = 'gridactors_cluster'" | grep -q 1 \
      || psql -h /var/run/postgresql -d postgres -qc "CREATE DATABASE gridactors_cluster"
  fi
  if [ "$build" = true ]; then
    dotnet build "$root/Gateway/Gateway.csproj" -c "$configuration" -v quiet -nologo >"$dir/build.log" 2>&1 \
      || { tail -20 "$dir/build.log" >&2; exit 1; }
  fi
  local silo_program="$root/Silo/bin/$configuration/net10.0/Silo.dll"
  local gateway_program="$root/Gateway/bin/$configuration/net10.0/Gateway.dll"
  # Silo 0 first: it applies the schema (and seeds), which the others then find done.
  launch silo-0 "$silo_program" silo_env 0
  await_process silo-0 300 started silo-0
  for i in $(seq 1 $((silos - 1))); do launch "silo-$i" "$silo_program" silo_env "$i"; done
  for i in $(seq 1 $((silos - 1))); do await_process "silo-$i" 120 started "silo-$i"; done
  for j in $(seq 0 $((gateways - 1))); do launch "gateway-$j" "$gateway_program" gateway_env "$j"; done
  for j in $(seq 0 $((gateways - 1))); do
    await_process "gateway-$j" 120 ready "http://127.0.0.1:$((http_port + j))"
    echo "http://127.0.0.1:$((http_port + j))/"
  done
}

stop() {
  shopt -s nullglob
  local pids=()
  for file in "$dir"/*.pid; do pids+=("$(cat "$file")"); done
  [ ${#pids[@]} -gt 0 ] || { echo "no cluster is running from $dir"; return 0; }
  kill -TERM "${pids[@]}" 2>/dev/null || true
  for _ in $(seq 30); do
    local alive=0
    for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
    [ $alive -eq 0 ] && break
    sleep 1
  done
  for pid in "${pids[@]}"; do kill -KILL "$pid" 2>/dev/null || true; done
  rm -f "$dir"/*.pid
  echo "stopped ${#pids[@]} processes"
}

case "${1:-}" in
  start) start "${2:-3}" "${3:-2}" ;;
  stop) stop ;;
  env)
    case "${2:-}" in
      silo) silo_env "${3:?index}" ;;
      gateway) gateway_env "${3:?index}" ;;
      *) echo "usage: cluster.sh env silo|gateway INDEX" >&2; exit 2 ;;
    esac ;;
  *) echo "usage: cluster.sh start N M | stop | env silo|gateway INDEX" >&2; exit 2 ;;
esac
