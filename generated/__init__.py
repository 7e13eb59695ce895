"""A client library for accessing CEC CC-Gateway agent interface"""

# cec-agentgateway: the client classes are imported when first used (PEP 562), so importing
# the package or its lazy models package does not build them (nor load attrs).
import importlib as _importlib
import typing as _typing

if _typing.TYPE_CHECKING:
    from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)


def __getattr__(name: str) -> _typing.Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(_importlib.import_module(".client", __name__), name)
    globals()[name] = value
    return value
