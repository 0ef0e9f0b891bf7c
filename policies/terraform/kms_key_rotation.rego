# METADATA
# title: KMS key without automatic rotation
# description: >-
#   A symmetric encryption KMS key that does not set enable_key_rotation = true keeps
#   the same key material for ever, so a leaked or cryptanalysed key protects every
#   object it ever encrypted. Asymmetric and HMAC keys, and keys in a custom key store,
#   cannot rotate automatically and are not checked.
# related_resources:
#   - ref: https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html
#   - ref: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/kms_key
#   - ref: https://www.cisecurity.org/benchmark/amazon_web_services
# custom:
#   id: PL-TF-050
#   severity: medium
#   rationale: Rotation limits the amount of data exposed by one key, but a missing rotation is not an exposure by itself.
#   input: terraform
#   resources: [aws_kms_key]
#   tags: [aws, kms, encryption, cis-aws]
#   remediation: >-
#     Set `enable_key_rotation = true` on the key (optionally `rotation_period_in_days = 365`);
#     old key material stays available for decryption, so existing data is unaffected.
package platlint.terraform.kms_key_rotation

import data.platlint.lib.terraform as tf

deny contains finding if {
	some name, key in input.resource.aws_kms_key
	rotatable(key)
	value := object.get(key, "enable_key_rotation", false)
	not tf.is_true(value)
	not tf.is_reference(value)
	finding := {
		"msg": sprintf("aws_kms_key.%s is a symmetric encryption key without enable_key_rotation = true", [name]),
		"path": attr_path(name, key, "enable_key_rotation"),
	}
}

# rotatable holds for symmetric encryption keys outside a custom key store, the only
# keys AWS can rotate. An unknown spec or usage is not assumed to be rotatable.
rotatable(key) if {
	object.get(key, "customer_master_key_spec", "SYMMETRIC_DEFAULT") == "SYMMETRIC_DEFAULT"
	object.get(key, "key_usage", "ENCRYPT_DECRYPT") == "ENCRYPT_DECRYPT"
	object.get(key, "custom_key_store_id", "") in {"", null}
}

attr_path(name, key, attr) := ["resource", "aws_kms_key", name, attr] if attr in object.keys(key)

attr_path(name, key, attr) := ["resource", "aws_kms_key", name] if not attr in object.keys(key)
