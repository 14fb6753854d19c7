"""Words of Qt's own dialogs that Qt's Spanish catalogue lacks, supplied from ours.

Where the system offers its own file chooser (Windows, macOS, a Linux desktop) Qt uses it,
in the system's language. Where it does not (Linux without a desktop theme), Qt draws
its own, and `qtbase_es.qm` leaves "Look in:" and "Files of type:" in English and says
"fichero" where a Latin American agent says "archivo". Our catalogue is installed after
Qt's (ui/translation.py), and Qt searches the last installed one first, so these entries,
in Qt's own contexts, fill the gaps and take precedence. This module only marks them for
lupdate; nothing imports it.
"""

from __future__ import annotations

from contactos.i18n import QT_TRANSLATE_NOOP

QT_OWN_WORDS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QFileDialog", "File &name:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Show &hidden files"),
    QT_TRANSLATE_NOOP("QFileDialog", "All Files (*)"),
)
