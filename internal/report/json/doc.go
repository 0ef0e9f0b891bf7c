// Package json writes a report as one JSON document for scripts and other
// tools. The format is a stable interface: it is described here and by the
// Document type and the types it contains, and guarded by golden files.
//
// # Schema version 1
//
// The document is an object with these members, always in this order:
//
//	{
//	  "version": "1",
//	  "tool": {"name": "platlint", "version": "1.4.0"},
//	  "summary": {
//	    "files": 5,
//	    "findings": 7,
//	    "by_severity": {"critical": 2, "high": 3, "medium": 0, "low": 2},
//	    "suppressed": 2
//	  },
//	  "findings": [
//	    {
//	      "rule": "PL-TF-001",
//	      "severity": "high",
//	      "title": "S3 bucket made public by ACL",
//	      "message": "aws_s3_bucket_acl.logs makes bucket \"logs\" public",
//	      "file": "terraform/main.tf",
//	      "start_line": 12,
//	      "end_line": 12,
//	      "start_column": 3,
//	      "end_column": 25,
//	      "resource": "aws_s3_bucket_acl.logs",
//	      "advisory": false,
//	      "fingerprint": "d4e5f6a7b8c9d0e1",
//	      "suppression": null
//	    }
//	  ],
//	  "errors": [
//	    {"rule": "ACME-001", "file": "terraform", "message": "eval_conflict_error: ..."}
//	  ]
//	}
//
// Every member is always present, so consumers never need to tell a missing
// member from an empty one: "findings" and "errors" are arrays, empty when
// there is nothing to list, never null; numbers that are not known are 0 and
// strings that are not known are "". "suppression" is null unless the
// finding is suppressed.
//
// "summary" counts unsuppressed findings, advisory ones included; "files"
// is the number of files scanned. "findings" lists every finding, suppressed
// ones included, in platlint's report order: by file, line, column, rule and
// message. A finding with "suppression" set does not fail a run, nor does one
// with "advisory" set.
//
// Severities are "critical", "high", "medium" and "low". Paths are relative
// to the scanned directory and use forward slashes. Lines and columns count
// from 1. The parse-error rule reports files that could not be parsed.
//
// The schema version changes only when a member is removed or changes
// meaning. Members may be added within a version, so consumers should ignore
// members they do not know.
package json
