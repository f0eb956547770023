#!/bin/sh
# Gathers every translatable text of carebook into resources/translations/*.ts, keeping the
# translations already made, for translators to finish in Qt Linguist (pyside6-linguist).
# The compiled .qm files are made at build time (carebook.spec) or on first use from a checkout.
set -eu
cd "$(dirname "$0")/.."
for source in resources/translations/carebook_*.ts; do
    find carebook -name '*.py' | sort | xargs pyside6-lupdate -no-obsolete -locations none -ts "$source"
done
