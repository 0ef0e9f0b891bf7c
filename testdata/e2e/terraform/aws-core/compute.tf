resource "aws_ebs_encryption_by_default" "this" {
  enabled = false # want: PL-TF-033
}

resource "aws_ebs_volume" "encrypted" {
  availability_zone = "eu-west-1a"
  size              = 100
  encrypted         = true
}

resource "aws_ebs_volume" "from_snapshot" {
  availability_zone = "eu-west-1a"
  snapshot_id       = var.snapshot_id
}

resource "aws_ebs_volume" "plain" { # want: PL-TF-032
  availability_zone = "eu-west-1a"
  size              = 100
}

resource "aws_ebs_volume" "off" {
  availability_zone = "eu-west-1a"
  size              = 100
  encrypted         = false # want: PL-TF-032
}

resource "aws_ebs_snapshot" "encrypted" {
  volume_id = aws_ebs_volume.encrypted.id
}

resource "aws_ebs_snapshot_copy" "of_encrypted" {
  source_snapshot_id = aws_ebs_snapshot.encrypted.id
  source_region      = "eu-west-1"
}

resource "aws_ebs_snapshot_copy" "dr" { # want: PL-TF-032
  source_snapshot_id = var.snapshot_id
  source_region      = "eu-west-1"
}

resource "aws_launch_template" "hardened" {
  name_prefix = "e2e-hardened-"
  image_id    = var.ami_id

  metadata_options {
    http_endpoint = "enabled"
    http_tokens   = "required"
  }

  block_device_mappings {
    device_name = "/dev/xvda"

    ebs {
      volume_size = 30
      encrypted   = "true"
    }
  }

  block_device_mappings {
    device_name  = "/dev/sdb"
    virtual_name = "ephemeral0"
  }
}

resource "aws_launch_template" "legacy" {
  name_prefix = "e2e-legacy-"
  image_id    = var.ami_id

  metadata_options {
    http_tokens = "optional" # want: PL-TF-034
  }

  block_device_mappings {
    device_name = "/dev/xvda"

    ebs { # want: PL-TF-035
      volume_size = 30
    }
  }
}

resource "aws_launch_template" "default_imds" { # want: PL-TF-034
  name_prefix = "e2e-default-"
  image_id    = var.ami_id
}

resource "aws_instance" "from_template" {
  launch_template {
    id      = aws_launch_template.hardened.id
    version = "$Latest"
  }

  root_block_device {
    volume_size = 50
  }
}

resource "aws_instance" "bastion" { # want: PL-TF-034
  ami           = var.ami_id
  instance_type = "t3.micro"

  root_block_device {
    volume_size = 20
    encrypted   = false # want: PL-TF-035
  }

  ebs_block_device {
    device_name = "/dev/sdf"
    snapshot_id = var.snapshot_id
  }
}

resource "aws_instance" "metadata_off" {
  ami           = var.ami_id
  instance_type = "t3.micro"

  metadata_options {
    http_endpoint = "disabled"
  }

  root_block_device {
    encrypted = true
  }
}

resource "aws_instance" "ami_root" {
  ami           = var.ami_id
  instance_type = "t3.micro"

  metadata_options {
    http_tokens = var.http_tokens
  }
}

resource "aws_efs_file_system" "encrypted" {
  creation_token = "e2e-encrypted"
  encrypted      = true
}

resource "aws_efs_file_system" "plain" { # want: PL-TF-036
  creation_token = "e2e-plain"
}

variable "ami_id" {
  type = string
}

variable "http_tokens" {
  type = string
}
