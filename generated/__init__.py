"""A client library for accessing CEC CC-Gateway agent interface"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
