# SPDX-License-Identifier: MIT
# Times the stages of a script and prints them as a table when the script ends, also when a
# stage fails or the script is interrupted (an EXIT trap), so the cost of every stage shows.
# Sourced, not run:
#   source scripts/lib/stage-timer.sh
#   stage "ci build" cmake --build --preset ci
#   stage "ci tests" ctest --preset ci
# A stage that fails ends the script with its exit status, after the table. The table goes to
# standard error, so it stays visible when standard output is captured. A stage runs in a
# subshell (a shell function works, with set -e as the script has it, but cannot set the
# script's variables). This file owns the EXIT, INT and TERM traps: a script with cleanup of
# its own does it in a trap that then calls _stage_table.

_stage_names=()
_stage_starts=()
_stage_seconds=()
_stage_results=()
_stage_script_start=$(date +%s)

# stage NAME COMMAND [ARG...]: runs the command as one timed stage.
stage() {
    local name="$1"
    shift
    local index=${#_stage_names[@]} status=0
    _stage_names+=("$name")
    _stage_starts+=("$(date +%s)")
    _stage_seconds+=("")
    _stage_results+=("")
    # Not `"$@" || status=$?`: that would switch set -e off inside a function stage.
    local errexit=0
    [[ $- == *e* ]] && errexit=1
    set +e
    (
        ((errexit)) && set -e
        "$@"
    )
    status=$?
    ((errexit)) && set -e
    _stage_seconds[index]=$(($(date +%s) - _stage_starts[index]))
    if ((status != 0)); then
        _stage_results[index]="failed ($status)"
        exit "$status"
    fi
    _stage_results[index]="ok"
}

_stage_clock() { printf '%d:%02d' $(($1 / 60)) $(($1 % 60)); }

_stage_table() {
    local status=$? now i seconds result
    now=$(date +%s)
    {
        printf '\n%-24s %7s  %s\n' "stage" "m:ss" "result"
        for i in "${!_stage_names[@]}"; do
            seconds="${_stage_seconds[i]}"
            result="${_stage_results[i]}"
            if [[ -z "$seconds" ]]; then # cut short by a signal: its time so far
                seconds=$((now - _stage_starts[i]))
                result="stopped"
            fi
            printf '%-24s %7s  %s\n' "${_stage_names[i]}" "$(_stage_clock "$seconds")" "$result"
        done
        printf '%-24s %7s  %s\n' "total" "$(_stage_clock $((now - _stage_script_start)))" \
            "$( ((status == 0)) && echo ok || echo "failed ($status)")"
    } >&2
}
trap _stage_table EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
