package github

import (
	"bytes"
	"strings"
	"testing"

	"github.com/platlint/platlint/internal/model"
	"github.com/platlint/platlint/internal/report/reporttest"
)

func TestWrite(t *testing.T) {
	tests := []struct {
		golden string
		rep    *model.Report
	}{
		{"report.txt", reporttest.Report()},
		{"clean.txt", reporttest.Empty()},
	}
	for _, tt := range tests {
		t.Run(strings.TrimSuffix(tt.golden, ".txt"), func(t *testing.T) {
			var buf bytes.Buffer
			if err := Write(&buf, tt.rep, Options{}); err != nil {
				t.Fatal(err)
			}
			reporttest.Golden(t, tt.golden, buf.Bytes())
		})
	}
}

func TestOneCommandPerLine(t *testing.T) {
	rep := reporttest.Report()
	var buf bytes.Buffer
	if err := Write(&buf, rep, Options{}); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	want := len(rep.Errors)
	for _, f := range rep.Findings {
		if !f.Suppressed() {
			want++
		}
	}
	if len(lines) != want {
		t.Errorf("%d lines, want %d: one per unsuppressed finding and error", len(lines), want)
	}
	for _, l := range lines {
		if !strings.HasPrefix(l, "::error ") && !strings.HasPrefix(l, "::warning ") && !strings.HasPrefix(l, "::notice ") {
			t.Errorf("line is not a workflow command: %q", l)
		}
		if strings.Contains(l, "\r") {
			t.Errorf("line holds a carriage return: %q", l)
		}
	}
}

// TestEscaping pins the escapes to those of @actions/core's command.ts:
// escapeData replaces % \r \n, escapeProperty also : and ",".
func TestEscaping(t *testing.T) {
	tests := []struct {
		in, data, property string
	}{
		{"plain text", "plain text", "plain text"},
		{"100%", "100%25", "100%25"},
		{"%0A is not a newline", "%250A is not a newline", "%250A is not a newline"},
		{"a\nb\r\nc", "a%0Ab%0D%0Ac", "a%0Ab%0D%0Ac"},
		{"PL-TF-001: title", "PL-TF-001: title", "PL-TF-001%3A title"},
		{"a,b::c", "a,b::c", "a%2Cb%3A%3Ac"},
		{"50%,\n:", "50%25,%0A:", "50%25%2C%0A%3A"},
		{"", "", ""},
	}
	for _, tt := range tests {
		if got := escapeData(tt.in); got != tt.data {
			t.Errorf("escapeData(%q) = %q, want %q", tt.in, got, tt.data)
		}
		if got := escapeProperty(tt.in); got != tt.property {
			t.Errorf("escapeProperty(%q) = %q, want %q", tt.in, got, tt.property)
		}
	}
}

func TestCommand(t *testing.T) {
	tests := []struct {
		severity model.Severity
		advisory bool
		want     string
	}{
		{model.SeverityCritical, false, "error"},
		{model.SeverityHigh, false, "error"},
		{model.SeverityMedium, false, "warning"},
		{model.SeverityLow, false, "notice"},
		{model.SeverityCritical, true, "notice"},
		{model.SeverityMedium, true, "notice"},
	}
	for _, tt := range tests {
		f := &model.Finding{Severity: tt.severity, Advisory: tt.advisory}
		if got := command(f); got != tt.want {
			t.Errorf("command(%s, advisory=%v) = %q, want %q", tt.severity, tt.advisory, got, tt.want)
		}
	}
}

func TestLocationProperties(t *testing.T) {
	tests := []struct {
		name string
		f    model.Finding
		want string
	}{
		{
			"full span",
			model.Finding{RuleID: "X-1", Severity: model.SeverityHigh, File: "a,b.tf", StartLine: 2, EndLine: 3, StartCol: 4, EndCol: 1, Message: "m"},
			"::error file=a%2Cb.tf,line=2,endLine=3,col=4,endColumn=1,title=X-1::m\n",
		},
		{
			"no line",
			model.Finding{RuleID: "X-1", Severity: model.SeverityMedium, File: "a.tf", Message: "m"},
			"::warning file=a.tf,title=X-1::m\n",
		},
		{
			"empty span on one line",
			model.Finding{RuleID: "X-1", Severity: model.SeverityLow, File: "a.tf", StartLine: 5, EndLine: 5, StartCol: 7, EndCol: 7, Message: "m"},
			"::notice file=a.tf,line=5,endLine=5,col=7,title=X-1::m\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rep := &model.Report{Findings: []model.Finding{tt.f}}
			var buf bytes.Buffer
			if err := Write(&buf, rep, Options{}); err != nil {
				t.Fatal(err)
			}
			if buf.String() != tt.want {
				t.Errorf("got  %q\nwant %q", buf.String(), tt.want)
			}
		})
	}
}

func TestDeterministic(t *testing.T) {
	var first bytes.Buffer
	if err := Write(&first, reporttest.Report(), Options{}); err != nil {
		t.Fatal(err)
	}
	for range 10 {
		var again bytes.Buffer
		if err := Write(&again, reporttest.Report(), Options{}); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(first.Bytes(), again.Bytes()) {
			t.Fatal("two writes of the same report differ")
		}
	}
}
