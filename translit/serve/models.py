"""Request bodies (validated) and response shapes (for the OpenAPI page only: responses are
built by the library's ``to_dict`` methods and sent as they are, without a second pass)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field


class ResolveRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"example": {"names": ["Арутюнян", "لافروف", "Qarabağ"]}}
    )

    names: list[str] = Field(description="The names to resolve, any script (at most 1000 per request).")
    explain: bool = Field(False, description="Add an explanation to each result.")
    threshold: float | None = Field(None, ge=0, le=1, description="Match threshold (default: the server's).")
    types: list[str] | None = Field(
        None, description="Only entities of these types: person, place, org, or a tagger's labels (PER, GPE, ORG...)."
    )


class TagRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"example": {"text": "Лавров встретился с Пашиняном в Ереване."}}
    )

    text: str = Field(description="Running text in any script (at most 100,000 characters by default).")


class CandidateOut(BaseModel):
    id: str
    name: str
    type: str
    score: float = Field(description="0 to 1")
    matched: str = Field(description="The gazetteer name that matched best")


class ResultOut(BaseModel):
    input: str
    id: str | None = Field(description="null unless the decision is match")
    name: str | None
    type: str | None
    score: float
    decision: Literal["match", "ambiguous", "nil"]
    candidates: list[CandidateOut]
    explanation: dict[str, Any] | None = Field(None, description="Only with explain=true")


class ResolveItemOut(ResultOut):
    error: str | None = Field(None, description="Why the name looks wrong, when it does (still resolved)")


class ResolveOut(BaseModel):
    results: list[ResolveItemOut] = Field(description="One per name, in order")


class MentionOut(BaseModel):
    start: int
    end: int
    surface: str
    id: str | None
    name: str | None
    type: str | None
    score: float
    decision: Literal["match", "ambiguous", "nil"]


class TagOut(BaseModel):
    mentions: list[MentionOut]


class TokenOut(BaseModel):
    text: str
    script: str
    romanization: str
    fine: str
    classes: str
    keys: list[str]


class TransliterationOut(BaseModel):
    input: str
    romanization: str
    tokens: list[TokenOut]


class NameOut(BaseModel):
    name: str
    lang: str | None
    kind: Literal["canonical", "name", "alias"]


class EntityOut(BaseModel):
    id: str
    type: str
    name: str
    names: list[NameOut]
    country: str | None = None
    description: str | None = None
    attributes: dict[str, Any] | None = None


class HealthOut(BaseModel):
    status: Literal["ok"]
    version: str = Field(description="translit version")
    entities: int
    gazetteer: dict[str, Any] = Field(description="files (names only) and version (content hash)")
    index: dict[str, Any] = Field(description="key, version (code hash) and whether it came from the cache")
    auth: bool = Field(description="Whether API keys are required")
