"""A client library for accessing Canvas LMS Account Reports API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
