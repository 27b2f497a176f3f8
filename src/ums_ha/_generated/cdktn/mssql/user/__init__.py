r'''
# `mssql_user`

Refer to the Terraform Registry for docs: [`mssql_user`](https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/user).
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


class User(
    _cdktn_78ede62e.TerraformResource,
    metaclass=jsii.JSIIMeta,
    jsii_type="mssql.user.User",
):
    '''Represents a {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/user mssql_user}.'''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id_: builtins.str,
        *,
        server: typing.Union["UserServer", typing.Dict[builtins.str, typing.Any]],
        username: builtins.str,
        database: typing.Optional[builtins.str] = None,
        default_schema: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        login_name: typing.Optional[builtins.str] = None,
        roles: typing.Optional[typing.Sequence[builtins.str]] = None,
        connection: typing.Optional[typing.Union[typing.Union["_cdktn_78ede62e.SSHProvisionerConnection", typing.Dict[builtins.str, typing.Any]], typing.Union["_cdktn_78ede62e.WinrmProvisionerConnection", typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, "_cdktn_78ede62e.TerraformCount"]] = None,
        depends_on: typing.Optional[typing.Sequence["_cdktn_78ede62e.ITerraformDependable"]] = None,
        for_each: typing.Optional["_cdktn_78ede62e.ITerraformIterator"] = None,
        lifecycle: typing.Optional[typing.Union["_cdktn_78ede62e.TerraformResourceLifecycle", typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional["_cdktn_78ede62e.TerraformProvider"] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union["_cdktn_78ede62e.FileProvisioner", typing.Dict[builtins.str, typing.Any]], typing.Union["_cdktn_78ede62e.LocalExecProvisioner", typing.Dict[builtins.str, typing.Any]], typing.Union["_cdktn_78ede62e.RemoteExecProvisioner", typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''Create a new {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/user mssql_user} Resource.

        :param scope: The scope in which to define this construct.
        :param id_: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param server: server block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/user#server User#server}
        :param username: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/user#username User#username}.
        :param database: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/user#database User#database}.
        :param default_schema: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/user#default_schema User#default_schema}.
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/user#id User#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param login_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/user#login_name User#login_name}.
        :param roles: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/user#roles User#roles}.
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f520781e409f9cfc52f60bb1e6243bd5b260a51a6ce1dbe3f5c4c9ffc2871338)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id_", value=id_, expected_type=type_hints["id_"])
        config = UserConfig(
            server=server,
            username=username,
            database=database,
            default_schema=default_schema,
            id=id,
            login_name=login_name,
            roles=roles,
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
        '''Generates CDKTN code for importing a User resource upon running "cdktn plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the User to import.
        :param import_from_id: The id of the existing User that should be imported. Refer to the {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/user#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the User to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3e6b382b2248c62ca160324fa423c364e855d961d8f8135c4c709a81f3b47a42)
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
        azuread_default_chain_auth: typing.Optional[typing.Union["UserServerAzureadDefaultChainAuth", typing.Dict[builtins.str, typing.Any]]] = None,
        azuread_managed_identity_auth: typing.Optional[typing.Union["UserServerAzureadManagedIdentityAuth", typing.Dict[builtins.str, typing.Any]]] = None,
        azure_login: typing.Optional[typing.Union["UserServerAzureLogin", typing.Dict[builtins.str, typing.Any]]] = None,
        login: typing.Optional[typing.Union["UserServerLogin", typing.Dict[builtins.str, typing.Any]]] = None,
        port: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param host: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/user#host User#host}.
        :param azuread_default_chain_auth: azuread_default_chain_auth block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/user#azuread_default_chain_auth User#azuread_default_chain_auth}
        :param azuread_managed_identity_auth: azuread_managed_identity_auth block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/user#azuread_managed_identity_auth User#azuread_managed_identity_auth}
        :param azure_login: azure_login block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/user#azure_login User#azure_login}
        :param login: login block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/user#login User#login}
        :param port: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/user#port User#port}.
        '''
        value = UserServer(
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

    @jsii.member(jsii_name="resetDefaultSchema")
    def reset_default_schema(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDefaultSchema", []))

    @jsii.member(jsii_name="resetId")
    def reset_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetId", []))

    @jsii.member(jsii_name="resetLoginName")
    def reset_login_name(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetLoginName", []))

    @jsii.member(jsii_name="resetRoles")
    def reset_roles(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetRoles", []))

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
    def server(self) -> "UserServerOutputReference":
        return typing.cast("UserServerOutputReference", jsii.get(self, "server"))

    @builtins.property
    @jsii.member(jsii_name="databaseInput")
    def database_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "databaseInput"))

    @builtins.property
    @jsii.member(jsii_name="defaultSchemaInput")
    def default_schema_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "defaultSchemaInput"))

    @builtins.property
    @jsii.member(jsii_name="idInput")
    def id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "idInput"))

    @builtins.property
    @jsii.member(jsii_name="loginNameInput")
    def login_name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "loginNameInput"))

    @builtins.property
    @jsii.member(jsii_name="rolesInput")
    def roles_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "rolesInput"))

    @builtins.property
    @jsii.member(jsii_name="serverInput")
    def server_input(self) -> typing.Optional["UserServer"]:
        return typing.cast(typing.Optional["UserServer"], jsii.get(self, "serverInput"))

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
            type_hints = typing.get_type_hints(_typecheckingstub__1838ef7acd38cfc691388656875daeaa386ff9be3caf1eb69e2a038a7f09dcf8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "database", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="defaultSchema")
    def default_schema(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "defaultSchema"))

    @default_schema.setter
    def default_schema(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6f24c24ec6d7844e35d8bea6f3cbe06429ff9a9d54a1cff5c8bf5d77a713acf3)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "defaultSchema", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @id.setter
    def id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3b16950a1eb6231e4c46ad2da639dbbcb082fba19e730d170e4748528b208e96)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "id", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="loginName")
    def login_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "loginName"))

    @login_name.setter
    def login_name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8e3f9d449f514d322c0b732a49aae2ceae443ef3d07c86cca2519f402795aa33)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "loginName", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="roles")
    def roles(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "roles"))

    @roles.setter
    def roles(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e3ce246b4ea7906b0c38c76c6e1db57724b0eb92d4e7f5c55f802b6da6292f83)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "roles", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="username")
    def username(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "username"))

    @username.setter
    def username(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e1bcb81d8e4d179a8b556c0729b8b7cf8646ded3f56aa00fe3197ab570e32c0e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "username", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="mssql.user.UserConfig",
    jsii_struct_bases=[_cdktn_78ede62e.TerraformMetaArguments],
    name_mapping={
        "connection": "connection",
        "count": "count",
        "depends_on": "dependsOn",
        "for_each": "forEach",
        "lifecycle": "lifecycle",
        "provider": "provider",
        "provisioners": "provisioners",
        "server": "server",
        "username": "username",
        "database": "database",
        "default_schema": "defaultSchema",
        "id": "id",
        "login_name": "loginName",
        "roles": "roles",
    },
)
class UserConfig(_cdktn_78ede62e.TerraformMetaArguments):
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
        server: typing.Union["UserServer", typing.Dict[builtins.str, typing.Any]],
        username: builtins.str,
        database: typing.Optional[builtins.str] = None,
        default_schema: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        login_name: typing.Optional[builtins.str] = None,
        roles: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        :param server: server block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/user#server User#server}
        :param username: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/user#username User#username}.
        :param database: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/user#database User#database}.
        :param default_schema: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/user#default_schema User#default_schema}.
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/user#id User#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param login_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/user#login_name User#login_name}.
        :param roles: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/user#roles User#roles}.
        '''
        if isinstance(lifecycle, dict):
            lifecycle = _cdktn_78ede62e.TerraformResourceLifecycle(**lifecycle)
        if isinstance(server, dict):
            server = UserServer(**server)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d0949c278d3130c8e50c35d90cea376a9a11f97506053ad952c91f45e3fd821b)
            check_type(argname="argument connection", value=connection, expected_type=type_hints["connection"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument depends_on", value=depends_on, expected_type=type_hints["depends_on"])
            check_type(argname="argument for_each", value=for_each, expected_type=type_hints["for_each"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument provisioners", value=provisioners, expected_type=type_hints["provisioners"])
            check_type(argname="argument server", value=server, expected_type=type_hints["server"])
            check_type(argname="argument username", value=username, expected_type=type_hints["username"])
            check_type(argname="argument database", value=database, expected_type=type_hints["database"])
            check_type(argname="argument default_schema", value=default_schema, expected_type=type_hints["default_schema"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument login_name", value=login_name, expected_type=type_hints["login_name"])
            check_type(argname="argument roles", value=roles, expected_type=type_hints["roles"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
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
        if database is not None:
            self._values["database"] = database
        if default_schema is not None:
            self._values["default_schema"] = default_schema
        if id is not None:
            self._values["id"] = id
        if login_name is not None:
            self._values["login_name"] = login_name
        if roles is not None:
            self._values["roles"] = roles

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
    def server(self) -> "UserServer":
        '''server block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/user#server User#server}
        '''
        result = self._values.get("server")
        assert result is not None, "Required property 'server' is missing"
        return typing.cast("UserServer", result)

    @builtins.property
    def username(self) -> builtins.str:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/user#username User#username}.'''
        result = self._values.get("username")
        assert result is not None, "Required property 'username' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def database(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/user#database User#database}.'''
        result = self._values.get("database")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def default_schema(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/user#default_schema User#default_schema}.'''
        result = self._values.get("default_schema")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/user#id User#id}.

        Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
        If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def login_name(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/user#login_name User#login_name}.'''
        result = self._values.get("login_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def roles(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/user#roles User#roles}.'''
        result = self._values.get("roles")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "UserConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mssql.user.UserServer",
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
class UserServer:
    def __init__(
        self,
        *,
        host: builtins.str,
        azuread_default_chain_auth: typing.Optional[typing.Union["UserServerAzureadDefaultChainAuth", typing.Dict[builtins.str, typing.Any]]] = None,
        azuread_managed_identity_auth: typing.Optional[typing.Union["UserServerAzureadManagedIdentityAuth", typing.Dict[builtins.str, typing.Any]]] = None,
        azure_login: typing.Optional[typing.Union["UserServerAzureLogin", typing.Dict[builtins.str, typing.Any]]] = None,
        login: typing.Optional[typing.Union["UserServerLogin", typing.Dict[builtins.str, typing.Any]]] = None,
        port: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param host: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/user#host User#host}.
        :param azuread_default_chain_auth: azuread_default_chain_auth block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/user#azuread_default_chain_auth User#azuread_default_chain_auth}
        :param azuread_managed_identity_auth: azuread_managed_identity_auth block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/user#azuread_managed_identity_auth User#azuread_managed_identity_auth}
        :param azure_login: azure_login block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/user#azure_login User#azure_login}
        :param login: login block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/user#login User#login}
        :param port: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/user#port User#port}.
        '''
        if isinstance(azuread_default_chain_auth, dict):
            azuread_default_chain_auth = UserServerAzureadDefaultChainAuth(**azuread_default_chain_auth)
        if isinstance(azuread_managed_identity_auth, dict):
            azuread_managed_identity_auth = UserServerAzureadManagedIdentityAuth(**azuread_managed_identity_auth)
        if isinstance(azure_login, dict):
            azure_login = UserServerAzureLogin(**azure_login)
        if isinstance(login, dict):
            login = UserServerLogin(**login)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7a944cadf7581b939cc0ab4b69a798966a8e22205e7b8991c3158c0a7eb87ea1)
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
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/user#host User#host}.'''
        result = self._values.get("host")
        assert result is not None, "Required property 'host' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def azuread_default_chain_auth(
        self,
    ) -> typing.Optional["UserServerAzureadDefaultChainAuth"]:
        '''azuread_default_chain_auth block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/user#azuread_default_chain_auth User#azuread_default_chain_auth}
        '''
        result = self._values.get("azuread_default_chain_auth")
        return typing.cast(typing.Optional["UserServerAzureadDefaultChainAuth"], result)

    @builtins.property
    def azuread_managed_identity_auth(
        self,
    ) -> typing.Optional["UserServerAzureadManagedIdentityAuth"]:
        '''azuread_managed_identity_auth block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/user#azuread_managed_identity_auth User#azuread_managed_identity_auth}
        '''
        result = self._values.get("azuread_managed_identity_auth")
        return typing.cast(typing.Optional["UserServerAzureadManagedIdentityAuth"], result)

    @builtins.property
    def azure_login(self) -> typing.Optional["UserServerAzureLogin"]:
        '''azure_login block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/user#azure_login User#azure_login}
        '''
        result = self._values.get("azure_login")
        return typing.cast(typing.Optional["UserServerAzureLogin"], result)

    @builtins.property
    def login(self) -> typing.Optional["UserServerLogin"]:
        '''login block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/user#login User#login}
        '''
        result = self._values.get("login")
        return typing.cast(typing.Optional["UserServerLogin"], result)

    @builtins.property
    def port(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/user#port User#port}.'''
        result = self._values.get("port")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "UserServer(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mssql.user.UserServerAzureLogin",
    jsii_struct_bases=[],
    name_mapping={
        "client_id": "clientId",
        "client_secret": "clientSecret",
        "tenant_id": "tenantId",
    },
)
class UserServerAzureLogin:
    def __init__(
        self,
        *,
        client_id: builtins.str,
        client_secret: builtins.str,
        tenant_id: builtins.str,
    ) -> None:
        '''
        :param client_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/user#client_id User#client_id}.
        :param client_secret: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/user#client_secret User#client_secret}.
        :param tenant_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/user#tenant_id User#tenant_id}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__684c8d35080ddc7f82a8f62d52944440de0a2f5a8c0ae2ed1475c3e5c86527ce)
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
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/user#client_id User#client_id}.'''
        result = self._values.get("client_id")
        assert result is not None, "Required property 'client_id' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def client_secret(self) -> builtins.str:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/user#client_secret User#client_secret}.'''
        result = self._values.get("client_secret")
        assert result is not None, "Required property 'client_secret' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def tenant_id(self) -> builtins.str:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/user#tenant_id User#tenant_id}.'''
        result = self._values.get("tenant_id")
        assert result is not None, "Required property 'tenant_id' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "UserServerAzureLogin(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class UserServerAzureLoginOutputReference(
    _cdktn_78ede62e.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="mssql.user.UserServerAzureLoginOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__0fbfa67900b85d146328e073e96403ee369bda2c561395381a971914008fa611)
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
            type_hints = typing.get_type_hints(_typecheckingstub__921757eda21a99534ba19cc3103fc4bca5e46aee8604241488f5f4331b52e3d2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "clientId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="clientSecret")
    def client_secret(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "clientSecret"))

    @client_secret.setter
    def client_secret(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__98823c6e05da79ef7052ea15342fe9e847f498911c53b015801a27e74aa9a1dc)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "clientSecret", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="tenantId")
    def tenant_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "tenantId"))

    @tenant_id.setter
    def tenant_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6fe82d1d9ff646e94ab39e7a4a75b3719e623f32ee2c735b2aa6ae1da6688117)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "tenantId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(self) -> typing.Optional["UserServerAzureLogin"]:
        return typing.cast(typing.Optional["UserServerAzureLogin"], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(self, value: typing.Optional["UserServerAzureLogin"]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d12d28de146fc1595f717eaf9065dc405d8c3e180ab8c70c8422244bb55df0f3)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="mssql.user.UserServerAzureadDefaultChainAuth",
    jsii_struct_bases=[],
    name_mapping={"use_oidc": "useOidc"},
)
class UserServerAzureadDefaultChainAuth:
    def __init__(
        self,
        *,
        use_oidc: typing.Optional[typing.Union[builtins.bool, "_cdktn_78ede62e.IResolvable"]] = None,
    ) -> None:
        '''
        :param use_oidc: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/user#use_oidc User#use_oidc}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9c85daf57d82f83cbdec77817f9556a01290d3cafd271afdab9ba95bc9c4c618)
            check_type(argname="argument use_oidc", value=use_oidc, expected_type=type_hints["use_oidc"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if use_oidc is not None:
            self._values["use_oidc"] = use_oidc

    @builtins.property
    def use_oidc(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, "_cdktn_78ede62e.IResolvable"]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/user#use_oidc User#use_oidc}.'''
        result = self._values.get("use_oidc")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, "_cdktn_78ede62e.IResolvable"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "UserServerAzureadDefaultChainAuth(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class UserServerAzureadDefaultChainAuthOutputReference(
    _cdktn_78ede62e.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="mssql.user.UserServerAzureadDefaultChainAuthOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__283d7e16085c35ead9b8b41747a3d4d5d2d22869b4cd775c87f154c1cfb8d94b)
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
            type_hints = typing.get_type_hints(_typecheckingstub__ff4dcd60df2de2a8da597c4be4b33fa4c572bae2295e06ae125b533c7123ec8b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "useOidc", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(self) -> typing.Optional["UserServerAzureadDefaultChainAuth"]:
        return typing.cast(typing.Optional["UserServerAzureadDefaultChainAuth"], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional["UserServerAzureadDefaultChainAuth"],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__976da89cc6af36b02535c47128f76659582c9d3fd672a2b2fd662673ba0539db)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="mssql.user.UserServerAzureadManagedIdentityAuth",
    jsii_struct_bases=[],
    name_mapping={"user_id": "userId"},
)
class UserServerAzureadManagedIdentityAuth:
    def __init__(self, *, user_id: typing.Optional[builtins.str] = None) -> None:
        '''
        :param user_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/user#user_id User#user_id}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0bb6bba472a030441bf1e9c392be0b40b63a7fbdbfbdb4ad40ffbb8c09fecc15)
            check_type(argname="argument user_id", value=user_id, expected_type=type_hints["user_id"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if user_id is not None:
            self._values["user_id"] = user_id

    @builtins.property
    def user_id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/user#user_id User#user_id}.'''
        result = self._values.get("user_id")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "UserServerAzureadManagedIdentityAuth(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class UserServerAzureadManagedIdentityAuthOutputReference(
    _cdktn_78ede62e.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="mssql.user.UserServerAzureadManagedIdentityAuthOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__3f1205f98a97913bfe3e58834e34826edd0b2bc21b79f3c654338b4e22bfe25d)
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
            type_hints = typing.get_type_hints(_typecheckingstub__59500b3d9918fbc3146b7b923af31a3d5bfc826283e923e2a8abddabb3c19a70)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "userId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(self) -> typing.Optional["UserServerAzureadManagedIdentityAuth"]:
        return typing.cast(typing.Optional["UserServerAzureadManagedIdentityAuth"], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional["UserServerAzureadManagedIdentityAuth"],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c2cb4dce52f37bff627a8c6e8794a83834603eaa41fcf9770da279ad209dc7c3)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="mssql.user.UserServerLogin",
    jsii_struct_bases=[],
    name_mapping={"password": "password", "username": "username"},
)
class UserServerLogin:
    def __init__(
        self,
        *,
        password: typing.Optional[builtins.str] = None,
        username: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param password: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/user#password User#password}.
        :param username: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/user#username User#username}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__eb33c3b4983e1f79c2d8ffdcfe07ccbb3ee4b603d537a8384da91a4b5953da29)
            check_type(argname="argument password", value=password, expected_type=type_hints["password"])
            check_type(argname="argument username", value=username, expected_type=type_hints["username"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if password is not None:
            self._values["password"] = password
        if username is not None:
            self._values["username"] = username

    @builtins.property
    def password(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/user#password User#password}.'''
        result = self._values.get("password")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def username(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/user#username User#username}.'''
        result = self._values.get("username")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "UserServerLogin(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class UserServerLoginOutputReference(
    _cdktn_78ede62e.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="mssql.user.UserServerLoginOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__18ec2e374848f33de764157a8423448634a69a8c09b690261c00309701791dae)
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
            type_hints = typing.get_type_hints(_typecheckingstub__a0540bb353e9a157bf20362d638ea8e7adc15eddd4348098899ea50857842025)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "password", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="username")
    def username(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "username"))

    @username.setter
    def username(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__bb4009459bddd3bf2065b3b4f6c4f6a0596093ef28232fc121f195cb06882c98)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "username", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(self) -> typing.Optional["UserServerLogin"]:
        return typing.cast(typing.Optional["UserServerLogin"], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(self, value: typing.Optional["UserServerLogin"]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7d081cf9850598bef7a744ddb4597992bb0a2ab6bcda98283a73d9b63885f7a5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class UserServerOutputReference(
    _cdktn_78ede62e.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="mssql.user.UserServerOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__a61ce5e54c64a1eab613c0ce0f0f0f1c468fbced9594c28917db5aacafa5eb96)
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
        :param use_oidc: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/user#use_oidc User#use_oidc}.
        '''
        value = UserServerAzureadDefaultChainAuth(use_oidc=use_oidc)

        return typing.cast(None, jsii.invoke(self, "putAzureadDefaultChainAuth", [value]))

    @jsii.member(jsii_name="putAzureadManagedIdentityAuth")
    def put_azuread_managed_identity_auth(
        self,
        *,
        user_id: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param user_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/user#user_id User#user_id}.
        '''
        value = UserServerAzureadManagedIdentityAuth(user_id=user_id)

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
        :param client_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/user#client_id User#client_id}.
        :param client_secret: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/user#client_secret User#client_secret}.
        :param tenant_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/user#tenant_id User#tenant_id}.
        '''
        value = UserServerAzureLogin(
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
        :param password: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/user#password User#password}.
        :param username: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/user#username User#username}.
        '''
        value = UserServerLogin(password=password, username=username)

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
    ) -> "UserServerAzureadDefaultChainAuthOutputReference":
        return typing.cast("UserServerAzureadDefaultChainAuthOutputReference", jsii.get(self, "azureadDefaultChainAuth"))

    @builtins.property
    @jsii.member(jsii_name="azureadManagedIdentityAuth")
    def azuread_managed_identity_auth(
        self,
    ) -> "UserServerAzureadManagedIdentityAuthOutputReference":
        return typing.cast("UserServerAzureadManagedIdentityAuthOutputReference", jsii.get(self, "azureadManagedIdentityAuth"))

    @builtins.property
    @jsii.member(jsii_name="azureLogin")
    def azure_login(self) -> "UserServerAzureLoginOutputReference":
        return typing.cast("UserServerAzureLoginOutputReference", jsii.get(self, "azureLogin"))

    @builtins.property
    @jsii.member(jsii_name="login")
    def login(self) -> "UserServerLoginOutputReference":
        return typing.cast("UserServerLoginOutputReference", jsii.get(self, "login"))

    @builtins.property
    @jsii.member(jsii_name="azureadDefaultChainAuthInput")
    def azuread_default_chain_auth_input(
        self,
    ) -> typing.Optional["UserServerAzureadDefaultChainAuth"]:
        return typing.cast(typing.Optional["UserServerAzureadDefaultChainAuth"], jsii.get(self, "azureadDefaultChainAuthInput"))

    @builtins.property
    @jsii.member(jsii_name="azureadManagedIdentityAuthInput")
    def azuread_managed_identity_auth_input(
        self,
    ) -> typing.Optional["UserServerAzureadManagedIdentityAuth"]:
        return typing.cast(typing.Optional["UserServerAzureadManagedIdentityAuth"], jsii.get(self, "azureadManagedIdentityAuthInput"))

    @builtins.property
    @jsii.member(jsii_name="azureLoginInput")
    def azure_login_input(self) -> typing.Optional["UserServerAzureLogin"]:
        return typing.cast(typing.Optional["UserServerAzureLogin"], jsii.get(self, "azureLoginInput"))

    @builtins.property
    @jsii.member(jsii_name="hostInput")
    def host_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "hostInput"))

    @builtins.property
    @jsii.member(jsii_name="loginInput")
    def login_input(self) -> typing.Optional["UserServerLogin"]:
        return typing.cast(typing.Optional["UserServerLogin"], jsii.get(self, "loginInput"))

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
            type_hints = typing.get_type_hints(_typecheckingstub__b410a6d717f5ca5996a6866b5110406a1e91c17d1cf351512dcca84f8e62f719)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "host", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="port")
    def port(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "port"))

    @port.setter
    def port(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d7c79f86712a6a3a3035292dcaa50964d08c593455806437b1cd4e838e130050)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "port", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(self) -> typing.Optional["UserServer"]:
        return typing.cast(typing.Optional["UserServer"], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(self, value: typing.Optional["UserServer"]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2e6ed02bb533df7e432637c1c55a9c251f94a55cb5e80406a6dfe5d586c2a8ec)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


__all__ = [
    "User",
    "UserConfig",
    "UserServer",
    "UserServerAzureLogin",
    "UserServerAzureLoginOutputReference",
    "UserServerAzureadDefaultChainAuth",
    "UserServerAzureadDefaultChainAuthOutputReference",
    "UserServerAzureadManagedIdentityAuth",
    "UserServerAzureadManagedIdentityAuthOutputReference",
    "UserServerLogin",
    "UserServerLoginOutputReference",
    "UserServerOutputReference",
]

publication.publish()

def _typecheckingstub__f520781e409f9cfc52f60bb1e6243bd5b260a51a6ce1dbe3f5c4c9ffc2871338(
    scope: _constructs_77d1e7e8.Construct,
    id_: builtins.str,
    *,
    server: typing.Union[UserServer, typing.Dict[builtins.str, typing.Any]],
    username: builtins.str,
    database: typing.Optional[builtins.str] = None,
    default_schema: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
    login_name: typing.Optional[builtins.str] = None,
    roles: typing.Optional[typing.Sequence[builtins.str]] = None,
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

def _typecheckingstub__3e6b382b2248c62ca160324fa423c364e855d961d8f8135c4c709a81f3b47a42(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktn_78ede62e.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1838ef7acd38cfc691388656875daeaa386ff9be3caf1eb69e2a038a7f09dcf8(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6f24c24ec6d7844e35d8bea6f3cbe06429ff9a9d54a1cff5c8bf5d77a713acf3(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3b16950a1eb6231e4c46ad2da639dbbcb082fba19e730d170e4748528b208e96(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8e3f9d449f514d322c0b732a49aae2ceae443ef3d07c86cca2519f402795aa33(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e3ce246b4ea7906b0c38c76c6e1db57724b0eb92d4e7f5c55f802b6da6292f83(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e1bcb81d8e4d179a8b556c0729b8b7cf8646ded3f56aa00fe3197ab570e32c0e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d0949c278d3130c8e50c35d90cea376a9a11f97506053ad952c91f45e3fd821b(
    *,
    connection: typing.Optional[typing.Union[typing.Union[_cdktn_78ede62e.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktn_78ede62e.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktn_78ede62e.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktn_78ede62e.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktn_78ede62e.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktn_78ede62e.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktn_78ede62e.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktn_78ede62e.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktn_78ede62e.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktn_78ede62e.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    server: typing.Union[UserServer, typing.Dict[builtins.str, typing.Any]],
    username: builtins.str,
    database: typing.Optional[builtins.str] = None,
    default_schema: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
    login_name: typing.Optional[builtins.str] = None,
    roles: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7a944cadf7581b939cc0ab4b69a798966a8e22205e7b8991c3158c0a7eb87ea1(
    *,
    host: builtins.str,
    azuread_default_chain_auth: typing.Optional[typing.Union[UserServerAzureadDefaultChainAuth, typing.Dict[builtins.str, typing.Any]]] = None,
    azuread_managed_identity_auth: typing.Optional[typing.Union[UserServerAzureadManagedIdentityAuth, typing.Dict[builtins.str, typing.Any]]] = None,
    azure_login: typing.Optional[typing.Union[UserServerAzureLogin, typing.Dict[builtins.str, typing.Any]]] = None,
    login: typing.Optional[typing.Union[UserServerLogin, typing.Dict[builtins.str, typing.Any]]] = None,
    port: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__684c8d35080ddc7f82a8f62d52944440de0a2f5a8c0ae2ed1475c3e5c86527ce(
    *,
    client_id: builtins.str,
    client_secret: builtins.str,
    tenant_id: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0fbfa67900b85d146328e073e96403ee369bda2c561395381a971914008fa611(
    terraform_resource: _cdktn_78ede62e.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__921757eda21a99534ba19cc3103fc4bca5e46aee8604241488f5f4331b52e3d2(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__98823c6e05da79ef7052ea15342fe9e847f498911c53b015801a27e74aa9a1dc(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6fe82d1d9ff646e94ab39e7a4a75b3719e623f32ee2c735b2aa6ae1da6688117(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d12d28de146fc1595f717eaf9065dc405d8c3e180ab8c70c8422244bb55df0f3(
    value: typing.Optional[UserServerAzureLogin],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9c85daf57d82f83cbdec77817f9556a01290d3cafd271afdab9ba95bc9c4c618(
    *,
    use_oidc: typing.Optional[typing.Union[builtins.bool, _cdktn_78ede62e.IResolvable]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__283d7e16085c35ead9b8b41747a3d4d5d2d22869b4cd775c87f154c1cfb8d94b(
    terraform_resource: _cdktn_78ede62e.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ff4dcd60df2de2a8da597c4be4b33fa4c572bae2295e06ae125b533c7123ec8b(
    value: typing.Union[builtins.bool, _cdktn_78ede62e.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__976da89cc6af36b02535c47128f76659582c9d3fd672a2b2fd662673ba0539db(
    value: typing.Optional[UserServerAzureadDefaultChainAuth],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0bb6bba472a030441bf1e9c392be0b40b63a7fbdbfbdb4ad40ffbb8c09fecc15(
    *,
    user_id: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3f1205f98a97913bfe3e58834e34826edd0b2bc21b79f3c654338b4e22bfe25d(
    terraform_resource: _cdktn_78ede62e.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__59500b3d9918fbc3146b7b923af31a3d5bfc826283e923e2a8abddabb3c19a70(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c2cb4dce52f37bff627a8c6e8794a83834603eaa41fcf9770da279ad209dc7c3(
    value: typing.Optional[UserServerAzureadManagedIdentityAuth],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__eb33c3b4983e1f79c2d8ffdcfe07ccbb3ee4b603d537a8384da91a4b5953da29(
    *,
    password: typing.Optional[builtins.str] = None,
    username: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__18ec2e374848f33de764157a8423448634a69a8c09b690261c00309701791dae(
    terraform_resource: _cdktn_78ede62e.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a0540bb353e9a157bf20362d638ea8e7adc15eddd4348098899ea50857842025(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bb4009459bddd3bf2065b3b4f6c4f6a0596093ef28232fc121f195cb06882c98(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7d081cf9850598bef7a744ddb4597992bb0a2ab6bcda98283a73d9b63885f7a5(
    value: typing.Optional[UserServerLogin],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a61ce5e54c64a1eab613c0ce0f0f0f1c468fbced9594c28917db5aacafa5eb96(
    terraform_resource: _cdktn_78ede62e.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b410a6d717f5ca5996a6866b5110406a1e91c17d1cf351512dcca84f8e62f719(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d7c79f86712a6a3a3035292dcaa50964d08c593455806437b1cd4e838e130050(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2e6ed02bb533df7e432637c1c55a9c251f94a55cb5e80406a6dfe5d586c2a8ec(
    value: typing.Optional[UserServer],
) -> None:
    """Type checking stubs"""
    pass
