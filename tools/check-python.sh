#!/bin/sh
# Refuse early, in one line, when the interpreter is not Python 3.11 or newer.
py="${1:-python3}"
if ! command -v "$py" >/dev/null 2>&1; then
    echo "未找到 $py：请先安装 Python 3.11（Debian/Ubuntu: apt-get install python3 python3-venv）。" >&2
    exit 1
fi
if ! "$py" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)'; then
    echo "需要 Python 3.11 或更新版本，当前 $py 为 $("$py" -V 2>&1)。可用 make PYTHON=python3.11 指定。" >&2
    exit 1
fi
if ! "$py" -c 'import venv, ensurepip' >/dev/null 2>&1; then
    echo "$py 缺少 venv/ensurepip：请运行 apt-get install python3-venv" >&2
    exit 1
fi
