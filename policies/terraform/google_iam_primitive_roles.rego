# METADATA
# title: Owner or Editor role granted to a person, group, domain or the public
# description: >-
#   The basic roles roles/owner and roles/editor grant write access to almost
#   every resource in a project, folder or organization. Granting them to
#   users, groups, whole domains, allUsers or allAuthenticatedUsers defeats
#   least privilege and makes every phished account a full compromise.
#   Members written as templates such as "user:${var.email}" are recognised by
#   their prefix.
# related_resources:
#   - ref: https://cloud.google.com/iam/docs/understanding-roles#basic
#   - ref: https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/google_project_iam
# custom:
#   id: PL-TF-121
#   severity: high
#   rationale: One compromised human account with a basic role can read, change or delete most of the project.
#   input: terraform
#   resources: [google_project_iam_member, google_project_iam_binding, google_project_iam_policy, google_folder_iam_member, google_folder_iam_binding, google_folder_iam_policy, google_organization_iam_member, google_organization_iam_binding, google_organization_iam_policy, google_iam_policy]
#   tags: [gcp, iam, least-privilege]
#   remediation: >-
#     Grant predefined or custom roles scoped to the job (for example `role = "roles/compute.viewer"`), and keep
#     break-glass owners in a monitored group granted through a separate, reviewed process.
package platlint.terraform.google_iam_primitive_roles

import data.platlint.lib.terraform as tf

basic_roles := {"roles/owner", "roles/editor"}

scopes := ["project", "folder", "organization"]

deny contains finding if {
	some scope in scopes
	type := sprintf("google_%s_iam_member", [scope])
	some name, r in input.resource[type]
	r.role in basic_roles
	human(r.member)
	finding := {
		"msg": sprintf("%s.%s grants %s to %s", [type, name, r.role, r.member]),
		"path": ["resource", type, name, "member"],
	}
}

deny contains finding if {
	some scope in scopes
	type := sprintf("google_%s_iam_binding", [scope])
	some name, r in input.resource[type]
	r.role in basic_roles
	some i, m in r.members
	human(m)
	finding := {
		"msg": sprintf("%s.%s grants %s to %s", [type, name, r.role, m]),
		"path": ["resource", type, name, "members", i],
	}
}

deny contains finding if {
	some name, d in input.data.google_iam_policy
	iam_policy(name)
	some i, b in d.binding
	b.role in basic_roles
	some j, m in b.members
	human(m)
	finding := {
		"msg": sprintf("data.google_iam_policy.%s, used as a resource-manager IAM policy, grants %s to %s", [name, b.role, m]),
		"path": ["data", "google_iam_policy", name, "binding", i, "members", j],
	}
}

iam_policy(name) if {
	some scope in scopes
	some p in input.resource[sprintf("google_%s_iam_policy", [scope])]
	tf.refers_to(p.policy_data, "data.google_iam_policy", name)
}

human(m) if m in {"allUsers", "allAuthenticatedUsers"}

human(m) if {
	is_string(m)
	some prefix in ["user:", "group:", "domain:"]
	startswith(m, prefix)
}
