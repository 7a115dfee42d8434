"""peewee without the PostgreSQL driver: imported first by models/, so a start-up on a file never
loads psycopg (a tenth of a second) that only a server database needs."""

from __future__ import annotations

import sys
from contextlib import contextmanager


@contextmanager
def without_server_driver():
    """peewee and playhouse import any PostgreSQL driver they find when first imported; inside
    this block `import psycopg` fails. models/db/pg_types.py brings the driver in for a server."""
    if "psycopg" in sys.modules:  # already loaded (a server is open): nothing to save
        yield
        return
    sys.modules["psycopg"] = None
    try:
        yield
    finally:
        del sys.modules["psycopg"]


with without_server_driver():
    import peewee  # noqa: F401
