"""Lists dropped on the window: a file dragged from the e-mail or the desktop is imported.

Kept apart from the import wizard so that the main window can accept drops without
loading the importer before it paints.
"""

from __future__ import annotations

from pathlib import Path

# What a dropped file may be (the reader still decides by the content).
IMPORTABLE = (".csv", ".txt", ".tsv", ".tab", ".xlsx", ".xlsm", ".vcf", ".vcard")


def dropped_file(mime) -> Path | None:
    """The one local file a drag carries, when it may be a list to import."""
    urls = mime.urls() if mime is not None and mime.hasUrls() else []
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    path = Path(urls[0].toLocalFile())
    return path if path.suffix.lower() in IMPORTABLE and path.is_file() else None


class ListDropTarget:
    """Mixed into a widget (before its Qt class): accepts one list file dropped on it and
    hands it to ``list_dropped(path)``. The widget calls ``setAcceptDrops(True)``."""

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if dropped_file(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        path = dropped_file(event.mimeData())
        if path is not None:
            event.acceptProposedAction()
            self.list_dropped(path)

    def list_dropped(self, path: Path) -> None:
        raise NotImplementedError
