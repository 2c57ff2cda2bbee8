# Sourced by .ci/smoke: the esbuild bundle that bin/prfaq.js runs (dist/bundle/) is current and works on
# the paths that depend on where its files sit: template lookup, worker threads loaded by URL, lazy ajv.
bundle_dir=$(mktemp -d)
bundle_bin="$bundle_dir/bundle-bin.mjs"
printf "const { main } = await import('%s');\nprocess.exitCode = await main(process.argv);\n" "$PWD/packages/cli/dist/bundle/main.js" > "$bundle_bin"
check "the bundle is newer than every tsc build (so bin/prfaq.js runs it)" 0 node -e "
const { statSync } = require('fs');
const built = statSync('packages/cli/dist/bundle/main.js').mtimeMs;
process.exit(['core', 'lint', 'cli'].every((p) => statSync('packages/' + p + '/dist/.tsbuildinfo').mtimeMs <= built) ? 0 : 1)"
check "bundle: lint with two worker threads gives the serial output" 0 sh -c "
  a=\$(cd examples && node '$bundle_bin' lint --concurrency 2 --format json *.md)
  b=\$(cd examples && node '$bundle_bin' lint --concurrency off --format json *.md)
  [ -n \"\$a\" ] && [ \"\$a\" = \"\$b\" ]"
check "bundle: prfaq new finds the templates" 0 sh -c "cd '$bundle_dir' && git init -q . && node '$bundle_bin' new -t feature --title 'Smoke bundle' --yes smoke.md && grep -q 'Smoke bundle' smoke.md"
check "bundle: a bad rule option in the config is reported (ajv loads beside the bundle)" 0 sh -c "cd '$bundle_dir' && printf 'rules:\n  headline: [error, {nope: 1}]\n' > prfaq.config.yaml && node '$bundle_bin' lint smoke.md 2>&1 | grep -q 'prfaq.config.yaml:.*nope'"
