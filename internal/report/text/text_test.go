package text

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/platlint/platlint/internal/model"
	"github.com/platlint/platlint/internal/report/reporttest"
)

func TestWrite(t *testing.T) {
	onlySuppressed := reporttest.Report()
	onlySuppressed.Findings = onlySuppressed.Findings[:0]
	for _, f := range reporttest.Report().Findings {
		if f.Suppressed() {
			onlySuppressed.Findings = append(onlySuppressed.Findings, f)
		}
	}
	onlySuppressed.Errors = nil

	tests := []struct {
		golden string
		rep    *model.Report
		opts   Options
	}{
		{"default.txt", reporttest.Report(), Options{}},
		{"color.txt", reporttest.Report(), Options{Color: true}},
		{"show-suppressed.txt", reporttest.Report(), Options{ShowSuppressed: true}},
		{"quiet.txt", reporttest.Report(), Options{Quiet: true}},
		{"clean.txt", reporttest.Empty(), Options{}},
		{"clean-quiet.txt", reporttest.Empty(), Options{Quiet: true}},
		{"only-suppressed.txt", onlySuppressed, Options{}},
	}
	for _, tt := range tests {
		t.Run(strings.TrimSuffix(tt.golden, ".txt"), func(t *testing.T) {
			var buf bytes.Buffer
			if err := Write(&buf, tt.rep, tt.opts); err != nil {
				t.Fatal(err)
			}
			reporttest.Golden(t, tt.golden, buf.Bytes())
		})
	}
}

func TestQuietCleanPrintsNothing(t *testing.T) {
	var buf bytes.Buffer
	if err := Write(&buf, reporttest.Empty(), Options{Quiet: true}); err != nil {
		t.Fatal(err)
	}
	if buf.Len() != 0 {
		t.Errorf("quiet clean scan printed %q, want nothing", buf.String())
	}
}

func TestNoColorWithoutOption(t *testing.T) {
	var buf bytes.Buffer
	if err := Write(&buf, reporttest.Report(), Options{ShowSuppressed: true}); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(buf.String(), "\x1b") {
		t.Errorf("output without Color contains an escape sequence:\n%s", buf.String())
	}
}

func TestUntrustedTextStaysOnOneLine(t *testing.T) {
	rep := reporttest.Empty()
	rep.Findings = []model.Finding{{
		RuleID: "PL-TF-001", Severity: model.SeverityHigh,
		Message:   "evil\x1b[2Jmessage\nsecond line",
		File:      "main.tf",
		StartLine: 1,
		Snippet:   "\tacl = \"x\"\x07",
	}}
	var buf bytes.Buffer
	if err := Write(&buf, rep, Options{Quiet: true}); err != nil {
		t.Fatal(err)
	}
	want := "main.tf:1: HIGH PL-TF-001 evil[2Jmessage second line\n" +
		"    1 | acl = \"x\"\n" +
		"    fix: Set the ACL to private and grant access with a bucket policy scoped to named principals.\n"
	if got := buf.String(); got != want {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}
}

func TestDeterministic(t *testing.T) {
	var first bytes.Buffer
	if err := Write(&first, reporttest.Report(), Options{Color: true, ShowSuppressed: true}); err != nil {
		t.Fatal(err)
	}
	for range 10 {
		var again bytes.Buffer
		if err := Write(&again, reporttest.Report(), Options{Color: true, ShowSuppressed: true}); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(first.Bytes(), again.Bytes()) {
			t.Fatal("two writes of the same report differ")
		}
	}
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestWriteError(t *testing.T) {
	if err := Write(failingWriter{}, reporttest.Report(), Options{}); err == nil {
		t.Error("Write returned nil after the writer failed")
	}
}
