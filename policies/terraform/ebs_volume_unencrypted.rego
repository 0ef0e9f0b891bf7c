# METADATA
# title: EBS volume or snapshot copy not encrypted
# description: >-
#   An aws_ebs_volume without encrypted = true, or an aws_ebs_snapshot_copy
#   without it (which keeps an unencrypted source unencrypted), stores block
#   data and every snapshot taken from it in clear, and unencrypted snapshots
#   can be shared publicly. Volumes created from a snapshot inherit its
#   encryption and are not checked, and nothing is reported when the module
#   turns on aws_ebs_encryption_by_default.
# related_resources:
#   - ref: https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ebs_volume#encrypted
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ebs_snapshot_copy#encrypted
# custom:
#   id: PL-TF-032
#   severity: high
#   rationale: Unencrypted volumes and their snapshots expose whole disks to anyone who can read or share a snapshot.
#   input: terraform
#   resources: [aws_ebs_volume, aws_ebs_snapshot_copy]
#   tags: [aws, ebs, encryption]
#   remediation: >-
#     Set `encrypted = true` (with `kms_key_id = aws_kms_key.ebs.arn` for a customer managed key), or
#     enable `aws_ebs_encryption_by_default` for the account and region.
package platlint.terraform.ebs_volume_unencrypted

import data.platlint.lib.aws

deny contains finding if {
	some name, v in input.resource.aws_ebs_volume
	not aws.ebs_encrypted_by_default
	aws.not_true(v, "encrypted", false)
	not v.snapshot_id
	finding := {
		"msg": sprintf("aws_ebs_volume.%s does not set encrypted = true", [name]),
		"path": aws.attr_path("aws_ebs_volume", name, v, "encrypted"),
	}
}

deny contains finding if {
	some name, c in input.resource.aws_ebs_snapshot_copy
	not aws.ebs_encrypted_by_default
	aws.not_true(c, "encrypted", false)
	not encrypted_source(c.source_snapshot_id)
	finding := {
		"msg": sprintf("aws_ebs_snapshot_copy.%s does not set encrypted = true, so a copy of an unencrypted snapshot stays unencrypted", [name]),
		"path": aws.attr_path("aws_ebs_snapshot_copy", name, c, "encrypted"),
	}
}

# encrypted_source holds when the copied snapshot is of a volume of this
# module that is encrypted.
encrypted_source(v) if {
	some sname, s in input.resource.aws_ebs_snapshot
	regex.match(sprintf(`aws_ebs_snapshot\.%s\b`, [sname]), v)
	some vname, vol in input.resource.aws_ebs_volume
	regex.match(sprintf(`aws_ebs_volume\.%s\b`, [vname]), s.volume_id)
	not aws.not_true(vol, "encrypted", false)
}
