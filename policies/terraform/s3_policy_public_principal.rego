# METADATA
# title: S3 bucket policy allows any principal without a condition
# description: >-
#   A bucket policy statement that allows Principal "*" (or AWS "*") with no
#   Condition grants its actions to everyone on the internet. Statements
#   written with jsonencode, heredoc JSON or a data "aws_iam_policy_document"
#   attached to the bucket are all checked.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonS3/latest/userguide/example-bucket-policies.html
#   - ref: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html
# custom:
#   id: PL-TF-003
#   severity: critical
#   rationale: An unconditioned wildcard principal exposes the bucket to anonymous access.
#   input: terraform
#   resources: [aws_s3_bucket_policy, aws_s3_bucket, aws_iam_policy_document]
#   tags: [aws, s3, iam, public-access]
#   remediation: >-
#     Name the principals that need access (`Principal = { AWS =
#     "arn:aws:iam::123456789012:role/reader" }`), or narrow the wildcard with a condition such as
#     `Condition = { StringEquals = { "aws:PrincipalOrgID" = "o-abc123" } }`.
package platlint.terraform.s3_policy_public_principal

import data.platlint.lib.terraform as tf

# Policies written in HCL as JSON (jsonencode or heredoc): on the bucket
# policy resource and on the legacy inline policy of the bucket.
policy_attrs contains [type, name, doc] if {
	some type in ["aws_s3_bucket_policy", "aws_s3_bucket"]
	some name, r in input.resource[type]
	doc := r.policy
	is_object(doc)
}

deny contains finding if {
	some [type, name, doc] in policy_attrs
	some spath, st in statements(doc)
	st.Effect == "Allow"
	wildcard_principal(st)
	not has_condition(st)
	finding := {
		"msg": sprintf("%s.%s allows Principal \"*\" with no Condition", [type, name]),
		"path": array.concat(["resource", type, name, "policy"], array.concat(spath, ["Principal"])),
	}
}

# statements maps a statement's path inside the policy document to the
# statement; Statement may be one object or a list.
statements(doc) := {["Statement", i]: st | some i, st in doc.Statement} if is_array(doc.Statement)

statements(doc) := {["Statement"]: doc.Statement} if is_object(doc.Statement)

wildcard_principal(st) if st.Principal == "*"

wildcard_principal(st) if "*" in tf.as_list(st.Principal.AWS)

has_condition(st) if count(st.Condition) > 0

# data "aws_iam_policy_document" attached to a bucket policy.
deny contains finding if {
	some name, d in input.data.aws_iam_policy_document
	attached_to_bucket(name)
	some i, st in d.statement
	object.get(st, "effect", "Allow") == "Allow"
	some j, p in st.principals
	p.type in {"*", "AWS"}
	"*" in p.identifiers
	count(object.get(st, "condition", [])) == 0
	finding := {
		"msg": sprintf("data.aws_iam_policy_document.%s, used as a bucket policy, allows principal \"*\" with no condition", [name]),
		"path": ["data", "aws_iam_policy_document", name, "statement", i, "principals", j],
	}
}

attached_to_bucket(name) if name in attached_documents

# The policy documents bucket policies use, gathered once.
attached_documents contains name if {
	some type in ["aws_s3_bucket_policy", "aws_s3_bucket"]
	some r in input.resource[type]
	some name in tf.mentioned(r.policy, "data.aws_iam_policy_document")
}
