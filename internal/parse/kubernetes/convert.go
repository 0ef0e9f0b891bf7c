package kubernetes

import (
	"fmt"

	yaml "go.yaml.in/yaml/v3"

	"github.com/platlint/platlint/internal/model"
)

// maxSpanDepth bounds the nesting depth that gets spans of its own. Pointer
// strings grow with depth, so recording every level of a pathologically
// nested document would take memory quadratic in its depth; deeper nodes
// are located by their ancestor at this depth instead. Real manifests stay
// far below it.
const maxSpanDepth = 128

// nodeError is a problem at a node that yaml.v3 parsed but kubectl could
// not decode, such as a map key that JSON cannot represent.
type nodeError struct {
	node *yaml.Node
	msg  string
}

func (e *nodeError) Error() string { return e.msg }

// converter turns a yaml.v3 node tree into the JSON-shaped values kubectl
// would see, recording the source range of every mapping value and
// sequence item as it goes.
type converter struct {
	t     *text
	file  string
	spans map[string]model.Range

	// Alias expansion is bounded as yaml.v3 and yaml.v2 bound it, because
	// walking the node tree ourselves bypasses their decoder's check.
	decodeCount, aliasCount, aliasDepth int
	// expanding holds the alias nodes being expanded, to catch an anchor
	// whose value contains an alias to itself.
	expanding map[*yaml.Node]bool
}

// newConverter returns a converter for the document rooted at root.
func newConverter(t *text, file string, root *yaml.Node) *converter {
	return &converter{
		t:    t,
		file: file,
		// Sizing the map up front spares it a dozen rehashes on a large
		// object; counting is cheap next to parsing.
		spans:     make(map[string]model.Range, countSpans(root)+1),
		expanding: make(map[*yaml.Node]bool),
	}
}

// countSpans counts the mapping values and sequence items written in n's
// subtree, which is how many spans converting it records at most.
func countSpans(n *yaml.Node) int {
	count := 0
	switch n.Kind {
	case yaml.MappingNode:
		for i := 1; i < len(n.Content); i += 2 {
			count += 1 + countSpans(n.Content[i])
		}
	case yaml.SequenceNode:
		for _, c := range n.Content {
			count += 1 + countSpans(c)
		}
	}
	return count
}

// These limits are yaml.v3's (decode.go, allowedAliasRatio).
const (
	aliasRatioRangeLow  = 400000
	aliasRatioRangeHigh = 4000000
	aliasRatioRange     = float64(aliasRatioRangeHigh - aliasRatioRangeLow)
)

func allowedAliasRatio(decodeCount int) float64 {
	switch {
	case decodeCount <= aliasRatioRangeLow:
		return 0.99
	case decodeCount >= aliasRatioRangeHigh:
		return 0.10
	default:
		return 0.99 - 0.89*(float64(decodeCount-aliasRatioRangeLow)/aliasRatioRange)
	}
}

func (c *converter) count(n *yaml.Node) error {
	c.decodeCount++
	if c.aliasDepth > 0 {
		c.aliasCount++
	}
	if c.aliasCount > 100 && c.decodeCount > 1000 &&
		float64(c.aliasCount)/float64(c.decodeCount) > allowedAliasRatio(c.decodeCount) {
		return &nodeError{n, "document contains excessive aliasing"}
	}
	return nil
}

// start is the byte offset where yaml.v3 places n.
func (c *converter) start(n *yaml.Node) int { return c.t.offset(n.Line, n.Column) }

func (c *converter) rangeOf(start, end int) model.Range {
	return model.Range{File: c.file, Start: c.t.pos(start), End: c.t.pos(max(start, end))}
}

// child returns the pointer to the child seg of the node at ptr and depth,
// or "" when nothing will use it: no span is recorded below maxSpanDepth,
// nor inside an alias expansion unless the child replaces a value whose
// spans must go. Skipping the pointer there keeps deep or alias-heavy
// documents from building strings for nothing.
func (c *converter) child(ptr string, seg any, depth int, replaces bool) string {
	if depth+1 > maxSpanDepth || (c.aliasDepth > 0 && !replaces) || (depth > 0 && ptr == "") {
		// An empty ptr below the root is one this method declined to build.
		return ""
	}
	return model.Child(ptr, seg)
}

// record reports whether spans are kept for nodes at ptr's depth. Nodes
// reached through an alias get none: their text is the anchor's, and the
// alias itself (or the enclosing value, for merged keys) locates them.
func (c *converter) record(depth int) bool {
	return c.aliasDepth == 0 && depth <= maxSpanDepth
}

// value converts n and returns it with the byte offset where n's text
// ends. ptr is n's JSON pointer and depth its number of segments.
func (c *converter) value(n *yaml.Node, ptr string, depth int) (any, int, error) {
	if err := c.count(n); err != nil {
		return nil, 0, err
	}
	switch n.Kind {
	case yaml.ScalarNode:
		return c.scalar(n)
	case yaml.AliasNode:
		return c.alias(n, ptr, depth)
	case yaml.MappingNode:
		m := make(map[string]any, len(n.Content)/2)
		end, err := c.mapping(n, ptr, depth, m)
		if err != nil {
			return nil, 0, err
		}
		return m, end, nil
	case yaml.SequenceNode:
		return c.sequence(n, ptr, depth)
	}
	return nil, 0, &nodeError{n, fmt.Sprintf("unexpected YAML node kind %d", n.Kind)}
}

func (c *converter) alias(n *yaml.Node, ptr string, depth int) (any, int, error) {
	var end int
	if c.aliasDepth == 0 {
		end = c.aliasEnd(n)
	}
	if n.Alias == nil {
		return nil, end, &nodeError{n, fmt.Sprintf("unknown anchor '%s' referenced", n.Value)}
	}
	if c.expanding[n] {
		return nil, end, &nodeError{n, fmt.Sprintf("anchor '%s' value contains itself", n.Value)}
	}
	c.expanding[n] = true
	c.aliasDepth++
	v, _, err := c.value(n.Alias, ptr, depth)
	c.aliasDepth--
	delete(c.expanding, n)
	return v, end, err
}

// aliasEnd is the end of the "*name" token.
func (c *converter) aliasEnd(n *yaml.Node) int {
	return min(c.start(n)+1+len(n.Value), len(c.t.data))
}

func (c *converter) scalar(n *yaml.Node) (any, int, error) {
	var end int
	if c.aliasDepth == 0 {
		end = c.scalarEnd(n)
	}
	v, err := c.scalarValue(n)
	if err == nil {
		v, err = jsonValue(v)
	}
	if err != nil {
		return nil, end, &nodeError{n, err.Error()}
	}
	return v, end, nil
}

// scalarValue returns the yaml.v2 value of a scalar node.
func (c *converter) scalarValue(n *yaml.Node) (any, error) {
	tagged := n.Style&yaml.TaggedStyle != 0
	plain := n.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle|yaml.LiteralStyle|yaml.FoldedStyle) == 0
	v, err := scalar(n.Tag, tagged, plain, n.Value)
	if plain && !tagged {
		// yaml.v3 drops the non-specific tag "!" but yaml.v2 keeps it and
		// resolves a scalar so tagged as a string. Only a value that would
		// not be a string anyway needs the look at the source.
		if _, isString := v.(string); !isString && c.nonSpecificTag(n) {
			return n.Value, nil
		}
	}
	return v, err
}

// nonSpecificTag reports whether an untagged plain scalar carries the
// non-specific tag "!" among its properties, which yaml.v3 does not keep.
func (c *converter) nonSpecificTag(n *yaml.Node) bool {
	d := c.t.data
	off := c.start(n)
	for off < len(d) && (d[off] == '!' || d[off] == '&') {
		if d[off] == '!' && (off+1 == len(d) || isSpace(d[off+1])) {
			return true
		}
		for off < len(d) && !isSpace(d[off]) {
			off++
		}
		off = c.t.skipSeparation(off)
	}
	return false
}

// scalarEnd finds where a scalar's text ends in the source.
func (c *converter) scalarEnd(n *yaml.Node) int {
	off, propsEnd := c.t.skipProperties(c.start(n))
	switch {
	case n.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) != 0:
		return c.t.quotedEnd(off)
	case n.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0:
		header := c.t.blockHeaderEnd(off)
		if end := c.t.matchEnd(c.t.nextLine(header), n.Value); end > header {
			return end
		}
		return header
	case n.Value == "":
		// An empty scalar (a null "key:") has no text beyond its tag.
		return propsEnd
	}
	return c.t.matchEnd(off, n.Value)
}

// isMerge reports whether a mapping key is the merge key "<<".
func isMerge(k *yaml.Node) bool {
	return k.Kind == yaml.ScalarNode && k.Value == "<<" && k.Tag == tagMerge
}

// mapping adds the pairs of n to m and returns the end of n's text.
// Merge keys follow yaml.v2: each "<<" is applied where it appears, so it
// overrides keys written before it, and keys after it override it.
func (c *converter) mapping(n *yaml.Node, ptr string, depth int, m map[string]any) (int, error) {
	var end int
	if c.aliasDepth == 0 {
		end = c.start(n)
	}
	rec := c.record(depth + 1)
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if isMerge(k) {
			vend, err := c.merge(v, ptr, depth, m)
			if err != nil {
				return 0, err
			}
			end = vend
			continue
		}
		key, kend, err := c.key(k)
		if err != nil {
			return 0, err
		}
		old, exists := m[key]
		child := c.child(ptr, key, depth, exists)
		val, vend, err := c.value(v, child, depth+1)
		if err != nil {
			return 0, err
		}
		if v.Kind == yaml.ScalarNode && v.Value == "" && v.Style == 0 {
			// yaml.v3 places an empty value after the colon, or at the next
			// token in flow style; the key is where it is written.
			vend = kend
		}
		vend = max(vend, kend)
		if exists && child != "" {
			// A duplicate key or a merge replaces the value; forget the
			// spans of the one replaced so none outlives its value.
			delete(c.spans, child)
			dropSpans(c.spans, child, old)
		}
		m[key] = val
		if rec {
			c.spans[child] = c.rangeOf(c.start(k), vend)
		}
		end = vend
	}
	if n.Style&yaml.FlowStyle != 0 && c.aliasDepth == 0 {
		if len(n.Content) == 0 {
			end = c.openFlow(n, '{')
		}
		end = c.t.closeFlow(end, '}')
	}
	return end, nil
}

// openFlow returns the offset just past the opening bracket of an empty
// flow collection.
func (c *converter) openFlow(n *yaml.Node, open byte) int {
	off, _ := c.t.skipProperties(c.start(n))
	if off < len(c.t.data) && c.t.data[off] == open {
		return off + 1
	}
	return off
}

// merge applies the value of a "<<" key to m and returns the end of that
// value's text.
func (c *converter) merge(v *yaml.Node, ptr string, depth int, m map[string]any) (int, error) {
	const wantMap = "map merge requires map or sequence of maps as the value"
	if err := c.count(v); err != nil {
		return 0, err
	}
	switch v.Kind {
	case yaml.MappingNode:
		return c.mapping(v, ptr, depth, m)
	case yaml.AliasNode:
		if v.Alias == nil || v.Alias.Kind != yaml.MappingNode {
			return 0, &nodeError{v, wantMap}
		}
		return c.mergeAlias(v, ptr, depth, m)
	case yaml.SequenceNode:
		// Earlier maps in the list take precedence, so apply them last.
		var end int
		for i := len(v.Content) - 1; i >= 0; i-- {
			item := v.Content[i]
			if err := c.count(item); err != nil {
				return 0, err
			}
			var e int
			var err error
			switch {
			case item.Kind == yaml.AliasNode && item.Alias != nil && item.Alias.Kind == yaml.MappingNode:
				e, err = c.mergeAlias(item, ptr, depth, m)
			case item.Kind == yaml.MappingNode:
				e, err = c.mapping(item, ptr, depth, m)
			default:
				err = &nodeError{item, wantMap}
			}
			if err != nil {
				return 0, err
			}
			if i == len(v.Content)-1 {
				end = e
			}
		}
		if c.aliasDepth > 0 {
			return 0, nil
		}
		if len(v.Content) == 0 {
			end = c.openFlow(v, '[')
		}
		return c.t.closeFlow(end, ']'), nil
	}
	return 0, &nodeError{v, wantMap}
}

func (c *converter) mergeAlias(v *yaml.Node, ptr string, depth int, m map[string]any) (int, error) {
	end := c.aliasEnd(v)
	if c.expanding[v] {
		return 0, &nodeError{v, fmt.Sprintf("anchor '%s' value contains itself", v.Value)}
	}
	c.expanding[v] = true
	c.aliasDepth++
	_, err := c.mapping(v.Alias, ptr, depth, m)
	c.aliasDepth--
	delete(c.expanding, v)
	return end, err
}

// key converts a mapping key to the string sigs.k8s.io/yaml makes of it,
// and returns the end of the key's text.
func (c *converter) key(k *yaml.Node) (string, int, error) {
	n := k
	if err := c.count(n); err != nil {
		return "", 0, err
	}
	var end int
	if k.Kind == yaml.AliasNode {
		if c.aliasDepth == 0 {
			end = c.aliasEnd(k)
		}
		if k.Alias == nil {
			return "", 0, &nodeError{k, fmt.Sprintf("unknown anchor '%s' referenced", k.Value)}
		}
		n = k.Alias
	}
	if n.Kind != yaml.ScalarNode {
		return "", 0, &nodeError{k, "invalid map key: a mapping or sequence cannot be a key"}
	}
	if k.Kind == yaml.ScalarNode && c.aliasDepth == 0 {
		end = c.scalarEnd(k)
	}
	v, err := c.scalarValue(n)
	if err != nil {
		return "", 0, &nodeError{k, err.Error()}
	}
	s, err := keyString(v)
	if err != nil {
		return "", 0, &nodeError{k, err.Error()}
	}
	return s, end, nil
}

func (c *converter) sequence(n *yaml.Node, ptr string, depth int) (any, int, error) {
	s := make([]any, 0, len(n.Content))
	var end int
	if c.aliasDepth == 0 {
		end = c.start(n)
	}
	rec := c.record(depth + 1)
	for i, item := range n.Content {
		child := c.child(ptr, i, depth, false)
		v, iend, err := c.value(item, child, depth+1)
		if err != nil {
			return nil, 0, err
		}
		s = append(s, v)
		if rec {
			c.spans[child] = c.rangeOf(c.start(item), iend)
		}
		end = iend
	}
	if n.Style&yaml.FlowStyle != 0 && c.aliasDepth == 0 {
		if len(n.Content) == 0 {
			end = c.openFlow(n, '[')
		}
		end = c.t.closeFlow(end, ']')
	}
	return s, end, nil
}

// dropSpans forgets the spans below ptr of a value that a later duplicate
// key or merge replaced, so that no span outlives its value.
func dropSpans(spans map[string]model.Range, ptr string, old any) {
	switch old := old.(type) {
	case map[string]any:
		for k, v := range old {
			p := model.Child(ptr, k)
			delete(spans, p)
			dropSpans(spans, p, v)
		}
	case []any:
		for i, v := range old {
			p := model.Child(ptr, i)
			delete(spans, p)
			dropSpans(spans, p, v)
		}
	}
}
