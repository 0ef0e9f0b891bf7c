// Package policies embeds platlint's bundled Rego policies, their unit tests
// and the shared helper library, so the binary needs no files beside it.
package policies

import "embed"

// FS holds terraform/, kubernetes/, dockerfile/ and lib/, and catalog.json,
// the generated summary of every module's METADATA that spares each run
// from parsing them (`make docs` regenerates it; a test fails when it is
// stale). The embed pattern lives here because go:embed cannot reach
// outside its package directory.
//
//go:embed terraform kubernetes dockerfile lib catalog.json
var FS embed.FS

// Prefix is prepended to embedded module names so messages and the SARIF
// rule sources point at the file in the repository.
const Prefix = "policies"
