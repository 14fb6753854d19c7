"""Every real file of ../shared/fixtures/real imported into a database, from the command
line and from the wizard (driven through its widgets), with the expectations written per
file in test_import_readers: the right names, e-mails, phones and companies end up as
contacts, and every row is accounted for (created, skipped as a repeat, or rejected).
"""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from test_import_readers import EXPECTED, REAL, real

from contactos.cli import main
from contactos.contacts import contact_children
from contactos.models import Contact, ImportBatch
from ui.dialogs.import_wizard import ImportWizard


def imported_people() -> dict[str, tuple[list[str], list[str], str]]:
    """What the database holds, as the expectations are written: name -> (e-mails,
    phones, company); a contact without a name is listed by its company, or by ''."""
    people = {}
    contacts = list(Contact.select().order_by(Contact.id))
    emails, phones, _ = contact_children([c.id for c in contacts])
    for contact in contacts:
        name = f"{contact.first_name} {contact.last_name}".strip() or contact.company
        numbers = [number for number, _ in phones.get(contact.id, [])]
        people.setdefault(name, (emails.get(contact.id, []), numbers, contact.company))
    return people


def check_people(relative: str) -> None:
    _, _, count, expected = EXPECTED[relative]
    people = imported_people()
    for name, (emails, phones, company) in expected.items():
        if name:
            assert name in people, (relative, sorted(people))
            assert people[name] == (emails, phones, company), (relative, name)
        else:  # a row known only by its e-mail
            assert (emails, phones, company) in people.values(), relative
    batch = ImportBatch.get()
    assert batch.rows_total == count
    accounted = batch.created_count + batch.skipped_count + batch.rejected_count
    assert accounted == count, relative
    assert Contact.select().count() == batch.created_count


@real
@pytest.mark.parametrize("relative", sorted(EXPECTED))
def test_real_file_from_the_command_line(relative, tmp_path, capsys):
    from contactos.paths import resolve_paths
    from contactos.session import close_session, open_session

    country = EXPECTED[relative][0]
    data = tmp_path / "data"
    code = main(["--data-dir", str(data), "import", str(REAL / relative), "--country", country,
                 "--json"])  # fmt: skip
    out, err = capsys.readouterr()
    assert code == 0, err
    summary = json.loads(out)
    assert summary["rows"] == EXPECTED[relative][2]
    open_session(resolve_paths(data), auto_backup=False)
    try:
        check_people(relative)
        assert ImportBatch.get().id == summary["batch"]
    finally:
        close_session()


@real
@pytest.mark.parametrize("relative", sorted(EXPECTED))
def test_real_file_from_the_wizard(relative, qtbot, db):
    country = EXPECTED[relative][0]
    wiz = ImportWizard(None)
    qtbot.addWidget(wiz)
    wiz.show()
    qtbot.waitExposed(wiz)
    wiz.file_page.path_edit.setText(str(REAL / relative))
    wiz.next()
    assert wiz.currentId() == ImportWizard.PREVIEW, relative
    wiz.next()
    assert wiz.currentId() == ImportWizard.OPTIONS
    combo = wiz.options_page.country_combo
    combo.setCurrentIndex(combo.findData(country))
    assert combo.currentData() == country
    wiz.next()
    assert wiz.currentId() == ImportWizard.MAPPING
    wiz.next()
    assert wiz.currentId() == ImportWizard.DRY_RUN
    counts = wiz.plan.counts()
    assert counts["rows"] == EXPECTED[relative][2]
    qtbot.mouseClick(wiz.button(QWizard.WizardButton.CommitButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wiz.currentId() == ImportWizard.SUMMARY, timeout=10000)
    assert wiz.summary_page.values["created"].text() == str(ImportBatch.get().created_count)
    check_people(relative)
    qtbot.mouseClick(wiz.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert not wiz.isVisible()
