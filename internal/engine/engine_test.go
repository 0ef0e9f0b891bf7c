package engine

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/platlint/platlint/internal/model"
)

func custom(t *testing.T, name, src string) Module {
	t.Helper()
	m, err := ast.ParseModuleWithOpts(name, src, parserOptions)
	if err != nil {
		t.Fatal(err)
	}
	return Module{Name: name, Module: m, Source: []byte(src), Custom: true}
}

func header(id, sev string) string {
	return "# METADATA\n# title: T " + id + "\n# custom:\n#   id: " + id + "\n#   severity: " + sev + "\n#   input: dockerfile\n"
}

var dockerDoc = model.Document{
	Kind:  model.KindDockerfile,
	Path:  "Dockerfile",
	Input: map[string]any{"stages": []any{map[string]any{"base": "alpine", "line": 1}}},
	Spans: map[string]model.Range{
		"":               {File: "Dockerfile", Start: model.Pos{Line: 1, Col: 1}, End: model.Pos{Line: 3, Col: 1}},
		"/stages/0":      {File: "Dockerfile", Start: model.Pos{Line: 1, Col: 1}, End: model.Pos{Line: 3, Col: 1}},
		"/stages/0/base": {File: "Dockerfile", Start: model.Pos{Line: 1, Col: 1}, End: model.Pos{Line: 1, Col: 12}},
	},
}

// A rule that fails at run time must not take the other rules' findings
// with it, and the error must name it.
func TestRuntimeErrorIsolatesTheRule(t *testing.T) {
	good := custom(t, "good.rego", header("ACME-DF-001", "high")+`package acme.good

deny contains {"msg": "base is alpine", "path": ["stages", 0, "base"]} if input.stages[0].base == "alpine"

warn contains "advice"
`)
	bad := custom(t, "bad.rego", header("ACME-DF-002", "low")+`package acme.bad

conflict := 1 if input.stages[0]
conflict := 2 if input.stages[0]

deny contains "never" if conflict == 3
`)
	eng, err := New(context.Background(), Options{Modules: []Module{good, bad}})
	if err != nil {
		t.Fatal(err)
	}
	findings, errs := eng.Evaluate(context.Background(), &dockerDoc)
	if len(errs) != 1 || errs[0].RuleID != "ACME-DF-002" {
		t.Fatalf("want one error naming ACME-DF-002, got %+v", errs)
	}
	var deny, warn int
	for _, f := range findings {
		switch {
		case f.RuleID == "ACME-DF-001" && !f.Advisory && f.StartLine == 1 && f.EndCol == 12 && f.Severity == model.SeverityHigh:
			deny++
		case f.RuleID == "ACME-DF-001" && f.Advisory && f.StartLine == 1:
			warn++
		}
	}
	if deny != 1 || warn != 1 {
		t.Fatalf("the good rule's findings were lost: %+v", findings)
	}
}

func TestResultShapes(t *testing.T) {
	tests := []struct {
		name, rule, wantErr string
		wantLine            int
	}{
		{"string", `deny contains "plain message"`, "", 1},
		{"unknown path falls back to the nearest node", `deny contains {"msg": "m", "path": ["stages", 0, "nope", 3]}`, "", 1},
		{"no msg", `deny contains {"path": ["stages"]}`, "no string msg", 0},
		{"path not an array", `deny contains {"msg": "m", "path": "stages.0"}`, "must be an array", 0},
		{"number result", `deny contains 42`, "string or an object", 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := custom(t, "p.rego", header("ACME-DF-003", "medium")+"package acme.p\n\n"+tc.rule+"\n")
			eng, err := New(context.Background(), Options{Modules: []Module{m}})
			if err != nil {
				t.Fatal(err)
			}
			findings, errs := eng.Evaluate(context.Background(), &dockerDoc)
			if tc.wantErr != "" {
				if len(errs) != 1 || !strings.Contains(errs[0].Message, tc.wantErr) {
					t.Fatalf("want an error containing %q, got %+v", tc.wantErr, errs)
				}
				return
			}
			if len(errs) != 0 || len(findings) != 1 || findings[0].StartLine != tc.wantLine {
				t.Fatalf("want one finding at line %d, got %+v %+v", tc.wantLine, findings, errs)
			}
		})
	}
}

func TestDisableAndSeverityOverride(t *testing.T) {
	a := custom(t, "a.rego", header("ACME-DF-010", "low")+"package acme.a\n\ndeny contains \"a\"\n")
	b := custom(t, "b.rego", header("ACME-DF-011", "low")+"package acme.b\n\ndeny contains \"b\"\n")
	eng, err := New(context.Background(), Options{
		Modules:    []Module{a, b},
		Disabled:   []string{"ACME-DF-010"},
		Severities: map[string]model.Severity{"ACME-DF-011": model.SeverityCritical},
	})
	if err != nil {
		t.Fatal(err)
	}
	findings, _ := eng.Evaluate(context.Background(), &dockerDoc)
	if len(findings) != 1 || findings[0].RuleID != "ACME-DF-011" || findings[0].Severity != model.SeverityCritical {
		t.Fatalf("got %+v", findings)
	}
	if _, err := New(context.Background(), Options{Modules: []Module{a}, Disabled: []string{"ACME-DF-999"}}); err == nil {
		t.Fatal("disabling an unknown rule must be an error")
	}
}

// Restrict narrows a kind to the checks whose resources occur, and refuses
// to serve a wider scan once compiled.
func TestRestrict(t *testing.T) {
	mk := func(id, res string) Module {
		return custom(t, id+".rego", "# METADATA\n# title: T\n# custom:\n#   id: "+id+"\n#   severity: low\n#   input: dockerfile\n#   resources: ["+res+"]\npackage acme."+strings.ToLower(strings.ReplaceAll(id, "-", "_"))+"\n\ndeny contains \"x\"\n")
	}
	mods := []Module{mk("ACME-DF-020", "RUN"), mk("ACME-DF-021", "USER")}
	// Custom checks are never restricted away; mark these bundled.
	for i := range mods {
		mods[i].Custom = false
	}
	eng, err := New(context.Background(), Options{Modules: mods})
	if err != nil {
		t.Fatal(err)
	}
	if err := eng.Restrict(model.KindDockerfile, []string{"FROM", "RUN"}); err != nil {
		t.Fatal(err)
	}
	findings, errs := eng.Evaluate(context.Background(), &dockerDoc)
	if len(errs) > 0 || len(findings) != 1 || findings[0].RuleID != "ACME-DF-020" {
		t.Fatalf("want only the RUN check, got %+v %+v", findings, errs)
	}
	if err := eng.Restrict(model.KindDockerfile, []string{"RUN"}); err != nil {
		t.Fatalf("a narrower request is covered: %v", err)
	}
	if err := eng.Restrict(model.KindDockerfile, []string{"USER"}); !errors.Is(err, ErrAlreadyCompiled) {
		t.Fatalf("widening a compiled kind must fail, got %v", err)
	}
}

// A Terraform policy may point at a resource by its address instead of a
// path.
func TestResourceAddressLocates(t *testing.T) {
	m := custom(t, "addr.rego", "# METADATA\n# title: T\n# custom:\n#   id: ACME-TF-001\n#   severity: low\n#   input: terraform\npackage acme.addr\n\ndeny contains {\"msg\": \"m\", \"resource\": sprintf(\"aws_s3_bucket.%s\", [name])} if {\n\tsome name, _ in input.resource.aws_s3_bucket\n}\n")
	eng, err := New(context.Background(), Options{Modules: []Module{m}})
	if err != nil {
		t.Fatal(err)
	}
	doc := model.Document{
		Kind:  model.KindTerraform,
		Path:  ".",
		Input: map[string]any{"resource": map[string]any{"aws_s3_bucket": map[string]any{"logs": map[string]any{}}}},
		Spans: map[string]model.Range{
			"":                             {File: "a.tf", Start: model.Pos{Line: 1, Col: 1}},
			"/resource/aws_s3_bucket/logs": {File: "b.tf", Start: model.Pos{Line: 7, Col: 1}, End: model.Pos{Line: 9, Col: 2}},
		},
	}
	findings, errs := eng.Evaluate(context.Background(), &doc)
	if len(errs) > 0 || len(findings) != 1 || findings[0].File != "b.tf" || findings[0].StartLine != 7 || findings[0].Resource != "aws_s3_bucket.logs" {
		t.Fatalf("got %+v %+v", findings, errs)
	}
	for addr, want := range map[string]string{
		"aws_s3_bucket.logs":             "/resource/aws_s3_bucket/logs",
		"data.aws_iam_policy_document.p": "/data/aws_iam_policy_document/p",
		"module.vpc":                     "/module/vpc",
		"var.region":                     "/variable/region",
		"not an address":                 "",
	} {
		if got := addressPointer(addr); got != want {
			t.Errorf("addressPointer(%q) = %q, want %q", addr, got, want)
		}
	}
}
