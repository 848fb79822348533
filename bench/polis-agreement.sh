#!/usr/bin/env bash
# How the opinion map of each Polis conversation in src/test/resources/polis compares with the groups
# Polis published (participants-votes.csv): one `./plein opinion-map --compare` per conversation, then a
# table row each. Usage: bench/polis-agreement.sh [DIR...]   (default: every conversation there)
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -gt 0 ] || set -- src/test/resources/polis/*/
./plein build >/dev/null 2>&1
echo "| conversation | voters | in Plein's groups / Polis' | groups Plein / Polis | ARI | top-3 statements shared per Polis group |"
echo "|---|---|---|---|---|---|"
for dir in "$@"; do
  out=$(./plein opinion-map --polis-export "$dir" --out /dev/null --compare 2>&1)
  voters=$(grep -o '^[0-9]* participants' <<<"$out" | grep -o '[0-9]*')
  line=$(grep '^groups:' <<<"$out")
  ours=$(sed -E 's/^groups: ([0-9]+) \(Polis ([0-9]+)\).*/\1/' <<<"$line")
  theirs=$(sed -E 's/^groups: ([0-9]+) \(Polis ([0-9]+)\).*/\2/' <<<"$line")
  ari=$(grep -oE 'index [0-9.-]+' <<<"$line" | cut -d' ' -f2)
  both=$(grep -oE 'over [0-9]+' <<<"$line" | cut -d' ' -f2)
  onlyPolis=$(grep -oE '[0-9]+ only in Polis' <<<"$line" | cut -d' ' -f1)
  onlyOurs=$(grep -oE '[0-9]+ only in ours' <<<"$line" | cut -d' ' -f1)
  shared=$(grep -oE '[0-9]+ in common' <<<"$out" | cut -d' ' -f1 | paste -sd/ -)
  echo "| $(basename "$dir") | $voters | $((both + onlyOurs)) / $((both + onlyPolis)) | $ours / $theirs | $ari | $shared |"
done
