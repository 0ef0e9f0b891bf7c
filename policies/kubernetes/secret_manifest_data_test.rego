package platlint.kubernetes.secret_manifest_data_test

import data.platlint.kubernetes.secret_manifest_data as p

secret(extra) := object.union({"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "db", "namespace": "shop"}, "type": "Opaque"}, extra)

test_base64_password if {
	# "hunter2-prod" base64-encoded.
	r := p.deny with input as secret({"data": {"username": "YXBw", "password": "aHVudGVyMi1wcm9k"}})
	count(r) == 1
	some f in r
	f.path == ["data", "password"]
	f.msg == `Secret shop/db commits the credential "password" in data; base64 is an encoding, not encryption`
}

test_string_data_and_url_with_password if {
	r := p.deny with input as secret({"stringData": {"API_TOKEN": "tok_8f2a", "DATABASE_URL": "postgres://app:s3cret@db:5432/app", "LOG_LEVEL": "info"}})
	count(r) == 2
	some f in r
	f.path == ["stringData", "DATABASE_URL"]
}

test_tls_key if {
	count(p.deny) == 1 with input as secret({"type": "kubernetes.io/tls", "data": {"tls.crt": "LS0tLS1CRUdJTi", "tls.key": "LS0tLS1CRUdJTiBQUklWQVRFIEtFWS0tLS0t"}})
}

test_sops_encrypted_is_fine if {
	count(p.deny) == 0 with input as secret({"stringData": {"password": "ENC[AES256_GCM,data:x,iv:y,tag:z,type:str]"}, "sops": {"version": "3.9.0"}})
}

test_placeholders_and_non_credentials_are_fine if {
	count(p.deny) == 0 with input as secret({"stringData": {"password": "${DB_PASSWORD}", "token": "<token>", "url": "https://github.com/acme/deploy.git", "type": "git"}})
	count(p.deny) == 0 with input as secret({"data": {"password": ""}})
}

test_other_kinds_are_ignored if {
	count(p.deny) == 0 with input as {"kind": "SealedSecret", "metadata": {"name": "db"}, "spec": {"encryptedData": {"password": "AgBy3i4OJSWK+PiTySYZZA=="}}}
}
