# Sourced by the scripts in this folder: makes .venv (or $CEC_VENV) hold the pinned tools and
# an editable install of the package, then puts it first on PATH. Needs only Python >= 3.11
# and the package registries. Re-installs when requirements-dev.txt or pyproject.toml change.

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="${CEC_VENV:-$repo_root/.venv}"

_find_python() {
    local candidate
    for candidate in "${PYTHON:-}" python3.13 python3.12 python3.11 python3; do
        [ -n "$candidate" ] || continue
        command -v "$candidate" >/dev/null 2>&1 || continue
        if "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
            echo "$candidate"
            return 0
        fi
    done
    echo "cec-agentgateway needs Python >= 3.11 (set PYTHON=/path/to/python3.11)" >&2
    return 1
}

if [ ! -x "$venv/bin/python" ]; then
    python_bin="$(_find_python)" || exit 1
    echo "creating $venv with $python_bin" >&2
    "$python_bin" -m venv "$venv" || exit 1
fi

stamp="$venv/.cec-stamp"
wanted="$(cat "$repo_root/scripts/requirements-dev.txt" "$repo_root/pyproject.toml" | sha256sum | cut -d' ' -f1)"
if [ "$(cat "$stamp" 2>/dev/null)" != "$wanted" ]; then
    echo "installing pinned tools into $venv" >&2
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check \
        -r "$repo_root/scripts/requirements-dev.txt" 2> >(grep -v "is ignored: it is neither" >&2) || exit 1
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check \
        --no-deps --no-build-isolation -e "$repo_root" 2> >(grep -v "is ignored: it is neither" >&2) || exit 1
    echo "$wanted" > "$stamp"
fi

export PATH="$venv/bin:$PATH"
export VIRTUAL_ENV="$venv"
cd "$repo_root" || exit 1
