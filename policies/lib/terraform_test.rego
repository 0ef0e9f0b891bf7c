package platlint.lib.terraform_test

import data.platlint.lib.terraform as tf

test_mentioned_finds_every_named_resource if {
	tf.mentioned("${aws_s3_bucket.logs.id}", "aws_s3_bucket") == {"logs"}
	tf.mentioned("${concat(aws_s3_bucket.a.arn, aws_s3_bucket.b-2[0].arn)}", "aws_s3_bucket") == {"a", "b-2"}
	tf.mentioned("${data.aws_iam_policy_document.site.json}", "data.aws_iam_policy_document") == {"site"}
}

test_mentioned_ignores_other_types_and_literals if {
	tf.mentioned("${aws_s3_bucket_policy.logs.id}", "aws_s3_bucket") == set()
	tf.mentioned("${module.aws_s3_bucket.id}", "aws_s3_bucket") == set()
	tf.mentioned("acme-logs", "aws_s3_bucket") == set()
	tf.mentioned(null, "aws_s3_bucket") == set()
}

test_refers_to if {
	tf.refers_to("${aws_s3_bucket.logs.id}", "aws_s3_bucket", "logs")
	not tf.refers_to("${aws_s3_bucket.logs2.id}", "aws_s3_bucket", "logs")
}
