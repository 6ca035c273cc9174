"""The shape of each user file, as pydantic models that forbid unknown keys.

These validate raw values only; ``project.py`` turns them into the plain model and runs the
checks that span files (unique codes, posted codes that exist, allowed QR hosts).
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Code = Annotated[str, StringConstraints(strip_whitespace=True, pattern=r"^\d\.\d{6}(\.\d{2})?$")]
LangTag = Annotated[str, StringConstraints(pattern=r"^[a-z]{2,8}$")]
Texts = Annotated[list[Text], Field(min_length=1)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class SettingsIn(Strict):
    title: Text = "Thủ tục hành chính thường gặp"
    catalogue: Text = "procedures/"
    places: Text = "places.yaml"
    paper: Literal["A4", "A3", "A5"] = "A4"
    allowed_hosts: Texts = ["dichvucong.gov.vn", "*.gov.vn"]


class OnlineIn(Strict):
    url: Text
    scope: Literal["full", "partial"]


class TranslationIn(Strict):
    name: Text | None = None
    field: Text | None = None
    agency: Text | None = None
    time: Text | None = None
    fee: Text | None = None
    documents: Texts | None = None
    steps: Texts | None = None
    result: Text | None = None
    who: Text | None = None
    conditions: Text | None = None
    forms: Texts | None = None


class ProcedureIn(Strict):
    code: Code
    name: Text
    field: Text
    agency: Text
    time: Text
    fee: Text
    documents: Texts
    online: OnlineIn | None = None
    steps: Texts | None = None
    channels: Annotated[list[Literal["direct", "postal", "online"]], Field(min_length=1)] | None = None
    result: Text | None = None
    who: Text | None = None
    conditions: Text | None = None
    forms: Texts | None = None
    legal_basis: Texts | None = None
    translations: dict[LangTag, TranslationIn] | None = None


class CatalogueIn(Strict):
    procedures: Annotated[list[ProcedureIn], Field(min_length=1)]


class PersonIn(Strict):
    name: Text
    phone: Text | None = None


class OfficeIn(Strict):
    name: Text
    address: Text
    phone: Text
    hours: Text


class VillageIn(Strict):
    name: Text
    cultural_house: Text | None = None
    head: PersonIn | None = None
    languages: list[LangTag] | None = None
    # Codes in places are checked against the catalogue (with did-you-mean), not the pattern.
    posted: list[Text] | None = None
    not_posted: list[Text] | None = None


class CommuneIn(Strict):
    name: Text
    office: OfficeIn
    posted: Annotated[list[Text], Field(min_length=1)]
    villages: Annotated[list[VillageIn], Field(min_length=1)]


class PlacesIn(Strict):
    province: Text
    communes: Annotated[list[CommuneIn], Field(min_length=1)]
