package platlint.terraform.sqs_policy_public_test

import data.platlint.terraform.sqs_policy_public as pub

test_queue_policy_open_to_everyone if {
	r := pub.deny with input as {"resource": {"aws_sqs_queue_policy": {"jobs": {
		"queue_url": "${aws_sqs_queue.jobs.id}",
		"policy": {"Statement": [{"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "sqs:SendMessage", "Resource": "${aws_sqs_queue.jobs.arn}"}]},
	}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_sqs_queue_policy", "jobs", "policy", "Statement", 0, "Principal"]
}

test_inline_queue_policy_open_to_everyone if {
	r := pub.deny with input as {"resource": {"aws_sqs_queue": {"jobs": {
		"name": "jobs",
		"policy": {"Statement": {"Effect": "Allow", "Principal": "*", "Action": "sqs:*"}},
	}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_sqs_queue", "jobs", "policy", "Statement", "Principal"]
}

test_policy_document_open_to_everyone if {
	r := pub.deny with input as {
		"resource": {"aws_sqs_queue_policy": {"jobs": {"policy": "${data.aws_iam_policy_document.jobs.json}"}}},
		"data": {"aws_iam_policy_document": {"jobs": {"statement": [{"actions": ["sqs:SendMessage"], "principals": [{"type": "AWS", "identifiers": ["*"]}]}]}}},
	}
	count(r) == 1
}

test_sns_fan_out_with_source_arn_is_fine if {
	count(pub.deny) == 0 with input as {"resource": {"aws_sqs_queue_policy": {"jobs": {"policy": {"Statement": [{
		"Effect": "Allow", "Principal": "*", "Action": "sqs:SendMessage", "Resource": "${aws_sqs_queue.jobs.arn}",
		"Condition": {"ArnEquals": {"aws:SourceArn": "${aws_sns_topic.events.arn}"}},
	}]}}}}}
}

test_service_principal_document_is_fine if {
	count(pub.deny) == 0 with input as {
		"resource": {"aws_sqs_queue_policy": {"jobs": {"policy": "${data.aws_iam_policy_document.jobs.json}"}}},
		"data": {"aws_iam_policy_document": {"jobs": {"statement": [{
			"actions": ["sqs:SendMessage"],
			"principals": [{"type": "Service", "identifiers": ["s3.amazonaws.com"]}],
		}]}}},
	}
}

test_policy_from_variable_is_not_flagged if {
	count(pub.deny) == 0 with input as {"resource": {"aws_sqs_queue_policy": {"jobs": {"policy": "${var.queue_policy}"}}}}
}

test_document_with_two_public_statements_reports_both if {
	r := pub.deny with input as {
		"resource": {"aws_sqs_queue_policy": {"q": {"queue_url": "x", "policy": "${data.aws_iam_policy_document.q.json}"}}},
		"data": {"aws_iam_policy_document": {"q": {"statement": [
			{"actions": ["sqs:SendMessage"], "principals": [{"type": "*", "identifiers": ["*"]}]},
			{"actions": ["sqs:ReceiveMessage"], "principals": [{"type": "AWS", "identifiers": ["*"]}]},
		]}}},
	}
	count(r) == 2
}
