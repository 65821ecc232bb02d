"""A problem found in a layout: the spec's code, the field, and what to do about it."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from designer.core.api3codes import describe_api3
from designer.core.codes import CodeInfo, describe


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


class WarningCode(StrEnum):
    """Warnings have no server code (the service accepts what they describe), so they carry a
    short name of their own: the spec FAQ's number where there is one."""

    BLACK_BARS = "FAQ8"          # a box whose aspect differs from its picture's
    AUDIO_ID = "FAQ3"            # an id that looks audio-only without input_type 4
    CANVAS_TEMPLATE = "CANVAS"   # templates 390/391/590 without a canvas on layer 1
    NO_COLOR = "COLOR"           # a canvas without a colour: the server's default
    TEMPLATE_UNUSED = "TEMPLATE"  # a template whose input count differs, with nothing to place
    APP_ID_TEXT = "APP_ID"       # app_id written as a string (read as its number)
    NOT_ON_API3 = "API3"         # a key of the para that API 3.0 cannot carry
    DUPLICATE = "DUPLICATE"      # a key written twice in a file (JSON keeps the last)
    OVERFLOW_ASSUMED = "OVERFLOW"  # past the frame drawn while the output's size is unknown
    PROBED_SIZE = "PROBED"       # a stream plays at another size than its declared one
    CROP_SIZE_UNSET = "CROP"     # a crop without crop_width or crop_height (optional in the spec)

_INPUT_INDEX = re.compile(r"^input_stream_list\[(\d+)\]")


@dataclass(frozen=True, slots=True)
class Problem:
    code: int | str
    field: str
    #: English text with ``{name}`` placeholders, marked for translation (see core.i18n).
    template: str
    params: dict[str, Any] = dataclasses.field(default_factory=dict)
    severity: Severity = Severity.ERROR

    @property
    def message(self) -> str:
        return self.template.format(**self.params)

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    @property
    def input_index(self) -> int | None:
        """Which input the problem concerns, so the window can select its layer."""
        match = _INPUT_INDEX.match(self.field)
        return int(match.group(1)) if match else None

    @property
    def spec(self) -> CodeInfo | None:
        """The spec's cause and advice for an error's code."""
        # A string code is a warning's own name, or an API 3.0 code (core.api3codes).
        return describe(self.code) if isinstance(self.code, int) else describe_api3(self.code)

    def line(self, lang: str = "en") -> str:
        """One line for a terminal: ``-20 mix_stream_template_id: … (cause; advice)``."""
        text = f"{self.code} {self.field}: {self.message}"
        if (spec := self.spec) is not None:
            text += f" [{spec.cause(lang)}. {spec.advice(lang)}]"
        return text

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "code": self.code,
            "field": self.field,
            "message": self.message,
            "severity": self.severity.value,
        }
        if (spec := self.spec) is not None:
            data["cause"] = {"zh": spec.cause_zh, "en": spec.cause_en}
            data["advice"] = {"zh": spec.advice_zh, "en": spec.advice_en}
        return data


def errors(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.is_error]
