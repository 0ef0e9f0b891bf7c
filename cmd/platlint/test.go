package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/platlint/platlint/internal/config"
	"github.com/platlint/platlint/internal/engine"
	"github.com/platlint/platlint/internal/regotest"
	"github.com/spf13/cobra"
)

// errTestsFailed makes `platlint test` exit 1 after OPA's report.
var errTestsFailed = fmt.Errorf("%w: tests failed", errFindings)

func newTestCmd() *cobra.Command {
	var verbose, coverage bool
	var data []string
	var run string
	var timeout time.Duration
	cmd := &cobra.Command{
		Use:   "test [PATH...]",
		Short: "Run the Rego unit tests of custom policies (like opa test)",
		Long: `Run the test_ rules of the *_test.rego files under each PATH (default ".")
with OPA's tester. The bundled helper library (data.platlint.lib) is loaded
too, so custom policies can import it. The policies' METADATA is checked as
a scan would. Exit status 1 when a test fails, 2 on a load or compile error.`,
		Args: cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				args = []string{"."}
			}
			custom, err := engine.LoadPaths(args, true)
			if err != nil {
				return err
			}
			bundled, err := loadModules(nil, false)
			if err != nil {
				return err
			}
			// A policy with broken METADATA would pass its tests and then
			// fail every scan; catch it here.
			var policies []engine.Module
			for _, m := range custom {
				if !engine.IsTestFile(m.Name) {
					policies = append(policies, m)
				}
			}
			if _, err := engine.New(cmd.Context(), engine.Options{Modules: append(append([]engine.Module{}, bundled...), policies...)}); err != nil {
				return err
			}
			values, err := config.LoadData(data)
			if err != nil {
				return err
			}
			sum, err := regotest.Run(cmd.Context(), append(bundled, custom...), regotest.Options{
				Verbose: verbose, Coverage: coverage, Data: values, Timeout: timeout, Run: run,
			}, cmd.OutOrStdout())
			if err != nil {
				return err
			}
			if sum.Passed+sum.Failed+sum.Errored == 0 {
				return errors.New("no tests found (test rules are named test_* in *_test.rego files)")
			}
			if !sum.OK() {
				return errTestsFailed
			}
			return nil
		},
	}
	cmd.Flags().BoolVarP(&verbose, "verbose", "v", false, "print every test's result")
	cmd.Flags().BoolVar(&coverage, "coverage", false, "print the share of policy lines the tests evaluated")
	cmd.Flags().StringArrayVar(&data, "data", nil, "JSON or YAML file exposed under data (repeatable)")
	cmd.Flags().StringVarP(&run, "run", "r", "", "run only tests whose name matches this regular expression")
	cmd.Flags().DurationVar(&timeout, "timeout", 30*time.Second, "time limit for each test")
	return cmd
}
