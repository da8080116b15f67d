#!/usr/bin/env bash
# What CI runs, for use before committing: the format check, then every test.
set -euo pipefail
cd "$(dirname "$0")/.."
exec .ci/run
