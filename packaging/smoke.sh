#!/bin/sh
# Smoke test of a built bundle, run as a user would: unpack the archive into an empty folder and
# run the program from there with an empty environment and no Python on PATH (only what the
# bundle carries). Usage: sh packaging/smoke.sh dist/zhaoshang-VERSION-linux-x86_64.tar.gz
set -eu

archive=$(realpath "$1")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/home" "$tmp/empty-path" "$tmp/out"
tar -xzf "$archive" -C "$tmp"
exe="$tmp/zhaoshang/zhaoshang"

fail() {
    echo "smoke: FAILED: $*" >&2
    exit 1
}

# The program sees no variables but these: no PYTHONPATH, no virtual environment, and a PATH on
# which there is no python at all.
bundle() {
    env -i PATH="$tmp/empty-path" HOME="$tmp/home" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen "$exe" "$@"
}

start=$(date +%s)
version=$(bundle --version)
echo "smoke: $version"
expected=$(sed -n 's/^version *= *//p' setup.cfg)
[ "$version" = "zhaoshang $expected" ] || fail "--version printed '$version', setup.cfg says $expected"

bundle --db "$tmp/x.db" demo
bundle --db "$tmp/x.db" info
bundle --db "$tmp/x.db" report --year 2020 --quarter 2 --out "$tmp/out"
pdfs=$(find "$tmp/out" -name '*.pdf' -size +10k | wc -l)
xlsxs=$(find "$tmp/out" -name '*.xlsx' -size +5k | wc -l)
ls -l "$tmp/out"
[ "$pdfs" -ge 1 ] || fail "no PDF report"
[ "$xlsxs" -ge 1 ] || fail "no Excel report"
head -c 5 "$tmp/out"/*.pdf | grep -q '%PDF-' || fail "the report is not a PDF"

# The Qt modules the report page and printing load lazily must be in the bundle.
for module in QtPdf QtPdfWidgets QtPrintSupport; do
    ls "$tmp/zhaoshang/_internal/PySide6/$module".* >/dev/null 2>&1 || fail "PySide6.$module missing"
done

# The window, offscreen: it must still be running after 8 seconds (timeout's exit 124) and have
# printed no error.
status=0
timeout 8 env -i PATH="$tmp/empty-path" HOME="$tmp/home" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
    "$exe" --db "$tmp/x.db" >"$tmp/gui.log" 2>&1 || status=$?
if [ "$status" -ne 124 ] || grep -q -E 'Traceback|Error|error|Fatal|Could not' "$tmp/gui.log"; then
    cat "$tmp/gui.log" >&2
    fail "window did not stay up (exit $status)"
fi
echo "smoke: window stayed up for 8 s offscreen, nothing printed"
echo "smoke: passed in $(($(date +%s) - start)) s"
