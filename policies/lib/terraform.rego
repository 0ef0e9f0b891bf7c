# METADATA
# title: Terraform helpers
# description: Functions shared by the Terraform policies.
package platlint.lib.terraform

# is_reference holds for a value that Terraform computes at plan time. The
# parser keeps such expressions as "${...}" text, the convention of
# Terraform's JSON syntax.
is_reference(v) if {
	is_string(v)
	contains(v, "${")
}

# refers_to holds when the expression v mentions the resource type.name,
# e.g. "${aws_s3_bucket.logs.id}" refers to aws_s3_bucket logs. For data
# sources pass type as "data.aws_iam_policy_document".
refers_to(v, type, name) if {
	is_string(v)
	pattern := sprintf(`(^|[^A-Za-z0-9_.\-])%s\.%s([^A-Za-z0-9_\-]|$)`, [escape(type), escape(name)])
	regex.match(pattern, v)
}

# mentioned is the set of names of resources of the type that the
# expression v mentions: "${aws_vpc.main.id}" mentions {"main"} of
# "aws_vpc". Rules that match many resources against many companions
# gather these sets once instead of testing every pair with refers_to.
mentioned(v, type) := {m[1] |
	is_string(v)
	pattern := sprintf(`(?:^|[^A-Za-z0-9_.\-])%s\.([A-Za-z0-9_\-]+)`, [escape(type)])
	some m in regex.find_all_string_submatch_n(pattern, v, -1)
}

# escape quotes the regular-expression metacharacters Terraform names can
# hold (dots in "data.x", dashes in names).
escape(s) := replace(replace(s, ".", `\.`), "-", `\-`)

# targets_bucket holds when v (a bucket attribute of a companion resource)
# points at aws_s3_bucket.name, by reference or by the bucket's literal name.
targets_bucket(v, name, _) if refers_to(v, "aws_s3_bucket", name)

targets_bucket(v, _, bucket) if {
	not is_reference(v)
	is_string(bucket.bucket)
	v == bucket.bucket
}

# is_true holds for true and for the string "true", which HCL converts.
is_true(v) if v == true

is_true(v) if v == "true"

# as_list turns a JSON policy field that may be a single value or an array
# into an array.
as_list(v) := v if is_array(v)

as_list(v) := [v] if not is_array(v)
