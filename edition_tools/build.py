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


PUBLISHED_AT = "https://edition.test/"
"""The address the tests publish at (`.test` is reserved for tests, RFC 2606)."""


def mkdocs_env(offline: bool = False, address: str | None = None) -> dict[str, str]:
    """The environment a build runs in: MkDocs 2 notices off, OFFLINE set;
    with `address`, a build for publishing at it (EDITION_PUBLISH=1,
    EDITION_URL), else a local build (neither set, whatever the caller's
    environment says: edition/publishing.py)."""
    from edition import publishing
    env = {k: v for k, v in os.environ.items() if k not in (publishing.URL_ENV, publishing.PUBLISH_ENV)}
    if address is not None:
        env |= {publishing.URL_ENV: address, publishing.PUBLISH_ENV: "1"}
    return {**env, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true",
            "OFFLINE": "true" if offline else "false"}


def build_site(dest: Path, config: Path = ROOT / "mkdocs.yml", offline: bool = False,
               strict: bool = True, address: str | None = None) -> subprocess.CompletedProcess:
    """`mkdocs build --strict -q` of `config` into `dest`; the result, output
    captured. `address`: a build for publishing at it (mkdocs_env)."""
    command = [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config), "-d", str(dest)]
    if strict:
        command.insert(4, "--strict")
    return subprocess.run(command, capture_output=True, text=True, env=mkdocs_env(offline, address),
                          cwd=config.parent)


def build_or_exit(dest: Path, config: Path = ROOT / "mkdocs.yml", offline: bool = False) -> Path:
    """For scripts: build, or stop with the build's own error."""
    result = build_site(dest, config, offline)
    if result.returncode:
        sys.exit(result.stderr)
    return dest



def renderer_config(folder: Path, project: Path = ROOT) -> Path:
    """`folder/mkdocs.yml` for a renderer that runs no hooks: the project's
    mkdocs.yml without `hooks` and `custom_dir`, reading `folder/docs/` and
    the navigation that `python -m edition build folder` wrote (nav.json)."""
    import json

    import yaml

    from edition.build import read_config
    config = read_config(project / "mkdocs.yml")
    config.pop("hooks", None)
    config["theme"].pop("custom_dir", None)
    nav = json.loads((folder / "nav.json").read_text("utf-8"))
    config["nav"] = nav["nav"]
    if nav["not_in_nav"]:
        config["not_in_nav"] = "\n".join(nav["not_in_nav"])
    config["docs_dir"] = "docs"
    config["site_dir"] = "site"
    (folder / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), "utf-8")
    return folder / "mkdocs.yml"


def build_with_zensical(folder: Path, project: Path = ROOT) -> subprocess.CompletedProcess:
    """The edition written by `python -m edition build folder`, then built by
    Zensical into `folder/site`; the last step's result, output captured."""
    written = subprocess.run([sys.executable, "-m", "edition", "build", str(folder), "--project", str(project)],
                             capture_output=True, text=True, cwd=project)
    if written.returncode:
        return written
    config = renderer_config(folder, project)
    zensical = Path(sys.executable).with_name("zensical")
    return subprocess.run([str(zensical), "build", "--strict", "-f", str(config)], capture_output=True, text=True,
                          cwd=folder)
