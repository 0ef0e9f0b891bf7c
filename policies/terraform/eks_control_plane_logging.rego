# METADATA
# title: EKS control plane audit logging incomplete
# description: >-
#   EKS sends no control plane logs to CloudWatch unless enabled_cluster_log_types lists
#   them. Without the api, audit and authenticator logs there is no record of who called
#   the Kubernetes API, what they changed, or which IAM identity they authenticated as.
# related_resources:
#   - ref: https://docs.aws.amazon.com/eks/latest/userguide/control-plane-logs.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/eks_cluster#enabled_cluster_log_types
# custom:
#   id: PL-TF-061
#   severity: medium
#   rationale: Missing audit logs leave cluster compromises undetected and uninvestigable, without exposing anything by themselves.
#   input: terraform
#   resources: [aws_eks_cluster]
#   tags: [aws, eks, kubernetes, logging]
#   remediation: >-
#     Set `enabled_cluster_log_types = ["api", "audit", "authenticator"]` (add "controllerManager"
#     and "scheduler" if you need them) and create the `/aws/eks/NAME/cluster` log group with a retention.
package platlint.terraform.eks_control_plane_logging

import data.platlint.lib.terraform as tf

required := {"api", "audit", "authenticator"}

deny contains finding if {
	some name, cluster in input.resource.aws_eks_cluster
	not "enabled_cluster_log_types" in object.keys(cluster)
	finding := {
		"msg": sprintf("aws_eks_cluster.%s enables no control plane logs (want api, audit, authenticator)", [name]),
		"path": ["resource", "aws_eks_cluster", name],
	}
}

deny contains finding if {
	some name, cluster in input.resource.aws_eks_cluster
	types := cluster.enabled_cluster_log_types
	is_array(types)
	not any_reference(types)
	missing := required - {t | some t in types}
	count(missing) > 0
	finding := {
		"msg": sprintf("aws_eks_cluster.%s enabled_cluster_log_types lacks %s", [name, concat(", ", sort(missing))]),
		"path": ["resource", "aws_eks_cluster", name, "enabled_cluster_log_types"],
	}
}

any_reference(types) if {
	some t in types
	tf.is_reference(t)
}
