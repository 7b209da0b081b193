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

# end of help

## export: src/cli (exports, bulletins, stand-ups, ledgers, notices: headers and labels)

# end of export

## store: src/store (refusals and errors from the store and the rules)

store-not-duban = { $path }: not a duban database (it has tables duban did not create); it was left untouched
store-too-new = { $path }: written by a newer duban (schema version { $found }, this build knows up to { $supported }); it was left untouched — upgrade duban
store-open-failed = { $path }: cannot open the database: { $reason }
store-create-failed = { $path }: cannot create the database: { $reason }
store-no-folder = { $dir }: no such folder; a new database is created only in a folder that exists (for { $path })
store-dangling-link = { $path }: a symbolic link to { $target }, which does not exist; no database is created through a link
store-is-directory = { $path }: a directory, not a database file
store-not-a-file = { $path }: not a regular file (a pipe, socket or device), not a database file
store-not-sqlite = { $path }: not an SQLite database; it was left untouched
store-permission-denied = { $path }: permission denied
store-no-plan = the database holds no plan yet
store-damaged = { $path }: the database is damaged ({ $detail }); it was left untouched
store-no-such-plan = no plan with id { $id }
store-no-such-item = no item { $number } in this plan
store-item-retired = item { $number } is retired; bring it back first with `duban restore-item { $number }`
store-no-such-item-id = no item with id { $id }
store-no-such-note = no note { $id }
store-no-such-measure = no measure { $ordinal } on item { $number }
store-no-such-indicator = no indicator { $ordinal } on item { $number } (it has { $count })
store-not-your-note = note { $id } was written by { $author }; only its author may change it
store-read-only = the database is read-only for you
store-blocked-by = { $path }: cannot write the database: { $file } belongs to { $owner } with mode { $mode }, so no one else can write it (a user who could only read the database probably left it). Fix: when no board is open, delete it (rm '{ $file }'), or have { $owner } run: chmod g+w '{ $file }'
store-writers-back = { $path }: a writer opened the database; open it again to follow its changes
store-file-replaced = { $path }: the database file was replaced (moved or copied over it) while it was open; nothing was written — open it again
store-copied-over = { $path }: the database file was overwritten in place (copied over) while it was open; its log (-wal) belongs to what was there before, so nothing more is written. Close every board, and use `duban restore FILE` to put a copy in place
store-log-lost = { $path }-wal (the database's log) was deleted while the database was open; nothing was written — open it again
store-log-missing = { $path }-wal (the database's log) is missing while its index (-shm) says it holds changes: it was deleted while a board had the database open. The file itself is sound and nothing was written; close the boards that have it open (they write those changes into the file as they close), then try again
store-not-supervising-office = supervisors belong to the supervising office, { $supervising }, not { $office }
store-no-such-member = { $user } is not a member of { $office }
store-no-such-office = no office "{ $name }"
store-group-not-office = "{ $name }" is a group of offices (several bodies), not one office: members join one office
store-needs-statement = moving item { $number } to done needs a completion statement
store-not-awaiting-confirmation = item { $number } is not waiting for confirmation
store-not-done = item { $number } is not done
store-leaves-done = item { $number } is done: it leaves done only when reopened with a reason, `duban reopen { $number } REASON` (R on the board)
store-urge-on-confirmed = item { $number } is closed and confirmed: there is nothing left to urge; reopen it first (`duban reopen { $number } REASON`)
store-reply-by-past = the reply-by date { $date } is in the past; it must be { $earliest } or later
store-no-open-urge = item { $number } has no open urge
store-due-not-a-date = "{ $input }" is not a date or a deadline (write 2026-06-30, or a phrase such as "by the end of June" as the plan writes it); nothing was saved
store-due-before-made = the deadline { $due } is before the item was made ({ $made }); nothing was saved
store-empty =
    { $what ->
        [report] the report
        [urge] the urge
        [reply] the reply
        [reason] the reason
        [title] the title
        [name] the name
       *[other] the text
    } is empty; nothing was saved
store-too-long =
    { $what ->
        [note] the note
        [report] the report
        [urge] the urge
        [reply] the reply
        [statement] the completion statement
        [reason] the reason
        [item] the item
        [name] the name
       *[other] the text
    } is too long (at most { $max } bytes); nothing was saved
store-tampered = { $path }: the database's schema was changed by another program ({ $what }); duban does not open it, so that nothing planted in it runs. It was left untouched: whoever manages the file can remove what was added (with sqlite3), or put a backup in its place while no board is open
store-corrupt = the database is damaged or was changed by another program ({ $reason }); nothing was written
store-corrupt-code = error code { $code }
store-corrupt-bad-value = a table holds a value duban never writes
store-busy = the database is busy: another program held its write lock too long ({ $reason }); nothing was written — try again
store-sqlite = database error: { $reason }
store-sqlite-cannot-open = the file does not exist or cannot be opened
store-sqlite-not-a-database = not an SQLite database
store-sqlite-busy = someone else is writing the database; try again shortly
store-sqlite-read-only = the database is read-only
store-sqlite-corrupt = the database is damaged
store-sqlite-permission = permission denied
store-sqlite-disk-full = the disk is full
store-sqlite-io = an error reading or writing the file
store-sqlite-too-big = too large
store-sqlite-constraint = conflicts with existing data
store-sqlite-other = SQLite error ({ $code })
store-io-not-found = no such file or folder
store-io-permission = permission denied
store-io-exists = already exists
store-io-is-directory = a folder, not a file
store-io-not-directory = a part of the path is not a folder
store-io-read-only-fs = the file system is read-only
store-io-storage-full = the disk is full
store-io-invalid-data = the contents cannot be read
store-io-interrupted = interrupted
store-io-broken-pipe = the output pipe was closed
store-io-other = system error ({ $code })
store-network-fs = { $path } is on { $fs }; SQLite's WAL is unsafe on network file systems — keep the database on a local disk of the shared server
store-fuse-fs = a FUSE file system (possibly sshfs)
store-refused-on-item =
    only { $who ->
        [anyone] anyone
        [lead-or-supervisors] members of { $lead } (lead office) and supervisors
        [lead-co-or-supervisors] members of { $lead } (lead office), of { $co } (co-operating) and supervisors
        [lead] members of { $lead } (lead office)
        [supervisors] supervisors ({ $supervising })
       *[no-supervisors] supervisors, and there are none yet (add one with `duban member add USER OFFICE --supervisor`)
    } may { $act ->
        [move] move
        [report] report on
        [close] close
        [reopen] reopen
        [reopen-confirmed] reopen the confirmed
        [tick] tick the measures of
        [note] add notes to
        [urge] urge
        [reply] reply to urges on
        [confirm] confirm the close-out of
        [edit-item] correct
        [edit-work] correct the target and measures of
        [retire] retire or restore
       *[other] change
    } item { $number }; { $actor } is not one of them
store-refused =
    only { $who ->
        [anyone] anyone
        [lead-or-supervisors] members of { $lead } (lead office) and supervisors
        [lead-co-or-supervisors] members of { $lead } (lead office), of { $co } (co-operating) and supervisors
        [lead] members of { $lead } (lead office)
        [supervisors] supervisors ({ $supervising })
       *[no-supervisors] supervisors, and there are none yet (add one with `duban member add USER OFFICE --supervisor`)
    } may { $act ->
        [members] change memberships
        [cycle] change the reporting cycle
        [act-as] act as someone else
        [import] import plans
        [restore] restore the database from a copy
        [add-item] add items
       *[other] do this
    }; { $actor } is not one of them
store-refused-no-lead = its lead office

store-schema-object = { $kind } "{ $name }"
store-schema-object-on = { $kind } "{ $name }" on { $table }
store-foreign-added = { $object } is not duban's
store-foreign-changed = { $object } was changed by hand
store-foreign-missing = { $object } is missing
store-foreign-version-set-back = its schema version was set back to { $version } while it was open

# end of store

## plan: src/plan (import warnings, readers' errors, the domain's labels)

plan-status-todo = To do
plan-status-doing = In progress
plan-status-blocked = Blocked
plan-status-done = Done
plan-source-instruction = instruction
plan-source-meeting = meeting
plan-source-assigned = assigned
plan-source-proposal = proposal
plan-source-letter = letter
plan-source-plan = plan
plan-source-other = other
plan-level-normal = normal
plan-level-key = key
plan-level-urgent = urgent
plan-field-title = title
plan-field-target = target
plan-field-lead = lead office
plan-field-co = co-operating offices
plan-field-deadline = deadline
plan-field-source = source
plan-field-ref = reference
plan-field-requirement = requirement
plan-field-level = level
plan-field-measures = measures
plan-cycle-weekly = weekly
plan-cycle-monthly = monthly
plan-cycle-quarterly = quarterly
plan-period-week = week { $week } of { $year }
plan-period-month = { $year }-{ $month }
plan-period-quarter = Q{ $quarter } { $year }
plan-light-on-track = on track
plan-light-due-soon = due soon
plan-light-overdue = overdue
plan-due-not-a-date = "{ $input }" is not a date or a deadline (write 2026-06-30, or a deadline as the plan writes it)
plan-due-before-made = the deadline { $due } is before the item was made ({ $made })

plan-warn-section-out-of-order = section { $numeral } where section { $expected } was expected; read as written
plan-warn-item-number-repeated = duplicate item number { $number } (expected { $expected }); read as an item
plan-warn-item-number-backwards = item number goes backwards: { $number } (expected { $expected }); read as an item
plan-warn-numbered-line-in-item = numbered line { $number } read as part of the item above
plan-warn-number-too-large = item number { $digits } is not taken (items are numbered up to { $max }); the line and its fields are left out
plan-warn-item-number-gap = item { $number } follows item { $last }
plan-warn-after-closing =
    { $heading ->
        [section] section heading
        [sub] sub-heading
        [item] item heading
       *[other] heading
    } after the closing paragraph; read as written
plan-warn-label-outside-item = { $name } outside any item ignored (no item heading such as `1. Title` above it)
plan-warn-label-twice = item { $number }: { $name } given twice; texts joined
plan-warn-text-outside-field = text outside any field ignored
plan-warn-no-target = item { $number } has no target
plan-warn-no-measures = item { $number } has no measures
plan-warn-no-offices = item { $number } has no offices
plan-warn-numbers-not-unique = item numbers are not unique (they repeat, or restart under each heading): items are numbered 1, 2, 3… in document order
plan-warn-no-sections = no section headings; items belong to no section
plan-warn-table-row-not-read =
    table row not read: a table with columns { $columns }{ $missing ->
        [office] {" "}but no office column ({ $office_names })
        [task] {" "}but no task column ({ $task_names })
        [both] , none of them a task or an office column
       *[nothing] {""}
    } (no header row naming a task and an office column above it)
plan-warn-row-wider-than-header = table row has { $got } cells but its header has { $header } columns: the cells past the header are left out
plan-warn-undated-deadline = item { $number }: the deadline "{ $text }" gives no date; it is due at the plan's year end (set it with `duban due`)

# end of plan
