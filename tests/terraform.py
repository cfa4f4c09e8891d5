"""infra/*.tf read with python-hcl2, for tests that check the Terraform against the code (the provider
cannot be downloaded here, so `terraform validate` and `plan` cannot run).

Expressions stay text ("${local.environment}"); `resolve` follows the few forms infra/ uses for
what the tests need: a local, a variable's default, `toset(...)` of a literal list or a local, and
`each.key` / `each.value` inside a resource with `for_each`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import hcl2

INFRA = Path(__file__).parents[1] / "infra"
OPTIONS = hcl2.SerializationOptions(
    with_comments=False, explicit_blocks=False, strip_string_quotes=True, preserve_heredocs=False
)
_REFERENCE = re.compile(r"^\$\{(local|var)\.([A-Za-z0-9_]+)\}$")
_TOSET = re.compile(r"^\$\{toset\((.*)\)\}$", re.DOTALL)


@dataclass(frozen=True)
class Resource:
    type: str
    name: str
    body: dict[str, Any]
    file: str

    @property
    def address(self) -> str:
        return f"{self.type}.{self.name}"


class Terraform:
    """Every resource, local and variable of a Terraform root folder."""

    def __init__(self, folder: Path = INFRA) -> None:
        self.resources: list[Resource] = []
        self.locals: dict[str, Any] = {}
        self.variables: dict[str, dict[str, Any]] = {}
        for path in sorted(folder.glob("*.tf")):
            with path.open() as handle:
                document = hcl2.load(handle, serialization_options=OPTIONS)
            for block in document.get("resource", []):
                for type_, named in block.items():
                    self.resources += [Resource(type_, name, body, path.name) for name, body in named.items()]
            for block in document.get("locals", []):
                self.locals.update(block)
            for block in document.get("variable", []):
                self.variables.update(block)

    def of_type(self, type_: str) -> list[Resource]:
        return [r for r in self.resources if r.type == type_]

    def resource(self, address: str) -> Resource:
        (found,) = [r for r in self.resources if r.address == address]
        return found

    def resolve(self, value: Any) -> Any:
        """`value` with a local or a variable's default put in, and `toset(...)` of a literal list made
        a list; anything else comes back as it was."""
        if not isinstance(value, str):
            return value
        if match := _REFERENCE.match(value):
            kind, name = match.groups()
            found = self.locals[name] if kind == "local" else self.variables[name].get("default")
            return self.resolve(found)
        if match := _TOSET.match(value):
            inner = match.group(1).strip()
            if inner.startswith("["):  # a literal list: the HCL parser reads it
                return hcl2.loads(f"x = {inner}\n", serialization_options=OPTIONS)["x"]
            return self.resolve("${" + inner + "}")
        return value

    def instances(self, resource: Resource) -> dict[str, dict[str, Any]]:
        """The resource once per `for_each` key (or once, under ""), with `each.key` and `each.value`
        put into its string attributes, nested blocks included."""
        if "for_each" not in resource.body:
            return {"": resource.body}
        each = self.resolve(resource.body["for_each"])
        if isinstance(each, list):
            each = {item: item for item in each}
        if not isinstance(each, dict):
            raise ValueError(f"{resource.address}: cannot read for_each {resource.body['for_each']!r}")
        return {key: _substitute(resource.body, key, value) for key, value in each.items()}


def _substitute(node: Any, key: str, value: Any) -> Any:
    if isinstance(node, dict):
        return {k: _substitute(v, key, value) for k, v in node.items()}
    if isinstance(node, list):
        return [_substitute(v, key, value) for v in node]
    if isinstance(node, str):
        if node in ("${each.key}", "${each.value}"):
            return key if node == "${each.key}" else value
        return node.replace("${each.key}", key).replace("${each.value}", str(value))
    return node


def block(body: dict[str, Any], name: str) -> dict[str, Any]:
    """The one nested block `name` of a resource body (hcl2 gives blocks as lists)."""
    (found,) = body[name]
    return dict(found)
