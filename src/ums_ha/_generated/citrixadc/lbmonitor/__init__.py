r'''
# `citrixadc_lbmonitor`

Refer to the Terraform Registry for docs: [`citrixadc_lbmonitor`](https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor).
'''
from pkgutil import extend_path
__path__ = extend_path(__path__, __name__)

import abc
import builtins
import datetime
import enum
import typing

import jsii
import publication
import typing_extensions

import typeguard
from importlib.metadata import version as _metadata_package_version
TYPEGUARD_MAJOR_VERSION = int(_metadata_package_version('typeguard').split('.')[0])

def check_type(argname: str, value: object, expected_type: typing.Any) -> typing.Any:
    if TYPEGUARD_MAJOR_VERSION <= 2:
        return typeguard.check_type(argname=argname, value=value, expected_type=expected_type) # type:ignore
    else:
        if isinstance(value, jsii._reference_map.InterfaceDynamicProxy): # pyright: ignore [reportAttributeAccessIssue]
           pass
        else:
            if TYPEGUARD_MAJOR_VERSION == 3:
                typeguard.config.collection_check_strategy = typeguard.CollectionCheckStrategy.ALL_ITEMS # type:ignore
                typeguard.check_type(value=value, expected_type=expected_type) # type:ignore
            else:
                typeguard.check_type(value=value, expected_type=expected_type, collection_check_strategy=typeguard.CollectionCheckStrategy.ALL_ITEMS) # type:ignore

from .._jsii import *

import cdktf as _cdktf_9a9027ec
import constructs as _constructs_77d1e7e8


class Lbmonitor(
    _cdktf_9a9027ec.TerraformResource,
    metaclass=jsii.JSIIMeta,
    jsii_type="citrixadc.lbmonitor.Lbmonitor",
):
    '''Represents a {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor citrixadc_lbmonitor}.'''

    def __init__(
        self,
        scope: _constructs_77d1e7e8.Construct,
        id: builtins.str,
        *,
        monitorname: builtins.str,
        type: builtins.str,
        acctapplicationid: typing.Optional[typing.Sequence[jsii.Number]] = None,
        action: typing.Optional[builtins.str] = None,
        alertretries: typing.Optional[jsii.Number] = None,
        application: typing.Optional[builtins.str] = None,
        attribute: typing.Optional[builtins.str] = None,
        authapplicationid: typing.Optional[typing.Sequence[jsii.Number]] = None,
        basedn: typing.Optional[builtins.str] = None,
        binddn: typing.Optional[builtins.str] = None,
        customheaders: typing.Optional[builtins.str] = None,
        database: typing.Optional[builtins.str] = None,
        destip: typing.Optional[builtins.str] = None,
        destport: typing.Optional[jsii.Number] = None,
        deviation: typing.Optional[jsii.Number] = None,
        dispatcherip: typing.Optional[builtins.str] = None,
        dispatcherport: typing.Optional[jsii.Number] = None,
        domain: typing.Optional[builtins.str] = None,
        downtime: typing.Optional[jsii.Number] = None,
        evalrule: typing.Optional[builtins.str] = None,
        failureretries: typing.Optional[jsii.Number] = None,
        filename: typing.Optional[builtins.str] = None,
        filter: typing.Optional[builtins.str] = None,
        firmwarerevision: typing.Optional[jsii.Number] = None,
        group: typing.Optional[builtins.str] = None,
        grpchealthcheck: typing.Optional[builtins.str] = None,
        grpcservicename: typing.Optional[builtins.str] = None,
        grpcstatuscode: typing.Optional[typing.Sequence[jsii.Number]] = None,
        hostipaddress: typing.Optional[builtins.str] = None,
        hostname: typing.Optional[builtins.str] = None,
        httprequest: typing.Optional[builtins.str] = None,
        inbandsecurityid: typing.Optional[builtins.str] = None,
        interval: typing.Optional[jsii.Number] = None,
        ipaddress: typing.Optional[typing.Sequence[builtins.str]] = None,
        iptunnel: typing.Optional[builtins.str] = None,
        kcdaccount: typing.Optional[builtins.str] = None,
        lasversion: typing.Optional[builtins.str] = None,
        logonpointname: typing.Optional[builtins.str] = None,
        lrtm: typing.Optional[builtins.str] = None,
        maxforwards: typing.Optional[jsii.Number] = None,
        metric: typing.Optional[builtins.str] = None,
        metrictable: typing.Optional[builtins.str] = None,
        metricthreshold: typing.Optional[jsii.Number] = None,
        metricweight: typing.Optional[jsii.Number] = None,
        mqttclientidentifier: typing.Optional[builtins.str] = None,
        mqttversion: typing.Optional[jsii.Number] = None,
        mssqlprotocolversion: typing.Optional[builtins.str] = None,
        netprofile: typing.Optional[builtins.str] = None,
        oraclesid: typing.Optional[builtins.str] = None,
        originhost: typing.Optional[builtins.str] = None,
        originrealm: typing.Optional[builtins.str] = None,
        password: typing.Optional[builtins.str] = None,
        password_wo: typing.Optional[builtins.str] = None,
        password_wo_version: typing.Optional[jsii.Number] = None,
        productname: typing.Optional[builtins.str] = None,
        query: typing.Optional[builtins.str] = None,
        querytype: typing.Optional[builtins.str] = None,
        radaccountsession: typing.Optional[builtins.str] = None,
        radaccounttype: typing.Optional[jsii.Number] = None,
        radapn: typing.Optional[builtins.str] = None,
        radframedip: typing.Optional[builtins.str] = None,
        radkey: typing.Optional[builtins.str] = None,
        radkey_wo: typing.Optional[builtins.str] = None,
        radkey_wo_version: typing.Optional[jsii.Number] = None,
        radmsisdn: typing.Optional[builtins.str] = None,
        radnasid: typing.Optional[builtins.str] = None,
        radnasip: typing.Optional[builtins.str] = None,
        recv: typing.Optional[builtins.str] = None,
        respcode: typing.Optional[typing.Sequence[builtins.str]] = None,
        resptimeout: typing.Optional[jsii.Number] = None,
        resptimeoutthresh: typing.Optional[jsii.Number] = None,
        retries: typing.Optional[jsii.Number] = None,
        reverse: typing.Optional[builtins.str] = None,
        rtsprequest: typing.Optional[builtins.str] = None,
        scriptargs: typing.Optional[builtins.str] = None,
        scriptname: typing.Optional[builtins.str] = None,
        secondarypassword: typing.Optional[builtins.str] = None,
        secondarypassword_wo: typing.Optional[builtins.str] = None,
        secondarypassword_wo_version: typing.Optional[jsii.Number] = None,
        secure: typing.Optional[builtins.str] = None,
        secureargs: typing.Optional[builtins.str] = None,
        secureargs_wo: typing.Optional[builtins.str] = None,
        secureargs_wo_version: typing.Optional[jsii.Number] = None,
        send: typing.Optional[builtins.str] = None,
        servicegroupname: typing.Optional[builtins.str] = None,
        servicename: typing.Optional[builtins.str] = None,
        sipmethod: typing.Optional[builtins.str] = None,
        sipreguri: typing.Optional[builtins.str] = None,
        sipuri: typing.Optional[builtins.str] = None,
        sitepath: typing.Optional[builtins.str] = None,
        snmpcommunity: typing.Optional[builtins.str] = None,
        snmpoid: typing.Optional[builtins.str] = None,
        snmpthreshold: typing.Optional[builtins.str] = None,
        snmpversion: typing.Optional[builtins.str] = None,
        sqlquery: typing.Optional[builtins.str] = None,
        sslprofile: typing.Optional[builtins.str] = None,
        state: typing.Optional[builtins.str] = None,
        storedb: typing.Optional[builtins.str] = None,
        storefrontacctservice: typing.Optional[builtins.str] = None,
        storefrontcheckbackendservices: typing.Optional[builtins.str] = None,
        storename: typing.Optional[builtins.str] = None,
        successretries: typing.Optional[jsii.Number] = None,
        supportedvendorids: typing.Optional[typing.Sequence[jsii.Number]] = None,
        tos: typing.Optional[builtins.str] = None,
        tosid: typing.Optional[jsii.Number] = None,
        transparent: typing.Optional[builtins.str] = None,
        trofscode: typing.Optional[jsii.Number] = None,
        trofsstring: typing.Optional[builtins.str] = None,
        units1: typing.Optional[builtins.str] = None,
        units2: typing.Optional[builtins.str] = None,
        units3: typing.Optional[builtins.str] = None,
        units4: typing.Optional[builtins.str] = None,
        username: typing.Optional[builtins.str] = None,
        validatecred: typing.Optional[builtins.str] = None,
        vendorid: typing.Optional[jsii.Number] = None,
        vendorspecificacctapplicationids: typing.Optional[typing.Sequence[jsii.Number]] = None,
        vendorspecificauthapplicationids: typing.Optional[typing.Sequence[jsii.Number]] = None,
        vendorspecificvendorid: typing.Optional[jsii.Number] = None,
        connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
        depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
        for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
        lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''Create a new {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor citrixadc_lbmonitor} Resource.

        :param scope: The scope in which to define this construct.
        :param id: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param monitorname: Name for the monitor. Must begin with an ASCII alphanumeric or underscore (_) character, and must contain only ASCII alphanumeric, underscore, hash (#), period (.), space, colon (:), at (@), equals (=), and hyphen (-) characters. CLI Users: If the name includes one or more spaces, enclose the name in double or single quotation marks (for example, "my monitor" or 'my monitor'). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#monitorname Lbmonitor#monitorname}
        :param type: Type of monitor that you want to create. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#type Lbmonitor#type}
        :param acctapplicationid: List of Acct-Application-Id attribute value pairs (AVPs) for the Capabilities-Exchange-Request (CER) message to use for monitoring Diameter servers. A maximum of eight of these AVPs are supported in a monitoring message. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#acctapplicationid Lbmonitor#acctapplicationid}
        :param action: Action to perform when the response to an inline monitor (a monitor of type HTTP-INLINE) indicates that the service is down. A service monitored by an inline monitor is considered DOWN if the response code is not one of the codes that have been specified for the Response Code parameter. Available settings function as follows: - NONE - Do not take any action. However, the show service command and the show lb monitor command indicate the total number of responses that were checked and the number of consecutive error responses received after the last successful probe. - LOG - Log the event in NSLOG or SYSLOG. - DOWN - Mark the service as being down, and then do not direct any traffic to the service until the configured down time has expired. Persistent connections to the service are terminated as soon as the service is marked as DOWN. Also, log the event in NSLOG or SYSLOG. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#action Lbmonitor#action}
        :param alertretries: Number of consecutive probe failures after which the appliance generates an SNMP trap called monProbeFailed. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#alertretries Lbmonitor#alertretries}
        :param application: Name of the application used to determine the state of the service. Applicable to monitors of type CITRIX-XML-SERVICE. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#application Lbmonitor#application}
        :param attribute: Attribute to evaluate when the LDAP server responds to the query. Success or failure of the monitoring probe depends on whether the attribute exists in the response. Optional. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#attribute Lbmonitor#attribute}
        :param authapplicationid: List of Auth-Application-Id attribute value pairs (AVPs) for the Capabilities-Exchange-Request (CER) message to use for monitoring Diameter servers. A maximum of eight of these AVPs are supported in a monitoring CER message. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#authapplicationid Lbmonitor#authapplicationid}
        :param basedn: The base distinguished name of the LDAP service, from where the LDAP server can begin the search for the attributes in the monitoring query. Required for LDAP service monitoring. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#basedn Lbmonitor#basedn}
        :param binddn: The distinguished name with which an LDAP monitor can perform the Bind operation on the LDAP server. Optional. Applicable to LDAP monitors. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#binddn Lbmonitor#binddn}
        :param customheaders: Custom header string to include in the monitoring probes. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#customheaders Lbmonitor#customheaders}
        :param database: Name of the database to connect to during authentication. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#database Lbmonitor#database}
        :param destip: IP address of the service to which to send probes. If the parameter is set to 0, the IP address of the server to which the monitor is bound is considered the destination IP address. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#destip Lbmonitor#destip}
        :param destport: TCP or UDP port to which to send the probe. If the parameter is set to 0, the port number of the service to which the monitor is bound is considered the destination port. For a monitor of type USER, however, the destination port is the port number that is included in the HTTP request sent to the dispatcher. Does not apply to monitors of type PING. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#destport Lbmonitor#destport}
        :param deviation: Time value added to the learned average response time in dynamic response time monitoring (DRTM). When a deviation is specified, the appliance learns the average response time of bound services and adds the deviation to the average. The final value is then continually adjusted to accommodate response time variations over time. Specified in milliseconds, seconds, or minutes. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#deviation Lbmonitor#deviation}
        :param dispatcherip: IP address of the dispatcher to which to send the probe. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#dispatcherip Lbmonitor#dispatcherip}
        :param dispatcherport: Port number on which the dispatcher listens for the monitoring probe. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#dispatcherport Lbmonitor#dispatcherport}
        :param domain: Domain in which the XenDesktop Desktop Delivery Controller (DDC) servers or Web Interface servers are present. Required by CITRIX-XD-DDC and CITRIX-WI-EXTENDED monitors for logging on to the DDC servers and Web Interface servers, respectively. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#domain Lbmonitor#domain}
        :param downtime: Time duration for which to wait before probing a service that has been marked as DOWN. Expressed in milliseconds, seconds, or minutes. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#downtime Lbmonitor#downtime}
        :param evalrule: Expression that evaluates the database server's response to a MYSQL-ECV or MSSQL-ECV monitoring query. Must produce a Boolean result. The result determines the state of the server. If the expression returns TRUE, the probe succeeds. For example, if you want the appliance to evaluate the error message to determine the state of the server, use the rule MYSQL.RES.ROW(10) .TEXT_ELEM(2).EQ("MySQL"). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#evalrule Lbmonitor#evalrule}
        :param failureretries: Number of retries that must fail, out of the number specified for the Retries parameter, for a service to be marked as DOWN. For example, if the Retries parameter is set to 10 and the Failure Retries parameter is set to 6, out of the ten probes sent, at least six probes must fail if the service is to be marked as DOWN. The default value of 0 means that all the retries must fail if the service is to be marked as DOWN. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#failureretries Lbmonitor#failureretries}
        :param filename: Name of a file on the FTP server. The appliance monitors the FTP service by periodically checking the existence of the file on the server. Applicable to FTP-EXTENDED monitors. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#filename Lbmonitor#filename}
        :param filter: Filter criteria for the LDAP query. Optional. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#filter Lbmonitor#filter}
        :param firmwarerevision: Firmware-Revision value for the Capabilities-Exchange-Request (CER) message to use for monitoring Diameter servers. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#firmwarerevision Lbmonitor#firmwarerevision}
        :param group: Name of a newsgroup available on the NNTP service that is to be monitored. The appliance periodically generates an NNTP query for the name of the newsgroup and evaluates the response. If the newsgroup is found on the server, the service is marked as UP. If the newsgroup does not exist or if the search fails, the service is marked as DOWN. Applicable to NNTP monitors. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#group Lbmonitor#group}
        :param grpchealthcheck: Option to enable or disable gRPC health check service. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#grpchealthcheck Lbmonitor#grpchealthcheck}
        :param grpcservicename: Option to specify gRPC service name on which gRPC health check need to be performed. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#grpcservicename Lbmonitor#grpcservicename}
        :param grpcstatuscode: gRPC status codes for which to mark the service as UP. The default value is 12(health check unimplemented). If the gRPC status code 0 is received from the backend this configuration is ignored. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#grpcstatuscode Lbmonitor#grpcstatuscode}
        :param hostipaddress: Host-IP-Address value for the Capabilities-Exchange-Request (CER) message to use for monitoring Diameter servers. If Host-IP-Address is not specified, the appliance inserts the mapped IP (MIP) address or subnet IP (SNIP) address from which the CER request (the monitoring probe) is sent. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#hostipaddress Lbmonitor#hostipaddress}
        :param hostname: Hostname in the FQDN format (Example: porche.cars.org). Applicable to STOREFRONT monitors. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#hostname Lbmonitor#hostname}
        :param httprequest: HTTP request to send to the server (for example, "HEAD /file.html"). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#httprequest Lbmonitor#httprequest}
        :param inbandsecurityid: Inband-Security-Id for the Capabilities-Exchange-Request (CER) message to use for monitoring Diameter servers. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#inbandsecurityid Lbmonitor#inbandsecurityid}
        :param interval: Time interval between two successive probes. Must be greater than the value of Response Time-out. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#interval Lbmonitor#interval}
        :param ipaddress: Set of IP addresses expected in the monitoring response from the DNS server, if the record type is A or AAAA. Applicable to DNS monitors. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#ipaddress Lbmonitor#ipaddress}
        :param iptunnel: Send the monitoring probe to the service through an IP tunnel. A destination IP address must be specified. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#iptunnel Lbmonitor#iptunnel}
        :param kcdaccount: KCD Account used by MSSQL monitor. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#kcdaccount Lbmonitor#kcdaccount}
        :param lasversion: Version number of the Citrix Advanced Access Control Logon Agent. Required by the CITRIX-AAC-LAS monitor. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#lasversion Lbmonitor#lasversion}
        :param logonpointname: Name of the logon point that is configured for the Citrix Access Gateway Advanced Access Control software. Required if you want to monitor the associated login page or Logon Agent. Applicable to CITRIX-AAC-LAS and CITRIX-AAC-LOGINPAGE monitors. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#logonpointname Lbmonitor#logonpointname}
        :param lrtm: Calculate the least response times for bound services. If this parameter is not enabled, the appliance does not learn the response times of the bound services. Also used for LRTM load balancing. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#lrtm Lbmonitor#lrtm}
        :param maxforwards: Maximum number of hops that the SIP request used for monitoring can traverse to reach the server. Applicable only to monitors of type SIP-UDP. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#maxforwards Lbmonitor#maxforwards}
        :param metric: Metric name in the metric table, whose setting is changed. A value zero disables the metric and it will not be used for load calculation Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#metric Lbmonitor#metric}
        :param metrictable: Metric table to which to bind metrics. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#metrictable Lbmonitor#metrictable}
        :param metricthreshold: Threshold to be used for that metric. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#metricthreshold Lbmonitor#metricthreshold}
        :param metricweight: The weight for the specified service metric with respect to others. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#metricweight Lbmonitor#metricweight}
        :param mqttclientidentifier: Client id to be used in Connect command. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#mqttclientidentifier Lbmonitor#mqttclientidentifier}
        :param mqttversion: Version of MQTT protocol used in connect message, default is version 3.1.1 [4]. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#mqttversion Lbmonitor#mqttversion}
        :param mssqlprotocolversion: Version of MSSQL server that is to be monitored. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#mssqlprotocolversion Lbmonitor#mssqlprotocolversion}
        :param netprofile: Name of the network profile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#netprofile Lbmonitor#netprofile}
        :param oraclesid: Name of the service identifier that is used to connect to the Oracle database during authentication. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#oraclesid Lbmonitor#oraclesid}
        :param originhost: Origin-Host value for the Capabilities-Exchange-Request (CER) message to use for monitoring Diameter servers. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#originhost Lbmonitor#originhost}
        :param originrealm: Origin-Realm value for the Capabilities-Exchange-Request (CER) message to use for monitoring Diameter servers. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#originrealm Lbmonitor#originrealm}
        :param password: Password that is required for logging on to the RADIUS, NNTP, FTP, FTP-EXTENDED, MYSQL, MSSQL, POP3, CITRIX-AG, CITRIX-XD-DDC, CITRIX-WI-EXTENDED, CITRIX-XNC-ECV or CITRIX-XDM server. Used in conjunction with the user name specified for the User Name parameter. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#password Lbmonitor#password}
        :param password_wo: Password that is required for logging on to the RADIUS, NNTP, FTP, FTP-EXTENDED, MYSQL, MSSQL, POP3, CITRIX-AG, CITRIX-XD-DDC, CITRIX-WI-EXTENDED, CITRIX-XNC-ECV or CITRIX-XDM server. Used in conjunction with the user name specified for the User Name parameter. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#password_wo Lbmonitor#password_wo}
        :param password_wo_version: Increment this version to signal a password_wo update. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#password_wo_version Lbmonitor#password_wo_version}
        :param productname: Product-Name value for the Capabilities-Exchange-Request (CER) message to use for monitoring Diameter servers. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#productname Lbmonitor#productname}
        :param query: Domain name to resolve as part of monitoring the DNS service (for example, example.com). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#query Lbmonitor#query}
        :param querytype: Type of DNS record for which to send monitoring queries. Set to Address for querying A records, AAAA for querying AAAA records, and Zone for querying the SOA record. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#querytype Lbmonitor#querytype}
        :param radaccountsession: Account Session ID to be used in Account Request Packet. Applicable to monitors of type RADIUS_ACCOUNTING. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#radaccountsession Lbmonitor#radaccountsession}
        :param radaccounttype: Account Type to be used in Account Request Packet. Applicable to monitors of type RADIUS_ACCOUNTING. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#radaccounttype Lbmonitor#radaccounttype}
        :param radapn: Called Station Id to be used in Account Request Packet. Applicable to monitors of type RADIUS_ACCOUNTING. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#radapn Lbmonitor#radapn}
        :param radframedip: Source ip with which the packet will go out . Applicable to monitors of type RADIUS_ACCOUNTING. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#radframedip Lbmonitor#radframedip}
        :param radkey: Authentication key (shared secret text string) for RADIUS clients and servers to exchange. Applicable to monitors of type RADIUS and RADIUS_ACCOUNTING. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#radkey Lbmonitor#radkey}
        :param radkey_wo: Authentication key (shared secret text string) for RADIUS clients and servers to exchange. Applicable to monitors of type RADIUS and RADIUS_ACCOUNTING. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#radkey_wo Lbmonitor#radkey_wo}
        :param radkey_wo_version: Increment this version to signal a radkey_wo update. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#radkey_wo_version Lbmonitor#radkey_wo_version}
        :param radmsisdn: Calling Stations Id to be used in Account Request Packet. Applicable to monitors of type RADIUS_ACCOUNTING. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#radmsisdn Lbmonitor#radmsisdn}
        :param radnasid: NAS-Identifier to send in the Access-Request packet. Applicable to monitors of type RADIUS. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#radnasid Lbmonitor#radnasid}
        :param radnasip: Network Access Server (NAS) IP address to use as the source IP address when monitoring a RADIUS server. Applicable to monitors of type RADIUS and RADIUS_ACCOUNTING. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#radnasip Lbmonitor#radnasip}
        :param recv: String expected from the server for the service to be marked as UP. Applicable to TCP-ECV, HTTP-ECV, and UDP-ECV monitors. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#recv Lbmonitor#recv}
        :param respcode: Response codes for which to mark the service as UP. For any other response code, the action performed depends on the monitor type. HTTP monitors and RADIUS monitors mark the service as DOWN, while HTTP-INLINE monitors perform the action indicated by the Action parameter. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#respcode Lbmonitor#respcode}
        :param resptimeout: Amount of time for which the appliance must wait before it marks a probe as FAILED. Must be less than the value specified for the Interval parameter. Note: For UDP-ECV monitors for which a receive string is not configured, response timeout does not apply. For UDP-ECV monitors with no receive string, probe failure is indicated by an ICMP port unreachable error received from the service. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#resptimeout Lbmonitor#resptimeout}
        :param resptimeoutthresh: Response time threshold, specified as a percentage of the Response Time-out parameter. If the response to a monitor probe has not arrived when the threshold is reached, the appliance generates an SNMP trap called monRespTimeoutAboveThresh. After the response time returns to a value below the threshold, the appliance generates a monRespTimeoutBelowThresh SNMP trap. For the traps to be generated, the "MONITOR-RTO-THRESHOLD" alarm must also be enabled. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#resptimeoutthresh Lbmonitor#resptimeoutthresh}
        :param retries: Maximum number of probes to send to establish the state of a service for which a monitoring probe failed. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#retries Lbmonitor#retries}
        :param reverse: Mark a service as DOWN, instead of UP, when probe criteria are satisfied, and as UP instead of DOWN when probe criteria are not satisfied. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#reverse Lbmonitor#reverse}
        :param rtsprequest: RTSP request to send to the server (for example, "OPTIONS *"). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#rtsprequest Lbmonitor#rtsprequest}
        :param scriptargs: String of arguments for the script. The string is copied verbatim into the request. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#scriptargs Lbmonitor#scriptargs}
        :param scriptname: Path and name of the script to execute. The script must be available on the Citrix ADC, in the /nsconfig/monitors/ directory. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#scriptname Lbmonitor#scriptname}
        :param secondarypassword: Secondary password that users might have to provide to log on to the Access Gateway server. Applicable to CITRIX-AG monitors. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#secondarypassword Lbmonitor#secondarypassword}
        :param secondarypassword_wo: Secondary password that users might have to provide to log on to the Access Gateway server. Applicable to CITRIX-AG monitors. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#secondarypassword_wo Lbmonitor#secondarypassword_wo}
        :param secondarypassword_wo_version: Increment this version to signal a secondarypassword_wo update. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#secondarypassword_wo_version Lbmonitor#secondarypassword_wo_version}
        :param secure: Use a secure SSL connection when monitoring a service. Applicable only to TCP based monitors. The secure option cannot be used with a CITRIX-AG monitor, because a CITRIX-AG monitor uses a secure connection by default. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#secure Lbmonitor#secure}
        :param secureargs: List of arguments for the script which should be secure. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#secureargs Lbmonitor#secureargs}
        :param secureargs_wo: List of arguments for the script which should be secure. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#secureargs_wo Lbmonitor#secureargs_wo}
        :param secureargs_wo_version: Increment this version to signal a secureargs_wo update. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#secureargs_wo_version Lbmonitor#secureargs_wo_version}
        :param send: String to send to the service. Applicable to TCP-ECV, HTTP-ECV, and UDP-ECV monitors. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#send Lbmonitor#send}
        :param servicegroupname: The name of the service group to which the monitor is to be bound. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#servicegroupname Lbmonitor#servicegroupname}
        :param servicename: The name of the service to which the monitor is bound. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#servicename Lbmonitor#servicename}
        :param sipmethod: SIP method to use for the query. Applicable only to monitors of type SIP-UDP. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#sipmethod Lbmonitor#sipmethod}
        :param sipreguri: SIP user to be registered. Applicable only if the monitor is of type SIP-UDP and the SIP Method parameter is set to REGISTER. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#sipreguri Lbmonitor#sipreguri}
        :param sipuri: SIP URI string to send to the service (for example, sip:sip.test). Applicable only to monitors of type SIP-UDP. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#sipuri Lbmonitor#sipuri}
        :param sitepath: URL of the logon page. For monitors of type CITRIX-WEB-INTERFACE, to monitor a dynamic page under the site path, terminate the site path with a slash (/). Applicable to CITRIX-WEB-INTERFACE, CITRIX-WI-EXTENDED and CITRIX-XDM monitors. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#sitepath Lbmonitor#sitepath}
        :param snmpcommunity: Community name for SNMP monitors. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#snmpcommunity Lbmonitor#snmpcommunity}
        :param snmpoid: SNMP OID for SNMP monitors. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#snmpoid Lbmonitor#snmpoid}
        :param snmpthreshold: Threshold for SNMP monitors. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#snmpthreshold Lbmonitor#snmpthreshold}
        :param snmpversion: SNMP version to be used for SNMP monitors. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#snmpversion Lbmonitor#snmpversion}
        :param sqlquery: SQL query for a MYSQL-ECV or MSSQL-ECV monitor. Sent to the database server after the server authenticates the connection. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#sqlquery Lbmonitor#sqlquery}
        :param sslprofile: SSL Profile associated with the monitor. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#sslprofile Lbmonitor#sslprofile}
        :param state: State of the monitor. The DISABLED setting disables not only the monitor being configured, but all monitors of the same type, until the parameter is set to ENABLED. If the monitor is bound to a service, the state of the monitor is not taken into account when the state of the service is determined. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#state Lbmonitor#state}
        :param storedb: Store the database list populated with the responses to monitor probes. Used in database specific load balancing if MSSQL-ECV/MYSQL-ECV monitor is configured. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#storedb Lbmonitor#storedb}
        :param storefrontacctservice: Enable/Disable probing for Account Service. Applicable only to Store Front monitors. For multi-tenancy configuration users my skip account service. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#storefrontacctservice Lbmonitor#storefrontacctservice}
        :param storefrontcheckbackendservices: This option will enable monitoring of services running on storefront server. Storefront services are monitored by probing to a Windows service that runs on the Storefront server and exposes details of which storefront services are running. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#storefrontcheckbackendservices Lbmonitor#storefrontcheckbackendservices}
        :param storename: Store Name. For monitors of type STOREFRONT, STORENAME is an optional argument defining storefront service store name. Applicable to STOREFRONT monitors. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#storename Lbmonitor#storename}
        :param successretries: Number of consecutive successful probes required to transition a service's state from DOWN to UP. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#successretries Lbmonitor#successretries}
        :param supportedvendorids: List of Supported-Vendor-Id attribute value pairs (AVPs) for the Capabilities-Exchange-Request (CER) message to use for monitoring Diameter servers. A maximum eight of these AVPs are supported in a monitoring message. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#supportedvendorids Lbmonitor#supportedvendorids}
        :param tos: Probe the service by encoding the destination IP address in the IP TOS (6) bits. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#tos Lbmonitor#tos}
        :param tosid: The TOS ID of the specified destination IP. Applicable only when the TOS parameter is set. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#tosid Lbmonitor#tosid}
        :param transparent: The monitor is bound to a transparent device such as a firewall or router. The state of a transparent device depends on the responsiveness of the services behind it. If a transparent device is being monitored, a destination IP address must be specified. The probe is sent to the specified IP address by using the MAC address of the transparent device. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#transparent Lbmonitor#transparent}
        :param trofscode: Code expected when the server is under maintenance. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#trofscode Lbmonitor#trofscode}
        :param trofsstring: String expected from the server for the service to be marked as trofs. Applicable to HTTP-ECV/TCP-ECV monitors. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#trofsstring Lbmonitor#trofsstring}
        :param units1: Unit of measurement for the Deviation parameter. Cannot be changed after the monitor is created. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#units1 Lbmonitor#units1}
        :param units2: Unit of measurement for the Down Time parameter. Cannot be changed after the monitor is created. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#units2 Lbmonitor#units2}
        :param units3: monitor interval units. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#units3 Lbmonitor#units3}
        :param units4: monitor response timeout units. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#units4 Lbmonitor#units4}
        :param username: User name with which to probe the RADIUS, NNTP, FTP, FTP-EXTENDED, MYSQL, MSSQL, POP3, CITRIX-AG, CITRIX-XD-DDC, CITRIX-WI-EXTENDED, CITRIX-XNC or CITRIX-XDM server. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#username Lbmonitor#username}
        :param validatecred: Validate the credentials of the Xen Desktop DDC server user. Applicable to monitors of type CITRIX-XD-DDC. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#validatecred Lbmonitor#validatecred}
        :param vendorid: Vendor-Id value for the Capabilities-Exchange-Request (CER) message to use for monitoring Diameter servers. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#vendorid Lbmonitor#vendorid}
        :param vendorspecificacctapplicationids: List of Vendor-Specific-Acct-Application-Id attribute value pairs (AVPs) to use for monitoring Diameter servers. A maximum of eight of these AVPs are supported in a monitoring message. The specified value is combined with the value of vendorSpecificVendorId to obtain the Vendor-Specific-Application-Id AVP in the CER monitoring message. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#vendorspecificacctapplicationids Lbmonitor#vendorspecificacctapplicationids}
        :param vendorspecificauthapplicationids: List of Vendor-Specific-Auth-Application-Id attribute value pairs (AVPs) for the Capabilities-Exchange-Request (CER) message to use for monitoring Diameter servers. A maximum of eight of these AVPs are supported in a monitoring message. The specified value is combined with the value of vendorSpecificVendorId to obtain the Vendor-Specific-Application-Id AVP in the CER monitoring message. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#vendorspecificauthapplicationids Lbmonitor#vendorspecificauthapplicationids}
        :param vendorspecificvendorid: Vendor-Id to use in the Vendor-Specific-Application-Id grouped attribute-value pair (AVP) in the monitoring CER message. To specify Auth-Application-Id or Acct-Application-Id in Vendor-Specific-Application-Id, use vendorSpecificAuthApplicationIds or vendorSpecificAcctApplicationIds, respectively. Only one Vendor-Id is supported for all the Vendor-Specific-Application-Id AVPs in a CER monitoring message. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#vendorspecificvendorid Lbmonitor#vendorspecificvendorid}
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__dcf0ddc6947b771b027cc8843c9e3febfe305b9f43a7cbb1b96073f9d290c416)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        config = LbmonitorConfig(
            monitorname=monitorname,
            type=type,
            acctapplicationid=acctapplicationid,
            action=action,
            alertretries=alertretries,
            application=application,
            attribute=attribute,
            authapplicationid=authapplicationid,
            basedn=basedn,
            binddn=binddn,
            customheaders=customheaders,
            database=database,
            destip=destip,
            destport=destport,
            deviation=deviation,
            dispatcherip=dispatcherip,
            dispatcherport=dispatcherport,
            domain=domain,
            downtime=downtime,
            evalrule=evalrule,
            failureretries=failureretries,
            filename=filename,
            filter=filter,
            firmwarerevision=firmwarerevision,
            group=group,
            grpchealthcheck=grpchealthcheck,
            grpcservicename=grpcservicename,
            grpcstatuscode=grpcstatuscode,
            hostipaddress=hostipaddress,
            hostname=hostname,
            httprequest=httprequest,
            inbandsecurityid=inbandsecurityid,
            interval=interval,
            ipaddress=ipaddress,
            iptunnel=iptunnel,
            kcdaccount=kcdaccount,
            lasversion=lasversion,
            logonpointname=logonpointname,
            lrtm=lrtm,
            maxforwards=maxforwards,
            metric=metric,
            metrictable=metrictable,
            metricthreshold=metricthreshold,
            metricweight=metricweight,
            mqttclientidentifier=mqttclientidentifier,
            mqttversion=mqttversion,
            mssqlprotocolversion=mssqlprotocolversion,
            netprofile=netprofile,
            oraclesid=oraclesid,
            originhost=originhost,
            originrealm=originrealm,
            password=password,
            password_wo=password_wo,
            password_wo_version=password_wo_version,
            productname=productname,
            query=query,
            querytype=querytype,
            radaccountsession=radaccountsession,
            radaccounttype=radaccounttype,
            radapn=radapn,
            radframedip=radframedip,
            radkey=radkey,
            radkey_wo=radkey_wo,
            radkey_wo_version=radkey_wo_version,
            radmsisdn=radmsisdn,
            radnasid=radnasid,
            radnasip=radnasip,
            recv=recv,
            respcode=respcode,
            resptimeout=resptimeout,
            resptimeoutthresh=resptimeoutthresh,
            retries=retries,
            reverse=reverse,
            rtsprequest=rtsprequest,
            scriptargs=scriptargs,
            scriptname=scriptname,
            secondarypassword=secondarypassword,
            secondarypassword_wo=secondarypassword_wo,
            secondarypassword_wo_version=secondarypassword_wo_version,
            secure=secure,
            secureargs=secureargs,
            secureargs_wo=secureargs_wo,
            secureargs_wo_version=secureargs_wo_version,
            send=send,
            servicegroupname=servicegroupname,
            servicename=servicename,
            sipmethod=sipmethod,
            sipreguri=sipreguri,
            sipuri=sipuri,
            sitepath=sitepath,
            snmpcommunity=snmpcommunity,
            snmpoid=snmpoid,
            snmpthreshold=snmpthreshold,
            snmpversion=snmpversion,
            sqlquery=sqlquery,
            sslprofile=sslprofile,
            state=state,
            storedb=storedb,
            storefrontacctservice=storefrontacctservice,
            storefrontcheckbackendservices=storefrontcheckbackendservices,
            storename=storename,
            successretries=successretries,
            supportedvendorids=supportedvendorids,
            tos=tos,
            tosid=tosid,
            transparent=transparent,
            trofscode=trofscode,
            trofsstring=trofsstring,
            units1=units1,
            units2=units2,
            units3=units3,
            units4=units4,
            username=username,
            validatecred=validatecred,
            vendorid=vendorid,
            vendorspecificacctapplicationids=vendorspecificacctapplicationids,
            vendorspecificauthapplicationids=vendorspecificauthapplicationids,
            vendorspecificvendorid=vendorspecificvendorid,
            connection=connection,
            count=count,
            depends_on=depends_on,
            for_each=for_each,
            lifecycle=lifecycle,
            provider=provider,
            provisioners=provisioners,
        )

        jsii.create(self.__class__, self, [scope, id, config])

    @jsii.member(jsii_name="generateConfigForImport")
    @builtins.classmethod
    def generate_config_for_import(
        cls,
        scope: _constructs_77d1e7e8.Construct,
        import_to_id: builtins.str,
        import_from_id: builtins.str,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    ) -> _cdktf_9a9027ec.ImportableResource:
        '''Generates CDKTF code for importing a Lbmonitor resource upon running "cdktf plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the Lbmonitor to import.
        :param import_from_id: The id of the existing Lbmonitor that should be imported. Refer to the {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the Lbmonitor to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e5f37e659280adb0f2f6ecef92241ef95a2263dfae77d96f7eb4e5dc86c96166)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument import_to_id", value=import_to_id, expected_type=type_hints["import_to_id"])
            check_type(argname="argument import_from_id", value=import_from_id, expected_type=type_hints["import_from_id"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
        return typing.cast(_cdktf_9a9027ec.ImportableResource, jsii.sinvoke(cls, "generateConfigForImport", [scope, import_to_id, import_from_id, provider]))

    @jsii.member(jsii_name="resetAcctapplicationid")
    def reset_acctapplicationid(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAcctapplicationid", []))

    @jsii.member(jsii_name="resetAction")
    def reset_action(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAction", []))

    @jsii.member(jsii_name="resetAlertretries")
    def reset_alertretries(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAlertretries", []))

    @jsii.member(jsii_name="resetApplication")
    def reset_application(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetApplication", []))

    @jsii.member(jsii_name="resetAttribute")
    def reset_attribute(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAttribute", []))

    @jsii.member(jsii_name="resetAuthapplicationid")
    def reset_authapplicationid(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAuthapplicationid", []))

    @jsii.member(jsii_name="resetBasedn")
    def reset_basedn(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetBasedn", []))

    @jsii.member(jsii_name="resetBinddn")
    def reset_binddn(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetBinddn", []))

    @jsii.member(jsii_name="resetCustomheaders")
    def reset_customheaders(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCustomheaders", []))

    @jsii.member(jsii_name="resetDatabase")
    def reset_database(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDatabase", []))

    @jsii.member(jsii_name="resetDestip")
    def reset_destip(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDestip", []))

    @jsii.member(jsii_name="resetDestport")
    def reset_destport(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDestport", []))

    @jsii.member(jsii_name="resetDeviation")
    def reset_deviation(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDeviation", []))

    @jsii.member(jsii_name="resetDispatcherip")
    def reset_dispatcherip(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDispatcherip", []))

    @jsii.member(jsii_name="resetDispatcherport")
    def reset_dispatcherport(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDispatcherport", []))

    @jsii.member(jsii_name="resetDomain")
    def reset_domain(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDomain", []))

    @jsii.member(jsii_name="resetDowntime")
    def reset_downtime(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDowntime", []))

    @jsii.member(jsii_name="resetEvalrule")
    def reset_evalrule(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetEvalrule", []))

    @jsii.member(jsii_name="resetFailureretries")
    def reset_failureretries(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetFailureretries", []))

    @jsii.member(jsii_name="resetFilename")
    def reset_filename(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetFilename", []))

    @jsii.member(jsii_name="resetFilter")
    def reset_filter(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetFilter", []))

    @jsii.member(jsii_name="resetFirmwarerevision")
    def reset_firmwarerevision(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetFirmwarerevision", []))

    @jsii.member(jsii_name="resetGroup")
    def reset_group(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetGroup", []))

    @jsii.member(jsii_name="resetGrpchealthcheck")
    def reset_grpchealthcheck(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetGrpchealthcheck", []))

    @jsii.member(jsii_name="resetGrpcservicename")
    def reset_grpcservicename(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetGrpcservicename", []))

    @jsii.member(jsii_name="resetGrpcstatuscode")
    def reset_grpcstatuscode(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetGrpcstatuscode", []))

    @jsii.member(jsii_name="resetHostipaddress")
    def reset_hostipaddress(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetHostipaddress", []))

    @jsii.member(jsii_name="resetHostname")
    def reset_hostname(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetHostname", []))

    @jsii.member(jsii_name="resetHttprequest")
    def reset_httprequest(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetHttprequest", []))

    @jsii.member(jsii_name="resetInbandsecurityid")
    def reset_inbandsecurityid(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetInbandsecurityid", []))

    @jsii.member(jsii_name="resetInterval")
    def reset_interval(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetInterval", []))

    @jsii.member(jsii_name="resetIpaddress")
    def reset_ipaddress(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetIpaddress", []))

    @jsii.member(jsii_name="resetIptunnel")
    def reset_iptunnel(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetIptunnel", []))

    @jsii.member(jsii_name="resetKcdaccount")
    def reset_kcdaccount(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetKcdaccount", []))

    @jsii.member(jsii_name="resetLasversion")
    def reset_lasversion(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetLasversion", []))

    @jsii.member(jsii_name="resetLogonpointname")
    def reset_logonpointname(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetLogonpointname", []))

    @jsii.member(jsii_name="resetLrtm")
    def reset_lrtm(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetLrtm", []))

    @jsii.member(jsii_name="resetMaxforwards")
    def reset_maxforwards(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMaxforwards", []))

    @jsii.member(jsii_name="resetMetric")
    def reset_metric(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMetric", []))

    @jsii.member(jsii_name="resetMetrictable")
    def reset_metrictable(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMetrictable", []))

    @jsii.member(jsii_name="resetMetricthreshold")
    def reset_metricthreshold(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMetricthreshold", []))

    @jsii.member(jsii_name="resetMetricweight")
    def reset_metricweight(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMetricweight", []))

    @jsii.member(jsii_name="resetMqttclientidentifier")
    def reset_mqttclientidentifier(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMqttclientidentifier", []))

    @jsii.member(jsii_name="resetMqttversion")
    def reset_mqttversion(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMqttversion", []))

    @jsii.member(jsii_name="resetMssqlprotocolversion")
    def reset_mssqlprotocolversion(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMssqlprotocolversion", []))

    @jsii.member(jsii_name="resetNetprofile")
    def reset_netprofile(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetNetprofile", []))

    @jsii.member(jsii_name="resetOraclesid")
    def reset_oraclesid(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetOraclesid", []))

    @jsii.member(jsii_name="resetOriginhost")
    def reset_originhost(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetOriginhost", []))

    @jsii.member(jsii_name="resetOriginrealm")
    def reset_originrealm(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetOriginrealm", []))

    @jsii.member(jsii_name="resetPassword")
    def reset_password(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPassword", []))

    @jsii.member(jsii_name="resetPasswordWo")
    def reset_password_wo(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPasswordWo", []))

    @jsii.member(jsii_name="resetPasswordWoVersion")
    def reset_password_wo_version(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPasswordWoVersion", []))

    @jsii.member(jsii_name="resetProductname")
    def reset_productname(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetProductname", []))

    @jsii.member(jsii_name="resetQuery")
    def reset_query(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetQuery", []))

    @jsii.member(jsii_name="resetQuerytype")
    def reset_querytype(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetQuerytype", []))

    @jsii.member(jsii_name="resetRadaccountsession")
    def reset_radaccountsession(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetRadaccountsession", []))

    @jsii.member(jsii_name="resetRadaccounttype")
    def reset_radaccounttype(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetRadaccounttype", []))

    @jsii.member(jsii_name="resetRadapn")
    def reset_radapn(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetRadapn", []))

    @jsii.member(jsii_name="resetRadframedip")
    def reset_radframedip(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetRadframedip", []))

    @jsii.member(jsii_name="resetRadkey")
    def reset_radkey(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetRadkey", []))

    @jsii.member(jsii_name="resetRadkeyWo")
    def reset_radkey_wo(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetRadkeyWo", []))

    @jsii.member(jsii_name="resetRadkeyWoVersion")
    def reset_radkey_wo_version(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetRadkeyWoVersion", []))

    @jsii.member(jsii_name="resetRadmsisdn")
    def reset_radmsisdn(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetRadmsisdn", []))

    @jsii.member(jsii_name="resetRadnasid")
    def reset_radnasid(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetRadnasid", []))

    @jsii.member(jsii_name="resetRadnasip")
    def reset_radnasip(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetRadnasip", []))

    @jsii.member(jsii_name="resetRecv")
    def reset_recv(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetRecv", []))

    @jsii.member(jsii_name="resetRespcode")
    def reset_respcode(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetRespcode", []))

    @jsii.member(jsii_name="resetResptimeout")
    def reset_resptimeout(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetResptimeout", []))

    @jsii.member(jsii_name="resetResptimeoutthresh")
    def reset_resptimeoutthresh(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetResptimeoutthresh", []))

    @jsii.member(jsii_name="resetRetries")
    def reset_retries(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetRetries", []))

    @jsii.member(jsii_name="resetReverse")
    def reset_reverse(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetReverse", []))

    @jsii.member(jsii_name="resetRtsprequest")
    def reset_rtsprequest(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetRtsprequest", []))

    @jsii.member(jsii_name="resetScriptargs")
    def reset_scriptargs(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetScriptargs", []))

    @jsii.member(jsii_name="resetScriptname")
    def reset_scriptname(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetScriptname", []))

    @jsii.member(jsii_name="resetSecondarypassword")
    def reset_secondarypassword(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSecondarypassword", []))

    @jsii.member(jsii_name="resetSecondarypasswordWo")
    def reset_secondarypassword_wo(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSecondarypasswordWo", []))

    @jsii.member(jsii_name="resetSecondarypasswordWoVersion")
    def reset_secondarypassword_wo_version(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSecondarypasswordWoVersion", []))

    @jsii.member(jsii_name="resetSecure")
    def reset_secure(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSecure", []))

    @jsii.member(jsii_name="resetSecureargs")
    def reset_secureargs(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSecureargs", []))

    @jsii.member(jsii_name="resetSecureargsWo")
    def reset_secureargs_wo(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSecureargsWo", []))

    @jsii.member(jsii_name="resetSecureargsWoVersion")
    def reset_secureargs_wo_version(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSecureargsWoVersion", []))

    @jsii.member(jsii_name="resetSend")
    def reset_send(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSend", []))

    @jsii.member(jsii_name="resetServicegroupname")
    def reset_servicegroupname(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetServicegroupname", []))

    @jsii.member(jsii_name="resetServicename")
    def reset_servicename(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetServicename", []))

    @jsii.member(jsii_name="resetSipmethod")
    def reset_sipmethod(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSipmethod", []))

    @jsii.member(jsii_name="resetSipreguri")
    def reset_sipreguri(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSipreguri", []))

    @jsii.member(jsii_name="resetSipuri")
    def reset_sipuri(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSipuri", []))

    @jsii.member(jsii_name="resetSitepath")
    def reset_sitepath(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSitepath", []))

    @jsii.member(jsii_name="resetSnmpcommunity")
    def reset_snmpcommunity(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSnmpcommunity", []))

    @jsii.member(jsii_name="resetSnmpoid")
    def reset_snmpoid(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSnmpoid", []))

    @jsii.member(jsii_name="resetSnmpthreshold")
    def reset_snmpthreshold(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSnmpthreshold", []))

    @jsii.member(jsii_name="resetSnmpversion")
    def reset_snmpversion(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSnmpversion", []))

    @jsii.member(jsii_name="resetSqlquery")
    def reset_sqlquery(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSqlquery", []))

    @jsii.member(jsii_name="resetSslprofile")
    def reset_sslprofile(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSslprofile", []))

    @jsii.member(jsii_name="resetState")
    def reset_state(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetState", []))

    @jsii.member(jsii_name="resetStoredb")
    def reset_storedb(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetStoredb", []))

    @jsii.member(jsii_name="resetStorefrontacctservice")
    def reset_storefrontacctservice(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetStorefrontacctservice", []))

    @jsii.member(jsii_name="resetStorefrontcheckbackendservices")
    def reset_storefrontcheckbackendservices(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetStorefrontcheckbackendservices", []))

    @jsii.member(jsii_name="resetStorename")
    def reset_storename(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetStorename", []))

    @jsii.member(jsii_name="resetSuccessretries")
    def reset_successretries(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSuccessretries", []))

    @jsii.member(jsii_name="resetSupportedvendorids")
    def reset_supportedvendorids(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSupportedvendorids", []))

    @jsii.member(jsii_name="resetTos")
    def reset_tos(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTos", []))

    @jsii.member(jsii_name="resetTosid")
    def reset_tosid(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTosid", []))

    @jsii.member(jsii_name="resetTransparent")
    def reset_transparent(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTransparent", []))

    @jsii.member(jsii_name="resetTrofscode")
    def reset_trofscode(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTrofscode", []))

    @jsii.member(jsii_name="resetTrofsstring")
    def reset_trofsstring(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTrofsstring", []))

    @jsii.member(jsii_name="resetUnits1")
    def reset_units1(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetUnits1", []))

    @jsii.member(jsii_name="resetUnits2")
    def reset_units2(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetUnits2", []))

    @jsii.member(jsii_name="resetUnits3")
    def reset_units3(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetUnits3", []))

    @jsii.member(jsii_name="resetUnits4")
    def reset_units4(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetUnits4", []))

    @jsii.member(jsii_name="resetUsername")
    def reset_username(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetUsername", []))

    @jsii.member(jsii_name="resetValidatecred")
    def reset_validatecred(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetValidatecred", []))

    @jsii.member(jsii_name="resetVendorid")
    def reset_vendorid(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetVendorid", []))

    @jsii.member(jsii_name="resetVendorspecificacctapplicationids")
    def reset_vendorspecificacctapplicationids(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetVendorspecificacctapplicationids", []))

    @jsii.member(jsii_name="resetVendorspecificauthapplicationids")
    def reset_vendorspecificauthapplicationids(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetVendorspecificauthapplicationids", []))

    @jsii.member(jsii_name="resetVendorspecificvendorid")
    def reset_vendorspecificvendorid(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetVendorspecificvendorid", []))

    @jsii.member(jsii_name="synthesizeAttributes")
    def _synthesize_attributes(self) -> typing.Mapping[builtins.str, typing.Any]:
        return typing.cast(typing.Mapping[builtins.str, typing.Any], jsii.invoke(self, "synthesizeAttributes", []))

    @jsii.member(jsii_name="synthesizeHclAttributes")
    def _synthesize_hcl_attributes(self) -> typing.Mapping[builtins.str, typing.Any]:
        return typing.cast(typing.Mapping[builtins.str, typing.Any], jsii.invoke(self, "synthesizeHclAttributes", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="tfResourceType")
    def TF_RESOURCE_TYPE(cls) -> builtins.str:
        return typing.cast(builtins.str, jsii.sget(cls, "tfResourceType"))

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @builtins.property
    @jsii.member(jsii_name="acctapplicationidInput")
    def acctapplicationid_input(self) -> typing.Optional[typing.List[jsii.Number]]:
        return typing.cast(typing.Optional[typing.List[jsii.Number]], jsii.get(self, "acctapplicationidInput"))

    @builtins.property
    @jsii.member(jsii_name="actionInput")
    def action_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "actionInput"))

    @builtins.property
    @jsii.member(jsii_name="alertretriesInput")
    def alertretries_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "alertretriesInput"))

    @builtins.property
    @jsii.member(jsii_name="applicationInput")
    def application_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "applicationInput"))

    @builtins.property
    @jsii.member(jsii_name="attributeInput")
    def attribute_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "attributeInput"))

    @builtins.property
    @jsii.member(jsii_name="authapplicationidInput")
    def authapplicationid_input(self) -> typing.Optional[typing.List[jsii.Number]]:
        return typing.cast(typing.Optional[typing.List[jsii.Number]], jsii.get(self, "authapplicationidInput"))

    @builtins.property
    @jsii.member(jsii_name="basednInput")
    def basedn_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "basednInput"))

    @builtins.property
    @jsii.member(jsii_name="binddnInput")
    def binddn_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "binddnInput"))

    @builtins.property
    @jsii.member(jsii_name="customheadersInput")
    def customheaders_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "customheadersInput"))

    @builtins.property
    @jsii.member(jsii_name="databaseInput")
    def database_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "databaseInput"))

    @builtins.property
    @jsii.member(jsii_name="destipInput")
    def destip_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "destipInput"))

    @builtins.property
    @jsii.member(jsii_name="destportInput")
    def destport_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "destportInput"))

    @builtins.property
    @jsii.member(jsii_name="deviationInput")
    def deviation_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "deviationInput"))

    @builtins.property
    @jsii.member(jsii_name="dispatcheripInput")
    def dispatcherip_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "dispatcheripInput"))

    @builtins.property
    @jsii.member(jsii_name="dispatcherportInput")
    def dispatcherport_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "dispatcherportInput"))

    @builtins.property
    @jsii.member(jsii_name="domainInput")
    def domain_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "domainInput"))

    @builtins.property
    @jsii.member(jsii_name="downtimeInput")
    def downtime_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "downtimeInput"))

    @builtins.property
    @jsii.member(jsii_name="evalruleInput")
    def evalrule_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "evalruleInput"))

    @builtins.property
    @jsii.member(jsii_name="failureretriesInput")
    def failureretries_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "failureretriesInput"))

    @builtins.property
    @jsii.member(jsii_name="filenameInput")
    def filename_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "filenameInput"))

    @builtins.property
    @jsii.member(jsii_name="filterInput")
    def filter_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "filterInput"))

    @builtins.property
    @jsii.member(jsii_name="firmwarerevisionInput")
    def firmwarerevision_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "firmwarerevisionInput"))

    @builtins.property
    @jsii.member(jsii_name="groupInput")
    def group_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "groupInput"))

    @builtins.property
    @jsii.member(jsii_name="grpchealthcheckInput")
    def grpchealthcheck_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "grpchealthcheckInput"))

    @builtins.property
    @jsii.member(jsii_name="grpcservicenameInput")
    def grpcservicename_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "grpcservicenameInput"))

    @builtins.property
    @jsii.member(jsii_name="grpcstatuscodeInput")
    def grpcstatuscode_input(self) -> typing.Optional[typing.List[jsii.Number]]:
        return typing.cast(typing.Optional[typing.List[jsii.Number]], jsii.get(self, "grpcstatuscodeInput"))

    @builtins.property
    @jsii.member(jsii_name="hostipaddressInput")
    def hostipaddress_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "hostipaddressInput"))

    @builtins.property
    @jsii.member(jsii_name="hostnameInput")
    def hostname_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "hostnameInput"))

    @builtins.property
    @jsii.member(jsii_name="httprequestInput")
    def httprequest_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "httprequestInput"))

    @builtins.property
    @jsii.member(jsii_name="inbandsecurityidInput")
    def inbandsecurityid_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "inbandsecurityidInput"))

    @builtins.property
    @jsii.member(jsii_name="intervalInput")
    def interval_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "intervalInput"))

    @builtins.property
    @jsii.member(jsii_name="ipaddressInput")
    def ipaddress_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "ipaddressInput"))

    @builtins.property
    @jsii.member(jsii_name="iptunnelInput")
    def iptunnel_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "iptunnelInput"))

    @builtins.property
    @jsii.member(jsii_name="kcdaccountInput")
    def kcdaccount_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "kcdaccountInput"))

    @builtins.property
    @jsii.member(jsii_name="lasversionInput")
    def lasversion_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "lasversionInput"))

    @builtins.property
    @jsii.member(jsii_name="logonpointnameInput")
    def logonpointname_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "logonpointnameInput"))

    @builtins.property
    @jsii.member(jsii_name="lrtmInput")
    def lrtm_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "lrtmInput"))

    @builtins.property
    @jsii.member(jsii_name="maxforwardsInput")
    def maxforwards_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "maxforwardsInput"))

    @builtins.property
    @jsii.member(jsii_name="metricInput")
    def metric_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "metricInput"))

    @builtins.property
    @jsii.member(jsii_name="metrictableInput")
    def metrictable_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "metrictableInput"))

    @builtins.property
    @jsii.member(jsii_name="metricthresholdInput")
    def metricthreshold_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "metricthresholdInput"))

    @builtins.property
    @jsii.member(jsii_name="metricweightInput")
    def metricweight_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "metricweightInput"))

    @builtins.property
    @jsii.member(jsii_name="monitornameInput")
    def monitorname_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "monitornameInput"))

    @builtins.property
    @jsii.member(jsii_name="mqttclientidentifierInput")
    def mqttclientidentifier_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "mqttclientidentifierInput"))

    @builtins.property
    @jsii.member(jsii_name="mqttversionInput")
    def mqttversion_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "mqttversionInput"))

    @builtins.property
    @jsii.member(jsii_name="mssqlprotocolversionInput")
    def mssqlprotocolversion_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "mssqlprotocolversionInput"))

    @builtins.property
    @jsii.member(jsii_name="netprofileInput")
    def netprofile_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "netprofileInput"))

    @builtins.property
    @jsii.member(jsii_name="oraclesidInput")
    def oraclesid_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "oraclesidInput"))

    @builtins.property
    @jsii.member(jsii_name="originhostInput")
    def originhost_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "originhostInput"))

    @builtins.property
    @jsii.member(jsii_name="originrealmInput")
    def originrealm_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "originrealmInput"))

    @builtins.property
    @jsii.member(jsii_name="passwordInput")
    def password_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "passwordInput"))

    @builtins.property
    @jsii.member(jsii_name="passwordWoInput")
    def password_wo_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "passwordWoInput"))

    @builtins.property
    @jsii.member(jsii_name="passwordWoVersionInput")
    def password_wo_version_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "passwordWoVersionInput"))

    @builtins.property
    @jsii.member(jsii_name="productnameInput")
    def productname_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "productnameInput"))

    @builtins.property
    @jsii.member(jsii_name="queryInput")
    def query_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "queryInput"))

    @builtins.property
    @jsii.member(jsii_name="querytypeInput")
    def querytype_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "querytypeInput"))

    @builtins.property
    @jsii.member(jsii_name="radaccountsessionInput")
    def radaccountsession_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "radaccountsessionInput"))

    @builtins.property
    @jsii.member(jsii_name="radaccounttypeInput")
    def radaccounttype_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "radaccounttypeInput"))

    @builtins.property
    @jsii.member(jsii_name="radapnInput")
    def radapn_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "radapnInput"))

    @builtins.property
    @jsii.member(jsii_name="radframedipInput")
    def radframedip_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "radframedipInput"))

    @builtins.property
    @jsii.member(jsii_name="radkeyInput")
    def radkey_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "radkeyInput"))

    @builtins.property
    @jsii.member(jsii_name="radkeyWoInput")
    def radkey_wo_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "radkeyWoInput"))

    @builtins.property
    @jsii.member(jsii_name="radkeyWoVersionInput")
    def radkey_wo_version_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "radkeyWoVersionInput"))

    @builtins.property
    @jsii.member(jsii_name="radmsisdnInput")
    def radmsisdn_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "radmsisdnInput"))

    @builtins.property
    @jsii.member(jsii_name="radnasidInput")
    def radnasid_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "radnasidInput"))

    @builtins.property
    @jsii.member(jsii_name="radnasipInput")
    def radnasip_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "radnasipInput"))

    @builtins.property
    @jsii.member(jsii_name="recvInput")
    def recv_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "recvInput"))

    @builtins.property
    @jsii.member(jsii_name="respcodeInput")
    def respcode_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "respcodeInput"))

    @builtins.property
    @jsii.member(jsii_name="resptimeoutInput")
    def resptimeout_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "resptimeoutInput"))

    @builtins.property
    @jsii.member(jsii_name="resptimeoutthreshInput")
    def resptimeoutthresh_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "resptimeoutthreshInput"))

    @builtins.property
    @jsii.member(jsii_name="retriesInput")
    def retries_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "retriesInput"))

    @builtins.property
    @jsii.member(jsii_name="reverseInput")
    def reverse_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "reverseInput"))

    @builtins.property
    @jsii.member(jsii_name="rtsprequestInput")
    def rtsprequest_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "rtsprequestInput"))

    @builtins.property
    @jsii.member(jsii_name="scriptargsInput")
    def scriptargs_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "scriptargsInput"))

    @builtins.property
    @jsii.member(jsii_name="scriptnameInput")
    def scriptname_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "scriptnameInput"))

    @builtins.property
    @jsii.member(jsii_name="secondarypasswordInput")
    def secondarypassword_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "secondarypasswordInput"))

    @builtins.property
    @jsii.member(jsii_name="secondarypasswordWoInput")
    def secondarypassword_wo_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "secondarypasswordWoInput"))

    @builtins.property
    @jsii.member(jsii_name="secondarypasswordWoVersionInput")
    def secondarypassword_wo_version_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "secondarypasswordWoVersionInput"))

    @builtins.property
    @jsii.member(jsii_name="secureargsInput")
    def secureargs_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "secureargsInput"))

    @builtins.property
    @jsii.member(jsii_name="secureargsWoInput")
    def secureargs_wo_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "secureargsWoInput"))

    @builtins.property
    @jsii.member(jsii_name="secureargsWoVersionInput")
    def secureargs_wo_version_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "secureargsWoVersionInput"))

    @builtins.property
    @jsii.member(jsii_name="secureInput")
    def secure_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "secureInput"))

    @builtins.property
    @jsii.member(jsii_name="sendInput")
    def send_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "sendInput"))

    @builtins.property
    @jsii.member(jsii_name="servicegroupnameInput")
    def servicegroupname_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "servicegroupnameInput"))

    @builtins.property
    @jsii.member(jsii_name="servicenameInput")
    def servicename_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "servicenameInput"))

    @builtins.property
    @jsii.member(jsii_name="sipmethodInput")
    def sipmethod_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "sipmethodInput"))

    @builtins.property
    @jsii.member(jsii_name="sipreguriInput")
    def sipreguri_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "sipreguriInput"))

    @builtins.property
    @jsii.member(jsii_name="sipuriInput")
    def sipuri_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "sipuriInput"))

    @builtins.property
    @jsii.member(jsii_name="sitepathInput")
    def sitepath_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "sitepathInput"))

    @builtins.property
    @jsii.member(jsii_name="snmpcommunityInput")
    def snmpcommunity_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "snmpcommunityInput"))

    @builtins.property
    @jsii.member(jsii_name="snmpoidInput")
    def snmpoid_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "snmpoidInput"))

    @builtins.property
    @jsii.member(jsii_name="snmpthresholdInput")
    def snmpthreshold_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "snmpthresholdInput"))

    @builtins.property
    @jsii.member(jsii_name="snmpversionInput")
    def snmpversion_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "snmpversionInput"))

    @builtins.property
    @jsii.member(jsii_name="sqlqueryInput")
    def sqlquery_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "sqlqueryInput"))

    @builtins.property
    @jsii.member(jsii_name="sslprofileInput")
    def sslprofile_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "sslprofileInput"))

    @builtins.property
    @jsii.member(jsii_name="stateInput")
    def state_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "stateInput"))

    @builtins.property
    @jsii.member(jsii_name="storedbInput")
    def storedb_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "storedbInput"))

    @builtins.property
    @jsii.member(jsii_name="storefrontacctserviceInput")
    def storefrontacctservice_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "storefrontacctserviceInput"))

    @builtins.property
    @jsii.member(jsii_name="storefrontcheckbackendservicesInput")
    def storefrontcheckbackendservices_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "storefrontcheckbackendservicesInput"))

    @builtins.property
    @jsii.member(jsii_name="storenameInput")
    def storename_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "storenameInput"))

    @builtins.property
    @jsii.member(jsii_name="successretriesInput")
    def successretries_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "successretriesInput"))

    @builtins.property
    @jsii.member(jsii_name="supportedvendoridsInput")
    def supportedvendorids_input(self) -> typing.Optional[typing.List[jsii.Number]]:
        return typing.cast(typing.Optional[typing.List[jsii.Number]], jsii.get(self, "supportedvendoridsInput"))

    @builtins.property
    @jsii.member(jsii_name="tosidInput")
    def tosid_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "tosidInput"))

    @builtins.property
    @jsii.member(jsii_name="tosInput")
    def tos_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "tosInput"))

    @builtins.property
    @jsii.member(jsii_name="transparentInput")
    def transparent_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "transparentInput"))

    @builtins.property
    @jsii.member(jsii_name="trofscodeInput")
    def trofscode_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "trofscodeInput"))

    @builtins.property
    @jsii.member(jsii_name="trofsstringInput")
    def trofsstring_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "trofsstringInput"))

    @builtins.property
    @jsii.member(jsii_name="typeInput")
    def type_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "typeInput"))

    @builtins.property
    @jsii.member(jsii_name="units1Input")
    def units1_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "units1Input"))

    @builtins.property
    @jsii.member(jsii_name="units2Input")
    def units2_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "units2Input"))

    @builtins.property
    @jsii.member(jsii_name="units3Input")
    def units3_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "units3Input"))

    @builtins.property
    @jsii.member(jsii_name="units4Input")
    def units4_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "units4Input"))

    @builtins.property
    @jsii.member(jsii_name="usernameInput")
    def username_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "usernameInput"))

    @builtins.property
    @jsii.member(jsii_name="validatecredInput")
    def validatecred_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "validatecredInput"))

    @builtins.property
    @jsii.member(jsii_name="vendoridInput")
    def vendorid_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "vendoridInput"))

    @builtins.property
    @jsii.member(jsii_name="vendorspecificacctapplicationidsInput")
    def vendorspecificacctapplicationids_input(
        self,
    ) -> typing.Optional[typing.List[jsii.Number]]:
        return typing.cast(typing.Optional[typing.List[jsii.Number]], jsii.get(self, "vendorspecificacctapplicationidsInput"))

    @builtins.property
    @jsii.member(jsii_name="vendorspecificauthapplicationidsInput")
    def vendorspecificauthapplicationids_input(
        self,
    ) -> typing.Optional[typing.List[jsii.Number]]:
        return typing.cast(typing.Optional[typing.List[jsii.Number]], jsii.get(self, "vendorspecificauthapplicationidsInput"))

    @builtins.property
    @jsii.member(jsii_name="vendorspecificvendoridInput")
    def vendorspecificvendorid_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "vendorspecificvendoridInput"))

    @builtins.property
    @jsii.member(jsii_name="acctapplicationid")
    def acctapplicationid(self) -> typing.List[jsii.Number]:
        return typing.cast(typing.List[jsii.Number], jsii.get(self, "acctapplicationid"))

    @acctapplicationid.setter
    def acctapplicationid(self, value: typing.List[jsii.Number]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2bdb7333f71bae9f2c6afc962ae5726c5ae8a5ea12e55635c691caaadf89b357)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "acctapplicationid", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="action")
    def action(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "action"))

    @action.setter
    def action(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5b21ab60691efc9c943f70b238bdac3d0c099768513d6a4e7358b625121d09b5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "action", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="alertretries")
    def alertretries(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "alertretries"))

    @alertretries.setter
    def alertretries(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2cf1a3bfdbe278c1e07cabb432c1628bb51acf0b975d6bfcaecfbaac26ad0fee)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "alertretries", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="application")
    def application(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "application"))

    @application.setter
    def application(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__01dd09c8066819fb78805d902efe632b202c34e3021b262e906bb39ee197929b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "application", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="attribute")
    def attribute(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "attribute"))

    @attribute.setter
    def attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9c46b4abc2cebf1de0110e5d29df04353ced2354cf4bcafc83d956cb5227d0fb)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "attribute", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="authapplicationid")
    def authapplicationid(self) -> typing.List[jsii.Number]:
        return typing.cast(typing.List[jsii.Number], jsii.get(self, "authapplicationid"))

    @authapplicationid.setter
    def authapplicationid(self, value: typing.List[jsii.Number]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__db21b5fcb08d110ee444fbd4fdd00cef8bf45b86fce85831d4f14e550fcfd386)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "authapplicationid", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="basedn")
    def basedn(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "basedn"))

    @basedn.setter
    def basedn(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__256b9ffea41de4321337505aa42941d836838e2514ef922819c8197667d17bea)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "basedn", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="binddn")
    def binddn(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "binddn"))

    @binddn.setter
    def binddn(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__fe1657e9a34842e3e6e201d15586c9ad254c7b9c646e8b6a20de9692ed1996ae)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "binddn", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="customheaders")
    def customheaders(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "customheaders"))

    @customheaders.setter
    def customheaders(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9c15c306f24878981eb14d79df91ae6a3bf50fed164ef332add7d3fe16eaa41b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "customheaders", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="database")
    def database(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "database"))

    @database.setter
    def database(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b376953546e0a742589618cca864ec816d721f5e526998a8381f39a1f30788be)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "database", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="destip")
    def destip(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "destip"))

    @destip.setter
    def destip(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__dfdf725bf804556d67847aad7b363f2763c3c6fe8e0e0e693eaa4f1f5f0aecc0)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "destip", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="destport")
    def destport(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "destport"))

    @destport.setter
    def destport(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4b6c062aa006ae86a4209b2220961834b54fd6a458a33aa04ad3a3481fb00cf4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "destport", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="deviation")
    def deviation(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "deviation"))

    @deviation.setter
    def deviation(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__191df0ec3abe2ded7a486215878354e63a8745b8cad097ea7f394a423515da52)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "deviation", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="dispatcherip")
    def dispatcherip(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "dispatcherip"))

    @dispatcherip.setter
    def dispatcherip(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__fefadabd1b1e5a0c9d187e05ddd96809be37f0ad39899de938ebd83803203b8c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "dispatcherip", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="dispatcherport")
    def dispatcherport(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "dispatcherport"))

    @dispatcherport.setter
    def dispatcherport(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__03e60e6e930f178c3dc44af04dbaf776bb28ffc35f014b76550e8ca25b1e9aaa)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "dispatcherport", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="domain")
    def domain(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "domain"))

    @domain.setter
    def domain(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c3aa06a3aac90f01e2472fc1932fc3082aab5fe9d85032144b32655078fee91a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "domain", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="downtime")
    def downtime(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "downtime"))

    @downtime.setter
    def downtime(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d1b1128f0c6e03726c9c2c5f397b9f3dd9d868d8078fa162c654cbb0d82042da)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "downtime", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="evalrule")
    def evalrule(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "evalrule"))

    @evalrule.setter
    def evalrule(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3cffc6fa766f00b44bd9d4cf70e9e56b430f0304612912ddf3bc4bb63fe352ff)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "evalrule", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="failureretries")
    def failureretries(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "failureretries"))

    @failureretries.setter
    def failureretries(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__21f6d45e30454c8cde4ee9b3b80555fe62cdd0f263acc78302fa8e058776fb52)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "failureretries", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="filename")
    def filename(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "filename"))

    @filename.setter
    def filename(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a6544b3f4db7a3ccb35a512de77d7d4850f6ebc4d8695a1ee27dd229d7f6140b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "filename", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="filter")
    def filter(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "filter"))

    @filter.setter
    def filter(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__dfdc5a7133368c08eea0a1b402c66489f4748f1202e7f6b7390536d10ce34d6d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "filter", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="firmwarerevision")
    def firmwarerevision(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "firmwarerevision"))

    @firmwarerevision.setter
    def firmwarerevision(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a30d92675778d51ac36b1fc0a7eb40eaab05cb5588ccb57022ede874155e37e5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "firmwarerevision", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="group")
    def group(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "group"))

    @group.setter
    def group(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3e0d2932f9d71308164c7316c602c9fb172429f94201b0b79e663f3077e6e71a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "group", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="grpchealthcheck")
    def grpchealthcheck(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "grpchealthcheck"))

    @grpchealthcheck.setter
    def grpchealthcheck(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__00882fd0173b3528abae354684d1b7495a0ec4c28c7a7e958728acd59335a40b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "grpchealthcheck", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="grpcservicename")
    def grpcservicename(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "grpcservicename"))

    @grpcservicename.setter
    def grpcservicename(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b8ad754a0736af6d82ea39454c199dbe3693b96e765405ff5ceecf21f917bcb5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "grpcservicename", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="grpcstatuscode")
    def grpcstatuscode(self) -> typing.List[jsii.Number]:
        return typing.cast(typing.List[jsii.Number], jsii.get(self, "grpcstatuscode"))

    @grpcstatuscode.setter
    def grpcstatuscode(self, value: typing.List[jsii.Number]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e2767c3d423d788ba80eb4e6e7167d37fc6a17a1a9dc3d87e0b73037dd1c4b75)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "grpcstatuscode", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="hostipaddress")
    def hostipaddress(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "hostipaddress"))

    @hostipaddress.setter
    def hostipaddress(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__58e2150c6d6db46325c952cc214a5e53c4b82ddbc204f5295fcaa53af11efffc)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "hostipaddress", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="hostname")
    def hostname(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "hostname"))

    @hostname.setter
    def hostname(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3b555225a4ffa440a66b8e1ef0ab4ab31a89d998f54cf09af7b8d91b66070c3d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "hostname", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="httprequest")
    def httprequest(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "httprequest"))

    @httprequest.setter
    def httprequest(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__76a5b171f9ad8b0052177f3df77f78dcc4e00e8fa48e10d04937a2d23e447629)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "httprequest", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="inbandsecurityid")
    def inbandsecurityid(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "inbandsecurityid"))

    @inbandsecurityid.setter
    def inbandsecurityid(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a1ff4b9e755b0a09e788665d2a48f224f1f1b4a1df27a1a90c6fa84a0f2dc141)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "inbandsecurityid", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="interval")
    def interval(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "interval"))

    @interval.setter
    def interval(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8c3614ac1e3a6107b8fc91608c9056d21f0f4ca1db03129adbbc0293a4541161)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "interval", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="ipaddress")
    def ipaddress(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "ipaddress"))

    @ipaddress.setter
    def ipaddress(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__cf31c55f00b361a5431548d02a850f0f1a1034bc4a6382287c72c96c5f32065d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "ipaddress", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="iptunnel")
    def iptunnel(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "iptunnel"))

    @iptunnel.setter
    def iptunnel(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1bd0a97f7a75678414a5c6e53fa86f2b32f8b2bfbfd56ffd20e54d593e4ea8f7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "iptunnel", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="kcdaccount")
    def kcdaccount(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "kcdaccount"))

    @kcdaccount.setter
    def kcdaccount(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3f9ee9ec0802f3658f620aa34b60d9a4db259dec9f2ce1fae6f1c1ff3e005f4f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "kcdaccount", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="lasversion")
    def lasversion(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "lasversion"))

    @lasversion.setter
    def lasversion(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3394e7c325d59fb96c2861f926588271e41fad8acbe98de3c9500bc19eb1e388)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "lasversion", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="logonpointname")
    def logonpointname(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "logonpointname"))

    @logonpointname.setter
    def logonpointname(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__89b8e7ff84eb7fb7129f562b81e98b066c6856f6b46741c9bd32a40685557b46)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "logonpointname", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="lrtm")
    def lrtm(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "lrtm"))

    @lrtm.setter
    def lrtm(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ff11b236e497282fc2faad11a4747553ca580d271bee500b5d3177e12ad9aeac)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "lrtm", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="maxforwards")
    def maxforwards(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "maxforwards"))

    @maxforwards.setter
    def maxforwards(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f1f20ec2d74c868df86042601c6feff19d3ac3396473c69027e5778e0d3d3c9a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "maxforwards", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="metric")
    def metric(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "metric"))

    @metric.setter
    def metric(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__07cd2b9ec5b8db3e161e33e973ae9d6629b62c682544261c3cb07a576bf60cdb)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "metric", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="metrictable")
    def metrictable(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "metrictable"))

    @metrictable.setter
    def metrictable(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2a48e47ea7b84bea0437d2dd3561d0cd67d91ae48bb00ae347dcac49864c7805)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "metrictable", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="metricthreshold")
    def metricthreshold(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "metricthreshold"))

    @metricthreshold.setter
    def metricthreshold(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5efaf6efa08bd2e812f5954b9690be61f3dd1a24a4629e3f66ed772f7bd66aad)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "metricthreshold", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="metricweight")
    def metricweight(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "metricweight"))

    @metricweight.setter
    def metricweight(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__98848410c076f2af676e8e5a8071e6293c56ec94c26eff6b8a94ce6d22b2fa1e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "metricweight", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="monitorname")
    def monitorname(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "monitorname"))

    @monitorname.setter
    def monitorname(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7616e0db9affd186fa730b7fff0e6c9492e81ce463c89de2f3c5952400e05262)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "monitorname", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="mqttclientidentifier")
    def mqttclientidentifier(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "mqttclientidentifier"))

    @mqttclientidentifier.setter
    def mqttclientidentifier(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a79de213d396dddb2080d5ae0a808a479e1ebe01d027aede98103e19c3724ee9)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "mqttclientidentifier", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="mqttversion")
    def mqttversion(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "mqttversion"))

    @mqttversion.setter
    def mqttversion(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__019dbab7d3fb42fcde124df0b1717495041a7e07df34fd8afb06aa4aa2018b51)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "mqttversion", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="mssqlprotocolversion")
    def mssqlprotocolversion(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "mssqlprotocolversion"))

    @mssqlprotocolversion.setter
    def mssqlprotocolversion(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__bc8585fd7af74b1b3af620680957c77b0a9781e7093bb107a10572fbd05d7e88)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "mssqlprotocolversion", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="netprofile")
    def netprofile(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "netprofile"))

    @netprofile.setter
    def netprofile(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9b85a33157ba586404e95ec11320d3ef83295dc41298b04ebf0518af5aa6f888)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "netprofile", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="oraclesid")
    def oraclesid(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "oraclesid"))

    @oraclesid.setter
    def oraclesid(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4fe7d9343dbbbe11dc4db551bc58babd3b24df86dcc8524ff9f3c35277b23b0b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "oraclesid", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="originhost")
    def originhost(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "originhost"))

    @originhost.setter
    def originhost(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__935f9f19c3090265c6c9e61117fb59b28d7db1f84bb3c5fb1f01ce4d2e326af5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "originhost", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="originrealm")
    def originrealm(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "originrealm"))

    @originrealm.setter
    def originrealm(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__559ce73b011c74542221f51883518bbec429406b17887bbd6a20e6295b8de44b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "originrealm", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="password")
    def password(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "password"))

    @password.setter
    def password(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__486987fd43d5ddb602f06716a2041f13c7256def45ebb57907637821d87db996)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "password", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="passwordWo")
    def password_wo(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "passwordWo"))

    @password_wo.setter
    def password_wo(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5a39c786493a74ca20fdf882624ddef2f1723482a118dd807c9e98304dfd6a02)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "passwordWo", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="passwordWoVersion")
    def password_wo_version(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "passwordWoVersion"))

    @password_wo_version.setter
    def password_wo_version(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__fd454a93ebc98e5b74705c66dbf4061c2673fcd67a7a7ff401d5247536664792)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "passwordWoVersion", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="productname")
    def productname(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "productname"))

    @productname.setter
    def productname(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__eaa1e9c5e1d75fb4e828ec6c129a6e5d4ddc113fe3e01f3429e5fd8f0110f3da)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "productname", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="query")
    def query(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "query"))

    @query.setter
    def query(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8c69a5ccd4807eb228305175d001be4b6139a1275c3c88537e5acea0257618a0)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "query", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="querytype")
    def querytype(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "querytype"))

    @querytype.setter
    def querytype(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b5df45d636cd0b53aa3d93870c47fdb70c4858b641244dd77a9bbc9a892b44be)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "querytype", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="radaccountsession")
    def radaccountsession(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "radaccountsession"))

    @radaccountsession.setter
    def radaccountsession(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0cae86f42b01b6310be10943a927cf7020c9e4d56da15ebf7553fbc22592d026)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "radaccountsession", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="radaccounttype")
    def radaccounttype(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "radaccounttype"))

    @radaccounttype.setter
    def radaccounttype(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3900991deceee443a3504cbcf31cc71a324c8222144f1172ed9907ce3ff5e5c4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "radaccounttype", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="radapn")
    def radapn(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "radapn"))

    @radapn.setter
    def radapn(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6b187ba559bf5cd05a4317f1d2c1d5af52f8751d2f986a5336b343703d83d507)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "radapn", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="radframedip")
    def radframedip(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "radframedip"))

    @radframedip.setter
    def radframedip(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__92fa54cc15dc21b4a80dd7c22b3de568f89b4f497d9ab0c2c30d1fee4ff9a9cb)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "radframedip", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="radkey")
    def radkey(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "radkey"))

    @radkey.setter
    def radkey(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4cdca1d52285c096354d15f3f4a82bdcc08008e09b10f8b6ffc0a4076dd72864)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "radkey", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="radkeyWo")
    def radkey_wo(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "radkeyWo"))

    @radkey_wo.setter
    def radkey_wo(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__55cd90048fc7a1016fe3f0ae549a5b378f0ac674a705a291d7da52ad05dc42bd)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "radkeyWo", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="radkeyWoVersion")
    def radkey_wo_version(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "radkeyWoVersion"))

    @radkey_wo_version.setter
    def radkey_wo_version(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__45b5c23be5e2ca823dcb3531d15be5abbb05192370d24c2dcdd0883e9ac02461)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "radkeyWoVersion", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="radmsisdn")
    def radmsisdn(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "radmsisdn"))

    @radmsisdn.setter
    def radmsisdn(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e036f3d117d7beb5e0ac62a571962b023db7810c4e2cce5c0b2ed73e4936ea83)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "radmsisdn", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="radnasid")
    def radnasid(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "radnasid"))

    @radnasid.setter
    def radnasid(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__544aee5be06474090a3ff546ab7631a8bd06269033d8c9f26a4e5c4a68ff2d8f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "radnasid", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="radnasip")
    def radnasip(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "radnasip"))

    @radnasip.setter
    def radnasip(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e0c9a331ee11192bc2380a88b875b6c1e6a84e0d94c3f1b6de67f0cb14d5a915)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "radnasip", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="recv")
    def recv(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "recv"))

    @recv.setter
    def recv(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c23372c32fd6f03ef02329a3377d0a21f85a4b5a351ce3185a4617fc1ed10007)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "recv", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="respcode")
    def respcode(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "respcode"))

    @respcode.setter
    def respcode(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__326e6507d0facf3e7f053d6944dd254a10bc440f6ad32b3eec4a0c5af9fae4ea)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "respcode", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="resptimeout")
    def resptimeout(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "resptimeout"))

    @resptimeout.setter
    def resptimeout(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3c1eb44c44903cb01c5b596b2abd093eaeffeb4d61c38e7c01f3c68a852da716)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "resptimeout", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="resptimeoutthresh")
    def resptimeoutthresh(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "resptimeoutthresh"))

    @resptimeoutthresh.setter
    def resptimeoutthresh(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7432bec822a8490c379ae99f865f27a1fe2344b20a702b381f86b3edcad99abd)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "resptimeoutthresh", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="retries")
    def retries(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "retries"))

    @retries.setter
    def retries(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4788613ceaa6ad4723c77d91d8687beae9bae40ef47fc177ea0737a4f9734ea7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "retries", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="reverse")
    def reverse(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "reverse"))

    @reverse.setter
    def reverse(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a84e6af36ea531de0edb1e921c8a9534c83f72e62bbe433c35dd9d36bbd7c231)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "reverse", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="rtsprequest")
    def rtsprequest(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "rtsprequest"))

    @rtsprequest.setter
    def rtsprequest(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d749f3486059a74ad82706dc97801974bd33df83fa7614c7ee704d6edaccf5da)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "rtsprequest", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="scriptargs")
    def scriptargs(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "scriptargs"))

    @scriptargs.setter
    def scriptargs(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__fe83ba30f6d9cf7d45781dbbe19e6975b470de02a6a15273ef09ed5c385e2901)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "scriptargs", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="scriptname")
    def scriptname(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "scriptname"))

    @scriptname.setter
    def scriptname(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d7fc56855a114b72fddee6d0ebf6bdca8de4faa363d08eeb8304d0df0cbabdbf)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "scriptname", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="secondarypassword")
    def secondarypassword(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "secondarypassword"))

    @secondarypassword.setter
    def secondarypassword(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a96a87a752ba8e4b449bd8ede514979847b0ea2347ef5df391a6e7c5abadd661)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "secondarypassword", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="secondarypasswordWo")
    def secondarypassword_wo(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "secondarypasswordWo"))

    @secondarypassword_wo.setter
    def secondarypassword_wo(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9d0d315876575592e3dd2d7117ccd3c53804983a3a58564f28e9897be0701529)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "secondarypasswordWo", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="secondarypasswordWoVersion")
    def secondarypassword_wo_version(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "secondarypasswordWoVersion"))

    @secondarypassword_wo_version.setter
    def secondarypassword_wo_version(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c0f2aa384962c8f2d6530360a857408c1e686a1d698886c434ac301aebe85b82)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "secondarypasswordWoVersion", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="secure")
    def secure(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "secure"))

    @secure.setter
    def secure(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__08f61328f764968275df500e046df8517a9787122d6f785d3e5fad0d7de8488e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "secure", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="secureargs")
    def secureargs(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "secureargs"))

    @secureargs.setter
    def secureargs(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__825efbc25bf0527f98899082fffc05e3b1bda184329acd12d3113693c712731f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "secureargs", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="secureargsWo")
    def secureargs_wo(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "secureargsWo"))

    @secureargs_wo.setter
    def secureargs_wo(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9d50aa86febbb93dec8f06faee894cd838ee01f0b71450a8c07abfa5da87c7e9)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "secureargsWo", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="secureargsWoVersion")
    def secureargs_wo_version(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "secureargsWoVersion"))

    @secureargs_wo_version.setter
    def secureargs_wo_version(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2d9285f1b60ecaef8a1d6d3db0849d3c7b7401689d985cd0365083a45f392075)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "secureargsWoVersion", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="send")
    def send(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "send"))

    @send.setter
    def send(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__351faea1b4a348c001a06b3d4a9adb8ef69daef2788941086a37112e8f996a79)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "send", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="servicegroupname")
    def servicegroupname(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "servicegroupname"))

    @servicegroupname.setter
    def servicegroupname(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f0b95b1220980a9567d4a84d04547c6e59d13cc050ac5592216ddb0819ca53f1)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "servicegroupname", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="servicename")
    def servicename(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "servicename"))

    @servicename.setter
    def servicename(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4b7aabad4096be8b8089901a36b6196e4eb5c903df9929b8d39c9051f60cd8b3)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "servicename", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="sipmethod")
    def sipmethod(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "sipmethod"))

    @sipmethod.setter
    def sipmethod(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8290f4d8560bcec803342cc42dc0f18c462ea805a405c5b5e98c539364eb75d7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "sipmethod", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="sipreguri")
    def sipreguri(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "sipreguri"))

    @sipreguri.setter
    def sipreguri(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2a3094284aa37a8664037db31f411d62b93a8814ce9e81dbd21ff518f6841aae)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "sipreguri", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="sipuri")
    def sipuri(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "sipuri"))

    @sipuri.setter
    def sipuri(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__844652c357fc7657b6f22b2b166d4ddcdd819d162824f74c9fa9720a8f6181ea)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "sipuri", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="sitepath")
    def sitepath(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "sitepath"))

    @sitepath.setter
    def sitepath(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7b20ccf3e74b66e55dcb7a9b27cfa2468414240ebdbae346a72654b6a16cc6dd)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "sitepath", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="snmpcommunity")
    def snmpcommunity(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "snmpcommunity"))

    @snmpcommunity.setter
    def snmpcommunity(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__999638b11f8efcc7a434c6e86d96fd4bfff8d780aed9274a78cb8a19d60b2514)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "snmpcommunity", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="snmpoid")
    def snmpoid(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "snmpoid"))

    @snmpoid.setter
    def snmpoid(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__cf5f943fee696484ab6d5b81e28c9119ca536a24ac63b3a24a6fbce34bc4bd01)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "snmpoid", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="snmpthreshold")
    def snmpthreshold(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "snmpthreshold"))

    @snmpthreshold.setter
    def snmpthreshold(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8cd17f851a0231f08e3e0aece550e2b8e4c44fc28ef03a35b8b3c47f3103438d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "snmpthreshold", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="snmpversion")
    def snmpversion(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "snmpversion"))

    @snmpversion.setter
    def snmpversion(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e2045213203bb91acb95d7f6d53c6c812d2f9b017b17734a5b5785dd88f3feec)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "snmpversion", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="sqlquery")
    def sqlquery(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "sqlquery"))

    @sqlquery.setter
    def sqlquery(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ef2ff0d48e18b2559a733825e35964176498a3d144a66942d2636d2b9ef74556)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "sqlquery", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="sslprofile")
    def sslprofile(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "sslprofile"))

    @sslprofile.setter
    def sslprofile(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e8e53d4d6c44f4085b5027d8dece5b20223f769ca691f7b03867dcdcd965e644)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "sslprofile", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="state")
    def state(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "state"))

    @state.setter
    def state(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d67da4ad43de6459667736b3c4d0fed496327b4ae3b771cbcd3cf59a0e9f5523)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "state", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="storedb")
    def storedb(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "storedb"))

    @storedb.setter
    def storedb(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a5fc101ebd5e5553581be1dbfc74b917918280b5868248ae6324f7a1d1237d4c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "storedb", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="storefrontacctservice")
    def storefrontacctservice(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "storefrontacctservice"))

    @storefrontacctservice.setter
    def storefrontacctservice(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1f2713208c0624d6753eeaa37d4916cdafe3220ffe0a338924e578b4d885e385)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "storefrontacctservice", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="storefrontcheckbackendservices")
    def storefrontcheckbackendservices(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "storefrontcheckbackendservices"))

    @storefrontcheckbackendservices.setter
    def storefrontcheckbackendservices(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__56091c78e90af3e6338679da48a2f5b430d3168593926ec53290b89464e709e1)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "storefrontcheckbackendservices", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="storename")
    def storename(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "storename"))

    @storename.setter
    def storename(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1f1e3f772489c8567ecb5c8263bf22c078934d9fed0a693272ac91f46dd7fb0d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "storename", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="successretries")
    def successretries(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "successretries"))

    @successretries.setter
    def successretries(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__58b1157a280891f5aa749a5436f23b4f55959a237d0809c423b1eea5f3623516)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "successretries", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="supportedvendorids")
    def supportedvendorids(self) -> typing.List[jsii.Number]:
        return typing.cast(typing.List[jsii.Number], jsii.get(self, "supportedvendorids"))

    @supportedvendorids.setter
    def supportedvendorids(self, value: typing.List[jsii.Number]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__bb0d5f26ff809138d15dfef039b510b74612974df19b84d81ccf47be50d1a0aa)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "supportedvendorids", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="tos")
    def tos(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "tos"))

    @tos.setter
    def tos(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4a86d22c74d7bdfc84fadef7d97f9359655638184dcdf53c81c1a85a679bd697)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "tos", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="tosid")
    def tosid(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "tosid"))

    @tosid.setter
    def tosid(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__68513a676244c4aa2c0c47df81685aea116c2e8d9bca19f01dfd05b5a845a568)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "tosid", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="transparent")
    def transparent(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "transparent"))

    @transparent.setter
    def transparent(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__cdbc83fe9e3548a86877dd34163db93e2b8893f7d4f393b252d570dab8188578)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "transparent", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="trofscode")
    def trofscode(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "trofscode"))

    @trofscode.setter
    def trofscode(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3139b3a56620aa748e38b584a21d1eb3802760836b72da3c265036902a36b1c9)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "trofscode", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="trofsstring")
    def trofsstring(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "trofsstring"))

    @trofsstring.setter
    def trofsstring(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__36b81d477004f11bccea5c3321d6c3bf815f1716abd049a305823f319b6697e0)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "trofsstring", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="type")
    def type(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "type"))

    @type.setter
    def type(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b45294312d3a1b45908aaa77658c11f36fbb47f01bba6f3253794de571949126)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "type", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="units1")
    def units1(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "units1"))

    @units1.setter
    def units1(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b305c67604dda934faa71710794688ebc517b2debc1d5bd0615f2548ce97dac4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "units1", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="units2")
    def units2(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "units2"))

    @units2.setter
    def units2(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d612fdebd38e33fa8076707d092d3aad9eac0317e8b0d8bc1f60561a65eebe8a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "units2", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="units3")
    def units3(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "units3"))

    @units3.setter
    def units3(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4de533592068dc91aa00ecc4941a7ba7340673a1cae67c689c6ceb4ed7b9ae27)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "units3", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="units4")
    def units4(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "units4"))

    @units4.setter
    def units4(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a6939f7b0be10210a2edb7eb7d1828cf22882e92598ce77cc978f3135a90d544)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "units4", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="username")
    def username(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "username"))

    @username.setter
    def username(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__47a98671076744498115b4d5f760f5233b1732510d61e1bf8e8117d345cff834)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "username", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="validatecred")
    def validatecred(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "validatecred"))

    @validatecred.setter
    def validatecred(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ef8386bcfb232e562716f6991cf405b2e322e66fbffb136dc5995b62966313ef)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "validatecred", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="vendorid")
    def vendorid(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "vendorid"))

    @vendorid.setter
    def vendorid(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0d5e0487c0ddba843951eea8d3ec7081ea8432d12fe5ebda5289eeb5d0e4a96e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "vendorid", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="vendorspecificacctapplicationids")
    def vendorspecificacctapplicationids(self) -> typing.List[jsii.Number]:
        return typing.cast(typing.List[jsii.Number], jsii.get(self, "vendorspecificacctapplicationids"))

    @vendorspecificacctapplicationids.setter
    def vendorspecificacctapplicationids(self, value: typing.List[jsii.Number]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8d38ab9dec3986a7c8503bcb29c1a79061e17753913e067162933d8128109043)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "vendorspecificacctapplicationids", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="vendorspecificauthapplicationids")
    def vendorspecificauthapplicationids(self) -> typing.List[jsii.Number]:
        return typing.cast(typing.List[jsii.Number], jsii.get(self, "vendorspecificauthapplicationids"))

    @vendorspecificauthapplicationids.setter
    def vendorspecificauthapplicationids(self, value: typing.List[jsii.Number]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1f1d1f7c5894a2a917eb7a7909244f5e69aff5f3657a8d38bc4c2ee906889461)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "vendorspecificauthapplicationids", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="vendorspecificvendorid")
    def vendorspecificvendorid(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "vendorspecificvendorid"))

    @vendorspecificvendorid.setter
    def vendorspecificvendorid(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__531ce09038876ba04e3edccf5b9dcb8f9187e30d41f788ccb822b450699d0fb0)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "vendorspecificvendorid", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="citrixadc.lbmonitor.LbmonitorConfig",
    jsii_struct_bases=[_cdktf_9a9027ec.TerraformMetaArguments],
    name_mapping={
        "connection": "connection",
        "count": "count",
        "depends_on": "dependsOn",
        "for_each": "forEach",
        "lifecycle": "lifecycle",
        "provider": "provider",
        "provisioners": "provisioners",
        "monitorname": "monitorname",
        "type": "type",
        "acctapplicationid": "acctapplicationid",
        "action": "action",
        "alertretries": "alertretries",
        "application": "application",
        "attribute": "attribute",
        "authapplicationid": "authapplicationid",
        "basedn": "basedn",
        "binddn": "binddn",
        "customheaders": "customheaders",
        "database": "database",
        "destip": "destip",
        "destport": "destport",
        "deviation": "deviation",
        "dispatcherip": "dispatcherip",
        "dispatcherport": "dispatcherport",
        "domain": "domain",
        "downtime": "downtime",
        "evalrule": "evalrule",
        "failureretries": "failureretries",
        "filename": "filename",
        "filter": "filter",
        "firmwarerevision": "firmwarerevision",
        "group": "group",
        "grpchealthcheck": "grpchealthcheck",
        "grpcservicename": "grpcservicename",
        "grpcstatuscode": "grpcstatuscode",
        "hostipaddress": "hostipaddress",
        "hostname": "hostname",
        "httprequest": "httprequest",
        "inbandsecurityid": "inbandsecurityid",
        "interval": "interval",
        "ipaddress": "ipaddress",
        "iptunnel": "iptunnel",
        "kcdaccount": "kcdaccount",
        "lasversion": "lasversion",
        "logonpointname": "logonpointname",
        "lrtm": "lrtm",
        "maxforwards": "maxforwards",
        "metric": "metric",
        "metrictable": "metrictable",
        "metricthreshold": "metricthreshold",
        "metricweight": "metricweight",
        "mqttclientidentifier": "mqttclientidentifier",
        "mqttversion": "mqttversion",
        "mssqlprotocolversion": "mssqlprotocolversion",
        "netprofile": "netprofile",
        "oraclesid": "oraclesid",
        "originhost": "originhost",
        "originrealm": "originrealm",
        "password": "password",
        "password_wo": "passwordWo",
        "password_wo_version": "passwordWoVersion",
        "productname": "productname",
        "query": "query",
        "querytype": "querytype",
        "radaccountsession": "radaccountsession",
        "radaccounttype": "radaccounttype",
        "radapn": "radapn",
        "radframedip": "radframedip",
        "radkey": "radkey",
        "radkey_wo": "radkeyWo",
        "radkey_wo_version": "radkeyWoVersion",
        "radmsisdn": "radmsisdn",
        "radnasid": "radnasid",
        "radnasip": "radnasip",
        "recv": "recv",
        "respcode": "respcode",
        "resptimeout": "resptimeout",
        "resptimeoutthresh": "resptimeoutthresh",
        "retries": "retries",
        "reverse": "reverse",
        "rtsprequest": "rtsprequest",
        "scriptargs": "scriptargs",
        "scriptname": "scriptname",
        "secondarypassword": "secondarypassword",
        "secondarypassword_wo": "secondarypasswordWo",
        "secondarypassword_wo_version": "secondarypasswordWoVersion",
        "secure": "secure",
        "secureargs": "secureargs",
        "secureargs_wo": "secureargsWo",
        "secureargs_wo_version": "secureargsWoVersion",
        "send": "send",
        "servicegroupname": "servicegroupname",
        "servicename": "servicename",
        "sipmethod": "sipmethod",
        "sipreguri": "sipreguri",
        "sipuri": "sipuri",
        "sitepath": "sitepath",
        "snmpcommunity": "snmpcommunity",
        "snmpoid": "snmpoid",
        "snmpthreshold": "snmpthreshold",
        "snmpversion": "snmpversion",
        "sqlquery": "sqlquery",
        "sslprofile": "sslprofile",
        "state": "state",
        "storedb": "storedb",
        "storefrontacctservice": "storefrontacctservice",
        "storefrontcheckbackendservices": "storefrontcheckbackendservices",
        "storename": "storename",
        "successretries": "successretries",
        "supportedvendorids": "supportedvendorids",
        "tos": "tos",
        "tosid": "tosid",
        "transparent": "transparent",
        "trofscode": "trofscode",
        "trofsstring": "trofsstring",
        "units1": "units1",
        "units2": "units2",
        "units3": "units3",
        "units4": "units4",
        "username": "username",
        "validatecred": "validatecred",
        "vendorid": "vendorid",
        "vendorspecificacctapplicationids": "vendorspecificacctapplicationids",
        "vendorspecificauthapplicationids": "vendorspecificauthapplicationids",
        "vendorspecificvendorid": "vendorspecificvendorid",
    },
)
class LbmonitorConfig(_cdktf_9a9027ec.TerraformMetaArguments):
    def __init__(
        self,
        *,
        connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
        depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
        for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
        lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
        monitorname: builtins.str,
        type: builtins.str,
        acctapplicationid: typing.Optional[typing.Sequence[jsii.Number]] = None,
        action: typing.Optional[builtins.str] = None,
        alertretries: typing.Optional[jsii.Number] = None,
        application: typing.Optional[builtins.str] = None,
        attribute: typing.Optional[builtins.str] = None,
        authapplicationid: typing.Optional[typing.Sequence[jsii.Number]] = None,
        basedn: typing.Optional[builtins.str] = None,
        binddn: typing.Optional[builtins.str] = None,
        customheaders: typing.Optional[builtins.str] = None,
        database: typing.Optional[builtins.str] = None,
        destip: typing.Optional[builtins.str] = None,
        destport: typing.Optional[jsii.Number] = None,
        deviation: typing.Optional[jsii.Number] = None,
        dispatcherip: typing.Optional[builtins.str] = None,
        dispatcherport: typing.Optional[jsii.Number] = None,
        domain: typing.Optional[builtins.str] = None,
        downtime: typing.Optional[jsii.Number] = None,
        evalrule: typing.Optional[builtins.str] = None,
        failureretries: typing.Optional[jsii.Number] = None,
        filename: typing.Optional[builtins.str] = None,
        filter: typing.Optional[builtins.str] = None,
        firmwarerevision: typing.Optional[jsii.Number] = None,
        group: typing.Optional[builtins.str] = None,
        grpchealthcheck: typing.Optional[builtins.str] = None,
        grpcservicename: typing.Optional[builtins.str] = None,
        grpcstatuscode: typing.Optional[typing.Sequence[jsii.Number]] = None,
        hostipaddress: typing.Optional[builtins.str] = None,
        hostname: typing.Optional[builtins.str] = None,
        httprequest: typing.Optional[builtins.str] = None,
        inbandsecurityid: typing.Optional[builtins.str] = None,
        interval: typing.Optional[jsii.Number] = None,
        ipaddress: typing.Optional[typing.Sequence[builtins.str]] = None,
        iptunnel: typing.Optional[builtins.str] = None,
        kcdaccount: typing.Optional[builtins.str] = None,
        lasversion: typing.Optional[builtins.str] = None,
        logonpointname: typing.Optional[builtins.str] = None,
        lrtm: typing.Optional[builtins.str] = None,
        maxforwards: typing.Optional[jsii.Number] = None,
        metric: typing.Optional[builtins.str] = None,
        metrictable: typing.Optional[builtins.str] = None,
        metricthreshold: typing.Optional[jsii.Number] = None,
        metricweight: typing.Optional[jsii.Number] = None,
        mqttclientidentifier: typing.Optional[builtins.str] = None,
        mqttversion: typing.Optional[jsii.Number] = None,
        mssqlprotocolversion: typing.Optional[builtins.str] = None,
        netprofile: typing.Optional[builtins.str] = None,
        oraclesid: typing.Optional[builtins.str] = None,
        originhost: typing.Optional[builtins.str] = None,
        originrealm: typing.Optional[builtins.str] = None,
        password: typing.Optional[builtins.str] = None,
        password_wo: typing.Optional[builtins.str] = None,
        password_wo_version: typing.Optional[jsii.Number] = None,
        productname: typing.Optional[builtins.str] = None,
        query: typing.Optional[builtins.str] = None,
        querytype: typing.Optional[builtins.str] = None,
        radaccountsession: typing.Optional[builtins.str] = None,
        radaccounttype: typing.Optional[jsii.Number] = None,
        radapn: typing.Optional[builtins.str] = None,
        radframedip: typing.Optional[builtins.str] = None,
        radkey: typing.Optional[builtins.str] = None,
        radkey_wo: typing.Optional[builtins.str] = None,
        radkey_wo_version: typing.Optional[jsii.Number] = None,
        radmsisdn: typing.Optional[builtins.str] = None,
        radnasid: typing.Optional[builtins.str] = None,
        radnasip: typing.Optional[builtins.str] = None,
        recv: typing.Optional[builtins.str] = None,
        respcode: typing.Optional[typing.Sequence[builtins.str]] = None,
        resptimeout: typing.Optional[jsii.Number] = None,
        resptimeoutthresh: typing.Optional[jsii.Number] = None,
        retries: typing.Optional[jsii.Number] = None,
        reverse: typing.Optional[builtins.str] = None,
        rtsprequest: typing.Optional[builtins.str] = None,
        scriptargs: typing.Optional[builtins.str] = None,
        scriptname: typing.Optional[builtins.str] = None,
        secondarypassword: typing.Optional[builtins.str] = None,
        secondarypassword_wo: typing.Optional[builtins.str] = None,
        secondarypassword_wo_version: typing.Optional[jsii.Number] = None,
        secure: typing.Optional[builtins.str] = None,
        secureargs: typing.Optional[builtins.str] = None,
        secureargs_wo: typing.Optional[builtins.str] = None,
        secureargs_wo_version: typing.Optional[jsii.Number] = None,
        send: typing.Optional[builtins.str] = None,
        servicegroupname: typing.Optional[builtins.str] = None,
        servicename: typing.Optional[builtins.str] = None,
        sipmethod: typing.Optional[builtins.str] = None,
        sipreguri: typing.Optional[builtins.str] = None,
        sipuri: typing.Optional[builtins.str] = None,
        sitepath: typing.Optional[builtins.str] = None,
        snmpcommunity: typing.Optional[builtins.str] = None,
        snmpoid: typing.Optional[builtins.str] = None,
        snmpthreshold: typing.Optional[builtins.str] = None,
        snmpversion: typing.Optional[builtins.str] = None,
        sqlquery: typing.Optional[builtins.str] = None,
        sslprofile: typing.Optional[builtins.str] = None,
        state: typing.Optional[builtins.str] = None,
        storedb: typing.Optional[builtins.str] = None,
        storefrontacctservice: typing.Optional[builtins.str] = None,
        storefrontcheckbackendservices: typing.Optional[builtins.str] = None,
        storename: typing.Optional[builtins.str] = None,
        successretries: typing.Optional[jsii.Number] = None,
        supportedvendorids: typing.Optional[typing.Sequence[jsii.Number]] = None,
        tos: typing.Optional[builtins.str] = None,
        tosid: typing.Optional[jsii.Number] = None,
        transparent: typing.Optional[builtins.str] = None,
        trofscode: typing.Optional[jsii.Number] = None,
        trofsstring: typing.Optional[builtins.str] = None,
        units1: typing.Optional[builtins.str] = None,
        units2: typing.Optional[builtins.str] = None,
        units3: typing.Optional[builtins.str] = None,
        units4: typing.Optional[builtins.str] = None,
        username: typing.Optional[builtins.str] = None,
        validatecred: typing.Optional[builtins.str] = None,
        vendorid: typing.Optional[jsii.Number] = None,
        vendorspecificacctapplicationids: typing.Optional[typing.Sequence[jsii.Number]] = None,
        vendorspecificauthapplicationids: typing.Optional[typing.Sequence[jsii.Number]] = None,
        vendorspecificvendorid: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        :param monitorname: Name for the monitor. Must begin with an ASCII alphanumeric or underscore (_) character, and must contain only ASCII alphanumeric, underscore, hash (#), period (.), space, colon (:), at (@), equals (=), and hyphen (-) characters. CLI Users: If the name includes one or more spaces, enclose the name in double or single quotation marks (for example, "my monitor" or 'my monitor'). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#monitorname Lbmonitor#monitorname}
        :param type: Type of monitor that you want to create. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#type Lbmonitor#type}
        :param acctapplicationid: List of Acct-Application-Id attribute value pairs (AVPs) for the Capabilities-Exchange-Request (CER) message to use for monitoring Diameter servers. A maximum of eight of these AVPs are supported in a monitoring message. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#acctapplicationid Lbmonitor#acctapplicationid}
        :param action: Action to perform when the response to an inline monitor (a monitor of type HTTP-INLINE) indicates that the service is down. A service monitored by an inline monitor is considered DOWN if the response code is not one of the codes that have been specified for the Response Code parameter. Available settings function as follows: - NONE - Do not take any action. However, the show service command and the show lb monitor command indicate the total number of responses that were checked and the number of consecutive error responses received after the last successful probe. - LOG - Log the event in NSLOG or SYSLOG. - DOWN - Mark the service as being down, and then do not direct any traffic to the service until the configured down time has expired. Persistent connections to the service are terminated as soon as the service is marked as DOWN. Also, log the event in NSLOG or SYSLOG. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#action Lbmonitor#action}
        :param alertretries: Number of consecutive probe failures after which the appliance generates an SNMP trap called monProbeFailed. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#alertretries Lbmonitor#alertretries}
        :param application: Name of the application used to determine the state of the service. Applicable to monitors of type CITRIX-XML-SERVICE. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#application Lbmonitor#application}
        :param attribute: Attribute to evaluate when the LDAP server responds to the query. Success or failure of the monitoring probe depends on whether the attribute exists in the response. Optional. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#attribute Lbmonitor#attribute}
        :param authapplicationid: List of Auth-Application-Id attribute value pairs (AVPs) for the Capabilities-Exchange-Request (CER) message to use for monitoring Diameter servers. A maximum of eight of these AVPs are supported in a monitoring CER message. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#authapplicationid Lbmonitor#authapplicationid}
        :param basedn: The base distinguished name of the LDAP service, from where the LDAP server can begin the search for the attributes in the monitoring query. Required for LDAP service monitoring. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#basedn Lbmonitor#basedn}
        :param binddn: The distinguished name with which an LDAP monitor can perform the Bind operation on the LDAP server. Optional. Applicable to LDAP monitors. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#binddn Lbmonitor#binddn}
        :param customheaders: Custom header string to include in the monitoring probes. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#customheaders Lbmonitor#customheaders}
        :param database: Name of the database to connect to during authentication. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#database Lbmonitor#database}
        :param destip: IP address of the service to which to send probes. If the parameter is set to 0, the IP address of the server to which the monitor is bound is considered the destination IP address. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#destip Lbmonitor#destip}
        :param destport: TCP or UDP port to which to send the probe. If the parameter is set to 0, the port number of the service to which the monitor is bound is considered the destination port. For a monitor of type USER, however, the destination port is the port number that is included in the HTTP request sent to the dispatcher. Does not apply to monitors of type PING. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#destport Lbmonitor#destport}
        :param deviation: Time value added to the learned average response time in dynamic response time monitoring (DRTM). When a deviation is specified, the appliance learns the average response time of bound services and adds the deviation to the average. The final value is then continually adjusted to accommodate response time variations over time. Specified in milliseconds, seconds, or minutes. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#deviation Lbmonitor#deviation}
        :param dispatcherip: IP address of the dispatcher to which to send the probe. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#dispatcherip Lbmonitor#dispatcherip}
        :param dispatcherport: Port number on which the dispatcher listens for the monitoring probe. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#dispatcherport Lbmonitor#dispatcherport}
        :param domain: Domain in which the XenDesktop Desktop Delivery Controller (DDC) servers or Web Interface servers are present. Required by CITRIX-XD-DDC and CITRIX-WI-EXTENDED monitors for logging on to the DDC servers and Web Interface servers, respectively. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#domain Lbmonitor#domain}
        :param downtime: Time duration for which to wait before probing a service that has been marked as DOWN. Expressed in milliseconds, seconds, or minutes. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#downtime Lbmonitor#downtime}
        :param evalrule: Expression that evaluates the database server's response to a MYSQL-ECV or MSSQL-ECV monitoring query. Must produce a Boolean result. The result determines the state of the server. If the expression returns TRUE, the probe succeeds. For example, if you want the appliance to evaluate the error message to determine the state of the server, use the rule MYSQL.RES.ROW(10) .TEXT_ELEM(2).EQ("MySQL"). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#evalrule Lbmonitor#evalrule}
        :param failureretries: Number of retries that must fail, out of the number specified for the Retries parameter, for a service to be marked as DOWN. For example, if the Retries parameter is set to 10 and the Failure Retries parameter is set to 6, out of the ten probes sent, at least six probes must fail if the service is to be marked as DOWN. The default value of 0 means that all the retries must fail if the service is to be marked as DOWN. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#failureretries Lbmonitor#failureretries}
        :param filename: Name of a file on the FTP server. The appliance monitors the FTP service by periodically checking the existence of the file on the server. Applicable to FTP-EXTENDED monitors. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#filename Lbmonitor#filename}
        :param filter: Filter criteria for the LDAP query. Optional. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#filter Lbmonitor#filter}
        :param firmwarerevision: Firmware-Revision value for the Capabilities-Exchange-Request (CER) message to use for monitoring Diameter servers. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#firmwarerevision Lbmonitor#firmwarerevision}
        :param group: Name of a newsgroup available on the NNTP service that is to be monitored. The appliance periodically generates an NNTP query for the name of the newsgroup and evaluates the response. If the newsgroup is found on the server, the service is marked as UP. If the newsgroup does not exist or if the search fails, the service is marked as DOWN. Applicable to NNTP monitors. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#group Lbmonitor#group}
        :param grpchealthcheck: Option to enable or disable gRPC health check service. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#grpchealthcheck Lbmonitor#grpchealthcheck}
        :param grpcservicename: Option to specify gRPC service name on which gRPC health check need to be performed. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#grpcservicename Lbmonitor#grpcservicename}
        :param grpcstatuscode: gRPC status codes for which to mark the service as UP. The default value is 12(health check unimplemented). If the gRPC status code 0 is received from the backend this configuration is ignored. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#grpcstatuscode Lbmonitor#grpcstatuscode}
        :param hostipaddress: Host-IP-Address value for the Capabilities-Exchange-Request (CER) message to use for monitoring Diameter servers. If Host-IP-Address is not specified, the appliance inserts the mapped IP (MIP) address or subnet IP (SNIP) address from which the CER request (the monitoring probe) is sent. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#hostipaddress Lbmonitor#hostipaddress}
        :param hostname: Hostname in the FQDN format (Example: porche.cars.org). Applicable to STOREFRONT monitors. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#hostname Lbmonitor#hostname}
        :param httprequest: HTTP request to send to the server (for example, "HEAD /file.html"). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#httprequest Lbmonitor#httprequest}
        :param inbandsecurityid: Inband-Security-Id for the Capabilities-Exchange-Request (CER) message to use for monitoring Diameter servers. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#inbandsecurityid Lbmonitor#inbandsecurityid}
        :param interval: Time interval between two successive probes. Must be greater than the value of Response Time-out. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#interval Lbmonitor#interval}
        :param ipaddress: Set of IP addresses expected in the monitoring response from the DNS server, if the record type is A or AAAA. Applicable to DNS monitors. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#ipaddress Lbmonitor#ipaddress}
        :param iptunnel: Send the monitoring probe to the service through an IP tunnel. A destination IP address must be specified. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#iptunnel Lbmonitor#iptunnel}
        :param kcdaccount: KCD Account used by MSSQL monitor. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#kcdaccount Lbmonitor#kcdaccount}
        :param lasversion: Version number of the Citrix Advanced Access Control Logon Agent. Required by the CITRIX-AAC-LAS monitor. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#lasversion Lbmonitor#lasversion}
        :param logonpointname: Name of the logon point that is configured for the Citrix Access Gateway Advanced Access Control software. Required if you want to monitor the associated login page or Logon Agent. Applicable to CITRIX-AAC-LAS and CITRIX-AAC-LOGINPAGE monitors. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#logonpointname Lbmonitor#logonpointname}
        :param lrtm: Calculate the least response times for bound services. If this parameter is not enabled, the appliance does not learn the response times of the bound services. Also used for LRTM load balancing. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#lrtm Lbmonitor#lrtm}
        :param maxforwards: Maximum number of hops that the SIP request used for monitoring can traverse to reach the server. Applicable only to monitors of type SIP-UDP. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#maxforwards Lbmonitor#maxforwards}
        :param metric: Metric name in the metric table, whose setting is changed. A value zero disables the metric and it will not be used for load calculation Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#metric Lbmonitor#metric}
        :param metrictable: Metric table to which to bind metrics. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#metrictable Lbmonitor#metrictable}
        :param metricthreshold: Threshold to be used for that metric. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#metricthreshold Lbmonitor#metricthreshold}
        :param metricweight: The weight for the specified service metric with respect to others. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#metricweight Lbmonitor#metricweight}
        :param mqttclientidentifier: Client id to be used in Connect command. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#mqttclientidentifier Lbmonitor#mqttclientidentifier}
        :param mqttversion: Version of MQTT protocol used in connect message, default is version 3.1.1 [4]. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#mqttversion Lbmonitor#mqttversion}
        :param mssqlprotocolversion: Version of MSSQL server that is to be monitored. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#mssqlprotocolversion Lbmonitor#mssqlprotocolversion}
        :param netprofile: Name of the network profile. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#netprofile Lbmonitor#netprofile}
        :param oraclesid: Name of the service identifier that is used to connect to the Oracle database during authentication. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#oraclesid Lbmonitor#oraclesid}
        :param originhost: Origin-Host value for the Capabilities-Exchange-Request (CER) message to use for monitoring Diameter servers. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#originhost Lbmonitor#originhost}
        :param originrealm: Origin-Realm value for the Capabilities-Exchange-Request (CER) message to use for monitoring Diameter servers. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#originrealm Lbmonitor#originrealm}
        :param password: Password that is required for logging on to the RADIUS, NNTP, FTP, FTP-EXTENDED, MYSQL, MSSQL, POP3, CITRIX-AG, CITRIX-XD-DDC, CITRIX-WI-EXTENDED, CITRIX-XNC-ECV or CITRIX-XDM server. Used in conjunction with the user name specified for the User Name parameter. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#password Lbmonitor#password}
        :param password_wo: Password that is required for logging on to the RADIUS, NNTP, FTP, FTP-EXTENDED, MYSQL, MSSQL, POP3, CITRIX-AG, CITRIX-XD-DDC, CITRIX-WI-EXTENDED, CITRIX-XNC-ECV or CITRIX-XDM server. Used in conjunction with the user name specified for the User Name parameter. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#password_wo Lbmonitor#password_wo}
        :param password_wo_version: Increment this version to signal a password_wo update. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#password_wo_version Lbmonitor#password_wo_version}
        :param productname: Product-Name value for the Capabilities-Exchange-Request (CER) message to use for monitoring Diameter servers. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#productname Lbmonitor#productname}
        :param query: Domain name to resolve as part of monitoring the DNS service (for example, example.com). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#query Lbmonitor#query}
        :param querytype: Type of DNS record for which to send monitoring queries. Set to Address for querying A records, AAAA for querying AAAA records, and Zone for querying the SOA record. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#querytype Lbmonitor#querytype}
        :param radaccountsession: Account Session ID to be used in Account Request Packet. Applicable to monitors of type RADIUS_ACCOUNTING. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#radaccountsession Lbmonitor#radaccountsession}
        :param radaccounttype: Account Type to be used in Account Request Packet. Applicable to monitors of type RADIUS_ACCOUNTING. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#radaccounttype Lbmonitor#radaccounttype}
        :param radapn: Called Station Id to be used in Account Request Packet. Applicable to monitors of type RADIUS_ACCOUNTING. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#radapn Lbmonitor#radapn}
        :param radframedip: Source ip with which the packet will go out . Applicable to monitors of type RADIUS_ACCOUNTING. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#radframedip Lbmonitor#radframedip}
        :param radkey: Authentication key (shared secret text string) for RADIUS clients and servers to exchange. Applicable to monitors of type RADIUS and RADIUS_ACCOUNTING. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#radkey Lbmonitor#radkey}
        :param radkey_wo: Authentication key (shared secret text string) for RADIUS clients and servers to exchange. Applicable to monitors of type RADIUS and RADIUS_ACCOUNTING. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#radkey_wo Lbmonitor#radkey_wo}
        :param radkey_wo_version: Increment this version to signal a radkey_wo update. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#radkey_wo_version Lbmonitor#radkey_wo_version}
        :param radmsisdn: Calling Stations Id to be used in Account Request Packet. Applicable to monitors of type RADIUS_ACCOUNTING. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#radmsisdn Lbmonitor#radmsisdn}
        :param radnasid: NAS-Identifier to send in the Access-Request packet. Applicable to monitors of type RADIUS. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#radnasid Lbmonitor#radnasid}
        :param radnasip: Network Access Server (NAS) IP address to use as the source IP address when monitoring a RADIUS server. Applicable to monitors of type RADIUS and RADIUS_ACCOUNTING. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#radnasip Lbmonitor#radnasip}
        :param recv: String expected from the server for the service to be marked as UP. Applicable to TCP-ECV, HTTP-ECV, and UDP-ECV monitors. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#recv Lbmonitor#recv}
        :param respcode: Response codes for which to mark the service as UP. For any other response code, the action performed depends on the monitor type. HTTP monitors and RADIUS monitors mark the service as DOWN, while HTTP-INLINE monitors perform the action indicated by the Action parameter. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#respcode Lbmonitor#respcode}
        :param resptimeout: Amount of time for which the appliance must wait before it marks a probe as FAILED. Must be less than the value specified for the Interval parameter. Note: For UDP-ECV monitors for which a receive string is not configured, response timeout does not apply. For UDP-ECV monitors with no receive string, probe failure is indicated by an ICMP port unreachable error received from the service. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#resptimeout Lbmonitor#resptimeout}
        :param resptimeoutthresh: Response time threshold, specified as a percentage of the Response Time-out parameter. If the response to a monitor probe has not arrived when the threshold is reached, the appliance generates an SNMP trap called monRespTimeoutAboveThresh. After the response time returns to a value below the threshold, the appliance generates a monRespTimeoutBelowThresh SNMP trap. For the traps to be generated, the "MONITOR-RTO-THRESHOLD" alarm must also be enabled. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#resptimeoutthresh Lbmonitor#resptimeoutthresh}
        :param retries: Maximum number of probes to send to establish the state of a service for which a monitoring probe failed. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#retries Lbmonitor#retries}
        :param reverse: Mark a service as DOWN, instead of UP, when probe criteria are satisfied, and as UP instead of DOWN when probe criteria are not satisfied. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#reverse Lbmonitor#reverse}
        :param rtsprequest: RTSP request to send to the server (for example, "OPTIONS *"). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#rtsprequest Lbmonitor#rtsprequest}
        :param scriptargs: String of arguments for the script. The string is copied verbatim into the request. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#scriptargs Lbmonitor#scriptargs}
        :param scriptname: Path and name of the script to execute. The script must be available on the Citrix ADC, in the /nsconfig/monitors/ directory. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#scriptname Lbmonitor#scriptname}
        :param secondarypassword: Secondary password that users might have to provide to log on to the Access Gateway server. Applicable to CITRIX-AG monitors. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#secondarypassword Lbmonitor#secondarypassword}
        :param secondarypassword_wo: Secondary password that users might have to provide to log on to the Access Gateway server. Applicable to CITRIX-AG monitors. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#secondarypassword_wo Lbmonitor#secondarypassword_wo}
        :param secondarypassword_wo_version: Increment this version to signal a secondarypassword_wo update. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#secondarypassword_wo_version Lbmonitor#secondarypassword_wo_version}
        :param secure: Use a secure SSL connection when monitoring a service. Applicable only to TCP based monitors. The secure option cannot be used with a CITRIX-AG monitor, because a CITRIX-AG monitor uses a secure connection by default. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#secure Lbmonitor#secure}
        :param secureargs: List of arguments for the script which should be secure. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#secureargs Lbmonitor#secureargs}
        :param secureargs_wo: List of arguments for the script which should be secure. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#secureargs_wo Lbmonitor#secureargs_wo}
        :param secureargs_wo_version: Increment this version to signal a secureargs_wo update. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#secureargs_wo_version Lbmonitor#secureargs_wo_version}
        :param send: String to send to the service. Applicable to TCP-ECV, HTTP-ECV, and UDP-ECV monitors. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#send Lbmonitor#send}
        :param servicegroupname: The name of the service group to which the monitor is to be bound. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#servicegroupname Lbmonitor#servicegroupname}
        :param servicename: The name of the service to which the monitor is bound. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#servicename Lbmonitor#servicename}
        :param sipmethod: SIP method to use for the query. Applicable only to monitors of type SIP-UDP. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#sipmethod Lbmonitor#sipmethod}
        :param sipreguri: SIP user to be registered. Applicable only if the monitor is of type SIP-UDP and the SIP Method parameter is set to REGISTER. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#sipreguri Lbmonitor#sipreguri}
        :param sipuri: SIP URI string to send to the service (for example, sip:sip.test). Applicable only to monitors of type SIP-UDP. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#sipuri Lbmonitor#sipuri}
        :param sitepath: URL of the logon page. For monitors of type CITRIX-WEB-INTERFACE, to monitor a dynamic page under the site path, terminate the site path with a slash (/). Applicable to CITRIX-WEB-INTERFACE, CITRIX-WI-EXTENDED and CITRIX-XDM monitors. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#sitepath Lbmonitor#sitepath}
        :param snmpcommunity: Community name for SNMP monitors. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#snmpcommunity Lbmonitor#snmpcommunity}
        :param snmpoid: SNMP OID for SNMP monitors. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#snmpoid Lbmonitor#snmpoid}
        :param snmpthreshold: Threshold for SNMP monitors. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#snmpthreshold Lbmonitor#snmpthreshold}
        :param snmpversion: SNMP version to be used for SNMP monitors. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#snmpversion Lbmonitor#snmpversion}
        :param sqlquery: SQL query for a MYSQL-ECV or MSSQL-ECV monitor. Sent to the database server after the server authenticates the connection. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#sqlquery Lbmonitor#sqlquery}
        :param sslprofile: SSL Profile associated with the monitor. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#sslprofile Lbmonitor#sslprofile}
        :param state: State of the monitor. The DISABLED setting disables not only the monitor being configured, but all monitors of the same type, until the parameter is set to ENABLED. If the monitor is bound to a service, the state of the monitor is not taken into account when the state of the service is determined. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#state Lbmonitor#state}
        :param storedb: Store the database list populated with the responses to monitor probes. Used in database specific load balancing if MSSQL-ECV/MYSQL-ECV monitor is configured. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#storedb Lbmonitor#storedb}
        :param storefrontacctservice: Enable/Disable probing for Account Service. Applicable only to Store Front monitors. For multi-tenancy configuration users my skip account service. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#storefrontacctservice Lbmonitor#storefrontacctservice}
        :param storefrontcheckbackendservices: This option will enable monitoring of services running on storefront server. Storefront services are monitored by probing to a Windows service that runs on the Storefront server and exposes details of which storefront services are running. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#storefrontcheckbackendservices Lbmonitor#storefrontcheckbackendservices}
        :param storename: Store Name. For monitors of type STOREFRONT, STORENAME is an optional argument defining storefront service store name. Applicable to STOREFRONT monitors. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#storename Lbmonitor#storename}
        :param successretries: Number of consecutive successful probes required to transition a service's state from DOWN to UP. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#successretries Lbmonitor#successretries}
        :param supportedvendorids: List of Supported-Vendor-Id attribute value pairs (AVPs) for the Capabilities-Exchange-Request (CER) message to use for monitoring Diameter servers. A maximum eight of these AVPs are supported in a monitoring message. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#supportedvendorids Lbmonitor#supportedvendorids}
        :param tos: Probe the service by encoding the destination IP address in the IP TOS (6) bits. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#tos Lbmonitor#tos}
        :param tosid: The TOS ID of the specified destination IP. Applicable only when the TOS parameter is set. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#tosid Lbmonitor#tosid}
        :param transparent: The monitor is bound to a transparent device such as a firewall or router. The state of a transparent device depends on the responsiveness of the services behind it. If a transparent device is being monitored, a destination IP address must be specified. The probe is sent to the specified IP address by using the MAC address of the transparent device. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#transparent Lbmonitor#transparent}
        :param trofscode: Code expected when the server is under maintenance. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#trofscode Lbmonitor#trofscode}
        :param trofsstring: String expected from the server for the service to be marked as trofs. Applicable to HTTP-ECV/TCP-ECV monitors. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#trofsstring Lbmonitor#trofsstring}
        :param units1: Unit of measurement for the Deviation parameter. Cannot be changed after the monitor is created. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#units1 Lbmonitor#units1}
        :param units2: Unit of measurement for the Down Time parameter. Cannot be changed after the monitor is created. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#units2 Lbmonitor#units2}
        :param units3: monitor interval units. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#units3 Lbmonitor#units3}
        :param units4: monitor response timeout units. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#units4 Lbmonitor#units4}
        :param username: User name with which to probe the RADIUS, NNTP, FTP, FTP-EXTENDED, MYSQL, MSSQL, POP3, CITRIX-AG, CITRIX-XD-DDC, CITRIX-WI-EXTENDED, CITRIX-XNC or CITRIX-XDM server. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#username Lbmonitor#username}
        :param validatecred: Validate the credentials of the Xen Desktop DDC server user. Applicable to monitors of type CITRIX-XD-DDC. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#validatecred Lbmonitor#validatecred}
        :param vendorid: Vendor-Id value for the Capabilities-Exchange-Request (CER) message to use for monitoring Diameter servers. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#vendorid Lbmonitor#vendorid}
        :param vendorspecificacctapplicationids: List of Vendor-Specific-Acct-Application-Id attribute value pairs (AVPs) to use for monitoring Diameter servers. A maximum of eight of these AVPs are supported in a monitoring message. The specified value is combined with the value of vendorSpecificVendorId to obtain the Vendor-Specific-Application-Id AVP in the CER monitoring message. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#vendorspecificacctapplicationids Lbmonitor#vendorspecificacctapplicationids}
        :param vendorspecificauthapplicationids: List of Vendor-Specific-Auth-Application-Id attribute value pairs (AVPs) for the Capabilities-Exchange-Request (CER) message to use for monitoring Diameter servers. A maximum of eight of these AVPs are supported in a monitoring message. The specified value is combined with the value of vendorSpecificVendorId to obtain the Vendor-Specific-Application-Id AVP in the CER monitoring message. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#vendorspecificauthapplicationids Lbmonitor#vendorspecificauthapplicationids}
        :param vendorspecificvendorid: Vendor-Id to use in the Vendor-Specific-Application-Id grouped attribute-value pair (AVP) in the monitoring CER message. To specify Auth-Application-Id or Acct-Application-Id in Vendor-Specific-Application-Id, use vendorSpecificAuthApplicationIds or vendorSpecificAcctApplicationIds, respectively. Only one Vendor-Id is supported for all the Vendor-Specific-Application-Id AVPs in a CER monitoring message. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#vendorspecificvendorid Lbmonitor#vendorspecificvendorid}
        '''
        if isinstance(lifecycle, dict):
            lifecycle = _cdktf_9a9027ec.TerraformResourceLifecycle(**lifecycle)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__eee7ee34a9e3c358ce605cfb196e6954884c510db771adf6e64ced399c067e59)
            check_type(argname="argument connection", value=connection, expected_type=type_hints["connection"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument depends_on", value=depends_on, expected_type=type_hints["depends_on"])
            check_type(argname="argument for_each", value=for_each, expected_type=type_hints["for_each"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument provisioners", value=provisioners, expected_type=type_hints["provisioners"])
            check_type(argname="argument monitorname", value=monitorname, expected_type=type_hints["monitorname"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument acctapplicationid", value=acctapplicationid, expected_type=type_hints["acctapplicationid"])
            check_type(argname="argument action", value=action, expected_type=type_hints["action"])
            check_type(argname="argument alertretries", value=alertretries, expected_type=type_hints["alertretries"])
            check_type(argname="argument application", value=application, expected_type=type_hints["application"])
            check_type(argname="argument attribute", value=attribute, expected_type=type_hints["attribute"])
            check_type(argname="argument authapplicationid", value=authapplicationid, expected_type=type_hints["authapplicationid"])
            check_type(argname="argument basedn", value=basedn, expected_type=type_hints["basedn"])
            check_type(argname="argument binddn", value=binddn, expected_type=type_hints["binddn"])
            check_type(argname="argument customheaders", value=customheaders, expected_type=type_hints["customheaders"])
            check_type(argname="argument database", value=database, expected_type=type_hints["database"])
            check_type(argname="argument destip", value=destip, expected_type=type_hints["destip"])
            check_type(argname="argument destport", value=destport, expected_type=type_hints["destport"])
            check_type(argname="argument deviation", value=deviation, expected_type=type_hints["deviation"])
            check_type(argname="argument dispatcherip", value=dispatcherip, expected_type=type_hints["dispatcherip"])
            check_type(argname="argument dispatcherport", value=dispatcherport, expected_type=type_hints["dispatcherport"])
            check_type(argname="argument domain", value=domain, expected_type=type_hints["domain"])
            check_type(argname="argument downtime", value=downtime, expected_type=type_hints["downtime"])
            check_type(argname="argument evalrule", value=evalrule, expected_type=type_hints["evalrule"])
            check_type(argname="argument failureretries", value=failureretries, expected_type=type_hints["failureretries"])
            check_type(argname="argument filename", value=filename, expected_type=type_hints["filename"])
            check_type(argname="argument filter", value=filter, expected_type=type_hints["filter"])
            check_type(argname="argument firmwarerevision", value=firmwarerevision, expected_type=type_hints["firmwarerevision"])
            check_type(argname="argument group", value=group, expected_type=type_hints["group"])
            check_type(argname="argument grpchealthcheck", value=grpchealthcheck, expected_type=type_hints["grpchealthcheck"])
            check_type(argname="argument grpcservicename", value=grpcservicename, expected_type=type_hints["grpcservicename"])
            check_type(argname="argument grpcstatuscode", value=grpcstatuscode, expected_type=type_hints["grpcstatuscode"])
            check_type(argname="argument hostipaddress", value=hostipaddress, expected_type=type_hints["hostipaddress"])
            check_type(argname="argument hostname", value=hostname, expected_type=type_hints["hostname"])
            check_type(argname="argument httprequest", value=httprequest, expected_type=type_hints["httprequest"])
            check_type(argname="argument inbandsecurityid", value=inbandsecurityid, expected_type=type_hints["inbandsecurityid"])
            check_type(argname="argument interval", value=interval, expected_type=type_hints["interval"])
            check_type(argname="argument ipaddress", value=ipaddress, expected_type=type_hints["ipaddress"])
            check_type(argname="argument iptunnel", value=iptunnel, expected_type=type_hints["iptunnel"])
            check_type(argname="argument kcdaccount", value=kcdaccount, expected_type=type_hints["kcdaccount"])
            check_type(argname="argument lasversion", value=lasversion, expected_type=type_hints["lasversion"])
            check_type(argname="argument logonpointname", value=logonpointname, expected_type=type_hints["logonpointname"])
            check_type(argname="argument lrtm", value=lrtm, expected_type=type_hints["lrtm"])
            check_type(argname="argument maxforwards", value=maxforwards, expected_type=type_hints["maxforwards"])
            check_type(argname="argument metric", value=metric, expected_type=type_hints["metric"])
            check_type(argname="argument metrictable", value=metrictable, expected_type=type_hints["metrictable"])
            check_type(argname="argument metricthreshold", value=metricthreshold, expected_type=type_hints["metricthreshold"])
            check_type(argname="argument metricweight", value=metricweight, expected_type=type_hints["metricweight"])
            check_type(argname="argument mqttclientidentifier", value=mqttclientidentifier, expected_type=type_hints["mqttclientidentifier"])
            check_type(argname="argument mqttversion", value=mqttversion, expected_type=type_hints["mqttversion"])
            check_type(argname="argument mssqlprotocolversion", value=mssqlprotocolversion, expected_type=type_hints["mssqlprotocolversion"])
            check_type(argname="argument netprofile", value=netprofile, expected_type=type_hints["netprofile"])
            check_type(argname="argument oraclesid", value=oraclesid, expected_type=type_hints["oraclesid"])
            check_type(argname="argument originhost", value=originhost, expected_type=type_hints["originhost"])
            check_type(argname="argument originrealm", value=originrealm, expected_type=type_hints["originrealm"])
            check_type(argname="argument password", value=password, expected_type=type_hints["password"])
            check_type(argname="argument password_wo", value=password_wo, expected_type=type_hints["password_wo"])
            check_type(argname="argument password_wo_version", value=password_wo_version, expected_type=type_hints["password_wo_version"])
            check_type(argname="argument productname", value=productname, expected_type=type_hints["productname"])
            check_type(argname="argument query", value=query, expected_type=type_hints["query"])
            check_type(argname="argument querytype", value=querytype, expected_type=type_hints["querytype"])
            check_type(argname="argument radaccountsession", value=radaccountsession, expected_type=type_hints["radaccountsession"])
            check_type(argname="argument radaccounttype", value=radaccounttype, expected_type=type_hints["radaccounttype"])
            check_type(argname="argument radapn", value=radapn, expected_type=type_hints["radapn"])
            check_type(argname="argument radframedip", value=radframedip, expected_type=type_hints["radframedip"])
            check_type(argname="argument radkey", value=radkey, expected_type=type_hints["radkey"])
            check_type(argname="argument radkey_wo", value=radkey_wo, expected_type=type_hints["radkey_wo"])
            check_type(argname="argument radkey_wo_version", value=radkey_wo_version, expected_type=type_hints["radkey_wo_version"])
            check_type(argname="argument radmsisdn", value=radmsisdn, expected_type=type_hints["radmsisdn"])
            check_type(argname="argument radnasid", value=radnasid, expected_type=type_hints["radnasid"])
            check_type(argname="argument radnasip", value=radnasip, expected_type=type_hints["radnasip"])
            check_type(argname="argument recv", value=recv, expected_type=type_hints["recv"])
            check_type(argname="argument respcode", value=respcode, expected_type=type_hints["respcode"])
            check_type(argname="argument resptimeout", value=resptimeout, expected_type=type_hints["resptimeout"])
            check_type(argname="argument resptimeoutthresh", value=resptimeoutthresh, expected_type=type_hints["resptimeoutthresh"])
            check_type(argname="argument retries", value=retries, expected_type=type_hints["retries"])
            check_type(argname="argument reverse", value=reverse, expected_type=type_hints["reverse"])
            check_type(argname="argument rtsprequest", value=rtsprequest, expected_type=type_hints["rtsprequest"])
            check_type(argname="argument scriptargs", value=scriptargs, expected_type=type_hints["scriptargs"])
            check_type(argname="argument scriptname", value=scriptname, expected_type=type_hints["scriptname"])
            check_type(argname="argument secondarypassword", value=secondarypassword, expected_type=type_hints["secondarypassword"])
            check_type(argname="argument secondarypassword_wo", value=secondarypassword_wo, expected_type=type_hints["secondarypassword_wo"])
            check_type(argname="argument secondarypassword_wo_version", value=secondarypassword_wo_version, expected_type=type_hints["secondarypassword_wo_version"])
            check_type(argname="argument secure", value=secure, expected_type=type_hints["secure"])
            check_type(argname="argument secureargs", value=secureargs, expected_type=type_hints["secureargs"])
            check_type(argname="argument secureargs_wo", value=secureargs_wo, expected_type=type_hints["secureargs_wo"])
            check_type(argname="argument secureargs_wo_version", value=secureargs_wo_version, expected_type=type_hints["secureargs_wo_version"])
            check_type(argname="argument send", value=send, expected_type=type_hints["send"])
            check_type(argname="argument servicegroupname", value=servicegroupname, expected_type=type_hints["servicegroupname"])
            check_type(argname="argument servicename", value=servicename, expected_type=type_hints["servicename"])
            check_type(argname="argument sipmethod", value=sipmethod, expected_type=type_hints["sipmethod"])
            check_type(argname="argument sipreguri", value=sipreguri, expected_type=type_hints["sipreguri"])
            check_type(argname="argument sipuri", value=sipuri, expected_type=type_hints["sipuri"])
            check_type(argname="argument sitepath", value=sitepath, expected_type=type_hints["sitepath"])
            check_type(argname="argument snmpcommunity", value=snmpcommunity, expected_type=type_hints["snmpcommunity"])
            check_type(argname="argument snmpoid", value=snmpoid, expected_type=type_hints["snmpoid"])
            check_type(argname="argument snmpthreshold", value=snmpthreshold, expected_type=type_hints["snmpthreshold"])
            check_type(argname="argument snmpversion", value=snmpversion, expected_type=type_hints["snmpversion"])
            check_type(argname="argument sqlquery", value=sqlquery, expected_type=type_hints["sqlquery"])
            check_type(argname="argument sslprofile", value=sslprofile, expected_type=type_hints["sslprofile"])
            check_type(argname="argument state", value=state, expected_type=type_hints["state"])
            check_type(argname="argument storedb", value=storedb, expected_type=type_hints["storedb"])
            check_type(argname="argument storefrontacctservice", value=storefrontacctservice, expected_type=type_hints["storefrontacctservice"])
            check_type(argname="argument storefrontcheckbackendservices", value=storefrontcheckbackendservices, expected_type=type_hints["storefrontcheckbackendservices"])
            check_type(argname="argument storename", value=storename, expected_type=type_hints["storename"])
            check_type(argname="argument successretries", value=successretries, expected_type=type_hints["successretries"])
            check_type(argname="argument supportedvendorids", value=supportedvendorids, expected_type=type_hints["supportedvendorids"])
            check_type(argname="argument tos", value=tos, expected_type=type_hints["tos"])
            check_type(argname="argument tosid", value=tosid, expected_type=type_hints["tosid"])
            check_type(argname="argument transparent", value=transparent, expected_type=type_hints["transparent"])
            check_type(argname="argument trofscode", value=trofscode, expected_type=type_hints["trofscode"])
            check_type(argname="argument trofsstring", value=trofsstring, expected_type=type_hints["trofsstring"])
            check_type(argname="argument units1", value=units1, expected_type=type_hints["units1"])
            check_type(argname="argument units2", value=units2, expected_type=type_hints["units2"])
            check_type(argname="argument units3", value=units3, expected_type=type_hints["units3"])
            check_type(argname="argument units4", value=units4, expected_type=type_hints["units4"])
            check_type(argname="argument username", value=username, expected_type=type_hints["username"])
            check_type(argname="argument validatecred", value=validatecred, expected_type=type_hints["validatecred"])
            check_type(argname="argument vendorid", value=vendorid, expected_type=type_hints["vendorid"])
            check_type(argname="argument vendorspecificacctapplicationids", value=vendorspecificacctapplicationids, expected_type=type_hints["vendorspecificacctapplicationids"])
            check_type(argname="argument vendorspecificauthapplicationids", value=vendorspecificauthapplicationids, expected_type=type_hints["vendorspecificauthapplicationids"])
            check_type(argname="argument vendorspecificvendorid", value=vendorspecificvendorid, expected_type=type_hints["vendorspecificvendorid"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "monitorname": monitorname,
            "type": type,
        }
        if connection is not None:
            self._values["connection"] = connection
        if count is not None:
            self._values["count"] = count
        if depends_on is not None:
            self._values["depends_on"] = depends_on
        if for_each is not None:
            self._values["for_each"] = for_each
        if lifecycle is not None:
            self._values["lifecycle"] = lifecycle
        if provider is not None:
            self._values["provider"] = provider
        if provisioners is not None:
            self._values["provisioners"] = provisioners
        if acctapplicationid is not None:
            self._values["acctapplicationid"] = acctapplicationid
        if action is not None:
            self._values["action"] = action
        if alertretries is not None:
            self._values["alertretries"] = alertretries
        if application is not None:
            self._values["application"] = application
        if attribute is not None:
            self._values["attribute"] = attribute
        if authapplicationid is not None:
            self._values["authapplicationid"] = authapplicationid
        if basedn is not None:
            self._values["basedn"] = basedn
        if binddn is not None:
            self._values["binddn"] = binddn
        if customheaders is not None:
            self._values["customheaders"] = customheaders
        if database is not None:
            self._values["database"] = database
        if destip is not None:
            self._values["destip"] = destip
        if destport is not None:
            self._values["destport"] = destport
        if deviation is not None:
            self._values["deviation"] = deviation
        if dispatcherip is not None:
            self._values["dispatcherip"] = dispatcherip
        if dispatcherport is not None:
            self._values["dispatcherport"] = dispatcherport
        if domain is not None:
            self._values["domain"] = domain
        if downtime is not None:
            self._values["downtime"] = downtime
        if evalrule is not None:
            self._values["evalrule"] = evalrule
        if failureretries is not None:
            self._values["failureretries"] = failureretries
        if filename is not None:
            self._values["filename"] = filename
        if filter is not None:
            self._values["filter"] = filter
        if firmwarerevision is not None:
            self._values["firmwarerevision"] = firmwarerevision
        if group is not None:
            self._values["group"] = group
        if grpchealthcheck is not None:
            self._values["grpchealthcheck"] = grpchealthcheck
        if grpcservicename is not None:
            self._values["grpcservicename"] = grpcservicename
        if grpcstatuscode is not None:
            self._values["grpcstatuscode"] = grpcstatuscode
        if hostipaddress is not None:
            self._values["hostipaddress"] = hostipaddress
        if hostname is not None:
            self._values["hostname"] = hostname
        if httprequest is not None:
            self._values["httprequest"] = httprequest
        if inbandsecurityid is not None:
            self._values["inbandsecurityid"] = inbandsecurityid
        if interval is not None:
            self._values["interval"] = interval
        if ipaddress is not None:
            self._values["ipaddress"] = ipaddress
        if iptunnel is not None:
            self._values["iptunnel"] = iptunnel
        if kcdaccount is not None:
            self._values["kcdaccount"] = kcdaccount
        if lasversion is not None:
            self._values["lasversion"] = lasversion
        if logonpointname is not None:
            self._values["logonpointname"] = logonpointname
        if lrtm is not None:
            self._values["lrtm"] = lrtm
        if maxforwards is not None:
            self._values["maxforwards"] = maxforwards
        if metric is not None:
            self._values["metric"] = metric
        if metrictable is not None:
            self._values["metrictable"] = metrictable
        if metricthreshold is not None:
            self._values["metricthreshold"] = metricthreshold
        if metricweight is not None:
            self._values["metricweight"] = metricweight
        if mqttclientidentifier is not None:
            self._values["mqttclientidentifier"] = mqttclientidentifier
        if mqttversion is not None:
            self._values["mqttversion"] = mqttversion
        if mssqlprotocolversion is not None:
            self._values["mssqlprotocolversion"] = mssqlprotocolversion
        if netprofile is not None:
            self._values["netprofile"] = netprofile
        if oraclesid is not None:
            self._values["oraclesid"] = oraclesid
        if originhost is not None:
            self._values["originhost"] = originhost
        if originrealm is not None:
            self._values["originrealm"] = originrealm
        if password is not None:
            self._values["password"] = password
        if password_wo is not None:
            self._values["password_wo"] = password_wo
        if password_wo_version is not None:
            self._values["password_wo_version"] = password_wo_version
        if productname is not None:
            self._values["productname"] = productname
        if query is not None:
            self._values["query"] = query
        if querytype is not None:
            self._values["querytype"] = querytype
        if radaccountsession is not None:
            self._values["radaccountsession"] = radaccountsession
        if radaccounttype is not None:
            self._values["radaccounttype"] = radaccounttype
        if radapn is not None:
            self._values["radapn"] = radapn
        if radframedip is not None:
            self._values["radframedip"] = radframedip
        if radkey is not None:
            self._values["radkey"] = radkey
        if radkey_wo is not None:
            self._values["radkey_wo"] = radkey_wo
        if radkey_wo_version is not None:
            self._values["radkey_wo_version"] = radkey_wo_version
        if radmsisdn is not None:
            self._values["radmsisdn"] = radmsisdn
        if radnasid is not None:
            self._values["radnasid"] = radnasid
        if radnasip is not None:
            self._values["radnasip"] = radnasip
        if recv is not None:
            self._values["recv"] = recv
        if respcode is not None:
            self._values["respcode"] = respcode
        if resptimeout is not None:
            self._values["resptimeout"] = resptimeout
        if resptimeoutthresh is not None:
            self._values["resptimeoutthresh"] = resptimeoutthresh
        if retries is not None:
            self._values["retries"] = retries
        if reverse is not None:
            self._values["reverse"] = reverse
        if rtsprequest is not None:
            self._values["rtsprequest"] = rtsprequest
        if scriptargs is not None:
            self._values["scriptargs"] = scriptargs
        if scriptname is not None:
            self._values["scriptname"] = scriptname
        if secondarypassword is not None:
            self._values["secondarypassword"] = secondarypassword
        if secondarypassword_wo is not None:
            self._values["secondarypassword_wo"] = secondarypassword_wo
        if secondarypassword_wo_version is not None:
            self._values["secondarypassword_wo_version"] = secondarypassword_wo_version
        if secure is not None:
            self._values["secure"] = secure
        if secureargs is not None:
            self._values["secureargs"] = secureargs
        if secureargs_wo is not None:
            self._values["secureargs_wo"] = secureargs_wo
        if secureargs_wo_version is not None:
            self._values["secureargs_wo_version"] = secureargs_wo_version
        if send is not None:
            self._values["send"] = send
        if servicegroupname is not None:
            self._values["servicegroupname"] = servicegroupname
        if servicename is not None:
            self._values["servicename"] = servicename
        if sipmethod is not None:
            self._values["sipmethod"] = sipmethod
        if sipreguri is not None:
            self._values["sipreguri"] = sipreguri
        if sipuri is not None:
            self._values["sipuri"] = sipuri
        if sitepath is not None:
            self._values["sitepath"] = sitepath
        if snmpcommunity is not None:
            self._values["snmpcommunity"] = snmpcommunity
        if snmpoid is not None:
            self._values["snmpoid"] = snmpoid
        if snmpthreshold is not None:
            self._values["snmpthreshold"] = snmpthreshold
        if snmpversion is not None:
            self._values["snmpversion"] = snmpversion
        if sqlquery is not None:
            self._values["sqlquery"] = sqlquery
        if sslprofile is not None:
            self._values["sslprofile"] = sslprofile
        if state is not None:
            self._values["state"] = state
        if storedb is not None:
            self._values["storedb"] = storedb
        if storefrontacctservice is not None:
            self._values["storefrontacctservice"] = storefrontacctservice
        if storefrontcheckbackendservices is not None:
            self._values["storefrontcheckbackendservices"] = storefrontcheckbackendservices
        if storename is not None:
            self._values["storename"] = storename
        if successretries is not None:
            self._values["successretries"] = successretries
        if supportedvendorids is not None:
            self._values["supportedvendorids"] = supportedvendorids
        if tos is not None:
            self._values["tos"] = tos
        if tosid is not None:
            self._values["tosid"] = tosid
        if transparent is not None:
            self._values["transparent"] = transparent
        if trofscode is not None:
            self._values["trofscode"] = trofscode
        if trofsstring is not None:
            self._values["trofsstring"] = trofsstring
        if units1 is not None:
            self._values["units1"] = units1
        if units2 is not None:
            self._values["units2"] = units2
        if units3 is not None:
            self._values["units3"] = units3
        if units4 is not None:
            self._values["units4"] = units4
        if username is not None:
            self._values["username"] = username
        if validatecred is not None:
            self._values["validatecred"] = validatecred
        if vendorid is not None:
            self._values["vendorid"] = vendorid
        if vendorspecificacctapplicationids is not None:
            self._values["vendorspecificacctapplicationids"] = vendorspecificacctapplicationids
        if vendorspecificauthapplicationids is not None:
            self._values["vendorspecificauthapplicationids"] = vendorspecificauthapplicationids
        if vendorspecificvendorid is not None:
            self._values["vendorspecificvendorid"] = vendorspecificvendorid

    @builtins.property
    def connection(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, _cdktf_9a9027ec.WinrmProvisionerConnection]]:
        '''
        :stability: experimental
        '''
        result = self._values.get("connection")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, _cdktf_9a9027ec.WinrmProvisionerConnection]], result)

    @builtins.property
    def count(
        self,
    ) -> typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]]:
        '''
        :stability: experimental
        '''
        result = self._values.get("count")
        return typing.cast(typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]], result)

    @builtins.property
    def depends_on(
        self,
    ) -> typing.Optional[typing.List[_cdktf_9a9027ec.ITerraformDependable]]:
        '''
        :stability: experimental
        '''
        result = self._values.get("depends_on")
        return typing.cast(typing.Optional[typing.List[_cdktf_9a9027ec.ITerraformDependable]], result)

    @builtins.property
    def for_each(self) -> typing.Optional[_cdktf_9a9027ec.ITerraformIterator]:
        '''
        :stability: experimental
        '''
        result = self._values.get("for_each")
        return typing.cast(typing.Optional[_cdktf_9a9027ec.ITerraformIterator], result)

    @builtins.property
    def lifecycle(self) -> typing.Optional[_cdktf_9a9027ec.TerraformResourceLifecycle]:
        '''
        :stability: experimental
        '''
        result = self._values.get("lifecycle")
        return typing.cast(typing.Optional[_cdktf_9a9027ec.TerraformResourceLifecycle], result)

    @builtins.property
    def provider(self) -> typing.Optional[_cdktf_9a9027ec.TerraformProvider]:
        '''
        :stability: experimental
        '''
        result = self._values.get("provider")
        return typing.cast(typing.Optional[_cdktf_9a9027ec.TerraformProvider], result)

    @builtins.property
    def provisioners(
        self,
    ) -> typing.Optional[typing.List[typing.Union[_cdktf_9a9027ec.FileProvisioner, _cdktf_9a9027ec.LocalExecProvisioner, _cdktf_9a9027ec.RemoteExecProvisioner]]]:
        '''
        :stability: experimental
        '''
        result = self._values.get("provisioners")
        return typing.cast(typing.Optional[typing.List[typing.Union[_cdktf_9a9027ec.FileProvisioner, _cdktf_9a9027ec.LocalExecProvisioner, _cdktf_9a9027ec.RemoteExecProvisioner]]], result)

    @builtins.property
    def monitorname(self) -> builtins.str:
        '''Name for the monitor.

        Must begin with an ASCII alphanumeric or underscore (_) character, and must contain only ASCII alphanumeric, underscore, hash (#), period (.), space, colon (:), at (@), equals (=), and hyphen (-) characters.

        CLI Users:  If the name includes one or more spaces, enclose the name in double or single quotation marks (for example, "my monitor" or 'my monitor').

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#monitorname Lbmonitor#monitorname}
        '''
        result = self._values.get("monitorname")
        assert result is not None, "Required property 'monitorname' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def type(self) -> builtins.str:
        '''Type of monitor that you want to create.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#type Lbmonitor#type}
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def acctapplicationid(self) -> typing.Optional[typing.List[jsii.Number]]:
        '''List of Acct-Application-Id attribute value pairs (AVPs) for the Capabilities-Exchange-Request (CER) message to use for monitoring Diameter servers.

        A maximum of eight of these AVPs are supported in a monitoring message.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#acctapplicationid Lbmonitor#acctapplicationid}
        '''
        result = self._values.get("acctapplicationid")
        return typing.cast(typing.Optional[typing.List[jsii.Number]], result)

    @builtins.property
    def action(self) -> typing.Optional[builtins.str]:
        '''Action to perform when the response to an inline monitor (a monitor of type HTTP-INLINE) indicates that the service is down.

        A service monitored by an inline monitor is considered DOWN if the response code is not one of the codes that have been specified for the Response Code parameter.
        Available settings function as follows:

        - NONE - Do not take any action. However, the show service command and the show lb monitor command indicate the total number of responses that were checked and the number of consecutive error responses received after the last successful probe.
        - LOG - Log the event in NSLOG or SYSLOG.
        - DOWN - Mark the service as being down, and then do not direct any traffic to the service until the configured down time has expired. Persistent connections to the service are terminated as soon as the service is marked as DOWN. Also, log the event in NSLOG or SYSLOG.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#action Lbmonitor#action}
        '''
        result = self._values.get("action")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def alertretries(self) -> typing.Optional[jsii.Number]:
        '''Number of consecutive probe failures after which the appliance generates an SNMP trap called monProbeFailed.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#alertretries Lbmonitor#alertretries}
        '''
        result = self._values.get("alertretries")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def application(self) -> typing.Optional[builtins.str]:
        '''Name of the application used to determine the state of the service. Applicable to monitors of type CITRIX-XML-SERVICE.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#application Lbmonitor#application}
        '''
        result = self._values.get("application")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def attribute(self) -> typing.Optional[builtins.str]:
        '''Attribute to evaluate when the LDAP server responds to the query.

        Success or failure of the monitoring probe depends on whether the attribute exists in the response. Optional.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#attribute Lbmonitor#attribute}
        '''
        result = self._values.get("attribute")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def authapplicationid(self) -> typing.Optional[typing.List[jsii.Number]]:
        '''List of Auth-Application-Id attribute value pairs (AVPs) for the Capabilities-Exchange-Request (CER) message to use for monitoring Diameter servers.

        A maximum of eight of these AVPs are supported in a monitoring CER message.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#authapplicationid Lbmonitor#authapplicationid}
        '''
        result = self._values.get("authapplicationid")
        return typing.cast(typing.Optional[typing.List[jsii.Number]], result)

    @builtins.property
    def basedn(self) -> typing.Optional[builtins.str]:
        '''The base distinguished name of the LDAP service, from where the LDAP server can begin the search for the attributes in the monitoring query.

        Required for LDAP service monitoring.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#basedn Lbmonitor#basedn}
        '''
        result = self._values.get("basedn")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def binddn(self) -> typing.Optional[builtins.str]:
        '''The distinguished name with which an LDAP monitor can perform the Bind operation on the LDAP server.

        Optional. Applicable to LDAP monitors.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#binddn Lbmonitor#binddn}
        '''
        result = self._values.get("binddn")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def customheaders(self) -> typing.Optional[builtins.str]:
        '''Custom header string to include in the monitoring probes.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#customheaders Lbmonitor#customheaders}
        '''
        result = self._values.get("customheaders")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def database(self) -> typing.Optional[builtins.str]:
        '''Name of the database to connect to during authentication.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#database Lbmonitor#database}
        '''
        result = self._values.get("database")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def destip(self) -> typing.Optional[builtins.str]:
        '''IP address of the service to which to send probes.

        If the parameter is set to 0, the IP address of the server to which the monitor is bound is considered the destination IP address.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#destip Lbmonitor#destip}
        '''
        result = self._values.get("destip")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def destport(self) -> typing.Optional[jsii.Number]:
        '''TCP or UDP port to which to send the probe.

        If the parameter is set to 0, the port number of the service to which the monitor is bound is considered the destination port. For a monitor of type USER, however, the destination port is the port number that is included in the HTTP request sent to the dispatcher. Does not apply to monitors of type PING.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#destport Lbmonitor#destport}
        '''
        result = self._values.get("destport")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def deviation(self) -> typing.Optional[jsii.Number]:
        '''Time value added to the learned average response time in dynamic response time monitoring (DRTM).

        When a deviation is specified, the appliance learns the average response time of bound services and adds the deviation to the average. The final value is then continually adjusted to accommodate response time variations over time. Specified in milliseconds, seconds, or minutes.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#deviation Lbmonitor#deviation}
        '''
        result = self._values.get("deviation")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def dispatcherip(self) -> typing.Optional[builtins.str]:
        '''IP address of the dispatcher to which to send the probe.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#dispatcherip Lbmonitor#dispatcherip}
        '''
        result = self._values.get("dispatcherip")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def dispatcherport(self) -> typing.Optional[jsii.Number]:
        '''Port number on which the dispatcher listens for the monitoring probe.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#dispatcherport Lbmonitor#dispatcherport}
        '''
        result = self._values.get("dispatcherport")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def domain(self) -> typing.Optional[builtins.str]:
        '''Domain in which the XenDesktop Desktop Delivery Controller (DDC) servers or Web Interface servers are present.

        Required by CITRIX-XD-DDC and CITRIX-WI-EXTENDED monitors for logging on to the DDC servers and Web Interface servers, respectively.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#domain Lbmonitor#domain}
        '''
        result = self._values.get("domain")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def downtime(self) -> typing.Optional[jsii.Number]:
        '''Time duration for which to wait before probing a service that has been marked as DOWN.

        Expressed in milliseconds, seconds, or minutes.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#downtime Lbmonitor#downtime}
        '''
        result = self._values.get("downtime")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def evalrule(self) -> typing.Optional[builtins.str]:
        '''Expression that evaluates the database server's response to a MYSQL-ECV or MSSQL-ECV monitoring query.

        Must produce a Boolean result. The result determines the state of the server. If the expression returns TRUE, the probe succeeds.
        For example, if you want the appliance to evaluate the error message to determine the state of the server, use the rule MYSQL.RES.ROW(10) .TEXT_ELEM(2).EQ("MySQL").

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#evalrule Lbmonitor#evalrule}
        '''
        result = self._values.get("evalrule")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def failureretries(self) -> typing.Optional[jsii.Number]:
        '''Number of retries that must fail, out of the number specified for the Retries parameter, for a service to be marked as DOWN.

        For example, if the Retries parameter is set to 10 and the Failure Retries parameter is set to 6, out of the ten probes sent, at least six probes must fail if the service is to be marked as DOWN. The default value of 0 means that all the retries must fail if the service is to be marked as DOWN.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#failureretries Lbmonitor#failureretries}
        '''
        result = self._values.get("failureretries")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def filename(self) -> typing.Optional[builtins.str]:
        '''Name of a file on the FTP server.

        The appliance monitors the FTP service by periodically checking the existence of the file on the server. Applicable to FTP-EXTENDED monitors.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#filename Lbmonitor#filename}
        '''
        result = self._values.get("filename")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def filter(self) -> typing.Optional[builtins.str]:
        '''Filter criteria for the LDAP query. Optional.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#filter Lbmonitor#filter}
        '''
        result = self._values.get("filter")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def firmwarerevision(self) -> typing.Optional[jsii.Number]:
        '''Firmware-Revision value for the Capabilities-Exchange-Request (CER) message to use for monitoring Diameter servers.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#firmwarerevision Lbmonitor#firmwarerevision}
        '''
        result = self._values.get("firmwarerevision")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def group(self) -> typing.Optional[builtins.str]:
        '''Name of a newsgroup available on the NNTP service that is to be monitored.

        The appliance periodically generates an NNTP query for the name of the newsgroup and evaluates the response. If the newsgroup is found on the server, the service is marked as UP. If the newsgroup does not exist or if the search fails, the service is marked as DOWN. Applicable to NNTP monitors.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#group Lbmonitor#group}
        '''
        result = self._values.get("group")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def grpchealthcheck(self) -> typing.Optional[builtins.str]:
        '''Option to enable or disable gRPC health check service.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#grpchealthcheck Lbmonitor#grpchealthcheck}
        '''
        result = self._values.get("grpchealthcheck")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def grpcservicename(self) -> typing.Optional[builtins.str]:
        '''Option to specify gRPC service name on which gRPC health check need to be performed.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#grpcservicename Lbmonitor#grpcservicename}
        '''
        result = self._values.get("grpcservicename")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def grpcstatuscode(self) -> typing.Optional[typing.List[jsii.Number]]:
        '''gRPC status codes for which to mark the service as UP.

        The default value is 12(health check unimplemented). If the gRPC status code 0 is received from the backend this configuration is ignored.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#grpcstatuscode Lbmonitor#grpcstatuscode}
        '''
        result = self._values.get("grpcstatuscode")
        return typing.cast(typing.Optional[typing.List[jsii.Number]], result)

    @builtins.property
    def hostipaddress(self) -> typing.Optional[builtins.str]:
        '''Host-IP-Address value for the Capabilities-Exchange-Request (CER) message to use for monitoring Diameter servers.

        If Host-IP-Address is not specified, the appliance inserts the mapped IP (MIP) address or subnet IP (SNIP) address from which the CER request (the monitoring probe) is sent.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#hostipaddress Lbmonitor#hostipaddress}
        '''
        result = self._values.get("hostipaddress")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def hostname(self) -> typing.Optional[builtins.str]:
        '''Hostname in the FQDN format (Example: porche.cars.org). Applicable to STOREFRONT monitors.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#hostname Lbmonitor#hostname}
        '''
        result = self._values.get("hostname")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def httprequest(self) -> typing.Optional[builtins.str]:
        '''HTTP request to send to the server (for example, "HEAD /file.html").

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#httprequest Lbmonitor#httprequest}
        '''
        result = self._values.get("httprequest")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def inbandsecurityid(self) -> typing.Optional[builtins.str]:
        '''Inband-Security-Id for the Capabilities-Exchange-Request (CER) message to use for monitoring Diameter servers.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#inbandsecurityid Lbmonitor#inbandsecurityid}
        '''
        result = self._values.get("inbandsecurityid")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def interval(self) -> typing.Optional[jsii.Number]:
        '''Time interval between two successive probes. Must be greater than the value of Response Time-out.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#interval Lbmonitor#interval}
        '''
        result = self._values.get("interval")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def ipaddress(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Set of IP addresses expected in the monitoring response from the DNS server, if the record type is A or AAAA.

        Applicable to DNS monitors.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#ipaddress Lbmonitor#ipaddress}
        '''
        result = self._values.get("ipaddress")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def iptunnel(self) -> typing.Optional[builtins.str]:
        '''Send the monitoring probe to the service through an IP tunnel. A destination IP address must be specified.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#iptunnel Lbmonitor#iptunnel}
        '''
        result = self._values.get("iptunnel")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def kcdaccount(self) -> typing.Optional[builtins.str]:
        '''KCD Account used by MSSQL monitor.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#kcdaccount Lbmonitor#kcdaccount}
        '''
        result = self._values.get("kcdaccount")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def lasversion(self) -> typing.Optional[builtins.str]:
        '''Version number of the Citrix Advanced Access Control Logon Agent. Required by the CITRIX-AAC-LAS monitor.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#lasversion Lbmonitor#lasversion}
        '''
        result = self._values.get("lasversion")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def logonpointname(self) -> typing.Optional[builtins.str]:
        '''Name of the logon point that is configured for the Citrix Access Gateway Advanced Access Control software.

        Required if you want to monitor the associated login page or Logon Agent. Applicable to CITRIX-AAC-LAS and CITRIX-AAC-LOGINPAGE monitors.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#logonpointname Lbmonitor#logonpointname}
        '''
        result = self._values.get("logonpointname")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def lrtm(self) -> typing.Optional[builtins.str]:
        '''Calculate the least response times for bound services.

        If this parameter is not enabled, the appliance does not learn the response times of the bound services. Also used for LRTM load balancing.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#lrtm Lbmonitor#lrtm}
        '''
        result = self._values.get("lrtm")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def maxforwards(self) -> typing.Optional[jsii.Number]:
        '''Maximum number of hops that the SIP request used for monitoring can traverse to reach the server.

        Applicable only to monitors of type SIP-UDP.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#maxforwards Lbmonitor#maxforwards}
        '''
        result = self._values.get("maxforwards")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def metric(self) -> typing.Optional[builtins.str]:
        '''Metric name in the metric table, whose setting is changed.

        A value zero disables the metric and it will not be used for load calculation

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#metric Lbmonitor#metric}
        '''
        result = self._values.get("metric")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def metrictable(self) -> typing.Optional[builtins.str]:
        '''Metric table to which to bind metrics.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#metrictable Lbmonitor#metrictable}
        '''
        result = self._values.get("metrictable")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def metricthreshold(self) -> typing.Optional[jsii.Number]:
        '''Threshold to be used for that metric.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#metricthreshold Lbmonitor#metricthreshold}
        '''
        result = self._values.get("metricthreshold")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def metricweight(self) -> typing.Optional[jsii.Number]:
        '''The weight for the specified service metric with respect to others.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#metricweight Lbmonitor#metricweight}
        '''
        result = self._values.get("metricweight")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def mqttclientidentifier(self) -> typing.Optional[builtins.str]:
        '''Client id to be used in Connect command.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#mqttclientidentifier Lbmonitor#mqttclientidentifier}
        '''
        result = self._values.get("mqttclientidentifier")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def mqttversion(self) -> typing.Optional[jsii.Number]:
        '''Version of MQTT protocol used in connect message, default is version 3.1.1 [4].

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#mqttversion Lbmonitor#mqttversion}
        '''
        result = self._values.get("mqttversion")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def mssqlprotocolversion(self) -> typing.Optional[builtins.str]:
        '''Version of MSSQL server that is to be monitored.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#mssqlprotocolversion Lbmonitor#mssqlprotocolversion}
        '''
        result = self._values.get("mssqlprotocolversion")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def netprofile(self) -> typing.Optional[builtins.str]:
        '''Name of the network profile.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#netprofile Lbmonitor#netprofile}
        '''
        result = self._values.get("netprofile")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def oraclesid(self) -> typing.Optional[builtins.str]:
        '''Name of the service identifier that is used to connect to the Oracle database during authentication.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#oraclesid Lbmonitor#oraclesid}
        '''
        result = self._values.get("oraclesid")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def originhost(self) -> typing.Optional[builtins.str]:
        '''Origin-Host value for the Capabilities-Exchange-Request (CER) message to use for monitoring Diameter servers.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#originhost Lbmonitor#originhost}
        '''
        result = self._values.get("originhost")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def originrealm(self) -> typing.Optional[builtins.str]:
        '''Origin-Realm value for the Capabilities-Exchange-Request (CER) message to use for monitoring Diameter servers.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#originrealm Lbmonitor#originrealm}
        '''
        result = self._values.get("originrealm")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def password(self) -> typing.Optional[builtins.str]:
        '''Password that is required for logging on to the RADIUS, NNTP, FTP, FTP-EXTENDED, MYSQL, MSSQL, POP3, CITRIX-AG, CITRIX-XD-DDC, CITRIX-WI-EXTENDED, CITRIX-XNC-ECV or CITRIX-XDM server.

        Used in conjunction with the user name specified for the User Name parameter.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#password Lbmonitor#password}
        '''
        result = self._values.get("password")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def password_wo(self) -> typing.Optional[builtins.str]:
        '''Password that is required for logging on to the RADIUS, NNTP, FTP, FTP-EXTENDED, MYSQL, MSSQL, POP3, CITRIX-AG, CITRIX-XD-DDC, CITRIX-WI-EXTENDED, CITRIX-XNC-ECV or CITRIX-XDM server.

        Used in conjunction with the user name specified for the User Name parameter.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#password_wo Lbmonitor#password_wo}
        '''
        result = self._values.get("password_wo")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def password_wo_version(self) -> typing.Optional[jsii.Number]:
        '''Increment this version to signal a password_wo update.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#password_wo_version Lbmonitor#password_wo_version}
        '''
        result = self._values.get("password_wo_version")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def productname(self) -> typing.Optional[builtins.str]:
        '''Product-Name value for the Capabilities-Exchange-Request (CER) message to use for monitoring Diameter servers.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#productname Lbmonitor#productname}
        '''
        result = self._values.get("productname")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def query(self) -> typing.Optional[builtins.str]:
        '''Domain name to resolve as part of monitoring the DNS service (for example, example.com).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#query Lbmonitor#query}
        '''
        result = self._values.get("query")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def querytype(self) -> typing.Optional[builtins.str]:
        '''Type of DNS record for which to send monitoring queries.

        Set to Address for querying A records, AAAA for querying AAAA records, and Zone for querying the SOA record.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#querytype Lbmonitor#querytype}
        '''
        result = self._values.get("querytype")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def radaccountsession(self) -> typing.Optional[builtins.str]:
        '''Account Session ID to be used in Account Request Packet. Applicable to monitors of type RADIUS_ACCOUNTING.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#radaccountsession Lbmonitor#radaccountsession}
        '''
        result = self._values.get("radaccountsession")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def radaccounttype(self) -> typing.Optional[jsii.Number]:
        '''Account Type to be used in Account Request Packet. Applicable to monitors of type RADIUS_ACCOUNTING.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#radaccounttype Lbmonitor#radaccounttype}
        '''
        result = self._values.get("radaccounttype")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def radapn(self) -> typing.Optional[builtins.str]:
        '''Called Station Id to be used in Account Request Packet. Applicable to monitors of type RADIUS_ACCOUNTING.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#radapn Lbmonitor#radapn}
        '''
        result = self._values.get("radapn")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def radframedip(self) -> typing.Optional[builtins.str]:
        '''Source ip with which the packet will go out . Applicable to monitors of type RADIUS_ACCOUNTING.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#radframedip Lbmonitor#radframedip}
        '''
        result = self._values.get("radframedip")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def radkey(self) -> typing.Optional[builtins.str]:
        '''Authentication key (shared secret text string) for RADIUS clients and servers to exchange.

        Applicable to monitors of type RADIUS and RADIUS_ACCOUNTING.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#radkey Lbmonitor#radkey}
        '''
        result = self._values.get("radkey")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def radkey_wo(self) -> typing.Optional[builtins.str]:
        '''Authentication key (shared secret text string) for RADIUS clients and servers to exchange.

        Applicable to monitors of type RADIUS and RADIUS_ACCOUNTING.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#radkey_wo Lbmonitor#radkey_wo}
        '''
        result = self._values.get("radkey_wo")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def radkey_wo_version(self) -> typing.Optional[jsii.Number]:
        '''Increment this version to signal a radkey_wo update.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#radkey_wo_version Lbmonitor#radkey_wo_version}
        '''
        result = self._values.get("radkey_wo_version")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def radmsisdn(self) -> typing.Optional[builtins.str]:
        '''Calling Stations Id to be used in Account Request Packet. Applicable to monitors of type RADIUS_ACCOUNTING.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#radmsisdn Lbmonitor#radmsisdn}
        '''
        result = self._values.get("radmsisdn")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def radnasid(self) -> typing.Optional[builtins.str]:
        '''NAS-Identifier to send in the Access-Request packet. Applicable to monitors of type RADIUS.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#radnasid Lbmonitor#radnasid}
        '''
        result = self._values.get("radnasid")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def radnasip(self) -> typing.Optional[builtins.str]:
        '''Network Access Server (NAS) IP address to use as the source IP address when monitoring a RADIUS server.

        Applicable to monitors of type RADIUS and RADIUS_ACCOUNTING.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#radnasip Lbmonitor#radnasip}
        '''
        result = self._values.get("radnasip")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def recv(self) -> typing.Optional[builtins.str]:
        '''String expected from the server for the service to be marked as UP.

        Applicable to TCP-ECV, HTTP-ECV, and UDP-ECV monitors.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#recv Lbmonitor#recv}
        '''
        result = self._values.get("recv")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def respcode(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Response codes for which to mark the service as UP.

        For any other response code, the action performed depends on the monitor type. HTTP monitors and RADIUS monitors mark the service as DOWN, while HTTP-INLINE monitors perform the action indicated by the Action parameter.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#respcode Lbmonitor#respcode}
        '''
        result = self._values.get("respcode")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def resptimeout(self) -> typing.Optional[jsii.Number]:
        '''Amount of time for which the appliance must wait before it marks a probe as FAILED.

        Must be less than the value specified for the Interval parameter.

        Note: For UDP-ECV monitors for which a receive string is not configured, response timeout does not apply. For UDP-ECV monitors with no receive string, probe failure is indicated by an ICMP port unreachable error received from the service.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#resptimeout Lbmonitor#resptimeout}
        '''
        result = self._values.get("resptimeout")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def resptimeoutthresh(self) -> typing.Optional[jsii.Number]:
        '''Response time threshold, specified as a percentage of the Response Time-out parameter.

        If the response to a monitor probe has not arrived when the threshold is reached, the appliance generates an SNMP trap called monRespTimeoutAboveThresh. After the response time returns to a value below the threshold, the appliance generates a monRespTimeoutBelowThresh SNMP trap. For the traps to be generated, the "MONITOR-RTO-THRESHOLD" alarm must also be enabled.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#resptimeoutthresh Lbmonitor#resptimeoutthresh}
        '''
        result = self._values.get("resptimeoutthresh")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def retries(self) -> typing.Optional[jsii.Number]:
        '''Maximum number of probes to send to establish the state of a service for which a monitoring probe failed.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#retries Lbmonitor#retries}
        '''
        result = self._values.get("retries")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def reverse(self) -> typing.Optional[builtins.str]:
        '''Mark a service as DOWN, instead of UP, when probe criteria are satisfied, and as UP instead of DOWN when probe criteria are not satisfied.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#reverse Lbmonitor#reverse}
        '''
        result = self._values.get("reverse")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def rtsprequest(self) -> typing.Optional[builtins.str]:
        '''RTSP request to send to the server (for example, "OPTIONS *").

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#rtsprequest Lbmonitor#rtsprequest}
        '''
        result = self._values.get("rtsprequest")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def scriptargs(self) -> typing.Optional[builtins.str]:
        '''String of arguments for the script. The string is copied verbatim into the request.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#scriptargs Lbmonitor#scriptargs}
        '''
        result = self._values.get("scriptargs")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def scriptname(self) -> typing.Optional[builtins.str]:
        '''Path and name of the script to execute.

        The script must be available on the Citrix ADC, in the /nsconfig/monitors/ directory.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#scriptname Lbmonitor#scriptname}
        '''
        result = self._values.get("scriptname")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def secondarypassword(self) -> typing.Optional[builtins.str]:
        '''Secondary password that users might have to provide to log on to the Access Gateway server.

        Applicable to CITRIX-AG monitors.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#secondarypassword Lbmonitor#secondarypassword}
        '''
        result = self._values.get("secondarypassword")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def secondarypassword_wo(self) -> typing.Optional[builtins.str]:
        '''Secondary password that users might have to provide to log on to the Access Gateway server.

        Applicable to CITRIX-AG monitors.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#secondarypassword_wo Lbmonitor#secondarypassword_wo}
        '''
        result = self._values.get("secondarypassword_wo")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def secondarypassword_wo_version(self) -> typing.Optional[jsii.Number]:
        '''Increment this version to signal a secondarypassword_wo update.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#secondarypassword_wo_version Lbmonitor#secondarypassword_wo_version}
        '''
        result = self._values.get("secondarypassword_wo_version")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def secure(self) -> typing.Optional[builtins.str]:
        '''Use a secure SSL connection when monitoring a service.

        Applicable only to TCP based monitors. The secure option cannot be used with a CITRIX-AG monitor, because a CITRIX-AG monitor uses a secure connection by default.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#secure Lbmonitor#secure}
        '''
        result = self._values.get("secure")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def secureargs(self) -> typing.Optional[builtins.str]:
        '''List of arguments for the script which should be secure.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#secureargs Lbmonitor#secureargs}
        '''
        result = self._values.get("secureargs")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def secureargs_wo(self) -> typing.Optional[builtins.str]:
        '''List of arguments for the script which should be secure.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#secureargs_wo Lbmonitor#secureargs_wo}
        '''
        result = self._values.get("secureargs_wo")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def secureargs_wo_version(self) -> typing.Optional[jsii.Number]:
        '''Increment this version to signal a secureargs_wo update.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#secureargs_wo_version Lbmonitor#secureargs_wo_version}
        '''
        result = self._values.get("secureargs_wo_version")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def send(self) -> typing.Optional[builtins.str]:
        '''String to send to the service. Applicable to TCP-ECV, HTTP-ECV, and UDP-ECV monitors.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#send Lbmonitor#send}
        '''
        result = self._values.get("send")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def servicegroupname(self) -> typing.Optional[builtins.str]:
        '''The name of the service group to which the monitor is to be bound.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#servicegroupname Lbmonitor#servicegroupname}
        '''
        result = self._values.get("servicegroupname")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def servicename(self) -> typing.Optional[builtins.str]:
        '''The name of the service to which the monitor is bound.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#servicename Lbmonitor#servicename}
        '''
        result = self._values.get("servicename")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sipmethod(self) -> typing.Optional[builtins.str]:
        '''SIP method to use for the query. Applicable only to monitors of type SIP-UDP.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#sipmethod Lbmonitor#sipmethod}
        '''
        result = self._values.get("sipmethod")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sipreguri(self) -> typing.Optional[builtins.str]:
        '''SIP user to be registered.

        Applicable only if the monitor is of type SIP-UDP and the SIP Method parameter is set to REGISTER.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#sipreguri Lbmonitor#sipreguri}
        '''
        result = self._values.get("sipreguri")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sipuri(self) -> typing.Optional[builtins.str]:
        '''SIP URI string to send to the service (for example, sip:sip.test). Applicable only to monitors of type SIP-UDP.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#sipuri Lbmonitor#sipuri}
        '''
        result = self._values.get("sipuri")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sitepath(self) -> typing.Optional[builtins.str]:
        '''URL of the logon page.

        For monitors of type CITRIX-WEB-INTERFACE, to monitor a dynamic page under the site path, terminate the site path with a slash (/). Applicable to CITRIX-WEB-INTERFACE, CITRIX-WI-EXTENDED and CITRIX-XDM monitors.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#sitepath Lbmonitor#sitepath}
        '''
        result = self._values.get("sitepath")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def snmpcommunity(self) -> typing.Optional[builtins.str]:
        '''Community name for SNMP monitors.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#snmpcommunity Lbmonitor#snmpcommunity}
        '''
        result = self._values.get("snmpcommunity")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def snmpoid(self) -> typing.Optional[builtins.str]:
        '''SNMP OID for SNMP monitors.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#snmpoid Lbmonitor#snmpoid}
        '''
        result = self._values.get("snmpoid")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def snmpthreshold(self) -> typing.Optional[builtins.str]:
        '''Threshold for SNMP monitors.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#snmpthreshold Lbmonitor#snmpthreshold}
        '''
        result = self._values.get("snmpthreshold")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def snmpversion(self) -> typing.Optional[builtins.str]:
        '''SNMP version to be used for SNMP monitors.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#snmpversion Lbmonitor#snmpversion}
        '''
        result = self._values.get("snmpversion")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sqlquery(self) -> typing.Optional[builtins.str]:
        '''SQL query for a MYSQL-ECV or MSSQL-ECV monitor. Sent to the database server after the server authenticates the connection.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#sqlquery Lbmonitor#sqlquery}
        '''
        result = self._values.get("sqlquery")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sslprofile(self) -> typing.Optional[builtins.str]:
        '''SSL Profile associated with the monitor.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#sslprofile Lbmonitor#sslprofile}
        '''
        result = self._values.get("sslprofile")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def state(self) -> typing.Optional[builtins.str]:
        '''State of the monitor.

        The DISABLED setting disables not only the monitor being configured, but all monitors of the same type, until the parameter is set to ENABLED. If the monitor is bound to a service, the state of the monitor is not taken into account when the state of the service is determined.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#state Lbmonitor#state}
        '''
        result = self._values.get("state")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def storedb(self) -> typing.Optional[builtins.str]:
        '''Store the database list populated with the responses to monitor probes.

        Used in database specific load balancing if MSSQL-ECV/MYSQL-ECV  monitor is configured.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#storedb Lbmonitor#storedb}
        '''
        result = self._values.get("storedb")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def storefrontacctservice(self) -> typing.Optional[builtins.str]:
        '''Enable/Disable probing for Account Service. Applicable only to Store Front monitors. For multi-tenancy configuration users my skip account service.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#storefrontacctservice Lbmonitor#storefrontacctservice}
        '''
        result = self._values.get("storefrontacctservice")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def storefrontcheckbackendservices(self) -> typing.Optional[builtins.str]:
        '''This option will enable monitoring of services running on storefront server.

        Storefront services are monitored by probing to a Windows service that runs on the Storefront server and exposes details of which storefront services are running.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#storefrontcheckbackendservices Lbmonitor#storefrontcheckbackendservices}
        '''
        result = self._values.get("storefrontcheckbackendservices")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def storename(self) -> typing.Optional[builtins.str]:
        '''Store Name.

        For monitors of type STOREFRONT, STORENAME is an optional argument defining storefront service store name. Applicable to STOREFRONT monitors.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#storename Lbmonitor#storename}
        '''
        result = self._values.get("storename")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def successretries(self) -> typing.Optional[jsii.Number]:
        '''Number of consecutive successful probes required to transition a service's state from DOWN to UP.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#successretries Lbmonitor#successretries}
        '''
        result = self._values.get("successretries")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def supportedvendorids(self) -> typing.Optional[typing.List[jsii.Number]]:
        '''List of Supported-Vendor-Id attribute value pairs (AVPs) for the Capabilities-Exchange-Request (CER) message to use for monitoring Diameter servers.

        A maximum eight of these AVPs are supported in a monitoring message.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#supportedvendorids Lbmonitor#supportedvendorids}
        '''
        result = self._values.get("supportedvendorids")
        return typing.cast(typing.Optional[typing.List[jsii.Number]], result)

    @builtins.property
    def tos(self) -> typing.Optional[builtins.str]:
        '''Probe the service by encoding the destination IP address in the IP TOS (6) bits.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#tos Lbmonitor#tos}
        '''
        result = self._values.get("tos")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tosid(self) -> typing.Optional[jsii.Number]:
        '''The TOS ID of the specified destination IP. Applicable only when the TOS parameter is set.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#tosid Lbmonitor#tosid}
        '''
        result = self._values.get("tosid")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def transparent(self) -> typing.Optional[builtins.str]:
        '''The monitor is bound to a transparent device such as a firewall or router.

        The state of a transparent device depends on the responsiveness of the services behind it. If a transparent device is being monitored, a destination IP address must be specified. The probe is sent to the specified IP address by using the MAC address of the transparent device.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#transparent Lbmonitor#transparent}
        '''
        result = self._values.get("transparent")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def trofscode(self) -> typing.Optional[jsii.Number]:
        '''Code expected when the server is under maintenance.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#trofscode Lbmonitor#trofscode}
        '''
        result = self._values.get("trofscode")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def trofsstring(self) -> typing.Optional[builtins.str]:
        '''String expected from the server for the service to be marked as trofs. Applicable to HTTP-ECV/TCP-ECV monitors.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#trofsstring Lbmonitor#trofsstring}
        '''
        result = self._values.get("trofsstring")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def units1(self) -> typing.Optional[builtins.str]:
        '''Unit of measurement for the Deviation parameter. Cannot be changed after the monitor is created.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#units1 Lbmonitor#units1}
        '''
        result = self._values.get("units1")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def units2(self) -> typing.Optional[builtins.str]:
        '''Unit of measurement for the Down Time parameter. Cannot be changed after the monitor is created.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#units2 Lbmonitor#units2}
        '''
        result = self._values.get("units2")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def units3(self) -> typing.Optional[builtins.str]:
        '''monitor interval units.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#units3 Lbmonitor#units3}
        '''
        result = self._values.get("units3")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def units4(self) -> typing.Optional[builtins.str]:
        '''monitor response timeout units.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#units4 Lbmonitor#units4}
        '''
        result = self._values.get("units4")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def username(self) -> typing.Optional[builtins.str]:
        '''User name with which to probe the RADIUS, NNTP, FTP, FTP-EXTENDED, MYSQL, MSSQL, POP3, CITRIX-AG, CITRIX-XD-DDC, CITRIX-WI-EXTENDED, CITRIX-XNC or CITRIX-XDM server.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#username Lbmonitor#username}
        '''
        result = self._values.get("username")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def validatecred(self) -> typing.Optional[builtins.str]:
        '''Validate the credentials of the Xen Desktop DDC server user. Applicable to monitors of type CITRIX-XD-DDC.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#validatecred Lbmonitor#validatecred}
        '''
        result = self._values.get("validatecred")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def vendorid(self) -> typing.Optional[jsii.Number]:
        '''Vendor-Id value for the Capabilities-Exchange-Request (CER) message to use for monitoring Diameter servers.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#vendorid Lbmonitor#vendorid}
        '''
        result = self._values.get("vendorid")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def vendorspecificacctapplicationids(
        self,
    ) -> typing.Optional[typing.List[jsii.Number]]:
        '''List of Vendor-Specific-Acct-Application-Id attribute value pairs (AVPs) to use for monitoring Diameter servers.

        A maximum of eight of these AVPs are supported in a monitoring message. The specified value is combined with the value of vendorSpecificVendorId to obtain the Vendor-Specific-Application-Id AVP in the CER monitoring message.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#vendorspecificacctapplicationids Lbmonitor#vendorspecificacctapplicationids}
        '''
        result = self._values.get("vendorspecificacctapplicationids")
        return typing.cast(typing.Optional[typing.List[jsii.Number]], result)

    @builtins.property
    def vendorspecificauthapplicationids(
        self,
    ) -> typing.Optional[typing.List[jsii.Number]]:
        '''List of Vendor-Specific-Auth-Application-Id attribute value pairs (AVPs) for the Capabilities-Exchange-Request (CER) message to use for monitoring Diameter servers.

        A maximum of eight of these AVPs are supported in a monitoring message. The specified value is combined with the value of vendorSpecificVendorId to obtain the Vendor-Specific-Application-Id AVP in the CER monitoring message.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#vendorspecificauthapplicationids Lbmonitor#vendorspecificauthapplicationids}
        '''
        result = self._values.get("vendorspecificauthapplicationids")
        return typing.cast(typing.Optional[typing.List[jsii.Number]], result)

    @builtins.property
    def vendorspecificvendorid(self) -> typing.Optional[jsii.Number]:
        '''Vendor-Id to use in the Vendor-Specific-Application-Id grouped attribute-value pair (AVP) in the monitoring CER message.

        To specify Auth-Application-Id or Acct-Application-Id in Vendor-Specific-Application-Id, use vendorSpecificAuthApplicationIds or vendorSpecificAcctApplicationIds, respectively. Only one Vendor-Id is supported for all the Vendor-Specific-Application-Id AVPs in a CER monitoring message.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbmonitor#vendorspecificvendorid Lbmonitor#vendorspecificvendorid}
        '''
        result = self._values.get("vendorspecificvendorid")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "LbmonitorConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "Lbmonitor",
    "LbmonitorConfig",
]

publication.publish()

def _typecheckingstub__dcf0ddc6947b771b027cc8843c9e3febfe305b9f43a7cbb1b96073f9d290c416(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    monitorname: builtins.str,
    type: builtins.str,
    acctapplicationid: typing.Optional[typing.Sequence[jsii.Number]] = None,
    action: typing.Optional[builtins.str] = None,
    alertretries: typing.Optional[jsii.Number] = None,
    application: typing.Optional[builtins.str] = None,
    attribute: typing.Optional[builtins.str] = None,
    authapplicationid: typing.Optional[typing.Sequence[jsii.Number]] = None,
    basedn: typing.Optional[builtins.str] = None,
    binddn: typing.Optional[builtins.str] = None,
    customheaders: typing.Optional[builtins.str] = None,
    database: typing.Optional[builtins.str] = None,
    destip: typing.Optional[builtins.str] = None,
    destport: typing.Optional[jsii.Number] = None,
    deviation: typing.Optional[jsii.Number] = None,
    dispatcherip: typing.Optional[builtins.str] = None,
    dispatcherport: typing.Optional[jsii.Number] = None,
    domain: typing.Optional[builtins.str] = None,
    downtime: typing.Optional[jsii.Number] = None,
    evalrule: typing.Optional[builtins.str] = None,
    failureretries: typing.Optional[jsii.Number] = None,
    filename: typing.Optional[builtins.str] = None,
    filter: typing.Optional[builtins.str] = None,
    firmwarerevision: typing.Optional[jsii.Number] = None,
    group: typing.Optional[builtins.str] = None,
    grpchealthcheck: typing.Optional[builtins.str] = None,
    grpcservicename: typing.Optional[builtins.str] = None,
    grpcstatuscode: typing.Optional[typing.Sequence[jsii.Number]] = None,
    hostipaddress: typing.Optional[builtins.str] = None,
    hostname: typing.Optional[builtins.str] = None,
    httprequest: typing.Optional[builtins.str] = None,
    inbandsecurityid: typing.Optional[builtins.str] = None,
    interval: typing.Optional[jsii.Number] = None,
    ipaddress: typing.Optional[typing.Sequence[builtins.str]] = None,
    iptunnel: typing.Optional[builtins.str] = None,
    kcdaccount: typing.Optional[builtins.str] = None,
    lasversion: typing.Optional[builtins.str] = None,
    logonpointname: typing.Optional[builtins.str] = None,
    lrtm: typing.Optional[builtins.str] = None,
    maxforwards: typing.Optional[jsii.Number] = None,
    metric: typing.Optional[builtins.str] = None,
    metrictable: typing.Optional[builtins.str] = None,
    metricthreshold: typing.Optional[jsii.Number] = None,
    metricweight: typing.Optional[jsii.Number] = None,
    mqttclientidentifier: typing.Optional[builtins.str] = None,
    mqttversion: typing.Optional[jsii.Number] = None,
    mssqlprotocolversion: typing.Optional[builtins.str] = None,
    netprofile: typing.Optional[builtins.str] = None,
    oraclesid: typing.Optional[builtins.str] = None,
    originhost: typing.Optional[builtins.str] = None,
    originrealm: typing.Optional[builtins.str] = None,
    password: typing.Optional[builtins.str] = None,
    password_wo: typing.Optional[builtins.str] = None,
    password_wo_version: typing.Optional[jsii.Number] = None,
    productname: typing.Optional[builtins.str] = None,
    query: typing.Optional[builtins.str] = None,
    querytype: typing.Optional[builtins.str] = None,
    radaccountsession: typing.Optional[builtins.str] = None,
    radaccounttype: typing.Optional[jsii.Number] = None,
    radapn: typing.Optional[builtins.str] = None,
    radframedip: typing.Optional[builtins.str] = None,
    radkey: typing.Optional[builtins.str] = None,
    radkey_wo: typing.Optional[builtins.str] = None,
    radkey_wo_version: typing.Optional[jsii.Number] = None,
    radmsisdn: typing.Optional[builtins.str] = None,
    radnasid: typing.Optional[builtins.str] = None,
    radnasip: typing.Optional[builtins.str] = None,
    recv: typing.Optional[builtins.str] = None,
    respcode: typing.Optional[typing.Sequence[builtins.str]] = None,
    resptimeout: typing.Optional[jsii.Number] = None,
    resptimeoutthresh: typing.Optional[jsii.Number] = None,
    retries: typing.Optional[jsii.Number] = None,
    reverse: typing.Optional[builtins.str] = None,
    rtsprequest: typing.Optional[builtins.str] = None,
    scriptargs: typing.Optional[builtins.str] = None,
    scriptname: typing.Optional[builtins.str] = None,
    secondarypassword: typing.Optional[builtins.str] = None,
    secondarypassword_wo: typing.Optional[builtins.str] = None,
    secondarypassword_wo_version: typing.Optional[jsii.Number] = None,
    secure: typing.Optional[builtins.str] = None,
    secureargs: typing.Optional[builtins.str] = None,
    secureargs_wo: typing.Optional[builtins.str] = None,
    secureargs_wo_version: typing.Optional[jsii.Number] = None,
    send: typing.Optional[builtins.str] = None,
    servicegroupname: typing.Optional[builtins.str] = None,
    servicename: typing.Optional[builtins.str] = None,
    sipmethod: typing.Optional[builtins.str] = None,
    sipreguri: typing.Optional[builtins.str] = None,
    sipuri: typing.Optional[builtins.str] = None,
    sitepath: typing.Optional[builtins.str] = None,
    snmpcommunity: typing.Optional[builtins.str] = None,
    snmpoid: typing.Optional[builtins.str] = None,
    snmpthreshold: typing.Optional[builtins.str] = None,
    snmpversion: typing.Optional[builtins.str] = None,
    sqlquery: typing.Optional[builtins.str] = None,
    sslprofile: typing.Optional[builtins.str] = None,
    state: typing.Optional[builtins.str] = None,
    storedb: typing.Optional[builtins.str] = None,
    storefrontacctservice: typing.Optional[builtins.str] = None,
    storefrontcheckbackendservices: typing.Optional[builtins.str] = None,
    storename: typing.Optional[builtins.str] = None,
    successretries: typing.Optional[jsii.Number] = None,
    supportedvendorids: typing.Optional[typing.Sequence[jsii.Number]] = None,
    tos: typing.Optional[builtins.str] = None,
    tosid: typing.Optional[jsii.Number] = None,
    transparent: typing.Optional[builtins.str] = None,
    trofscode: typing.Optional[jsii.Number] = None,
    trofsstring: typing.Optional[builtins.str] = None,
    units1: typing.Optional[builtins.str] = None,
    units2: typing.Optional[builtins.str] = None,
    units3: typing.Optional[builtins.str] = None,
    units4: typing.Optional[builtins.str] = None,
    username: typing.Optional[builtins.str] = None,
    validatecred: typing.Optional[builtins.str] = None,
    vendorid: typing.Optional[jsii.Number] = None,
    vendorspecificacctapplicationids: typing.Optional[typing.Sequence[jsii.Number]] = None,
    vendorspecificauthapplicationids: typing.Optional[typing.Sequence[jsii.Number]] = None,
    vendorspecificvendorid: typing.Optional[jsii.Number] = None,
    connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e5f37e659280adb0f2f6ecef92241ef95a2263dfae77d96f7eb4e5dc86c96166(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2bdb7333f71bae9f2c6afc962ae5726c5ae8a5ea12e55635c691caaadf89b357(
    value: typing.List[jsii.Number],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5b21ab60691efc9c943f70b238bdac3d0c099768513d6a4e7358b625121d09b5(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2cf1a3bfdbe278c1e07cabb432c1628bb51acf0b975d6bfcaecfbaac26ad0fee(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__01dd09c8066819fb78805d902efe632b202c34e3021b262e906bb39ee197929b(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9c46b4abc2cebf1de0110e5d29df04353ced2354cf4bcafc83d956cb5227d0fb(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__db21b5fcb08d110ee444fbd4fdd00cef8bf45b86fce85831d4f14e550fcfd386(
    value: typing.List[jsii.Number],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__256b9ffea41de4321337505aa42941d836838e2514ef922819c8197667d17bea(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fe1657e9a34842e3e6e201d15586c9ad254c7b9c646e8b6a20de9692ed1996ae(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9c15c306f24878981eb14d79df91ae6a3bf50fed164ef332add7d3fe16eaa41b(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b376953546e0a742589618cca864ec816d721f5e526998a8381f39a1f30788be(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dfdf725bf804556d67847aad7b363f2763c3c6fe8e0e0e693eaa4f1f5f0aecc0(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4b6c062aa006ae86a4209b2220961834b54fd6a458a33aa04ad3a3481fb00cf4(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__191df0ec3abe2ded7a486215878354e63a8745b8cad097ea7f394a423515da52(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fefadabd1b1e5a0c9d187e05ddd96809be37f0ad39899de938ebd83803203b8c(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__03e60e6e930f178c3dc44af04dbaf776bb28ffc35f014b76550e8ca25b1e9aaa(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c3aa06a3aac90f01e2472fc1932fc3082aab5fe9d85032144b32655078fee91a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d1b1128f0c6e03726c9c2c5f397b9f3dd9d868d8078fa162c654cbb0d82042da(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3cffc6fa766f00b44bd9d4cf70e9e56b430f0304612912ddf3bc4bb63fe352ff(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__21f6d45e30454c8cde4ee9b3b80555fe62cdd0f263acc78302fa8e058776fb52(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a6544b3f4db7a3ccb35a512de77d7d4850f6ebc4d8695a1ee27dd229d7f6140b(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dfdc5a7133368c08eea0a1b402c66489f4748f1202e7f6b7390536d10ce34d6d(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a30d92675778d51ac36b1fc0a7eb40eaab05cb5588ccb57022ede874155e37e5(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3e0d2932f9d71308164c7316c602c9fb172429f94201b0b79e663f3077e6e71a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__00882fd0173b3528abae354684d1b7495a0ec4c28c7a7e958728acd59335a40b(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b8ad754a0736af6d82ea39454c199dbe3693b96e765405ff5ceecf21f917bcb5(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e2767c3d423d788ba80eb4e6e7167d37fc6a17a1a9dc3d87e0b73037dd1c4b75(
    value: typing.List[jsii.Number],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__58e2150c6d6db46325c952cc214a5e53c4b82ddbc204f5295fcaa53af11efffc(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3b555225a4ffa440a66b8e1ef0ab4ab31a89d998f54cf09af7b8d91b66070c3d(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__76a5b171f9ad8b0052177f3df77f78dcc4e00e8fa48e10d04937a2d23e447629(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a1ff4b9e755b0a09e788665d2a48f224f1f1b4a1df27a1a90c6fa84a0f2dc141(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8c3614ac1e3a6107b8fc91608c9056d21f0f4ca1db03129adbbc0293a4541161(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cf31c55f00b361a5431548d02a850f0f1a1034bc4a6382287c72c96c5f32065d(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1bd0a97f7a75678414a5c6e53fa86f2b32f8b2bfbfd56ffd20e54d593e4ea8f7(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3f9ee9ec0802f3658f620aa34b60d9a4db259dec9f2ce1fae6f1c1ff3e005f4f(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3394e7c325d59fb96c2861f926588271e41fad8acbe98de3c9500bc19eb1e388(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__89b8e7ff84eb7fb7129f562b81e98b066c6856f6b46741c9bd32a40685557b46(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ff11b236e497282fc2faad11a4747553ca580d271bee500b5d3177e12ad9aeac(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f1f20ec2d74c868df86042601c6feff19d3ac3396473c69027e5778e0d3d3c9a(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__07cd2b9ec5b8db3e161e33e973ae9d6629b62c682544261c3cb07a576bf60cdb(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2a48e47ea7b84bea0437d2dd3561d0cd67d91ae48bb00ae347dcac49864c7805(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5efaf6efa08bd2e812f5954b9690be61f3dd1a24a4629e3f66ed772f7bd66aad(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__98848410c076f2af676e8e5a8071e6293c56ec94c26eff6b8a94ce6d22b2fa1e(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7616e0db9affd186fa730b7fff0e6c9492e81ce463c89de2f3c5952400e05262(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a79de213d396dddb2080d5ae0a808a479e1ebe01d027aede98103e19c3724ee9(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__019dbab7d3fb42fcde124df0b1717495041a7e07df34fd8afb06aa4aa2018b51(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bc8585fd7af74b1b3af620680957c77b0a9781e7093bb107a10572fbd05d7e88(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9b85a33157ba586404e95ec11320d3ef83295dc41298b04ebf0518af5aa6f888(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4fe7d9343dbbbe11dc4db551bc58babd3b24df86dcc8524ff9f3c35277b23b0b(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__935f9f19c3090265c6c9e61117fb59b28d7db1f84bb3c5fb1f01ce4d2e326af5(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__559ce73b011c74542221f51883518bbec429406b17887bbd6a20e6295b8de44b(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__486987fd43d5ddb602f06716a2041f13c7256def45ebb57907637821d87db996(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5a39c786493a74ca20fdf882624ddef2f1723482a118dd807c9e98304dfd6a02(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fd454a93ebc98e5b74705c66dbf4061c2673fcd67a7a7ff401d5247536664792(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__eaa1e9c5e1d75fb4e828ec6c129a6e5d4ddc113fe3e01f3429e5fd8f0110f3da(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8c69a5ccd4807eb228305175d001be4b6139a1275c3c88537e5acea0257618a0(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b5df45d636cd0b53aa3d93870c47fdb70c4858b641244dd77a9bbc9a892b44be(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0cae86f42b01b6310be10943a927cf7020c9e4d56da15ebf7553fbc22592d026(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3900991deceee443a3504cbcf31cc71a324c8222144f1172ed9907ce3ff5e5c4(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6b187ba559bf5cd05a4317f1d2c1d5af52f8751d2f986a5336b343703d83d507(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__92fa54cc15dc21b4a80dd7c22b3de568f89b4f497d9ab0c2c30d1fee4ff9a9cb(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4cdca1d52285c096354d15f3f4a82bdcc08008e09b10f8b6ffc0a4076dd72864(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__55cd90048fc7a1016fe3f0ae549a5b378f0ac674a705a291d7da52ad05dc42bd(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__45b5c23be5e2ca823dcb3531d15be5abbb05192370d24c2dcdd0883e9ac02461(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e036f3d117d7beb5e0ac62a571962b023db7810c4e2cce5c0b2ed73e4936ea83(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__544aee5be06474090a3ff546ab7631a8bd06269033d8c9f26a4e5c4a68ff2d8f(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e0c9a331ee11192bc2380a88b875b6c1e6a84e0d94c3f1b6de67f0cb14d5a915(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c23372c32fd6f03ef02329a3377d0a21f85a4b5a351ce3185a4617fc1ed10007(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__326e6507d0facf3e7f053d6944dd254a10bc440f6ad32b3eec4a0c5af9fae4ea(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3c1eb44c44903cb01c5b596b2abd093eaeffeb4d61c38e7c01f3c68a852da716(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7432bec822a8490c379ae99f865f27a1fe2344b20a702b381f86b3edcad99abd(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4788613ceaa6ad4723c77d91d8687beae9bae40ef47fc177ea0737a4f9734ea7(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a84e6af36ea531de0edb1e921c8a9534c83f72e62bbe433c35dd9d36bbd7c231(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d749f3486059a74ad82706dc97801974bd33df83fa7614c7ee704d6edaccf5da(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fe83ba30f6d9cf7d45781dbbe19e6975b470de02a6a15273ef09ed5c385e2901(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d7fc56855a114b72fddee6d0ebf6bdca8de4faa363d08eeb8304d0df0cbabdbf(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a96a87a752ba8e4b449bd8ede514979847b0ea2347ef5df391a6e7c5abadd661(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9d0d315876575592e3dd2d7117ccd3c53804983a3a58564f28e9897be0701529(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c0f2aa384962c8f2d6530360a857408c1e686a1d698886c434ac301aebe85b82(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__08f61328f764968275df500e046df8517a9787122d6f785d3e5fad0d7de8488e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__825efbc25bf0527f98899082fffc05e3b1bda184329acd12d3113693c712731f(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9d50aa86febbb93dec8f06faee894cd838ee01f0b71450a8c07abfa5da87c7e9(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2d9285f1b60ecaef8a1d6d3db0849d3c7b7401689d985cd0365083a45f392075(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__351faea1b4a348c001a06b3d4a9adb8ef69daef2788941086a37112e8f996a79(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f0b95b1220980a9567d4a84d04547c6e59d13cc050ac5592216ddb0819ca53f1(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4b7aabad4096be8b8089901a36b6196e4eb5c903df9929b8d39c9051f60cd8b3(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8290f4d8560bcec803342cc42dc0f18c462ea805a405c5b5e98c539364eb75d7(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2a3094284aa37a8664037db31f411d62b93a8814ce9e81dbd21ff518f6841aae(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__844652c357fc7657b6f22b2b166d4ddcdd819d162824f74c9fa9720a8f6181ea(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7b20ccf3e74b66e55dcb7a9b27cfa2468414240ebdbae346a72654b6a16cc6dd(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__999638b11f8efcc7a434c6e86d96fd4bfff8d780aed9274a78cb8a19d60b2514(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cf5f943fee696484ab6d5b81e28c9119ca536a24ac63b3a24a6fbce34bc4bd01(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8cd17f851a0231f08e3e0aece550e2b8e4c44fc28ef03a35b8b3c47f3103438d(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e2045213203bb91acb95d7f6d53c6c812d2f9b017b17734a5b5785dd88f3feec(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ef2ff0d48e18b2559a733825e35964176498a3d144a66942d2636d2b9ef74556(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e8e53d4d6c44f4085b5027d8dece5b20223f769ca691f7b03867dcdcd965e644(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d67da4ad43de6459667736b3c4d0fed496327b4ae3b771cbcd3cf59a0e9f5523(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a5fc101ebd5e5553581be1dbfc74b917918280b5868248ae6324f7a1d1237d4c(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1f2713208c0624d6753eeaa37d4916cdafe3220ffe0a338924e578b4d885e385(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__56091c78e90af3e6338679da48a2f5b430d3168593926ec53290b89464e709e1(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1f1e3f772489c8567ecb5c8263bf22c078934d9fed0a693272ac91f46dd7fb0d(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__58b1157a280891f5aa749a5436f23b4f55959a237d0809c423b1eea5f3623516(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bb0d5f26ff809138d15dfef039b510b74612974df19b84d81ccf47be50d1a0aa(
    value: typing.List[jsii.Number],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4a86d22c74d7bdfc84fadef7d97f9359655638184dcdf53c81c1a85a679bd697(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__68513a676244c4aa2c0c47df81685aea116c2e8d9bca19f01dfd05b5a845a568(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cdbc83fe9e3548a86877dd34163db93e2b8893f7d4f393b252d570dab8188578(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3139b3a56620aa748e38b584a21d1eb3802760836b72da3c265036902a36b1c9(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__36b81d477004f11bccea5c3321d6c3bf815f1716abd049a305823f319b6697e0(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b45294312d3a1b45908aaa77658c11f36fbb47f01bba6f3253794de571949126(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b305c67604dda934faa71710794688ebc517b2debc1d5bd0615f2548ce97dac4(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d612fdebd38e33fa8076707d092d3aad9eac0317e8b0d8bc1f60561a65eebe8a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4de533592068dc91aa00ecc4941a7ba7340673a1cae67c689c6ceb4ed7b9ae27(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a6939f7b0be10210a2edb7eb7d1828cf22882e92598ce77cc978f3135a90d544(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__47a98671076744498115b4d5f760f5233b1732510d61e1bf8e8117d345cff834(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ef8386bcfb232e562716f6991cf405b2e322e66fbffb136dc5995b62966313ef(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0d5e0487c0ddba843951eea8d3ec7081ea8432d12fe5ebda5289eeb5d0e4a96e(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8d38ab9dec3986a7c8503bcb29c1a79061e17753913e067162933d8128109043(
    value: typing.List[jsii.Number],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1f1d1f7c5894a2a917eb7a7909244f5e69aff5f3657a8d38bc4c2ee906889461(
    value: typing.List[jsii.Number],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__531ce09038876ba04e3edccf5b9dcb8f9187e30d41f788ccb822b450699d0fb0(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__eee7ee34a9e3c358ce605cfb196e6954884c510db771adf6e64ced399c067e59(
    *,
    connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    monitorname: builtins.str,
    type: builtins.str,
    acctapplicationid: typing.Optional[typing.Sequence[jsii.Number]] = None,
    action: typing.Optional[builtins.str] = None,
    alertretries: typing.Optional[jsii.Number] = None,
    application: typing.Optional[builtins.str] = None,
    attribute: typing.Optional[builtins.str] = None,
    authapplicationid: typing.Optional[typing.Sequence[jsii.Number]] = None,
    basedn: typing.Optional[builtins.str] = None,
    binddn: typing.Optional[builtins.str] = None,
    customheaders: typing.Optional[builtins.str] = None,
    database: typing.Optional[builtins.str] = None,
    destip: typing.Optional[builtins.str] = None,
    destport: typing.Optional[jsii.Number] = None,
    deviation: typing.Optional[jsii.Number] = None,
    dispatcherip: typing.Optional[builtins.str] = None,
    dispatcherport: typing.Optional[jsii.Number] = None,
    domain: typing.Optional[builtins.str] = None,
    downtime: typing.Optional[jsii.Number] = None,
    evalrule: typing.Optional[builtins.str] = None,
    failureretries: typing.Optional[jsii.Number] = None,
    filename: typing.Optional[builtins.str] = None,
    filter: typing.Optional[builtins.str] = None,
    firmwarerevision: typing.Optional[jsii.Number] = None,
    group: typing.Optional[builtins.str] = None,
    grpchealthcheck: typing.Optional[builtins.str] = None,
    grpcservicename: typing.Optional[builtins.str] = None,
    grpcstatuscode: typing.Optional[typing.Sequence[jsii.Number]] = None,
    hostipaddress: typing.Optional[builtins.str] = None,
    hostname: typing.Optional[builtins.str] = None,
    httprequest: typing.Optional[builtins.str] = None,
    inbandsecurityid: typing.Optional[builtins.str] = None,
    interval: typing.Optional[jsii.Number] = None,
    ipaddress: typing.Optional[typing.Sequence[builtins.str]] = None,
    iptunnel: typing.Optional[builtins.str] = None,
    kcdaccount: typing.Optional[builtins.str] = None,
    lasversion: typing.Optional[builtins.str] = None,
    logonpointname: typing.Optional[builtins.str] = None,
    lrtm: typing.Optional[builtins.str] = None,
    maxforwards: typing.Optional[jsii.Number] = None,
    metric: typing.Optional[builtins.str] = None,
    metrictable: typing.Optional[builtins.str] = None,
    metricthreshold: typing.Optional[jsii.Number] = None,
    metricweight: typing.Optional[jsii.Number] = None,
    mqttclientidentifier: typing.Optional[builtins.str] = None,
    mqttversion: typing.Optional[jsii.Number] = None,
    mssqlprotocolversion: typing.Optional[builtins.str] = None,
    netprofile: typing.Optional[builtins.str] = None,
    oraclesid: typing.Optional[builtins.str] = None,
    originhost: typing.Optional[builtins.str] = None,
    originrealm: typing.Optional[builtins.str] = None,
    password: typing.Optional[builtins.str] = None,
    password_wo: typing.Optional[builtins.str] = None,
    password_wo_version: typing.Optional[jsii.Number] = None,
    productname: typing.Optional[builtins.str] = None,
    query: typing.Optional[builtins.str] = None,
    querytype: typing.Optional[builtins.str] = None,
    radaccountsession: typing.Optional[builtins.str] = None,
    radaccounttype: typing.Optional[jsii.Number] = None,
    radapn: typing.Optional[builtins.str] = None,
    radframedip: typing.Optional[builtins.str] = None,
    radkey: typing.Optional[builtins.str] = None,
    radkey_wo: typing.Optional[builtins.str] = None,
    radkey_wo_version: typing.Optional[jsii.Number] = None,
    radmsisdn: typing.Optional[builtins.str] = None,
    radnasid: typing.Optional[builtins.str] = None,
    radnasip: typing.Optional[builtins.str] = None,
    recv: typing.Optional[builtins.str] = None,
    respcode: typing.Optional[typing.Sequence[builtins.str]] = None,
    resptimeout: typing.Optional[jsii.Number] = None,
    resptimeoutthresh: typing.Optional[jsii.Number] = None,
    retries: typing.Optional[jsii.Number] = None,
    reverse: typing.Optional[builtins.str] = None,
    rtsprequest: typing.Optional[builtins.str] = None,
    scriptargs: typing.Optional[builtins.str] = None,
    scriptname: typing.Optional[builtins.str] = None,
    secondarypassword: typing.Optional[builtins.str] = None,
    secondarypassword_wo: typing.Optional[builtins.str] = None,
    secondarypassword_wo_version: typing.Optional[jsii.Number] = None,
    secure: typing.Optional[builtins.str] = None,
    secureargs: typing.Optional[builtins.str] = None,
    secureargs_wo: typing.Optional[builtins.str] = None,
    secureargs_wo_version: typing.Optional[jsii.Number] = None,
    send: typing.Optional[builtins.str] = None,
    servicegroupname: typing.Optional[builtins.str] = None,
    servicename: typing.Optional[builtins.str] = None,
    sipmethod: typing.Optional[builtins.str] = None,
    sipreguri: typing.Optional[builtins.str] = None,
    sipuri: typing.Optional[builtins.str] = None,
    sitepath: typing.Optional[builtins.str] = None,
    snmpcommunity: typing.Optional[builtins.str] = None,
    snmpoid: typing.Optional[builtins.str] = None,
    snmpthreshold: typing.Optional[builtins.str] = None,
    snmpversion: typing.Optional[builtins.str] = None,
    sqlquery: typing.Optional[builtins.str] = None,
    sslprofile: typing.Optional[builtins.str] = None,
    state: typing.Optional[builtins.str] = None,
    storedb: typing.Optional[builtins.str] = None,
    storefrontacctservice: typing.Optional[builtins.str] = None,
    storefrontcheckbackendservices: typing.Optional[builtins.str] = None,
    storename: typing.Optional[builtins.str] = None,
    successretries: typing.Optional[jsii.Number] = None,
    supportedvendorids: typing.Optional[typing.Sequence[jsii.Number]] = None,
    tos: typing.Optional[builtins.str] = None,
    tosid: typing.Optional[jsii.Number] = None,
    transparent: typing.Optional[builtins.str] = None,
    trofscode: typing.Optional[jsii.Number] = None,
    trofsstring: typing.Optional[builtins.str] = None,
    units1: typing.Optional[builtins.str] = None,
    units2: typing.Optional[builtins.str] = None,
    units3: typing.Optional[builtins.str] = None,
    units4: typing.Optional[builtins.str] = None,
    username: typing.Optional[builtins.str] = None,
    validatecred: typing.Optional[builtins.str] = None,
    vendorid: typing.Optional[jsii.Number] = None,
    vendorspecificacctapplicationids: typing.Optional[typing.Sequence[jsii.Number]] = None,
    vendorspecificauthapplicationids: typing.Optional[typing.Sequence[jsii.Number]] = None,
    vendorspecificvendorid: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass
