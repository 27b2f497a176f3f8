"""The NetScaler CLI commands that create a site's users and command policies."""

from __future__ import annotations

from ums_ha.netscaler_users.policies import NetscalerUser, SiteAccess


def _user_commands(user: NetscalerUser) -> list[str]:
    lines = [
        f"# {user.name}: {user.purpose}",
        f"add system user {user.name} -externalAuth DISABLED",
    ]
    if user.partition is not None:
        lines.append(f"bind system user {user.name} -partitionName {user.partition}")
    lines += [f"bind system user {user.name} {policy} {priority}" for policy, priority in user.policies]
    return lines


def render_cli(access: SiteAccess) -> str:
    """Commands to paste into the appliance's CLI as its administrator, in the default partition."""
    lines = [
        f"# Site {access.site}: the users ums-ha needs, none of them a superuser. Run as the appliance's",
        "# administrator in the default partition; `add system user` asks for each password.",
        "# Command policies for the deploy user: the commands the site's stack sends (citrixadc 2.2.2),",
        "# on the site's own objects only. Everything else is denied (the default).",
    ]
    for policy in access.policies:
        lines.append(f"#   {policy.purpose}")
        lines.append(f'add system cmdPolicy {policy.name} {policy.action} "{policy.regex}"')
    lines += _user_commands(access.deploy_user)
    lines += _user_commands(access.monitor_user)
    lines.append("save ns config")
    return "\n".join(lines) + "\n"
