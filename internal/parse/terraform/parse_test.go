package terraform

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/platlint/platlint/internal/model"
)

// lines is the expected start and end line of a span.
type lines struct{ start, end int }

func TestParseInput(t *testing.T) {
	tests := []struct {
		name string
		src  string
		// values maps pointers into Input to their expected values.
		values map[string]any
		// absent lists pointers that must not resolve in Input.
		absent []string
		// spans maps pointers to the lines their span must cover.
		spans map[string]lines
		// noSpans lists pointers that must have no span.
		noSpans []string
	}{
		{
			name: "literals",
			src: `resource "aws_s3_bucket" "logs" {
  bucket        = "logs"
  force_destroy = true
  count         = 2
  ratio         = 0.25
  big           = 12345678901234567890123
  nothing       = null
  sum           = 1 + 2
  negative      = -3
  large         = 1e100
  tiny          = 0.0000000001
  beyond_float  = 1e400
}
`,
			values: map[string]any{
				"/resource/aws_s3_bucket/logs/bucket":        "logs",
				"/resource/aws_s3_bucket/logs/force_destroy": true,
				"/resource/aws_s3_bucket/logs/count":         json.Number("2"),
				"/resource/aws_s3_bucket/logs/ratio":         json.Number("0.25"),
				"/resource/aws_s3_bucket/logs/big":           json.Number("12345678901234567890123"),
				"/resource/aws_s3_bucket/logs/nothing":       nil,
				"/resource/aws_s3_bucket/logs/sum":           json.Number("3"),
				"/resource/aws_s3_bucket/logs/negative":      json.Number("-3"),
				"/resource/aws_s3_bucket/logs/large":         json.Number("1e+100"),
				"/resource/aws_s3_bucket/logs/tiny":          json.Number("1e-10"),
				"/resource/aws_s3_bucket/logs/beyond_float":  "${1e400}",
			},
			spans: map[string]lines{
				"":                                    {1, 1},
				"/resource/aws_s3_bucket/logs":        {1, 13},
				"/resource/aws_s3_bucket/logs/bucket": {2, 2},
				"/resource/aws_s3_bucket/logs/ratio":  {5, 5},
			},
			noSpans: []string{"/resource", "/resource/aws_s3_bucket"},
		},
		{
			name: "references",
			src: `resource "aws_s3_bucket_policy" "p" {
  bucket = aws_s3_bucket.logs.id
  name   = lower(var.name)
  mode   = var.prod ? "a" : "b"
  ips    = aws_instance.web[*].private_ip
  ids    = [for s in var.subnets : s.id]
  deps   = [aws_s3_bucket.logs]
  paren  = (var.x)
  index  = var.list[0]
}
`,
			values: map[string]any{
				"/resource/aws_s3_bucket_policy/p/bucket": "${aws_s3_bucket.logs.id}",
				"/resource/aws_s3_bucket_policy/p/name":   "${lower(var.name)}",
				"/resource/aws_s3_bucket_policy/p/mode":   `${var.prod ? "a" : "b"}`,
				"/resource/aws_s3_bucket_policy/p/ips":    "${aws_instance.web[*].private_ip}",
				"/resource/aws_s3_bucket_policy/p/ids":    "${[for s in var.subnets : s.id]}",
				"/resource/aws_s3_bucket_policy/p/deps":   []any{"${aws_s3_bucket.logs}"},
				"/resource/aws_s3_bucket_policy/p/paren":  "${var.x}",
				"/resource/aws_s3_bucket_policy/p/index":  "${var.list[0]}",
			},
			spans: map[string]lines{
				"/resource/aws_s3_bucket_policy/p/mode":   {4, 4},
				"/resource/aws_s3_bucket_policy/p/deps/0": {7, 7},
			},
		},
		{
			name: "partial object",
			src: `resource "aws_s3_bucket" "b" {
  tags = {
    Name          = var.name
    env           = "prod"
    "cost-center" = 42
  }
}
`,
			values: map[string]any{
				"/resource/aws_s3_bucket/b/tags": map[string]any{
					"Name":        "${var.name}",
					"env":         "prod",
					"cost-center": json.Number("42"),
				},
			},
			spans: map[string]lines{
				"/resource/aws_s3_bucket/b/tags":             {2, 6},
				"/resource/aws_s3_bucket/b/tags/Name":        {3, 3},
				"/resource/aws_s3_bucket/b/tags/env":         {4, 4},
				"/resource/aws_s3_bucket/b/tags/cost-center": {5, 5},
			},
		},
		{
			name: "object keys",
			src: `locals {
  m = {
    bare         = 1
    "quoted key" = 2
    "a/b"        = 3
    (var.k)      = 4
    10           = "ten"
    "${var.p}-x" = 5
    dup          = { first = true }
    dup          = "last"
  }
}
`,
			values: map[string]any{
				"/locals/m/bare":       json.Number("1"),
				"/locals/m/quoted key": json.Number("2"),
				"/locals/m/a~1b":       json.Number("3"),
				"/locals/m/(var.k)":    json.Number("4"),
				"/locals/m/10":         "ten",
				"/locals/m/${var.p}-x": json.Number("5"),
				"/locals/m/dup":        "last",
			},
			spans: map[string]lines{
				"/locals/m/a~1b": {5, 5},
				"/locals/m/dup":  {10, 10},
			},
			// The replaced value's spans go with it.
			noSpans: []string{"/locals/m/dup/first"},
		},
		{
			name: "templates",
			src: `locals {
  arn       = "arn:aws:s3:::${var.bucket}/*"
  escaped   = "say \"hi\" to ${var.who}\n"
  wrapped   = "${var.name}"
  number    = "${1 + 1}"
  mixed     = "${var.a}-${2}"
  directive = "%{if var.on}on%{else}off%{endif}"
  literal   = "no ${"interpolation"} left"
  heredoc   = <<-EOT
    name: ${var.name}
      indented
  EOT
}
`,
			values: map[string]any{
				"/locals/arn":       "arn:aws:s3:::${var.bucket}/*",
				"/locals/escaped":   "say \"hi\" to ${var.who}\n",
				"/locals/wrapped":   "${var.name}",
				"/locals/number":    json.Number("2"),
				"/locals/mixed":     "${var.a}-2",
				"/locals/directive": "%{if var.on}on%{else}off%{endif}",
				"/locals/literal":   "no interpolation left",
				"/locals/heredoc":   "name: ${var.name}\n  indented\n",
			},
			spans: map[string]lines{
				"/locals/heredoc": {9, 12},
			},
		},
		{
			name: "jsonencode",
			src: `resource "aws_s3_bucket_policy" "p" {
  bucket = aws_s3_bucket.b.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect    = "Deny"
        Principal = "*"
        Action    = ["s3:GetObject"]
        Resource  = "${aws_s3_bucket.b.arn}/*"
      },
    ]
  })
  other  = jsonencode(var.doc)
  scalar = jsonencode("x")
  number = jsonencode(1.5)
}
`,
			values: map[string]any{
				"/resource/aws_s3_bucket_policy/p/policy/Version":               "2012-10-17",
				"/resource/aws_s3_bucket_policy/p/policy/Statement/0/Principal": "*",
				"/resource/aws_s3_bucket_policy/p/policy/Statement/0/Action":    []any{"s3:GetObject"},
				"/resource/aws_s3_bucket_policy/p/policy/Statement/0/Resource":  "${aws_s3_bucket.b.arn}/*",
				"/resource/aws_s3_bucket_policy/p/other":                        "${jsonencode(var.doc)}",
				"/resource/aws_s3_bucket_policy/p/scalar":                       `"x"`,
				"/resource/aws_s3_bucket_policy/p/number":                       "1.5",
				"/resource/aws_s3_bucket_policy/p/policy/Statement/0/Action/0":  "s3:GetObject",
				"/resource/aws_s3_bucket_policy/p/policy/Statement/0/Effect":    "Deny",
			},
			spans: map[string]lines{
				"/resource/aws_s3_bucket_policy/p/policy":                       {3, 13},
				"/resource/aws_s3_bucket_policy/p/policy/Statement":             {5, 12},
				"/resource/aws_s3_bucket_policy/p/policy/Statement/0":           {6, 11},
				"/resource/aws_s3_bucket_policy/p/policy/Statement/0/Principal": {8, 8},
				"/resource/aws_s3_bucket_policy/p/policy/Statement/0/Action/0":  {9, 9},
			},
		},
		{
			name: "heredoc JSON",
			src: `resource "aws_iam_policy" "p" {
  policy = <<EOF
{
  "Version": "2012-10-17",
  "Statement": [
    {"Effect": "Allow", "Action": "*", "Resource": "${var.arn}", "Weight": 1.50}
  ]
}
EOF
}
`,
			values: map[string]any{
				"/resource/aws_iam_policy/p/policy/Version":              "2012-10-17",
				"/resource/aws_iam_policy/p/policy/Statement/0/Action":   "*",
				"/resource/aws_iam_policy/p/policy/Statement/0/Resource": "${var.arn}",
				"/resource/aws_iam_policy/p/policy/Statement/0/Weight":   json.Number("1.50"),
			},
			spans: map[string]lines{
				"/resource/aws_iam_policy/p/policy": {2, 9},
			},
			noSpans: []string{
				"/resource/aws_iam_policy/p/policy/Statement",
				"/resource/aws_iam_policy/p/policy/Statement/0/Action",
			},
		},
		{
			name: "quoted JSON",
			src: `locals {
  policy   = "{\"Version\":\"2012-10-17\",\"Statement\":[]}"
  list     = " [1, \"two\"] "
  not_json = "[not json"
  trailing = "{} {}"
  scalar   = "42"
}
`,
			values: map[string]any{
				"/locals/policy":   map[string]any{"Version": "2012-10-17", "Statement": []any{}},
				"/locals/list":     []any{json.Number("1"), "two"},
				"/locals/not_json": "[not json",
				"/locals/trailing": "{} {}",
				"/locals/scalar":   "42",
			},
		},
		{
			name: "nested blocks",
			src: `resource "aws_security_group" "sg" {
  versioning {
    enabled = true
  }
  rule {
    id = "a"
  }
  rule {
    id = "b"
  }
  dynamic "ingress" {
    for_each = var.ports
    content {
      from_port = ingress.value
    }
  }
  setting "one" "two" {
    x = 1
  }
}
`,
			values: map[string]any{
				"/resource/aws_security_group/sg/versioning":                          []any{map[string]any{"enabled": true}},
				"/resource/aws_security_group/sg/rule/1/id":                           "b",
				"/resource/aws_security_group/sg/dynamic/ingress/for_each":            "${var.ports}",
				"/resource/aws_security_group/sg/dynamic/ingress/content/0/from_port": "${ingress.value}",
				"/resource/aws_security_group/sg/setting/one/two/x":                   json.Number("1"),
			},
			absent: []string{"/resource/aws_security_group/sg/rule/2"},
			spans: map[string]lines{
				"/resource/aws_security_group/sg/versioning/0":              {2, 4},
				"/resource/aws_security_group/sg/rule/1":                    {8, 10},
				"/resource/aws_security_group/sg/rule/1/id":                 {9, 9},
				"/resource/aws_security_group/sg/dynamic/ingress":           {11, 16},
				"/resource/aws_security_group/sg/dynamic/ingress/content/0": {13, 15},
				"/resource/aws_security_group/sg/setting/one/two":           {17, 19},
			},
		},
		{
			name: "provider list",
			src: `provider "aws" {
  region = "us-east-1"
}

provider "aws" {
  alias  = "eu"
  region = "eu-west-1"
}

provider "google" {}
`,
			values: map[string]any{
				"/provider/aws/0/region": "us-east-1",
				"/provider/aws/1/alias":  "eu",
				"/provider/google":       []any{map[string]any{}},
			},
			spans: map[string]lines{
				"/provider/aws/0":        {1, 3},
				"/provider/aws/1":        {5, 8},
				"/provider/aws/1/region": {7, 7},
				"/provider/google/0":     {10, 10},
			},
		},
		{
			name: "locals merge",
			src: `locals {
  a = 1
}

locals {
  b = var.x
  a = 2
}
`,
			values: map[string]any{
				"/locals": map[string]any{"a": json.Number("1"), "b": "${var.x}"},
			},
			spans: map[string]lines{
				"/locals/a": {2, 2},
				"/locals/b": {6, 6},
			},
		},
		{
			name: "terraform and backend",
			src: `terraform {
  required_version = ">= 1.5"

  backend "s3" {
    bucket  = "state"
    encrypt = true
  }

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}
`,
			values: map[string]any{
				"/terraform/0/required_version":                ">= 1.5",
				"/terraform/0/backend/s3/bucket":               "state",
				"/terraform/0/backend/s3/encrypt":              true,
				"/terraform/0/required_providers/0/aws/source": "hashicorp/aws",
			},
			spans: map[string]lines{
				"/terraform/0":                                 {1, 15},
				"/terraform/0/backend/s3":                      {4, 7},
				"/terraform/0/backend/s3/encrypt":              {6, 6},
				"/terraform/0/required_providers/0/aws/source": {11, 11},
			},
		},
		{
			name: "module variable output data",
			src: `variable "name" {
  type    = string
  default = "x"

  validation {
    condition     = length(var.name) > 0
    error_message = "Empty."
  }
}

data "aws_iam_policy_document" "d" {
  statement {
    actions = ["s3:*"]
  }
}

module "m" {
  source = "./m"
}

output "o" {
  value     = module.m.id
  sensitive = true
}
`,
			values: map[string]any{
				"/variable/name/type":                                 "${string}",
				"/variable/name/validation/0/condition":               "${length(var.name) > 0}",
				"/data/aws_iam_policy_document/d/statement/0/actions": []any{"s3:*"},
				"/module/m/source":                                    "./m",
				"/output/o/value":                                     "${module.m.id}",
			},
			spans: map[string]lines{
				"/variable/name":                  {1, 9},
				"/data/aws_iam_policy_document/d": {11, 15},
				"/module/m":                       {17, 19},
				"/output/o/sensitive":             {23, 23},
			},
		},
		{
			name: "other top-level blocks",
			src: `moved {
  from = aws_instance.a
  to   = aws_instance.b
}

moved {
  from = aws_instance.c
  to   = aws_instance.d
}

check "health" {
  assert {
    condition = true
  }
}
`,
			values: map[string]any{
				"/moved/1/from":                    "${aws_instance.c}",
				"/check/health/assert/0/condition": true,
			},
			spans: map[string]lines{
				"/moved/1":      {6, 9},
				"/check/health": {11, 15},
			},
		},
		{
			name: "conflicts keep the first definition",
			src: `top = "not allowed"

resource "a" "x" {
  v        = 1
  metadata = { a = 1 }
  metadata {
    b = 2
  }
  setting "one" {
    value = 1
  }
  setting "one" "two" {
    value = 2
  }
}

resource "a" "x" {
  v = 2
}

resource "one_label" {}

locals "named" {
  z = 1
}
`,
			values: map[string]any{
				"/resource/a/x/v":                 json.Number("1"),
				"/resource/a/x/metadata":          map[string]any{"a": json.Number("1")},
				"/resource/a/x/setting/one":       map[string]any{"value": json.Number("1")},
				"/resource/a/x/setting/one/value": json.Number("1"),
			},
			absent: []string{"/top", "/resource/one_label", "/locals", "/resource/a/x/setting/one/two"},
			spans: map[string]lines{
				"/resource/a/x":   {3, 15},
				"/resource/a/x/v": {4, 4},
			},
			noSpans: []string{"/resource/a/x/metadata/0"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := mustParse(t, tt.src)
			for p, want := range tt.values {
				got, ok := model.Resolve(doc.Input, p)
				if !ok {
					t.Errorf("%s: missing from Input", p)
					continue
				}
				if !reflect.DeepEqual(got, want) {
					t.Errorf("%s = %#v, want %#v", p, got, want)
				}
			}
			for _, p := range tt.absent {
				if got, ok := model.Resolve(doc.Input, p); ok {
					t.Errorf("%s = %#v, want absent", p, got)
				}
			}
			for p, want := range tt.spans {
				r, ok := doc.Spans[p]
				if !ok {
					t.Errorf("span %q missing", p)
					continue
				}
				if r.File != "main.tf" || r.Start.Line != want.start || r.End.Line != want.end {
					t.Errorf("span %q = %s:%d-%d, want main.tf:%d-%d", p, r.File, r.Start.Line, r.End.Line, want.start, want.end)
				}
			}
			for _, p := range tt.noSpans {
				if r, ok := doc.Spans[p]; ok {
					t.Errorf("span %q = %+v, want none", p, r)
				}
			}
		})
	}
}

// TestParseColumns pins exact columns for the cases policies rely on most:
// a block (type keyword to closing brace), an attribute and an object item
// inside jsonencode (key start to value end).
func TestParseColumns(t *testing.T) {
	src := `resource "aws_s3_bucket_policy" "p" {
  policy = jsonencode({ Statement = [{ Principal = "*" }] })
}
`
	doc := mustParse(t, src)
	want := map[string]model.Range{
		"/resource/aws_s3_bucket_policy/p":                              {File: "main.tf", Start: model.Pos{Line: 1, Col: 1}, End: model.Pos{Line: 3, Col: 2}},
		"/resource/aws_s3_bucket_policy/p/policy":                       {File: "main.tf", Start: model.Pos{Line: 2, Col: 3}, End: model.Pos{Line: 2, Col: 61}},
		"/resource/aws_s3_bucket_policy/p/policy/Statement/0/Principal": {File: "main.tf", Start: model.Pos{Line: 2, Col: 40}, End: model.Pos{Line: 2, Col: 55}},
	}
	for p, w := range want {
		if got := doc.Spans[p]; got != w {
			t.Errorf("span %q = %+v, want %+v", p, got, w)
		}
	}
}

func TestParseDocument(t *testing.T) {
	doc, errs := Parse("modules/x", []model.Source{{Path: "modules/x/main.tf", Data: []byte("locals {}\n")}})
	if len(errs) != 0 {
		t.Fatalf("errors: %v", errs)
	}
	if doc.Kind != model.KindTerraform || doc.Path != "modules/x" || doc.Index != 0 {
		t.Errorf("document = %s %q %d, want terraform \"modules/x\" 0", doc.Kind, doc.Path, doc.Index)
	}
	if !reflect.DeepEqual(doc.Input, map[string]any{"locals": map[string]any{}}) {
		t.Errorf("Input = %#v", doc.Input)
	}
	want := model.Range{File: "modules/x/main.tf", Start: model.Pos{Line: 1, Col: 1}, End: model.Pos{Line: 1, Col: 1}}
	if doc.Spans[""] != want {
		t.Errorf(`span "" = %+v, want %+v`, doc.Spans[""], want)
	}
}

func TestParseMultipleFiles(t *testing.T) {
	files := []model.Source{
		{Path: "infra/main.tf", Data: []byte(`terraform {
  backend "s3" {}
}

locals {
  a = 1
}
`)},
		{Path: "infra/s3.tf", Data: []byte(`
locals {
  b = 2
}

resource "aws_s3_bucket" "logs" {
  bucket = "logs"
}
`)},
		{Path: "infra/ec2.tf", Data: []byte(`resource "aws_instance" "web" {
  ami = "ami-1"
}

resource "aws_s3_bucket" "data" {
  bucket = "data"
}
`)},
	}
	doc, errs := Parse("infra", files)
	if len(errs) != 0 {
		t.Fatalf("errors: %v", errs)
	}
	for _, p := range []string{
		"/terraform/0/backend/s3",
		"/locals/a",
		"/locals/b",
		"/resource/aws_s3_bucket/logs/bucket",
		"/resource/aws_s3_bucket/data/bucket",
		"/resource/aws_instance/web/ami",
	} {
		if _, ok := model.Resolve(doc.Input, p); !ok {
			t.Errorf("%s missing from Input", p)
		}
	}
	wantSpans := map[string]struct {
		file string
		line int
	}{
		"":                                    {"infra/main.tf", 1},
		"/locals/a":                           {"infra/main.tf", 6},
		"/locals/b":                           {"infra/s3.tf", 3},
		"/resource/aws_s3_bucket/logs":        {"infra/s3.tf", 6},
		"/resource/aws_s3_bucket/logs/bucket": {"infra/s3.tf", 7},
		"/resource/aws_s3_bucket/data":        {"infra/ec2.tf", 5},
		"/resource/aws_instance/web/ami":      {"infra/ec2.tf", 2},
	}
	for p, w := range wantSpans {
		r := doc.Spans[p]
		if r.File != w.file || r.Start.Line != w.line {
			t.Errorf("span %q = %s:%d, want %s:%d", p, r.File, r.Start.Line, w.file, w.line)
		}
	}
}

func TestParseErrors(t *testing.T) {
	broken := model.Source{Path: "m/a_broken.tf", Data: []byte(`resource "aws_s3_bucket" "bad" {
  bucket = "x"
  acl = = "private"
}
`)}
	good := model.Source{Path: "m/b_good.tf", Data: []byte(`resource "aws_s3_bucket" "good" {
  bucket = "y"
}
`)}

	t.Run("broken file left out", func(t *testing.T) {
		doc, errs := Parse("m", []model.Source{broken, good})
		if len(errs) != 1 {
			t.Fatalf("got %d errors %v, want 1", len(errs), errs)
		}
		e := errs[0]
		if e.Range.File != "m/a_broken.tf" || e.Range.Start.Line != 3 {
			t.Errorf("error at %s:%d, want m/a_broken.tf:3", e.Range.File, e.Range.Start.Line)
		}
		if !strings.HasPrefix(e.Message, "Invalid expression: ") {
			t.Errorf("message %q, want summary: detail", e.Message)
		}
		if doc == nil {
			t.Fatal("nil document although b_good.tf parsed")
		}
		if _, ok := model.Resolve(doc.Input, "/resource/aws_s3_bucket/good/bucket"); !ok {
			t.Error("resource of the good file missing")
		}
		if _, ok := model.Resolve(doc.Input, "/resource/aws_s3_bucket/bad"); ok {
			t.Error("resource of the broken file present")
		}
		if f := doc.Spans[""].File; f != "m/b_good.tf" {
			t.Errorf(`span "" in %s, want the first parsed file m/b_good.tf`, f)
		}
	})

	t.Run("every file broken", func(t *testing.T) {
		unclosed := model.Source{Path: "m/c.tf", Data: []byte("resource \"a\" \"b\" {\n  x = 1\n")}
		doc, errs := Parse("m", []model.Source{broken, unclosed})
		if doc != nil {
			t.Errorf("document = %+v, want nil", doc)
		}
		if len(errs) != 2 || errs[1].Range.File != "m/c.tf" {
			t.Errorf("errors = %v, want one per file", errs)
		}
		for _, e := range errs {
			if e.Range.Start.Line < 1 || e.Range.Start.Line > 5 {
				t.Errorf("error line %d outside the file", e.Range.Start.Line)
			}
		}
	})

	t.Run("no files", func(t *testing.T) {
		doc, errs := Parse(".", nil)
		if doc != nil || errs != nil {
			t.Errorf("Parse(nil) = %v, %v, want nil, nil", doc, errs)
		}
	})
}

// TestParsePanic checks that a parser panic on one file becomes a parse
// error on that file and leaves the other files in the document.
func TestParsePanic(t *testing.T) {
	orig := parseConfig
	t.Cleanup(func() { parseConfig = orig })
	parseConfig = func(src []byte, filename string, start hcl.Pos) (*hcl.File, hcl.Diagnostics) {
		if filename == "boom.tf" {
			panic("kaboom")
		}
		return orig(src, filename, start)
	}
	doc, errs := Parse(".", []model.Source{
		{Path: "boom.tf", Data: []byte("locals {}\n")},
		{Path: "ok.tf", Data: []byte("locals {\n  a = 1\n}\n")},
	})
	if len(errs) != 1 {
		t.Fatalf("errors = %v, want 1", errs)
	}
	e := errs[0]
	if e.Range.File != "boom.tf" || e.Range.Start.Line != 1 || !strings.Contains(e.Message, "kaboom") {
		t.Errorf("error = %v, want boom.tf:1 mentioning the panic", e)
	}
	if doc == nil {
		t.Fatal("nil document")
	}
	if _, ok := model.Resolve(doc.Input, "/locals/a"); !ok {
		t.Error("locals of ok.tf missing")
	}
}

// TestParseInputTypes checks the contract with OPA on every testdata file:
// Input holds only the types ast.InterfaceToValue converts directly.
func TestParseInputTypes(t *testing.T) {
	for _, src := range testdataSources(t) {
		doc, _ := Parse(".", []model.Source{src})
		if doc == nil {
			continue
		}
		if err := checkPlain(doc.Input); err != nil {
			t.Errorf("%s: %v", src.Path, err)
		}
	}
}

// TestParseDeterministic parses every testdata file repeatedly: attributes
// come from a map, and the golden files are only stable if nothing of that
// order leaks into Input, Spans or the choice among clashing definitions.
func TestParseDeterministic(t *testing.T) {
	srcs := testdataSources(t)
	first, firstErrs := Parse(".", srcs)
	for range 20 {
		doc, errs := Parse(".", srcs)
		if !reflect.DeepEqual(doc, first) || !reflect.DeepEqual(errs, firstErrs) {
			t.Fatal("parsing the same files twice gave different results")
		}
	}
}

func mustParse(t *testing.T, src string) *model.Document {
	t.Helper()
	doc, errs := Parse(".", []model.Source{{Path: "main.tf", Data: []byte(src)}})
	if len(errs) != 0 {
		t.Fatalf("parse errors: %v", errs)
	}
	if err := checkPlain(doc.Input); err != nil {
		t.Fatal(err)
	}
	return doc
}

// checkPlain reports a value below v of a type outside the Input contract,
// or a json.Number that is not valid JSON number text.
func checkPlain(v any) error {
	switch x := v.(type) {
	case nil, string, bool:
		return nil
	case json.Number:
		s := string(x)
		if s == "" || (s[0] != '-' && (s[0] < '0' || s[0] > '9')) || !json.Valid([]byte(s)) {
			return fmt.Errorf("invalid number %q", x)
		}
		return nil
	case []any:
		for _, e := range x {
			if err := checkPlain(e); err != nil {
				return err
			}
		}
		return nil
	case map[string]any:
		for _, e := range x {
			if err := checkPlain(e); err != nil {
				return err
			}
		}
		return nil
	}
	return fmt.Errorf("value %#v of type %T", v, v)
}
