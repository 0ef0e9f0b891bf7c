# METADATA
# title: EKS secrets not encrypted with a customer managed KMS key
# description: >-
#   Without an encryption_config block whose resources include "secrets", Kubernetes
#   Secrets are envelope-encrypted only with a key AWS owns (the EKS default for
#   Kubernetes 1.28 and later; older clusters keep them unencrypted in etcd), so you can
#   neither restrict nor audit their decryption, nor revoke the key if the cluster is
#   compromised.
# related_resources:
#   - ref: https://docs.aws.amazon.com/eks/latest/userguide/envelope-encryption.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/eks_cluster#encryption_config
# custom:
#   id: PL-TF-060
#   severity: low
#   rationale: Secrets are already encrypted at rest by default; the customer key adds control and an audit trail.
#   input: terraform
#   resources: [aws_eks_cluster]
#   tags: [aws, eks, kubernetes, encryption, kms, secrets]
#   remediation: >-
#     Add `encryption_config { resources = ["secrets"] provider { key_arn = aws_kms_key.eks.arn } }`
#     to the cluster.
package platlint.terraform.eks_secrets_encryption

import data.platlint.lib.terraform as tf

deny contains finding if {
	some name, cluster in input.resource.aws_eks_cluster
	not cluster.encryption_config
	not cluster.dynamic.encryption_config
	finding := {
		"msg": sprintf("aws_eks_cluster.%s has no encryption_config for secrets", [name]),
		"path": ["resource", "aws_eks_cluster", name],
	}
}

deny contains finding if {
	some name, cluster in input.resource.aws_eks_cluster
	count(cluster.encryption_config) > 0
	not encrypts_secrets(cluster.encryption_config)
	finding := {
		"msg": sprintf("aws_eks_cluster.%s encryption_config does not include \"secrets\" in resources", [name]),
		"path": ["resource", "aws_eks_cluster", name, "encryption_config", 0],
	}
}

encrypts_secrets(configs) if {
	some c in configs
	some res in tf.as_list(object.get(c, "resources", []))
	res == "secrets"
}

encrypts_secrets(configs) if {
	some c in configs
	tf.is_reference(c.resources)
}

encrypts_secrets(configs) if {
	some c in configs
	some res in c.resources
	tf.is_reference(res)
}
