# METADATA
# title: RDS database publicly accessible
# description: >-
#   publicly_accessible = true gives the database a public DNS name and IP
#   address, so the only thing between it and the internet is its security
#   group. Databases belong in private subnets, reached from the application
#   tier or through a bastion, VPN or RDS Proxy. aws_db_instance,
#   aws_rds_cluster_instance and Multi-AZ aws_rds_cluster are checked.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html#USER_VPC.Hiding
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance#publicly_accessible
#   - ref: https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-2
# custom:
#   id: PL-TF-027
#   severity: high
#   rationale: A public endpoint leaves one security group rule or leaked password between the data and the internet.
#   input: terraform
#   resources: [aws_db_instance, aws_rds_cluster_instance, aws_rds_cluster]
#   tags: [aws, rds, network, public-access]
#   remediation: Set `publicly_accessible = false` (the default) and place the database in private subnets through its `db_subnet_group_name`.
package platlint.terraform.rds_publicly_accessible

import data.platlint.lib.terraform as tf

deny contains finding if {
	some type in ["aws_db_instance", "aws_rds_cluster_instance", "aws_rds_cluster"]
	some name, r in input.resource[type]
	tf.is_true(r.publicly_accessible)
	finding := {
		"msg": sprintf("%s.%s sets publicly_accessible = true, so the database has a public endpoint", [type, name]),
		"path": ["resource", type, name, "publicly_accessible"],
	}
}
