#!/usr/bin/env bash
# Drives the console in tmux through one full task — choose DT.VPUBND and 2022-H1, fix a figure,
# render the report — against a real API server over a fresh database, and saves the final screen
# as text to apps/tui/test-results/tmux-final.txt. Usage: apps/tui/scripts/tmux-demo.sh
set -euo pipefail
cd "$(dirname "$0")/../../.."
ROOT=$(pwd)
OUT="$ROOT/apps/tui/test-results"
mkdir -p "$OUT"
command -v tmux >/dev/null || { apt-get install -y tmux >/dev/null; }

[ -f apps/api/dist/server.js ] || TURBO_TELEMETRY_DISABLED=1 npx turbo run build --filter=@cchc/api --output-logs=errors-only
(cd apps/tui && node ../../tooling/scripts/bundle.mjs src/main.tsx dist/cchc.js)

PORT=$((4100 + RANDOM % 900))
DATA=$(mktemp -d)
WORK=$(mktemp -d)
PASS="demo-$RANDOM-$RANDOM"
SESSION="cchc-demo-$$"
PORT=$PORT HOST=127.0.0.1 CCHC_DATA_DIR="$DATA" CCHC_ADMIN_PASSWORD="$PASS" DATABASE_URL= node apps/api/dist/server.js >"$OUT/tmux-server.log" 2>&1 &
SERVER=$!
cleanup() {
  tmux kill-session -t "$SESSION" 2>/dev/null || true
  kill "$SERVER" 2>/dev/null || true
  rm -rf "$DATA" "$WORK"
}
trap cleanup EXIT
URL="http://127.0.0.1:$PORT"
for _ in $(seq 1 300); do curl -sf "$URL/api/v1/health" >/dev/null && break; sleep 0.2; done

# Sign in as the demo editor of the Office with `cchc login`: the console then finds the saved
# token in its own configuration folder (no CCHC_TOKEN).
export XDG_CONFIG_HOME="$WORK/config"
printf '%s\n' "cchc-demo-2022" | node apps/tui/bin/cchc.js login --api "$URL" --user bientap.vp --password-stdin >/dev/null

# CI=0: under CI=true (as .ci/run sets) Ink would draw only the last frame, as for a log file
tmux new-session -d -s "$SESSION" -x 80 -y 24 -c "$WORK" \
  "XDG_CONFIG_HOME=$XDG_CONFIG_HOME NO_COLOR=1 CI=0 CONTINUOUS_INTEGRATION=0 node $ROOT/apps/tui/bin/cchc.js --api $URL; sleep 30"
screen() { tmux capture-pane -p -t "$SESSION"; }
wait_for() {
  for _ in $(seq 1 150); do screen | grep -q -- "$1" && return 0; sleep 0.2; done
  echo "tmux-demo: không thấy \"$1\" trên màn hình:" >&2
  screen >&2
  exit 1
}
keys() { tmux send-keys -t "$SESSION" "$@"; sleep 0.3; }

wait_for "Chọn đơn vị"
wait_for "DT.VPUBND"
keys -l "vpubnd"
wait_for "› DT.VPUBND"
keys Enter
wait_for "Chọn kỳ báo cáo"
YEAR=$(screen | sed -n 's/.*Chọn kỳ báo cáo — năm \([0-9]*\).*/\1/p' | head -1)
for _ in $(seq 1 $((YEAR - 2022))); do keys Left; done
wait_for "năm 2022"
keys -l "h1"
wait_for "› 2022-H1"
keys Enter
wait_for "Tình hình theo lĩnh vực"
wait_for "Cải cách tổ chức bộ máy"
# Fix a figure: the civil-servant staffing quota of the office (area "Cải cách tổ chức bộ máy").
keys Down; keys Down; keys Down
keys Enter
wait_for "Nhập số liệu — Cải cách tổ chức bộ máy"
wait_for "biên chế công chức"
keys Enter
for _ in $(seq 1 12); do keys BSpace; done
keys -l "59"
keys Enter
keys s
wait_for "Đã lưu"
screen >"$OUT/tmux-after-save.txt"
keys Escape
wait_for "Tình hình theo lĩnh vực"
keys r
wait_for "Xuất báo cáo"
keys Enter
wait_for "Đã ghi"
screen >"$OUT/tmux-final.txt"
ls -l "$WORK"/bao-cao-* >>"$OUT/tmux-final.txt"
cat "$OUT/tmux-final.txt"
