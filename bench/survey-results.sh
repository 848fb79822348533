#!/usr/bin/env bash
# Survey results with weighting for 100,000 responses x 20 questions (raking + figures of every question,
# weighted and unweighted, for all responses and for one area). Three separate JVMs; prints each run and
# the medians of the cold (first) time, the warm time, and the peak memory.
# Usage: bench/survey-results.sh [responses]   (default 100000); raw output goes to bench/results-survey-<date>.txt
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_HOME=${JAVA_HOME:-$(ls -d /usr/lib/jvm/*25* | head -1)}
export JAVA_HOME
./mvnw -q -B -DskipTests compile >/dev/null
N=${1:-100000}
out=bench/results-survey-$(date -u +%F).txt
: >"$out"
for i in 1 2 3; do
  # Same collector as ./plein run; /usr/bin/time -v gives the peak resident set size of the whole JVM.
  /usr/bin/time -v "$JAVA_HOME/bin/java" -XX:+UseSerialGC -cp target/classes bench/SurveyResultsBench.java "$N" \
    >"$out.run" 2>"$out.time"
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$out.time")
  { echo "run $i"; cat "$out.run"; echo "max_rss_mb=$((rss / 1024))"; } | tee -a "$out"
done
rm -f "$out.run" "$out.time"
median() { sort -n | sed -n 2p; }
echo "median of 3: cold_ms=$(grep -o 'cold_ms=[0-9.]*' "$out" | cut -d= -f2 | median)" \
  "warm_median_ms=$(grep -o 'warm_median_ms=[0-9.]*' "$out" | cut -d= -f2 | median)" \
  "cold_cpu_ms=$(grep -o 'cold_cpu_ms=[0-9.]*' "$out" | cut -d= -f2 | median)" \
  "warm_cpu_median_ms=$(grep -o 'warm_cpu_median_ms=[0-9.]*' "$out" | cut -d= -f2 | median)" \
  "peak_heap_mb=$(grep -o 'peak_heap_during_first_run_mb=[0-9.]*' "$out" | cut -d= -f2 | median)" \
  "max_rss_mb=$(grep -o 'max_rss_mb=[0-9]*' "$out" | cut -d= -f2 | median)" | tee -a "$out"
