<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>Connection</name>
        <message>
            <source>No database file was given.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database file “%1” does not exist. Check the path, or create a new database with “caseloop-cli init --db %1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is a folder, not a database file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot create “%1”: the folder “%2” does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not a CaseLoop database or is damaged. The file was not changed. Open another file or restore a backup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database file “%1” is read-only (file permissions). Ask your administrator for write access, or open a copy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>opening the database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is an SQLite file but not a CaseLoop database. The file was not changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” was created by a newer version of CaseLoop (schema version %2; this version understands up to %3). Nothing was changed. Please update CaseLoop.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” needs an upgrade to schema version %2 before it can be read, which needs write access.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>listing tables</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>configuring the connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>reading the database header</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DemoDatabaseCreator</name>
        <message>
            <source>Teams and agents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clients</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Debtors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact histories</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-ups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Promises and payments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Survey responses</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Complaints</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Indexes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preparing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” already exists; demo data is only written to a new file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot create the folder “%1”. Check that you may write there, or start CaseLoop with --db and another file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Creating the demo database failed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CaseLoop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Creating a demo database for the first start…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Creating a demo database for the first start…
%1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Session</name>
        <message>
            <source>There is no active user “%1” in this database. Check the login, or start without --user to use the default user.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>System</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Supervisor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compliance officer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Administrator</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>no graphical display found (neither DISPLAY nor WAYLAND_DISPLAY is set).
Start CaseLoop from a desktop session, use caseloop-cli for work without a display, or render a view to a file with --screenshot OUT.png.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CaseLoop: case management for debt-collection agencies.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the database FILE (default: %1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>FILE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>NAME</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Render the view off-screen once its data is loaded, save it as a PNG and exit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>OUT.png</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Act as the user LOGIN (default: the first supervisor).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>LOGIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>User-interface language: en or zh_CN.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>LANG</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write debug messages to the log file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown language “%1”; use en or zh_CN.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unexpected argument “%1”; see --help.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown view “%1”. Views: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CaseLoop could not create the demo database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CaseLoop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CaseLoop could not open the database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open Another File…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open Database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CaseLoop databases (*.db *.sqlite);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the view “%1” did not finish loading in time; no screenshot written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot write the screenshot to “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start with the view NAME: %1; or case:REF for the case screen of the case REF.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“--view case:REF” needs a case reference, e.g. case:CL-2026-000001.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no case with the reference “%1” in %2.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ViewRegistry</name>
        <message>
            <source>Overview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The figures of this database at a glance.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your case queue will appear here: search, filter and open cases to log contacts and promises.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-ups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-ups due today and overdue will be listed here, with calls, messages and field visits.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Feedback</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Survey responses from debtors and clients will be collected and reviewed here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Complaints</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Complaints will be registered, investigated and resolved here, with their deadlines.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dashboards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Satisfaction and complaint rates per agent and team will be charted here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reports</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reports for supervisors, clients and regulators will be created and exported here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Audit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The tamper-evident record of every change will be browsed and verified here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Users, teams, contact rules, surveys and outcome codes will be managed here.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>caseloop</name>
        <message>
            <source>The database is busy: another CaseLoop window or program is writing to it. Try again in a moment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database is read-only. Ask your administrator for write access, or open a copy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file is not a CaseLoop database or is damaged. Restore a backup or open another file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The disk is full. Free some space and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database file cannot be opened. Check that the folder exists and that you may write to it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The change was refused because it conflicts with existing data (%1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A database error occurred while %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The number of agents must be between 1 and %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The number of cases must be between 0 and %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The number of months must be between 1 and %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The end date of the demo history must be a valid date between 2000 and 2200.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>calls</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>text messages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e-mails</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>letters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>visits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not an ISO 8601 time with offset (e.g. 2026-03-08T13:30:00Z): '%1'</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not a date (YYYY-MM-DD) or an ISO 8601 time: '%1'</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown value '%1' (expected one of: %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1, line %2: expected the header %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1, line %2: expected %3 columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1, line %2: no time zone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1, line %2: unknown IANA time zone '%3'</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>caseloop::AboutDialog</name>
        <message>
            <source>About CaseLoop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Case management for debt-collection agencies, with a closed feedback loop.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Version:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Licence:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Qt version:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Database:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>caseloop::ContactGate</name>
        <message>
            <source>dispute pending verification</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>request to cease communication</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>bankruptcy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>debtor deceased</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>represented by an attorney</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>hardship</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>do not call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>employer prohibits contact at work</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>original creditor's name requested</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>severe complaint open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>paid, confirmation pending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No rule profile given</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No valid contact time given</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>caseloop::Database</name>
        <message>
            <source>preparing a statement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>running a statement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>running a query</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>caseloop::DemoGenerator</name>
        <message>
            <source>Internal error while generating demo data.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database is open read-only; demo data needs write access.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Demo data cannot be generated inside another transaction.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database already holds users or cases. Demo data can only be generated into a new, empty database; create one with “caseloop-cli init --db NEW_FILE”.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>caseloop::Evaluator</name>
        <message>
            <source>Hold "%1" blocks %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hold "%1" since %2 blocks %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hold "%1" is active: take care</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hold "%1" is active since %2: take care</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The debtor opted out of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The debtor's local time is unknown: no time zone follows from the stated zone, the address or the phone numbers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outside calling hours in %1: %2 local (allowed %3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outside contact hours in %1: %2 local (allowed %3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Call limits not applied: direct prior consent given on %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 calls already placed today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Call limit reached: %1 counted calls in the last %2 days (limit %3); the window frees up on %4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quiet period after a conversation on %1 (day %2 of %3): no calls before %4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Daily limit reached: %1 connected calls today in %2 (limit %3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Daily attempt limit for this number reached: %1 attempts today (limit %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No valid phone number for %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No valid e-mail address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No postal address for %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Third parties may be contacted only when the debtor cannot be reached; the debtor was reached on %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>caseloop::MainWindow</name>
        <message>
            <source>%1 — CaseLoop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open Database…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;User Guide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;About CaseLoop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 · %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed in as %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Schema %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Database schema version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open Database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CaseLoop databases (*.db *.sqlite);;All files (*)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>caseloop::OverviewView</name>
        <message>
            <source>Overview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Switch views with Ctrl+1 to Ctrl+9 or the list on the left; press F5 to refresh these figures.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Debtors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contacts logged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open follow-ups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pending promises to pay</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Survey responses</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open complaints</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Active agents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 open</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>placed by %n client(s)</source>
            <translation>
                <numerusform>placed by %n client</numerusform>
                <numerusform>placed by %n clients</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 in the last 30 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>of %1 promises in total</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>average overall rating %1 / 5</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no ratings yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>of %1 received in total</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>in %n team(s)</source>
            <translation>
                <numerusform>in %n team</numerusform>
                <numerusform>in %n teams</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 · loading figures…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 · the figures could not be loaded: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 · schema version %2 · updated %3</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>caseloop::RuleProfile</name>
        <message>
            <source>'%1' is not a time HH:MM between 00:00 and 24:00</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be later than start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'%1' is not a valid profile id (lower-case letters, digits, '-', '_', '.')</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown IANA time zone '%1'</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown channel (expected one of: %1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'%1' is also listed in counted_outcomes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>required when max_connected_per_day is set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown hold type (expected one of: %1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>expected "all", "none" or an array of channels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rule profile file not found: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot read rule profile file %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: not valid JSON</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown rule profile '%1' (shipped: %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'%1' is not an ISO 3166-1 alpha-2 code</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>caseloop::ScenarioRunner</name>
        <message>
            <source>unknown IANA time zone '%1'</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>caseloop::UserGuideDialog</name>
        <message>
            <source>CaseLoop User Guide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The user guide is missing from this installation.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>caseloop::ZoneResolver</name>
        <message>
            <source>Missing built-in table %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1, line %2: '%3' is not a NANP area code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1, line %2: duplicate area code %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1, line %2: duplicate region %3</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>caseloop::jsonfields::ObjectReader</name>
        <message>
            <source>expected an object</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(top level)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>missing required field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>expected a string</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>expected an integer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is out of range (%2–%3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>expected true or false</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>expected an array of strings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown value '%1' (expected one of: %2)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>nlohmann</name>
        <message>
            <source>missing required field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>expected an array</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CaseLabels</name>
        <message>
            <source>Call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SMS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Letter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Field visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outbound</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Inbound</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dispute pending verification</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cease communication</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bankruptcy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deceased</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Represented by an attorney</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hardship pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Do not call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Employer prohibits contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Original creditor request</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Severe complaint open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paid, pending confirmation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Once</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Weekly</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every two weeks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Monthly</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Acknowledged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Investigating</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resolved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closed</source>
            <comment>complaint status</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Low</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Medium</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>High</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Critical</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone call-back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Web</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Third party</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Internal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Debtor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>mobile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>home</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>work</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The debtor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A relative</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Another person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nobody</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Supervisor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compliance officer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Administrator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1, %2</source>
            <comment>day, time</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CaseLoader</name>
        <message>
            <source>The case no longer exists. It may have been removed; go back to the case list and refresh it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DeleteContactCommand</name>
        <message>
            <source>deletion of the contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The deleted contact cannot be restored: the contact rules block it now (%1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The deleted contact cannot be restored: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The contact can no longer be deleted: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EditContactCommand</name>
        <message>
            <source>edit of the contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The edit can no longer be undone: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The edit can no longer be redone: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>caseloop::CaseComplaintModel</name>
        <message>
            <source>Reference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Severity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resolve by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Description</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>caseloop::CaseFeedbackModel</name>
        <message>
            <source>%1 / %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Respondent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overall</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attitude</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Efficiency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>NPS</source>
            <comment>net promoter score 0-10</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Comment</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>caseloop::CaseFollowUpModel</name>
        <message>
            <source>Done %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 · at %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>State</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>caseloop::CasePaymentModel</name>
        <message>
            <source>promise due %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not matched</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paid on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Matched to</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>caseloop::CasePromiseModel</name>
        <message>
            <source>%1 of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>single</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Instalment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Made</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>caseloop::CaseScreenView</name>
        <message>
            <source>Details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to the case list (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Log contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Log a contact on this case (Ctrl+L)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Promise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Log a contact with a promise to pay (Ctrl+P)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo the last edit or deletion (Ctrl+Z)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Redo (Ctrl+Shift+Z)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No contacts on this case yet. Press Ctrl+L to log the first one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No follow-ups planned. Plan the next step when you log a contact.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No promises or payments yet. Press Ctrl+P to record a promise to pay.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No survey responses about this case.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No complaints about this case.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 · %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-ups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Promises</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Feedback</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Complaints</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Payments: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The case %1 could not be loaded. %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The contact was not changed. %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The contact was not deleted. %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The amendment note was not added. %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Editable until %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add amendment note…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete Contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the %1 of %2 (%3)?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You can undo this with Ctrl+Z while the grace period lasts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add Amendment Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The contact itself stays as it was logged; the note is added under it with your name and the time.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>caseloop::CaseSummaryPanel</name>
        <message>
            <source>Contact now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Holds and opt-outs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-mails</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Original creditor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Client reference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Placed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Placed balance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Current balance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Payments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loading…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Case %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>workplace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>opted out — do not call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>opted out</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%1 in %n payment(s)</source>
            <translation>
                <numerusform>%1 in %n payment</numerusform>
                <numerusform>%1 in %n payments</numerusform>
            </translation>
        </message>
        <message>
            <source>✔ Calling allowed now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✖ Calling blocked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warning: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next allowed at %1 (your time).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next allowed at %1 debtor's time (%2 your time).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No time is known at which calling would be allowed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 of %2 calls this week</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%1 of %2 calls in %n day(s)</source>
            <translation>
                <numerusform>%1 of %2 calls in %n day</numerusform>
                <numerusform>%1 of %2 calls in %n days</numerusform>
            </translation>
        </message>
        <message>
            <source>Checking the contact rules…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The contact rules could not be checked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; %2 · %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Debtor's local time unknown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Debtor's local times (every zone must allow a contact):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Debtor's local time:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>since %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>until %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Do not call %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-mail opt-out %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No holds or opt-outs</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>caseloop::CaseTimelineModel</name>
        <message>
            <source>user %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 in %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>RPC</source>
            <comment>right-party contact</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Met: %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n attachment(s)</source>
            <translation>
                <numerusform>%n attachment</numerusform>
                <numerusform>%n attachments</numerusform>
            </translation>
        </message>
        <message>
            <source>logged under a supervisor override</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Can be edited until %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>↳ Amendment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Direction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Debtor's time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>RPC</source>
            <comment>column: right-party contact</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>caseloop::ContactEditDialog</name>
        <message>
            <source>Edit Contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 of %2. You can change it until %3; after that only an amendment note can be added.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Right-party contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>caseloop::LogContactForm</name>
        <message>
            <source>Log contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close the form (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;hannel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Direction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-&amp;mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Right-party contact (spoke with the debtor)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What was said or done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Field visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who was met</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>GPS (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>latitude</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>longitude</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attachments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add files…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next &amp;follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Promise to pay</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One payment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Instalments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due (first)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Override…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only a supervisor can override the contact rules. Ask a supervisor to override.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the contact (Ctrl+Enter or Ctrl+S)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+Enter saves</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>opted out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose an outcome…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (creates a hold: %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the amount to see the schedule.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… and %n more</numerusform>
                <numerusform>… and %n more</numerusform>
            </translation>
        </message>
        <message>
            <source>%1. %2 — %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The contact rules could not be checked: %1 They are checked again when you save.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Allowed now under the contact rules.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warning: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This %1 is blocked by the contact rules:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next allowed at %1 (your time).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No time is known at which it would be allowed.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Override recorded: you may save this contact once within %n minute(s).</source>
            <translation>
                <numerusform>Override recorded: you may save this contact once within %n minute.</numerusform>
                <numerusform>Override recorded: you may save this contact once within %n minutes.</numerusform>
            </translation>
        </message>
        <message>
            <source>Attach files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Photos and documents (*.jpg *.jpeg *.png *.pdf);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everything you entered is still in the form: correct it and save again, or copy your notes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The contact was not saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the outcome of the contact.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the amount of the promise, or untick “Promise to pay”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The contact rules block it now (see the reasons above).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact saved at %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discard the contact?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discard the contact you started logging?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The outcome, notes and other entries will be lost.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep Editing</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>caseloop::OverrideDialog</name>
        <message>
            <source>Override the contact rules</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>This %1 is blocked by the contact rules. As %2 you may allow it once, within %n minute(s). The override and your reason are written to the audit log.</source>
            <translation>
                <numerusform>This %1 is blocked by the contact rules. As %2 you may allow it once, within %n minute. The override and your reason are written to the audit log.</numerusform>
                <numerusform>This %1 is blocked by the contact rules. As %2 you may allow it once, within %n minutes. The override and your reason are written to the audit log.</numerusform>
            </translation>
        </message>
        <message>
            <source>Rules being overridden:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Reason (required):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why this contact must happen now, e.g. “Debtor asked to be called back at this time today”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Override</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type the reason for the override.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The override was not recorded. %1</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
