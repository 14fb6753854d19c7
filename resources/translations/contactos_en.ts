<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BoardModel</name>
    <message numerus="yes">
        <source>%n open lead(s)</source>
        <translation>
            <numerusform>%n open lead</numerusform>
            <numerusform>%n open leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in limbo</source>
        <translation>
            <numerusform>%n in limbo</numerusform>
            <numerusform>%n in limbo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message numerus="yes">
        <source>%n open lead(s)</source>
        <translation>
            <numerusform>%n open lead</numerusform>
            <numerusform>%n open leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in limbo</source>
        <translation>
            <numerusform>%n in limbo</numerusform>
            <numerusform>%n in limbo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n day late</numerusform>
            <numerusform>%n days late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pipeline health: %n open lead(s), {share}% with a next action ahead.</source>
        <translation>
            <numerusform>Pipeline health: %n open lead, {share}% with a next action ahead.</numerusform>
            <numerusform>Pipeline health: %n open leads, {share}% with a next action ahead.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>received %n hour(s) ago</source>
        <translation>
            <numerusform>received %n hour ago</numerusform>
            <numerusform>received %n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>received %n day(s) ago</source>
        <translation>
            <numerusform>received %n day ago</numerusform>
            <numerusform>received %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open lead(s) took the new commission rate.</source>
        <translation>
            <numerusform>%n open lead took the new commission rate.</numerusform>
            <numerusform>%n open leads took the new commission rate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Statement of {name}, {first} to {last}: %n line(s) matched.</source>
        <translation>
            <numerusform>Statement of {name}, {first} to {last}: %n line matched.</numerusform>
            <numerusform>Statement of {name}, {first} to {last}: %n lines matched.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{batch} undone: %n payment(s) cancelled.</source>
        <translation>
            <numerusform>{batch} undone: %n payment cancelled.</numerusform>
            <numerusform>{batch} undone: %n payments cancelled.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarGrid</name>
    <message numerus="yes">
        <source>+ %n more</source>
        <translation>
            <numerusform>+ %n more</numerusform>
            <numerusform>+ %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarModel</name>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n day late</numerusform>
            <numerusform>%n days late</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message numerus="yes">
        <source>%n follow-up(s) in this period</source>
        <translation>
            <numerusform>%n follow-up in this period</numerusform>
            <numerusform>%n follow-ups in this period</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DaySheet</name>
    <message numerus="yes">
        <source>%n visit(s) and call(s), in time order.</source>
        <translation>
            <numerusform>%n visit or call, in time order.</numerusform>
            <numerusform>%n visits and calls, in time order.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overdue: %n day(s) late</source>
        <translation>
            <numerusform>Overdue: %n day late</numerusform>
            <numerusform>Overdue: %n days late</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadView</name>
    <message numerus="yes">
        <source>the next action is %n day(s) overdue</source>
        <translation>
            <numerusform>the next action is %n day overdue</numerusform>
            <numerusform>the next action is %n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>nothing was logged for more than %n day(s)</source>
        <translation>
            <numerusform>nothing was logged for more than %n day</numerusform>
            <numerusform>nothing was logged for more than %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>after %n hour(s)</source>
        <translation>
            <numerusform>after %n hour</numerusform>
            <numerusform>after %n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadsView</name>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n lead</numerusform>
            <numerusform>%n leads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n contact(s) written to {file}</source>
        <translation>
            <numerusform>%n contact written to {file}</numerusform>
            <numerusform>%n contacts written to {file}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) written to {file}</source>
        <translation>
            <numerusform>%n lead written to {file}</numerusform>
            <numerusform>%n leads written to {file}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) written to {file}</source>
        <translation>
            <numerusform>%n follow-up written to {file}</numerusform>
            <numerusform>%n follow-ups written to {file}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderWindow</name>
    <message numerus="yes">
        <source>%n reminder(s) due</source>
        <translation>
            <numerusform>%n reminder due</numerusform>
            <numerusform>%n reminders due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) fell due while Contactos was not running or the computer was asleep.</source>
        <translation>
            <numerusform>%n reminder fell due while Contactos was not running or the computer was asleep.</numerusform>
            <numerusform>%n reminders fell due while Contactos was not running or the computer was asleep.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportTableModel</name>
    <message numerus="yes">
        <source>%n lead(s): click to list them</source>
        <translation>
            <numerusform>%n lead: click to list it</numerusform>
            <numerusform>%n leads: click to list them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n lead</numerusform>
            <numerusform>%n leads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RepresentadasView</name>
    <message numerus="yes">
        <source>%n open lead(s) took the new commission rate.</source>
        <translation>
            <numerusform>%n open lead took the new commission rate.</numerusform>
            <numerusform>%n open leads took the new commission rate.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message numerus="yes">
        <source>{file}: %n line(s) match won leads, from {first} to {last}.</source>
        <translation>
            <numerusform>{file}: %n line matches won leads, from {first} to {last}.</numerusform>
            <numerusform>{file}: %n lines match won leads, from {first} to {last}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) recorded as {0}.</source>
        <translation>
            <numerusform>%n payment recorded as {0}.</numerusform>
            <numerusform>%n payments recorded as {0}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryTexts</name>
    <message numerus="yes">
        <source>%n reminder(s) due</source>
        <translation>
            <numerusform>%n reminder due</numerusform>
            <numerusform>%n reminders due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message numerus="yes">
        <source>received %n day(s) ago</source>
        <translation>
            <numerusform>received %n day ago</numerusform>
            <numerusform>received %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>received %n hour(s) ago</source>
        <translation>
            <numerusform>received %n hour ago</numerusform>
            <numerusform>received %n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>received %n min ago</source>
        <translation>
            <numerusform>received %n min ago</numerusform>
            <numerusform>received %n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n day late</numerusform>
            <numerusform>%n days late</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message numerus="yes">
        <source>Pipeline health: {0}% of your %n open lead(s) have a next action ahead.</source>
        <translation>
            <numerusform>Pipeline health: {0}% of your %n open lead has a next action ahead.</numerusform>
            <numerusform>Pipeline health: {0}% of your %n open leads have a next action ahead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayMenu</name>
    <message numerus="yes">
        <source>Today: %n follow-up(s) to do</source>
        <translation>
            <numerusform>Today: %n follow-up to do</numerusform>
            <numerusform>Today: %n follow-ups to do</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Reminders due (%n)…</source>
        <translation>
            <numerusform>&amp;Reminders due (%n)…</numerusform>
            <numerusform>&amp;Reminders due (%n)…</numerusform>
        </translation>
    </message>
</context>
</TS>
