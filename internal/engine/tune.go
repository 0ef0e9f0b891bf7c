package engine

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/platlint/platlint/internal/model"
)

// ErrUnknownRule is returned when configuration names a rule that no
// loaded policy defines; a typo must not silently disable nothing.
var ErrUnknownRule = fmt.Errorf("unknown rule")

// tune drops disabled checks and applies severity overrides.
func tune(checks []check, disabled []string, severities map[string]model.Severity) ([]check, error) {
	known := map[string]bool{}
	for _, ch := range checks {
		known[ch.rule.ID] = true
	}
	for _, id := range disabled {
		if !known[id] {
			return nil, fmt.Errorf("disable %s: %w", id, ErrUnknownRule)
		}
	}
	for _, id := range slices.Sorted(maps.Keys(severities)) {
		if !known[id] {
			return nil, fmt.Errorf("severity override for %s: %w", id, ErrUnknownRule)
		}
	}
	out := checks[:0]
	for _, ch := range checks {
		if slices.Contains(disabled, ch.rule.ID) {
			continue
		}
		if s, ok := severities[ch.rule.ID]; ok {
			ch.rule.Severity = s
		}
		out = append(out, ch)
	}
	return out, nil
}

// forbiddenInCustom are built-ins, or prefixes of built-in families, that
// custom policies may not call. Custom Rego is untrusted: it must not reach
// the network (http.send, every net.* function), the environment
// (opa.runtime) or anything outside its input and data. Bundled policies
// are reviewed code and may use the pure net.cidr_* helpers.
var forbiddenInCustom = []string{"http.send", "net.", "opa.runtime", "rego.parse_module", "io.jwt.decode_verify", "crypto.x509.parse_and_verify_certificates"}

func forbidden(name string) bool {
	for _, f := range forbiddenInCustom {
		if name == f || (strings.HasSuffix(f, ".") && strings.HasPrefix(name, f)) {
			return true
		}
	}
	return slices.Contains(UnsafeBuiltins, name)
}

// checkCustomBuiltins refuses custom modules that call a forbidden
// built-in, naming the file, line and function.
func checkCustomBuiltins(files []*policyFile) error {
	for _, pf := range files {
		if !pf.custom {
			continue
		}
		m, err := pf.module()
		if err != nil {
			return err
		}
		var bad *ast.Location
		var name string
		report := func(ref ast.Ref, loc *ast.Location) bool {
			if n := ref.String(); forbidden(n) && bad == nil {
				bad, name = loc, n
			}
			return bad != nil
		}
		ast.WalkExprs(m, func(e *ast.Expr) bool {
			if e.IsCall() {
				return report(e.Operator(), e.Location)
			}
			return bad != nil
		})
		ast.WalkTerms(m, func(t *ast.Term) bool {
			if call, ok := t.Value.(ast.Call); ok && len(call) > 0 {
				if ref, ok := call[0].Value.(ast.Ref); ok {
					return report(ref, t.Location)
				}
			}
			return bad != nil
		})
		if bad != nil {
			return fmt.Errorf("%s:%d: %s is not available to custom policies: they get no network, environment or file access", pf.name, bad.Row, name)
		}
	}
	return nil
}
