package kubernetes

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/platlint/platlint/internal/model"
)

// lines is a [start, end] line pair for span expectations.
type lines [2]int

func TestParse(t *testing.T) {
	tests := []struct {
		name string
		path string
		src  string
		// docs lists, per expected document, "kind/name".
		docs []string
		// spans maps document index to pointers and their expected lines.
		spans map[int]map[string]lines
		// values maps document index to pointers and their expected values.
		values map[int]map[string]any
		// errLines lists the lines of the expected parse errors.
		errLines []int
	}{
		{
			name: "multi-document",
			src: `# leading comment
apiVersion: v1
kind: ConfigMap
metadata:
  name: a
data:
  script: |
    #!/bin/sh
    echo hi

---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: b
spec:
  template:
    spec:
      containers:
      - name: api
        image: nginx:1.25
        ports:
        - containerPort: 80
      - name: side
        image: busybox
`,
			docs: []string{"ConfigMap/a", "Deployment/b"},
			spans: map[int]map[string]lines{
				0: {"": {2, 9}, "/metadata": {4, 5}, "/data/script": {7, 9}},
				1: {
					"":                                       {12, 25},
					"/spec":                                  {16, 25},
					"/spec/template/spec/containers":         {19, 25},
					"/spec/template/spec/containers/0":       {20, 23},
					"/spec/template/spec/containers/0/image": {21, 21},
					"/spec/template/spec/containers/0/ports": {22, 23},
					"/spec/template/spec/containers/1":       {24, 25},
					"/spec/template/spec/containers/1/name":  {24, 24},
				},
			},
			values: map[int]map[string]any{
				0: {"/data/script": "#!/bin/sh\necho hi\n"},
				1: {"/spec/template/spec/containers/0/ports/0/containerPort": json.Number("80")},
			},
		},
		{
			name: "list flattened and re-rooted",
			src: `apiVersion: v1
kind: List
items:
- apiVersion: v1
  kind: Service
  metadata:
    name: s1
- apiVersion: v1
  kind: Service
  metadata:
    name: s2
  spec:
    ports:
    - port: 80
`,
			docs: []string{"Service/s1", "Service/s2"},
			spans: map[int]map[string]lines{
				0: {"": {4, 7}, "/metadata/name": {7, 7}},
				1: {"": {8, 14}, "/metadata/name": {11, 11}, "/spec/ports/0": {14, 14}},
			},
			values: map[int]map[string]any{1: {"/spec/ports/0/port": json.Number("80")}},
		},
		{
			name: "typed list with nested list",
			src: `apiVersion: v1
kind: PodList
items:
- apiVersion: v1
  kind: List
  items:
  - {apiVersion: v1, kind: Pod, metadata: {name: inner}}
- {apiVersion: v1, kind: Pod, metadata: {name: outer}}
`,
			docs:  []string{"Pod/inner", "Pod/outer"},
			spans: map[int]map[string]lines{0: {"": {7, 7}, "/metadata/name": {7, 7}}, 1: {"": {8, 8}}},
		},
		{
			name: "kind ending in List without items is an object",
			src:  "apiVersion: example.com/v1\nkind: AllowList\nmetadata: {name: x}\nspec: {}\n",
			docs: []string{"AllowList/x"},
		},
		{
			name: "json manifest",
			path: "pod.json",
			src: `{
  "apiVersion": "v1",
  "kind": "Pod",
  "metadata": {"name": "p"},
  "spec": {
    "containers": [
      {"name": "c", "image": "nginx", "ports": [{"containerPort": 8080}]}
    ]
  }
}
`,
			docs:   []string{"Pod/p"},
			spans:  map[int]map[string]lines{0: {"": {1, 10}, "/spec": {5, 9}, "/spec/containers/0/image": {7, 7}}},
			values: map[int]map[string]any{0: {"/spec/containers/0/ports/0/containerPort": json.Number("8080")}},
		},
		{
			// YAML has neither the "\/" escape nor surrogate pairs, so this
			// file is read as kubectl reads JSON.
			name: "json that is not yaml",
			path: "cm.json",
			src: `{
  "apiVersion": "v1",
  "kind": "ConfigMap",
  "metadata": {"name": "esc"},
  "data": {
    "url": "https:\/\/example.com\/x",
    "emoji": "\ud83d\ude00",
    "n": 1.50,
    "n": 2
  }
}
{"apiVersion": "v1", "kind": "List", "items": [{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "second"}}]}
`,
			docs: []string{"ConfigMap/esc", "Pod/second"},
			spans: map[int]map[string]lines{
				0: {"": {1, 11}, "/data": {5, 10}, "/data/url": {6, 6}, "/data/n": {9, 9}},
				1: {"": {12, 12}, "/metadata/name": {12, 12}},
			},
			values: map[int]map[string]any{0: {
				"/data/url":   "https://example.com/x",
				"/data/emoji": "\U0001F600",
				"/data/n":     json.Number("2"),
			}},
		},
		{
			name:     "invalid json reports the yaml error",
			path:     "bad.json",
			src:      "{\n  \"apiVersion\": \"v1\",\n  \"kind\": \"Pod\",\n  \"x\": \"\\/\" \"y\"\n}\n",
			errLines: []int{4},
		},
		{
			name: "non-kubernetes documents skipped",
			src: `version: "3"
services:
  web: {image: nginx}
---
kind: OnlyKind
---
apiVersion: 1
kind: NumericVersion
---
- apiVersion: v1
  kind: InASequence
---
---
apiVersion: v1
kind: Namespace
metadata: {name: ns}
`,
			docs:  []string{"Namespace/ns"},
			spans: map[int]map[string]lines{0: {"": {14, 16}}},
		},
		{
			name: "ci config without apiVersion is not parsed",
			src:  "stages: [build\njobs: {\n",
		},
		{
			name: "helm template skipped",
			src: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ .Release.Name }}
{{- if .Values.replicas }}
spec:
  replicas: {{ .Values.replicas }}
{{- end }}
`,
		},
		{
			name: "syntax error keeps earlier documents",
			src: `apiVersion: v1
kind: ConfigMap
metadata: {name: ok}
---
apiVersion: v1
kind: Secret
metadata:
  name: broken
   bad: indent
`,
			docs:     []string{"ConfigMap/ok"},
			errLines: []int{9},
		},
		{
			// yaml.v3 reports parser errors at its zero-based context line,
			// one above the "{" that is never closed; the contract is to
			// report the line yaml reports.
			name:     "unclosed flow mapping",
			src:      "apiVersion: v1\nkind: Pod\nmetadata: {name: x\nspec: {}\n",
			errLines: []int{2},
		},
		{
			name:     "tab indentation",
			src:      "apiVersion: v1\nkind: Pod\nmetadata:\n\tname: x\n",
			errLines: []int{4},
		},
		{
			name: "undecodable value in one document",
			src: `apiVersion: v1
kind: ConfigMap
data: {ratio: .inf}
---
apiVersion: v1
kind: ConfigMap
metadata: {name: fine}
`,
			docs:     []string{"ConfigMap/fine"},
			errLines: []int{3},
		},
		{
			name: "undecodable value in a document that is not an object is ignored",
			src: `kind: Config
ratio: .inf
---
apiVersion: v1
kind: ConfigMap
metadata: {name: fine}
`,
			docs: []string{"ConfigMap/fine"},
		},
		{
			name: "aliases and merge keys",
			src: `apiVersion: v1
kind: Pod
metadata:
  name: p
  labels: &l {app: web}
  annotations: *l
spec:
  containers:
  - &c
    name: a
    image: nginx
  - <<: *c
    name: b
`,
			docs: []string{"Pod/p"},
			spans: map[int]map[string]lines{0: {
				"/metadata/annotations":   {6, 6},
				"/spec/containers/1":      {12, 13},
				"/spec/containers/1/name": {13, 13},
			}},
			values: map[int]map[string]any{0: {
				"/metadata/annotations/app": "web",
				"/spec/containers/1/image":  "nginx",
				"/spec/containers/1/name":   "b",
				"/spec/containers/0/name":   "a",
			}},
		},
		{
			// Duplicate keys inside an alias expansion must not touch the
			// spans of the same keys at the root.
			name: "duplicate keys inside an alias",
			src: `apiVersion: v1
kind: Pod
metadata: {name: p}
x-anchor: &y {c: {metadata: 1, metadata: 2}}
b: *y
`,
			docs:   []string{"Pod/p"},
			spans:  map[int]map[string]lines{0: {"/metadata": {3, 3}, "/b": {5, 5}, "/x-anchor/c/metadata": {4, 4}}},
			values: map[int]map[string]any{0: {"/b/c/metadata": json.Number("2")}},
		},
		{
			name: "multi-line scalars",
			src: `apiVersion: v1
kind: ConfigMap
metadata:
  name: m
  annotations:
    folded: >-
      one
      two

    plain: a plain scalar
      continued here
    quoted: "a quoted
      scalar"
    keep: |+
      kept

data: {}
`,
			docs: []string{"ConfigMap/m"},
			spans: map[int]map[string]lines{0: {
				"/metadata/annotations/folded": {6, 8},
				"/metadata/annotations/plain":  {10, 11},
				"/metadata/annotations/quoted": {12, 13},
				"/metadata/annotations/keep":   {14, 15},
				"/data":                        {17, 17},
			}},
			values: map[int]map[string]any{0: {
				"/metadata/annotations/folded": "one two",
				"/metadata/annotations/plain":  "a plain scalar continued here",
				"/metadata/annotations/quoted": "a quoted scalar",
				"/metadata/annotations/keep":   "kept\n\n",
			}},
		},
		{
			name: "crlf line endings and a byte-order mark",
			src:  "\ufeffapiVersion: v1\r\nkind: Pod\r\nmetadata:\r\n  name: crlf\r\nspec: {}\r\n",
			docs: []string{"Pod/crlf"},
			spans: map[int]map[string]lines{0: {
				"":               {1, 5},
				"/metadata/name": {4, 4},
				"/spec":          {5, 5},
			}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := tt.path
			if path == "" {
				path = "manifests/app.yaml"
			}
			docs, errs := Parse(model.Source{Path: path, Data: []byte(tt.src)})
			var gotDocs []string
			for i, d := range docs {
				if d.Index != i {
					t.Errorf("document %d has Index %d", i, d.Index)
				}
				if d.Kind != model.KindKubernetes || d.Path != path {
					t.Errorf("document %d: kind %q path %q", i, d.Kind, d.Path)
				}
				name, _ := model.Resolve(d.Input, "/metadata/name")
				gotDocs = append(gotDocs, fmt.Sprintf("%v/%v", d.Input["kind"], name))
				if err := model.CheckInput(d.Input); err != nil {
					t.Error(err)
				}
			}
			if fmt.Sprint(gotDocs) != fmt.Sprint(tt.docs) {
				t.Fatalf("documents %v, want %v", gotDocs, tt.docs)
			}
			var gotErrLines []int
			for _, e := range errs {
				gotErrLines = append(gotErrLines, e.Range.Start.Line)
				if e.Range.File != path || e.Message == "" {
					t.Errorf("error %+v lacks file or message", e)
				}
			}
			if fmt.Sprint(gotErrLines) != fmt.Sprint(tt.errLines) {
				t.Errorf("errors %v at lines %v, want lines %v", errs, gotErrLines, tt.errLines)
			}
			for i, want := range tt.spans {
				for ptr, l := range want {
					r, ok := docs[i].Spans[ptr]
					if !ok {
						t.Errorf("doc %d: no span for %q", i, ptr)
						continue
					}
					if r.Start.Line != l[0] || r.End.Line != l[1] || r.File != path {
						t.Errorf("doc %d: span %q = %s lines %d-%d, want %d-%d", i, ptr, r.File, r.Start.Line, r.End.Line, l[0], l[1])
					}
				}
			}
			for i, want := range tt.values {
				for ptr, v := range want {
					got, ok := model.Resolve(docs[i].Input, ptr)
					if !ok || got != v {
						t.Errorf("doc %d: %s = %#v, want %#v", i, ptr, got, v)
					}
				}
			}
		})
	}
}

func TestSpanStartsAtKeyAndEndsAtValue(t *testing.T) {
	src := "apiVersion: v1\nkind: Pod\nmetadata:\n  name: \"café\"   # comment\nspec: {hostPID: true}\n"
	docs, errs := Parse(model.Source{Path: "p.yaml", Data: []byte(src)})
	if len(errs) > 0 || len(docs) != 1 {
		t.Fatalf("docs %d errs %v", len(docs), errs)
	}
	tests := map[string]model.Range{
		// Columns count characters and the end is exclusive.
		"/metadata/name": {File: "p.yaml", Start: model.Pos{Line: 4, Col: 3}, End: model.Pos{Line: 4, Col: 15}},
		"/spec":          {File: "p.yaml", Start: model.Pos{Line: 5, Col: 1}, End: model.Pos{Line: 5, Col: 22}},
		"/spec/hostPID":  {File: "p.yaml", Start: model.Pos{Line: 5, Col: 8}, End: model.Pos{Line: 5, Col: 21}},
	}
	for ptr, want := range tests {
		t.Run(ptr, func(t *testing.T) {
			if got := docs[0].Spans[ptr]; got != want {
				t.Errorf("span = %+v, want %+v", got, want)
			}
		})
	}
}

func TestHostileInputs(t *testing.T) {
	laughs := "apiVersion: v1\nkind: Pod\na: &a [x, x, x, x, x, x, x, x, x, x]\n"
	for i, prev := 'b', 'a'; i <= 'j'; i, prev = i+1, i {
		laughs += fmt.Sprintf("%c: &%c [*%c, *%c, *%c, *%c, *%c, *%c, *%c, *%c, *%c, *%c]\n", i, i, prev, prev, prev, prev, prev, prev, prev, prev, prev, prev)
	}
	deep := "apiVersion: v1\nkind: Pod\nx: " + strings.Repeat("[", 5000) + strings.Repeat("]", 5000) + "\n"
	tests := []struct {
		name    string
		src     string
		wantErr bool
	}{
		{"billion laughs", laughs, true},
		{"self-referencing anchor", "apiVersion: v1\nkind: Pod\na: &a [*a]\n", true},
		{"self-referencing merge", "apiVersion: v1\nkind: Pod\na: &a {<<: *a}\n", true},
		{"deep nesting", deep, false},
		{"nul bytes", "apiVersion: v1\nkind: Pod\x00\n", true},
		{"deep json", `{"apiVersion": "v1", "kind": "Pod", "x": ` + strings.Repeat("[", 20000) + strings.Repeat("]", 20000) + "}", true},
		{"invalid utf-8", "apiVersion: v1\nkind: \xff\n", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			docs, errs := Parse(model.Source{Path: "h.yaml", Data: []byte(tt.src)})
			if d := time.Since(start); d > 5*time.Second {
				t.Errorf("took %v", d)
			}
			for _, e := range errs {
				if strings.Contains(e.Message, "internal error") {
					t.Errorf("panic: %s", e.Message)
				}
			}
			if got := len(errs) > 0; got != tt.wantErr {
				t.Errorf("errors %v, want error %v (docs %d)", errs, tt.wantErr, len(docs))
			}
			checkSpans(t, []byte(tt.src), docs)
		})
	}
}

// checkSpans fails if a span lies outside the file or runs backwards.
func checkSpans(t testing.TB, data []byte, docs []model.Document) {
	t.Helper()
	n := newText(data).lines()
	for _, d := range docs {
		for p, r := range d.Spans {
			if r.Start.Line < 1 || r.End.Line > n || r.Start.Col < 1 || r.End.Col < 1 ||
				r.End.Line < r.Start.Line || (r.End.Line == r.Start.Line && r.End.Col < r.Start.Col) {
				t.Fatalf("doc %d span %q = %+v outside a %d-line file", d.Index, p, r, n)
			}
		}
	}
}

func BenchmarkParse(b *testing.B) {
	one, err := os.ReadFile("testdata/deployment.yaml")
	if err != nil {
		b.Fatal(err)
	}
	// A realistic large file: the rendered manifests of a whole app.
	var buf bytes.Buffer
	for i := 0; i < 50; i++ {
		buf.Write(one)
		buf.WriteString("---\n")
	}
	src := model.Source{Path: "all.yaml", Data: buf.Bytes()}
	b.SetBytes(int64(len(src.Data)))
	b.ReportAllocs()
	for b.Loop() {
		docs, errs := Parse(src)
		if len(docs) != 100 || len(errs) != 0 {
			b.Fatalf("docs %d errs %v", len(docs), errs)
		}
	}
}
