#!/usr/bin/env bash
# ./dev fresh: run ./dev test as a newcomer would, in a clean Debian 12 (bookworm) root.
#
#   ./dev fresh [--keep] [--rebuild] [--shell]
#
#   --keep      keep the unpacked root for inspection (it is still unmounted)
#   --rebuild   build the cached Debian root again even though its parameters did not change
#   --shell     an interactive shell as newcomer in ~/clientele instead of the command
#
# Phases: root (debootstrap once, then cached as a tarball), unpack (into a fresh folder), clone
# (the committed HEAD, never the working tree) and test (the command as user newcomer, in a chroot,
# with a clean environment). Afterwards everything mounted is unmounted and the unpacked root is
# removed, also when the command fails. Needs root: runs itself through sudo otherwise.
#
# Environment:
#   CLIENTELE_FRESH_COMMAND   what newcomer runs in ~/clientele (default: ./dev test)
#   CLIENTELE_FRESH_MIRROR    Debian mirror for debootstrap (default: http://deb.debian.org/debian)
#   CLIENTELE_FRESH_UNSHARE   1 (default): mount in a private mount namespace; 0: in the current one
#   CLIENTELE_BUILD_DIR       build folder (default: build); everything goes into its fresh/
set -euo pipefail
PATH=$PATH:/usr/sbin:/sbin

self=$(readlink -f "$0")
repo=$(cd "$(dirname "$self")/../.." && pwd -P)
cd "$repo"

suite=bookworm
variant=minbase
include=git,sudo,ca-certificates
mirror=${CLIENTELE_FRESH_MIRROR:-http://deb.debian.org/debian}
keyring=/usr/share/keyrings/debian-archive-keyring.gpg
command=${CLIENTELE_FRESH_COMMAND:-./dev test}
user=newcomer
home=/home/$user
clean_path=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() {
    printf 'dev fresh: %s\n' "$*" >&2
    exit 1
}

keep=0 rebuild=0 shell=0
for arg; do
    case $arg in
    --keep) keep=1 ;;
    --rebuild) rebuild=1 ;;
    --shell) shell=1 ;;
    -h | --help)
        sed -n '2,/^set -euo/p' "$self" | sed -e '$d' -e 's/^# \{0,1\}//'
        exit 0
        ;;
    *)
        echo "dev fresh: unknown option '$arg' (try ./dev fresh --help)" >&2
        exit 2
        ;;
    esac
done

# debootstrap, mount and chroot need root.
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || die "needs root (debootstrap, mount, chroot), and sudo is not installed"
    mkdir -p "${CLIENTELE_BUILD_DIR:-build}/fresh" # owned by the user, who can remove it later
    say "Running through sudo: debootstrap, mount and chroot need root"
    exec sudo --preserve-env=CLIENTELE_BUILD_DIR,CLIENTELE_FRESH_COMMAND,CLIENTELE_FRESH_MIRROR,CLIENTELE_FRESH_UNSHARE,TERM \
        -- "$BASH" "$self" "$@"
fi

# Mount in a private mount namespace when possible: the mounts are invisible to the rest of the
# machine (nobody else's rm -rf can follow them) and die with this process whatever happens.
if [ "${CLIENTELE_FRESH_UNSHARE:-1}" = 1 ] && [ "${CLIENTELE_FRESH_IN_NAMESPACE:-0}" != 1 ] &&
    unshare --mount --propagation private true 2>/dev/null; then
    CLIENTELE_FRESH_IN_NAMESPACE=1 exec unshare --mount --propagation private -- "$BASH" "$self" "$@"
fi
in_namespace=${CLIENTELE_FRESH_IN_NAMESPACE:-0}

build_dir=${CLIENTELE_BUILD_DIR:-build}
mkdir -p "$build_dir/fresh/logs"
fresh_dir=$(cd "$build_dir/fresh" && pwd -P) # physical path, as findmnt shows it
stamp=$(date +%Y%m%d-%H%M%S)
arch=$(dpkg --print-architecture)
params="suite=$suite variant=$variant include=$include arch=$arch mirror=$mirror keyring=$keyring"
tarball=$fresh_dir/$suite-$variant.tar.gz
params_file=$fresh_dir/$suite-$variant.params
test_log=$fresh_dir/logs/test-$stamp.log
debootstrap_log=$fresh_dir/logs/debootstrap-$stamp.log

# ---- timing -----------------------------------------------------------------------------------
now_ms() {
    local ns
    ns=$(date +%s%N)
    echo $((ns / 1000000))
}
human() { # human MILLISECONDS
    local ms=$1 s
    s=$((ms / 1000))
    if [ "$s" -ge 60 ]; then
        printf '%dm %02ds' $((s / 60)) $((s % 60))
    else
        printf '%d.%d s' "$s" $((ms % 1000 / 100))
    fi
}
start_ms=$(now_ms)
phase='' phase_start=0
phase_names=() phase_ms=() phase_notes=()
begin() { # begin NAME DESCRIPTION
    phase=$1
    phase_start=$(now_ms)
    say "Phase $1: $2"
}
finish() { # finish [NOTE]
    local ms
    ms=$(($(now_ms) - phase_start))
    phase_names+=("$phase")
    phase_ms+=("$ms")
    phase_notes+=("${1:-}")
    say "Phase $phase took $(human "$ms")${1:+ ($1)}"
    phase=''
}
# shellcheck disable=SC2317 # called from the EXIT trap
summary() {
    local i
    {
        printf '\n\033[1m==> ./dev fresh summary\033[0m\n'
        printf '  %-8s %10s  %s\n' phase time note
        for i in "${!phase_names[@]}"; do
            printf '  %-8s %10s  %s\n' "${phase_names[i]}" "$(human "${phase_ms[i]}")" "${phase_notes[i]}"
        done
        printf '  %-8s %10s\n' total "$(human $(($(now_ms) - start_ms)))"
        [ -f "$test_log" ] && printf '  log of the command: %s\n' "$test_log"
        [ -f "$debootstrap_log" ] && printf '  log of debootstrap: %s\n' "$debootstrap_log"
        [ "$keep" = 1 ] && [ -n "$root" ] && [ -d "$root" ] && printf '  root kept in %s (unmounted)\n' "$root"
    } >&2
}

# ---- mounts and safe removal ------------------------------------------------------------------
mounted=()     # mount points, in the order they were mounted
removable=()   # folders to remove at the end
root='' status=0 debootstrap_pid=''

mounts_under() { # mounts_under DIR: the mount points at or below DIR, deepest first
    local dir=$1 target
    findmnt -rn -o TARGET | while IFS= read -r target; do
        target=$(printf '%b' "$target") # findmnt -r writes a space as \x20
        case $target in "$dir" | "$dir"/*) printf '%s\n' "$target" ;; esac
    done | sort -r
}
do_mount() { # do_mount MOUNTPOINT MOUNT-ARGS...: mount and remember it
    local point=$1
    shift
    mount "$@" "$point" || return
    mounted+=("$point")
}
unmount_one() {
    mountpoint -q "$1" 2>/dev/null || return 0
    umount "$1" 2>/dev/null || umount -l "$1" || {
        echo "dev fresh: could not unmount $1" >&2
        return 1
    }
}
unmount_all() { # unmount_all DIR: what we mounted, in reverse order, then anything else left under DIR
    local i point
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
        unmount_one "${mounted[i]}" || true
    done
    mounted=()
    [ -n "${1:-}" ] || return 0
    while IFS= read -r point; do
        [ -n "$point" ] && { unmount_one "$point" || true; }
    done < <(mounts_under "$1")
}
safe_remove() { # safe_remove DIR: rm -rf, but never while anything is mounted inside it
    local dir=$1 left sub
    [ -n "$dir" ] && [ -d "$dir" ] || return 0
    case $dir in "$fresh_dir"/?*) ;; *) die "refusing to remove $dir: not inside $fresh_dir" ;; esac
    left=$({
        mounts_under "$dir"
        for sub in proc sys dev dev/pts dev/shm; do
            if mountpoint -q "$dir/$sub" 2>/dev/null; then echo "$dir/$sub"; fi
        done
    } | sort -u)
    if [ -n "$left" ]; then
        printf 'dev fresh: NOT removing %s, still mounted there:\n%s\n' "$dir" "$left" >&2
        return 1
    fi
    rm -rf --one-file-system -- "$dir"
}
# shellcheck disable=SC2317 # called from the EXIT trap
stop_leftovers() { # stop_leftovers ROOT: end processes still running inside the chroot (by id)
    local pid pids=() try
    for try in TERM TERM KILL; do
        pids=()
        for pid in /proc/[0-9]*; do
            [ "$(readlink "$pid/root" 2>/dev/null)" = "$1" ] && pids+=("${pid#/proc/}")
        done
        [ ${#pids[@]} -eq 0 ] && return 0
        say "Stopping processes left in the root ($try): ${pids[*]}"
        kill -"$try" "${pids[@]}" 2>/dev/null || true
        sleep 1
    done
}

# shellcheck disable=SC2317 # the EXIT trap
cleanup() {
    local rc=$? dir
    set +e
    trap - EXIT INT TERM
    [ -n "$phase" ] && finish "interrupted or failed"
    begin cleanup "unmount, remove the unpacked root"
    if [ -n "$debootstrap_pid" ] && kill -0 "$debootstrap_pid" 2>/dev/null; then
        say "Stopping debootstrap ($debootstrap_pid)"
        kill -TERM "$debootstrap_pid"
        wait "$debootstrap_pid"
    fi
    for dir in "$root" "${removable[@]}"; do
        [ -n "$dir" ] && stop_leftovers "$dir"
    done
    for dir in "$root" "${removable[@]}"; do
        [ -n "$dir" ] && unmount_all "$dir"
    done
    rm -f "$tarball.part"
    local note=unmounted
    for dir in "${removable[@]}"; do
        safe_remove "$dir" || { rc=1 note="REMOVAL REFUSED"; }
    done
    [ "$keep" = 1 ] && [ -n "$root" ] && note+=", root kept"
    if [ -n "$root" ] && [ -n "$(mounts_under "$root")" ]; then
        echo "dev fresh: still mounted under $root:" >&2
        mounts_under "$root" >&2
        rc=1 note="STILL MOUNTED"
    fi
    if [ -n "${SUDO_UID:-}" ]; then # give the caches and logs back to the user who ran sudo
        chown "$SUDO_UID:${SUDO_GID:-$SUDO_UID}" "$fresh_dir" "$fresh_dir/logs" "$fresh_dir"/logs/* \
            "$tarball" "$params_file" 2>/dev/null
    fi
    finish "$note"
    summary
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# ---- phase root: a minimal bookworm, built once and kept as a tarball ---------------------------
ensure_host_tools() {
    local missing=()
    command -v debootstrap >/dev/null || missing+=(debootstrap)
    [ -f "$keyring" ] || missing+=(debian-archive-keyring)
    [ ${#missing[@]} -eq 0 ] && return 0
    say "Installing on the host: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    # The host's package lists are often recent enough; update them only when they are not.
    apt-get install -y -qq --no-install-recommends "${missing[@]}" 2>/dev/null || {
        apt-get update -qq
        apt-get install -y -qq --no-install-recommends "${missing[@]}"
    }
}

build_root() {
    ensure_host_tools
    local target t
    target=$(mktemp -d "$fresh_dir/debootstrap.XXXXXX")
    removable+=("$target")
    say "debootstrap --variant=$variant --include=$include $suite $mirror (log: $debootstrap_log)"
    t=$(now_ms)
    debootstrap --variant="$variant" --include="$include" --arch="$arch" --keyring="$keyring" \
        "$suite" "$target" "$mirror" >"$debootstrap_log" 2>&1 &
    debootstrap_pid=$! # in the background, so that a signal is handled at once (see cleanup)
    if ! wait "$debootstrap_pid"; then
        debootstrap_pid=''
        tail -n 30 "$debootstrap_log" >&2
        die "debootstrap failed; the whole log is $debootstrap_log"
    fi
    debootstrap_pid=''
    unmount_all "$target" # debootstrap mounts /proc and /sys in the target itself
    [ -z "$(mounts_under "$target")" ] || die "something is still mounted under $target"
    say "debootstrap took $(human $(($(now_ms) - t)))"
    rm -f "$target"/var/cache/apt/archives/*.deb
    t=$(now_ms)
    tar --numeric-owner -C "$target" -czf "$tarball.part" .
    say "the tarball took $(human $(($(now_ms) - t)))"
    mv -f "$tarball.part" "$tarball"
    printf '%s\n' "$params" >"$params_file"
    safe_remove "$target"
}

begin root "a minimal Debian $suite ($variant, with $include)"
exec 9>"$fresh_dir/root.lock"
flock 9 # two runs at once build the root only once
if [ "$rebuild" = 0 ] && [ -f "$tarball" ] && [ "$(cat "$params_file" 2>/dev/null)" = "$params" ]; then
    finish "cached: $tarball"
else
    [ -f "$tarball" ] && say "The cached root is out of date or --rebuild was given: building it again"
    build_root
    finish "built $tarball ($(du -h "$tarball" | cut -f1))"
fi
exec 9>&-

old=$(find "$fresh_dir" -maxdepth 1 -name 'root.*' -type d | wc -l)
[ "$old" -gt 0 ] && say "Note: $old older root(s) in $fresh_dir (kept, interrupted, or another run's)"

# ---- phase unpack ----------------------------------------------------------------------------
begin unpack "extract the root into a fresh folder"
root=$(mktemp -d "$fresh_dir/root.XXXXXX")
[ "$keep" = 1 ] || removable+=("$root")
tar --numeric-owner -C "$root" -xpzf "$tarball"
chmod 755 "$root" # mktemp made it 0700: newcomer could not even reach /
finish "$root"

# ---- phase clone -----------------------------------------------------------------------------
# The host's apt sources, but only those that point to Debian's archive (or the chosen mirror).
source_uris() { # source_uris FILE: the URIs of its enabled entries
    case $1 in
    *.sources)
        awk 'BEGIN { RS = "" }
            { enabled = 1; uris = ""; n = split($0, line, "\n"); field = ""
              for (i = 1; i <= n; i++) {
                  if (line[i] ~ /^#/) continue
                  if (line[i] ~ /^[ \t]/) { if (field == "uris") uris = uris " " line[i]; continue }
                  field = tolower(line[i]); sub(/:.*/, "", field)
                  value = line[i]; sub(/^[^:]*:[ \t]*/, "", value)
                  if (field == "enabled" && tolower(value) ~ /^(no|false|0)/) enabled = 0
                  if (field == "uris") uris = value
              }
              if (enabled) print uris }' "$1" | tr -s '[:blank:]' '\n' | sed '/^$/d'
        ;;
    *) sed -n -E 's/^[[:space:]]*deb(-src)?[[:space:]]+(\[[^]]*\][[:space:]]+)?([^[:space:]]+).*/\3/p' "$1" ;;
    esac
}
debian_uri() { # debian_uri URI: is it Debian's archive or the chosen mirror?
    local host mirror_host
    host=$(printf '%s\n' "$1" | sed -n -E 's#^https?://([^/:]+).*#\1#p')
    mirror_host=$(printf '%s\n' "$mirror" | sed -n -E 's#^https?://([^/:]+).*#\1#p')
    case $host in debian.org | *.debian.org) return 0 ;; esac
    [ -n "$host" ] && [ "$host" = "$mirror_host" ]
}
copy_apt_sources() {
    local f uris uri ok copied=0
    rm -f "$root/etc/apt/sources.list" "$root"/etc/apt/sources.list.d/*
    for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources; do
        [ -f "$f" ] || continue
        uris=$(source_uris "$f")
        [ -n "$uris" ] || continue
        ok=1
        for uri in $uris; do debian_uri "$uri" || ok=0; done
        if [ "$ok" = 1 ]; then
            cp "$f" "$root$f"
            copied=$((copied + 1))
            say "apt source: $f ($(echo "$uris" | sort -u | tr '\n' ' '))"
        else
            say "apt source skipped, not Debian's archive: $f ($(echo "$uris" | sort -u | tr '\n' ' '))"
        fi
    done
    if [ "$copied" = 0 ]; then
        say "No Debian apt source on the host: using $mirror and Debian's security archive"
        printf 'Types: deb\nURIs: %s\nSuites: %s %s-updates\nComponents: main\nSigned-By: %s\n\n' \
            "$mirror" "$suite" "$suite" "$keyring" >"$root/etc/apt/sources.list.d/debian.sources"
        printf 'Types: deb\nURIs: http://deb.debian.org/debian-security\nSuites: %s-security\nComponents: main\nSigned-By: %s\n' \
            "$suite" "$keyring" >>"$root/etc/apt/sources.list.d/debian.sources"
    fi
}

hostgit() { git -c safe.directory="$repo" -c safe.directory="$repo/.git" -C "$repo" "$@"; }

begin clone "user $user, git clone of HEAD, ../shared, apt sources"
head=$(hostgit rev-parse HEAD)
[ -z "$(hostgit status --porcelain --untracked-files=no)" ] ||
    say "Note: the uncommitted changes in $repo are not part of this run (it uses HEAD, $(hostgit log -1 --format=%h))"
chroot "$root" useradd --create-home --user-group --shell /bin/bash "$user"
printf '%s ALL=(ALL:ALL) NOPASSWD: ALL\n' "$user" >"$root/etc/sudoers.d/$user"
chmod 0440 "$root/etc/sudoers.d/$user"
# --no-local: copy the objects rather than hard-link them, so the chown below cannot reach the
# host repository's files.
hostgit clone --quiet --no-local "$repo" "$root$home/clientele"
if [ "$(git -C "$root$home/clientele" rev-parse HEAD)" != "$head" ]; then
    git -C "$root$home/clientele" checkout --quiet --detach "$head"
fi
shared=$(dirname "$repo")/shared
if [ -d "$shared" ]; then
    cp -a "$shared" "$root$home/shared"
else
    say "Note: no $shared on the host, so there is no ../shared in the root either"
fi
chroot "$root" chown -R "$user:$user" "$home"
copy_apt_sources
cp -L --remove-destination /etc/resolv.conf "$root/etc/resolv.conf"
printf '127.0.0.1\tlocalhost\n127.0.1.1\t%s\n::1\tlocalhost ip6-localhost ip6-loopback\n' "$(hostname)" \
    >"$root/etc/hosts"
# Services that packages install must not start: in a chroot they would run on the host.
printf '#!/bin/sh\n# ./dev fresh: no service starts in this chroot\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
chmod 755 "$root/usr/sbin/policy-rc.d"
finish "HEAD $(hostgit log -1 --format=%h)"

# ---- phase test ------------------------------------------------------------------------------
mount_dev() { # a minimal /dev on a tmpfs; the host's /dev (bound, not recursively) if mknod fails
    local spec name type major minor
    do_mount "$root/dev" -t tmpfs -o mode=755,nosuid,size=16m fresh-dev
    for spec in null:c:1:3 zero:c:1:5 full:c:1:7 random:c:1:8 urandom:c:1:9 tty:c:5:0; do
        IFS=: read -r name type major minor <<<"$spec"
        if ! mknod -m 666 "$root/dev/$name" "$type" "$major" "$minor" 2>/dev/null; then
            say "mknod is not allowed here: binding the host's /dev instead"
            unmount_one "$root/dev"
            do_mount "$root/dev" --bind /dev
            mount --make-private "$root/dev"
            return 0
        fi
    done
    mkdir -m 755 "$root/dev/pts"
    mkdir -m 1777 "$root/dev/shm"
    ln -s pts/ptmx "$root/dev/ptmx"
    ln -s /proc/self/fd "$root/dev/fd"
    ln -s /proc/self/fd/0 "$root/dev/stdin"
    ln -s /proc/self/fd/1 "$root/dev/stdout"
    ln -s /proc/self/fd/2 "$root/dev/stderr"
}
mount_all() {
    if [ "$in_namespace" != 1 ]; then
        # Without a namespace of our own: make the root a private mount first, so that nothing
        # mounted below it propagates to the host's mounts.
        do_mount "$root" --bind "$root"
        mount --make-private "$root"
    fi
    do_mount "$root/proc" -t proc -o nosuid,nodev,noexec fresh-proc
    if ! do_mount "$root/sys" -t sysfs -o ro,nosuid,nodev,noexec fresh-sys 2>/dev/null; then
        do_mount "$root/sys" --bind /sys
        mount --make-private "$root/sys"
        mount -o remount,bind,ro "$root/sys" || true
    fi
    mount_dev
    if ! do_mount "$root/dev/pts" -t devpts -o newinstance,ptmxmode=0666,mode=0620,gid=5,nosuid,noexec \
        fresh-pts 2>/dev/null; then
        do_mount "$root/dev/pts" --bind /dev/pts
        mount --make-private "$root/dev/pts"
    fi
    do_mount "$root/dev/shm" -t tmpfs -o mode=1777,nosuid,nodev fresh-shm
}

if [ "$shell" = 1 ]; then what="an interactive shell in ~/clientele"; else what="cd ~/clientele && $command"; fi
begin test "mount, then as $user: $what"
mount_all
uid=$(chroot "$root" id -u "$user")
gid=$(chroot "$root" id -g "$user")
inside=(chroot --userspec="$uid:$gid" --groups="$gid" "$root"
    /usr/bin/env -i HOME="$home" USER="$user" PATH="$clean_path" TERM="${TERM:-dumb}")
if [ "$shell" = 1 ]; then
    set +e
    "${inside[@]}" /bin/bash -c 'cd ~/clientele && exec /bin/bash -i'
    status=$?
    set -e
else
    say "Output also goes to $test_log"
    # Not a pipeline: a process the command leaves behind would keep tee, and so us, waiting.
    exec {log_fd}> >(tee "$test_log")
    tee_pid=$!
    # In the background, so that a signal to this script is handled at once (the trap then stops
    # what runs in the root) rather than when the command ends.
    "${inside[@]}" /bin/bash -c $'cd ~/clientele || exit\n'"$command" </dev/null >&"$log_fd" 2>&1 &
    wait $! || status=$?
    exec {log_fd}>&-
    stop_leftovers "$root" # closes the output they hold, so tee ends
    wait "$tee_pid" 2>/dev/null || true
fi
finish "exit status $status"
exit "$status"
