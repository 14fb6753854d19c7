"""Contactos: contacts and follow-up for independent commissioned sales agents."""

from __future__ import annotations

APP_NAME = "Contactos"
__version__ = "0.1.0"
