# METADATA
# title: AWS helpers
# description: >-
#   Security group rules, IAM policy statements, S3 companion resources and
#   account-wide encryption defaults, shared by the AWS policies. The names
#   below are stable: other policies import this package.
package platlint.lib.aws

import data.platlint.lib.terraform as tf

# ---------------------------------------------------------------------------
# Networks and ports

# world_cidrs are the sources and destinations that mean the whole internet.
world_cidrs := {"0.0.0.0/0", "::/0"}

is_world_cidr(c) if c in world_cidrs

# as_number reads a port or count written as a number or as a numeric string;
# it is undefined for references and anything else.
as_number(v) := v if is_number(v)

as_number(v) := to_number(v) if {
	is_string(v)
	regex.match(`^\s*-?[0-9]+\s*$`, v)
}

# ---------------------------------------------------------------------------
# Security group rules

# inline_group_types hold their rules as ingress and egress blocks.
inline_group_types := ["aws_security_group", "aws_default_security_group"]

# security_group_rules holds every security group rule of the module,
# whatever the style it is written in, as
#   direction  "ingress" or "egress"
#   label      how messages name it, e.g. `aws_security_group.web ingress rule 0`
#   path       the path of the rule's block (or resource) in input
#   body       the rule's attributes
#   style      "inline" (blocks of a group, dynamic blocks included), "rule"
#              (aws_security_group_rule) or "vpc"
#              (aws_vpc_security_group_ingress_rule / _egress_rule)
security_group_rules contains rule if {
	some type in inline_group_types
	some name, sg in input.resource[type]
	some direction in ["ingress", "egress"]
	is_array(sg[direction])
	some i, body in sg[direction]
	is_object(body)
	rule := {
		"direction": direction,
		"label": sprintf("%s.%s %s rule %d", [type, name, direction, i]),
		"path": ["resource", type, name, direction, i],
		"body": body,
		"style": "inline",
	}
}

security_group_rules contains rule if {
	some type in inline_group_types
	some name, sg in input.resource[type]
	some direction in ["ingress", "egress"]
	some i, body in sg.dynamic[direction].content
	is_object(body)
	rule := {
		"direction": direction,
		"label": sprintf("%s.%s dynamic %q block", [type, name, direction]),
		"path": ["resource", type, name, "dynamic", direction, "content", i],
		"body": body,
		"style": "inline",
	}
}

security_group_rules contains rule if {
	some name, body in input.resource.aws_security_group_rule
	body.type in {"ingress", "egress"}
	rule := {
		"direction": body.type,
		"label": sprintf("aws_security_group_rule.%s", [name]),
		"path": ["resource", "aws_security_group_rule", name],
		"body": body,
		"style": "rule",
	}
}

security_group_rules contains rule if {
	some direction in ["ingress", "egress"]
	type := sprintf("aws_vpc_security_group_%s_rule", [direction])
	some name, body in input.resource[type]
	rule := {
		"direction": direction,
		"label": sprintf("%s.%s", [type, name]),
		"path": ["resource", type, name],
		"body": body,
		"style": "vpc",
	}
}

# protocol_names maps protocol numbers and aliases to one name.
protocol_names := {"-1": "all", "all": "all", "6": "tcp", "17": "udp", "1": "icmp", "58": "icmpv6"}

# protocol is the rule's protocol as "all", "tcp", "udp", "icmp"...; it is
# undefined when the protocol is a reference.
protocol(rule) := normal_protocol(lower(sprintf("%v", [raw]))) if {
	raw := protocol_attr(rule)
	not tf.is_reference(raw)
}

protocol_attr(rule) := rule.body.ip_protocol if rule.style == "vpc"

protocol_attr(rule) := rule.body.protocol if rule.style != "vpc"

normal_protocol(p) := protocol_names[p]

normal_protocol(p) := p if not protocol_names[p]

# port_range is [from, to] for a rule whose ports are known; every protocol
# ("-1") means every port.
port_range(rule) := [0, 65535] if protocol(rule) == "all"

port_range(rule) := [from, to] if {
	protocol(rule) != "all"
	from := as_number(rule.body.from_port)
	to := as_number(rule.body.to_port)
}

# all_ports holds for a rule that opens every port: protocol "-1"/"all", or
# TCP or UDP from port 0 (or 1) to 65535.
all_ports(rule) if protocol(rule) == "all"

all_ports(rule) if {
	protocol(rule) in {"tcp", "udp"}
	[from, to] := port_range(rule)
	from <= 1
	to >= 65535
}

# covers_port holds when the rule opens port for one of protocols (a set of
# "tcp"/"udp").
covers_port(rule, port, protocols) if {
	protocol(rule) in protocols
	[from, to] := port_range(rule)
	from <= port
	port <= to
}

# world_sources is the set of {"path", "cidr"} of the rule's CIDRs that are
# the whole internet; path points at the attribute listing them.
world_sources(rule) := {{"path": array.concat(rule.path, [attr]), "cidr": c} |
	some attr in ["cidr_blocks", "ipv6_cidr_blocks"]
	some c in tf.as_list(object.get(rule.body, attr, []))
	is_world_cidr(c)
} if rule.style != "vpc"

world_sources(rule) := {{"path": array.concat(rule.path, [attr]), "cidr": rule.body[attr]} |
	some attr in ["cidr_ipv4", "cidr_ipv6"]
	is_world_cidr(rule.body[attr])
} if rule.style == "vpc"

# world_rules are the rules open to the whole internet, one entry per
# offending CIDR attribute: {"rule", "path", "cidr"}.
world_rules contains {"rule": rule, "path": s.path, "cidr": s.cidr} if {
	some rule in security_group_rules
	some s in world_sources(rule)
}

# ports_text describes a rule's ports for messages.
ports_text(rule) := "all ports" if all_ports(rule)

ports_text(rule) := sprintf("%s port %v", [protocol(rule), from]) if {
	not all_ports(rule)
	[from, to] := port_range(rule)
	from == to
}

ports_text(rule) := sprintf("%s ports %v-%v", [protocol(rule), from, to]) if {
	not all_ports(rule)
	[from, to] := port_range(rule)
	from != to
}

# ---------------------------------------------------------------------------
# IAM policy statements

# identity_policy_types carry an identity-based policy in their policy
# attribute.
identity_policy_types := ["aws_iam_policy", "aws_iam_role_policy", "aws_iam_user_policy", "aws_iam_group_policy"]

# identity_policies are the identity-based policy documents written in the
# module as JSON (jsonencode or heredoc): {"label", "path", "doc"}.
identity_policies contains {"label": sprintf("%s.%s", [type, name]), "path": ["resource", type, name, "policy"], "doc": r.policy} if {
	some type in identity_policy_types
	some name, r in input.resource[type]
	is_object(r.policy)
}

identity_policies contains {"label": sprintf("aws_iam_role.%s inline_policy %d", [name, i]), "path": ["resource", "aws_iam_role", name, "inline_policy", i, "policy"], "doc": p.policy} if {
	some name, r in input.resource.aws_iam_role
	some i, p in r.inline_policy
	is_object(p.policy)
}

# json_statements maps a statement's path inside a JSON policy document to
# the statement; Statement may be one object or a list.
json_statements(doc) := {["Statement", i]: st | some i, st in doc.Statement; is_object(st)} if is_array(doc.Statement)

json_statements(doc) := {["Statement"]: doc.Statement} if is_object(doc.Statement)

# iam_statements normalises every policy statement of the module, from the
# identity-based JSON policies above and from every data
# "aws_iam_policy_document", to
#   label, path       the document and the statement's path in input
#   effect            "Allow" or "Deny" (or a reference)
#   actions           list of actions; action_path points at them
#   resources         list of resources; resource_path points at them
#   not_actions, not_resources  lists, empty when absent
#   has_condition     whether a condition narrows the statement
#   has_principal     whether the statement names principals (a
#                     resource-based or trust policy)
iam_statements contains st if {
	some p in identity_policies
	some spath, s in json_statements(p.doc)
	path := array.concat(p.path, spath)
	st := {
		"label": p.label,
		"path": path,
		"effect": object.get(s, "Effect", ""),
		"actions": tf.as_list(object.get(s, "Action", [])),
		"action_path": array.concat(path, ["Action"]),
		"not_actions": tf.as_list(object.get(s, "NotAction", [])),
		"resources": tf.as_list(object.get(s, "Resource", [])),
		"resource_path": array.concat(path, ["Resource"]),
		"not_resources": tf.as_list(object.get(s, "NotResource", [])),
		"has_condition": count(object.get(s, "Condition", {})) > 0,
		"has_principal": count({"Principal", "NotPrincipal"} & object.keys(s)) > 0,
	}
}

iam_statements contains st if {
	some name, d in input.data.aws_iam_policy_document
	some i, s in d.statement
	is_object(s)
	path := ["data", "aws_iam_policy_document", name, "statement", i]
	st := {
		"label": sprintf("data.aws_iam_policy_document.%s", [name]),
		"path": path,
		"effect": object.get(s, "effect", "Allow"),
		"actions": tf.as_list(object.get(s, "actions", [])),
		"action_path": array.concat(path, ["actions"]),
		"not_actions": tf.as_list(object.get(s, "not_actions", [])),
		"resources": tf.as_list(object.get(s, "resources", [])),
		"resource_path": array.concat(path, ["resources"]),
		"not_resources": tf.as_list(object.get(s, "not_resources", [])),
		"has_condition": count(object.get(s, "condition", [])) > 0,
		"has_principal": (count(object.get(s, "principals", [])) + count(object.get(s, "not_principals", []))) > 0,
	}
}

# action_matches holds when the action pattern written in a policy (IAM
# wildcards * and ?, case-insensitive) grants action.
action_matches(pattern, action) if {
	is_string(pattern)
	not tf.is_reference(pattern)
	glob.match(lower(pattern), null, lower(action))
}

# full_wildcard holds for an action or resource that means everything.
full_wildcard(v) if v in {"*", "*:*"}

# ---------------------------------------------------------------------------
# S3 companion resources

# bucket_companions is the set of names of the resources of type (an
# aws_s3_bucket_* configuration resource) that apply, or may apply, to
# aws_s3_bucket.name: they name the bucket by reference or by its literal
# name, or by an expression platlint cannot resolve (for_each over buckets,
# a variable), which might be this bucket.
bucket_companions(type, name, bucket) := {cname | some cname, _ in certain_companions(type, name, bucket)} | object.get(unknown_companions, type, set())

# certain_companions maps the names of the resources of type that certainly
# name aws_s3_bucket.name (by reference or literal name) to their bodies.
certain_companions(type, name, bucket) := object.union(
	object.get(companions_by_reference, [type, name], {}),
	object.get(companions_by_literal, [type, literal_name(bucket)], {}),
)

literal_name(bucket) := bucket.bucket if {
	is_string(bucket.bucket)
	not tf.is_reference(bucket.bucket)
} else := ""

# The companions of every bucket are indexed once per evaluation: a module
# with thousands of buckets and companions then costs lookups, not a scan of
# every companion for every bucket.
#
# companions_by_reference[type][bucket][companion] is a companion that names
# aws_s3_bucket.bucket by reference.
companions_by_reference[type][bname][cname] := c if {
	some type, by_name in input.resource
	startswith(type, "aws_s3_bucket_")
	some cname, c in by_name
	some bname in tf.mentioned(object.get(c, "bucket", null), "aws_s3_bucket")
}

# companions_by_literal[type][bucket name][companion] names the bucket by
# its literal name.
companions_by_literal[type][lname][cname] := c if {
	some type, by_name in input.resource
	startswith(type, "aws_s3_bucket_")
	some cname, c in by_name
	lname := object.get(c, "bucket", null)
	is_string(lname)
	lname != ""
	not tf.is_reference(lname)
}

# unknown_companions[type] are the companions whose bucket is computed from
# something other than a bucket of the module (for_each, a variable): they
# may name any bucket.
unknown_companions[type] contains cname if {
	some type, by_name in input.resource
	startswith(type, "aws_s3_bucket_")
	some cname, c in by_name
	v := object.get(c, "bucket", null)
	tf.is_reference(v)
	not names_a_bucket(v)
}

# names_a_bucket holds when v refers to some aws_s3_bucket of the module,
# so that it cannot be an unknown bucket.
names_a_bucket(v) if {
	some other in tf.mentioned(v, "aws_s3_bucket")
	input.resource.aws_s3_bucket[other]
}

# ---------------------------------------------------------------------------
# Account-wide defaults

# ebs_encrypted_by_default holds when the module turns on EBS encryption by
# default for the account and region (enabled defaults to true).
ebs_encrypted_by_default if {
	some r in input.resource.aws_ebs_encryption_by_default
	tf.is_true(object.get(r, "enabled", true))
}

# imdsv2_required_by_default holds when the module makes IMDSv2 the
# account-wide default for new instances.
imdsv2_required_by_default if {
	some r in input.resource.aws_ec2_instance_metadata_defaults
	r.http_tokens == "required"
}

# ---------------------------------------------------------------------------
# Messages

# port_text names a port the rule opens and the service behind it: "tcp
# port 22 (SSH)" when the rule opens just that port, "tcp ports 0-1024,
# including 22 (SSH)" otherwise.
port_text(rule, port, service) := sprintf("%s port %v (%s)", [protocol(rule), port, service]) if {
	[from, to] := port_range(rule)
	from == to
}

port_text(rule, port, service) := sprintf("%s ports %v-%v, including %v (%s)", [protocol(rule), from, to, port, service]) if {
	[from, to] := port_range(rule)
	from != to
}

# ---------------------------------------------------------------------------
# Paths

# attr_path points at attribute attr of resource type.name when the body
# sets it, and at the resource when it does not.
attr_path(type, name, body, attr) := ["resource", type, name, attr] if attr in object.keys(body)

attr_path(type, name, body, attr) := ["resource", type, name] if not attr in object.keys(body)

# not_true holds when attribute attr of body is known and not true; an
# absent attribute counts as dflt, the provider default.
not_true(body, attr, dflt) if {
	v := object.get(body, attr, dflt)
	not tf.is_true(v)
	not tf.is_reference(v)
}

# ---------------------------------------------------------------------------
# Resource policies open to everyone

# public_policy_findings are the findings for the resource policies of the
# given resource types (a policy attribute in jsonencode or heredoc JSON, or
# a data "aws_iam_policy_document" it uses) whose statements allow
# Principal "*" (or AWS "*") with no condition narrowing the caller or the
# source. noun names the policy in messages ("queue policy").
public_policy_findings(types, noun) := json_findings | document_findings if {
	json_findings := {finding |
		some type in types
		some name, r in input.resource[type]
		is_object(r.policy)
		some spath, st in policy_statements(r.policy)
		public_json_statement(st)
		finding := {
			"msg": sprintf("%s.%s %s allows Principal \"*\" with no condition on the caller or source", [type, name, noun]),
			"path": array.concat(["resource", type, name, "policy"], array.concat(spath, ["Principal"])),
		}
	}
	document_findings := {finding |
		some type in types
		some name, r in input.resource[type]
		some doc_name in tf.mentioned(r.policy, "data.aws_iam_policy_document")
		some i, st in input.data.aws_iam_policy_document[doc_name].statement
		object.get(st, "effect", "Allow") == "Allow"
		some j, p in st.principals
		p.type in {"*", "AWS"}
		"*" in tf.as_list(p.identifiers)
		not document_narrowed(object.get(st, "condition", []))
		finding := {
			"msg": sprintf("%s.%s uses data.aws_iam_policy_document.%s, which allows principal \"*\" with no condition on the caller or source", [type, name, doc_name]),
			"path": ["data", "aws_iam_policy_document", doc_name, "statement", i, "principals", j],
		}
	}
}

# policy_statements maps a statement's path inside a JSON policy document to
# the statement; Statement may be one object or a list.
policy_statements(doc) := {["Statement", i]: st | some i, st in doc.Statement} if is_array(doc.Statement)

policy_statements(doc) := {["Statement"]: doc.Statement} if is_object(doc.Statement)

public_json_statement(st) if {
	st.Effect == "Allow"
	wildcard_principal(st.Principal)
	not narrowed(object.get(st, "Condition", {}))
}

wildcard_principal(p) if p == "*"

wildcard_principal(p) if "*" in tf.as_list(p.AWS)

# narrowed holds when a condition restricts who can use the grant: the
# caller's account, organization, ARN or network, or the source resource.
narrowed(cond) if {
	some keys in cond
	is_object(keys)
	some key, _ in keys
	lower(key) in narrowing_keys
}

document_narrowed(conditions) if {
	some c in conditions
	lower(c.variable) in narrowing_keys
}

narrowing_keys := {
	"aws:sourcearn", "aws:sourceaccount", "aws:sourceowner", "aws:sourceorgid", "aws:sourceorgpaths",
	"aws:sourcevpc", "aws:sourcevpce", "aws:sourceip", "aws:vpcsourceip",
	"aws:principalorgid", "aws:principalorgpaths", "aws:principalaccount", "aws:principalarn",
	"aws:principalservicename", "aws:userid", "aws:username", "kms:calleraccount",
}
