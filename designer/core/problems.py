"""A problem found in a layout: the spec's code, the field, and what to do about it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from designer.core.codes import CodeInfo, describe


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


#: Warnings explain what the spec's FAQ warns about (DUPLICATE: a key written twice in a
#: file); they have no server code, so they carry
#: a short name of their own (the FAQ's number where there is one).
WARNING_CODES = ("FAQ8", "FAQ3", "CANVAS", "DUPLICATE")

_INPUT_INDEX = re.compile(r"^input_stream_list\[(\d+)\]")


@dataclass(frozen=True, slots=True)
class Problem:
    code: int | str
    field: str
    #: English text with ``{name}`` placeholders, marked for translation (see core.i18n).
    template: str
    params: dict[str, Any] = field(default_factory=dict)
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
        return describe(self.code) if isinstance(self.code, int) else None

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
