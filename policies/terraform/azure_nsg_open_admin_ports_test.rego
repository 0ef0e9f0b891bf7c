package platlint.terraform.azure_nsg_open_admin_ports_test

import data.platlint.terraform.azure_nsg_open_admin_ports as rule

inbound(body) := object.union(
	{
		"name": "ssh",
		"priority": 100,
		"direction": "Inbound",
		"access": "Allow",
		"protocol": "Tcp",
		"source_port_range": "*",
		"destination_address_prefix": "*",
	},
	body,
)

test_standalone_rule_ssh_from_internet if {
	r := rule.deny with input as {"resource": {"azurerm_network_security_rule": {"ssh": inbound({
		"source_address_prefix": "Internet",
		"destination_port_range": "22",
	})}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "azurerm_network_security_rule", "ssh", "source_address_prefix"]
	contains(f.msg, "SSH (22)")
}

test_inline_rule_rdp_in_port_list if {
	r := rule.deny with input as {"resource": {"azurerm_network_security_group": {"nsg": {"security_rule": [
		inbound({"name": "https", "source_address_prefix": "*", "destination_port_range": "443"}),
		inbound({"name": "admin", "source_address_prefixes": ["203.0.113.0/24", "0.0.0.0/0"], "destination_port_ranges": ["443", "3389"]}),
	]}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "azurerm_network_security_group", "nsg", "security_rule", 1, "source_address_prefixes", 1]
	contains(f.msg, "RDP (3389)")
}

test_all_ports_any_protocol if {
	r := rule.deny with input as {"resource": {"azurerm_network_security_rule": {"any": inbound({
		"protocol": "*",
		"source_address_prefix": "*",
		"destination_port_range": "*",
	})}}}
	count(r) == 1
	some f in r
	contains(f.msg, "all ports")
}

test_port_range_covering_ssh if {
	r := rule.deny with input as {"resource": {"azurerm_network_security_rule": {"r": inbound({"source_address_prefix": "0.0.0.0/0", "destination_port_range": "20-25"})}}}
	count(r) == 1
}

test_compliant_rules_are_fine if {
	count(rule.deny) == 0 with input as {"resource": {
		"azurerm_network_security_rule": {
			"bastion": inbound({"source_address_prefix": "AzureBastionSubnet", "destination_port_range": "22"}),
			"office": inbound({"source_address_prefix": "203.0.113.0/24", "destination_port_ranges": ["22", "3389"]}),
			"web": inbound({"source_address_prefix": "Internet", "destination_port_ranges": ["80", "443"]}),
			"deny": inbound({"access": "Deny", "source_address_prefix": "*", "destination_port_range": "*"}),
			"out": inbound({"direction": "Outbound", "source_address_prefix": "*", "destination_port_range": "22"}),
			"udp": inbound({"protocol": "Udp", "source_address_prefix": "*", "destination_port_range": "3389"}),
			"ref": inbound({"source_address_prefix": "${var.admin_cidr}", "destination_port_range": "22"}),
		},
		"azurerm_network_security_group": {"nsg": {"name": "nsg"}},
	}}
}

# security_rule written as an attribute lists every field, unused ones null or empty.
test_attribute_syntax_with_null_fields if {
	r := rule.deny with input as {"resource": {"azurerm_network_security_group": {"nsg": {"security_rule": [{
		"name": "rdp",
		"priority": 100,
		"direction": "Inbound",
		"access": "Allow",
		"protocol": "*",
		"source_port_range": "*",
		"source_port_ranges": [],
		"destination_port_range": null,
		"destination_port_ranges": ["3389"],
		"source_address_prefix": "Internet",
		"source_address_prefixes": [],
		"destination_address_prefix": "*",
	}]}}}}
	count(r) == 1
	some f in r
	f.path == ["resource", "azurerm_network_security_group", "nsg", "security_rule", 0, "source_address_prefix"]
}
