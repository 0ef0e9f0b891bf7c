package dockerfile

import (
	"regexp"
	"strings"
)

// The shell reading of RUN instructions: each RUN gets "commands", the
// simple commands of the scripts it runs, so that policies look commands up
// instead of tokenising shell text in Rego on every evaluation. It follows
// policies/lib/shell.rego's commands and scripts exactly (a test in
// policies/ compares the two on every Dockerfile of the repository), which
// stays the fallback for inputs built by hand in Rego tests.

var (
	// A shell word: unquoted characters, quoted strings and escapes glued
	// together; `&` only belongs to a word when it is not an operator (2>&1).
	shellToken      = regexp.MustCompile(`(?:[^\s'"\\|;&]|&[^&|;\s]|\\.|'[^']*'|"(?:[^"\\]|\\.)*")+|&&|\|\||[|;&\n]`)
	commentLine     = regexp.MustCompile(`(?m)^[ \t]*#.*(\r?\n|$)`)
	continuation    = regexp.MustCompile(`\\[ \t]*\r?\n`)
	assignmentWord  = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*=`)
	redirectionWord = regexp.MustCompile(`^[0-9]*(>>?|<|>&|&>)`)
	redirectionOnly = regexp.MustCompile(`^[0-9]*(>>?|<|>&|&>)$`)
	quoted          = regexp.MustCompile(`^["']`)
	shellFlagC      = regexp.MustCompile(`^-[a-z]*c$`)
	safeWord        = regexp.MustCompile(`^[A-Za-z0-9_@%+=:,./-]+$`)
	heredocMarker   = regexp.MustCompile(`<<-?[ \t]*["']?[A-Za-z_][A-Za-z0-9_]*["']?`)
	unquoter        = strings.NewReplacer(`"`, "", `'`, "")
)

var shellOperators = map[string]bool{"&&": true, "||": true, "|": true, ";": true, "&": true, "\n": true}

// prefixWords may precede the command itself: reserved words and wrappers.
var prefixWords = map[string]bool{"!": true, "{": true, "(": true, "if": true, "then": true, "else": true,
	"elif": true, "do": true, "while": true, "until": true, "time": true, "exec": true, "nohup": true,
	"sudo": true, "env": true, "command": true, "xargs": true}

var shellNames = map[string]bool{"sh": true, "bash": true, "ash": true, "dash": true, "zsh": true, "ksh": true}

// runCommands is the "commands" of a RUN: the commands of every script it
// runs, in order.
func runCommands(args []string, json bool, heredocs []string) []any {
	out := []any{}
	for _, script := range runScripts(args, json, heredocs) {
		out = append(out, shellCommands(script)...)
	}
	return out
}

// runScripts are the shell texts a RUN runs: the shell-form line and the
// heredocs fed to a shell; the `sh -c` string of an exec-form shell call;
// otherwise the exec-form argv, quoted.
func runScripts(args []string, json bool, heredocs []string) []string {
	var out []string
	switch {
	case !json && len(args) > 0:
		out = append(out, args[0])
		if feedsShell(args[0]) {
			out = append(out, heredocs...)
		}
	case json && len(args) >= 3 && shellNames[basename(args[0])] && shellFlagC.MatchString(args[1]):
		out = append(out, args[2])
	case json:
		q := make([]string, len(args))
		for i, a := range args {
			q[i] = a
			if !safeWord.MatchString(a) {
				q[i] = "'" + a + "'"
			}
		}
		out = append(out, strings.Join(q, " "))
	}
	return out
}

// feedsShell holds when the RUN line is only heredoc markers or hands them
// to a shell (RUN bash <<EOF), so the heredocs are scripts.
func feedsShell(line string) bool {
	rest := strings.TrimSpace(heredocMarker.ReplaceAllString(line, ""))
	if rest == "" {
		return true
	}
	words := strings.Split(rest, " ")
	if !shellNames[basename(words[0])] {
		return false
	}
	n := 0
	for _, w := range words {
		if !strings.HasPrefix(w, "-") {
			n++
		}
	}
	return n == 1
}

// shellCommands splits a script into simple commands at its control
// operators.
func shellCommands(text string) []any {
	text = continuation.ReplaceAllString(commentLine.ReplaceAllString(text, ""), " ")
	toks := shellToken.FindAllString(text, -1)
	bounds := []int{-1}
	for k, t := range toks {
		if shellOperators[t] {
			bounds = append(bounds, k)
		}
	}
	bounds = append(bounds, len(toks))
	opAt := func(k int) string {
		if k >= 0 && k < len(toks) {
			return toks[k]
		}
		return ""
	}
	out := []any{}
	for m := 0; m+1 < len(bounds); m++ {
		ws := toks[bounds[m]+1 : bounds[m+1]]
		if len(ws) == 0 {
			continue
		}
		out = append(out, shellCommand(ws, m, opAt(bounds[m]), opAt(bounds[m+1])))
	}
	return out
}

func shellCommand(ws []string, pos int, before, after string) map[string]any {
	words := make([]string, len(ws))
	for i, w := range ws {
		words[i] = unquoter.Replace(closeParen(w))
	}
	start := len(words)
	for k, w := range words {
		if !isPrefix(w) {
			start = k
			break
		}
	}
	var assignments, argv []string
	for k, w := range words {
		if k < start && assignmentWord.MatchString(w) {
			assignments = append(assignments, w)
		}
		if k >= start && !isRedirection(words, k) {
			argv = append(argv, w)
		}
	}
	name := ""
	if len(argv) > 0 {
		argv[0] = strings.TrimLeft(argv[0], "({")
		name = basename(argv[0])
	}
	return map[string]any{
		"argv":        anySlice(argv),
		"name":        name,
		"assignments": anySlice(assignments),
		"words":       anySlice(words),
		"text":        strings.Join(ws, " "),
		"pos":         number(pos),
		"piped_from":  before == "|",
		"piped_to":    after == "|",
	}
}

func isPrefix(w string) bool {
	return prefixWords[w] || assignmentWord.MatchString(w) || strings.HasPrefix(w, "-")
}

func isRedirection(words []string, k int) bool {
	return redirectionWord.MatchString(words[k]) || (k > 0 && redirectionOnly.MatchString(words[k-1]))
}

// closeParen drops the ) that ends a subshell: (cd /src && make).
func closeParen(w string) string {
	if strings.HasSuffix(w, ")") && !strings.Contains(w, "(") && !quoted.MatchString(w) {
		return strings.TrimRight(w, ")")
	}
	return w
}

func basename(p string) string {
	return p[strings.LastIndexByte(p, '/')+1:]
}
