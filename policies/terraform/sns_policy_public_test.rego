package platlint.terraform.sns_policy_public_test

import data.platlint.terraform.sns_policy_public as pub

test_topic_policy_open_to_everyone if {
	r := pub.deny with input as {"resource": {"aws_sns_topic_policy": {"alerts": {
		"arn": "${aws_sns_topic.alerts.arn}",
		"policy": {"Statement": [
			{"Effect": "Allow", "Principal": {"Service": "events.amazonaws.com"}, "Action": "sns:Publish"},
			{"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": ["sns:Subscribe", "sns:Receive"]},
		]},
	}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "aws_sns_topic_policy", "alerts", "policy", "Statement", 1, "Principal"]
}

test_inline_topic_policy_document if {
	r := pub.deny with input as {
		"resource": {"aws_sns_topic": {"alerts": {"name": "alerts", "policy": "${data.aws_iam_policy_document.alerts.json}"}}},
		"data": {"aws_iam_policy_document": {"alerts": {"statement": [{"actions": ["SNS:Publish"], "principals": [{"type": "AWS", "identifiers": ["*"]}]}]}}},
	}
	count(r) == 1
	some f in r
	f.path == ["data", "aws_iam_policy_document", "alerts", "statement", 0, "principals", 0]
}

test_source_owner_condition_is_fine if {
	count(pub.deny) == 0 with input as {"resource": {"aws_sns_topic_policy": {"alerts": {"policy": {"Statement": [{
		"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": ["SNS:Publish", "SNS:Subscribe"],
		"Condition": {"StringEquals": {"AWS:SourceOwner": "111122223333"}},
	}]}}}}}
}

test_document_with_source_account_is_fine if {
	count(pub.deny) == 0 with input as {
		"resource": {"aws_sns_topic_policy": {"alerts": {"policy": "${data.aws_iam_policy_document.alerts.json}"}}},
		"data": {"aws_iam_policy_document": {"alerts": {"statement": [{
			"actions": ["SNS:Publish"],
			"principals": [{"type": "AWS", "identifiers": ["*"]}],
			"condition": [{"test": "StringEquals", "variable": "AWS:SourceAccount", "values": ["111122223333"]}],
		}]}}},
	}
}
