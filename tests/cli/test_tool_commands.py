"""`automix` and `key`."""

import io
import json

import pytest

from designer.cli.main import main

BIG = "rtmp://1234.livepush.myqcloud.com/live/1234_lewis01?from=interactive&bizid=1234"
SMALL = "rtmp://1234.livepush.myqcloud.com/live/1234_lewis02?from=interactive&bizid=1234"


def test_automix_reproduces_the_specs_example(capsys):
    assert main(["automix", "--session", "1234_lewis_room", "--template", "1",
                 "--big", BIG, "--small", SMALL]) == 0
    assert capsys.readouterr().out.splitlines() == [
        BIG + "&mixv2=t_id:1;session_id:1234_lewis_room;layer:b",
        SMALL + "&mixv2=t_id:1;session_id:1234_lewis_room;layer:s",
    ]


def test_automix_json_and_a_url_without_query(capsys):
    assert main(["automix", "--session", "room", "--template", "2", "--json",
                 "--big", "rtmp://h/live/a", "--small", "rtmp://h/live/b"]) == 0
    assert json.loads(capsys.readouterr().out) == {
        "big": "rtmp://h/live/a?mixv2=t_id:2;session_id:room;layer:b",
        "small": "rtmp://h/live/b?mixv2=t_id:2;session_id:room;layer:s",
    }


@pytest.mark.parametrize(
    ("session", "big", "small", "message"),
    [
        ("bad id!", BIG, SMALL, "session_id"),
        ("room", "not a url", SMALL, "big (b) push URL"),
        ("room", BIG, BIG, "same stream"),
        ("room", BIG + "&mixv2=t_id:1", SMALL, "already has a mixv2"),
    ],
)
def test_automix_refuses_bad_input_with_one_line(capsys, session, big, small, message):
    assert main(["automix", "--session", session, "--template", "1",
                 "--big", big, "--small", small]) == 1
    out, err = capsys.readouterr()
    assert out == "" and message in err and len(err.strip().splitlines()) == 1


def test_automix_template_must_be_1_or_2(capsys):
    with pytest.raises(SystemExit) as exited:
        main(["automix", "--session", "r", "--template", "3", "--big", BIG, "--small", SMALL])
    assert exited.value.code == 2


def test_key_set_reads_stdin_and_the_key_is_found_for_that_appid(memory_keyring, monkeypatch,
                                                                   capsys):
    from designer.core.credentials import find_key

    monkeypatch.setattr("sys.stdin", io.StringIO("my-secret-key\n"))
    assert main(["key", "set", "--appid", "7"]) == 0
    assert find_key(7).get_secret_value() == "my-secret-key"
    out, err = capsys.readouterr()
    assert "my-secret-key" not in out + err
    assert main(["key", "delete", "--appid", "7"]) == 0
    assert memory_keyring == {}


def test_the_environment_wins_over_the_keyring(memory_keyring, monkeypatch):
    from designer.core.credentials import find_key

    memory_keyring[("mix-designer", "default")] = "from-keyring"
    assert find_key(1).get_secret_value() == "from-keyring"
    monkeypatch.setenv("MIX_DESIGNER_KEY", "from-env")
    assert find_key(1).get_secret_value() == "from-env"
    assert "from-env" not in repr(find_key(1))


def test_key_set_with_empty_input_stores_nothing(memory_keyring, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("\n"))
    assert main(["key", "set"]) == 2
    assert memory_keyring == {}
