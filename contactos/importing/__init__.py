"""Importing contacts from the files distributors send.

:mod:`.readers` turns CSV, Excel and vCard files into a :class:`~.readers.Table`;
:mod:`.mapping` guesses which column holds which contact field and remembers the agent's
corrections per source; :mod:`.values` turns one row into a clean
:class:`~.values.Record`. Nothing is imported here so that each layer loads only when
used (the readers pull in openpyxl and charset-normalizer).
"""

from __future__ import annotations
