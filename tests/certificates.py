"""Certificates for the verify tests, made by openssl: a CA of the tests' own and server certificates it
signed (with or without the site's DNS name), and a self-signed one, each as a server TLS context."""

from __future__ import annotations

import ssl
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

DNS_NAME = "igelrmserver.corp.example"


@dataclass(frozen=True)
class Certificates:
    ca_file: Path
    named: ssl.SSLContext
    """Signed by the CA, for the DNS name and 127.0.0.1-127.0.0.2."""
    unnamed: ssl.SSLContext
    """Signed by the CA, for the servers' addresses only."""
    self_signed: ssl.SSLContext
    """Its own issuer, for the DNS name."""


@pytest.fixture(scope="session")
def certificates(tmp_path_factory: pytest.TempPathFactory) -> Certificates:
    work = tmp_path_factory.mktemp("verify-certs")

    def openssl(*args: str) -> None:
        subprocess.run(["openssl", *args], cwd=work, check=True, capture_output=True, timeout=60)  # noqa: S607

    def context(name: str) -> ssl.SSLContext:
        server = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        server.load_cert_chain(work / f"{name}.pem", work / f"{name}.key")
        return server

    openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=ums-ha verify test CA",
            "-keyout", "ca.key", "-out", "ca.pem")  # fmt: skip
    for name, sans in (
        ("named", f"DNS:{DNS_NAME},IP:127.0.0.1,IP:127.0.0.2"),
        ("unnamed", "IP:127.0.0.1,IP:127.0.0.2"),
    ):
        (work / f"{name}.cnf").write_text(f"subjectAltName={sans}\n")
        openssl("req", "-newkey", "rsa:2048", "-nodes", "-subj", f"/CN={name}", "-keyout", f"{name}.key",
                "-out", f"{name}.csr")  # fmt: skip
        openssl("x509", "-req", "-in", f"{name}.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
                "-days", "2", "-extfile", f"{name}.cnf", "-out", f"{name}.pem")  # fmt: skip
    openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", f"/CN={DNS_NAME}",
            "-addext", f"subjectAltName=DNS:{DNS_NAME}", "-keyout", "self.key", "-out", "self.pem")  # fmt: skip
    return Certificates(work / "ca.pem", context("named"), context("unnamed"), context("self"))
