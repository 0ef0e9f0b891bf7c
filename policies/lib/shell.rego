# METADATA
# title: Shell helpers
# description: >-
#   Parse the shell scripts of Dockerfile RUN instructions into simple
#   commands (argv, leading assignments, pipe neighbours), plus the RUN
#   flags (--mount) and the stages whose layers end up in the shipped image.
package platlint.lib.shell

import data.platlint.lib.dockerfile as df

# A shell word: unquoted characters, quoted strings and escapes glued
# together. `&` only belongs to a word when it is not an operator (2>&1).
word_pattern := `(?:[^\s'"\\|;&]|&[^&|;\s]|\\.|'[^']*'|"(?:[^"\\]|\\.)*")+`

# Control operators, newline included (heredoc scripts have several lines).
operator_pattern := `&&|\|\||[|;&\n]`

token_pattern := concat("|", [word_pattern, operator_pattern])

operators := {"&&", "||", "|", ";", "&", "\n"}

# normalize drops whole-line comments (also inside continued lines, as
# Docker does) and joins continuation lines.
normalize(text) := regex.replace(regex.replace(text, `(?m)^[ \t]*#.*(\r?\n|$)`, ""), `\\[ \t]*\r?\n`, " ")

tokens(text) := regex.find_n(token_pattern, normalize(text), -1)

# unquote drops quote characters: "requests==2.32.3" -> requests==2.32.3.
unquote(w) := regex.replace(w, `["']`, "")

# Words that may precede the command itself: reserved words and wrappers.
prefix_words := {"!", "{", "(", "if", "then", "else", "elif", "do", "while", "until", "time", "exec", "nohup", "sudo", "env", "command", "xargs"}

assignment(w) if regex.match(`^[A-Za-z_][A-Za-z0-9_]*=`, w)

prefix(w) if w in prefix_words

prefix(w) if assignment(w)

# Options of a wrapper (sudo -E, env -i) come before the command too.
prefix(w) if startswith(w, "-")

# commands(text) is the list of simple commands of a script, in order. Each
# has argv (wrappers and leading VAR=value assignments removed), name (the
# basename of argv[0]), assignments, words (everything as written, unquoted),
# text (the command as written), pos (its index in the script) and whether a
# pipe feeds it (piped_from) or takes its output (piped_to).
commands(text) := [cmd |
	toks := tokens(text)
	ops := [k | some k, t in toks; t in operators]
	bounds := array.concat(array.concat([-1], ops), [count(toks)])
	some m in numbers.range(0, count(bounds) - 2)
	ws := array.slice(toks, bounds[m] + 1, bounds[m + 1])
	count(ws) > 0
	cmd := command(ws, m, operator_at(toks, bounds[m]), operator_at(toks, bounds[m + 1]))
]

operator_at(toks, k) := toks[k] if {
	k >= 0
	k < count(toks)
} else := ""

command(ws, m, before, after) := {
	"argv": argv,
	"name": command_name(argv),
	"assignments": [w | some k, w in words; k < start; assignment(w)],
	"words": words,
	"text": concat(" ", ws),
	"pos": m,
	"piped_from": before == "|",
	"piped_to": after == "|",
} if {
	words := [unquote(close_paren(w)) | some w in ws]
	start := min({k | some k, w in words; not prefix(w)} | {count(words)})
	argv := strip_parens([w |
		some k, w in words
		k >= start
		not redirection(words, k)
	])
}

# Redirections are not arguments: 2>&1, >/dev/null, and `> file` (both words).
redirection(words, k) if regex.match(`^[0-9]*(>>?|<|>&|&>)`, words[k])

redirection(words, k) if {
	k > 0
	regex.match(`^[0-9]*(>>?|<|>&|&>)$`, words[k - 1])
}

# close_paren drops the ) that ends a subshell: (cd /src && make).
close_paren(w) := trim_right(w, ")") if {
	endswith(w, ")")
	not contains(w, "(")
	not regex.match(`^["']`, w)
} else := w

strip_parens(argv) := array.concat([trim_left(argv[0], "({")], array.slice(argv, 1, count(argv))) if count(argv) > 0

strip_parens(argv) := [] if count(argv) == 0

command_name(argv) := basename(argv[0]) if count(argv) > 0

command_name(argv) := "" if count(argv) == 0

basename(path) := parts[count(parts) - 1] if parts := split(path, "/")

# scripts are the shell texts a RUN instruction runs: the shell-form line
# (its heredoc markers removed) and the heredocs fed to a shell; the
# `sh -c` string of an exec-form shell call; otherwise the exec-form argv.
scripts(ins) := array.concat(line_script(ins), heredoc_scripts(ins))

line_script(ins) := [ins.args[0]] if {
	not ins.json
	count(ins.args) > 0
}

line_script(ins) := [ins.args[2]] if {
	ins.json
	count(ins.args) >= 3
	shell_name(basename(ins.args[0]))
	regex.match(`^-[a-z]*c$`, ins.args[1])
} else := [concat(" ", [quote(a) | some a in ins.args])] if {
	ins.json
}

line_script(ins) := [] if {
	not ins.json
	count(ins.args) == 0
}

quote(a) := a if regex.match(`^[A-Za-z0-9_@%+=:,./-]+$`, a)

quote(a) := sprintf("'%s'", [a]) if not regex.match(`^[A-Za-z0-9_@%+=:,./-]+$`, a)

heredoc_pattern := `<<-?[ \t]*["']?[A-Za-z_][A-Za-z0-9_]*["']?`

# A heredoc is a script when the RUN line is only the heredoc marker(s) or
# feeds it to a shell (RUN bash <<EOF); `RUN cat <<EOF > /etc/app.conf` or
# `RUN python3 <<EOF` write or run something that is not shell.
heredoc_scripts(ins) := [heredoc_text(h) |
	not ins.json
	count(ins.args) > 0
	feeds_shell(ins.args[0])
	some h in object.get(ins, "heredocs", [])
]

feeds_shell(line) if {
	rest := trim_space(regex.replace(line, heredoc_pattern, ""))
	rest == ""
}

feeds_shell(line) if {
	rest := trim_space(regex.replace(line, heredoc_pattern, ""))
	words := split(rest, " ")
	shell_name(basename(words[0]))
	count([w | some w in words; not startswith(w, "-")]) == 1
}

heredoc_text(h) := h if is_string(h)

heredoc_text(h) := object.get(h, "content", "") if is_object(h)

shell_name(n) if n in {"sh", "bash", "ash", "dash", "zsh", "ksh"}

# non_posix_shell_before holds when a SHELL instruction before instruction j
# of stage i switched to a shell these helpers cannot parse (PowerShell, cmd).
non_posix_shell_before(i, j) if {
	some [si, k] in non_posix_shells
	si == i
	k < j
}

# Computed once per document: the positions of such SHELL instructions.
non_posix_shells := {[i, k] |
	some i, st in input.stages
	some k, s in st.instructions
	s.cmd == "shell"
	not shell_name(basename(lower(s.args[0])))
}

# runs holds every RUN instruction run by a POSIX shell with its parsed
# commands: {"stage": i, "index": j, "ins": ins, "commands": [...]}.
runs contains {"stage": i, "index": j, "ins": ins, "commands": run_commands(ins)} if {
	some i, s in input.stages
	some j, ins in s.instructions
	ins.cmd == "run"
	not non_posix_shell_before(i, j)
}

# run_commands are the commands of a RUN's scripts. The Dockerfile parser
# provides them (ins.commands, the same reading done once in Go); inputs
# written by hand in tests are read here.
run_commands(ins) := ins.commands if {
	is_array(ins.commands)
} else := [c | some text in scripts(ins); some c in commands(text)]

# calls maps a command name to its calls: [stage, instruction, command, run].
calls[c.name] contains [r.stage, r.index, c, r] if {
	some r in runs
	some c in r.commands
}

# Options and operands of a command.

# has_option holds when argv has one of the long options (alone or as
# --opt=value) or one of the short letters, alone or bundled (-qy).
has_option(argv, _, longs) if {
	some w in argv
	some l in longs
	w == l
}

has_option(argv, _, longs) if {
	some w in argv
	some l in longs
	startswith(w, concat("", [l, "="]))
}

has_option(argv, shorts, _) if {
	some w in argv
	regex.match(`^-[A-Za-z]+$`, w)
	some s in shorts
	contains(substring(w, 1, -1), s)
}

# operands are the words of argv from index `from` on that are neither
# options nor the separate value of one of value_options (-o Dpkg::..).
operands(argv, from, value_options) := [w |
	some k, w in argv
	k >= from
	not startswith(w, "-")
	not option_value(argv, k, value_options)
]

option_value(argv, k, value_options) if {
	k > 0
	argv[k - 1] in value_options
}

# flag_value is the value of a --name=value flag of an instruction (the
# last one when repeated).
flag_value(ins, name) := vs[count(vs) - 1] if {
	prefix := concat("", ["--", name, "="])
	vs := [substring(f, count(prefix), -1) | some f in object.get(ins, "flags", []); startswith(f, prefix)]
	count(vs) > 0
}

# mounts are the RUN --mount flags as objects: {"type": "cache", "target": ...}.
mounts(ins) := [m |
	some f in object.get(ins, "flags", [])
	startswith(f, "--mount=")
	m := mount_fields(substring(f, 8, -1))
]

# mount_fields parses type=cache,target=/x; a repeated key keeps its last value.
mount_fields(spec) := {k: last_value(kvs, k) | some [k, _] in kvs} if {
	kvs := [[parts[0], concat("=", array.slice(parts, 1, count(parts)))] |
		some kv in split(spec, ",")
		parts := split(kv, "=")
	]
}

last_value(kvs, k) := vs[count(vs) - 1] if vs := [v | some [k2, v] in kvs; k2 == k]

mount_target(m) := object.get(m, "target", object.get(m, "dst", object.get(m, "destination", "")))

# keeps_out_of_layer holds when dir (or a parent of it) is a cache or tmpfs
# mount of the RUN, so what the command writes there is not in the layer.
keeps_out_of_layer(ins, dir) if {
	some m in mounts(ins)
	object.get(m, "type", "") in {"cache", "tmpfs"}
	t := trim_right(mount_target(m), "/")
	t != ""
	dir_within(dir, t)
}

dir_within(dir, parent) if dir == parent

dir_within(dir, parent) if startswith(dir, concat("", [parent, "/"]))

# shipped_stages are the final stage and the stages it is built FROM, whose
# layers end up in the image; builder stages are left behind.
shipped_stages contains df.final_index if count(input.stages) > 0

shipped_stages contains p if p := df.parent_stage(df.final_index)

shipped_stages contains p if p := df.parent_stage(df.parent_stage(df.final_index))

shipped_stages contains p if p := df.parent_stage(df.parent_stage(df.parent_stage(df.final_index)))

# pip_argv is the argv of a pip call starting at "pip" whatever launches it:
# pip3.12, python3 -m pip, uv pip, /opt/venv/bin/pip.
pip_argv(cmd) := cmd.argv if regex.match(`^pip[0-9.]*$`, cmd.name)

pip_argv(cmd) := array.slice(cmd.argv, 2, count(cmd.argv)) if {
	regex.match(`^python[0-9.]*$`, cmd.name)
	cmd.argv[1] == "-m"
	regex.match(`^pip[0-9.]*$`, cmd.argv[2])
}

pip_argv(cmd) := array.slice(cmd.argv, 1, count(cmd.argv)) if {
	cmd.name == "uv"
	cmd.argv[1] == "pip"
}

# env_pairs are the ENV and ARG settings visible to the instructions of stage
# i: its own and those of the stages it is built FROM, as {"key", "value",
# "stage", "index"}. An ARG without a value takes the global ARG's default.
env_pairs(i) := [p | some s in stage_chain(i); some p in own_env_pairs(s)]

stage_chain(i) := [df.parent_stage(i), i] if df.parent_stage(i)

stage_chain(i) := [i] if not df.parent_stage(i)

own_env_pairs(i) := [{"key": kv.key, "value": pair_value(ins, kv), "stage": i, "index": j} |
	some j, ins in input.stages[i].instructions
	ins.cmd in {"env", "arg"}
	some kv in object.get(ins, "pairs", [])
]

pair_value(ins, kv) := v if {
	v := object.get(kv, "value", "")
	is_string(v)
	v != ""
} else := global_arg(kv.key) if {
	ins.cmd == "arg"
} else := ""

global_arg(name) := vs[count(vs) - 1] if {
	vs := [v | some a in object.get(input, "args", []); a.name == name; v := object.get(a, "value", ""); is_string(v)]
	count(vs) > 0
}

# env_value is the last value stage i sets for name (ENV or ARG), if any.
env_value(i, name) := v if {
	ps := [p | some p in env_pairs(i); p.key == name]
	count(ps) > 0
	v := ps[count(ps) - 1].value
}

# subcommand is the first operand of a command (install in apt-get -y
# install curl); arguments are the operands after it. value_options are the
# options whose value is a separate word.
subcommand(c, value_options) := ops[0] if {
	ops := operands(c.argv, 1, value_options)
	count(ops) > 0
}

arguments(c, value_options) := array.slice(ops, 1, count(ops)) if {
	ops := operands(c.argv, 1, value_options)
	count(ops) > 0
}

# deletes holds when one of the RUN's commands removes (rm, find -delete)
# dir, something under it or a directory holding it.
deletes(r, dir) if {
	some c in r.commands
	c.name in {"rm", "find"}
	some w in array.slice(c.argv, 1, count(c.argv))
	target := trim_right(trim_suffix(w, "*"), "/")
	count(target) > 1
	related_dirs(target, dir)
}

related_dirs(a, b) if dir_within(a, b)

related_dirs(a, b) if dir_within(b, a)

# Package managers.

apt_value_options := {"-o", "--option", "-t", "--target-release", "--default-release", "-c", "--config-file", "-a", "--host-architecture"}

apt(c) if c.name in {"apt-get", "apt"}

apt_subcommand(c) := subcommand(c, apt_value_options) if apt(c)

apk_value_options := {"-t", "--virtual", "-X", "--repository", "-p", "--root", "--arch", "--cache-dir", "--keys-dir", "--repositories-file"}

apk_subcommand(c) := subcommand(c, apk_value_options) if c.name == "apk"

rpm_tools := {"yum", "dnf", "dnf5", "microdnf", "tdnf"}

rpm_value_options := {"-c", "--config", "--releasever", "--installroot", "-x", "--exclude", "--repo", "--repoid", "--enablerepo", "--disablerepo", "--setopt", "-d", "--debuglevel", "-e", "--errorlevel"}

rpm_subcommand(c) := subcommand(c, rpm_value_options) if c.name in rpm_tools

zypper_value_options := {"-r", "--repo", "--from", "-t", "--type", "-R", "--root", "--releasever"}

zypper_subcommand(c) := subcommand(c, zypper_value_options) if c.name == "zypper"

# run_text is the whole text of a RUN, for checks on configuration written
# by an earlier RUN (echo 'APT::Get::Assume-Yes "true";' > ...).
run_text(ins) := concat("\n", scripts(ins))

# go build/install/run flags whose value is a separate word (go build -o /out/app).
go_value_options := {
	"-C", "-o", "-p", "-ldflags", "-gcflags", "-asmflags", "-gccgoflags", "-tags", "-mod", "-modfile", "-overlay",
	"-pkgdir", "-buildmode", "-compiler", "-installsuffix", "-pgo", "-toolexec", "-covermode", "-coverpkg", "-exec",
	"--ldflags", "--tags", "--o",
}

go_subcommand(c) := subcommand(c, go_value_options) if c.name == "go"
