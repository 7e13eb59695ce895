"""The subcommand reference in docs/cli.md, generated from the command line's parser.

    python scripts/cli_reference.py            rewrite the generated part of docs/cli.md
    python scripts/cli_reference.py --check    fail when it is stale

The hand-written parts of docs/cli.md (before and after the markers) are kept.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cec_agentgateway._cli._reference import replace_generated

PAGE = Path(__file__).resolve().parents[1] / "docs" / "cli.md"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail when docs/cli.md is stale")
    args = parser.parse_args()
    text = PAGE.read_text(encoding="utf-8")
    fresh = replace_generated(text)
    if args.check:
        if fresh != text:
            print("docs/cli.md is stale: run python scripts/cli_reference.py", file=sys.stderr)
            return 1
        return 0
    PAGE.write_text(fresh, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
