#!/usr/bin/env bash
# `npm test`: every check, cheapest first, stopping at the first failure.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export NEXT_TELEMETRY_DISABLED=1

section() { printf '\n==> %s\n' "$*"; }

# Playwright cannot download its own browser here, so the end-to-end tests drive Debian's Chromium.
ensure_chromium() {
  if [[ -n "${BYLINE_CHROMIUM:-}" ]]; then
    [[ -x "$BYLINE_CHROMIUM" ]] && return
    echo "BYLINE_CHROMIUM=$BYLINE_CHROMIUM is not an executable file." >&2
    exit 1
  fi
  [[ -x /usr/bin/chromium ]] && return
  if [[ $EUID -eq 0 ]] && command -v apt-get >/dev/null; then
    echo "Installing Debian's chromium package (apt-get)..."
    local log
    log=$(mktemp)
    # .ci/run may have refreshed the package lists already.
    if ! { [[ -n "${BYLINE_APT_UPDATED:-}" ]] || apt-get update -qq; } >"$log" 2>&1 ||
      ! DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >>"$log" 2>&1; then
      cat "$log" >&2
      rm -f "$log"
      echo "Installing chromium failed (output above)." >&2
      exit 1
    fi
    rm -f "$log"
    return
  fi
  cat >&2 <<'EOF'
The end-to-end tests need Chromium, and none was found at /usr/bin/chromium.
Install it (Debian/Ubuntu: sudo apt-get install chromium), or point BYLINE_CHROMIUM at a
Chromium or Chrome binary, e.g.  BYLINE_CHROMIUM=/path/to/chrome npm test
EOF
  exit 1
}

e2e=false
[[ -f playwright.config.ts ]] && e2e=true

if $e2e; then
  section "Chromium for the end-to-end tests"
  ensure_chromium
  echo "ok: ${BYLINE_CHROMIUM:-/usr/bin/chromium}"
fi

section "Lint"
npm run lint

section "Type check"
npm run typecheck

section "Import cycles"
npm run check:cycles

section "Formatting"
npm run format:check

section "Unused code"
npm run check:unused

section "Content check"
npm run content:check

section "Unit tests"
npm run test:unit

# The same precedence as db/connection-config.ts.
database="a throwaway embedded database"
[[ -n "${POSTGRES_URL:-}" ]] && database="POSTGRES_URL"
[[ -n "${DATABASE_URL:-}" ]] && database="DATABASE_URL"
section "Integration tests, on $database"
npm run test:integration

if $e2e; then
  section "End-to-end tests"
  npm run test:e2e
else
  section "End-to-end tests: skipped, there is no playwright.config.ts yet"
fi

section "All tests passed"
