package scan_test

import (
	"context"
	"os"
	"path/filepath"
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
