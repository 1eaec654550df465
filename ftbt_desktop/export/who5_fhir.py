"""A member's WHO-5 measures as FHIR R4 QuestionnaireResponse resources (no Qt).

Municipal health and case systems take WHO-5 answers in the form KL publishes
in its implementation guide for shared professional instruments ("fælles
faglige instrumenter", KLFFinst 1.0.0, canonical http://fhir.kl.dk/ffinst;
source: github.com/hl7dk/KL-dk-tools at 0d33c75, 2023-08-11):

- the questionnaire `http://fhir.kl.dk/ffinst/Questionnaire/KLToolsCareWHO5`,
  whose five `choice` items have the linkIds happy, calm, active, rested and
  interest, in the order of the Danish WHO-5;
- each answer a Coding from the CodeSystem KLToolsCodes, one code per item and
  level (KL chose local codes, "since no overall international or Danish
  standard exist"); the table below is KL's, level 5 ("Hele tiden") first;
- the response profile `KLToolsQuestionnaireResponse`, which requires one
  `findingInformer` extension: who gave the answers. FTBT records the adult's
  own answers, given at the kitchen table, so it is always "Borger".

What is left out, on purpose: the measure's note (the coordinator's words, not
the citizen's answer, and KL's `who5comment` item is for the citizen's comment),
and the index itself, which KL leaves out of the questionnaire too ("primary
data only"); a receiving system computes it from the answers.

The citizen is named by the member's FTBT id (a `urn:uuid` identifier) and
name; FTBT holds no CPR number, so the receiving system matches the person.
The file is an explicit export by the user: it holds personal data.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from ftbt_desktop.core.measure_records import Who5Measure
from ftbt_desktop.core.measures import WHO5_ITEMS, WHO5_MAX_ANSWER, MissingAnswers
from ftbt_desktop.core.model import Member
from ftbt_desktop.storage.errors import NotFound
from ftbt_desktop.storage.repository import Repository

QUESTIONNAIRE = "http://fhir.kl.dk/ffinst/Questionnaire/KLToolsCareWHO5"
RESPONSE_PROFILE = "http://fhir.kl.dk/ffinst/StructureDefinition/KLToolsQuestionnaireResponse"
FINDING_INFORMER = "http://fhir.kl.dk/ffinst/StructureDefinition/FindingInformer"
KL_TOOLS_CODES = "http://fhir.kl.dk/ffinst/CodeSystem/KLToolsCodes"
CITIZEN = ("a3d30bf2-4a3c-4c49-9001-5363ae11681c", "Borger")
UUID_SYSTEM = "urn:ietf:rfc:3986"

# KL's linkId for each of FTBT's items (core.measures.WHO5_ITEMS), in order.
LINK_IDS: dict[str, str] = {
    "cheerful": "happy",
    "calm": "calm",
    "active": "active",
    "rested": "rested",
    "interested": "interest",
}

LEVELS = (
    "Hele tiden",
    "Det meste af tiden",
    "Lidt mere end halvdelen af tiden",
    "Lidt mindre end halvdelen af tiden",
    "Lidt af tiden",
    "På intet tidspunkt",
)
# The word KL's displays end with, per item: "WHO-5 Hele tiden - 5 (glad)".
ITEM_WORDS = {
    "happy": "glad",
    "calm": "rolig",
    "active": "aktiv",
    "rested": "frisk",
    "interest": "interesseret",
}

# linkId → the codes for answers 5, 4, 3, 2, 1, 0 (KLToolsValueSets.fsh).
ANSWER_CODES: dict[str, tuple[str, ...]] = {
    "happy": (
        "0e5aa952-d470-4219-b275-5e8204d96987",
        "9fd3c658-d0b7-4018-84e9-8588be7de478",
        "a3779fc5-d7b3-4d03-bdaf-5ae5a40b0899",
        "228ee58f-5785-4364-a99c-8ba99943f510",
        "c4002c8a-91c5-4737-bba6-ce364e83fd28",
        "d092cdf0-e4e0-4cf6-a506-0adf95f56a8d",
    ),
    "calm": (
        "b9eb352d-145d-4c45-8f8c-5b92474c4af1",
        "b128508b-8ef8-4516-b8e1-f5af02a408f3",
        "1ab11c78-6258-4069-9065-0f076833b133",
        "d599f667-9300-432d-9edf-a1afa4c9af85",
        "1fb14510-ec20-4a8e-bc3a-d45fa83909c9",
        "130fbd15-4718-4fb7-9592-d205f575bc9c",
    ),
    "active": (
        "3d3c13a6-befa-4a52-aef0-7e775ca11fdd",
        "60da44d3-815e-426f-8c8a-0ae34d85863a",
        "f573ad27-7d00-4505-99ac-f0f35cd16e6a",
        "d9d031d9-3185-4f59-a125-ea5a3503011a",
        "08c8a19c-d135-4e05-a8d4-70c6da6f4842",
        "ccc3ecb4-3249-4c82-9c2b-dca72f4ba374",
    ),
    "rested": (
        "7aaccc2e-ead3-41f0-a9ba-091f2e539753",
        "b1375340-07a1-4ab4-9d3b-f5de61b878b5",
        "0059dc5d-d174-45b9-a423-136e3d9c2bda",
        "8f403657-cdbd-4d87-aefe-ab040a6db428",
        "2bd7d702-99ac-4acc-b3f6-a9833a32f7c8",
        "18c05b5f-97e6-4c08-a920-ec75a213f1f6",
    ),
    "interest": (
        "2ca88533-c048-4b2a-9ac2-2206b63a25ac",
        "b62a3f31-9b63-4b86-b5bd-edf300b9fbd6",
        "392ee33f-e754-4443-a285-c19aff66726f",
        "3c323281-fc96-47cb-b057-1dff2ffa835b",
        "314ab944-2f8a-453d-8653-b46cacf5f480",
        "f97749b5-e689-40a4-9eda-0b0e35d185fc",
    ),
}

# A fixed namespace, so one measure gives the same resource id in every export
# (a receiving system can recognise a measure it already has).
_NAMESPACE = uuid.UUID("6f1c3c5e-0b7a-4d55-9a43-2f1e4c0d8b21")


@dataclass(frozen=True, slots=True)
class Who5Export:
    document: dict[str, Any]
    family_ids: tuple[str, ...]
    measures: int


def answer_coding(link_id: str, answer: int) -> dict[str, str]:
    """The KL Coding for one item's answer (0–5)."""
    if not 0 <= answer <= WHO5_MAX_ANSWER:
        raise MissingAnswers([list(LINK_IDS.values()).index(link_id)])
    position = WHO5_MAX_ANSWER - answer
    display = f"WHO-5 {LEVELS[position]} - {answer} ({ITEM_WORDS[link_id]})"
    return {"system": KL_TOOLS_CODES, "code": ANSWER_CODES[link_id][position], "display": display}


def answer_value(link_id: str, code: str) -> int:
    """The answer (0–5) a KL code stands for; ValueError for a code of another item."""
    return WHO5_MAX_ANSWER - ANSWER_CODES[link_id].index(code)


def resource_id(measure_id: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, measure_id))


def questionnaire_response(member: Member, measure: Who5Measure) -> dict[str, Any]:
    """One measure as a KLToolsQuestionnaireResponse (MissingAnswers if it is incomplete)."""
    answers: Sequence[int] = measure.answers
    measure.score  # noqa: B018  (raises MissingAnswers for an incomplete measure)
    informer = {"system": KL_TOOLS_CODES, "code": CITIZEN[0], "display": CITIZEN[1]}
    return {
        "resourceType": "QuestionnaireResponse",
        "id": resource_id(measure.id),
        "meta": {"profile": [RESPONSE_PROFILE]},
        "extension": [
            {"url": FINDING_INFORMER, "valueCodeableConcept": {"coding": [informer]}},
        ],
        "identifier": {"system": UUID_SYSTEM, "value": f"urn:uuid:{resource_id(measure.id)}"},
        "questionnaire": QUESTIONNAIRE,
        "status": "completed",
        "subject": {
            "identifier": {"system": UUID_SYSTEM, "value": f"urn:uuid:{member.id}"},
            "display": member.name,
        },
        "authored": measure.date,
        "item": [
            {
                "linkId": LINK_IDS[item],
                "answer": [{"valueCoding": answer_coding(LINK_IDS[item], a)}],
            }
            for item, a in zip(WHO5_ITEMS, answers, strict=True)
        ],
    }


def who5_bundle(
    measured: Iterable[tuple[Member, Who5Measure]], made_at: dt.datetime
) -> dict[str, Any]:
    """A FHIR `collection` Bundle of the measures, oldest first per member."""
    ordered = sorted(measured, key=lambda pair: (pair[0].id, pair[1].date, pair[1].id))
    entries = []
    for member, measure in ordered:
        resource = questionnaire_response(member, measure)
        entries.append({"fullUrl": f"urn:uuid:{resource['id']}", "resource": resource})
    return {
        "resourceType": "Bundle",
        "type": "collection",
        "timestamp": made_at.astimezone(dt.UTC).isoformat(timespec="seconds"),
        "entry": entries,
    }


def who5_export(
    repo: Repository,
    family_id: str,
    member_id: str | None = None,
    made_at: dt.datetime | None = None,
) -> Who5Export:
    """The WHO-5 measures of a family's members, or of one member (NotFound when
    the family, or the member in it, is not there)."""
    repo.family(family_id)
    members = {m.id: m for m in repo.members(family_id)}
    if member_id is not None and member_id not in members:
        raise NotFound(member_id)
    measured = [
        (members[m.member_id], m)
        for m in repo.load(family_id, "who5_measure")
        if m.member_id in members and member_id in (None, m.member_id)
    ]
    document = who5_bundle(measured, made_at or dt.datetime.now(dt.UTC))
    return Who5Export(document, (family_id,), len(measured))
