r'''
# `mssql_database_permissions`

Refer to the Terraform Registry for docs: [`mssql_database_permissions`](https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_permissions).
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


class DatabasePermissions(
    _cdktn_78ede62e.TerraformResource,
    metaclass=jsii.JSIIMeta,
    jsii_type="mssql.databasePermissions.DatabasePermissions",
):
    '''Represents a {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_permissions mssql_database_permissions}.'''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id_: builtins.str,
        *,
        database: builtins.str,
        permissions: typing.Sequence[builtins.str],
        server: typing.Union["DatabasePermissionsServer", typing.Dict[builtins.str, typing.Any]],
        username: builtins.str,
        id: typing.Optional[builtins.str] = None,
        connection: typing.Optional[typing.Union[typing.Union["_cdktn_78ede62e.SSHProvisionerConnection", typing.Dict[builtins.str, typing.Any]], typing.Union["_cdktn_78ede62e.WinrmProvisionerConnection", typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, "_cdktn_78ede62e.TerraformCount"]] = None,
        depends_on: typing.Optional[typing.Sequence["_cdktn_78ede62e.ITerraformDependable"]] = None,
        for_each: typing.Optional["_cdktn_78ede62e.ITerraformIterator"] = None,
        lifecycle: typing.Optional[typing.Union["_cdktn_78ede62e.TerraformResourceLifecycle", typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional["_cdktn_78ede62e.TerraformProvider"] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union["_cdktn_78ede62e.FileProvisioner", typing.Dict[builtins.str, typing.Any]], typing.Union["_cdktn_78ede62e.LocalExecProvisioner", typing.Dict[builtins.str, typing.Any]], typing.Union["_cdktn_78ede62e.RemoteExecProvisioner", typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''Create a new {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_permissions mssql_database_permissions} Resource.

        :param scope: The scope in which to define this construct.
        :param id_: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param database: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_permissions#database DatabasePermissions#database}.
        :param permissions: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_permissions#permissions DatabasePermissions#permissions}.
        :param server: server block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_permissions#server DatabasePermissions#server}
        :param username: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_permissions#username DatabasePermissions#username}.
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_permissions#id DatabasePermissions#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__73d2c88d0f24abcbb49909aadf214b9cfa601797033075f90c20b4b8c3635a85)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id_", value=id_, expected_type=type_hints["id_"])
        config = DatabasePermissionsConfig(
            database=database,
            permissions=permissions,
            server=server,
            username=username,
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
        '''Generates CDKTN code for importing a DatabasePermissions resource upon running "cdktn plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the DatabasePermissions to import.
        :param import_from_id: The id of the existing DatabasePermissions that should be imported. Refer to the {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_permissions#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the DatabasePermissions to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4d635dd862a6a1a908917104837512badad261a74c8622821839448edb59ad88)
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
        azuread_default_chain_auth: typing.Optional[typing.Union["DatabasePermissionsServerAzureadDefaultChainAuth", typing.Dict[builtins.str, typing.Any]]] = None,
        azuread_managed_identity_auth: typing.Optional[typing.Union["DatabasePermissionsServerAzureadManagedIdentityAuth", typing.Dict[builtins.str, typing.Any]]] = None,
        azure_login: typing.Optional[typing.Union["DatabasePermissionsServerAzureLogin", typing.Dict[builtins.str, typing.Any]]] = None,
        login: typing.Optional[typing.Union["DatabasePermissionsServerLogin", typing.Dict[builtins.str, typing.Any]]] = None,
        port: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param host: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_permissions#host DatabasePermissions#host}.
        :param azuread_default_chain_auth: azuread_default_chain_auth block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_permissions#azuread_default_chain_auth DatabasePermissions#azuread_default_chain_auth}
        :param azuread_managed_identity_auth: azuread_managed_identity_auth block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_permissions#azuread_managed_identity_auth DatabasePermissions#azuread_managed_identity_auth}
        :param azure_login: azure_login block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_permissions#azure_login DatabasePermissions#azure_login}
        :param login: login block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_permissions#login DatabasePermissions#login}
        :param port: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_permissions#port DatabasePermissions#port}.
        '''
        value = DatabasePermissionsServer(
            host=host,
            azuread_default_chain_auth=azuread_default_chain_auth,
            azuread_managed_identity_auth=azuread_managed_identity_auth,
            azure_login=azure_login,
            login=login,
            port=port,
        )

        return typing.cast(None, jsii.invoke(self, "putServer", [value]))

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
    def server(self) -> "DatabasePermissionsServerOutputReference":
        return typing.cast("DatabasePermissionsServerOutputReference", jsii.get(self, "server"))

    @builtins.property
    @jsii.member(jsii_name="databaseInput")
    def database_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "databaseInput"))

    @builtins.property
    @jsii.member(jsii_name="idInput")
    def id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "idInput"))

    @builtins.property
    @jsii.member(jsii_name="permissionsInput")
    def permissions_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "permissionsInput"))

    @builtins.property
    @jsii.member(jsii_name="serverInput")
    def server_input(self) -> typing.Optional["DatabasePermissionsServer"]:
        return typing.cast(typing.Optional["DatabasePermissionsServer"], jsii.get(self, "serverInput"))

    @builtins.property
    @jsii.member(jsii_name="usernameInput")
    def username_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "usernameInput"))

    @builtins.property
    @jsii.member(jsii_name="database")
    def database(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "database"))

    @database.setter
    def database(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3ab4be803ebbc2bcb6ec4893dd0a95b325865c6b84c5e27ccea458ae58dba36b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "database", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @id.setter
    def id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d7f7aa4ced7d7cd2d691361217ab664e00a7fff5976da8d56c017d65674ca954)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "id", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="permissions")
    def permissions(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "permissions"))

    @permissions.setter
    def permissions(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5f6b73b6e7bebd56f67d705500b2018921752902558ba2c5f1b9dd79749086fc)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "permissions", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="username")
    def username(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "username"))

    @username.setter
    def username(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4b915498b36da5c30efb0ab5dd3c2c6b89269b5275dd6800cdd1aa0a08162cd5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "username", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="mssql.databasePermissions.DatabasePermissionsConfig",
    jsii_struct_bases=[_cdktn_78ede62e.TerraformMetaArguments],
    name_mapping={
        "connection": "connection",
        "count": "count",
        "depends_on": "dependsOn",
        "for_each": "forEach",
        "lifecycle": "lifecycle",
        "provider": "provider",
        "provisioners": "provisioners",
        "database": "database",
        "permissions": "permissions",
        "server": "server",
        "username": "username",
        "id": "id",
    },
)
class DatabasePermissionsConfig(_cdktn_78ede62e.TerraformMetaArguments):
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
        database: builtins.str,
        permissions: typing.Sequence[builtins.str],
        server: typing.Union["DatabasePermissionsServer", typing.Dict[builtins.str, typing.Any]],
        username: builtins.str,
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
        :param database: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_permissions#database DatabasePermissions#database}.
        :param permissions: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_permissions#permissions DatabasePermissions#permissions}.
        :param server: server block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_permissions#server DatabasePermissions#server}
        :param username: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_permissions#username DatabasePermissions#username}.
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_permissions#id DatabasePermissions#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        if isinstance(lifecycle, dict):
            lifecycle = _cdktn_78ede62e.TerraformResourceLifecycle(**lifecycle)
        if isinstance(server, dict):
            server = DatabasePermissionsServer(**server)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__40088a4a2ed1c8cd53b3de99b35fd8d6079431aea3191dff28dd3622f013e31e)
            check_type(argname="argument connection", value=connection, expected_type=type_hints["connection"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument depends_on", value=depends_on, expected_type=type_hints["depends_on"])
            check_type(argname="argument for_each", value=for_each, expected_type=type_hints["for_each"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument provisioners", value=provisioners, expected_type=type_hints["provisioners"])
            check_type(argname="argument database", value=database, expected_type=type_hints["database"])
            check_type(argname="argument permissions", value=permissions, expected_type=type_hints["permissions"])
            check_type(argname="argument server", value=server, expected_type=type_hints["server"])
            check_type(argname="argument username", value=username, expected_type=type_hints["username"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "database": database,
            "permissions": permissions,
            "server": server,
            "username": username,
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
    def database(self) -> builtins.str:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_permissions#database DatabasePermissions#database}.'''
        result = self._values.get("database")
        assert result is not None, "Required property 'database' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def permissions(self) -> typing.List[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_permissions#permissions DatabasePermissions#permissions}.'''
        result = self._values.get("permissions")
        assert result is not None, "Required property 'permissions' is missing"
        return typing.cast(typing.List[builtins.str], result)

    @builtins.property
    def server(self) -> "DatabasePermissionsServer":
        '''server block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_permissions#server DatabasePermissions#server}
        '''
        result = self._values.get("server")
        assert result is not None, "Required property 'server' is missing"
        return typing.cast("DatabasePermissionsServer", result)

    @builtins.property
    def username(self) -> builtins.str:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_permissions#username DatabasePermissions#username}.'''
        result = self._values.get("username")
        assert result is not None, "Required property 'username' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_permissions#id DatabasePermissions#id}.

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
        return "DatabasePermissionsConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mssql.databasePermissions.DatabasePermissionsServer",
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
class DatabasePermissionsServer:
    def __init__(
        self,
        *,
        host: builtins.str,
        azuread_default_chain_auth: typing.Optional[typing.Union["DatabasePermissionsServerAzureadDefaultChainAuth", typing.Dict[builtins.str, typing.Any]]] = None,
        azuread_managed_identity_auth: typing.Optional[typing.Union["DatabasePermissionsServerAzureadManagedIdentityAuth", typing.Dict[builtins.str, typing.Any]]] = None,
        azure_login: typing.Optional[typing.Union["DatabasePermissionsServerAzureLogin", typing.Dict[builtins.str, typing.Any]]] = None,
        login: typing.Optional[typing.Union["DatabasePermissionsServerLogin", typing.Dict[builtins.str, typing.Any]]] = None,
        port: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param host: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_permissions#host DatabasePermissions#host}.
        :param azuread_default_chain_auth: azuread_default_chain_auth block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_permissions#azuread_default_chain_auth DatabasePermissions#azuread_default_chain_auth}
        :param azuread_managed_identity_auth: azuread_managed_identity_auth block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_permissions#azuread_managed_identity_auth DatabasePermissions#azuread_managed_identity_auth}
        :param azure_login: azure_login block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_permissions#azure_login DatabasePermissions#azure_login}
        :param login: login block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_permissions#login DatabasePermissions#login}
        :param port: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_permissions#port DatabasePermissions#port}.
        '''
        if isinstance(azuread_default_chain_auth, dict):
            azuread_default_chain_auth = DatabasePermissionsServerAzureadDefaultChainAuth(**azuread_default_chain_auth)
        if isinstance(azuread_managed_identity_auth, dict):
            azuread_managed_identity_auth = DatabasePermissionsServerAzureadManagedIdentityAuth(**azuread_managed_identity_auth)
        if isinstance(azure_login, dict):
            azure_login = DatabasePermissionsServerAzureLogin(**azure_login)
        if isinstance(login, dict):
            login = DatabasePermissionsServerLogin(**login)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__795e2418e77a8e123dcb4cf2458492459a06c09f6c9012343725d60778ce8016)
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
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_permissions#host DatabasePermissions#host}.'''
        result = self._values.get("host")
        assert result is not None, "Required property 'host' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def azuread_default_chain_auth(
        self,
    ) -> typing.Optional["DatabasePermissionsServerAzureadDefaultChainAuth"]:
        '''azuread_default_chain_auth block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_permissions#azuread_default_chain_auth DatabasePermissions#azuread_default_chain_auth}
        '''
        result = self._values.get("azuread_default_chain_auth")
        return typing.cast(typing.Optional["DatabasePermissionsServerAzureadDefaultChainAuth"], result)

    @builtins.property
    def azuread_managed_identity_auth(
        self,
    ) -> typing.Optional["DatabasePermissionsServerAzureadManagedIdentityAuth"]:
        '''azuread_managed_identity_auth block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_permissions#azuread_managed_identity_auth DatabasePermissions#azuread_managed_identity_auth}
        '''
        result = self._values.get("azuread_managed_identity_auth")
        return typing.cast(typing.Optional["DatabasePermissionsServerAzureadManagedIdentityAuth"], result)

    @builtins.property
    def azure_login(self) -> typing.Optional["DatabasePermissionsServerAzureLogin"]:
        '''azure_login block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_permissions#azure_login DatabasePermissions#azure_login}
        '''
        result = self._values.get("azure_login")
        return typing.cast(typing.Optional["DatabasePermissionsServerAzureLogin"], result)

    @builtins.property
    def login(self) -> typing.Optional["DatabasePermissionsServerLogin"]:
        '''login block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_permissions#login DatabasePermissions#login}
        '''
        result = self._values.get("login")
        return typing.cast(typing.Optional["DatabasePermissionsServerLogin"], result)

    @builtins.property
    def port(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_permissions#port DatabasePermissions#port}.'''
        result = self._values.get("port")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DatabasePermissionsServer(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mssql.databasePermissions.DatabasePermissionsServerAzureLogin",
    jsii_struct_bases=[],
    name_mapping={
        "client_id": "clientId",
        "client_secret": "clientSecret",
        "tenant_id": "tenantId",
    },
)
class DatabasePermissionsServerAzureLogin:
    def __init__(
        self,
        *,
        client_id: builtins.str,
        client_secret: builtins.str,
        tenant_id: builtins.str,
    ) -> None:
        '''
        :param client_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_permissions#client_id DatabasePermissions#client_id}.
        :param client_secret: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_permissions#client_secret DatabasePermissions#client_secret}.
        :param tenant_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_permissions#tenant_id DatabasePermissions#tenant_id}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__aca36e1d3b77ea62e7bc999817835879766f0c1d52f9103adc55fd745631f0fe)
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
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_permissions#client_id DatabasePermissions#client_id}.'''
        result = self._values.get("client_id")
        assert result is not None, "Required property 'client_id' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def client_secret(self) -> builtins.str:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_permissions#client_secret DatabasePermissions#client_secret}.'''
        result = self._values.get("client_secret")
        assert result is not None, "Required property 'client_secret' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def tenant_id(self) -> builtins.str:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_permissions#tenant_id DatabasePermissions#tenant_id}.'''
        result = self._values.get("tenant_id")
        assert result is not None, "Required property 'tenant_id' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DatabasePermissionsServerAzureLogin(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class DatabasePermissionsServerAzureLoginOutputReference(
    _cdktn_78ede62e.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="mssql.databasePermissions.DatabasePermissionsServerAzureLoginOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__3d75fd39085165e186346badb8151b88a2dde0d02066fa5c271be57611b04224)
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
            type_hints = typing.get_type_hints(_typecheckingstub__19c469f99fc15c0d04d358bbba34952167565d261d1a32018ed04ee89c1a557d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "clientId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="clientSecret")
    def client_secret(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "clientSecret"))

    @client_secret.setter
    def client_secret(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b9ed7cd83e675c1d51e3e9863e5bdac0ffaffa67b0748c9a6cd93a214438ee77)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "clientSecret", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="tenantId")
    def tenant_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "tenantId"))

    @tenant_id.setter
    def tenant_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__73c5dc7938897b7d737d35d0573685b5665dee025603c3f65ebfd66f827e438d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "tenantId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(self) -> typing.Optional["DatabasePermissionsServerAzureLogin"]:
        return typing.cast(typing.Optional["DatabasePermissionsServerAzureLogin"], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional["DatabasePermissionsServerAzureLogin"],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b2e1863be36482ccac89d35f7e6b2416066b8338035a286ca8b30df863d045f8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="mssql.databasePermissions.DatabasePermissionsServerAzureadDefaultChainAuth",
    jsii_struct_bases=[],
    name_mapping={"use_oidc": "useOidc"},
)
class DatabasePermissionsServerAzureadDefaultChainAuth:
    def __init__(
        self,
        *,
        use_oidc: typing.Optional[typing.Union[builtins.bool, "_cdktn_78ede62e.IResolvable"]] = None,
    ) -> None:
        '''
        :param use_oidc: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_permissions#use_oidc DatabasePermissions#use_oidc}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f10f607c6d65498e9a717e1efbc997def363ee2936b417afc6a218f7ba77a368)
            check_type(argname="argument use_oidc", value=use_oidc, expected_type=type_hints["use_oidc"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if use_oidc is not None:
            self._values["use_oidc"] = use_oidc

    @builtins.property
    def use_oidc(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, "_cdktn_78ede62e.IResolvable"]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_permissions#use_oidc DatabasePermissions#use_oidc}.'''
        result = self._values.get("use_oidc")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, "_cdktn_78ede62e.IResolvable"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DatabasePermissionsServerAzureadDefaultChainAuth(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class DatabasePermissionsServerAzureadDefaultChainAuthOutputReference(
    _cdktn_78ede62e.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="mssql.databasePermissions.DatabasePermissionsServerAzureadDefaultChainAuthOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__c8f24f41fb464f701d255942bfd23b04f7d87f0a8241aa8d9739af1c8a6e555b)
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
            type_hints = typing.get_type_hints(_typecheckingstub__07cf1fa00446efb26f63a36c921e50e113f2b6e34710ee2bf279f10bf616fd1a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "useOidc", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional["DatabasePermissionsServerAzureadDefaultChainAuth"]:
        return typing.cast(typing.Optional["DatabasePermissionsServerAzureadDefaultChainAuth"], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional["DatabasePermissionsServerAzureadDefaultChainAuth"],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6e0849bce6b3d9d722acee48e80b55be24d2b0eeb4d4413c251f8dbdfca41b8d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="mssql.databasePermissions.DatabasePermissionsServerAzureadManagedIdentityAuth",
    jsii_struct_bases=[],
    name_mapping={"user_id": "userId"},
)
class DatabasePermissionsServerAzureadManagedIdentityAuth:
    def __init__(self, *, user_id: typing.Optional[builtins.str] = None) -> None:
        '''
        :param user_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_permissions#user_id DatabasePermissions#user_id}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__db97b894831f0fd4e9022a33e92bb9c96eb46a77e3a2165b8364c3425372052d)
            check_type(argname="argument user_id", value=user_id, expected_type=type_hints["user_id"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if user_id is not None:
            self._values["user_id"] = user_id

    @builtins.property
    def user_id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_permissions#user_id DatabasePermissions#user_id}.'''
        result = self._values.get("user_id")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DatabasePermissionsServerAzureadManagedIdentityAuth(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class DatabasePermissionsServerAzureadManagedIdentityAuthOutputReference(
    _cdktn_78ede62e.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="mssql.databasePermissions.DatabasePermissionsServerAzureadManagedIdentityAuthOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__3144b1c2853aed83727b255197f53956ee2abc1d3bbd346c7bfcd983e8525ff5)
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
            type_hints = typing.get_type_hints(_typecheckingstub__97912a7883ea21d8bb1e227f8693835ad11241c6d4d5e38ea6c70ad7ea427770)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "userId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional["DatabasePermissionsServerAzureadManagedIdentityAuth"]:
        return typing.cast(typing.Optional["DatabasePermissionsServerAzureadManagedIdentityAuth"], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional["DatabasePermissionsServerAzureadManagedIdentityAuth"],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3cce503f42539a76a1982b8e87e63380f1def3f5e0f8d297ddd17fea8d73b3df)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="mssql.databasePermissions.DatabasePermissionsServerLogin",
    jsii_struct_bases=[],
    name_mapping={"password": "password", "username": "username"},
)
class DatabasePermissionsServerLogin:
    def __init__(
        self,
        *,
        password: typing.Optional[builtins.str] = None,
        username: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param password: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_permissions#password DatabasePermissions#password}.
        :param username: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_permissions#username DatabasePermissions#username}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__020d7e6337f5072109d50785ddf82dc33b90c4be90c035f9d8f14d6420b7ef57)
            check_type(argname="argument password", value=password, expected_type=type_hints["password"])
            check_type(argname="argument username", value=username, expected_type=type_hints["username"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if password is not None:
            self._values["password"] = password
        if username is not None:
            self._values["username"] = username

    @builtins.property
    def password(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_permissions#password DatabasePermissions#password}.'''
        result = self._values.get("password")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def username(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_permissions#username DatabasePermissions#username}.'''
        result = self._values.get("username")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DatabasePermissionsServerLogin(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class DatabasePermissionsServerLoginOutputReference(
    _cdktn_78ede62e.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="mssql.databasePermissions.DatabasePermissionsServerLoginOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__0237e8580afff21a4c6c595aa43cabd9e725d20af1e61a0d34aac3afd694d2a4)
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
            type_hints = typing.get_type_hints(_typecheckingstub__12187cc70cb191d5e0926d829eb74fdd76b8d1294cd1528c460c5bb7a575a0f2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "password", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="username")
    def username(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "username"))

    @username.setter
    def username(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f13b4e00a4574d60bafec3c0c95f4829634f5636526ea5c616e4afd9d6e420c2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "username", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(self) -> typing.Optional["DatabasePermissionsServerLogin"]:
        return typing.cast(typing.Optional["DatabasePermissionsServerLogin"], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional["DatabasePermissionsServerLogin"],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__058f92a5bc4c9591d66fbb0246ae7e5ba899a5addf0ae6871401469d8cb4813f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class DatabasePermissionsServerOutputReference(
    _cdktn_78ede62e.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="mssql.databasePermissions.DatabasePermissionsServerOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__2225bcd7c24a3f0e8743e7022c0c4dc4952582ba32ac62cdb1983430b11c33dd)
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
        :param use_oidc: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_permissions#use_oidc DatabasePermissions#use_oidc}.
        '''
        value = DatabasePermissionsServerAzureadDefaultChainAuth(use_oidc=use_oidc)

        return typing.cast(None, jsii.invoke(self, "putAzureadDefaultChainAuth", [value]))

    @jsii.member(jsii_name="putAzureadManagedIdentityAuth")
    def put_azuread_managed_identity_auth(
        self,
        *,
        user_id: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param user_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_permissions#user_id DatabasePermissions#user_id}.
        '''
        value = DatabasePermissionsServerAzureadManagedIdentityAuth(user_id=user_id)

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
        :param client_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_permissions#client_id DatabasePermissions#client_id}.
        :param client_secret: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_permissions#client_secret DatabasePermissions#client_secret}.
        :param tenant_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_permissions#tenant_id DatabasePermissions#tenant_id}.
        '''
        value = DatabasePermissionsServerAzureLogin(
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
        :param password: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_permissions#password DatabasePermissions#password}.
        :param username: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/database_permissions#username DatabasePermissions#username}.
        '''
        value = DatabasePermissionsServerLogin(password=password, username=username)

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
    ) -> "DatabasePermissionsServerAzureadDefaultChainAuthOutputReference":
        return typing.cast("DatabasePermissionsServerAzureadDefaultChainAuthOutputReference", jsii.get(self, "azureadDefaultChainAuth"))

    @builtins.property
    @jsii.member(jsii_name="azureadManagedIdentityAuth")
    def azuread_managed_identity_auth(
        self,
    ) -> "DatabasePermissionsServerAzureadManagedIdentityAuthOutputReference":
        return typing.cast("DatabasePermissionsServerAzureadManagedIdentityAuthOutputReference", jsii.get(self, "azureadManagedIdentityAuth"))

    @builtins.property
    @jsii.member(jsii_name="azureLogin")
    def azure_login(self) -> "DatabasePermissionsServerAzureLoginOutputReference":
        return typing.cast("DatabasePermissionsServerAzureLoginOutputReference", jsii.get(self, "azureLogin"))

    @builtins.property
    @jsii.member(jsii_name="login")
    def login(self) -> "DatabasePermissionsServerLoginOutputReference":
        return typing.cast("DatabasePermissionsServerLoginOutputReference", jsii.get(self, "login"))

    @builtins.property
    @jsii.member(jsii_name="azureadDefaultChainAuthInput")
    def azuread_default_chain_auth_input(
        self,
    ) -> typing.Optional["DatabasePermissionsServerAzureadDefaultChainAuth"]:
        return typing.cast(typing.Optional["DatabasePermissionsServerAzureadDefaultChainAuth"], jsii.get(self, "azureadDefaultChainAuthInput"))

    @builtins.property
    @jsii.member(jsii_name="azureadManagedIdentityAuthInput")
    def azuread_managed_identity_auth_input(
        self,
    ) -> typing.Optional["DatabasePermissionsServerAzureadManagedIdentityAuth"]:
        return typing.cast(typing.Optional["DatabasePermissionsServerAzureadManagedIdentityAuth"], jsii.get(self, "azureadManagedIdentityAuthInput"))

    @builtins.property
    @jsii.member(jsii_name="azureLoginInput")
    def azure_login_input(
        self,
    ) -> typing.Optional["DatabasePermissionsServerAzureLogin"]:
        return typing.cast(typing.Optional["DatabasePermissionsServerAzureLogin"], jsii.get(self, "azureLoginInput"))

    @builtins.property
    @jsii.member(jsii_name="hostInput")
    def host_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "hostInput"))

    @builtins.property
    @jsii.member(jsii_name="loginInput")
    def login_input(self) -> typing.Optional["DatabasePermissionsServerLogin"]:
        return typing.cast(typing.Optional["DatabasePermissionsServerLogin"], jsii.get(self, "loginInput"))

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
            type_hints = typing.get_type_hints(_typecheckingstub__ab305ba89c9ed334e6066afcee0e41f0bec9dc25a5e6a68c33bc9fcc3d7ce1e9)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "host", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="port")
    def port(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "port"))

    @port.setter
    def port(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6881e68e2c514c1f88396c567c16d2895a784453f2e2ee17f951fc74f8615d6a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "port", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(self) -> typing.Optional["DatabasePermissionsServer"]:
        return typing.cast(typing.Optional["DatabasePermissionsServer"], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional["DatabasePermissionsServer"],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__fec94e06d09d56c914ac1577be2258209ca08ee6e6a74fc97e1535c8ed9dd3cd)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


__all__ = [
    "DatabasePermissions",
    "DatabasePermissionsConfig",
    "DatabasePermissionsServer",
    "DatabasePermissionsServerAzureLogin",
    "DatabasePermissionsServerAzureLoginOutputReference",
    "DatabasePermissionsServerAzureadDefaultChainAuth",
    "DatabasePermissionsServerAzureadDefaultChainAuthOutputReference",
    "DatabasePermissionsServerAzureadManagedIdentityAuth",
    "DatabasePermissionsServerAzureadManagedIdentityAuthOutputReference",
    "DatabasePermissionsServerLogin",
    "DatabasePermissionsServerLoginOutputReference",
    "DatabasePermissionsServerOutputReference",
]

publication.publish()

def _typecheckingstub__73d2c88d0f24abcbb49909aadf214b9cfa601797033075f90c20b4b8c3635a85(
    scope: _constructs_77d1e7e8.Construct,
    id_: builtins.str,
    *,
    database: builtins.str,
    permissions: typing.Sequence[builtins.str],
    server: typing.Union[DatabasePermissionsServer, typing.Dict[builtins.str, typing.Any]],
    username: builtins.str,
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

def _typecheckingstub__4d635dd862a6a1a908917104837512badad261a74c8622821839448edb59ad88(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktn_78ede62e.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3ab4be803ebbc2bcb6ec4893dd0a95b325865c6b84c5e27ccea458ae58dba36b(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d7f7aa4ced7d7cd2d691361217ab664e00a7fff5976da8d56c017d65674ca954(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5f6b73b6e7bebd56f67d705500b2018921752902558ba2c5f1b9dd79749086fc(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4b915498b36da5c30efb0ab5dd3c2c6b89269b5275dd6800cdd1aa0a08162cd5(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__40088a4a2ed1c8cd53b3de99b35fd8d6079431aea3191dff28dd3622f013e31e(
    *,
    connection: typing.Optional[typing.Union[typing.Union[_cdktn_78ede62e.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktn_78ede62e.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktn_78ede62e.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktn_78ede62e.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktn_78ede62e.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktn_78ede62e.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktn_78ede62e.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktn_78ede62e.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktn_78ede62e.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktn_78ede62e.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    database: builtins.str,
    permissions: typing.Sequence[builtins.str],
    server: typing.Union[DatabasePermissionsServer, typing.Dict[builtins.str, typing.Any]],
    username: builtins.str,
    id: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__795e2418e77a8e123dcb4cf2458492459a06c09f6c9012343725d60778ce8016(
    *,
    host: builtins.str,
    azuread_default_chain_auth: typing.Optional[typing.Union[DatabasePermissionsServerAzureadDefaultChainAuth, typing.Dict[builtins.str, typing.Any]]] = None,
    azuread_managed_identity_auth: typing.Optional[typing.Union[DatabasePermissionsServerAzureadManagedIdentityAuth, typing.Dict[builtins.str, typing.Any]]] = None,
    azure_login: typing.Optional[typing.Union[DatabasePermissionsServerAzureLogin, typing.Dict[builtins.str, typing.Any]]] = None,
    login: typing.Optional[typing.Union[DatabasePermissionsServerLogin, typing.Dict[builtins.str, typing.Any]]] = None,
    port: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__aca36e1d3b77ea62e7bc999817835879766f0c1d52f9103adc55fd745631f0fe(
    *,
    client_id: builtins.str,
    client_secret: builtins.str,
    tenant_id: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3d75fd39085165e186346badb8151b88a2dde0d02066fa5c271be57611b04224(
    terraform_resource: _cdktn_78ede62e.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__19c469f99fc15c0d04d358bbba34952167565d261d1a32018ed04ee89c1a557d(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b9ed7cd83e675c1d51e3e9863e5bdac0ffaffa67b0748c9a6cd93a214438ee77(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__73c5dc7938897b7d737d35d0573685b5665dee025603c3f65ebfd66f827e438d(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b2e1863be36482ccac89d35f7e6b2416066b8338035a286ca8b30df863d045f8(
    value: typing.Optional[DatabasePermissionsServerAzureLogin],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f10f607c6d65498e9a717e1efbc997def363ee2936b417afc6a218f7ba77a368(
    *,
    use_oidc: typing.Optional[typing.Union[builtins.bool, _cdktn_78ede62e.IResolvable]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c8f24f41fb464f701d255942bfd23b04f7d87f0a8241aa8d9739af1c8a6e555b(
    terraform_resource: _cdktn_78ede62e.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__07cf1fa00446efb26f63a36c921e50e113f2b6e34710ee2bf279f10bf616fd1a(
    value: typing.Union[builtins.bool, _cdktn_78ede62e.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6e0849bce6b3d9d722acee48e80b55be24d2b0eeb4d4413c251f8dbdfca41b8d(
    value: typing.Optional[DatabasePermissionsServerAzureadDefaultChainAuth],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__db97b894831f0fd4e9022a33e92bb9c96eb46a77e3a2165b8364c3425372052d(
    *,
    user_id: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3144b1c2853aed83727b255197f53956ee2abc1d3bbd346c7bfcd983e8525ff5(
    terraform_resource: _cdktn_78ede62e.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__97912a7883ea21d8bb1e227f8693835ad11241c6d4d5e38ea6c70ad7ea427770(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3cce503f42539a76a1982b8e87e63380f1def3f5e0f8d297ddd17fea8d73b3df(
    value: typing.Optional[DatabasePermissionsServerAzureadManagedIdentityAuth],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__020d7e6337f5072109d50785ddf82dc33b90c4be90c035f9d8f14d6420b7ef57(
    *,
    password: typing.Optional[builtins.str] = None,
    username: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0237e8580afff21a4c6c595aa43cabd9e725d20af1e61a0d34aac3afd694d2a4(
    terraform_resource: _cdktn_78ede62e.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__12187cc70cb191d5e0926d829eb74fdd76b8d1294cd1528c460c5bb7a575a0f2(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f13b4e00a4574d60bafec3c0c95f4829634f5636526ea5c616e4afd9d6e420c2(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__058f92a5bc4c9591d66fbb0246ae7e5ba899a5addf0ae6871401469d8cb4813f(
    value: typing.Optional[DatabasePermissionsServerLogin],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2225bcd7c24a3f0e8743e7022c0c4dc4952582ba32ac62cdb1983430b11c33dd(
    terraform_resource: _cdktn_78ede62e.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ab305ba89c9ed334e6066afcee0e41f0bec9dc25a5e6a68c33bc9fcc3d7ce1e9(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6881e68e2c514c1f88396c567c16d2895a784453f2e2ee17f951fc74f8615d6a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fec94e06d09d56c914ac1577be2258209ca08ee6e6a74fc97e1535c8ed9dd3cd(
    value: typing.Optional[DatabasePermissionsServer],
) -> None:
    """Type checking stubs"""
    pass
