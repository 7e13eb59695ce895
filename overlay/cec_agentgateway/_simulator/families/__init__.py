"""The operation families of the simulated gateway, one module each (see ``_family.py``).

Each module holds one family's handlers, state and scenario methods; they import the core
layer (``_core``, ``_family``, ``_model``, ``_wire``, ``_payloads``, ``_callflow``) and never
each other.
"""
