# METADATA
# title: RDS storage not encrypted
# description: >-
#   aws_db_instance and aws_rds_cluster store data, automated backups,
#   snapshots and read replicas unencrypted unless storage_encrypted = true
#   (the provider default is false, except for Aurora Serverless v1), and
#   encryption cannot be turned on later without a snapshot-and-restore
#   migration. Read replicas, which always have their source's encryption,
#   are not checked; databases that otherwise inherit it (restores from a
#   snapshot or a point in time, global or replica clusters, RDS Custom) are
#   only flagged when they set storage_encrypted = false.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance#storage_encrypted
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/rds_cluster#storage_encrypted
# custom:
#   id: PL-TF-028
#   severity: high
#   rationale: Database storage and its snapshots hold the most sensitive data, and encryption cannot be added in place later.
#   input: terraform
#   resources: [aws_db_instance, aws_rds_cluster]
#   tags: [aws, rds, encryption]
#   remediation: Set `storage_encrypted = true` and `kms_key_id = aws_kms_key.rds.arn` for a customer managed key.
package platlint.terraform.rds_storage_unencrypted

import data.platlint.lib.aws

# Attributes that make a database inherit its encryption from a source.
inherits := {
	"aws_db_instance": ["snapshot_identifier", "restore_to_point_in_time"],
	"aws_rds_cluster": ["replication_source_identifier", "snapshot_identifier", "restore_to_point_in_time", "global_cluster_identifier"],
}

deny contains finding if {
	some type in ["aws_db_instance", "aws_rds_cluster"]
	some name, r in input.resource[type]
	aws.not_true(r, "storage_encrypted", false)
	not default_encrypted(type, r)
	finding := {
		"msg": sprintf("%s.%s does not set storage_encrypted = true, so its storage and snapshots are unencrypted", [type, name]),
		"path": aws.attr_path(type, name, r, "storage_encrypted"),
	}
}

# default_encrypted holds when an absent storage_encrypted does not mean
# unencrypted.
default_encrypted(type, r) if {
	not "storage_encrypted" in object.keys(r)
	some attr in inherits[type]
	r[attr]
}

default_encrypted("aws_rds_cluster", r) if {
	not "storage_encrypted" in object.keys(r)
	r.engine_mode == "serverless"
}

default_encrypted("aws_db_instance", r) if {
	not "storage_encrypted" in object.keys(r)
	startswith(r.engine, "custom-")
}

# A read replica always has its source's encryption: the attribute is
# ignored (cross-region replicas take kms_key_id instead).
default_encrypted("aws_db_instance", r) if r.replicate_source_db
