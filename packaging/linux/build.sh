#!/usr/bin/env bash
# Build carebook for Linux: the one-folder app dist/carebook/ (programs `carebook` and
# `carebook-window`) from packaging/carebook.spec, then the tarball
# dist/carebook-<version>-linux-x86_64.tar.gz holding that folder and install.sh, which installs
# it for the current user under ~/.local. Prints the build time and the sizes.
#
# Run from anywhere in a checkout whose virtualenv is .venv (made as README's test install:
# python3 -m venv .venv && .venv/bin/pip install -e '.[test]'); CAREBOOK_VENV names another.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
venv="${CAREBOOK_VENV:-$root/.venv}"
python="$venv/bin/python"
if [[ ! -x "$python" ]]; then
    echo "build: no virtualenv at $venv; make it first:" >&2
    echo "  python3 -m venv .venv && .venv/bin/pip install -e '.[test]'" >&2
    exit 2
fi

# PyInstaller and its hooks, pinned (see there why).
"$python" -m pip install --quiet --disable-pip-version-check -r packaging/build-requirements.txt

version="$("$python" -c 'import carebook; print(carebook.__version__)')"
machine="$(uname -m)"
echo "build: carebook $version for linux-$machine"

started=$(date +%s)
"$python" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/carebook.spec
# carebook-window: the same program under the name that opens the window alone (see the spec).
ln -sf carebook dist/carebook/carebook-window
built=$(( $(date +%s) - started ))
echo "build: dist/carebook built in ${built} s, $(du -sh dist/carebook | cut -f1) on disk"

# The tarball: carebook-<version>-linux-<machine>/{carebook/, install.sh}
name="carebook-$version-linux-$machine"
stage="build/$name"
rm -rf "$stage"
mkdir -p "$stage"
cp -a dist/carebook "$stage/carebook"
install -m 0755 packaging/linux/install.sh "$stage/install.sh"
tar -C build -czf "dist/$name.tar.gz" "$name"
rm -rf "$stage"
echo "build: dist/$name.tar.gz, $(du -h "dist/$name.tar.gz" | cut -f1)"
