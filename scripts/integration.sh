#!/usr/bin/env bash
# Integration checks that need more than Go (make integration; CI runs it):
#
#   1. pre-commit: `pre-commit try-repo` of this working tree in a throwaway
#      repository fails on a bad file with platlint's message and passes on
#      a good one (Debian's pre-commit; the hook is built by `go install`
#      through the Go module proxy, nothing comes from GitHub).
#   2. GitHub Action: actionlint (pinned, via the module proxy) on
#      .github/workflows, with shellcheck; then the action's tests, with the
#      scan step run against bin/platlint and shellcheck on action.yml.
#   3. SARIF: Microsoft's SARIF multitool (npm) validates the SARIF of
#      examples/ with GitHub's and SARIF's rules; only the warnings listed
#      in the README are accepted.
#
# Missing tools are installed: pre-commit, shellcheck and jq with apt-get,
# the multitool with npm under .bench/tools. Running it again is safe and
# quicker. It needs bin/platlint (make build) and runs from the repository
# root. Exit status 1 and a line starting "integration: FAIL" on failure.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
BIN=${PLATLINT_BIN:-$ROOT/bin/platlint}
ACTIONLINT_VERSION=v1.7.12
SARIF_MULTITOOL_VERSION=5.7.0
TOOLS=$ROOT/.bench/tools

fail() {
	printf 'integration: FAIL: %s\n' "$*" >&2
	exit 1
}

# section NAME starts a timed section; done_section ends it.
section() {
	SECTION=$1
	SECTION_START=$SECONDS
	printf '==> %s\n' "$SECTION"
}
done_section() {
	printf '    ok (%ds)\n' $((SECONDS - SECTION_START))
}

[ -x "$BIN" ] || fail "$BIN not found: run make build (make integration does)"
for tool in git go node npm; do
	command -v "$tool" >/dev/null || fail "$tool is not installed"
done
BIN=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# --- tools ------------------------------------------------------------------

section "tools"
missing=()
command -v pre-commit >/dev/null || missing+=(pre-commit)
command -v shellcheck >/dev/null || missing+=(shellcheck)
command -v jq >/dev/null || missing+=(jq)
if [ "${#missing[@]}" -gt 0 ]; then
	sudo=()
	[ "$(id -u)" -eq 0 ] || sudo=(sudo)
	echo "    apt-get install ${missing[*]}"
	if ! { "${sudo[@]}" apt-get update -qq &&
		DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"; } >"$tmp/apt.log" 2>&1; then
		cat "$tmp/apt.log" >&2
		fail "apt-get install ${missing[*]}"
	fi
fi
echo "    $(pre-commit --version), shellcheck $(shellcheck --version | sed -n 's/^version: //p'), $(jq --version)"
done_section

# --- pre-commit ---------------------------------------------------------------

section "pre-commit try-repo"
# try-repo takes uncommitted changes only from tracked files, so the working
# tree as it is (tracked and new files, minus ignored ones and deletions)
# becomes a one-commit repository of its own.
src=$tmp/platlint-src
mkdir "$src"
git ls-files -z --cached --others --exclude-standard |
	while IFS= read -r -d '' f; do
		if [ -e "$f" ] || [ -L "$f" ]; then printf '%s\0' "$f"; fi
	done |
	tar --null -T - -cf - | tar -xf - -C "$src"
git -C "$src" -c init.defaultBranch=main init -q
git -C "$src" add -A
git -C "$src" -c user.name=integration -c user.email=integration@platlint.invalid -c commit.gpgsign=false commit -q -m snapshot

# The throwaway repository: a Dockerfile that runs as root with a floating
# tag, one that is clean, and a file no hook should look at.
work=$tmp/work
mkdir -p "$work/bad" "$work/good"
printf 'FROM alpine:latest\nUSER root\n' >"$work/bad/Dockerfile"
printf '%s\n' \
	'FROM gcr.io/distroless/static-debian12:nonroot@sha256:0000000000000000000000000000000000000000000000000000000000000000' \
	'COPY app /app' \
	'ENTRYPOINT ["/app"]' >"$work/good/Dockerfile"
printf '# throwaway\n' >"$work/README.md"
git -C "$work" -c init.defaultBranch=main init -q
git -C "$work" add -A

# The fixtures must still mean what they mean to the current policies, or a
# failure below would blame the hooks for a policy change.
status=0
(cd "$work" && "$BIN" -q good/Dockerfile) >"$tmp/good.out" 2>&1 || status=$?
[ "$status" -eq 0 ] || { cat "$tmp/good.out" >&2; fail "the good Dockerfile fixture has findings (exit $status); update it in $0"; }
status=0
(cd "$work" && "$BIN" --no-color bad/Dockerfile) >"$tmp/bad.out" 2>&1 || status=$?
[ "$status" -eq 1 ] || { cat "$tmp/bad.out" >&2; fail "the bad Dockerfile fixture has no findings (exit $status); update it in $0"; }
message=$(head -n 1 "$tmp/bad.out") # "bad/Dockerfile:N: SEVERITY RULE message"

# pre-commit's golang hooks build with GOPATH set to the hook's
# environment, which would download every module again; the module cache
# is shared instead. GOPROXY and GOFLAGS are left as they are.
gomodcache=$(go env GOMODCACHE)

# expect_hook STATUS TEXT ARGS... runs pre-commit try-repo ARGS in the
# throwaway repository and wants exit STATUS and TEXT in the output.
expect_hook() {
	local want=$1 text=$2 status=0 start=$SECONDS
	shift 2
	(cd "$work" && PRE_COMMIT_HOME="$tmp/pre-commit-home" GOMODCACHE="$gomodcache" \
		pre-commit try-repo --color never "$src" "$@") >"$tmp/pre-commit.out" 2>&1 || status=$?
	if [ "$status" -ne "$want" ] || ! grep -qF -- "$text" "$tmp/pre-commit.out"; then
		cat "$tmp/pre-commit.out" >&2
		fail "pre-commit try-repo $*: exit $status, want $want and \"$text\" in the output"
	fi
	printf '    %-45s exit %d (%ds)\n' "$*" "$status" $((SECONDS - start))
}
expect_hook 1 "$message" platlint --files bad/Dockerfile
expect_hook 0 'Passed' platlint --files good/Dockerfile README.md
expect_hook 0 '(no files to check)Skipped' platlint --files README.md
expect_hook 1 "$message" platlint-repo --all-files
git -C "$work" rm -q -r -f bad
rm -rf "$work/bad"
expect_hook 0 'Passed' platlint-repo --all-files
done_section

# --- GitHub Action --------------------------------------------------------------

section "actionlint $ACTIONLINT_VERSION"
# actionlint runs shellcheck on the workflows' scripts, and checks the
# inputs and outputs the example workflow uses against action.yml.
go run "github.com/rhysd/actionlint/cmd/actionlint@$ACTIONLINT_VERSION" -no-color >"$tmp/actionlint.out" 2>&1 ||
	{ cat "$tmp/actionlint.out" >&2; fail "actionlint found problems in .github/workflows"; }
shellcheck scripts/integration.sh || fail "shellcheck scripts/integration.sh"
done_section

section "action.yml: scan step on examples/, shellcheck"
PLATLINT_BIN=$BIN PLATLINT_REQUIRE_SHELLCHECK=1 \
	go test -count=1 -run '^(TestAction|TestPreCommitHooks)' ./cmd/platlint >"$tmp/go-test.out" 2>&1 ||
	{ cat "$tmp/go-test.out" >&2; fail "the action's tests"; }
grep -q '^ok' "$tmp/go-test.out" || { cat "$tmp/go-test.out" >&2; fail "the action's tests did not run"; }
sed 's/^/    /' "$tmp/go-test.out"
done_section

# --- SARIF ---------------------------------------------------------------------

section "SARIF multitool $SARIF_MULTITOOL_VERSION"
prefix=$TOOLS/sarif-multitool-$SARIF_MULTITOOL_VERSION
if [ ! -f "$prefix/node_modules/@microsoft/sarif-multitool/package.json" ]; then
	echo "    npm install @microsoft/sarif-multitool@$SARIF_MULTITOOL_VERSION"
	mkdir -p "$prefix"
	npm install --prefix "$prefix" --no-audit --no-fund --loglevel=error \
		"@microsoft/sarif-multitool@$SARIF_MULTITOOL_VERSION" >"$tmp/npm.log" 2>&1 ||
		{ cat "$tmp/npm.log" >&2; fail "npm install @microsoft/sarif-multitool"; }
fi
# The package's own launcher hands its arguments to a shell, which would
# split "Gh;Sarif" at the semicolon; the platform binary it wraps is run
# directly.
multitool=$(cd "$prefix" && node -p "require('@microsoft/sarif-multitool')")
[ -x "$multitool" ] || fail "no SARIF multitool binary at $multitool"

mkdir "$tmp/sarif"
status=0
"$BIN" --format sarif --output "$tmp/sarif/examples.sarif" examples || status=$?
[ "$status" -eq 1 ] || fail "platlint examples exited $status, want 1 (findings)"
logs=("$tmp/sarif/examples.sarif")
# The golden input adds what examples/ lacks: parse errors, reported as
# tool execution notifications.
if [ -d testdata/golden/input ]; then
	status=0
	"$BIN" --format sarif --output "$tmp/sarif/golden-input.sarif" testdata/golden/input || status=$?
	[ "$status" -le 1 ] || fail "platlint testdata/golden/input exited $status"
	logs+=("$tmp/sarif/golden-input.sarif")
fi

# Accepted warnings (README, "SARIF validation"): SARIF2005, a tool version
# that does not start with a number, only for builds without a release
# version (a commit hash or "dev").
accepted='[]'
version=$(jq -r '.runs[0].tool.driver.version // ""' "$tmp/sarif/examples.sarif")
case $version in
[0-9]*) ;;
*) accepted='["SARIF2005"]' ;;
esac

# SARIF2006 fetches every help and reference URI; with no network but the
# package registries it only waits for DNS, a minute or more, and it
# reports notes, which are not checked here anyway.
cat >"$tmp/multitool.xml" <<'EOF'
<?xml version="1.0" encoding="utf-8"?>
<Properties>
  <Properties Key="SARIF2006.UrisShouldBeReachable.Options">
    <Property Key="RuleEnabled" Value="Disabled" Type="Driver.RuleEnabledState" />
  </Properties>
</Properties>
EOF
status=0
DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 "$multitool" validate --rule-kind "Gh;Sarif" --config "$tmp/multitool.xml" \
	--output "$tmp/validation.sarif" "${logs[@]}" >"$tmp/multitool.out" 2>&1 || status=$?
if [ "$status" -ne 0 ] || [ ! -s "$tmp/validation.sarif" ]; then
	cat "$tmp/multitool.out" >&2
	fail "the SARIF multitool did not run (exit $status)"
fi
problems=$(jq --argjson accepted "$accepted" '
	[.runs[].results[]? | select(.ruleId as $id | $accepted | index($id) | not)] | length' "$tmp/validation.sarif")
notifications=$(jq '[.runs[].invocations[]?.toolExecutionNotifications[]? | select(.level == "error")] | length' "$tmp/validation.sarif")
if [ "$problems" -ne 0 ] || [ "$notifications" -ne 0 ]; then
	cat "$tmp/multitool.out" >&2
	fail "the SARIF multitool reports $problems problem(s) and $notifications error(s) that are not accepted"
fi
seen=$(jq -r '[.runs[].results[]?.ruleId] | unique | join(", ")' "$tmp/validation.sarif")
echo "    ${#logs[@]} SARIF log(s) valid under the Gh and Sarif rules (tool version \"$version\"; accepted warnings seen: ${seen:-none})"
done_section

printf 'integration: all checks passed (%ds)\n' "$SECONDS"
