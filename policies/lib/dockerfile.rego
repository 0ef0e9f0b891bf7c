# METADATA
# title: Dockerfile helpers
# description: Stage lookups shared by the Dockerfile policies.
package platlint.lib.dockerfile

final_index := count(input.stages) - 1

final_stage := input.stages[final_index]

# stage_label names a stage as findings do: the final stage by its role, an
# intermediate one by its name, always with its FROM line.
stage_label(i) := sprintf("final stage (line %d)", [input.stages[i].line]) if i == final_index

stage_label(i) := sprintf("stage %q (line %d)", [input.stages[i].name, input.stages[i].line]) if {
	i != final_index
	input.stages[i].name != ""
}

stage_label(i) := sprintf("stage %d (line %d)", [i, input.stages[i].line]) if {
	i != final_index
	input.stages[i].name == ""
}

# parent_stage is the earlier stage a FROM <stage> builds on: the nearest
# one of that name, as BuildKit resolves a name used twice.
parent_stage(i) := p if {
	input.stages[i].from_stage
	name := lower(input.stages[i].base)
	earlier := [q | some q, s in input.stages; q < i; s.name == name]
	p := max(earlier)
}

# base_image is the image a stage ultimately starts from, following one
# FROM <stage> hop (Rego has no recursion; chains deeper than two stages are
# rare in practice).
base_image(i) := input.stages[i].image if not input.stages[i].from_stage

base_image(i) := input.stages[parent_stage(i)].image if input.stages[i].from_stage

# instructions of stage i with a given command.
instructions(i, cmd) := [[j, ins] | some j, ins in input.stages[i].instructions; ins.cmd == cmd]
