resource "aws_cloudfront_distribution" "app" {
  enabled = true
  aliases = [var.domain_name]

  origin {
    domain_name = aws_lb.app.dns_name
    origin_id   = "alb"

    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "https-only"
      origin_ssl_protocols   = ["TLSv1.2"]
    }
  }

  default_cache_behavior {
    target_origin_id       = "alb"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    viewer_protocol_policy = "redirect-to-https"
    cache_policy_id        = "658327ea-f89d-4fab-a63d-7e88639e58f6"
  }

  # Old clients download installers over plain HTTP.
  ordered_cache_behavior {
    path_pattern           = "/downloads/*"
    target_origin_id       = "alb"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    viewer_protocol_policy = "allow-all"
    cache_policy_id        = "658327ea-f89d-4fab-a63d-7e88639e58f6"
  }

  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }

  viewer_certificate {
    acm_certificate_arn      = var.cdn_certificate_arn
    ssl_support_method       = "sni-only"
    minimum_protocol_version = "TLSv1.2_2019"
  }
}

# Internal docs served on the *.cloudfront.net name.
resource "aws_cloudfront_distribution" "docs" {
  enabled    = true
  web_acl_id = "arn:aws:wafv2:us-east-1:111122223333:global/webacl/docs/a1b2c3d4-5678-90ab-cdef-EXAMPLE11111"

  origin {
    domain_name = "acme-docs.s3.${var.region}.amazonaws.com"
    origin_id   = "docs"
  }

  default_cache_behavior {
    target_origin_id       = "docs"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    viewer_protocol_policy = "redirect-to-https"
    cache_policy_id        = "658327ea-f89d-4fab-a63d-7e88639e58f6"
  }

  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }

  viewer_certificate {
    cloudfront_default_certificate = true
  }
}
