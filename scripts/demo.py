"""Quick-start demo: a full agent session against the embedded gateway simulator.

The session itself lives in the package (``cec_agentgateway._demo``), so ``cec-agentgw demo``
runs the same thing from an installed wheel.
"""

from __future__ import annotations

import sys

from cec_agentgateway._cli import main

if __name__ == "__main__":
    sys.exit(main(["demo", *sys.argv[1:]]))
