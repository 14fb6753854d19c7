<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
