#!/usr/bin/env bash
# Measures Plein on this machine: start-up time of `./plein run` (already built), memory of the running
# process, and throughput/latency of the project list (200 projects) and a project page at 64 concurrent
# connections, from other processes: wrk (a closed loop: the most the server does) and bench/RateLoad.java
# (a constant 2,000 requests a second: the latency at that rate).
# Usage: bench/run.sh   (needs wrk: apt-get install wrk)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "bench needs wrk (apt-get install -y wrk)"; exit 1; }

PORT=${BENCH_PORT:-18080}
DURATION=${BENCH_DURATION:-20s}
ROUNDS=${BENCH_ROUNDS:-3}
BASE=http://localhost:$PORT
./plein build >/dev/null
JAVA_HOME=${JAVA_HOME:-$(ls -d /usr/lib/jvm/*25* | head -1)}

data=$(mktemp -d)
log=$(mktemp)
cleanup() { [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$data" "$log"; }
trap cleanup EXIT

# 1. Start-up: from the command to the first page served (a fresh database, so this includes creating
#    the schema and the demo data with 200 extra projects).
start=$(date +%s%N)
PORT=$PORT PLEIN_DATA_DIR=$data PLEIN_DEMO_EXTRA_PROJECTS=200 ./plein run >"$log" 2>&1 &
pid=$!
until curl -sf -o /dev/null "$BASE/"; do
  kill -0 "$pid" 2>/dev/null || { cat "$log"; exit 1; }
  sleep 0.05
done
first_page_ms=$(( ($(date +%s%N) - start) / 1000000 ))
echo "first page served after ${first_page_ms} ms (fresh database, schema and demo data included)"

# Restart on the now-filled database: the start-up a returning user sees.
kill "$pid"; wait "$pid" 2>/dev/null || true
start=$(date +%s%N)
PORT=$PORT PLEIN_DATA_DIR=$data ./plein run >"$log" 2>&1 &
pid=$!
until curl -sf -o /dev/null "$BASE/"; do sleep 0.05; done
echo "first page served after $(( ($(date +%s%N) - start) / 1000000 )) ms (restart on existing data)"

projects=$(curl -s "$BASE/projecten" | grep -o '[0-9]\+ projecten gevonden' | head -1 || true)
slug=$(curl -s "$BASE/projecten" | grep -o 'href="/projecten/[a-z0-9-]\+"' | head -1 | sed 's/href="\/projecten\///;s/"//')
echo "project list: $projects; project page: /projecten/$slug"

run_wrk() { # path -> "rps p50 p99 non2xx": a closed loop, as fast as the server answers
  wrk -t2 -c64 -d"$DURATION" --latency "$BASE$1" | awk '
    /Requests\/sec/ {rps=$2}
    /^ +50%/ {p50=$2} /^ +99%/ {p99=$2}
    /Non-2xx/ {bad=$NF}
    END {print rps, p50, p99, (bad==""?0:bad)}'
}
for path in "/projecten" "/projecten/$slug"; do
  run_wrk "$path" >/dev/null # warm-up: JIT and caches
  for i in $(seq "$ROUNDS"); do
    echo "$path wrk closed loop, 64 connections, round $i: $(run_wrk "$path" | awk '{printf "%s req/s, p50 %s, p99 %s, non-2xx %s", $1, $2, $3, $4}')"
  done
  for i in $(seq "$ROUNDS"); do
    echo "$path constant rate, round $i: $("$JAVA_HOME/bin/java" bench/RateLoad.java "$BASE$path" "${BENCH_RATE:-2000}" 20 64)"
  done
done

rss_java=$(ps -o rss= -p "$(pgrep -f "plein.jar.*--server.port=$PORT" | head -1)")
postmaster=$(head -1 "$data/postgres/postmaster.pid")
rss_pg=$(ps -o rss= -p "$postmaster" --ppid "$postmaster" | awk '{s+=$1} END {print s+0}')
echo "memory after load: java ${rss_java} KiB RSS, embedded postgres $((rss_pg)) KiB RSS (all its processes, shared pages counted per process)"
