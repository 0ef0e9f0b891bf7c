package terraform

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/platlint/platlint/internal/model"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden.json from the current output")

// golden is what a golden file holds for one testdata/*.tf file, parsed as
// a module of its own.
type golden struct {
	Input  map[string]any         `json:"input"`
	Spans  map[string]model.Range `json:"spans"`
	Errors []model.ParseError     `json:"errors,omitempty"`
}

func TestGolden(t *testing.T) {
	for _, src := range testdataSources(t) {
		t.Run(src.Path, func(t *testing.T) {
			doc, errs := Parse(".", []model.Source{src})
			g := golden{Errors: errs}
			if doc != nil {
				g.Input, g.Spans = doc.Input, doc.Spans
			}
			// encoding/json sorts map keys, so the output is deterministic.
			got, err := json.MarshalIndent(g, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			path := filepath.Join("testdata", strings.TrimSuffix(src.Path, ".tf")+".golden.json")
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("output differs from %s (run go test -update and review the diff):\n%s", path, firstDiff(got, want))
			}
		})
	}
}

// firstDiff shows the first line where got and want differ.
func firstDiff(got, want []byte) string {
	g, w := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
	for i := range max(len(g), len(w)) {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			return "line " + strconv.Itoa(i+1) + ":\n got: " + gl + "\nwant: " + wl
		}
	}
	return ""
}

// testdataSources reads testdata/*.tf, each named by its base name.
func testdataSources(tb testing.TB) []model.Source {
	tb.Helper()
	paths, err := filepath.Glob(filepath.Join("testdata", "*.tf"))
	if err != nil || len(paths) == 0 {
		tb.Fatalf("no testdata: %v", err)
	}
	var srcs []model.Source
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		srcs = append(srcs, model.Source{Path: filepath.Base(p), Data: data})
	}
	return srcs
}
