package terraform

import (
	"encoding/json"
	"math/big"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/convert"

	"github.com/platlint/platlint/internal/model"
)

// value folds the expression e, whose pointer is p, into a plain value and
// records the spans of the object items and tuple elements inside it.
func (f *file) value(e hclsyntax.Expression, p string) any {
	v, _ := f.fold(e, p)
	return v
}

// fold is value, also reporting whether the result is e's value (exact or,
// for constructors, partially folded) rather than a placeholder or a
// template rendered with placeholders in it.
func (f *file) fold(e hclsyntax.Expression, p string) (any, bool) {
	switch e := e.(type) {
	case *hclsyntax.ParenthesesExpr:
		// Parentheses only group; look through them so that ({...}) still
		// folds item by item.
		return f.fold(e.Expression, p)

	case *hclsyntax.LiteralValueExpr:
		if v, ok := plain(e.Val); ok {
			return v, true
		}

	case *hclsyntax.TupleConsExpr:
		list := make([]any, len(e.Exprs))
		for i, x := range e.Exprs {
			ip := model.Child(p, i)
			f.span(ip, x.Range())
			list[i] = f.value(x, ip)
		}
		return list, true

	case *hclsyntax.ObjectConsExpr:
		// HCL lets the last of repeated keys win. Folding only that one
		// keeps the spans of the values it replaces out of the document.
		keys := make([]string, len(e.Items))
		last := make(map[string]int, len(e.Items))
		for i, item := range e.Items {
			keys[i] = f.key(item.KeyExpr)
			last[keys[i]] = i
		}
		obj := make(map[string]any, len(last))
		for i, item := range e.Items {
			k := keys[i]
			if last[k] != i {
				continue
			}
			ip := model.Child(p, k)
			f.span(ip, hcl.RangeBetween(item.KeyExpr.Range(), item.ValueExpr.Range()))
			obj[k] = f.value(item.ValueExpr, ip)
		}
		return obj, true

	case *hclsyntax.TemplateWrapExpr:
		// "${x}" alone is x itself, not x converted to a string. Folding
		// the wrapped expression also makes the placeholder "${x}" rather
		// than a quoted template.
		return f.fold(e.Wrapped, p)

	case *hclsyntax.TemplateExpr:
		return f.template(e)

	case *hclsyntax.FunctionCallExpr:
		if e.Name == "jsonencode" && len(e.Args) == 1 && !e.ExpandFinal {
			if v, ok := f.jsonencode(e.Args[0], p); ok {
				return v, true
			}
		}

	case *hclsyntax.ScopeTraversalExpr, *hclsyntax.ForExpr:
		// Known not to evaluate; skip straight to the placeholder.

	default:
		if v, ok := eval(e); ok {
			return v, true
		}
	}
	return "${" + f.text(e.Range()) + "}", false
}

// jsonencode folds jsonencode(arg). A constructor argument folds to itself,
// keeping its item spans, so that policies read a policy document the same
// way whether it was written with jsonencode or as JSON text. Another
// argument that evaluates becomes its JSON text, as the function would
// return it; ok is false for one that does not.
func (f *file) jsonencode(arg hclsyntax.Expression, p string) (any, bool) {
	v, ok := f.fold(arg, p)
	if !ok {
		return nil, false
	}
	switch v.(type) {
	case map[string]any, []any:
		return v, true
	}
	b, err := json.Marshal(v)
	if err != nil {
		return nil, false
	}
	return string(b), true
}

// template renders a string template. A template that evaluates becomes
// its string; otherwise its parts are joined with every interpolation that
// does not evaluate written as "${...}" around its source text and every
// directive (%{if}, %{for}) kept as written, and ok is false. Either result
// is decoded if it is JSON text.
func (f *file) template(e *hclsyntax.TemplateExpr) (any, bool) {
	s, exact := f.render(e)
	return decodeJSON(s), exact
}

// render is template without the JSON decoding.
func (f *file) render(e *hclsyntax.TemplateExpr) (string, bool) {
	var sb strings.Builder
	exact := true
	for _, part := range e.Parts {
		if s, ok := stringValue(part); ok {
			sb.WriteString(s)
			continue
		}
		exact = false
		src := f.text(part.Range())
		if strings.HasPrefix(src, "%{") {
			// A directive's range covers it from %{ to its closing
			// %{end...}, while an interpolation's covers only the
			// expression between ${ and }.
			sb.WriteString(src)
		} else {
			sb.WriteString("${" + src + "}")
		}
	}
	return sb.String(), exact
}

// key returns the name of an object item's key: a bare identifier or an
// evaluable expression by its value, a template by its text rendered as
// for a value (so "${var.env}-name" loses its quotes like a value would),
// any other expression by its source text.
func (f *file) key(e hclsyntax.Expression) string {
	if k, ok := e.(*hclsyntax.ObjectConsKeyExpr); ok && !k.ForceNonLiteral {
		if name := hcl.ExprAsKeyword(k.Wrapped); name != "" {
			return name
		}
	}
	if s, ok := stringValue(e); ok {
		return s
	}
	if k, ok := e.(*hclsyntax.ObjectConsKeyExpr); ok {
		if t, ok := k.Wrapped.(*hclsyntax.TemplateExpr); ok {
			s, _ := f.render(t)
			return s
		}
	}
	return f.text(e.Range())
}

// stringValue evaluates e without context and converts the result to a
// string, as a template interpolation would.
func stringValue(e hclsyntax.Expression) (string, bool) {
	if lit, ok := e.(*hclsyntax.LiteralValueExpr); ok && lit.Val.Type() == cty.String && !lit.Val.IsNull() {
		return lit.Val.AsString(), true
	}
	if !evaluable(e) {
		return "", false
	}
	v, diags := e.Value(nil)
	if diags.HasErrors() || !v.IsWhollyKnown() {
		return "", false
	}
	v, _ = v.UnmarkDeep()
	if v.IsNull() {
		return "", false
	}
	s, err := convert.Convert(v, cty.String)
	if err != nil || !s.IsKnown() || s.IsNull() {
		return "", false
	}
	return s.AsString(), true
}

// eval evaluates e without context.
func eval(e hclsyntax.Expression) (any, bool) {
	if !evaluable(e) {
		return nil, false
	}
	v, diags := e.Value(nil)
	if diags.HasErrors() {
		return nil, false
	}
	return plain(v)
}

// evaluable reports whether e may be evaluated without context.
//
// Evaluation must stay cheap on any input. References and function calls
// would only fail, but for expressions must not even be tried: nested ones
// over literal lists multiply their sizes. Numbers are the other trap:
// products of large literals grow their exponents, and HCL converts numbers
// to decimal text (interpolation, key and type unification), which takes
// time quadratic in the exponent. Bounding the sum of the literals' binary
// exponents bounds the magnitude of any result of + - * / %.
func evaluable(e hclsyntax.Expression) bool {
	ok := true
	budget := maxExponentSum
	hclsyntax.VisitAll(e, func(n hclsyntax.Node) hcl.Diagnostics {
		switch n := n.(type) {
		case *hclsyntax.ForExpr, *hclsyntax.FunctionCallExpr, *hclsyntax.ScopeTraversalExpr:
			ok = false
		case *hclsyntax.LiteralValueExpr:
			if v := n.Val; v.Type() == cty.Number && v.IsKnown() && !v.IsNull() {
				budget -= abs(v.AsBigFloat().MantExp(nil))
				if budget < 0 {
					ok = false
				}
			}
		}
		return nil
	})
	return ok
}

// maxExponentSum bounds the results of evaluated arithmetic to about
// 1e±1200, whose decimal text takes at most a few milliseconds.
const maxExponentSum = 4096

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// plain converts a cty value into the types OPA accepts as input: string,
// json.Number, bool, nil, []any and map[string]any. ok is false if v or a
// value inside it is unknown or has no such form.
func plain(v cty.Value) (any, bool) {
	if !v.IsWhollyKnown() {
		return nil, false
	}
	v, _ = v.UnmarkDeep()
	if v.IsNull() {
		return nil, true
	}
	ty := v.Type()
	switch {
	case ty == cty.String:
		return decodeJSON(v.AsString()), true
	case ty == cty.Number:
		return number(v.AsBigFloat())
	case ty == cty.Bool:
		return v.True(), true
	case ty.IsListType() || ty.IsSetType() || ty.IsTupleType():
		list := make([]any, 0, v.LengthInt())
		for it := v.ElementIterator(); it.Next(); {
			_, ev := it.Element()
			x, ok := plain(ev)
			if !ok {
				return nil, false
			}
			list = append(list, x)
		}
		return list, true
	case ty.IsMapType() || ty.IsObjectType():
		obj := make(map[string]any, v.LengthInt())
		for it := v.ElementIterator(); it.Next(); {
			k, ev := it.Element()
			x, ok := plain(ev)
			if !ok {
				return nil, false
			}
			obj[k.AsString()] = x
		}
		return obj, true
	}
	return nil, false
}

// number formats a cty number as JSON number text. cty numbers are
// arbitrary-precision decimals parsed from source, so the shortest text
// that reads back as the same value is the decimal written in the
// configuration, with no float64 rounding. Very large and very small
// numbers use exponent notation rather than hundreds of zeros.
//
// ok is false beyond about 1e±330, float64's range: converting a binary
// float to decimal costs time quadratic in its exponent (seconds for
// 1e1000000), and no configuration means such a number.
func number(x *big.Float) (json.Number, bool) {
	if x.IsInf() {
		return "", false
	}
	switch exp := x.MantExp(nil); {
	case exp < -1100 || exp > 1100:
		return "", false
	case exp < -20 || exp > 256:
		return json.Number(x.Text('g', -1)), true
	}
	return json.Number(x.Text('f', -1)), true
}

// decodeJSON returns the value of s if s, trimmed, is a JSON object or
// array, and s itself otherwise. Numbers stay json.Number so that their
// text is kept exactly.
func decodeJSON(s string) any {
	t := strings.TrimSpace(s)
	if t == "" || (t[0] != '{' && t[0] != '[') {
		return s
	}
	dec := json.NewDecoder(strings.NewReader(t))
	dec.UseNumber()
	var v any
	// The offset check rejects trailing text after the first value, such
	// as the second object of "{} {}".
	if err := dec.Decode(&v); err != nil || dec.InputOffset() != int64(len(t)) {
		return s
	}
	return v
}
