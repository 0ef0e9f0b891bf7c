terraform {
  backend "s3" {
    bucket       = "acme-state"
    key          = "core.tfstate"
    encrypt      = false # want: PL-TF-010
    use_lockfile = true
  }
}
