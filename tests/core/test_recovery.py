"""Recovery files: one per window and process, written whole, offered only when orphaned."""

import json
import os

from designer.core.recovery import LEGACY_NAME, RecoveryFile, state_dir_problem
from tests.factories import layout_of, spec_para
from tests.processes import dead_pid


def test_save_load_discard(tmp_path):
    recovery = RecoveryFile(tmp_path / "state")
    assert recovery.load() is None
    layout = layout_of(spec_para(), {0: (540, 960)})
    recovery.save(layout, tmp_path / "show.json")
    found = recovery.load()
    assert found.layout == layout and found.saved_path == tmp_path / "show.json"
    recovery.discard()
    assert recovery.load() is None
    recovery.discard()  # twice is fine


def test_a_show_is_kept_whole(tmp_path):
    from designer.core.show import Cue, Show

    host = layout_of(spec_para(), {0: (540, 960)})
    pk = layout_of(spec_para(), {0: (540, 960), 1: (320, 480)})
    recovery = RecoveryFile(tmp_path)
    recovery.save(pk, None, Show([Cue("host alone", host), Cue("PK", pk)]))
    found = recovery.load()
    assert found.show.names == ["host alone", "PK"] and found.show.cues[1].layout == pk
    assert found.layout == host  # the first cue is the one a restored show previews


def test_live_records_are_their_own_kind_and_never_taken_for_recovery(tmp_path):
    from designer.core.livestate import LiveFile, LiveRecord

    record = LiveRecord("custom", "http://127.0.0.1:9/common_access", "v2", 1400000001,
                        "room", "out", 1.0, 2.0, layout_of(spec_para()))
    gone = LiveFile(tmp_path, f"live-{dead_pid()}-1.json")
    gone.save(record)
    assert RecoveryFile.orphans(tmp_path) == []
    assert [f.path for f in LiveFile.orphans(tmp_path)] == [gone.path]
    assert gone.load() == record
    assert "key" not in json.loads(gone.path.read_text())


def test_a_damaged_recovery_file_reads_as_none(tmp_path):
    recovery = RecoveryFile(tmp_path)
    recovery.path.write_text('{"recovery": 1, "preset": {"format": "nope"}}')
    assert recovery.load() is None
    recovery.path.write_text("{trunc")
    assert recovery.load() is None
    recovery.path.write_text("[1]")
    assert recovery.load() is None


def test_each_window_has_its_own_file_named_and_marked_with_its_process(tmp_path):
    first, second = RecoveryFile(tmp_path), RecoveryFile(tmp_path)
    assert first.path != second.path
    assert first.pid == second.pid == os.getpid()
    first.save(layout_of(spec_para()), None)
    assert json.loads(first.path.read_text())["pid"] == os.getpid()
    assert not second.path.exists()


def _file_of(directory, pid, number=1):
    file = RecoveryFile(directory, f"recovery-{pid}-{number}.json")
    file.save(layout_of(spec_para()), None)
    return file


def test_only_files_of_processes_that_are_gone_are_orphans(tmp_path):
    mine = _file_of(tmp_path, os.getpid())
    parents = _file_of(tmp_path, os.getppid())  # alive: our parent
    gone = _file_of(tmp_path, dead_pid())
    legacy = RecoveryFile(tmp_path, LEGACY_NAME)  # written by a version before these files
    legacy.save(layout_of(spec_para()), None)
    os.utime(legacy.path, (1, 1))
    assert [f.path for f in RecoveryFile.orphans(tmp_path)] == [gone.path, legacy.path]
    assert mine.path.exists() and parents.path.exists()


def test_taking_over_an_orphan_makes_it_this_windows_file(tmp_path):
    gone = _file_of(tmp_path, dead_pid())
    mine = RecoveryFile(tmp_path)
    assert mine.take_over(gone)
    assert mine.load() is not None and not gone.path.exists()
    assert not RecoveryFile(tmp_path).take_over(gone)  # taken already: nothing to take


def test_temp_files_a_killed_process_left_in_the_state_folder_are_cleared(tmp_path):
    stale = tmp_path / f".recovery-1-1.json.mix-designer-{dead_pid()}-ab12.tmp"
    live = tmp_path / f".recovery-1-1.json.mix-designer-{os.getppid()}-cd34.tmp"
    stale.write_text("{half")
    live.write_text("{being written")
    RecoveryFile.orphans(tmp_path)
    assert not stale.exists() and live.exists()


def test_a_state_folder_that_is_a_file_or_cannot_be_made_is_named(tmp_path):
    assert state_dir_problem(tmp_path / "state") is None
    clash = tmp_path / "clash"
    clash.write_text("")
    assert "clash" in state_dir_problem(clash)
    assert "clash" in state_dir_problem(clash / "state")
