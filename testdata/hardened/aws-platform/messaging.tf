# New queues are encrypted with SQS-managed keys by default; the dead-letter
# queue states it explicitly, the main queue uses the platform key.
resource "aws_sqs_queue" "orders" {
  name                              = "${var.environment}-orders"
  kms_master_key_id                 = aws_kms_key.platform.arn
  kms_data_key_reuse_period_seconds = 300
  visibility_timeout_seconds        = 90

  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.orders_dlq.arn
    maxReceiveCount     = 5
  })
}

resource "aws_sqs_queue" "orders_dlq" {
  name                      = "${var.environment}-orders-dlq"
  sqs_managed_sse_enabled   = true
  message_retention_seconds = 1209600
}

resource "aws_sns_topic" "order_events" {
  name              = "${var.environment}-order-events"
  kms_master_key_id = aws_kms_key.platform.arn
}

resource "aws_sns_topic_subscription" "orders" {
  topic_arn = aws_sns_topic.order_events.arn
  protocol  = "sqs"
  endpoint  = aws_sqs_queue.orders.arn
}

resource "aws_sqs_queue_policy" "orders" {
  queue_url = aws_sqs_queue.orders.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "FromOrderEvents"
      Effect    = "Allow"
      Principal = { Service = "sns.amazonaws.com" }
      Action    = "sqs:SendMessage"
      Resource  = aws_sqs_queue.orders.arn
      Condition = {
        ArnEquals = { "aws:SourceArn" = aws_sns_topic.order_events.arn }
      }
    }]
  })
}

resource "aws_sns_topic_policy" "order_events" {
  arn = aws_sns_topic.order_events.arn
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "AccountPublishers"
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = ["SNS:Publish", "SNS:Subscribe"]
      Resource  = aws_sns_topic.order_events.arn
      Condition = {
        StringEquals = { "AWS:SourceOwner" = data.aws_caller_identity.current.account_id }
      }
    }]
  })
}
