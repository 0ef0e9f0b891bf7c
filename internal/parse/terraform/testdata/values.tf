# How expressions fold into Input values.

locals {
  string   = "plain"
  escaped  = "tab\there \"quoted\" $${not_a_ref}"
  integer  = 42
  decimal  = 0.1
  huge     = 123456789012345678901234567890
  exponent = 1e400
  negative = -7
  sum      = 2 * 3 + 1
  flag     = !false
  nothing  = null

  reference   = var.name
  index       = var.list[0]
  call        = format("%s-%s", var.a, var.b)
  conditional = var.enabled ? "on" : "off"
  static_cond = true ? "yes" : "no"
  for_list    = [for s in var.subnets : s.id if s.public]
  for_literal = [for n in [1, 2] : n * 2]
  splat       = aws_instance.web[*].private_ip
  parens      = (var.name)

  template    = "arn:aws:s3:::${var.bucket}/*"
  wrapped     = "${var.name}"
  wrapped_num = "${1 + 1}"
  mixed       = "${var.a}-${2}-x"
  directive   = "%{if var.on}enabled%{else}disabled%{endif}"
  heredoc     = <<-EOT
    first ${var.a}
      second
  EOT

  tuple  = ["a", var.b, 3, ["nested", null]]
  object = {
    bare          = 1
    "quoted key"  = 2
    "a/b~c"       = 3
    (var.key)     = 4
    "${var.p}-x"  = 5
    10            = "ten"
    nested        = { deep = [true, { x = var.x }] }
  }
  repeated = { k = { old = 1 }, k = 2 }

  encoded        = jsonencode({ a = [1, var.b], "c" = { d = null } })
  encoded_scalar = jsonencode("text")
  encoded_ref    = jsonencode(var.doc)

  json_object = "{\"Version\": \"2012-10-17\", \"Amount\": 1.50}"
  json_array  = " [1, \"two\"] "
  not_json    = "{not json}"
  json_heredoc = <<EOF
{
  "Statement": [{"Resource": "${var.arn}"}]
}
EOF
}
