r'''
# `mssql_database_schema`

Refer to the Terraform Registry for docs: [`mssql_database_schema`](https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_schema).
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


class DatabaseSchema(
    _cdktn_78ede62e.TerraformResource,
    metaclass=jsii.JSIIMeta,
    jsii_type="mssql.databaseSchema.DatabaseSchema",
):
    '''Represents a {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_schema mssql_database_schema}.'''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id_: builtins.str,
        *,
        schema_name: builtins.str,
        server: typing.Union["DatabaseSchemaServer", typing.Dict[builtins.str, typing.Any]],
        database: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        owner_name: typing.Optional[builtins.str] = None,
        connection: typing.Optional[typing.Union[typing.Union["_cdktn_78ede62e.SSHProvisionerConnection", typing.Dict[builtins.str, typing.Any]], typing.Union["_cdktn_78ede62e.WinrmProvisionerConnection", typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, "_cdktn_78ede62e.TerraformCount"]] = None,
        depends_on: typing.Optional[typing.Sequence["_cdktn_78ede62e.ITerraformDependable"]] = None,
        for_each: typing.Optional["_cdktn_78ede62e.ITerraformIterator"] = None,
        lifecycle: typing.Optional[typing.Union["_cdktn_78ede62e.TerraformResourceLifecycle", typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional["_cdktn_78ede62e.TerraformProvider"] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union["_cdktn_78ede62e.FileProvisioner", typing.Dict[builtins.str, typing.Any]], typing.Union["_cdktn_78ede62e.LocalExecProvisioner", typing.Dict[builtins.str, typing.Any]], typing.Union["_cdktn_78ede62e.RemoteExecProvisioner", typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''Create a new {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_schema mssql_database_schema} Resource.

        :param scope: The scope in which to define this construct.
        :param id_: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param schema_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_schema#schema_name DatabaseSchema#schema_name}.
        :param server: server block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_schema#server DatabaseSchema#server}
        :param database: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_schema#database DatabaseSchema#database}.
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_schema#id DatabaseSchema#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param owner_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_schema#owner_name DatabaseSchema#owner_name}.
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2196e4c623652b875bb05e224540022adce50480342bf98a2a3d1e53b6311d8b)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id_", value=id_, expected_type=type_hints["id_"])
        config = DatabaseSchemaConfig(
            schema_name=schema_name,
            server=server,
            database=database,
            id=id,
            owner_name=owner_name,
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
        '''Generates CDKTN code for importing a DatabaseSchema resource upon running "cdktn plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the DatabaseSchema to import.
        :param import_from_id: The id of the existing DatabaseSchema that should be imported. Refer to the {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_schema#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the DatabaseSchema to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c49071b4183154afb3e46cd8aecbf2b8c62a2aed84262cfd4212d54441d63452)
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
        azuread_default_chain_auth: typing.Optional[typing.Union["DatabaseSchemaServerAzureadDefaultChainAuth", typing.Dict[builtins.str, typing.Any]]] = None,
        azuread_managed_identity_auth: typing.Optional[typing.Union["DatabaseSchemaServerAzureadManagedIdentityAuth", typing.Dict[builtins.str, typing.Any]]] = None,
        azure_login: typing.Optional[typing.Union["DatabaseSchemaServerAzureLogin", typing.Dict[builtins.str, typing.Any]]] = None,
        login: typing.Optional[typing.Union["DatabaseSchemaServerLogin", typing.Dict[builtins.str, typing.Any]]] = None,
        port: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param host: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_schema#host DatabaseSchema#host}.
        :param azuread_default_chain_auth: azuread_default_chain_auth block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_schema#azuread_default_chain_auth DatabaseSchema#azuread_default_chain_auth}
        :param azuread_managed_identity_auth: azuread_managed_identity_auth block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_schema#azuread_managed_identity_auth DatabaseSchema#azuread_managed_identity_auth}
        :param azure_login: azure_login block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_schema#azure_login DatabaseSchema#azure_login}
        :param login: login block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_schema#login DatabaseSchema#login}
        :param port: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_schema#port DatabaseSchema#port}.
        '''
        value = DatabaseSchemaServer(
            host=host,
            azuread_default_chain_auth=azuread_default_chain_auth,
            azuread_managed_identity_auth=azuread_managed_identity_auth,
            azure_login=azure_login,
            login=login,
            port=port,
        )

        return typing.cast(None, jsii.invoke(self, "putServer", [value]))

    @jsii.member(jsii_name="resetDatabase")
    def reset_database(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDatabase", []))

    @jsii.member(jsii_name="resetId")
    def reset_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetId", []))

    @jsii.member(jsii_name="resetOwnerName")
    def reset_owner_name(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetOwnerName", []))

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
    def server(self) -> "DatabaseSchemaServerOutputReference":
        return typing.cast("DatabaseSchemaServerOutputReference", jsii.get(self, "server"))

    @builtins.property
    @jsii.member(jsii_name="databaseInput")
    def database_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "databaseInput"))

    @builtins.property
    @jsii.member(jsii_name="idInput")
    def id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "idInput"))

    @builtins.property
    @jsii.member(jsii_name="ownerNameInput")
    def owner_name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "ownerNameInput"))

    @builtins.property
    @jsii.member(jsii_name="schemaNameInput")
    def schema_name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "schemaNameInput"))

    @builtins.property
    @jsii.member(jsii_name="serverInput")
    def server_input(self) -> typing.Optional["DatabaseSchemaServer"]:
        return typing.cast(typing.Optional["DatabaseSchemaServer"], jsii.get(self, "serverInput"))

    @builtins.property
    @jsii.member(jsii_name="database")
    def database(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "database"))

    @database.setter
    def database(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b855060a5b67879aea8963f14c8767e4bdfb173e4e82ba51f19a751fb62e35a8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "database", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @id.setter
    def id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__931e8aebf1a25bf954e947295e69322625022bf63cda1033bde350285549df81)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "id", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="ownerName")
    def owner_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "ownerName"))

    @owner_name.setter
    def owner_name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__629a6f5f1fad48ecb05bdeab594d568964105070f56c0926d3415dcbac3e556d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "ownerName", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="schemaName")
    def schema_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "schemaName"))

    @schema_name.setter
    def schema_name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__646479dee9404849badce0476f0b07790e157efe83392012351372e715f54e50)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "schemaName", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="mssql.databaseSchema.DatabaseSchemaConfig",
    jsii_struct_bases=[_cdktn_78ede62e.TerraformMetaArguments],
    name_mapping={
        "connection": "connection",
        "count": "count",
        "depends_on": "dependsOn",
        "for_each": "forEach",
        "lifecycle": "lifecycle",
        "provider": "provider",
        "provisioners": "provisioners",
        "schema_name": "schemaName",
        "server": "server",
        "database": "database",
        "id": "id",
        "owner_name": "ownerName",
    },
)
class DatabaseSchemaConfig(_cdktn_78ede62e.TerraformMetaArguments):
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
        schema_name: builtins.str,
        server: typing.Union["DatabaseSchemaServer", typing.Dict[builtins.str, typing.Any]],
        database: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        owner_name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        :param schema_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_schema#schema_name DatabaseSchema#schema_name}.
        :param server: server block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_schema#server DatabaseSchema#server}
        :param database: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_schema#database DatabaseSchema#database}.
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_schema#id DatabaseSchema#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param owner_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_schema#owner_name DatabaseSchema#owner_name}.
        '''
        if isinstance(lifecycle, dict):
            lifecycle = _cdktn_78ede62e.TerraformResourceLifecycle(**lifecycle)
        if isinstance(server, dict):
            server = DatabaseSchemaServer(**server)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ae610102016331534deae154667ed54c472263287776ea134c92612ade1ce92b)
            check_type(argname="argument connection", value=connection, expected_type=type_hints["connection"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument depends_on", value=depends_on, expected_type=type_hints["depends_on"])
            check_type(argname="argument for_each", value=for_each, expected_type=type_hints["for_each"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument provisioners", value=provisioners, expected_type=type_hints["provisioners"])
            check_type(argname="argument schema_name", value=schema_name, expected_type=type_hints["schema_name"])
            check_type(argname="argument server", value=server, expected_type=type_hints["server"])
            check_type(argname="argument database", value=database, expected_type=type_hints["database"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument owner_name", value=owner_name, expected_type=type_hints["owner_name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "schema_name": schema_name,
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
        if database is not None:
            self._values["database"] = database
        if id is not None:
            self._values["id"] = id
        if owner_name is not None:
            self._values["owner_name"] = owner_name

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
    def schema_name(self) -> builtins.str:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_schema#schema_name DatabaseSchema#schema_name}.'''
        result = self._values.get("schema_name")
        assert result is not None, "Required property 'schema_name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def server(self) -> "DatabaseSchemaServer":
        '''server block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_schema#server DatabaseSchema#server}
        '''
        result = self._values.get("server")
        assert result is not None, "Required property 'server' is missing"
        return typing.cast("DatabaseSchemaServer", result)

    @builtins.property
    def database(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_schema#database DatabaseSchema#database}.'''
        result = self._values.get("database")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_schema#id DatabaseSchema#id}.

        Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
        If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def owner_name(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_schema#owner_name DatabaseSchema#owner_name}.'''
        result = self._values.get("owner_name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DatabaseSchemaConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mssql.databaseSchema.DatabaseSchemaServer",
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
class DatabaseSchemaServer:
    def __init__(
        self,
        *,
        host: builtins.str,
        azuread_default_chain_auth: typing.Optional[typing.Union["DatabaseSchemaServerAzureadDefaultChainAuth", typing.Dict[builtins.str, typing.Any]]] = None,
        azuread_managed_identity_auth: typing.Optional[typing.Union["DatabaseSchemaServerAzureadManagedIdentityAuth", typing.Dict[builtins.str, typing.Any]]] = None,
        azure_login: typing.Optional[typing.Union["DatabaseSchemaServerAzureLogin", typing.Dict[builtins.str, typing.Any]]] = None,
        login: typing.Optional[typing.Union["DatabaseSchemaServerLogin", typing.Dict[builtins.str, typing.Any]]] = None,
        port: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param host: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_schema#host DatabaseSchema#host}.
        :param azuread_default_chain_auth: azuread_default_chain_auth block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_schema#azuread_default_chain_auth DatabaseSchema#azuread_default_chain_auth}
        :param azuread_managed_identity_auth: azuread_managed_identity_auth block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_schema#azuread_managed_identity_auth DatabaseSchema#azuread_managed_identity_auth}
        :param azure_login: azure_login block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_schema#azure_login DatabaseSchema#azure_login}
        :param login: login block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_schema#login DatabaseSchema#login}
        :param port: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_schema#port DatabaseSchema#port}.
        '''
        if isinstance(azuread_default_chain_auth, dict):
            azuread_default_chain_auth = DatabaseSchemaServerAzureadDefaultChainAuth(**azuread_default_chain_auth)
        if isinstance(azuread_managed_identity_auth, dict):
            azuread_managed_identity_auth = DatabaseSchemaServerAzureadManagedIdentityAuth(**azuread_managed_identity_auth)
        if isinstance(azure_login, dict):
            azure_login = DatabaseSchemaServerAzureLogin(**azure_login)
        if isinstance(login, dict):
            login = DatabaseSchemaServerLogin(**login)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__be21911de62c9ccbaa77c23bccff971f7a375fca2e668d83500618be1af5a039)
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
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_schema#host DatabaseSchema#host}.'''
        result = self._values.get("host")
        assert result is not None, "Required property 'host' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def azuread_default_chain_auth(
        self,
    ) -> typing.Optional["DatabaseSchemaServerAzureadDefaultChainAuth"]:
        '''azuread_default_chain_auth block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_schema#azuread_default_chain_auth DatabaseSchema#azuread_default_chain_auth}
        '''
        result = self._values.get("azuread_default_chain_auth")
        return typing.cast(typing.Optional["DatabaseSchemaServerAzureadDefaultChainAuth"], result)

    @builtins.property
    def azuread_managed_identity_auth(
        self,
    ) -> typing.Optional["DatabaseSchemaServerAzureadManagedIdentityAuth"]:
        '''azuread_managed_identity_auth block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_schema#azuread_managed_identity_auth DatabaseSchema#azuread_managed_identity_auth}
        '''
        result = self._values.get("azuread_managed_identity_auth")
        return typing.cast(typing.Optional["DatabaseSchemaServerAzureadManagedIdentityAuth"], result)

    @builtins.property
    def azure_login(self) -> typing.Optional["DatabaseSchemaServerAzureLogin"]:
        '''azure_login block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_schema#azure_login DatabaseSchema#azure_login}
        '''
        result = self._values.get("azure_login")
        return typing.cast(typing.Optional["DatabaseSchemaServerAzureLogin"], result)

    @builtins.property
    def login(self) -> typing.Optional["DatabaseSchemaServerLogin"]:
        '''login block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_schema#login DatabaseSchema#login}
        '''
        result = self._values.get("login")
        return typing.cast(typing.Optional["DatabaseSchemaServerLogin"], result)

    @builtins.property
    def port(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_schema#port DatabaseSchema#port}.'''
        result = self._values.get("port")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DatabaseSchemaServer(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mssql.databaseSchema.DatabaseSchemaServerAzureLogin",
    jsii_struct_bases=[],
    name_mapping={
        "client_id": "clientId",
        "client_secret": "clientSecret",
        "tenant_id": "tenantId",
    },
)
class DatabaseSchemaServerAzureLogin:
    def __init__(
        self,
        *,
        client_id: builtins.str,
        client_secret: builtins.str,
        tenant_id: builtins.str,
    ) -> None:
        '''
        :param client_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_schema#client_id DatabaseSchema#client_id}.
        :param client_secret: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_schema#client_secret DatabaseSchema#client_secret}.
        :param tenant_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_schema#tenant_id DatabaseSchema#tenant_id}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__70f051729b59bd8583576b3b8e88fbae6bdbf44fd6f1f7132aa0093bef4afaed)
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
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_schema#client_id DatabaseSchema#client_id}.'''
        result = self._values.get("client_id")
        assert result is not None, "Required property 'client_id' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def client_secret(self) -> builtins.str:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_schema#client_secret DatabaseSchema#client_secret}.'''
        result = self._values.get("client_secret")
        assert result is not None, "Required property 'client_secret' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def tenant_id(self) -> builtins.str:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_schema#tenant_id DatabaseSchema#tenant_id}.'''
        result = self._values.get("tenant_id")
        assert result is not None, "Required property 'tenant_id' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DatabaseSchemaServerAzureLogin(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class DatabaseSchemaServerAzureLoginOutputReference(
    _cdktn_78ede62e.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="mssql.databaseSchema.DatabaseSchemaServerAzureLoginOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__9a980472ac4d5221fc15f38fda316c6a54e9ada7db5ca837794b7f7c9b71646c)
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
            type_hints = typing.get_type_hints(_typecheckingstub__034048483742acad5849bf21d2a585f3df5dbac3bc5da03757dbb5ff6a4107d9)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "clientId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="clientSecret")
    def client_secret(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "clientSecret"))

    @client_secret.setter
    def client_secret(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2eb96f7e9b327eb80f5e52c0caefa08b4421cf596548f74f521a33188d2c3aa0)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "clientSecret", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="tenantId")
    def tenant_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "tenantId"))

    @tenant_id.setter
    def tenant_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5a0d562999f4e6508a5f83cdbaacb5375d50f958ec3a0a137f05ccfd978f63c1)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "tenantId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(self) -> typing.Optional["DatabaseSchemaServerAzureLogin"]:
        return typing.cast(typing.Optional["DatabaseSchemaServerAzureLogin"], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional["DatabaseSchemaServerAzureLogin"],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__dea4607b3a9c66232b74c6047b4d55e309c5a5e46413625471730a5501f0f703)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="mssql.databaseSchema.DatabaseSchemaServerAzureadDefaultChainAuth",
    jsii_struct_bases=[],
    name_mapping={"use_oidc": "useOidc"},
)
class DatabaseSchemaServerAzureadDefaultChainAuth:
    def __init__(
        self,
        *,
        use_oidc: typing.Optional[typing.Union[builtins.bool, "_cdktn_78ede62e.IResolvable"]] = None,
    ) -> None:
        '''
        :param use_oidc: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_schema#use_oidc DatabaseSchema#use_oidc}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0aba50060fc66d90f702ddb282bda8441a1e26208940d4a5a42634f24532838a)
            check_type(argname="argument use_oidc", value=use_oidc, expected_type=type_hints["use_oidc"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if use_oidc is not None:
            self._values["use_oidc"] = use_oidc

    @builtins.property
    def use_oidc(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, "_cdktn_78ede62e.IResolvable"]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_schema#use_oidc DatabaseSchema#use_oidc}.'''
        result = self._values.get("use_oidc")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, "_cdktn_78ede62e.IResolvable"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DatabaseSchemaServerAzureadDefaultChainAuth(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class DatabaseSchemaServerAzureadDefaultChainAuthOutputReference(
    _cdktn_78ede62e.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="mssql.databaseSchema.DatabaseSchemaServerAzureadDefaultChainAuthOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__effa03487fdc3debc2ce66540938819882efd3582712a2e9287b054f66f720ee)
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
            type_hints = typing.get_type_hints(_typecheckingstub__eb4acef2ca56d97c64354163a780d3341b82ced26c581e5d7ff0d0f460aecc45)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "useOidc", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional["DatabaseSchemaServerAzureadDefaultChainAuth"]:
        return typing.cast(typing.Optional["DatabaseSchemaServerAzureadDefaultChainAuth"], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional["DatabaseSchemaServerAzureadDefaultChainAuth"],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__955dffe60679b153b16c967f36658967a5c44a3809714a5caeb948963a63a586)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="mssql.databaseSchema.DatabaseSchemaServerAzureadManagedIdentityAuth",
    jsii_struct_bases=[],
    name_mapping={"user_id": "userId"},
)
class DatabaseSchemaServerAzureadManagedIdentityAuth:
    def __init__(self, *, user_id: typing.Optional[builtins.str] = None) -> None:
        '''
        :param user_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_schema#user_id DatabaseSchema#user_id}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5cbffaf33ee280de3368865792b47a92c2c9f81ae2bfb07f90d5b6920157a26b)
            check_type(argname="argument user_id", value=user_id, expected_type=type_hints["user_id"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if user_id is not None:
            self._values["user_id"] = user_id

    @builtins.property
    def user_id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_schema#user_id DatabaseSchema#user_id}.'''
        result = self._values.get("user_id")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DatabaseSchemaServerAzureadManagedIdentityAuth(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class DatabaseSchemaServerAzureadManagedIdentityAuthOutputReference(
    _cdktn_78ede62e.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="mssql.databaseSchema.DatabaseSchemaServerAzureadManagedIdentityAuthOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__8e3f9e88097079f2e2fc4ffd1614d1f8c61d98e912118ad4d4a6a5bd38a80f60)
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
            type_hints = typing.get_type_hints(_typecheckingstub__5b8732fd229b7979793ef8df40ba5b6621cdde7899acc0fafd7e891d12d1411a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "userId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional["DatabaseSchemaServerAzureadManagedIdentityAuth"]:
        return typing.cast(typing.Optional["DatabaseSchemaServerAzureadManagedIdentityAuth"], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional["DatabaseSchemaServerAzureadManagedIdentityAuth"],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e531fdcae807896c8c54b5acdcea1d5e3019bbb029bcb957d683940572c4145e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="mssql.databaseSchema.DatabaseSchemaServerLogin",
    jsii_struct_bases=[],
    name_mapping={"password": "password", "username": "username"},
)
class DatabaseSchemaServerLogin:
    def __init__(
        self,
        *,
        password: typing.Optional[builtins.str] = None,
        username: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param password: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_schema#password DatabaseSchema#password}.
        :param username: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_schema#username DatabaseSchema#username}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a632a2035c8d2319c6d8e83faa13dd0b9d6a37620f568c91e60301d6e7491bde)
            check_type(argname="argument password", value=password, expected_type=type_hints["password"])
            check_type(argname="argument username", value=username, expected_type=type_hints["username"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if password is not None:
            self._values["password"] = password
        if username is not None:
            self._values["username"] = username

    @builtins.property
    def password(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_schema#password DatabaseSchema#password}.'''
        result = self._values.get("password")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def username(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_schema#username DatabaseSchema#username}.'''
        result = self._values.get("username")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DatabaseSchemaServerLogin(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class DatabaseSchemaServerLoginOutputReference(
    _cdktn_78ede62e.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="mssql.databaseSchema.DatabaseSchemaServerLoginOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__bad612c4c5fb272446c5ada2d28caf13e022597ea79be3d7ad1fb6ad41dd6e43)
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
            type_hints = typing.get_type_hints(_typecheckingstub__227af999cf6d52e5152159e979c877b743d3e643d373d12019ff15e8e02186df)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "password", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="username")
    def username(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "username"))

    @username.setter
    def username(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__19de49d9d85311113678dcb4bdcf14e0342157fececca2b2943d34f15e999abd)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "username", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(self) -> typing.Optional["DatabaseSchemaServerLogin"]:
        return typing.cast(typing.Optional["DatabaseSchemaServerLogin"], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional["DatabaseSchemaServerLogin"],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b77a01204760caec569cd4f890c6da8fbea3161862590985a2bc264d61ccc0a0)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class DatabaseSchemaServerOutputReference(
    _cdktn_78ede62e.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="mssql.databaseSchema.DatabaseSchemaServerOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__ecdca7a6ee86baea41543d6378e9ab211dd1164810df0637de29f1313620c0e0)
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
        :param use_oidc: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_schema#use_oidc DatabaseSchema#use_oidc}.
        '''
        value = DatabaseSchemaServerAzureadDefaultChainAuth(use_oidc=use_oidc)

        return typing.cast(None, jsii.invoke(self, "putAzureadDefaultChainAuth", [value]))

    @jsii.member(jsii_name="putAzureadManagedIdentityAuth")
    def put_azuread_managed_identity_auth(
        self,
        *,
        user_id: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param user_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_schema#user_id DatabaseSchema#user_id}.
        '''
        value = DatabaseSchemaServerAzureadManagedIdentityAuth(user_id=user_id)

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
        :param client_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_schema#client_id DatabaseSchema#client_id}.
        :param client_secret: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_schema#client_secret DatabaseSchema#client_secret}.
        :param tenant_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_schema#tenant_id DatabaseSchema#tenant_id}.
        '''
        value = DatabaseSchemaServerAzureLogin(
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
        :param password: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_schema#password DatabaseSchema#password}.
        :param username: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_schema#username DatabaseSchema#username}.
        '''
        value = DatabaseSchemaServerLogin(password=password, username=username)

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
    ) -> "DatabaseSchemaServerAzureadDefaultChainAuthOutputReference":
        return typing.cast("DatabaseSchemaServerAzureadDefaultChainAuthOutputReference", jsii.get(self, "azureadDefaultChainAuth"))

    @builtins.property
    @jsii.member(jsii_name="azureadManagedIdentityAuth")
    def azuread_managed_identity_auth(
        self,
    ) -> "DatabaseSchemaServerAzureadManagedIdentityAuthOutputReference":
        return typing.cast("DatabaseSchemaServerAzureadManagedIdentityAuthOutputReference", jsii.get(self, "azureadManagedIdentityAuth"))

    @builtins.property
    @jsii.member(jsii_name="azureLogin")
    def azure_login(self) -> "DatabaseSchemaServerAzureLoginOutputReference":
        return typing.cast("DatabaseSchemaServerAzureLoginOutputReference", jsii.get(self, "azureLogin"))

    @builtins.property
    @jsii.member(jsii_name="login")
    def login(self) -> "DatabaseSchemaServerLoginOutputReference":
        return typing.cast("DatabaseSchemaServerLoginOutputReference", jsii.get(self, "login"))

    @builtins.property
    @jsii.member(jsii_name="azureadDefaultChainAuthInput")
    def azuread_default_chain_auth_input(
        self,
    ) -> typing.Optional["DatabaseSchemaServerAzureadDefaultChainAuth"]:
        return typing.cast(typing.Optional["DatabaseSchemaServerAzureadDefaultChainAuth"], jsii.get(self, "azureadDefaultChainAuthInput"))

    @builtins.property
    @jsii.member(jsii_name="azureadManagedIdentityAuthInput")
    def azuread_managed_identity_auth_input(
        self,
    ) -> typing.Optional["DatabaseSchemaServerAzureadManagedIdentityAuth"]:
        return typing.cast(typing.Optional["DatabaseSchemaServerAzureadManagedIdentityAuth"], jsii.get(self, "azureadManagedIdentityAuthInput"))

    @builtins.property
    @jsii.member(jsii_name="azureLoginInput")
    def azure_login_input(self) -> typing.Optional["DatabaseSchemaServerAzureLogin"]:
        return typing.cast(typing.Optional["DatabaseSchemaServerAzureLogin"], jsii.get(self, "azureLoginInput"))

    @builtins.property
    @jsii.member(jsii_name="hostInput")
    def host_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "hostInput"))

    @builtins.property
    @jsii.member(jsii_name="loginInput")
    def login_input(self) -> typing.Optional["DatabaseSchemaServerLogin"]:
        return typing.cast(typing.Optional["DatabaseSchemaServerLogin"], jsii.get(self, "loginInput"))

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
            type_hints = typing.get_type_hints(_typecheckingstub__aa271aac29d11709c80a10a2d00d891ef503b1645f88661fafae06e8b5d1f7b3)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "host", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="port")
    def port(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "port"))

    @port.setter
    def port(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0f0506272da4eeed961959a038eae68cc0770ff15e385c5490e81ccafc724135)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "port", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(self) -> typing.Optional["DatabaseSchemaServer"]:
        return typing.cast(typing.Optional["DatabaseSchemaServer"], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(self, value: typing.Optional["DatabaseSchemaServer"]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__62c7f5f6b331f6f8f1bb1dea66004000169d2476c13a1e921cad442d2600647a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


__all__ = [
    "DatabaseSchema",
    "DatabaseSchemaConfig",
    "DatabaseSchemaServer",
    "DatabaseSchemaServerAzureLogin",
    "DatabaseSchemaServerAzureLoginOutputReference",
    "DatabaseSchemaServerAzureadDefaultChainAuth",
    "DatabaseSchemaServerAzureadDefaultChainAuthOutputReference",
    "DatabaseSchemaServerAzureadManagedIdentityAuth",
    "DatabaseSchemaServerAzureadManagedIdentityAuthOutputReference",
    "DatabaseSchemaServerLogin",
    "DatabaseSchemaServerLoginOutputReference",
    "DatabaseSchemaServerOutputReference",
]

publication.publish()

def _typecheckingstub__2196e4c623652b875bb05e224540022adce50480342bf98a2a3d1e53b6311d8b(
    scope: _constructs_77d1e7e8.Construct,
    id_: builtins.str,
    *,
    schema_name: builtins.str,
    server: typing.Union[DatabaseSchemaServer, typing.Dict[builtins.str, typing.Any]],
    database: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
    owner_name: typing.Optional[builtins.str] = None,
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

def _typecheckingstub__c49071b4183154afb3e46cd8aecbf2b8c62a2aed84262cfd4212d54441d63452(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktn_78ede62e.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b855060a5b67879aea8963f14c8767e4bdfb173e4e82ba51f19a751fb62e35a8(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__931e8aebf1a25bf954e947295e69322625022bf63cda1033bde350285549df81(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__629a6f5f1fad48ecb05bdeab594d568964105070f56c0926d3415dcbac3e556d(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__646479dee9404849badce0476f0b07790e157efe83392012351372e715f54e50(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ae610102016331534deae154667ed54c472263287776ea134c92612ade1ce92b(
    *,
    connection: typing.Optional[typing.Union[typing.Union[_cdktn_78ede62e.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktn_78ede62e.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktn_78ede62e.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktn_78ede62e.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktn_78ede62e.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktn_78ede62e.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktn_78ede62e.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktn_78ede62e.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktn_78ede62e.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktn_78ede62e.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    schema_name: builtins.str,
    server: typing.Union[DatabaseSchemaServer, typing.Dict[builtins.str, typing.Any]],
    database: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
    owner_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__be21911de62c9ccbaa77c23bccff971f7a375fca2e668d83500618be1af5a039(
    *,
    host: builtins.str,
    azuread_default_chain_auth: typing.Optional[typing.Union[DatabaseSchemaServerAzureadDefaultChainAuth, typing.Dict[builtins.str, typing.Any]]] = None,
    azuread_managed_identity_auth: typing.Optional[typing.Union[DatabaseSchemaServerAzureadManagedIdentityAuth, typing.Dict[builtins.str, typing.Any]]] = None,
    azure_login: typing.Optional[typing.Union[DatabaseSchemaServerAzureLogin, typing.Dict[builtins.str, typing.Any]]] = None,
    login: typing.Optional[typing.Union[DatabaseSchemaServerLogin, typing.Dict[builtins.str, typing.Any]]] = None,
    port: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__70f051729b59bd8583576b3b8e88fbae6bdbf44fd6f1f7132aa0093bef4afaed(
    *,
    client_id: builtins.str,
    client_secret: builtins.str,
    tenant_id: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9a980472ac4d5221fc15f38fda316c6a54e9ada7db5ca837794b7f7c9b71646c(
    terraform_resource: _cdktn_78ede62e.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__034048483742acad5849bf21d2a585f3df5dbac3bc5da03757dbb5ff6a4107d9(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2eb96f7e9b327eb80f5e52c0caefa08b4421cf596548f74f521a33188d2c3aa0(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5a0d562999f4e6508a5f83cdbaacb5375d50f958ec3a0a137f05ccfd978f63c1(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dea4607b3a9c66232b74c6047b4d55e309c5a5e46413625471730a5501f0f703(
    value: typing.Optional[DatabaseSchemaServerAzureLogin],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0aba50060fc66d90f702ddb282bda8441a1e26208940d4a5a42634f24532838a(
    *,
    use_oidc: typing.Optional[typing.Union[builtins.bool, _cdktn_78ede62e.IResolvable]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__effa03487fdc3debc2ce66540938819882efd3582712a2e9287b054f66f720ee(
    terraform_resource: _cdktn_78ede62e.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__eb4acef2ca56d97c64354163a780d3341b82ced26c581e5d7ff0d0f460aecc45(
    value: typing.Union[builtins.bool, _cdktn_78ede62e.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__955dffe60679b153b16c967f36658967a5c44a3809714a5caeb948963a63a586(
    value: typing.Optional[DatabaseSchemaServerAzureadDefaultChainAuth],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5cbffaf33ee280de3368865792b47a92c2c9f81ae2bfb07f90d5b6920157a26b(
    *,
    user_id: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8e3f9e88097079f2e2fc4ffd1614d1f8c61d98e912118ad4d4a6a5bd38a80f60(
    terraform_resource: _cdktn_78ede62e.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5b8732fd229b7979793ef8df40ba5b6621cdde7899acc0fafd7e891d12d1411a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e531fdcae807896c8c54b5acdcea1d5e3019bbb029bcb957d683940572c4145e(
    value: typing.Optional[DatabaseSchemaServerAzureadManagedIdentityAuth],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a632a2035c8d2319c6d8e83faa13dd0b9d6a37620f568c91e60301d6e7491bde(
    *,
    password: typing.Optional[builtins.str] = None,
    username: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bad612c4c5fb272446c5ada2d28caf13e022597ea79be3d7ad1fb6ad41dd6e43(
    terraform_resource: _cdktn_78ede62e.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__227af999cf6d52e5152159e979c877b743d3e643d373d12019ff15e8e02186df(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__19de49d9d85311113678dcb4bdcf14e0342157fececca2b2943d34f15e999abd(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b77a01204760caec569cd4f890c6da8fbea3161862590985a2bc264d61ccc0a0(
    value: typing.Optional[DatabaseSchemaServerLogin],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ecdca7a6ee86baea41543d6378e9ab211dd1164810df0637de29f1313620c0e0(
    terraform_resource: _cdktn_78ede62e.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__aa271aac29d11709c80a10a2d00d891ef503b1645f88661fafae06e8b5d1f7b3(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0f0506272da4eeed961959a038eae68cc0770ff15e385c5490e81ccafc724135(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__62c7f5f6b331f6f8f1bb1dea66004000169d2476c13a1e921cad442d2600647a(
    value: typing.Optional[DatabaseSchemaServer],
) -> None:
    """Type checking stubs"""
    pass
