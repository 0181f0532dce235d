#!/usr/bin/env bash
# Installs everything form4 needs to build, test, fuzz and benchmark on Debian 12.
# Run as root (or with sudo). Safe to run again.
set -euo pipefail
SUDO=""
if [[ $(id -u) != 0 ]]; then SUDO=sudo; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends \
  build-essential cmake ninja-build pkg-config \
  libpugixml-dev libxml2-dev nlohmann-json3-dev libcli11-dev libfmt-dev \
  libgtest-dev libgmock-dev libbenchmark-dev \
  clang-14 libclang-rt-14-dev \
  python3 python3-lxml libxml2-utils \
  libsqlite3-dev sqlite3 libarchive-dev libpq-dev libssl-dev postgresql postgresql-client
