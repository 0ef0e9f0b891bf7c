package dockerfile

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/platlint/platlint/internal/goldentest"
	"github.com/platlint/platlint/internal/model"
)

type goldenFile struct {
	Input  map[string]any         `json:"input"`
	Spans  map[string]model.Range `json:"spans"`
	Errors []model.ParseError     `json:"errors,omitempty"`
}

func inputs(t testing.TB) []string {
	t.Helper()
	return goldentest.Inputs(t, "testdata/*.Dockerfile")
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
			goldentest.JSON(t, strings.TrimSuffix(file, filepath.Ext(file))+".golden.json", out)
		})
	}
}
