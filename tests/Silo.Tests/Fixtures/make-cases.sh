#!/usr/bin/env bash
# Drives a running gateway of the release before the event log (commit 0248a5a) through a few
# cases, then writes what each case looked like through the API to the file named by $2.
# Usage: make-cases.sh http://127.0.0.1:5000 cases.json
set -euo pipefail
B=$1
OUT=$2
token() { curl -sf -X POST "$B/api/v1/dev/tokens" -H 'content-type: application/json' -d "$1" | jq -r .accessToken; }
ADMIN=$(token '{"role":"admin","areaCode":"320412"}')
OPERATOR=$(token '{"role":"operator","areaCode":"320412101"}')
SUPERVISOR=$(token '{"role":"supervisor","areaCode":"320412101"}')
GRID=320412101001-01
WORKER=$(token "{\"role\":\"worker\",\"areaCode\":\"$GRID\",\"workerId\":\"w-fixture-1\"}")

call() { # method path token [body]
  curl -sf -X "$1" "$B$2" -H "authorization: Bearer $3" -H 'content-type: application/json' ${4:+-d "$4"}
}
report() { # idempotency key, title
  curl -sf -X POST "$B/api/v1/incidents" -H "authorization: Bearer $OPERATOR" -H 'content-type: application/json' -H "Idempotency-Key: $1" \
    -d "{\"source\":\"Hotline12345\",\"category\":\"environment.rubbish\",\"urgency\":\"Normal\",\"title\":\"$2\",\"description\":\"fixture case $1\",\"gridCode\":\"$GRID\",\"location\":{\"latitude\":31.70,\"longitude\":119.95},\"address\":\"河边路 $1 号\"}" | jq -r .id
}

call PUT /api/v1/grids/$GRID "$ADMIN" '{"name":"河边网格","type":"Community"}' >/dev/null
call PUT /api/v1/workers/w-fixture-1 "$ADMIN" "{\"name\":\"张三\",\"kind\":\"FullTime\",\"grids\":[\"$GRID\"],\"phone\":\"13800000000\"}" >/dev/null
call PUT /api/v1/workers/w-fixture-1/duty "$WORKER" '{"duty":"OnDuty"}' >/dev/null

REPORTED=$(report fixture-reported 路边垃圾)
REJECTED=$(report fixture-rejected 重复上报)
call POST /api/v1/incidents/$REJECTED/reject "$OPERATOR" '{"reason":"不属于网格事项"}' >/dev/null
DISPATCHED=$(report fixture-dispatched 河边垃圾堆)
call POST /api/v1/incidents/$DISPATCHED/file "$OPERATOR" '{"note":"立案"}' >/dev/null
ACCEPTED=$(report fixture-accepted 垃圾桶满溢)
call POST /api/v1/incidents/$ACCEPTED/file "$OPERATOR" '{}' >/dev/null
call POST /api/v1/incidents/$ACCEPTED/accept "$WORKER" >/dev/null
EXTENDED=$(report fixture-extended 建筑垃圾)
call POST /api/v1/incidents/$EXTENDED/file "$OPERATOR" '{}' >/dev/null
call POST /api/v1/incidents/$EXTENDED/accept "$WORKER" >/dev/null
call POST /api/v1/incidents/$EXTENDED/extend "$SUPERVISOR" "{\"newDeadline\":\"$(date -u -d '+30 days' +%Y-%m-%dT09:00:00+08:00)\",\"reason\":\"需要清运车\"}" >/dev/null
CLOSED=$(report fixture-closed 绿化带垃圾)
call POST /api/v1/incidents/$CLOSED/file "$OPERATOR" '{}' >/dev/null
call POST /api/v1/incidents/$CLOSED/accept "$WORKER" >/dev/null
call POST /api/v1/incidents/$CLOSED/resolve "$WORKER" '{"result":"已清理","photoUrls":["https://example.org/after.jpg"]}' >/dev/null
call POST /api/v1/incidents/$CLOSED/verify "$OPERATOR" '{"note":"现场核查通过"}' >/dev/null
call POST /api/v1/incidents/$CLOSED/close "$OPERATOR" '{"note":"结案"}' >/dev/null
call POST /api/v1/incidents/$CLOSED/evaluate "$OPERATOR" '{"satisfaction":5,"comment":"满意"}' >/dev/null
MERGED=$(report fixture-merged 垃圾桶满溢（重复）)
call POST /api/v1/incidents/$MERGED/merge "$OPERATOR" "{\"into\":\"$ACCEPTED\"}" >/dev/null

{
  echo '{"cases":['
  first=1
  for id in $REPORTED $REJECTED $DISPATCHED $ACCEPTED $EXTENDED $CLOSED $MERGED; do
    [ $first = 1 ] || echo ','
    first=0
    call GET /api/v1/incidents/$id "$ADMIN"
  done
  echo '],"grid":'
  call GET /api/v1/grids/$GRID "$ADMIN"
  echo ',"worker":'
  call GET /api/v1/workers/w-fixture-1 "$ADMIN"
  echo '}'
} | jq . > "$OUT"
