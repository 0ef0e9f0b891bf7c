# METADATA
# title: ElastiCache replication group without encryption at rest
# description: >-
#   A Redis replication group without at_rest_encryption_enabled = true (the default for
#   the redis engine is false; valkey defaults to true) writes snapshots, swap and
#   backups unencrypted. Members of a global datastore inherit the setting and are not
#   checked.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/at-rest-encryption.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/elasticache_replication_group#at_rest_encryption_enabled
# custom:
#   id: PL-TF-081
#   severity: medium
#   rationale: Cached data and backups may hold personal data, though reading them needs access to AWS storage or snapshots.
#   input: terraform
#   resources: [aws_elasticache_replication_group]
#   tags: [aws, elasticache, encryption]
#   remediation: >-
#     Set `at_rest_encryption_enabled = true` (optionally with `kms_key_id = aws_kms_key.cache.arn`);
#     an existing group must be recreated, for example from a snapshot.
package platlint.terraform.elasticache_at_rest_encryption

deny contains finding if {
	some name, rg in input.resource.aws_elasticache_replication_group
	not rg.global_replication_group_id
	rg.at_rest_encryption_enabled in {false, "false"}
	finding := {
		"msg": sprintf("aws_elasticache_replication_group.%s sets at_rest_encryption_enabled = false", [name]),
		"path": ["resource", "aws_elasticache_replication_group", name, "at_rest_encryption_enabled"],
	}
}

# The redis engine (the default) is not encrypted at rest unless asked to be.
deny contains finding if {
	some name, rg in input.resource.aws_elasticache_replication_group
	not rg.global_replication_group_id
	not "at_rest_encryption_enabled" in object.keys(rg)
	lower(object.get(rg, "engine", "redis")) == "redis"
	finding := {
		"msg": sprintf("aws_elasticache_replication_group.%s does not set at_rest_encryption_enabled = true", [name]),
		"path": ["resource", "aws_elasticache_replication_group", name],
	}
}
