# METADATA
# title: SNS topic policy allows any principal without a condition
# description: >-
#   A topic policy statement that allows Principal "*" (or AWS "*") without a condition
#   on the caller's account, organization or network, or on the source owner or ARN, lets
#   any AWS account publish to or subscribe to the topic. Policies on aws_sns_topic_policy
#   and the topic's inline policy, in jsonencode, heredoc JSON or a data "aws_iam_policy_document", are checked.
# related_resources:
#   - ref: https://docs.aws.amazon.com/sns/latest/dg/sns-access-policy-use-cases.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sns_topic_policy
# custom:
#   id: PL-TF-075
#   severity: high
#   rationale: Anyone could subscribe an endpoint and receive every notification, or publish forged messages to the subscribers.
#   input: terraform
#   resources: [aws_sns_topic, aws_sns_topic_policy, aws_iam_policy_document]
#   tags: [aws, sns, iam, public-access]
#   remediation: >-
#     Name the principals, or keep `"*"` only with a condition such as `AWS:SourceOwner`,
#     `aws:SourceArn` or `aws:PrincipalOrgID` that limits it to your accounts and sources.
package platlint.terraform.sns_policy_public

import data.platlint.lib.terraform as tf

policy_types := ["aws_sns_topic", "aws_sns_topic_policy"]

deny contains finding if {
	some [type, name, doc] in policy_attrs
	some spath, st in statements(doc)
	public_statement(st)
	finding := {
		"msg": sprintf("%s.%s topic policy allows Principal \"*\" with no condition on the caller or source", [type, name]),
		"path": array.concat(["resource", type, name, "policy"], array.concat(spath, ["Principal"])),
	}
}

deny contains finding if {
	some type in policy_types
	some name, r in input.resource[type]
	some doc_name, _ in input.data.aws_iam_policy_document
	tf.refers_to(r.policy, "data.aws_iam_policy_document", doc_name)
	finding := document_finding(type, name, doc_name)
}

# policy_attrs holds [type, name, doc] for every policy written in HCL as JSON
# (jsonencode or a heredoc), which the parser turns into an object.
policy_attrs contains [type, name, doc] if {
	some type in policy_types
	some name, r in input.resource[type]
	doc := r.policy
	is_object(doc)
}

# statements maps a statement's path inside the policy document to the
# statement; Statement may be one object or a list.
statements(doc) := {["Statement", i]: st | some i, st in doc.Statement} if is_array(doc.Statement)

statements(doc) := {["Statement"]: doc.Statement} if is_object(doc.Statement)

public_statement(st) if {
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

narrowing_keys := {
	"aws:sourcearn", "aws:sourceaccount", "aws:sourceowner", "aws:sourceorgid", "aws:sourceorgpaths",
	"aws:sourcevpc", "aws:sourcevpce", "aws:sourceip", "aws:vpcsourceip",
	"aws:principalorgid", "aws:principalorgpaths", "aws:principalaccount", "aws:principalarn",
	"aws:principalservicename", "aws:userid", "aws:username", "kms:calleraccount",
}

# Statements of a data "aws_iam_policy_document" used as the policy.
document_finding(type, name, doc_name) := finding if {
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

document_narrowed(conditions) if {
	some c in conditions
	lower(c.variable) in narrowing_keys
}
