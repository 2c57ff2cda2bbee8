# Sourced by .ci/smoke: `prfaq ready`, `prfaq diff` and the GitHub Action's compiled entry point,
# run the way users and GitHub run them, on a throwaway git repository.
smoke_repo=$(mktemp -d)
smoke_root=$PWD
smoke_git() { GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null git -c user.name=smoke -c user.email=smoke@example.com -C "$smoke_repo" "$@"; }
smoke_doc() { # smoke_doc <objection status>
  printf -- '---\ntitle: Smoke\nstatus: review\n---\n\n# Smoke test launches\n\n## Summary\n\nText.\n\n## FAQ\n\n### Does it work?\n\nYes.\n\n## Objections\n\n| Stakeholder | Objection | Status | Owner | Resolution |\n| --- | --- | --- | --- | --- |\n| Finance | Cost | %s | Raj | |\n' "$1"
}
smoke_git init -q -b main
mkdir -p "$smoke_repo/prfaq"
smoke_doc open > "$smoke_repo/prfaq/smoke.md"
smoke_git add -A && smoke_git commit -qm base
smoke_doc resolved > "$smoke_repo/prfaq/smoke.md"
in_repo() { (cd "$smoke_repo" && "$@"); }
check "prfaq ready: a document with an open objection is not ready (exit 1)" 1 in_repo node "$smoke_root/packages/cli/bin/prfaq.js" ready prfaq/smoke.md --for review
check "prfaq diff main: compares with the base (exit 0)" 0 in_repo node "$smoke_root/packages/cli/bin/prfaq.js" diff main --format markdown
check "prfaq diff refuses a revision that looks like an option (exit 2)" 2 in_repo node "$smoke_root/packages/cli/bin/prfaq.js" diff -- --output=/tmp/prfaq-smoke-x
check "prfaq diff: unknown revision (exit 2)" 2 in_repo node "$smoke_root/packages/cli/bin/prfaq.js" diff no-such-branch
check "action entry: writes the job summary" 0 in_repo env GITHUB_STEP_SUMMARY="$smoke_repo/summary.md" GITHUB_WORKSPACE="$smoke_repo" \
  PRFAQ_COMMANDS="ready diff" PRFAQ_BASE=main PRFAQ_PATHS=prfaq PRFAQ_FAIL_ON=never node "$smoke_root/packages/cli/dist/github-action/index.js"
check "action summary holds the readiness and the diff" 0 grep -q 'PR/FAQ changes since `main`' "$smoke_repo/summary.md"
rm -rf "$smoke_repo"
