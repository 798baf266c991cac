#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Keeps docs/INPUTS.md and the tests in step. Every row of a table with a `test` column names
# the tests that cover it as `executable:function` or `executable:function:data tag`; this
# fails when a named executable, function or data tag does not exist, when a row names no test,
# or when a data-driven function the table names has a data row the table does not name (a
# bad input tested but not documented). Only rows under a heading marked "(to be completed)"
# may say `pending` instead of naming a test; they are listed, not failed.
# Usage: check_inputs_table.sh TABLE.md NAME=EXECUTABLE...
#        check_inputs_table.sh --self-test NAME=EXECUTABLE...   (the checker catches drift)
set -uo pipefail
export QT_QPA_PLATFORM=offscreen

self_test=0
if [[ "${1:-}" == "--self-test" ]]; then
    self_test=1
    shift
else
    table=$1
    shift
fi
declare -A exe
for pair in "$@"; do exe[${pair%%=*}]=${pair#*=}; done

if ((self_test)); then
    # One table with a tag that does not exist and without the other tags of the function it
    # names: the checker must refuse it, naming both problems.
    [[ ${#exe[@]} -ge 1 ]] || { echo "self-test: give one NAME=EXECUTABLE"; exit 1; }
    name=${!exe[*]}
    name=${name%% *}
    func=$("${exe[$name]}" -datatags | awk 'NF >= 3 { print $2; exit }')
    [[ -n "$func" ]] || { echo "self-test: $name has no data-driven function"; exit 1; }
    tmp=$(mktemp)
    trap 'rm -f "$tmp"' EXIT
    printf '## x\n\n| input | test |\n|---|---|\n| a | `%s:%s:no such tag` |\n| b | |\n' "$name" "$func" >"$tmp"
    out=$("$0" "$tmp" "$name=${exe[$name]}" 2>&1) && { echo "self-test: a drifted table passed"; exit 1; }
    for expected in "no data tag 'no such tag'" "not in the table" "names no test"; do
        grep -qF "$expected" <<<"$out" || { echo "self-test: no \"$expected\" in: $out"; exit 1; }
    done
    echo "self-test: the checker refuses a drifted table"
    exit 0
fi

errors=0
problem() {
    echo "$table: $*"
    errors=$((errors + 1))
}

trim() {
    local s=${1#"${1%%[![:space:]]*}"}
    printf '%s' "${s%"${s##*[![:space:]]}"}"
}

declare -A loaded known datatags # known: "name function" and "name function tag" that exist
# Loads an executable's function list and data tags once ("Class function tag" per line).
load() {
    local name=$1 line
    [[ -n "${exe[$name]+x}" ]] || return 1
    [[ -n "${loaded[$name]+x}" ]] && return 0
    loaded[$name]=1
    local functions
    functions=$("${exe[$name]}" -functions 2>/dev/null) || problem "$name -functions failed"
    datatags[$name]=$("${exe[$name]}" -datatags 2>/dev/null | cut -d' ' -f2-) || problem "$name -datatags failed"
    while IFS= read -r line; do [[ -n "$line" ]] && known["$name ${line%()}"]=1; done <<<"$functions"
    while IFS= read -r line; do [[ -n "$line" ]] && known["$name $line"]=1; done <<<"${datatags[$name]}"
}

declare -A referenced # "name function" -> 1, and "name function tag" -> 1
heading=""
column=-1
rows=0
pending=()
lineno=0
while IFS= read -r line || [[ -n "$line" ]]; do
    lineno=$((lineno + 1))
    if [[ "$line" == \#* ]]; then
        heading=$line
        column=-1
        continue
    fi
    if [[ "$line" != \|* ]]; then
        column=-1
        continue
    fi
    IFS='|' read -r -a cells <<<"$line"
    if ((column < 0)); then # a header row: find the test column
        column=-2
        for i in "${!cells[@]}"; do
            [[ $(trim "${cells[$i]}") == test ]] && column=$i
        done
        continue
    fi
    ((column == -2)) && continue # a table without a test column
    [[ "$line" =~ ^\|[-:\ \|]+$ ]] && continue # the separator row
    rows=$((rows + 1))
    cell=${cells[$column]:-}
    refs=()
    rest=$cell
    while [[ "$rest" =~ \`([^\`]*)\`(.*) ]]; do
        refs+=("${BASH_REMATCH[1]}")
        rest=${BASH_REMATCH[2]}
    done
    if [[ ${#refs[@]} -eq 0 ]]; then
        if [[ $(trim "$cell") == pending && "$heading" == *"(to be completed)"* ]]; then
            pending+=("line $lineno: $(trim "${cells[1]}")")
        else
            problem "line $lineno names no test"
        fi
        continue
    fi
    for ref in "${refs[@]}"; do
        IFS=':' read -r name func tag <<<"$ref"
        if ! load "$name"; then
            problem "line $lineno: no test executable '$name' (known: ${!exe[*]})"
            continue
        fi
        if [[ -z "${known["$name $func"]+x}" ]]; then
            problem "line $lineno: $name has no function '$func'"
            continue
        fi
        referenced["$name $func"]=1
        if [[ -n "$tag" ]]; then
            if [[ -n "${known["$name $func $tag"]+x}" ]]; then
                referenced["$name $func $tag"]=1
            else
                problem "line $lineno: $name $func has no data tag '$tag'"
            fi
        fi
    done
done <"$table"

# Every data row of a data-driven function the table names is in the table.
for key in "${!referenced[@]}"; do
    read -r name func rest <<<"$key"
    [[ -n "$rest" ]] && continue
    while IFS= read -r row; do
        [[ "$row" == "$func "* ]] || continue
        [[ -n "${referenced["$name $row"]+x}" ]] || problem "$name:$func:${row#"$func "} is not in the table"
    done <<<"${datatags[$name]}"
done

((rows > 0)) || problem "no table rows found"
for p in "${pending[@]}"; do echo "$table: pending (no test yet) at $p"; done
if ((errors > 0)); then
    echo "$table: $errors problems"
    exit 1
fi
echo "$table: $rows rows, every named test exists, every tested bad input is in the table (${#pending[@]} pending)"
