package engine

import (
	"slices"
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

// sameEntries reports whether the header path finds the package and result
// rules a full parse finds.
func sameEntries(src []byte, name string) (bool, error) {
	pf, err := newPolicyFile(Module{Name: name, Source: src})
	if err != nil {
		return false, err
	}
	full, err := pf.module()
	if err != nil {
		return false, err
	}
	return slices.Equal(pf.entries, entriesOf(full)) && pf.pkg == packagePath(full), nil
}
