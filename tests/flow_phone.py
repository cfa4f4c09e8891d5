"""WhatsApp's client in memory, filling in a form whose pages come from the Flows endpoint (the
booking's): each page is asked of the provider as the endpoint would ask it (INIT, then data_exchange
with the page's answers and what it carries), checked with the stand-in's rules (localdev/flow_rules),
and chosen by the titles a resident reads. The HTTP and encryption layers are tested elsewhere
(tests/integration, tests/e2e); here the pages and their texts are."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from localdev import flow_rules
from puspa.app.flow_endpoint import FlowRequest, FlowScreen
from puspa.conversation.forms import EndpointForm, FieldKind, FlowPage
from puspa.whatsapp.flow_json import flow_bytes


class FormOnPhone:
    def __init__(self, form: EndpointForm, token: str, provider: Callable[[FlowRequest], FlowScreen]) -> None:
        self.form = form
        self.token = token
        self.provider = provider
        self.doc = {s["id"]: s for s in json.loads(flow_bytes(form))["screens"]}
        self.requests: list[FlowRequest] = []
        self.page = self._ask(FlowRequest("INIT", token))
        self.answers: dict[str, Any] = {}

    def _ask(self, request: FlowRequest) -> FlowScreen:
        self.requests.append(request)
        page = self.provider(request)
        problem = flow_rules.check_screen_data(self.doc[page.screen], dict(page.data))
        assert not problem, problem
        return page

    @property
    def screen(self) -> str:
        return self.page.screen

    @property
    def error(self) -> str:
        return str(self.page.data.get("error_message", ""))

    @property
    def text(self) -> str:
        """The page's text above its inputs (a literal, or the endpoint's `${data.…}`)."""
        intro = self._page().intro
        return str(self.page.data.get(intro[7:-1], "")) if intro.startswith("${data.") else intro

    def choices(self) -> dict[str, tuple[str, str, bool]]:
        """title -> (id, description, selectable) of the page's list of choices."""
        options = self.page.data.get("pilihan") or []
        return {o["title"]: (o["id"], o.get("description", ""), o.get("enabled", True)) for o in options}

    def preselected(self) -> dict[str, Any]:
        return dict(self.page.data.get("init_values") or {})

    def _page(self) -> FlowPage:
        page = self.form.page(self.screen)
        assert page is not None, self.screen
        return page

    def _payload(self, answers: dict[str, Any]) -> dict[str, Any]:
        page = self._page()
        carried = {key: self.page.data[key] for key in page.carry}
        unset = {FieldKind.OPT_IN: False}  # an unticked box is sent as false
        return {**carried, **{f.key: answers.get(f.key, unset.get(f.kind, "")) for f in page.fields}}

    def choose(self, title: str = "", **answers: Any) -> FlowScreen:
        """Tap the choice titled `title` (or give `answers` by field) and press the page's button."""
        if title:
            choice_id, _, selectable = self.choices()[title]
            assert selectable, f"{title} cannot be selected"
            field = self._page().fields[0]
            answers = {field.key: choice_id}
        problem = flow_rules.check_answers(self.doc[self.screen], dict(self.page.data), answers)
        assert not problem, problem
        data = self._payload(answers)
        self.page = self._ask(FlowRequest("data_exchange", self.token, self.screen, data))
        return self.page

    def completion(self, **answers: Any) -> dict[str, str]:
        """What the last page's button sends back (as the webhook reads it: text answers)."""
        assert self.screen == self.form.pages[-1].screen, f"still on {self.screen}"
        payload = self._payload(answers)
        return {key: ("true" if value is True else "false" if value is False else str(value))
                for key, value in payload.items()}  # fmt: skip
