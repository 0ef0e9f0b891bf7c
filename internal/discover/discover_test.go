package discover

import (
	"os"
	"path/filepath"
	"slices"
	"syscall"
	"testing"

	"github.com/platlint/platlint/internal/model"
)

func TestKindOf(t *testing.T) {
	tests := map[string]model.Kind{
		"main.tf":                 model.KindTerraform,
		"deploy/web.yaml":         model.KindKubernetes,
		"a.YML":                   model.KindKubernetes,
		"list.json":               model.KindKubernetes,
		"Dockerfile":              model.KindDockerfile,
		"Dockerfile.debug":        model.KindDockerfile,
		"api.Dockerfile":          model.KindDockerfile,
		"Containerfile":           model.KindDockerfile,
		"Dockerfile.dockerignore": "",
		"main.go":                 "",
		"terraform.tfvars":        "",
		"README.md":               "",
	}
	for name, want := range tests {
		if got := KindOf(name); got != want {
			t.Errorf("KindOf(%q) = %q, want %q", name, got, want)
		}
	}
}

func tree(t *testing.T, files ...string) string {
	t.Helper()
	root := t.TempDir()
	for _, f := range files {
		p := filepath.Join(root, f)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

func paths(units []Unit) []string {
	var out []string
	for _, u := range units {
		out = append(out, string(u.Kind)+":"+u.Path)
	}
	return out
}

func TestWalkGroupsModulesSkipsDirsAndSorts(t *testing.T) {
	root := tree(t,
		"infra/net/main.tf", "infra/net/vars.tf", "infra/app/main.tf",
		"k8s/web.yaml", "svc/Dockerfile", "notes.md",
		".git/config.yaml", ".terraform/modules/x/main.tf", "node_modules/a/b.yaml", "vendor/v.tf",
	)
	units, err := Walk(root, []string{root}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"terraform:infra/app", "terraform:infra/net", "kubernetes:k8s/web.yaml", "dockerfile:svc/Dockerfile"}
	if got := paths(units); !slices.Equal(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	if !slices.Equal(units[1].Files, []string{"infra/net/main.tf", "infra/net/vars.tf"}) {
		t.Fatalf("module files: %v", units[1].Files)
	}
}

func TestWalkExcludes(t *testing.T) {
	root := tree(t, "a/main.tf", "b/testdata/main.tf", "c/Dockerfile", "c/skip.yaml")
	units, err := Walk(root, []string{root}, Options{Excludes: []string{"**/testdata/**", "*.yaml"}})
	if err != nil {
		t.Fatal(err)
	}
	if got := paths(units); !slices.Equal(got, []string{"terraform:a", "dockerfile:c/Dockerfile"}) {
		t.Fatalf("got %v", got)
	}
	if _, err := Walk(root, []string{root}, Options{Excludes: []string{"[unclosed"}}); err == nil {
		t.Fatal("an invalid pattern must be an error")
	}
}

func TestWalkFollowsSymlinksOnlyInsideTheRoot(t *testing.T) {
	outside := tree(t, "secret/main.tf")
	root := tree(t, "real/Dockerfile")
	mustLink(t, filepath.Join(root, "real"), filepath.Join(root, "alias"))       // inside: followed
	mustLink(t, root, filepath.Join(root, "real", "loop"))                       // a loop back to the root
	mustLink(t, filepath.Join(outside, "secret"), filepath.Join(root, "escape")) // outside: never followed
	units, err := Walk(root, []string{root}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"dockerfile:alias/Dockerfile", "dockerfile:real/Dockerfile"}
	if got := paths(units); !slices.Equal(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
}

func TestWalkFileArguments(t *testing.T) {
	root := tree(t, "mod/a.tf", "mod/b.tf", "k8s/x.yaml", "README.md")
	units, err := Walk(root, []string{filepath.Join(root, "mod", "a.tf"), filepath.Join(root, "k8s", "x.yaml"), filepath.Join(root, "README.md")}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := paths(units); !slices.Equal(got, []string{"kubernetes:k8s/x.yaml", "terraform:mod"}) {
		t.Fatalf("got %v", got)
	}
	if !slices.Equal(units[1].Files, []string{"mod/a.tf", "mod/b.tf"}) {
		t.Fatalf("a .tf argument must bring its module: %v", units[1].Files)
	}
}

func mustLink(t *testing.T, target, link string) {
	t.Helper()
	if err := os.Symlink(target, link); err != nil {
		t.Skipf("symlinks unavailable: %v", err)
	}
}

// A named pipe passed as an argument must not be read: reading it would
// block forever.
func TestWalkSkipsNonRegularFileArguments(t *testing.T) {
	root := t.TempDir()
	fifo := filepath.Join(root, "pipe.yaml")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	units, err := Walk(root, []string{fifo, root}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(units) != 0 {
		t.Fatalf("a named pipe became a unit: %v", paths(units))
	}
}
