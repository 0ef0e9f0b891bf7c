package terraform

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/platlint/platlint/internal/model"
)

// FuzzParse parses two arbitrary files as one module and checks the
// invariants every caller relies on.
func FuzzParse(f *testing.F) {
	// Each testdata file alone keeps the seeds small, which matters: every
	// new interesting input is minimized, at a cost that grows with its
	// size. The pairs exercise merging across files.
	for _, src := range testdataSources(f) {
		f.Add(src.Data, []byte(nil))
	}
	f.Add([]byte("locals {\n  a = 1\n}\nprovider \"p\" {}\n"), []byte("locals {\n  a = 2\n  b = [var.x, {c = \"%{for x in y}${x}%{endfor}\"}]\n}\nprovider \"p\" {\n  alias = \"b\"\n}\n"))
	f.Add([]byte("resource \"a\" \"b\" {\n  c \"d\" {}\n}\n"), []byte("resource \"a\" \"b\" {}\nx \"y\" {}\nx {}\n"))

	f.Fuzz(func(t *testing.T, a, b []byte) {
		files := []model.Source{{Path: "a.tf", Data: a}, {Path: "sub/b.tf", Data: b}}
		doc, errs := Parse("m", files)

		lineCount := map[string]int{}
		for _, src := range files {
			lineCount[src.Path] = bytes.Count(src.Data, []byte{'\n'}) + 1
		}
		inFile := func(r model.Range) bool {
			n, ok := lineCount[r.File]
			return ok && r.Start.Line >= 1 && r.Start.Col >= 1 && r.End.Col >= 1 &&
				r.Start.Line <= r.End.Line && r.End.Line <= n &&
				(r.Start.Line < r.End.Line || r.Start.Col <= r.End.Col)
		}

		failed := map[string]bool{}
		for _, e := range errs {
			if strings.HasPrefix(e.Message, internalErrorPrefix) {
				t.Fatalf("panic: %v", e)
			}
			if !inFile(e.Range) {
				t.Errorf("error range outside its file: %v (%+v)", e, e.Range)
			}
			failed[e.Range.File] = true
		}
		if (doc == nil) != (len(failed) == len(files)) {
			t.Fatalf("document nil = %v, but %d of %d files failed", doc == nil, len(failed), len(files))
		}
		if doc == nil {
			return
		}

		if err := checkPlain(doc.Input); err != nil {
			t.Fatal(err)
		}
		if _, err := json.Marshal(doc.Input); err != nil {
			t.Fatalf("Input does not marshal: %v", err)
		}
		if _, ok := doc.Spans[""]; !ok {
			t.Error(`no span for ""`)
		}
		for p, r := range doc.Spans {
			if !inFile(r) {
				t.Errorf("span %q outside its file: %+v", p, r)
			}
			if failed[r.File] {
				t.Errorf("span %q in failed file %s", p, r.File)
			}
			if _, ok := model.Resolve(doc.Input, p); !ok {
				t.Errorf("span %q does not resolve in Input", p)
			}
		}
	})
}

// BenchmarkParse measures a realistic module of about 200 lines.
func BenchmarkParse(b *testing.B) {
	data, err := os.ReadFile(filepath.Join("testdata", "module.tf"))
	if err != nil {
		b.Fatal(err)
	}
	files := []model.Source{{Path: "module.tf", Data: data}}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if doc, errs := Parse(".", files); doc == nil || len(errs) != 0 {
			b.Fatalf("Parse failed: %v", errs)
		}
	}
}
