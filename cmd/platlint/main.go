// Command platlint lints Terraform, Kubernetes manifests and Dockerfiles
// against bundled and custom Rego policies.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"runtime/debug"
)

// Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or
// internal error.
const (
	exitClean    = 0
	exitFindings = 1
	exitError    = 2
)

// errFindings reports findings at or above the threshold; it carries no
// message because the report already said everything.
var errFindings = errors.New("findings at or above the threshold")

func main() {
	// A run is short and allocation-heavy (Rego compilation, parsing): a
	// relaxed GC target spares a pre-commit run most of its collections,
	// and the soft limit makes a large scan collect before its heap
	// outgrows the memory platlint promises. Both yield to GOGC and
	// GOMEMLIMIT when the user sets them.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(256 << 20)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := run(ctx, os.Args[1:])
	stop()
	os.Exit(code)
}

func run(ctx context.Context, args []string) (code int) {
	defer func() {
		if p := recover(); p != nil {
			fmt.Fprintf(os.Stderr, "platlint: internal error: %v\n", p)
			code = exitError
		}
	}()
	cmd := newRootCmd()
	cmd.SetArgs(args)
	err := cmd.ExecuteContext(ctx)
	switch {
	case err == nil:
		return exitClean
	case errors.Is(err, errFindings):
		return exitFindings
	default:
		fmt.Fprintf(os.Stderr, "platlint: %v\n", err)
		return exitError
	}
}
