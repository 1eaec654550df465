"""The sync client: no Qt, httpx over the wire protocol of docs/sync-protocol.md."""
