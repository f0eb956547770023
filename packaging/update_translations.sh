#!/bin/sh
# Gathers every translatable text of carebook into resources/translations/*.ts, keeping the
# translations already made, for translators to finish in Qt Linguist (pyside6-linguist).
# The compiled .qm files are made at build time (carebook.spec) or on first use from a checkout.
set -eu
cd "$(dirname "$0")/.."
for source in resources/translations/carebook_*.ts; do
    pyside6-lupdate $(find carebook -name "*.py" | sort) -no-obsolete -locations none \
        -source-language en -target-language "$(basename "$source" .ts | cut -d_ -f2)" -ts "$source"
done
