package dockerfile

import (
	"encoding/json"
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/platlint/platlint/internal/model"
)

// lineSpan is a [start, end] line pair for span expectations.
type lineSpan [2]int

func TestParse(t *testing.T) {
	tests := []struct {
		name string
		src  string
		// values maps JSON pointers into Input to their expected values.
		values map[string]any
		// spans maps JSON pointers to their expected lines.
		spans map[string]lineSpan
	}{
		{
			name: "multi-stage",
			src: `FROM golang:1.22 AS Build
RUN go build -o /app .

FROM build AS test
RUN go test ./...

FROM gcr.io/distroless/static
COPY --from=BUILD /app /app
`,
			values: map[string]any{
				"/stages/0/name":                        "build",
				"/stages/0/index":                       json.Number("0"),
				"/stages/1/base":                        "build",
				"/stages/1/from_stage":                  true,
				"/stages/2/name":                        "",
				"/stages/2/from_stage":                  false,
				"/stages/2/image/name":                  "gcr.io/distroless/static",
				"/stages/2/instructions/1/cmd":          "copy",
				"/stages/2/instructions/1/flags/0":      "--from=BUILD",
				"/stages/2/instructions/1/args/0":       "/app",
				"/stages/2/instructions/1/args/1":       "/app",
				"/stages/2/line":                        json.Number("7"),
				"/stages/2/instructions/0/cmd":          "from",
				"/stages/2/instructions/1/line":         json.Number("8"),
				"/stages/0/instructions/1/json":         false,
				"/stages/0/instructions/1/original":     "RUN go build -o /app .",
				"/stages/0/instructions/1/heredocs/len": 0,
			},
			spans: map[string]lineSpan{
				"":                         {1, 8},
				"/stages/0":                {1, 2},
				"/stages/1":                {4, 5},
				"/stages/2":                {7, 8},
				"/stages/2/base":           {7, 7},
				"/stages/2/instructions/1": {8, 8},
			},
		},
		{
			name: "arg before from is expanded",
			src: `ARG VERSION=3.19
ARG IMAGE="alpine:${VERSION}"
ARG TAG
ARG A=1 B
FROM $IMAGE
FROM registry.local/app:${TAG}
FROM registry.local/app:${TAG:-latest}
FROM ${MISSING:-busybox}:${VERSION:+v}${VERSION}
`,
			values: map[string]any{
				"/args/0/name":        "VERSION",
				"/args/0/value":       "3.19",
				"/args/0/line":        json.Number("1"),
				"/args/1/value":       "alpine:3.19",
				"/args/2/name":        "TAG",
				"/args/2/value":       nil,
				"/args/3/name":        "A",
				"/args/3/value":       "1",
				"/args/4/name":        "B",
				"/args/4/line":        json.Number("4"),
				"/args/len":           5,
				"/stages/0/base":      "alpine:3.19",
				"/stages/0/image/tag": "3.19",
				// An argument without a value stays visible as written.
				"/stages/1/base":                  "registry.local/app:${TAG}",
				"/stages/2/base":                  "registry.local/app:latest",
				"/stages/3/base":                  "busybox:v3.19",
				"/stages/0/instructions/0/args/0": "$IMAGE",
			},
			spans: map[string]lineSpan{"/args/0": {1, 1}, "/args/3": {4, 4}, "/args/4": {4, 4}},
		},
		{
			name: "lowercase instructions and continuations",
			src:  "from alpine\nrun apk add \\\n    curl \\\n    jq\nrun echo done\n",
			values: map[string]any{
				"/stages/0/instructions/0/cmd":      "from",
				"/stages/0/instructions/1/cmd":      "run",
				"/stages/0/instructions/1/line":     json.Number("2"),
				"/stages/0/instructions/1/end_line": json.Number("4"),
				"/stages/0/instructions/1/args/0":   "apk add     curl     jq",
				"/stages/0/instructions/2/line":     json.Number("5"),
			},
			spans: map[string]lineSpan{"/stages/0/instructions/1": {2, 4}, "/stages/0": {1, 5}},
		},
		{
			name: "exec and shell form",
			src:  "FROM alpine\nCMD [\"nginx\", \"-g\", \"daemon off;\"]\nENTRYPOINT nginx -g 'daemon off;'\n",
			values: map[string]any{
				"/stages/0/instructions/1/json":     true,
				"/stages/0/instructions/1/args/len": 3,
				"/stages/0/instructions/1/args/2":   "daemon off;",
				"/stages/0/instructions/2/json":     false,
				"/stages/0/instructions/2/args/len": 1,
				"/stages/0/instructions/2/args/0":   "nginx -g 'daemon off;'",
			},
		},
		{
			name: "env and label pairs",
			src:  "FROM alpine\nENV A=1 B=\"two words\" C=$HOME/bin\nENV D 4 5\nLABEL x=y 'z'=\"w\"\nARG P=\"q\" R\n",
			values: map[string]any{
				"/stages/0/instructions/1/pairs/0/key":   "A",
				"/stages/0/instructions/1/pairs/0/value": "1",
				"/stages/0/instructions/1/pairs/1/value": "two words",
				// Stage variables are not tracked, so references stay.
				"/stages/0/instructions/1/pairs/2/value": "$HOME/bin",
				"/stages/0/instructions/1/args/len":      9,
				"/stages/0/instructions/2/pairs/0/key":   "D",
				"/stages/0/instructions/2/pairs/0/value": "4 5",
				"/stages/0/instructions/2/pairs/len":     1,
				"/stages/0/instructions/3/pairs/0/value": "y",
				"/stages/0/instructions/3/pairs/1/value": "w",
				"/stages/0/instructions/4/pairs/0/value": "q",
				"/stages/0/instructions/4/pairs/1/key":   "R",
				"/stages/0/instructions/4/pairs/1/value": nil,
			},
		},
		{
			name: "heredoc",
			src:  "# syntax=docker/dockerfile:1\nFROM alpine\nRUN <<EOF bash\nset -e\necho hi\nEOF\nCOPY <<-CONF /etc/app.conf\n\tkey=value\n\tCONF\nUSER nobody\n",
			values: map[string]any{
				"/stages/0/instructions/1/heredocs/0": "set -e\necho hi\n",
				"/stages/0/instructions/1/line":       json.Number("3"),
				"/stages/0/instructions/1/end_line":   json.Number("6"),
				"/stages/0/instructions/1/original":   "RUN <<EOF bash",
				"/stages/0/instructions/2/heredocs/0": "\tkey=value\n",
				"/stages/0/instructions/3/line":       json.Number("10"),
			},
			spans: map[string]lineSpan{"/stages/0/instructions/1": {3, 6}, "/stages/0/instructions/2": {7, 9}},
		},
		{
			name: "platform and image reference",
			src:  "FROM --platform=linux/arm64 localhost:5000/team/app:1.2@sha256:abc AS app\n",
			values: map[string]any{
				"/stages/0/platform":     "linux/arm64",
				"/stages/0/image/name":   "localhost:5000/team/app",
				"/stages/0/image/tag":    "1.2",
				"/stages/0/image/digest": "sha256:abc",
				"/stages/0/name":         "app",
			},
			spans: map[string]lineSpan{"/stages/0/platform": {1, 1}, "/stages/0/name": {1, 1}, "/stages/0/image": {1, 1}},
		},
		{
			name: "escape directive",
			src:  "# escape=`\nFROM mcr.microsoft.com/windows/nanoserver\nRUN echo `\n  hi\n",
			values: map[string]any{
				"/stages/0/instructions/1/args/0":   "echo   hi",
				"/stages/0/instructions/1/end_line": json.Number("4"),
			},
		},
		{
			name: "crlf and byte-order mark",
			src:  "\ufeffFROM alpine\r\nRUN true\r\n",
			values: map[string]any{
				"/stages/0/base":                  "alpine",
				"/stages/0/instructions/1/args/0": "true",
			},
			spans: map[string]lineSpan{"": {1, 2}},
		},
		{
			name: "check comment before an instruction",
			src:  "FROM alpine\n# check=skip=all\nRUN true\n",
			values: map[string]any{
				"/stages/0/instructions/1/cmd": "run",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, errs := Parse(model.Source{Path: "app/Dockerfile", Data: []byte(tt.src)})
			if len(errs) > 0 || doc == nil {
				t.Fatalf("errors: %v", errs)
			}
			if doc.Kind != model.KindDockerfile || doc.Path != "app/Dockerfile" || doc.Index != 0 {
				t.Errorf("document %q %q %d", doc.Kind, doc.Path, doc.Index)
			}
			if len(doc.Input) != 2 || doc.Input["args"] == nil || doc.Input["stages"] == nil {
				t.Errorf("input keys: %v", doc.Input)
			}
			if err := model.CheckInput(doc.Input); err != nil {
				t.Error(err)
			}
			for ptr, want := range tt.values {
				got, ok := lookup(doc.Input, ptr)
				if !ok || !reflect.DeepEqual(got, want) {
					t.Errorf("%s = %#v, want %#v", ptr, got, want)
				}
			}
			for ptr, want := range tt.spans {
				r, ok := doc.Spans[ptr]
				if !ok {
					t.Errorf("no span for %q", ptr)
					continue
				}
				if r.File != "app/Dockerfile" || r.Start.Line != want[0] || r.End.Line != want[1] || r.Start.Col != 1 {
					t.Errorf("span %q = %+v, want lines %d-%d", ptr, r, want[0], want[1])
				}
			}
			checkSpans(t, []byte(tt.src), doc)
		})
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name    string
		src     string
		lines   []int
		message string
	}{
		{"empty file", "", []int{1}, "file with no instructions"},
		{"only comments", "# nothing\n\n", []int{1}, "file with no instructions"},
		{"from with two arguments", "FROM alpine\nRUN true\nFROM a b\n", []int{3}, "FROM requires either one or three arguments"},
		{"bad stage name", "FROM alpine AS 1st\n", []int{1}, "invalid name for build stage"},
		{"unknown instruction", "FROM alpine\nRUNN true\nCOPY . .\nFORM x\n", []int{2, 4}, "unknown instruction: RUNN"},
		{"unknown flag", "FROM alpine\nCMD --help\n", []int{2}, "unknown flag: --help"},
		{"instruction before from", "ARG X=1\nRUN true\nRUN false\nFROM alpine\n", []int{2}, "no build stage in current context"},
		{"unterminated heredoc", "FROM alpine\nRUN <<EOF\necho\n", []int{2}, "unterminated heredoc"},
		{"bad escape directive", "# escape=x\nFROM alpine\n", []int{1}, "invalid escape token"},
		{"line too long", "FROM alpine\nRUN " + strings.Repeat("x", 70000) + "\n", []int{2}, "greater than max allowed size"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, errs := Parse(model.Source{Path: "Dockerfile", Data: []byte(tt.src)})
			if doc != nil {
				t.Errorf("got a document for a file buildkit rejects")
			}
			var got []int
			for _, e := range errs {
				got = append(got, e.Range.Start.Line)
				if e.Range.File != "Dockerfile" {
					t.Errorf("error file %q", e.Range.File)
				}
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.lines) {
				t.Fatalf("errors %v at lines %v, want %v", errs, got, tt.lines)
			}
			if !strings.Contains(errs[0].Message, tt.message) {
				t.Errorf("message %q, want it to contain %q", errs[0].Message, tt.message)
			}
		})
	}
}

func TestSplitImage(t *testing.T) {
	tests := []struct{ ref, name, tag, digest string }{
		{"alpine", "alpine", "", ""},
		{"alpine:3.19", "alpine", "3.19", ""},
		{"docker.io/library/alpine:3.19", "docker.io/library/alpine", "3.19", ""},
		{"localhost:5000/app", "localhost:5000/app", "", ""},
		{"localhost:5000/app:1.0", "localhost:5000/app", "1.0", ""},
		{"img@sha256:0123abcd", "img", "", "sha256:0123abcd"},
		{"ghcr.io/o/r:v1@sha256:ff", "ghcr.io/o/r", "v1", "sha256:ff"},
		{"[::1]:5000/app:tag", "[::1]:5000/app", "tag", ""},
		{"scratch", "scratch", "", ""},
		{"", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.ref, func(t *testing.T) {
			name, tag, digest := splitImage(tt.ref)
			if name != tt.name || tag != tt.tag || digest != tt.digest {
				t.Errorf("splitImage(%q) = %q, %q, %q, want %q, %q, %q", tt.ref, name, tag, digest, tt.name, tt.tag, tt.digest)
			}
		})
	}
}

func TestExpander(t *testing.T) {
	env := map[string]string{"A": "1", "EMPTY": "", "PATH_": "/usr/local/bin"}
	tests := []struct {
		word string
		env  map[string]string
		want string
	}{
		{"$A", env, "1"},
		{"${A}", env, "1"},
		{"x${A}y$A", env, "x1y1"},
		{"$UNSET", env, "$UNSET"},
		{"${UNSET}", env, "${UNSET}"},
		{"${UNSET:-d}", env, "d"},
		{"${UNSET-d}", env, "d"},
		{"${EMPTY:-d}", env, "d"},
		{"${EMPTY-d}", env, ""},
		{"${A:-d}", env, "1"},
		{"${A:+set}", env, "set"},
		{"${UNSET:+set}", env, ""},
		{"${UNSET:-${A}}", env, "1"},
		{"${PATH_%/bin}", env, "/usr/local"},
		{"${UNSET%/bin}", env, "${UNSET%/bin}"},
		{`"quoted $A"`, env, "quoted 1"},
		{`'single $A'`, env, "single $A"},
		{`\$A`, env, "$A"},
		{`a\ b`, env, "a b"},
		{"$", env, "$"},
		{"cost: 5$", env, "cost: 5$"},
		{"${unclosed", env, "${unclosed"},
		{`"unclosed`, env, `"unclosed`},
		{"é\\ü", env, "éü"},
		// Without an environment only quotes and escapes are processed.
		{`"${A:-d} $A"`, nil, "${A:-d} $A"},
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			x := expander{env: tt.env, escape: '\\'}
			if got := x.word(tt.word); got != tt.want {
				t.Errorf("word(%q) = %q, want %q", tt.word, got, tt.want)
			}
		})
	}
}

// lookup resolves a JSON pointer without escapes in v; a last segment
// "len" gives the length of an array.
func lookup(v any, ptr string) (any, bool) {
	if base, ok := strings.CutSuffix(ptr, "/len"); ok {
		list, ok := model.Resolve(v, base)
		if arr, isArr := list.([]any); ok && isArr {
			return len(arr), true
		}
		return nil, false
	}
	return model.Resolve(v, ptr)
}

// checkSpans fails if a span lies outside the file or runs backwards.
func checkSpans(t testing.TB, data []byte, doc *model.Document) {
	t.Helper()
	if doc == nil {
		return
	}
	n := splitLines(data).count()
	if _, ok := doc.Spans[""]; !ok {
		t.Fatalf("no whole-file span")
	}
	for p, r := range doc.Spans {
		if r.Start.Line < 1 || r.End.Line > n || r.Start.Col < 1 || r.End.Col < 1 ||
			r.End.Line < r.Start.Line || (r.End.Line == r.Start.Line && r.End.Col < r.Start.Col) {
			t.Fatalf("span %q = %+v outside a %d-line file", p, r, n)
		}
	}
}

func BenchmarkParse(b *testing.B) {
	data, err := os.ReadFile("testdata/multistage.Dockerfile")
	if err != nil {
		b.Fatal(err)
	}
	src := model.Source{Path: "Dockerfile", Data: data}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if doc, errs := Parse(src); doc == nil || len(errs) > 0 {
			b.Fatalf("errors: %v", errs)
		}
	}
}
