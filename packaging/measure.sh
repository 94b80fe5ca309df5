#!/usr/bin/env bash
# Start-up time of two ways of running the editor, e.g. the stand-alone build against the
# wheel installed in a virtual environment: the median wall time of N runs (/usr/bin/time)
# of --version and of --screenshot on an example, offscreen.
# Usage: bash packaging/measure.sh PROGRAM... (each an ametijuhend command; RUNS=7)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-7}
example=$PWD/resources/examples/projektijuht-jatkutugi.ajx
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export QT_QPA_PLATFORM=offscreen HOME=$scratch/home
mkdir -p "$HOME"
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
for program in "$@"; do
  for what in version screenshot; do
    : > "$scratch/times"
    for _ in $(seq "$runs"); do
      if [ $what = version ]; then set -- --version; else set -- "$example" --screenshot "$scratch/a.png"; fi
      /usr/bin/time -f %e -a -o "$scratch/times" "$program" "$@" >/dev/null 2>&1
    done
    printf '%-60s %-11s median %s s of %s runs\n' "$program" "$what" "$(median < "$scratch/times")" "$runs"
  done
done
