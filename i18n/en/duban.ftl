# duban's English message catalog.
#
# Style: sentence case; no CJK anywhere in this file (i18n::tests checks it).
# Dates are 2020-03-31; items are "item 12" in sentences and #12 on lists and cards.
# Terms: item, plan, office, member, lead (office), co-operating (office), status
# (not started / in progress / blocked / done), measure, target, note, deadline,
# report, cycle, urge, reply, close-out, confirmation, reopen, supervisor, retire,
# restore, undo, indicator, source, history, bulletin, stand-up.
#
# Each section belongs to one part of the program; add new messages before the
# section's "end of" comment. Ids are the section's name, then lowercase English
# words joined by hyphens, the same as in the Chinese catalog.

## board: src/tui (the board: bars, columns, cards, popups, help)

# end of board

## desk: src/tui (the board's item desk: add form, edit, retire, deadlines)

# end of desk

## sv: src/tui (the board's supervision screens: urges, reports, close-outs)

# end of sv

## cli: src/cli (command messages, errors and warnings)

cli-created-db = created a new database at { $path }

# end of cli

## help: src/cli (clap help, usage errors, the man page)

# Command descriptions: help-about-<path>, the path's spaces as hyphens.
help-about = a terminal task board for a department's annual work plan
help-long-about =
    duban tracks the items of an annual work plan on a kanban board in the terminal, shared by everyone who opens the same database.

    With no command it opens the board. A new database starts with the embedded 2020 work plan of the Hunan Department of Education.
    Each command's help: duban COMMAND --help (for example duban show --help).
help-about-import = Import a plan document, or re-import it (statuses, notes and ticks are kept)
help-about-list = List the items
help-about-show = Show one work item in full (with its reports, urges and close-out)
help-about-history = Show an item's history: every change, who made it and when
help-about-move = Move an item to another status
help-about-note = Add a note to an item; prints the new note's id
help-about-tick = Tick one of an item's measures as done (or, with --undone, not done)
help-about-offices = Every office with its items counted by status, as lead and as co-operator
help-about-plans = The plans in the database: id, title, document number, date, items, import time
help-about-export = Export the whole plan: JSON, a CSV table, a Markdown report for a meeting or the Excel ledger
help-about-members = Who belongs to which office
help-about-member = Add someone to an office, remove them, or change the name shown for them
help-about-member-add = Add USER to OFFICE (name, alias or pinyin initials)
help-about-member-remove = Remove USER from OFFICE
help-about-member-rename = Change the name shown for USER
help-about-cycle = The reporting cycle and the current period; `cycle set` changes it
help-about-cycle-set = Change the reporting cycle
help-about-report = Record the lead office's progress report for the current period
help-about-urge = Urge an item's lead office (supervisors)
help-about-reply = Reply to the open urges on an item (its lead office)
help-about-confirm = Confirm a done item's close-out (supervisors)
help-about-reopen = Move a done item back to in progress, with the reason
help-about-undo = Undo your last change on the plan (made by any board or command), unless someone changed that item since
help-about-bulletin = The supervision bulletin of a period: overall, offices, lagging items, urges
help-about-standup = An office's stand-up: what moved, notes, ticks, what is late or idle
help-about-due = Set an item's deadline
help-about-backup = Copy the whole database to a new file (safe while boards are open)
help-about-restore = Replace the whole database with a copy made by `duban backup`; what it replaces is kept next to the database (open boards show the restored data)
help-about-indicator = Record the current value of an item's indicator (see `duban show N`)
help-about-add = Add a supervised item that is not in the plan (into this year's supervised items, or --plan)
help-about-edit = Correct an item: in $EDITOR, or one field at a time with the options
help-about-retire = Retire an item: take it off the board (merged, cancelled, a duplicate); nothing is deleted
help-about-restore-item = Bring a retired item back to the board
help-about-notice = Write an item's urge notice for its lead office, as a Word document
help-about-config = Where the config, keymap and database files are, and the settings in force
help-about-completions = Print a shell completion script (see the README for where to put it)
help-about-man = Print the manual page (roff): duban man > duban.1
help-about-help = Print this message or the help of the given subcommand(s)
# Arguments: help-arg-<path>-<argument>, or help-arg-<argument> for one that
# means the same in every command.
help-arg-help = Print help
help-arg-version = Print version
help-arg-db = The database file [default: the platform data directory, e.g. ~/.local/share/duban/duban.db]
help-arg-actor = Record changes under this name instead of your OS account (root and supervisors only, once anyone belongs to an office; the history names both)
help-arg-lang = The interface language: zh (Chinese, the default) or en (English)
help-arg-plan = The plan to open (see `duban plans`); default: the newest
help-arg-office = Open the board filtered to this office (name or alias)
help-arg-lead = With --office: only the items that office leads
help-arg-number = The item number
help-arg-format = The output format
help-arg-import-file = The plan document: .txt (UTF-8 or GB18030), .docx, .xlsx/.xls/.ods or .html
help-arg-import-dry-run = Show how the document is read (title, sections, items, warnings) and write nothing; with an existing database, also where the document differs from corrections made by hand
help-arg-import-format = With --dry-run: text for reading, json for scripts
help-arg-import-prefer-document = Take the document's text even where someone corrected an item by hand
help-arg-list-office = Only items this office leads or co-operates on (name or alias)
help-arg-list-status = Only items with this status: todo, doing, blocked, done (or their Chinese names)
help-arg-list-retired = Only the retired items (see `duban retire`)
help-arg-list-all = Every office's items, for a member of one office (who sees their own by default)
help-arg-list-no-bom = With --format csv: the machine form (no byte order mark, English headers and keys), which the English interface gets anyway
help-arg-move-status = The new status: todo, doing, blocked, done (or their Chinese names)
help-arg-move-note = With done: the close-out statement, which done requires
help-arg-note-text = The note's text; `-` reads it from standard input
help-arg-tick-measure = The measure's number within the item (1 is the first)
help-arg-tick-undone = Mark it not done instead
help-arg-export-format = The output: md is a report for a meeting, xlsx the ledger as an Excel workbook (needs --output)
help-arg-export-bom = With --format csv: start with a UTF-8 byte order mark, so spreadsheet programs read the Chinese right (the Chinese interface's default)
help-arg-export-no-bom = With --format csv: the machine form (no byte order mark, English headers and keys), which the English interface gets anyway
help-arg-export-output = Write to this file (required for xlsx) instead of standard output
help-arg-member-add-user = The user (the system account name)
help-arg-member-add-office = The office (name, alias or pinyin initials)
help-arg-member-add-supervisor = As a supervisor (supervisors belong to the supervising office)
help-arg-member-add-name = The name shown for USER in the history, bulletins and notices
help-arg-member-add-allow-unknown = Add an account this machine does not have (a remote user on a server)
help-arg-member-remove-user = The user (the system account name)
help-arg-member-remove-office = The office (name, alias or pinyin initials)
help-arg-member-rename-user = The user (the system account name)
help-arg-member-rename-name = The new name shown for USER
help-arg-cycle-set-kind = The cycle: weekly, monthly or quarterly
help-arg-cycle-set-due-day = Reports are due by this day: of the month (monthly: 1–31; quarterly: of the quarter's last month), or the weekday (weekly: 1 Monday … 7 Sunday)
help-arg-report-text = The report's text; `-` reads standard input
help-arg-urge-text = What is asked
help-arg-urge-reply-by = The date a reply is due, YYYY-MM-DD
help-arg-reply-text = The reply; `-` reads standard input
help-arg-reopen-reason = Why it is reopened
help-arg-bulletin-period = The period: 2020-06, 2020-W24 or 2020-Q2 [default: the current one]
help-arg-bulletin-format = text, md, json or docx (a Word document; needs --output)
help-arg-bulletin-output = Write to this file (required for docx) instead of standard output
help-arg-standup-office = Only this office (name or alias); default: every office
help-arg-standup-since = From when: a duration (1d, 8h, 30m), a date (2020-06-01) or `last` (your previous stand-up) [default: the start of the last working day]
help-arg-standup-all = Every office, for a member of one office (who sees their own by default)
help-arg-due-date = The date, YYYY-MM-DD
help-arg-backup-file = The new file
help-arg-backup-force = Overwrite FILE if it exists
help-arg-restore-file = The copy, made by `duban backup`
help-arg-indicator-ordinal = Which indicator: 1 for the first the target states
help-arg-indicator-value = The value, e.g. 85 or 85%
help-arg-add-title = The item's title
help-arg-add-lead = The lead office (name, alias or pinyin initials)
help-arg-add-co = A co-operating office; repeat for several
help-arg-add-due = The deadline: a date (2026-06-30) or a phrase as plans write it
help-arg-add-source = Where it comes from: instruction, meeting, assigned, proposal, letter, plan, other (or their Chinese names)
help-arg-add-source-ref = The reference: the instruction's number, who gave it, the meeting
help-arg-add-requirement = What is asked of the lead office
help-arg-add-level = How urgent: normal, key or urgent (or their Chinese names)
help-arg-edit-title = The new title
help-arg-edit-lead = The new lead office (name, alias or pinyin initials)
help-arg-edit-co = The co-operating offices (replace them all; repeat for several; "" for none)
help-arg-edit-due = The new deadline: a date (2026-06-30) or a phrase as plans write it
help-arg-edit-target = The new target
help-arg-retire-reason = Why it is retired
help-arg-notice-output = The .docx file to write
help-arg-notice-reply-by = The date a reply is due, YYYY-MM-DD [default: the item's deadline]
help-arg-completions-shell = bash, zsh, fish, elvish or powershell
# Placeholders: help-value-<name>.
help-value-number = NUMBER
help-value-text = TEXT
help-value-file = FILE
help-value-path = PATH
help-value-name = NAME
help-value-status = STATUS
help-value-measure = MEASURE
help-value-date = DATE
help-value-reason = REASON
help-value-ordinal = ORDINAL
help-value-value = VALUE
help-value-user = USER
help-value-office = OFFICE
help-value-kind = KIND
help-value-period = PERIOD
help-value-when = WHEN
help-value-format = FORMAT
help-value-lang = LANG
help-value-id = ID
help-value-source = SOURCE
help-value-title = TITLE
help-value-level = LEVEL
help-value-shell = SHELL
help-value-n = N
help-value-command = COMMAND
# clap's own words in a help page or a usage error.
help-usage-line = Usage: { $usage }
help-usage-options = [OPTIONS]
help-heading-commands = Commands:
help-heading-arguments = Arguments:
help-heading-options = Options:
help-note-default = [default: { $value }]
help-note-possible-values = [possible values: { $values }]
help-note-env = [env: { $variable }]
help-note-aliases = [aliases: { $aliases }]
help-list-separator = {", "}
help-error-unknown-command = unrecognized subcommand '{ $command }'
help-error-unknown-command-near = unrecognized subcommand '{ $command }'; did you mean '{ $near }'?
help-error-unknown-option = unexpected argument '{ $option }' found
help-error-unknown-option-near = unexpected argument '{ $option }' found; did you mean '{ $near }'?
help-error-unexpected-argument = unexpected argument '{ $arg }' found
help-error-missing-argument = the following required arguments were not provided: { $args }
help-error-missing-command = a subcommand is required; choose one of: { $commands }
help-error-repeated = the argument '{ $arg }' cannot be used multiple times
help-error-conflict = the argument '{ $arg }' cannot be used with '{ $other }'
help-error-no-equals = an equal sign is needed when giving a value to '{ $arg }': { $arg }=VALUE
help-error-value-count = wrong number of values for '{ $arg }'
help-error-invalid-utf8 = the command line has bytes that are not UTF-8
help-error-other = { $error }
help-error-see-help = For more information, try '{ $command } --help'.
# The manual page (duban man).
help-man-name = NAME
help-man-synopsis = SYNOPSIS
help-man-description = DESCRIPTION
help-man-options = OPTIONS
help-man-commands = COMMANDS
help-man-keys = KEYS
help-man-keys-intro = The board's default keys, by view; keymap.toml (see FILES) rebinds them. On the board, ? lists the keys of the view you are in.
help-man-environment = ENVIRONMENT
help-man-files = FILES
help-man-exit-status = EXIT STATUS
help-man-exit-success = success
help-man-exit-error = an error (a file, the database, the system)
help-man-exit-usage = a command line duban cannot take: an unknown command, option, number or status
help-man-exit-refused = refused by the supervision rules (the message says who may)
help-man-env-db = the database file (as --db)
help-man-env-lang = the interface language: zh or en (as --lang)
help-man-env-now = pins the clock (a date, a local time or RFC 3339) for demonstrations and tests; once anyone belongs to an office only root and supervisors may set it, anyone else is refused (exit status 3)
help-man-env-config-dir = the folder of config.toml and keymap.toml
help-man-env-theme = the colours: dark, light or mono
help-man-env-no-color = any non-empty value turns colours off
help-man-env-colorfgbg = the terminal's foreground and background, to pick the dark or light palette
help-man-env-busy-timeout = how long a command waits for another program's write lock (milliseconds, default 30000)
help-man-env-max-import = the largest file import reads (megabytes, default 64)
help-man-env-presence-timeout = after how long without a heartbeat a board that cannot lock is taken for gone (milliseconds, default 90000)
help-man-env-editor = the external editor E and Ctrl+O open (default vi)
help-man-env-tz = the time zone times are shown in
help-man-env-xdg-data-home = the data directory of the default database (Linux)
help-man-file-db = the default database (Linux; on macOS ~/Library/Application Support/duban/duban.db)
help-man-file-wal = SQLite's write-ahead log and shared-memory files beside the database; do not delete or replace them while boards are open
help-man-file-presence = the lock file boards use to show who is here (never written to)
help-man-file-before-restore = what duban restore replaced, kept beside the database
help-man-file-config = settings (language, colours, mouse); duban config prints those in force
help-man-file-keymap = rebound keys, one section per view (see KEYS); a file others could write is not read

# end of help

## export: src/cli (exports, bulletins, stand-ups, ledgers, notices: headers and labels)

# end of export

## store: src/store (refusals and errors from the store and the rules)

# end of store

## plan: src/plan (import warnings, readers' errors, the domain's labels)

# end of plan
