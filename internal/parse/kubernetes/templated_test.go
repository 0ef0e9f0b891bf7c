package kubernetes

import (
	"testing"

	"github.com/platlint/platlint/internal/model"
)

// "{{" in a valid manifest outside a chart's templates/ is text, not Helm.
func TestTemplateMarkers(t *testing.T) {
	rule := "apiVersion: monitoring.coreos.com/v1\nkind: PrometheusRule\nmetadata:\n  name: r\nspec:\n  groups:\n    - name: g\n      rules:\n        - alert: Down\n          annotations:\n            summary: \"{{ $labels.instance }} is down\"\n"
	helm := "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\n  labels: {{ include \"labels\" . | nindent 4 }}\n"
	tests := []struct {
		name, path, src string
		docs            int
	}{
		{"prometheus rule", "monitoring/rules.yaml", rule, 1},
		{"chart template", "chart/templates/rules.yaml", rule, 0},
		{"unparseable template", "deploy/web.yaml", helm, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			docs, errs := Parse(model.Source{Path: tc.path, Data: []byte(tc.src)})
			if len(docs) != tc.docs || len(errs) != 0 {
				t.Fatalf("got %d documents and errors %v, want %d and none", len(docs), errs, tc.docs)
			}
		})
	}
}
