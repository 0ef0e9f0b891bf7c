# METADATA
# title: EC2 instance or launch template block device not encrypted
# description: >-
#   A root_block_device or ebs_block_device of aws_instance or
#   aws_launch_configuration, or an ebs block of a launch template's
#   block_device_mappings, without encrypted = true creates an unencrypted
#   volume. Devices restored from a snapshot inherit its encryption and are
#   not checked, nor are devices of an instance launched from a launch
#   template that leave encrypted to the template; nothing is reported when
#   the module turns on
#   aws_ebs_encryption_by_default. A root volume left entirely to the AMI
#   (no root_block_device) is not reported: its encryption is decided by the
#   AMI and the account default, which this module does not show.
# related_resources:
#   - ref: https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/instance#ebs-ephemeral-and-root-block-devices
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/launch_template#block-devices
# custom:
#   id: PL-TF-035
#   severity: high
#   rationale: Unencrypted instance volumes and their snapshots expose whole disks to anyone who can read or share a snapshot.
#   input: terraform
#   resources: [aws_instance, aws_launch_template, aws_launch_configuration]
#   tags: [aws, ec2, ebs, encryption]
#   remediation: >-
#     Set `encrypted = true` in the block device (`root_block_device { encrypted = true }`;
#     `ebs { encrypted = true }` in a launch template), or enable aws_ebs_encryption_by_default.
package platlint.terraform.ec2_block_device_unencrypted

import data.platlint.lib.aws

# devices lists every EBS device written in the module as [label, path, body].
devices contains [sprintf("%s.%s %s", [type, name, field]), ["resource", type, name, field, i], d] if {
	some type in ["aws_instance", "aws_launch_configuration"]
	some name, r in input.resource[type]
	some field in ["root_block_device", "ebs_block_device"]
	some i, d in r[field]
	is_object(d)
	not from_template(r, d)
}

# An instance launched from a launch template takes an unset encrypted from
# the template's mapping, which is checked on its own.
from_template(r, d) if {
	count(object.get(r, "launch_template", [])) > 0
	not "encrypted" in object.keys(d)
}

devices contains [sprintf("aws_launch_template.%s block device %s", [name, device_name(m)]), ["resource", "aws_launch_template", name, "block_device_mappings", i, "ebs", j], d] if {
	some name, r in input.resource.aws_launch_template
	some i, m in r.block_device_mappings
	some j, d in m.ebs
	is_object(d)
}

device_name(m) := sprintf("%q", [m.device_name]) if is_string(m.device_name)

device_name(m) := "(unnamed)" if not is_string(m.device_name)

deny contains finding if {
	some [label, path, d] in devices
	not aws.ebs_encrypted_by_default
	aws.not_true(d, "encrypted", false)
	not d.snapshot_id
	finding := {
		"msg": sprintf("%s does not set encrypted = true", [label]),
		"path": encrypted_path(path, d),
	}
}

encrypted_path(path, d) := array.concat(path, ["encrypted"]) if "encrypted" in object.keys(d)

encrypted_path(path, d) := path if not "encrypted" in object.keys(d)
