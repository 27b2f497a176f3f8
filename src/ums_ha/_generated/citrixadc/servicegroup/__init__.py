r'''
# `citrixadc_servicegroup`

Refer to the Terraform Registry for docs: [`citrixadc_servicegroup`](https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup).
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


class Servicegroup(
    _cdktf_9a9027ec.TerraformResource,
    metaclass=jsii.JSIIMeta,
    jsii_type="citrixadc.servicegroup.Servicegroup",
):
    '''Represents a {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup citrixadc_servicegroup}.'''

    def __init__(
        self,
        scope: _constructs_77d1e7e8.Construct,
        id_: builtins.str,
        *,
        appflowlog: typing.Optional[builtins.str] = None,
        autodelayedtrofs: typing.Optional[builtins.str] = None,
        autodisabledelay: typing.Optional[jsii.Number] = None,
        autodisablegraceful: typing.Optional[builtins.str] = None,
        autoscale: typing.Optional[builtins.str] = None,
        bootstrap: typing.Optional[builtins.str] = None,
        cacheable: typing.Optional[builtins.str] = None,
        cachetype: typing.Optional[builtins.str] = None,
        cip: typing.Optional[builtins.str] = None,
        cipheader: typing.Optional[builtins.str] = None,
        cka: typing.Optional[builtins.str] = None,
        clttimeout: typing.Optional[jsii.Number] = None,
        cmp: typing.Optional[builtins.str] = None,
        comment: typing.Optional[builtins.str] = None,
        customserverid: typing.Optional[builtins.str] = None,
        dbsttl: typing.Optional[jsii.Number] = None,
        delay: typing.Optional[jsii.Number] = None,
        downstateflush: typing.Optional[builtins.str] = None,
        dupweight: typing.Optional[jsii.Number] = None,
        graceful: typing.Optional[builtins.str] = None,
        hashid: typing.Optional[jsii.Number] = None,
        healthmonitor: typing.Optional[builtins.str] = None,
        httpprofilename: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        includemembers: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        lbmonitor: typing.Optional[builtins.str] = None,
        lbvservers: typing.Optional[typing.Sequence[builtins.str]] = None,
        maxbandwidth: typing.Optional[jsii.Number] = None,
        maxclient: typing.Optional[jsii.Number] = None,
        maxreq: typing.Optional[jsii.Number] = None,
        memberport: typing.Optional[jsii.Number] = None,
        monconnectionclose: typing.Optional[builtins.str] = None,
        monitornamesvc: typing.Optional[builtins.str] = None,
        monthreshold: typing.Optional[jsii.Number] = None,
        nameserver: typing.Optional[builtins.str] = None,
        netprofile: typing.Optional[builtins.str] = None,
        pathmonitor: typing.Optional[builtins.str] = None,
        pathmonitorindv: typing.Optional[builtins.str] = None,
        port: typing.Optional[jsii.Number] = None,
        quicprofilename: typing.Optional[builtins.str] = None,
        riseapbrstatsmsgcode: typing.Optional[jsii.Number] = None,
        rtspsessionidremap: typing.Optional[builtins.str] = None,
        serverid: typing.Optional[jsii.Number] = None,
        servername: typing.Optional[builtins.str] = None,
        servicegroupmembers: typing.Optional[typing.Sequence[builtins.str]] = None,
        servicegroupmembers_by_servername: typing.Optional[typing.Sequence[builtins.str]] = None,
        servicegroupname: typing.Optional[builtins.str] = None,
        servicetype: typing.Optional[builtins.str] = None,
        sp: typing.Optional[builtins.str] = None,
        state: typing.Optional[builtins.str] = None,
        svrtimeout: typing.Optional[jsii.Number] = None,
        tcpb: typing.Optional[builtins.str] = None,
        tcpprofilename: typing.Optional[builtins.str] = None,
        td: typing.Optional[jsii.Number] = None,
        topicname: typing.Optional[builtins.str] = None,
        useproxyport: typing.Optional[builtins.str] = None,
        usip: typing.Optional[builtins.str] = None,
        weight: typing.Optional[jsii.Number] = None,
        connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
        depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
        for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
        lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''Create a new {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup citrixadc_servicegroup} Resource.

        :param scope: The scope in which to define this construct.
        :param id_: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param appflowlog: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#appflowlog Servicegroup#appflowlog}.
        :param autodelayedtrofs: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#autodelayedtrofs Servicegroup#autodelayedtrofs}.
        :param autodisabledelay: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#autodisabledelay Servicegroup#autodisabledelay}.
        :param autodisablegraceful: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#autodisablegraceful Servicegroup#autodisablegraceful}.
        :param autoscale: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#autoscale Servicegroup#autoscale}.
        :param bootstrap: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#bootstrap Servicegroup#bootstrap}.
        :param cacheable: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#cacheable Servicegroup#cacheable}.
        :param cachetype: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#cachetype Servicegroup#cachetype}.
        :param cip: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#cip Servicegroup#cip}.
        :param cipheader: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#cipheader Servicegroup#cipheader}.
        :param cka: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#cka Servicegroup#cka}.
        :param clttimeout: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#clttimeout Servicegroup#clttimeout}.
        :param cmp: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#cmp Servicegroup#cmp}.
        :param comment: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#comment Servicegroup#comment}.
        :param customserverid: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#customserverid Servicegroup#customserverid}.
        :param dbsttl: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#dbsttl Servicegroup#dbsttl}.
        :param delay: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#delay Servicegroup#delay}.
        :param downstateflush: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#downstateflush Servicegroup#downstateflush}.
        :param dupweight: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#dupweight Servicegroup#dupweight}.
        :param graceful: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#graceful Servicegroup#graceful}.
        :param hashid: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#hashid Servicegroup#hashid}.
        :param healthmonitor: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#healthmonitor Servicegroup#healthmonitor}.
        :param httpprofilename: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#httpprofilename Servicegroup#httpprofilename}.
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#id Servicegroup#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param includemembers: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#includemembers Servicegroup#includemembers}.
        :param lbmonitor: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#lbmonitor Servicegroup#lbmonitor}.
        :param lbvservers: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#lbvservers Servicegroup#lbvservers}.
        :param maxbandwidth: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#maxbandwidth Servicegroup#maxbandwidth}.
        :param maxclient: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#maxclient Servicegroup#maxclient}.
        :param maxreq: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#maxreq Servicegroup#maxreq}.
        :param memberport: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#memberport Servicegroup#memberport}.
        :param monconnectionclose: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#monconnectionclose Servicegroup#monconnectionclose}.
        :param monitornamesvc: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#monitornamesvc Servicegroup#monitornamesvc}.
        :param monthreshold: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#monthreshold Servicegroup#monthreshold}.
        :param nameserver: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#nameserver Servicegroup#nameserver}.
        :param netprofile: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#netprofile Servicegroup#netprofile}.
        :param pathmonitor: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#pathmonitor Servicegroup#pathmonitor}.
        :param pathmonitorindv: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#pathmonitorindv Servicegroup#pathmonitorindv}.
        :param port: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#port Servicegroup#port}.
        :param quicprofilename: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#quicprofilename Servicegroup#quicprofilename}.
        :param riseapbrstatsmsgcode: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#riseapbrstatsmsgcode Servicegroup#riseapbrstatsmsgcode}.
        :param rtspsessionidremap: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#rtspsessionidremap Servicegroup#rtspsessionidremap}.
        :param serverid: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#serverid Servicegroup#serverid}.
        :param servername: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#servername Servicegroup#servername}.
        :param servicegroupmembers: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#servicegroupmembers Servicegroup#servicegroupmembers}.
        :param servicegroupmembers_by_servername: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#servicegroupmembers_by_servername Servicegroup#servicegroupmembers_by_servername}.
        :param servicegroupname: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#servicegroupname Servicegroup#servicegroupname}.
        :param servicetype: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#servicetype Servicegroup#servicetype}.
        :param sp: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#sp Servicegroup#sp}.
        :param state: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#state Servicegroup#state}.
        :param svrtimeout: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#svrtimeout Servicegroup#svrtimeout}.
        :param tcpb: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#tcpb Servicegroup#tcpb}.
        :param tcpprofilename: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#tcpprofilename Servicegroup#tcpprofilename}.
        :param td: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#td Servicegroup#td}.
        :param topicname: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#topicname Servicegroup#topicname}.
        :param useproxyport: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#useproxyport Servicegroup#useproxyport}.
        :param usip: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#usip Servicegroup#usip}.
        :param weight: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#weight Servicegroup#weight}.
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__dcc32d6c346a2679536c47e95c7239013de32515996f557ba9eede46699516c5)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id_", value=id_, expected_type=type_hints["id_"])
        config = ServicegroupConfig(
            appflowlog=appflowlog,
            autodelayedtrofs=autodelayedtrofs,
            autodisabledelay=autodisabledelay,
            autodisablegraceful=autodisablegraceful,
            autoscale=autoscale,
            bootstrap=bootstrap,
            cacheable=cacheable,
            cachetype=cachetype,
            cip=cip,
            cipheader=cipheader,
            cka=cka,
            clttimeout=clttimeout,
            cmp=cmp,
            comment=comment,
            customserverid=customserverid,
            dbsttl=dbsttl,
            delay=delay,
            downstateflush=downstateflush,
            dupweight=dupweight,
            graceful=graceful,
            hashid=hashid,
            healthmonitor=healthmonitor,
            httpprofilename=httpprofilename,
            id=id,
            includemembers=includemembers,
            lbmonitor=lbmonitor,
            lbvservers=lbvservers,
            maxbandwidth=maxbandwidth,
            maxclient=maxclient,
            maxreq=maxreq,
            memberport=memberport,
            monconnectionclose=monconnectionclose,
            monitornamesvc=monitornamesvc,
            monthreshold=monthreshold,
            nameserver=nameserver,
            netprofile=netprofile,
            pathmonitor=pathmonitor,
            pathmonitorindv=pathmonitorindv,
            port=port,
            quicprofilename=quicprofilename,
            riseapbrstatsmsgcode=riseapbrstatsmsgcode,
            rtspsessionidremap=rtspsessionidremap,
            serverid=serverid,
            servername=servername,
            servicegroupmembers=servicegroupmembers,
            servicegroupmembers_by_servername=servicegroupmembers_by_servername,
            servicegroupname=servicegroupname,
            servicetype=servicetype,
            sp=sp,
            state=state,
            svrtimeout=svrtimeout,
            tcpb=tcpb,
            tcpprofilename=tcpprofilename,
            td=td,
            topicname=topicname,
            useproxyport=useproxyport,
            usip=usip,
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
        '''Generates CDKTF code for importing a Servicegroup resource upon running "cdktf plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the Servicegroup to import.
        :param import_from_id: The id of the existing Servicegroup that should be imported. Refer to the {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the Servicegroup to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__216d6cef6a29be92da14db75b0ce88282814b26c61837ece2c5a1fca3531bd8b)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument import_to_id", value=import_to_id, expected_type=type_hints["import_to_id"])
            check_type(argname="argument import_from_id", value=import_from_id, expected_type=type_hints["import_from_id"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
        return typing.cast(_cdktf_9a9027ec.ImportableResource, jsii.sinvoke(cls, "generateConfigForImport", [scope, import_to_id, import_from_id, provider]))

    @jsii.member(jsii_name="resetAppflowlog")
    def reset_appflowlog(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAppflowlog", []))

    @jsii.member(jsii_name="resetAutodelayedtrofs")
    def reset_autodelayedtrofs(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAutodelayedtrofs", []))

    @jsii.member(jsii_name="resetAutodisabledelay")
    def reset_autodisabledelay(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAutodisabledelay", []))

    @jsii.member(jsii_name="resetAutodisablegraceful")
    def reset_autodisablegraceful(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAutodisablegraceful", []))

    @jsii.member(jsii_name="resetAutoscale")
    def reset_autoscale(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAutoscale", []))

    @jsii.member(jsii_name="resetBootstrap")
    def reset_bootstrap(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetBootstrap", []))

    @jsii.member(jsii_name="resetCacheable")
    def reset_cacheable(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCacheable", []))

    @jsii.member(jsii_name="resetCachetype")
    def reset_cachetype(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCachetype", []))

    @jsii.member(jsii_name="resetCip")
    def reset_cip(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCip", []))

    @jsii.member(jsii_name="resetCipheader")
    def reset_cipheader(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCipheader", []))

    @jsii.member(jsii_name="resetCka")
    def reset_cka(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCka", []))

    @jsii.member(jsii_name="resetClttimeout")
    def reset_clttimeout(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetClttimeout", []))

    @jsii.member(jsii_name="resetCmp")
    def reset_cmp(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCmp", []))

    @jsii.member(jsii_name="resetComment")
    def reset_comment(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetComment", []))

    @jsii.member(jsii_name="resetCustomserverid")
    def reset_customserverid(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCustomserverid", []))

    @jsii.member(jsii_name="resetDbsttl")
    def reset_dbsttl(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDbsttl", []))

    @jsii.member(jsii_name="resetDelay")
    def reset_delay(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDelay", []))

    @jsii.member(jsii_name="resetDownstateflush")
    def reset_downstateflush(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDownstateflush", []))

    @jsii.member(jsii_name="resetDupweight")
    def reset_dupweight(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDupweight", []))

    @jsii.member(jsii_name="resetGraceful")
    def reset_graceful(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetGraceful", []))

    @jsii.member(jsii_name="resetHashid")
    def reset_hashid(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetHashid", []))

    @jsii.member(jsii_name="resetHealthmonitor")
    def reset_healthmonitor(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetHealthmonitor", []))

    @jsii.member(jsii_name="resetHttpprofilename")
    def reset_httpprofilename(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetHttpprofilename", []))

    @jsii.member(jsii_name="resetId")
    def reset_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetId", []))

    @jsii.member(jsii_name="resetIncludemembers")
    def reset_includemembers(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetIncludemembers", []))

    @jsii.member(jsii_name="resetLbmonitor")
    def reset_lbmonitor(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetLbmonitor", []))

    @jsii.member(jsii_name="resetLbvservers")
    def reset_lbvservers(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetLbvservers", []))

    @jsii.member(jsii_name="resetMaxbandwidth")
    def reset_maxbandwidth(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMaxbandwidth", []))

    @jsii.member(jsii_name="resetMaxclient")
    def reset_maxclient(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMaxclient", []))

    @jsii.member(jsii_name="resetMaxreq")
    def reset_maxreq(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMaxreq", []))

    @jsii.member(jsii_name="resetMemberport")
    def reset_memberport(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMemberport", []))

    @jsii.member(jsii_name="resetMonconnectionclose")
    def reset_monconnectionclose(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMonconnectionclose", []))

    @jsii.member(jsii_name="resetMonitornamesvc")
    def reset_monitornamesvc(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMonitornamesvc", []))

    @jsii.member(jsii_name="resetMonthreshold")
    def reset_monthreshold(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMonthreshold", []))

    @jsii.member(jsii_name="resetNameserver")
    def reset_nameserver(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetNameserver", []))

    @jsii.member(jsii_name="resetNetprofile")
    def reset_netprofile(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetNetprofile", []))

    @jsii.member(jsii_name="resetPathmonitor")
    def reset_pathmonitor(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPathmonitor", []))

    @jsii.member(jsii_name="resetPathmonitorindv")
    def reset_pathmonitorindv(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPathmonitorindv", []))

    @jsii.member(jsii_name="resetPort")
    def reset_port(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPort", []))

    @jsii.member(jsii_name="resetQuicprofilename")
    def reset_quicprofilename(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetQuicprofilename", []))

    @jsii.member(jsii_name="resetRiseapbrstatsmsgcode")
    def reset_riseapbrstatsmsgcode(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetRiseapbrstatsmsgcode", []))

    @jsii.member(jsii_name="resetRtspsessionidremap")
    def reset_rtspsessionidremap(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetRtspsessionidremap", []))

    @jsii.member(jsii_name="resetServerid")
    def reset_serverid(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetServerid", []))

    @jsii.member(jsii_name="resetServername")
    def reset_servername(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetServername", []))

    @jsii.member(jsii_name="resetServicegroupmembers")
    def reset_servicegroupmembers(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetServicegroupmembers", []))

    @jsii.member(jsii_name="resetServicegroupmembersByServername")
    def reset_servicegroupmembers_by_servername(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetServicegroupmembersByServername", []))

    @jsii.member(jsii_name="resetServicegroupname")
    def reset_servicegroupname(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetServicegroupname", []))

    @jsii.member(jsii_name="resetServicetype")
    def reset_servicetype(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetServicetype", []))

    @jsii.member(jsii_name="resetSp")
    def reset_sp(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSp", []))

    @jsii.member(jsii_name="resetState")
    def reset_state(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetState", []))

    @jsii.member(jsii_name="resetSvrtimeout")
    def reset_svrtimeout(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSvrtimeout", []))

    @jsii.member(jsii_name="resetTcpb")
    def reset_tcpb(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTcpb", []))

    @jsii.member(jsii_name="resetTcpprofilename")
    def reset_tcpprofilename(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTcpprofilename", []))

    @jsii.member(jsii_name="resetTd")
    def reset_td(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTd", []))

    @jsii.member(jsii_name="resetTopicname")
    def reset_topicname(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTopicname", []))

    @jsii.member(jsii_name="resetUseproxyport")
    def reset_useproxyport(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetUseproxyport", []))

    @jsii.member(jsii_name="resetUsip")
    def reset_usip(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetUsip", []))

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
    @jsii.member(jsii_name="appflowlogInput")
    def appflowlog_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "appflowlogInput"))

    @builtins.property
    @jsii.member(jsii_name="autodelayedtrofsInput")
    def autodelayedtrofs_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "autodelayedtrofsInput"))

    @builtins.property
    @jsii.member(jsii_name="autodisabledelayInput")
    def autodisabledelay_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "autodisabledelayInput"))

    @builtins.property
    @jsii.member(jsii_name="autodisablegracefulInput")
    def autodisablegraceful_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "autodisablegracefulInput"))

    @builtins.property
    @jsii.member(jsii_name="autoscaleInput")
    def autoscale_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "autoscaleInput"))

    @builtins.property
    @jsii.member(jsii_name="bootstrapInput")
    def bootstrap_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "bootstrapInput"))

    @builtins.property
    @jsii.member(jsii_name="cacheableInput")
    def cacheable_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "cacheableInput"))

    @builtins.property
    @jsii.member(jsii_name="cachetypeInput")
    def cachetype_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "cachetypeInput"))

    @builtins.property
    @jsii.member(jsii_name="cipheaderInput")
    def cipheader_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "cipheaderInput"))

    @builtins.property
    @jsii.member(jsii_name="cipInput")
    def cip_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "cipInput"))

    @builtins.property
    @jsii.member(jsii_name="ckaInput")
    def cka_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "ckaInput"))

    @builtins.property
    @jsii.member(jsii_name="clttimeoutInput")
    def clttimeout_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "clttimeoutInput"))

    @builtins.property
    @jsii.member(jsii_name="cmpInput")
    def cmp_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "cmpInput"))

    @builtins.property
    @jsii.member(jsii_name="commentInput")
    def comment_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "commentInput"))

    @builtins.property
    @jsii.member(jsii_name="customserveridInput")
    def customserverid_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "customserveridInput"))

    @builtins.property
    @jsii.member(jsii_name="dbsttlInput")
    def dbsttl_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "dbsttlInput"))

    @builtins.property
    @jsii.member(jsii_name="delayInput")
    def delay_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "delayInput"))

    @builtins.property
    @jsii.member(jsii_name="downstateflushInput")
    def downstateflush_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "downstateflushInput"))

    @builtins.property
    @jsii.member(jsii_name="dupweightInput")
    def dupweight_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "dupweightInput"))

    @builtins.property
    @jsii.member(jsii_name="gracefulInput")
    def graceful_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "gracefulInput"))

    @builtins.property
    @jsii.member(jsii_name="hashidInput")
    def hashid_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "hashidInput"))

    @builtins.property
    @jsii.member(jsii_name="healthmonitorInput")
    def healthmonitor_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "healthmonitorInput"))

    @builtins.property
    @jsii.member(jsii_name="httpprofilenameInput")
    def httpprofilename_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "httpprofilenameInput"))

    @builtins.property
    @jsii.member(jsii_name="idInput")
    def id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "idInput"))

    @builtins.property
    @jsii.member(jsii_name="includemembersInput")
    def includemembers_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "includemembersInput"))

    @builtins.property
    @jsii.member(jsii_name="lbmonitorInput")
    def lbmonitor_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "lbmonitorInput"))

    @builtins.property
    @jsii.member(jsii_name="lbvserversInput")
    def lbvservers_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "lbvserversInput"))

    @builtins.property
    @jsii.member(jsii_name="maxbandwidthInput")
    def maxbandwidth_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "maxbandwidthInput"))

    @builtins.property
    @jsii.member(jsii_name="maxclientInput")
    def maxclient_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "maxclientInput"))

    @builtins.property
    @jsii.member(jsii_name="maxreqInput")
    def maxreq_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "maxreqInput"))

    @builtins.property
    @jsii.member(jsii_name="memberportInput")
    def memberport_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "memberportInput"))

    @builtins.property
    @jsii.member(jsii_name="monconnectioncloseInput")
    def monconnectionclose_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "monconnectioncloseInput"))

    @builtins.property
    @jsii.member(jsii_name="monitornamesvcInput")
    def monitornamesvc_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "monitornamesvcInput"))

    @builtins.property
    @jsii.member(jsii_name="monthresholdInput")
    def monthreshold_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "monthresholdInput"))

    @builtins.property
    @jsii.member(jsii_name="nameserverInput")
    def nameserver_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "nameserverInput"))

    @builtins.property
    @jsii.member(jsii_name="netprofileInput")
    def netprofile_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "netprofileInput"))

    @builtins.property
    @jsii.member(jsii_name="pathmonitorindvInput")
    def pathmonitorindv_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "pathmonitorindvInput"))

    @builtins.property
    @jsii.member(jsii_name="pathmonitorInput")
    def pathmonitor_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "pathmonitorInput"))

    @builtins.property
    @jsii.member(jsii_name="portInput")
    def port_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "portInput"))

    @builtins.property
    @jsii.member(jsii_name="quicprofilenameInput")
    def quicprofilename_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "quicprofilenameInput"))

    @builtins.property
    @jsii.member(jsii_name="riseapbrstatsmsgcodeInput")
    def riseapbrstatsmsgcode_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "riseapbrstatsmsgcodeInput"))

    @builtins.property
    @jsii.member(jsii_name="rtspsessionidremapInput")
    def rtspsessionidremap_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "rtspsessionidremapInput"))

    @builtins.property
    @jsii.member(jsii_name="serveridInput")
    def serverid_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "serveridInput"))

    @builtins.property
    @jsii.member(jsii_name="servernameInput")
    def servername_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "servernameInput"))

    @builtins.property
    @jsii.member(jsii_name="servicegroupmembersByServernameInput")
    def servicegroupmembers_by_servername_input(
        self,
    ) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "servicegroupmembersByServernameInput"))

    @builtins.property
    @jsii.member(jsii_name="servicegroupmembersInput")
    def servicegroupmembers_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "servicegroupmembersInput"))

    @builtins.property
    @jsii.member(jsii_name="servicegroupnameInput")
    def servicegroupname_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "servicegroupnameInput"))

    @builtins.property
    @jsii.member(jsii_name="servicetypeInput")
    def servicetype_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "servicetypeInput"))

    @builtins.property
    @jsii.member(jsii_name="spInput")
    def sp_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "spInput"))

    @builtins.property
    @jsii.member(jsii_name="stateInput")
    def state_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "stateInput"))

    @builtins.property
    @jsii.member(jsii_name="svrtimeoutInput")
    def svrtimeout_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "svrtimeoutInput"))

    @builtins.property
    @jsii.member(jsii_name="tcpbInput")
    def tcpb_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "tcpbInput"))

    @builtins.property
    @jsii.member(jsii_name="tcpprofilenameInput")
    def tcpprofilename_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "tcpprofilenameInput"))

    @builtins.property
    @jsii.member(jsii_name="tdInput")
    def td_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "tdInput"))

    @builtins.property
    @jsii.member(jsii_name="topicnameInput")
    def topicname_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "topicnameInput"))

    @builtins.property
    @jsii.member(jsii_name="useproxyportInput")
    def useproxyport_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "useproxyportInput"))

    @builtins.property
    @jsii.member(jsii_name="usipInput")
    def usip_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "usipInput"))

    @builtins.property
    @jsii.member(jsii_name="weightInput")
    def weight_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "weightInput"))

    @builtins.property
    @jsii.member(jsii_name="appflowlog")
    def appflowlog(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "appflowlog"))

    @appflowlog.setter
    def appflowlog(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8950db1d8b4ab67b976c1ec751827cd470d031e90f5e3eef68eb7cc3f36b6b44)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "appflowlog", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="autodelayedtrofs")
    def autodelayedtrofs(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "autodelayedtrofs"))

    @autodelayedtrofs.setter
    def autodelayedtrofs(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__119eb8a64a0c6610b010e5ff0f2b85dfb955b9103a77d6fbe41055ebdf1f3c1c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "autodelayedtrofs", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="autodisabledelay")
    def autodisabledelay(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "autodisabledelay"))

    @autodisabledelay.setter
    def autodisabledelay(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__53daa9d7ad9326ffbe5f870b640814b7a1f7f5ba0b7e940e3a4cbbdd2be45394)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "autodisabledelay", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="autodisablegraceful")
    def autodisablegraceful(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "autodisablegraceful"))

    @autodisablegraceful.setter
    def autodisablegraceful(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__62d804af5060061025bb3902f99132385ef8d011ddbf5aed48e375de219e56b2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "autodisablegraceful", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="autoscale")
    def autoscale(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "autoscale"))

    @autoscale.setter
    def autoscale(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ed02e45b0a325c74277f6c0b6e4240414fea0a11cd3fb30c9c62b9519086fe47)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "autoscale", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="bootstrap")
    def bootstrap(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "bootstrap"))

    @bootstrap.setter
    def bootstrap(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__629ba714dfc9d2d3ca2bc38dba44c4875de7b8b35b0c2b4bbed5104c168893ae)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "bootstrap", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="cacheable")
    def cacheable(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "cacheable"))

    @cacheable.setter
    def cacheable(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f161ff2c82939f58310d98335a0800e0c2159bfd0e4b050d4eb930c0789ed58d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "cacheable", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="cachetype")
    def cachetype(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "cachetype"))

    @cachetype.setter
    def cachetype(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__60835a1777dd7ff5bda4a86bbeaa93b5eaedfd9b7541c3bc779891953c9012ff)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "cachetype", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="cip")
    def cip(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "cip"))

    @cip.setter
    def cip(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2269e9bdb3160281275b412a1a7b3298b82a1c85a879f2a1b3f5e2b8f8f5f9e6)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "cip", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="cipheader")
    def cipheader(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "cipheader"))

    @cipheader.setter
    def cipheader(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e938ac91a0e79f7e0e903f3d24dff515b91432d9dca616c343220651955e9143)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "cipheader", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="cka")
    def cka(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "cka"))

    @cka.setter
    def cka(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__93411f13b003729bb68e8710122ab9f601efcdbac60998be3b4ed8b5a4167480)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "cka", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="clttimeout")
    def clttimeout(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "clttimeout"))

    @clttimeout.setter
    def clttimeout(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8fbc6f90031cc80a2efd6441b995d05a804ecec8a6af412ce862b138f65364b4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "clttimeout", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="cmp")
    def cmp(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "cmp"))

    @cmp.setter
    def cmp(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__fb02c40796db8fadd48dd77ac21eac18a4d41f45d3a3c584571b047758024776)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "cmp", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="comment")
    def comment(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "comment"))

    @comment.setter
    def comment(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7d9eb4aa6c389d1a9bce010b70a098b9d7d64954a693ae14fe9fe6c74d29279e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "comment", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="customserverid")
    def customserverid(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "customserverid"))

    @customserverid.setter
    def customserverid(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__bbe68243d243732ca0b1c1582280ffee3ee67ff42a2d500a575d7e1a1579cbd3)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "customserverid", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="dbsttl")
    def dbsttl(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "dbsttl"))

    @dbsttl.setter
    def dbsttl(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d0858a96bda49661a411ae094dd531fa055941255b2d7cf1dd88da9793db428a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "dbsttl", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="delay")
    def delay(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "delay"))

    @delay.setter
    def delay(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__18f2e48e4dcecced39cb522b6e590d65ae950bf5fc8b666ee0df7c29ce1f6005)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "delay", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="downstateflush")
    def downstateflush(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "downstateflush"))

    @downstateflush.setter
    def downstateflush(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5f814ed7c0b9948e1183f8c1f4ca98ce1c96f6d6b80750a0b3a2ee1fed58af6c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "downstateflush", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="dupweight")
    def dupweight(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "dupweight"))

    @dupweight.setter
    def dupweight(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b1b879dd854a433c636529e6ee64266dd6726643b0e1323c72ab52477daf8d74)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "dupweight", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="graceful")
    def graceful(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "graceful"))

    @graceful.setter
    def graceful(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3f650d02f438d69062adf1aa5ee07801d4e0002e493131e9762c3a23a431da98)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "graceful", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="hashid")
    def hashid(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "hashid"))

    @hashid.setter
    def hashid(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f5ca869da82596368d44e07fb0da22ff5681ad819df92137db13fbe8e9405a82)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "hashid", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="healthmonitor")
    def healthmonitor(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "healthmonitor"))

    @healthmonitor.setter
    def healthmonitor(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__67d629eb0b54a436b32ad0d381b5052648ceb450b197295eec8107c5a3420e8f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "healthmonitor", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="httpprofilename")
    def httpprofilename(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "httpprofilename"))

    @httpprofilename.setter
    def httpprofilename(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5cfdb5066640e5b988001c8aade87316b80444a6f35f6d2ffd29d6a8357c9919)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "httpprofilename", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @id.setter
    def id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0ec459e66e437b08990db42b3ecced4cacfdf4a511b6dc8513905878db9dd95f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "id", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="includemembers")
    def includemembers(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "includemembers"))

    @includemembers.setter
    def includemembers(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__dddb65792ff0d4f4c1afb63d4394d76bd9593a917440fe1d503401e39482d5f4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "includemembers", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="lbmonitor")
    def lbmonitor(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "lbmonitor"))

    @lbmonitor.setter
    def lbmonitor(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__edd7b958fcab5b71864ae7128655f51807a70c593a278ae046b225a071d77263)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "lbmonitor", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="lbvservers")
    def lbvservers(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "lbvservers"))

    @lbvservers.setter
    def lbvservers(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9605a5d73283bf0122ca6af6f8621c2ca1287af1f59d3a6635cf43e65ba36d6f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "lbvservers", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="maxbandwidth")
    def maxbandwidth(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "maxbandwidth"))

    @maxbandwidth.setter
    def maxbandwidth(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1089fee2ca9976fd7ae97fc2aa8ea1abf328e6036d9544125eda2dd9a16c2947)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "maxbandwidth", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="maxclient")
    def maxclient(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "maxclient"))

    @maxclient.setter
    def maxclient(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a04281e3c0a52b57255bb7662e2a5cc0eca54f3e32d42b5d487dd8979f48060e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "maxclient", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="maxreq")
    def maxreq(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "maxreq"))

    @maxreq.setter
    def maxreq(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__91e28aca3bebeb11062f56f2d4621c1706a6f30911a09a05bab778abc37d97ce)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "maxreq", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="memberport")
    def memberport(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "memberport"))

    @memberport.setter
    def memberport(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__bad5a30c41207a799c343aa50a1f2f300ba04e51e80703cfa8551a42c07d9229)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "memberport", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="monconnectionclose")
    def monconnectionclose(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "monconnectionclose"))

    @monconnectionclose.setter
    def monconnectionclose(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4166f21c27d2d6dd6518c0b95875e3260ba17ef21ea985faaa6f396232275980)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "monconnectionclose", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="monitornamesvc")
    def monitornamesvc(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "monitornamesvc"))

    @monitornamesvc.setter
    def monitornamesvc(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__74ca66bd340ccb9ec061b4e130ee2c78411defeba3d2e4f994a6f8ca7056f4a5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "monitornamesvc", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="monthreshold")
    def monthreshold(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "monthreshold"))

    @monthreshold.setter
    def monthreshold(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e3d90cc8882081498b8e497d48dfc0c272d2ea841c082f94fabe718470c3986e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "monthreshold", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="nameserver")
    def nameserver(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "nameserver"))

    @nameserver.setter
    def nameserver(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b0ae1000279c42cc1c98d1dfa0a72a047ecb5cfc8a9eabe0e28a750926a4d901)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "nameserver", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="netprofile")
    def netprofile(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "netprofile"))

    @netprofile.setter
    def netprofile(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__815ada5ba6513ea493472f03ad207bae47752b9508f64c01e13231e29a7c37ba)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "netprofile", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="pathmonitor")
    def pathmonitor(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "pathmonitor"))

    @pathmonitor.setter
    def pathmonitor(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4ecc771886c0b82e1476e8cab611bc4137202ab63ba32b541c4e64a401b6073c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "pathmonitor", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="pathmonitorindv")
    def pathmonitorindv(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "pathmonitorindv"))

    @pathmonitorindv.setter
    def pathmonitorindv(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d82f2cc1db93bdb8108f2c32256e6328269b3e3e9aac55f51a885843c6e5572e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "pathmonitorindv", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="port")
    def port(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "port"))

    @port.setter
    def port(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4e2b2eb6284f54c075682233cd1151abe3f038fd9321f4e5d3365e3b41ca1e4e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "port", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="quicprofilename")
    def quicprofilename(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "quicprofilename"))

    @quicprofilename.setter
    def quicprofilename(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__517d6fd247ed1eeb3497a7d3b026e84ed0bddf8f8c27d6b308428f4e11c1914d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "quicprofilename", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="riseapbrstatsmsgcode")
    def riseapbrstatsmsgcode(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "riseapbrstatsmsgcode"))

    @riseapbrstatsmsgcode.setter
    def riseapbrstatsmsgcode(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__fe7500c222f180e190f8b2280ea58f760361a1331f80e20f66ecf3427acb0cc4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "riseapbrstatsmsgcode", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="rtspsessionidremap")
    def rtspsessionidremap(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "rtspsessionidremap"))

    @rtspsessionidremap.setter
    def rtspsessionidremap(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a754df93c6a04707b49cd6d8e18a56dc6c3c0206ce5409c8811eb96d4fd054a6)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "rtspsessionidremap", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="serverid")
    def serverid(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "serverid"))

    @serverid.setter
    def serverid(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__96e95c9aba505a46f48fb6ae7a505486858f75e26743c2dd10d7e6a5fda5f6d1)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "serverid", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="servername")
    def servername(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "servername"))

    @servername.setter
    def servername(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__dd0bf018b647b6070f30ba6e92380faf9bfb6dc48409bd0ffc00fb1da5cb18a4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "servername", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="servicegroupmembers")
    def servicegroupmembers(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "servicegroupmembers"))

    @servicegroupmembers.setter
    def servicegroupmembers(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d0e9f1de5be5db0463ceaa3219d7d826c2d549b5e216984142f7688cdb732ae9)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "servicegroupmembers", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="servicegroupmembersByServername")
    def servicegroupmembers_by_servername(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "servicegroupmembersByServername"))

    @servicegroupmembers_by_servername.setter
    def servicegroupmembers_by_servername(
        self,
        value: typing.List[builtins.str],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8641e3d353efb700d6ee9d2f40e7f5c798668115a95694e12ccc8ef771a3ebfc)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "servicegroupmembersByServername", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="servicegroupname")
    def servicegroupname(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "servicegroupname"))

    @servicegroupname.setter
    def servicegroupname(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f9a9f0efd9d7355a742557fe2a1847626afd2aff2a43735e91a3898bacc247ab)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "servicegroupname", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="servicetype")
    def servicetype(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "servicetype"))

    @servicetype.setter
    def servicetype(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e8f737bdaadda45ca0a96f876095323b07cce8cbe5c4ff6d2e3526d691b66604)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "servicetype", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="sp")
    def sp(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "sp"))

    @sp.setter
    def sp(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__501bedb408fd01e44aaf6d04fb955527668da486dddec38d56a81837d1164a57)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "sp", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="state")
    def state(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "state"))

    @state.setter
    def state(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f997a641288f210f703e4c02f2c8fe7beddd1ce30f48405d72c08d34c239b361)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "state", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="svrtimeout")
    def svrtimeout(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "svrtimeout"))

    @svrtimeout.setter
    def svrtimeout(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c1d24682ddca12ca0238cfcde8d7924cf718042d03062974424b7c8f14520391)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "svrtimeout", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="tcpb")
    def tcpb(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "tcpb"))

    @tcpb.setter
    def tcpb(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__671b4f39a7af63d762ee6f8754418b252d663e739e0372aab4ba11fde94eee7e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "tcpb", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="tcpprofilename")
    def tcpprofilename(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "tcpprofilename"))

    @tcpprofilename.setter
    def tcpprofilename(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5eb2d1e1251f1715b7dc4863c1dbbb9b6aa3f1003eac98239fd7e62ec7f303b6)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "tcpprofilename", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="td")
    def td(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "td"))

    @td.setter
    def td(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__42924affb7f443363cec86c4438184aaed880901a9cfa50e59ec42a8d739a6cb)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "td", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="topicname")
    def topicname(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "topicname"))

    @topicname.setter
    def topicname(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b79c45576b9665840f799b58e01fe5c4b8589f7279240f295f59ddab7a051314)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "topicname", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="useproxyport")
    def useproxyport(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "useproxyport"))

    @useproxyport.setter
    def useproxyport(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9e287acf6015cdfb4cd9187d3a534179931a99ff8d771725fecb12d912da95e9)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "useproxyport", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="usip")
    def usip(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "usip"))

    @usip.setter
    def usip(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2c4d1df2be4fe02e7f10e0d9875861a714b9f21a1e5414e6f2f7eab45b839117)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "usip", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="weight")
    def weight(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "weight"))

    @weight.setter
    def weight(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b8f1252d7cbd57eaa396d91b8e6278c325245b0fde3c4f185c95bc4d468a694b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "weight", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="citrixadc.servicegroup.ServicegroupConfig",
    jsii_struct_bases=[_cdktf_9a9027ec.TerraformMetaArguments],
    name_mapping={
        "connection": "connection",
        "count": "count",
        "depends_on": "dependsOn",
        "for_each": "forEach",
        "lifecycle": "lifecycle",
        "provider": "provider",
        "provisioners": "provisioners",
        "appflowlog": "appflowlog",
        "autodelayedtrofs": "autodelayedtrofs",
        "autodisabledelay": "autodisabledelay",
        "autodisablegraceful": "autodisablegraceful",
        "autoscale": "autoscale",
        "bootstrap": "bootstrap",
        "cacheable": "cacheable",
        "cachetype": "cachetype",
        "cip": "cip",
        "cipheader": "cipheader",
        "cka": "cka",
        "clttimeout": "clttimeout",
        "cmp": "cmp",
        "comment": "comment",
        "customserverid": "customserverid",
        "dbsttl": "dbsttl",
        "delay": "delay",
        "downstateflush": "downstateflush",
        "dupweight": "dupweight",
        "graceful": "graceful",
        "hashid": "hashid",
        "healthmonitor": "healthmonitor",
        "httpprofilename": "httpprofilename",
        "id": "id",
        "includemembers": "includemembers",
        "lbmonitor": "lbmonitor",
        "lbvservers": "lbvservers",
        "maxbandwidth": "maxbandwidth",
        "maxclient": "maxclient",
        "maxreq": "maxreq",
        "memberport": "memberport",
        "monconnectionclose": "monconnectionclose",
        "monitornamesvc": "monitornamesvc",
        "monthreshold": "monthreshold",
        "nameserver": "nameserver",
        "netprofile": "netprofile",
        "pathmonitor": "pathmonitor",
        "pathmonitorindv": "pathmonitorindv",
        "port": "port",
        "quicprofilename": "quicprofilename",
        "riseapbrstatsmsgcode": "riseapbrstatsmsgcode",
        "rtspsessionidremap": "rtspsessionidremap",
        "serverid": "serverid",
        "servername": "servername",
        "servicegroupmembers": "servicegroupmembers",
        "servicegroupmembers_by_servername": "servicegroupmembersByServername",
        "servicegroupname": "servicegroupname",
        "servicetype": "servicetype",
        "sp": "sp",
        "state": "state",
        "svrtimeout": "svrtimeout",
        "tcpb": "tcpb",
        "tcpprofilename": "tcpprofilename",
        "td": "td",
        "topicname": "topicname",
        "useproxyport": "useproxyport",
        "usip": "usip",
        "weight": "weight",
    },
)
class ServicegroupConfig(_cdktf_9a9027ec.TerraformMetaArguments):
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
        appflowlog: typing.Optional[builtins.str] = None,
        autodelayedtrofs: typing.Optional[builtins.str] = None,
        autodisabledelay: typing.Optional[jsii.Number] = None,
        autodisablegraceful: typing.Optional[builtins.str] = None,
        autoscale: typing.Optional[builtins.str] = None,
        bootstrap: typing.Optional[builtins.str] = None,
        cacheable: typing.Optional[builtins.str] = None,
        cachetype: typing.Optional[builtins.str] = None,
        cip: typing.Optional[builtins.str] = None,
        cipheader: typing.Optional[builtins.str] = None,
        cka: typing.Optional[builtins.str] = None,
        clttimeout: typing.Optional[jsii.Number] = None,
        cmp: typing.Optional[builtins.str] = None,
        comment: typing.Optional[builtins.str] = None,
        customserverid: typing.Optional[builtins.str] = None,
        dbsttl: typing.Optional[jsii.Number] = None,
        delay: typing.Optional[jsii.Number] = None,
        downstateflush: typing.Optional[builtins.str] = None,
        dupweight: typing.Optional[jsii.Number] = None,
        graceful: typing.Optional[builtins.str] = None,
        hashid: typing.Optional[jsii.Number] = None,
        healthmonitor: typing.Optional[builtins.str] = None,
        httpprofilename: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        includemembers: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        lbmonitor: typing.Optional[builtins.str] = None,
        lbvservers: typing.Optional[typing.Sequence[builtins.str]] = None,
        maxbandwidth: typing.Optional[jsii.Number] = None,
        maxclient: typing.Optional[jsii.Number] = None,
        maxreq: typing.Optional[jsii.Number] = None,
        memberport: typing.Optional[jsii.Number] = None,
        monconnectionclose: typing.Optional[builtins.str] = None,
        monitornamesvc: typing.Optional[builtins.str] = None,
        monthreshold: typing.Optional[jsii.Number] = None,
        nameserver: typing.Optional[builtins.str] = None,
        netprofile: typing.Optional[builtins.str] = None,
        pathmonitor: typing.Optional[builtins.str] = None,
        pathmonitorindv: typing.Optional[builtins.str] = None,
        port: typing.Optional[jsii.Number] = None,
        quicprofilename: typing.Optional[builtins.str] = None,
        riseapbrstatsmsgcode: typing.Optional[jsii.Number] = None,
        rtspsessionidremap: typing.Optional[builtins.str] = None,
        serverid: typing.Optional[jsii.Number] = None,
        servername: typing.Optional[builtins.str] = None,
        servicegroupmembers: typing.Optional[typing.Sequence[builtins.str]] = None,
        servicegroupmembers_by_servername: typing.Optional[typing.Sequence[builtins.str]] = None,
        servicegroupname: typing.Optional[builtins.str] = None,
        servicetype: typing.Optional[builtins.str] = None,
        sp: typing.Optional[builtins.str] = None,
        state: typing.Optional[builtins.str] = None,
        svrtimeout: typing.Optional[jsii.Number] = None,
        tcpb: typing.Optional[builtins.str] = None,
        tcpprofilename: typing.Optional[builtins.str] = None,
        td: typing.Optional[jsii.Number] = None,
        topicname: typing.Optional[builtins.str] = None,
        useproxyport: typing.Optional[builtins.str] = None,
        usip: typing.Optional[builtins.str] = None,
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
        :param appflowlog: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#appflowlog Servicegroup#appflowlog}.
        :param autodelayedtrofs: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#autodelayedtrofs Servicegroup#autodelayedtrofs}.
        :param autodisabledelay: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#autodisabledelay Servicegroup#autodisabledelay}.
        :param autodisablegraceful: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#autodisablegraceful Servicegroup#autodisablegraceful}.
        :param autoscale: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#autoscale Servicegroup#autoscale}.
        :param bootstrap: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#bootstrap Servicegroup#bootstrap}.
        :param cacheable: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#cacheable Servicegroup#cacheable}.
        :param cachetype: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#cachetype Servicegroup#cachetype}.
        :param cip: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#cip Servicegroup#cip}.
        :param cipheader: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#cipheader Servicegroup#cipheader}.
        :param cka: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#cka Servicegroup#cka}.
        :param clttimeout: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#clttimeout Servicegroup#clttimeout}.
        :param cmp: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#cmp Servicegroup#cmp}.
        :param comment: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#comment Servicegroup#comment}.
        :param customserverid: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#customserverid Servicegroup#customserverid}.
        :param dbsttl: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#dbsttl Servicegroup#dbsttl}.
        :param delay: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#delay Servicegroup#delay}.
        :param downstateflush: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#downstateflush Servicegroup#downstateflush}.
        :param dupweight: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#dupweight Servicegroup#dupweight}.
        :param graceful: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#graceful Servicegroup#graceful}.
        :param hashid: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#hashid Servicegroup#hashid}.
        :param healthmonitor: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#healthmonitor Servicegroup#healthmonitor}.
        :param httpprofilename: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#httpprofilename Servicegroup#httpprofilename}.
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#id Servicegroup#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param includemembers: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#includemembers Servicegroup#includemembers}.
        :param lbmonitor: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#lbmonitor Servicegroup#lbmonitor}.
        :param lbvservers: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#lbvservers Servicegroup#lbvservers}.
        :param maxbandwidth: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#maxbandwidth Servicegroup#maxbandwidth}.
        :param maxclient: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#maxclient Servicegroup#maxclient}.
        :param maxreq: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#maxreq Servicegroup#maxreq}.
        :param memberport: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#memberport Servicegroup#memberport}.
        :param monconnectionclose: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#monconnectionclose Servicegroup#monconnectionclose}.
        :param monitornamesvc: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#monitornamesvc Servicegroup#monitornamesvc}.
        :param monthreshold: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#monthreshold Servicegroup#monthreshold}.
        :param nameserver: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#nameserver Servicegroup#nameserver}.
        :param netprofile: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#netprofile Servicegroup#netprofile}.
        :param pathmonitor: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#pathmonitor Servicegroup#pathmonitor}.
        :param pathmonitorindv: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#pathmonitorindv Servicegroup#pathmonitorindv}.
        :param port: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#port Servicegroup#port}.
        :param quicprofilename: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#quicprofilename Servicegroup#quicprofilename}.
        :param riseapbrstatsmsgcode: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#riseapbrstatsmsgcode Servicegroup#riseapbrstatsmsgcode}.
        :param rtspsessionidremap: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#rtspsessionidremap Servicegroup#rtspsessionidremap}.
        :param serverid: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#serverid Servicegroup#serverid}.
        :param servername: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#servername Servicegroup#servername}.
        :param servicegroupmembers: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#servicegroupmembers Servicegroup#servicegroupmembers}.
        :param servicegroupmembers_by_servername: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#servicegroupmembers_by_servername Servicegroup#servicegroupmembers_by_servername}.
        :param servicegroupname: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#servicegroupname Servicegroup#servicegroupname}.
        :param servicetype: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#servicetype Servicegroup#servicetype}.
        :param sp: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#sp Servicegroup#sp}.
        :param state: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#state Servicegroup#state}.
        :param svrtimeout: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#svrtimeout Servicegroup#svrtimeout}.
        :param tcpb: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#tcpb Servicegroup#tcpb}.
        :param tcpprofilename: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#tcpprofilename Servicegroup#tcpprofilename}.
        :param td: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#td Servicegroup#td}.
        :param topicname: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#topicname Servicegroup#topicname}.
        :param useproxyport: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#useproxyport Servicegroup#useproxyport}.
        :param usip: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#usip Servicegroup#usip}.
        :param weight: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#weight Servicegroup#weight}.
        '''
        if isinstance(lifecycle, dict):
            lifecycle = _cdktf_9a9027ec.TerraformResourceLifecycle(**lifecycle)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b2ec792a4637612501fca395683ffe4d1def92e2b8bd7fdefe261bc23d5f9e35)
            check_type(argname="argument connection", value=connection, expected_type=type_hints["connection"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument depends_on", value=depends_on, expected_type=type_hints["depends_on"])
            check_type(argname="argument for_each", value=for_each, expected_type=type_hints["for_each"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument provisioners", value=provisioners, expected_type=type_hints["provisioners"])
            check_type(argname="argument appflowlog", value=appflowlog, expected_type=type_hints["appflowlog"])
            check_type(argname="argument autodelayedtrofs", value=autodelayedtrofs, expected_type=type_hints["autodelayedtrofs"])
            check_type(argname="argument autodisabledelay", value=autodisabledelay, expected_type=type_hints["autodisabledelay"])
            check_type(argname="argument autodisablegraceful", value=autodisablegraceful, expected_type=type_hints["autodisablegraceful"])
            check_type(argname="argument autoscale", value=autoscale, expected_type=type_hints["autoscale"])
            check_type(argname="argument bootstrap", value=bootstrap, expected_type=type_hints["bootstrap"])
            check_type(argname="argument cacheable", value=cacheable, expected_type=type_hints["cacheable"])
            check_type(argname="argument cachetype", value=cachetype, expected_type=type_hints["cachetype"])
            check_type(argname="argument cip", value=cip, expected_type=type_hints["cip"])
            check_type(argname="argument cipheader", value=cipheader, expected_type=type_hints["cipheader"])
            check_type(argname="argument cka", value=cka, expected_type=type_hints["cka"])
            check_type(argname="argument clttimeout", value=clttimeout, expected_type=type_hints["clttimeout"])
            check_type(argname="argument cmp", value=cmp, expected_type=type_hints["cmp"])
            check_type(argname="argument comment", value=comment, expected_type=type_hints["comment"])
            check_type(argname="argument customserverid", value=customserverid, expected_type=type_hints["customserverid"])
            check_type(argname="argument dbsttl", value=dbsttl, expected_type=type_hints["dbsttl"])
            check_type(argname="argument delay", value=delay, expected_type=type_hints["delay"])
            check_type(argname="argument downstateflush", value=downstateflush, expected_type=type_hints["downstateflush"])
            check_type(argname="argument dupweight", value=dupweight, expected_type=type_hints["dupweight"])
            check_type(argname="argument graceful", value=graceful, expected_type=type_hints["graceful"])
            check_type(argname="argument hashid", value=hashid, expected_type=type_hints["hashid"])
            check_type(argname="argument healthmonitor", value=healthmonitor, expected_type=type_hints["healthmonitor"])
            check_type(argname="argument httpprofilename", value=httpprofilename, expected_type=type_hints["httpprofilename"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument includemembers", value=includemembers, expected_type=type_hints["includemembers"])
            check_type(argname="argument lbmonitor", value=lbmonitor, expected_type=type_hints["lbmonitor"])
            check_type(argname="argument lbvservers", value=lbvservers, expected_type=type_hints["lbvservers"])
            check_type(argname="argument maxbandwidth", value=maxbandwidth, expected_type=type_hints["maxbandwidth"])
            check_type(argname="argument maxclient", value=maxclient, expected_type=type_hints["maxclient"])
            check_type(argname="argument maxreq", value=maxreq, expected_type=type_hints["maxreq"])
            check_type(argname="argument memberport", value=memberport, expected_type=type_hints["memberport"])
            check_type(argname="argument monconnectionclose", value=monconnectionclose, expected_type=type_hints["monconnectionclose"])
            check_type(argname="argument monitornamesvc", value=monitornamesvc, expected_type=type_hints["monitornamesvc"])
            check_type(argname="argument monthreshold", value=monthreshold, expected_type=type_hints["monthreshold"])
            check_type(argname="argument nameserver", value=nameserver, expected_type=type_hints["nameserver"])
            check_type(argname="argument netprofile", value=netprofile, expected_type=type_hints["netprofile"])
            check_type(argname="argument pathmonitor", value=pathmonitor, expected_type=type_hints["pathmonitor"])
            check_type(argname="argument pathmonitorindv", value=pathmonitorindv, expected_type=type_hints["pathmonitorindv"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument quicprofilename", value=quicprofilename, expected_type=type_hints["quicprofilename"])
            check_type(argname="argument riseapbrstatsmsgcode", value=riseapbrstatsmsgcode, expected_type=type_hints["riseapbrstatsmsgcode"])
            check_type(argname="argument rtspsessionidremap", value=rtspsessionidremap, expected_type=type_hints["rtspsessionidremap"])
            check_type(argname="argument serverid", value=serverid, expected_type=type_hints["serverid"])
            check_type(argname="argument servername", value=servername, expected_type=type_hints["servername"])
            check_type(argname="argument servicegroupmembers", value=servicegroupmembers, expected_type=type_hints["servicegroupmembers"])
            check_type(argname="argument servicegroupmembers_by_servername", value=servicegroupmembers_by_servername, expected_type=type_hints["servicegroupmembers_by_servername"])
            check_type(argname="argument servicegroupname", value=servicegroupname, expected_type=type_hints["servicegroupname"])
            check_type(argname="argument servicetype", value=servicetype, expected_type=type_hints["servicetype"])
            check_type(argname="argument sp", value=sp, expected_type=type_hints["sp"])
            check_type(argname="argument state", value=state, expected_type=type_hints["state"])
            check_type(argname="argument svrtimeout", value=svrtimeout, expected_type=type_hints["svrtimeout"])
            check_type(argname="argument tcpb", value=tcpb, expected_type=type_hints["tcpb"])
            check_type(argname="argument tcpprofilename", value=tcpprofilename, expected_type=type_hints["tcpprofilename"])
            check_type(argname="argument td", value=td, expected_type=type_hints["td"])
            check_type(argname="argument topicname", value=topicname, expected_type=type_hints["topicname"])
            check_type(argname="argument useproxyport", value=useproxyport, expected_type=type_hints["useproxyport"])
            check_type(argname="argument usip", value=usip, expected_type=type_hints["usip"])
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
        if appflowlog is not None:
            self._values["appflowlog"] = appflowlog
        if autodelayedtrofs is not None:
            self._values["autodelayedtrofs"] = autodelayedtrofs
        if autodisabledelay is not None:
            self._values["autodisabledelay"] = autodisabledelay
        if autodisablegraceful is not None:
            self._values["autodisablegraceful"] = autodisablegraceful
        if autoscale is not None:
            self._values["autoscale"] = autoscale
        if bootstrap is not None:
            self._values["bootstrap"] = bootstrap
        if cacheable is not None:
            self._values["cacheable"] = cacheable
        if cachetype is not None:
            self._values["cachetype"] = cachetype
        if cip is not None:
            self._values["cip"] = cip
        if cipheader is not None:
            self._values["cipheader"] = cipheader
        if cka is not None:
            self._values["cka"] = cka
        if clttimeout is not None:
            self._values["clttimeout"] = clttimeout
        if cmp is not None:
            self._values["cmp"] = cmp
        if comment is not None:
            self._values["comment"] = comment
        if customserverid is not None:
            self._values["customserverid"] = customserverid
        if dbsttl is not None:
            self._values["dbsttl"] = dbsttl
        if delay is not None:
            self._values["delay"] = delay
        if downstateflush is not None:
            self._values["downstateflush"] = downstateflush
        if dupweight is not None:
            self._values["dupweight"] = dupweight
        if graceful is not None:
            self._values["graceful"] = graceful
        if hashid is not None:
            self._values["hashid"] = hashid
        if healthmonitor is not None:
            self._values["healthmonitor"] = healthmonitor
        if httpprofilename is not None:
            self._values["httpprofilename"] = httpprofilename
        if id is not None:
            self._values["id"] = id
        if includemembers is not None:
            self._values["includemembers"] = includemembers
        if lbmonitor is not None:
            self._values["lbmonitor"] = lbmonitor
        if lbvservers is not None:
            self._values["lbvservers"] = lbvservers
        if maxbandwidth is not None:
            self._values["maxbandwidth"] = maxbandwidth
        if maxclient is not None:
            self._values["maxclient"] = maxclient
        if maxreq is not None:
            self._values["maxreq"] = maxreq
        if memberport is not None:
            self._values["memberport"] = memberport
        if monconnectionclose is not None:
            self._values["monconnectionclose"] = monconnectionclose
        if monitornamesvc is not None:
            self._values["monitornamesvc"] = monitornamesvc
        if monthreshold is not None:
            self._values["monthreshold"] = monthreshold
        if nameserver is not None:
            self._values["nameserver"] = nameserver
        if netprofile is not None:
            self._values["netprofile"] = netprofile
        if pathmonitor is not None:
            self._values["pathmonitor"] = pathmonitor
        if pathmonitorindv is not None:
            self._values["pathmonitorindv"] = pathmonitorindv
        if port is not None:
            self._values["port"] = port
        if quicprofilename is not None:
            self._values["quicprofilename"] = quicprofilename
        if riseapbrstatsmsgcode is not None:
            self._values["riseapbrstatsmsgcode"] = riseapbrstatsmsgcode
        if rtspsessionidremap is not None:
            self._values["rtspsessionidremap"] = rtspsessionidremap
        if serverid is not None:
            self._values["serverid"] = serverid
        if servername is not None:
            self._values["servername"] = servername
        if servicegroupmembers is not None:
            self._values["servicegroupmembers"] = servicegroupmembers
        if servicegroupmembers_by_servername is not None:
            self._values["servicegroupmembers_by_servername"] = servicegroupmembers_by_servername
        if servicegroupname is not None:
            self._values["servicegroupname"] = servicegroupname
        if servicetype is not None:
            self._values["servicetype"] = servicetype
        if sp is not None:
            self._values["sp"] = sp
        if state is not None:
            self._values["state"] = state
        if svrtimeout is not None:
            self._values["svrtimeout"] = svrtimeout
        if tcpb is not None:
            self._values["tcpb"] = tcpb
        if tcpprofilename is not None:
            self._values["tcpprofilename"] = tcpprofilename
        if td is not None:
            self._values["td"] = td
        if topicname is not None:
            self._values["topicname"] = topicname
        if useproxyport is not None:
            self._values["useproxyport"] = useproxyport
        if usip is not None:
            self._values["usip"] = usip
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
    def appflowlog(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#appflowlog Servicegroup#appflowlog}.'''
        result = self._values.get("appflowlog")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def autodelayedtrofs(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#autodelayedtrofs Servicegroup#autodelayedtrofs}.'''
        result = self._values.get("autodelayedtrofs")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def autodisabledelay(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#autodisabledelay Servicegroup#autodisabledelay}.'''
        result = self._values.get("autodisabledelay")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def autodisablegraceful(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#autodisablegraceful Servicegroup#autodisablegraceful}.'''
        result = self._values.get("autodisablegraceful")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def autoscale(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#autoscale Servicegroup#autoscale}.'''
        result = self._values.get("autoscale")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def bootstrap(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#bootstrap Servicegroup#bootstrap}.'''
        result = self._values.get("bootstrap")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cacheable(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#cacheable Servicegroup#cacheable}.'''
        result = self._values.get("cacheable")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cachetype(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#cachetype Servicegroup#cachetype}.'''
        result = self._values.get("cachetype")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cip(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#cip Servicegroup#cip}.'''
        result = self._values.get("cip")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cipheader(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#cipheader Servicegroup#cipheader}.'''
        result = self._values.get("cipheader")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cka(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#cka Servicegroup#cka}.'''
        result = self._values.get("cka")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def clttimeout(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#clttimeout Servicegroup#clttimeout}.'''
        result = self._values.get("clttimeout")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def cmp(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#cmp Servicegroup#cmp}.'''
        result = self._values.get("cmp")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def comment(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#comment Servicegroup#comment}.'''
        result = self._values.get("comment")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def customserverid(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#customserverid Servicegroup#customserverid}.'''
        result = self._values.get("customserverid")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def dbsttl(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#dbsttl Servicegroup#dbsttl}.'''
        result = self._values.get("dbsttl")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def delay(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#delay Servicegroup#delay}.'''
        result = self._values.get("delay")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def downstateflush(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#downstateflush Servicegroup#downstateflush}.'''
        result = self._values.get("downstateflush")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def dupweight(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#dupweight Servicegroup#dupweight}.'''
        result = self._values.get("dupweight")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def graceful(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#graceful Servicegroup#graceful}.'''
        result = self._values.get("graceful")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def hashid(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#hashid Servicegroup#hashid}.'''
        result = self._values.get("hashid")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def healthmonitor(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#healthmonitor Servicegroup#healthmonitor}.'''
        result = self._values.get("healthmonitor")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def httpprofilename(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#httpprofilename Servicegroup#httpprofilename}.'''
        result = self._values.get("httpprofilename")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#id Servicegroup#id}.

        Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
        If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def includemembers(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#includemembers Servicegroup#includemembers}.'''
        result = self._values.get("includemembers")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def lbmonitor(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#lbmonitor Servicegroup#lbmonitor}.'''
        result = self._values.get("lbmonitor")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def lbvservers(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#lbvservers Servicegroup#lbvservers}.'''
        result = self._values.get("lbvservers")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def maxbandwidth(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#maxbandwidth Servicegroup#maxbandwidth}.'''
        result = self._values.get("maxbandwidth")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def maxclient(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#maxclient Servicegroup#maxclient}.'''
        result = self._values.get("maxclient")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def maxreq(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#maxreq Servicegroup#maxreq}.'''
        result = self._values.get("maxreq")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def memberport(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#memberport Servicegroup#memberport}.'''
        result = self._values.get("memberport")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def monconnectionclose(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#monconnectionclose Servicegroup#monconnectionclose}.'''
        result = self._values.get("monconnectionclose")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def monitornamesvc(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#monitornamesvc Servicegroup#monitornamesvc}.'''
        result = self._values.get("monitornamesvc")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def monthreshold(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#monthreshold Servicegroup#monthreshold}.'''
        result = self._values.get("monthreshold")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def nameserver(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#nameserver Servicegroup#nameserver}.'''
        result = self._values.get("nameserver")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def netprofile(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#netprofile Servicegroup#netprofile}.'''
        result = self._values.get("netprofile")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def pathmonitor(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#pathmonitor Servicegroup#pathmonitor}.'''
        result = self._values.get("pathmonitor")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def pathmonitorindv(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#pathmonitorindv Servicegroup#pathmonitorindv}.'''
        result = self._values.get("pathmonitorindv")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#port Servicegroup#port}.'''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def quicprofilename(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#quicprofilename Servicegroup#quicprofilename}.'''
        result = self._values.get("quicprofilename")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def riseapbrstatsmsgcode(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#riseapbrstatsmsgcode Servicegroup#riseapbrstatsmsgcode}.'''
        result = self._values.get("riseapbrstatsmsgcode")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def rtspsessionidremap(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#rtspsessionidremap Servicegroup#rtspsessionidremap}.'''
        result = self._values.get("rtspsessionidremap")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def serverid(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#serverid Servicegroup#serverid}.'''
        result = self._values.get("serverid")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def servername(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#servername Servicegroup#servername}.'''
        result = self._values.get("servername")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def servicegroupmembers(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#servicegroupmembers Servicegroup#servicegroupmembers}.'''
        result = self._values.get("servicegroupmembers")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def servicegroupmembers_by_servername(
        self,
    ) -> typing.Optional[typing.List[builtins.str]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#servicegroupmembers_by_servername Servicegroup#servicegroupmembers_by_servername}.'''
        result = self._values.get("servicegroupmembers_by_servername")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def servicegroupname(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#servicegroupname Servicegroup#servicegroupname}.'''
        result = self._values.get("servicegroupname")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def servicetype(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#servicetype Servicegroup#servicetype}.'''
        result = self._values.get("servicetype")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sp(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#sp Servicegroup#sp}.'''
        result = self._values.get("sp")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def state(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#state Servicegroup#state}.'''
        result = self._values.get("state")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def svrtimeout(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#svrtimeout Servicegroup#svrtimeout}.'''
        result = self._values.get("svrtimeout")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def tcpb(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#tcpb Servicegroup#tcpb}.'''
        result = self._values.get("tcpb")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tcpprofilename(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#tcpprofilename Servicegroup#tcpprofilename}.'''
        result = self._values.get("tcpprofilename")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def td(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#td Servicegroup#td}.'''
        result = self._values.get("td")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def topicname(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#topicname Servicegroup#topicname}.'''
        result = self._values.get("topicname")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def useproxyport(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#useproxyport Servicegroup#useproxyport}.'''
        result = self._values.get("useproxyport")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def usip(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#usip Servicegroup#usip}.'''
        result = self._values.get("usip")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def weight(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#weight Servicegroup#weight}.'''
        result = self._values.get("weight")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ServicegroupConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "Servicegroup",
    "ServicegroupConfig",
]

publication.publish()

def _typecheckingstub__dcc32d6c346a2679536c47e95c7239013de32515996f557ba9eede46699516c5(
    scope: _constructs_77d1e7e8.Construct,
    id_: builtins.str,
    *,
    appflowlog: typing.Optional[builtins.str] = None,
    autodelayedtrofs: typing.Optional[builtins.str] = None,
    autodisabledelay: typing.Optional[jsii.Number] = None,
    autodisablegraceful: typing.Optional[builtins.str] = None,
    autoscale: typing.Optional[builtins.str] = None,
    bootstrap: typing.Optional[builtins.str] = None,
    cacheable: typing.Optional[builtins.str] = None,
    cachetype: typing.Optional[builtins.str] = None,
    cip: typing.Optional[builtins.str] = None,
    cipheader: typing.Optional[builtins.str] = None,
    cka: typing.Optional[builtins.str] = None,
    clttimeout: typing.Optional[jsii.Number] = None,
    cmp: typing.Optional[builtins.str] = None,
    comment: typing.Optional[builtins.str] = None,
    customserverid: typing.Optional[builtins.str] = None,
    dbsttl: typing.Optional[jsii.Number] = None,
    delay: typing.Optional[jsii.Number] = None,
    downstateflush: typing.Optional[builtins.str] = None,
    dupweight: typing.Optional[jsii.Number] = None,
    graceful: typing.Optional[builtins.str] = None,
    hashid: typing.Optional[jsii.Number] = None,
    healthmonitor: typing.Optional[builtins.str] = None,
    httpprofilename: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
    includemembers: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    lbmonitor: typing.Optional[builtins.str] = None,
    lbvservers: typing.Optional[typing.Sequence[builtins.str]] = None,
    maxbandwidth: typing.Optional[jsii.Number] = None,
    maxclient: typing.Optional[jsii.Number] = None,
    maxreq: typing.Optional[jsii.Number] = None,
    memberport: typing.Optional[jsii.Number] = None,
    monconnectionclose: typing.Optional[builtins.str] = None,
    monitornamesvc: typing.Optional[builtins.str] = None,
    monthreshold: typing.Optional[jsii.Number] = None,
    nameserver: typing.Optional[builtins.str] = None,
    netprofile: typing.Optional[builtins.str] = None,
    pathmonitor: typing.Optional[builtins.str] = None,
    pathmonitorindv: typing.Optional[builtins.str] = None,
    port: typing.Optional[jsii.Number] = None,
    quicprofilename: typing.Optional[builtins.str] = None,
    riseapbrstatsmsgcode: typing.Optional[jsii.Number] = None,
    rtspsessionidremap: typing.Optional[builtins.str] = None,
    serverid: typing.Optional[jsii.Number] = None,
    servername: typing.Optional[builtins.str] = None,
    servicegroupmembers: typing.Optional[typing.Sequence[builtins.str]] = None,
    servicegroupmembers_by_servername: typing.Optional[typing.Sequence[builtins.str]] = None,
    servicegroupname: typing.Optional[builtins.str] = None,
    servicetype: typing.Optional[builtins.str] = None,
    sp: typing.Optional[builtins.str] = None,
    state: typing.Optional[builtins.str] = None,
    svrtimeout: typing.Optional[jsii.Number] = None,
    tcpb: typing.Optional[builtins.str] = None,
    tcpprofilename: typing.Optional[builtins.str] = None,
    td: typing.Optional[jsii.Number] = None,
    topicname: typing.Optional[builtins.str] = None,
    useproxyport: typing.Optional[builtins.str] = None,
    usip: typing.Optional[builtins.str] = None,
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

def _typecheckingstub__216d6cef6a29be92da14db75b0ce88282814b26c61837ece2c5a1fca3531bd8b(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8950db1d8b4ab67b976c1ec751827cd470d031e90f5e3eef68eb7cc3f36b6b44(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__119eb8a64a0c6610b010e5ff0f2b85dfb955b9103a77d6fbe41055ebdf1f3c1c(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__53daa9d7ad9326ffbe5f870b640814b7a1f7f5ba0b7e940e3a4cbbdd2be45394(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__62d804af5060061025bb3902f99132385ef8d011ddbf5aed48e375de219e56b2(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ed02e45b0a325c74277f6c0b6e4240414fea0a11cd3fb30c9c62b9519086fe47(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__629ba714dfc9d2d3ca2bc38dba44c4875de7b8b35b0c2b4bbed5104c168893ae(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f161ff2c82939f58310d98335a0800e0c2159bfd0e4b050d4eb930c0789ed58d(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__60835a1777dd7ff5bda4a86bbeaa93b5eaedfd9b7541c3bc779891953c9012ff(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2269e9bdb3160281275b412a1a7b3298b82a1c85a879f2a1b3f5e2b8f8f5f9e6(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e938ac91a0e79f7e0e903f3d24dff515b91432d9dca616c343220651955e9143(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__93411f13b003729bb68e8710122ab9f601efcdbac60998be3b4ed8b5a4167480(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8fbc6f90031cc80a2efd6441b995d05a804ecec8a6af412ce862b138f65364b4(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fb02c40796db8fadd48dd77ac21eac18a4d41f45d3a3c584571b047758024776(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7d9eb4aa6c389d1a9bce010b70a098b9d7d64954a693ae14fe9fe6c74d29279e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bbe68243d243732ca0b1c1582280ffee3ee67ff42a2d500a575d7e1a1579cbd3(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d0858a96bda49661a411ae094dd531fa055941255b2d7cf1dd88da9793db428a(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__18f2e48e4dcecced39cb522b6e590d65ae950bf5fc8b666ee0df7c29ce1f6005(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5f814ed7c0b9948e1183f8c1f4ca98ce1c96f6d6b80750a0b3a2ee1fed58af6c(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b1b879dd854a433c636529e6ee64266dd6726643b0e1323c72ab52477daf8d74(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3f650d02f438d69062adf1aa5ee07801d4e0002e493131e9762c3a23a431da98(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f5ca869da82596368d44e07fb0da22ff5681ad819df92137db13fbe8e9405a82(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__67d629eb0b54a436b32ad0d381b5052648ceb450b197295eec8107c5a3420e8f(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5cfdb5066640e5b988001c8aade87316b80444a6f35f6d2ffd29d6a8357c9919(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0ec459e66e437b08990db42b3ecced4cacfdf4a511b6dc8513905878db9dd95f(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dddb65792ff0d4f4c1afb63d4394d76bd9593a917440fe1d503401e39482d5f4(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__edd7b958fcab5b71864ae7128655f51807a70c593a278ae046b225a071d77263(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9605a5d73283bf0122ca6af6f8621c2ca1287af1f59d3a6635cf43e65ba36d6f(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1089fee2ca9976fd7ae97fc2aa8ea1abf328e6036d9544125eda2dd9a16c2947(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a04281e3c0a52b57255bb7662e2a5cc0eca54f3e32d42b5d487dd8979f48060e(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__91e28aca3bebeb11062f56f2d4621c1706a6f30911a09a05bab778abc37d97ce(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bad5a30c41207a799c343aa50a1f2f300ba04e51e80703cfa8551a42c07d9229(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4166f21c27d2d6dd6518c0b95875e3260ba17ef21ea985faaa6f396232275980(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__74ca66bd340ccb9ec061b4e130ee2c78411defeba3d2e4f994a6f8ca7056f4a5(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e3d90cc8882081498b8e497d48dfc0c272d2ea841c082f94fabe718470c3986e(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b0ae1000279c42cc1c98d1dfa0a72a047ecb5cfc8a9eabe0e28a750926a4d901(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__815ada5ba6513ea493472f03ad207bae47752b9508f64c01e13231e29a7c37ba(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4ecc771886c0b82e1476e8cab611bc4137202ab63ba32b541c4e64a401b6073c(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d82f2cc1db93bdb8108f2c32256e6328269b3e3e9aac55f51a885843c6e5572e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4e2b2eb6284f54c075682233cd1151abe3f038fd9321f4e5d3365e3b41ca1e4e(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__517d6fd247ed1eeb3497a7d3b026e84ed0bddf8f8c27d6b308428f4e11c1914d(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fe7500c222f180e190f8b2280ea58f760361a1331f80e20f66ecf3427acb0cc4(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a754df93c6a04707b49cd6d8e18a56dc6c3c0206ce5409c8811eb96d4fd054a6(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__96e95c9aba505a46f48fb6ae7a505486858f75e26743c2dd10d7e6a5fda5f6d1(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dd0bf018b647b6070f30ba6e92380faf9bfb6dc48409bd0ffc00fb1da5cb18a4(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d0e9f1de5be5db0463ceaa3219d7d826c2d549b5e216984142f7688cdb732ae9(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8641e3d353efb700d6ee9d2f40e7f5c798668115a95694e12ccc8ef771a3ebfc(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f9a9f0efd9d7355a742557fe2a1847626afd2aff2a43735e91a3898bacc247ab(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e8f737bdaadda45ca0a96f876095323b07cce8cbe5c4ff6d2e3526d691b66604(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__501bedb408fd01e44aaf6d04fb955527668da486dddec38d56a81837d1164a57(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f997a641288f210f703e4c02f2c8fe7beddd1ce30f48405d72c08d34c239b361(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c1d24682ddca12ca0238cfcde8d7924cf718042d03062974424b7c8f14520391(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__671b4f39a7af63d762ee6f8754418b252d663e739e0372aab4ba11fde94eee7e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5eb2d1e1251f1715b7dc4863c1dbbb9b6aa3f1003eac98239fd7e62ec7f303b6(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__42924affb7f443363cec86c4438184aaed880901a9cfa50e59ec42a8d739a6cb(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b79c45576b9665840f799b58e01fe5c4b8589f7279240f295f59ddab7a051314(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9e287acf6015cdfb4cd9187d3a534179931a99ff8d771725fecb12d912da95e9(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2c4d1df2be4fe02e7f10e0d9875861a714b9f21a1e5414e6f2f7eab45b839117(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b8f1252d7cbd57eaa396d91b8e6278c325245b0fde3c4f185c95bc4d468a694b(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b2ec792a4637612501fca395683ffe4d1def92e2b8bd7fdefe261bc23d5f9e35(
    *,
    connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    appflowlog: typing.Optional[builtins.str] = None,
    autodelayedtrofs: typing.Optional[builtins.str] = None,
    autodisabledelay: typing.Optional[jsii.Number] = None,
    autodisablegraceful: typing.Optional[builtins.str] = None,
    autoscale: typing.Optional[builtins.str] = None,
    bootstrap: typing.Optional[builtins.str] = None,
    cacheable: typing.Optional[builtins.str] = None,
    cachetype: typing.Optional[builtins.str] = None,
    cip: typing.Optional[builtins.str] = None,
    cipheader: typing.Optional[builtins.str] = None,
    cka: typing.Optional[builtins.str] = None,
    clttimeout: typing.Optional[jsii.Number] = None,
    cmp: typing.Optional[builtins.str] = None,
    comment: typing.Optional[builtins.str] = None,
    customserverid: typing.Optional[builtins.str] = None,
    dbsttl: typing.Optional[jsii.Number] = None,
    delay: typing.Optional[jsii.Number] = None,
    downstateflush: typing.Optional[builtins.str] = None,
    dupweight: typing.Optional[jsii.Number] = None,
    graceful: typing.Optional[builtins.str] = None,
    hashid: typing.Optional[jsii.Number] = None,
    healthmonitor: typing.Optional[builtins.str] = None,
    httpprofilename: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
    includemembers: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    lbmonitor: typing.Optional[builtins.str] = None,
    lbvservers: typing.Optional[typing.Sequence[builtins.str]] = None,
    maxbandwidth: typing.Optional[jsii.Number] = None,
    maxclient: typing.Optional[jsii.Number] = None,
    maxreq: typing.Optional[jsii.Number] = None,
    memberport: typing.Optional[jsii.Number] = None,
    monconnectionclose: typing.Optional[builtins.str] = None,
    monitornamesvc: typing.Optional[builtins.str] = None,
    monthreshold: typing.Optional[jsii.Number] = None,
    nameserver: typing.Optional[builtins.str] = None,
    netprofile: typing.Optional[builtins.str] = None,
    pathmonitor: typing.Optional[builtins.str] = None,
    pathmonitorindv: typing.Optional[builtins.str] = None,
    port: typing.Optional[jsii.Number] = None,
    quicprofilename: typing.Optional[builtins.str] = None,
    riseapbrstatsmsgcode: typing.Optional[jsii.Number] = None,
    rtspsessionidremap: typing.Optional[builtins.str] = None,
    serverid: typing.Optional[jsii.Number] = None,
    servername: typing.Optional[builtins.str] = None,
    servicegroupmembers: typing.Optional[typing.Sequence[builtins.str]] = None,
    servicegroupmembers_by_servername: typing.Optional[typing.Sequence[builtins.str]] = None,
    servicegroupname: typing.Optional[builtins.str] = None,
    servicetype: typing.Optional[builtins.str] = None,
    sp: typing.Optional[builtins.str] = None,
    state: typing.Optional[builtins.str] = None,
    svrtimeout: typing.Optional[jsii.Number] = None,
    tcpb: typing.Optional[builtins.str] = None,
    tcpprofilename: typing.Optional[builtins.str] = None,
    td: typing.Optional[jsii.Number] = None,
    topicname: typing.Optional[builtins.str] = None,
    useproxyport: typing.Optional[builtins.str] = None,
    usip: typing.Optional[builtins.str] = None,
    weight: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass
