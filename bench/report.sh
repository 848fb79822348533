#!/usr/bin/env bash
# Participation report and dashboard figures (issue 6): time to generate a report and its PDF for a
# project with 5,000 responses, 1,000 ideas and 10,000 contributions, and the dashboard's p99 for an
# organisation with 200 projects. Runs src/test/java/nl/plein/report/ReportBench.java in the test
# context (embedded PostgreSQL); raw lines go to bench/results-report-<date>.txt.
# Usage: bench/report.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-$(ls -d /usr/lib/jvm/*25* | head -1)}
out=bench/results-report-$(date +%F).txt
./mvnw -B -q verify -Dtest=ReportBench -Dsurefire.failIfNoSpecifiedTests=false -Dspotless.check.skip=true 2>&1 \
  | grep '^BENCH' | tee "$out"
