"""``python -m cec_agentgateway``: the ``cec-agentgw`` command line."""

from ._cli import main

raise SystemExit(main())
