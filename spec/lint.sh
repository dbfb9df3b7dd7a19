#!/usr/bin/env bash
# Lints spec/openapi.yaml with Spectral (spectral:oas, spec/.spectral.yaml) and Redocly
# (recommended, spec/redocly.yaml) at pinned versions; exits non-zero on any error (Spectral also
# on any warning). The tools are installed once into $CLAYGEN_LINT_TOOLS (default:
# artifacts/lint-tools, gitignored) and run offline afterwards.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
tools="${CLAYGEN_LINT_TOOLS:-$root/artifacts/lint-tools}"
spectral_version="6.16.3"
redocly_version="2.77.0"

installed() { # package version
  local manifest="$tools/node_modules/$1/package.json"
  [ -f "$manifest" ] && node -e 'process.exit(require(process.argv[1]).version === process.argv[2] ? 0 : 1)' "$manifest" "$2"
}

if ! installed "@stoplight/spectral-cli" "$spectral_version" || ! installed "@redocly/cli" "$redocly_version"; then
  echo "== installing @stoplight/spectral-cli@$spectral_version and @redocly/cli@$redocly_version into $tools"
  mkdir -p "$tools"
  npm install --no-audit --no-fund --loglevel=error --prefix "$tools" \
    "@stoplight/spectral-cli@$spectral_version" "@redocly/cli@$redocly_version" >/dev/null
fi

cd "$here"
status=0
echo "== spectral lint (spectral:oas)"
"$tools/node_modules/.bin/spectral" lint openapi.yaml --ruleset .spectral.yaml --fail-severity warn || status=1
echo "== redocly lint (recommended)"
REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true \
  "$tools/node_modules/.bin/redocly" lint openapi.yaml --config redocly.yaml --format stylish || status=1
exit $status
