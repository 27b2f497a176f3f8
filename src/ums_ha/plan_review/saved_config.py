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
    from ums_ha.nitro import LOGIN_ENV, PASSWORD_ENV, NitroError, NitroReader, config_saved  # urllib and ssl: only here

    if mode == "off":
        return SavedCheck(False, None, "not checked (--saved-check off)")
    endpoint = plan.netscaler_endpoint
    missing = [name for name in (LOGIN_ENV, PASSWORD_ENV) if not environ.get(name)]
    if endpoint is None or missing:
        why = (
            "the plan names no citrixadc endpoint"
            if endpoint is None
            else f"{' and '.join(missing)} {'is' if len(missing) == 1 else 'are'} not set"
        )
        if mode == "on":
            raise ValidationError([Problem("--saved-check", f"is on, but {why}")])
        return SavedCheck(False, None, f"not checked: {why}")
    reader = NitroReader(
        endpoint,
        environ[LOGIN_ENV],
        environ[PASSWORD_ENV],
        verify_tls=not plan.netscaler_skips_tls_verify,
        partition=plan.netscaler_partition,
    )
    try:
        with reader:
            nsconfig = next(iter(reader.objects("nsconfig")), {})
    except NitroError as error:
        return SavedCheck(
            True, None, f"cannot read NITRO: {error}", "run ums-ha drift again once the appliance answers", error=True
        )
    saved = config_saved(nsconfig)
    if saved is None:
        return SavedCheck(True, None, f"{endpoint}: NITRO does not say when it was last changed and saved")
    if saved:
        return SavedCheck(True, True, f"{endpoint}: saved since the last change")
    return SavedCheck(True, False, f"{endpoint}: changed since the last save", UNSAVED_REMEDY)
