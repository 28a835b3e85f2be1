#!/usr/bin/env bash
# Installs the Debian packages basalt needs to build, test and fuzz; does nothing when all are present.
set -euo pipefail

packages=(
  build-essential cmake pkg-config git
  libyaml-cpp-dev libpugixml-dev libpqxx-dev libpq-dev libcli11-dev doctest-dev libssl-dev zlib1g-dev
  libpg-query-dev libprotobuf-c-dev
  postgresql postgresql-client
  postgresql-15-postgis-3
  clang libclang-rt-14-dev
  time python3
  libxml2-utils python3-jsonschema python3-yaml
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "installing: ${missing[*]}"
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
# The Debian package starts a cluster of its own; basalt's tests and --url local never use it.
