resource "aws_efs_file_system" "home" {
  creation_token = "${var.environment}-home"
  encrypted      = true
  kms_key_id     = aws_kms_key.data.arn
}

resource "aws_efs_file_system" "scratch" {
  creation_token = "${var.environment}-scratch"
}
