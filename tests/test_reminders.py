"""When reminders fire (contactos.reminders), with the program's clock set by the test."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from contactos import clock as clock_module
from contactos import reminders, rules, settings
from contactos.contacts import ContactData, create_contact
from contactos.models import Activity, Commitment, Lead, ReminderState
from contactos.watch import Watcher

DAY = dt.date(2026, 11, 30)  # a Monday


def at(
    hour: int, minute: int = 0, day: dt.date = DAY, second: int = 0, fold: int = 0
) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute, second, fold=fold))


@pytest.fixture
def contact(db, clock):
    clock.set(at(7, 0))
    return create_contact(ContactData(first_name="José", last_name="Núñez", company="El Águila"))


def lead_at(contact, what: str, day: dt.date = DAY, time: dt.time | None = None) -> Lead:
    """A lead whose next action is `day` (planned that day, so a past one can be made)."""
    with clock_module.fixed_at(min(clock_module.now(), dt.datetime.combine(day, dt.time(8)))):
        return rules.create_lead(contact, f"Lead {what}", rules.NextAction(what, day, "call", time))


def keys(found: list[reminders.Reminder]) -> list[str]:
    return [r.key for r in found]


# --- When each one fires -----------------------------------------------------------------


def test_timed_follow_up_fires_ten_minutes_before(contact, clock):
    lead = lead_at(contact, "Llamar", time=dt.time(11, 0))
    schedule = reminders.Schedule()
    first = schedule.check()
    assert first.missed == first.notify == []
    assert first.next_fire == at(10, 50)
    clock.set(at(10, 49, second=59))
    assert schedule.check().notify == []
    clock.set(at(10, 50))
    fired = schedule.check().notify
    assert keys(fired) == [f"lead-{lead.id}"]
    assert (fired[0].what, fired[0].contact) == ("Llamar", "José Núñez")
    assert fired[0].company == "El Águila"
    # shown once: the next look does not report it again, but it stays active
    clock.set(at(10, 55))
    assert schedule.check().notify == []
    assert keys(reminders.active()) == [f"lead-{lead.id}"]


def test_lead_minutes_are_a_setting(contact, clock):
    settings.put("reminder_minutes", 30)
    lead_at(contact, "Llamar", time=dt.time(11, 0))
    assert reminders.Schedule().check().next_fire == at(10, 30)


def test_date_only_follow_ups_and_commitments_fire_in_the_morning_round(contact, clock):
    lead = lead_at(contact, "Visitar")
    commitment = rules.add_commitment(lead, "me", "Enviar catálogo", DAY)
    later = rules.add_commitment(lead, "prospect", "Mandar planos", DAY + dt.timedelta(days=1))
    visit = rules.plan_activity(contact, "visit", at(0, 0), lead=lead, subject="Obra")  # that day
    schedule = reminders.Schedule()
    assert schedule.check().next_fire == at(9, 0)
    clock.set(at(9, 0))
    fired = schedule.check().notify
    assert sorted(keys(fired)) == sorted(
        [f"lead-{lead.id}", f"commitment-{commitment.id}", f"activity-{visit.id}"]
    )
    assert f"commitment-{later.id}" not in keys(fired)


def test_morning_hour_is_a_setting(contact, clock):
    settings.put("reminder_morning", "08:15")
    lead_at(contact, "Visitar")
    assert reminders.Schedule().check().next_fire == at(8, 15)


def test_planned_activity_with_a_time(contact, clock):
    lead = lead_at(contact, "Llamar", day=DAY + dt.timedelta(days=3))
    activity = rules.plan_activity(contact, "visit", at(16, 30), lead=lead, subject="Demo")
    schedule = reminders.Schedule()
    assert schedule.check().next_fire == at(16, 20)
    clock.set(at(16, 20))
    fired = schedule.check().notify
    assert keys(fired) == [f"activity-{activity.id}"]
    assert (fired[0].action, fired[0].what, fired[0].title) == ("visit", "Demo", lead.title)


def test_done_before_its_time_never_fires(contact, clock):
    lead = lead_at(contact, "Llamar", time=dt.time(11, 0))
    activity = rules.plan_activity(contact, "call", at(12, 0), lead=lead)
    commitment = rules.add_commitment(lead, "me", "Enviar", DAY + dt.timedelta(days=1))
    schedule = reminders.Schedule()
    schedule.check()
    clock.set(at(10, 0))
    rules.log_activity(lead, "call", next_action=rules.NextAction("Otra", DAY + dt.timedelta(3)))
    rules.complete_activity(activity, keep_next_action=True)
    rules.complete_commitment(commitment)
    for moment in (at(10, 50), at(12, 0), at(9, 0, DAY + dt.timedelta(days=1))):
        clock.set(moment)
        assert schedule.check().notify == []
    assert reminders.active() == []


def test_moved_before_its_time_fires_at_the_new_time(contact, clock):
    lead = lead_at(contact, "Llamar", time=dt.time(11, 0))
    schedule = reminders.Schedule()
    schedule.check()
    clock.set(at(10, 0))
    rules.reschedule(lead, DAY, dt.time(15, 0))
    clock.set(at(10, 50))
    assert schedule.check().notify == []
    clock.set(at(14, 50))
    assert keys(schedule.check().notify) == [f"lead-{lead.id}"]


def test_closed_lead_never_fires(contact, clock):
    lead = lead_at(contact, "Llamar", time=dt.time(11, 0))
    schedule = reminders.Schedule()
    schedule.check()
    rules.win(lead, "contract", DAY, schedule_reorder=False)
    clock.set(at(11, 0))
    assert schedule.check().notify == []


def test_planned_inside_its_lead_time_fires_at_its_own_time(contact, clock):
    """A call at 11:00 written at 10:58 while the program watches: reminded at 11:00,
    not at once."""
    schedule = reminders.Schedule()
    schedule.check()
    clock.set(at(10, 58))
    lead = lead_at(contact, "Llamar", time=dt.time(11, 0))
    found = schedule.check()
    assert found.notify == [] and keys(found.deferred) == [f"lead-{lead.id}"]
    assert found.next_fire == at(11, 0)
    clock.set(at(10, 59))
    restarted = reminders.Schedule().check()  # a restart keeps the time
    assert restarted.missed == [] and restarted.next_fire == at(11, 0)
    clock.set(at(11, 0))
    assert keys(schedule.check().notify) == [f"lead-{lead.id}"]


def test_written_after_its_time_fires_at_once(contact, clock):
    schedule = reminders.Schedule()
    schedule.check()
    clock.set(at(12, 0))
    lead = lead_at(contact, "Llamar", time=dt.time(11, 0))
    assert keys(schedule.check().notify) == [f"lead-{lead.id}"]


# --- Snoozes, restarts, sleep ------------------------------------------------------------


def test_snooze_survives_a_restart(contact, clock):
    lead = lead_at(contact, "Llamar", time=dt.time(11, 0))
    schedule = reminders.Schedule()
    schedule.check()
    clock.set(at(10, 50))
    assert keys(schedule.check().notify) == [f"lead-{lead.id}"]
    snoozed = reminders.snooze(f"lead-{lead.id}", reminders.snooze_until("1h"))
    assert snoozed.fire_at == at(11, 50)
    assert reminders.active() == []
    # the program is closed and started again before the snooze ends
    clock.set(at(11, 30))
    restarted = reminders.Schedule()
    first = restarted.check()
    assert first.missed == [] and first.next_fire == at(11, 50)
    clock.set(at(11, 50))
    fired = restarted.check().notify
    assert keys(fired) == [f"lead-{lead.id}"] and fired[0].snoozed_until == at(11, 50)


def test_snooze_choices(contact, clock):
    clock.set(at(16, 5))
    assert reminders.snooze_until("10min") == at(16, 15)
    assert reminders.snooze_until("1h") == at(17, 5)
    assert reminders.snooze_until("tomorrow") == at(9, 0, DAY + dt.timedelta(days=1))


def test_snooze_refused_for_the_past_or_a_finished_follow_up(contact, clock):
    lead = lead_at(contact, "Llamar", time=dt.time(11, 0))
    with pytest.raises(reminders.ReminderError, match="still ahead"):
        reminders.snooze(f"lead-{lead.id}", at(6, 0))
    with pytest.raises(reminders.ReminderError, match="no reminder"):
        reminders.snooze("lead-999", at(12, 0))
    with pytest.raises(reminders.ReminderError, match="not a reminder id"):
        reminders.snooze("llamada-3", at(12, 0))
    assert ReminderState.select().count() == 0


def test_missed_while_closed_come_together_at_the_next_start(contact, clock):
    first = lead_at(contact, "Llamar", time=dt.time(10, 0))
    second = lead_at(contact, "Visitar")
    reminders.Schedule().check()  # the program ran this morning at 7:00, then was closed
    clock.set(at(12, 0))
    found = reminders.Schedule().check()
    assert found.notify == []
    assert keys(found.missed) == [f"lead-{first.id}", f"lead-{second.id}"]  # newest first
    # shown once: the next start does not list them as missed again
    assert reminders.Schedule().check().missed == []
    assert len(reminders.active()) == 2


def test_overdue_before_the_program_first_watched_are_not_reminders(contact, clock):
    old = lead_at(contact, "Llamar", day=DAY - dt.timedelta(days=5))
    clock.set(at(8, 0))
    found = reminders.Schedule().check()  # the first start ever
    assert f"lead-{old.id}" not in keys(found.missed)
    assert reminders.active() == []


def test_sleep_and_wake(contact, clock):
    lead = lead_at(contact, "Llamar", time=dt.time(11, 0))
    ticks = [1000.0]
    watcher = Watcher(None, interval=10, monotonic=lambda: ticks[0])
    schedule = reminders.Schedule()
    schedule.check()
    # awake: both clocks move together
    clock.set(at(7, 0, second=10))
    ticks[0] += 10
    assert not watcher.look().woke
    # the lid is closed at 7:00 and opened at 12:00: the monotonic clock stood still
    clock.set(at(12, 0))
    ticks[0] += 5
    changes = watcher.look()
    assert changes.woke and not changes.date_changed
    found = schedule.check(woke=changes.woke)
    assert keys(found.missed) == [f"lead-{lead.id}"] and found.notify == []


def test_a_late_look_counts_as_a_wake(contact, clock):
    """Where the monotonic clock runs on while the computer sleeps (Windows)."""
    ticks = [0.0]
    watcher = Watcher(None, interval=10, monotonic=lambda: ticks[0])
    clock.set(at(9, 0))
    ticks[0] += 2 * 3600
    assert watcher.look().woke


def test_the_date_changes_at_midnight(contact, clock):
    tomorrow = DAY + dt.timedelta(days=1)
    lead = lead_at(contact, "Visitar", day=tomorrow)
    late = lead_at(contact, "Llamar", day=tomorrow, time=dt.time(0, 5))
    ticks = [0.0]
    watcher = Watcher(None, interval=10, monotonic=lambda: ticks[0])
    schedule = reminders.Schedule()
    clock.set(at(23, 50))
    ticks[0] += clock.seconds_between(at(7, 0), at(23, 50))
    assert not watcher.look().date_changed
    assert schedule.check().next_fire == at(23, 55)
    clock.set(at(23, 55))
    ticks[0] += 300
    assert not watcher.look()
    assert keys(schedule.check().notify) == [f"lead-{late.id}"]
    clock.set(at(0, 0, tomorrow))
    ticks[0] += 300
    changes = watcher.look()
    assert changes.date_changed and not changes.woke
    assert schedule.check().next_fire == at(9, 0, tomorrow)
    clock.set(at(9, 0, tomorrow))
    assert keys(schedule.check().notify) == [f"lead-{lead.id}"]


def test_pause_holds_notifications_until_it_ends(contact, clock):
    lead = lead_at(contact, "Llamar", time=dt.time(11, 0))
    schedule = reminders.Schedule()
    schedule.check()
    clock.set(at(10, 30))
    schedule.pause(at(11, 30))
    clock.set(at(10, 50))
    found = schedule.check()
    assert found.notify == [] and keys(found.held) == [f"lead-{lead.id}"]
    assert found.next_fire == at(11, 30)
    clock.set(at(11, 30))
    assert keys(schedule.check().notify) == [f"lead-{lead.id}"]


# --- Daylight saving -----------------------------------------------------------------------


@pytest.fixture
def madrid(clock):
    clock.set_zone("Europe/Madrid")
    yield
    clock.set_zone(None)


def test_clocks_go_forward(contact, clock, madrid):
    """29 March 2026, Madrid: 02:00 becomes 03:00. Ten minutes before 03:05 is 01:55."""
    day = dt.date(2026, 3, 29)
    clock.set(at(0, 30, day))
    lead = lead_at(contact, "Llamar", day=day, time=dt.time(3, 5))
    schedule = reminders.Schedule()
    assert schedule.check().next_fire == at(1, 55, day)
    clock.set(at(1, 54, day))
    assert schedule.check().notify == []
    clock.set(at(1, 55, day))
    assert keys(schedule.check().notify) == [f"lead-{lead.id}"]


def test_clocks_go_back(contact, clock, madrid):
    """25 October 2026, Madrid: 03:00 becomes 02:00 again. Ten minutes before 03:05 is the
    second 02:55, an hour after the first one."""
    day = dt.date(2026, 10, 25)
    clock.set(at(0, 30, day))
    lead = lead_at(contact, "Llamar", day=day, time=dt.time(3, 5))
    schedule = reminders.Schedule()
    fire = schedule.check().next_fire
    assert (fire, fire.fold) == (at(2, 55, day), 1)
    clock.set(at(2, 55, day))  # the first 02:55
    assert schedule.check().notify == []
    clock.set(at(2, 55, day, fold=1))
    assert keys(schedule.check().notify) == [f"lead-{lead.id}"]


def test_morning_round_on_the_day_the_clocks_change(contact, clock, madrid):
    day = dt.date(2026, 3, 29)
    clock.set(at(0, 30, day))
    lead_at(contact, "Visitar", day=day)
    assert reminders.Schedule().check().next_fire == at(9, 0, day)


# --- Reading "until when", forgetting ------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("10m", at(16, 15)),
        ("90 min", at(17, 35)),
        ("1h", at(17, 5)),
        ("2d", at(16, 5, DAY + dt.timedelta(days=2))),
        ("tomorrow", at(9, 0, DAY + dt.timedelta(days=1))),
        ("mañana", at(9, 0, DAY + dt.timedelta(days=1))),
        ("17:30", at(17, 30)),
        ("15:30", at(15, 30, DAY + dt.timedelta(days=1))),  # already past: tomorrow's
        ("01/12/2026 15:30", at(15, 30, DAY + dt.timedelta(days=1))),
        ("2026-12-01T15:30", at(15, 30, DAY + dt.timedelta(days=1))),
        ("2026-12-01", at(9, 0, DAY + dt.timedelta(days=1))),
    ],
)
def test_parse_until(db, clock, text, expected):
    clock.set(at(16, 5))
    assert reminders.parse_until(text) == expected


@pytest.mark.parametrize("text", ["", "soon", "25:00", "31/02/2026 10:00", "10 parsecs"])
def test_parse_until_refuses(db, clock, text):
    with pytest.raises(reminders.ReminderError, match="not a time to snooze until"):
        reminders.parse_until(text)


def test_state_of_finished_reminders_is_forgotten(contact, clock):
    done = lead_at(contact, "Llamar", time=dt.time(11, 0))
    kept = lead_at(contact, "Visitar")
    clock.set(at(12, 0))
    reminders.Schedule().check()
    assert ReminderState.select().count() == 2
    rules.win(done, "contract", DAY, schedule_reorder=False)
    assert reminders.forget_finished() == 1
    assert [s.key for s in ReminderState.select()] == [f"lead-{kept.id}"]


def test_deleted_follow_ups_leave_no_reminder(contact, clock):
    lead = lead_at(contact, "Llamar", day=DAY + dt.timedelta(days=2))
    activity = rules.plan_activity(contact, "call", at(11, 0), lead=lead)
    commitment = rules.add_commitment(lead, "me", "Enviar", DAY)
    Activity.delete_by_id(activity.id)
    Commitment.delete_by_id(commitment.id)
    clock.set(at(12, 0))
    assert reminders.Schedule().check().missed == []


# --- The command line -----------------------------------------------------------------------


def run_cli(capsys, *args: str) -> tuple[int, str, str]:
    from contactos import cli

    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_reminders_and_snooze(tmp_path, capsys, clock, monkeypatch):
    from contactos.paths import resolve_paths
    from contactos.session import close_session, open_session

    data = tmp_path / "cli"
    open_session(resolve_paths(data), auto_backup=False)
    clock.set(at(7, 0))
    person = create_contact(ContactData(first_name="Ana", company="Aceros"))
    lead = lead_at(person, "Llamar", time=dt.time(10, 0))
    close_session()
    clock.set(at(10, 30))
    code, out, _ = run_cli(capsys, "--data-dir", str(data), "reminders", "--json")
    assert code == 0
    listed = json.loads(out)
    assert listed == [
        {
            "id": f"lead-{lead.id}",
            "kind": "lead",
            "action": "call",
            "lead_id": lead.id,
            "lead": "Lead Llamar",
            "contact": "Ana",
            "company": "Aceros",
            "what": "Llamar",
            "due": "2026-11-30T10:00:00",
            "fires_at": "2026-11-30T09:50:00",
            "snoozed_until": None,
            "shown": False,
        }
    ]
    code, out, _ = run_cli(capsys, "--data-dir", str(data), "reminders")
    assert code == 0 and f"lead-{lead.id}" in out and "30/11/2026 10:00" in out
    code, out, _ = run_cli(
        capsys, "--data-dir", str(data), "snooze", f"lead-{lead.id}", "--until", "11:15"
    )
    assert code == 0 and "11:15" in out
    code, out, _ = run_cli(capsys, "--data-dir", str(data), "reminders", "--json")
    assert json.loads(out) == []
    clock.set(at(11, 15))
    code, out, _ = run_cli(capsys, "--data-dir", str(data), "reminders", "--json")
    assert json.loads(out)[0]["snoozed_until"] == "2026-11-30T11:15:00"
    # refused, in Spanish, writing nothing
    code, _, err = run_cli(
        capsys, "--data-dir", str(data), "--lang", "es", "snooze", "lead-999", "--until", "1h"
    )
    assert code == 1 and "lead-999" in err and "No hay" in err
    code, _, err = run_cli(
        capsys, "--data-dir", str(data), "snooze", f"lead-{lead.id}", "--until", "ayer"
    )
    assert code == 1 and "not a time to snooze until" in err
