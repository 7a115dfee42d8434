#!/bin/sh
# Run a command with a throw-away PostgreSQL server: initdb into a temporary folder, listen on
# 127.0.0.1 only, export its URL as ZHAOSHANG_TEST_PG, stop and delete it afterwards.
# Installs Debian's postgresql package when the server programs are missing and we are root.
# Without a server the command is not run and a clear line says so; with ZHAOSHANG_REQUIRE_PG=1
# (set by .ci/run) that is a failure instead.
set -u

find_bin() {
    for dir in /usr/lib/postgresql/*/bin /usr/local/pgsql/bin /usr/pgsql-*/bin; do
        [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ] && { echo "$dir"; return; }
    done
    if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
        dirname "$(command -v initdb)"
    fi
}

skip() {
    echo "*** 跳过 PostgreSQL 测试：$1 ***"
    [ "${ZHAOSHANG_REQUIRE_PG:-0}" = 1 ] && exit 1
    exit 0
}

BIN=$(find_bin)
if [ -z "$BIN" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "正在安装 PostgreSQL 服务器（仅用于测试）……"
    export DEBIAN_FRONTEND=noninteractive
    { apt-get install -y -qq --no-install-recommends postgresql >/dev/null 2>&1 ||
        { apt-get update -qq && apt-get install -y -qq --no-install-recommends postgresql >/dev/null; }; } ||
        echo "安装 postgresql 失败" >&2
    BIN=$(find_bin)
fi
[ -n "$BIN" ] || skip "本机没有 PostgreSQL 服务器程序（initdb、pg_ctl），也无法自动安装。Debian/Ubuntu 上可运行 apt-get install postgresql"

DIR=$(mktemp -d "${TMPDIR:-/tmp}/zhaoshang-pg.XXXXXX")
RUN=""
if [ "$(id -u)" = 0 ]; then  # the server refuses to run as root
    OWNER=postgres
    id "$OWNER" >/dev/null 2>&1 || OWNER=nobody
    chown "$OWNER" "$DIR"
    RUN="runuser -u $OWNER --"
fi
PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

stop() {
    $RUN "$BIN/pg_ctl" -D "$DIR/data" -m immediate stop >/dev/null 2>&1
    rm -rf "$DIR"
}
trap stop EXIT INT TERM

$RUN "$BIN/initdb" -D "$DIR/data" -U zhaoshang --auth=trust -E UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1 ||
    $RUN "$BIN/initdb" -D "$DIR/data" -U zhaoshang --auth=trust -E UTF8 --locale=C >"$DIR/initdb.log" 2>&1 ||
    { cat "$DIR/initdb.log"; skip "initdb 失败"; }
# A test server: no durability needed, so no fsync; sockets only on 127.0.0.1 and in its folder.
$RUN "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $PORT -c unix_socket_directories=$DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
    start >/dev/null || { cat "$DIR/server.log"; skip "PostgreSQL 服务器启动失败"; }

echo "PostgreSQL 测试服务器：127.0.0.1:$PORT（$("$BIN/postgres" --version)）"
ZHAOSHANG_TEST_PG="postgresql://zhaoshang@127.0.0.1:$PORT/postgres" "$@"
