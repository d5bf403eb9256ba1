#!/usr/bin/env bash
# Runs the whole test suite. Installs what the browser tests need (Debian's chromium and chromium-driver)
# where it is missing, then builds and tests with the Maven wrapper.
set -euo pipefail
cd "$(dirname "$0")"
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  sudo_cmd=""
  if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo_cmd apt-get update -qq
  $sudo_cmd apt-get install -y -qq chromium chromium-driver
fi
exec ./mvnw -B verify "$@"
