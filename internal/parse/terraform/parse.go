// Package terraform turns the .tf files of one Terraform module directory
// into a single platlint document.
//
// The document's Input follows Terraform's JSON configuration syntax, the
// shape conftest's hcl2 parser also produces, because custom policies are
// written against it:
//
//	resource, data   {TYPE: {NAME: BODY}}
//	module, variable, output
//	                 {NAME: BODY}
//	provider         {NAME: [BODY, ...]}
//	locals           {NAME: VALUE}, merged over every locals block
//	terraform        [BODY, ...]
//
// Any other top-level block is nested by its labels like resource, or
// becomes a list of bodies when it has none. Inside a body an attribute maps
// to its value, an unlabeled nested block to a list of bodies in source order
// and a labeled nested block to maps keyed by its labels.
//
// Values are folded without an evaluation context: literals become plain
// values, object and tuple constructors are folded item by item, and
// anything that needs context (references, function calls, conditionals on
// variables...) becomes "${" + its source text + "}", as Terraform's JSON
// syntax writes it. Strings holding a JSON object or array are decoded, so
// IAM policies written as heredocs can be inspected like jsonencode ones.
//
// Spans map JSON pointers into Input to the source ranges of blocks,
// attributes, object items and tuple elements.
package terraform

import (
	"bytes"
	"fmt"
	"slices"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"

	"github.com/platlint/platlint/internal/model"
)

// internalErrorPrefix starts the message of a ParseError that stands for a
// panic inside the parser. Tests look for it to tell bugs from bad input.
const internalErrorPrefix = "internal error reading Terraform"

// parseConfig is hclsyntax.ParseConfig; tests replace it to exercise the
// recovery from a parser panic.
var parseConfig = hclsyntax.ParseConfig

// labelCounts is the number of labels Terraform requires on the top-level
// blocks whose Input shape is part of the contract. A block with another
// count is invalid Terraform and would break that shape (a one-label
// resource would sit where policies expect a map of names), so it is left
// out.
var labelCounts = map[string]int{
	"resource":  2,
	"data":      2,
	"module":    1,
	"variable":  1,
	"output":    1,
	"provider":  1,
	"locals":    0,
	"terraform": 0,
}

// Parse parses the .tf files of one module directory into one document.
//
// dir is the module directory relative to the scan root, slash-separated,
// "." for the root; files are its .tf files with paths relative to the scan
// root, in the order their blocks should be merged. A file with syntax
// errors is left out of the document and yields one ParseError per error;
// the remaining files still form the document. The document is nil only
// when no file parsed.
//
// Where Terraform itself would reject a configuration, Parse keeps the
// first definition: a repeated resource, module, variable or output, a
// repeated local, or a nested block whose name is already taken by an
// attribute of a different shape. Top-level attributes and top-level blocks
// with the wrong number of labels are ignored.
func Parse(dir string, files []model.Source) (doc *model.Document, errs []model.ParseError) {
	current := dir
	defer func() {
		// The merge below is our own code, but the input is arbitrary: if it
		// ever panics, the scan must go on with this module reported as
		// unparsable rather than crash. The half-built Input is not trusted.
		if r := recover(); r != nil {
			doc = nil
			errs = append(errs, panicError(current, r))
		}
	}()

	m := &merger{root: body{}, spans: map[string]model.Range{}}
	first := ""
	parsed := 0
	for _, src := range files {
		current = src.Path
		hb, fileErrs := parseFile(src)
		if len(fileErrs) > 0 {
			errs = append(errs, fileErrs...)
			continue
		}
		if parsed == 0 {
			first = src.Path
		}
		parsed++
		m.addFile(&file{path: src.Path, src: src.Data, spans: m.spans}, hb)
	}
	if parsed == 0 {
		return nil, errs
	}
	m.spans[""] = model.Range{File: first, Start: model.Pos{Line: 1, Col: 1}, End: model.Pos{Line: 1, Col: 1}}
	return &model.Document{
		Kind:  model.KindTerraform,
		Path:  dir,
		Index: 0,
		Input: finalize(m.root).(map[string]any),
		Spans: m.spans,
	}, errs
}

// parseFile parses one file. It recovers from a panic in the HCL parser by
// itself, so that one file the parser chokes on does not take the rest of
// the module with it: nothing has been merged yet when the parser runs.
func parseFile(src model.Source) (hb *hclsyntax.Body, errs []model.ParseError) {
	defer func() {
		if r := recover(); r != nil {
			hb = nil
			errs = []model.ParseError{panicError(src.Path, r)}
		}
	}()
	f, diags := parseConfig(src.Data, src.Path, hcl.InitialPos)
	if diags.HasErrors() {
		maxLine := bytes.Count(src.Data, []byte{'\n'}) + 1
		for _, d := range diags {
			if d.Severity == hcl.DiagError {
				errs = append(errs, diagError(src.Path, maxLine, d))
			}
		}
		return nil, errs
	}
	if f == nil {
		return nil, []model.ParseError{lineOneError(src.Path, "file could not be parsed")}
	}
	hb, ok := f.Body.(*hclsyntax.Body)
	if !ok {
		return nil, []model.ParseError{lineOneError(src.Path, "file is not in HCL native syntax")}
	}
	return hb, nil
}

// diagError converts an error diagnostic. The range is clamped into the
// file because a parse error is reported at its lines, and a diagnostic
// about a missing token at the very end could otherwise point past it.
func diagError(path string, maxLine int, d *hcl.Diagnostic) model.ParseError {
	msg := d.Summary
	if d.Detail != "" {
		msg += ": " + d.Detail
	}
	e := lineOneError(path, strings.TrimSpace(msg))
	if d.Subject != nil {
		e.Range.Start = clampPos(d.Subject.Start, maxLine)
		e.Range.End = clampPos(d.Subject.End, maxLine)
	}
	return e
}

func clampPos(p hcl.Pos, maxLine int) model.Pos {
	return model.Pos{Line: min(max(p.Line, 1), maxLine), Col: max(p.Column, 1)}
}

func lineOneError(path, msg string) model.ParseError {
	return model.ParseError{
		Range:   model.Range{File: path, Start: model.Pos{Line: 1, Col: 1}, End: model.Pos{Line: 1, Col: 1}},
		Message: msg,
	}
}

func panicError(path string, r any) model.ParseError {
	return lineOneError(path, fmt.Sprintf("%s: %v", internalErrorPrefix, r))
}

// While Input is being built, bodies, label levels and lists of unlabeled
// blocks have types of their own. Attribute values are plain maps and
// slices too, and a later block must never be merged into one of those (nor
// a label level taken for a body), so the shape of what already sits under
// a name has to be known exactly. finalize turns them back into plain maps
// and slices.
type (
	// body is a block body under construction.
	body map[string]any
	// labelMap is one label level of labeled blocks, keyed by label.
	labelMap map[string]any
	// blockList holds the bodies of unlabeled blocks of one type.
	blockList []any
)

// finalize converts the construction types below v into the plain maps and
// slices that policies see. It does not descend into attribute values,
// which are plain already.
func finalize(v any) any {
	switch v := v.(type) {
	case body:
		for k, x := range v {
			v[k] = finalize(x)
		}
		return map[string]any(v)
	case labelMap:
		for k, x := range v {
			v[k] = finalize(x)
		}
		return map[string]any(v)
	case blockList:
		for i, x := range v {
			v[i] = finalize(x)
		}
		return []any(v)
	}
	return v
}

// merger accumulates the top-level blocks of all files of a module.
type merger struct {
	root  body
	spans map[string]model.Range
}

// addFile merges the top-level blocks of one file in source order.
func (m *merger) addFile(f *file, hb *hclsyntax.Body) {
	for _, blk := range hb.Blocks {
		if n, known := labelCounts[blk.Type]; known && len(blk.Labels) != n {
			continue
		}
		switch blk.Type {
		case "locals":
			m.addLocals(f, blk)
		case "provider":
			m.addProvider(f, blk)
		default:
			f.addBlock(m.root, blk, "")
		}
	}
}

// addLocals merges the attributes of a locals block into input.locals. The
// block itself has no place in Input, so only its attributes get spans.
func (m *merger) addLocals(f *file, blk *hclsyntax.Block) {
	v, exists := m.root["locals"]
	locals, ok := v.(body)
	if !exists {
		locals = body{}
		m.root["locals"] = locals
	} else if !ok {
		return
	}
	for _, a := range sortedAttributes(blk.Body) {
		f.addAttribute(locals, a, "/locals")
	}
}

// addProvider appends a provider block to input.provider[NAME], a list
// because aliased configurations of one provider share its name.
func (m *merger) addProvider(f *file, blk *hclsyntax.Block) {
	v, exists := m.root["provider"]
	providers, ok := v.(labelMap)
	if !exists {
		providers = labelMap{}
		m.root["provider"] = providers
	} else if !ok {
		return
	}
	name := blk.Labels[0]
	v, exists = providers[name]
	list, ok := v.(blockList)
	if exists && !ok {
		return
	}
	p := model.Pointer("provider", name, len(list))
	f.span(p, blk.Range())
	providers[name] = append(list, f.body(blk.Body, p))
}

// file is the per-file state of folding: the source text that placeholders
// quote, and the path that spans name.
type file struct {
	path  string
	src   []byte
	spans map[string]model.Range
}

func (f *file) span(p string, r hcl.Range) {
	f.spans[p] = f.rng(r)
}

func (f *file) rng(r hcl.Range) model.Range {
	return model.Range{
		File:  f.path,
		Start: model.Pos{Line: r.Start.Line, Col: r.Start.Column},
		End:   model.Pos{Line: r.End.Line, Col: r.End.Column},
	}
}

// text returns the source text of r, or "" if r does not lie in the file.
func (f *file) text(r hcl.Range) string {
	if r.Start.Byte < 0 || r.Start.Byte > r.End.Byte || r.End.Byte > len(f.src) {
		return ""
	}
	return string(f.src[r.Start.Byte:r.End.Byte])
}

// body folds a block body whose pointer is p.
func (f *file) body(hb *hclsyntax.Body, p string) body {
	out := body{}
	if hb == nil {
		return out
	}
	// Attributes come from a map; walking attributes and blocks together in
	// source order makes the outcome of a name clash (first wins) and the
	// order of everything else deterministic.
	type item struct {
		start int
		attr  *hclsyntax.Attribute
		block *hclsyntax.Block
	}
	items := make([]item, 0, len(hb.Attributes)+len(hb.Blocks))
	for _, a := range hb.Attributes {
		items = append(items, item{start: a.SrcRange.Start.Byte, attr: a})
	}
	for _, b := range hb.Blocks {
		items = append(items, item{start: b.TypeRange.Start.Byte, block: b})
	}
	slices.SortStableFunc(items, func(a, b item) int { return a.start - b.start })
	for _, it := range items {
		if it.attr != nil {
			f.addAttribute(out, it.attr, p)
		} else {
			f.addBlock(out, it.block, p)
		}
	}
	return out
}

// sortedAttributes returns the attributes of hb in source order.
func sortedAttributes(hb *hclsyntax.Body) []*hclsyntax.Attribute {
	if hb == nil {
		return nil
	}
	attrs := make([]*hclsyntax.Attribute, 0, len(hb.Attributes))
	for _, a := range hb.Attributes {
		attrs = append(attrs, a)
	}
	slices.SortFunc(attrs, func(a, b *hclsyntax.Attribute) int { return a.SrcRange.Start.Byte - b.SrcRange.Start.Byte })
	return attrs
}

// addAttribute sets out[a.Name] unless the name is taken.
func (f *file) addAttribute(out body, a *hclsyntax.Attribute, p string) {
	if _, taken := out[a.Name]; taken {
		return
	}
	ap := model.Child(p, a.Name)
	f.span(ap, a.SrcRange)
	out[a.Name] = f.value(a.Expr, ap)
}

// addBlock adds a nested block to out, the body at pointer p: an unlabeled
// block is appended to the list under its type, a labeled one is stored
// under one map level per label. A block that would land on a name holding
// something of another shape, or on an existing block, is dropped.
func (f *file) addBlock(out body, blk *hclsyntax.Block, p string) {
	if len(blk.Labels) == 0 {
		v, exists := out[blk.Type]
		list, ok := v.(blockList)
		if exists && !ok {
			return
		}
		bp := p + model.Pointer(blk.Type, len(list))
		f.span(bp, blk.Range())
		out[blk.Type] = append(list, f.body(blk.Body, bp))
		return
	}

	level := map[string]any(out)
	bp := p
	keys := append([]string{blk.Type}, blk.Labels[:len(blk.Labels)-1]...)
	for _, k := range keys {
		bp = model.Child(bp, k)
		v, exists := level[k]
		next, ok := v.(labelMap)
		if !exists {
			next = labelMap{}
			level[k] = next
		} else if !ok {
			return
		}
		level = next
	}
	last := blk.Labels[len(blk.Labels)-1]
	if _, exists := level[last]; exists {
		return
	}
	bp = model.Child(bp, last)
	f.span(bp, blk.Range())
	level[last] = f.body(blk.Body, bp)
}
