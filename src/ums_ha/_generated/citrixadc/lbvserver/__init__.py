r'''
# `citrixadc_lbvserver`

Refer to the Terraform Registry for docs: [`citrixadc_lbvserver`](https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver).
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


class Lbvserver(
    _cdktf_9a9027ec.TerraformResource,
    metaclass=jsii.JSIIMeta,
    jsii_type="citrixadc.lbvserver.Lbvserver",
):
    '''Represents a {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver citrixadc_lbvserver}.'''

    def __init__(
        self,
        scope: _constructs_77d1e7e8.Construct,
        id_: builtins.str,
        *,
        adfsproxyprofile: typing.Optional[builtins.str] = None,
        apiprofile: typing.Optional[builtins.str] = None,
        appflowlog: typing.Optional[builtins.str] = None,
        authentication: typing.Optional[builtins.str] = None,
        authenticationhost: typing.Optional[builtins.str] = None,
        authn401: typing.Optional[builtins.str] = None,
        authnprofile: typing.Optional[builtins.str] = None,
        authnvsname: typing.Optional[builtins.str] = None,
        backuplbmethod: typing.Optional[builtins.str] = None,
        backuppersistencetimeout: typing.Optional[jsii.Number] = None,
        backupvserver: typing.Optional[builtins.str] = None,
        bypassaaaa: typing.Optional[builtins.str] = None,
        cacheable: typing.Optional[builtins.str] = None,
        ciphers: typing.Optional[typing.Sequence[builtins.str]] = None,
        ciphersuites: typing.Optional[typing.Sequence[builtins.str]] = None,
        clttimeout: typing.Optional[jsii.Number] = None,
        comment: typing.Optional[builtins.str] = None,
        connfailover: typing.Optional[builtins.str] = None,
        cookiename: typing.Optional[builtins.str] = None,
        datalength: typing.Optional[jsii.Number] = None,
        dataoffset: typing.Optional[jsii.Number] = None,
        dbprofilename: typing.Optional[builtins.str] = None,
        dbslb: typing.Optional[builtins.str] = None,
        disableprimaryondown: typing.Optional[builtins.str] = None,
        dns64: typing.Optional[builtins.str] = None,
        dnsoverhttps: typing.Optional[builtins.str] = None,
        dnsprofilename: typing.Optional[builtins.str] = None,
        downstateflush: typing.Optional[builtins.str] = None,
        hashlength: typing.Optional[jsii.Number] = None,
        healththreshold: typing.Optional[jsii.Number] = None,
        httpprofilename: typing.Optional[builtins.str] = None,
        httpsredirecturl: typing.Optional[builtins.str] = None,
        icmpvsrresponse: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        insertvserveripport: typing.Optional[builtins.str] = None,
        ipmask: typing.Optional[builtins.str] = None,
        ippattern: typing.Optional[builtins.str] = None,
        ipset: typing.Optional[builtins.str] = None,
        ipv46: typing.Optional[builtins.str] = None,
        l2_conn: typing.Optional[builtins.str] = None,
        lbmethod: typing.Optional[builtins.str] = None,
        lbprofilename: typing.Optional[builtins.str] = None,
        listenpolicy: typing.Optional[builtins.str] = None,
        listenpriority: typing.Optional[jsii.Number] = None,
        m: typing.Optional[builtins.str] = None,
        macmoderetainvlan: typing.Optional[builtins.str] = None,
        maxautoscalemembers: typing.Optional[jsii.Number] = None,
        minautoscalemembers: typing.Optional[jsii.Number] = None,
        mssqlserverversion: typing.Optional[builtins.str] = None,
        mysqlcharacterset: typing.Optional[jsii.Number] = None,
        mysqlprotocolversion: typing.Optional[jsii.Number] = None,
        mysqlservercapabilities: typing.Optional[jsii.Number] = None,
        mysqlserverversion: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        netmask: typing.Optional[builtins.str] = None,
        netprofile: typing.Optional[builtins.str] = None,
        newservicerequest: typing.Optional[jsii.Number] = None,
        newservicerequestincrementinterval: typing.Optional[jsii.Number] = None,
        newservicerequestunit: typing.Optional[builtins.str] = None,
        oracleserverversion: typing.Optional[builtins.str] = None,
        orderthreshold: typing.Optional[jsii.Number] = None,
        persistavpno: typing.Optional[typing.Sequence[jsii.Number]] = None,
        persistencebackup: typing.Optional[builtins.str] = None,
        persistencetype: typing.Optional[builtins.str] = None,
        persistmask: typing.Optional[builtins.str] = None,
        port: typing.Optional[jsii.Number] = None,
        probeport: typing.Optional[jsii.Number] = None,
        probeprotocol: typing.Optional[builtins.str] = None,
        probesuccessresponsecode: typing.Optional[builtins.str] = None,
        processlocal: typing.Optional[builtins.str] = None,
        push: typing.Optional[builtins.str] = None,
        pushlabel: typing.Optional[builtins.str] = None,
        pushmulticlients: typing.Optional[builtins.str] = None,
        pushvserver: typing.Optional[builtins.str] = None,
        quicbridgeprofilename: typing.Optional[builtins.str] = None,
        quicprofilename: typing.Optional[builtins.str] = None,
        range: typing.Optional[jsii.Number] = None,
        recursionavailable: typing.Optional[builtins.str] = None,
        redirectfromport: typing.Optional[jsii.Number] = None,
        redirectportrewrite: typing.Optional[builtins.str] = None,
        redirurl: typing.Optional[builtins.str] = None,
        redirurlflags: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        resrule: typing.Optional[builtins.str] = None,
        retainconnectionsoncluster: typing.Optional[builtins.str] = None,
        rhistate: typing.Optional[builtins.str] = None,
        rtspnat: typing.Optional[builtins.str] = None,
        rule: typing.Optional[builtins.str] = None,
        servicename: typing.Optional[builtins.str] = None,
        servicetype: typing.Optional[builtins.str] = None,
        sessionless: typing.Optional[builtins.str] = None,
        skippersistency: typing.Optional[builtins.str] = None,
        snisslcertkeys: typing.Optional[typing.Sequence[builtins.str]] = None,
        sobackupaction: typing.Optional[builtins.str] = None,
        somethod: typing.Optional[builtins.str] = None,
        sopersistence: typing.Optional[builtins.str] = None,
        sopersistencetimeout: typing.Optional[jsii.Number] = None,
        sothreshold: typing.Optional[jsii.Number] = None,
        sslcertkey: typing.Optional[builtins.str] = None,
        sslpolicybinding: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["LbvserverSslpolicybinding", typing.Dict[builtins.str, typing.Any]]]]] = None,
        sslprofile: typing.Optional[builtins.str] = None,
        state: typing.Optional[builtins.str] = None,
        tcpprofilename: typing.Optional[builtins.str] = None,
        td: typing.Optional[jsii.Number] = None,
        timeout: typing.Optional[jsii.Number] = None,
        toggleorder: typing.Optional[builtins.str] = None,
        tosid: typing.Optional[jsii.Number] = None,
        trofspersistence: typing.Optional[builtins.str] = None,
        v6_netmasklen: typing.Optional[jsii.Number] = None,
        v6_persistmasklen: typing.Optional[jsii.Number] = None,
        vipheader: typing.Optional[builtins.str] = None,
        weight: typing.Optional[jsii.Number] = None,
        connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
        depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
        for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
        lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''Create a new {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver citrixadc_lbvserver} Resource.

        :param scope: The scope in which to define this construct.
        :param id_: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param adfsproxyprofile: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#adfsproxyprofile Lbvserver#adfsproxyprofile}.
        :param apiprofile: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#apiprofile Lbvserver#apiprofile}.
        :param appflowlog: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#appflowlog Lbvserver#appflowlog}.
        :param authentication: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#authentication Lbvserver#authentication}.
        :param authenticationhost: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#authenticationhost Lbvserver#authenticationhost}.
        :param authn401: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#authn401 Lbvserver#authn401}.
        :param authnprofile: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#authnprofile Lbvserver#authnprofile}.
        :param authnvsname: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#authnvsname Lbvserver#authnvsname}.
        :param backuplbmethod: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#backuplbmethod Lbvserver#backuplbmethod}.
        :param backuppersistencetimeout: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#backuppersistencetimeout Lbvserver#backuppersistencetimeout}.
        :param backupvserver: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#backupvserver Lbvserver#backupvserver}.
        :param bypassaaaa: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#bypassaaaa Lbvserver#bypassaaaa}.
        :param cacheable: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#cacheable Lbvserver#cacheable}.
        :param ciphers: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#ciphers Lbvserver#ciphers}.
        :param ciphersuites: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#ciphersuites Lbvserver#ciphersuites}.
        :param clttimeout: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#clttimeout Lbvserver#clttimeout}.
        :param comment: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#comment Lbvserver#comment}.
        :param connfailover: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#connfailover Lbvserver#connfailover}.
        :param cookiename: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#cookiename Lbvserver#cookiename}.
        :param datalength: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#datalength Lbvserver#datalength}.
        :param dataoffset: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#dataoffset Lbvserver#dataoffset}.
        :param dbprofilename: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#dbprofilename Lbvserver#dbprofilename}.
        :param dbslb: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#dbslb Lbvserver#dbslb}.
        :param disableprimaryondown: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#disableprimaryondown Lbvserver#disableprimaryondown}.
        :param dns64: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#dns64 Lbvserver#dns64}.
        :param dnsoverhttps: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#dnsoverhttps Lbvserver#dnsoverhttps}.
        :param dnsprofilename: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#dnsprofilename Lbvserver#dnsprofilename}.
        :param downstateflush: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#downstateflush Lbvserver#downstateflush}.
        :param hashlength: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#hashlength Lbvserver#hashlength}.
        :param healththreshold: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#healththreshold Lbvserver#healththreshold}.
        :param httpprofilename: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#httpprofilename Lbvserver#httpprofilename}.
        :param httpsredirecturl: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#httpsredirecturl Lbvserver#httpsredirecturl}.
        :param icmpvsrresponse: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#icmpvsrresponse Lbvserver#icmpvsrresponse}.
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#id Lbvserver#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param insertvserveripport: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#insertvserveripport Lbvserver#insertvserveripport}.
        :param ipmask: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#ipmask Lbvserver#ipmask}.
        :param ippattern: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#ippattern Lbvserver#ippattern}.
        :param ipset: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#ipset Lbvserver#ipset}.
        :param ipv46: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#ipv46 Lbvserver#ipv46}.
        :param l2_conn: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#l2conn Lbvserver#l2conn}.
        :param lbmethod: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#lbmethod Lbvserver#lbmethod}.
        :param lbprofilename: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#lbprofilename Lbvserver#lbprofilename}.
        :param listenpolicy: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#listenpolicy Lbvserver#listenpolicy}.
        :param listenpriority: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#listenpriority Lbvserver#listenpriority}.
        :param m: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#m Lbvserver#m}.
        :param macmoderetainvlan: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#macmoderetainvlan Lbvserver#macmoderetainvlan}.
        :param maxautoscalemembers: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#maxautoscalemembers Lbvserver#maxautoscalemembers}.
        :param minautoscalemembers: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#minautoscalemembers Lbvserver#minautoscalemembers}.
        :param mssqlserverversion: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#mssqlserverversion Lbvserver#mssqlserverversion}.
        :param mysqlcharacterset: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#mysqlcharacterset Lbvserver#mysqlcharacterset}.
        :param mysqlprotocolversion: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#mysqlprotocolversion Lbvserver#mysqlprotocolversion}.
        :param mysqlservercapabilities: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#mysqlservercapabilities Lbvserver#mysqlservercapabilities}.
        :param mysqlserverversion: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#mysqlserverversion Lbvserver#mysqlserverversion}.
        :param name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#name Lbvserver#name}.
        :param netmask: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#netmask Lbvserver#netmask}.
        :param netprofile: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#netprofile Lbvserver#netprofile}.
        :param newservicerequest: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#newservicerequest Lbvserver#newservicerequest}.
        :param newservicerequestincrementinterval: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#newservicerequestincrementinterval Lbvserver#newservicerequestincrementinterval}.
        :param newservicerequestunit: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#newservicerequestunit Lbvserver#newservicerequestunit}.
        :param oracleserverversion: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#oracleserverversion Lbvserver#oracleserverversion}.
        :param orderthreshold: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#orderthreshold Lbvserver#orderthreshold}.
        :param persistavpno: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#persistavpno Lbvserver#persistavpno}.
        :param persistencebackup: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#persistencebackup Lbvserver#persistencebackup}.
        :param persistencetype: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#persistencetype Lbvserver#persistencetype}.
        :param persistmask: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#persistmask Lbvserver#persistmask}.
        :param port: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#port Lbvserver#port}.
        :param probeport: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#probeport Lbvserver#probeport}.
        :param probeprotocol: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#probeprotocol Lbvserver#probeprotocol}.
        :param probesuccessresponsecode: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#probesuccessresponsecode Lbvserver#probesuccessresponsecode}.
        :param processlocal: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#processlocal Lbvserver#processlocal}.
        :param push: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#push Lbvserver#push}.
        :param pushlabel: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#pushlabel Lbvserver#pushlabel}.
        :param pushmulticlients: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#pushmulticlients Lbvserver#pushmulticlients}.
        :param pushvserver: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#pushvserver Lbvserver#pushvserver}.
        :param quicbridgeprofilename: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#quicbridgeprofilename Lbvserver#quicbridgeprofilename}.
        :param quicprofilename: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#quicprofilename Lbvserver#quicprofilename}.
        :param range: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#range Lbvserver#range}.
        :param recursionavailable: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#recursionavailable Lbvserver#recursionavailable}.
        :param redirectfromport: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#redirectfromport Lbvserver#redirectfromport}.
        :param redirectportrewrite: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#redirectportrewrite Lbvserver#redirectportrewrite}.
        :param redirurl: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#redirurl Lbvserver#redirurl}.
        :param redirurlflags: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#redirurlflags Lbvserver#redirurlflags}.
        :param resrule: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#resrule Lbvserver#resrule}.
        :param retainconnectionsoncluster: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#retainconnectionsoncluster Lbvserver#retainconnectionsoncluster}.
        :param rhistate: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#rhistate Lbvserver#rhistate}.
        :param rtspnat: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#rtspnat Lbvserver#rtspnat}.
        :param rule: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#rule Lbvserver#rule}.
        :param servicename: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#servicename Lbvserver#servicename}.
        :param servicetype: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#servicetype Lbvserver#servicetype}.
        :param sessionless: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#sessionless Lbvserver#sessionless}.
        :param skippersistency: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#skippersistency Lbvserver#skippersistency}.
        :param snisslcertkeys: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#snisslcertkeys Lbvserver#snisslcertkeys}.
        :param sobackupaction: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#sobackupaction Lbvserver#sobackupaction}.
        :param somethod: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#somethod Lbvserver#somethod}.
        :param sopersistence: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#sopersistence Lbvserver#sopersistence}.
        :param sopersistencetimeout: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#sopersistencetimeout Lbvserver#sopersistencetimeout}.
        :param sothreshold: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#sothreshold Lbvserver#sothreshold}.
        :param sslcertkey: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#sslcertkey Lbvserver#sslcertkey}.
        :param sslpolicybinding: sslpolicybinding block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#sslpolicybinding Lbvserver#sslpolicybinding}
        :param sslprofile: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#sslprofile Lbvserver#sslprofile}.
        :param state: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#state Lbvserver#state}.
        :param tcpprofilename: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#tcpprofilename Lbvserver#tcpprofilename}.
        :param td: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#td Lbvserver#td}.
        :param timeout: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#timeout Lbvserver#timeout}.
        :param toggleorder: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#toggleorder Lbvserver#toggleorder}.
        :param tosid: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#tosid Lbvserver#tosid}.
        :param trofspersistence: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#trofspersistence Lbvserver#trofspersistence}.
        :param v6_netmasklen: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#v6netmasklen Lbvserver#v6netmasklen}.
        :param v6_persistmasklen: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#v6persistmasklen Lbvserver#v6persistmasklen}.
        :param vipheader: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#vipheader Lbvserver#vipheader}.
        :param weight: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#weight Lbvserver#weight}.
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0000f0cec70301b3176962d14c6113488120f996b2f2b8db2c53924ebfa0e0e8)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id_", value=id_, expected_type=type_hints["id_"])
        config = LbvserverConfig(
            adfsproxyprofile=adfsproxyprofile,
            apiprofile=apiprofile,
            appflowlog=appflowlog,
            authentication=authentication,
            authenticationhost=authenticationhost,
            authn401=authn401,
            authnprofile=authnprofile,
            authnvsname=authnvsname,
            backuplbmethod=backuplbmethod,
            backuppersistencetimeout=backuppersistencetimeout,
            backupvserver=backupvserver,
            bypassaaaa=bypassaaaa,
            cacheable=cacheable,
            ciphers=ciphers,
            ciphersuites=ciphersuites,
            clttimeout=clttimeout,
            comment=comment,
            connfailover=connfailover,
            cookiename=cookiename,
            datalength=datalength,
            dataoffset=dataoffset,
            dbprofilename=dbprofilename,
            dbslb=dbslb,
            disableprimaryondown=disableprimaryondown,
            dns64=dns64,
            dnsoverhttps=dnsoverhttps,
            dnsprofilename=dnsprofilename,
            downstateflush=downstateflush,
            hashlength=hashlength,
            healththreshold=healththreshold,
            httpprofilename=httpprofilename,
            httpsredirecturl=httpsredirecturl,
            icmpvsrresponse=icmpvsrresponse,
            id=id,
            insertvserveripport=insertvserveripport,
            ipmask=ipmask,
            ippattern=ippattern,
            ipset=ipset,
            ipv46=ipv46,
            l2_conn=l2_conn,
            lbmethod=lbmethod,
            lbprofilename=lbprofilename,
            listenpolicy=listenpolicy,
            listenpriority=listenpriority,
            m=m,
            macmoderetainvlan=macmoderetainvlan,
            maxautoscalemembers=maxautoscalemembers,
            minautoscalemembers=minautoscalemembers,
            mssqlserverversion=mssqlserverversion,
            mysqlcharacterset=mysqlcharacterset,
            mysqlprotocolversion=mysqlprotocolversion,
            mysqlservercapabilities=mysqlservercapabilities,
            mysqlserverversion=mysqlserverversion,
            name=name,
            netmask=netmask,
            netprofile=netprofile,
            newservicerequest=newservicerequest,
            newservicerequestincrementinterval=newservicerequestincrementinterval,
            newservicerequestunit=newservicerequestunit,
            oracleserverversion=oracleserverversion,
            orderthreshold=orderthreshold,
            persistavpno=persistavpno,
            persistencebackup=persistencebackup,
            persistencetype=persistencetype,
            persistmask=persistmask,
            port=port,
            probeport=probeport,
            probeprotocol=probeprotocol,
            probesuccessresponsecode=probesuccessresponsecode,
            processlocal=processlocal,
            push=push,
            pushlabel=pushlabel,
            pushmulticlients=pushmulticlients,
            pushvserver=pushvserver,
            quicbridgeprofilename=quicbridgeprofilename,
            quicprofilename=quicprofilename,
            range=range,
            recursionavailable=recursionavailable,
            redirectfromport=redirectfromport,
            redirectportrewrite=redirectportrewrite,
            redirurl=redirurl,
            redirurlflags=redirurlflags,
            resrule=resrule,
            retainconnectionsoncluster=retainconnectionsoncluster,
            rhistate=rhistate,
            rtspnat=rtspnat,
            rule=rule,
            servicename=servicename,
            servicetype=servicetype,
            sessionless=sessionless,
            skippersistency=skippersistency,
            snisslcertkeys=snisslcertkeys,
            sobackupaction=sobackupaction,
            somethod=somethod,
            sopersistence=sopersistence,
            sopersistencetimeout=sopersistencetimeout,
            sothreshold=sothreshold,
            sslcertkey=sslcertkey,
            sslpolicybinding=sslpolicybinding,
            sslprofile=sslprofile,
            state=state,
            tcpprofilename=tcpprofilename,
            td=td,
            timeout=timeout,
            toggleorder=toggleorder,
            tosid=tosid,
            trofspersistence=trofspersistence,
            v6_netmasklen=v6_netmasklen,
            v6_persistmasklen=v6_persistmasklen,
            vipheader=vipheader,
            weight=weight,
            connection=connection,
            count=count,
            depends_on=depends_on,
            for_each=for_each,
            lifecycle=lifecycle,
            provider=provider,
            provisioners=provisioners,
        )

        jsii.create(self.__class__, self, [scope, id_, config])

    @jsii.member(jsii_name="generateConfigForImport")
    @builtins.classmethod
    def generate_config_for_import(
        cls,
        scope: _constructs_77d1e7e8.Construct,
        import_to_id: builtins.str,
        import_from_id: builtins.str,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    ) -> _cdktf_9a9027ec.ImportableResource:
        '''Generates CDKTF code for importing a Lbvserver resource upon running "cdktf plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the Lbvserver to import.
        :param import_from_id: The id of the existing Lbvserver that should be imported. Refer to the {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the Lbvserver to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3d1cd356744936d919ecb43eff2f47357b8dd1280bc87dea25c88232139a6ec4)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument import_to_id", value=import_to_id, expected_type=type_hints["import_to_id"])
            check_type(argname="argument import_from_id", value=import_from_id, expected_type=type_hints["import_from_id"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
        return typing.cast(_cdktf_9a9027ec.ImportableResource, jsii.sinvoke(cls, "generateConfigForImport", [scope, import_to_id, import_from_id, provider]))

    @jsii.member(jsii_name="putSslpolicybinding")
    def put_sslpolicybinding(
        self,
        value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["LbvserverSslpolicybinding", typing.Dict[builtins.str, typing.Any]]]],
    ) -> None:
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0c6fe5103e838a3ae2b74b7cf70636e45b4a7f7f70d205231f23999791b3598b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast(None, jsii.invoke(self, "putSslpolicybinding", [value]))

    @jsii.member(jsii_name="resetAdfsproxyprofile")
    def reset_adfsproxyprofile(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAdfsproxyprofile", []))

    @jsii.member(jsii_name="resetApiprofile")
    def reset_apiprofile(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetApiprofile", []))

    @jsii.member(jsii_name="resetAppflowlog")
    def reset_appflowlog(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAppflowlog", []))

    @jsii.member(jsii_name="resetAuthentication")
    def reset_authentication(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAuthentication", []))

    @jsii.member(jsii_name="resetAuthenticationhost")
    def reset_authenticationhost(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAuthenticationhost", []))

    @jsii.member(jsii_name="resetAuthn401")
    def reset_authn401(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAuthn401", []))

    @jsii.member(jsii_name="resetAuthnprofile")
    def reset_authnprofile(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAuthnprofile", []))

    @jsii.member(jsii_name="resetAuthnvsname")
    def reset_authnvsname(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAuthnvsname", []))

    @jsii.member(jsii_name="resetBackuplbmethod")
    def reset_backuplbmethod(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetBackuplbmethod", []))

    @jsii.member(jsii_name="resetBackuppersistencetimeout")
    def reset_backuppersistencetimeout(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetBackuppersistencetimeout", []))

    @jsii.member(jsii_name="resetBackupvserver")
    def reset_backupvserver(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetBackupvserver", []))

    @jsii.member(jsii_name="resetBypassaaaa")
    def reset_bypassaaaa(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetBypassaaaa", []))

    @jsii.member(jsii_name="resetCacheable")
    def reset_cacheable(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCacheable", []))

    @jsii.member(jsii_name="resetCiphers")
    def reset_ciphers(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCiphers", []))

    @jsii.member(jsii_name="resetCiphersuites")
    def reset_ciphersuites(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCiphersuites", []))

    @jsii.member(jsii_name="resetClttimeout")
    def reset_clttimeout(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetClttimeout", []))

    @jsii.member(jsii_name="resetComment")
    def reset_comment(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetComment", []))

    @jsii.member(jsii_name="resetConnfailover")
    def reset_connfailover(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetConnfailover", []))

    @jsii.member(jsii_name="resetCookiename")
    def reset_cookiename(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCookiename", []))

    @jsii.member(jsii_name="resetDatalength")
    def reset_datalength(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDatalength", []))

    @jsii.member(jsii_name="resetDataoffset")
    def reset_dataoffset(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDataoffset", []))

    @jsii.member(jsii_name="resetDbprofilename")
    def reset_dbprofilename(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDbprofilename", []))

    @jsii.member(jsii_name="resetDbslb")
    def reset_dbslb(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDbslb", []))

    @jsii.member(jsii_name="resetDisableprimaryondown")
    def reset_disableprimaryondown(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDisableprimaryondown", []))

    @jsii.member(jsii_name="resetDns64")
    def reset_dns64(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDns64", []))

    @jsii.member(jsii_name="resetDnsoverhttps")
    def reset_dnsoverhttps(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDnsoverhttps", []))

    @jsii.member(jsii_name="resetDnsprofilename")
    def reset_dnsprofilename(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDnsprofilename", []))

    @jsii.member(jsii_name="resetDownstateflush")
    def reset_downstateflush(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDownstateflush", []))

    @jsii.member(jsii_name="resetHashlength")
    def reset_hashlength(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetHashlength", []))

    @jsii.member(jsii_name="resetHealththreshold")
    def reset_healththreshold(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetHealththreshold", []))

    @jsii.member(jsii_name="resetHttpprofilename")
    def reset_httpprofilename(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetHttpprofilename", []))

    @jsii.member(jsii_name="resetHttpsredirecturl")
    def reset_httpsredirecturl(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetHttpsredirecturl", []))

    @jsii.member(jsii_name="resetIcmpvsrresponse")
    def reset_icmpvsrresponse(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetIcmpvsrresponse", []))

    @jsii.member(jsii_name="resetId")
    def reset_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetId", []))

    @jsii.member(jsii_name="resetInsertvserveripport")
    def reset_insertvserveripport(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetInsertvserveripport", []))

    @jsii.member(jsii_name="resetIpmask")
    def reset_ipmask(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetIpmask", []))

    @jsii.member(jsii_name="resetIppattern")
    def reset_ippattern(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetIppattern", []))

    @jsii.member(jsii_name="resetIpset")
    def reset_ipset(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetIpset", []))

    @jsii.member(jsii_name="resetIpv46")
    def reset_ipv46(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetIpv46", []))

    @jsii.member(jsii_name="resetL2Conn")
    def reset_l2_conn(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetL2Conn", []))

    @jsii.member(jsii_name="resetLbmethod")
    def reset_lbmethod(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetLbmethod", []))

    @jsii.member(jsii_name="resetLbprofilename")
    def reset_lbprofilename(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetLbprofilename", []))

    @jsii.member(jsii_name="resetListenpolicy")
    def reset_listenpolicy(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetListenpolicy", []))

    @jsii.member(jsii_name="resetListenpriority")
    def reset_listenpriority(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetListenpriority", []))

    @jsii.member(jsii_name="resetM")
    def reset_m(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetM", []))

    @jsii.member(jsii_name="resetMacmoderetainvlan")
    def reset_macmoderetainvlan(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMacmoderetainvlan", []))

    @jsii.member(jsii_name="resetMaxautoscalemembers")
    def reset_maxautoscalemembers(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMaxautoscalemembers", []))

    @jsii.member(jsii_name="resetMinautoscalemembers")
    def reset_minautoscalemembers(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMinautoscalemembers", []))

    @jsii.member(jsii_name="resetMssqlserverversion")
    def reset_mssqlserverversion(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMssqlserverversion", []))

    @jsii.member(jsii_name="resetMysqlcharacterset")
    def reset_mysqlcharacterset(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMysqlcharacterset", []))

    @jsii.member(jsii_name="resetMysqlprotocolversion")
    def reset_mysqlprotocolversion(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMysqlprotocolversion", []))

    @jsii.member(jsii_name="resetMysqlservercapabilities")
    def reset_mysqlservercapabilities(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMysqlservercapabilities", []))

    @jsii.member(jsii_name="resetMysqlserverversion")
    def reset_mysqlserverversion(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMysqlserverversion", []))

    @jsii.member(jsii_name="resetName")
    def reset_name(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetName", []))

    @jsii.member(jsii_name="resetNetmask")
    def reset_netmask(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetNetmask", []))

    @jsii.member(jsii_name="resetNetprofile")
    def reset_netprofile(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetNetprofile", []))

    @jsii.member(jsii_name="resetNewservicerequest")
    def reset_newservicerequest(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetNewservicerequest", []))

    @jsii.member(jsii_name="resetNewservicerequestincrementinterval")
    def reset_newservicerequestincrementinterval(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetNewservicerequestincrementinterval", []))

    @jsii.member(jsii_name="resetNewservicerequestunit")
    def reset_newservicerequestunit(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetNewservicerequestunit", []))

    @jsii.member(jsii_name="resetOracleserverversion")
    def reset_oracleserverversion(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetOracleserverversion", []))

    @jsii.member(jsii_name="resetOrderthreshold")
    def reset_orderthreshold(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetOrderthreshold", []))

    @jsii.member(jsii_name="resetPersistavpno")
    def reset_persistavpno(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPersistavpno", []))

    @jsii.member(jsii_name="resetPersistencebackup")
    def reset_persistencebackup(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPersistencebackup", []))

    @jsii.member(jsii_name="resetPersistencetype")
    def reset_persistencetype(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPersistencetype", []))

    @jsii.member(jsii_name="resetPersistmask")
    def reset_persistmask(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPersistmask", []))

    @jsii.member(jsii_name="resetPort")
    def reset_port(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPort", []))

    @jsii.member(jsii_name="resetProbeport")
    def reset_probeport(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetProbeport", []))

    @jsii.member(jsii_name="resetProbeprotocol")
    def reset_probeprotocol(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetProbeprotocol", []))

    @jsii.member(jsii_name="resetProbesuccessresponsecode")
    def reset_probesuccessresponsecode(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetProbesuccessresponsecode", []))

    @jsii.member(jsii_name="resetProcesslocal")
    def reset_processlocal(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetProcesslocal", []))

    @jsii.member(jsii_name="resetPush")
    def reset_push(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPush", []))

    @jsii.member(jsii_name="resetPushlabel")
    def reset_pushlabel(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPushlabel", []))

    @jsii.member(jsii_name="resetPushmulticlients")
    def reset_pushmulticlients(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPushmulticlients", []))

    @jsii.member(jsii_name="resetPushvserver")
    def reset_pushvserver(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPushvserver", []))

    @jsii.member(jsii_name="resetQuicbridgeprofilename")
    def reset_quicbridgeprofilename(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetQuicbridgeprofilename", []))

    @jsii.member(jsii_name="resetQuicprofilename")
    def reset_quicprofilename(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetQuicprofilename", []))

    @jsii.member(jsii_name="resetRange")
    def reset_range(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetRange", []))

    @jsii.member(jsii_name="resetRecursionavailable")
    def reset_recursionavailable(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetRecursionavailable", []))

    @jsii.member(jsii_name="resetRedirectfromport")
    def reset_redirectfromport(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetRedirectfromport", []))

    @jsii.member(jsii_name="resetRedirectportrewrite")
    def reset_redirectportrewrite(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetRedirectportrewrite", []))

    @jsii.member(jsii_name="resetRedirurl")
    def reset_redirurl(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetRedirurl", []))

    @jsii.member(jsii_name="resetRedirurlflags")
    def reset_redirurlflags(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetRedirurlflags", []))

    @jsii.member(jsii_name="resetResrule")
    def reset_resrule(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetResrule", []))

    @jsii.member(jsii_name="resetRetainconnectionsoncluster")
    def reset_retainconnectionsoncluster(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetRetainconnectionsoncluster", []))

    @jsii.member(jsii_name="resetRhistate")
    def reset_rhistate(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetRhistate", []))

    @jsii.member(jsii_name="resetRtspnat")
    def reset_rtspnat(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetRtspnat", []))

    @jsii.member(jsii_name="resetRule")
    def reset_rule(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetRule", []))

    @jsii.member(jsii_name="resetServicename")
    def reset_servicename(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetServicename", []))

    @jsii.member(jsii_name="resetServicetype")
    def reset_servicetype(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetServicetype", []))

    @jsii.member(jsii_name="resetSessionless")
    def reset_sessionless(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSessionless", []))

    @jsii.member(jsii_name="resetSkippersistency")
    def reset_skippersistency(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSkippersistency", []))

    @jsii.member(jsii_name="resetSnisslcertkeys")
    def reset_snisslcertkeys(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSnisslcertkeys", []))

    @jsii.member(jsii_name="resetSobackupaction")
    def reset_sobackupaction(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSobackupaction", []))

    @jsii.member(jsii_name="resetSomethod")
    def reset_somethod(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSomethod", []))

    @jsii.member(jsii_name="resetSopersistence")
    def reset_sopersistence(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSopersistence", []))

    @jsii.member(jsii_name="resetSopersistencetimeout")
    def reset_sopersistencetimeout(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSopersistencetimeout", []))

    @jsii.member(jsii_name="resetSothreshold")
    def reset_sothreshold(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSothreshold", []))

    @jsii.member(jsii_name="resetSslcertkey")
    def reset_sslcertkey(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSslcertkey", []))

    @jsii.member(jsii_name="resetSslpolicybinding")
    def reset_sslpolicybinding(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSslpolicybinding", []))

    @jsii.member(jsii_name="resetSslprofile")
    def reset_sslprofile(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSslprofile", []))

    @jsii.member(jsii_name="resetState")
    def reset_state(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetState", []))

    @jsii.member(jsii_name="resetTcpprofilename")
    def reset_tcpprofilename(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTcpprofilename", []))

    @jsii.member(jsii_name="resetTd")
    def reset_td(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTd", []))

    @jsii.member(jsii_name="resetTimeout")
    def reset_timeout(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTimeout", []))

    @jsii.member(jsii_name="resetToggleorder")
    def reset_toggleorder(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetToggleorder", []))

    @jsii.member(jsii_name="resetTosid")
    def reset_tosid(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTosid", []))

    @jsii.member(jsii_name="resetTrofspersistence")
    def reset_trofspersistence(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTrofspersistence", []))

    @jsii.member(jsii_name="resetV6Netmasklen")
    def reset_v6_netmasklen(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetV6Netmasklen", []))

    @jsii.member(jsii_name="resetV6Persistmasklen")
    def reset_v6_persistmasklen(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetV6Persistmasklen", []))

    @jsii.member(jsii_name="resetVipheader")
    def reset_vipheader(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetVipheader", []))

    @jsii.member(jsii_name="resetWeight")
    def reset_weight(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetWeight", []))

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
    @jsii.member(jsii_name="sslpolicybinding")
    def sslpolicybinding(self) -> "LbvserverSslpolicybindingList":
        return typing.cast("LbvserverSslpolicybindingList", jsii.get(self, "sslpolicybinding"))

    @builtins.property
    @jsii.member(jsii_name="adfsproxyprofileInput")
    def adfsproxyprofile_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "adfsproxyprofileInput"))

    @builtins.property
    @jsii.member(jsii_name="apiprofileInput")
    def apiprofile_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "apiprofileInput"))

    @builtins.property
    @jsii.member(jsii_name="appflowlogInput")
    def appflowlog_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "appflowlogInput"))

    @builtins.property
    @jsii.member(jsii_name="authenticationhostInput")
    def authenticationhost_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "authenticationhostInput"))

    @builtins.property
    @jsii.member(jsii_name="authenticationInput")
    def authentication_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "authenticationInput"))

    @builtins.property
    @jsii.member(jsii_name="authn401Input")
    def authn401_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "authn401Input"))

    @builtins.property
    @jsii.member(jsii_name="authnprofileInput")
    def authnprofile_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "authnprofileInput"))

    @builtins.property
    @jsii.member(jsii_name="authnvsnameInput")
    def authnvsname_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "authnvsnameInput"))

    @builtins.property
    @jsii.member(jsii_name="backuplbmethodInput")
    def backuplbmethod_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "backuplbmethodInput"))

    @builtins.property
    @jsii.member(jsii_name="backuppersistencetimeoutInput")
    def backuppersistencetimeout_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "backuppersistencetimeoutInput"))

    @builtins.property
    @jsii.member(jsii_name="backupvserverInput")
    def backupvserver_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "backupvserverInput"))

    @builtins.property
    @jsii.member(jsii_name="bypassaaaaInput")
    def bypassaaaa_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "bypassaaaaInput"))

    @builtins.property
    @jsii.member(jsii_name="cacheableInput")
    def cacheable_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "cacheableInput"))

    @builtins.property
    @jsii.member(jsii_name="ciphersInput")
    def ciphers_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "ciphersInput"))

    @builtins.property
    @jsii.member(jsii_name="ciphersuitesInput")
    def ciphersuites_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "ciphersuitesInput"))

    @builtins.property
    @jsii.member(jsii_name="clttimeoutInput")
    def clttimeout_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "clttimeoutInput"))

    @builtins.property
    @jsii.member(jsii_name="commentInput")
    def comment_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "commentInput"))

    @builtins.property
    @jsii.member(jsii_name="connfailoverInput")
    def connfailover_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "connfailoverInput"))

    @builtins.property
    @jsii.member(jsii_name="cookienameInput")
    def cookiename_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "cookienameInput"))

    @builtins.property
    @jsii.member(jsii_name="datalengthInput")
    def datalength_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "datalengthInput"))

    @builtins.property
    @jsii.member(jsii_name="dataoffsetInput")
    def dataoffset_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "dataoffsetInput"))

    @builtins.property
    @jsii.member(jsii_name="dbprofilenameInput")
    def dbprofilename_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "dbprofilenameInput"))

    @builtins.property
    @jsii.member(jsii_name="dbslbInput")
    def dbslb_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "dbslbInput"))

    @builtins.property
    @jsii.member(jsii_name="disableprimaryondownInput")
    def disableprimaryondown_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "disableprimaryondownInput"))

    @builtins.property
    @jsii.member(jsii_name="dns64Input")
    def dns64_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "dns64Input"))

    @builtins.property
    @jsii.member(jsii_name="dnsoverhttpsInput")
    def dnsoverhttps_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "dnsoverhttpsInput"))

    @builtins.property
    @jsii.member(jsii_name="dnsprofilenameInput")
    def dnsprofilename_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "dnsprofilenameInput"))

    @builtins.property
    @jsii.member(jsii_name="downstateflushInput")
    def downstateflush_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "downstateflushInput"))

    @builtins.property
    @jsii.member(jsii_name="hashlengthInput")
    def hashlength_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "hashlengthInput"))

    @builtins.property
    @jsii.member(jsii_name="healththresholdInput")
    def healththreshold_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "healththresholdInput"))

    @builtins.property
    @jsii.member(jsii_name="httpprofilenameInput")
    def httpprofilename_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "httpprofilenameInput"))

    @builtins.property
    @jsii.member(jsii_name="httpsredirecturlInput")
    def httpsredirecturl_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "httpsredirecturlInput"))

    @builtins.property
    @jsii.member(jsii_name="icmpvsrresponseInput")
    def icmpvsrresponse_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "icmpvsrresponseInput"))

    @builtins.property
    @jsii.member(jsii_name="idInput")
    def id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "idInput"))

    @builtins.property
    @jsii.member(jsii_name="insertvserveripportInput")
    def insertvserveripport_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "insertvserveripportInput"))

    @builtins.property
    @jsii.member(jsii_name="ipmaskInput")
    def ipmask_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "ipmaskInput"))

    @builtins.property
    @jsii.member(jsii_name="ippatternInput")
    def ippattern_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "ippatternInput"))

    @builtins.property
    @jsii.member(jsii_name="ipsetInput")
    def ipset_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "ipsetInput"))

    @builtins.property
    @jsii.member(jsii_name="ipv46Input")
    def ipv46_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "ipv46Input"))

    @builtins.property
    @jsii.member(jsii_name="l2ConnInput")
    def l2_conn_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "l2ConnInput"))

    @builtins.property
    @jsii.member(jsii_name="lbmethodInput")
    def lbmethod_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "lbmethodInput"))

    @builtins.property
    @jsii.member(jsii_name="lbprofilenameInput")
    def lbprofilename_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "lbprofilenameInput"))

    @builtins.property
    @jsii.member(jsii_name="listenpolicyInput")
    def listenpolicy_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "listenpolicyInput"))

    @builtins.property
    @jsii.member(jsii_name="listenpriorityInput")
    def listenpriority_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "listenpriorityInput"))

    @builtins.property
    @jsii.member(jsii_name="macmoderetainvlanInput")
    def macmoderetainvlan_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "macmoderetainvlanInput"))

    @builtins.property
    @jsii.member(jsii_name="maxautoscalemembersInput")
    def maxautoscalemembers_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "maxautoscalemembersInput"))

    @builtins.property
    @jsii.member(jsii_name="minautoscalemembersInput")
    def minautoscalemembers_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "minautoscalemembersInput"))

    @builtins.property
    @jsii.member(jsii_name="mInput")
    def m_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "mInput"))

    @builtins.property
    @jsii.member(jsii_name="mssqlserverversionInput")
    def mssqlserverversion_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "mssqlserverversionInput"))

    @builtins.property
    @jsii.member(jsii_name="mysqlcharactersetInput")
    def mysqlcharacterset_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "mysqlcharactersetInput"))

    @builtins.property
    @jsii.member(jsii_name="mysqlprotocolversionInput")
    def mysqlprotocolversion_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "mysqlprotocolversionInput"))

    @builtins.property
    @jsii.member(jsii_name="mysqlservercapabilitiesInput")
    def mysqlservercapabilities_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "mysqlservercapabilitiesInput"))

    @builtins.property
    @jsii.member(jsii_name="mysqlserverversionInput")
    def mysqlserverversion_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "mysqlserverversionInput"))

    @builtins.property
    @jsii.member(jsii_name="nameInput")
    def name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "nameInput"))

    @builtins.property
    @jsii.member(jsii_name="netmaskInput")
    def netmask_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "netmaskInput"))

    @builtins.property
    @jsii.member(jsii_name="netprofileInput")
    def netprofile_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "netprofileInput"))

    @builtins.property
    @jsii.member(jsii_name="newservicerequestincrementintervalInput")
    def newservicerequestincrementinterval_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "newservicerequestincrementintervalInput"))

    @builtins.property
    @jsii.member(jsii_name="newservicerequestInput")
    def newservicerequest_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "newservicerequestInput"))

    @builtins.property
    @jsii.member(jsii_name="newservicerequestunitInput")
    def newservicerequestunit_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "newservicerequestunitInput"))

    @builtins.property
    @jsii.member(jsii_name="oracleserverversionInput")
    def oracleserverversion_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "oracleserverversionInput"))

    @builtins.property
    @jsii.member(jsii_name="orderthresholdInput")
    def orderthreshold_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "orderthresholdInput"))

    @builtins.property
    @jsii.member(jsii_name="persistavpnoInput")
    def persistavpno_input(self) -> typing.Optional[typing.List[jsii.Number]]:
        return typing.cast(typing.Optional[typing.List[jsii.Number]], jsii.get(self, "persistavpnoInput"))

    @builtins.property
    @jsii.member(jsii_name="persistencebackupInput")
    def persistencebackup_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "persistencebackupInput"))

    @builtins.property
    @jsii.member(jsii_name="persistencetypeInput")
    def persistencetype_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "persistencetypeInput"))

    @builtins.property
    @jsii.member(jsii_name="persistmaskInput")
    def persistmask_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "persistmaskInput"))

    @builtins.property
    @jsii.member(jsii_name="portInput")
    def port_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "portInput"))

    @builtins.property
    @jsii.member(jsii_name="probeportInput")
    def probeport_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "probeportInput"))

    @builtins.property
    @jsii.member(jsii_name="probeprotocolInput")
    def probeprotocol_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "probeprotocolInput"))

    @builtins.property
    @jsii.member(jsii_name="probesuccessresponsecodeInput")
    def probesuccessresponsecode_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "probesuccessresponsecodeInput"))

    @builtins.property
    @jsii.member(jsii_name="processlocalInput")
    def processlocal_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "processlocalInput"))

    @builtins.property
    @jsii.member(jsii_name="pushInput")
    def push_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "pushInput"))

    @builtins.property
    @jsii.member(jsii_name="pushlabelInput")
    def pushlabel_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "pushlabelInput"))

    @builtins.property
    @jsii.member(jsii_name="pushmulticlientsInput")
    def pushmulticlients_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "pushmulticlientsInput"))

    @builtins.property
    @jsii.member(jsii_name="pushvserverInput")
    def pushvserver_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "pushvserverInput"))

    @builtins.property
    @jsii.member(jsii_name="quicbridgeprofilenameInput")
    def quicbridgeprofilename_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "quicbridgeprofilenameInput"))

    @builtins.property
    @jsii.member(jsii_name="quicprofilenameInput")
    def quicprofilename_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "quicprofilenameInput"))

    @builtins.property
    @jsii.member(jsii_name="rangeInput")
    def range_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "rangeInput"))

    @builtins.property
    @jsii.member(jsii_name="recursionavailableInput")
    def recursionavailable_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "recursionavailableInput"))

    @builtins.property
    @jsii.member(jsii_name="redirectfromportInput")
    def redirectfromport_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "redirectfromportInput"))

    @builtins.property
    @jsii.member(jsii_name="redirectportrewriteInput")
    def redirectportrewrite_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "redirectportrewriteInput"))

    @builtins.property
    @jsii.member(jsii_name="redirurlflagsInput")
    def redirurlflags_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "redirurlflagsInput"))

    @builtins.property
    @jsii.member(jsii_name="redirurlInput")
    def redirurl_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "redirurlInput"))

    @builtins.property
    @jsii.member(jsii_name="resruleInput")
    def resrule_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "resruleInput"))

    @builtins.property
    @jsii.member(jsii_name="retainconnectionsonclusterInput")
    def retainconnectionsoncluster_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "retainconnectionsonclusterInput"))

    @builtins.property
    @jsii.member(jsii_name="rhistateInput")
    def rhistate_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "rhistateInput"))

    @builtins.property
    @jsii.member(jsii_name="rtspnatInput")
    def rtspnat_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "rtspnatInput"))

    @builtins.property
    @jsii.member(jsii_name="ruleInput")
    def rule_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "ruleInput"))

    @builtins.property
    @jsii.member(jsii_name="servicenameInput")
    def servicename_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "servicenameInput"))

    @builtins.property
    @jsii.member(jsii_name="servicetypeInput")
    def servicetype_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "servicetypeInput"))

    @builtins.property
    @jsii.member(jsii_name="sessionlessInput")
    def sessionless_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "sessionlessInput"))

    @builtins.property
    @jsii.member(jsii_name="skippersistencyInput")
    def skippersistency_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "skippersistencyInput"))

    @builtins.property
    @jsii.member(jsii_name="snisslcertkeysInput")
    def snisslcertkeys_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "snisslcertkeysInput"))

    @builtins.property
    @jsii.member(jsii_name="sobackupactionInput")
    def sobackupaction_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "sobackupactionInput"))

    @builtins.property
    @jsii.member(jsii_name="somethodInput")
    def somethod_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "somethodInput"))

    @builtins.property
    @jsii.member(jsii_name="sopersistenceInput")
    def sopersistence_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "sopersistenceInput"))

    @builtins.property
    @jsii.member(jsii_name="sopersistencetimeoutInput")
    def sopersistencetimeout_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "sopersistencetimeoutInput"))

    @builtins.property
    @jsii.member(jsii_name="sothresholdInput")
    def sothreshold_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "sothresholdInput"))

    @builtins.property
    @jsii.member(jsii_name="sslcertkeyInput")
    def sslcertkey_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "sslcertkeyInput"))

    @builtins.property
    @jsii.member(jsii_name="sslpolicybindingInput")
    def sslpolicybinding_input(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["LbvserverSslpolicybinding"]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["LbvserverSslpolicybinding"]]], jsii.get(self, "sslpolicybindingInput"))

    @builtins.property
    @jsii.member(jsii_name="sslprofileInput")
    def sslprofile_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "sslprofileInput"))

    @builtins.property
    @jsii.member(jsii_name="stateInput")
    def state_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "stateInput"))

    @builtins.property
    @jsii.member(jsii_name="tcpprofilenameInput")
    def tcpprofilename_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "tcpprofilenameInput"))

    @builtins.property
    @jsii.member(jsii_name="tdInput")
    def td_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "tdInput"))

    @builtins.property
    @jsii.member(jsii_name="timeoutInput")
    def timeout_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "timeoutInput"))

    @builtins.property
    @jsii.member(jsii_name="toggleorderInput")
    def toggleorder_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "toggleorderInput"))

    @builtins.property
    @jsii.member(jsii_name="tosidInput")
    def tosid_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "tosidInput"))

    @builtins.property
    @jsii.member(jsii_name="trofspersistenceInput")
    def trofspersistence_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "trofspersistenceInput"))

    @builtins.property
    @jsii.member(jsii_name="v6NetmasklenInput")
    def v6_netmasklen_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "v6NetmasklenInput"))

    @builtins.property
    @jsii.member(jsii_name="v6PersistmasklenInput")
    def v6_persistmasklen_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "v6PersistmasklenInput"))

    @builtins.property
    @jsii.member(jsii_name="vipheaderInput")
    def vipheader_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "vipheaderInput"))

    @builtins.property
    @jsii.member(jsii_name="weightInput")
    def weight_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "weightInput"))

    @builtins.property
    @jsii.member(jsii_name="adfsproxyprofile")
    def adfsproxyprofile(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "adfsproxyprofile"))

    @adfsproxyprofile.setter
    def adfsproxyprofile(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4bb8745873ab60a00037eaacbcec10e6c374f0e2e44b1f9e8287ecd2c5b7b16d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "adfsproxyprofile", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="apiprofile")
    def apiprofile(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "apiprofile"))

    @apiprofile.setter
    def apiprofile(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__68969930dce0f8088b245232b46a4d3df8d6eba0024f214e0e882fce3db085ac)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "apiprofile", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="appflowlog")
    def appflowlog(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "appflowlog"))

    @appflowlog.setter
    def appflowlog(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__df58ddd919768dffb8315842d79d829779e48f76234c92586574e6044383393a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "appflowlog", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="authentication")
    def authentication(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "authentication"))

    @authentication.setter
    def authentication(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b10fc04c149029d28bacbc7cf166d7ad8143a77d088e704b5663fce7d300e628)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "authentication", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="authenticationhost")
    def authenticationhost(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "authenticationhost"))

    @authenticationhost.setter
    def authenticationhost(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2a15c10e257396903f46b13d2a9622bcecd08a4db55559880c68e991ee87d1ea)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "authenticationhost", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="authn401")
    def authn401(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "authn401"))

    @authn401.setter
    def authn401(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3ee9a5857f878cbedcb291fbb6e7e776e9cb305f7808775433657071772be605)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "authn401", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="authnprofile")
    def authnprofile(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "authnprofile"))

    @authnprofile.setter
    def authnprofile(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__553a797125a01650f1d4608b7032e1058a983015fb4be4cc48477438c06d4401)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "authnprofile", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="authnvsname")
    def authnvsname(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "authnvsname"))

    @authnvsname.setter
    def authnvsname(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__855bf85c59f10409e517afab741a0681a090696ac3db17d6a9cdc2817bc544b5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "authnvsname", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="backuplbmethod")
    def backuplbmethod(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "backuplbmethod"))

    @backuplbmethod.setter
    def backuplbmethod(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c6930bd81524e1d32d1e1a480578282efb051a1e47f1f2b6b3e6820d4d089eda)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "backuplbmethod", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="backuppersistencetimeout")
    def backuppersistencetimeout(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "backuppersistencetimeout"))

    @backuppersistencetimeout.setter
    def backuppersistencetimeout(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6bc24a04051fa8ab542ed8c2311ca8c164c87c9273c2c8eda18392f2b4b823b1)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "backuppersistencetimeout", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="backupvserver")
    def backupvserver(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "backupvserver"))

    @backupvserver.setter
    def backupvserver(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b5067711c11bc0f9a240c721f7964ded3caccfa8921373460e732ef8ca03cdf4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "backupvserver", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="bypassaaaa")
    def bypassaaaa(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "bypassaaaa"))

    @bypassaaaa.setter
    def bypassaaaa(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f97e525b53b9bb6e7329e3099ce3fc28947053d47961fff75f66424e102f96b7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "bypassaaaa", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="cacheable")
    def cacheable(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "cacheable"))

    @cacheable.setter
    def cacheable(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__87e119c48447b14bc1193b05ca0db1a9951bfd09a56db300660ea6f003b5ea86)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "cacheable", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="ciphers")
    def ciphers(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "ciphers"))

    @ciphers.setter
    def ciphers(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__572bfbbdd3dca7c6e9c35c869b804409634bd8a8c52d771be5f5bf80cedd0811)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "ciphers", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="ciphersuites")
    def ciphersuites(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "ciphersuites"))

    @ciphersuites.setter
    def ciphersuites(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d44782b0050da3ea7b93fbac0e9821e292af6b5c9de89d37df98a817278fb379)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "ciphersuites", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="clttimeout")
    def clttimeout(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "clttimeout"))

    @clttimeout.setter
    def clttimeout(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__53fb99d1e782d2b29bc46b2731ab28d440ace4974f7597afcb3e5e93a292c514)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "clttimeout", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="comment")
    def comment(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "comment"))

    @comment.setter
    def comment(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__be1747856098a2b781f1664ec6c915b0f11891f6cedd34d4bd6673ffbc4679a9)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "comment", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="connfailover")
    def connfailover(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "connfailover"))

    @connfailover.setter
    def connfailover(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6d29c35cc08d4714bc58a6c4bd164f9e7ffc4c9ba43e9d8a098ec8f1df649b93)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "connfailover", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="cookiename")
    def cookiename(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "cookiename"))

    @cookiename.setter
    def cookiename(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1253edc04dca5dc23676567fbdc81f8f16d2dc8b54ed9ad3359fc244fb777349)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "cookiename", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="datalength")
    def datalength(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "datalength"))

    @datalength.setter
    def datalength(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__37bced3cd67678795ea7da00b29523aeda16f47d2dfdbd1012690290f970557f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "datalength", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="dataoffset")
    def dataoffset(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "dataoffset"))

    @dataoffset.setter
    def dataoffset(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d4aaae4f4e2f8292a87906c99061802b5982e478f44f0a574acbf331ffa5865a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "dataoffset", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="dbprofilename")
    def dbprofilename(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "dbprofilename"))

    @dbprofilename.setter
    def dbprofilename(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f14779b62322839cc91d8504a01c882085410ecaf80f543c4bcaf96fa10479f7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "dbprofilename", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="dbslb")
    def dbslb(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "dbslb"))

    @dbslb.setter
    def dbslb(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0ee8c807aada6be1f42092bf716eb7262e1270b5e7f41238026b553c85066184)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "dbslb", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="disableprimaryondown")
    def disableprimaryondown(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "disableprimaryondown"))

    @disableprimaryondown.setter
    def disableprimaryondown(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6ccefd20873a0da8042e24937035ec855b25141b4a1df8d3f2fe6f5f3c791b84)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "disableprimaryondown", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="dns64")
    def dns64(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "dns64"))

    @dns64.setter
    def dns64(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ae1a4e527df1a273dab4809ec79b3a527d393c000870e1c5148e8cb06ad56114)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "dns64", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="dnsoverhttps")
    def dnsoverhttps(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "dnsoverhttps"))

    @dnsoverhttps.setter
    def dnsoverhttps(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9b794114e7963c9f727b57e3781d4857e8b37fb7124190babf34dbfa3db2c154)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "dnsoverhttps", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="dnsprofilename")
    def dnsprofilename(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "dnsprofilename"))

    @dnsprofilename.setter
    def dnsprofilename(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__376563cd710c9ccbd39142dcf7843a8549e49b2ac642bf3c3a2bdc1c6f60d03c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "dnsprofilename", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="downstateflush")
    def downstateflush(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "downstateflush"))

    @downstateflush.setter
    def downstateflush(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d577a03d420e320bddab9f988917fc89e618085cf57c76cd7bb66efab217a365)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "downstateflush", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="hashlength")
    def hashlength(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "hashlength"))

    @hashlength.setter
    def hashlength(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8e89213deee406ef250b102175e08a2673633d37bd29f004110775f95d27e497)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "hashlength", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="healththreshold")
    def healththreshold(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "healththreshold"))

    @healththreshold.setter
    def healththreshold(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9d6499a4b218b4bee8d4c7b1e9e8fa3c04a777b8771a725e4a03c7bb5789cf96)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "healththreshold", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="httpprofilename")
    def httpprofilename(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "httpprofilename"))

    @httpprofilename.setter
    def httpprofilename(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__27c23d3e3fde933493715e7e3f3faf1eb94524ea850df320134960e7a719d059)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "httpprofilename", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="httpsredirecturl")
    def httpsredirecturl(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "httpsredirecturl"))

    @httpsredirecturl.setter
    def httpsredirecturl(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__538b97e2d6e35c8bef86230ab6d753a8579abaee1c767b8b2b07ca00bc9848cc)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "httpsredirecturl", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="icmpvsrresponse")
    def icmpvsrresponse(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "icmpvsrresponse"))

    @icmpvsrresponse.setter
    def icmpvsrresponse(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5934644901c54cf3917f05937c07d9c0d25bd7c2d1891f79847afba86e3a7ecd)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "icmpvsrresponse", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @id.setter
    def id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6db9ad34285e85e41fe478b81f760b79a9b82ef22277dff3caabb012a7458363)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "id", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="insertvserveripport")
    def insertvserveripport(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "insertvserveripport"))

    @insertvserveripport.setter
    def insertvserveripport(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ab2d019ce5ca8525d101f3e4e6ba5a63206cc86c9097bee29ce9831e2c24a866)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "insertvserveripport", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="ipmask")
    def ipmask(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "ipmask"))

    @ipmask.setter
    def ipmask(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__efc0b8620a7abd4e44e37477ae63901cd1d686ebfb472eb91af265dd791786c3)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "ipmask", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="ippattern")
    def ippattern(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "ippattern"))

    @ippattern.setter
    def ippattern(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d6624a2ee14e76011841e0ad9f7b1a32b9d8fb72900990fb0e28335fbf019c97)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "ippattern", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="ipset")
    def ipset(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "ipset"))

    @ipset.setter
    def ipset(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__49264a9e781fb80ed980b54497bb6764de6fecc6241f030f58513e4975f37e63)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "ipset", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="ipv46")
    def ipv46(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "ipv46"))

    @ipv46.setter
    def ipv46(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__24897e5e6a2f0e7d97a5814bb7d39c2e719f857a31aa7536cfd328307df58da4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "ipv46", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="l2Conn")
    def l2_conn(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "l2Conn"))

    @l2_conn.setter
    def l2_conn(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__66f63d623adba7b2da3d2acb71fa2e17f702d0898f03516e715d0097e8a6aa1f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "l2Conn", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="lbmethod")
    def lbmethod(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "lbmethod"))

    @lbmethod.setter
    def lbmethod(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4e4eae81657a7fd151dd18f9219a2100853ab281054ceb225240cee42e0d74b1)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "lbmethod", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="lbprofilename")
    def lbprofilename(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "lbprofilename"))

    @lbprofilename.setter
    def lbprofilename(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ddb10992fe2164258c17bf1f9ce77d929d0ab7e959acbdf8debf285462eed57d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "lbprofilename", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="listenpolicy")
    def listenpolicy(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "listenpolicy"))

    @listenpolicy.setter
    def listenpolicy(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ec0fafa42b3f903707479516edfa89ef32e906676f09a8317ce69e12de0322fe)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "listenpolicy", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="listenpriority")
    def listenpriority(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "listenpriority"))

    @listenpriority.setter
    def listenpriority(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__bf0660396772651b73dc8350b9ea94987e96cdc7ceb49599618b6e195ab13b6c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "listenpriority", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="m")
    def m(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "m"))

    @m.setter
    def m(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__685b37ac3967feed3fbe292e6770d8af188612157bd581868d64809c82c51a3b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "m", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="macmoderetainvlan")
    def macmoderetainvlan(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "macmoderetainvlan"))

    @macmoderetainvlan.setter
    def macmoderetainvlan(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__83241555a19b565865c209d1ee5caac51b62b948fbef1c17d40baa47d362320b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "macmoderetainvlan", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="maxautoscalemembers")
    def maxautoscalemembers(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "maxautoscalemembers"))

    @maxautoscalemembers.setter
    def maxautoscalemembers(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__763aa613480f5e30c672c7c740fcd5092aa0ed9ffebd7d4bac13879b6c82eeec)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "maxautoscalemembers", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="minautoscalemembers")
    def minautoscalemembers(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "minautoscalemembers"))

    @minautoscalemembers.setter
    def minautoscalemembers(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6f17b6c9586ae2eb26a10a33deaca385248d19e357fba1d1f817a05f31ad9d69)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "minautoscalemembers", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="mssqlserverversion")
    def mssqlserverversion(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "mssqlserverversion"))

    @mssqlserverversion.setter
    def mssqlserverversion(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__25b439f782fb7080ff12ca1a8fd29a3a913b6789799e4a4b5c09ea5c9e0f1ef9)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "mssqlserverversion", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="mysqlcharacterset")
    def mysqlcharacterset(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "mysqlcharacterset"))

    @mysqlcharacterset.setter
    def mysqlcharacterset(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0cb3776ae00c373fdb6f73a57198c60460358e01c39613a39cf98e97dcab7c52)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "mysqlcharacterset", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="mysqlprotocolversion")
    def mysqlprotocolversion(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "mysqlprotocolversion"))

    @mysqlprotocolversion.setter
    def mysqlprotocolversion(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d617d4ce9137b2e41490e0911e744d701d07c285c685d5bcbdd4912b8b671cd3)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "mysqlprotocolversion", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="mysqlservercapabilities")
    def mysqlservercapabilities(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "mysqlservercapabilities"))

    @mysqlservercapabilities.setter
    def mysqlservercapabilities(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5e2f6c6cbea80346560c46f0aa079ce9cb0ca2cb75725aa455cd92d7525f816a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "mysqlservercapabilities", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="mysqlserverversion")
    def mysqlserverversion(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "mysqlserverversion"))

    @mysqlserverversion.setter
    def mysqlserverversion(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6cad32af6c2e48434b2bbaf7125e5100847e78fc52c9ac750c681924d4aeb572)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "mysqlserverversion", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="name")
    def name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "name"))

    @name.setter
    def name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7618ddddb62d688d986515e14f3fdb392fa4fc8ea753099782df5b1aa800c6c9)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "name", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="netmask")
    def netmask(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "netmask"))

    @netmask.setter
    def netmask(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__dc7fada17ff6d9aeecb77aa3ccd9c03afd5b4b602be8fa52ca6885827b749433)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "netmask", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="netprofile")
    def netprofile(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "netprofile"))

    @netprofile.setter
    def netprofile(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__aaca5bf642e08bb51da9aede3babc6928408355dfc8c4b5ee503ea1b105d045f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "netprofile", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="newservicerequest")
    def newservicerequest(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "newservicerequest"))

    @newservicerequest.setter
    def newservicerequest(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2dc89939bfae67b77b3b8e57e6f55b30e1784c8960960f0ed79656fb065480fd)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "newservicerequest", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="newservicerequestincrementinterval")
    def newservicerequestincrementinterval(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "newservicerequestincrementinterval"))

    @newservicerequestincrementinterval.setter
    def newservicerequestincrementinterval(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__89f66e72577cc4c021864ce1e253e1a428fbe8da4c68b34702dd89b7877b34e3)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "newservicerequestincrementinterval", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="newservicerequestunit")
    def newservicerequestunit(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "newservicerequestunit"))

    @newservicerequestunit.setter
    def newservicerequestunit(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__83964ba3443370e36515d3e1f482f5854f90dd1c9e5d378a75d9d1f0a8456a9f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "newservicerequestunit", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="oracleserverversion")
    def oracleserverversion(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "oracleserverversion"))

    @oracleserverversion.setter
    def oracleserverversion(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e96ac89b3e1ab05618c22a2e392f797aa63f5492002a71c7b5631fecceb760c8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "oracleserverversion", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="orderthreshold")
    def orderthreshold(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "orderthreshold"))

    @orderthreshold.setter
    def orderthreshold(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4000baa0a1cd69ffa336f2414c5d189f4b5f6051ef1906763fa27ea63ec12a12)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "orderthreshold", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="persistavpno")
    def persistavpno(self) -> typing.List[jsii.Number]:
        return typing.cast(typing.List[jsii.Number], jsii.get(self, "persistavpno"))

    @persistavpno.setter
    def persistavpno(self, value: typing.List[jsii.Number]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__54432169ad97e8d6c8f98460f2c158a354d160c8064bc1d78fbec28e129b8eb3)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "persistavpno", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="persistencebackup")
    def persistencebackup(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "persistencebackup"))

    @persistencebackup.setter
    def persistencebackup(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e465c5d00c8e56fb45889d495dea2f52517c84cc99ffe003c4d0d73e98dcfc79)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "persistencebackup", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="persistencetype")
    def persistencetype(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "persistencetype"))

    @persistencetype.setter
    def persistencetype(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__db3a7414f146bbb43121be9ef91231f54218647d42d6acf63166c6da64c8f559)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "persistencetype", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="persistmask")
    def persistmask(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "persistmask"))

    @persistmask.setter
    def persistmask(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b0c7b87546b2e72e37b3945446eb85d79e5d28a8606f5d51b8832d02741044f8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "persistmask", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="port")
    def port(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "port"))

    @port.setter
    def port(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2c74338d84d2dc43ecc618232f3967c6d0df31db0704eb293fab23f7f58ba034)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "port", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="probeport")
    def probeport(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "probeport"))

    @probeport.setter
    def probeport(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b651a455669828b85f02eddb1366adb852a7890b43db0ff99193f095e9ad2e9b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "probeport", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="probeprotocol")
    def probeprotocol(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "probeprotocol"))

    @probeprotocol.setter
    def probeprotocol(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3925c3e3a174b1b951e9d0b309d59cd8e57cab1dc8da12a7f74ccc65a718a3d8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "probeprotocol", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="probesuccessresponsecode")
    def probesuccessresponsecode(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "probesuccessresponsecode"))

    @probesuccessresponsecode.setter
    def probesuccessresponsecode(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__fc030dfd06eb4c76ee9b45beb1fb02faafcb6107d5dc46063c6045030c7a16d0)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "probesuccessresponsecode", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="processlocal")
    def processlocal(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "processlocal"))

    @processlocal.setter
    def processlocal(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__abc665d844a6a1421688a37dbcea7a00a77ee744f2b714ced9a85b405b830d87)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "processlocal", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="push")
    def push(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "push"))

    @push.setter
    def push(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b513cf8b937e33dfcd22546f9ee360b42a5d98c11495dabceff0c33f11acb3a1)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "push", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="pushlabel")
    def pushlabel(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "pushlabel"))

    @pushlabel.setter
    def pushlabel(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__731034886da142c6660cce03c6086a17e3539834013c5ee189722c230449581e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "pushlabel", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="pushmulticlients")
    def pushmulticlients(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "pushmulticlients"))

    @pushmulticlients.setter
    def pushmulticlients(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e224cf6c693f82f8cb2a23aa41ea541987584c58106b9d76862b1be9e6da900b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "pushmulticlients", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="pushvserver")
    def pushvserver(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "pushvserver"))

    @pushvserver.setter
    def pushvserver(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7628789f5abb4bbc9921dde2d1cfd3141b69134c8f965c5513b8a63bc29c347f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "pushvserver", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="quicbridgeprofilename")
    def quicbridgeprofilename(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "quicbridgeprofilename"))

    @quicbridgeprofilename.setter
    def quicbridgeprofilename(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__47e583fedc5f9dbaa1307a4b84440ee0e4a6d02c26effb8a5aebeab1dfca8526)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "quicbridgeprofilename", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="quicprofilename")
    def quicprofilename(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "quicprofilename"))

    @quicprofilename.setter
    def quicprofilename(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__855662b30a2e195c9a8fbd9b0fab9cb185779fbcdfc2d02fa2b2236cd175e2d2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "quicprofilename", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="range")
    def range(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "range"))

    @range.setter
    def range(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f420ef532eeb562c767644147838f49eb563db5a5ba0c3548507edb9fdd315e1)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "range", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="recursionavailable")
    def recursionavailable(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "recursionavailable"))

    @recursionavailable.setter
    def recursionavailable(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__37c2bf9d3b1ab1bfc3ce61708d9a701e6e266452ae42b997145c11fd01e64f9a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "recursionavailable", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="redirectfromport")
    def redirectfromport(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "redirectfromport"))

    @redirectfromport.setter
    def redirectfromport(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__83ee740aa0ae833bb3f153cc5322ee71b1db849c724348cd81ab23a41716650a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "redirectfromport", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="redirectportrewrite")
    def redirectportrewrite(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "redirectportrewrite"))

    @redirectportrewrite.setter
    def redirectportrewrite(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__fb359d39b4d1ba115db4b66789cd9fbc75a52fe9dd90e65f0dcb095d4a6b0764)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "redirectportrewrite", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="redirurl")
    def redirurl(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "redirurl"))

    @redirurl.setter
    def redirurl(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d4cceb6f71bb79090cc58e395319d4d0293ee4d42388e1d439d0c039a01c7516)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "redirurl", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="redirurlflags")
    def redirurlflags(self) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "redirurlflags"))

    @redirurlflags.setter
    def redirurlflags(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4c13d297b69e27a849af6ecf2128f1fb73eb2638acf8d4d87f7ee357471d1ea5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "redirurlflags", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="resrule")
    def resrule(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "resrule"))

    @resrule.setter
    def resrule(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ecd963df553798ac460faeb7f6636e5ea07cdfbd3e35a1ea06df0e6e9594eedc)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "resrule", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="retainconnectionsoncluster")
    def retainconnectionsoncluster(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "retainconnectionsoncluster"))

    @retainconnectionsoncluster.setter
    def retainconnectionsoncluster(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__de656e182311429491c172241cfb6b37a1bd5eed554b042be7a9f99d30f8813e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "retainconnectionsoncluster", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="rhistate")
    def rhistate(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "rhistate"))

    @rhistate.setter
    def rhistate(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__dfa3a7abc8c48891df3751a4bbc1e8ee777adb1983e89a5988b3927e1f35c575)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "rhistate", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="rtspnat")
    def rtspnat(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "rtspnat"))

    @rtspnat.setter
    def rtspnat(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__700be4f354de824773b09219b08cfb8caaa6168eb0b9be94e97a49717dd4e6dd)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "rtspnat", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="rule")
    def rule(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "rule"))

    @rule.setter
    def rule(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e3f2858191ae7425b1d704ba4ec66e8ff8e950d14f67d0ed64dc56e932f88f94)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "rule", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="servicename")
    def servicename(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "servicename"))

    @servicename.setter
    def servicename(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__eb020b0b8d27386b0ca70236ade9b981ff24bb5ee1e18b0c693ee48e44886755)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "servicename", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="servicetype")
    def servicetype(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "servicetype"))

    @servicetype.setter
    def servicetype(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f852f49307c683ba7181c9e94c0819131a2b0be7f91b0fc6f5cf8ca8c1abafa9)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "servicetype", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="sessionless")
    def sessionless(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "sessionless"))

    @sessionless.setter
    def sessionless(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e060e88376a3cfcc226593159fa7db9482f756613c246b3427716044ecce19fa)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "sessionless", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="skippersistency")
    def skippersistency(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "skippersistency"))

    @skippersistency.setter
    def skippersistency(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__22a2c4dfed71f9c8e21ec43ea62a2a3bb0e715a4b0be40f8d2c4c751ebea2a6d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "skippersistency", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="snisslcertkeys")
    def snisslcertkeys(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "snisslcertkeys"))

    @snisslcertkeys.setter
    def snisslcertkeys(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8a2d716dffec636af9fe84f621f265c78904dffe74d017255d329e7035a6f940)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "snisslcertkeys", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="sobackupaction")
    def sobackupaction(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "sobackupaction"))

    @sobackupaction.setter
    def sobackupaction(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a1fc4b71e1b739caaa4f9c415ffcbd41f874b614ef9164daff73776a416d5831)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "sobackupaction", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="somethod")
    def somethod(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "somethod"))

    @somethod.setter
    def somethod(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9e105ada0dfff26c47b4c65a02984f5dd228fa0c385f0557b7da077a64a47830)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "somethod", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="sopersistence")
    def sopersistence(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "sopersistence"))

    @sopersistence.setter
    def sopersistence(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5e2f02860db856b5e1df21fc92957a5cbd845647f1204d3fbfd00f493e93dba2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "sopersistence", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="sopersistencetimeout")
    def sopersistencetimeout(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "sopersistencetimeout"))

    @sopersistencetimeout.setter
    def sopersistencetimeout(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e302c7312e67fd0d55c020d754915fa7c0c9d42e700cf57a7f22a51aa3b2fe39)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "sopersistencetimeout", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="sothreshold")
    def sothreshold(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "sothreshold"))

    @sothreshold.setter
    def sothreshold(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__03d66a91cb091d0946ba14ff96fa9ced27b27001814e27cfe537ac5d978f185f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "sothreshold", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="sslcertkey")
    def sslcertkey(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "sslcertkey"))

    @sslcertkey.setter
    def sslcertkey(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__aaf41cbd1b4097696edbffd89e63e4c2c2eb2416e5ced0ae14dc20facd213f83)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "sslcertkey", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="sslprofile")
    def sslprofile(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "sslprofile"))

    @sslprofile.setter
    def sslprofile(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7e765bc422ad1bb013f2546ade047577955d0f11d316ef6dd8713feb9bb97e98)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "sslprofile", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="state")
    def state(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "state"))

    @state.setter
    def state(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__80db905a4425eb3af78388524a81dc40f68a11a0f4bb194aef0baf3ce0391e25)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "state", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="tcpprofilename")
    def tcpprofilename(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "tcpprofilename"))

    @tcpprofilename.setter
    def tcpprofilename(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e4ed50c1228d485b5fe3f42d025f128be704d676b5005317b87e9f0b02941d9b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "tcpprofilename", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="td")
    def td(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "td"))

    @td.setter
    def td(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9d9a01aaa5547fb1f458d52214e6e565b639a16b2d736ed345309261b3fc019f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "td", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="timeout")
    def timeout(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "timeout"))

    @timeout.setter
    def timeout(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a0cc0105d2b93b2186e6a936e28799573a7141dfad87d681cd9acb687ab695c3)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "timeout", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="toggleorder")
    def toggleorder(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "toggleorder"))

    @toggleorder.setter
    def toggleorder(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3b3097d18e595bd05f04154d9d8b20217000a4252ff777c047b6a839444bc8b8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "toggleorder", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="tosid")
    def tosid(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "tosid"))

    @tosid.setter
    def tosid(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e08a55008c3bdc4caedabefa9655795d51d4cc546b77628409a77088fed74ea4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "tosid", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="trofspersistence")
    def trofspersistence(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "trofspersistence"))

    @trofspersistence.setter
    def trofspersistence(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4c84a08bce1acc1908c207025e429fac17b4b787e13e4d4496dac08955405510)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "trofspersistence", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="v6Netmasklen")
    def v6_netmasklen(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "v6Netmasklen"))

    @v6_netmasklen.setter
    def v6_netmasklen(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6f2b66fcf7c9cb8f4aa1f52c8db81f576663ca0b7607b84980b9845bbbb7749c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "v6Netmasklen", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="v6Persistmasklen")
    def v6_persistmasklen(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "v6Persistmasklen"))

    @v6_persistmasklen.setter
    def v6_persistmasklen(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__01fee50c33ce57392d2d2b6e4cc67c59fd017b6576019fa1c12a159d530371ff)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "v6Persistmasklen", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="vipheader")
    def vipheader(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "vipheader"))

    @vipheader.setter
    def vipheader(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__37f51217daae684d7ccc8a887de33659f765d039ce2d67b386f846ddcfb291b8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "vipheader", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="weight")
    def weight(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "weight"))

    @weight.setter
    def weight(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__92346710ac05d2b189e92bb1cb1166f99ffcf121968d8bbd76db454df5e78b30)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "weight", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="citrixadc.lbvserver.LbvserverConfig",
    jsii_struct_bases=[_cdktf_9a9027ec.TerraformMetaArguments],
    name_mapping={
        "connection": "connection",
        "count": "count",
        "depends_on": "dependsOn",
        "for_each": "forEach",
        "lifecycle": "lifecycle",
        "provider": "provider",
        "provisioners": "provisioners",
        "adfsproxyprofile": "adfsproxyprofile",
        "apiprofile": "apiprofile",
        "appflowlog": "appflowlog",
        "authentication": "authentication",
        "authenticationhost": "authenticationhost",
        "authn401": "authn401",
        "authnprofile": "authnprofile",
        "authnvsname": "authnvsname",
        "backuplbmethod": "backuplbmethod",
        "backuppersistencetimeout": "backuppersistencetimeout",
        "backupvserver": "backupvserver",
        "bypassaaaa": "bypassaaaa",
        "cacheable": "cacheable",
        "ciphers": "ciphers",
        "ciphersuites": "ciphersuites",
        "clttimeout": "clttimeout",
        "comment": "comment",
        "connfailover": "connfailover",
        "cookiename": "cookiename",
        "datalength": "datalength",
        "dataoffset": "dataoffset",
        "dbprofilename": "dbprofilename",
        "dbslb": "dbslb",
        "disableprimaryondown": "disableprimaryondown",
        "dns64": "dns64",
        "dnsoverhttps": "dnsoverhttps",
        "dnsprofilename": "dnsprofilename",
        "downstateflush": "downstateflush",
        "hashlength": "hashlength",
        "healththreshold": "healththreshold",
        "httpprofilename": "httpprofilename",
        "httpsredirecturl": "httpsredirecturl",
        "icmpvsrresponse": "icmpvsrresponse",
        "id": "id",
        "insertvserveripport": "insertvserveripport",
        "ipmask": "ipmask",
        "ippattern": "ippattern",
        "ipset": "ipset",
        "ipv46": "ipv46",
        "l2_conn": "l2Conn",
        "lbmethod": "lbmethod",
        "lbprofilename": "lbprofilename",
        "listenpolicy": "listenpolicy",
        "listenpriority": "listenpriority",
        "m": "m",
        "macmoderetainvlan": "macmoderetainvlan",
        "maxautoscalemembers": "maxautoscalemembers",
        "minautoscalemembers": "minautoscalemembers",
        "mssqlserverversion": "mssqlserverversion",
        "mysqlcharacterset": "mysqlcharacterset",
        "mysqlprotocolversion": "mysqlprotocolversion",
        "mysqlservercapabilities": "mysqlservercapabilities",
        "mysqlserverversion": "mysqlserverversion",
        "name": "name",
        "netmask": "netmask",
        "netprofile": "netprofile",
        "newservicerequest": "newservicerequest",
        "newservicerequestincrementinterval": "newservicerequestincrementinterval",
        "newservicerequestunit": "newservicerequestunit",
        "oracleserverversion": "oracleserverversion",
        "orderthreshold": "orderthreshold",
        "persistavpno": "persistavpno",
        "persistencebackup": "persistencebackup",
        "persistencetype": "persistencetype",
        "persistmask": "persistmask",
        "port": "port",
        "probeport": "probeport",
        "probeprotocol": "probeprotocol",
        "probesuccessresponsecode": "probesuccessresponsecode",
        "processlocal": "processlocal",
        "push": "push",
        "pushlabel": "pushlabel",
        "pushmulticlients": "pushmulticlients",
        "pushvserver": "pushvserver",
        "quicbridgeprofilename": "quicbridgeprofilename",
        "quicprofilename": "quicprofilename",
        "range": "range",
        "recursionavailable": "recursionavailable",
        "redirectfromport": "redirectfromport",
        "redirectportrewrite": "redirectportrewrite",
        "redirurl": "redirurl",
        "redirurlflags": "redirurlflags",
        "resrule": "resrule",
        "retainconnectionsoncluster": "retainconnectionsoncluster",
        "rhistate": "rhistate",
        "rtspnat": "rtspnat",
        "rule": "rule",
        "servicename": "servicename",
        "servicetype": "servicetype",
        "sessionless": "sessionless",
        "skippersistency": "skippersistency",
        "snisslcertkeys": "snisslcertkeys",
        "sobackupaction": "sobackupaction",
        "somethod": "somethod",
        "sopersistence": "sopersistence",
        "sopersistencetimeout": "sopersistencetimeout",
        "sothreshold": "sothreshold",
        "sslcertkey": "sslcertkey",
        "sslpolicybinding": "sslpolicybinding",
        "sslprofile": "sslprofile",
        "state": "state",
        "tcpprofilename": "tcpprofilename",
        "td": "td",
        "timeout": "timeout",
        "toggleorder": "toggleorder",
        "tosid": "tosid",
        "trofspersistence": "trofspersistence",
        "v6_netmasklen": "v6Netmasklen",
        "v6_persistmasklen": "v6Persistmasklen",
        "vipheader": "vipheader",
        "weight": "weight",
    },
)
class LbvserverConfig(_cdktf_9a9027ec.TerraformMetaArguments):
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
        adfsproxyprofile: typing.Optional[builtins.str] = None,
        apiprofile: typing.Optional[builtins.str] = None,
        appflowlog: typing.Optional[builtins.str] = None,
        authentication: typing.Optional[builtins.str] = None,
        authenticationhost: typing.Optional[builtins.str] = None,
        authn401: typing.Optional[builtins.str] = None,
        authnprofile: typing.Optional[builtins.str] = None,
        authnvsname: typing.Optional[builtins.str] = None,
        backuplbmethod: typing.Optional[builtins.str] = None,
        backuppersistencetimeout: typing.Optional[jsii.Number] = None,
        backupvserver: typing.Optional[builtins.str] = None,
        bypassaaaa: typing.Optional[builtins.str] = None,
        cacheable: typing.Optional[builtins.str] = None,
        ciphers: typing.Optional[typing.Sequence[builtins.str]] = None,
        ciphersuites: typing.Optional[typing.Sequence[builtins.str]] = None,
        clttimeout: typing.Optional[jsii.Number] = None,
        comment: typing.Optional[builtins.str] = None,
        connfailover: typing.Optional[builtins.str] = None,
        cookiename: typing.Optional[builtins.str] = None,
        datalength: typing.Optional[jsii.Number] = None,
        dataoffset: typing.Optional[jsii.Number] = None,
        dbprofilename: typing.Optional[builtins.str] = None,
        dbslb: typing.Optional[builtins.str] = None,
        disableprimaryondown: typing.Optional[builtins.str] = None,
        dns64: typing.Optional[builtins.str] = None,
        dnsoverhttps: typing.Optional[builtins.str] = None,
        dnsprofilename: typing.Optional[builtins.str] = None,
        downstateflush: typing.Optional[builtins.str] = None,
        hashlength: typing.Optional[jsii.Number] = None,
        healththreshold: typing.Optional[jsii.Number] = None,
        httpprofilename: typing.Optional[builtins.str] = None,
        httpsredirecturl: typing.Optional[builtins.str] = None,
        icmpvsrresponse: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        insertvserveripport: typing.Optional[builtins.str] = None,
        ipmask: typing.Optional[builtins.str] = None,
        ippattern: typing.Optional[builtins.str] = None,
        ipset: typing.Optional[builtins.str] = None,
        ipv46: typing.Optional[builtins.str] = None,
        l2_conn: typing.Optional[builtins.str] = None,
        lbmethod: typing.Optional[builtins.str] = None,
        lbprofilename: typing.Optional[builtins.str] = None,
        listenpolicy: typing.Optional[builtins.str] = None,
        listenpriority: typing.Optional[jsii.Number] = None,
        m: typing.Optional[builtins.str] = None,
        macmoderetainvlan: typing.Optional[builtins.str] = None,
        maxautoscalemembers: typing.Optional[jsii.Number] = None,
        minautoscalemembers: typing.Optional[jsii.Number] = None,
        mssqlserverversion: typing.Optional[builtins.str] = None,
        mysqlcharacterset: typing.Optional[jsii.Number] = None,
        mysqlprotocolversion: typing.Optional[jsii.Number] = None,
        mysqlservercapabilities: typing.Optional[jsii.Number] = None,
        mysqlserverversion: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        netmask: typing.Optional[builtins.str] = None,
        netprofile: typing.Optional[builtins.str] = None,
        newservicerequest: typing.Optional[jsii.Number] = None,
        newservicerequestincrementinterval: typing.Optional[jsii.Number] = None,
        newservicerequestunit: typing.Optional[builtins.str] = None,
        oracleserverversion: typing.Optional[builtins.str] = None,
        orderthreshold: typing.Optional[jsii.Number] = None,
        persistavpno: typing.Optional[typing.Sequence[jsii.Number]] = None,
        persistencebackup: typing.Optional[builtins.str] = None,
        persistencetype: typing.Optional[builtins.str] = None,
        persistmask: typing.Optional[builtins.str] = None,
        port: typing.Optional[jsii.Number] = None,
        probeport: typing.Optional[jsii.Number] = None,
        probeprotocol: typing.Optional[builtins.str] = None,
        probesuccessresponsecode: typing.Optional[builtins.str] = None,
        processlocal: typing.Optional[builtins.str] = None,
        push: typing.Optional[builtins.str] = None,
        pushlabel: typing.Optional[builtins.str] = None,
        pushmulticlients: typing.Optional[builtins.str] = None,
        pushvserver: typing.Optional[builtins.str] = None,
        quicbridgeprofilename: typing.Optional[builtins.str] = None,
        quicprofilename: typing.Optional[builtins.str] = None,
        range: typing.Optional[jsii.Number] = None,
        recursionavailable: typing.Optional[builtins.str] = None,
        redirectfromport: typing.Optional[jsii.Number] = None,
        redirectportrewrite: typing.Optional[builtins.str] = None,
        redirurl: typing.Optional[builtins.str] = None,
        redirurlflags: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        resrule: typing.Optional[builtins.str] = None,
        retainconnectionsoncluster: typing.Optional[builtins.str] = None,
        rhistate: typing.Optional[builtins.str] = None,
        rtspnat: typing.Optional[builtins.str] = None,
        rule: typing.Optional[builtins.str] = None,
        servicename: typing.Optional[builtins.str] = None,
        servicetype: typing.Optional[builtins.str] = None,
        sessionless: typing.Optional[builtins.str] = None,
        skippersistency: typing.Optional[builtins.str] = None,
        snisslcertkeys: typing.Optional[typing.Sequence[builtins.str]] = None,
        sobackupaction: typing.Optional[builtins.str] = None,
        somethod: typing.Optional[builtins.str] = None,
        sopersistence: typing.Optional[builtins.str] = None,
        sopersistencetimeout: typing.Optional[jsii.Number] = None,
        sothreshold: typing.Optional[jsii.Number] = None,
        sslcertkey: typing.Optional[builtins.str] = None,
        sslpolicybinding: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["LbvserverSslpolicybinding", typing.Dict[builtins.str, typing.Any]]]]] = None,
        sslprofile: typing.Optional[builtins.str] = None,
        state: typing.Optional[builtins.str] = None,
        tcpprofilename: typing.Optional[builtins.str] = None,
        td: typing.Optional[jsii.Number] = None,
        timeout: typing.Optional[jsii.Number] = None,
        toggleorder: typing.Optional[builtins.str] = None,
        tosid: typing.Optional[jsii.Number] = None,
        trofspersistence: typing.Optional[builtins.str] = None,
        v6_netmasklen: typing.Optional[jsii.Number] = None,
        v6_persistmasklen: typing.Optional[jsii.Number] = None,
        vipheader: typing.Optional[builtins.str] = None,
        weight: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        :param adfsproxyprofile: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#adfsproxyprofile Lbvserver#adfsproxyprofile}.
        :param apiprofile: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#apiprofile Lbvserver#apiprofile}.
        :param appflowlog: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#appflowlog Lbvserver#appflowlog}.
        :param authentication: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#authentication Lbvserver#authentication}.
        :param authenticationhost: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#authenticationhost Lbvserver#authenticationhost}.
        :param authn401: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#authn401 Lbvserver#authn401}.
        :param authnprofile: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#authnprofile Lbvserver#authnprofile}.
        :param authnvsname: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#authnvsname Lbvserver#authnvsname}.
        :param backuplbmethod: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#backuplbmethod Lbvserver#backuplbmethod}.
        :param backuppersistencetimeout: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#backuppersistencetimeout Lbvserver#backuppersistencetimeout}.
        :param backupvserver: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#backupvserver Lbvserver#backupvserver}.
        :param bypassaaaa: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#bypassaaaa Lbvserver#bypassaaaa}.
        :param cacheable: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#cacheable Lbvserver#cacheable}.
        :param ciphers: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#ciphers Lbvserver#ciphers}.
        :param ciphersuites: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#ciphersuites Lbvserver#ciphersuites}.
        :param clttimeout: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#clttimeout Lbvserver#clttimeout}.
        :param comment: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#comment Lbvserver#comment}.
        :param connfailover: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#connfailover Lbvserver#connfailover}.
        :param cookiename: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#cookiename Lbvserver#cookiename}.
        :param datalength: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#datalength Lbvserver#datalength}.
        :param dataoffset: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#dataoffset Lbvserver#dataoffset}.
        :param dbprofilename: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#dbprofilename Lbvserver#dbprofilename}.
        :param dbslb: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#dbslb Lbvserver#dbslb}.
        :param disableprimaryondown: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#disableprimaryondown Lbvserver#disableprimaryondown}.
        :param dns64: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#dns64 Lbvserver#dns64}.
        :param dnsoverhttps: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#dnsoverhttps Lbvserver#dnsoverhttps}.
        :param dnsprofilename: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#dnsprofilename Lbvserver#dnsprofilename}.
        :param downstateflush: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#downstateflush Lbvserver#downstateflush}.
        :param hashlength: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#hashlength Lbvserver#hashlength}.
        :param healththreshold: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#healththreshold Lbvserver#healththreshold}.
        :param httpprofilename: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#httpprofilename Lbvserver#httpprofilename}.
        :param httpsredirecturl: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#httpsredirecturl Lbvserver#httpsredirecturl}.
        :param icmpvsrresponse: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#icmpvsrresponse Lbvserver#icmpvsrresponse}.
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#id Lbvserver#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param insertvserveripport: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#insertvserveripport Lbvserver#insertvserveripport}.
        :param ipmask: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#ipmask Lbvserver#ipmask}.
        :param ippattern: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#ippattern Lbvserver#ippattern}.
        :param ipset: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#ipset Lbvserver#ipset}.
        :param ipv46: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#ipv46 Lbvserver#ipv46}.
        :param l2_conn: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#l2conn Lbvserver#l2conn}.
        :param lbmethod: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#lbmethod Lbvserver#lbmethod}.
        :param lbprofilename: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#lbprofilename Lbvserver#lbprofilename}.
        :param listenpolicy: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#listenpolicy Lbvserver#listenpolicy}.
        :param listenpriority: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#listenpriority Lbvserver#listenpriority}.
        :param m: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#m Lbvserver#m}.
        :param macmoderetainvlan: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#macmoderetainvlan Lbvserver#macmoderetainvlan}.
        :param maxautoscalemembers: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#maxautoscalemembers Lbvserver#maxautoscalemembers}.
        :param minautoscalemembers: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#minautoscalemembers Lbvserver#minautoscalemembers}.
        :param mssqlserverversion: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#mssqlserverversion Lbvserver#mssqlserverversion}.
        :param mysqlcharacterset: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#mysqlcharacterset Lbvserver#mysqlcharacterset}.
        :param mysqlprotocolversion: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#mysqlprotocolversion Lbvserver#mysqlprotocolversion}.
        :param mysqlservercapabilities: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#mysqlservercapabilities Lbvserver#mysqlservercapabilities}.
        :param mysqlserverversion: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#mysqlserverversion Lbvserver#mysqlserverversion}.
        :param name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#name Lbvserver#name}.
        :param netmask: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#netmask Lbvserver#netmask}.
        :param netprofile: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#netprofile Lbvserver#netprofile}.
        :param newservicerequest: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#newservicerequest Lbvserver#newservicerequest}.
        :param newservicerequestincrementinterval: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#newservicerequestincrementinterval Lbvserver#newservicerequestincrementinterval}.
        :param newservicerequestunit: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#newservicerequestunit Lbvserver#newservicerequestunit}.
        :param oracleserverversion: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#oracleserverversion Lbvserver#oracleserverversion}.
        :param orderthreshold: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#orderthreshold Lbvserver#orderthreshold}.
        :param persistavpno: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#persistavpno Lbvserver#persistavpno}.
        :param persistencebackup: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#persistencebackup Lbvserver#persistencebackup}.
        :param persistencetype: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#persistencetype Lbvserver#persistencetype}.
        :param persistmask: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#persistmask Lbvserver#persistmask}.
        :param port: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#port Lbvserver#port}.
        :param probeport: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#probeport Lbvserver#probeport}.
        :param probeprotocol: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#probeprotocol Lbvserver#probeprotocol}.
        :param probesuccessresponsecode: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#probesuccessresponsecode Lbvserver#probesuccessresponsecode}.
        :param processlocal: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#processlocal Lbvserver#processlocal}.
        :param push: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#push Lbvserver#push}.
        :param pushlabel: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#pushlabel Lbvserver#pushlabel}.
        :param pushmulticlients: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#pushmulticlients Lbvserver#pushmulticlients}.
        :param pushvserver: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#pushvserver Lbvserver#pushvserver}.
        :param quicbridgeprofilename: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#quicbridgeprofilename Lbvserver#quicbridgeprofilename}.
        :param quicprofilename: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#quicprofilename Lbvserver#quicprofilename}.
        :param range: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#range Lbvserver#range}.
        :param recursionavailable: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#recursionavailable Lbvserver#recursionavailable}.
        :param redirectfromport: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#redirectfromport Lbvserver#redirectfromport}.
        :param redirectportrewrite: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#redirectportrewrite Lbvserver#redirectportrewrite}.
        :param redirurl: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#redirurl Lbvserver#redirurl}.
        :param redirurlflags: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#redirurlflags Lbvserver#redirurlflags}.
        :param resrule: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#resrule Lbvserver#resrule}.
        :param retainconnectionsoncluster: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#retainconnectionsoncluster Lbvserver#retainconnectionsoncluster}.
        :param rhistate: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#rhistate Lbvserver#rhistate}.
        :param rtspnat: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#rtspnat Lbvserver#rtspnat}.
        :param rule: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#rule Lbvserver#rule}.
        :param servicename: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#servicename Lbvserver#servicename}.
        :param servicetype: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#servicetype Lbvserver#servicetype}.
        :param sessionless: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#sessionless Lbvserver#sessionless}.
        :param skippersistency: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#skippersistency Lbvserver#skippersistency}.
        :param snisslcertkeys: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#snisslcertkeys Lbvserver#snisslcertkeys}.
        :param sobackupaction: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#sobackupaction Lbvserver#sobackupaction}.
        :param somethod: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#somethod Lbvserver#somethod}.
        :param sopersistence: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#sopersistence Lbvserver#sopersistence}.
        :param sopersistencetimeout: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#sopersistencetimeout Lbvserver#sopersistencetimeout}.
        :param sothreshold: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#sothreshold Lbvserver#sothreshold}.
        :param sslcertkey: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#sslcertkey Lbvserver#sslcertkey}.
        :param sslpolicybinding: sslpolicybinding block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#sslpolicybinding Lbvserver#sslpolicybinding}
        :param sslprofile: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#sslprofile Lbvserver#sslprofile}.
        :param state: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#state Lbvserver#state}.
        :param tcpprofilename: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#tcpprofilename Lbvserver#tcpprofilename}.
        :param td: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#td Lbvserver#td}.
        :param timeout: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#timeout Lbvserver#timeout}.
        :param toggleorder: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#toggleorder Lbvserver#toggleorder}.
        :param tosid: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#tosid Lbvserver#tosid}.
        :param trofspersistence: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#trofspersistence Lbvserver#trofspersistence}.
        :param v6_netmasklen: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#v6netmasklen Lbvserver#v6netmasklen}.
        :param v6_persistmasklen: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#v6persistmasklen Lbvserver#v6persistmasklen}.
        :param vipheader: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#vipheader Lbvserver#vipheader}.
        :param weight: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#weight Lbvserver#weight}.
        '''
        if isinstance(lifecycle, dict):
            lifecycle = _cdktf_9a9027ec.TerraformResourceLifecycle(**lifecycle)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4aef8ad96524a424e59bf9397478db505c9322a84027df88152522796c116846)
            check_type(argname="argument connection", value=connection, expected_type=type_hints["connection"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument depends_on", value=depends_on, expected_type=type_hints["depends_on"])
            check_type(argname="argument for_each", value=for_each, expected_type=type_hints["for_each"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument provisioners", value=provisioners, expected_type=type_hints["provisioners"])
            check_type(argname="argument adfsproxyprofile", value=adfsproxyprofile, expected_type=type_hints["adfsproxyprofile"])
            check_type(argname="argument apiprofile", value=apiprofile, expected_type=type_hints["apiprofile"])
            check_type(argname="argument appflowlog", value=appflowlog, expected_type=type_hints["appflowlog"])
            check_type(argname="argument authentication", value=authentication, expected_type=type_hints["authentication"])
            check_type(argname="argument authenticationhost", value=authenticationhost, expected_type=type_hints["authenticationhost"])
            check_type(argname="argument authn401", value=authn401, expected_type=type_hints["authn401"])
            check_type(argname="argument authnprofile", value=authnprofile, expected_type=type_hints["authnprofile"])
            check_type(argname="argument authnvsname", value=authnvsname, expected_type=type_hints["authnvsname"])
            check_type(argname="argument backuplbmethod", value=backuplbmethod, expected_type=type_hints["backuplbmethod"])
            check_type(argname="argument backuppersistencetimeout", value=backuppersistencetimeout, expected_type=type_hints["backuppersistencetimeout"])
            check_type(argname="argument backupvserver", value=backupvserver, expected_type=type_hints["backupvserver"])
            check_type(argname="argument bypassaaaa", value=bypassaaaa, expected_type=type_hints["bypassaaaa"])
            check_type(argname="argument cacheable", value=cacheable, expected_type=type_hints["cacheable"])
            check_type(argname="argument ciphers", value=ciphers, expected_type=type_hints["ciphers"])
            check_type(argname="argument ciphersuites", value=ciphersuites, expected_type=type_hints["ciphersuites"])
            check_type(argname="argument clttimeout", value=clttimeout, expected_type=type_hints["clttimeout"])
            check_type(argname="argument comment", value=comment, expected_type=type_hints["comment"])
            check_type(argname="argument connfailover", value=connfailover, expected_type=type_hints["connfailover"])
            check_type(argname="argument cookiename", value=cookiename, expected_type=type_hints["cookiename"])
            check_type(argname="argument datalength", value=datalength, expected_type=type_hints["datalength"])
            check_type(argname="argument dataoffset", value=dataoffset, expected_type=type_hints["dataoffset"])
            check_type(argname="argument dbprofilename", value=dbprofilename, expected_type=type_hints["dbprofilename"])
            check_type(argname="argument dbslb", value=dbslb, expected_type=type_hints["dbslb"])
            check_type(argname="argument disableprimaryondown", value=disableprimaryondown, expected_type=type_hints["disableprimaryondown"])
            check_type(argname="argument dns64", value=dns64, expected_type=type_hints["dns64"])
            check_type(argname="argument dnsoverhttps", value=dnsoverhttps, expected_type=type_hints["dnsoverhttps"])
            check_type(argname="argument dnsprofilename", value=dnsprofilename, expected_type=type_hints["dnsprofilename"])
            check_type(argname="argument downstateflush", value=downstateflush, expected_type=type_hints["downstateflush"])
            check_type(argname="argument hashlength", value=hashlength, expected_type=type_hints["hashlength"])
            check_type(argname="argument healththreshold", value=healththreshold, expected_type=type_hints["healththreshold"])
            check_type(argname="argument httpprofilename", value=httpprofilename, expected_type=type_hints["httpprofilename"])
            check_type(argname="argument httpsredirecturl", value=httpsredirecturl, expected_type=type_hints["httpsredirecturl"])
            check_type(argname="argument icmpvsrresponse", value=icmpvsrresponse, expected_type=type_hints["icmpvsrresponse"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument insertvserveripport", value=insertvserveripport, expected_type=type_hints["insertvserveripport"])
            check_type(argname="argument ipmask", value=ipmask, expected_type=type_hints["ipmask"])
            check_type(argname="argument ippattern", value=ippattern, expected_type=type_hints["ippattern"])
            check_type(argname="argument ipset", value=ipset, expected_type=type_hints["ipset"])
            check_type(argname="argument ipv46", value=ipv46, expected_type=type_hints["ipv46"])
            check_type(argname="argument l2_conn", value=l2_conn, expected_type=type_hints["l2_conn"])
            check_type(argname="argument lbmethod", value=lbmethod, expected_type=type_hints["lbmethod"])
            check_type(argname="argument lbprofilename", value=lbprofilename, expected_type=type_hints["lbprofilename"])
            check_type(argname="argument listenpolicy", value=listenpolicy, expected_type=type_hints["listenpolicy"])
            check_type(argname="argument listenpriority", value=listenpriority, expected_type=type_hints["listenpriority"])
            check_type(argname="argument m", value=m, expected_type=type_hints["m"])
            check_type(argname="argument macmoderetainvlan", value=macmoderetainvlan, expected_type=type_hints["macmoderetainvlan"])
            check_type(argname="argument maxautoscalemembers", value=maxautoscalemembers, expected_type=type_hints["maxautoscalemembers"])
            check_type(argname="argument minautoscalemembers", value=minautoscalemembers, expected_type=type_hints["minautoscalemembers"])
            check_type(argname="argument mssqlserverversion", value=mssqlserverversion, expected_type=type_hints["mssqlserverversion"])
            check_type(argname="argument mysqlcharacterset", value=mysqlcharacterset, expected_type=type_hints["mysqlcharacterset"])
            check_type(argname="argument mysqlprotocolversion", value=mysqlprotocolversion, expected_type=type_hints["mysqlprotocolversion"])
            check_type(argname="argument mysqlservercapabilities", value=mysqlservercapabilities, expected_type=type_hints["mysqlservercapabilities"])
            check_type(argname="argument mysqlserverversion", value=mysqlserverversion, expected_type=type_hints["mysqlserverversion"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument netmask", value=netmask, expected_type=type_hints["netmask"])
            check_type(argname="argument netprofile", value=netprofile, expected_type=type_hints["netprofile"])
            check_type(argname="argument newservicerequest", value=newservicerequest, expected_type=type_hints["newservicerequest"])
            check_type(argname="argument newservicerequestincrementinterval", value=newservicerequestincrementinterval, expected_type=type_hints["newservicerequestincrementinterval"])
            check_type(argname="argument newservicerequestunit", value=newservicerequestunit, expected_type=type_hints["newservicerequestunit"])
            check_type(argname="argument oracleserverversion", value=oracleserverversion, expected_type=type_hints["oracleserverversion"])
            check_type(argname="argument orderthreshold", value=orderthreshold, expected_type=type_hints["orderthreshold"])
            check_type(argname="argument persistavpno", value=persistavpno, expected_type=type_hints["persistavpno"])
            check_type(argname="argument persistencebackup", value=persistencebackup, expected_type=type_hints["persistencebackup"])
            check_type(argname="argument persistencetype", value=persistencetype, expected_type=type_hints["persistencetype"])
            check_type(argname="argument persistmask", value=persistmask, expected_type=type_hints["persistmask"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument probeport", value=probeport, expected_type=type_hints["probeport"])
            check_type(argname="argument probeprotocol", value=probeprotocol, expected_type=type_hints["probeprotocol"])
            check_type(argname="argument probesuccessresponsecode", value=probesuccessresponsecode, expected_type=type_hints["probesuccessresponsecode"])
            check_type(argname="argument processlocal", value=processlocal, expected_type=type_hints["processlocal"])
            check_type(argname="argument push", value=push, expected_type=type_hints["push"])
            check_type(argname="argument pushlabel", value=pushlabel, expected_type=type_hints["pushlabel"])
            check_type(argname="argument pushmulticlients", value=pushmulticlients, expected_type=type_hints["pushmulticlients"])
            check_type(argname="argument pushvserver", value=pushvserver, expected_type=type_hints["pushvserver"])
            check_type(argname="argument quicbridgeprofilename", value=quicbridgeprofilename, expected_type=type_hints["quicbridgeprofilename"])
            check_type(argname="argument quicprofilename", value=quicprofilename, expected_type=type_hints["quicprofilename"])
            check_type(argname="argument range", value=range, expected_type=type_hints["range"])
            check_type(argname="argument recursionavailable", value=recursionavailable, expected_type=type_hints["recursionavailable"])
            check_type(argname="argument redirectfromport", value=redirectfromport, expected_type=type_hints["redirectfromport"])
            check_type(argname="argument redirectportrewrite", value=redirectportrewrite, expected_type=type_hints["redirectportrewrite"])
            check_type(argname="argument redirurl", value=redirurl, expected_type=type_hints["redirurl"])
            check_type(argname="argument redirurlflags", value=redirurlflags, expected_type=type_hints["redirurlflags"])
            check_type(argname="argument resrule", value=resrule, expected_type=type_hints["resrule"])
            check_type(argname="argument retainconnectionsoncluster", value=retainconnectionsoncluster, expected_type=type_hints["retainconnectionsoncluster"])
            check_type(argname="argument rhistate", value=rhistate, expected_type=type_hints["rhistate"])
            check_type(argname="argument rtspnat", value=rtspnat, expected_type=type_hints["rtspnat"])
            check_type(argname="argument rule", value=rule, expected_type=type_hints["rule"])
            check_type(argname="argument servicename", value=servicename, expected_type=type_hints["servicename"])
            check_type(argname="argument servicetype", value=servicetype, expected_type=type_hints["servicetype"])
            check_type(argname="argument sessionless", value=sessionless, expected_type=type_hints["sessionless"])
            check_type(argname="argument skippersistency", value=skippersistency, expected_type=type_hints["skippersistency"])
            check_type(argname="argument snisslcertkeys", value=snisslcertkeys, expected_type=type_hints["snisslcertkeys"])
            check_type(argname="argument sobackupaction", value=sobackupaction, expected_type=type_hints["sobackupaction"])
            check_type(argname="argument somethod", value=somethod, expected_type=type_hints["somethod"])
            check_type(argname="argument sopersistence", value=sopersistence, expected_type=type_hints["sopersistence"])
            check_type(argname="argument sopersistencetimeout", value=sopersistencetimeout, expected_type=type_hints["sopersistencetimeout"])
            check_type(argname="argument sothreshold", value=sothreshold, expected_type=type_hints["sothreshold"])
            check_type(argname="argument sslcertkey", value=sslcertkey, expected_type=type_hints["sslcertkey"])
            check_type(argname="argument sslpolicybinding", value=sslpolicybinding, expected_type=type_hints["sslpolicybinding"])
            check_type(argname="argument sslprofile", value=sslprofile, expected_type=type_hints["sslprofile"])
            check_type(argname="argument state", value=state, expected_type=type_hints["state"])
            check_type(argname="argument tcpprofilename", value=tcpprofilename, expected_type=type_hints["tcpprofilename"])
            check_type(argname="argument td", value=td, expected_type=type_hints["td"])
            check_type(argname="argument timeout", value=timeout, expected_type=type_hints["timeout"])
            check_type(argname="argument toggleorder", value=toggleorder, expected_type=type_hints["toggleorder"])
            check_type(argname="argument tosid", value=tosid, expected_type=type_hints["tosid"])
            check_type(argname="argument trofspersistence", value=trofspersistence, expected_type=type_hints["trofspersistence"])
            check_type(argname="argument v6_netmasklen", value=v6_netmasklen, expected_type=type_hints["v6_netmasklen"])
            check_type(argname="argument v6_persistmasklen", value=v6_persistmasklen, expected_type=type_hints["v6_persistmasklen"])
            check_type(argname="argument vipheader", value=vipheader, expected_type=type_hints["vipheader"])
            check_type(argname="argument weight", value=weight, expected_type=type_hints["weight"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
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
        if adfsproxyprofile is not None:
            self._values["adfsproxyprofile"] = adfsproxyprofile
        if apiprofile is not None:
            self._values["apiprofile"] = apiprofile
        if appflowlog is not None:
            self._values["appflowlog"] = appflowlog
        if authentication is not None:
            self._values["authentication"] = authentication
        if authenticationhost is not None:
            self._values["authenticationhost"] = authenticationhost
        if authn401 is not None:
            self._values["authn401"] = authn401
        if authnprofile is not None:
            self._values["authnprofile"] = authnprofile
        if authnvsname is not None:
            self._values["authnvsname"] = authnvsname
        if backuplbmethod is not None:
            self._values["backuplbmethod"] = backuplbmethod
        if backuppersistencetimeout is not None:
            self._values["backuppersistencetimeout"] = backuppersistencetimeout
        if backupvserver is not None:
            self._values["backupvserver"] = backupvserver
        if bypassaaaa is not None:
            self._values["bypassaaaa"] = bypassaaaa
        if cacheable is not None:
            self._values["cacheable"] = cacheable
        if ciphers is not None:
            self._values["ciphers"] = ciphers
        if ciphersuites is not None:
            self._values["ciphersuites"] = ciphersuites
        if clttimeout is not None:
            self._values["clttimeout"] = clttimeout
        if comment is not None:
            self._values["comment"] = comment
        if connfailover is not None:
            self._values["connfailover"] = connfailover
        if cookiename is not None:
            self._values["cookiename"] = cookiename
        if datalength is not None:
            self._values["datalength"] = datalength
        if dataoffset is not None:
            self._values["dataoffset"] = dataoffset
        if dbprofilename is not None:
            self._values["dbprofilename"] = dbprofilename
        if dbslb is not None:
            self._values["dbslb"] = dbslb
        if disableprimaryondown is not None:
            self._values["disableprimaryondown"] = disableprimaryondown
        if dns64 is not None:
            self._values["dns64"] = dns64
        if dnsoverhttps is not None:
            self._values["dnsoverhttps"] = dnsoverhttps
        if dnsprofilename is not None:
            self._values["dnsprofilename"] = dnsprofilename
        if downstateflush is not None:
            self._values["downstateflush"] = downstateflush
        if hashlength is not None:
            self._values["hashlength"] = hashlength
        if healththreshold is not None:
            self._values["healththreshold"] = healththreshold
        if httpprofilename is not None:
            self._values["httpprofilename"] = httpprofilename
        if httpsredirecturl is not None:
            self._values["httpsredirecturl"] = httpsredirecturl
        if icmpvsrresponse is not None:
            self._values["icmpvsrresponse"] = icmpvsrresponse
        if id is not None:
            self._values["id"] = id
        if insertvserveripport is not None:
            self._values["insertvserveripport"] = insertvserveripport
        if ipmask is not None:
            self._values["ipmask"] = ipmask
        if ippattern is not None:
            self._values["ippattern"] = ippattern
        if ipset is not None:
            self._values["ipset"] = ipset
        if ipv46 is not None:
            self._values["ipv46"] = ipv46
        if l2_conn is not None:
            self._values["l2_conn"] = l2_conn
        if lbmethod is not None:
            self._values["lbmethod"] = lbmethod
        if lbprofilename is not None:
            self._values["lbprofilename"] = lbprofilename
        if listenpolicy is not None:
            self._values["listenpolicy"] = listenpolicy
        if listenpriority is not None:
            self._values["listenpriority"] = listenpriority
        if m is not None:
            self._values["m"] = m
        if macmoderetainvlan is not None:
            self._values["macmoderetainvlan"] = macmoderetainvlan
        if maxautoscalemembers is not None:
            self._values["maxautoscalemembers"] = maxautoscalemembers
        if minautoscalemembers is not None:
            self._values["minautoscalemembers"] = minautoscalemembers
        if mssqlserverversion is not None:
            self._values["mssqlserverversion"] = mssqlserverversion
        if mysqlcharacterset is not None:
            self._values["mysqlcharacterset"] = mysqlcharacterset
        if mysqlprotocolversion is not None:
            self._values["mysqlprotocolversion"] = mysqlprotocolversion
        if mysqlservercapabilities is not None:
            self._values["mysqlservercapabilities"] = mysqlservercapabilities
        if mysqlserverversion is not None:
            self._values["mysqlserverversion"] = mysqlserverversion
        if name is not None:
            self._values["name"] = name
        if netmask is not None:
            self._values["netmask"] = netmask
        if netprofile is not None:
            self._values["netprofile"] = netprofile
        if newservicerequest is not None:
            self._values["newservicerequest"] = newservicerequest
        if newservicerequestincrementinterval is not None:
            self._values["newservicerequestincrementinterval"] = newservicerequestincrementinterval
        if newservicerequestunit is not None:
            self._values["newservicerequestunit"] = newservicerequestunit
        if oracleserverversion is not None:
            self._values["oracleserverversion"] = oracleserverversion
        if orderthreshold is not None:
            self._values["orderthreshold"] = orderthreshold
        if persistavpno is not None:
            self._values["persistavpno"] = persistavpno
        if persistencebackup is not None:
            self._values["persistencebackup"] = persistencebackup
        if persistencetype is not None:
            self._values["persistencetype"] = persistencetype
        if persistmask is not None:
            self._values["persistmask"] = persistmask
        if port is not None:
            self._values["port"] = port
        if probeport is not None:
            self._values["probeport"] = probeport
        if probeprotocol is not None:
            self._values["probeprotocol"] = probeprotocol
        if probesuccessresponsecode is not None:
            self._values["probesuccessresponsecode"] = probesuccessresponsecode
        if processlocal is not None:
            self._values["processlocal"] = processlocal
        if push is not None:
            self._values["push"] = push
        if pushlabel is not None:
            self._values["pushlabel"] = pushlabel
        if pushmulticlients is not None:
            self._values["pushmulticlients"] = pushmulticlients
        if pushvserver is not None:
            self._values["pushvserver"] = pushvserver
        if quicbridgeprofilename is not None:
            self._values["quicbridgeprofilename"] = quicbridgeprofilename
        if quicprofilename is not None:
            self._values["quicprofilename"] = quicprofilename
        if range is not None:
            self._values["range"] = range
        if recursionavailable is not None:
            self._values["recursionavailable"] = recursionavailable
        if redirectfromport is not None:
            self._values["redirectfromport"] = redirectfromport
        if redirectportrewrite is not None:
            self._values["redirectportrewrite"] = redirectportrewrite
        if redirurl is not None:
            self._values["redirurl"] = redirurl
        if redirurlflags is not None:
            self._values["redirurlflags"] = redirurlflags
        if resrule is not None:
            self._values["resrule"] = resrule
        if retainconnectionsoncluster is not None:
            self._values["retainconnectionsoncluster"] = retainconnectionsoncluster
        if rhistate is not None:
            self._values["rhistate"] = rhistate
        if rtspnat is not None:
            self._values["rtspnat"] = rtspnat
        if rule is not None:
            self._values["rule"] = rule
        if servicename is not None:
            self._values["servicename"] = servicename
        if servicetype is not None:
            self._values["servicetype"] = servicetype
        if sessionless is not None:
            self._values["sessionless"] = sessionless
        if skippersistency is not None:
            self._values["skippersistency"] = skippersistency
        if snisslcertkeys is not None:
            self._values["snisslcertkeys"] = snisslcertkeys
        if sobackupaction is not None:
            self._values["sobackupaction"] = sobackupaction
        if somethod is not None:
            self._values["somethod"] = somethod
        if sopersistence is not None:
            self._values["sopersistence"] = sopersistence
        if sopersistencetimeout is not None:
            self._values["sopersistencetimeout"] = sopersistencetimeout
        if sothreshold is not None:
            self._values["sothreshold"] = sothreshold
        if sslcertkey is not None:
            self._values["sslcertkey"] = sslcertkey
        if sslpolicybinding is not None:
            self._values["sslpolicybinding"] = sslpolicybinding
        if sslprofile is not None:
            self._values["sslprofile"] = sslprofile
        if state is not None:
            self._values["state"] = state
        if tcpprofilename is not None:
            self._values["tcpprofilename"] = tcpprofilename
        if td is not None:
            self._values["td"] = td
        if timeout is not None:
            self._values["timeout"] = timeout
        if toggleorder is not None:
            self._values["toggleorder"] = toggleorder
        if tosid is not None:
            self._values["tosid"] = tosid
        if trofspersistence is not None:
            self._values["trofspersistence"] = trofspersistence
        if v6_netmasklen is not None:
            self._values["v6_netmasklen"] = v6_netmasklen
        if v6_persistmasklen is not None:
            self._values["v6_persistmasklen"] = v6_persistmasklen
        if vipheader is not None:
            self._values["vipheader"] = vipheader
        if weight is not None:
            self._values["weight"] = weight

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
    def adfsproxyprofile(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#adfsproxyprofile Lbvserver#adfsproxyprofile}.'''
        result = self._values.get("adfsproxyprofile")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def apiprofile(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#apiprofile Lbvserver#apiprofile}.'''
        result = self._values.get("apiprofile")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def appflowlog(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#appflowlog Lbvserver#appflowlog}.'''
        result = self._values.get("appflowlog")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def authentication(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#authentication Lbvserver#authentication}.'''
        result = self._values.get("authentication")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def authenticationhost(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#authenticationhost Lbvserver#authenticationhost}.'''
        result = self._values.get("authenticationhost")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def authn401(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#authn401 Lbvserver#authn401}.'''
        result = self._values.get("authn401")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def authnprofile(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#authnprofile Lbvserver#authnprofile}.'''
        result = self._values.get("authnprofile")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def authnvsname(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#authnvsname Lbvserver#authnvsname}.'''
        result = self._values.get("authnvsname")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def backuplbmethod(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#backuplbmethod Lbvserver#backuplbmethod}.'''
        result = self._values.get("backuplbmethod")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def backuppersistencetimeout(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#backuppersistencetimeout Lbvserver#backuppersistencetimeout}.'''
        result = self._values.get("backuppersistencetimeout")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def backupvserver(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#backupvserver Lbvserver#backupvserver}.'''
        result = self._values.get("backupvserver")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def bypassaaaa(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#bypassaaaa Lbvserver#bypassaaaa}.'''
        result = self._values.get("bypassaaaa")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cacheable(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#cacheable Lbvserver#cacheable}.'''
        result = self._values.get("cacheable")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ciphers(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#ciphers Lbvserver#ciphers}.'''
        result = self._values.get("ciphers")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def ciphersuites(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#ciphersuites Lbvserver#ciphersuites}.'''
        result = self._values.get("ciphersuites")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def clttimeout(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#clttimeout Lbvserver#clttimeout}.'''
        result = self._values.get("clttimeout")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def comment(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#comment Lbvserver#comment}.'''
        result = self._values.get("comment")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def connfailover(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#connfailover Lbvserver#connfailover}.'''
        result = self._values.get("connfailover")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cookiename(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#cookiename Lbvserver#cookiename}.'''
        result = self._values.get("cookiename")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def datalength(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#datalength Lbvserver#datalength}.'''
        result = self._values.get("datalength")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def dataoffset(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#dataoffset Lbvserver#dataoffset}.'''
        result = self._values.get("dataoffset")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def dbprofilename(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#dbprofilename Lbvserver#dbprofilename}.'''
        result = self._values.get("dbprofilename")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def dbslb(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#dbslb Lbvserver#dbslb}.'''
        result = self._values.get("dbslb")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def disableprimaryondown(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#disableprimaryondown Lbvserver#disableprimaryondown}.'''
        result = self._values.get("disableprimaryondown")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def dns64(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#dns64 Lbvserver#dns64}.'''
        result = self._values.get("dns64")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def dnsoverhttps(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#dnsoverhttps Lbvserver#dnsoverhttps}.'''
        result = self._values.get("dnsoverhttps")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def dnsprofilename(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#dnsprofilename Lbvserver#dnsprofilename}.'''
        result = self._values.get("dnsprofilename")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def downstateflush(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#downstateflush Lbvserver#downstateflush}.'''
        result = self._values.get("downstateflush")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def hashlength(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#hashlength Lbvserver#hashlength}.'''
        result = self._values.get("hashlength")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def healththreshold(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#healththreshold Lbvserver#healththreshold}.'''
        result = self._values.get("healththreshold")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def httpprofilename(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#httpprofilename Lbvserver#httpprofilename}.'''
        result = self._values.get("httpprofilename")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def httpsredirecturl(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#httpsredirecturl Lbvserver#httpsredirecturl}.'''
        result = self._values.get("httpsredirecturl")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def icmpvsrresponse(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#icmpvsrresponse Lbvserver#icmpvsrresponse}.'''
        result = self._values.get("icmpvsrresponse")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#id Lbvserver#id}.

        Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
        If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def insertvserveripport(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#insertvserveripport Lbvserver#insertvserveripport}.'''
        result = self._values.get("insertvserveripport")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ipmask(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#ipmask Lbvserver#ipmask}.'''
        result = self._values.get("ipmask")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ippattern(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#ippattern Lbvserver#ippattern}.'''
        result = self._values.get("ippattern")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ipset(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#ipset Lbvserver#ipset}.'''
        result = self._values.get("ipset")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ipv46(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#ipv46 Lbvserver#ipv46}.'''
        result = self._values.get("ipv46")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def l2_conn(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#l2conn Lbvserver#l2conn}.'''
        result = self._values.get("l2_conn")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def lbmethod(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#lbmethod Lbvserver#lbmethod}.'''
        result = self._values.get("lbmethod")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def lbprofilename(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#lbprofilename Lbvserver#lbprofilename}.'''
        result = self._values.get("lbprofilename")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def listenpolicy(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#listenpolicy Lbvserver#listenpolicy}.'''
        result = self._values.get("listenpolicy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def listenpriority(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#listenpriority Lbvserver#listenpriority}.'''
        result = self._values.get("listenpriority")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def m(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#m Lbvserver#m}.'''
        result = self._values.get("m")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def macmoderetainvlan(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#macmoderetainvlan Lbvserver#macmoderetainvlan}.'''
        result = self._values.get("macmoderetainvlan")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def maxautoscalemembers(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#maxautoscalemembers Lbvserver#maxautoscalemembers}.'''
        result = self._values.get("maxautoscalemembers")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def minautoscalemembers(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#minautoscalemembers Lbvserver#minautoscalemembers}.'''
        result = self._values.get("minautoscalemembers")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def mssqlserverversion(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#mssqlserverversion Lbvserver#mssqlserverversion}.'''
        result = self._values.get("mssqlserverversion")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def mysqlcharacterset(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#mysqlcharacterset Lbvserver#mysqlcharacterset}.'''
        result = self._values.get("mysqlcharacterset")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def mysqlprotocolversion(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#mysqlprotocolversion Lbvserver#mysqlprotocolversion}.'''
        result = self._values.get("mysqlprotocolversion")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def mysqlservercapabilities(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#mysqlservercapabilities Lbvserver#mysqlservercapabilities}.'''
        result = self._values.get("mysqlservercapabilities")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def mysqlserverversion(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#mysqlserverversion Lbvserver#mysqlserverversion}.'''
        result = self._values.get("mysqlserverversion")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#name Lbvserver#name}.'''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def netmask(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#netmask Lbvserver#netmask}.'''
        result = self._values.get("netmask")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def netprofile(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#netprofile Lbvserver#netprofile}.'''
        result = self._values.get("netprofile")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def newservicerequest(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#newservicerequest Lbvserver#newservicerequest}.'''
        result = self._values.get("newservicerequest")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def newservicerequestincrementinterval(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#newservicerequestincrementinterval Lbvserver#newservicerequestincrementinterval}.'''
        result = self._values.get("newservicerequestincrementinterval")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def newservicerequestunit(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#newservicerequestunit Lbvserver#newservicerequestunit}.'''
        result = self._values.get("newservicerequestunit")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def oracleserverversion(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#oracleserverversion Lbvserver#oracleserverversion}.'''
        result = self._values.get("oracleserverversion")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def orderthreshold(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#orderthreshold Lbvserver#orderthreshold}.'''
        result = self._values.get("orderthreshold")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def persistavpno(self) -> typing.Optional[typing.List[jsii.Number]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#persistavpno Lbvserver#persistavpno}.'''
        result = self._values.get("persistavpno")
        return typing.cast(typing.Optional[typing.List[jsii.Number]], result)

    @builtins.property
    def persistencebackup(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#persistencebackup Lbvserver#persistencebackup}.'''
        result = self._values.get("persistencebackup")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def persistencetype(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#persistencetype Lbvserver#persistencetype}.'''
        result = self._values.get("persistencetype")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def persistmask(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#persistmask Lbvserver#persistmask}.'''
        result = self._values.get("persistmask")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#port Lbvserver#port}.'''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def probeport(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#probeport Lbvserver#probeport}.'''
        result = self._values.get("probeport")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def probeprotocol(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#probeprotocol Lbvserver#probeprotocol}.'''
        result = self._values.get("probeprotocol")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def probesuccessresponsecode(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#probesuccessresponsecode Lbvserver#probesuccessresponsecode}.'''
        result = self._values.get("probesuccessresponsecode")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def processlocal(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#processlocal Lbvserver#processlocal}.'''
        result = self._values.get("processlocal")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def push(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#push Lbvserver#push}.'''
        result = self._values.get("push")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def pushlabel(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#pushlabel Lbvserver#pushlabel}.'''
        result = self._values.get("pushlabel")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def pushmulticlients(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#pushmulticlients Lbvserver#pushmulticlients}.'''
        result = self._values.get("pushmulticlients")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def pushvserver(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#pushvserver Lbvserver#pushvserver}.'''
        result = self._values.get("pushvserver")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def quicbridgeprofilename(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#quicbridgeprofilename Lbvserver#quicbridgeprofilename}.'''
        result = self._values.get("quicbridgeprofilename")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def quicprofilename(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#quicprofilename Lbvserver#quicprofilename}.'''
        result = self._values.get("quicprofilename")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def range(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#range Lbvserver#range}.'''
        result = self._values.get("range")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def recursionavailable(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#recursionavailable Lbvserver#recursionavailable}.'''
        result = self._values.get("recursionavailable")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def redirectfromport(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#redirectfromport Lbvserver#redirectfromport}.'''
        result = self._values.get("redirectfromport")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def redirectportrewrite(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#redirectportrewrite Lbvserver#redirectportrewrite}.'''
        result = self._values.get("redirectportrewrite")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def redirurl(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#redirurl Lbvserver#redirurl}.'''
        result = self._values.get("redirurl")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def redirurlflags(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#redirurlflags Lbvserver#redirurlflags}.'''
        result = self._values.get("redirurlflags")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def resrule(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#resrule Lbvserver#resrule}.'''
        result = self._values.get("resrule")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def retainconnectionsoncluster(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#retainconnectionsoncluster Lbvserver#retainconnectionsoncluster}.'''
        result = self._values.get("retainconnectionsoncluster")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def rhistate(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#rhistate Lbvserver#rhistate}.'''
        result = self._values.get("rhistate")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def rtspnat(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#rtspnat Lbvserver#rtspnat}.'''
        result = self._values.get("rtspnat")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def rule(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#rule Lbvserver#rule}.'''
        result = self._values.get("rule")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def servicename(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#servicename Lbvserver#servicename}.'''
        result = self._values.get("servicename")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def servicetype(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#servicetype Lbvserver#servicetype}.'''
        result = self._values.get("servicetype")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sessionless(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#sessionless Lbvserver#sessionless}.'''
        result = self._values.get("sessionless")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def skippersistency(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#skippersistency Lbvserver#skippersistency}.'''
        result = self._values.get("skippersistency")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def snisslcertkeys(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#snisslcertkeys Lbvserver#snisslcertkeys}.'''
        result = self._values.get("snisslcertkeys")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def sobackupaction(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#sobackupaction Lbvserver#sobackupaction}.'''
        result = self._values.get("sobackupaction")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def somethod(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#somethod Lbvserver#somethod}.'''
        result = self._values.get("somethod")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sopersistence(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#sopersistence Lbvserver#sopersistence}.'''
        result = self._values.get("sopersistence")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sopersistencetimeout(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#sopersistencetimeout Lbvserver#sopersistencetimeout}.'''
        result = self._values.get("sopersistencetimeout")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def sothreshold(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#sothreshold Lbvserver#sothreshold}.'''
        result = self._values.get("sothreshold")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def sslcertkey(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#sslcertkey Lbvserver#sslcertkey}.'''
        result = self._values.get("sslcertkey")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sslpolicybinding(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["LbvserverSslpolicybinding"]]]:
        '''sslpolicybinding block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#sslpolicybinding Lbvserver#sslpolicybinding}
        '''
        result = self._values.get("sslpolicybinding")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["LbvserverSslpolicybinding"]]], result)

    @builtins.property
    def sslprofile(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#sslprofile Lbvserver#sslprofile}.'''
        result = self._values.get("sslprofile")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def state(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#state Lbvserver#state}.'''
        result = self._values.get("state")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tcpprofilename(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#tcpprofilename Lbvserver#tcpprofilename}.'''
        result = self._values.get("tcpprofilename")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def td(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#td Lbvserver#td}.'''
        result = self._values.get("td")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def timeout(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#timeout Lbvserver#timeout}.'''
        result = self._values.get("timeout")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def toggleorder(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#toggleorder Lbvserver#toggleorder}.'''
        result = self._values.get("toggleorder")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tosid(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#tosid Lbvserver#tosid}.'''
        result = self._values.get("tosid")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def trofspersistence(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#trofspersistence Lbvserver#trofspersistence}.'''
        result = self._values.get("trofspersistence")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def v6_netmasklen(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#v6netmasklen Lbvserver#v6netmasklen}.'''
        result = self._values.get("v6_netmasklen")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def v6_persistmasklen(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#v6persistmasklen Lbvserver#v6persistmasklen}.'''
        result = self._values.get("v6_persistmasklen")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def vipheader(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#vipheader Lbvserver#vipheader}.'''
        result = self._values.get("vipheader")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def weight(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#weight Lbvserver#weight}.'''
        result = self._values.get("weight")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "LbvserverConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="citrixadc.lbvserver.LbvserverSslpolicybinding",
    jsii_struct_bases=[],
    name_mapping={
        "gotopriorityexpression": "gotopriorityexpression",
        "invoke": "invoke",
        "labelname": "labelname",
        "labeltype": "labeltype",
        "policyname": "policyname",
        "priority": "priority",
        "type": "type",
    },
)
class LbvserverSslpolicybinding:
    def __init__(
        self,
        *,
        gotopriorityexpression: typing.Optional[builtins.str] = None,
        invoke: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        labelname: typing.Optional[builtins.str] = None,
        labeltype: typing.Optional[builtins.str] = None,
        policyname: typing.Optional[builtins.str] = None,
        priority: typing.Optional[jsii.Number] = None,
        type: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param gotopriorityexpression: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#gotopriorityexpression Lbvserver#gotopriorityexpression}.
        :param invoke: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#invoke Lbvserver#invoke}.
        :param labelname: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#labelname Lbvserver#labelname}.
        :param labeltype: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#labeltype Lbvserver#labeltype}.
        :param policyname: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#policyname Lbvserver#policyname}.
        :param priority: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#priority Lbvserver#priority}.
        :param type: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#type Lbvserver#type}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9063aafa96211a733885e63fb0c43b29d1c18f1f6d0d37b35445b78d8672751f)
            check_type(argname="argument gotopriorityexpression", value=gotopriorityexpression, expected_type=type_hints["gotopriorityexpression"])
            check_type(argname="argument invoke", value=invoke, expected_type=type_hints["invoke"])
            check_type(argname="argument labelname", value=labelname, expected_type=type_hints["labelname"])
            check_type(argname="argument labeltype", value=labeltype, expected_type=type_hints["labeltype"])
            check_type(argname="argument policyname", value=policyname, expected_type=type_hints["policyname"])
            check_type(argname="argument priority", value=priority, expected_type=type_hints["priority"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if gotopriorityexpression is not None:
            self._values["gotopriorityexpression"] = gotopriorityexpression
        if invoke is not None:
            self._values["invoke"] = invoke
        if labelname is not None:
            self._values["labelname"] = labelname
        if labeltype is not None:
            self._values["labeltype"] = labeltype
        if policyname is not None:
            self._values["policyname"] = policyname
        if priority is not None:
            self._values["priority"] = priority
        if type is not None:
            self._values["type"] = type

    @builtins.property
    def gotopriorityexpression(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#gotopriorityexpression Lbvserver#gotopriorityexpression}.'''
        result = self._values.get("gotopriorityexpression")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def invoke(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#invoke Lbvserver#invoke}.'''
        result = self._values.get("invoke")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def labelname(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#labelname Lbvserver#labelname}.'''
        result = self._values.get("labelname")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def labeltype(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#labeltype Lbvserver#labeltype}.'''
        result = self._values.get("labeltype")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def policyname(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#policyname Lbvserver#policyname}.'''
        result = self._values.get("policyname")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def priority(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#priority Lbvserver#priority}.'''
        result = self._values.get("priority")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def type(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/lbvserver#type Lbvserver#type}.'''
        result = self._values.get("type")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "LbvserverSslpolicybinding(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class LbvserverSslpolicybindingList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="citrixadc.lbvserver.LbvserverSslpolicybindingList",
):
    def __init__(
        self,
        terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
        terraform_attribute: builtins.str,
        wraps_set: builtins.bool,
    ) -> None:
        '''
        :param terraform_resource: The parent resource.
        :param terraform_attribute: The attribute on the parent resource this class is referencing.
        :param wraps_set: whether the list is wrapping a set (will add tolist() to be able to access an item via an index).
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4bdbd7a8b125ad4046e8fdfbfdc5af31500c18b1d88f7272a82bf47f949a49d2)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(self, index: jsii.Number) -> "LbvserverSslpolicybindingOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ba35aee66dda19144fae753106995346b176d776b2ce13f6837794cda614158e)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("LbvserverSslpolicybindingOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__44f28f78c4afe53bbbea0b0c407318449069201ce62063379838a0287ae0d0ee)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "terraformAttribute", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="terraformResource")
    def _terraform_resource(self) -> _cdktf_9a9027ec.IInterpolatingParent:
        '''The parent resource.'''
        return typing.cast(_cdktf_9a9027ec.IInterpolatingParent, jsii.get(self, "terraformResource"))

    @_terraform_resource.setter
    def _terraform_resource(self, value: _cdktf_9a9027ec.IInterpolatingParent) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b8a2ca577e6cdb87e48b29517d7b0e75e9d0f1180a771ac824c4502f5d427521)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "terraformResource", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="wrapsSet")
    def _wraps_set(self) -> builtins.bool:
        '''whether the list is wrapping a set (will add tolist() to be able to access an item via an index).'''
        return typing.cast(builtins.bool, jsii.get(self, "wrapsSet"))

    @_wraps_set.setter
    def _wraps_set(self, value: builtins.bool) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a0567740e5ccf654391cdcef62f254e0a17ef73132a3dbef5f25910f7777f2e6)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[LbvserverSslpolicybinding]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[LbvserverSslpolicybinding]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[LbvserverSslpolicybinding]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__446d0d354b72c8b56a804788f83b81d0d6adc03a08bba1137abbd22de338b1c8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class LbvserverSslpolicybindingOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="citrixadc.lbvserver.LbvserverSslpolicybindingOutputReference",
):
    def __init__(
        self,
        terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
        terraform_attribute: builtins.str,
        complex_object_index: jsii.Number,
        complex_object_is_from_set: builtins.bool,
    ) -> None:
        '''
        :param terraform_resource: The parent resource.
        :param terraform_attribute: The attribute on the parent resource this class is referencing.
        :param complex_object_index: the index of this item in the list.
        :param complex_object_is_from_set: whether the list is wrapping a set (will add tolist() to be able to access an item via an index).
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7e87b29529b79b1b80251f7d30c2f6845cd36719be5cd39f15d6a53e12e0a931)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument complex_object_index", value=complex_object_index, expected_type=type_hints["complex_object_index"])
            check_type(argname="argument complex_object_is_from_set", value=complex_object_is_from_set, expected_type=type_hints["complex_object_is_from_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, complex_object_index, complex_object_is_from_set])

    @jsii.member(jsii_name="resetGotopriorityexpression")
    def reset_gotopriorityexpression(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetGotopriorityexpression", []))

    @jsii.member(jsii_name="resetInvoke")
    def reset_invoke(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetInvoke", []))

    @jsii.member(jsii_name="resetLabelname")
    def reset_labelname(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetLabelname", []))

    @jsii.member(jsii_name="resetLabeltype")
    def reset_labeltype(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetLabeltype", []))

    @jsii.member(jsii_name="resetPolicyname")
    def reset_policyname(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPolicyname", []))

    @jsii.member(jsii_name="resetPriority")
    def reset_priority(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPriority", []))

    @jsii.member(jsii_name="resetType")
    def reset_type(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetType", []))

    @builtins.property
    @jsii.member(jsii_name="gotopriorityexpressionInput")
    def gotopriorityexpression_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "gotopriorityexpressionInput"))

    @builtins.property
    @jsii.member(jsii_name="invokeInput")
    def invoke_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "invokeInput"))

    @builtins.property
    @jsii.member(jsii_name="labelnameInput")
    def labelname_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "labelnameInput"))

    @builtins.property
    @jsii.member(jsii_name="labeltypeInput")
    def labeltype_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "labeltypeInput"))

    @builtins.property
    @jsii.member(jsii_name="policynameInput")
    def policyname_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "policynameInput"))

    @builtins.property
    @jsii.member(jsii_name="priorityInput")
    def priority_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "priorityInput"))

    @builtins.property
    @jsii.member(jsii_name="typeInput")
    def type_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "typeInput"))

    @builtins.property
    @jsii.member(jsii_name="gotopriorityexpression")
    def gotopriorityexpression(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "gotopriorityexpression"))

    @gotopriorityexpression.setter
    def gotopriorityexpression(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4b5033ace87c21b1f274b9bc6a64e185198d1d21bf911855fdf0abc13bcc20df)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "gotopriorityexpression", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="invoke")
    def invoke(self) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "invoke"))

    @invoke.setter
    def invoke(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__dba10f2848c4c4871725c5d4606369a0d630aa84f0a2970818544dee688a5b3b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "invoke", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="labelname")
    def labelname(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "labelname"))

    @labelname.setter
    def labelname(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__43f1409abbe90a12476286b5c5dfb32b9c42870684e8e0d1b5f0d4fa250283e1)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "labelname", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="labeltype")
    def labeltype(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "labeltype"))

    @labeltype.setter
    def labeltype(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7f02446c82bfbdf1544f3393f92005015949f751bbf5e4825aaf87fdf04ea731)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "labeltype", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="policyname")
    def policyname(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "policyname"))

    @policyname.setter
    def policyname(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0bfb76f46757b3726ff594f79803b356192a65f6fc028c71b2c61201f384e152)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "policyname", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="priority")
    def priority(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "priority"))

    @priority.setter
    def priority(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__587e9bbbde0fb969fd56567f678440484868efcf60b00f3432236b7a34fe76d4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "priority", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="type")
    def type(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "type"))

    @type.setter
    def type(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5603d322a4c88fb71cdb63ae7501317837256ca1b963d46eca48b929954cb0d2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "type", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, LbvserverSslpolicybinding]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, LbvserverSslpolicybinding]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, LbvserverSslpolicybinding]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__76c186890e740c6790ec406c0ed73303f60213c8f30b3412e7768b8f34796af1)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


__all__ = [
    "Lbvserver",
    "LbvserverConfig",
    "LbvserverSslpolicybinding",
    "LbvserverSslpolicybindingList",
    "LbvserverSslpolicybindingOutputReference",
]

publication.publish()

def _typecheckingstub__0000f0cec70301b3176962d14c6113488120f996b2f2b8db2c53924ebfa0e0e8(
    scope: _constructs_77d1e7e8.Construct,
    id_: builtins.str,
    *,
    adfsproxyprofile: typing.Optional[builtins.str] = None,
    apiprofile: typing.Optional[builtins.str] = None,
    appflowlog: typing.Optional[builtins.str] = None,
    authentication: typing.Optional[builtins.str] = None,
    authenticationhost: typing.Optional[builtins.str] = None,
    authn401: typing.Optional[builtins.str] = None,
    authnprofile: typing.Optional[builtins.str] = None,
    authnvsname: typing.Optional[builtins.str] = None,
    backuplbmethod: typing.Optional[builtins.str] = None,
    backuppersistencetimeout: typing.Optional[jsii.Number] = None,
    backupvserver: typing.Optional[builtins.str] = None,
    bypassaaaa: typing.Optional[builtins.str] = None,
    cacheable: typing.Optional[builtins.str] = None,
    ciphers: typing.Optional[typing.Sequence[builtins.str]] = None,
    ciphersuites: typing.Optional[typing.Sequence[builtins.str]] = None,
    clttimeout: typing.Optional[jsii.Number] = None,
    comment: typing.Optional[builtins.str] = None,
    connfailover: typing.Optional[builtins.str] = None,
    cookiename: typing.Optional[builtins.str] = None,
    datalength: typing.Optional[jsii.Number] = None,
    dataoffset: typing.Optional[jsii.Number] = None,
    dbprofilename: typing.Optional[builtins.str] = None,
    dbslb: typing.Optional[builtins.str] = None,
    disableprimaryondown: typing.Optional[builtins.str] = None,
    dns64: typing.Optional[builtins.str] = None,
    dnsoverhttps: typing.Optional[builtins.str] = None,
    dnsprofilename: typing.Optional[builtins.str] = None,
    downstateflush: typing.Optional[builtins.str] = None,
    hashlength: typing.Optional[jsii.Number] = None,
    healththreshold: typing.Optional[jsii.Number] = None,
    httpprofilename: typing.Optional[builtins.str] = None,
    httpsredirecturl: typing.Optional[builtins.str] = None,
    icmpvsrresponse: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
    insertvserveripport: typing.Optional[builtins.str] = None,
    ipmask: typing.Optional[builtins.str] = None,
    ippattern: typing.Optional[builtins.str] = None,
    ipset: typing.Optional[builtins.str] = None,
    ipv46: typing.Optional[builtins.str] = None,
    l2_conn: typing.Optional[builtins.str] = None,
    lbmethod: typing.Optional[builtins.str] = None,
    lbprofilename: typing.Optional[builtins.str] = None,
    listenpolicy: typing.Optional[builtins.str] = None,
    listenpriority: typing.Optional[jsii.Number] = None,
    m: typing.Optional[builtins.str] = None,
    macmoderetainvlan: typing.Optional[builtins.str] = None,
    maxautoscalemembers: typing.Optional[jsii.Number] = None,
    minautoscalemembers: typing.Optional[jsii.Number] = None,
    mssqlserverversion: typing.Optional[builtins.str] = None,
    mysqlcharacterset: typing.Optional[jsii.Number] = None,
    mysqlprotocolversion: typing.Optional[jsii.Number] = None,
    mysqlservercapabilities: typing.Optional[jsii.Number] = None,
    mysqlserverversion: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    netmask: typing.Optional[builtins.str] = None,
    netprofile: typing.Optional[builtins.str] = None,
    newservicerequest: typing.Optional[jsii.Number] = None,
    newservicerequestincrementinterval: typing.Optional[jsii.Number] = None,
    newservicerequestunit: typing.Optional[builtins.str] = None,
    oracleserverversion: typing.Optional[builtins.str] = None,
    orderthreshold: typing.Optional[jsii.Number] = None,
    persistavpno: typing.Optional[typing.Sequence[jsii.Number]] = None,
    persistencebackup: typing.Optional[builtins.str] = None,
    persistencetype: typing.Optional[builtins.str] = None,
    persistmask: typing.Optional[builtins.str] = None,
    port: typing.Optional[jsii.Number] = None,
    probeport: typing.Optional[jsii.Number] = None,
    probeprotocol: typing.Optional[builtins.str] = None,
    probesuccessresponsecode: typing.Optional[builtins.str] = None,
    processlocal: typing.Optional[builtins.str] = None,
    push: typing.Optional[builtins.str] = None,
    pushlabel: typing.Optional[builtins.str] = None,
    pushmulticlients: typing.Optional[builtins.str] = None,
    pushvserver: typing.Optional[builtins.str] = None,
    quicbridgeprofilename: typing.Optional[builtins.str] = None,
    quicprofilename: typing.Optional[builtins.str] = None,
    range: typing.Optional[jsii.Number] = None,
    recursionavailable: typing.Optional[builtins.str] = None,
    redirectfromport: typing.Optional[jsii.Number] = None,
    redirectportrewrite: typing.Optional[builtins.str] = None,
    redirurl: typing.Optional[builtins.str] = None,
    redirurlflags: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    resrule: typing.Optional[builtins.str] = None,
    retainconnectionsoncluster: typing.Optional[builtins.str] = None,
    rhistate: typing.Optional[builtins.str] = None,
    rtspnat: typing.Optional[builtins.str] = None,
    rule: typing.Optional[builtins.str] = None,
    servicename: typing.Optional[builtins.str] = None,
    servicetype: typing.Optional[builtins.str] = None,
    sessionless: typing.Optional[builtins.str] = None,
    skippersistency: typing.Optional[builtins.str] = None,
    snisslcertkeys: typing.Optional[typing.Sequence[builtins.str]] = None,
    sobackupaction: typing.Optional[builtins.str] = None,
    somethod: typing.Optional[builtins.str] = None,
    sopersistence: typing.Optional[builtins.str] = None,
    sopersistencetimeout: typing.Optional[jsii.Number] = None,
    sothreshold: typing.Optional[jsii.Number] = None,
    sslcertkey: typing.Optional[builtins.str] = None,
    sslpolicybinding: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[LbvserverSslpolicybinding, typing.Dict[builtins.str, typing.Any]]]]] = None,
    sslprofile: typing.Optional[builtins.str] = None,
    state: typing.Optional[builtins.str] = None,
    tcpprofilename: typing.Optional[builtins.str] = None,
    td: typing.Optional[jsii.Number] = None,
    timeout: typing.Optional[jsii.Number] = None,
    toggleorder: typing.Optional[builtins.str] = None,
    tosid: typing.Optional[jsii.Number] = None,
    trofspersistence: typing.Optional[builtins.str] = None,
    v6_netmasklen: typing.Optional[jsii.Number] = None,
    v6_persistmasklen: typing.Optional[jsii.Number] = None,
    vipheader: typing.Optional[builtins.str] = None,
    weight: typing.Optional[jsii.Number] = None,
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

def _typecheckingstub__3d1cd356744936d919ecb43eff2f47357b8dd1280bc87dea25c88232139a6ec4(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0c6fe5103e838a3ae2b74b7cf70636e45b4a7f7f70d205231f23999791b3598b(
    value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[LbvserverSslpolicybinding, typing.Dict[builtins.str, typing.Any]]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4bb8745873ab60a00037eaacbcec10e6c374f0e2e44b1f9e8287ecd2c5b7b16d(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__68969930dce0f8088b245232b46a4d3df8d6eba0024f214e0e882fce3db085ac(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__df58ddd919768dffb8315842d79d829779e48f76234c92586574e6044383393a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b10fc04c149029d28bacbc7cf166d7ad8143a77d088e704b5663fce7d300e628(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2a15c10e257396903f46b13d2a9622bcecd08a4db55559880c68e991ee87d1ea(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3ee9a5857f878cbedcb291fbb6e7e776e9cb305f7808775433657071772be605(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__553a797125a01650f1d4608b7032e1058a983015fb4be4cc48477438c06d4401(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__855bf85c59f10409e517afab741a0681a090696ac3db17d6a9cdc2817bc544b5(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c6930bd81524e1d32d1e1a480578282efb051a1e47f1f2b6b3e6820d4d089eda(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6bc24a04051fa8ab542ed8c2311ca8c164c87c9273c2c8eda18392f2b4b823b1(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b5067711c11bc0f9a240c721f7964ded3caccfa8921373460e732ef8ca03cdf4(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f97e525b53b9bb6e7329e3099ce3fc28947053d47961fff75f66424e102f96b7(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__87e119c48447b14bc1193b05ca0db1a9951bfd09a56db300660ea6f003b5ea86(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__572bfbbdd3dca7c6e9c35c869b804409634bd8a8c52d771be5f5bf80cedd0811(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d44782b0050da3ea7b93fbac0e9821e292af6b5c9de89d37df98a817278fb379(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__53fb99d1e782d2b29bc46b2731ab28d440ace4974f7597afcb3e5e93a292c514(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__be1747856098a2b781f1664ec6c915b0f11891f6cedd34d4bd6673ffbc4679a9(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6d29c35cc08d4714bc58a6c4bd164f9e7ffc4c9ba43e9d8a098ec8f1df649b93(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1253edc04dca5dc23676567fbdc81f8f16d2dc8b54ed9ad3359fc244fb777349(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__37bced3cd67678795ea7da00b29523aeda16f47d2dfdbd1012690290f970557f(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d4aaae4f4e2f8292a87906c99061802b5982e478f44f0a574acbf331ffa5865a(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f14779b62322839cc91d8504a01c882085410ecaf80f543c4bcaf96fa10479f7(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0ee8c807aada6be1f42092bf716eb7262e1270b5e7f41238026b553c85066184(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6ccefd20873a0da8042e24937035ec855b25141b4a1df8d3f2fe6f5f3c791b84(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ae1a4e527df1a273dab4809ec79b3a527d393c000870e1c5148e8cb06ad56114(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9b794114e7963c9f727b57e3781d4857e8b37fb7124190babf34dbfa3db2c154(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__376563cd710c9ccbd39142dcf7843a8549e49b2ac642bf3c3a2bdc1c6f60d03c(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d577a03d420e320bddab9f988917fc89e618085cf57c76cd7bb66efab217a365(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8e89213deee406ef250b102175e08a2673633d37bd29f004110775f95d27e497(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9d6499a4b218b4bee8d4c7b1e9e8fa3c04a777b8771a725e4a03c7bb5789cf96(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__27c23d3e3fde933493715e7e3f3faf1eb94524ea850df320134960e7a719d059(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__538b97e2d6e35c8bef86230ab6d753a8579abaee1c767b8b2b07ca00bc9848cc(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5934644901c54cf3917f05937c07d9c0d25bd7c2d1891f79847afba86e3a7ecd(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6db9ad34285e85e41fe478b81f760b79a9b82ef22277dff3caabb012a7458363(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ab2d019ce5ca8525d101f3e4e6ba5a63206cc86c9097bee29ce9831e2c24a866(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__efc0b8620a7abd4e44e37477ae63901cd1d686ebfb472eb91af265dd791786c3(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d6624a2ee14e76011841e0ad9f7b1a32b9d8fb72900990fb0e28335fbf019c97(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__49264a9e781fb80ed980b54497bb6764de6fecc6241f030f58513e4975f37e63(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__24897e5e6a2f0e7d97a5814bb7d39c2e719f857a31aa7536cfd328307df58da4(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__66f63d623adba7b2da3d2acb71fa2e17f702d0898f03516e715d0097e8a6aa1f(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4e4eae81657a7fd151dd18f9219a2100853ab281054ceb225240cee42e0d74b1(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ddb10992fe2164258c17bf1f9ce77d929d0ab7e959acbdf8debf285462eed57d(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ec0fafa42b3f903707479516edfa89ef32e906676f09a8317ce69e12de0322fe(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bf0660396772651b73dc8350b9ea94987e96cdc7ceb49599618b6e195ab13b6c(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__685b37ac3967feed3fbe292e6770d8af188612157bd581868d64809c82c51a3b(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__83241555a19b565865c209d1ee5caac51b62b948fbef1c17d40baa47d362320b(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__763aa613480f5e30c672c7c740fcd5092aa0ed9ffebd7d4bac13879b6c82eeec(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6f17b6c9586ae2eb26a10a33deaca385248d19e357fba1d1f817a05f31ad9d69(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__25b439f782fb7080ff12ca1a8fd29a3a913b6789799e4a4b5c09ea5c9e0f1ef9(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0cb3776ae00c373fdb6f73a57198c60460358e01c39613a39cf98e97dcab7c52(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d617d4ce9137b2e41490e0911e744d701d07c285c685d5bcbdd4912b8b671cd3(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5e2f6c6cbea80346560c46f0aa079ce9cb0ca2cb75725aa455cd92d7525f816a(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6cad32af6c2e48434b2bbaf7125e5100847e78fc52c9ac750c681924d4aeb572(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7618ddddb62d688d986515e14f3fdb392fa4fc8ea753099782df5b1aa800c6c9(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dc7fada17ff6d9aeecb77aa3ccd9c03afd5b4b602be8fa52ca6885827b749433(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__aaca5bf642e08bb51da9aede3babc6928408355dfc8c4b5ee503ea1b105d045f(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2dc89939bfae67b77b3b8e57e6f55b30e1784c8960960f0ed79656fb065480fd(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__89f66e72577cc4c021864ce1e253e1a428fbe8da4c68b34702dd89b7877b34e3(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__83964ba3443370e36515d3e1f482f5854f90dd1c9e5d378a75d9d1f0a8456a9f(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e96ac89b3e1ab05618c22a2e392f797aa63f5492002a71c7b5631fecceb760c8(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4000baa0a1cd69ffa336f2414c5d189f4b5f6051ef1906763fa27ea63ec12a12(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__54432169ad97e8d6c8f98460f2c158a354d160c8064bc1d78fbec28e129b8eb3(
    value: typing.List[jsii.Number],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e465c5d00c8e56fb45889d495dea2f52517c84cc99ffe003c4d0d73e98dcfc79(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__db3a7414f146bbb43121be9ef91231f54218647d42d6acf63166c6da64c8f559(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b0c7b87546b2e72e37b3945446eb85d79e5d28a8606f5d51b8832d02741044f8(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2c74338d84d2dc43ecc618232f3967c6d0df31db0704eb293fab23f7f58ba034(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b651a455669828b85f02eddb1366adb852a7890b43db0ff99193f095e9ad2e9b(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3925c3e3a174b1b951e9d0b309d59cd8e57cab1dc8da12a7f74ccc65a718a3d8(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fc030dfd06eb4c76ee9b45beb1fb02faafcb6107d5dc46063c6045030c7a16d0(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__abc665d844a6a1421688a37dbcea7a00a77ee744f2b714ced9a85b405b830d87(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b513cf8b937e33dfcd22546f9ee360b42a5d98c11495dabceff0c33f11acb3a1(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__731034886da142c6660cce03c6086a17e3539834013c5ee189722c230449581e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e224cf6c693f82f8cb2a23aa41ea541987584c58106b9d76862b1be9e6da900b(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7628789f5abb4bbc9921dde2d1cfd3141b69134c8f965c5513b8a63bc29c347f(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__47e583fedc5f9dbaa1307a4b84440ee0e4a6d02c26effb8a5aebeab1dfca8526(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__855662b30a2e195c9a8fbd9b0fab9cb185779fbcdfc2d02fa2b2236cd175e2d2(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f420ef532eeb562c767644147838f49eb563db5a5ba0c3548507edb9fdd315e1(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__37c2bf9d3b1ab1bfc3ce61708d9a701e6e266452ae42b997145c11fd01e64f9a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__83ee740aa0ae833bb3f153cc5322ee71b1db849c724348cd81ab23a41716650a(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fb359d39b4d1ba115db4b66789cd9fbc75a52fe9dd90e65f0dcb095d4a6b0764(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d4cceb6f71bb79090cc58e395319d4d0293ee4d42388e1d439d0c039a01c7516(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4c13d297b69e27a849af6ecf2128f1fb73eb2638acf8d4d87f7ee357471d1ea5(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ecd963df553798ac460faeb7f6636e5ea07cdfbd3e35a1ea06df0e6e9594eedc(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__de656e182311429491c172241cfb6b37a1bd5eed554b042be7a9f99d30f8813e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dfa3a7abc8c48891df3751a4bbc1e8ee777adb1983e89a5988b3927e1f35c575(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__700be4f354de824773b09219b08cfb8caaa6168eb0b9be94e97a49717dd4e6dd(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e3f2858191ae7425b1d704ba4ec66e8ff8e950d14f67d0ed64dc56e932f88f94(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__eb020b0b8d27386b0ca70236ade9b981ff24bb5ee1e18b0c693ee48e44886755(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f852f49307c683ba7181c9e94c0819131a2b0be7f91b0fc6f5cf8ca8c1abafa9(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e060e88376a3cfcc226593159fa7db9482f756613c246b3427716044ecce19fa(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__22a2c4dfed71f9c8e21ec43ea62a2a3bb0e715a4b0be40f8d2c4c751ebea2a6d(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8a2d716dffec636af9fe84f621f265c78904dffe74d017255d329e7035a6f940(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a1fc4b71e1b739caaa4f9c415ffcbd41f874b614ef9164daff73776a416d5831(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9e105ada0dfff26c47b4c65a02984f5dd228fa0c385f0557b7da077a64a47830(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5e2f02860db856b5e1df21fc92957a5cbd845647f1204d3fbfd00f493e93dba2(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e302c7312e67fd0d55c020d754915fa7c0c9d42e700cf57a7f22a51aa3b2fe39(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__03d66a91cb091d0946ba14ff96fa9ced27b27001814e27cfe537ac5d978f185f(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__aaf41cbd1b4097696edbffd89e63e4c2c2eb2416e5ced0ae14dc20facd213f83(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7e765bc422ad1bb013f2546ade047577955d0f11d316ef6dd8713feb9bb97e98(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__80db905a4425eb3af78388524a81dc40f68a11a0f4bb194aef0baf3ce0391e25(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e4ed50c1228d485b5fe3f42d025f128be704d676b5005317b87e9f0b02941d9b(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9d9a01aaa5547fb1f458d52214e6e565b639a16b2d736ed345309261b3fc019f(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a0cc0105d2b93b2186e6a936e28799573a7141dfad87d681cd9acb687ab695c3(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3b3097d18e595bd05f04154d9d8b20217000a4252ff777c047b6a839444bc8b8(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e08a55008c3bdc4caedabefa9655795d51d4cc546b77628409a77088fed74ea4(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4c84a08bce1acc1908c207025e429fac17b4b787e13e4d4496dac08955405510(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6f2b66fcf7c9cb8f4aa1f52c8db81f576663ca0b7607b84980b9845bbbb7749c(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__01fee50c33ce57392d2d2b6e4cc67c59fd017b6576019fa1c12a159d530371ff(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__37f51217daae684d7ccc8a887de33659f765d039ce2d67b386f846ddcfb291b8(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__92346710ac05d2b189e92bb1cb1166f99ffcf121968d8bbd76db454df5e78b30(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4aef8ad96524a424e59bf9397478db505c9322a84027df88152522796c116846(
    *,
    connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    adfsproxyprofile: typing.Optional[builtins.str] = None,
    apiprofile: typing.Optional[builtins.str] = None,
    appflowlog: typing.Optional[builtins.str] = None,
    authentication: typing.Optional[builtins.str] = None,
    authenticationhost: typing.Optional[builtins.str] = None,
    authn401: typing.Optional[builtins.str] = None,
    authnprofile: typing.Optional[builtins.str] = None,
    authnvsname: typing.Optional[builtins.str] = None,
    backuplbmethod: typing.Optional[builtins.str] = None,
    backuppersistencetimeout: typing.Optional[jsii.Number] = None,
    backupvserver: typing.Optional[builtins.str] = None,
    bypassaaaa: typing.Optional[builtins.str] = None,
    cacheable: typing.Optional[builtins.str] = None,
    ciphers: typing.Optional[typing.Sequence[builtins.str]] = None,
    ciphersuites: typing.Optional[typing.Sequence[builtins.str]] = None,
    clttimeout: typing.Optional[jsii.Number] = None,
    comment: typing.Optional[builtins.str] = None,
    connfailover: typing.Optional[builtins.str] = None,
    cookiename: typing.Optional[builtins.str] = None,
    datalength: typing.Optional[jsii.Number] = None,
    dataoffset: typing.Optional[jsii.Number] = None,
    dbprofilename: typing.Optional[builtins.str] = None,
    dbslb: typing.Optional[builtins.str] = None,
    disableprimaryondown: typing.Optional[builtins.str] = None,
    dns64: typing.Optional[builtins.str] = None,
    dnsoverhttps: typing.Optional[builtins.str] = None,
    dnsprofilename: typing.Optional[builtins.str] = None,
    downstateflush: typing.Optional[builtins.str] = None,
    hashlength: typing.Optional[jsii.Number] = None,
    healththreshold: typing.Optional[jsii.Number] = None,
    httpprofilename: typing.Optional[builtins.str] = None,
    httpsredirecturl: typing.Optional[builtins.str] = None,
    icmpvsrresponse: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
    insertvserveripport: typing.Optional[builtins.str] = None,
    ipmask: typing.Optional[builtins.str] = None,
    ippattern: typing.Optional[builtins.str] = None,
    ipset: typing.Optional[builtins.str] = None,
    ipv46: typing.Optional[builtins.str] = None,
    l2_conn: typing.Optional[builtins.str] = None,
    lbmethod: typing.Optional[builtins.str] = None,
    lbprofilename: typing.Optional[builtins.str] = None,
    listenpolicy: typing.Optional[builtins.str] = None,
    listenpriority: typing.Optional[jsii.Number] = None,
    m: typing.Optional[builtins.str] = None,
    macmoderetainvlan: typing.Optional[builtins.str] = None,
    maxautoscalemembers: typing.Optional[jsii.Number] = None,
    minautoscalemembers: typing.Optional[jsii.Number] = None,
    mssqlserverversion: typing.Optional[builtins.str] = None,
    mysqlcharacterset: typing.Optional[jsii.Number] = None,
    mysqlprotocolversion: typing.Optional[jsii.Number] = None,
    mysqlservercapabilities: typing.Optional[jsii.Number] = None,
    mysqlserverversion: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    netmask: typing.Optional[builtins.str] = None,
    netprofile: typing.Optional[builtins.str] = None,
    newservicerequest: typing.Optional[jsii.Number] = None,
    newservicerequestincrementinterval: typing.Optional[jsii.Number] = None,
    newservicerequestunit: typing.Optional[builtins.str] = None,
    oracleserverversion: typing.Optional[builtins.str] = None,
    orderthreshold: typing.Optional[jsii.Number] = None,
    persistavpno: typing.Optional[typing.Sequence[jsii.Number]] = None,
    persistencebackup: typing.Optional[builtins.str] = None,
    persistencetype: typing.Optional[builtins.str] = None,
    persistmask: typing.Optional[builtins.str] = None,
    port: typing.Optional[jsii.Number] = None,
    probeport: typing.Optional[jsii.Number] = None,
    probeprotocol: typing.Optional[builtins.str] = None,
    probesuccessresponsecode: typing.Optional[builtins.str] = None,
    processlocal: typing.Optional[builtins.str] = None,
    push: typing.Optional[builtins.str] = None,
    pushlabel: typing.Optional[builtins.str] = None,
    pushmulticlients: typing.Optional[builtins.str] = None,
    pushvserver: typing.Optional[builtins.str] = None,
    quicbridgeprofilename: typing.Optional[builtins.str] = None,
    quicprofilename: typing.Optional[builtins.str] = None,
    range: typing.Optional[jsii.Number] = None,
    recursionavailable: typing.Optional[builtins.str] = None,
    redirectfromport: typing.Optional[jsii.Number] = None,
    redirectportrewrite: typing.Optional[builtins.str] = None,
    redirurl: typing.Optional[builtins.str] = None,
    redirurlflags: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    resrule: typing.Optional[builtins.str] = None,
    retainconnectionsoncluster: typing.Optional[builtins.str] = None,
    rhistate: typing.Optional[builtins.str] = None,
    rtspnat: typing.Optional[builtins.str] = None,
    rule: typing.Optional[builtins.str] = None,
    servicename: typing.Optional[builtins.str] = None,
    servicetype: typing.Optional[builtins.str] = None,
    sessionless: typing.Optional[builtins.str] = None,
    skippersistency: typing.Optional[builtins.str] = None,
    snisslcertkeys: typing.Optional[typing.Sequence[builtins.str]] = None,
    sobackupaction: typing.Optional[builtins.str] = None,
    somethod: typing.Optional[builtins.str] = None,
    sopersistence: typing.Optional[builtins.str] = None,
    sopersistencetimeout: typing.Optional[jsii.Number] = None,
    sothreshold: typing.Optional[jsii.Number] = None,
    sslcertkey: typing.Optional[builtins.str] = None,
    sslpolicybinding: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[LbvserverSslpolicybinding, typing.Dict[builtins.str, typing.Any]]]]] = None,
    sslprofile: typing.Optional[builtins.str] = None,
    state: typing.Optional[builtins.str] = None,
    tcpprofilename: typing.Optional[builtins.str] = None,
    td: typing.Optional[jsii.Number] = None,
    timeout: typing.Optional[jsii.Number] = None,
    toggleorder: typing.Optional[builtins.str] = None,
    tosid: typing.Optional[jsii.Number] = None,
    trofspersistence: typing.Optional[builtins.str] = None,
    v6_netmasklen: typing.Optional[jsii.Number] = None,
    v6_persistmasklen: typing.Optional[jsii.Number] = None,
    vipheader: typing.Optional[builtins.str] = None,
    weight: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9063aafa96211a733885e63fb0c43b29d1c18f1f6d0d37b35445b78d8672751f(
    *,
    gotopriorityexpression: typing.Optional[builtins.str] = None,
    invoke: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    labelname: typing.Optional[builtins.str] = None,
    labeltype: typing.Optional[builtins.str] = None,
    policyname: typing.Optional[builtins.str] = None,
    priority: typing.Optional[jsii.Number] = None,
    type: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4bdbd7a8b125ad4046e8fdfbfdc5af31500c18b1d88f7272a82bf47f949a49d2(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ba35aee66dda19144fae753106995346b176d776b2ce13f6837794cda614158e(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__44f28f78c4afe53bbbea0b0c407318449069201ce62063379838a0287ae0d0ee(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b8a2ca577e6cdb87e48b29517d7b0e75e9d0f1180a771ac824c4502f5d427521(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a0567740e5ccf654391cdcef62f254e0a17ef73132a3dbef5f25910f7777f2e6(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__446d0d354b72c8b56a804788f83b81d0d6adc03a08bba1137abbd22de338b1c8(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[LbvserverSslpolicybinding]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7e87b29529b79b1b80251f7d30c2f6845cd36719be5cd39f15d6a53e12e0a931(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4b5033ace87c21b1f274b9bc6a64e185198d1d21bf911855fdf0abc13bcc20df(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dba10f2848c4c4871725c5d4606369a0d630aa84f0a2970818544dee688a5b3b(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__43f1409abbe90a12476286b5c5dfb32b9c42870684e8e0d1b5f0d4fa250283e1(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7f02446c82bfbdf1544f3393f92005015949f751bbf5e4825aaf87fdf04ea731(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0bfb76f46757b3726ff594f79803b356192a65f6fc028c71b2c61201f384e152(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__587e9bbbde0fb969fd56567f678440484868efcf60b00f3432236b7a34fe76d4(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5603d322a4c88fb71cdb63ae7501317837256ca1b963d46eca48b929954cb0d2(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__76c186890e740c6790ec406c0ed73303f60213c8f30b3412e7768b8f34796af1(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, LbvserverSslpolicybinding]],
) -> None:
    """Type checking stubs"""
    pass
