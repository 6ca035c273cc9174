"""The shape of each user file, as pydantic models that forbid unknown keys.

These validate raw values only; ``project.py`` turns them into the plain model and runs the
checks that span files (unique codes, posted codes that exist, allowed QR hosts).
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from pydantic import (BaseModel, BeforeValidator, ConfigDict, Discriminator, Field, StringConstraints, Tag,
                      create_model, model_validator)
from pydantic_core import PydanticCustomError

from .. import fields

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
CODE_PATTERN = r"\d\.\d{6}(\.\d{2})?"  # a national procedure code: 1.001193 (1.001193.01)
Code = Annotated[str, StringConstraints(strip_whitespace=True, pattern=f"^{CODE_PATTERN}$")]
LangTag = Annotated[str, StringConstraints(pattern=r"^[a-z]{2,8}$")]
Texts = Annotated[list[Text], Field(min_length=1)]
PortalId = Annotated[str, StringConstraints(strip_whitespace=True, pattern=r"^[0-9A-Za-z-]{8,64}$")]


def _date(value: Any) -> dt.date:
    found = fields.parse_date(value)
    if found is None:
        raise PydanticCustomError("bad_date", "not a date: {value}", {"value": str(value)})
    return found


Date = Annotated[dt.date, BeforeValidator(_date)]


def _flag(value: Any) -> bool:
    """The YAML reader keeps scalars as text: read true/false (có/không) here."""
    text = str(value).strip().lower()
    if isinstance(value, bool) or text in _FLAGS:
        return value if isinstance(value, bool) else _FLAGS[text]
    raise PydanticCustomError("bad_flag", "not true or false: {value}", {"value": str(value)})


_FLAGS = {"true": True, "yes": True, "on": True, "có": True, "false": False, "no": False, "off": False,
          "không": False}
Flag = Annotated[bool, BeforeValidator(_flag)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class SettingsIn(Strict):
    title: Text = "Thủ tục hành chính thường gặp"
    catalogue: Text = "procedures/"
    places: Text = "places.yaml"
    paper: Literal["A4", "A3", "A5"] = "A4"
    allowed_hosts: Texts = ["dichvucong.gov.vn", "*.gov.vn"]
    search_links: Flag = True  # false: a procedure without a link gets no look-up QR
    # the kiosk's screen texts in other languages: {tay: {kiosk_search: "...", ...}}
    labels: dict[LangTag, dict[Text, Text]] | None = None


class OnlineIn(Strict):
    url: Text | None = None
    id: PortalId | None = None  # shorthand for the portal page of that id
    scope: Literal[fields.SCOPES]  # type: ignore[valid-type]

    @model_validator(mode="after")
    def _one_link(self) -> "OnlineIn":
        if (self.url is None) == (self.id is None):
            raise PydanticCustomError("online_link", "online needs url or id, not both")
        return self


class ByChannelIn(Strict):
    """One text per channel: {direct: "1 ngày làm việc", online: "3 ngày làm việc"}."""

    direct: Text | None = None
    postal: Text | None = None
    online: Text | None = None

    @model_validator(mode="after")
    def _some(self) -> "ByChannelIn":
        if not self.model_fields_set:
            raise PydanticCustomError("by_channel_empty", "no channel given")
        return self


class PaperIn(Strict):
    """A paper announcing a list: {paper: "… các giấy tờ sau:", items: ["…", "…"]}."""

    paper: Text
    items: Annotated[list[Text], Field(min_length=1)]


# The tags of the two forms a value may take: dropped from the locations shown to users.
FORM_TAGS = ("~text", "~by-channel", "~paper")


def _form(mapping: type[BaseModel], tag: str) -> Any:
    """A text, or ``mapping`` when the value is a mapping: errors come from the form written
    only (a misspelt channel is one message, not one per form)."""
    return Annotated[Annotated[Text, Tag("~text")] | Annotated[mapping, Tag(tag)],  # type: ignore[valid-type]
                     Discriminator(lambda v: tag if isinstance(v, (dict, BaseModel)) else "~text")]


def _type(f: fields.Field, official: type[BaseModel] | None = None,
          translation: type[BaseModel] | None = None) -> Any:
    """The schema type of a field's value. Lists may be empty ("steps: []" means none)."""
    return {"code": Code, "text": Text, "by_channel": _form(ByChannelIn, "~by-channel"), "list": list[Text],
            "papers": list[_form(PaperIn, "~paper")], "date": Date, "online": OnlineIn,  # type: ignore[misc]
            "channels": list[Literal[fields.CHANNELS]],  # type: ignore[valid-type]
            "official": official, "translations": dict[LangTag, translation],
            "audio": dict[LangTag, Text]}[f.kind]  # type: ignore[valid-type]


# Translations and official: any translatable (resp. text) field, each optional.
TranslationIn = create_model(
    "TranslationIn", __base__=Strict,
    **{n: (_type(fields.BY_NAME[n]) | None, None) for n in fields.TRANSLATABLE})  # type: ignore[call-overload]
OfficialIn = create_model(
    "OfficialIn", __base__=Strict,
    **{n: (_type(fields.BY_NAME[n]) | None, None) for n in fields.OFFICIAL})  # type: ignore[call-overload]
ProcedureIn = create_model(
    "ProcedureIn", __base__=Strict,
    **{f.name: ((t, ...) if f.required else (t | None, None))  # type: ignore[call-overload]
       for f in fields.FIELDS for t in [_type(f, OfficialIn, TranslationIn)]})


class CatalogueIn(Strict):
    procedures: Annotated[list[ProcedureIn], Field(min_length=1)]


class CatalogueShapeIn(Strict):
    """A catalogue file's outline only: each procedure is then validated on its own, so one
    mistake in one procedure never drops the others (one mistake, one message)."""

    procedures: Annotated[list[Any], Field(min_length=1)]


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
