r'''
# `mssql_database`

Refer to the Terraform Registry for docs: [`mssql_database`](https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database).
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


class Database(
    _cdktn_78ede62e.TerraformResource,
    metaclass=jsii.JSIIMeta,
    jsii_type="mssql.database.Database",
):
    '''Represents a {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database mssql_database}.'''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id_: builtins.str,
        *,
        database_name: builtins.str,
        server: typing.Union["DatabaseServer", typing.Dict[builtins.str, typing.Any]],
        collation: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        connection: typing.Optional[typing.Union[typing.Union["_cdktn_78ede62e.SSHProvisionerConnection", typing.Dict[builtins.str, typing.Any]], typing.Union["_cdktn_78ede62e.WinrmProvisionerConnection", typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, "_cdktn_78ede62e.TerraformCount"]] = None,
        depends_on: typing.Optional[typing.Sequence["_cdktn_78ede62e.ITerraformDependable"]] = None,
        for_each: typing.Optional["_cdktn_78ede62e.ITerraformIterator"] = None,
        lifecycle: typing.Optional[typing.Union["_cdktn_78ede62e.TerraformResourceLifecycle", typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional["_cdktn_78ede62e.TerraformProvider"] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union["_cdktn_78ede62e.FileProvisioner", typing.Dict[builtins.str, typing.Any]], typing.Union["_cdktn_78ede62e.LocalExecProvisioner", typing.Dict[builtins.str, typing.Any]], typing.Union["_cdktn_78ede62e.RemoteExecProvisioner", typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''Create a new {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database mssql_database} Resource.

        :param scope: The scope in which to define this construct.
        :param id_: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param database_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database#database_name Database#database_name}.
        :param server: server block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database#server Database#server}
        :param collation: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database#collation Database#collation}.
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database#id Database#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a4eb39c8970d43d1f1030aeefdd7b6dbddb194385c694b55f6efe9f671410d3b)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id_", value=id_, expected_type=type_hints["id_"])
        config = DatabaseConfig(
            database_name=database_name,
            server=server,
            collation=collation,
            id=id,
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
        '''Generates CDKTN code for importing a Database resource upon running "cdktn plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the Database to import.
        :param import_from_id: The id of the existing Database that should be imported. Refer to the {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the Database to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__85a31a79ffe7d935c91ed9bb4b5e24f339f54dcdcf9fcaed39f4b483db26caf5)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument import_to_id", value=import_to_id, expected_type=type_hints["import_to_id"])
            check_type(argname="argument import_from_id", value=import_from_id, expected_type=type_hints["import_from_id"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
        return typing.cast("_cdktn_78ede62e.ImportableResource", jsii.sinvoke(cls, "generateConfigForImport", [scope, import_to_id, import_from_id, provider]))

    @jsii.member(jsii_name="putServer")
    def put_server(
        self,
        *,
        host: builtins.str,
        azuread_default_chain_auth: typing.Optional[typing.Union["DatabaseServerAzureadDefaultChainAuth", typing.Dict[builtins.str, typing.Any]]] = None,
        azuread_managed_identity_auth: typing.Optional[typing.Union["DatabaseServerAzureadManagedIdentityAuth", typing.Dict[builtins.str, typing.Any]]] = None,
        azure_login: typing.Optional[typing.Union["DatabaseServerAzureLogin", typing.Dict[builtins.str, typing.Any]]] = None,
        login: typing.Optional[typing.Union["DatabaseServerLogin", typing.Dict[builtins.str, typing.Any]]] = None,
        port: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param host: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database#host Database#host}.
        :param azuread_default_chain_auth: azuread_default_chain_auth block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database#azuread_default_chain_auth Database#azuread_default_chain_auth}
        :param azuread_managed_identity_auth: azuread_managed_identity_auth block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database#azuread_managed_identity_auth Database#azuread_managed_identity_auth}
        :param azure_login: azure_login block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database#azure_login Database#azure_login}
        :param login: login block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database#login Database#login}
        :param port: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database#port Database#port}.
        '''
        value = DatabaseServer(
            host=host,
            azuread_default_chain_auth=azuread_default_chain_auth,
            azuread_managed_identity_auth=azuread_managed_identity_auth,
            azure_login=azure_login,
            login=login,
            port=port,
        )

        return typing.cast(None, jsii.invoke(self, "putServer", [value]))

    @jsii.member(jsii_name="resetCollation")
    def reset_collation(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCollation", []))

    @jsii.member(jsii_name="resetId")
    def reset_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetId", []))

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
    @jsii.member(jsii_name="server")
    def server(self) -> "DatabaseServerOutputReference":
        return typing.cast("DatabaseServerOutputReference", jsii.get(self, "server"))

    @builtins.property
    @jsii.member(jsii_name="collationInput")
    def collation_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "collationInput"))

    @builtins.property
    @jsii.member(jsii_name="databaseNameInput")
    def database_name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "databaseNameInput"))

    @builtins.property
    @jsii.member(jsii_name="idInput")
    def id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "idInput"))

    @builtins.property
    @jsii.member(jsii_name="serverInput")
    def server_input(self) -> typing.Optional["DatabaseServer"]:
        return typing.cast(typing.Optional["DatabaseServer"], jsii.get(self, "serverInput"))

    @builtins.property
    @jsii.member(jsii_name="collation")
    def collation(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "collation"))

    @collation.setter
    def collation(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f8494a05207ef893f633f2b3338188484e9227fe85b618d7bdb63853c523d282)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "collation", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="databaseName")
    def database_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "databaseName"))

    @database_name.setter
    def database_name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5da12a12955a3683d9b221dc5cbae6c6dacca733a80406160ad68d96e7a87888)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "databaseName", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @id.setter
    def id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__332f8469db51d66fce1d016c54e6a9f8b5d9227b8e23c9d1f972aa12f77f4cdd)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "id", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="mssql.database.DatabaseConfig",
    jsii_struct_bases=[_cdktn_78ede62e.TerraformMetaArguments],
    name_mapping={
        "connection": "connection",
        "count": "count",
        "depends_on": "dependsOn",
        "for_each": "forEach",
        "lifecycle": "lifecycle",
        "provider": "provider",
        "provisioners": "provisioners",
        "database_name": "databaseName",
        "server": "server",
        "collation": "collation",
        "id": "id",
    },
)
class DatabaseConfig(_cdktn_78ede62e.TerraformMetaArguments):
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
        database_name: builtins.str,
        server: typing.Union["DatabaseServer", typing.Dict[builtins.str, typing.Any]],
        collation: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        :param database_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database#database_name Database#database_name}.
        :param server: server block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database#server Database#server}
        :param collation: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database#collation Database#collation}.
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database#id Database#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        if isinstance(lifecycle, dict):
            lifecycle = _cdktn_78ede62e.TerraformResourceLifecycle(**lifecycle)
        if isinstance(server, dict):
            server = DatabaseServer(**server)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b05486f118787f228c59e5fd4badf2060a6a1747c24c288bca240df451a6f5e8)
            check_type(argname="argument connection", value=connection, expected_type=type_hints["connection"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument depends_on", value=depends_on, expected_type=type_hints["depends_on"])
            check_type(argname="argument for_each", value=for_each, expected_type=type_hints["for_each"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument provisioners", value=provisioners, expected_type=type_hints["provisioners"])
            check_type(argname="argument database_name", value=database_name, expected_type=type_hints["database_name"])
            check_type(argname="argument server", value=server, expected_type=type_hints["server"])
            check_type(argname="argument collation", value=collation, expected_type=type_hints["collation"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "database_name": database_name,
            "server": server,
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
        if collation is not None:
            self._values["collation"] = collation
        if id is not None:
            self._values["id"] = id

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
    def database_name(self) -> builtins.str:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database#database_name Database#database_name}.'''
        result = self._values.get("database_name")
        assert result is not None, "Required property 'database_name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def server(self) -> "DatabaseServer":
        '''server block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database#server Database#server}
        '''
        result = self._values.get("server")
        assert result is not None, "Required property 'server' is missing"
        return typing.cast("DatabaseServer", result)

    @builtins.property
    def collation(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database#collation Database#collation}.'''
        result = self._values.get("collation")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database#id Database#id}.

        Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
        If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DatabaseConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mssql.database.DatabaseServer",
    jsii_struct_bases=[],
    name_mapping={
        "host": "host",
        "azuread_default_chain_auth": "azureadDefaultChainAuth",
        "azuread_managed_identity_auth": "azureadManagedIdentityAuth",
        "azure_login": "azureLogin",
        "login": "login",
        "port": "port",
    },
)
class DatabaseServer:
    def __init__(
        self,
        *,
        host: builtins.str,
        azuread_default_chain_auth: typing.Optional[typing.Union["DatabaseServerAzureadDefaultChainAuth", typing.Dict[builtins.str, typing.Any]]] = None,
        azuread_managed_identity_auth: typing.Optional[typing.Union["DatabaseServerAzureadManagedIdentityAuth", typing.Dict[builtins.str, typing.Any]]] = None,
        azure_login: typing.Optional[typing.Union["DatabaseServerAzureLogin", typing.Dict[builtins.str, typing.Any]]] = None,
        login: typing.Optional[typing.Union["DatabaseServerLogin", typing.Dict[builtins.str, typing.Any]]] = None,
        port: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param host: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database#host Database#host}.
        :param azuread_default_chain_auth: azuread_default_chain_auth block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database#azuread_default_chain_auth Database#azuread_default_chain_auth}
        :param azuread_managed_identity_auth: azuread_managed_identity_auth block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database#azuread_managed_identity_auth Database#azuread_managed_identity_auth}
        :param azure_login: azure_login block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database#azure_login Database#azure_login}
        :param login: login block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database#login Database#login}
        :param port: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database#port Database#port}.
        '''
        if isinstance(azuread_default_chain_auth, dict):
            azuread_default_chain_auth = DatabaseServerAzureadDefaultChainAuth(**azuread_default_chain_auth)
        if isinstance(azuread_managed_identity_auth, dict):
            azuread_managed_identity_auth = DatabaseServerAzureadManagedIdentityAuth(**azuread_managed_identity_auth)
        if isinstance(azure_login, dict):
            azure_login = DatabaseServerAzureLogin(**azure_login)
        if isinstance(login, dict):
            login = DatabaseServerLogin(**login)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e9431be24e8a8952a2f5182045b29bd37d6ea50077209f1a3be29ae76af31574)
            check_type(argname="argument host", value=host, expected_type=type_hints["host"])
            check_type(argname="argument azuread_default_chain_auth", value=azuread_default_chain_auth, expected_type=type_hints["azuread_default_chain_auth"])
            check_type(argname="argument azuread_managed_identity_auth", value=azuread_managed_identity_auth, expected_type=type_hints["azuread_managed_identity_auth"])
            check_type(argname="argument azure_login", value=azure_login, expected_type=type_hints["azure_login"])
            check_type(argname="argument login", value=login, expected_type=type_hints["login"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "host": host,
        }
        if azuread_default_chain_auth is not None:
            self._values["azuread_default_chain_auth"] = azuread_default_chain_auth
        if azuread_managed_identity_auth is not None:
            self._values["azuread_managed_identity_auth"] = azuread_managed_identity_auth
        if azure_login is not None:
            self._values["azure_login"] = azure_login
        if login is not None:
            self._values["login"] = login
        if port is not None:
            self._values["port"] = port

    @builtins.property
    def host(self) -> builtins.str:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database#host Database#host}.'''
        result = self._values.get("host")
        assert result is not None, "Required property 'host' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def azuread_default_chain_auth(
        self,
    ) -> typing.Optional["DatabaseServerAzureadDefaultChainAuth"]:
        '''azuread_default_chain_auth block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database#azuread_default_chain_auth Database#azuread_default_chain_auth}
        '''
        result = self._values.get("azuread_default_chain_auth")
        return typing.cast(typing.Optional["DatabaseServerAzureadDefaultChainAuth"], result)

    @builtins.property
    def azuread_managed_identity_auth(
        self,
    ) -> typing.Optional["DatabaseServerAzureadManagedIdentityAuth"]:
        '''azuread_managed_identity_auth block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database#azuread_managed_identity_auth Database#azuread_managed_identity_auth}
        '''
        result = self._values.get("azuread_managed_identity_auth")
        return typing.cast(typing.Optional["DatabaseServerAzureadManagedIdentityAuth"], result)

    @builtins.property
    def azure_login(self) -> typing.Optional["DatabaseServerAzureLogin"]:
        '''azure_login block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database#azure_login Database#azure_login}
        '''
        result = self._values.get("azure_login")
        return typing.cast(typing.Optional["DatabaseServerAzureLogin"], result)

    @builtins.property
    def login(self) -> typing.Optional["DatabaseServerLogin"]:
        '''login block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database#login Database#login}
        '''
        result = self._values.get("login")
        return typing.cast(typing.Optional["DatabaseServerLogin"], result)

    @builtins.property
    def port(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database#port Database#port}.'''
        result = self._values.get("port")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DatabaseServer(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mssql.database.DatabaseServerAzureLogin",
    jsii_struct_bases=[],
    name_mapping={
        "client_id": "clientId",
        "client_secret": "clientSecret",
        "tenant_id": "tenantId",
    },
)
class DatabaseServerAzureLogin:
    def __init__(
        self,
        *,
        client_id: builtins.str,
        client_secret: builtins.str,
        tenant_id: builtins.str,
    ) -> None:
        '''
        :param client_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database#client_id Database#client_id}.
        :param client_secret: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database#client_secret Database#client_secret}.
        :param tenant_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database#tenant_id Database#tenant_id}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ba5644e23a9b81ffe2aece621a7db1c63e3e0f400cbd3ffc495d0a9675d0a89d)
            check_type(argname="argument client_id", value=client_id, expected_type=type_hints["client_id"])
            check_type(argname="argument client_secret", value=client_secret, expected_type=type_hints["client_secret"])
            check_type(argname="argument tenant_id", value=tenant_id, expected_type=type_hints["tenant_id"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "client_id": client_id,
            "client_secret": client_secret,
            "tenant_id": tenant_id,
        }

    @builtins.property
    def client_id(self) -> builtins.str:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database#client_id Database#client_id}.'''
        result = self._values.get("client_id")
        assert result is not None, "Required property 'client_id' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def client_secret(self) -> builtins.str:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database#client_secret Database#client_secret}.'''
        result = self._values.get("client_secret")
        assert result is not None, "Required property 'client_secret' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def tenant_id(self) -> builtins.str:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database#tenant_id Database#tenant_id}.'''
        result = self._values.get("tenant_id")
        assert result is not None, "Required property 'tenant_id' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DatabaseServerAzureLogin(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class DatabaseServerAzureLoginOutputReference(
    _cdktn_78ede62e.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="mssql.database.DatabaseServerAzureLoginOutputReference",
):
    def __init__(
        self,
        terraform_resource: "_cdktn_78ede62e.IInterpolatingParent",
        terraform_attribute: builtins.str,
    ) -> None:
        '''
        :param terraform_resource: The parent resource.
        :param terraform_attribute: The attribute on the parent resource this class is referencing.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__55d1ed9b665ec008d12b54b3e2e9554c1d3e417bfde6127fd4c1bab73287d91a)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @builtins.property
    @jsii.member(jsii_name="clientIdInput")
    def client_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "clientIdInput"))

    @builtins.property
    @jsii.member(jsii_name="clientSecretInput")
    def client_secret_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "clientSecretInput"))

    @builtins.property
    @jsii.member(jsii_name="tenantIdInput")
    def tenant_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "tenantIdInput"))

    @builtins.property
    @jsii.member(jsii_name="clientId")
    def client_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "clientId"))

    @client_id.setter
    def client_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a0432cfec26cce3180af1f802416f2a45b8ee1dba279b886d7192abdbfab1b21)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "clientId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="clientSecret")
    def client_secret(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "clientSecret"))

    @client_secret.setter
    def client_secret(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__87c692bf829b338c7ef80345f447e8cde182bb1d9013b03d91eebceba58f930e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "clientSecret", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="tenantId")
    def tenant_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "tenantId"))

    @tenant_id.setter
    def tenant_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3ae9049f24991d574540a411a7faec5431522987f4e8724b8f4e3e6d4100fdec)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "tenantId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(self) -> typing.Optional["DatabaseServerAzureLogin"]:
        return typing.cast(typing.Optional["DatabaseServerAzureLogin"], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional["DatabaseServerAzureLogin"],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3535a45222d19a60994e168d234b7e5b98d7ee24462c9e94792de11e9cee97ae)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="mssql.database.DatabaseServerAzureadDefaultChainAuth",
    jsii_struct_bases=[],
    name_mapping={"use_oidc": "useOidc"},
)
class DatabaseServerAzureadDefaultChainAuth:
    def __init__(
        self,
        *,
        use_oidc: typing.Optional[typing.Union[builtins.bool, "_cdktn_78ede62e.IResolvable"]] = None,
    ) -> None:
        '''
        :param use_oidc: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database#use_oidc Database#use_oidc}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4fad91ed827c1cf1d2e2110bbb74a37e2d81dfbedef1f1799c5f6bbd2eaddde1)
            check_type(argname="argument use_oidc", value=use_oidc, expected_type=type_hints["use_oidc"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if use_oidc is not None:
            self._values["use_oidc"] = use_oidc

    @builtins.property
    def use_oidc(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, "_cdktn_78ede62e.IResolvable"]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database#use_oidc Database#use_oidc}.'''
        result = self._values.get("use_oidc")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, "_cdktn_78ede62e.IResolvable"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DatabaseServerAzureadDefaultChainAuth(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class DatabaseServerAzureadDefaultChainAuthOutputReference(
    _cdktn_78ede62e.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="mssql.database.DatabaseServerAzureadDefaultChainAuthOutputReference",
):
    def __init__(
        self,
        terraform_resource: "_cdktn_78ede62e.IInterpolatingParent",
        terraform_attribute: builtins.str,
    ) -> None:
        '''
        :param terraform_resource: The parent resource.
        :param terraform_attribute: The attribute on the parent resource this class is referencing.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f657d4bee159fbcda3993ad48ac0c5b12e0dd5ecf0f2795a40dcf2028f1aded5)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @jsii.member(jsii_name="resetUseOidc")
    def reset_use_oidc(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetUseOidc", []))

    @builtins.property
    @jsii.member(jsii_name="useOidcInput")
    def use_oidc_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, "_cdktn_78ede62e.IResolvable"]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, "_cdktn_78ede62e.IResolvable"]], jsii.get(self, "useOidcInput"))

    @builtins.property
    @jsii.member(jsii_name="useOidc")
    def use_oidc(self) -> typing.Union[builtins.bool, "_cdktn_78ede62e.IResolvable"]:
        return typing.cast(typing.Union[builtins.bool, "_cdktn_78ede62e.IResolvable"], jsii.get(self, "useOidc"))

    @use_oidc.setter
    def use_oidc(
        self,
        value: typing.Union[builtins.bool, "_cdktn_78ede62e.IResolvable"],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__125d45ef920cdd3f508feba1ba9269fc9afac0e506d1087e1318b83a645367b5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "useOidc", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional["DatabaseServerAzureadDefaultChainAuth"]:
        return typing.cast(typing.Optional["DatabaseServerAzureadDefaultChainAuth"], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional["DatabaseServerAzureadDefaultChainAuth"],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__982f577eee97de1c57994cd8b90e7940838ce39867b07f85576a7bcf10d78dce)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="mssql.database.DatabaseServerAzureadManagedIdentityAuth",
    jsii_struct_bases=[],
    name_mapping={"user_id": "userId"},
)
class DatabaseServerAzureadManagedIdentityAuth:
    def __init__(self, *, user_id: typing.Optional[builtins.str] = None) -> None:
        '''
        :param user_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database#user_id Database#user_id}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__166e7ee505458e29f193b40f68a332a1d291cdccb46b5a36c871e858af7af696)
            check_type(argname="argument user_id", value=user_id, expected_type=type_hints["user_id"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if user_id is not None:
            self._values["user_id"] = user_id

    @builtins.property
    def user_id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database#user_id Database#user_id}.'''
        result = self._values.get("user_id")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DatabaseServerAzureadManagedIdentityAuth(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class DatabaseServerAzureadManagedIdentityAuthOutputReference(
    _cdktn_78ede62e.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="mssql.database.DatabaseServerAzureadManagedIdentityAuthOutputReference",
):
    def __init__(
        self,
        terraform_resource: "_cdktn_78ede62e.IInterpolatingParent",
        terraform_attribute: builtins.str,
    ) -> None:
        '''
        :param terraform_resource: The parent resource.
        :param terraform_attribute: The attribute on the parent resource this class is referencing.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__bc97bad241fe65efa50fa3ca6d19b111a00c5b905eb374a16cc8c9aeebf333ef)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @jsii.member(jsii_name="resetUserId")
    def reset_user_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetUserId", []))

    @builtins.property
    @jsii.member(jsii_name="userIdInput")
    def user_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "userIdInput"))

    @builtins.property
    @jsii.member(jsii_name="userId")
    def user_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "userId"))

    @user_id.setter
    def user_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b4793e63dfce6828c1a37d21bd781c9fe5336943bd689a57da469bedaa98c049)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "userId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional["DatabaseServerAzureadManagedIdentityAuth"]:
        return typing.cast(typing.Optional["DatabaseServerAzureadManagedIdentityAuth"], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional["DatabaseServerAzureadManagedIdentityAuth"],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6746e73c39a73d0ff1ea13bc26e8412549ffaa24f0baf15e04460382a4a19155)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="mssql.database.DatabaseServerLogin",
    jsii_struct_bases=[],
    name_mapping={"password": "password", "username": "username"},
)
class DatabaseServerLogin:
    def __init__(
        self,
        *,
        password: typing.Optional[builtins.str] = None,
        username: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param password: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database#password Database#password}.
        :param username: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database#username Database#username}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ce071335c17588b99355e25050f9b3e44cdc29a91abce6ca8ec1356d2e89fc51)
            check_type(argname="argument password", value=password, expected_type=type_hints["password"])
            check_type(argname="argument username", value=username, expected_type=type_hints["username"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if password is not None:
            self._values["password"] = password
        if username is not None:
            self._values["username"] = username

    @builtins.property
    def password(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database#password Database#password}.'''
        result = self._values.get("password")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def username(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database#username Database#username}.'''
        result = self._values.get("username")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DatabaseServerLogin(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class DatabaseServerLoginOutputReference(
    _cdktn_78ede62e.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="mssql.database.DatabaseServerLoginOutputReference",
):
    def __init__(
        self,
        terraform_resource: "_cdktn_78ede62e.IInterpolatingParent",
        terraform_attribute: builtins.str,
    ) -> None:
        '''
        :param terraform_resource: The parent resource.
        :param terraform_attribute: The attribute on the parent resource this class is referencing.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4a20ca1386cf9cc8c6ffaaec73fb26273bd71288746262d4839b5ba007935c56)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @jsii.member(jsii_name="resetPassword")
    def reset_password(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPassword", []))

    @jsii.member(jsii_name="resetUsername")
    def reset_username(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetUsername", []))

    @builtins.property
    @jsii.member(jsii_name="passwordInput")
    def password_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "passwordInput"))

    @builtins.property
    @jsii.member(jsii_name="usernameInput")
    def username_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "usernameInput"))

    @builtins.property
    @jsii.member(jsii_name="password")
    def password(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "password"))

    @password.setter
    def password(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ed1767ee1eb34970a4bcca9c0c030a1e65363583fd6c71f604641eca129295a9)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "password", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="username")
    def username(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "username"))

    @username.setter
    def username(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c790447ff611ec013e930f157436418d2c51f30e45870776b47b10c300f41ec4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "username", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(self) -> typing.Optional["DatabaseServerLogin"]:
        return typing.cast(typing.Optional["DatabaseServerLogin"], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(self, value: typing.Optional["DatabaseServerLogin"]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5bba32833f7359ee8351e13c29e7ee9b403c00142f5e77869e7b7ad2080ade3b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class DatabaseServerOutputReference(
    _cdktn_78ede62e.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="mssql.database.DatabaseServerOutputReference",
):
    def __init__(
        self,
        terraform_resource: "_cdktn_78ede62e.IInterpolatingParent",
        terraform_attribute: builtins.str,
    ) -> None:
        '''
        :param terraform_resource: The parent resource.
        :param terraform_attribute: The attribute on the parent resource this class is referencing.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__840cc31c0a1b3fca9a72ea1510be1ee30033f6acbaf4006ffbdce4ece0fcdbb8)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @jsii.member(jsii_name="putAzureadDefaultChainAuth")
    def put_azuread_default_chain_auth(
        self,
        *,
        use_oidc: typing.Optional[typing.Union[builtins.bool, "_cdktn_78ede62e.IResolvable"]] = None,
    ) -> None:
        '''
        :param use_oidc: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database#use_oidc Database#use_oidc}.
        '''
        value = DatabaseServerAzureadDefaultChainAuth(use_oidc=use_oidc)

        return typing.cast(None, jsii.invoke(self, "putAzureadDefaultChainAuth", [value]))

    @jsii.member(jsii_name="putAzureadManagedIdentityAuth")
    def put_azuread_managed_identity_auth(
        self,
        *,
        user_id: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param user_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database#user_id Database#user_id}.
        '''
        value = DatabaseServerAzureadManagedIdentityAuth(user_id=user_id)

        return typing.cast(None, jsii.invoke(self, "putAzureadManagedIdentityAuth", [value]))

    @jsii.member(jsii_name="putAzureLogin")
    def put_azure_login(
        self,
        *,
        client_id: builtins.str,
        client_secret: builtins.str,
        tenant_id: builtins.str,
    ) -> None:
        '''
        :param client_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database#client_id Database#client_id}.
        :param client_secret: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database#client_secret Database#client_secret}.
        :param tenant_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database#tenant_id Database#tenant_id}.
        '''
        value = DatabaseServerAzureLogin(
            client_id=client_id, client_secret=client_secret, tenant_id=tenant_id
        )

        return typing.cast(None, jsii.invoke(self, "putAzureLogin", [value]))

    @jsii.member(jsii_name="putLogin")
    def put_login(
        self,
        *,
        password: typing.Optional[builtins.str] = None,
        username: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param password: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database#password Database#password}.
        :param username: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database#username Database#username}.
        '''
        value = DatabaseServerLogin(password=password, username=username)

        return typing.cast(None, jsii.invoke(self, "putLogin", [value]))

    @jsii.member(jsii_name="resetAzureadDefaultChainAuth")
    def reset_azuread_default_chain_auth(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAzureadDefaultChainAuth", []))

    @jsii.member(jsii_name="resetAzureadManagedIdentityAuth")
    def reset_azuread_managed_identity_auth(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAzureadManagedIdentityAuth", []))

    @jsii.member(jsii_name="resetAzureLogin")
    def reset_azure_login(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAzureLogin", []))

    @jsii.member(jsii_name="resetLogin")
    def reset_login(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetLogin", []))

    @jsii.member(jsii_name="resetPort")
    def reset_port(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPort", []))

    @builtins.property
    @jsii.member(jsii_name="azureadDefaultChainAuth")
    def azuread_default_chain_auth(
        self,
    ) -> "DatabaseServerAzureadDefaultChainAuthOutputReference":
        return typing.cast("DatabaseServerAzureadDefaultChainAuthOutputReference", jsii.get(self, "azureadDefaultChainAuth"))

    @builtins.property
    @jsii.member(jsii_name="azureadManagedIdentityAuth")
    def azuread_managed_identity_auth(
        self,
    ) -> "DatabaseServerAzureadManagedIdentityAuthOutputReference":
        return typing.cast("DatabaseServerAzureadManagedIdentityAuthOutputReference", jsii.get(self, "azureadManagedIdentityAuth"))

    @builtins.property
    @jsii.member(jsii_name="azureLogin")
    def azure_login(self) -> "DatabaseServerAzureLoginOutputReference":
        return typing.cast("DatabaseServerAzureLoginOutputReference", jsii.get(self, "azureLogin"))

    @builtins.property
    @jsii.member(jsii_name="login")
    def login(self) -> "DatabaseServerLoginOutputReference":
        return typing.cast("DatabaseServerLoginOutputReference", jsii.get(self, "login"))

    @builtins.property
    @jsii.member(jsii_name="azureadDefaultChainAuthInput")
    def azuread_default_chain_auth_input(
        self,
    ) -> typing.Optional["DatabaseServerAzureadDefaultChainAuth"]:
        return typing.cast(typing.Optional["DatabaseServerAzureadDefaultChainAuth"], jsii.get(self, "azureadDefaultChainAuthInput"))

    @builtins.property
    @jsii.member(jsii_name="azureadManagedIdentityAuthInput")
    def azuread_managed_identity_auth_input(
        self,
    ) -> typing.Optional["DatabaseServerAzureadManagedIdentityAuth"]:
        return typing.cast(typing.Optional["DatabaseServerAzureadManagedIdentityAuth"], jsii.get(self, "azureadManagedIdentityAuthInput"))

    @builtins.property
    @jsii.member(jsii_name="azureLoginInput")
    def azure_login_input(self) -> typing.Optional["DatabaseServerAzureLogin"]:
        return typing.cast(typing.Optional["DatabaseServerAzureLogin"], jsii.get(self, "azureLoginInput"))

    @builtins.property
    @jsii.member(jsii_name="hostInput")
    def host_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "hostInput"))

    @builtins.property
    @jsii.member(jsii_name="loginInput")
    def login_input(self) -> typing.Optional["DatabaseServerLogin"]:
        return typing.cast(typing.Optional["DatabaseServerLogin"], jsii.get(self, "loginInput"))

    @builtins.property
    @jsii.member(jsii_name="portInput")
    def port_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "portInput"))

    @builtins.property
    @jsii.member(jsii_name="host")
    def host(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "host"))

    @host.setter
    def host(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e5214408e3fb7d0b2f912fa75c46a5cbd58b62325f6249c2f8730a3d681fdf0b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "host", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="port")
    def port(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "port"))

    @port.setter
    def port(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__03f3f1dc443d0acca3ff8fdc8cfa8e0032da245bec525c7ae4206950989347dc)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "port", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(self) -> typing.Optional["DatabaseServer"]:
        return typing.cast(typing.Optional["DatabaseServer"], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(self, value: typing.Optional["DatabaseServer"]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d986f9c6889b3e0f1428245d92909e0dc42d2cce112f76de57532528720471e0)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


__all__ = [
    "Database",
    "DatabaseConfig",
    "DatabaseServer",
    "DatabaseServerAzureLogin",
    "DatabaseServerAzureLoginOutputReference",
    "DatabaseServerAzureadDefaultChainAuth",
    "DatabaseServerAzureadDefaultChainAuthOutputReference",
    "DatabaseServerAzureadManagedIdentityAuth",
    "DatabaseServerAzureadManagedIdentityAuthOutputReference",
    "DatabaseServerLogin",
    "DatabaseServerLoginOutputReference",
    "DatabaseServerOutputReference",
]

publication.publish()

def _typecheckingstub__a4eb39c8970d43d1f1030aeefdd7b6dbddb194385c694b55f6efe9f671410d3b(
    scope: _constructs_77d1e7e8.Construct,
    id_: builtins.str,
    *,
    database_name: builtins.str,
    server: typing.Union[DatabaseServer, typing.Dict[builtins.str, typing.Any]],
    collation: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
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

def _typecheckingstub__85a31a79ffe7d935c91ed9bb4b5e24f339f54dcdcf9fcaed39f4b483db26caf5(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktn_78ede62e.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f8494a05207ef893f633f2b3338188484e9227fe85b618d7bdb63853c523d282(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5da12a12955a3683d9b221dc5cbae6c6dacca733a80406160ad68d96e7a87888(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__332f8469db51d66fce1d016c54e6a9f8b5d9227b8e23c9d1f972aa12f77f4cdd(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b05486f118787f228c59e5fd4badf2060a6a1747c24c288bca240df451a6f5e8(
    *,
    connection: typing.Optional[typing.Union[typing.Union[_cdktn_78ede62e.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktn_78ede62e.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktn_78ede62e.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktn_78ede62e.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktn_78ede62e.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktn_78ede62e.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktn_78ede62e.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktn_78ede62e.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktn_78ede62e.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktn_78ede62e.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    database_name: builtins.str,
    server: typing.Union[DatabaseServer, typing.Dict[builtins.str, typing.Any]],
    collation: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e9431be24e8a8952a2f5182045b29bd37d6ea50077209f1a3be29ae76af31574(
    *,
    host: builtins.str,
    azuread_default_chain_auth: typing.Optional[typing.Union[DatabaseServerAzureadDefaultChainAuth, typing.Dict[builtins.str, typing.Any]]] = None,
    azuread_managed_identity_auth: typing.Optional[typing.Union[DatabaseServerAzureadManagedIdentityAuth, typing.Dict[builtins.str, typing.Any]]] = None,
    azure_login: typing.Optional[typing.Union[DatabaseServerAzureLogin, typing.Dict[builtins.str, typing.Any]]] = None,
    login: typing.Optional[typing.Union[DatabaseServerLogin, typing.Dict[builtins.str, typing.Any]]] = None,
    port: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ba5644e23a9b81ffe2aece621a7db1c63e3e0f400cbd3ffc495d0a9675d0a89d(
    *,
    client_id: builtins.str,
    client_secret: builtins.str,
    tenant_id: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__55d1ed9b665ec008d12b54b3e2e9554c1d3e417bfde6127fd4c1bab73287d91a(
    terraform_resource: _cdktn_78ede62e.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a0432cfec26cce3180af1f802416f2a45b8ee1dba279b886d7192abdbfab1b21(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__87c692bf829b338c7ef80345f447e8cde182bb1d9013b03d91eebceba58f930e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3ae9049f24991d574540a411a7faec5431522987f4e8724b8f4e3e6d4100fdec(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3535a45222d19a60994e168d234b7e5b98d7ee24462c9e94792de11e9cee97ae(
    value: typing.Optional[DatabaseServerAzureLogin],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4fad91ed827c1cf1d2e2110bbb74a37e2d81dfbedef1f1799c5f6bbd2eaddde1(
    *,
    use_oidc: typing.Optional[typing.Union[builtins.bool, _cdktn_78ede62e.IResolvable]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f657d4bee159fbcda3993ad48ac0c5b12e0dd5ecf0f2795a40dcf2028f1aded5(
    terraform_resource: _cdktn_78ede62e.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__125d45ef920cdd3f508feba1ba9269fc9afac0e506d1087e1318b83a645367b5(
    value: typing.Union[builtins.bool, _cdktn_78ede62e.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__982f577eee97de1c57994cd8b90e7940838ce39867b07f85576a7bcf10d78dce(
    value: typing.Optional[DatabaseServerAzureadDefaultChainAuth],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__166e7ee505458e29f193b40f68a332a1d291cdccb46b5a36c871e858af7af696(
    *,
    user_id: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bc97bad241fe65efa50fa3ca6d19b111a00c5b905eb374a16cc8c9aeebf333ef(
    terraform_resource: _cdktn_78ede62e.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b4793e63dfce6828c1a37d21bd781c9fe5336943bd689a57da469bedaa98c049(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6746e73c39a73d0ff1ea13bc26e8412549ffaa24f0baf15e04460382a4a19155(
    value: typing.Optional[DatabaseServerAzureadManagedIdentityAuth],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ce071335c17588b99355e25050f9b3e44cdc29a91abce6ca8ec1356d2e89fc51(
    *,
    password: typing.Optional[builtins.str] = None,
    username: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4a20ca1386cf9cc8c6ffaaec73fb26273bd71288746262d4839b5ba007935c56(
    terraform_resource: _cdktn_78ede62e.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ed1767ee1eb34970a4bcca9c0c030a1e65363583fd6c71f604641eca129295a9(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c790447ff611ec013e930f157436418d2c51f30e45870776b47b10c300f41ec4(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5bba32833f7359ee8351e13c29e7ee9b403c00142f5e77869e7b7ad2080ade3b(
    value: typing.Optional[DatabaseServerLogin],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__840cc31c0a1b3fca9a72ea1510be1ee30033f6acbaf4006ffbdce4ece0fcdbb8(
    terraform_resource: _cdktn_78ede62e.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e5214408e3fb7d0b2f912fa75c46a5cbd58b62325f6249c2f8730a3d681fdf0b(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__03f3f1dc443d0acca3ff8fdc8cfa8e0032da245bec525c7ae4206950989347dc(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d986f9c6889b3e0f1428245d92909e0dc42d2cce112f76de57532528720471e0(
    value: typing.Optional[DatabaseServer],
) -> None:
    """Type checking stubs"""
    pass
