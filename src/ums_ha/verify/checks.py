"""Every check of one site, run concurrently, then read together: DNS, the VIP, each server, the appliance, firmware.

The network probes run first, all at once (bounded by ``concurrency``); the results are
then composed in the checklist's order, so that a member the appliance sees DOWN can be
read against that server's own answer.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from functools import partial
from typing import Any, TypedDict
from urllib.parse import quote

from ums_ha.domain.model import CONSOLE_SERVICE, FIRMWARE_SERVICE, HEALTH_CHECK_PATH, UmsServer
from ums_ha.nitro import NitroError, NitroReader
from ums_ha.site.reader import Site
from ums_ha.verify import probes
from ums_ha.verify.appliance import ApplianceView, read_appliance
from ums_ha.verify.ha_pair import ha_results, read_node
from ums_ha.verify.results import CheckResult, Status
from ums_ha.verify.settings import VerifySettings


class _Timing(TypedDict):
    timeout_seconds: float
    retries: int


Answers = Mapping[str, Any]
"""Every probe's answer, by the key of its job."""


def _run_all(jobs: Mapping[str, Callable[[], object]], concurrency: int) -> Answers:
    with ThreadPoolExecutor(max_workers=max(1, min(concurrency, len(jobs) or 1))) as pool:
        futures: dict[str, Future[object]] = {key: pool.submit(job) for key, job in jobs.items()}
        return {key: future.result() for key, future in futures.items()}


def verify_site(
    site: Site,
    settings: VerifySettings,
    reader: NitroReader | None,
    ha_pair: tuple[NitroReader, dict[str, NitroReader]] | None = None,
) -> list[CheckResult]:
    """The checklist of ``site``; ``reader`` is None when the appliance is skipped; ``ha_pair`` (readers of the
    endpoint and of each node, :func:`ums_ha.nitro.ha_pair_readers`) when the site names an HA pair's nodes."""
    plan = _Plan(site, settings)
    answers = _run_all(plan.jobs(reader, ha_pair), settings.concurrency)
    return plan.results(answers, reader is not None)


class _Plan:
    def __init__(self, site: Site, settings: VerifySettings) -> None:
        self.site, self.settings = site, settings
        self.vip = site.netscaler.vip
        self.status_scheme, self.status_port = site.status_endpoint()
        self.firmware_path = settings.firmware_path or site.firmware_hosts.firmware_path
        self.checks_firmware = (
            "firmware" not in settings.skip and site.serves_os11 and site.service(FIRMWARE_SERVICE) is not None
        )

    def wanted(self, section: str) -> bool:
        return section not in self.settings.skip

    # The probes ------------------------------------------------------------------------------

    def jobs(
        self, reader: NitroReader | None, ha_pair: tuple[NitroReader, dict[str, NitroReader]] | None = None
    ) -> dict[str, Callable[[], object]]:
        site, settings = self.site, self.settings
        timing = _Timing(timeout_seconds=settings.timeout_seconds, retries=settings.retries)
        jobs: dict[str, Callable[[], object]] = {}
        if self.wanted("dns"):
            if settings.dns_server is not None:
                jobs["dns"] = partial(
                    probes.resolve_at, site.dns_name, settings.dns_server, settings.dns_server_port, **timing
                )
            else:
                jobs["dns"] = partial(probes.resolve_system, site.dns_name, settings.timeout_seconds)
            if site.dns is not None:
                jobs["dns record"] = partial(
                    probes.resolve_at, site.dns_name, site.dns.server, settings.dns_port, **timing
                )
        if self.wanted("vip"):
            for service in site.services:
                jobs[f"vip port {service.name}"] = partial(probes.tcp_open, self.vip, service.port, **timing)
            console = site.service(CONSOLE_SERVICE)
            if console is not None:
                jobs["vip tls"] = partial(
                    probes.tls_verdict, self.vip, console.port, site.dns_name, ca_bundle=settings.ca_bundle, **timing
                )
            jobs["vip status"] = partial(self._status, self.vip, site.dns_name)
        if self.wanted("servers") or self.wanted("appliance"):
            # The appliance's view of a member is read against the server's own answer.
            for ums in site.ums_servers:
                jobs[f"server status {ums.name}"] = partial(self._status, ums.address, None)
        if reader is not None:
            jobs["appliance"] = partial(read_appliance, reader, site)
            jobs.update(self._ha_jobs(ha_pair))
        if self.checks_firmware and self.firmware_path is not None:
            path = "/" + quote(self.firmware_path.lstrip("/"), safe="/")
            targets = [("vip", self.vip, site.dns_name)] + [(s.name, s.address, None) for s in site.ums_servers]
            for key, address, host in targets:
                jobs[f"firmware {key}"] = partial(
                    probes.http_request, "http", address, site.firmware_port(), path, method="HEAD", host=host, **timing
                )
        return jobs

    def _ha_jobs(self, ha_pair: tuple[NitroReader, dict[str, NitroReader]] | None) -> dict[str, Callable[[], object]]:
        """The HA pair's reads: the endpoint's role, and each node's state and save times."""
        if ha_pair is None:
            return {}
        endpoint_reader, node_readers = ha_pair
        jobs: dict[str, Callable[[], object]] = {
            "ha endpoint": partial(read_node, endpoint_reader, self.site.netscaler.endpoint, with_config=False)
        }
        for node, node_reader in node_readers.items():
            jobs[f"ha node {node}"] = partial(read_node, node_reader, node)
        return jobs

    def _status(self, address: str, host: str | None) -> probes.HttpAnswer:
        return probes.http_request(
            self.status_scheme,
            address,
            self.status_port,
            HEALTH_CHECK_PATH,
            host=host,
            timeout_seconds=self.settings.timeout_seconds,
            retries=self.settings.retries,
        )

    # The checklist ---------------------------------------------------------------------------

    def results(self, answers: Answers, with_appliance: bool) -> list[CheckResult]:
        results: list[CheckResult] = []
        if self.wanted("dns"):
            results += self._dns(answers)
        if self.wanted("vip"):
            results += self._vip(answers)
        if self.wanted("servers"):
            results += [self._server(answers, server) for server in self.site.ums_servers]
        if self.wanted("appliance"):
            results += self._appliance(answers) if with_appliance else []
        if self.wanted("firmware"):
            results += self._firmware(answers)
        return results

    def _dns(self, answers: Answers) -> list[CheckResult]:
        site, vip = self.site, self.vip
        settings = self.settings
        asked = "the system's resolver"
        if settings.dns_server is not None:
            port = f":{settings.dns_server_port}" if settings.dns_server_port != settings.dns_port else ""
            asked = f"DNS server {settings.dns_server}{port}"
        results = [
            _addresses_result(
                "dns",
                f"{site.dns_name} (from {asked})",
                answers["dns"],
                vip,
                f"make {site.dns_name} resolve to the VIP {vip} alone: devices and the UMS profile use this name",
            )
        ]
        if site.dns is not None:
            results.append(
                _addresses_result(
                    "dns record",
                    f"{site.dns_name} on {site.dns.server} (zone {site.dns.zone})",
                    answers["dns record"],
                    vip,
                    "the stack's A record is missing or changed on the DNS server: run ums-ha drift, then "
                    "cdktf deploy to put it back",
                )
            )
        return results

    def _vip(self, answers: Answers) -> list[CheckResult]:
        site, vip = self.site, self.vip
        results = []
        for service in site.services:
            fault = answers[f"vip port {service.name}"]
            target = f"{vip}:{service.port} ({service.name})"
            if fault:
                results.append(
                    CheckResult(
                        "vip port",
                        target,
                        Status.FAIL,
                        fault,
                        f"the {service.name} vserver takes no connections: see its state on the appliance below, "
                        f"and that nothing between here and {vip} blocks port {service.port}",
                    )
                )
            else:
                results.append(CheckResult("vip port", target, Status.PASS, "accepts connections"))
        console = site.service(CONSOLE_SERVICE)
        if console is not None:
            results.append(self._tls(answers["vip tls"], f"{vip}:{console.port} as {site.dns_name}"))
        answer = answers["vip status"]
        results.append(
            _status_result(
                "vip status",
                f"{self.status_scheme}://{site.dns_name}:{self.status_port}{HEALTH_CHECK_PATH} via {vip}",
                answer,
                "the UMS behind the VIP is not healthy: the servers' own answers below say which",
            )
        )
        return results

    def _tls(self, verdict: probes.TlsVerdict, target: str) -> CheckResult:
        name = self.site.dns_name
        outcome = probes.TlsOutcome
        if verdict.outcome is outcome.VALID:
            return CheckResult("vip tls", target, Status.PASS, verdict.detail)
        if verdict.outcome is outcome.SELF_SIGNED:
            remedy = (
                "a UMS's own certificate: pass --ca-bundle with it (exported from the UMS) to check it for "
                f"{name}, or give each server a certificate your CA signs"
            )
            status = Status.FAIL if self.settings.ca_bundle is not None else Status.WARN
            return CheckResult("vip tls", target, status, verdict.detail, remedy)
        remedies = {
            outcome.NAME_MISMATCH: f"give every UMS server a web certificate that names {name} (a subject alternative "
            "name): the VIP passes TLS through, so devices and consoles see each server's own certificate",
            outcome.UNTRUSTED: "pass --ca-bundle with the CA that signed the UMS certificate, or replace the "
            "certificate",
            outcome.FAULT: "the console vserver does not complete a TLS handshake: see its state on the appliance",
        }
        return CheckResult("vip tls", target, Status.FAIL, verdict.detail, remedies[verdict.outcome])

    def _server(self, answers: Answers, server: UmsServer) -> CheckResult:
        name, address = server.name, server.address
        target = f"{name}: {self.status_scheme}://{address}:{self.status_port}{HEALTH_CHECK_PATH}"
        answer: probes.HttpAnswer = answers[f"server status {name}"]
        if not server.in_service and _status_of(answer) != "ok":
            # in maintenance: it may be stopped or rebooting; the appliance checks below say whether it is drained
            return CheckResult(
                "server status",
                target,
                Status.SKIP,
                f"out of service by [sites.{self.site.name}.maintenance] ({answer.describe()})",
                "",
            )
        return _status_result(
            "server status",
            target,
            answer,
            f"check the UMS on {name} ({address}): its service, and its connection to the database (UMS Administrator)",
        )

    def _appliance(self, answers: Answers) -> list[CheckResult]:
        view: ApplianceView | NitroError = answers["appliance"]
        endpoint = self.site.netscaler.endpoint
        if isinstance(view, NitroError):
            return [
                CheckResult(
                    "appliance",
                    endpoint,
                    Status.FAIL,
                    f"cannot read NITRO: {view}",
                    "check that the endpoint answers from here and that NS_LOGIN and NS_PASSWORD are right, then "
                    "run ums-ha verify again (or pass --skip appliance)",
                )
            ]
        server_ok = {
            server.name: _status_of(answers[f"server status {server.name}"]) == "ok" for server in self.site.ums_servers
        }
        results = view.results(server_ok, snip=self.site.netscaler.snip_address)
        if "ha endpoint" in answers:
            nodes = [answers[f"ha node {node}"] for node in self.site.netscaler.nodes]
            results += ha_results(endpoint, answers["ha endpoint"], nodes)
        return results

    def _firmware(self, answers: Answers) -> list[CheckResult]:
        if not self.checks_firmware:
            return []
        if self.firmware_path is None:
            return [
                CheckResult(
                    "firmware",
                    f"port {self.site.firmware_port()}",
                    Status.SKIP,
                    "no firmware file named",
                    f"set [sites.{self.site.name}.firmware_hosts] firmware_path, or pass --firmware-path, "
                    "to check that one firmware file answers through the VIP and on every server",
                )
            ]
        port = self.site.firmware_port()
        results = []
        targets = [("vip", f"{self.vip}:{port} ({self.site.dns_name})")] + [
            (server.name, f"{server.name}: {server.address}:{port}") for server in self.site.ums_servers
        ]
        for key, target in targets:
            answer: probes.HttpAnswer = answers[f"firmware {key}"]
            where = f"HEAD {self.firmware_path} on {target}"
            if answer.status is not None and 200 <= answer.status < 300:
                results.append(CheckResult("firmware", where, Status.PASS, answer.describe()))
                continue
            remedy = (
                "devices that land on this server cannot download the firmware: copy the firmware folder to it "
                "(the handover's firmware folder step)"
                if key != "vip"
                else "the VIP does not serve the firmware file: see each server's answer"
            )
            results.append(CheckResult("firmware", where, Status.FAIL, answer.describe(), remedy))
        return results


def _addresses_result(check: str, target: str, found: probes.Addresses, vip: str, remedy: str) -> CheckResult:
    if found.fault:
        return CheckResult(check, target, Status.FAIL, found.fault, remedy)
    if found.found == (vip,):
        return CheckResult(check, target, Status.PASS, f"resolves to {vip}")
    shown = ", ".join(found.found) or "no address"
    return CheckResult(check, target, Status.FAIL, f"resolves to {shown}, not the VIP {vip} alone", remedy)


def _status_of(answer: probes.HttpAnswer) -> str:
    """The UMS's own verdict (``ok``, ``warn``, ...) or why there is none."""
    from ums_ha.firmware_hosts.http_checks import Answer, server_status

    return server_status(Answer("", answer.status, answer.fault, answer.body))


def _status_result(check: str, target: str, answer: probes.HttpAnswer, remedy: str) -> CheckResult:
    status = _status_of(answer)
    if status == "ok":
        return CheckResult(check, target, Status.PASS, "ok")
    return CheckResult(check, target, Status.FAIL, f"answers {status}" if answer.status == 200 else status, remedy)
