#!/usr/bin/env bash
# Build carebook for macOS (UNTESTED here: written for a Mac, never run on one): carebook.app
# from packaging/carebook.spec (its BUNDLE step wraps the one-folder build; the app opens the
# window, and Contents/MacOS/carebook is the command line), then
# dist/carebook-<version>-macos-<arch>.dmg holding the app and a link to /Applications.
# Builds for the machine's own architecture (arm64 or x86_64), as the virtualenv's wheels are.
#
# Run from the repository's top, with the virtualenv made as README's test install:
#   python3 -m venv .venv && .venv/bin/pip install -e '.[test]' && bash packaging/macos/build.sh
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
python="$root/.venv/bin/python"
if [[ ! -x "$python" ]]; then
    echo "build: no virtualenv at .venv; make it first:" >&2
    echo "  python3 -m venv .venv && .venv/bin/pip install -e '.[test]'" >&2
    exit 2
fi

# PyInstaller and its hooks, pinned (see there why).
"$python" -m pip install --quiet --disable-pip-version-check -r packaging/build-requirements.txt

version="$("$python" -c 'import carebook; print(carebook.__version__)')"
arch="$(uname -m)"

# The app's icon: an .icns made from the PNG icons, when the build has them.
png="resources/icons/hicolor/512x512/apps/carebook.png"
unset CAREBOOK_ICON
if [[ -f "$png" ]]; then
    iconset="build/carebook.iconset"
    rm -rf "$iconset"
    mkdir -p "$iconset"
    for size in 16 32 128 256 512; do
        sips -z "$size" "$size" "$png" --out "$iconset/icon_${size}x${size}.png" >/dev/null
        double=$((size * 2))
        if ((double <= 512)); then
            sips -z "$double" "$double" "$png" --out "$iconset/icon_${size}x${size}@2x.png" \
                >/dev/null
        fi
    done
    iconutil -c icns "$iconset" -o build/carebook.icns
    export CAREBOOK_ICON="$root/build/carebook.icns"
fi

started=$(date +%s)
"$python" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/carebook.spec
echo "build: dist/carebook.app built in $(($(date +%s) - started)) s," \
    "$(du -sh dist/carebook.app | cut -f1) on disk"

# The built command line must answer before anything is packed.
dist/carebook.app/Contents/MacOS/carebook --version

# Unsigned: a Mac will ask its user to allow the app (right-click, Open). To sign and notarize,
# run `codesign --deep --options runtime -s "Developer ID Application: ..." dist/carebook.app`
# and `xcrun notarytool submit` here, before the image is made.
stage="build/dmg"
rm -rf "$stage"
mkdir -p "$stage"
cp -R dist/carebook.app "$stage/"
ln -s /Applications "$stage/Applications"
image="dist/carebook-$version-macos-$arch.dmg"
rm -f "$image"
hdiutil create -volname "carebook $version" -srcfolder "$stage" -fs HFS+ -format UDZO \
    -ov "$image"
rm -rf "$stage"
echo "build: $image, $(du -h "$image" | cut -f1)"
