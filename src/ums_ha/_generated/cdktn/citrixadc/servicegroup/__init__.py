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

import cdktn as _cdktn_78ede62e
import constructs as _constructs_77d1e7e8


class Servicegroup(
    _cdktn_78ede62e.TerraformResource,
    metaclass=jsii.JSIIMeta,
    jsii_type="citrixadc.servicegroup.Servicegroup",
):
    '''Represents a {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup citrixadc_servicegroup}.'''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id_: builtins.str,
        *,
        clttimeout: typing.Optional[jsii.Number] = None,
        id: typing.Optional[builtins.str] = None,
        servicegroupname: typing.Optional[builtins.str] = None,
        servicetype: typing.Optional[builtins.str] = None,
        svrtimeout: typing.Optional[jsii.Number] = None,
        usip: typing.Optional[builtins.str] = None,
        connection: typing.Optional[typing.Union[typing.Union["_cdktn_78ede62e.SSHProvisionerConnection", typing.Dict[builtins.str, typing.Any]], typing.Union["_cdktn_78ede62e.WinrmProvisionerConnection", typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, "_cdktn_78ede62e.TerraformCount"]] = None,
        depends_on: typing.Optional[typing.Sequence["_cdktn_78ede62e.ITerraformDependable"]] = None,
        for_each: typing.Optional["_cdktn_78ede62e.ITerraformIterator"] = None,
        lifecycle: typing.Optional[typing.Union["_cdktn_78ede62e.TerraformResourceLifecycle", typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional["_cdktn_78ede62e.TerraformProvider"] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union["_cdktn_78ede62e.FileProvisioner", typing.Dict[builtins.str, typing.Any]], typing.Union["_cdktn_78ede62e.LocalExecProvisioner", typing.Dict[builtins.str, typing.Any]], typing.Union["_cdktn_78ede62e.RemoteExecProvisioner", typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''Create a new {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup citrixadc_servicegroup} Resource.

        :param scope: The scope in which to define this construct.
        :param id_: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param clttimeout: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#clttimeout Servicegroup#clttimeout}.
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#id Servicegroup#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param servicegroupname: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#servicegroupname Servicegroup#servicegroupname}.
        :param servicetype: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#servicetype Servicegroup#servicetype}.
        :param svrtimeout: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#svrtimeout Servicegroup#svrtimeout}.
        :param usip: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#usip Servicegroup#usip}.
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
            clttimeout=clttimeout,
            id=id,
            servicegroupname=servicegroupname,
            servicetype=servicetype,
            svrtimeout=svrtimeout,
            usip=usip,
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
        scope: "_constructs_77d1e7e8.Construct",
        import_to_id: builtins.str,
        import_from_id: builtins.str,
        provider: typing.Optional["_cdktn_78ede62e.TerraformProvider"] = None,
    ) -> "_cdktn_78ede62e.ImportableResource":
        '''Generates CDKTN code for importing a Servicegroup resource upon running "cdktn plan ".

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
        return typing.cast("_cdktn_78ede62e.ImportableResource", jsii.sinvoke(cls, "generateConfigForImport", [scope, import_to_id, import_from_id, provider]))

    @jsii.member(jsii_name="resetClttimeout")
    def reset_clttimeout(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetClttimeout", []))

    @jsii.member(jsii_name="resetId")
    def reset_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetId", []))

    @jsii.member(jsii_name="resetServicegroupname")
    def reset_servicegroupname(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetServicegroupname", []))

    @jsii.member(jsii_name="resetServicetype")
    def reset_servicetype(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetServicetype", []))

    @jsii.member(jsii_name="resetSvrtimeout")
    def reset_svrtimeout(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSvrtimeout", []))

    @jsii.member(jsii_name="resetUsip")
    def reset_usip(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetUsip", []))

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
    @jsii.member(jsii_name="clttimeoutInput")
    def clttimeout_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "clttimeoutInput"))

    @builtins.property
    @jsii.member(jsii_name="idInput")
    def id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "idInput"))

    @builtins.property
    @jsii.member(jsii_name="servicegroupnameInput")
    def servicegroupname_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "servicegroupnameInput"))

    @builtins.property
    @jsii.member(jsii_name="servicetypeInput")
    def servicetype_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "servicetypeInput"))

    @builtins.property
    @jsii.member(jsii_name="svrtimeoutInput")
    def svrtimeout_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "svrtimeoutInput"))

    @builtins.property
    @jsii.member(jsii_name="usipInput")
    def usip_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "usipInput"))

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
    @jsii.member(jsii_name="usip")
    def usip(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "usip"))

    @usip.setter
    def usip(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2c4d1df2be4fe02e7f10e0d9875861a714b9f21a1e5414e6f2f7eab45b839117)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "usip", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="citrixadc.servicegroup.ServicegroupConfig",
    jsii_struct_bases=[_cdktn_78ede62e.TerraformMetaArguments],
    name_mapping={
        "connection": "connection",
        "count": "count",
        "depends_on": "dependsOn",
        "for_each": "forEach",
        "lifecycle": "lifecycle",
        "provider": "provider",
        "provisioners": "provisioners",
        "clttimeout": "clttimeout",
        "id": "id",
        "servicegroupname": "servicegroupname",
        "servicetype": "servicetype",
        "svrtimeout": "svrtimeout",
        "usip": "usip",
    },
)
class ServicegroupConfig(_cdktn_78ede62e.TerraformMetaArguments):
    def __init__(
        self,
        *,
        connection: typing.Optional[typing.Union[typing.Union["_cdktn_78ede62e.SSHProvisionerConnection", typing.Dict[builtins.str, typing.Any]], typing.Union["_cdktn_78ede62e.WinrmProvisionerConnection", typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, "_cdktn_78ede62e.TerraformCount"]] = None,
        depends_on: typing.Optional[typing.Sequence["_cdktn_78ede62e.ITerraformDependable"]] = None,
        for_each: typing.Optional["_cdktn_78ede62e.ITerraformIterator"] = None,
        lifecycle: typing.Optional[typing.Union["_cdktn_78ede62e.TerraformResourceLifecycle", typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional["_cdktn_78ede62e.TerraformProvider"] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union["_cdktn_78ede62e.FileProvisioner", typing.Dict[builtins.str, typing.Any]], typing.Union["_cdktn_78ede62e.LocalExecProvisioner", typing.Dict[builtins.str, typing.Any]], typing.Union["_cdktn_78ede62e.RemoteExecProvisioner", typing.Dict[builtins.str, typing.Any]]]]] = None,
        clttimeout: typing.Optional[jsii.Number] = None,
        id: typing.Optional[builtins.str] = None,
        servicegroupname: typing.Optional[builtins.str] = None,
        servicetype: typing.Optional[builtins.str] = None,
        svrtimeout: typing.Optional[jsii.Number] = None,
        usip: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        :param clttimeout: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#clttimeout Servicegroup#clttimeout}.
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#id Servicegroup#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param servicegroupname: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#servicegroupname Servicegroup#servicegroupname}.
        :param servicetype: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#servicetype Servicegroup#servicetype}.
        :param svrtimeout: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#svrtimeout Servicegroup#svrtimeout}.
        :param usip: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#usip Servicegroup#usip}.
        '''
        if isinstance(lifecycle, dict):
            lifecycle = _cdktn_78ede62e.TerraformResourceLifecycle(**lifecycle)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b2ec792a4637612501fca395683ffe4d1def92e2b8bd7fdefe261bc23d5f9e35)
            check_type(argname="argument connection", value=connection, expected_type=type_hints["connection"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument depends_on", value=depends_on, expected_type=type_hints["depends_on"])
            check_type(argname="argument for_each", value=for_each, expected_type=type_hints["for_each"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument provisioners", value=provisioners, expected_type=type_hints["provisioners"])
            check_type(argname="argument clttimeout", value=clttimeout, expected_type=type_hints["clttimeout"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument servicegroupname", value=servicegroupname, expected_type=type_hints["servicegroupname"])
            check_type(argname="argument servicetype", value=servicetype, expected_type=type_hints["servicetype"])
            check_type(argname="argument svrtimeout", value=svrtimeout, expected_type=type_hints["svrtimeout"])
            check_type(argname="argument usip", value=usip, expected_type=type_hints["usip"])
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
        if clttimeout is not None:
            self._values["clttimeout"] = clttimeout
        if id is not None:
            self._values["id"] = id
        if servicegroupname is not None:
            self._values["servicegroupname"] = servicegroupname
        if servicetype is not None:
            self._values["servicetype"] = servicetype
        if svrtimeout is not None:
            self._values["svrtimeout"] = svrtimeout
        if usip is not None:
            self._values["usip"] = usip

    @builtins.property
    def connection(
        self,
    ) -> typing.Optional[typing.Union["_cdktn_78ede62e.SSHProvisionerConnection", "_cdktn_78ede62e.WinrmProvisionerConnection"]]:
        '''
        :stability: experimental
        '''
        result = self._values.get("connection")
        return typing.cast(typing.Optional[typing.Union["_cdktn_78ede62e.SSHProvisionerConnection", "_cdktn_78ede62e.WinrmProvisionerConnection"]], result)

    @builtins.property
    def count(
        self,
    ) -> typing.Optional[typing.Union[jsii.Number, "_cdktn_78ede62e.TerraformCount"]]:
        '''
        :stability: experimental
        '''
        result = self._values.get("count")
        return typing.cast(typing.Optional[typing.Union[jsii.Number, "_cdktn_78ede62e.TerraformCount"]], result)

    @builtins.property
    def depends_on(
        self,
    ) -> typing.Optional[typing.List["_cdktn_78ede62e.ITerraformDependable"]]:
        '''
        :stability: experimental
        '''
        result = self._values.get("depends_on")
        return typing.cast(typing.Optional[typing.List["_cdktn_78ede62e.ITerraformDependable"]], result)

    @builtins.property
    def for_each(self) -> typing.Optional["_cdktn_78ede62e.ITerraformIterator"]:
        '''
        :stability: experimental
        '''
        result = self._values.get("for_each")
        return typing.cast(typing.Optional["_cdktn_78ede62e.ITerraformIterator"], result)

    @builtins.property
    def lifecycle(
        self,
    ) -> typing.Optional["_cdktn_78ede62e.TerraformResourceLifecycle"]:
        '''
        :stability: experimental
        '''
        result = self._values.get("lifecycle")
        return typing.cast(typing.Optional["_cdktn_78ede62e.TerraformResourceLifecycle"], result)

    @builtins.property
    def provider(self) -> typing.Optional["_cdktn_78ede62e.TerraformProvider"]:
        '''
        :stability: experimental
        '''
        result = self._values.get("provider")
        return typing.cast(typing.Optional["_cdktn_78ede62e.TerraformProvider"], result)

    @builtins.property
    def provisioners(
        self,
    ) -> typing.Optional[typing.List[typing.Union["_cdktn_78ede62e.FileProvisioner", "_cdktn_78ede62e.LocalExecProvisioner", "_cdktn_78ede62e.RemoteExecProvisioner"]]]:
        '''
        :stability: experimental
        '''
        result = self._values.get("provisioners")
        return typing.cast(typing.Optional[typing.List[typing.Union["_cdktn_78ede62e.FileProvisioner", "_cdktn_78ede62e.LocalExecProvisioner", "_cdktn_78ede62e.RemoteExecProvisioner"]]], result)

    @builtins.property
    def clttimeout(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#clttimeout Servicegroup#clttimeout}.'''
        result = self._values.get("clttimeout")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#id Servicegroup#id}.

        Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
        If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

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
    def svrtimeout(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#svrtimeout Servicegroup#svrtimeout}.'''
        result = self._values.get("svrtimeout")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def usip(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/citrix/citrixadc/2.2.2/docs/resources/servicegroup#usip Servicegroup#usip}.'''
        result = self._values.get("usip")
        return typing.cast(typing.Optional[builtins.str], result)

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
    clttimeout: typing.Optional[jsii.Number] = None,
    id: typing.Optional[builtins.str] = None,
    servicegroupname: typing.Optional[builtins.str] = None,
    servicetype: typing.Optional[builtins.str] = None,
    svrtimeout: typing.Optional[jsii.Number] = None,
    usip: typing.Optional[builtins.str] = None,
    connection: typing.Optional[typing.Union[typing.Union[_cdktn_78ede62e.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktn_78ede62e.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktn_78ede62e.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktn_78ede62e.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktn_78ede62e.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktn_78ede62e.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktn_78ede62e.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktn_78ede62e.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktn_78ede62e.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktn_78ede62e.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__216d6cef6a29be92da14db75b0ce88282814b26c61837ece2c5a1fca3531bd8b(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktn_78ede62e.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8fbc6f90031cc80a2efd6441b995d05a804ecec8a6af412ce862b138f65364b4(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0ec459e66e437b08990db42b3ecced4cacfdf4a511b6dc8513905878db9dd95f(
    value: builtins.str,
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

def _typecheckingstub__c1d24682ddca12ca0238cfcde8d7924cf718042d03062974424b7c8f14520391(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2c4d1df2be4fe02e7f10e0d9875861a714b9f21a1e5414e6f2f7eab45b839117(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b2ec792a4637612501fca395683ffe4d1def92e2b8bd7fdefe261bc23d5f9e35(
    *,
    connection: typing.Optional[typing.Union[typing.Union[_cdktn_78ede62e.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktn_78ede62e.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktn_78ede62e.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktn_78ede62e.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktn_78ede62e.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktn_78ede62e.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktn_78ede62e.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktn_78ede62e.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktn_78ede62e.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktn_78ede62e.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    clttimeout: typing.Optional[jsii.Number] = None,
    id: typing.Optional[builtins.str] = None,
    servicegroupname: typing.Optional[builtins.str] = None,
    servicetype: typing.Optional[builtins.str] = None,
    svrtimeout: typing.Optional[jsii.Number] = None,
    usip: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass
