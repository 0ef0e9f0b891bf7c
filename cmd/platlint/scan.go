package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/platlint/platlint/internal/baseline"
	"github.com/platlint/platlint/internal/config"
	"github.com/platlint/platlint/internal/engine"
	"github.com/platlint/platlint/internal/model"
	"github.com/platlint/platlint/internal/report/github"
	"github.com/platlint/platlint/internal/report/json"
	"github.com/platlint/platlint/internal/report/sarif"
	"github.com/platlint/platlint/internal/report/text"
	"github.com/platlint/platlint/internal/scan"
	"github.com/platlint/platlint/internal/suppress"
	"github.com/spf13/cobra"
)

// scanFlags are the flags of the scan command (and of the root command,
// which is the same command).
type scanFlags struct {
	format         string
	output         string
	reports        []string
	policies       []string
	data           []string
	config         string
	failOn         string
	excludes       []string
	disable        []string
	noColor        bool
	quiet          bool
	showSuppressed bool
	baseline       string
	baselineWrite  string
	timeout        time.Duration
}

func (f *scanFlags) register(cmd *cobra.Command) {
	fs := cmd.Flags()
	fs.StringVar(&f.format, "format", "text", "report format: text, json, sarif or github")
	fs.StringVarP(&f.output, "output", "o", "", "write the report to this file instead of standard output")
	fs.StringArrayVar(&f.reports, "report", nil, "also write a report in another format, as FORMAT:FILE (e.g. sarif:platlint.sarif), from the same scan (repeatable)")
	fs.StringArrayVar(&f.policies, "policy", nil, "extra Rego policy file or directory, loaded beside the bundled ones (repeatable)")
	fs.StringArrayVar(&f.data, "data", nil, "JSON or YAML file exposed to policies under data (repeatable)")
	fs.StringVar(&f.config, "config", "", "configuration file (default: .platlint.yaml in the scanned root or a parent)")
	fs.StringVar(&f.failOn, "fail-on", "low", "lowest severity that fails the run: low, medium, high or critical")
	fs.StringArrayVar(&f.excludes, "exclude", nil, "skip paths matching this glob, ** for any depth (repeatable)")
	fs.StringSliceVar(&f.disable, "disable", nil, "rule ids not to evaluate, comma-separated or repeated (added to the config's disable)")
	fs.BoolVar(&f.noColor, "no-color", false, "no colours in text output (NO_COLOR is honoured too)")
	fs.BoolVarP(&f.quiet, "quiet", "q", false, "print nothing when there are no findings, and no summary")
	fs.BoolVar(&f.showSuppressed, "show-suppressed", false, "list suppressed findings in text output, with their reasons")
	fs.StringVar(&f.baseline, "baseline", "", "report only findings that are not recorded in this baseline file")
	fs.StringVar(&f.baselineWrite, "baseline-write", "", "record the current findings in this baseline file")
	fs.DurationVar(&f.timeout, "policy-timeout", engine.DefaultTimeout, "time limit for one policy on one document")
}

const scanUse = "[flags] [PATH...]"

const scanLong = `Scan Terraform modules, Kubernetes manifests and Dockerfiles below each PATH
(default ".") with the bundled policies and any custom ones.

A .tf file given on the command line is checked together with the other .tf
files of its directory, since a Terraform module is a directory.

Settings come from .platlint.yaml (in the scanned root or a parent, or
--config); flags override it.

Exit status: 0 when no finding is at or above --fail-on, 1 when some are,
2 on a usage, policy or I/O error, or when a policy failed to evaluate (the
report is still written, with the errors in it).`

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
	root.AddCommand(newScanCmd(), newVersionCmd(), newPoliciesCmd(), newTestCmd(), newInitCmd())
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

// loadConfig returns the --config file, or the .platlint.yaml found from
// the first target upwards, or an empty configuration.
func loadConfig(explicit string, targets []string) (*config.Config, error) {
	if explicit != "" {
		return config.Load(explicit)
	}
	start := "."
	if len(targets) > 0 {
		start = targets[0]
		if info, err := os.Stat(start); err == nil && !info.IsDir() {
			start = filepath.Dir(start)
		}
	}
	path, err := config.Find(start)
	if errors.Is(err, config.ErrNotFound) {
		return &config.Config{}, nil
	}
	if err != nil {
		return nil, err
	}
	return config.Load(path)
}

func runScan(cmd *cobra.Command, args []string, f *scanFlags) error {
	cfg, err := loadConfig(f.config, args)
	if err != nil {
		return err
	}
	// Flags override the file; list flags add to it.
	changed := cmd.Flags().Changed
	if !changed("fail-on") && cfg.FailOn != "" {
		f.failOn = cfg.FailOn
	}
	if !changed("format") && cfg.Format != "" {
		f.format = cfg.Format
	}
	threshold, err := model.ParseSeverity(f.failOn)
	if err != nil {
		return fmt.Errorf("--fail-on: %w", err)
	}
	write, err := writerFor(f.format)
	if err != nil {
		return err
	}
	extra, err := parseReports(f.reports)
	if err != nil {
		return err
	}
	data, err := config.LoadData(append(append([]string{}, cfg.Data...), f.data...))
	if err != nil {
		return err
	}
	mods, err := openModules(append(append([]string{}, cfg.Policies...), f.policies...))
	if err != nil {
		return err
	}
	ctx := cmd.Context()
	eng, err := engine.New(ctx, engine.Options{
		Modules:    mods,
		Data:       data,
		Timeout:    f.timeout,
		Disabled:   append(append([]string{}, cfg.Disable...), f.disable...),
		Severities: cfg.Severities(),
	})
	if err != nil {
		return err
	}
	now := time.Now()
	rep, err := scan.Run(ctx, eng, scan.Options{
		Targets:  args,
		Excludes: append(append([]string{}, cfg.Exclude...), f.excludes...),
		Filter: func(srcs []model.Source, findings []model.Finding) []model.Finding {
			return suppress.Apply(srcs, findings, now)
		},
	})
	if err != nil {
		return err
	}
	rep.Version = currentVersion()
	cfg.ApplyIgnores(rep.Findings)
	if f.baseline != "" {
		known, err := baseline.Load(f.baseline)
		if err != nil {
			return err
		}
		baseline.Apply(rep.Findings, known, f.baseline)
	}
	if f.baselineWrite != "" {
		if err := baseline.Write(f.baselineWrite, rep); err != nil {
			return fmt.Errorf("write baseline: %w", err)
		}
	}

	out := cmd.OutOrStdout()
	opts := writeOptions{
		color:          f.format == "text" && !f.noColor && os.Getenv("NO_COLOR") == "" && isTerminal(out),
		quiet:          f.quiet,
		showSuppressed: f.showSuppressed,
	}
	for _, r := range extra {
		if err := writeFile(r.path, r.write, rep, writeOptions{quiet: f.quiet, showSuppressed: f.showSuppressed}); err != nil {
			return err
		}
	}
	if f.output != "" {
		opts.color = false
		if err := writeFile(f.output, write, rep, opts); err != nil {
			return err
		}
	} else {
		bw := bufio.NewWriter(out)
		if err := write(bw, rep, opts); err != nil {
			return err
		}
		if err := bw.Flush(); err != nil {
			return err
		}
	}
	// A policy that failed or ran out of time means the scan is
	// incomplete: the report says which, and the exit status must too, or
	// a pipeline would pass on a check that never ran.
	if n := len(rep.Errors); n > 0 {
		return fmt.Errorf("%d policy evaluation error(s); the report lists them, and the scan is incomplete", n)
	}
	if rep.Failing(threshold) > 0 {
		return errFindings
	}
	return nil
}

// extraReport is a --report FORMAT:FILE.
type extraReport struct {
	path  string
	write writeFunc
}

func parseReports(specs []string) ([]extraReport, error) {
	var out []extraReport
	for _, spec := range specs {
		format, path, ok := strings.Cut(spec, ":")
		if !ok || path == "" {
			return nil, fmt.Errorf("--report %q: want FORMAT:FILE, e.g. sarif:platlint.sarif", spec)
		}
		write, err := writerFor(format)
		if err != nil {
			return nil, fmt.Errorf("--report %q: %w", spec, err)
		}
		out = append(out, extraReport{path: path, write: write})
	}
	return out, nil
}

// writeFile writes one report to path, buffered.
func writeFile(path string, write writeFunc, rep *model.Report, opts writeOptions) error {
	file, err := os.Create(path)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(file)
	err = write(bw, rep, opts)
	if err == nil {
		err = bw.Flush()
	}
	if cerr := file.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

type writeOptions struct {
	color, quiet, showSuppressed bool
}

type writeFunc func(w io.Writer, rep *model.Report, o writeOptions) error

func writerFor(format string) (writeFunc, error) {
	switch format {
	case "text":
		return func(w io.Writer, rep *model.Report, o writeOptions) error {
			return text.Write(w, rep, text.Options{Color: o.color, Quiet: o.quiet, ShowSuppressed: o.showSuppressed})
		}, nil
	case "json":
		return func(w io.Writer, rep *model.Report, _ writeOptions) error {
			return json.Write(w, rep, json.Options{})
		}, nil
	case "sarif":
		return func(w io.Writer, rep *model.Report, _ writeOptions) error {
			return sarif.Write(w, rep, sarif.Options{})
		}, nil
	case "github":
		return func(w io.Writer, rep *model.Report, _ writeOptions) error {
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
