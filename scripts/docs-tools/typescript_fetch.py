"""A second generator: openapi-generator's ``typescript-fetch`` client, made to compile.

Run by ``scripts/docs fetch`` (needs Java >= 11 on PATH; the generator itself is the PyPI
package ``openapi-generator-cli``, whose wheel carries the generator's jar, installed into
the venv on first use at the version pinned below). Writes
``artifacts/typescript-fetch/`` and type-checks it with ``tsc --strict``.

openapi-generator 7.x output for this document does not compile as it is; the three
workarounds, applied here and documented in docs/other-languages.md:

1. Webhooks (``agentEvents``, ``legacyAgentEvent``: what a *receiver* of pushed events
   implements, never called by a client) become ``apis/DefaultApi.ts`` with empty model
   names (``import { type , FromJSON, ToJSON }``). They are left out: the generator reads a
   copy of the document without ``webhooks`` (their schemas stay, under
   ``components/schemas``, e.g. ``PushedEvents``).
2. A ``oneOf`` of a schema and an array of it (``AgentStatus | AgentStatus[]`` in
   ``AgentStatusResponse``, ``CallInfo | CallInfo[]``) imports that schema twice
   (TS2300 duplicate identifier): repeated import statements are removed.
3. The event envelope's union (``AgentEvent``: ``oneOf`` DescribedAgentEvent, itself a
   discriminated ``oneOf``, | UnknownAgentEvent; a branch whose content is ``type: 'null'``)
   makes models that import what the generator never writes (``instanceOfDescribedAgentEvent``,
   ``./Null``). typescript-fetch reads the envelope folded back to its properties, as
   openapi-python-client does (``scripts/generator_view.py``); its ``content`` stays untyped.

Usage: python scripts/docs-tools/typescript_fetch.py <tsc> <output dir>
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

GENERATOR = "openapi-generator-cli==7.26.0"
REPO = Path(__file__).resolve().parents[2]
TSCONFIG = """{
  "compilerOptions": {
    "strict": true, "noEmit": true, "target": "ES2022", "module": "ES2022",
    "moduleResolution": "bundler", "lib": ["ES2022", "DOM"], "types": []
  },
  "include": ["**/*.ts"]
}
"""
_IMPORT = re.compile(r"^import [^;]*?;\n", re.M | re.S)


def _generator() -> list[str]:
    if shutil.which("java") is None:
        sys.exit("typescript-fetch needs Java >= 11 on PATH (Debian: default-jre-headless)")
    if importlib.util.find_spec("openapi_generator_cli") is None:
        print(f"installing {GENERATOR} into the venv (its wheel carries the jar)", flush=True)
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "install",
                "--quiet",
                "--disable-pip-version-check",
                GENERATOR,
            ],
            check=True,
        )
    spec = importlib.util.find_spec("openapi_generator_cli")
    assert spec is not None and spec.origin is not None
    jar = Path(spec.origin).parent / "openapi-generator.jar"
    return ["java", "-jar", str(jar)]


def _generator_view_module() -> Any:
    path = REPO / "scripts" / "generator_view.py"
    spec = importlib.util.spec_from_file_location("generator_view", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def without_webhooks(source: Path, target: Path) -> None:
    """Workarounds 1 and 3: the document minus ``webhooks`` (a client does not call them),
    with the event envelope's union folded back to its properties."""
    document = yaml.safe_load(source.read_text(encoding="utf-8"))
    document.pop("webhooks", None)
    _generator_view_module()._fold_envelopes(document)
    target.write_text(yaml.safe_dump(document, sort_keys=False, allow_unicode=True), "utf-8")


def drop_duplicate_imports(folder: Path) -> list[str]:
    """Workaround 2: keep the first of identical import statements in each model file."""
    fixed = []
    for path in sorted(folder.glob("models/*.ts")):
        text = path.read_text(encoding="utf-8")
        seen: set[str] = set()

        def once(match: re.Match[str], seen: set[str] = seen) -> str:
            statement = match.group(0)
            if statement in seen:
                return ""
            seen.add(statement)
            return statement

        new = _IMPORT.sub(once, text)
        if new != text:
            path.write_text(new, encoding="utf-8")
            fixed.append(path.name)
    return fixed


def main(tsc: str, output: Path) -> None:
    command = _generator()
    shutil.rmtree(output, ignore_errors=True)
    with tempfile.TemporaryDirectory() as temp:
        spec = Path(temp) / "openapi.yaml"
        without_webhooks(REPO / "openapi.yaml", spec)
        subprocess.run(
            [
                *command,
                "generate",
                "--input-spec",
                str(spec),
                "--generator-name",
                "typescript-fetch",
                "--output",
                str(output),
                "--additional-properties",
                "supportsES6=true",
                "--global-property",
                "apiDocs=false,modelDocs=false",
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    if (output / "apis" / "DefaultApi.ts").exists():
        sys.exit("typescript-fetch: apis/DefaultApi.ts appeared: an operation without a tag?")
    fixed = drop_duplicate_imports(output)
    print(f"typescript-fetch: duplicate imports removed in {', '.join(fixed) or 'none'}")
    (output / "tsconfig.json").write_text(TSCONFIG, encoding="utf-8")
    subprocess.run([tsc, "--project", str(output / "tsconfig.json")], check=True)
    apis = sorted(p.stem for p in (output / "apis").glob("*Api.ts"))
    print(f"{output}: compiles under tsc --strict ({len(apis)} APIs: {', '.join(apis)})")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: typescript_fetch.py <tsc> <output dir>")
    main(sys.argv[1], Path(sys.argv[2]))
