package kubernetes

import (
	"os"
	"strings"
	"testing"

	"github.com/platlint/platlint/internal/model"
)

func FuzzParse(f *testing.F) {
	for _, file := range inputs(f) {
		data, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	for _, s := range []string{
		"apiVersion: v1\nkind: Pod\nm: {a: &x [1, *x]}\n",
		"apiVersion: v1\nkind: List\nitems: [{apiVersion: v1, kind: Pod, x: !!binary AAE=}]\n",
		"apiVersion: v1\nkind: Pod\nm:\n  <<: [*a]\n",
		"apiVersion: v1\nkind: Pod\nv: >2-\n   x\n",
		"apiVersion: v1\r\nkind: Pod\u2028x: \"\\u00e9\"\u0085",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		docs, errs := Parse(model.Source{Path: "f.yaml", Data: data})
		n := newText(data).lines()
		for _, e := range errs {
			if strings.HasPrefix(e.Message, "internal error") {
				t.Fatalf("Parse panicked: %s", e.Message)
			}
			if e.Range.Start.Line < 1 || e.Range.End.Line > n {
				t.Fatalf("error %+v outside a %d-line file", e, n)
			}
		}
		checkSpans(t, data, docs)
		for i, d := range docs {
			if d.Index != i {
				t.Fatalf("document %d has Index %d", i, d.Index)
			}
			if _, ok := d.Spans[""]; !ok {
				t.Fatalf("document %d has no whole-object span", i)
			}
			if err := model.CheckInput(d.Input); err != nil {
				t.Fatal(err)
			}
		}
	})
}
