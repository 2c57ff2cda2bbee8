# Sourced by .ci/smoke: `prfaq lint` and `prfaq rules` run the way users run them, on a throwaway folder.
lint_dir=$(mktemp -d)
lint_root=$PWD
mkdir -p "$lint_dir/.git" "$lint_dir/prfaq"
printf '# Smoke launches\n\n## Summary\n\nTBD\n' > "$lint_dir/prfaq/smoke.md"
printf 'rules:\n  headline: warning\n' > "$lint_dir/bad.yaml"
printf '\x00\x01binary' > "$lint_dir/prfaq/binary.md"
in_lint() { (cd "$lint_dir" && "$@"); }
lint_bin="node $lint_root/packages/cli/bin/prfaq.js"
check "prfaq rules lists the rules (exit 0)" 0 $lint_bin rules
check "prfaq lint: a PR/FAQ with errors (exit 1)" 1 in_lint $lint_bin lint prfaq/smoke.md
check "prfaq lint: sarif to a file (exit 1)" 1 in_lint $lint_bin lint prfaq/smoke.md --format sarif -o out/report.sarif
check "prfaq lint: the SARIF file is JSON with version 2.1.0" 0 node -e "process.exit(JSON.parse(require('fs').readFileSync('$lint_dir/out/report.sarif','utf8')).version === '2.1.0' ? 0 : 1)"
check "prfaq lint: a missing file (exit 2)" 2 in_lint $lint_bin lint prfaq/none.md
check "prfaq lint: a bad config (exit 2)" 2 in_lint $lint_bin lint prfaq/smoke.md --config bad.yaml
check "prfaq lint: a binary file is an io-error (exit 2)" 2 in_lint $lint_bin lint prfaq/binary.md prfaq/smoke.md
check "prfaq lint --help documents the exit codes" 0 sh -c "$lint_bin lint --help | grep -q 'Exit codes'"
