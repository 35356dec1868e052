# shellcheck shell=bash
# Sourced by scripts/run and scripts/test: the Debian 12 packages CaseLoop builds and runs with,
# and a function that installs the missing ones with apt.

CASELOOP_BUILD_PACKAGES=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev libqt6opengl6-dev qt6-charts-dev libqt6sql6-sqlite qt6-svg-dev
    qt6-l10n-tools qt6-tools-dev qt6-tools-dev-tools qt6-translations-l10n qt6-qpa-plugins
    libspdlog-dev nlohmann-json3-dev libsqlite3-dev sqlite3
    libsodium-dev libxlsxwriter-dev libzip-dev
    fonts-wqy-microhei fontconfig
)
CASELOOP_TEST_PACKAGES=(libgtest-dev libbenchmark-dev xvfb xauth file dpkg-dev)

caseloop_missing_packages() {
    local pkg missing=()
    for pkg in "$@"; do
        if ! dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null | grep -qx installed; then
            missing+=("$pkg")
        fi
    done
    echo "${missing[@]}"
}

caseloop_install_packages() {
    local missing
    missing=$(caseloop_missing_packages "$@")
    [ -z "$missing" ] && return 0
    echo "Installing missing Debian packages: $missing"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then
            sudo=(sudo)
        else
            echo "error: these packages are missing and this user cannot install them:" >&2
            echo "  apt-get install -y --no-install-recommends $missing" >&2
            echo "Run that as root, then run this script again." >&2
            return 1
        fi
    fi
    # shellcheck disable=SC2086
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q &&
        "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $missing
}

caseloop_jobs() {
    nproc 2>/dev/null || echo 2
}
