"""Recovery files: written whole, read back, and harmless when damaged."""

from designer.core.recovery import RecoveryFile
from tests.factories import layout_of, spec_para


def test_save_load_discard(tmp_path):
    recovery = RecoveryFile(tmp_path / "state")
    assert recovery.load() is None
    layout = layout_of(spec_para(), {0: (540, 960)})
    recovery.save(layout, tmp_path / "show.json")
    found = recovery.load()
    assert found.layout == layout and found.source == tmp_path / "show.json"
    recovery.discard()
    assert recovery.load() is None
    recovery.discard()  # twice is fine


def test_a_damaged_recovery_file_reads_as_none(tmp_path):
    recovery = RecoveryFile(tmp_path)
    recovery.path.write_text('{"recovery": 1, "preset": {"format": "nope"}}')
    assert recovery.load() is None
    recovery.path.write_text("{trunc")
    assert recovery.load() is None
