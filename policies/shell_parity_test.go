package policies_test

import (
	"context"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"
	"github.com/platlint/platlint/internal/engine"
	"github.com/platlint/platlint/internal/model"
	"github.com/platlint/platlint/internal/parse/dockerfile"
	"github.com/platlint/platlint/policies"
)

// trickyDockerfile exercises the shell reading: quotes, escapes, operators,
// redirections, subshells, wrappers, comments in continuations, heredocs,
// exec forms.
const trickyDockerfile = `FROM alpine:3.20
RUN apt-get update && apt-get install -y --no-install-recommends curl=8.5 \
    # a comment inside a continuation
    ca-certificates && rm -rf /var/lib/apt/lists/*
RUN set -eux; (cd /src && make) | tee /log 2>&1; echo "a && b" 'c | d' \"e\" > /dev/null &
RUN DEBIAN_FRONTEND=noninteractive sudo -E env -i FOO=1 pip install --no-cache-dir "requests==2.32.3" || true
RUN curl -fsSL https://example.com/install.sh | bash -s -- --yes
RUN ["sh", "-c", "apk add --no-cache git && git --version"]
RUN ["/usr/bin/app", "--flag", "a b", "it's"]
RUN <<EOF
apt-get update
apt-get install -y jq
EOF
RUN bash <<EOT
set -e; npm ci && npm run build
EOT
RUN cat <<EOF > /etc/app.conf
key=value
EOF
RUN if [ -f x ]; then chmod 777 /tmp; fi; { echo a; echo b; }
`

// TestShellParity checks that the Dockerfile parser reads RUN commands
// exactly as lib/shell.rego does, on every Dockerfile of the repository and
// on a tricky one: the Rego reading is the fallback for hand-built inputs,
// so the two must never disagree.
func TestShellParity(t *testing.T) {
	mods, err := engine.LoadFS(policies.FS, ".", policies.Prefix, false)
	if err != nil {
		t.Fatal(err)
	}
	modules := map[string]*ast.Module{}
	for _, m := range mods {
		modules[m.Name] = m.Module
	}
	c := ast.NewCompiler().WithDefaultRegoVersion(ast.RegoV1)
	if c.Compile(modules); c.Failed() {
		t.Fatal(c.Errors)
	}
	pq, err := rego.New(
		rego.Query(`x := [c | some text in data.platlint.lib.shell.scripts(input); some c in data.platlint.lib.shell.commands(text)]`),
		rego.Compiler(c),
	).PrepareForEval(context.Background())
	if err != nil {
		t.Fatal(err)
	}

	sources := map[string][]byte{"tricky": []byte(trickyDockerfile)}
	for _, dir := range []string{"../examples", "../testdata"} {
		err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.Contains(filepath.Base(p), "ockerfile") {
				return err
			}
			sources[p], err = os.ReadFile(p)
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	runs := 0
	for name, src := range sources {
		doc, _ := dockerfile.Parse(model.Source{Path: name, Data: src})
		if doc == nil {
			if name == "tricky" {
				t.Fatal("the tricky Dockerfile does not parse")
			}
			continue
		}
		for _, s := range doc.Input["stages"].([]any) {
			for _, i := range s.(map[string]any)["instructions"].([]any) {
				ins := i.(map[string]any)
				if ins["cmd"] != "run" {
					continue
				}
				runs++
				withoutCommands := map[string]any{}
				for k, v := range ins {
					if k != "commands" {
						withoutCommands[k] = v
					}
				}
				rs, err := pq.Eval(context.Background(), rego.EvalInput(withoutCommands))
				if err != nil || len(rs) != 1 {
					t.Fatalf("%s: %v", name, err)
				}
				want, _ := json.Marshal(rs[0].Bindings["x"])
				got, _ := json.Marshal(ins["commands"])
				if string(want) != string(got) {
					t.Errorf("%s line %v: the parser reads %s\nlib/shell.rego reads %s", name, ins["line"], got, want)
				}
			}
		}
	}
	if runs < 50 {
		t.Fatalf("only %d RUN instructions compared", runs)
	}
}
