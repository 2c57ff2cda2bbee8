# Sourced by .ci/smoke: the packages as a user installs them. scripts/pack-install-test.mjs packs every
# publishable package, installs the tarballs with npm in an empty folder outside the workspace and runs
# the commands and imports; it prints its own ok / not ok lines, passed through here (with the details
# of a failure and the tarball sizes indented, so the summary counts only the checks).
pack_out=$(node scripts/pack-install-test.mjs 2>&1 </dev/null); pack_status=$?
printf '%s\n' "$pack_out" | sed -e '/^ok /b' -e '/^not ok /b' -e 's/^/    /'
if [ $pack_status -ne 0 ]; then
  printf '%s\n' "$pack_out" | grep -q '^not ok ' || echo "not ok pack-install-test (exit $pack_status)"
  fail=1
fi
