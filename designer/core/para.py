"""Reading a request's para into the model, for requests of either wire (a preset's para is
read by presets.py, which names it "the preset's para"; the sandbox reads its own, refusing
with the service's codes)."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from designer.core.errors import FileError, InvalidFile
from designer.core.i18n import QT_TRANSLATE_NOOP
from designer.core.model import MixPara
from designer.core.validation import parse_problems


def read_para(para: dict[str, Any]) -> MixPara:
    """A request's para as the model; InvalidFile naming each value of the wrong type
    with its field's code, FileError for one nested too deep to be a layout."""
    try:
        return MixPara.model_validate(para)
    except ValidationError as error:
        raise InvalidFile(QT_TRANSLATE_NOOP("Errors", "the request has values of the "
                                                          "wrong type"),
                              parse_problems(error)) from None
    except RecursionError:
        raise FileError(QT_TRANSLATE_NOOP(
            "Errors", "the request is nested too deeply to be a layout")) from None
