#!/usr/bin/env bash
# Exports every kind of report from school files full of markup (<img src=file:///etc/passwd>,
# links, <style> with url(), quotes, a right-to-left override) under strace, and fails if the
# export opened a file outside an allow-list (the school file, the PDF and its temporary file,
# fonts, Qt, ICU, locale and library files, /proc, /sys, /dev) or started another program.
#
# Usage: no-file-opens.sh PATH/TO/equimark-cli
# Exit 0 when every export stayed inside the allow-list; 1 with the offending lines printed;
# 77 (skipped) when strace is not installed.
set -uo pipefail

cli=${1:?usage: no-file-opens.sh PATH/TO/equimark-cli}
if ! command -v strace >/dev/null 2>&1; then
    echo "SKIP: strace is not installed (scripts/install-deps.sh installs it)"
    exit 77
fi
if ! strace -f -qq -o /dev/null true 2>/dev/null; then
    echo "FAIL: strace is installed but cannot trace processes here (ptrace not permitted?)" >&2
    exit 1
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/equimark-no-file-opens.XXXXXX")
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
# Keep Qt's per-user configuration and caches inside the work folder.
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_CACHE_HOME="$work/home/.cache"
export XDG_DATA_HOME="$work/home/.local/share" XDG_RUNTIME_DIR="$work/runtime"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8

rlo=$(printf '\342\200\256') # U+202E RIGHT-TO-LEFT OVERRIDE
hostile="<img src=file:///etc/passwd> <a href=\"file:///etc/shadow\">x</a> <style>body{background:url(file:///etc/hosts)}</style> it's \"quoted\" C:\\temp\\ ${rlo}exe.txt"
export EQUIMARK_USER="$hostile"

failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

run() { # run DESCRIPTION CLI-ARGUMENTS...: a setup step that must succeed
    local what=$1
    shift
    if ! "$cli" "$@" >"$work/out.txt" 2>&1; then
        fail "$what: equimark-cli $1 $2 failed: $(cat "$work/out.txt")"
        return 1
    fi
}

# A new school whose name, URN and local authority are hostile, with a hostile audit note and
# action; and the demo school with the same added (every report kind has content there).
year=$(date +%Y)
[ "$(date +%-m)" -lt 9 ] && year=$((year - 1))
academic="$year-$(printf '%02d' $(((year + 1) % 100)))"
visit_date="$year-07-12" # the demo's accreditation visit: 50 days before the year ended

run "new school" new "$work/new.equimark" --school "$hostile" --urn "$hostile" \
    --local-authority "$hostile"
run "demo school" demo "$work/demo.equimark"
for school in "$work/new.equimark" "$work/demo.equimark"; do
    item=$("$cli" audit items "$school" | awk 'NF { print $1; exit }')
    run "audit note" audit set "$school" --year "$academic" --item "$item" --rating amber \
        --note "$hostile"
    run "action" action add "$school" --title "$hostile" --strand race --owner "$hostile" \
        --due "$((year + 1))-03-31"
done

filled=no
practitioner=$("$cli" info "$work/demo.equimark" --json |
    sed -n 's/.*"practitioners"[^{]*{[^}]*"name": *"\([^"]*\)".*/\1/p' | head -n 1)
if command -v sqlite3 >/dev/null 2>&1; then
    # Every other text a user types, straight into the demo file (the CLI has no command for
    # them). Triggers keep the change history append-only; it is left alone.
    value=${hostile//\'/\'\'}
    sql=""
    for column in school.name school.urn school.local_authority school.meeting_frequency \
        member.name member.notes meeting.notes meeting.decisions judgement.note \
        judgement.judged_by grid_cell.rationale action.title action.sip_priority action.owner \
        action.success_criteria action.cost action.impact action_progress.note \
        evidence.title evidence.description attachment.file_name visit.advisor visit.focus \
        visit.walk_notes visit.outcomes visit.next_steps visit_meeting.heard \
        network_meeting.notes accreditation_summary.outcomes \
        accreditation_summary.measurable_results accreditation_summary.group_statement \
        accreditation_summary.verified_by accreditation_summary.advisor_comments \
        summary_event.comments charter_judgement.evidence_notes practitioner.role \
        portfolio.programme portfolio_standard.note portfolio_reflection.answer \
        impact_item.title impact_item.with_whom impact_item.impact impact_item.how_known; do
        sql+="UPDATE ${column%%.*} SET ${column#*.} = '$value';"
    done
    sql+="UPDATE practitioner SET name = '$value' || ' ' || id;"
    if ! sqlite3 "$work/demo.equimark" "$sql" 2>"$work/out.txt"; then
        fail "could not fill the demo school with hostile text: $(cat "$work/out.txt")"
    fi
    practitioner=$(sqlite3 "$work/demo.equimark" "SELECT name FROM practitioner LIMIT 1")
    filled=yes
else
    echo "note: sqlite3 is not installed; only the fields the CLI can set hold hostile text"
fi

# What an export may open. Anything else, or any exec beyond the CLI itself, fails the test.
cli_dir=$(cd "$(dirname "$cli")" && pwd)
allowed_prefixes=(
    "$work" "$cli_dir" /proc /sys /dev                          # the files of this run
    /lib /lib64 /usr/lib /usr/lib64 /usr/local/lib /etc/ld.so.cache # libraries, Qt plugins
    /usr/share/fonts /usr/local/share/fonts /etc/fonts /var/cache/fontconfig /usr/share/fontconfig
    /usr/share/icu /usr/share/locale /usr/lib/locale /etc/locale.alias /usr/share/zoneinfo
    /etc/localtime /usr/share/X11/locale /usr/share/qt6 /etc/xdg /usr/share/mime
)
allowed() {
    local prefix
    for prefix in "${allowed_prefixes[@]}"; do
        [[ $1 == "$prefix" || $1 == "$prefix"/* ]] && return 0
    done
    return 1
}

check_log() { # check_log DESCRIPTION LOG
    local what=$1 log=$2 line path bad=0
    while IFS= read -r line; do
        case $line in
        *execve\(*)
            if [[ $line != *"execve(\"$cli\""* ]]; then
                echo "  $line" >&2
                bad=1
            fi
            continue
            ;;
        esac
        [[ $line =~ \"([^\"]*)\" ]] || continue
        path=${BASH_REMATCH[1]}
        [[ $path == /* ]] || path="$work/$path"
        if [[ $path == *passwd* || $path == *shadow* || $path == */etc/hosts* ]] || ! allowed "$path"; then
            echo "  $line" >&2
            bad=1
        fi
    done < <(grep -E 'open(at2?)?\(|creat\(|execve(at)?\(' "$log")
    [ $bad -eq 0 ] || fail "$what opened or ran something it should not (lines above)"
}

# Under the sanitizer build: LeakSanitizer cannot work under ptrace and would abort the export.
# Leaks are checked by every other test; this one is about what gets opened.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"

export_traced() { # export_traced DESCRIPTION EXPORT-ARGUMENTS...
    local what=$1
    shift
    local log="$work/trace-${what// /-}.log"
    rm -f "$work/out.pdf"
    if ! strace -f -qq -s 4096 -e trace=open,openat,openat2,creat,execve,execveat -o "$log" \
        "$cli" export "$@" -o "$work/out.pdf" >"$work/out.txt" 2>&1; then
        fail "$what: equimark-cli export $1 failed: $(cat "$work/out.txt")"
        return
    fi
    [ -s "$work/out.pdf" ] || fail "$what: no PDF was written"
    check_log "$what" "$log"
    # The markup must have reached the report (as text), or the test proves nothing. The PDF
    # draws "fi" as a ligature, which pdftotext gives back as U+FB01.
    if [ "$filled" = yes ] || [[ $2 == */new.equimark ]]; then
        if command -v pdftotext >/dev/null 2>&1 &&
            ! pdftotext "$work/out.pdf" - | sed 's/\xef\xac\x81/fi/g' | tr -d ' \n\f' |
            grep -qF '<imgsrc=file:///etc/passwd>'; then
            fail "$what: the typed markup is not printed in the PDF"
        fi
    fi
}

start=$(date +%s)
export_traced "summary" summary "$work/demo.equimark" --strand race
export_traced "action plan" action-plan "$work/demo.equimark"
export_traced "action plan of the new school" action-plan "$work/new.equimark"
export_traced "grid" grid "$work/demo.equimark"
export_traced "audit record" audit "$work/demo.equimark"
export_traced "audit record of the new school" audit "$work/new.equimark" --year "$academic"
export_traced "visit report" visit "$work/demo.equimark" --date "$visit_date"
export_traced "charter" charter "$work/demo.equimark"
if [ -n "$practitioner" ]; then
    export_traced "portfolio" portfolio "$work/demo.equimark" --practitioner "$practitioner"
else
    fail "the demo school names no practitioner, so the portfolio was not exported"
fi
echo "exported 9 reports under strace in $(($(date +%s) - start)) s"

if [ $failures -ne 0 ]; then
    echo "$failures failure(s)" >&2
    exit 1
fi
echo "no export opened a file outside the allow-list or started a program"
