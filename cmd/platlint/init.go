package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"
)

const initConfig = `# platlint configuration. Flags given on the command line override it.
# Reference: docs/custom-policies.md and docs/policies.md.

# Custom Rego policies (files or directories), loaded beside the bundled ones.
policies:
  - .platlint/policies

# JSON or YAML files exposed to policies under data.
# data:
#   - .platlint/data.yaml

# Lowest severity that fails a run: low, medium, high or critical.
fail-on: low

# Default report format: text, json, sarif or github.
# format: text

# Rules that are not evaluated at all.
# disable:
#   - PL-DF-016

# Severity overrides, by rule id.
# severity:
#   PL-K8S-001: low

# Paths that are not scanned (globs, ** for any depth, relative to the scan root).
exclude:
  - "**/testdata/**"

# Rules silenced under some paths, with a reason reviewers see.
# ignore:
#   - paths: ["legacy/**"]
#     rules: [PL-TF-001]
#     reason: Migrating off public buckets in PLAT-123.
`

const initPolicy = `# METADATA
# title: Workloads carry an owner label
# description: >-
#   Every workload must say which team owns it, so alerts and costs reach
#   the right people.
# custom:
#   id: ACME-K8S-001
#   severity: medium
#   input: kubernetes
#   remediation: Add metadata.labels.owner with the owning team's name.
package acme.owner_label

workload_kinds := {"Deployment", "StatefulSet", "DaemonSet", "CronJob", "Job"}

deny contains {"msg": msg, "path": ["metadata"]} if {
	input.kind in workload_kinds
	not input.metadata.labels.owner
	msg := sprintf("%s %s has no owner label", [input.kind, input.metadata.name])
}
`

const initPolicyTest = `package acme.owner_label_test

import data.acme.owner_label

test_missing_owner_is_denied if {
	count(owner_label.deny) == 1 with input as {"kind": "Deployment", "metadata": {"name": "web"}}
}

test_owner_label_is_fine if {
	count(owner_label.deny) == 0 with input as {"kind": "Deployment", "metadata": {"name": "web", "labels": {"owner": "payments"}}}
}

test_other_kinds_are_ignored if {
	count(owner_label.deny) == 0 with input as {"kind": "ConfigMap", "metadata": {"name": "settings"}}
}
`

func newInitCmd() *cobra.Command {
	var force bool
	cmd := &cobra.Command{
		Use:   "init [DIR]",
		Short: "Write a commented .platlint.yaml and a sample custom policy with its test",
		Args:  cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			dir := "."
			if len(args) == 1 {
				dir = args[0]
			}
			files := []struct{ path, content string }{
				{filepath.Join(dir, ".platlint.yaml"), initConfig},
				{filepath.Join(dir, ".platlint", "policies", "owner_label.rego"), initPolicy},
				{filepath.Join(dir, ".platlint", "policies", "owner_label_test.rego"), initPolicyTest},
			}
			if !force {
				for _, f := range files {
					if _, err := os.Stat(f.path); err == nil {
						return fmt.Errorf("%s exists; use --force to overwrite", f.path)
					} else if !errors.Is(err, fs.ErrNotExist) {
						return err
					}
				}
			}
			for _, f := range files {
				if err := os.MkdirAll(filepath.Dir(f.path), 0o755); err != nil {
					return err
				}
				if err := os.WriteFile(f.path, []byte(f.content), 0o644); err != nil {
					return err
				}
				fmt.Fprintf(cmd.OutOrStdout(), "wrote %s\n", f.path)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "next: platlint test %s && platlint %s\n",
				filepath.Join(dir, ".platlint", "policies"), dir)
			return nil
		},
	}
	cmd.Flags().BoolVar(&force, "force", false, "overwrite existing files")
	return cmd
}
