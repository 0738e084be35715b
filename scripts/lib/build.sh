# Sourced by scripts that build before they run (demo, cluster): build_targets TARGET...
# builds them with the ci preset, one line of progress instead of every compile line; the
# build's whole output goes to build/<name>-build.log, shown (its messages, without the
# progress lines) only when the build fails. $root is the checkout.

build_targets() {
    if command -v ccache >/dev/null; then
        export CMAKE_CXX_COMPILER_LAUNCHER=ccache
        # Paths relative to the checkout, so that every clone shares the cache.
        export CCACHE_BASEDIR="$root" CCACHE_NOHASHDIR=true
    fi
    mkdir -p "$root/build"
    local name
    name="$(basename "$0")"
    local build_log="$root/build/$name-build.log"
    local started=$SECONDS
    local on_tty=0
    [[ -t 1 ]] && on_tty=1
    printf '  building %s…' "$*"
    if ! {
        cmake --preset ci >/dev/null && cmake --build --preset ci --target "$@"
    } 2>&1 | tee "$build_log" | while IFS= read -r line; do
        # Ninja's status, "[12/168] Building CXX object …", in place on a terminal.
        if ((on_tty)) && [[ "$line" =~ ^\[([0-9]+)/([0-9]+)\]\  ]]; then
            printf '\r\033[K  building %s… %s/%s' "$*" "${BASH_REMATCH[1]}" "${BASH_REMATCH[2]}"
        fi
    done; then
        printf '\n' # ends the progress line
        printf '  the build failed after %d s; it said:\n\n' "$((SECONDS - started))" >&2
        grep -v '^\[[0-9]*/[0-9]*\] ' "$build_log" >&2 || true
        printf '\n  The whole build log is in %s.\n' "$build_log" >&2
        exit 1
    fi
    ((on_tty)) && printf '\r\033[K  building %s…' "$*"
    printf ' done in %d s (log: %s)\n' "$((SECONDS - started))" "${build_log#"$root"/}"
}
