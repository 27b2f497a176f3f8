"""Graphviz as WebAssembly (npm ``@viz-js/viz``, pinned in package.json), run by the pinned Node.

No system Graphviz is needed: ``graphviz.mjs`` beside this file lays the DOT text
out. Node finds ``@viz-js/viz`` the way it finds any package, in a
``node_modules`` folder beside the script or above it: the project's, where
``npm ci`` (``make test``) installs it.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path
from typing import Final

from ums_ha.toolchain.node import node_executable, prepare_toolchain

SCRIPT: Final = Path(__file__).with_name("graphviz.mjs")
PACKAGE: Final = ("@viz-js", "viz")
_TIMEOUT_SECONDS: Final = 60


class GraphvizError(RuntimeError):
    """Graphviz is missing or failed; the message says which and what to do."""


def find_package(start: Path | None = None) -> Path | None:
    """The ``@viz-js/viz`` folder Node would load for a script in ``start`` (default: the renderer's), if any."""
    start = SCRIPT.parent if start is None else start
    for folder in (start, *start.parents):
        candidate = folder.joinpath("node_modules", *PACKAGE)
        if (candidate / "package.json").is_file():
            return candidate
    return None


def render_with_graphviz(dot_text: str, output_format: str = "svg") -> str:
    """``dot_text`` laid out by Graphviz, in ``output_format`` (``svg``, ``json``, ...)."""
    if find_package() is None:
        raise GraphvizError(
            "SVG needs Graphviz as WebAssembly, the npm package @viz-js/viz pinned in the project's package.json, "
            f"in a node_modules folder above {SCRIPT.parent}: run `.venv/bin/npm ci` in the project (make test "
            "does); --format mermaid and --format dot need nothing"
        )
    try:
        result = subprocess.run(  # noqa: S603  (the pinned Node, our own script, our own DOT text on stdin)
            [node_executable(), str(SCRIPT), output_format],
            input=dot_text,
            capture_output=True,
            text=True,
            timeout=_TIMEOUT_SECONDS,
            check=False,
            env=prepare_toolchain(dict(os.environ)),
        )
    except subprocess.TimeoutExpired:
        raise GraphvizError(f"Graphviz took longer than {_TIMEOUT_SECONDS} s and was stopped") from None
    except OSError as error:
        raise GraphvizError(f"cannot run Node for Graphviz: {error.strerror}") from None
    if result.returncode != 0:
        raise GraphvizError(f"Graphviz failed (exit {result.returncode}): {result.stderr.strip()}")
    return result.stdout
