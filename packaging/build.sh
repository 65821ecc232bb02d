#!/usr/bin/env bash
# Build Mix Designer as a one-folder app: dist/mix-designer/mix-designer (Linux).
#
#   packaging/build.sh              # then packaging/smoke.sh
#
# A build venv in build/venv (reused; PYTHON=python3.11 to choose the interpreter) gets
# PyInstaller and the project, installed from this checkout (not editable), then PyInstaller
# runs packaging/mix-designer.spec. Everything it writes is under build/ and dist/.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PYTHON=${PYTHON:-python3}
VENV=${VENV:-$ROOT/build/venv}
PYINSTALLER_SPEC=${PYINSTALLER_SPEC:-pyinstaller>=6.3,<7}

if [[ ! -x "$VENV/bin/python" ]]; then
    echo "build.sh: creating the build venv $VENV"
    "$PYTHON" -m venv "$VENV"
fi
pip() { "$VENV/bin/python" -m pip --disable-pip-version-check "$@"; }

echo "build.sh: installing PyInstaller and the project"
# setuptools builds in build/lib, and a module deleted since the last build would linger there.
rm -rf "$ROOT/build/lib" "$ROOT"/build/bdist.*
pip install --quiet "$PYINSTALLER_SPEC" "$ROOT"
# The version does not change between builds: reinstall the project itself every time.
pip install --quiet --no-deps --force-reinstall "$ROOT"

echo "build.sh: compiling the translations"
# A frozen app has no lrelease to compile .ts files at start-up: ship the .qm beside them.
# Run from / so that the installed package is imported, not this checkout's designer/.
QM_DIR=$(cd / && "$VENV/bin/python" -c 'import designer.resources as r, pathlib; print(pathlib.Path(r.__file__).parent / "translations")')
(cd / && "$VENV/bin/python" -m designer.app.qmfiles --build "$QM_DIR")

echo "build.sh: running PyInstaller"
cd "$ROOT"
"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath "$ROOT/dist" --workpath "$ROOT/build/pyinstaller" \
    "$ROOT/packaging/mix-designer.spec"

# Desktop integration files beside the app, laid out as under /usr/share (see the README).
SHARE="$ROOT/dist/mix-designer/share"
install -D -m 644 "$ROOT/packaging/linux/mix-designer.desktop" \
    "$SHARE/applications/mix-designer.desktop"
install -D -m 644 "$ROOT/packaging/linux/io.github.mixdesigner.MixDesigner.metainfo.xml" \
    "$SHARE/metainfo/io.github.mixdesigner.MixDesigner.metainfo.xml"
install -D -m 644 "$ROOT/resources/mix-designer.svg" \
    "$SHARE/icons/hicolor/scalable/apps/mix-designer.svg"

echo "build.sh: built $ROOT/dist/mix-designer ($(du -sh "$ROOT/dist/mix-designer" | cut -f1))"
