package scan_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/platlint/platlint/internal/engine"
	"github.com/platlint/platlint/internal/scan"
	"github.com/platlint/platlint/policies"
)

func newEngine(tb testing.TB) *engine.Engine {
	tb.Helper()
	mods, err := engine.LoadFS(policies.FS, ".", policies.Prefix, false)
	if err != nil {
		tb.Fatal(err)
	}
	eng, err := engine.New(context.Background(), engine.Options{Modules: mods})
	if err != nil {
		tb.Fatal(err)
	}
	return eng
}

// BenchmarkScan scans the tree named by PLATLINT_BENCH_CORPUS (make bench
// generates one with ../shared/tools/gencorpus), or examples/ without it,
// and reports files per second and the process's peak RSS.
func BenchmarkScan(b *testing.B) {
	dir := os.Getenv("PLATLINT_BENCH_CORPUS")
	if dir == "" {
		dir = filepath.Join("..", "..", "examples")
	}
	eng := newEngine(b)
	files := 0
	b.ResetTimer()
	for b.Loop() {
		rep, err := scan.Run(context.Background(), eng, scan.Options{Targets: []string{dir}})
		if err != nil {
			b.Fatal(err)
		}
		files = rep.FilesScanned
	}
	b.ReportMetric(float64(files)*float64(b.N)/b.Elapsed().Seconds(), "files/s")
	b.ReportMetric(float64(files), "files")
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) == nil {
		b.ReportMetric(float64(ru.Maxrss)/1024, "peak-RSS-MiB")
	}
}

// BenchmarkSingleFile is a pre-commit run: compile every policy, then scan
// one Dockerfile.
func BenchmarkSingleFile(b *testing.B) {
	file := filepath.Join("..", "..", "examples", "docker", "worker", "Dockerfile")
	for b.Loop() {
		eng := newEngine(b)
		if _, err := scan.Run(context.Background(), eng, scan.Options{Targets: []string{file}}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLargeTerraformModule scans one module of 2,000 buckets, each
// with its companion resources: rules that relate resources must index them
// rather than compare every pair.
func BenchmarkLargeTerraformModule(b *testing.B) {
	dir := b.TempDir()
	var src strings.Builder
	for i := range 2000 {
		fmt.Fprintf(&src, "resource \"aws_s3_bucket\" \"b%d\" {\n  bucket = \"acme-%d\"\n}\n", i, i)
		for _, companion := range []string{"public_access_block", "versioning", "logging", "policy", "server_side_encryption_configuration"} {
			fmt.Fprintf(&src, "resource \"aws_s3_bucket_%s\" \"b%d\" {\n  bucket = aws_s3_bucket.b%d.id\n}\n", companion, i, i)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "main.tf"), []byte(src.String()), 0o644); err != nil {
		b.Fatal(err)
	}
	eng := newEngine(b)
	for b.Loop() {
		rep, err := scan.Run(context.Background(), eng, scan.Options{Targets: []string{dir}})
		if err != nil {
			b.Fatal(err)
		}
		if len(rep.Errors) > 0 {
			b.Fatalf("evaluation errors: %v", rep.Errors[0])
		}
	}
}
