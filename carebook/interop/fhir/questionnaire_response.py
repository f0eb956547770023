"""An assessment's item answers as FHIR: a QuestionnaireResponse its total's Observation is
derived from (each item by its id, its points an integer answer), and back."""

from __future__ import annotations

import json
from typing import Any

from carebook.core.clinical_records import AssessmentResult
from carebook.core.instruments import instrument
from carebook.interop.fhir import elements as fe
from carebook.interop.fhir import extension as ext
from carebook.interop.fhir import values as fv

Json = dict[str, Any]


def answers_of(result: AssessmentResult) -> dict[str, int] | None:
    """The result's answers, item id -> points, when they are written as carebook writes them
    (compact JSON of whole points); None when there are none or they read otherwise."""
    if not result.answers:
        return None
    try:
        answers = json.loads(result.answers)
    except ValueError:
        return None
    if not isinstance(answers, dict) or not all(
        isinstance(points, int) and not isinstance(points, bool) for points in answers.values()
    ):
        return None
    return answers if _written(answers) == result.answers else None


def _written(answers: dict[str, int]) -> str:
    return json.dumps(answers, separators=(",", ":"))


def answers_resource(result: AssessmentResult, subject: Json) -> Json | None:
    """The result's answers as a QuestionnaireResponse of the patient `subject`; None when it
    was scored as a total only."""
    answers = answers_of(result)
    if answers is None:
        return None
    found = instrument(result.instrument)
    texts = {item.id: item.text for item in found.items}
    version = f"|{result.instrument_version}" if result.instrument_version else ""
    return {
        "resourceType": "QuestionnaireResponse",
        "id": f"answers-{result.id}",
        "extension": [ext.encode({"instrument": result.instrument})],
        "questionnaire": f"{fv.BASE}Questionnaire/{result.instrument}{version}",
        "status": "completed",
        "subject": subject,
        "authored": fv.day(result.on_date),
        "author": {"display": result.scored_by} if result.scored_by.strip() else None,
        "item": [
            fv.prune(
                {
                    "linkId": item_id,
                    "text": texts.get(item_id, ""),
                    "answer": [{"valueInteger": points}],
                }
            )
            for item_id, points in answers.items()
        ],
    }


def read_answers(resource: Json) -> str:
    """A QuestionnaireResponse's answers as carebook keeps them (JSON, item id -> points)."""
    answers: dict[str, int] = {}
    for item in fe.dicts(resource.get("item")):
        link = fe.text_of(item.get("linkId"))
        given = [a.get("valueInteger") for a in fe.dicts(item.get("answer"))]
        if link and given and isinstance(given[0], int) and not isinstance(given[0], bool):
            answers[link] = given[0]
    return _written(answers) if answers else ""
