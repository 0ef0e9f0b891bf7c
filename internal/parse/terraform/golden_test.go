package terraform

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/platlint/platlint/internal/goldentest"
	"github.com/platlint/platlint/internal/model"
)

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
			goldentest.JSON(t, filepath.Join("testdata", strings.TrimSuffix(src.Path, ".tf")+".golden.json"), g)
		})
	}
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
