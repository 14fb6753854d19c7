"""The adapters only adapt: no file of the window (ui/) nor the command line opens a
transaction or writes to the database itself; every write on a person's behalf goes
through contactos.actions (see its docstring). Read from the source, as a reviewer would."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from contactos.models import MODELS

ROOT = Path(__file__).resolve().parent.parent

# The functions of contactos that write, to be called by contactos.actions only.
WRITES = {
    "rules": {
        "create_lead",
        "update_lead",
        "set_next_action",
        "reschedule",
        "change_stage",
        "log_activity",
        "plan_activity",
        "complete_activity",
        "reschedule_activity",
        "win",
        "lose",
        "schedule_loss_confirmation",
        "reopen",
        "add_impediment",
        "resolve_impediment",
        "add_commitment",
        "reschedule_commitment",
        "complete_commitment",
        "reopen_commitment",
        "undo_reschedule",
        "undo_stage_change",
    },
    "contacts": {"create_contact", "update_contact"},
    "commissions": {"record", "cancel"},
    "statements": {"record", "undo"},
    "representadas": {"create", "update", "follow_rate", "set_active"},
    "settings": {"put"},
    "reminders": {"snooze"},
}
MODEL_WRITES = {
    "create",
    "insert",
    "insert_many",
    "replace",
    "update",
    "delete",
    "delete_instance",
    "get_or_create",
    "bulk_create",
    "bulk_update",
}
MODEL_NAMES = {model.__name__ for model in MODELS}

# Exceptions to the rule below, by file: none (the import wizard's workers call the
# import actions, which own the import's transaction).
PENDING: dict[str, set[str]] = {}


def adapters() -> list[Path]:
    files = sorted((ROOT / "ui").rglob("*.py"))
    files += [
        ROOT / "contactos" / "cli.py",
        ROOT / "contactos" / "reminder_commands.py",
        ROOT / "contactos" / "commission_commands.py",
    ]
    return files


def _writes(attr: str, owner: ast.expr, call: ast.Call) -> bool:
    """`owner.attr(...)` writes: a model saved, a model's class method that writes, a
    write function of contactos called by its module's name."""
    if attr == "save" and not call.args and not call.keywords:
        return True
    if not isinstance(owner, ast.Name):
        return False
    return attr in WRITES.get(owner.id, ()) or (owner.id in MODEL_NAMES and attr in MODEL_WRITES)


def writes_in(path: Path) -> list[tuple[str, int, str]]:
    """(what, line, code) of every transaction and write found in `path`."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module in {
            f"contactos.{module}" for module in WRITES
        }:
            names = WRITES[node.module.split(".")[1]] & {alias.name for alias in node.names}
            if names:
                found.append(("write", node.lineno, f"from {node.module} import {names}"))
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
            continue
        attr, owner = node.func.attr, node.func.value
        code = ast.unparse(node)[:80]
        if attr in ("atomic", "transaction", "savepoint"):
            found.append(("transaction", node.lineno, code))
        elif _writes(attr, owner, node):
            found.append(("write", node.lineno, code))
    return sorted(found, key=lambda f: f[1])


@pytest.mark.parametrize("path", adapters(), ids=lambda p: p.relative_to(ROOT).as_posix())
def test_an_adapter_neither_opens_a_transaction_nor_writes(path):
    allowed = PENDING.get(path.relative_to(ROOT).as_posix(), set())
    found = [f for f in writes_in(path) if f[0] not in allowed]
    assert found == []


def test_the_check_finds_what_it_looks_for(tmp_path):
    """The check itself, on a file that does all it forbids."""
    bad = tmp_path / "bad.py"
    bad.write_text(
        "from contactos.rules import win\n"
        "with database.atomic():\n"
        "    lead.save()\n"
        "    Lead.update(title='x').execute()\n"
        "    rules.log_activity(lead, 'call')\n"
        "    contacts.create_contact(data)\n"
        "    settings.put('x', 1)\n"
        "image.save(path)\n",
        encoding="utf-8",
    )
    assert [(kind, line) for kind, line, _ in writes_in(bad)] == [
        ("write", 1),
        ("transaction", 2),
        ("write", 3),
        ("write", 4),
        ("write", 5),
        ("write", 6),
        ("write", 7),
    ]


def test_the_demo_plays_its_story_through_the_actions():
    """No raw write and no back-dating in the demo: only its one outer transaction (all
    the demo or nothing) and the actions."""
    found = writes_in(ROOT / "contactos" / "demo.py")
    assert [kind for kind, _, _ in found] == ["transaction"]
