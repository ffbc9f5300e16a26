#!/usr/bin/env bash
# ci-verify.sh: the slotproof merge gate. Exit 0 only if every artifact is proven safe.
set -uo pipefail
graphs=$1 artifacts=$2 reports=$3
slotproof=${SLOTPROOF:-slotproof}
mkdir -p "$reports"
declare -A graph_by_sha
for g in "$graphs"/*.json; do graph_by_sha[$(sha256sum "$g" | cut -d' ' -f1)]=$g; done
worst=0
for a in "$artifacts"/*.json; do
  sha=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["graph"]["sha256"])' "$a" 2>/dev/null)
  g=${graph_by_sha[$sha]:-}
  name=$(basename "$a" .json)
  if [ -z "$g" ]; then
    echo "$a: no graph in $graphs has SHA-256 ${sha:-?}" >&2
    code=2
  else
    "$slotproof" verify "$g" "$a" --report-json "$reports/$name.json" --junit "$reports/$name.xml"
    code=$?
  fi
  echo "$a: exit $code"
  [ "$code" -gt "$worst" ] && worst=$code
done
exit "$worst"
