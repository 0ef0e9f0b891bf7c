# METADATA
# title: Linux virtual machine allows SSH password authentication
# description: >-
#   disable_password_authentication = false lets the VM's SSH server accept
#   passwords, which can be guessed, sprayed and reused, and the admin password
#   ends up in Terraform state. The provider defaults to key-only
#   authentication, so only an explicit false is reported, on
#   azurerm_linux_virtual_machine, scale sets and the legacy
#   azurerm_virtual_machine.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/virtual-machines/linux/create-ssh-keys-detailed
#   - ref: https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/linux_virtual_machine#disable_password_authentication
# custom:
#   id: PL-TF-160
#   severity: medium
#   rationale: Passwords can be brute-forced wherever SSH is reachable, but the VM must first be reachable.
#   input: terraform
#   resources: [azurerm_linux_virtual_machine, azurerm_linux_virtual_machine_scale_set, azurerm_orchestrated_virtual_machine_scale_set, azurerm_virtual_machine]
#   tags: [azure, compute, ssh, authentication]
#   remediation: >-
#     Remove `disable_password_authentication = false` and `admin_password`, and add
#     `admin_ssh_key { username = "azureuser", public_key = file("~/.ssh/id_ed25519.pub") }` (or use Entra ID login).
package platlint.terraform.azure_linux_vm_password_auth

deny contains finding if {
	some type in ["azurerm_linux_virtual_machine", "azurerm_linux_virtual_machine_scale_set"]
	some name, r in input.resource[type]
	r.disable_password_authentication in {false, "false"}
	finding := {
		"msg": sprintf("%s.%s allows SSH password authentication", [type, name]),
		"path": ["resource", type, name, "disable_password_authentication"],
	}
}

deny contains finding if {
	some name, r in input.resource.azurerm_virtual_machine
	some i, cfg in r.os_profile_linux_config
	cfg.disable_password_authentication in {false, "false"}
	finding := {
		"msg": sprintf("azurerm_virtual_machine.%s allows SSH password authentication", [name]),
		"path": ["resource", "azurerm_virtual_machine", name, "os_profile_linux_config", i, "disable_password_authentication"],
	}
}

deny contains finding if {
	some name, r in input.resource.azurerm_orchestrated_virtual_machine_scale_set
	some i, profile in r.os_profile
	some j, cfg in profile.linux_configuration
	cfg.disable_password_authentication in {false, "false"}
	finding := {
		"msg": sprintf("azurerm_orchestrated_virtual_machine_scale_set.%s allows SSH password authentication", [name]),
		"path": ["resource", "azurerm_orchestrated_virtual_machine_scale_set", name, "os_profile", i, "linux_configuration", j, "disable_password_authentication"],
	}
}
