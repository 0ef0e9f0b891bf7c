package kubernetes

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/platlint/platlint/internal/goldentest"
	"github.com/platlint/platlint/internal/model"
)

type goldenDoc struct {
	Index int                    `json:"index"`
	Input map[string]any         `json:"input"`
	Spans map[string]model.Range `json:"spans"`
}

type goldenFile struct {
	Documents []goldenDoc        `json:"documents"`
	Errors    []model.ParseError `json:"errors,omitempty"`
}

func inputs(t testing.TB) []string {
	t.Helper()
	return goldentest.Inputs(t, "testdata/*.yaml", "testdata/*.json")
}

func TestGolden(t *testing.T) {
	for _, file := range inputs(t) {
		t.Run(filepath.Base(file), func(t *testing.T) {
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			docs, errs := Parse(model.Source{Path: filepath.ToSlash(file), Data: data})
			out := goldenFile{Documents: []goldenDoc{}, Errors: errs}
			for _, d := range docs {
				out.Documents = append(out.Documents, goldenDoc{Index: d.Index, Input: d.Input, Spans: d.Spans})
			}
			goldentest.JSON(t, strings.TrimSuffix(file, filepath.Ext(file))+".golden.json", out)
		})
	}
}
