#!/usr/bin/env bash
# Starts a private MariaDB and one WordPress per version (default 6.8 and 6.1) with the plugin
# installed from its zip, prints one line `READY <json>` (URLs, users, the database socket), and
# stops everything and deletes its folder when its standard input closes, on Ctrl-C or TERM.
#   bash wordpress/tests/stack.sh <plugin.zip>      (the tests run it; Enter stops it)
# Needs php-cli php-mysql php-xml php-mbstring php-curl mariadb-server and apt-get/dpkg-deb (Debian).
# WordPress comes from Debian's `wordpress` packages (6.1: bookworm, 6.8: trixie), downloaded
# once with a private apt configuration into the cache folder below; the system's apt is untouched.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
zip=$(realpath "${1:?usage: stack.sh <plugin.zip>}")
versions=${IOP_WP_VERSIONS:-6.8 6.1}
cache=${IOP_WP_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/iop-widgets-wordpress}
mirror=${IOP_WP_MIRROR:-http://deb.debian.org/debian}
say() { echo "stack: $(date +%T) $*" >&2; }

# In /tmp itself, not $TMPDIR: mariadbd runs as mysql and must reach its files, and a private
# $TMPDIR (CI makes one, mode 700) would stop it at the parent folder.
run=$(mktemp -d /tmp/iop-wp.XXXXXX)
chmod 755 "$run"
# The servers' own temp folder (InnoDB and PHP write there), one every user here may write to.
mkdir -m 1777 "$run/tmp"
export TMPDIR="$run/tmp"
db_pid=''
php_pids=()

alive() { # a zombie (ended, not yet reaped by its parent) is not alive
  local state
  state=$(ps -o stat= -p "$1" 2>/dev/null) && [[ $state != Z* ]]
}
stop_pid() { # pid seconds: TERM, wait up to the bound, then KILL
  local pid=$1 i
  kill -TERM "$pid" 2>/dev/null || return 0
  for ((i = 0; i < $2 * 10; i++)); do alive "$pid" || return 0; sleep 0.1; done
  say "process $pid did not stop in $2 s; killing it"
  kill -KILL "$pid" 2>/dev/null || true
}
cleanup() {
  trap - EXIT INT TERM HUP
  local pid child
  for pid in "${php_pids[@]}"; do
    # The server's workers first, then the server, or they are orphaned.
    for child in $(pgrep -P "$pid" || true); do stop_pid "$child" 5; done
    stop_pid "$pid" 5
  done
  say "web servers stopped"
  [ -n "$db_pid" ] && stop_pid "$db_pid" 30
  rm -rf "$run"
  say "stopped"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM HUP

for tool in php mariadbd mariadb-install-db mariadb apt-get dpkg-deb; do
  command -v "$tool" >/dev/null || { say "missing $tool (apt-get install php-cli php-mysql php-xml php-mbstring php-curl mariadb-server)"; exit 1; }
done

wait_for() { # what seconds command...: runs command until it succeeds, at most for seconds
  local what=$1 seconds=$2 i
  shift 2
  for ((i = 0; i < seconds * 5; i++)); do "$@" >/dev/null 2>&1 && return 0; sleep 0.2; done
  say "gave up waiting for $what after ${seconds}s"
  return 1
}

free_port() {
  local port
  for _ in $(seq 50); do
    port=$((20000 + RANDOM % 30000))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
  return 1
}

# --- WordPress core, once per version, into the cache ------------------------------------------
core_for() { # version -> path of an unpacked core tree whose wp-config.php reads the test config
  local version=$1 suite core tmp apt opts deb
  case $version in 6.1) suite=bookworm ;; 6.8) suite=trixie ;; *) say "no Debian suite known for WordPress $version"; return 1 ;; esac
  core="$cache/wordpress-$version"
  if [ ! -f "$core/.ready" ]; then
    say "fetching WordPress $version (Debian $suite's wordpress package)"
    apt="$cache/apt-$suite"
    mkdir -p "$apt/lists/partial" "$apt/archives/partial"
    echo "deb $mirror $suite main" >"$apt/sources.list"
    opts=(-o "Dir::Etc::SourceList=$apt/sources.list" -o Dir::Etc::SourceParts=/dev/null
      -o "Dir::State::Lists=$apt/lists" -o "Dir::Cache=$apt" -o Dir::Cache::pkgcache= -o Dir::Cache::srcpkgcache=
      -o APT::Sandbox::User="$(id -un)" -o Debug::NoLocking=1)
    timeout 300 apt-get -qq "${opts[@]}" update >&2
    rm -f "$apt"/wordpress_*.deb
    (cd "$apt" && timeout 300 apt-get -qq "${opts[@]}" download wordpress >&2)
    deb=$(ls "$apt"/wordpress_*.deb)
    tmp=$(mktemp -d "$cache/unpack.XXXXXX")
    dpkg-deb -x "$deb" "$tmp"
    grep -q "^\$wp_version = '$version[.']" "$tmp/usr/share/wordpress/wp-includes/version.php" || {
      say "$deb is not WordPress $version"
      return 1
    }
    # Debian's wp-config.php looks in /etc/wordpress; ours reads the site's config from the environment.
    printf '<?php\nrequire getenv( "IOP_WP_CONFIG" );\n' >"$tmp/usr/share/wordpress/wp-config.php"
    rm -rf "$core" && mv "$tmp/usr/share/wordpress" "$core" && rm -rf "$tmp"
    touch "$core/.ready"
  fi
  echo "$core"
}

mkdir -p "$cache"
declare -A cores
for v in $versions; do cores[$v]=$(core_for "$v"); done

# --- MariaDB: a private server on a socket, no TCP ----------------------------------------------
say "starting MariaDB"
as_mysql=()
[ "$(id -u)" = 0 ] && as_mysql=(--user=mysql)
if [ -f "$cache/mariadb-template/.ready" ]; then
  cp -a "$cache/mariadb-template" "$run/db"
else
  mkdir "$run/db"
  [ "$(id -u)" = 0 ] && chown mysql: "$run/db"
  timeout 120 mariadb-install-db --no-defaults "${as_mysql[@]}" --datadir="$run/db" --auth-root-authentication-method=normal \
    --skip-test-db >"$run/install-db.log" 2>&1 || { cat "$run/install-db.log" >&2; exit 1; }
  rm -rf "$cache/mariadb-template.tmp" && cp -a "$run/db" "$cache/mariadb-template.tmp"
  touch "$cache/mariadb-template.tmp/.ready" && rm -rf "$cache/mariadb-template" && mv "$cache/mariadb-template.tmp" "$cache/mariadb-template"
fi
# The socket and log live in a folder of the server's own: as root it runs as mysql.
mkdir "$run/mysql"
[ "$(id -u)" = 0 ] && chown mysql: "$run/mysql"
socket="$run/mysql/mysql.sock"
mariadbd --no-defaults "${as_mysql[@]}" --datadir="$run/db" --socket="$socket" --skip-networking \
  --pid-file="$run/mysql/mysql.pid" --log-error="$run/mysql/mysql.err" --skip-log-bin \
  --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
  --innodb-buffer-pool-size=64M --innodb-flush-log-at-trx-commit=2 </dev/null >/dev/null 2>&1 &
db_pid=$!
sql() { mariadb --no-defaults --socket="$socket" -u root "$@"; }
wait_for "MariaDB" 60 sql -e 'SELECT 1' || { cat "$run/mysql/mysql.err" >&2; exit 1; }

# --- One WordPress per version -----------------------------------------------------------------
sites=''
for v in $versions; do
  db="wp${v//./}"
  port=$(free_port)
  url="http://127.0.0.1:$port"
  site="$run/site-$v"
  mkdir -p "$site/content/plugins" "$site/content/mu-plugins" "$site/content/themes/iop-test" "$site/content/uploads"
  cp "$here/fixtures/mail-catcher.php" "$site/content/mu-plugins/"
  cp "$here/fixtures/theme/"* "$site/content/themes/iop-test/"
  sql -e "CREATE DATABASE $db"
  export IOP_WP_CONFIG="$here/fixtures/wp-config.php" IOP_WP_CORE="${cores[$v]}" IOP_WP_CONTENT="$site/content" \
    IOP_WP_URL="$url" IOP_WP_DB="$db" IOP_WP_SOCKET="$socket" IOP_WP_SALT="$(od -An -tx1 -N16 /dev/urandom | tr -d ' \n')"
  say "installing WordPress $v at $url"
  info=$(timeout 120 php "$here/fixtures/cli.php" install "$zip") || { say "install of WordPress $v failed"; exit 1; }
  say "installed WordPress $v"
  PHP_CLI_SERVER_WORKERS=4 php -S "127.0.0.1:$port" -t "${cores[$v]}" "$here/fixtures/router.php" </dev/null >"$site/php.log" 2>&1 &
  php_pids+=($!)
  wait_for "WordPress $v" 30 php -r "exit(@fsockopen('127.0.0.1', $port) ? 0 : 1);"
  env_json=$(php -r 'echo json_encode(["IOP_WP_CONFIG"=>getenv("IOP_WP_CONFIG"),"IOP_WP_CORE"=>getenv("IOP_WP_CORE"),"IOP_WP_CONTENT"=>getenv("IOP_WP_CONTENT"),"IOP_WP_URL"=>getenv("IOP_WP_URL"),"IOP_WP_DB"=>getenv("IOP_WP_DB"),"IOP_WP_SOCKET"=>getenv("IOP_WP_SOCKET"),"IOP_WP_SALT"=>getenv("IOP_WP_SALT")]);')
  sites+="${sites:+,}\"$v\":{\"url\":\"$url\",\"db\":\"$db\",\"content\":\"$site/content\",\"phpLog\":\"$site/php.log\",\"env\":$env_json,\"site\":$info}"
done

echo "READY {\"socket\":\"$socket\",\"cli\":\"$here/fixtures/cli.php\",\"sites\":{$sites}}"
# Runs until whoever started it closes our input (the tests end, or Enter is pressed).
read -r _ || true
