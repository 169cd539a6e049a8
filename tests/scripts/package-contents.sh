#!/usr/bin/env bash
# Builds the Debian package from the build folder with CPack and checks what a school's
# laptop would get: the two programs, the desktop entry, AppStream metainfo and MIME type
# (each validated), the icons, and the run-time dependencies Qt needs as plugins.
#
# Usage: package-contents.sh BUILD_DIR SOURCE_DIR
# Exit 0 when the package is whole; 1 with what is wrong; 77 (skipped) without dpkg-deb.
set -uo pipefail
build=${1:?usage}
source=${2:?usage}
command -v dpkg-deb >/dev/null 2>&1 || { echo "SKIP: dpkg-deb is not installed"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
fail() { echo "FAIL: $*" >&2; status=1; }

if ! (cd "$work" && cpack -G DEB --config "$build/CPackConfig.cmake" >cpack.log 2>&1); then
    cat "$work/cpack.log" >&2
    fail "cpack -G DEB failed"
    exit 1
fi
deb=$(ls "$work"/equimark_*.deb 2>/dev/null | head -n 1)
[ -n "$deb" ] || { fail "no equimark_*.deb was made"; exit 1; }
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$work/contents"
for path in /usr/bin/equimark /usr/bin/equimark-cli \
    /usr/share/applications/org.equimark.Equimark.desktop \
    /usr/share/metainfo/org.equimark.Equimark.metainfo.xml \
    /usr/share/mime/packages/org.equimark.Equimark.mime.xml \
    /usr/share/icons/hicolor/scalable/apps/org.equimark.Equimark.svg \
    /usr/share/icons/hicolor/scalable/mimetypes/application-x-equimark.svg \
    /usr/share/icons/hicolor/48x48/apps/org.equimark.Equimark.png \
    /usr/share/icons/hicolor/256x256/apps/org.equimark.Equimark.png \
    /usr/share/icons/hicolor/48x48/mimetypes/application-x-equimark.png \
    /usr/share/doc/equimark/examples/demo-outcomes.csv; do
    grep -qx "$path" "$work/contents" || fail "the package lacks $path"
done
depends=$(dpkg-deb -f "$deb" Depends)
for needed in libqt6sql6-sqlite libqt6widgets6 libqt6svg6 qt6-qpa-plugins; do
    [[ $depends == *"$needed"* ]] || fail "Depends lacks $needed: $depends"
done
# The files as installed are the ones validated.
mkdir -p "$work/root"
dpkg-deb -x "$deb" "$work/root"
if command -v desktop-file-validate >/dev/null 2>&1; then
    desktop-file-validate "$work/root/usr/share/applications/org.equimark.Equimark.desktop" ||
        fail "the desktop entry does not validate"
fi
if command -v appstreamcli >/dev/null 2>&1; then
    appstreamcli validate --no-net "$work/root/usr/share/metainfo/org.equimark.Equimark.metainfo.xml" \
        >"$work/appstream.log" 2>&1 || { cat "$work/appstream.log" >&2; fail "the metainfo does not validate"; }
fi
xmllint_ok=1
if command -v xmllint >/dev/null 2>&1; then
    xmllint --noout "$work/root/usr/share/mime/packages/org.equimark.Equimark.mime.xml" || xmllint_ok=0
fi
[ $xmllint_ok -eq 1 ] || fail "the MIME type is not well-formed XML"
[ $status -eq 0 ] && echo "$(basename "$deb"): $(wc -l <"$work/contents") entries, Depends: $depends"
exit $status
