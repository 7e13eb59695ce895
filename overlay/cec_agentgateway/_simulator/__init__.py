"""Implementation of :mod:`cec_agentgateway.simulator` (import from there, not from here)."""
