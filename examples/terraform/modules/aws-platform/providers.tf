data "aws_caller_identity" "current" {}

# The Route 53 zone still lives in the old account, reached with a
# long-lived key pasted here "temporarily".
provider "aws" {
  alias      = "dns"
  region     = "us-east-1"
  access_key = "AKIAIOSFODNN7EXAMPLE"
  secret_key = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
}

resource "aws_route53_record" "app" {
  provider = aws.dns
  zone_id  = "Z0123456789ABCDEFGHIJ"
  name     = var.domain_name
  type     = "A"

  alias {
    name                   = aws_cloudfront_distribution.app.domain_name
    zone_id                = aws_cloudfront_distribution.app.hosted_zone_id
    evaluate_target_health = false
  }
}
