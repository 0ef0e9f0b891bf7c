# METADATA
# title: S3 bucket policy does not deny requests without TLS
# description: >-
#   S3 accepts plain HTTP requests unless the bucket policy denies them. Every
#   bucket needs a policy statement with Effect Deny and the condition
#   Bool aws:SecureTransport = false. Policies written with jsonencode, as
#   heredoc JSON or as a data "aws_iam_policy_document" (including documents
#   merged through source_policy_documents) are read; a policy platlint cannot
#   see into (a variable, a module output, a for_each over buckets) is not
#   flagged.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html#transit
#   - ref: https://repost.aws/knowledge-center/s3-bucket-policy-for-config-rule
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_policy
# custom:
#   id: PL-TF-007
#   severity: medium
#   rationale: Plain HTTP exposes objects and signed requests to network attackers, who must first sit on the path.
#   input: terraform
#   resources: [aws_s3_bucket, aws_s3_bucket_policy, aws_iam_policy_document]
#   tags: [aws, s3, encryption, transit]
#   remediation: >-
#     Add to the bucket policy a statement `{ Sid = "DenyInsecureTransport", Effect = "Deny",
#     Principal = "*", Action = "s3:*", Resource = [bucket ARN, "${bucket ARN}/*"],
#     Condition = { Bool = { "aws:SecureTransport" = "false" } } }`.
package platlint.terraform.s3_tls_not_enforced

import data.platlint.lib.aws
import data.platlint.lib.terraform as tf

documents := object.get(input, ["data", "aws_iam_policy_document"], {})

# A bucket that no bucket policy can apply to.
deny contains finding if {
	some name, bucket in input.resource.aws_s3_bucket
	not "policy" in object.keys(bucket)
	count(aws.bucket_companions("aws_s3_bucket_policy", name, bucket)) == 0
	finding := {
		"msg": sprintf("aws_s3_bucket.%s has no bucket policy denying requests without TLS (aws:SecureTransport = false)", [name]),
		"path": ["resource", "aws_s3_bucket", name],
	}
}

# A bucket whose policies are all known and none denies plain HTTP.
deny contains finding if {
	some name, bucket in input.resource.aws_s3_bucket
	policies := bucket_policies(name, bucket)
	count(policies) > 0
	count(aws.bucket_companions("aws_s3_bucket_policy", name, bucket)) == count(aws.certain_companions("aws_s3_bucket_policy", name, bucket))
	every p in policies {
		known(p.value)
		not enforces_tls(p.value)
	}
	some p in policies
	finding := {
		"msg": sprintf("aws_s3_bucket.%s: %s has no Deny statement on aws:SecureTransport = false, so plain HTTP requests are accepted", [name, p.label]),
		"path": policy_path(p),
	}
}

# bucket_policies are the policies that certainly apply to the bucket: the
# v3 inline policy and the aws_s3_bucket_policy resources naming it.
bucket_policies(name, bucket) := inline | companions if {
	inline := {{"value": bucket.policy, "path": ["resource", "aws_s3_bucket", name, "policy"], "label": "its inline policy"} |
		"policy" in object.keys(bucket)
	}
	companions := {{"value": c.policy, "path": ["resource", "aws_s3_bucket_policy", cname, "policy"], "label": sprintf("aws_s3_bucket_policy.%s", [cname])} |
		some cname, c in aws.certain_companions("aws_s3_bucket_policy", name, bucket)
	}
}

# A policy held by a data document is reported at the document, where the
# statement belongs.
policy_path(p) := ["data", "aws_iam_policy_document", doc_ref(p.value)] if doc_ref(p.value)

policy_path(p) := p.path if not doc_ref(p.value)

# doc_ref is the name of the data "aws_iam_policy_document" whose JSON the
# expression v is (any instance of it, with count or for_each).
doc_ref(v) := m[1] if {
	is_string(v)
	some m in regex.find_all_string_submatch_n(`^\$\{\s*data\.aws_iam_policy_document\.([A-Za-z0-9_\-]+)(\[[^\]]*\])?\.(json|minified_json)\s*\}$`, v, 1)
}

# known holds when every statement of the policy can be read.
known(v) if {
	is_object(v)
	statements_known(v)
}

known(v) if {
	doc := documents[doc_ref(v)]
	leaf_known(doc)
}

known(v) if {
	doc := documents[doc_ref(v)]
	not leaf_known(doc)
	not doc.dynamic
	not doc.source_json
	not doc.override_json
	every attr in ["source_policy_documents", "override_policy_documents"] {
		every ref in tf.as_list(object.get(doc, attr, [])) {
			leaf_known(documents[doc_ref(ref)])
		}
	}
}

statements_known(doc) if is_object(doc.Statement)

statements_known(doc) if {
	is_array(doc.Statement)
	every st in doc.Statement {
		is_object(st)
	}
}

# leaf_known holds for a data document that merges no other document.
leaf_known(doc) if {
	not doc.dynamic
	every attr in ["source_policy_documents", "override_policy_documents", "source_json", "override_json"] {
		not attr in object.keys(doc)
	}
}

enforces_tls(v) if {
	is_object(v)
	some st in aws.json_statements(v)
	json_tls_deny(st)
}

enforces_tls(v) if {
	doc := documents[doc_ref(v)]
	some st in doc.statement
	document_tls_deny(st)
}

enforces_tls(v) if {
	doc := documents[doc_ref(v)]
	some attr in ["source_policy_documents", "override_policy_documents"]
	some ref in tf.as_list(object.get(doc, attr, []))
	some st in documents[doc_ref(ref)].statement
	document_tls_deny(st)
}

json_tls_deny(st) if {
	st.Effect == "Deny"
	some op, keys in st.Condition
	lower(op) in {"bool", "boolifexists"}
	some key, value in keys
	lower(key) == "aws:securetransport"
	is_false(value)
}

document_tls_deny(st) if {
	st.effect == "Deny"
	some c in st.condition
	lower(c.test) in {"bool", "boolifexists"}
	lower(c.variable) == "aws:securetransport"
	is_false(c.values)
}

is_false(v) if {
	some x in tf.as_list(v)
	lower(sprintf("%v", [x])) == "false"
}
