# Block shapes, including configurations Terraform itself would reject.

stray_attribute = "ignored: Terraform allows no top-level attributes"

resource "aws_instance" "web" {
  ami = "ami-1"

  ebs_block_device {
    device_name = "/dev/sdb"
  }
  ebs_block_device {
    device_name = "/dev/sdc"
  }

  dynamic "network_interface" {
    for_each = var.nics
    content {
      device_index = network_interface.key
    }
  }

  lifecycle {
    ignore_changes = [tags]
  }

  # A block whose name is taken by an attribute is dropped: first wins.
  metadata = { a = 1 }
  metadata {
    b = 2
  }

  # Labeled nested blocks nest by label; a second label level would clash.
  setting "one" {
    value = 1
  }
  setting "one" "two" {
    value = 2
  }
}

# Duplicate resource: the first definition wins.
resource "aws_instance" "web" {
  ami = "ami-2"
}

# Wrong label counts for contract blocks are ignored.
resource "just_a_type" {}
variable {}
locals "named" {
  x = 1
}

moved {
  from = aws_instance.old
  to   = aws_instance.web
}

moved {
  from = aws_instance.older
  to   = aws_instance.web
}

check "health" {
  assert {
    condition     = var.ok
    error_message = "not ok"
  }
}

custom "a" "b" "c" {
  deep = true
}

module "net" {
  source = "./net"
  count  = 2
}

output "ip" {
  value = aws_instance.web.private_ip
}

provider "aws" {}
provider "aws" {
  alias = "second"
}
