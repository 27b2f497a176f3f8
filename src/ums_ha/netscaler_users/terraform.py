"""The site's NetScaler users as Terraform (HCL) for an admin's own citrixadc stack.

The same policies and users as the CLI form: ``citrixadc_systemcmdpolicy``, ``citrixadc_systemuser`` with a
write-only password from an ephemeral variable (never in the state or a plan; Terraform 1.11 or later), and
the bindings to policies and the partition as resources of their own.
"""

from __future__ import annotations

import re
from typing import Any

from ums_ha.app.hcl.template_strings import literal_template
from ums_ha.netscaler_users.policies import READ_ONLY_POLICY, NetscalerUser, SiteAccess

#: The resource types this form uses: the nested blocks of each (none used), for the HCL writer.
RESOURCE_BLOCKS: dict[str, dict[str, Any]] = {
    "citrixadc_systemcmdpolicy": {},
    "citrixadc_systemuser": {"cmdpolicybinding": {}},
    "citrixadc_systemuser_systemcmdpolicy_binding": {},
    "citrixadc_systemuser_nspartition_binding": {},
}


def _identifier(name: str) -> str:
    """A Terraform block name for an appliance name (letters, digits, ``_`` and ``-``; not a digit first)."""
    cleaned = re.sub(r"[^A-Za-z0-9_-]", "_", name)
    return cleaned if re.match(r"[A-Za-z_]", cleaned) else f"_{cleaned}"


def _user(user: NetscalerUser, policy_ids: dict[str, str], document: dict[str, Any]) -> None:
    resources = document["resource"]
    user_id = _identifier(user.name)
    variable = f"{user_id.replace('-', '_')}_password"
    document["variable"][variable] = {
        "type": "string",
        "sensitive": True,
        "ephemeral": True,
        "nullable": False,
        "description": f"the password of the NetScaler user {user.name} ({user.purpose})",
    }
    resources["citrixadc_systemuser"][user_id] = {
        "username": literal_template(user.name),
        "externalauth": "DISABLED",
        "password_wo": f"${{var.{variable}}}",
        "password_wo_version": 1,
    }
    username = f"${{citrixadc_systemuser.{user_id}.username}}"
    if user.partition is not None:
        resources["citrixadc_systemuser_nspartition_binding"][user_id] = {
            "username": username,
            "partitionname": literal_template(user.partition),
        }
    for policy, priority in user.policies:
        policy_id = policy_ids.get(policy)
        name = f"${{citrixadc_systemcmdpolicy.{policy_id}.policyname}}" if policy_id else literal_template(policy)
        resources["citrixadc_systemuser_systemcmdpolicy_binding"][f"{user_id}_{_identifier(policy)}"] = {
            "username": username,
            "policyname": name,
            "priority": priority,
        }


def terraform_document(access: SiteAccess) -> dict[str, Any]:
    """The users and policies as Terraform JSON (the HCL writer's input)."""
    document: dict[str, Any] = {"variable": {}, "resource": {kind: {} for kind in RESOURCE_BLOCKS}}
    policy_ids = {policy.name: _identifier(policy.name) for policy in access.policies}
    for policy in access.policies:
        document["resource"]["citrixadc_systemcmdpolicy"][policy_ids[policy.name]] = {
            "policyname": literal_template(policy.name),
            "action": policy.action,
            "cmdspec": literal_template(policy.regex),
        }
    for user in (access.deploy_user, access.monitor_user):
        _user(user, policy_ids, document)
    document["resource"] = {kind: blocks for kind, blocks in document["resource"].items() if blocks}
    return document


def render_terraform(access: SiteAccess) -> str:
    """The users and policies as formatted HCL, with what it needs in its header."""
    from ums_ha.app.hcl import BlockTypes, render_hcl  # the HCL writer, only for this format

    types = BlockTypes()
    block_types = BlockTypes(resources={**types.resources, **RESOURCE_BLOCKS})
    header = (
        f"Site {access.site}: the NetScaler users ums-ha needs, none of them a superuser ({READ_ONLY_POLICY} is",
        "built in). For the appliance admin's own stack: citrix/citrixadc 2.2.2 and Terraform 1.11 or later",
        "(write-only passwords from ephemeral variables, never in the state or a plan; raise password_wo_version",
        "to set a new one). Written by ums-ha netscaler-users --format terraform.",
    )
    return render_hcl(terraform_document(access), block_types=block_types, header=header)
