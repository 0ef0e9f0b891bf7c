# METADATA
# title: Network security group opens SSH, RDP or all ports to the internet
# description: >-
#   An inbound Allow rule whose source is *, Internet, Any or 0.0.0.0/0 and
#   whose destination ports include 22, 3389 or * (for TCP or any protocol)
#   exposes remote administration to the whole internet. Inline security_rule
#   blocks of azurerm_network_security_group and standalone
#   azurerm_network_security_rule resources are both checked; rules limited to
#   your own ranges, to service tags such as AzureBastionSubnet or
#   VirtualNetwork, or to other ports such as 443 are not reported.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview
#   - ref: https://learn.microsoft.com/azure/bastion/bastion-overview
#   - ref: https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/network_security_rule
#   - ref: https://www.cisecurity.org/benchmark/azure
#     description: "CIS Microsoft Azure Foundations Benchmark: Ensure that RDP and SSH access from the Internet is evaluated and restricted"
# custom:
#   id: PL-TF-159
#   severity: high
#   rationale: Internet-facing SSH and RDP are scanned within minutes and are a leading way into cloud networks.
#   input: terraform
#   resources: [azurerm_network_security_group, azurerm_network_security_rule]
#   tags: [azure, network, firewall, public-access]
#   remediation: >-
#     Set `source_address_prefix` to the ranges that need access (or `source_address_prefixes = [...]`), or remove the
#     rule and reach machines through Azure Bastion or a VPN; open only the ports the service serves.
package platlint.terraform.azure_nsg_open_admin_ports

import data.platlint.lib.terraform as tf

internet := {"*", "internet", "any", "0.0.0.0/0", "0.0.0.0", "::/0"}

# rules holds [path, label, rule] for every security rule, inline or standalone.
rules contains [["resource", "azurerm_network_security_group", name, "security_rule", i], sprintf("azurerm_network_security_group.%s security_rule %q", [name, object.get(rule, "name", i)]), rule] if {
	some name, nsg in input.resource.azurerm_network_security_group
	some i, rule in nsg.security_rule
	is_object(rule)
}

rules contains [["resource", "azurerm_network_security_rule", name], sprintf("azurerm_network_security_rule.%s", [name]), rule] if {
	some name, rule in input.resource.azurerm_network_security_rule
}

deny contains finding if {
	some [path, label, rule] in rules
	lower(rule.direction) == "inbound"
	lower(rule.access) == "allow"
	lower(rule.protocol) in {"tcp", "*"}
	source := internet_source(rule)
	exposed := exposure(rule)
	count(exposed) > 0
	finding := {
		"msg": sprintf("%s allows %s from %s", [label, concat(", ", sort(exposed)), source.value]),
		"path": array.concat(path, source.path),
	}
}

# internet_source returns the first internet-wide source and where it is.
internet_source(rule) := {"path": ["source_address_prefix"], "value": rule.source_address_prefix} if {
	is_string(rule.source_address_prefix)
	lower(rule.source_address_prefix) in internet
}

internet_source(rule) := {"path": ["source_address_prefixes", k], "value": rule.source_address_prefixes[k]} if {
	not internet_prefix(rule)
	ks := [j | some j, p in rule.source_address_prefixes; is_string(p); lower(p) in internet]
	count(ks) > 0
	k := ks[0]
}

internet_prefix(rule) if {
	is_string(rule.source_address_prefix)
	lower(rule.source_address_prefix) in internet
}

exposure(rule) := {e | some p in destination_ports(rule); some e in port_exposure(p)}

destination_ports(rule) := array.concat(
	tf.as_list(object.get(rule, "destination_port_range", [])),
	tf.as_list(object.get(rule, "destination_port_ranges", [])),
)

port_exposure(p) := {"all ports"} if p == "*"

port_exposure(p) := {label | some port, label in admin_ports; covers(p, port)} if p != "*"

admin_ports := {22: "SSH (22)", 3389: "RDP (3389)"}

covers(p, port) if {
	[lo, hi] := port_range(p)
	lo <= port
	port <= hi
}

port_range(p) := [p, p] if is_number(p)

port_range(p) := [n, n] if {
	is_string(p)
	regex.match(`^[0-9]+$`, p)
	n := to_number(p)
}

port_range(p) := [to_number(trim_space(parts[0])), to_number(trim_space(parts[1]))] if {
	is_string(p)
	regex.match(`^[0-9]+ *- *[0-9]+$`, p)
	parts := split(p, "-")
}
