"""Pure domain code: no Qt, no SQL, no I/O. Shared by the client and the server."""
