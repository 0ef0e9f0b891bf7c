data "aws_iam_policy_document" "ec2_assume" {
  statement {
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["ec2.amazonaws.com"]
    }
  }
}

# Role of the analytics workers: reads the lake, nothing else.
resource "aws_iam_role" "analytics" {
  name               = "${var.environment}-analytics"
  assume_role_policy = data.aws_iam_policy_document.ec2_assume.json
}

resource "aws_iam_role_policy" "analytics" {
  name = "read-lake"
  role = aws_iam_role.analytics.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = ["s3:GetObject", "s3:ListBucket"]
        Resource = [aws_s3_bucket.lake.arn, "${aws_s3_bucket.lake.arn}/*"]
      },
    ]
  })
}

# CI deploys instances and hands them a role... any role.
resource "aws_iam_policy" "deployer" {
  name = "${var.environment}-deployer"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = ["ec2:RunInstances", "ec2:CreateTags", "iam:PassRole"]
        Resource = "*"
      },
    ]
  })
}

# "Temporary" administrator policy for an incident, still here.
resource "aws_iam_policy" "break_glass" {
  name   = "${var.environment}-break-glass"
  policy = <<-EOT
    {
      "Version": "2012-10-17",
      "Statement": [
        {"Effect": "Allow", "Action": "*", "Resource": "*"}
      ]
    }
  EOT
}

# CI still authenticates with a long-lived key of an IAM user.
resource "aws_iam_user" "ci" {
  name = "${var.environment}-ci"
}

resource "aws_iam_user_policy_attachment" "ci" {
  user       = aws_iam_user.ci.name
  policy_arn = aws_iam_policy.deployer.arn
}

resource "aws_iam_access_key" "ci" {
  user = aws_iam_user.ci.name
}
