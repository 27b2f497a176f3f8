r'''
# `mssql_login`

Refer to the Terraform Registry for docs: [`mssql_login`](https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/login).
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


class Login(
    _cdktn_78ede62e.TerraformResource,
    metaclass=jsii.JSIIMeta,
    jsii_type="mssql.login.Login",
):
    '''Represents a {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/login mssql_login}.'''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id_: builtins.str,
        *,
        login_name: builtins.str,
        password: builtins.str,
        server: typing.Union["LoginServer", typing.Dict[builtins.str, typing.Any]],
        default_database: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        connection: typing.Optional[typing.Union[typing.Union["_cdktn_78ede62e.SSHProvisionerConnection", typing.Dict[builtins.str, typing.Any]], typing.Union["_cdktn_78ede62e.WinrmProvisionerConnection", typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, "_cdktn_78ede62e.TerraformCount"]] = None,
        depends_on: typing.Optional[typing.Sequence["_cdktn_78ede62e.ITerraformDependable"]] = None,
        for_each: typing.Optional["_cdktn_78ede62e.ITerraformIterator"] = None,
        lifecycle: typing.Optional[typing.Union["_cdktn_78ede62e.TerraformResourceLifecycle", typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional["_cdktn_78ede62e.TerraformProvider"] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union["_cdktn_78ede62e.FileProvisioner", typing.Dict[builtins.str, typing.Any]], typing.Union["_cdktn_78ede62e.LocalExecProvisioner", typing.Dict[builtins.str, typing.Any]], typing.Union["_cdktn_78ede62e.RemoteExecProvisioner", typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''Create a new {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/login mssql_login} Resource.

        :param scope: The scope in which to define this construct.
        :param id_: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param login_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/login#login_name Login#login_name}.
        :param password: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/login#password Login#password}.
        :param server: server block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/login#server Login#server}
        :param default_database: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/login#default_database Login#default_database}.
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/login#id Login#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__064f5500f6f50b5b0260cb310a9ef95cdef96bc256b28a71b628f00d75bbbeb3)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id_", value=id_, expected_type=type_hints["id_"])
        config = LoginConfig(
            login_name=login_name,
            password=password,
            server=server,
            default_database=default_database,
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
        '''Generates CDKTN code for importing a Login resource upon running "cdktn plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the Login to import.
        :param import_from_id: The id of the existing Login that should be imported. Refer to the {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/login#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the Login to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3294a21ddf574fd2167bd1d821ad38e4e332a34baad59316e9676be069a8bec4)
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
        azuread_default_chain_auth: typing.Optional[typing.Union["LoginServerAzureadDefaultChainAuth", typing.Dict[builtins.str, typing.Any]]] = None,
        azuread_managed_identity_auth: typing.Optional[typing.Union["LoginServerAzureadManagedIdentityAuth", typing.Dict[builtins.str, typing.Any]]] = None,
        azure_login: typing.Optional[typing.Union["LoginServerAzureLogin", typing.Dict[builtins.str, typing.Any]]] = None,
        login: typing.Optional[typing.Union["LoginServerLogin", typing.Dict[builtins.str, typing.Any]]] = None,
        port: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param host: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/login#host Login#host}.
        :param azuread_default_chain_auth: azuread_default_chain_auth block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/login#azuread_default_chain_auth Login#azuread_default_chain_auth}
        :param azuread_managed_identity_auth: azuread_managed_identity_auth block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/login#azuread_managed_identity_auth Login#azuread_managed_identity_auth}
        :param azure_login: azure_login block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/login#azure_login Login#azure_login}
        :param login: login block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/login#login Login#login}
        :param port: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/login#port Login#port}.
        '''
        value = LoginServer(
            host=host,
            azuread_default_chain_auth=azuread_default_chain_auth,
            azuread_managed_identity_auth=azuread_managed_identity_auth,
            azure_login=azure_login,
            login=login,
            port=port,
        )

        return typing.cast(None, jsii.invoke(self, "putServer", [value]))

    @jsii.member(jsii_name="resetDefaultDatabase")
    def reset_default_database(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDefaultDatabase", []))

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
    def server(self) -> "LoginServerOutputReference":
        return typing.cast("LoginServerOutputReference", jsii.get(self, "server"))

    @builtins.property
    @jsii.member(jsii_name="defaultDatabaseInput")
    def default_database_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "defaultDatabaseInput"))

    @builtins.property
    @jsii.member(jsii_name="idInput")
    def id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "idInput"))

    @builtins.property
    @jsii.member(jsii_name="loginNameInput")
    def login_name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "loginNameInput"))

    @builtins.property
    @jsii.member(jsii_name="passwordInput")
    def password_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "passwordInput"))

    @builtins.property
    @jsii.member(jsii_name="serverInput")
    def server_input(self) -> typing.Optional["LoginServer"]:
        return typing.cast(typing.Optional["LoginServer"], jsii.get(self, "serverInput"))

    @builtins.property
    @jsii.member(jsii_name="defaultDatabase")
    def default_database(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "defaultDatabase"))

    @default_database.setter
    def default_database(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__cee96be476806ba547c3fc9d8ad882575b958fe0f27beee5643c656bf8bd460c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "defaultDatabase", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @id.setter
    def id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a242395046d9559eea2372cf4c4ea677f47e19c8b4cecbd8edaa7d956bad34b4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "id", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="loginName")
    def login_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "loginName"))

    @login_name.setter
    def login_name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1966d3210d3511c2ec4b462ab0ec6c397be74dbf05b5cd0363901bac17b8238d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "loginName", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="password")
    def password(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "password"))

    @password.setter
    def password(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__decbb53b8175b44e6f62bb09cacab309874e0cdd6474d61f74a6dd4d79653173)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "password", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="mssql.login.LoginConfig",
    jsii_struct_bases=[_cdktn_78ede62e.TerraformMetaArguments],
    name_mapping={
        "connection": "connection",
        "count": "count",
        "depends_on": "dependsOn",
        "for_each": "forEach",
        "lifecycle": "lifecycle",
        "provider": "provider",
        "provisioners": "provisioners",
        "login_name": "loginName",
        "password": "password",
        "server": "server",
        "default_database": "defaultDatabase",
        "id": "id",
    },
)
class LoginConfig(_cdktn_78ede62e.TerraformMetaArguments):
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
        login_name: builtins.str,
        password: builtins.str,
        server: typing.Union["LoginServer", typing.Dict[builtins.str, typing.Any]],
        default_database: typing.Optional[builtins.str] = None,
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
        :param login_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/login#login_name Login#login_name}.
        :param password: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/login#password Login#password}.
        :param server: server block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/login#server Login#server}
        :param default_database: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/login#default_database Login#default_database}.
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/login#id Login#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        if isinstance(lifecycle, dict):
            lifecycle = _cdktn_78ede62e.TerraformResourceLifecycle(**lifecycle)
        if isinstance(server, dict):
            server = LoginServer(**server)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__bdabefab6618608d1d8618b1f8b0f1789b58419b05693c782f92f3156581e730)
            check_type(argname="argument connection", value=connection, expected_type=type_hints["connection"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument depends_on", value=depends_on, expected_type=type_hints["depends_on"])
            check_type(argname="argument for_each", value=for_each, expected_type=type_hints["for_each"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument provisioners", value=provisioners, expected_type=type_hints["provisioners"])
            check_type(argname="argument login_name", value=login_name, expected_type=type_hints["login_name"])
            check_type(argname="argument password", value=password, expected_type=type_hints["password"])
            check_type(argname="argument server", value=server, expected_type=type_hints["server"])
            check_type(argname="argument default_database", value=default_database, expected_type=type_hints["default_database"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "login_name": login_name,
            "password": password,
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
        if default_database is not None:
            self._values["default_database"] = default_database
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
    def login_name(self) -> builtins.str:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/login#login_name Login#login_name}.'''
        result = self._values.get("login_name")
        assert result is not None, "Required property 'login_name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def password(self) -> builtins.str:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/login#password Login#password}.'''
        result = self._values.get("password")
        assert result is not None, "Required property 'password' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def server(self) -> "LoginServer":
        '''server block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/login#server Login#server}
        '''
        result = self._values.get("server")
        assert result is not None, "Required property 'server' is missing"
        return typing.cast("LoginServer", result)

    @builtins.property
    def default_database(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/login#default_database Login#default_database}.'''
        result = self._values.get("default_database")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/login#id Login#id}.

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
        return "LoginConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mssql.login.LoginServer",
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
class LoginServer:
    def __init__(
        self,
        *,
        host: builtins.str,
        azuread_default_chain_auth: typing.Optional[typing.Union["LoginServerAzureadDefaultChainAuth", typing.Dict[builtins.str, typing.Any]]] = None,
        azuread_managed_identity_auth: typing.Optional[typing.Union["LoginServerAzureadManagedIdentityAuth", typing.Dict[builtins.str, typing.Any]]] = None,
        azure_login: typing.Optional[typing.Union["LoginServerAzureLogin", typing.Dict[builtins.str, typing.Any]]] = None,
        login: typing.Optional[typing.Union["LoginServerLogin", typing.Dict[builtins.str, typing.Any]]] = None,
        port: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param host: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/login#host Login#host}.
        :param azuread_default_chain_auth: azuread_default_chain_auth block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/login#azuread_default_chain_auth Login#azuread_default_chain_auth}
        :param azuread_managed_identity_auth: azuread_managed_identity_auth block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/login#azuread_managed_identity_auth Login#azuread_managed_identity_auth}
        :param azure_login: azure_login block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/login#azure_login Login#azure_login}
        :param login: login block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/login#login Login#login}
        :param port: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/login#port Login#port}.
        '''
        if isinstance(azuread_default_chain_auth, dict):
            azuread_default_chain_auth = LoginServerAzureadDefaultChainAuth(**azuread_default_chain_auth)
        if isinstance(azuread_managed_identity_auth, dict):
            azuread_managed_identity_auth = LoginServerAzureadManagedIdentityAuth(**azuread_managed_identity_auth)
        if isinstance(azure_login, dict):
            azure_login = LoginServerAzureLogin(**azure_login)
        if isinstance(login, dict):
            login = LoginServerLogin(**login)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__82e3c4ca83bdd22b6119f001c51b46bd49fe781eb29004bbb9cfc74b21b800a4)
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
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/login#host Login#host}.'''
        result = self._values.get("host")
        assert result is not None, "Required property 'host' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def azuread_default_chain_auth(
        self,
    ) -> typing.Optional["LoginServerAzureadDefaultChainAuth"]:
        '''azuread_default_chain_auth block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/login#azuread_default_chain_auth Login#azuread_default_chain_auth}
        '''
        result = self._values.get("azuread_default_chain_auth")
        return typing.cast(typing.Optional["LoginServerAzureadDefaultChainAuth"], result)

    @builtins.property
    def azuread_managed_identity_auth(
        self,
    ) -> typing.Optional["LoginServerAzureadManagedIdentityAuth"]:
        '''azuread_managed_identity_auth block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/login#azuread_managed_identity_auth Login#azuread_managed_identity_auth}
        '''
        result = self._values.get("azuread_managed_identity_auth")
        return typing.cast(typing.Optional["LoginServerAzureadManagedIdentityAuth"], result)

    @builtins.property
    def azure_login(self) -> typing.Optional["LoginServerAzureLogin"]:
        '''azure_login block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/login#azure_login Login#azure_login}
        '''
        result = self._values.get("azure_login")
        return typing.cast(typing.Optional["LoginServerAzureLogin"], result)

    @builtins.property
    def login(self) -> typing.Optional["LoginServerLogin"]:
        '''login block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/login#login Login#login}
        '''
        result = self._values.get("login")
        return typing.cast(typing.Optional["LoginServerLogin"], result)

    @builtins.property
    def port(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/login#port Login#port}.'''
        result = self._values.get("port")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "LoginServer(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="mssql.login.LoginServerAzureLogin",
    jsii_struct_bases=[],
    name_mapping={
        "client_id": "clientId",
        "client_secret": "clientSecret",
        "tenant_id": "tenantId",
    },
)
class LoginServerAzureLogin:
    def __init__(
        self,
        *,
        client_id: builtins.str,
        client_secret: builtins.str,
        tenant_id: builtins.str,
    ) -> None:
        '''
        :param client_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/login#client_id Login#client_id}.
        :param client_secret: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/login#client_secret Login#client_secret}.
        :param tenant_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/login#tenant_id Login#tenant_id}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0ac8eb725a78558bcd789fa72892d7ef24f5cb4754ea4c8b5fef1ac10f620b9a)
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
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/login#client_id Login#client_id}.'''
        result = self._values.get("client_id")
        assert result is not None, "Required property 'client_id' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def client_secret(self) -> builtins.str:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/login#client_secret Login#client_secret}.'''
        result = self._values.get("client_secret")
        assert result is not None, "Required property 'client_secret' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def tenant_id(self) -> builtins.str:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/login#tenant_id Login#tenant_id}.'''
        result = self._values.get("tenant_id")
        assert result is not None, "Required property 'tenant_id' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "LoginServerAzureLogin(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class LoginServerAzureLoginOutputReference(
    _cdktn_78ede62e.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="mssql.login.LoginServerAzureLoginOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__d6cc74788ba3ad6b7f0b00bada13579f0c5fabbe167321816939a5726737b26d)
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
            type_hints = typing.get_type_hints(_typecheckingstub__b837725450698cc2ffdfe7e33d13af61009bf1be5c56951d992a09b619fde15a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "clientId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="clientSecret")
    def client_secret(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "clientSecret"))

    @client_secret.setter
    def client_secret(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__15aa817fb6d34a04ed931d00f3c1f345474fb8514d47e45fdd6887c7ae0229dd)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "clientSecret", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="tenantId")
    def tenant_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "tenantId"))

    @tenant_id.setter
    def tenant_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c340f89771825f5d2116772efc5868a024722c5c27d22507c66281a8ac303464)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "tenantId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(self) -> typing.Optional["LoginServerAzureLogin"]:
        return typing.cast(typing.Optional["LoginServerAzureLogin"], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(self, value: typing.Optional["LoginServerAzureLogin"]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5c13ab77066809917264f147ee9f70d3d0880e5cbbc9e9985e01f9790d564a99)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="mssql.login.LoginServerAzureadDefaultChainAuth",
    jsii_struct_bases=[],
    name_mapping={"use_oidc": "useOidc"},
)
class LoginServerAzureadDefaultChainAuth:
    def __init__(
        self,
        *,
        use_oidc: typing.Optional[typing.Union[builtins.bool, "_cdktn_78ede62e.IResolvable"]] = None,
    ) -> None:
        '''
        :param use_oidc: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/login#use_oidc Login#use_oidc}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2a00b8095ecfd7d3969423b8d5ead6fde21c83d6eac3467dd7d5f35a3b8af671)
            check_type(argname="argument use_oidc", value=use_oidc, expected_type=type_hints["use_oidc"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if use_oidc is not None:
            self._values["use_oidc"] = use_oidc

    @builtins.property
    def use_oidc(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, "_cdktn_78ede62e.IResolvable"]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/login#use_oidc Login#use_oidc}.'''
        result = self._values.get("use_oidc")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, "_cdktn_78ede62e.IResolvable"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "LoginServerAzureadDefaultChainAuth(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class LoginServerAzureadDefaultChainAuthOutputReference(
    _cdktn_78ede62e.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="mssql.login.LoginServerAzureadDefaultChainAuthOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__3a9dbb06b3b31d3977c25652c80b0902d475f99dce7f499ee75fa934ce13a3f6)
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
            type_hints = typing.get_type_hints(_typecheckingstub__3f1e7d717e081d939208171ff5a96369dc378de4b1a46b594a26b8adcd2cd67c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "useOidc", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(self) -> typing.Optional["LoginServerAzureadDefaultChainAuth"]:
        return typing.cast(typing.Optional["LoginServerAzureadDefaultChainAuth"], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional["LoginServerAzureadDefaultChainAuth"],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5e45bb813646e6e0d26ef6b5aa88ba77f706f57721c23f58aa2fcd43f8850c5e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="mssql.login.LoginServerAzureadManagedIdentityAuth",
    jsii_struct_bases=[],
    name_mapping={"user_id": "userId"},
)
class LoginServerAzureadManagedIdentityAuth:
    def __init__(self, *, user_id: typing.Optional[builtins.str] = None) -> None:
        '''
        :param user_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/login#user_id Login#user_id}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__15b83c7f790772434ea6e5ef362ca2dade1b26716ddccb1661626da9c97452e3)
            check_type(argname="argument user_id", value=user_id, expected_type=type_hints["user_id"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if user_id is not None:
            self._values["user_id"] = user_id

    @builtins.property
    def user_id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/login#user_id Login#user_id}.'''
        result = self._values.get("user_id")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "LoginServerAzureadManagedIdentityAuth(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class LoginServerAzureadManagedIdentityAuthOutputReference(
    _cdktn_78ede62e.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="mssql.login.LoginServerAzureadManagedIdentityAuthOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__c6a546f82d5d5362ef5883a58f5c5f0f2e9f495eeb32d05de13d4d2c3d4d3ad7)
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
            type_hints = typing.get_type_hints(_typecheckingstub__5e84ffa343d1c4b2118c4784b98b9a98a6827c6e899df56f8b2d68335022f375)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "userId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional["LoginServerAzureadManagedIdentityAuth"]:
        return typing.cast(typing.Optional["LoginServerAzureadManagedIdentityAuth"], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional["LoginServerAzureadManagedIdentityAuth"],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__dbbaea4281716974d723ec8c8fe03762851c530433a844837a900dc52af816b9)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="mssql.login.LoginServerLogin",
    jsii_struct_bases=[],
    name_mapping={"password": "password", "username": "username"},
)
class LoginServerLogin:
    def __init__(
        self,
        *,
        password: typing.Optional[builtins.str] = None,
        username: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param password: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/login#password Login#password}.
        :param username: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/login#username Login#username}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d16820cf741594f4e918a0f9d6ccd5475c977c6dabab50511e14541be8e3a88c)
            check_type(argname="argument password", value=password, expected_type=type_hints["password"])
            check_type(argname="argument username", value=username, expected_type=type_hints["username"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if password is not None:
            self._values["password"] = password
        if username is not None:
            self._values["username"] = username

    @builtins.property
    def password(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/login#password Login#password}.'''
        result = self._values.get("password")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def username(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/login#username Login#username}.'''
        result = self._values.get("username")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "LoginServerLogin(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class LoginServerLoginOutputReference(
    _cdktn_78ede62e.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="mssql.login.LoginServerLoginOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__0855c3c40ba4f806a57a5645235c00ba6a977110aef66cbf63fcd76bd633a709)
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
            type_hints = typing.get_type_hints(_typecheckingstub__cd28846e486aa1120d6892a4e2c915e268f40410020d2c01e31f54c1f5e38743)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "password", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="username")
    def username(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "username"))

    @username.setter
    def username(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1ba647a167a7d53529e378ed18fd63a76da4d71837d0ce9eca6080428c10d424)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "username", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(self) -> typing.Optional["LoginServerLogin"]:
        return typing.cast(typing.Optional["LoginServerLogin"], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(self, value: typing.Optional["LoginServerLogin"]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2c5e9f5dc7aa9ab601c8be049995874eb00287d2f2f5f8b50e30589f1c6f70c7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class LoginServerOutputReference(
    _cdktn_78ede62e.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="mssql.login.LoginServerOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__fd4538d64462a267f741686697db6b85288454c00f5442c678d20c66aa03a527)
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
        :param use_oidc: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/login#use_oidc Login#use_oidc}.
        '''
        value = LoginServerAzureadDefaultChainAuth(use_oidc=use_oidc)

        return typing.cast(None, jsii.invoke(self, "putAzureadDefaultChainAuth", [value]))

    @jsii.member(jsii_name="putAzureadManagedIdentityAuth")
    def put_azuread_managed_identity_auth(
        self,
        *,
        user_id: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param user_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/login#user_id Login#user_id}.
        '''
        value = LoginServerAzureadManagedIdentityAuth(user_id=user_id)

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
        :param client_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/login#client_id Login#client_id}.
        :param client_secret: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/login#client_secret Login#client_secret}.
        :param tenant_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/login#tenant_id Login#tenant_id}.
        '''
        value = LoginServerAzureLogin(
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
        :param password: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/login#password Login#password}.
        :param username: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/valerus/mssql/0.7.2/docs/resources/login#username Login#username}.
        '''
        value = LoginServerLogin(password=password, username=username)

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
    ) -> "LoginServerAzureadDefaultChainAuthOutputReference":
        return typing.cast("LoginServerAzureadDefaultChainAuthOutputReference", jsii.get(self, "azureadDefaultChainAuth"))

    @builtins.property
    @jsii.member(jsii_name="azureadManagedIdentityAuth")
    def azuread_managed_identity_auth(
        self,
    ) -> "LoginServerAzureadManagedIdentityAuthOutputReference":
        return typing.cast("LoginServerAzureadManagedIdentityAuthOutputReference", jsii.get(self, "azureadManagedIdentityAuth"))

    @builtins.property
    @jsii.member(jsii_name="azureLogin")
    def azure_login(self) -> "LoginServerAzureLoginOutputReference":
        return typing.cast("LoginServerAzureLoginOutputReference", jsii.get(self, "azureLogin"))

    @builtins.property
    @jsii.member(jsii_name="login")
    def login(self) -> "LoginServerLoginOutputReference":
        return typing.cast("LoginServerLoginOutputReference", jsii.get(self, "login"))

    @builtins.property
    @jsii.member(jsii_name="azureadDefaultChainAuthInput")
    def azuread_default_chain_auth_input(
        self,
    ) -> typing.Optional["LoginServerAzureadDefaultChainAuth"]:
        return typing.cast(typing.Optional["LoginServerAzureadDefaultChainAuth"], jsii.get(self, "azureadDefaultChainAuthInput"))

    @builtins.property
    @jsii.member(jsii_name="azureadManagedIdentityAuthInput")
    def azuread_managed_identity_auth_input(
        self,
    ) -> typing.Optional["LoginServerAzureadManagedIdentityAuth"]:
        return typing.cast(typing.Optional["LoginServerAzureadManagedIdentityAuth"], jsii.get(self, "azureadManagedIdentityAuthInput"))

    @builtins.property
    @jsii.member(jsii_name="azureLoginInput")
    def azure_login_input(self) -> typing.Optional["LoginServerAzureLogin"]:
        return typing.cast(typing.Optional["LoginServerAzureLogin"], jsii.get(self, "azureLoginInput"))

    @builtins.property
    @jsii.member(jsii_name="hostInput")
    def host_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "hostInput"))

    @builtins.property
    @jsii.member(jsii_name="loginInput")
    def login_input(self) -> typing.Optional["LoginServerLogin"]:
        return typing.cast(typing.Optional["LoginServerLogin"], jsii.get(self, "loginInput"))

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
            type_hints = typing.get_type_hints(_typecheckingstub__6ef49119a2d44a59b5e4e8b5eb5625f8c007649901ac24ba2d331372cd68e087)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "host", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="port")
    def port(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "port"))

    @port.setter
    def port(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e61bf5733b0c1f8047f5364809e2e2f331e15f890cb577122cd3498b9c72d6cb)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "port", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(self) -> typing.Optional["LoginServer"]:
        return typing.cast(typing.Optional["LoginServer"], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(self, value: typing.Optional["LoginServer"]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ad4a776d24bf84d87165d0152b1a638998d49fa00c744e1d9782e81a1a67a2ca)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


__all__ = [
    "Login",
    "LoginConfig",
    "LoginServer",
    "LoginServerAzureLogin",
    "LoginServerAzureLoginOutputReference",
    "LoginServerAzureadDefaultChainAuth",
    "LoginServerAzureadDefaultChainAuthOutputReference",
    "LoginServerAzureadManagedIdentityAuth",
    "LoginServerAzureadManagedIdentityAuthOutputReference",
    "LoginServerLogin",
    "LoginServerLoginOutputReference",
    "LoginServerOutputReference",
]

publication.publish()

def _typecheckingstub__064f5500f6f50b5b0260cb310a9ef95cdef96bc256b28a71b628f00d75bbbeb3(
    scope: _constructs_77d1e7e8.Construct,
    id_: builtins.str,
    *,
    login_name: builtins.str,
    password: builtins.str,
    server: typing.Union[LoginServer, typing.Dict[builtins.str, typing.Any]],
    default_database: typing.Optional[builtins.str] = None,
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

def _typecheckingstub__3294a21ddf574fd2167bd1d821ad38e4e332a34baad59316e9676be069a8bec4(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktn_78ede62e.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cee96be476806ba547c3fc9d8ad882575b958fe0f27beee5643c656bf8bd460c(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a242395046d9559eea2372cf4c4ea677f47e19c8b4cecbd8edaa7d956bad34b4(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1966d3210d3511c2ec4b462ab0ec6c397be74dbf05b5cd0363901bac17b8238d(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__decbb53b8175b44e6f62bb09cacab309874e0cdd6474d61f74a6dd4d79653173(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bdabefab6618608d1d8618b1f8b0f1789b58419b05693c782f92f3156581e730(
    *,
    connection: typing.Optional[typing.Union[typing.Union[_cdktn_78ede62e.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktn_78ede62e.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktn_78ede62e.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktn_78ede62e.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktn_78ede62e.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktn_78ede62e.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktn_78ede62e.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktn_78ede62e.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktn_78ede62e.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktn_78ede62e.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    login_name: builtins.str,
    password: builtins.str,
    server: typing.Union[LoginServer, typing.Dict[builtins.str, typing.Any]],
    default_database: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__82e3c4ca83bdd22b6119f001c51b46bd49fe781eb29004bbb9cfc74b21b800a4(
    *,
    host: builtins.str,
    azuread_default_chain_auth: typing.Optional[typing.Union[LoginServerAzureadDefaultChainAuth, typing.Dict[builtins.str, typing.Any]]] = None,
    azuread_managed_identity_auth: typing.Optional[typing.Union[LoginServerAzureadManagedIdentityAuth, typing.Dict[builtins.str, typing.Any]]] = None,
    azure_login: typing.Optional[typing.Union[LoginServerAzureLogin, typing.Dict[builtins.str, typing.Any]]] = None,
    login: typing.Optional[typing.Union[LoginServerLogin, typing.Dict[builtins.str, typing.Any]]] = None,
    port: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0ac8eb725a78558bcd789fa72892d7ef24f5cb4754ea4c8b5fef1ac10f620b9a(
    *,
    client_id: builtins.str,
    client_secret: builtins.str,
    tenant_id: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d6cc74788ba3ad6b7f0b00bada13579f0c5fabbe167321816939a5726737b26d(
    terraform_resource: _cdktn_78ede62e.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b837725450698cc2ffdfe7e33d13af61009bf1be5c56951d992a09b619fde15a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__15aa817fb6d34a04ed931d00f3c1f345474fb8514d47e45fdd6887c7ae0229dd(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c340f89771825f5d2116772efc5868a024722c5c27d22507c66281a8ac303464(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5c13ab77066809917264f147ee9f70d3d0880e5cbbc9e9985e01f9790d564a99(
    value: typing.Optional[LoginServerAzureLogin],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2a00b8095ecfd7d3969423b8d5ead6fde21c83d6eac3467dd7d5f35a3b8af671(
    *,
    use_oidc: typing.Optional[typing.Union[builtins.bool, _cdktn_78ede62e.IResolvable]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3a9dbb06b3b31d3977c25652c80b0902d475f99dce7f499ee75fa934ce13a3f6(
    terraform_resource: _cdktn_78ede62e.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3f1e7d717e081d939208171ff5a96369dc378de4b1a46b594a26b8adcd2cd67c(
    value: typing.Union[builtins.bool, _cdktn_78ede62e.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5e45bb813646e6e0d26ef6b5aa88ba77f706f57721c23f58aa2fcd43f8850c5e(
    value: typing.Optional[LoginServerAzureadDefaultChainAuth],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__15b83c7f790772434ea6e5ef362ca2dade1b26716ddccb1661626da9c97452e3(
    *,
    user_id: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c6a546f82d5d5362ef5883a58f5c5f0f2e9f495eeb32d05de13d4d2c3d4d3ad7(
    terraform_resource: _cdktn_78ede62e.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5e84ffa343d1c4b2118c4784b98b9a98a6827c6e899df56f8b2d68335022f375(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dbbaea4281716974d723ec8c8fe03762851c530433a844837a900dc52af816b9(
    value: typing.Optional[LoginServerAzureadManagedIdentityAuth],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d16820cf741594f4e918a0f9d6ccd5475c977c6dabab50511e14541be8e3a88c(
    *,
    password: typing.Optional[builtins.str] = None,
    username: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0855c3c40ba4f806a57a5645235c00ba6a977110aef66cbf63fcd76bd633a709(
    terraform_resource: _cdktn_78ede62e.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cd28846e486aa1120d6892a4e2c915e268f40410020d2c01e31f54c1f5e38743(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1ba647a167a7d53529e378ed18fd63a76da4d71837d0ce9eca6080428c10d424(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2c5e9f5dc7aa9ab601c8be049995874eb00287d2f2f5f8b50e30589f1c6f70c7(
    value: typing.Optional[LoginServerLogin],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fd4538d64462a267f741686697db6b85288454c00f5442c678d20c66aa03a527(
    terraform_resource: _cdktn_78ede62e.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6ef49119a2d44a59b5e4e8b5eb5625f8c007649901ac24ba2d331372cd68e087(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e61bf5733b0c1f8047f5364809e2e2f331e15f890cb577122cd3498b9c72d6cb(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ad4a776d24bf84d87165d0152b1a638998d49fa00c744e1d9782e81a1a67a2ca(
    value: typing.Optional[LoginServer],
) -> None:
    """Type checking stubs"""
    pass
