# METADATA
# title: EKS API server endpoint open to the whole internet
# description: >-
#   endpoint_public_access defaults to true and public_access_cidrs to 0.0.0.0/0, so a
#   cluster whose vpc_config sets neither exposes its Kubernetes API server to every
#   address on the internet, one leaked token or API server vulnerability away from a
#   takeover. Public endpoints limited to known CIDRs are accepted.
# related_resources:
#   - ref: https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/eks_cluster#vpc_config
#   - ref: https://docs.aws.amazon.com/eks/latest/best-practices/protecting-the-infrastructure.html
# custom:
#   id: PL-TF-059
#   severity: high
#   rationale: The control plane of every workload becomes reachable for credential stuffing and exploits from anywhere.
#   input: terraform
#   resources: [aws_eks_cluster]
#   tags: [aws, eks, kubernetes, network, public-access]
#   remediation: >-
#     In `vpc_config` set `endpoint_private_access = true` and `endpoint_public_access = false`,
#     or keep the public endpoint with `public_access_cidrs = ["203.0.113.0/24"]` listing only your networks.
package platlint.terraform.eks_public_endpoint

import data.platlint.lib.terraform as tf

world := {"0.0.0.0/0", "::/0"}

deny contains finding if {
	some name, cluster in input.resource.aws_eks_cluster
	some i, vpc in cluster.vpc_config
	public_endpoint(vpc)
	some path in open_paths(name, i, vpc)
	finding := {
		"msg": sprintf("aws_eks_cluster.%s exposes its public API endpoint to 0.0.0.0/0", [name]),
		"path": path,
	}
}

public_endpoint(vpc) if {
	value := object.get(vpc, "endpoint_public_access", true)
	not value in {false, "false"}
	not tf.is_reference(value)
}

base(name, i) := ["resource", "aws_eks_cluster", name, "vpc_config", i]

# open_paths are the nodes to report: the world CIDRs listed, or, when
# public_access_cidrs is absent, the endpoint_public_access attribute or the
# vpc_config block.
open_paths(name, i, vpc) := {array.concat(base(name, i), ["public_access_cidrs", j]) |
	some j, cidr in vpc.public_access_cidrs
	cidr in world
} if is_array(vpc.public_access_cidrs)

open_paths(name, i, vpc) := {array.concat(base(name, i), ["endpoint_public_access"])} if {
	not "public_access_cidrs" in object.keys(vpc)
	"endpoint_public_access" in object.keys(vpc)
}

open_paths(name, i, vpc) := {base(name, i)} if {
	not "public_access_cidrs" in object.keys(vpc)
	not "endpoint_public_access" in object.keys(vpc)
}
