#!/usr/bin/env bash
# The participatory budget count (nl.plein.budget.count) on this machine: 100,000 voters x 100 projects,
# every rule, medians of ROUNDS counts in one JVM (default 3), driven by bench/BudgetBench.java.
# Usage: bench/budget.sh [VOTERS PROJECTS]
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${BENCH_ROUNDS:-3}
./plein build >/dev/null
JAVA_HOME=${JAVA_HOME:-$(ls -d /usr/lib/jvm/*25* | head -1)}
echo "# $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
"$JAVA_HOME/bin/java" ${BENCH_JAVA_OPTS:--XX:+UseParallelGC} -Drounds="$ROUNDS" -cp target/classes \
  bench/BudgetBench.java "${1:-100000}" "${2:-100}"
