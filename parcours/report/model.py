"""What the report knows of one scenario run: plain data that crosses from xdist workers as JSON."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

PASSED, FAILED, SKIPPED, UNDEFINED = "passed", "failed", "skipped", "undefined"


@dataclass(frozen=True)
class RunInfo:
    """What the summary says about the run itself."""

    started: datetime
    duration: float  # seconds
    seed: str
    browser: str
    command: str


@dataclass
class Failure:
    """Why something failed: one sentence in French, and the technical detail folded below it."""

    plain: str
    detail: str


@dataclass
class StepRun:
    """One step of a scenario as it ran (or did not)."""

    keyword: str
    name: str
    type: str  # given / when / then
    line: int
    background: bool = False
    status: str = SKIPPED  # passed / failed / skipped / undefined
    duration: float = 0.0  # seconds
    screenshot: str | None = None  # path relative to the reports directory
    location: str = ""  # where the step definition lives, "steps/commun.py:27"
    error: Failure | None = None
    docstring: str | None = None
    datatable: list[list[str]] | None = None


@dataclass
class FeatureInfo:
    """The feature file a scenario belongs to."""

    name: str
    keyword: str
    uri: str  # path relative to the project root
    line: int
    description: str = ""
    tags: list[str] = field(default_factory=list)
    language: str = "fr"


@dataclass
class ScenarioRun:
    """One scenario: its steps, final status, and what helps understand a failure."""

    nodeid: str
    slug: str  # stable file-name-safe id, used for screenshots and tutorial pages
    feature: FeatureInfo
    keyword: str
    name: str
    line: int
    description: str = ""
    tags: list[str] = field(default_factory=list)
    facts: list[str] = field(default_factory=list)
    steps: list[StepRun] = field(default_factory=list)
    status: str = SKIPPED
    duration: float = 0.0
    started: str = ""  # ISO 8601
    error: Failure | None = None  # a failure outside any step (fixture setup, teardown)
    error_phase: str = ""  # "préparation", "nettoyage", "scénario"
    skip_reason: str = ""  # why it did not run (e.g. against a --cible), as pytest's skip says
    trace: str | None = None  # absolute path of the Playwright trace kept for a failure
    browser: str = ""  # "chromium 156.0.8078.79"
    problems: list[str] = field(default_factory=list)  # what the report could not write (in French)
    retries: list[Failure] = field(default_factory=list)  # why each earlier attempt failed (--reruns)
    accessibility: list[dict[str, Any]] = field(default_factory=list)  # accessibility.PageCheck, as dicts
    guide: dict[str, Any] = field(default_factory=dict)  # guide_actions: screens and actions of @tutoriel

    def to_dict(self) -> dict[str, Any]:
        """Builtin types only, so xdist can send it to the controller."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ScenarioRun:
        """The inverse of `to_dict`."""
        values = dict(data)
        values["feature"] = FeatureInfo(**values["feature"])
        values["steps"] = [_step_from_dict(step) for step in values["steps"]]
        values["error"] = Failure(**values["error"]) if values.get("error") else None
        values["retries"] = [Failure(**retry) for retry in values.get("retries", [])]
        return cls(**values)

    @property
    def flaky(self) -> bool:
        """Failed, then passed when run again: « instable », never a plain pass."""
        return self.status == PASSED and bool(self.retries)

    @property
    def failed_step(self) -> StepRun | None:
        """The step that failed, if one did."""
        return next((step for step in self.steps if step.status in (FAILED, UNDEFINED)), None)


def _step_from_dict(data: dict[str, Any]) -> StepRun:
    values = dict(data)
    values["error"] = Failure(**values["error"]) if values.get("error") else None
    return StepRun(**values)
