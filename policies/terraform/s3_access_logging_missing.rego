# METADATA
# title: S3 bucket without server access logging
# description: >-
#   Server access logs record every request made to a bucket, which is what
#   an investigation needs to tell who read or deleted what. Logging is on
#   when an aws_s3_bucket_logging names the bucket (or, with AWS provider v3,
#   the bucket has an inline logging block). Buckets that receive logs
#   themselves (the target of another bucket's logging, a CloudTrail trail,
#   load balancer access logs, VPC flow logs, CloudFront logs, or a bucket
#   with the log-delivery-write ACL) are not checked, since logging them into
#   themselves would loop.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerLogs.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_logging
# custom:
#   id: PL-TF-006
#   severity: low
#   rationale: Missing access logs do not expose data; they leave an incident without an audit trail.
#   input: terraform
#   resources: [aws_s3_bucket, aws_s3_bucket_logging]
#   tags: [aws, s3, logging]
#   remediation: >-
#     Add resource "aws_s3_bucket_logging" with `bucket = aws_s3_bucket.NAME.id`,
#     `target_bucket = aws_s3_bucket.access_logs.id` and `target_prefix = "NAME/"`.
package platlint.terraform.s3_access_logging_missing

import data.platlint.lib.aws
import data.platlint.lib.terraform as tf

deny contains finding if {
	some name, bucket in input.resource.aws_s3_bucket
	count(object.get(bucket, "logging", [])) == 0
	count(aws.bucket_companions("aws_s3_bucket_logging", name, bucket)) == 0
	not log_destination(name, bucket)
	finding := {
		"msg": sprintf("aws_s3_bucket.%s has no server access logging (no aws_s3_bucket_logging names it)", [name]),
		"path": ["resource", "aws_s3_bucket", name],
	}
}

# log_targets are the expressions other resources use to name the bucket
# they write logs to.
log_targets contains v if {
	some b in input.resource.aws_s3_bucket_logging
	v := b.target_bucket
}

log_targets contains v if {
	some b in input.resource.aws_s3_bucket
	some l in b.logging
	v := l.target_bucket
}

log_targets contains v if {
	some t in input.resource.aws_cloudtrail
	v := t.s3_bucket_name
}

log_targets contains v if {
	some type in ["aws_lb", "aws_alb", "aws_elb"]
	some lb in input.resource[type]
	some l in lb.access_logs
	v := l.bucket
}

log_targets contains v if {
	some fl in input.resource.aws_flow_log
	v := fl.log_destination
}

log_targets contains v if {
	some d in input.resource.aws_cloudfront_distribution
	some l in d.logging_config
	v := l.bucket
}

# The buckets log_targets and log-delivery ACLs name, gathered once so a
# module with many buckets costs lookups.
logged_names contains n if {
	some v in log_targets
	some n in tf.mentioned(v, "aws_s3_bucket")
}

logged_names contains n if {
	some a in input.resource.aws_s3_bucket_acl
	a.acl == "log-delivery-write"
	some n in tf.mentioned(a.bucket, "aws_s3_bucket")
}

logged_literals contains v if {
	some v in log_targets
	is_string(v)
	not tf.is_reference(v)
}

logged_literals contains a.bucket if {
	some a in input.resource.aws_s3_bucket_acl
	a.acl == "log-delivery-write"
	is_string(a.bucket)
	not tf.is_reference(a.bucket)
}

log_destination(name, _) if name in logged_names

log_destination(_, bucket) if bucket.bucket in logged_literals

log_destination(_, bucket) if bucket.acl == "log-delivery-write"
