#!/usr/bin/env bash
# Check the built carebook (dist/carebook, or the folder given) by starting its own programs:
# see check_built.py beside this file for what is checked. Exits non-zero on any failure.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# Any Python 3.10+ runs the checks (standard library only); the built app carries its own.
python="$(command -v python3 || true)"
if [[ -z "$python" ]]; then
    echo "check_built: python3 is needed to run the checks" >&2
    exit 2
fi
exec "$python" "$here/check_built.py" "$@"
