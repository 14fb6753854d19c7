"""The program's one clock: the rules, the queue and the window read the time there."""

from __future__ import annotations

import datetime as dt

from contactos import clock as clock_module
from contactos import models, rules


def test_a_fixed_clock_is_what_the_rules_read(clock):
    clock.set(dt.datetime(2031, 2, 28, 23, 59, 30))
    assert rules.today() == dt.date(2031, 2, 28)
    assert models.now() == dt.datetime(2031, 2, 28, 23, 59, 30)
    clock.advance(dt.timedelta(seconds=45))
    assert rules.today() == dt.date(2031, 3, 1)


def test_a_date_fixes_the_morning_and_none_lets_it_run():
    clock_module.set(dt.date(2030, 1, 2))
    assert clock_module.now() == dt.datetime(2030, 1, 2, 9, 0)
    clock_module.set(None)
    assert abs(clock_module.now() - dt.datetime.now()) < dt.timedelta(seconds=2)


def test_fixed_at_restores_what_was_before(clock):
    clock.set(dt.datetime(2030, 5, 5, 10, 0))
    with clock_module.fixed_at(dt.datetime(2020, 1, 1, 8, 0)):
        assert clock_module.today() == dt.date(2020, 1, 1)
    assert clock_module.now() == dt.datetime(2030, 5, 5, 10, 0)


def test_the_environment_fixes_a_whole_process(monkeypatch):
    monkeypatch.setenv(clock_module.ENV_CLOCK, "2029-07-04T18:30")
    assert clock_module.now() == dt.datetime(2029, 7, 4, 18, 30)
    assert clock_module.is_fixed()
    monkeypatch.setenv(clock_module.ENV_CLOCK, "not a time")
    assert abs(clock_module.now() - dt.datetime.now()) < dt.timedelta(seconds=2)
