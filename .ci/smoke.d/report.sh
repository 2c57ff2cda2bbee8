# Sourced by .ci/smoke: `prfaq report` run the way users run it, on the bundled examples.
report_dir=$(mktemp -d)
check "prfaq report --html writes the page (exit 0)" 0 $bin report examples --html "$report_dir/report.html"
check "the report page is one self-contained HTML file" 0 grep -q "Content-Security-Policy" "$report_dir/report.html"
check "prfaq report --format json to stdout (exit 0)" 0 $bin report examples --format json
check "prfaq report: --html with --format json is a usage error (exit 2)" 2 $bin report examples --html "$report_dir/x.html" --format json
check "prfaq report: an unwritable output is an I/O error (exit 2)" 2 $bin report examples --html "$report_dir/no-such-dir/report.html"
rm -rf "$report_dir"
