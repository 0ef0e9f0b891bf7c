package dockerfile

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
		"",
		"FROM a b\n",
		"ARG X=${Y:-z}\nFROM ${X}@sha256:1 AS x\nFROM X\n",
		"FROM a\n# check=skip=all\nONBUILD RUN <<EOF\nx\nEOF\n",
		"# escape=`\nFROM a\nRUN `\n\n  b\n",
		"FROM a\nHEALTHCHECK NONE\nRUN --network=none --security=insecure x\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, errs := Parse(model.Source{Path: "Dockerfile", Data: data})
		n := splitLines(data).count()
		for _, e := range errs {
			if strings.HasPrefix(e.Message, "internal error") {
				t.Fatalf("Parse panicked: %s", e.Message)
			}
			if e.Range.Start.Line < 1 || e.Range.End.Line > n {
				t.Fatalf("error %+v outside a %d-line file", e, n)
			}
		}
		if (doc == nil) == (len(errs) == 0) {
			t.Fatalf("document %v with errors %v", doc != nil, errs)
		}
		if doc != nil {
			checkSpans(t, data, doc)
			if err := model.CheckInput(doc.Input); err != nil {
				t.Fatal(err)
			}
		}
	})
}
