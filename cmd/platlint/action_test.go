package main

import (
	"cmp"
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	yaml "go.yaml.in/yaml/v3"

	"github.com/platlint/platlint/internal/discover"
	"github.com/platlint/platlint/internal/model"
)

// The GitHub Action (action.yml) and the pre-commit hooks
// (.pre-commit-hooks.yaml) live at the repository root and drive this CLI
// from outside Go, so nothing but these tests notices when a flag they pass
// is renamed. The tests parse both files and hold them to the CLI.

// actionFile is the part of action.yml's metadata the tests read.
type actionFile struct {
	Name    string
	Inputs  map[string]actionInput
	Outputs map[string]struct {
		Description string
		Value       string
	}
	Runs struct {
		Using string
		Steps []actionStep
	}
}

type actionInput struct {
	Description string
	Required    bool
	Default     string
}

type actionStep struct {
	ID               string
	Name             string
	If               string
	Uses             string
	Run              string
	Shell            string
	With             map[string]string
	Env              map[string]string
	WorkingDirectory string `yaml:"working-directory"`
}

// fields returns every value of the step that GitHub evaluates
// expressions in.
func (s *actionStep) fields() []string {
	out := []string{s.If, s.Uses, s.Run, s.WorkingDirectory}
	for _, m := range []map[string]string{s.With, s.Env} {
		for _, k := range slices.Sorted(maps.Keys(m)) {
			out = append(out, m[k])
		}
	}
	return out
}

func loadAction(t *testing.T) *actionFile {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(repoRoot, "action.yml"))
	if err != nil {
		t.Fatal(err)
	}
	var a actionFile
	dec := yaml.NewDecoder(strings.NewReader(string(data)))
	if err := dec.Decode(&a); err != nil {
		t.Fatalf("action.yml: %v", err)
	}
	if a.Runs.Using != "composite" {
		t.Fatalf("action.yml runs.using = %q, want composite", a.Runs.Using)
	}
	return &a
}

func (a *actionFile) step(t *testing.T, id string) *actionStep {
	t.Helper()
	for i := range a.Runs.Steps {
		if a.Runs.Steps[i].ID == id {
			return &a.Runs.Steps[i]
		}
	}
	t.Fatalf("action.yml has no step with id %q", id)
	return nil
}

// actionInputFlags says which platlint flag each input of action.yml
// becomes; "" marks inputs that are not flags (path is the positional
// arguments, upload-sarif is the action's own business). Every input must
// be listed, so a new input needs a decision here.
var actionInputFlags = map[string]string{
	"path":         "",
	"config":       "config",
	"policy":       "policy",
	"fail-on":      "fail-on",
	"format":       "format",
	"sarif-file":   "report",
	"upload-sarif": "",
}

var (
	inputRef     = regexp.MustCompile(`\binputs\.([A-Za-z0-9_-]+)`)
	stepOutRef   = regexp.MustCompile(`\bsteps\.([A-Za-z0-9_-]+)\.outputs\.([A-Za-z0-9_-]+)`)
	expression   = regexp.MustCompile(`\$\{\{\s*(.*?)\s*\}\}`)
	outputWrite  = regexp.MustCompile(`(?m)^\s*echo "([A-Za-z0-9_-]+)=`)
	pinnedAction = regexp.MustCompile(`^[\w.-]+/[\w./-]+@(v\d+(\.\d+){0,2}|[0-9a-f]{40})$`)
)

func TestActionInputsAreCLIFlags(t *testing.T) {
	a := loadAction(t)
	root := newRootCmd()
	scanStep := a.step(t, "scan")

	for _, name := range slices.Sorted(maps.Keys(a.Inputs)) {
		in := a.Inputs[name]
		flag, ok := actionInputFlags[name]
		if !ok {
			t.Errorf("input %q is not in actionInputFlags: say which flag it becomes", name)
			continue
		}
		if in.Description == "" {
			t.Errorf("input %q has no description", name)
		}
		if flag == "" {
			continue
		}
		f := root.Flags().Lookup(flag)
		if f == nil {
			t.Errorf("input %q maps to --%s, which platlint does not have", name, flag)
			continue
		}
		// The scan step must hand the input, through its environment, to
		// that flag.
		envVar := ""
		carries := regexp.MustCompile(`^\$\{\{\s*inputs\.` + regexp.QuoteMeta(name) + `\s*\}\}$`)
		for k, v := range scanStep.Env {
			if carries.MatchString(v) {
				envVar = k
			}
		}
		if envVar == "" {
			t.Errorf("the scan step's env does not carry input %q", name)
		} else if !strings.Contains(scanStep.Run, "$"+envVar) && !strings.Contains(scanStep.Run, "${"+envVar) {
			t.Errorf("the scan step never reads $%s (input %q)", envVar, name)
		}
		if !strings.Contains(scanStep.Run, "--"+flag) {
			t.Errorf("the scan step never passes --%s (input %q)", flag, name)
		}
		// A default the CLI would reject would break every workflow that
		// leaves the input out; fail-on must also default as the CLI does.
		switch flag {
		case "fail-on":
			if _, err := model.ParseSeverity(in.Default); err != nil {
				t.Errorf("input fail-on defaults to %q: %v", in.Default, err)
			}
			if in.Default != f.DefValue {
				t.Errorf("input fail-on defaults to %q, the CLI to %q", in.Default, f.DefValue)
			}
		case "format":
			if _, err := writerFor(in.Default); err != nil {
				t.Errorf("input format: %v", err)
			}
		}
	}
	for name := range actionInputFlags {
		if _, ok := a.Inputs[name]; !ok {
			t.Errorf("actionInputFlags lists %q, which action.yml does not declare", name)
		}
	}
	// The SARIF file is written by the same scan, with --report sarif:FILE.
	if !regexp.MustCompile(`--report "sarif:\$\w+"`).MatchString(scanStep.Run) {
		t.Error(`the scan step does not write the SARIF file with --report "sarif:$FILE"`)
	}
}

func TestActionReferences(t *testing.T) {
	a := loadAction(t)
	used := map[string]bool{}
	setBy := map[string]map[string]bool{} // step id -> outputs it writes
	for i := range a.Runs.Steps {
		s := &a.Runs.Steps[i]
		label := cmp.Or(s.ID, s.Name)
		for _, field := range s.fields() {
			for _, m := range inputRef.FindAllStringSubmatch(field, -1) {
				used[m[1]] = true
				if _, ok := a.Inputs[m[1]]; !ok {
					t.Errorf("step %q refers to undefined input %q", label, m[1])
				}
			}
			// Outputs are read only from earlier steps that write them.
			for _, m := range stepOutRef.FindAllStringSubmatch(field, -1) {
				if !setBy[m[1]][m[2]] {
					t.Errorf("step %q reads steps.%s.outputs.%s, which no earlier step writes", label, m[1], m[2])
				}
			}
		}
		if s.Run != "" && s.Shell == "" {
			t.Errorf("step %q runs a script without shell, which composite actions require", label)
		}
		if s.Uses != "" && !pinnedAction.MatchString(s.Uses) {
			t.Errorf("step %q uses %q, not pinned to a major version or a commit", label, s.Uses)
		}
		if s.ID != "" {
			setBy[s.ID] = map[string]bool{}
			if strings.Contains(s.Run, "GITHUB_OUTPUT") {
				for _, m := range outputWrite.FindAllStringSubmatch(s.Run, -1) {
					setBy[s.ID][m[1]] = true
				}
			}
		}
	}
	for name := range a.Inputs {
		if !used[name] {
			t.Errorf("input %q is declared but no step uses it", name)
		}
	}
	for _, name := range slices.Sorted(maps.Keys(a.Outputs)) {
		o := a.Outputs[name]
		m := regexp.MustCompile(`^\$\{\{\s*steps\.([A-Za-z0-9_-]+)\.outputs\.([A-Za-z0-9_-]+)\s*\}\}$`).FindStringSubmatch(o.Value)
		if m == nil {
			t.Errorf("output %q = %q, want ${{ steps.ID.outputs.NAME }}", name, o.Value)
			continue
		}
		if !setBy[m[1]][m[2]] {
			t.Errorf("output %q reads steps.%s.outputs.%s, which that step does not write", name, m[1], m[2])
		}
	}
	for _, want := range []string{"sarif-file", "findings"} {
		if _, ok := a.Outputs[want]; !ok {
			t.Errorf("action.yml has no output %q", want)
		}
	}
}

// TestActionSteps checks what the issue asks of the steps themselves: Go
// set up, platlint built from the action's own source, SARIF uploaded
// under category platlint when upload-sarif says so, and no input spliced
// into a script, where a crafted value could run as shell code.
func TestActionSteps(t *testing.T) {
	a := loadAction(t)
	var setupGo, upload *actionStep
	for i := range a.Runs.Steps {
		s := &a.Runs.Steps[i]
		switch name, _, _ := strings.Cut(s.Uses, "@"); name {
		case "actions/setup-go":
			setupGo = s
		case "github/codeql-action/upload-sarif":
			upload = s
		}
		if strings.Contains(s.Run, "${{") {
			t.Errorf("step %q splices an expression into its script; pass it through env", cmp.Or(s.ID, s.Name))
		}
	}
	if setupGo == nil || !strings.Contains(setupGo.With["go-version-file"], "github.action_path") {
		t.Error("no actions/setup-go step taking the Go version from the action's go.mod")
	}
	build := a.step(t, "build")
	if !strings.Contains(build.WorkingDirectory, "github.action_path") || !strings.Contains(build.Run, "go build") || !strings.Contains(build.Run, "./cmd/platlint") {
		t.Error("the build step does not go build ./cmd/platlint in the action's own directory")
	}
	if upload == nil {
		t.Fatal("no github/codeql-action/upload-sarif step")
	}
	if upload.With["category"] != "platlint" || !strings.Contains(upload.With["sarif_file"], "steps.scan.outputs.sarif-file") {
		t.Errorf("upload-sarif with = %v, want category platlint and the scan step's sarif-file", upload.With)
	}
	if !strings.Contains(upload.If, "inputs.upload-sarif == 'true'") {
		t.Errorf("upload-sarif runs if %q, want it to depend on inputs.upload-sarif", upload.If)
	}
	if a.Inputs["upload-sarif"].Default != "true" {
		t.Errorf("upload-sarif defaults to %q, want true", a.Inputs["upload-sarif"].Default)
	}
}

// TestActionScanStep runs the scan step's script the way the runner does,
// with a stand-in for platlint that records its arguments, and checks the
// command lines it builds and the outputs it writes. The count runs with
// jq and, with jq hidden, with python3, its fallback.
func TestActionScanStep(t *testing.T) {
	bash := lookTool(t, "bash")
	a := loadAction(t)
	scan := a.step(t, "scan")

	dir := t.TempDir()
	fake := filepath.Join(dir, "platlint")
	// The stand-in writes its arguments, separated by US (\037), one run a
	// line; for --report sarif:FILE a canned SARIF log (three results, one
	// of them suppressed), for --report github:FILE an annotation, and the
	// same annotation on stdout for --format github.
	writeExec(t, fake, `#!/usr/bin/env bash
printf '%s\037' "$@" >> "$FAKE_LOG"; echo >> "$FAKE_LOG"
while [ $# -gt 0 ]; do
  case $1 in
    --report)
      case $2 in
        sarif:*) printf '%s' '{"version":"2.1.0","runs":[{"results":[{"ruleId":"A"},{"ruleId":"B","suppressions":[{"kind":"external"}]},{"ruleId":"C","suppressions":[]}]},{"tool":{}}]}' > "${2#sarif:}" ;;
        github:*) echo "::warning file=x.tf,line=1::fake" > "${2#github:}" ;;
      esac
      shift ;;
    --format) [ "$2" = github ] && echo "::warning file=x.tf,line=1::fake"; shift ;;
    --) break ;;
  esac
  shift
done
exit "$FAKE_EXIT"
`)

	type run struct {
		name     string
		inputs   map[string]string
		exit     string
		hideJQ   bool
		wantRuns []string
		wantOut  map[string]string
		wantCode int
	}
	sarifPath := filepath.Join(dir, "out", "report.sarif")
	runs := []run{
		{
			name:   "defaults",
			inputs: map[string]string{},
			exit:   "1",
			wantRuns: []string{
				"--fail-on low --format text --report sarif:RUNNER_TEMP/platlint.sarif --report github:RUNNER_TEMP/platlint-annotations.txt -- .",
			},
			wantOut: map[string]string{"sarif-file": "RUNNER_TEMP/platlint.sarif", "findings": "2", "exit-code": "1"},
		},
		{
			name: "every input",
			inputs: map[string]string{
				"path":       "examples\n  dir with spaces  \n\n",
				"config":     "ci/platlint.yaml",
				"policy":     "policies/acme\n\n extra.rego \n",
				"fail-on":    "high",
				"format":     "github",
				"sarif-file": sarifPath,
			},
			exit:   "0",
			hideJQ: true,
			wantRuns: []string{
				"--fail-on high --config ci/platlint.yaml --policy policies/acme --policy extra.rego --format github --report sarif:" + sarifPath + " -- examples|dir with spaces",
			},
			wantOut: map[string]string{"sarif-file": sarifPath, "findings": "2", "exit-code": "0"},
		},
		{
			name:     "platlint error",
			inputs:   map[string]string{"format": "json"},
			exit:     "2",
			wantRuns: []string{"--fail-on low --format json --report sarif:RUNNER_TEMP/platlint.sarif --report github:RUNNER_TEMP/platlint-annotations.txt -- ."},
			wantOut:  map[string]string{},
			wantCode: 2,
		},
	}
	for _, tc := range runs {
		t.Run(tc.name, func(t *testing.T) {
			if tc.hideJQ {
				lookTool(t, "python3")
			} else {
				lookTool(t, "jq")
			}
			tmp := t.TempDir()
			log := filepath.Join(tmp, "runs")
			env := []string{"FAKE_LOG=" + log, "FAKE_EXIT=" + tc.exit}
			path := os.Getenv("PATH")
			if tc.hideJQ {
				path = pathWithout(t, "jq")
			}
			res := runStep(t, bash, a, scan, tc.inputs, map[string]string{"steps.build.outputs.path": fake}, env, path, "")
			if res.code != tc.wantCode {
				t.Fatalf("exit %d, want %d\n%s", res.code, tc.wantCode, res.output)
			}
			var got []string
			data, _ := os.ReadFile(log)
			for line := range strings.Lines(string(data)) {
				args := strings.Split(strings.TrimSuffix(strings.TrimSuffix(line, "\n"), "\037"), "\037")
				// Paths are joined by "|" so that one with spaces shows.
				if i := slices.Index(args, "--"); i >= 0 {
					args = append(args[:i+1], strings.Join(args[i+1:], "|"))
				}
				got = append(got, strings.ReplaceAll(strings.Join(args, " "), res.runnerTemp, "RUNNER_TEMP"))
			}
			if !slices.Equal(got, tc.wantRuns) {
				t.Errorf("platlint runs:\n got %q\nwant %q", got, tc.wantRuns)
			}
			for k, v := range res.outputs {
				res.outputs[k] = strings.ReplaceAll(v, res.runnerTemp, "RUNNER_TEMP")
			}
			if !maps.Equal(res.outputs, tc.wantOut) {
				t.Errorf("outputs = %v, want %v", res.outputs, tc.wantOut)
			}
			if tc.wantCode == 0 && !strings.Contains(res.output, "::warning file=x.tf") {
				t.Errorf("annotations did not reach the log:\n%s", res.output)
			}
			if tc.wantCode == 2 && !strings.Contains(res.output, "::error title=platlint::") {
				t.Errorf("no error annotation for the failed run:\n%s", res.output)
			}
		})
	}
}

// TestActionOnExamples runs the scan step with the real platlint named by
// PLATLINT_BIN (scripts/integration.sh sets it to bin/platlint) on
// examples/, from the repository root as the runner would from the
// workspace, and checks the outputs against platlint's own summary.
func TestActionOnExamples(t *testing.T) {
	bin := os.Getenv("PLATLINT_BIN")
	if bin == "" {
		t.Skip("PLATLINT_BIN is not set (make integration sets it)")
	}
	bin, err := filepath.Abs(bin)
	if err != nil {
		t.Fatal(err)
	}
	bash := lookTool(t, "bash")
	lookTool(t, "jq")
	workspace, err := filepath.Abs(repoRoot)
	if err != nil {
		t.Fatal(err)
	}
	a := loadAction(t)
	res := runStep(t, bash, a, a.step(t, "scan"), map[string]string{"path": "examples"},
		map[string]string{"steps.build.outputs.path": bin}, nil, os.Getenv("PATH"), workspace)
	if res.code != 0 {
		t.Fatalf("scan step exited %d:\n%s", res.code, res.output)
	}
	rep := scanJSONSummary(t, filepath.Join(repoRoot, "examples"))
	if res.outputs["findings"] != strconv.Itoa(rep) || rep == 0 {
		t.Errorf("findings output %q, platlint's summary says %d", res.outputs["findings"], rep)
	}
	if res.outputs["exit-code"] != "1" {
		t.Errorf("exit-code output %q, want 1: examples/ has findings", res.outputs["exit-code"])
	}
	annotations := regexp.MustCompile(`(?m)^::(error|warning|notice) file=examples/`).FindAllString(res.output, -1)
	if len(annotations) != rep {
		t.Errorf("%d annotations in the log, want one per finding (%d)", len(annotations), rep)
	}
	data, err := os.ReadFile(res.outputs["sarif-file"])
	if err != nil {
		t.Fatal(err)
	}
	var log struct {
		Runs []struct {
			Results []struct {
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct {
							URI string `json:"uri"`
						} `json:"artifactLocation"`
					} `json:"physicalLocation"`
				} `json:"locations"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(data, &log); err != nil {
		t.Fatal(err)
	}
	// Code scanning resolves the URIs against the checkout, so they must
	// be relative to the workspace: examples/..., not ../ or absolute.
	for _, r := range log.Runs[0].Results {
		if uri := r.Locations[0].PhysicalLocation.ArtifactLocation.URI; !strings.HasPrefix(uri, "examples/") {
			t.Errorf("result at %q, want a path under examples/ relative to the workspace", uri)
		}
	}
}

// TestActionFindingCountMatchesSummary pins the definition the scan step
// counts by (SARIF results without a suppression) to platlint's summary.
func TestActionFindingCountMatchesSummary(t *testing.T) {
	target := filepath.Join(repoRoot, "examples")
	out, stderr, code := runCLI(t, "--format", "sarif", target)
	if code == exitError {
		t.Fatalf("exit 2: %s", stderr)
	}
	var log struct {
		Runs []struct {
			Results []struct {
				Suppressions []any `json:"suppressions"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal([]byte(out), &log); err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, run := range log.Runs {
		for _, r := range run.Results {
			if len(r.Suppressions) == 0 {
				n++
			}
		}
	}
	if want := scanJSONSummary(t, target); n != want {
		t.Errorf("%d SARIF results without suppression, the JSON summary counts %d findings", n, want)
	}
}

// TestActionScriptsShellcheck runs shellcheck on every script of
// action.yml, which actionlint does not lint. It needs shellcheck, which
// scripts/integration.sh installs; it sets PLATLINT_REQUIRE_SHELLCHECK so
// that a missing shellcheck fails instead of skipping.
func TestActionScriptsShellcheck(t *testing.T) {
	sc, err := exec.LookPath("shellcheck")
	if err != nil {
		if os.Getenv("PLATLINT_REQUIRE_SHELLCHECK") != "" {
			t.Fatal("shellcheck is not installed")
		}
		t.Skip("shellcheck is not installed")
	}
	a := loadAction(t)
	for i, s := range a.Runs.Steps {
		if s.Run == "" {
			continue
		}
		path := filepath.Join(t.TempDir(), fmt.Sprintf("step%d.sh", i))
		// The runner's shell: bash, with -e and pipefail.
		if err := os.WriteFile(path, []byte("#!/usr/bin/env bash\nset -eo pipefail\n"+s.Run), 0o644); err != nil {
			t.Fatal(err)
		}
		if out, err := exec.Command(sc, "--shell=bash", "--severity=style", path).CombinedOutput(); err != nil {
			t.Errorf("shellcheck on step %q: %v\n%s", cmp.Or(s.ID, s.Name), err, out)
		}
	}
}

type stepResult struct {
	code       int
	output     string
	outputs    map[string]string
	runnerTemp string
}

// runStep runs a composite step's script as the runner would, with bash
// --noprofile --norc -eo pipefail, the step's env with its expressions
// evaluated from inputs (defaults filled in) and the given values, and
// GITHUB_OUTPUT and RUNNER_TEMP of its own. An expression the test does
// not know fails it, so the script cannot silently get an empty value.
func runStep(t *testing.T, bash string, a *actionFile, s *actionStep, inputs, values map[string]string, extraEnv []string, path, dir string) stepResult {
	t.Helper()
	tmp := t.TempDir()
	runnerTemp := filepath.Join(tmp, "runner-temp")
	outFile := filepath.Join(tmp, "github-output")
	script := filepath.Join(tmp, "step.sh")
	if err := os.MkdirAll(runnerTemp, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(script, []byte(s.Run), 0o644); err != nil {
		t.Fatal(err)
	}
	env := []string{"PATH=" + path, "HOME=" + tmp, "RUNNER_TEMP=" + runnerTemp, "GITHUB_OUTPUT=" + outFile}
	env = append(env, extraEnv...)
	for _, k := range slices.Sorted(maps.Keys(s.Env)) {
		v := expression.ReplaceAllStringFunc(s.Env[k], func(expr string) string {
			e := expression.FindStringSubmatch(expr)[1]
			if name, ok := strings.CutPrefix(e, "inputs."); ok {
				if v, ok := inputs[name]; ok {
					return v
				}
				in, ok := a.Inputs[name]
				if !ok {
					t.Fatalf("env %s: no input %q", k, name)
				}
				return in.Default
			}
			if v, ok := values[e]; ok {
				return v
			}
			t.Fatalf("env %s: the test cannot evaluate ${{ %s }}", k, e)
			return ""
		})
		env = append(env, k+"="+v)
	}
	cmd := exec.Command(bash, "--noprofile", "--norc", "-eo", "pipefail", script)
	cmd.Env = env
	cmd.Dir = cmp.Or(dir, tmp)
	out, err := cmd.CombinedOutput()
	code := 0
	if err != nil {
		ee, ok := err.(*exec.ExitError)
		if !ok {
			t.Fatal(err)
		}
		code = ee.ExitCode()
	}
	outputs := map[string]string{}
	data, _ := os.ReadFile(outFile)
	for line := range strings.Lines(string(data)) {
		if k, v, ok := strings.Cut(strings.TrimSuffix(line, "\n"), "="); ok {
			outputs[k] = v
		}
	}
	return stepResult{code: code, output: string(out), outputs: outputs, runnerTemp: runnerTemp}
}

// scanJSONSummary returns the findings count of platlint's JSON summary.
func scanJSONSummary(t *testing.T, target string) int {
	t.Helper()
	out, stderr, code := runCLI(t, "--format", "json", target)
	if code == exitError {
		t.Fatalf("exit 2: %s", stderr)
	}
	var rep struct {
		Summary struct {
			Findings *int `json:"findings"`
		} `json:"summary"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil || rep.Summary.Findings == nil {
		t.Fatalf("JSON report without summary.findings (%v)", err)
	}
	return *rep.Summary.Findings
}

func lookTool(t *testing.T, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		t.Skipf("%s is not installed", name)
	}
	return p
}

// pathWithout returns a PATH of symlinks to the tools a step script needs,
// leaving out hide.
func pathWithout(t *testing.T, hide string) string {
	t.Helper()
	dir := t.TempDir()
	for _, tool := range []string{"bash", "env", "dirname", "mkdir", "cat", "python3"} {
		if tool == hide {
			continue
		}
		p, err := exec.LookPath(tool)
		if err != nil {
			t.Skipf("%s is not installed", tool)
		}
		if tool == "python3" {
			// A version manager's shim needs its own PATH; link the
			// interpreter itself.
			out, err := exec.Command(p, "-c", "import sys; print(sys.executable)").Output()
			if err != nil {
				t.Skipf("python3: %v", err)
			}
			p = strings.TrimSpace(string(out))
		}
		if err := os.Symlink(p, filepath.Join(dir, tool)); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func writeExec(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o755); err != nil {
		t.Fatal(err)
	}
}

// preCommitHook is the part of a .pre-commit-hooks.yaml entry the tests
// read.
type preCommitHook struct {
	ID            string   `yaml:"id"`
	Entry         string   `yaml:"entry"`
	Language      string   `yaml:"language"`
	Files         string   `yaml:"files"`
	Exclude       string   `yaml:"exclude"`
	Args          []string `yaml:"args"`
	PassFilenames *bool    `yaml:"pass_filenames"`
	RequireSerial bool     `yaml:"require_serial"`
	AlwaysRun     bool     `yaml:"always_run"`
}

// TestPreCommitHooks checks .pre-commit-hooks.yaml: both hooks run the
// binary `go install` makes of this package, and their files pattern
// selects exactly the names platlint reads. The patterns are written in
// the subset where Python's re, which pre-commit uses, and Go's regexp
// agree.
func TestPreCommitHooks(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(repoRoot, ".pre-commit-hooks.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	var hooks []preCommitHook
	if err := yaml.Unmarshal(data, &hooks); err != nil {
		t.Fatal(err)
	}
	byID := map[string]preCommitHook{}
	for _, h := range hooks {
		byID[h.ID] = h
	}
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	root := newRootCmd()
	for _, id := range []string{"platlint", "platlint-repo"} {
		h, ok := byID[id]
		if !ok {
			t.Errorf("no hook %q", id)
			continue
		}
		// go install names the binary after the package directory.
		if h.Entry != filepath.Base(wd) || h.Language != "golang" {
			t.Errorf("hook %s: entry %q language %q, want %q golang", id, h.Entry, h.Language, filepath.Base(wd))
		}
		if !h.RequireSerial {
			t.Errorf("hook %s: require_serial is off, so pre-commit would split a module across processes", id)
		}
		for _, arg := range h.Args {
			if name, ok := strings.CutPrefix(arg, "--"); ok && root.Flags().Lookup(strings.SplitN(name, "=", 2)[0]) == nil {
				t.Errorf("hook %s: args has %s, which platlint does not have", id, arg)
			}
		}
		files, err := regexp.Compile(h.Files)
		if err != nil {
			t.Errorf("hook %s: files: %v", id, err)
			continue
		}
		exclude := regexp.MustCompile(cmp.Or(h.Exclude, "^$"))
		for _, name := range hookFileNames {
			selected := files.MatchString(name) && !exclude.MatchString(name)
			if read := discover.KindOf(name) != ""; selected != read {
				t.Errorf("hook %s selects %q: %v, but platlint reads it: %v", id, name, selected, read)
			}
		}
	}
	if h := byID["platlint"]; h.PassFilenames != nil && !*h.PassFilenames {
		t.Error("hook platlint must pass the changed files")
	}
	if h := byID["platlint-repo"]; h.PassFilenames == nil || *h.PassFilenames {
		t.Error("hook platlint-repo must set pass_filenames: false, to scan the repository once")
	}
	if byID["platlint"].Files != byID["platlint-repo"].Files {
		t.Error("the two hooks select different files")
	}
}

// hookFileNames are repository paths, as pre-commit passes them, read by
// platlint and not.
var hookFileNames = []string{
	"main.tf", "infra/live/prod/variables.TF", "k8s/app.yaml", "k8s/app.YML", "deploy.yml",
	"manifests/list.json", "config.tf.json", ".pre-commit-config.yaml",
	"Dockerfile", "build/Dockerfile", "Dockerfile.debug", "docker/Dockerfile.prod.arm64",
	"api.Dockerfile", "tools/build.dockerfile", "dockerfile", "Containerfile", "ci/Containerfile.test",
	"Dockerfile.dockerignore", ".dockerignore", "api.Dockerfile.dockerignore",
	"README.md", "main.go", "terraform.tfvars", "main.tf.bak", "x.tfstate", "notDockerfile",
	"Dockerfiles/README", "docs/Dockerfile.md", "dockerfile.prod", "k8s/app.yaml.tmpl",
}
