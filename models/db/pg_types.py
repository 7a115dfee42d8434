"""The PostgreSQL driver (psycopg 3), imported only when a server database is opened, and how its
values read back, so the program sees the same Python types as on SQLite."""

from __future__ import annotations

import uuid
from decimal import Decimal

import psycopg
from peewee import Psycopg3Adapter
from psycopg.pq import TransactionStatus
from psycopg.types.json import Json, Jsonb
from psycopg.types.numeric import NumericLoader


class WholeNumericLoader(NumericLoader):
    """A NUMERIC without a fraction (what SUM over 万元 integers gives) reads as int, as on SQLite;
    one with decimals (a growth rate) stays Decimal."""

    def load(self, data) -> int | Decimal:
        text = bytes(data)
        if text.lstrip(b"-").isdigit():
            return int(text)
        return Decimal(text.decode())


class DriverAdapter(Psycopg3Adapter):
    """peewee's psycopg 3 adapter, given the driver it was imported without (models/__init__.py)."""

    txn_idle = TransactionStatus.IDLE
    txn_inerror = TransactionStatus.INERROR
    txn_unknown = TransactionStatus.UNKNOWN

    def __init__(self):
        super().__init__()
        self.json_type, self.jsonb_type = Json, Jsonb

    def check_driver(self):
        return None

    def get_binary_type(self):
        return psycopg.Binary

    def connect(self, db, **params):
        params.setdefault("dbname", db.database)
        conn = psycopg.connect(**params)
        conn.adapters.register_loader("numeric", WholeNumericLoader)
        return conn

    def server_side_cursor(self, conn):
        in_txn = self.txn_status(conn) == TransactionStatus.INTRANS
        return conn.cursor(name=str(uuid.uuid1()), withhold=not in_txn)
