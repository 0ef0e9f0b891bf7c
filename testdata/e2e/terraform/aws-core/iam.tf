data "aws_iam_policy_document" "assume" {
  statement {
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["ec2.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "app" {
  name               = "e2e-app"
  assume_role_policy = data.aws_iam_policy_document.assume.json

  inline_policy {
    name = "everything"
    policy = jsonencode({
      Statement = [{
        Effect   = "Allow"
        Action   = "*" # want: PL-TF-039
        Resource = "*"
      }]
    })
  }
}

resource "aws_iam_role_policy" "app" {
  role = aws_iam_role.app.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = ["s3:GetObject"]
        Resource = "arn:aws:s3:::acme-e2e/*"
      },
      {
        Effect   = "Allow"
        Action   = ["ec2:RunInstances", "iam:PassRole"] # want: PL-TF-040
        Resource = "*"
      },
      {
        Effect   = "Allow"
        Action   = "iam:PassRole"
        Resource = aws_iam_role.app.arn
      },
    ]
  })
}

# A heredoc policy is reported at the attribute (the parentheses only make
# room for the marker: HCL allows no comment after a heredoc opener).
resource "aws_iam_policy" "heredoc_admin" {
  name = "e2e-heredoc-admin"
  policy = ( # want: PL-TF-039
    <<-EOT
    {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["*"], "Resource": ["*"]}]}
    EOT
  )
}

data "aws_iam_policy_document" "ops" {
  statement {
    actions   = ["iam:*"] # want: PL-TF-040
    resources = ["arn:aws:iam::123456789012:role/*"]
  }

  statement {
    actions   = ["iam:PassRole"]
    resources = ["*"]

    condition {
      test     = "StringEquals"
      variable = "iam:PassedToService"
      values   = ["lambda.amazonaws.com"]
    }
  }

  statement {
    effect    = "Deny"
    actions   = ["*"]
    resources = ["*"]

    condition {
      test     = "BoolIfExists"
      variable = "aws:MultiFactorAuthPresent"
      values   = ["false"]
    }
  }
}

data "aws_iam_policy_document" "key" {
  statement {
    actions   = ["*"]
    resources = ["*"]

    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::123456789012:root"]
    }
  }
}

resource "aws_iam_group_policy" "ops" {
  group  = "ops"
  policy = data.aws_iam_policy_document.ops.json
}

resource "aws_iam_user" "ci" {
  name = "e2e-ci"
}

resource "aws_iam_user_policy" "ci" { # want: PL-TF-041
  user = aws_iam_user.ci.name
  policy = jsonencode({
    Statement = [{ Effect = "Allow", Action = "s3:ListAllMyBuckets", Resource = "*" }]
  })
}

resource "aws_iam_user_policy_attachment" "ci" { # want: PL-TF-041
  user       = aws_iam_user.ci.name
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}

resource "aws_iam_policy_attachment" "mixed" {
  name       = "e2e-mixed"
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
  roles      = [aws_iam_role.app.name]
  users      = [aws_iam_user.ci.name] # want: PL-TF-041
}

resource "aws_iam_group_policy_attachment" "ops" {
  group      = "ops"
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}

resource "aws_iam_access_key" "ci" { # want: PL-TF-042
  user = aws_iam_user.ci.name
}
