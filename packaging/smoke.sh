#!/usr/bin/env bash
# Smoke-test the one-folder build (packaging/build.sh first):
#
#   packaging/smoke.sh [APP]        # APP defaults to dist/mix-designer/mix-designer
#
# Runs the built executable as a user would, headless (Qt offscreen): --version, validate,
# request, the sandbox with start and cancel against it, and the window opening an example
# preset, painting and exiting 0. Exits non-zero at the first failure. It reads no real key
# and no real keyring, and keeps its state in a temporary folder.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
APP=${1:-$ROOT/dist/mix-designer/mix-designer}
PRESET=$ROOT/examples/link-mic-preset.json
REQUEST=$ROOT/examples/spec-start-request.json
PORT=${SMOKE_PORT:-18750}
VERSION=$(sed -n 's/^version = "\(.*\)"/\1/p' "$ROOT/pyproject.toml")

TMP=$(mktemp -d)
SANDBOX_PID=
cleanup() {
    if [[ -n $SANDBOX_PID ]]; then kill "$SANDBOX_PID" 2>/dev/null || true; fi
    rm -rf "$TMP"
}
trap cleanup EXIT

export QT_QPA_PLATFORM=offscreen
export MIX_DESIGNER_STATE_DIR=$TMP/state
export PYTHON_KEYRING_BACKEND=keyring.backends.null.Keyring  # never the user's keyring
unset MIX_DESIGNER_KEY MIX_DESIGNER_ENDPOINT

failures=0
# check NAME EXPECTED_EXIT [OUTPUT_PATTERN] -- COMMAND...
check() {
    local name=$1 expected=$2 pattern=
    shift 2
    if [[ $1 != -- ]]; then pattern=$1; shift; fi
    shift
    local code=0
    timeout 120 "$@" >"$TMP/out" 2>&1 || code=$?
    if [[ $code -ne $expected ]]; then
        echo "FAIL $name: exit $code, expected $expected"; sed 's/^/    /' "$TMP/out"
        failures=$((failures + 1))
    elif [[ -n $pattern ]] && ! grep -Eq -- "$pattern" "$TMP/out"; then
        echo "FAIL $name: output does not match /$pattern/"; sed 's/^/    /' "$TMP/out"
        failures=$((failures + 1))
    else
        echo "ok   $name"
    fi
}

[[ -x $APP ]] || { echo "smoke.sh: no executable at $APP (run packaging/build.sh)"; exit 2; }
INTERNAL=$(dirname "$APP")/_internal
for file in designer/resources/mix-designer.svg \
            designer/resources/scenarios/meeting.json \
            designer/resources/translations/mix_designer_zh_CN.qm \
            PySide6/Qt/plugins/platforms/libqoffscreen.so \
            PySide6/Qt/plugins/platforms/libqxcb.so \
            PySide6/Qt/plugins/iconengines/libqsvgicon.so; do
    if [[ -f $INTERNAL/$file ]]; then echo "ok   bundled $file"
    else echo "FAIL bundled $file: missing"; failures=$((failures + 1)); fi
done

check "--version" 0 "^mix-designer $VERSION\$" -- "$APP" --version
check "validate a preset" 0 "valid" -- "$APP" validate "$PRESET"
check "validate --json a raw request" 0 '^\[' -- "$APP" validate --json "$REQUEST"
check "validate a missing file exits 2" 2 -- "$APP" validate "$TMP/no-such-file.json"
check "request start signs" 0 'sign=[0-9a-f]{32}' -- \
    env MIX_DESIGNER_KEY=smoke-test-key "$APP" request start "$PRESET" --appid 1252500000

"$APP" sandbox --port "$PORT" >"$TMP/sandbox.log" 2>&1 &
SANDBOX_PID=$!
for _ in $(seq 100); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then break; fi
    sleep 0.1
done
ENDPOINT=http://127.0.0.1:$PORT/common_access
check "start against the sandbox" 0 -- "$APP" start "$PRESET" --endpoint "$ENDPOINT"
check "cancel against the sandbox" 0 -- "$APP" cancel "$PRESET" --endpoint "$ENDPOINT"
kill "$SANDBOX_PID"; wait "$SANDBOX_PID" 2>/dev/null || true; SANDBOX_PID=

check "open a preset, paint, exit" 0 -- "$APP" open "$PRESET" --exit-when-ready
check "open in Chinese, paint, exit" 0 -- env MIX_DESIGNER_LANG=zh_CN "$APP" open "$PRESET" --exit-when-ready
check "render a PNG headless" 0 "wrote" -- "$APP" render "$PRESET" --output "$TMP/render.png"
check "open a missing file exits 2" 2 -- "$APP" open "$TMP/no-such-file.json" --exit-when-ready

if [[ $failures -ne 0 ]]; then echo "smoke.sh: $failures check(s) failed"; exit 1; fi
echo "smoke.sh: all checks passed ($APP)"
