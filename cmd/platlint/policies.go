package main

import (
	"fmt"

	"github.com/platlint/platlint/internal/engine"
	"github.com/platlint/platlint/internal/ruledoc"
	"github.com/platlint/platlint/policies"
	"github.com/spf13/cobra"
)

// loadModules returns the bundled policies, parsed, and those under the
// custom paths, with or without their _test.rego files: what the Rego
// tester needs.
func loadModules(custom []string, withTests bool) ([]engine.Module, error) {
	mods, err := engine.LoadFS(policies.FS, ".", policies.Prefix, withTests)
	if err != nil {
		return nil, fmt.Errorf("bundled policies: %w", err)
	}
	return addCustom(mods, custom, withTests)
}

// openModules is loadModules for scans: bundled policies are parsed only
// when a scan meets their input kind.
func openModules(custom []string) ([]engine.Module, error) {
	mods, err := engine.OpenFS(policies.FS, ".", policies.Prefix)
	if err != nil {
		return nil, fmt.Errorf("bundled policies: %w", err)
	}
	return addCustom(mods, custom, false)
}

func addCustom(mods []engine.Module, custom []string, withTests bool) ([]engine.Module, error) {
	if len(custom) > 0 {
		more, err := engine.LoadPaths(custom, withTests)
		if err != nil {
			return nil, err
		}
		mods = append(mods, more...)
	}
	return mods, nil
}

func newPoliciesCmd() *cobra.Command {
	var format string
	var custom []string
	cmd := &cobra.Command{
		Use:   "policies",
		Short: "List every loaded rule (id, severity, title)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			mods, err := openModules(custom)
			if err != nil {
				return err
			}
			if format == "catalog" {
				// The generated catalog is written from the policies
				// themselves, never from the catalog it replaces.
				return engine.WriteCatalog(cmd.OutOrStdout(), mods)
			}
			eng, err := engine.New(cmd.Context(), engine.Options{Modules: mods})
			if err != nil {
				return err
			}
			// Listing is not latency-critical: compile everything so that
			// a broken policy is caught here too.
			if err := eng.Prepare(cmd.Context(), eng.Kinds()...); err != nil {
				return err
			}
			w := cmd.OutOrStdout()
			switch format {
			case "text":
				return ruledoc.WriteText(w, eng.Rules())
			case "json":
				return ruledoc.WriteJSON(w, eng.Rules())
			case "markdown":
				return ruledoc.WriteMarkdown(w, eng.Rules())
			}
			return fmt.Errorf("unknown --format %q (want text, json or markdown)", format)
		},
	}
	cmd.Flags().StringVar(&format, "format", "text", "output format: text, json or markdown (catalog: the generated policies/catalog.json)")
	cmd.Flags().StringArrayVar(&custom, "policy", nil, "extra Rego policy file or directory (repeatable)")
	return cmd
}
