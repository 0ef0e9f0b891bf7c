resource "aws_eks_cluster" "prod" {
  name     = "prod"
  role_arn = aws_iam_role.cluster.arn

  vpc_config {
    subnet_ids              = [aws_subnet.private_a.id, aws_subnet.private_b.id]
    endpoint_private_access = true
    endpoint_public_access  = false
  }

  encryption_config {
    resources = ["secrets"]
    provider {
      key_arn = aws_kms_key.data.arn
    }
  }

  enabled_cluster_log_types = ["api", "audit", "authenticator", "controllerManager", "scheduler"]
}

resource "aws_eks_cluster" "staging" { # want: PL-TF-060,PL-TF-061
  name     = "staging"
  role_arn = aws_iam_role.cluster.arn

  vpc_config { # want: PL-TF-059
    subnet_ids = [aws_subnet.private_a.id, aws_subnet.private_b.id]
  }
}

resource "aws_eks_cluster" "dev" {
  name     = "dev"
  role_arn = aws_iam_role.cluster.arn

  vpc_config {
    subnet_ids             = [aws_subnet.private_a.id, aws_subnet.private_b.id]
    endpoint_public_access = true
    public_access_cidrs    = ["203.0.113.0/24", "0.0.0.0/0"] # want: PL-TF-059
  }

  encryption_config { # want: PL-TF-060
    resources = []
    provider {
      key_arn = aws_kms_key.data.arn
    }
  }

  enabled_cluster_log_types = ["api", "scheduler"] # want: PL-TF-061
}

resource "aws_eks_cluster" "ci" {
  name     = "ci"
  role_arn = aws_iam_role.cluster.arn

  vpc_config {
    subnet_ids             = [aws_subnet.private_a.id, aws_subnet.private_b.id]
    endpoint_public_access = true
    public_access_cidrs    = ["198.51.100.0/24"]
  }

  encryption_config {
    resources = ["secrets"]
    provider {
      key_arn = aws_kms_key.data.arn
    }
  }

  enabled_cluster_log_types = ["api", "audit", "authenticator"]
}
