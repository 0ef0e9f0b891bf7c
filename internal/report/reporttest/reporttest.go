// Package reporttest provides the fixed report that every report writer is
// tested against, and golden-file comparison for their output. Sharing one
// fixture keeps the formats honest with each other: a case covered in one
// writer's golden file is covered in all of them.
package reporttest

import (
	"path/filepath"
	"testing"

	"github.com/platlint/platlint/internal/goldentest"
	"github.com/platlint/platlint/internal/model"
)

// Report returns a new, sorted report that exercises every feature a writer
// has to handle: several files and input kinds, all four severities, an
// advisory finding, inline and external suppressions, a parse error with a
// multi-line message, an evaluation error, a finding without a snippet, a
// custom rule without references or remediation, a path with a space, and
// text that needs escaping (%, :, ",", newline, <, &). Each call returns a
// fresh copy, so a test may modify it.
func Report() *model.Report {
	rep := &model.Report{
		Root:         "/src/demo",
		Version:      "1.4.0",
		FilesScanned: 5,
		Rules: []model.Rule{
			{
				ID:          "PL-TF-001",
				Title:       "S3 bucket made public by ACL",
				Severity:    model.SeverityHigh,
				Description: "A canned ACL of public-read or public-read-write lets anyone on the internet list or read the bucket.",
				Rationale:   "Public buckets are the most common cause of cloud data leaks.",
				Remediation: "Set the ACL to private and grant access with a bucket policy scoped to named principals.",
				References: []string{
					"https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html#canned-acl",
					"https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html",
				},
				Input:     model.KindTerraform,
				Resources: []string{"aws_s3_bucket_acl"},
				Tags:      []string{"aws", "s3"},
				Package:   "platlint.terraform.s3_public_acl",
			},
			{
				ID:          "PL-TF-002",
				Title:       "Security group open to the world",
				Severity:    model.SeverityCritical,
				Description: "An ingress rule allows traffic from 0.0.0.0/0 or ::/0 to an administrative port.",
				Remediation: "Restrict cidr_blocks to the networks that need access, or reach the host through a bastion or SSM.",
				References:  []string{"https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html"},
				Input:       model.KindTerraform,
				Resources:   []string{"aws_security_group"},
				Tags:        []string{"aws", "network", "security"},
				Package:     "platlint.terraform.sg_open_admin_port",
			},
			{
				ID:          "PL-K8S-001",
				Title:       "Privileged container",
				Severity:    model.SeverityCritical,
				Description: "A privileged container has every capability of the host and can escape to the node.",
				Remediation: "Remove securityContext.privileged or set it to false.",
				References:  []string{"https://kubernetes.io/docs/concepts/security/pod-security-standards/"},
				Input:       model.KindKubernetes,
				Resources:   []string{"Pod", "Deployment"},
				Package:     "platlint.kubernetes.privileged",
			},
			{
				ID:          "PL-K8S-002",
				Title:       "Container without memory limit",
				Severity:    model.SeverityMedium,
				Description: "A container without resources.limits.memory can exhaust the memory of its node.",
				Remediation: "Set resources.limits.memory on every container.",
				Input:       model.KindKubernetes,
				Tags:        []string{"kubernetes", "reliability"},
				Package:     "platlint.kubernetes.memory_limit",
			},
			{
				ID:          "PL-DF-001",
				Title:       "Container runs as root",
				Severity:    model.SeverityHigh,
				Description: "The final stage has no USER instruction, so the container runs as root.",
				Remediation: "Add a USER instruction with a non-root user to the final stage.",
				References:  []string{"https://docs.docker.com/build/building/best-practices/#user"},
				Input:       model.KindDockerfile,
				Package:     "platlint.dockerfile.root_user",
			},
			{
				ID:          "PL-DF-002",
				Title:       "Base image pinned to latest",
				Severity:    model.SeverityLow,
				Description: "The latest tag moves, so builds are not reproducible.",
				Remediation: "Pin the base image to a version tag or, better, a digest.",
				Input:       model.KindDockerfile,
				Package:     "platlint.dockerfile.latest_tag",
			},
			{
				// A custom rule as a team would write it: no references, no
				// remediation, and tags that repeat what the writer adds.
				ID:          "ACME-001",
				Title:       "Resources carry an owner tag",
				Severity:    model.SeverityLow,
				Description: "Every taggable resource has an owner tag, so that on-call knows whom to page.",
				Input:       model.KindTerraform,
				Tags:        []string{"terraform", "acme", "acme"},
				Package:     "acme.owner_tag",
				Custom:      true,
			},
		},
		Findings: []model.Finding{
			{
				RuleID: "PL-DF-002", Severity: model.SeverityLow, Advisory: true,
				Message:   "base image node:latest is pinned to latest",
				File:      "Dockerfile",
				StartLine: 1, EndLine: 1, StartCol: 6, EndCol: 17,
				Resource:    "stage 0 (line 1)",
				Snippet:     "FROM node:latest",
				Fingerprint: "6a1f0c2d9b3e4f5a",
			},
			{
				// A finding about a whole stage: no snippet, no columns.
				RuleID: "PL-DF-001", Severity: model.SeverityHigh,
				Message:   "final stage runs as root",
				File:      "Dockerfile",
				StartLine: 9, EndLine: 14,
				Resource:    "final stage (line 9)",
				Fingerprint: "0b7e2a91c4d35f68",
			},
			{
				RuleID: "parse-error", Severity: model.SeverityHigh,
				Message:   "yaml: line 4: did not find expected key\nwhile parsing a block mapping",
				File:      "k8s/broken.yaml",
				StartLine: 4, EndLine: 4, StartCol: 3, EndCol: 3,
				Snippet:     `  image: "nginx`,
				Fingerprint: "f3d2c1b0a9876543",
			},
			{
				RuleID: "PL-K8S-001", Severity: model.SeverityCritical,
				Message:   `Deployment prod/web container "api" is privileged`,
				File:      "k8s/deploy.yaml",
				StartLine: 21, EndLine: 21, StartCol: 13, EndCol: 29,
				Resource:    `Deployment prod/web container "api"`,
				Snippet:     "            privileged: true",
				Fingerprint: "9c8b7a6f5e4d3c2b",
			},
			{
				RuleID: "PL-K8S-002", Severity: model.SeverityMedium,
				Message:   `Deployment prod/web container "api" has no memory limit`,
				File:      "k8s/deploy.yaml",
				StartLine: 24, EndLine: 26, StartCol: 11, EndCol: 25,
				Resource:    `Deployment prod/web container "api"`,
				Snippet:     "          resources:",
				Fingerprint: "1a2b3c4d5e6f7a8b",
				Suppression: &model.Suppression{
					Kind:          "inSource",
					Justification: "limits come from the namespace LimitRange",
					File:          "k8s/deploy.yaml",
					Line:          23,
				},
			},
			{
				RuleID: "ACME-001", Severity: model.SeverityLow,
				Message:   "aws_vpc.main has no owner tag",
				File:      "terraform/env prod/main.tf",
				StartLine: 3, EndLine: 7, StartCol: 1, EndCol: 2,
				Resource:    "aws_vpc.main",
				Snippet:     `resource "aws_vpc" "main" {`,
				Fingerprint: "77aa88bb99cc00dd",
			},
			{
				RuleID: "PL-TF-001", Severity: model.SeverityHigh,
				Message:   `aws_s3_bucket_acl.logs makes bucket "logs" public: acl = "public-read"`,
				File:      "terraform/main.tf",
				StartLine: 12, EndLine: 12, StartCol: 3, EndCol: 25,
				Resource:    "aws_s3_bucket_acl.logs",
				Snippet:     `  acl    = "public-read"`,
				Fingerprint: "d4e5f6a7b8c9d0e1",
			},
			{
				RuleID: "PL-TF-002", Severity: model.SeverityCritical,
				Message:   "aws_security_group.admin: port 22 open to 0.0.0.0/0, 100% of the internet <&> more",
				File:      "terraform/main.tf",
				StartLine: 30, EndLine: 36, StartCol: 3, EndCol: 4,
				Resource:    "aws_security_group.admin",
				Snippet:     "  ingress {",
				Fingerprint: "e1f2a3b4c5d6e7f8",
			},
			{
				RuleID: "ACME-001", Severity: model.SeverityLow,
				Message:   "aws_instance.app has no owner tag",
				File:      "terraform/main.tf",
				StartLine: 40, EndLine: 52, StartCol: 1, EndCol: 2,
				Resource:    "aws_instance.app",
				Snippet:     `resource "aws_instance" "app" {`,
				Fingerprint: "5f4e3d2c1b0a9f8e",
				Suppression: &model.Suppression{Kind: "external", Justification: "accepted in .platlint-baseline.json"},
			},
		},
		Errors: []model.EvalError{
			{RuleID: "ACME-001", File: "terraform", Message: "acme/owner_tag.rego:14: eval_conflict_error: complete rules must not produce multiple outputs"},
		},
	}
	rep.Sort()
	return rep
}

// Empty returns a report of a clean scan: rules, scanned files, nothing else.
func Empty() *model.Report {
	rep := Report()
	rep.Findings = nil
	rep.Errors = nil
	return rep
}

// Golden compares got with testdata/name, or rewrites that file when the
// test runs with -update.
func Golden(t testing.TB, name string, got []byte) {
	t.Helper()
	goldentest.Check(t, filepath.Join("testdata", name), got)
}
