"""The second wire: a layout as API 3.0's CreateCommonMixStream parameters, and back.

Plain dicts under API 3.0's own names, with no SDK: designer.net.api3 hands them to Tencent's
SDK (``CreateCommonMixStreamRequest``), which signs and sends them; ``mix-designer request
--api v3`` prints them. The layout stays one model (core.model): the para's fields map one to
one (``picture_id`` → ``WatermarkId``, ``crop_x`` → ``CropStartLocationX`` ...), and what only
API 3.0 has lives in ``layout.api3`` (core.api3model), sent on this wire only.

Two things are reported rather than dropped in silence: keys of the para that API 3.0 has no
place for ("not sent on API 3.0: domain, path"), and keys of an imported API 3.0 body that the
layout cannot hold ("not imported: ...").
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from pydantic import ValidationError

from designer.core.api3_credentials import Api3Credentials
from designer.core.api3model import Api3Control, Api3Options, Api3Output
from designer.core.errors import FileError
from designer.core.geometry import guess_preview_size
from designer.core.i18n import QT_TRANSLATE_NOOP
from designer.core.limits import API3_LIMITS
from designer.core.model import Layout
from designer.core.para import read_para
from designer.core.problems import Problem, Severity
from designer.core.sending import sent_para
from designer.core.validation import validate, validate_cancel
from designer.core.wire import Action

ACTION_START = "CreateCommonMixStream"
ACTION_CANCEL = "CancelCommonMixStream"
ACTIONS = (ACTION_START, ACTION_CANCEL)
API_VERSION = "2018-08-01"
#: The service name in the TC3 credential scope, and the SDK's LiveClient._service.
SERVICE = "live"
DEFAULT_ENDPOINT = "https://live.tencentcloudapi.com"

#: The warning's own code (like FAQ8): keys that one side has and the other cannot carry.
WARNING_CODE = "API3"

# para (Mix_StreamV2) name → API 3.0 name, level by level.
OUTPUT_FIELDS = {
    "output_stream_id": "OutputStreamName",
    "output_stream_type": "OutputStreamType",
    "output_stream_bitrate": "OutputStreamBitRate",
}
LAYOUT_FIELDS = {
    "image_layer": "ImageLayer",
    "input_type": "InputType",
    "image_width": "ImageWidth",
    "image_height": "ImageHeight",
    "location_x": "LocationX",
    "location_y": "LocationY",
    "color": "Color",
    "picture_id": "WatermarkId",
}
CROP_FIELDS = {
    "crop_width": "CropWidth",
    "crop_height": "CropHeight",
    "crop_x": "CropStartLocationX",
    "crop_y": "CropStartLocationY",
}
#: Keys of a para that API 3.0 says another way, so they are neither sent nor reported: the
#: account is the SecretId's, and the interface is the action.
ENVELOPE_KEYS = frozenset({"app_id", "interface"})
#: A dict with one of these is API 3.0 parameters (a Mix_StreamV2 para's keys are lowercase).
PARAM_KEYS = frozenset({"MixStreamSessionId", "InputStreamList", "OutputParams"})

# Ranges of API 3.0's own fields (CommonMixOutputParams / CommonMixControlParams docstrings).
OUTPUT_RANGES = {
    "OutputStreamGop": (1, 10),
    "OutputStreamFrameRate": (1, 60),
    "OutputAudioBitRate": (1, 500),
    "OutputAudioChannels": (1, 2),
}
AUDIO_SAMPLE_RATES = (96000, 88200, 64000, 48000, 44100, 32000, 24000, 22050, 16000, 12000,
                      11025, 8000)
#: An API 3.0 field out of its documented range: the action's generic parameter error.
RANGE_CODE = "InvalidParameter"


# -- layout → API 3.0 ---------------------------------------------------------------------


def start_params(layout: Layout) -> dict[str, Any]:
    """CreateCommonMixStream's parameters: what is set in the layout, nothing else (hidden
    inputs are not sent)."""
    para = sent_para(layout)
    params: dict[str, Any] = {}
    _put(params, "MixStreamSessionId", para.get("mix_stream_session_id"))
    inputs = para.get("input_stream_list")
    if isinstance(inputs, list):
        params["InputStreamList"] = [_input_params(stream) for stream in inputs]
    output = _renamed(para, OUTPUT_FIELDS) | layout.api3.OutputParams.to_wire()
    if output:
        params["OutputParams"] = output
    _put(params, "MixStreamTemplateId", para.get("mix_stream_template_id"))
    if control := layout.api3.ControlParams.to_wire():
        params["ControlParams"] = control
    return params


def carried_para(layout: Layout) -> dict[str, Any]:
    """What API 3.0 carries of ``layout`` (start_params read back), in the para's shape: keys
    it cannot carry left out, the ``api3`` section's fields as keys of their own
    ("OutputParams.OutputStreamGop"). What core.diff compares for an update on this wire."""
    para, options, _ = _split(start_params(layout))
    for part, fields in options.items():
        para.update({f"{part}.{name}": value for name, value in fields.items()})
    return para


def cancel_params(layout: Layout) -> dict[str, Any]:
    """CancelCommonMixStream's parameters: the session id only (no output id, unlike v2)."""
    params: dict[str, Any] = {}
    _put(params, "MixStreamSessionId", layout.para.mix_stream_session_id)
    return params


def request_json(action: str, layout: Layout) -> dict[str, Any]:
    """What the SDK's request carries (no signature, no secret): ``request --api v3``."""
    params = start_params(layout) if action == ACTION_START else cancel_params(layout)
    return {"action": action, "version": API_VERSION, "params": params}


@dataclass(frozen=True, slots=True)
class Api3Request:
    """A request ready to go out through Tencent's SDK, which signs it (TC3) as it sends it.

    It carries the credentials to sign with (the SecretKey a SecretStr: no repr, log or
    traceback shows it); ``body`` and ``to_json`` are what a log may show: no signature, no
    secret. The log treats it as it treats a Mix_StreamV2 SignedRequest.
    """

    action: Action
    url: str
    params: dict[str, Any]
    credentials: Api3Credentials = field(repr=False, compare=False)

    @property
    def api_action(self) -> str:
        return ACTION_START if self.action is Action.START else ACTION_CANCEL

    @property
    def body(self) -> dict[str, Any]:
        return {"action": self.api_action, "version": API_VERSION, "params": self.params}

    def to_json(self) -> dict[str, Any]:
        return {"url": self.url, "body": self.body}


def build_api3_request(action: Action, layout: Layout, *, endpoint: str,
                       credentials: Api3Credentials) -> Api3Request:
    """What a start (what is sent of ``layout``) or a cancel (its session) carries on API
    3.0."""
    params = start_params(layout) if action is Action.START else cancel_params(layout)
    return Api3Request(action, endpoint, params, credentials)


def _input_params(stream: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    _put(out, "InputStreamName", stream.get("input_stream_id"))
    if isinstance(layout := stream.get("layout_params"), dict):
        out["LayoutParams"] = _renamed(layout, LAYOUT_FIELDS)
    if isinstance(crop := stream.get("crop_params"), dict):
        out["CropParams"] = _renamed(crop, CROP_FIELDS)
    return out


def _renamed(data: dict[str, Any], names: dict[str, str]) -> dict[str, Any]:
    # None is "unset" (a null read from a file): the SDK would not send it either.
    return {new: data[old] for old, new in names.items() if data.get(old) is not None}


def _put(out: dict[str, Any], name: str, value: Any) -> None:
    if value is not None:
        out[name] = value


def not_sent(layout: Layout) -> list[str]:
    """Keys of the para with no API 3.0 counterpart (``domain``, ``path`` ...), as paths;
    those of hidden inputs, which are not sent anyway, are not named."""
    para = layout.para
    keys = [key for key in para.model_extra or {} if key not in ENVELOPE_KEYS]
    for index, (stream, design) in enumerate(layout.pairs()):
        if not design.visible:
            continue
        where = f"input_stream_list[{index}]"
        keys += [f"{where}.{key}" for key in stream.model_extra or {}]
        for name, part in (("layout_params", stream.layout_params),
                           ("crop_params", stream.crop_params)):
            if part is not None:
                keys += [f"{where}.{name}.{key}" for key in part.model_extra or {}]
    return keys


# -- validation for this wire ---------------------------------------------------------------


def validate_api3(layout: Layout) -> list[Problem]:
    """validate() with API 3.0's ranges, its own fields' ranges, and what it cannot carry;
    like validate(), of what is sent (hidden inputs left out), named by the layout's indexes."""
    problems = validate(layout, API3_LIMITS) + list(_check_options(layout.api3))
    if keys := not_sent(layout):
        problems.append(Problem(
            WARNING_CODE, "para",
            QT_TRANSLATE_NOOP("Validation", "not sent on API 3.0: {keys}"),
            {"keys": ", ".join(keys)[:300]}, Severity.WARNING))
    return sorted(problems, key=lambda p: not p.is_error)


def validate_api3_cancel(layout: Layout) -> list[Problem]:
    """A cancel on API 3.0 needs a well-formed session id only."""
    return [p for p in validate_cancel(layout) if p.field == "mix_stream_session_id"]


def _check_options(options: Api3Options) -> Iterator[Problem]:
    output = options.OutputParams
    for name, (low, high) in OUTPUT_RANGES.items():
        value = getattr(output, name)
        if value is not None and not low <= value <= high:
            yield _out_of_range(f"OutputParams.{name}", value, low, high)
    rate = output.OutputAudioSampleRate
    if rate is not None and rate not in AUDIO_SAMPLE_RATES:
        yield Problem(
            RANGE_CODE, "api3.OutputParams.OutputAudioSampleRate",
            QT_TRANSLATE_NOOP("Validation", "{name} {value} is not one of {allowed}"),
            {"name": "OutputAudioSampleRate", "value": rate,
             "allowed": ", ".join(map(str, AUDIO_SAMPLE_RATES))})
    for name in Api3Control.model_fields:
        value = getattr(options.ControlParams, name)
        if value is not None and value not in (0, 1):
            yield _out_of_range(f"ControlParams.{name}", value, 0, 1)


def _out_of_range(path: str, value: int, low: int, high: int) -> Problem:
    return Problem(
        RANGE_CODE, f"api3.{path}",
        QT_TRANSLATE_NOOP("Validation", "{name} {value} is outside [{low}, {high}]"),
        {"name": path.rsplit(".", 1)[-1], "value": value, "low": low, "high": high})


# -- API 3.0 → layout ---------------------------------------------------------------------


def is_api3(data: Any) -> bool:
    """API 3.0 parameters, bare or as ``request --api v3`` prints them."""
    if not isinstance(data, dict):
        return False
    if data.get("action") in ACTIONS and isinstance(data.get("params"), dict):
        return True
    return bool(PARAM_KEYS & data.keys())


def read_layout(data: Any) -> tuple[Layout, list[Problem]]:
    """A layout from API 3.0 parameters, with a warning for what it cannot hold.

    FileError for a shape that is not API 3.0 parameters, InvalidFile for values of the
    wrong type (named by the para's fields they map to).
    """
    params = data["params"] if isinstance(data.get("params"), dict) else data
    para, options, not_imported = _split(params)
    layout = Layout(para=read_para(para))
    try:
        layout.api3 = Api3Options.model_validate(options)
    except ValidationError as error:
        first = error.errors(include_url=False)[0]
        raise FileError(QT_TRANSLATE_NOOP(
            "Errors", "the request's {where} is invalid: {reason}"),
            where=".".join(map(str, first["loc"])) or "OutputParams", reason=first["msg"]
        ) from None
    if (size := guess_preview_size(layout)) is not None:
        layout.design.preview_width, layout.design.preview_height = size
    problems = []
    if not_imported:
        problems.append(Problem(
            WARNING_CODE, "params",
            QT_TRANSLATE_NOOP("Validation", "not imported (Mix Designer cannot hold them): "
                                            "{keys}"),
            {"keys": ", ".join(not_imported)[:300]}, Severity.WARNING))
    return layout, problems


def _split(params: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any], list[str]]:
    """API 3.0 parameters → (para, the api3 section, keys neither can hold)."""
    para: dict[str, Any] = {}
    options: dict[str, dict[str, Any]] = {}
    not_imported: list[str] = []
    for key, value in params.items():
        if key == "MixStreamSessionId":
            para["mix_stream_session_id"] = value
        elif key == "MixStreamTemplateId":
            para["mix_stream_template_id"] = value
        elif key == "InputStreamList":
            para["input_stream_list"] = (
                [_input_back(i, item, not_imported) for i, item in enumerate(value)]
                if isinstance(value, list) else value)  # a wrong type: validation names it
        elif key == "OutputParams":
            output = _object(value, key)
            para.update(_back(output, OUTPUT_FIELDS, key, not_imported,
                              keep=Api3Output.model_fields, kept=options))
        elif key == "ControlParams":
            control = _object(value, key)
            options["ControlParams"] = {k: v for k, v in control.items()
                                        if k in Api3Control.model_fields}
            not_imported += [f"{key}.{k}" for k in control if k not in Api3Control.model_fields]
        else:
            not_imported.append(key)
    return para, options, not_imported


def _input_back(index: int, item: Any, not_imported: list[str]) -> Any:
    if not isinstance(item, dict):
        return item  # validation names the wrong type
    where = f"InputStreamList[{index}]"
    stream: dict[str, Any] = {}
    for key, value in item.items():
        if key == "InputStreamName":
            stream["input_stream_id"] = value
        elif key == "LayoutParams":
            stream["layout_params"] = _back(_object(value, f"{where}.{key}"), LAYOUT_FIELDS,
                                            f"{where}.{key}", not_imported)
        elif key == "CropParams":
            stream["crop_params"] = _back(_object(value, f"{where}.{key}"), CROP_FIELDS,
                                          f"{where}.{key}", not_imported)
        else:
            not_imported.append(f"{where}.{key}")
    return stream


def _back(data: dict[str, Any], names: dict[str, str], where: str, not_imported: list[str],
          keep: Any = (), kept: dict[str, dict[str, Any]] | None = None) -> dict[str, Any]:
    """One level renamed back to the para's names; ``keep`` goes to the api3 section."""
    old_of = {new: old for old, new in names.items()}
    out: dict[str, Any] = {}
    for key, value in data.items():
        if key in old_of:
            out[old_of[key]] = value
        elif key in keep and kept is not None:
            kept.setdefault("OutputParams", {})[key] = value
        else:
            not_imported.append(f"{where}.{key}")
    return out


def _object(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise FileError(QT_TRANSLATE_NOOP("Errors", "{where} must be a JSON object"),
                            where=where)
    return value


# -- where requests go --------------------------------------------------------------------


def parse_endpoint(url: str) -> tuple[str, str, str]:
    """``(protocol, host[:port], path)`` of an API 3.0 endpoint, as the SDK's HttpProfile takes
    them (``https://live.tencentcloudapi.com``, ``http://127.0.0.1:8750``); a bare host means
    https. The SDK always posts to ``/``: a path is returned so the caller can say it is unused.
    ValueError for anything else.
    """
    parts = urlsplit(url if "://" in url else f"https://{url}")
    if parts.scheme not in ("http", "https") or not parts.hostname or "@" in parts.netloc:
        raise ValueError(f"not an http(s) endpoint: {url[:100]!r}")
    try:
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError:
        raise ValueError(f"not an http(s) endpoint: {url[:100]!r}") from None
    return parts.scheme, parts.netloc, parts.path
