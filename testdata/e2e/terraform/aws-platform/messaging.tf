resource "aws_sqs_queue" "orders" {
  name                    = "orders"
  sqs_managed_sse_enabled = true
}

resource "aws_sqs_queue" "default_encrypted" {
  name = "default-encrypted"
}

resource "aws_sqs_queue" "audit" {
  name                              = "audit"
  kms_master_key_id                 = aws_kms_key.data.arn
  kms_data_key_reuse_period_seconds = 300
}

resource "aws_sqs_queue" "plaintext" {
  name                    = "plaintext"
  sqs_managed_sse_enabled = false # want: PL-TF-072
}

resource "aws_sqs_queue_policy" "orders" {
  queue_url = aws_sqs_queue.orders.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "sns.amazonaws.com" }
      Action    = "sqs:SendMessage"
      Resource  = aws_sqs_queue.orders.arn
      Condition = {
        ArnEquals = { "aws:SourceArn" = aws_sns_topic.events.arn }
      }
    }]
  })
}

resource "aws_sqs_queue_policy" "plaintext" {
  queue_url = aws_sqs_queue.plaintext.id
  # A heredoc policy is reported at its first line.
  # want-next: PL-TF-073
  policy = <<-POLICY
    {
      "Version": "2012-10-17",
      "Statement": [
        {
          "Effect": "Allow",
          "Principal": "*",
          "Action": "sqs:SendMessage",
          "Resource": "${aws_sqs_queue.plaintext.arn}"
        }
      ]
    }
  POLICY
}

resource "aws_sns_topic" "events" {
  name              = "events"
  kms_master_key_id = aws_kms_key.data.arn
}

resource "aws_sns_topic" "alerts" { # want: PL-TF-074
  name = "alerts"
}

resource "aws_sns_topic_policy" "events" {
  arn = aws_sns_topic.events.arn
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = ["SNS:Publish", "SNS:Subscribe"]
      Resource  = aws_sns_topic.events.arn
      Condition = {
        StringEquals = { "AWS:SourceOwner" = "111122223333" }
      }
    }]
  })
}

resource "aws_sns_topic_policy" "alerts" {
  arn    = aws_sns_topic.alerts.arn
  policy = data.aws_iam_policy_document.alerts_topic.json
}

data "aws_iam_policy_document" "alerts_topic" {
  statement {
    actions   = ["SNS:Publish"]
    resources = [aws_sns_topic.alerts.arn]
    principals {
      type        = "Service"
      identifiers = ["cloudwatch.amazonaws.com"]
    }
  }

  statement {
    actions   = ["SNS:Subscribe"]
    resources = [aws_sns_topic.alerts.arn]
    principals { # want: PL-TF-075
      type        = "*"
      identifiers = ["*"]
    }
  }
}
