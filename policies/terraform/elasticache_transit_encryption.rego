# METADATA
# title: ElastiCache replication group without in-transit encryption
# description: >-
#   Without transit_encryption_enabled = true (and with transit_encryption_mode
#   "preferred", which still accepts plaintext clients) Redis and Valkey traffic, AUTH
#   tokens and cached session data cross the network in clear text. Members of a global
#   datastore inherit the setting from it and are not checked.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/in-transit-encryption.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/elasticache_replication_group#transit_encryption_enabled
# custom:
#   id: PL-TF-080
#   severity: medium
#   rationale: Cache traffic stays inside the VPC, but anyone able to sniff it there reads tokens and cached data.
#   input: terraform
#   resources: [aws_elasticache_replication_group]
#   tags: [aws, elasticache, encryption-in-transit, tls]
#   remediation: >-
#     Set `transit_encryption_enabled = true` (with `transit_encryption_mode = "required"`) and an
#     `auth_token` or RBAC user group; clients must then connect with TLS.
package platlint.terraform.elasticache_transit_encryption

import data.platlint.lib.terraform as tf

deny contains finding if {
	some name, rg in input.resource.aws_elasticache_replication_group
	not rg.global_replication_group_id
	value := object.get(rg, "transit_encryption_enabled", false)
	not tf.is_true(value)
	not tf.is_reference(value)
	finding := {
		"msg": sprintf("aws_elasticache_replication_group.%s does not set transit_encryption_enabled = true", [name]),
		"path": attr_path(name, rg, "transit_encryption_enabled"),
	}
}

deny contains finding if {
	some name, rg in input.resource.aws_elasticache_replication_group
	tf.is_true(rg.transit_encryption_enabled)
	rg.transit_encryption_mode == "preferred"
	finding := {
		"msg": sprintf("aws_elasticache_replication_group.%s transit_encryption_mode \"preferred\" still accepts unencrypted connections", [name]),
		"path": ["resource", "aws_elasticache_replication_group", name, "transit_encryption_mode"],
	}
}

attr_path(name, r, attr) := ["resource", "aws_elasticache_replication_group", name, attr] if attr in object.keys(r)

attr_path(name, r, attr) := ["resource", "aws_elasticache_replication_group", name] if not attr in object.keys(r)
