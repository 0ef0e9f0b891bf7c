# METADATA
# title: Credential file copied into the image
# description: >-
#   SSH private keys (id_rsa, id_ed25519), .netrc, .git-credentials, .npmrc,
#   .pypirc, .pgpass, .env files, cloud and registry credentials
#   (.aws/credentials, .docker/config.json, kubeconfig) copied with COPY or
#   ADD into a stage that ships stay in the image layer, even if a later RUN
#   deletes them: anyone who can pull the image can extract them. Copies into
#   builder stages whose files are left behind are not flagged, nor example
#   env files (.env.example).
# related_resources:
#   - ref: https://docs.docker.com/build/building/secrets/
#   - ref: https://docs.docker.com/build/concepts/context/#dockerignore-files
# custom:
#   id: PL-DF-038
#   severity: high
#   rationale: The credential is readable by everyone with pull access to the image, including from old layers.
#   input: dockerfile
#   resources: [COPY, ADD]
#   tags: [docker, secrets]
#   remediation: >-
#     Mount the file only for the step that needs it, e.g.
#     `RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci` with `docker build --secret id=npmrc,src=$HOME/.npmrc .`,
#     or `RUN --mount=type=ssh git clone ...`; list such files in .dockerignore.
package platlint.dockerfile.secret_file_copied

import data.platlint.lib.dockerfile as df
import data.platlint.lib.shell

secret_names := {
	"id_rsa", "id_dsa", "id_ecdsa", "id_ed25519", ".netrc", "_netrc", ".git-credentials", ".npmrc", ".pypirc",
	".pgpass", ".env", ".dockercfg", "kubeconfig", ".ssh", ".aws", ".gnupg", "credentials.json",
}

secret_suffixes := [".aws/credentials", ".docker/config.json", ".kube/config"]

deny contains finding if {
	some i in shell.shipped_stages
	some j, ins in input.stages[i].instructions
	ins.cmd in {"copy", "add"}
	some src in array.slice(ins.args, 0, count(ins.args) - 1)
	secret_path(lower(trim_right(src, "/")))
	finding := {
		"msg": sprintf("%s copies %s into the image, where anyone who can pull it can read it", [df.stage_label(i), src]),
		"path": ["stages", i, "instructions", j],
	}
}

secret_path(p) if shell.basename(p) in secret_names

secret_path(p) if {
	some suffix in secret_suffixes
	endswith(p, suffix)
}

secret_path(p) if endswith(p, ".ppk")

# .env.production, .env.local; not .env.example and friends.
secret_path(p) if {
	b := shell.basename(p)
	startswith(b, ".env.")
	not regex.match(`\.(example|sample|template|dist|defaults?|tpl)$`, b)
}
