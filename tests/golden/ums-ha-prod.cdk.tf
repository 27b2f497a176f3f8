# Stack ums-ha-prod, written by ums-ha from the site file: change the site file and synthesize again.
# After leaving CDKTF this file is the configuration itself (ums-ha docs/guide/hcl-output.md, "Leaving CDKTF").

terraform {
  required_version = ">= 1.7"
  required_providers {
    citrixadc = {
      source  = "citrix/citrixadc"
      version = "2.2.2"
    }
    dns = {
      source  = "hashicorp/dns"
      version = "3.6.1"
    }
  }
  backend "local" {
    path = "../../../terraform.ums-ha-prod.tfstate"
  }
}

provider "citrixadc" {
  endpoint = "https://192.0.2.2"
}

provider "dns" {
  update {
    port   = 53
    server = "dc01.corp.example"
  }
}

resource "citrixadc_lbgroup" "persistence_group" {
  name            = "ums-prod-persistence"
  persistencetype = "SOURCEIP"
  persistmask     = "255.255.255.255"
  timeout         = 5
  depends_on      = [terraform_data.config_save_order]
}

resource "citrixadc_lbgroup_lbvserver_binding" "persistence_group_console" {
  name        = citrixadc_lbgroup.persistence_group.name
  vservername = citrixadc_lbvserver.vserver_console.name
  lifecycle {
    replace_triggered_by = [
      citrixadc_lbgroup.persistence_group.id,
      citrixadc_lbvserver.vserver_console.id,
    ]
  }
  depends_on = [terraform_data.config_save_order]
}

resource "citrixadc_lbgroup_lbvserver_binding" "persistence_group_devices" {
  name        = citrixadc_lbgroup.persistence_group.name
  vservername = citrixadc_lbvserver.vserver_devices.name
  lifecycle {
    replace_triggered_by = [
      citrixadc_lbgroup.persistence_group.id,
      citrixadc_lbvserver.vserver_devices.id,
    ]
  }
  depends_on = [terraform_data.config_save_order]
}

resource "citrixadc_lbgroup_lbvserver_binding" "persistence_group_firmware" {
  name        = citrixadc_lbgroup.persistence_group.name
  vservername = citrixadc_lbvserver.vserver_firmware.name
  lifecycle {
    replace_triggered_by = [
      citrixadc_lbgroup.persistence_group.id,
      citrixadc_lbvserver.vserver_firmware.id,
    ]
  }
  depends_on = [terraform_data.config_save_order]
}

resource "citrixadc_lbmonitor" "monitor_check_status" {
  destport    = 8443
  monitorname = "ums-prod-mon-check-status"
  recv        = "\"ok\""
  secure      = "YES"
  send        = "GET /ums/check-status"
  type        = "HTTP-ECV"
  depends_on  = [terraform_data.config_save_order]
}

resource "citrixadc_lbvserver" "vserver_console" {
  ipv46           = "10.20.30.10"
  name            = "ums-prod-vs-console"
  persistencetype = "SOURCEIP"
  persistmask     = "255.255.255.255"
  port            = 8443
  servicetype     = "TCP"
  timeout         = 5
  depends_on      = [terraform_data.config_save_order]
}

resource "citrixadc_lbvserver" "vserver_devices" {
  ipv46           = "10.20.30.10"
  name            = "ums-prod-vs-devices"
  persistencetype = "SOURCEIP"
  persistmask     = "255.255.255.255"
  port            = 30001
  servicetype     = "TCP"
  timeout         = 5
  depends_on      = [terraform_data.config_save_order]
}

resource "citrixadc_lbvserver" "vserver_firmware" {
  ipv46           = "10.20.30.10"
  name            = "ums-prod-vs-firmware"
  persistencetype = "SOURCEIP"
  persistmask     = "255.255.255.255"
  port            = 9080
  servicetype     = "TCP"
  timeout         = 5
  depends_on      = [terraform_data.config_save_order]
}

resource "citrixadc_lbvserver_servicegroup_binding" "vserver_binding_console" {
  name             = citrixadc_lbvserver.vserver_console.name
  servicegroupname = citrixadc_servicegroup.servicegroup_console.servicegroupname
  lifecycle {
    replace_triggered_by = [
      citrixadc_lbvserver.vserver_console.id,
      citrixadc_servicegroup.servicegroup_console.id,
    ]
  }
  depends_on = [terraform_data.config_save_order]
}

resource "citrixadc_lbvserver_servicegroup_binding" "vserver_binding_devices" {
  name             = citrixadc_lbvserver.vserver_devices.name
  servicegroupname = citrixadc_servicegroup.servicegroup_devices.servicegroupname
  lifecycle {
    replace_triggered_by = [
      citrixadc_lbvserver.vserver_devices.id,
      citrixadc_servicegroup.servicegroup_devices.id,
    ]
  }
  depends_on = [terraform_data.config_save_order]
}

resource "citrixadc_lbvserver_servicegroup_binding" "vserver_binding_firmware" {
  name             = citrixadc_lbvserver.vserver_firmware.name
  servicegroupname = citrixadc_servicegroup.servicegroup_firmware.servicegroupname
  lifecycle {
    replace_triggered_by = [
      citrixadc_lbvserver.vserver_firmware.id,
      citrixadc_servicegroup.servicegroup_firmware.id,
    ]
  }
  depends_on = [terraform_data.config_save_order]
}

resource "citrixadc_nsconfig_save" "config_save" {
  all       = true
  timestamp = sha1(join(",", [citrixadc_server.server_ums01.id, citrixadc_server.server_ums02.id, citrixadc_lbmonitor.monitor_check_status.id, citrixadc_servicegroup.servicegroup_devices.id, citrixadc_servicegroup_servicegroupmember_binding.member_devices_ums01.id, citrixadc_servicegroup_servicegroupmember_binding.member_devices_ums02.id, citrixadc_servicegroup_lbmonitor_binding.monitor_binding_devices.id, citrixadc_servicegroup.servicegroup_console.id, citrixadc_servicegroup_servicegroupmember_binding.member_console_ums01.id, citrixadc_servicegroup_servicegroupmember_binding.member_console_ums02.id, citrixadc_servicegroup_lbmonitor_binding.monitor_binding_console.id, citrixadc_servicegroup.servicegroup_firmware.id, citrixadc_servicegroup_servicegroupmember_binding.member_firmware_ums01.id, citrixadc_servicegroup_servicegroupmember_binding.member_firmware_ums02.id, citrixadc_servicegroup_lbmonitor_binding.monitor_binding_firmware.id, citrixadc_lbvserver.vserver_devices.id, citrixadc_lbvserver.vserver_console.id, citrixadc_lbvserver.vserver_firmware.id, citrixadc_lbvserver_servicegroup_binding.vserver_binding_devices.id, citrixadc_lbvserver_servicegroup_binding.vserver_binding_console.id, citrixadc_lbvserver_servicegroup_binding.vserver_binding_firmware.id, citrixadc_lbgroup.persistence_group.id, citrixadc_lbgroup_lbvserver_binding.persistence_group_devices.id, citrixadc_lbgroup_lbvserver_binding.persistence_group_console.id, citrixadc_lbgroup_lbvserver_binding.persistence_group_firmware.id, citrixadc_nsip.snip.id]))
  lifecycle {
    replace_triggered_by = [
      citrixadc_server.server_ums01,
      citrixadc_server.server_ums02,
      citrixadc_lbmonitor.monitor_check_status,
      citrixadc_servicegroup.servicegroup_devices,
      citrixadc_servicegroup_servicegroupmember_binding.member_devices_ums01,
      citrixadc_servicegroup_servicegroupmember_binding.member_devices_ums02,
      citrixadc_servicegroup_lbmonitor_binding.monitor_binding_devices,
      citrixadc_servicegroup.servicegroup_console,
      citrixadc_servicegroup_servicegroupmember_binding.member_console_ums01,
      citrixadc_servicegroup_servicegroupmember_binding.member_console_ums02,
      citrixadc_servicegroup_lbmonitor_binding.monitor_binding_console,
      citrixadc_servicegroup.servicegroup_firmware,
      citrixadc_servicegroup_servicegroupmember_binding.member_firmware_ums01,
      citrixadc_servicegroup_servicegroupmember_binding.member_firmware_ums02,
      citrixadc_servicegroup_lbmonitor_binding.monitor_binding_firmware,
      citrixadc_lbvserver.vserver_devices,
      citrixadc_lbvserver.vserver_console,
      citrixadc_lbvserver.vserver_firmware,
      citrixadc_lbvserver_servicegroup_binding.vserver_binding_devices,
      citrixadc_lbvserver_servicegroup_binding.vserver_binding_console,
      citrixadc_lbvserver_servicegroup_binding.vserver_binding_firmware,
      citrixadc_lbgroup.persistence_group,
      citrixadc_lbgroup_lbvserver_binding.persistence_group_devices,
      citrixadc_lbgroup_lbvserver_binding.persistence_group_console,
      citrixadc_lbgroup_lbvserver_binding.persistence_group_firmware,
      citrixadc_nsip.snip,
    ]
  }
  depends_on = [terraform_data.config_save_order]
}

resource "citrixadc_nsip" "snip" {
  ipaddress  = "10.20.30.5"
  netmask    = "255.255.255.0"
  type       = "SNIP"
  depends_on = [terraform_data.config_save_order]
}

resource "citrixadc_server" "server_ums01" {
  ipaddress  = "10.20.30.11"
  name       = "ums-prod-srv-ums01"
  state      = "ENABLED"
  depends_on = [terraform_data.config_save_order]
}

resource "citrixadc_server" "server_ums02" {
  ipaddress  = "10.20.30.12"
  name       = "ums-prod-srv-ums02"
  state      = "ENABLED"
  depends_on = [terraform_data.config_save_order]
}

resource "citrixadc_servicegroup" "servicegroup_console" {
  servicegroupname = "ums-prod-sg-console"
  servicetype      = "TCP"
  usip             = "NO"
  depends_on       = [terraform_data.config_save_order]
}

resource "citrixadc_servicegroup" "servicegroup_devices" {
  servicegroupname = "ums-prod-sg-devices"
  servicetype      = "TCP"
  usip             = "YES"
  depends_on       = [terraform_data.config_save_order]
}

resource "citrixadc_servicegroup" "servicegroup_firmware" {
  servicegroupname = "ums-prod-sg-firmware"
  servicetype      = "TCP"
  usip             = "YES"
  depends_on       = [terraform_data.config_save_order]
}

resource "citrixadc_servicegroup_lbmonitor_binding" "monitor_binding_console" {
  monitorname      = citrixadc_lbmonitor.monitor_check_status.monitorname
  servicegroupname = citrixadc_servicegroup.servicegroup_console.servicegroupname
  lifecycle {
    replace_triggered_by = [
      citrixadc_servicegroup.servicegroup_console.id,
      citrixadc_lbmonitor.monitor_check_status.id,
    ]
  }
  depends_on = [terraform_data.config_save_order]
}

resource "citrixadc_servicegroup_lbmonitor_binding" "monitor_binding_devices" {
  monitorname      = citrixadc_lbmonitor.monitor_check_status.monitorname
  servicegroupname = citrixadc_servicegroup.servicegroup_devices.servicegroupname
  lifecycle {
    replace_triggered_by = [
      citrixadc_servicegroup.servicegroup_devices.id,
      citrixadc_lbmonitor.monitor_check_status.id,
    ]
  }
  depends_on = [terraform_data.config_save_order]
}

resource "citrixadc_servicegroup_lbmonitor_binding" "monitor_binding_firmware" {
  monitorname      = citrixadc_lbmonitor.monitor_check_status.monitorname
  servicegroupname = citrixadc_servicegroup.servicegroup_firmware.servicegroupname
  lifecycle {
    replace_triggered_by = [
      citrixadc_servicegroup.servicegroup_firmware.id,
      citrixadc_lbmonitor.monitor_check_status.id,
    ]
  }
  depends_on = [terraform_data.config_save_order]
}

resource "citrixadc_servicegroup_servicegroupmember_binding" "member_console_ums01" {
  port             = 8443
  servername       = citrixadc_server.server_ums01.name
  servicegroupname = citrixadc_servicegroup.servicegroup_console.servicegroupname
  lifecycle {
    replace_triggered_by = [
      citrixadc_servicegroup.servicegroup_console.id,
      citrixadc_server.server_ums01.id,
    ]
  }
  depends_on = [terraform_data.config_save_order]
}

resource "citrixadc_servicegroup_servicegroupmember_binding" "member_console_ums02" {
  port             = 8443
  servername       = citrixadc_server.server_ums02.name
  servicegroupname = citrixadc_servicegroup.servicegroup_console.servicegroupname
  lifecycle {
    replace_triggered_by = [
      citrixadc_servicegroup.servicegroup_console.id,
      citrixadc_server.server_ums02.id,
    ]
  }
  depends_on = [terraform_data.config_save_order]
}

resource "citrixadc_servicegroup_servicegroupmember_binding" "member_devices_ums01" {
  port             = 30001
  servername       = citrixadc_server.server_ums01.name
  servicegroupname = citrixadc_servicegroup.servicegroup_devices.servicegroupname
  lifecycle {
    replace_triggered_by = [
      citrixadc_servicegroup.servicegroup_devices.id,
      citrixadc_server.server_ums01.id,
    ]
  }
  depends_on = [terraform_data.config_save_order]
}

resource "citrixadc_servicegroup_servicegroupmember_binding" "member_devices_ums02" {
  port             = 30001
  servername       = citrixadc_server.server_ums02.name
  servicegroupname = citrixadc_servicegroup.servicegroup_devices.servicegroupname
  lifecycle {
    replace_triggered_by = [
      citrixadc_servicegroup.servicegroup_devices.id,
      citrixadc_server.server_ums02.id,
    ]
  }
  depends_on = [terraform_data.config_save_order]
}

resource "citrixadc_servicegroup_servicegroupmember_binding" "member_firmware_ums01" {
  port             = 9080
  servername       = citrixadc_server.server_ums01.name
  servicegroupname = citrixadc_servicegroup.servicegroup_firmware.servicegroupname
  lifecycle {
    replace_triggered_by = [
      citrixadc_servicegroup.servicegroup_firmware.id,
      citrixadc_server.server_ums01.id,
    ]
  }
  depends_on = [terraform_data.config_save_order]
}

resource "citrixadc_servicegroup_servicegroupmember_binding" "member_firmware_ums02" {
  port             = 9080
  servername       = citrixadc_server.server_ums02.name
  servicegroupname = citrixadc_servicegroup.servicegroup_firmware.servicegroupname
  lifecycle {
    replace_triggered_by = [
      citrixadc_servicegroup.servicegroup_firmware.id,
      citrixadc_server.server_ums02.id,
    ]
  }
  depends_on = [terraform_data.config_save_order]
}

resource "dns_a_record_set" "dns_record" {
  addresses = ["10.20.30.10"]
  name      = "igelrmserver"
  ttl       = 300
  zone      = "corp.example."
}

resource "terraform_data" "config_save_order" {
  input = [
    "citrixadc_lbgroup.persistence_group",
    "citrixadc_lbgroup_lbvserver_binding.persistence_group_console",
    "citrixadc_lbgroup_lbvserver_binding.persistence_group_devices",
    "citrixadc_lbgroup_lbvserver_binding.persistence_group_firmware",
    "citrixadc_lbmonitor.monitor_check_status",
    "citrixadc_lbvserver.vserver_console",
    "citrixadc_lbvserver.vserver_devices",
    "citrixadc_lbvserver.vserver_firmware",
    "citrixadc_lbvserver_servicegroup_binding.vserver_binding_console",
    "citrixadc_lbvserver_servicegroup_binding.vserver_binding_devices",
    "citrixadc_lbvserver_servicegroup_binding.vserver_binding_firmware",
    "citrixadc_nsip.snip",
    "citrixadc_server.server_ums01",
    "citrixadc_server.server_ums02",
    "citrixadc_servicegroup.servicegroup_console",
    "citrixadc_servicegroup.servicegroup_devices",
    "citrixadc_servicegroup.servicegroup_firmware",
    "citrixadc_servicegroup_lbmonitor_binding.monitor_binding_console",
    "citrixadc_servicegroup_lbmonitor_binding.monitor_binding_devices",
    "citrixadc_servicegroup_lbmonitor_binding.monitor_binding_firmware",
    "citrixadc_servicegroup_servicegroupmember_binding.member_console_ums01",
    "citrixadc_servicegroup_servicegroupmember_binding.member_console_ums02",
    "citrixadc_servicegroup_servicegroupmember_binding.member_devices_ums01",
    "citrixadc_servicegroup_servicegroupmember_binding.member_devices_ums02",
    "citrixadc_servicegroup_servicegroupmember_binding.member_firmware_ums01",
    "citrixadc_servicegroup_servicegroupmember_binding.member_firmware_ums02",
  ]
}

removed {
  from = mssql_database.database
  lifecycle {
    destroy = false
  }
}

removed {
  from = mssql_login.database_login
  lifecycle {
    destroy = false
  }
}

removed {
  from = mssql_user.database_user
  lifecycle {
    destroy = false
  }
}

removed {
  from = mssql_database_schema.database_schema
  lifecycle {
    destroy = false
  }
}

removed {
  from = mssql_database_permissions.database_permissions
  lifecycle {
    destroy = false
  }
}

removed {
  from = postgresql_role.database_login
  lifecycle {
    destroy = false
  }
}

removed {
  from = postgresql_database.database
  lifecycle {
    destroy = false
  }
}

removed {
  from = postgresql_schema.database_schema
  lifecycle {
    destroy = false
  }
}

removed {
  from = postgresql_grant.database_permissions
  lifecycle {
    destroy = false
  }
}

output "dns_name" {
  description = "the name devices and the UMS profile use; resolves to the VIP"
  value       = "igelrmserver.corp.example"
}

output "service_endpoints" {
  description = "each load-balanced UMS service as dns_name:port, by service name"
  value = {
    console  = "igelrmserver.corp.example:8443"
    devices  = "igelrmserver.corp.example:30001"
    firmware = "igelrmserver.corp.example:9080"
  }
}

output "site" {
  description = "the ums-ha site this stack deploys; ums-ha review and drift label their reports with it"
  value       = "prod"
}

output "snip" {
  description = "the NetScaler SNIP in the UMS subnet: the default gateway of every UMS server while USIP is on"
  value       = "10.20.30.5"
}

output "ums_servers" {
  description = "the UMS servers behind the VIP: name -> address"
  value = {
    ums01 = "10.20.30.11"
    ums02 = "10.20.30.12"
  }
}

output "vip" {
  description = "the virtual IP address every UMS service listens on"
  value       = "10.20.30.10"
}
