package dockerfile

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/platlint/platlint/internal/model"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden.json from the parser's output")

type goldenFile struct {
	Input  map[string]any         `json:"input"`
	Spans  map[string]model.Range `json:"spans"`
	Errors []model.ParseError     `json:"errors,omitempty"`
}

// inputs lists the Dockerfiles in testdata.
func inputs(t testing.TB) []string {
	t.Helper()
	files, err := filepath.Glob("testdata/*.Dockerfile")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no testdata inputs")
	}
	return files
}

func TestGolden(t *testing.T) {
	for _, file := range inputs(t) {
		t.Run(filepath.Base(file), func(t *testing.T) {
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			doc, errs := Parse(model.Source{Path: filepath.ToSlash(file), Data: data})
			out := goldenFile{Errors: errs}
			if doc != nil {
				out.Input, out.Spans = doc.Input, doc.Spans
			}
			got, err := json.MarshalIndent(out, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := strings.TrimSuffix(file, filepath.Ext(file)) + ".golden.json"
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("output differs from %s (run go test -update and review the diff):\n%s", golden, got)
			}
		})
	}
}
