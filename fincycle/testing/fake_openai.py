"""A fake OpenAI-compatible Chat Completions endpoint that enforces the contract
(shared/reference/apis/openai-structured-output.md).

``FakeOpenAI`` is a ``FakeProvider`` (127.0.0.1, own thread, ``.url``, ``.calls()``, the failure
switches); point clients
at ``.base_url`` (``…/v1``). ``POST /v1/chat/completions`` checks, in the order OpenAI does:

* ``Authorization: Bearer <api_key>`` (else 401 ``invalid_api_key``, the key shown masked);
* switches: 429 with ``Retry-After`` or 5xx for the next calls;
* the body: JSON object, ``model`` known (else 404 ``model_not_found``), ``messages`` with valid
  roles and content parts (``text``, ``image_url`` with an http(s) or ``data:image/…;base64``
  URL and ``detail`` low/high/auto), ``response_format`` ``text``, ``json_object`` (the word
  "json" must appear in the messages) or ``json_schema`` (name ``[a-zA-Z0-9_-]{1,64}``; with
  ``strict`` true, every object must have ``additionalProperties: false`` and require all its
  properties); with ``json_schema_support = False`` a json_schema request gets a 400 about
  ``response_format``, as servers without structured outputs answer;
* then the next scripted answer: a dict (sent as the JSON content), a string (sent as raw
  content, for garbage tests), a ``FakeResponse`` (sent as is) or a callable receiving the
  request JSON and returning one of those. The last answer queued is repeated.
  ``mode = "refusal"`` answers with ``message.refusal``; ``mode = "length"`` cuts the content
  in half with ``finish_reason: "length"``.

Errors use OpenAI's body ``{"error": {"message", "type", "param", "code"}}``. No Odoo import.
"""

from __future__ import annotations

import json
import re
import time
import uuid
from collections import deque
from collections.abc import Callable, Iterable
from typing import Any

from .fake_server import FakeProvider, FakeResponse, RecordedRequest

PATH = "/v1/chat/completions"
ROLES = ("system", "developer", "user", "assistant", "tool")
DETAILS = ("low", "high", "auto")
_SCHEMA_NAME = re.compile(r"[a-zA-Z0-9_-]{1,64}")
_DATA_IMAGE = re.compile(r"data:image/(png|jpeg|gif|webp);base64,[A-Za-z0-9+/]+=*")
REFUSAL = "I'm sorry, I can't help with that request."

Answer = dict | str | FakeResponse | Callable[[dict], Any]


def openai_error(
    status: int,
    message: str,
    type_: str = "invalid_request_error",
    *,
    param: str | None = None,
    code: str | None = None,
    headers: dict[str, str] | None = None,
) -> FakeResponse:
    return FakeResponse(
        status,
        {"error": {"message": message, "type": type_, "param": param, "code": code}},
        dict(headers or {}),
    )


def mask_key(key: str) -> str:
    """How OpenAI shows a wrong key: the first 3 and the last 4 characters."""
    return key[:3] + "*" * max(0, len(key) - 7) + key[-4:] if len(key) > 8 else "***"


def strict_schema_errors(schema: Any, path: str = "schema") -> list[str]:
    """Strict-mode rules: every object forbids extra keys and requires all its properties."""
    if not isinstance(schema, dict):
        return []
    errors = []
    types = schema.get("type")
    types = [types] if isinstance(types, str) else list(types or [])
    if "object" in types:
        props = schema.get("properties") or {}
        if schema.get("additionalProperties") is not False:
            errors.append(
                f"'additionalProperties' is required to be supplied and to be false ({path})"
            )
        missing = sorted(set(props) - set(schema.get("required") or []))
        if missing:
            errors.append(f"'required' must include every property ({path}): missing {missing}")
        for key, sub in props.items():
            errors += strict_schema_errors(sub, f"{path}.{key}")
    if "array" in types:
        errors += strict_schema_errors(schema.get("items"), f"{path}[]")
    for sub in schema.get("anyOf") or ():
        errors += strict_schema_errors(sub, path)
    return errors


class FakeOpenAI(FakeProvider):
    """``with FakeOpenAI() as llm: llm.answer({...}); call llm.base_url with llm.api_key``."""

    default_fail_status = 500

    def __init__(
        self,
        *,
        api_key: str = "sk-fake-0123456789abcdefXYZ",
        models: Iterable[str] = ("fake-invoice-model",),
    ):
        super().__init__()
        self.api_key = api_key
        self.models = list(models)
        self.reset()

    @property
    def model(self) -> str:
        return self.models[0]

    @property
    def base_url(self) -> str:
        return self.url + "/v1"

    def reset(self) -> None:
        """Forget answers, switches, modes and recorded calls (one server per module, reset
        per test)."""
        with self._lock:
            super().reset()
            self.answers: deque[Answer] = deque()
            self.last_answer: Answer | None = None
            self.json_schema_support = True
            self.mode = "normal"  # normal | refusal | length

    # -- scripting -------------------------------------------------------------------------
    def answer(self, *answers: Answer) -> FakeOpenAI:
        """Queue answers, used once each in order; the last one is repeated."""
        with self._lock:
            self.answers.extend(answers)
            if answers:
                self.last_answer = answers[-1]
        return self

    def chat_requests(self) -> list[dict]:
        """The JSON bodies received on the chat completions route."""
        return [r.json() for r in self.calls("POST", PATH)]

    # -- the contract ----------------------------------------------------------------------
    def _before_switches(self, request: RecordedRequest) -> FakeResponse | None:
        """OpenAI answers an unknown route and a missing or wrong key before anything else."""
        if request.path != PATH or request.method != "POST":
            return openai_error(404, f"Invalid URL ({request.method} {request.path})")
        return self._auth(request)

    def _route(self, request: RecordedRequest) -> FakeResponse:
        return self._complete(request)

    def _auth(self, request: RecordedRequest) -> FakeResponse | None:
        if not self.header(request, "Authorization"):
            return openai_error(
                401,
                "You didn't provide an API key. You need to provide your API key in an "
                "Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).",
            )
        scheme, key = self.authorization(request)
        if scheme != "Bearer" or key != self.api_key:
            return openai_error(
                401,
                f"Incorrect API key provided: {mask_key(key)}. You can find your API key at "
                "https://platform.openai.com/account/api-keys.",
                code="invalid_api_key",
            )
        return None

    def _rate_limited(self) -> FakeResponse:
        return openai_error(
            429,
            "Rate limit reached for requests. Please try again later.",
            type_="requests",
            code="rate_limit_exceeded",
        )

    def _server_error(self, status: int) -> FakeResponse:
        return openai_error(
            status,
            "The server had an error while processing your request. Sorry about that!",
            type_="server_error",
        )

    def _complete(self, request: RecordedRequest) -> FakeResponse:
        try:
            body = request.json()
        except ValueError:
            return openai_error(400, "We could not parse the JSON body of your request.")
        problem = self._check_body(body)
        if problem:
            return problem
        answer = self.answers.popleft() if self.answers else self.last_answer
        if answer is None:
            return openai_error(500, "fake: no answer scripted", type_="server_error")
        if callable(answer):
            answer = answer(body)
        if isinstance(answer, FakeResponse):
            return answer
        content = answer if isinstance(answer, str) else json.dumps(answer)
        return FakeResponse(200, self._completion(body, content), {"x-request-id": _id("req")})

    def _check_body(self, body: Any) -> FakeResponse | None:
        if not isinstance(body, dict):
            return openai_error(400, "The body must be a JSON object.")
        model = body.get("model")
        if not isinstance(model, str) or not model:
            return openai_error(400, "you must provide a model parameter", param="model")
        if model not in self.models:
            return openai_error(
                404,
                f"The model `{model}` does not exist or you do not have access to it.",
                code="model_not_found",
            )
        return self._check_messages(body.get("messages")) or self._check_format(body)

    def _check_messages(self, messages: Any) -> FakeResponse | None:
        if not isinstance(messages, list) or not messages:
            return openai_error(400, "'messages' must be a non-empty array.", param="messages")
        for index, message in enumerate(messages):
            where = f"messages[{index}]"
            if not isinstance(message, dict) or message.get("role") not in ROLES:
                return openai_error(400, f"Invalid role in '{where}'.", param=where)
            content = message.get("content")
            if isinstance(content, str):
                continue
            if not isinstance(content, list) or not content:
                return openai_error(400, f"Invalid content in '{where}'.", param=where)
            for part_index, part in enumerate(content):
                problem = _part_problem(part)
                if problem:
                    param = f"{where}.content[{part_index}]"
                    return openai_error(400, f"Invalid '{param}': {problem}", param=param)
        return None

    def _check_format(self, body: dict) -> FakeResponse | None:
        fmt = body.get("response_format")
        if fmt is None:
            return None
        kind = fmt.get("type") if isinstance(fmt, dict) else None
        if kind == "json_object":
            if "json" not in json.dumps(body["messages"]).lower():
                return openai_error(
                    400,
                    "'messages' must contain the word 'json' in some form, to use "
                    "'response_format' of type 'json_object'.",
                    param="messages",
                )
            return None
        if kind == "json_schema":
            if not self.json_schema_support:
                return openai_error(
                    400,
                    "response_format type 'json_schema' is not supported by this server; "
                    "use 'text' or 'json_object'.",
                    param="response_format",
                )
            return _schema_problem(fmt.get("json_schema"))
        if kind == "text":
            return None
        return openai_error(
            400, f"Invalid value for 'response_format.type': {kind!r}.", param="response_format"
        )

    def _completion(self, body: dict, content: str) -> dict:
        message: dict = {"role": "assistant", "content": content, "refusal": None}
        finish = "stop"
        if self.mode == "refusal":
            message.update(content=None, refusal=REFUSAL)
        elif self.mode == "length":
            message["content"] = content[: len(content) // 2]
            finish = "length"
        prompt_tokens = len(json.dumps(body.get("messages"))) // 4
        completion_tokens = len(message["content"] or REFUSAL) // 4
        return {
            "id": _id("chatcmpl"),
            "object": "chat.completion",
            "created": int(time.time()),
            "model": body["model"],
            "choices": [
                {"index": 0, "message": message, "logprobs": None, "finish_reason": finish}
            ],
            "usage": {
                "prompt_tokens": prompt_tokens,
                "completion_tokens": completion_tokens,
                "total_tokens": prompt_tokens + completion_tokens,
            },
            "system_fingerprint": "fp_fake",
        }


def _id(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:24]}"


def _part_problem(part: Any) -> str | None:
    if not isinstance(part, dict):
        return "a content part must be an object"
    kind = part.get("type")
    if kind == "text":
        return None if isinstance(part.get("text"), str) else "text must be a string"
    if kind == "image_url":
        image = part.get("image_url")
        url = image.get("url") if isinstance(image, dict) else None
        if not isinstance(url, str):
            return "image_url.url is required"
        if not (url.startswith(("http://", "https://")) or _DATA_IMAGE.fullmatch(url)):
            return "image_url.url must be an http(s) URL or a base64 image data URL"
        if image.get("detail", "auto") not in DETAILS:
            return f"image_url.detail must be one of {', '.join(DETAILS)}"
        return None
    return f"unsupported content part type {kind!r}"


def _schema_problem(spec: Any) -> FakeResponse | None:
    if not isinstance(spec, dict) or not isinstance(spec.get("schema"), dict):
        return openai_error(400, "Missing required parameter: 'response_format.json_schema'.")
    name = spec.get("name")
    if not isinstance(name, str) or not _SCHEMA_NAME.fullmatch(name):
        return openai_error(
            400, "Invalid 'response_format.json_schema.name'.", param="response_format"
        )
    schema = spec["schema"]
    if spec.get("strict"):
        if schema.get("type") != "object":
            errors = ["the root schema must be an object"]
        else:
            errors = strict_schema_errors(schema)
        if errors:
            return openai_error(
                400,
                f"Invalid schema for response_format '{name}': {errors[0]}",
                param="response_format",
                code="invalid_json_schema",
            )
    return None
