"""The HTTP checks against real servers on 127.0.0.1: answers, retries, timeouts, TLS, bounded concurrency."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from ums_stand_in import Behaviour, LocalCa, StandIn, start

from ums_ha.firmware_hosts.http_checks import Answer, HttpClient, file_url, server_status, status_url
from ums_ha.firmware_hosts.http_settings import HttpSettings

FAST = HttpSettings(timeout_seconds=2.0, retries=3, backoff_seconds=0.01)
FIRMWARE = "ums_filetransfer/IGEL_OS_12-12.5.0/firmware.inf"


def test_a_present_file_is_ok_and_a_missing_one_is_a_404_asked_once(stand_ins: list[StandIn]) -> None:
    server = start(Behaviour(files={FIRMWARE}))
    stand_ins.append(server)
    client = HttpClient(FAST)
    present = client.fetch(file_url(server.base_url, FIRMWARE), method="HEAD")
    missing = client.fetch(file_url(server.base_url, "ums_filetransfer/other.inf"), method="HEAD")
    assert (present.ok, present.status) == (True, 200)
    assert (missing.ok, missing.status) == (False, 404)
    assert server.behaviour.requests == [("HEAD", "/" + FIRMWARE), ("HEAD", "/ums_filetransfer/other.inf")]


def test_5xx_answers_are_retried_until_one_succeeds(stand_ins: list[StandIn]) -> None:
    server = start(Behaviour(files={FIRMWARE}, fail_first=2))
    stand_ins.append(server)
    answer = HttpClient(FAST).fetch(file_url(server.base_url, FIRMWARE), method="HEAD")
    assert answer.status == 200
    assert len(server.behaviour.requests) == 3


def test_a_server_that_keeps_failing_gives_up_after_the_retries(stand_ins: list[StandIn]) -> None:
    server = start(Behaviour(always_fail=True))
    stand_ins.append(server)
    answer = HttpClient(FAST).fetch(status_url(server.base_url))
    assert (answer.ok, answer.status, answer.fault) == (False, None, "HTTP 500 (after 4 tries)")
    assert len(server.behaviour.requests) == 4


def test_a_server_that_is_down_is_a_connection_fault() -> None:
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    answer = HttpClient(FAST).fetch(f"http://127.0.0.1:{port}/ums/check-status")
    assert answer.status is None
    assert answer.fault.startswith("cannot connect:")
    assert answer.fault.endswith("(after 4 tries)")


def test_a_slow_server_times_out(stand_ins: list[StandIn]) -> None:
    server = start(Behaviour(delay_seconds=1.0))
    stand_ins.append(server)
    answer = HttpClient(HttpSettings(timeout_seconds=0.2, retries=1, backoff_seconds=0.01)).fetch(
        status_url(server.base_url)
    )
    assert (answer.status, answer.fault) == (None, "timed out (after 2 tries)")


def test_tls_is_verified_and_a_ca_bundle_makes_the_server_trusted(
    stand_ins: list[StandIn],
    test_ca: LocalCa,
) -> None:
    server = start(Behaviour(status="ok"), tls=test_ca.server_context)
    stand_ins.append(server)
    untrusted = HttpClient(FAST).fetch(status_url(server.base_url))
    assert untrusted.status is None
    assert untrusted.fault.startswith("TLS verification failed")
    trusted = HttpClient(HttpSettings(ca_bundle=test_ca.ca_file)).fetch(status_url(server.base_url))
    assert server_status(trusted) == "ok"
    assert len(server.behaviour.requests) == 1  # the failed handshake was not retried and never reached HTTP


def test_requests_in_flight_stay_within_the_concurrency(stand_ins: list[StandIn]) -> None:
    files = {f"ums_filetransfer/fw{number}.inf" for number in range(24)}
    server = start(Behaviour(files=files, delay_seconds=0.05))
    stand_ins.append(server)
    progress: list[str] = []
    client = HttpClient(HttpSettings(concurrency=4, backoff_seconds=0.01))
    answers = client.fetch_all(
        (file_url(server.base_url, path) for path in sorted(files)),
        method="HEAD",
        progress=lambda answer: progress.append(answer.url),
    )
    assert all(answer.ok for answer in answers.values())
    assert len(answers) == len(progress) == 24
    assert 2 <= server.behaviour.max_in_flight <= 4


@pytest.mark.parametrize(
    ("body", "verdict"),
    [
        (b'{"status": "ok"}', "ok"),
        (b'{"status": "warn"}', "warn"),
        (b"<html>", "an answer that is not the UMS status JSON"),
    ],
)
def test_the_status_verdict_comes_from_the_ums_json(body: bytes, verdict: str) -> None:
    assert server_status(Answer("u", 200, body=body)) == verdict
    assert server_status(Answer("u", 404)) == "HTTP 404"


def test_file_urls_quote_each_segment() -> None:
    assert file_url("http://10.0.0.1:9080/", "/ums_filetransfer/IGEL OS#12/a.inf") == (
        "http://10.0.0.1:9080/ums_filetransfer/IGEL%20OS%2312/a.inf"
    )


def test_an_unreadable_ca_bundle_is_an_error_at_start(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        HttpClient(HttpSettings(ca_bundle=tmp_path / "missing.pem"))
