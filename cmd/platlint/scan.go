package main

import (
	"bufio"
	"fmt"
	"io"
	"os"

	"github.com/platlint/platlint/internal/engine"
	"github.com/platlint/platlint/internal/model"
	"github.com/platlint/platlint/internal/report/github"
	"github.com/platlint/platlint/internal/report/json"
	"github.com/platlint/platlint/internal/report/sarif"
	"github.com/platlint/platlint/internal/report/text"
	"github.com/platlint/platlint/internal/scan"
	"github.com/spf13/cobra"
)

// scanFlags are the flags of the scan command (and of the root command,
// which is the same command).
type scanFlags struct {
	format   string
	output   string
	policies []string
	failOn   string
	excludes []string
	noColor  bool
	quiet    bool
}

func (f *scanFlags) register(cmd *cobra.Command) {
	fs := cmd.Flags()
	fs.StringVar(&f.format, "format", "text", "report format: text, json, sarif or github")
	fs.StringVarP(&f.output, "output", "o", "", "write the report to this file instead of standard output")
	fs.StringArrayVar(&f.policies, "policy", nil, "extra Rego policy file or directory, loaded beside the bundled ones (repeatable)")
	fs.StringVar(&f.failOn, "fail-on", "low", "lowest severity that fails the run: low, medium, high or critical")
	fs.StringArrayVar(&f.excludes, "exclude", nil, "skip paths matching this glob, ** for any depth (repeatable)")
	fs.BoolVar(&f.noColor, "no-color", false, "no colours in text output (NO_COLOR is honoured too)")
	fs.BoolVarP(&f.quiet, "quiet", "q", false, "print nothing when there are no findings, and no summary")
}

const scanUse = "[flags] [PATH...]"

const scanLong = `Scan Terraform modules, Kubernetes manifests and Dockerfiles below each PATH
(default ".") with the bundled policies and any --policy files.

A .tf file given on the command line is checked together with the other .tf
files of its directory, since a Terraform module is a directory.

Exit status: 0 when no finding is at or above --fail-on, 1 when some are,
2 on a usage, policy or I/O error.`

func newRootCmd() *cobra.Command {
	var flags scanFlags
	root := &cobra.Command{
		Use:           "platlint " + scanUse,
		Short:         "Policy-as-code linter for Terraform, Kubernetes and Dockerfiles",
		Long:          scanLong,
		Args:          cobra.ArbitraryArgs,
		SilenceUsage:  true,
		SilenceErrors: true,
		Version:       currentVersion(),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runScan(cmd, args, &flags)
		},
	}
	flags.register(root)
	root.AddCommand(newScanCmd(), newVersionCmd(), newPoliciesCmd())
	return root
}

func newScanCmd() *cobra.Command {
	var flags scanFlags
	cmd := &cobra.Command{
		Use:   "scan " + scanUse,
		Short: "Scan files and directories (the default command)",
		Long:  scanLong,
		Args:  cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runScan(cmd, args, &flags)
		},
	}
	flags.register(cmd)
	return cmd
}

func runScan(cmd *cobra.Command, args []string, f *scanFlags) error {
	threshold, err := model.ParseSeverity(f.failOn)
	if err != nil {
		return fmt.Errorf("--fail-on: %w", err)
	}
	write, err := writerFor(f.format)
	if err != nil {
		return err
	}
	mods, err := loadModules(f.policies, false)
	if err != nil {
		return err
	}
	ctx := cmd.Context()
	eng, err := engine.New(ctx, engine.Options{Modules: mods})
	if err != nil {
		return err
	}
	rep, err := scan.Run(ctx, eng, scan.Options{Targets: args, Excludes: f.excludes})
	if err != nil {
		return err
	}
	rep.Version = currentVersion()

	out := cmd.OutOrStdout()
	color := f.format == "text" && !f.noColor && os.Getenv("NO_COLOR") == "" && isTerminal(out)
	if f.output != "" {
		file, err := os.Create(f.output)
		if err != nil {
			return err
		}
		bw := bufio.NewWriter(file)
		err = write(bw, rep, f, false)
		if err == nil {
			err = bw.Flush()
		}
		if cerr := file.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return fmt.Errorf("write %s: %w", f.output, err)
		}
	} else {
		bw := bufio.NewWriter(out)
		if err := write(bw, rep, f, color); err != nil {
			return err
		}
		if err := bw.Flush(); err != nil {
			return err
		}
	}
	if rep.Failing(threshold) > 0 {
		return errFindings
	}
	return nil
}

type writeFunc func(w io.Writer, rep *model.Report, f *scanFlags, color bool) error

func writerFor(format string) (writeFunc, error) {
	switch format {
	case "text":
		return func(w io.Writer, rep *model.Report, f *scanFlags, color bool) error {
			return text.Write(w, rep, text.Options{Color: color, Quiet: f.quiet})
		}, nil
	case "json":
		return func(w io.Writer, rep *model.Report, _ *scanFlags, _ bool) error {
			return json.Write(w, rep, json.Options{})
		}, nil
	case "sarif":
		return func(w io.Writer, rep *model.Report, _ *scanFlags, _ bool) error {
			return sarif.Write(w, rep, sarif.Options{})
		}, nil
	case "github":
		return func(w io.Writer, rep *model.Report, _ *scanFlags, _ bool) error {
			return github.Write(w, rep, github.Options{})
		}, nil
	}
	return nil, fmt.Errorf("unknown --format %q (want text, json, sarif or github)", format)
}

// isTerminal reports whether w is a character device, the cheap test for
// "a person is watching" that decides colours.
func isTerminal(w io.Writer) bool {
	file, ok := w.(*os.File)
	if !ok {
		return false
	}
	info, err := file.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}
