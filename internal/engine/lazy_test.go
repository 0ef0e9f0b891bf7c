package engine

import (
	"testing"

	"github.com/platlint/platlint/policies"
)

// TestHeaderParseAgreesWithFullParse guards the cheap path OpenFS takes:
// for every bundled module, the package and result rules read from the
// header and a line scan must be what a full parse finds.
func TestHeaderParseAgreesWithFullParse(t *testing.T) {
	mods, err := OpenFS(policies.FS, ".", policies.Prefix)
	if err != nil {
		t.Fatal(err)
	}
	if len(mods) == 0 {
		t.Fatal("no bundled module")
	}
	for _, m := range mods {
		ok, err := sameEntries(m.Source, m.Name)
		if err != nil {
			t.Fatalf("%s: %v", m.Name, err)
		}
		if !ok {
			t.Errorf("%s: header parse and full parse disagree on package or deny/warn rules", m.Name)
		}
	}
}
