#!/usr/bin/env bash
# Conversation figures (ideas, supports, contributions per second; idea list and discussion latency;
# statements per page) through the real use cases on the embedded PostgreSQL. Writes
# bench/results-conversation-<date>.txt. Usage: bench/conversation.sh
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_HOME=${JAVA_HOME:-$(ls -d /usr/lib/jvm/*25* | head -1)} ./mvnw -q -B verify -Dtest=ConversationBench \
  -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true 2>&1 | grep '^BENCH' || true
cat bench/results-conversation-"$(date +%F)".txt
