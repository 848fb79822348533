#!/usr/bin/env bash
# Sustained survey submissions: respondents without an account answer a one-page survey of 10 questions
# through the public link (start, send the page, skip the "about you" page), in a closed loop over
# 64 connections from another process; 3 rounds after a warm-up. No loss: the completed responses the
# load tool counted must equal the number the results API reports afterwards.
# Usage: bench/survey-submissions.sh   (BENCH_DURATION=20 BENCH_CONNECTIONS=64 BENCH_ROUNDS=3)
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${BENCH_PORT:-18081}
DURATION=${BENCH_DURATION:-20}
CONNECTIONS=${BENCH_CONNECTIONS:-64}
ROUNDS=${BENCH_ROUNDS:-3}
BASE=http://localhost:$PORT
./plein build >/dev/null
JAVA_HOME=${JAVA_HOME:-$(ls -d /usr/lib/jvm/*25* | head -1)}
JAVA="$JAVA_HOME/bin/java"

data=$(mktemp -d)
log=$(mktemp)
cleanup() { [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$data" "$log"; }
trap cleanup EXIT

PORT=$PORT PLEIN_DATA_DIR=$data ./plein run >"$log" 2>&1 &
pid=$!
until curl -sf -o /dev/null "$BASE/"; do
  kill -0 "$pid" 2>/dev/null || { cat "$log"; exit 1; }
  sleep 0.1
done
token=$(grep -A1 'Demo analyst API token' "$log" | tail -1 | tr -d ' ')
survey=$("$JAVA" bench/SurveyLoad.java setup "$BASE")
echo "survey $survey: 10 questions on one page (single, yes/no x2, scale 1-5 x2, scale 0-10, grade, multiple, number, open)"

"$JAVA" bench/SurveyLoad.java load "$BASE" "$survey" 10 "$CONNECTIONS" >/dev/null # warm-up: JIT, pools
before=$("$JAVA" bench/SurveyLoad.java count "$BASE" "$survey" "$token")
sent=0
for i in $(seq "$ROUNDS"); do
  out=$("$JAVA" bench/SurveyLoad.java load "$BASE" "$survey" "$DURATION" "$CONNECTIONS")
  echo "round $i, $CONNECTIONS connections: $out"
  sent=$((sent + $(echo "$out" | awk '{print $1}')))
done
after=$("$JAVA" bench/SurveyLoad.java count "$BASE" "$survey" "$token")
echo "completed responses counted by the load tool: $sent; stored (results API): $((after - before)); lost: $((sent - (after - before)))"

rss_java=$(ps -o rss= -p "$(pgrep -f "plein.jar.*--server.port=$PORT" | head -1)")
postmaster=$(head -1 "$data/postgres/postmaster.pid")
rss_pg=$(ps -o rss= -p "$postmaster" --ppid "$postmaster" | awk '{s+=$1} END {print s+0}')
echo "memory after load: java ${rss_java} KiB RSS, embedded postgres $((rss_pg)) KiB RSS (all its processes)"
