"""Stand-ins for the controller's clock, connection and transport."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from pydantic import SecretStr

from designer.app.mix.connection import NotReady, Target
from designer.core.wire import SignedRequest
from designer.net.client import Reply
from tests.factories import APPID

FAKE_KEY = "fake-key-for-tests"


class FakeClock:
    def __init__(self, start: float = 1000.0):
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@dataclass
class FakeConnection:
    endpoint: str = "http://127.0.0.1:9/common_access"
    appid: int = APPID
    problem: str | None = None

    def missing(self) -> str | None:
        return self.problem

    def target(self) -> Target:
        if self.problem:
            raise NotReady(self.problem)
        return Target(self.endpoint, self.appid, SecretStr(FAKE_KEY))


def reply(code: int = 0, message: str = "Success!") -> Reply:
    return Reply(code=code, message=message, event_id=1, timestamp=0, latency=0.002,
                 raw={"code": code, "message": message})


@dataclass
class FakeService:
    """Answers each request with the next scripted answer (a Reply or an exception)."""

    answers: list[Any] = field(default_factory=list)
    sent: list[SignedRequest] = field(default_factory=list)
    default: Callable[[], Any] = reply

    def __call__(self, request: SignedRequest) -> Any:
        self.sent.append(request)
        answer = self.answers.pop(0) if self.answers else self.default()
        if isinstance(answer, BaseException):
            raise answer
        return answer

    def paras(self) -> list[dict[str, Any]]:
        return [r.body["interface"]["para"] for r in self.sent]


class InlineRunner:
    """Runs the work at once on the calling thread: for tests that step a controller by hand."""

    def submit(self, work: Callable[[], Any], then: Callable[[Any], None]) -> None:
        try:
            result: Any = work()
        except Exception as error:  # the same contract as designer.app.mix.runner.Runner
            result = error
        then(result)

    def wait(self, msecs: int = -1) -> bool:
        return True
