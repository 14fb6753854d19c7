# ruff: noqa: F722, F821, N802, A002 - D-Bus signatures and names, as dbus-fast reads them
"""A freedesktop notification server for the tests: it takes the name
org.freedesktop.Notifications on the session bus (DBUS_SESSION_BUS_ADDRESS), prints each
notification it receives as one JSON line on stdout, and reads commands on stdin:

    invoke ID ACTION    send ActionInvoked(ID, ACTION) ('default' is a click on it)
    close ID            send NotificationClosed(ID, 2) (dismissed by the person)
    quit

Run as a program: `python tests/notification_server.py`. It prints {"ready": true} once
it owns the name.
"""

import asyncio
import json
import sys

from dbus_fast import BusType, Variant
from dbus_fast.aio import MessageBus
from dbus_fast.service import ServiceInterface, method, signal

NAME = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"


def _plain(value):
    return value.value if isinstance(value, Variant) else value


class Notifications(ServiceInterface):
    def __init__(self) -> None:
        super().__init__(NAME)
        self.last_id = 0

    @method()
    def Notify(
        self,
        app_name: "s",
        replaces_id: "u",
        app_icon: "s",
        summary: "s",
        body: "s",
        actions: "as",
        hints: "a{sv}",
        expire_timeout: "i",
    ) -> "u":
        self.last_id += 1
        record = {
            "id": self.last_id,
            "app_name": app_name,
            "app_icon": app_icon,
            "summary": summary,
            "body": body,
            "actions": list(actions),
            "hints": {key: str(_plain(value)) for key, value in hints.items()},
            "expire_timeout": expire_timeout,
        }
        print(json.dumps(record, ensure_ascii=False), flush=True)
        return self.last_id

    @method()
    def GetCapabilities(self) -> "as":
        return ["actions", "body"]

    @method()
    def GetServerInformation(self) -> "ssss":
        return ["contactos-test-server", "contactos", "1.0", "1.2"]

    @method()
    def CloseNotification(self, id: "u") -> None:
        self.NotificationClosed(id, 3)

    @signal()
    def ActionInvoked(self, id: "u", action_key: "s") -> "us":
        return [id, action_key]

    @signal()
    def NotificationClosed(self, id: "u", reason: "u") -> "uu":
        return [id, reason]


async def main() -> None:
    bus = await MessageBus(bus_type=BusType.SESSION).connect()
    server = Notifications()
    bus.export(PATH, server)
    await bus.request_name(NAME)
    print(json.dumps({"ready": True}), flush=True)
    loop = asyncio.get_running_loop()
    while True:
        line = await loop.run_in_executor(None, sys.stdin.readline)
        words = line.split()
        if not words or words[0] == "quit":
            break
        if words[0] == "invoke":
            server.ActionInvoked(int(words[1]), words[2])
        elif words[0] == "close":
            server.NotificationClosed(int(words[1]), 2)
        print(json.dumps({"done": words[0]}), flush=True)
    bus.disconnect()


if __name__ == "__main__":
    asyncio.run(main())
