#!/usr/bin/env bash
# Regenerates the bundled example data set from examples/MakeExample.java (same bytes on every run).
# Usage: examples/make-example.sh [output-dir]        default: examples/provincial-agencies-2022
set -euo pipefail

examples="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
project="$(dirname "$examples")"
out="${1:-$examples/provincial-agencies-2022}"

# Commons CSV 1.14.1 needs Commons IO (and Codec) at run time, so the classpath carries all three.
classpath() {
  local repo="${MAVEN_REPO:-$HOME/.m2/repository}"
  local jars=("$repo/org/apache/commons/commons-csv/1.14.1/commons-csv-1.14.1.jar"
              "$repo/commons-io/commons-io/2.20.0/commons-io-2.20.0.jar"
              "$repo/commons-codec/commons-codec/1.19.0/commons-codec-1.19.0.jar")
  if ls "${jars[@]}" >/dev/null 2>&1; then
    (IFS=:; echo "${jars[*]}")
    return
  fi
  # Not in the local repository yet: let Maven resolve the engine module's dependencies (-am: the rules module
  # comes from the reactor on a fresh clone) and keep the three jars from its classpath.
  local file
  file="$(mktemp)"
  (cd "$project" && mvn -q -pl engine -am dependency:build-classpath -Dmdep.outputFile="$file" >&2)
  tr ':' '\n' < "$file" | grep -E '/commons-(csv|io|codec)-[0-9.]+\.jar$' | paste -sd: -
  rm -f "$file"
}

cd "$project"
# The generator's Vietnamese names are read from its source: make sure it is read as UTF-8.
java -Dfile.encoding=UTF-8 -cp "$(classpath)" examples/MakeExample.java "$out"
