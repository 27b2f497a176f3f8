r'''
# `citrixadc_nsip`

Refer to the Terraform Registry for docs: [`citrixadc_nsip`](https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip).
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


class Nsip(
    _cdktf_9a9027ec.TerraformResource,
    metaclass=jsii.JSIIMeta,
    jsii_type="citrixadc.nsip.Nsip",
):
    '''Represents a {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip citrixadc_nsip}.'''

    def __init__(
        self,
        scope: _constructs_77d1e7e8.Construct,
        id_: builtins.str,
        *,
        ipaddress: builtins.str,
        netmask: builtins.str,
        advertiseondefaultpartition: typing.Optional[builtins.str] = None,
        arp: typing.Optional[builtins.str] = None,
        arpowner: typing.Optional[jsii.Number] = None,
        arpresponse: typing.Optional[builtins.str] = None,
        bgp: typing.Optional[builtins.str] = None,
        decrementttl: typing.Optional[builtins.str] = None,
        dynamicrouting: typing.Optional[builtins.str] = None,
        ftp: typing.Optional[builtins.str] = None,
        gui: typing.Optional[builtins.str] = None,
        hostroute: typing.Optional[builtins.str] = None,
        hostrtgw: typing.Optional[builtins.str] = None,
        icmp: typing.Optional[builtins.str] = None,
        icmpresponse: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        metric: typing.Optional[jsii.Number] = None,
        mgmtaccess: typing.Optional[builtins.str] = None,
        mptcpadvertise: typing.Optional[builtins.str] = None,
        networkroute: typing.Optional[builtins.str] = None,
        ospf: typing.Optional[builtins.str] = None,
        ospfarea: typing.Optional[jsii.Number] = None,
        ospflsatype: typing.Optional[builtins.str] = None,
        ownerdownresponse: typing.Optional[builtins.str] = None,
        ownernode: typing.Optional[jsii.Number] = None,
        restrictaccess: typing.Optional[builtins.str] = None,
        rip: typing.Optional[builtins.str] = None,
        snmp: typing.Optional[builtins.str] = None,
        ssh: typing.Optional[builtins.str] = None,
        state: typing.Optional[builtins.str] = None,
        tag: typing.Optional[jsii.Number] = None,
        td: typing.Optional[jsii.Number] = None,
        telnet: typing.Optional[builtins.str] = None,
        type: typing.Optional[builtins.str] = None,
        vrid: typing.Optional[jsii.Number] = None,
        vserver: typing.Optional[builtins.str] = None,
        vserverrhilevel: typing.Optional[builtins.str] = None,
        vserverrhimode: typing.Optional[builtins.str] = None,
        connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
        depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
        for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
        lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''Create a new {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip citrixadc_nsip} Resource.

        :param scope: The scope in which to define this construct.
        :param id_: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param ipaddress: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#ipaddress Nsip#ipaddress}.
        :param netmask: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#netmask Nsip#netmask}.
        :param advertiseondefaultpartition: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#advertiseondefaultpartition Nsip#advertiseondefaultpartition}.
        :param arp: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#arp Nsip#arp}.
        :param arpowner: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#arpowner Nsip#arpowner}.
        :param arpresponse: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#arpresponse Nsip#arpresponse}.
        :param bgp: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#bgp Nsip#bgp}.
        :param decrementttl: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#decrementttl Nsip#decrementttl}.
        :param dynamicrouting: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#dynamicrouting Nsip#dynamicrouting}.
        :param ftp: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#ftp Nsip#ftp}.
        :param gui: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#gui Nsip#gui}.
        :param hostroute: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#hostroute Nsip#hostroute}.
        :param hostrtgw: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#hostrtgw Nsip#hostrtgw}.
        :param icmp: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#icmp Nsip#icmp}.
        :param icmpresponse: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#icmpresponse Nsip#icmpresponse}.
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#id Nsip#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param metric: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#metric Nsip#metric}.
        :param mgmtaccess: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#mgmtaccess Nsip#mgmtaccess}.
        :param mptcpadvertise: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#mptcpadvertise Nsip#mptcpadvertise}.
        :param networkroute: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#networkroute Nsip#networkroute}.
        :param ospf: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#ospf Nsip#ospf}.
        :param ospfarea: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#ospfarea Nsip#ospfarea}.
        :param ospflsatype: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#ospflsatype Nsip#ospflsatype}.
        :param ownerdownresponse: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#ownerdownresponse Nsip#ownerdownresponse}.
        :param ownernode: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#ownernode Nsip#ownernode}.
        :param restrictaccess: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#restrictaccess Nsip#restrictaccess}.
        :param rip: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#rip Nsip#rip}.
        :param snmp: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#snmp Nsip#snmp}.
        :param ssh: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#ssh Nsip#ssh}.
        :param state: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#state Nsip#state}.
        :param tag: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#tag Nsip#tag}.
        :param td: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#td Nsip#td}.
        :param telnet: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#telnet Nsip#telnet}.
        :param type: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#type Nsip#type}.
        :param vrid: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#vrid Nsip#vrid}.
        :param vserver: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#vserver Nsip#vserver}.
        :param vserverrhilevel: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#vserverrhilevel Nsip#vserverrhilevel}.
        :param vserverrhimode: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#vserverrhimode Nsip#vserverrhimode}.
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2f3ae4a846f99b8b240919b8d117c1556bf8012e84da2f17e9cd038b35e7de29)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id_", value=id_, expected_type=type_hints["id_"])
        config = NsipConfig(
            ipaddress=ipaddress,
            netmask=netmask,
            advertiseondefaultpartition=advertiseondefaultpartition,
            arp=arp,
            arpowner=arpowner,
            arpresponse=arpresponse,
            bgp=bgp,
            decrementttl=decrementttl,
            dynamicrouting=dynamicrouting,
            ftp=ftp,
            gui=gui,
            hostroute=hostroute,
            hostrtgw=hostrtgw,
            icmp=icmp,
            icmpresponse=icmpresponse,
            id=id,
            metric=metric,
            mgmtaccess=mgmtaccess,
            mptcpadvertise=mptcpadvertise,
            networkroute=networkroute,
            ospf=ospf,
            ospfarea=ospfarea,
            ospflsatype=ospflsatype,
            ownerdownresponse=ownerdownresponse,
            ownernode=ownernode,
            restrictaccess=restrictaccess,
            rip=rip,
            snmp=snmp,
            ssh=ssh,
            state=state,
            tag=tag,
            td=td,
            telnet=telnet,
            type=type,
            vrid=vrid,
            vserver=vserver,
            vserverrhilevel=vserverrhilevel,
            vserverrhimode=vserverrhimode,
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
        '''Generates CDKTF code for importing a Nsip resource upon running "cdktf plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the Nsip to import.
        :param import_from_id: The id of the existing Nsip that should be imported. Refer to the {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the Nsip to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4861075e4be9d79fa2acf0e9eb1e556d127592a8a8c7d52ab03e00b307f2f32e)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument import_to_id", value=import_to_id, expected_type=type_hints["import_to_id"])
            check_type(argname="argument import_from_id", value=import_from_id, expected_type=type_hints["import_from_id"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
        return typing.cast(_cdktf_9a9027ec.ImportableResource, jsii.sinvoke(cls, "generateConfigForImport", [scope, import_to_id, import_from_id, provider]))

    @jsii.member(jsii_name="resetAdvertiseondefaultpartition")
    def reset_advertiseondefaultpartition(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAdvertiseondefaultpartition", []))

    @jsii.member(jsii_name="resetArp")
    def reset_arp(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetArp", []))

    @jsii.member(jsii_name="resetArpowner")
    def reset_arpowner(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetArpowner", []))

    @jsii.member(jsii_name="resetArpresponse")
    def reset_arpresponse(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetArpresponse", []))

    @jsii.member(jsii_name="resetBgp")
    def reset_bgp(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetBgp", []))

    @jsii.member(jsii_name="resetDecrementttl")
    def reset_decrementttl(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDecrementttl", []))

    @jsii.member(jsii_name="resetDynamicrouting")
    def reset_dynamicrouting(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDynamicrouting", []))

    @jsii.member(jsii_name="resetFtp")
    def reset_ftp(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetFtp", []))

    @jsii.member(jsii_name="resetGui")
    def reset_gui(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetGui", []))

    @jsii.member(jsii_name="resetHostroute")
    def reset_hostroute(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetHostroute", []))

    @jsii.member(jsii_name="resetHostrtgw")
    def reset_hostrtgw(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetHostrtgw", []))

    @jsii.member(jsii_name="resetIcmp")
    def reset_icmp(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetIcmp", []))

    @jsii.member(jsii_name="resetIcmpresponse")
    def reset_icmpresponse(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetIcmpresponse", []))

    @jsii.member(jsii_name="resetId")
    def reset_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetId", []))

    @jsii.member(jsii_name="resetMetric")
    def reset_metric(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMetric", []))

    @jsii.member(jsii_name="resetMgmtaccess")
    def reset_mgmtaccess(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMgmtaccess", []))

    @jsii.member(jsii_name="resetMptcpadvertise")
    def reset_mptcpadvertise(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMptcpadvertise", []))

    @jsii.member(jsii_name="resetNetworkroute")
    def reset_networkroute(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetNetworkroute", []))

    @jsii.member(jsii_name="resetOspf")
    def reset_ospf(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetOspf", []))

    @jsii.member(jsii_name="resetOspfarea")
    def reset_ospfarea(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetOspfarea", []))

    @jsii.member(jsii_name="resetOspflsatype")
    def reset_ospflsatype(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetOspflsatype", []))

    @jsii.member(jsii_name="resetOwnerdownresponse")
    def reset_ownerdownresponse(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetOwnerdownresponse", []))

    @jsii.member(jsii_name="resetOwnernode")
    def reset_ownernode(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetOwnernode", []))

    @jsii.member(jsii_name="resetRestrictaccess")
    def reset_restrictaccess(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetRestrictaccess", []))

    @jsii.member(jsii_name="resetRip")
    def reset_rip(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetRip", []))

    @jsii.member(jsii_name="resetSnmp")
    def reset_snmp(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSnmp", []))

    @jsii.member(jsii_name="resetSsh")
    def reset_ssh(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSsh", []))

    @jsii.member(jsii_name="resetState")
    def reset_state(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetState", []))

    @jsii.member(jsii_name="resetTag")
    def reset_tag(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTag", []))

    @jsii.member(jsii_name="resetTd")
    def reset_td(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTd", []))

    @jsii.member(jsii_name="resetTelnet")
    def reset_telnet(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTelnet", []))

    @jsii.member(jsii_name="resetType")
    def reset_type(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetType", []))

    @jsii.member(jsii_name="resetVrid")
    def reset_vrid(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetVrid", []))

    @jsii.member(jsii_name="resetVserver")
    def reset_vserver(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetVserver", []))

    @jsii.member(jsii_name="resetVserverrhilevel")
    def reset_vserverrhilevel(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetVserverrhilevel", []))

    @jsii.member(jsii_name="resetVserverrhimode")
    def reset_vserverrhimode(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetVserverrhimode", []))

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
    @jsii.member(jsii_name="advertiseondefaultpartitionInput")
    def advertiseondefaultpartition_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "advertiseondefaultpartitionInput"))

    @builtins.property
    @jsii.member(jsii_name="arpInput")
    def arp_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "arpInput"))

    @builtins.property
    @jsii.member(jsii_name="arpownerInput")
    def arpowner_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "arpownerInput"))

    @builtins.property
    @jsii.member(jsii_name="arpresponseInput")
    def arpresponse_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "arpresponseInput"))

    @builtins.property
    @jsii.member(jsii_name="bgpInput")
    def bgp_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "bgpInput"))

    @builtins.property
    @jsii.member(jsii_name="decrementttlInput")
    def decrementttl_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "decrementttlInput"))

    @builtins.property
    @jsii.member(jsii_name="dynamicroutingInput")
    def dynamicrouting_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "dynamicroutingInput"))

    @builtins.property
    @jsii.member(jsii_name="ftpInput")
    def ftp_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "ftpInput"))

    @builtins.property
    @jsii.member(jsii_name="guiInput")
    def gui_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "guiInput"))

    @builtins.property
    @jsii.member(jsii_name="hostrouteInput")
    def hostroute_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "hostrouteInput"))

    @builtins.property
    @jsii.member(jsii_name="hostrtgwInput")
    def hostrtgw_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "hostrtgwInput"))

    @builtins.property
    @jsii.member(jsii_name="icmpInput")
    def icmp_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "icmpInput"))

    @builtins.property
    @jsii.member(jsii_name="icmpresponseInput")
    def icmpresponse_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "icmpresponseInput"))

    @builtins.property
    @jsii.member(jsii_name="idInput")
    def id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "idInput"))

    @builtins.property
    @jsii.member(jsii_name="ipaddressInput")
    def ipaddress_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "ipaddressInput"))

    @builtins.property
    @jsii.member(jsii_name="metricInput")
    def metric_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "metricInput"))

    @builtins.property
    @jsii.member(jsii_name="mgmtaccessInput")
    def mgmtaccess_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "mgmtaccessInput"))

    @builtins.property
    @jsii.member(jsii_name="mptcpadvertiseInput")
    def mptcpadvertise_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "mptcpadvertiseInput"))

    @builtins.property
    @jsii.member(jsii_name="netmaskInput")
    def netmask_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "netmaskInput"))

    @builtins.property
    @jsii.member(jsii_name="networkrouteInput")
    def networkroute_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "networkrouteInput"))

    @builtins.property
    @jsii.member(jsii_name="ospfareaInput")
    def ospfarea_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "ospfareaInput"))

    @builtins.property
    @jsii.member(jsii_name="ospfInput")
    def ospf_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "ospfInput"))

    @builtins.property
    @jsii.member(jsii_name="ospflsatypeInput")
    def ospflsatype_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "ospflsatypeInput"))

    @builtins.property
    @jsii.member(jsii_name="ownerdownresponseInput")
    def ownerdownresponse_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "ownerdownresponseInput"))

    @builtins.property
    @jsii.member(jsii_name="ownernodeInput")
    def ownernode_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "ownernodeInput"))

    @builtins.property
    @jsii.member(jsii_name="restrictaccessInput")
    def restrictaccess_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "restrictaccessInput"))

    @builtins.property
    @jsii.member(jsii_name="ripInput")
    def rip_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "ripInput"))

    @builtins.property
    @jsii.member(jsii_name="snmpInput")
    def snmp_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "snmpInput"))

    @builtins.property
    @jsii.member(jsii_name="sshInput")
    def ssh_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "sshInput"))

    @builtins.property
    @jsii.member(jsii_name="stateInput")
    def state_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "stateInput"))

    @builtins.property
    @jsii.member(jsii_name="tagInput")
    def tag_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "tagInput"))

    @builtins.property
    @jsii.member(jsii_name="tdInput")
    def td_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "tdInput"))

    @builtins.property
    @jsii.member(jsii_name="telnetInput")
    def telnet_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "telnetInput"))

    @builtins.property
    @jsii.member(jsii_name="typeInput")
    def type_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "typeInput"))

    @builtins.property
    @jsii.member(jsii_name="vridInput")
    def vrid_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "vridInput"))

    @builtins.property
    @jsii.member(jsii_name="vserverInput")
    def vserver_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "vserverInput"))

    @builtins.property
    @jsii.member(jsii_name="vserverrhilevelInput")
    def vserverrhilevel_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "vserverrhilevelInput"))

    @builtins.property
    @jsii.member(jsii_name="vserverrhimodeInput")
    def vserverrhimode_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "vserverrhimodeInput"))

    @builtins.property
    @jsii.member(jsii_name="advertiseondefaultpartition")
    def advertiseondefaultpartition(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "advertiseondefaultpartition"))

    @advertiseondefaultpartition.setter
    def advertiseondefaultpartition(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6e496830b762ecaa1c5d7c770a682c182b5f84abbc8501d9f71e62758a2e85fc)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "advertiseondefaultpartition", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="arp")
    def arp(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "arp"))

    @arp.setter
    def arp(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__cf3f423cda239130a6c152e1ecbf9bcfbe48133c6e8cd6860f01b383379869b7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "arp", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="arpowner")
    def arpowner(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "arpowner"))

    @arpowner.setter
    def arpowner(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__dadb0d90abc57d0c7e661ca8b0e2199f174789d139be48ac2a321906a95d762d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "arpowner", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="arpresponse")
    def arpresponse(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "arpresponse"))

    @arpresponse.setter
    def arpresponse(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__37d45dc74a93eec0dae723509422b7a1e33135c642ecb5d010f515ab7299b78e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "arpresponse", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="bgp")
    def bgp(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "bgp"))

    @bgp.setter
    def bgp(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__81dd7b1806d4916d707d4c4ab18781a111394f17655e792809e3a55d4ba9c5b2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "bgp", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="decrementttl")
    def decrementttl(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "decrementttl"))

    @decrementttl.setter
    def decrementttl(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d7ae63255b26bb83ba401c09a725a0d6bdb1071d857d564257588fe5a4631941)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "decrementttl", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="dynamicrouting")
    def dynamicrouting(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "dynamicrouting"))

    @dynamicrouting.setter
    def dynamicrouting(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1a7a6e7dc50cd37a108b9cecb2543ffa1ba7b730f047a6748f9af9630a537c97)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "dynamicrouting", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="ftp")
    def ftp(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "ftp"))

    @ftp.setter
    def ftp(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a12b296127b9813f1640b9134145ffa891927302627fc856f9089da38840892e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "ftp", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="gui")
    def gui(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "gui"))

    @gui.setter
    def gui(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__71752b76a15816fcdd027e6bf260f4b0b50f29e89593f9a14ae8563000e72d50)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "gui", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="hostroute")
    def hostroute(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "hostroute"))

    @hostroute.setter
    def hostroute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__24eb74bf8a499c1db4864cedd33059ea697f831d7fdaeec87a21454f6f7c47dc)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "hostroute", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="hostrtgw")
    def hostrtgw(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "hostrtgw"))

    @hostrtgw.setter
    def hostrtgw(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f08caea8b432ffbe25aebba2f9e30ef699cc9097b8c7d5e7501f3c00994a1b1f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "hostrtgw", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="icmp")
    def icmp(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "icmp"))

    @icmp.setter
    def icmp(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d348af05e2478a8a40c7a453f4f4297efb6e40cf5bace6e428e5e85c40789ae7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "icmp", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="icmpresponse")
    def icmpresponse(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "icmpresponse"))

    @icmpresponse.setter
    def icmpresponse(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5f5ff340ae03f389aa58740f977a9ab8ea3a09de8770151ad25f74a9fcb337ca)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "icmpresponse", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @id.setter
    def id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__eb1f1bcca48e5b1b00f3a8f5632218afbc703cb6f84be34f23ca08d8214c5b14)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "id", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="ipaddress")
    def ipaddress(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "ipaddress"))

    @ipaddress.setter
    def ipaddress(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9bfdf9a3bd9b4769c65dc4be432807979fac8a35ae8dd839f4cad194a52b7b2f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "ipaddress", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="metric")
    def metric(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "metric"))

    @metric.setter
    def metric(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d2b2040bcb5db687bb13b3a6e3a7f756885b21fa293997a42f55b69908e5afe3)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "metric", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="mgmtaccess")
    def mgmtaccess(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "mgmtaccess"))

    @mgmtaccess.setter
    def mgmtaccess(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__bada76e3c469ab065e3445dbf446b249c7eb599314e51f114929a5288e63dd3b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "mgmtaccess", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="mptcpadvertise")
    def mptcpadvertise(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "mptcpadvertise"))

    @mptcpadvertise.setter
    def mptcpadvertise(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1d03977a197c745a88ad2aba9e9aaf0580612470818824a18e1d600172bc7db7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "mptcpadvertise", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="netmask")
    def netmask(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "netmask"))

    @netmask.setter
    def netmask(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__89fd65ab87fe09e71bfefa1860b0c5289b1642c13f689c667f9adef2b758a000)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "netmask", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="networkroute")
    def networkroute(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "networkroute"))

    @networkroute.setter
    def networkroute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__757360dcdc62c7e0997ce060a58d94cb2a988224dc330ac6859a25daa9d0bae0)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "networkroute", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="ospf")
    def ospf(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "ospf"))

    @ospf.setter
    def ospf(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c9fea98116e6adfc9945b3c40ba0ec1304cd6c4f7cd3981aa84ead55644681ec)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "ospf", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="ospfarea")
    def ospfarea(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "ospfarea"))

    @ospfarea.setter
    def ospfarea(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b3f315b130bd7e7f31849129fb33005ab68651704bb55afdf02596d66dad42ff)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "ospfarea", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="ospflsatype")
    def ospflsatype(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "ospflsatype"))

    @ospflsatype.setter
    def ospflsatype(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__cc50cd1d21265a7ec64e0c94e9cbf811800f7ec8258150da3ee023a951691887)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "ospflsatype", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="ownerdownresponse")
    def ownerdownresponse(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "ownerdownresponse"))

    @ownerdownresponse.setter
    def ownerdownresponse(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__debc0beacacecc52cdefc4df1cf76a550d2de8cc816cf1e0b32889b6bd52d234)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "ownerdownresponse", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="ownernode")
    def ownernode(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "ownernode"))

    @ownernode.setter
    def ownernode(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f408b970f73126ef5b51a2f1b5ae4ebf2e272767a9ada692d6d4a333b7779c78)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "ownernode", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="restrictaccess")
    def restrictaccess(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "restrictaccess"))

    @restrictaccess.setter
    def restrictaccess(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6a47e3fd49e37dc9405ab16eac02fccd4dc0bd5118c0320a172389411c69a69c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "restrictaccess", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="rip")
    def rip(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "rip"))

    @rip.setter
    def rip(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7566193b796227d54cbdd279646974b5b64b2d17fa51d0ea8ef5be1745c760ff)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "rip", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="snmp")
    def snmp(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "snmp"))

    @snmp.setter
    def snmp(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3892e0c526dc297ee1594621df356a2402d88808a0b1b3d7e08620dd663e6bff)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "snmp", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="ssh")
    def ssh(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "ssh"))

    @ssh.setter
    def ssh(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1498261ff7bc2284d6e81432acb264c659fcdab8b5808ee45be81d08a6686942)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "ssh", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="state")
    def state(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "state"))

    @state.setter
    def state(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b6938c357f5366d7194247dd8a7139f004a5f9275f02e8890ed90cee2add1751)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "state", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="tag")
    def tag(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "tag"))

    @tag.setter
    def tag(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ec315601e2b32c22a2f26ea8546c6107e72ee12e43d19c064168fbcf849d21f9)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "tag", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="td")
    def td(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "td"))

    @td.setter
    def td(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3f73b4fb6c3fe5623d485f565693b87cdb8db42326ac2bcd1817c03c354ac48d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "td", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="telnet")
    def telnet(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "telnet"))

    @telnet.setter
    def telnet(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5bf48f5192e16a609128e62001900a31044db5e611e4f59c138270e483627424)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "telnet", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="type")
    def type(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "type"))

    @type.setter
    def type(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1d01cf9f8e9dad28be209ab3eb6ebb19ade29bbcc8c52321ab812e64abab25a8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "type", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="vrid")
    def vrid(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "vrid"))

    @vrid.setter
    def vrid(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2e32e405004f717271b6a0f6d24a4f02a43ae6bd48f5ffcf8282a7efeee12cad)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "vrid", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="vserver")
    def vserver(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "vserver"))

    @vserver.setter
    def vserver(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c3871be5966367b80d551ce0e94ebe7bf6d8e2033282299897c837bf30f60d91)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "vserver", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="vserverrhilevel")
    def vserverrhilevel(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "vserverrhilevel"))

    @vserverrhilevel.setter
    def vserverrhilevel(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__12f6e5a298779383c0675d30595156d240d45e319e19cced152b047343a1c9ae)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "vserverrhilevel", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="vserverrhimode")
    def vserverrhimode(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "vserverrhimode"))

    @vserverrhimode.setter
    def vserverrhimode(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0d3a3eb3c4672c4af6ce4893c568fde60dac06d46eebaed14a1800786d83c9b6)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "vserverrhimode", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="citrixadc.nsip.NsipConfig",
    jsii_struct_bases=[_cdktf_9a9027ec.TerraformMetaArguments],
    name_mapping={
        "connection": "connection",
        "count": "count",
        "depends_on": "dependsOn",
        "for_each": "forEach",
        "lifecycle": "lifecycle",
        "provider": "provider",
        "provisioners": "provisioners",
        "ipaddress": "ipaddress",
        "netmask": "netmask",
        "advertiseondefaultpartition": "advertiseondefaultpartition",
        "arp": "arp",
        "arpowner": "arpowner",
        "arpresponse": "arpresponse",
        "bgp": "bgp",
        "decrementttl": "decrementttl",
        "dynamicrouting": "dynamicrouting",
        "ftp": "ftp",
        "gui": "gui",
        "hostroute": "hostroute",
        "hostrtgw": "hostrtgw",
        "icmp": "icmp",
        "icmpresponse": "icmpresponse",
        "id": "id",
        "metric": "metric",
        "mgmtaccess": "mgmtaccess",
        "mptcpadvertise": "mptcpadvertise",
        "networkroute": "networkroute",
        "ospf": "ospf",
        "ospfarea": "ospfarea",
        "ospflsatype": "ospflsatype",
        "ownerdownresponse": "ownerdownresponse",
        "ownernode": "ownernode",
        "restrictaccess": "restrictaccess",
        "rip": "rip",
        "snmp": "snmp",
        "ssh": "ssh",
        "state": "state",
        "tag": "tag",
        "td": "td",
        "telnet": "telnet",
        "type": "type",
        "vrid": "vrid",
        "vserver": "vserver",
        "vserverrhilevel": "vserverrhilevel",
        "vserverrhimode": "vserverrhimode",
    },
)
class NsipConfig(_cdktf_9a9027ec.TerraformMetaArguments):
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
        ipaddress: builtins.str,
        netmask: builtins.str,
        advertiseondefaultpartition: typing.Optional[builtins.str] = None,
        arp: typing.Optional[builtins.str] = None,
        arpowner: typing.Optional[jsii.Number] = None,
        arpresponse: typing.Optional[builtins.str] = None,
        bgp: typing.Optional[builtins.str] = None,
        decrementttl: typing.Optional[builtins.str] = None,
        dynamicrouting: typing.Optional[builtins.str] = None,
        ftp: typing.Optional[builtins.str] = None,
        gui: typing.Optional[builtins.str] = None,
        hostroute: typing.Optional[builtins.str] = None,
        hostrtgw: typing.Optional[builtins.str] = None,
        icmp: typing.Optional[builtins.str] = None,
        icmpresponse: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        metric: typing.Optional[jsii.Number] = None,
        mgmtaccess: typing.Optional[builtins.str] = None,
        mptcpadvertise: typing.Optional[builtins.str] = None,
        networkroute: typing.Optional[builtins.str] = None,
        ospf: typing.Optional[builtins.str] = None,
        ospfarea: typing.Optional[jsii.Number] = None,
        ospflsatype: typing.Optional[builtins.str] = None,
        ownerdownresponse: typing.Optional[builtins.str] = None,
        ownernode: typing.Optional[jsii.Number] = None,
        restrictaccess: typing.Optional[builtins.str] = None,
        rip: typing.Optional[builtins.str] = None,
        snmp: typing.Optional[builtins.str] = None,
        ssh: typing.Optional[builtins.str] = None,
        state: typing.Optional[builtins.str] = None,
        tag: typing.Optional[jsii.Number] = None,
        td: typing.Optional[jsii.Number] = None,
        telnet: typing.Optional[builtins.str] = None,
        type: typing.Optional[builtins.str] = None,
        vrid: typing.Optional[jsii.Number] = None,
        vserver: typing.Optional[builtins.str] = None,
        vserverrhilevel: typing.Optional[builtins.str] = None,
        vserverrhimode: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        :param ipaddress: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#ipaddress Nsip#ipaddress}.
        :param netmask: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#netmask Nsip#netmask}.
        :param advertiseondefaultpartition: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#advertiseondefaultpartition Nsip#advertiseondefaultpartition}.
        :param arp: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#arp Nsip#arp}.
        :param arpowner: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#arpowner Nsip#arpowner}.
        :param arpresponse: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#arpresponse Nsip#arpresponse}.
        :param bgp: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#bgp Nsip#bgp}.
        :param decrementttl: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#decrementttl Nsip#decrementttl}.
        :param dynamicrouting: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#dynamicrouting Nsip#dynamicrouting}.
        :param ftp: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#ftp Nsip#ftp}.
        :param gui: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#gui Nsip#gui}.
        :param hostroute: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#hostroute Nsip#hostroute}.
        :param hostrtgw: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#hostrtgw Nsip#hostrtgw}.
        :param icmp: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#icmp Nsip#icmp}.
        :param icmpresponse: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#icmpresponse Nsip#icmpresponse}.
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#id Nsip#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param metric: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#metric Nsip#metric}.
        :param mgmtaccess: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#mgmtaccess Nsip#mgmtaccess}.
        :param mptcpadvertise: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#mptcpadvertise Nsip#mptcpadvertise}.
        :param networkroute: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#networkroute Nsip#networkroute}.
        :param ospf: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#ospf Nsip#ospf}.
        :param ospfarea: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#ospfarea Nsip#ospfarea}.
        :param ospflsatype: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#ospflsatype Nsip#ospflsatype}.
        :param ownerdownresponse: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#ownerdownresponse Nsip#ownerdownresponse}.
        :param ownernode: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#ownernode Nsip#ownernode}.
        :param restrictaccess: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#restrictaccess Nsip#restrictaccess}.
        :param rip: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#rip Nsip#rip}.
        :param snmp: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#snmp Nsip#snmp}.
        :param ssh: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#ssh Nsip#ssh}.
        :param state: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#state Nsip#state}.
        :param tag: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#tag Nsip#tag}.
        :param td: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#td Nsip#td}.
        :param telnet: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#telnet Nsip#telnet}.
        :param type: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#type Nsip#type}.
        :param vrid: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#vrid Nsip#vrid}.
        :param vserver: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#vserver Nsip#vserver}.
        :param vserverrhilevel: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#vserverrhilevel Nsip#vserverrhilevel}.
        :param vserverrhimode: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#vserverrhimode Nsip#vserverrhimode}.
        '''
        if isinstance(lifecycle, dict):
            lifecycle = _cdktf_9a9027ec.TerraformResourceLifecycle(**lifecycle)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__179622939ba14288201afe3f5dcdec4d402307c982f21b6b6df04eb273d3c69f)
            check_type(argname="argument connection", value=connection, expected_type=type_hints["connection"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument depends_on", value=depends_on, expected_type=type_hints["depends_on"])
            check_type(argname="argument for_each", value=for_each, expected_type=type_hints["for_each"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument provisioners", value=provisioners, expected_type=type_hints["provisioners"])
            check_type(argname="argument ipaddress", value=ipaddress, expected_type=type_hints["ipaddress"])
            check_type(argname="argument netmask", value=netmask, expected_type=type_hints["netmask"])
            check_type(argname="argument advertiseondefaultpartition", value=advertiseondefaultpartition, expected_type=type_hints["advertiseondefaultpartition"])
            check_type(argname="argument arp", value=arp, expected_type=type_hints["arp"])
            check_type(argname="argument arpowner", value=arpowner, expected_type=type_hints["arpowner"])
            check_type(argname="argument arpresponse", value=arpresponse, expected_type=type_hints["arpresponse"])
            check_type(argname="argument bgp", value=bgp, expected_type=type_hints["bgp"])
            check_type(argname="argument decrementttl", value=decrementttl, expected_type=type_hints["decrementttl"])
            check_type(argname="argument dynamicrouting", value=dynamicrouting, expected_type=type_hints["dynamicrouting"])
            check_type(argname="argument ftp", value=ftp, expected_type=type_hints["ftp"])
            check_type(argname="argument gui", value=gui, expected_type=type_hints["gui"])
            check_type(argname="argument hostroute", value=hostroute, expected_type=type_hints["hostroute"])
            check_type(argname="argument hostrtgw", value=hostrtgw, expected_type=type_hints["hostrtgw"])
            check_type(argname="argument icmp", value=icmp, expected_type=type_hints["icmp"])
            check_type(argname="argument icmpresponse", value=icmpresponse, expected_type=type_hints["icmpresponse"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument metric", value=metric, expected_type=type_hints["metric"])
            check_type(argname="argument mgmtaccess", value=mgmtaccess, expected_type=type_hints["mgmtaccess"])
            check_type(argname="argument mptcpadvertise", value=mptcpadvertise, expected_type=type_hints["mptcpadvertise"])
            check_type(argname="argument networkroute", value=networkroute, expected_type=type_hints["networkroute"])
            check_type(argname="argument ospf", value=ospf, expected_type=type_hints["ospf"])
            check_type(argname="argument ospfarea", value=ospfarea, expected_type=type_hints["ospfarea"])
            check_type(argname="argument ospflsatype", value=ospflsatype, expected_type=type_hints["ospflsatype"])
            check_type(argname="argument ownerdownresponse", value=ownerdownresponse, expected_type=type_hints["ownerdownresponse"])
            check_type(argname="argument ownernode", value=ownernode, expected_type=type_hints["ownernode"])
            check_type(argname="argument restrictaccess", value=restrictaccess, expected_type=type_hints["restrictaccess"])
            check_type(argname="argument rip", value=rip, expected_type=type_hints["rip"])
            check_type(argname="argument snmp", value=snmp, expected_type=type_hints["snmp"])
            check_type(argname="argument ssh", value=ssh, expected_type=type_hints["ssh"])
            check_type(argname="argument state", value=state, expected_type=type_hints["state"])
            check_type(argname="argument tag", value=tag, expected_type=type_hints["tag"])
            check_type(argname="argument td", value=td, expected_type=type_hints["td"])
            check_type(argname="argument telnet", value=telnet, expected_type=type_hints["telnet"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument vrid", value=vrid, expected_type=type_hints["vrid"])
            check_type(argname="argument vserver", value=vserver, expected_type=type_hints["vserver"])
            check_type(argname="argument vserverrhilevel", value=vserverrhilevel, expected_type=type_hints["vserverrhilevel"])
            check_type(argname="argument vserverrhimode", value=vserverrhimode, expected_type=type_hints["vserverrhimode"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "ipaddress": ipaddress,
            "netmask": netmask,
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
        if advertiseondefaultpartition is not None:
            self._values["advertiseondefaultpartition"] = advertiseondefaultpartition
        if arp is not None:
            self._values["arp"] = arp
        if arpowner is not None:
            self._values["arpowner"] = arpowner
        if arpresponse is not None:
            self._values["arpresponse"] = arpresponse
        if bgp is not None:
            self._values["bgp"] = bgp
        if decrementttl is not None:
            self._values["decrementttl"] = decrementttl
        if dynamicrouting is not None:
            self._values["dynamicrouting"] = dynamicrouting
        if ftp is not None:
            self._values["ftp"] = ftp
        if gui is not None:
            self._values["gui"] = gui
        if hostroute is not None:
            self._values["hostroute"] = hostroute
        if hostrtgw is not None:
            self._values["hostrtgw"] = hostrtgw
        if icmp is not None:
            self._values["icmp"] = icmp
        if icmpresponse is not None:
            self._values["icmpresponse"] = icmpresponse
        if id is not None:
            self._values["id"] = id
        if metric is not None:
            self._values["metric"] = metric
        if mgmtaccess is not None:
            self._values["mgmtaccess"] = mgmtaccess
        if mptcpadvertise is not None:
            self._values["mptcpadvertise"] = mptcpadvertise
        if networkroute is not None:
            self._values["networkroute"] = networkroute
        if ospf is not None:
            self._values["ospf"] = ospf
        if ospfarea is not None:
            self._values["ospfarea"] = ospfarea
        if ospflsatype is not None:
            self._values["ospflsatype"] = ospflsatype
        if ownerdownresponse is not None:
            self._values["ownerdownresponse"] = ownerdownresponse
        if ownernode is not None:
            self._values["ownernode"] = ownernode
        if restrictaccess is not None:
            self._values["restrictaccess"] = restrictaccess
        if rip is not None:
            self._values["rip"] = rip
        if snmp is not None:
            self._values["snmp"] = snmp
        if ssh is not None:
            self._values["ssh"] = ssh
        if state is not None:
            self._values["state"] = state
        if tag is not None:
            self._values["tag"] = tag
        if td is not None:
            self._values["td"] = td
        if telnet is not None:
            self._values["telnet"] = telnet
        if type is not None:
            self._values["type"] = type
        if vrid is not None:
            self._values["vrid"] = vrid
        if vserver is not None:
            self._values["vserver"] = vserver
        if vserverrhilevel is not None:
            self._values["vserverrhilevel"] = vserverrhilevel
        if vserverrhimode is not None:
            self._values["vserverrhimode"] = vserverrhimode

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
    def ipaddress(self) -> builtins.str:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#ipaddress Nsip#ipaddress}.'''
        result = self._values.get("ipaddress")
        assert result is not None, "Required property 'ipaddress' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def netmask(self) -> builtins.str:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#netmask Nsip#netmask}.'''
        result = self._values.get("netmask")
        assert result is not None, "Required property 'netmask' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def advertiseondefaultpartition(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#advertiseondefaultpartition Nsip#advertiseondefaultpartition}.'''
        result = self._values.get("advertiseondefaultpartition")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def arp(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#arp Nsip#arp}.'''
        result = self._values.get("arp")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def arpowner(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#arpowner Nsip#arpowner}.'''
        result = self._values.get("arpowner")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def arpresponse(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#arpresponse Nsip#arpresponse}.'''
        result = self._values.get("arpresponse")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def bgp(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#bgp Nsip#bgp}.'''
        result = self._values.get("bgp")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def decrementttl(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#decrementttl Nsip#decrementttl}.'''
        result = self._values.get("decrementttl")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def dynamicrouting(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#dynamicrouting Nsip#dynamicrouting}.'''
        result = self._values.get("dynamicrouting")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ftp(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#ftp Nsip#ftp}.'''
        result = self._values.get("ftp")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def gui(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#gui Nsip#gui}.'''
        result = self._values.get("gui")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def hostroute(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#hostroute Nsip#hostroute}.'''
        result = self._values.get("hostroute")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def hostrtgw(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#hostrtgw Nsip#hostrtgw}.'''
        result = self._values.get("hostrtgw")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def icmp(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#icmp Nsip#icmp}.'''
        result = self._values.get("icmp")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def icmpresponse(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#icmpresponse Nsip#icmpresponse}.'''
        result = self._values.get("icmpresponse")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#id Nsip#id}.

        Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
        If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def metric(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#metric Nsip#metric}.'''
        result = self._values.get("metric")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def mgmtaccess(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#mgmtaccess Nsip#mgmtaccess}.'''
        result = self._values.get("mgmtaccess")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def mptcpadvertise(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#mptcpadvertise Nsip#mptcpadvertise}.'''
        result = self._values.get("mptcpadvertise")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def networkroute(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#networkroute Nsip#networkroute}.'''
        result = self._values.get("networkroute")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ospf(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#ospf Nsip#ospf}.'''
        result = self._values.get("ospf")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ospfarea(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#ospfarea Nsip#ospfarea}.'''
        result = self._values.get("ospfarea")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def ospflsatype(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#ospflsatype Nsip#ospflsatype}.'''
        result = self._values.get("ospflsatype")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ownerdownresponse(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#ownerdownresponse Nsip#ownerdownresponse}.'''
        result = self._values.get("ownerdownresponse")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ownernode(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#ownernode Nsip#ownernode}.'''
        result = self._values.get("ownernode")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def restrictaccess(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#restrictaccess Nsip#restrictaccess}.'''
        result = self._values.get("restrictaccess")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def rip(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#rip Nsip#rip}.'''
        result = self._values.get("rip")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def snmp(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#snmp Nsip#snmp}.'''
        result = self._values.get("snmp")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ssh(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#ssh Nsip#ssh}.'''
        result = self._values.get("ssh")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def state(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#state Nsip#state}.'''
        result = self._values.get("state")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tag(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#tag Nsip#tag}.'''
        result = self._values.get("tag")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def td(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#td Nsip#td}.'''
        result = self._values.get("td")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def telnet(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#telnet Nsip#telnet}.'''
        result = self._values.get("telnet")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def type(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#type Nsip#type}.'''
        result = self._values.get("type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def vrid(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#vrid Nsip#vrid}.'''
        result = self._values.get("vrid")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def vserver(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#vserver Nsip#vserver}.'''
        result = self._values.get("vserver")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def vserverrhilevel(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#vserverrhilevel Nsip#vserverrhilevel}.'''
        result = self._values.get("vserverrhilevel")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def vserverrhimode(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/nsip#vserverrhimode Nsip#vserverrhimode}.'''
        result = self._values.get("vserverrhimode")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "NsipConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "Nsip",
    "NsipConfig",
]

publication.publish()

def _typecheckingstub__2f3ae4a846f99b8b240919b8d117c1556bf8012e84da2f17e9cd038b35e7de29(
    scope: _constructs_77d1e7e8.Construct,
    id_: builtins.str,
    *,
    ipaddress: builtins.str,
    netmask: builtins.str,
    advertiseondefaultpartition: typing.Optional[builtins.str] = None,
    arp: typing.Optional[builtins.str] = None,
    arpowner: typing.Optional[jsii.Number] = None,
    arpresponse: typing.Optional[builtins.str] = None,
    bgp: typing.Optional[builtins.str] = None,
    decrementttl: typing.Optional[builtins.str] = None,
    dynamicrouting: typing.Optional[builtins.str] = None,
    ftp: typing.Optional[builtins.str] = None,
    gui: typing.Optional[builtins.str] = None,
    hostroute: typing.Optional[builtins.str] = None,
    hostrtgw: typing.Optional[builtins.str] = None,
    icmp: typing.Optional[builtins.str] = None,
    icmpresponse: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
    metric: typing.Optional[jsii.Number] = None,
    mgmtaccess: typing.Optional[builtins.str] = None,
    mptcpadvertise: typing.Optional[builtins.str] = None,
    networkroute: typing.Optional[builtins.str] = None,
    ospf: typing.Optional[builtins.str] = None,
    ospfarea: typing.Optional[jsii.Number] = None,
    ospflsatype: typing.Optional[builtins.str] = None,
    ownerdownresponse: typing.Optional[builtins.str] = None,
    ownernode: typing.Optional[jsii.Number] = None,
    restrictaccess: typing.Optional[builtins.str] = None,
    rip: typing.Optional[builtins.str] = None,
    snmp: typing.Optional[builtins.str] = None,
    ssh: typing.Optional[builtins.str] = None,
    state: typing.Optional[builtins.str] = None,
    tag: typing.Optional[jsii.Number] = None,
    td: typing.Optional[jsii.Number] = None,
    telnet: typing.Optional[builtins.str] = None,
    type: typing.Optional[builtins.str] = None,
    vrid: typing.Optional[jsii.Number] = None,
    vserver: typing.Optional[builtins.str] = None,
    vserverrhilevel: typing.Optional[builtins.str] = None,
    vserverrhimode: typing.Optional[builtins.str] = None,
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

def _typecheckingstub__4861075e4be9d79fa2acf0e9eb1e556d127592a8a8c7d52ab03e00b307f2f32e(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6e496830b762ecaa1c5d7c770a682c182b5f84abbc8501d9f71e62758a2e85fc(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cf3f423cda239130a6c152e1ecbf9bcfbe48133c6e8cd6860f01b383379869b7(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dadb0d90abc57d0c7e661ca8b0e2199f174789d139be48ac2a321906a95d762d(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__37d45dc74a93eec0dae723509422b7a1e33135c642ecb5d010f515ab7299b78e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__81dd7b1806d4916d707d4c4ab18781a111394f17655e792809e3a55d4ba9c5b2(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d7ae63255b26bb83ba401c09a725a0d6bdb1071d857d564257588fe5a4631941(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1a7a6e7dc50cd37a108b9cecb2543ffa1ba7b730f047a6748f9af9630a537c97(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a12b296127b9813f1640b9134145ffa891927302627fc856f9089da38840892e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__71752b76a15816fcdd027e6bf260f4b0b50f29e89593f9a14ae8563000e72d50(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__24eb74bf8a499c1db4864cedd33059ea697f831d7fdaeec87a21454f6f7c47dc(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f08caea8b432ffbe25aebba2f9e30ef699cc9097b8c7d5e7501f3c00994a1b1f(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d348af05e2478a8a40c7a453f4f4297efb6e40cf5bace6e428e5e85c40789ae7(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5f5ff340ae03f389aa58740f977a9ab8ea3a09de8770151ad25f74a9fcb337ca(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__eb1f1bcca48e5b1b00f3a8f5632218afbc703cb6f84be34f23ca08d8214c5b14(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9bfdf9a3bd9b4769c65dc4be432807979fac8a35ae8dd839f4cad194a52b7b2f(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d2b2040bcb5db687bb13b3a6e3a7f756885b21fa293997a42f55b69908e5afe3(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bada76e3c469ab065e3445dbf446b249c7eb599314e51f114929a5288e63dd3b(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1d03977a197c745a88ad2aba9e9aaf0580612470818824a18e1d600172bc7db7(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__89fd65ab87fe09e71bfefa1860b0c5289b1642c13f689c667f9adef2b758a000(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__757360dcdc62c7e0997ce060a58d94cb2a988224dc330ac6859a25daa9d0bae0(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c9fea98116e6adfc9945b3c40ba0ec1304cd6c4f7cd3981aa84ead55644681ec(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b3f315b130bd7e7f31849129fb33005ab68651704bb55afdf02596d66dad42ff(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cc50cd1d21265a7ec64e0c94e9cbf811800f7ec8258150da3ee023a951691887(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__debc0beacacecc52cdefc4df1cf76a550d2de8cc816cf1e0b32889b6bd52d234(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f408b970f73126ef5b51a2f1b5ae4ebf2e272767a9ada692d6d4a333b7779c78(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6a47e3fd49e37dc9405ab16eac02fccd4dc0bd5118c0320a172389411c69a69c(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7566193b796227d54cbdd279646974b5b64b2d17fa51d0ea8ef5be1745c760ff(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3892e0c526dc297ee1594621df356a2402d88808a0b1b3d7e08620dd663e6bff(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1498261ff7bc2284d6e81432acb264c659fcdab8b5808ee45be81d08a6686942(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b6938c357f5366d7194247dd8a7139f004a5f9275f02e8890ed90cee2add1751(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ec315601e2b32c22a2f26ea8546c6107e72ee12e43d19c064168fbcf849d21f9(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3f73b4fb6c3fe5623d485f565693b87cdb8db42326ac2bcd1817c03c354ac48d(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5bf48f5192e16a609128e62001900a31044db5e611e4f59c138270e483627424(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1d01cf9f8e9dad28be209ab3eb6ebb19ade29bbcc8c52321ab812e64abab25a8(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2e32e405004f717271b6a0f6d24a4f02a43ae6bd48f5ffcf8282a7efeee12cad(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c3871be5966367b80d551ce0e94ebe7bf6d8e2033282299897c837bf30f60d91(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__12f6e5a298779383c0675d30595156d240d45e319e19cced152b047343a1c9ae(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0d3a3eb3c4672c4af6ce4893c568fde60dac06d46eebaed14a1800786d83c9b6(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__179622939ba14288201afe3f5dcdec4d402307c982f21b6b6df04eb273d3c69f(
    *,
    connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    ipaddress: builtins.str,
    netmask: builtins.str,
    advertiseondefaultpartition: typing.Optional[builtins.str] = None,
    arp: typing.Optional[builtins.str] = None,
    arpowner: typing.Optional[jsii.Number] = None,
    arpresponse: typing.Optional[builtins.str] = None,
    bgp: typing.Optional[builtins.str] = None,
    decrementttl: typing.Optional[builtins.str] = None,
    dynamicrouting: typing.Optional[builtins.str] = None,
    ftp: typing.Optional[builtins.str] = None,
    gui: typing.Optional[builtins.str] = None,
    hostroute: typing.Optional[builtins.str] = None,
    hostrtgw: typing.Optional[builtins.str] = None,
    icmp: typing.Optional[builtins.str] = None,
    icmpresponse: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
    metric: typing.Optional[jsii.Number] = None,
    mgmtaccess: typing.Optional[builtins.str] = None,
    mptcpadvertise: typing.Optional[builtins.str] = None,
    networkroute: typing.Optional[builtins.str] = None,
    ospf: typing.Optional[builtins.str] = None,
    ospfarea: typing.Optional[jsii.Number] = None,
    ospflsatype: typing.Optional[builtins.str] = None,
    ownerdownresponse: typing.Optional[builtins.str] = None,
    ownernode: typing.Optional[jsii.Number] = None,
    restrictaccess: typing.Optional[builtins.str] = None,
    rip: typing.Optional[builtins.str] = None,
    snmp: typing.Optional[builtins.str] = None,
    ssh: typing.Optional[builtins.str] = None,
    state: typing.Optional[builtins.str] = None,
    tag: typing.Optional[jsii.Number] = None,
    td: typing.Optional[jsii.Number] = None,
    telnet: typing.Optional[builtins.str] = None,
    type: typing.Optional[builtins.str] = None,
    vrid: typing.Optional[jsii.Number] = None,
    vserver: typing.Optional[builtins.str] = None,
    vserverrhilevel: typing.Optional[builtins.str] = None,
    vserverrhimode: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass
