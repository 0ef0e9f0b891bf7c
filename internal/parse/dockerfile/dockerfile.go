// Package dockerfile parses a Dockerfile with buildkit's parser into the
// document that Dockerfile policies see: global build arguments and build
// stages with their instructions.
package dockerfile

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/moby/buildkit/frontend/dockerfile/instructions"
	"github.com/moby/buildkit/frontend/dockerfile/linter"
	"github.com/moby/buildkit/frontend/dockerfile/parser"

	"github.com/platlint/platlint/internal/model"
)

// Parse parses one Dockerfile into a document.
//
// The document's Input has two keys. "args" lists the ARGs declared before
// the first FROM. "stages" lists the build stages, each with its base image
// (global ARGs expanded), the parsed image reference, and its instructions
// from FROM on, as buildkit's parser splits them. A file that buildkit
// would reject (a syntax error, an unknown instruction, a FROM with the
// wrong arguments, no instructions at all) gives parse errors and no
// document.
func Parse(src model.Source) (doc *model.Document, errs []model.ParseError) {
	lines := splitLines(src.Data)
	defer func() {
		if r := recover(); r != nil {
			doc = nil
			errs = []model.ParseError{{
				Range:   lines.rangeOf(src.Path, 1, 1),
				Message: fmt.Sprintf("internal error while parsing Dockerfile: %v", r),
			}}
		}
	}()
	res, err := parser.Parse(bytes.NewReader(src.Data))
	if err != nil {
		msg := errorMessage(err)
		start, end := errorLines(err)
		switch {
		case msg == "file with no instructions":
			// buildkit blames the last line; nothing there is wrong.
			start, end = 1, 1
		case res != nil:
			// Only a line too long for its scanner comes with a result;
			// buildkit blames the last line it read, the culprit is next.
			start, end = end+1, end+1
		}
		return nil, []model.ParseError{{Range: lines.rangeOf(src.Path, start, end), Message: msg}}
	}
	b := builder{
		path:  src.Path,
		lines: lines,
		// An inert linter: buildkit's nil linter dereferences nil when an
		// instruction is preceded by a "# check=" comment.
		lint:   linter.New(&linter.Config{}),
		escape: byte(res.EscapeToken),
		env:    make(map[string]string),
		spans:  make(map[string]model.Range),
		args:   []any{},
		stages: []any{},
	}
	for _, n := range res.AST.Children {
		b.add(n)
	}
	if len(b.errs) > 0 {
		return nil, b.errs
	}
	for _, s := range b.kept {
		s.m["instructions"] = s.instructions
	}
	b.spans[""] = lines.rangeOf(src.Path, 1, lines.count())
	return &model.Document{
		Kind:  model.KindDockerfile,
		Path:  src.Path,
		Input: map[string]any{"args": b.args, "stages": b.stages},
		Spans: b.spans,
	}, nil
}

// builder accumulates the document instruction by instruction.
type builder struct {
	path   string
	lines  sourceLines
	lint   *linter.Linter
	escape byte
	// env holds the global ARGs that have a value, for expanding FROM.
	env    map[string]string
	spans  map[string]model.Range
	args   []any
	stages []any
	// stage is the stage being filled, nil before the first FROM; kept
	// lists the stages that go into the document.
	stage *stage
	kept  []*stage
	errs  []model.ParseError
}

type stage struct {
	ptr          string
	m            map[string]any
	instructions []any
	line         int
}

func (b *builder) errorAt(n *parser.Node, err error) {
	b.errs = append(b.errs, model.ParseError{
		Range:   b.lines.rangeOf(b.path, n.StartLine, n.EndLine),
		Message: errorMessage(err),
	})
}

func (b *builder) add(n *parser.Node) {
	cmd, err := instructions.ParseInstructionWithLinter(n, b.lint)
	if err != nil {
		b.errorAt(n, err)
		if strings.EqualFold(n.Value, "from") {
			// Let the stage's instructions land in a stage that is not
			// kept, rather than in the previous one or in errors of their
			// own.
			b.stage = &stage{m: map[string]any{}}
		}
		return
	}
	switch cmd := cmd.(type) {
	case *instructions.Stage:
		b.from(n, cmd)
		return
	case *instructions.ArgCommand:
		if b.stage == nil {
			b.globalArgs(n, cmd)
			return
		}
	}
	if b.stage == nil {
		// As buildkit's instructions.Parse words it. One error says it;
		// the instructions that follow go to a stage that is not kept.
		b.errorAt(n, errors.New("no build stage in current context"))
		b.stage = &stage{m: map[string]any{}}
		return
	}
	b.instruction(n, cmd)
}

// globalArgs records the ARGs before the first FROM. Their values are
// what FROM lines see: quotes removed and earlier global ARGs expanded.
func (b *builder) globalArgs(n *parser.Node, cmd *instructions.ArgCommand) {
	x := expander{env: b.env, escape: b.escape}
	for _, kv := range cmd.Args {
		var value any
		if kv.Value != nil {
			v := x.word(*kv.Value)
			b.env[kv.Key] = v
			value = v
		}
		b.spans[model.Pointer("args", len(b.args))] = b.lines.rangeOf(b.path, n.StartLine, n.EndLine)
		b.args = append(b.args, map[string]any{
			"name":  kv.Key,
			"value": value,
			"line":  number(n.StartLine),
		})
	}
}

func (b *builder) from(n *parser.Node, st *instructions.Stage) {
	index := len(b.stages)
	base := expander{env: b.env, escape: b.escape}.word(st.BaseName)
	fromStage := false
	for _, s := range b.stages {
		if name := s.(map[string]any)["name"].(string); name != "" && strings.EqualFold(name, base) {
			fromStage = true
		}
	}
	name, tag, digest := splitImage(base)
	b.stage = &stage{
		ptr:  model.Pointer("stages", index),
		line: n.StartLine,
		m: map[string]any{
			"index":      number(index),
			"name":       st.Name,
			"base":       base,
			"image":      map[string]any{"name": name, "tag": tag, "digest": digest},
			"platform":   st.Platform,
			"from_stage": fromStage,
			"line":       number(n.StartLine),
		},
	}
	b.stages = append(b.stages, b.stage.m)
	b.kept = append(b.kept, b.stage)
	fromLine := b.lines.rangeOf(b.path, n.StartLine, n.EndLine)
	for _, key := range []string{"base", "image", "name", "platform"} {
		b.spans[model.Child(b.stage.ptr, key)] = fromLine
	}
	b.instruction(n, st)
}

// instruction appends n to the current stage.
func (b *builder) instruction(n *parser.Node, cmd any) {
	s := b.stage
	m := make(map[string]any, 10)
	m["cmd"] = strings.ToLower(n.Value)
	m["args"] = anySlice(nodeArgs(n))
	m["flags"] = anySlice(n.Flags)
	m["original"] = n.Original
	m["json"] = n.Attributes["json"]
	m["line"] = number(n.StartLine)
	m["end_line"] = number(n.EndLine)
	heredocs := make([]string, len(n.Heredocs))
	for i, h := range n.Heredocs {
		heredocs[i] = h.Content
	}
	m["heredocs"] = anySlice(heredocs)
	if m["cmd"] == "run" {
		isJSON, _ := n.Attributes["json"]
		m["commands"] = runCommands(nodeArgs(n), isJSON, heredocs)
	}
	// Pair values lose their quotes but keep variable references as
	// written: the stage's own ENV and ARG values are not tracked.
	unquote := expander{escape: b.escape}
	switch cmd := cmd.(type) {
	case *instructions.EnvCommand:
		m["pairs"] = pairs(cmd.Env, unquote)
	case *instructions.LabelCommand:
		m["pairs"] = pairs(cmd.Labels, unquote)
	case *instructions.ArgCommand:
		p := make([]any, len(cmd.Args))
		for i, kv := range cmd.Args {
			var v any
			if kv.Value != nil {
				v = unquote.word(*kv.Value)
			}
			p[i] = map[string]any{"key": kv.Key, "value": v}
		}
		m["pairs"] = p
	}
	ptr := model.Child(model.Child(s.ptr, "instructions"), len(s.instructions))
	b.spans[ptr] = b.lines.rangeOf(b.path, n.StartLine, n.EndLine)
	b.spans[s.ptr] = b.lines.rangeOf(b.path, s.line, n.EndLine)
	s.instructions = append(s.instructions, m)
}

func pairs(kvs instructions.KeyValuePairs, unquote expander) []any {
	p := make([]any, len(kvs))
	for i, kv := range kvs {
		p[i] = map[string]any{"key": kv.Key, "value": unquote.word(kv.Value)}
	}
	return p
}

// nodeArgs lists an instruction's arguments as buildkit's instructions
// package reads them from the node list; a sub-instruction (ONBUILD RUN
// ...) contributes its name and then its own arguments.
func nodeArgs(n *parser.Node) []string {
	args := []string{}
	for a := n.Next; a != nil; a = a.Next {
		switch len(a.Children) {
		case 0:
			args = append(args, a.Value)
		case 1:
			args = append(args, a.Children[0].Value)
			args = append(args, nodeArgs(a.Children[0])...)
		}
	}
	return args
}

// anySlice converts a string slice to the []any policies can read.
func anySlice(s []string) []any {
	out := make([]any, len(s))
	for i, v := range s {
		out[i] = v
	}
	return out
}

func number(n int) json.Number { return json.Number(strconv.Itoa(n)) }

// splitImage splits an image reference into the name (registry and path
// as written), tag and digest. A colon only starts a tag after the last
// slash, so a registry port ("localhost:5000/app") stays in the name.
func splitImage(ref string) (name, tag, digest string) {
	if i := strings.IndexByte(ref, '@'); i >= 0 {
		ref, digest = ref[:i], ref[i+1:]
	}
	slash := strings.LastIndexByte(ref, '/')
	if i := strings.LastIndexByte(ref, ':'); i > slash {
		ref, tag = ref[:i], ref[i+1:]
	}
	return ref, tag, digest
}

// errorLines returns the lines buildkit blames for err.
func errorLines(err error) (start, end int) {
	var le *parser.LocationError
	if errors.As(err, &le) && len(le.Locations) > 0 && len(le.Locations[0]) > 0 {
		loc := le.Locations[0]
		return loc[0].Start.Line, loc[len(loc)-1].End.Line
	}
	return 1, 1
}

// errorMessage is err's message without the location wrapping, which the
// ParseError carries.
func errorMessage(err error) string {
	var le *parser.LocationError
	if errors.As(err, &le) && le.Unwrap() != nil {
		return le.Unwrap().Error()
	}
	return err.Error()
}

// sourceLines holds the Dockerfile's lines as buildkit counts them: split
// at "\n", with a trailing "\r" not part of the line.
type sourceLines [][]byte

func splitLines(data []byte) sourceLines {
	l := bytes.Split(data, []byte("\n"))
	if len(l) > 1 && len(l[len(l)-1]) == 0 {
		// The final newline ends the last line rather than starting one.
		l = l[:len(l)-1]
	}
	return l
}

func (l sourceLines) count() int { return max(1, len(l)) }

// rangeOf spans lines start to end, whole: from column 1 to just past the
// last character of the end line.
func (l sourceLines) rangeOf(file string, start, end int) model.Range {
	start = max(1, min(start, l.count()))
	end = max(start, min(end, l.count()))
	width := 0
	if end <= len(l) {
		width = utf8.RuneCount(bytes.TrimSuffix(l[end-1], []byte("\r")))
	}
	return model.Range{
		File:  file,
		Start: model.Pos{Line: start, Col: 1},
		End:   model.Pos{Line: end, Col: width + 1},
	}
}
