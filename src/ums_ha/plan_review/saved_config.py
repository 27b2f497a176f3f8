"""For ``ums-ha drift``: whether the appliance's running configuration was saved since its last change.

A deploy that was cut, or a change in the GUI, can leave the running configuration unsaved: it then
differs from what the appliance starts with, a drift no Terraform plan shows. Read with one NITRO GET
(``config/nsconfig``) of the endpoint the plan's citrixadc provider names, with ``NS_LOGIN`` and
``NS_PASSWORD`` as the provider reads them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

from ums_ha.domain.naming import LogicalIds
from ums_ha.errors import Problem, ValidationError
from ums_ha.plan_review.appliance_login import why_not_asked
from ums_ha.plan_review.model import Plan

#: ``--saved-check``: ``auto`` checks when the plan names the endpoint and the login is set.
MODES: Final = ("auto", "on", "off")

#: What saves, when the appliance is unsaved: the next deploy if it has something to do, else a save.
UNSAVED_REMEDY: Final = (
    "a reboot or failover loses these changes. If a deploy was cut, run it again: it finishes the work and "
    "saves last. If the plan has no changes (a change made in the GUI, or another application's on a shared "
    "appliance), save on the NetScaler (save ns config, or Save in the GUI), or let the stack save: "
    f"terraform apply -replace=citrixadc_nsconfig_save.{LogicalIds.config_save()} in the stack folder. Either "
    "saves the whole running configuration, other applications' changes included"
)


@dataclass(frozen=True)
class SavedCheck:
    """The outcome: ``saved`` True or False when checked, None when it was not or NITRO does not say."""

    checked: bool
    saved: bool | None
    detail: str
    remedy: str = ""
    error: bool = False
    """The appliance could not be read (the command exits 1)."""

    def to_json(self) -> dict[str, object]:
        return {"checked": self.checked, "saved": self.saved, "detail": self.detail, "remedy": self.remedy}


def check_saved(plan: Plan, mode: str, environ: Mapping[str, str]) -> SavedCheck:
    """Ask the plan's appliance, as ``mode`` says; ``on`` without an endpoint or the login is refused."""
    from ums_ha.nitro import (  # urllib and ssl: only here
        LOGIN_ENV,
        PASSWORD_ENV,
        NitroError,
        NitroReader,
        config_saved,
        node_url,
    )

    if mode == "off":
        return SavedCheck(False, None, "not checked (--saved-check off)")
    why = why_not_asked(plan, environ)
    if why is not None:
        if mode == "on":
            raise ValidationError([Problem("--saved-check", f"is on, but {why}")])
        return SavedCheck(False, None, f"not checked: {why}")
    endpoint = str(plan.netscaler_endpoint)

    def reader(url: str, partition: str | None = None) -> NitroReader:
        login, password = environ[LOGIN_ENV], environ[PASSWORD_ENV]
        verify_tls = not plan.netscaler_skips_tls_verify
        return NitroReader(url, login, password, verify_tls=verify_tls, partition=partition)

    # The endpoint in the stack's partition; each node of an HA pair on its NSIP (the HA state is the appliance's).
    readers = [(endpoint, reader(endpoint, plan.netscaler_partition))]
    readers += [(f"node {node}", reader(node_url(endpoint, node))) for node in plan.netscaler_nodes]
    verdicts: list[tuple[str, bool | None]] = []
    for label, each in readers:
        try:
            with each:
                nsconfig = next(iter(each.objects("nsconfig")), {})
        except NitroError as error:
            return SavedCheck(
                True,
                None,
                f"cannot read NITRO: {error}",
                "run ums-ha drift again once the appliance answers",
                error=True,
            )
        verdicts.append((label, config_saved(nsconfig)))
    unsaved = [label for label, saved in verdicts if saved is False]
    unknown = [label for label, saved in verdicts if saved is None]
    if unsaved:
        return SavedCheck(True, False, f"{', '.join(unsaved)}: changed since the last save", UNSAVED_REMEDY)
    if unknown:
        return SavedCheck(True, None, f"{', '.join(unknown)}: NITRO does not say when it was last changed and saved")
    return SavedCheck(True, True, f"{', '.join(label for label, _ in verdicts)}: saved since the last change")
