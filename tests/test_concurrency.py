"""Two users editing one record: the later save is refused, never silently overwriting the first.

Runs on SQLite and (make test's second run) on the PostgreSQL server."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from models import Trip
from models.db.base import db, on_server, query_rows
from models.store.editing import ChangedElsewhere, save_unchanged
from models.store.trips import save_trip, trip_input
from tests.helpers import D, person, trip

pytestmark = pytest.mark.server  # run a second time on the PostgreSQL server

ROOT = Path(__file__).resolve().parent.parent

# A second program: opens the same database, loads the trip as its form would, waits until the
# other program has loaded it too, then saves its own purpose (pausing between the check and the
# write, where a lost update would slip in).
CLIENT = """
import sys, time, dataclasses
from pathlib import Path
sys.path.insert(0, {root!r})
from models.db.database import open_database
from models.store.editing import ChangedElsewhere, save_unchanged
from models.store.trips import save_trip, trip_input
target, trip_id, purpose, folder = sys.argv[1], int(sys.argv[2]), sys.argv[3], Path(sys.argv[4])
open_database(target)
loaded = trip_input(trip_id)
(folder / purpose).touch()
while len(list(folder.iterdir())) < 2:
    time.sleep(0.01)

def slow_save():
    time.sleep(0.5)
    return save_trip(dataclasses.replace(loaded, purpose=purpose), trip_id, today=loaded.start_date)

try:
    save_unchanged(trip_input, trip_id, loaded, slow_save)
    print("saved")
except ChangedElsewhere:
    print("refused")
"""


@pytest.fixture
def one_trip(database):
    leader = person("张三", ("principal", D(2020, 1, 1)))
    return trip([leader], D(2020, 3, 2), D(2020, 3, 4), purpose="原来的目的")


def _other_client_sets_purpose(database, trip_id: int, purpose: str) -> None:
    """A change made through another connection, as another PC would."""
    if on_server():
        import psycopg

        with psycopg.connect(database.path, autocommit=True) as con:
            con.execute("UPDATE trip SET purpose = %s WHERE id = %s", (purpose, trip_id))
    else:
        import sqlite3

        con = sqlite3.connect(database.path)
        with con:
            con.execute("UPDATE trip SET purpose = ? WHERE id = ?", (purpose, trip_id))
        con.close()


def test_a_save_over_someone_elses_change_is_refused_and_theirs_kept(database, one_trip):
    loaded = trip_input(one_trip)
    _other_client_sets_purpose(database, one_trip, "别人改的目的")
    mine = dataclasses.replace(loaded, purpose="我改的目的")
    with pytest.raises(ChangedElsewhere, match="已被修改或删除"):
        save_unchanged(
            trip_input, one_trip, loaded, lambda: save_trip(mine, one_trip, D(2020, 3, 2))
        )
    assert Trip.get_by_id(one_trip).purpose == "别人改的目的"


def test_a_save_of_an_unchanged_record_goes_through(database, one_trip):
    loaded = trip_input(one_trip)
    mine = dataclasses.replace(loaded, purpose="我改的目的")
    save_unchanged(trip_input, one_trip, loaded, lambda: save_trip(mine, one_trip, D(2020, 3, 2)))
    assert Trip.get_by_id(one_trip).purpose == "我改的目的"


def test_a_record_deleted_meanwhile_is_not_recreated(database, one_trip):
    loaded = trip_input(one_trip)
    Trip.get_by_id(one_trip).delete_instance(recursive=True)
    with pytest.raises(ChangedElsewhere):
        save_unchanged(trip_input, one_trip, loaded, lambda: save_trip(loaded, one_trip))
    assert not Trip.select().where(Trip.id == one_trip).exists()


def test_two_programs_saving_the_same_record_at_once_never_lose_an_update(
    database, one_trip, tmp_path
):
    if not on_server():
        db.obj.execute_sql("PRAGMA wal_checkpoint")  # the other programs read the file afresh
    folder = tmp_path / "ready"
    folder.mkdir()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    code = CLIENT.format(root=str(ROOT))
    clients = [
        subprocess.Popen(
            [sys.executable, "-c", code, str(database.path), str(one_trip), purpose, str(folder)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for purpose in ("甲的目的", "乙的目的")
    ]
    started = time.monotonic()
    outcomes = []
    for client in clients:
        out, err = client.communicate(timeout=120)
        assert client.returncode == 0, err
        outcomes.append(out.strip())
    assert sorted(outcomes) == ["refused", "saved"], outcomes
    winner = ("甲的目的", "乙的目的")[outcomes.index("saved")]
    stored = query_rows("SELECT purpose FROM trip WHERE id = ?", one_trip)[0][0]
    assert stored == winner
    assert time.monotonic() - started < 60
