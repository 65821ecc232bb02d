"""The live record: what a gone window left on air, and which records count as damaged."""

from __future__ import annotations

import json

import pytest

from designer.core.livestate import LiveFile, LiveRecord
from tests.factories import layout_of, spec_para


def _record(**fields) -> LiveRecord:
    values = {"endpoint_kind": "custom", "endpoint": "http://127.0.0.1:9/common_access",
              "wire": "v2", "appid": 1400000001, "session_id": "room", "output_id": "out",
              "started_at": 1.0, "confirmed_at": 2.0, "program": layout_of(spec_para())}
    return LiveRecord(**{**values, **fields})


@pytest.mark.parametrize(("kind", "wire"), [("tencent", "v3"), ("custom", "v2"),
                                            ("sandbox", "v2")])
def test_a_record_is_read_back_as_written(tmp_path, kind, wire):
    file, record = LiveFile(tmp_path), _record(endpoint_kind=kind, wire=wire)
    file.save(record)
    assert file.load() == record


@pytest.mark.parametrize(("field", "value"), [
    ("wire", "v4"),              # an interface of a newer version
    ("wire", ""),
    ("endpoint_kind", "satellite"),  # an endpoint choice of a newer version
    ("endpoint_kind", "Custom"),
])
def test_an_unknown_interface_or_endpoint_kind_is_a_damaged_record(tmp_path, field, value):
    file = LiveFile(tmp_path)
    file.save(_record())
    file.path.write_text(json.dumps({**json.loads(file.path.read_text()), field: value}))
    assert file.load() is None
    with pytest.raises(ValueError):
        LiveRecord.from_data(json.loads(file.path.read_text()))
