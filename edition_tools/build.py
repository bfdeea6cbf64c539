"""Building the site as scripts/serve and scripts/offline do."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
"""The project's folder."""

OUTPUT = ROOT / "test-output"
"""Where the tests leave screenshots and PDFs for a person to look at."""


def mkdocs_env(offline: bool = False) -> dict[str, str]:
    """The environment a build runs in: MkDocs 2 notices off, OFFLINE set."""
    return {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true",
            "OFFLINE": "true" if offline else "false"}


def build_site(dest: Path, config: Path = ROOT / "mkdocs.yml", offline: bool = False,
               strict: bool = True) -> subprocess.CompletedProcess:
    """`mkdocs build --strict -q` of `config` into `dest`; the result, output captured."""
    command = [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config), "-d", str(dest)]
    if strict:
        command.insert(4, "--strict")
    return subprocess.run(command, capture_output=True, text=True, env=mkdocs_env(offline), cwd=config.parent)


def build_or_exit(dest: Path, config: Path = ROOT / "mkdocs.yml", offline: bool = False) -> Path:
    """For scripts: build, or stop with the build's own error."""
    result = build_site(dest, config, offline)
    if result.returncode:
        sys.exit(result.stderr)
    return dest

