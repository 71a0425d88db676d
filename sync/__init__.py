"""Local SQLite store, outbox, portal contract and client, sync engine, reference portal. No Qt."""
