package terraform

import (
	"testing"
	"time"

	"github.com/platlint/platlint/internal/model"
)

func TestScratch(t *testing.T) {
	for _, s := range []string{"locals { a = \"${1e-300 * 1e-300}x\" }", "locals { a = \"${1e-300 * 1e-300}x\" }", "locals { a = 1e-300 * 1e-300 }", "locals { a = \"${1e-600}x\" }"} {
		st := time.Now()
		Parse(".", []model.Source{{Path: "main.tf", Data: []byte(s)}})
		t.Log(s, time.Since(st))
	}
}
