resource "aws_sqs_queue" "orders" {
  name              = "${var.environment}-orders"
  kms_master_key_id = aws_kms_key.platform.arn
}

# Turned off while debugging a consumer, never turned back on.
resource "aws_sqs_queue" "orders_dlq" {
  name                    = "${var.environment}-orders-dlq"
  sqs_managed_sse_enabled = false
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
        ArnEquals = { "aws:SourceArn" = aws_sns_topic.order_events.arn }
      }
    }]
  })
}

resource "aws_sqs_queue_policy" "orders_dlq" {
  queue_url = aws_sqs_queue.orders_dlq.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = ["sqs:ReceiveMessage", "sqs:DeleteMessage"]
      Resource  = aws_sqs_queue.orders_dlq.arn
    }]
  })
}

resource "aws_sns_topic" "order_events" {
  name              = "${var.environment}-order-events"
  kms_master_key_id = aws_kms_key.platform.arn
}

resource "aws_sns_topic" "alarms" {
  name = "${var.environment}-alarms"
}

resource "aws_sns_topic_policy" "alarms" {
  arn = aws_sns_topic.alarms.arn
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = ["SNS:Subscribe", "SNS:Publish"]
      Resource  = aws_sns_topic.alarms.arn
    }]
  })
}
