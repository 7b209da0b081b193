# duban's English message catalog.
#
# Style: sentence case; no CJK anywhere in this file (i18n::tests checks it).
# Dates are 2020-03-31; items are "item 12" in sentences and #12 on lists and cards.
# Formal documents (the bulletin, the notice) write dates as 31 March 2020 throughout.
# Terms: item, plan, office, member, lead (office), co-operating (office), status
# (not started / in progress / blocked / done), measure, target, note, deadline,
# report, cycle, urge, reply, close-out, confirmation, reopen, supervisor, retire,
# restore, undo, indicator, source, history, bulletin, stand-up.
#
# Each section belongs to one part of the program; add new messages before the
# section's "end of" comment. Ids are the section's name, then lowercase English
# words joined by hyphens, the same as in the Chinese catalog.

## board: src/tui (the board: bars, columns, cards, popups, help)

board-too-small =
    Terminal too small: { $w }x{ $h }
    { $min_w }x{ $min_h } needed
    Enlarge it, or press q to quit
board-no-cards = (none)
board-search-prompt = Search:{" "}
board-jump-prompt = Jump to item:{" "}
board-picker-title = Filter by office
board-picker-hint-lead = Tab lead only: on
board-picker-hint-all = Tab lead only: off
board-picker-none = No office matches
board-plans-title = Switch plan
board-plan-warnings =
    { $n ->
        [one] 1 warning
       *[other] { $n } warnings
    }
board-group-mark = {" "}(group)
board-plan-switched = Switched to: { $title }
board-only-one-plan = Only one plan; import another with duban import
board-help-title = Keys - { $view }
board-help-database = Database: { $path }
board-view-board = board
board-view-detail = detail
board-hint-move = move
board-hint-undo = undo my last change
board-hint-history = history
board-hint-nav = select
board-hint-edit = edit
board-hint-delete = delete
board-editor-new = New note
board-editor-edit = Edit note
board-confirm-delete = Delete this note? (y/n)
board-confirm-discard = Throw away the note you typed? (y/n)
board-closing = Closing
board-target = Target
board-offices = Offices
board-persons = Responsible leader
board-indicators = Indicators
board-not-recorded = not recorded
board-no-notes = No notes yet
board-no-history = No changes yet
board-history-older = … older changes: see duban history
board-history = History
board-notes-short = n
board-no-office = -
board-moved = Moved to { $status }
board-already-first = Already at the top
board-already-last = Already at the bottom
board-stale = Item { $n } was changed to "{ $status }" by { $by } at { $at }; reloaded, try again
board-note-saved = Note saved
board-note-deleted = Note deleted
board-not-your-note = Only your own notes can be changed or deleted
board-select-note = Select a note or a measure with j/k first
board-no-item = No item { $n }
board-filters-cleared = Filters cleared
board-read-only = The database is read-only; nothing saved
board-busy = The database is busy (another program holds its write lock); nothing saved, try again
board-error = Error: { $error }
board-keymap-warning = Keymap problem: { $warning }
board-config-warning = Config problem: { $warning }
board-online = also here: { $names }
board-read-only-banner = Read-only: you may not write to this database
board-read-only-refused = Read-only: nothing can be changed, you may not write to this database
board-undone = Undid the { $what } on item { $n }
board-undone-to = Undid the { $what } on item { $n }: back to { $value }
board-copied = Copied to the clipboard: { $line }
board-empty-column = No card in { $column }, so the key has nothing to act on; h/l change columns
board-copy-sent = Sent to the terminal's clipboard (it arrives if the terminal takes OSC 52): { $line }
board-copy-sent-tmux = Sent, but tmux does not pass it on: run `set -g set-clipboard on` in tmux, then y again: { $line }
board-matched-target = in target
board-matched-measure = in measure { $n }
board-matched-note = in a note
board-search-none = No item matches "{ $query }"
board-search-outside-office = No match among { $office }'s items; { $n } in other offices ({ $key } clears the office filter)
board-external-back = Took back what the editor saved; Enter saves the note
board-external-failed = The editor did not exit cleanly; the note is as it was: { $why }
board-due-word = due { $date }
board-selection-displaced = The card you had selected was moved by someone else; item { $n } is selected now. Press again to act on it
board-undo-nothing = Nothing to undo
board-undo-refused = Cannot undo: item { $n } was changed by { $by } at { $at } since
board-undo-gone = Item { $n }: the { $what } can no longer be undone (what it changed is gone); skipped
board-view-overview = overview
board-view-changes = changes
board-overview-title = {" "}Offices overview ({ $n }){" "}
board-col-office = Office
board-col-items = Items
board-col-lead = Lead
board-col-measures = Meas%
board-col-overdue = Late
board-col-bar = By status
board-ascending = ascending
board-descending = descending
board-no-offices = No offices
board-changes-title = Changes since your last visit ({ $at })
board-changes-title-first = Changes since your last visit
board-changes-first-visit = First visit: next time, the changes made in between are listed here
board-changes-none = No changes since your last visit
board-changes-title-opened = Changes since this board opened ({ $at }), yours included
board-changes-none-opened = No changes since this board opened; next time this counts from this visit
board-changes-me = you
board-changed-count = [*{ $n } changed]
board-date-prompt = Due (YYYY-MM-DD):{" "}
board-due-set = Item { $n } is now due { $date }
board-due-unchanged = Deadline unchanged: { $date }
board-behind-short = behind
board-col-todo = To do
board-col-doing = In progress
board-col-blocked = Blocked
board-col-done = Done

board-action-column-left = previous column
board-action-column-right = next column
board-action-down-editor = line down
board-action-down-board = next card
board-action-down-other = down
board-action-up-editor = line up
board-action-up-board = previous card
board-action-up-other = up
board-action-first-board = first
board-action-first-detail = first measure or note
board-action-first-other = first row
board-action-last-board = last
board-action-last-detail = last measure or note
board-action-last-other = last row
board-action-page-up = page up
board-action-page-down = page down
board-action-move-prev = move to previous status
board-action-move-next = move to next status
board-action-reorder-up = move up in column
board-action-reorder-down = move down in column
board-action-open = open detail
board-action-toggle-history = switch detail/history
board-action-external-editor = edit the note in $EDITOR
board-action-copy = copy the card as a line of text
board-action-toggle = toggle measure
board-action-add-note = add note
board-action-edit-note-detail = edit what is under the cursor: note, title, target, measure, offices, due
board-action-edit-note-other = edit note
board-action-delete-note-detail = delete the note or measure under the cursor (asks)
board-action-delete-note-other = delete note
board-action-office-picker = office filter
board-action-clear-office = clear office filter
board-action-plan-switcher = switch plan
board-action-toggle-lead-only = lead only on/off
board-action-search = search
board-action-jump = jump to number
board-action-undo = undo my last move, reorder, note, tick or deadline
board-action-set-due = set deadline
board-action-overview = offices overview
board-action-changes = changes since last visit
board-action-sort-next = next sort column
board-action-sort-reverse = reverse sort
board-action-confirm-editor = save
board-action-confirm-overview = board of this office
board-action-confirm-changes = open item
board-action-confirm-plans = switch to this plan
board-action-confirm-form = choose or next field
board-action-confirm-other = apply
board-action-report = report progress
board-action-confirm-done = confirm close-out (supervisors)
board-action-reopen = reopen a done item
board-action-urged = urges to answer
board-action-reply = reply to the urges
board-action-urge = urge this item (supervisors)
board-action-confirm-queue = items awaiting confirmation
board-action-quick-filter = quick filter (then a letter)
board-action-filter-overdue = overdue
board-action-filter-due-soon = due within 7 days
board-action-filter-blocked = blocked
board-action-filter-unreported = unreported this period
board-action-filter-urged = urged, no reply yet
board-action-filter-awaiting = awaiting confirmation
board-action-filter-source = by source (again: next)
board-action-clear-filter = quick filter off
board-action-record-indicator = record an indicator's value
board-action-add-item = add an item (supervisors)
board-action-add-measure = add a measure
board-action-retire-item = retire the item (supervisors)
board-action-next-field = next field
board-action-prev-field = previous field
board-action-save = save
board-action-newline = new line
board-action-delete-back = delete back
board-action-delete-forward = delete forward
board-action-cursor-left = cursor left
board-action-cursor-right = cursor right
board-action-line-start = line start
board-action-line-end = line end
board-action-clear-line = delete to line start
board-action-delete-word = delete word
board-action-yes = yes
board-action-no = no
board-action-help = help
board-action-back-board = clear search or filter
board-action-back-quick = close
board-action-back-editor = cancel
board-action-back-other = back
board-action-quit = quit
board-action-input = type

board-event-move = moved
board-event-tick = ticked a measure
board-event-untick = unticked a measure
board-event-note-add = added a note
board-event-note-edit = edited a note
board-event-note-delete = deleted a note
board-event-reorder-up = moved up
board-event-reorder-down = moved down
board-event-create = created
board-event-update = updated by import
board-event-import = imported
board-event-deadline = set the deadline
board-event-indicator = recorded an indicator
board-event-undo = undid
board-event-report = reported progress
board-event-urge = urged
board-event-urge-answer = answered an urge
board-event-close = closed
board-event-confirm = confirmed the close-out
board-event-reopen = reopened
board-change-move = move
board-change-reorder = reorder
board-change-note-add = new note
board-change-note-edit = note edit
board-change-note-delete = note deletion
board-change-measure = measure tick
board-change-deadline = deadline change
board-date-refused = "{ $input }" is not a date: write it as YYYY-MM-DD, e.g. 2020-06-30 ({ $reason })
board-date-not-iso = not in the form YYYY-MM-DD
board-date-no-month = no such month
board-date-no-day = no such day in that month
board-history-undo-of = undid #{ $n }: { $what }
board-history-undo-of-bare = undid #{ $n }
board-history-change = { $what } { $before } -> { $after }
board-history-text = { $what }: { $text }
board-history-tick = ticked measure { $n }
board-history-untick = unticked measure { $n }
board-history-edit-field = changed { $field }: { $before } -> { $after }
board-history-retire = retired: { $reason }
board-history-restore = restored (retired for: { $reason })
board-history-named = named { $user }: { $name }
board-history-renamed = renamed { $user }: { $old } -> { $name }
board-history-empty-value = (none)
board-history-heading-newest = History (newest first)
board-measures-count = Measures { $done }/{ $total }
board-indicator-line = { $mark } { $ordinal }. { $text }: { $actual } / { $direction } { $target }{ $met ->
        [yes] {" "}met
        [no] {" "}behind
       *[unknown] {""}
    }
board-office-lead = { $office } (lead)
board-list-separator = {", "}
board-notes-heading = Notes ({ $n })
board-note-edited = {" "}(edited)
board-section-numbered = Section { $n }: { $title }
board-section-number = Section { $n }
board-log-lost-reopened = the database's log (-wal) was deleted: nothing was written; the database was opened again — redo your last change
board-file-replaced-reopened = the database file was replaced: nothing was written; the database was opened again — redo your last change
board-log-lost-not-reopened = the database's log (-wal) was deleted: nothing was written, and it cannot be opened again: { $error }
board-file-replaced-not-reopened = the database file was replaced: nothing was written, and it cannot be opened again: { $error }
board-keymap-not-toml = not a valid keymap ({ $error }); the default keys are used
board-keymap-unknown-section = no section [{ $section }] (sections: board, detail, help and others; see the README)
board-keymap-not-table = [{ $section }] is not a table
board-keymap-unknown-action = [{ $section }] unknown action { $action }
board-keymap-not-list = [{ $section }] { $action }: write a list of keys, such as ["m"]
board-keymap-unknown-key = [{ $section }] { $action }: unknown key { $key }
board-sort-line = {" "}Sort: { $column } { $direction }   Key:
board-item-count =
    { $n ->
        [one] 1 item
       *[other] { $n } items
    }
board-with-aside = { $name } ({ $aside })
board-file-warning = { $path }: { $warning }
board-history-with-value = { $what } { $value }
board-title-count = {" "}{ $title } ({ $n }){" "}
board-header-office = [Office: { $office }]
board-header-office-lead = [Office: { $office }, lead only]
board-header-search = [Search: { $query }]
board-header-quick = [{ $filter }]
board-picker-prompt = Office:{" "}

board-overview-title-period = {" "}Offices overview ({ $n }) - period { $period }{" "}
board-editor-title-item = { $what } - { $n }. { $title }
board-detail-title = { $n }. { $title }  [{ $status }]
board-deadline-date = Due: { $date }
board-deadline-date-light = Due: { $date } [{ $light }]
board-deadline-date-words = Due: { $date }  { $words }
board-deadline-date-light-words = Due: { $date } [{ $light }]  { $words }
board-deadline-words = Due: { $words }
board-card-due = Due { $date }
board-card-overdue = overdue { $date }
board-card-due-soon = due soon { $date }
board-history-other = other change ({ $kind })
board-search-indexing = (indexing: what you type applies when it is ready)
board-server-lost = Lost the connection to the server; reconnecting by itself (what you type is kept)
board-server-down = offline: reconnecting{" "}
board-server-back = Reconnected to the server; changes made meanwhile are shown
board-server-not-sent = Not sent: the connection to the server is lost. Once reconnected the board shows what the server holds; try again if your change is not there
board-search-scanning = (searching: more results and the counts follow)
# end of board

## desk: src/tui (the board's item desk: add form, edit, retire, deadlines)

desk-quick-title = Quick filter
desk-overdue = overdue
desk-due-soon = due in 7 days
desk-blocked = blocked
desk-unreported = unreported
desk-urged = urged, no reply
desk-awaiting = awaiting confirmation
desk-source = source: { $source }
desk-quick-applied =
    { $n ->
        [one] Filter "{ $filter }": 1 item
       *[other] Filter "{ $filter }": { $n } items
    }
desk-quick-none = No item is "{ $filter }"; nothing filtered
desk-quick-cleared = Quick filter off
desk-quick-outside =
    { $n ->
        [one] The 1 item "{ $filter }" lies outside { $office }; { $key } clears the office filter
       *[other] All { $n } items "{ $filter }" lie outside { $office }; { $key } clears the office filter
    }
desk-no-sources = No item on the board has a source
desk-editor-urge = Urge item { $n }: what is asked (the reply-by date comes next)
desk-reply-by-prompt = Reply by (YYYY-MM-DD, may be empty):{" "}
desk-reply-by-past = { $date } has passed; the earliest is { $today }
desk-queue-empty = No item awaits confirmation
desk-queue-opened =
    { $n ->
        [one] 1 item awaits confirmation; { $key } confirms
       *[other] { $n } items await confirmation; { $key } confirms
    }
desk-ask-confirm = Confirm the close-out of item { $n } "{ $title }"? (y/n)
desk-confirm-cancelled = Not confirmed
desk-no-indicators = This item has no indicators
desk-select-indicator = Select an indicator with j/k first
desk-value-prompt = { $text } now ({ $unit }):{" "}
desk-not-a-number = "{ $input }" is not a number
desk-value-recorded = Recorded { $text }: { $value }
desk-form-new = New item
desk-form-offices = Offices of item { $n }
desk-field-title = Title
desk-field-lead = Lead office
desk-field-co = Co-operating
desk-field-due = Due
desk-field-source = Source
desk-field-ref = Reference
desk-field-requirement = Requirement
desk-field-none = (none)
desk-form-hint = Enter: offices, date; Left/Right: source; Backspace clears
desk-pick-lead = Lead office
desk-pick-co = Co-operating office (again: taken out)
desk-due-prompt = Due (YYYY-MM-DD or a phrase):{" "}
desk-needs-lead = Choose the lead office
desk-item-added = Added item { $n } "{ $title }" ({ $plan })
desk-confirm-discard-form = Throw away what the form holds? (y/n)
desk-title-prompt = Title:{" "}
desk-item-edited = Item { $n } changed: { $fields }
desk-item-unchanged = Nothing changed
desk-ask-remove-measure = Remove measure { $m } of item { $n } "{ $text }"? (y/n)
desk-measure-removed = Removed measure { $m } of item { $n }
desk-editor-target = Correct the target
desk-editor-measure = Correct measure { $m }
desk-editor-new-measure = New measure
desk-editor-retire = Why it comes off the board (merged into item 3, cancelled...)
desk-ask-retire = Retire item { $n } "{ $title }"? Reason: { $reason } (y/n)
desk-retired = Item { $n } retired; its history stays (duban restore-item { $n } brings it back)
desk-retire-cancelled = Not retired
desk-urged-done = Urged item { $n }
desk-urged-done-by = Urged item { $n }, reply by { $date }
desk-source-line = Source: { $source }
desk-ref-line = Reference: { $reference }

# end of desk

## sv: src/tui (the board's supervision screens: urges, reports, close-outs)

sv-mark-unreported = no-rpt
sv-mark-urged = urged
sv-mark-urge-overdue = urged!
sv-mark-awaiting = confirm?
sv-supervisor = supervisor
sv-banner = Urges awaiting a reply: { $n } (press { $key })
sv-urged-filter = [urges to answer]
sv-no-urges = No urges await a reply
sv-editor-report = Progress report { $period }
sv-editor-close = Close-out statement (Esc cancels)
sv-editor-reopen = Why reopen it
sv-editor-reply = Reply to "{ $text }"
sv-replied =
    { $count ->
        [one] Item { $n }: answered 1 urge
       *[other] Item { $n }: answered { $count } urges
    }
sv-no-urge-here = No urge on this item awaits a reply ({ $key } shows those that do)
sv-reopened = Item { $n } reopened: back to In progress
sv-not-done = Only done items can be reopened
sv-closed = Done
sv-closed-awaiting = Done; awaiting a supervisor's confirmation
sv-confirmed = Item { $n } confirmed
sv-not-awaiting = This item is not awaiting confirmation
sv-done-needs-no-report = Done items need no report
sv-close-cancelled = Close-out cancelled; the item was not moved
sv-needs-statement = Closing needs a close-out statement
sv-no-reports = No reports yet
sv-reply-by = reply by { $date }
sv-overdue = [overdue]
sv-unanswered = [awaiting reply]
sv-closeout = Close-out
sv-awaiting = awaiting confirmation
sv-answered-by-closeout = urge answered by the close-out statement: { $text }
sv-reopened-mark = reopened by { $by } { $at }: { $reason }
sv-col-due = Due
sv-col-made = Made
sv-col-missing = Miss
sv-col-reports = Rpts
sv-col-activity = 8 weeks
sv-chart-title = Progress by week
sv-chart-done = items done
sv-chart-ticked = measures ticked
sv-chart-hidden = Too small for the progress chart
sv-chart-empty = No progress recorded yet
sv-open-urge = Urge awaiting a reply: { $text }
sv-open-urge-by = Urge awaiting a reply: { $text } (reply by { $date })
sv-report-saved = Report for { $period } saved
sv-report-saved-answering = Report for { $period } saved, answering { $n ->
    [one] 1 urge
   *[other] { $n } urges
}
sv-report-replaced = Report for { $period } replaced (the first stays in the history)
sv-report-replaced-answering = Report for { $period } replaced (the first stays in the history), answering { $n ->
    [one] 1 urge
   *[other] { $n } urges
}
sv-confirmed-line = confirmed: { $who }  { $at }
sv-urges-heading = Urges ({ $n })
sv-answer-line = reply: { $who }  { $at }
sv-reports-heading = Progress reports ({ $n })

# end of sv

## cli: src/cli (command messages, errors and warnings)

cli-created-db = created a new database at { $path }
cli-warning-prefix = warning:{" "}
cli-error-cause = { $error }: { $cause }
cli-error-in-db = { $db }: { $error }
cli-no-home-dir = cannot find a home directory; pass --db PATH or set DUBAN_DB
cli-seed-unreadable = the embedded plan does not parse (a fault in duban itself; please report it)
cli-mkdir-failed = cannot create the directory { $dir }
cli-db-busy-waiting = the database is busy (another program holds its write lock); waiting up to { $seconds } s…
cli-config-office-refused = config.toml, office: { $reason }

# values on the command line
cli-value-missing = { $arg } needs a value
cli-value-missing-choices = { $arg } needs a value; choose one of { $choices }
cli-number-too-large = the number is too large
cli-number-missing = no number was given
cli-number-unsigned = write a whole number without a sign, such as 3
cli-value-choose = choose one of { $choices }
cli-invalid-value = invalid value "{ $value }" for { $arg }: { $reason }
cli-unknown-status = unknown status "{ $status }"; choose one of { $choices }
cli-unknown-choice = { $option }: unknown value "{ $value }"; choose one of { $choices }
cli-list-separator = {", "}
cli-choice = { $key } ({ $label })

# common
cli-stdin-unreadable = cannot read standard input
cli-note-added = { $number }: note { $note } added
cli-note-empty = the note is empty; nothing was saved
cli-bom-needs-csv = --bom goes with --format csv only
cli-cannot-read = cannot read { $name }
cli-not-imported = { $name }: not imported
cli-line-warning = { $name }: { $unit ->
    [block] block
    [row] row
   *[other] line
} { $at }: warning: { $message }
cli-imported-new = imported { $name } as plan { $plan }: { $title }
cli-imported-again = re-imported { $name } into plan { $plan }: { $title }
cli-import-counts = items: { $added } added, { $updated } updated, { $unchanged } unchanged{ $kept ->
    [0] {""}
   *[other] , { $kept } kept that the document no longer has
}; offices: { $offices } added
cli-retitled = { $name }: warning: item { $number }'s title changed from "{ $before }" to "{ $after }"; its status, notes and ticks stay with number { $number } — check that it is still the same item
cli-read-with-warnings = { $name }: read with { $n ->
    [one] 1 warning; check it
   *[other] { $n } warnings; check them
} with `duban import { $name } --dry-run`
cli-database-error = database error: { $reason }
cli-no-item = no item { $number }; the items are { $ranges }
cli-no-office = no office "{ $name }"; see `duban offices` for every office
cli-no-office-near = no office "{ $name }"; did you mean: { $near }?
cli-no-plan = no plan { $id }; the plans are: { $ids }
cli-date-not-in-form = not in the form YYYY-MM-DD
cli-date-no-month = no such month
cli-date-no-day = no such day in that month
cli-not-a-date = "{ $input }" is not a date: write it as YYYY-MM-DD, such as 2020-06-30 ({ $reason })
cli-no-indicators = item { $number } has no indicators
cli-no-indicator = no indicator { $ordinal } on item { $number }; choose 1–{ $count } (see `duban show { $number }`)

# the supervision loop
cli-empty-report = the report is empty; nothing was saved
cli-empty-urge = the urge is empty; nothing was saved
cli-empty-reply = the reply is empty; nothing was saved
cli-empty-reason = the reason is empty; nothing was saved
cli-empty-statement = the close-out statement is empty; nothing was saved
cli-empty-user = the user name is empty; write an account name, such as duban member add zhangsan OFFICE
cli-member-added = { $user } → { $office }{ $role ->
    [supervisor] {" "}(supervisor)
   *[member] {""}
}
cli-member-already = { $user } is already in { $office }{ $role ->
    [supervisor] {" "}(supervisor)
   *[member] {""}
}; nothing changed
cli-member-removed = { $user } removed from { $office }
cli-due-day-out-of-range = --due-day { $day } is out of range for a { $kind ->
    [weekly] weekly
    [monthly] monthly
   *[quarterly] quarterly
} cycle ({ $lo }–{ $hi })
cli-reported = { $number }: report for { $period }{ $replaced ->
    [yes] {" "}(replaced)
   *[no] {""}
}
cli-answered = { $number }: answered { $n ->
    [one] 1 urge
   *[other] { $n } urges
}
cli-urged = { $number }: urged
cli-urged-reply-by = { $number }: urged, reply by { $date }
cli-confirmed = { $number }: confirmed
cli-reopened = { $number }: reopened
cli-needs-statement = moving item { $number } to done needs a close-out statement: duban move { $number } done --note TEXT
cli-act-as-refused = only root and supervisors may act as someone else (--as { $claimed }); you are { $user }. Leave out --as to record under your own name
cli-needs-output = --format { $format } needs --output FILE
cli-bad-period = --period "{ $text }" is not a period; write it like { $example }
cli-bad-reply-by = --reply-by { $reason }
cli-written = wrote { $path }

# items added, edited and retired by hand
cli-empty-title = the title is empty; nothing was saved
cli-item-added = added item { $number } to { $plan_title } (plan { $plan }; give --plan { $plan } to other commands about it)
cli-item-changed = item { $number } { $field }: { $before } → { $after }
cli-item-unchanged = item { $number }: nothing changed
cli-editor-failed = the editor failed ({ $why }); item { $number } was not changed
cli-item-retired = retired item { $number } ({ $reason }); it is off the board and the lists, duban restore-item { $number } brings it back
cli-item-already-retired = item { $number } was retired already
cli-item-restored = item { $number } is back on the board
cli-item-not-retired = item { $number } is not retired
cli-no-retired = no retired items
cli-unknown-account = there is no account "{ $user }" on this machine; for a remote user on a server add --allow-unknown
cli-member-renamed = { $user } is shown as { $name }
cli-notice-written = wrote the urge notice of item { $number }: { $path }
cli-notice-needs-docx = the urge notice is written as a .docx file: --output must end in .docx
cli-kept-heading = corrected by hand (a re-import keeps the board's):
cli-kept-heading-document = corrected by hand (--prefer-document: the document's is taken):
cli-kept-field = item { $number } { $field }: the document says { $document }, the board was changed to { $board } (keeping the board's)
cli-kept-field-document = item { $number } { $field }: the document says { $document }, the board was changed to { $board } (taking the document's)
cli-not-in-document = no longer in the document (kept, not removed): { $numbers }
cli-offices-come-from-plans = { $refused }{ $ends ->
    [question] {" "}
   *[other] ;{" "}
}offices come only from imported plans (the offices a plan names); duban cannot make a new office on its own yet

# document formats and reading
cli-parse-empty = the file is empty
cli-parse-binary = not a text file (binary data at byte { $offset })
cli-parse-no-items = no item found (expected numbered items under numbered section headings)
cli-parse-not-a-plan = no item found: the document has { $seen }. duban reads numbered items under numbered headings, each with label lines (target, measures, offices, deadline…) or as one paragraph ending in a bracketed office clause; or a task table whose header row names a task column and an office column.
cli-read-too-large = larger than the import limit of { $limit } MB (set { $var } to a larger number of megabytes to raise it)
cli-read-bad-limit = { $var }="{ $value }" is not a whole number of megabytes (at least 1)
cli-format-old-word = { $name } is an old binary Word/WPS document (.doc/.wps); duban reads .docx: open it in Word or WPS and save as .docx, or copy its text into a .txt file
cli-format-presentation = { $name } is a PowerPoint/WPS presentation; duban reads plans as .docx, .xlsx, .html or text: copy the plan's text into a .txt file
cli-format-encrypted = { $name } is password-protected; save a copy without the password and import that
cli-format-pdf = { $name } is a PDF; duban does not read PDF (and a scanned PDF holds no text at all): copy the text out of it into a .txt file, or export it as .docx, and import that
cli-format-rtf = { $name } is an RTF document; duban does not read RTF: open it in Word or WPS and save as .docx, or copy its text into a .txt file
cli-format-unknown-zip = { $name } is a zip archive but not a Word .docx, Excel .xlsx or OpenDocument .ods file ({ $found }); open it in Word, WPS or Excel and save as .docx or .xlsx
cli-format-damaged = { $name } is a damaged { $container } file ({ $reason }); open it and save it again
cli-format-too-large-unpacked = { $name } would unpack to more than { $limit } MB; duban refuses it (a damaged file or a zip bomb)
cli-format-sheet-too-large = { $name }: sheet { $sheet } spans { $rows } rows × { $columns } columns (to cell { $corner }); duban reads at most { $limit } cells per sheet: delete the stray cells far from the table and save it again
cli-format-too-many-entries = { $name } holds more than { $limit } zip entries; duban refuses it
cli-format-too-deep = { $name } nests its elements more than { $limit } deep, which no article page does; duban refuses it (open it in a browser and copy the text into a .txt file)
cli-damage-truncated = truncated or not a complete zip archive
cli-damage-not-utf8 = { $part } is not UTF-8 XML
cli-damage-missing-part = its main part { $part } is missing
cli-damage-detail = { $detail }

# move, note, tick
cli-move-already = { $number }: already { $status }; nothing changed
cli-measure-done = done
cli-measure-not-done = not done
cli-tick-already = { $number }: measure { $measure } is already { $state }; nothing changed
cli-ticked = { $number }: measure { $measure }: { $before } → { $after }
cli-no-measure = item { $number } has no measure { $measure }; { $count ->
    [0] it has no measures
    [1] its only measure is 1
   *[other] its measures are 1–{ $count }
}

# backup and restore
cli-backup-is-db = { $name } is the database itself
cli-backup-exists = { $name } exists; choose another name, or add --force to overwrite it
cli-backup-is-dir = { $name } is a directory
cli-backup-cannot-replace = cannot replace { $name }
cli-backed-up = backed up to { $name }
cli-not-restored = { $name }: not restored
cli-restored = restored { $name } (schema { $version }); what it replaced is kept in { $safety }

# files written
cli-output-link = { $path }: a symbolic link; duban does not write through links (remove it, or choose another name)
cli-output-not-a-file = { $path }: not a regular file; duban writes only regular files
cli-output-io = cannot write { $path }: { $reason }

# config.toml and duban config
cli-config-file-problem = { $path }: { $problem }
cli-config-unreadable = { $path }: cannot read it ({ $reason }); using the defaults
cli-config-syntax = { $path }: line { $line } is not valid TOML, so none of the file was read; using the defaults (the parser says: { $detail })
cli-config-problems = { $path }: { $problems }
cli-config-separator = {"; "}
cli-config-unknown-near = { $line ->
    [0] {""}
   *[other] line { $line }:{" "}
}unknown setting "{ $key }" (did you mean { $near }?); ignored
cli-config-unknown = { $line ->
    [0] {""}
   *[other] line { $line }:{" "}
}unknown setting "{ $key }"; ignored (settings: { $known })
cli-config-want-choice = { $line ->
    [0] {""}
   *[other] line { $line }:{" "}
}{ $key } must be one of { $choices }, not "{ $value }"; ignored
cli-config-want-text = { $line ->
    [0] {""}
   *[other] line { $line }:{" "}
}{ $key } must be a quoted string, not "{ $value }"; ignored
cli-config-want-bool = { $line ->
    [0] {""}
   *[other] line { $line }:{" "}
}{ $key } must be true or false (no quotes), not "{ $value }"; ignored
cli-config-label-config = config
cli-config-label-keymap = keymap
cli-config-label-database = database
cli-source-default = (default)
cli-source-config = (config)
cli-source-env = (env { $var })
cli-source-flag = (flag { $flag })
cli-file-missing = { $path } (not there)
cli-no-home = (no home directory)
cli-office-all = (all)
cli-mouse-on = on
cli-mouse-off = off

# who records
cli-not-yours-owner = not read: it belongs to another user (uid { $uid }); a co-worker could change your keys and settings through it
cli-not-yours-writable = not read: others may write it (mode { $mode }); a co-worker could change your keys and settings through it — chmod go-w it
cli-on-behalf = { $actor } (recorded by { $by })

# duban plans
cli-plans-id = ID
cli-plans-doc-number = Doc No.
cli-plans-date = Date
cli-plans-items = Items
cli-plans-warnings = Warnings
cli-plans-imported = Imported
cli-plans-updated = Updated
cli-plans-title = Title

# duban export --format md
cli-md-other = Other
cli-md-status = Status
cli-md-lead = Lead office
cli-md-offices = Offices
cli-md-persons = Responsible leader
cli-md-progress = Progress
cli-md-deadline = Deadline
cli-md-indicators = Indicators
cli-md-notes = Latest notes
cli-md-total = Total
cli-md-field = { $label }: { $value }
cli-md-note = { $text } ({ $author }, { $at })

# duban import --dry-run
cli-dry-run-head = Dry run of { $name } (nothing is written)
cli-dry-run-format = Format: { $format }
cli-dry-run-title = Title: { $title }
cli-dry-run-doc-number = Doc No.: { $doc }
cli-dry-run-date = Date: { $date }
cli-dry-run-none = (none)
cli-dry-run-sections = Sections ({ $n }):
cli-dry-run-items = Items ({ $n }):
cli-dry-run-warnings = Warnings ({ $n }):
cli-dry-run-warning = { $unit ->
    [block] block
    [row] row
   *[other] line
} { $at }: { $message }
cli-dry-run-done = Nothing was written; import without --dry-run when this looks right.
cli-dry-run-col-number = No.
cli-dry-run-col-section = Sec.
cli-dry-run-col-title = Title
cli-dry-run-col-lead = Lead
cli-dry-run-col-co = Co-operating
cli-dry-run-col-measures = Measures
cli-dry-run-col-due = Due
cli-dry-run-col-persons = Leader
cli-container-text = text
cli-container-docx = Word (.docx)
cli-container-xlsx = Excel (.xlsx)
cli-container-xls = Excel 97-2003 (.xls)
cli-container-ods = OpenDocument spreadsheet (.ods)
cli-container-html = web page (.html)

# the form of duban edit
cli-form-head =
    Item { $number } of { $plan_title }. Change what you need, save and quit.
    Lines starting with # are ignored. Saving it unchanged changes nothing.
cli-form-co = co-operating offices: separated by commas. deadline: a date such as 2026-06-30, or as the plan words it.
cli-form-source = source: { $choices }
cli-form-level = level: { $choices }
cli-form-measures = measures: one per line.
cli-form-indicators = indicators, read from the target (record values with duban indicator N K VALUE):
cli-form-error = ERROR: { $error }
cli-form-twice = line { $line }: { $field } is given twice
cli-form-unknown-heading = line { $line }: unknown heading [{ $name }]
cli-form-not-a-field = line { $line }: expected `label: value`: { $text }
cli-form-unknown-label = line { $line }: unknown label "{ $name }"
cli-form-empty-title = line { $line }: the title cannot be empty
cli-form-empty-lead = line { $line }: the lead office cannot be empty
cli-form-unknown-source = line { $line }: unknown source "{ $value }"; choose one of { $choices }
cli-form-unknown-level = line { $line }: unknown level "{ $value }"; choose one of { $choices }
cli-form-no-title = the form has no `title:` line
cli-form-line = { $label }: { $value }
cli-numbers-none = none

cli-zip-damaged = it is damaged and cannot be opened
cli-zip-empty = it is empty
cli-zip-presentation = a presentation
cli-zip-odt = an OpenDocument text (.odt)
cli-zip-mime-type = its type is { $kind }
cli-zip-holds = it holds { $names }
cli-moved = { $number }: { $from } → { $to }
cli-due-changed = { $number }: deadline { $before } → { $after }
cli-indicator-set = { $number }: { $line }
cli-bad-search-texts = { $var } should be a number of items (a whole number), not "{ $value }"
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
help-about-show = Show one item in full (with its reports, urges and close-out)
help-about-history = Show an item's history: every change, who made it and when
help-about-move = Move an item to another status (done needs a close-out statement)
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
help-about-reopen = Move a done item back to In progress, with the reason
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
help-arg-db = The database file, or a PostgreSQL server (postgresql://...) [default: the platform data directory, e.g. ~/.local/share/duban/duban.db]
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
help-man-keys-view = { $view } (section [{ $section }] of keymap.toml)
help-man-view-board = Board
help-man-view-detail = Item detail
help-man-view-help = Key help
help-man-view-picker = Office filter
help-man-view-search = Search
help-man-view-jump = Jump to a number
help-man-view-editor = Text editor
help-man-view-confirm = Confirmation
help-man-view-overview = Office overview
help-man-view-changes = Changes
help-man-view-date = Deadline and other one-line prompts
help-man-view-plans = Plan switcher
help-man-view-quick = Quick filter
help-man-view-form = Item form
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

help-arg-admin = Run on a server as a role that bypasses row-level security (a superuser or BYPASSRLS): the server then does not enforce the rules, only duban does
help-man-env-search-texts = up to how many items the board's search keeps their texts in memory; above it, each search reads its candidates' texts from the database again (default 150000)
# end of help

## export: src/cli (exports, bulletins, stand-ups, ledgers, notices: headers and labels)

# Lists and fields (list, show, offices, members)

export-list-separator = {", "}
export-field = { $label }: { $value }
export-field-head = { $label }:
export-list-number = No.
export-list-status = Status
export-list-lead = Lead
export-list-measures = Measures
export-list-notes = Notes
export-list-due = Due
export-list-title = Title
export-office-lead = { $office } (lead)
export-show-section = Section
export-show-status = Status
export-show-offices = Offices
export-show-persons = Responsible leader
export-show-deadline = Deadline
export-show-due-as-written = { $due } ({ $text })
export-show-source = Source
export-show-reference = Reference
export-show-level = Level
export-show-requirement = Requirement
export-show-retired = Retired
export-show-target = Target
export-show-indicators = Indicators
export-show-measures = Measures ({ $progress }):
export-show-notes = Notes
export-show-supervision = Supervision
export-show-mark-unreported = no report this period
export-show-mark-urged = urged
export-show-mark-urged-overdue = urged (reply overdue)
export-show-mark-awaiting = awaiting confirmation
export-show-closeout = Completion statement: { $statement } ({ $by }, { $at })
export-show-closeout-with-state = Completion statement: { $statement } ({ $by }, { $at }); { $state }
export-show-closeout-confirmed = confirmed by { $by }, { $at }
export-show-closeout-reopened = reopened by { $by }, { $at }: { $reason }
export-show-urges = Urges
export-show-urge = { $at } { $by }{ $reply_by ->
        [none] {""}
       *[other] , reply by { $reply_by }
    }{ $overdue ->
        [yes] {" "}(overdue)
       *[no] {""}
    }: { $text }
export-show-reply = reply by { $by } { $at }: { $text }
export-show-reports = Reports
export-show-report = { $period } ({ $by }, { $at }): { $text }
export-history-change = { $what }: { $text }
export-offices-office = Office
export-offices-items = Items
export-offices-lead = Lead
export-offices-co = Co
export-offices-group = { $office } (group)
export-members-none = no members yet: everyone may do everything. Add some with duban member add USER OFFICE [--supervisor].
export-members-office = Office
export-members-member = Member
export-members-role = Role
export-members-supervisor = supervisor
export-members-plain = member
export-members-named = { $name } ({ $user })
export-close-awaiting = { $number }: { $from } → { $to } (awaiting confirmation)

# The reporting cycle

export-cycle-weekly = cycle: weekly, reports due by { $day ->
        [1] Monday
        [2] Tuesday
        [3] Wednesday
        [4] Thursday
        [5] Friday
        [6] Saturday
       *[7] Sunday
    }
export-cycle-monthly = cycle: monthly, reports due by day { $day }
export-cycle-quarterly = cycle: quarterly, reports due by day { $day } of the quarter's last month
export-cycle-current = current period: { $period } ({ $label }), due { $due }
export-cycle-past-due = past the due day: { $owed } owed, { $standing }
export-cycle-owed = { $owed ->
        [one] 1 report owed
       *[other] { $owed } reports owed
    }, { $standing }
export-standing-so-far = reports made so far: { $made } of { $due }
export-standing-missing = not reported: { $missing } of { $due }

# Stand-ups, times and indicators

export-since-too-far = "{ $since }" reaches back too far; give a date instead
export-since-invalid = "{ $since }" is not a duration (1d, 8h, 30m), a date (2020-06-01) or last
export-clock-refused = once anyone belongs to an office, only root and supervisors may set { $var } (changes are recorded at it); { $user } is not one of them, so nothing was done. Run the command again without { $var }.
export-clock-ignored = warning: { $var }={ $value } is not a time; ignored
export-value-not-a-number = "{ $value }" is not a number
export-indicator-not-recorded = not recorded
export-indicator-met = met
export-indicator-not-met = not met
export-indicator-colon = {": "}
export-standup-title = Stand-up { $since } → { $until }
export-standup-who = { $by }, { $at }
export-standup-count = { $status } { $count }
export-standup-moved = Moved
export-standup-move = { $item }: { $from } → { $to } ({ $who })
export-standup-notes = Notes
export-standup-note = { $item } ({ $who }): { $text }
export-standup-measures = Measures
export-standup-measure = { $item } [{ $mark }] { $ordinal }. { $text } ({ $who })
export-standup-overdue = Overdue
export-standup-due-soon = Due within { $days } days
export-standup-due-line = { $item } ({ $due }, { $status })
export-standup-idle = No activity for { $days } days
export-standup-idle-line = { $item } ({ $status }, last change { $last })
export-standup-supervision = Supervision
export-standup-reports = Reports
export-standup-report-line = { $number }. { $title } [{ $period }] { $by } { $at }: { $text }
export-standup-urges-opened = Urges opened
export-standup-urges-answered = Urges answered
export-standup-urge-line = { $number }. { $title } { $by } { $at }: { $text }

# The bulletin. Formal documents write dates as 15 June 2020.

export-formal-date = { $day } { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } { $year }
export-bulletin-title = Supervision bulletin
export-bulletin-period = Period: { $period } ({ $label })  Date: { $date }
export-bulletin-overall = Up to { $period }: { $items ->
        [one] 1 item
       *[other] { $items } items
    }, { $done } done ({ $confirmed } confirmed), { $rate }% complete; { $overdue } overdue, { $blocked } blocked; this period's { $standing }; { $urges ->
        [one] 1 urge
       *[other] { $urges } urges
    } awaiting a reply.
export-bulletin-offices = Offices
export-bulletin-lagging = Lagging items
export-bulletin-urges = Urges
export-bulletin-none = None.
export-bulletin-col-office = Office
export-bulletin-col-led = Led
export-bulletin-col-confirmed = Confirmed
export-bulletin-col-overdue = Overdue
export-bulletin-col-missing = Missing
export-bulletin-col-made = Made
export-bulletin-col-urges = Urges
export-bulletin-col-number = No.
export-bulletin-col-item = Item
export-bulletin-col-lead = Lead office
export-bulletin-col-why = Why
export-bulletin-col-latest = Latest report
export-bulletin-why-overdue = overdue
export-bulletin-why-blocked = blocked
export-bulletin-why-no-report = no report for two periods
export-bulletin-latest-report = { $period }: { $text }
export-bulletin-no-report = no report
export-bulletin-lagging-line = { $number }. { $title } ({ $lead }; { $why }), latest report: { $report }
export-bulletin-answered = answered
export-bulletin-open = open
export-bulletin-urge = { $number }. { $lead } ({ $by }, { $state }): { $text }
export-bulletin-urge-reply-by = { $number }. { $lead } ({ $by }, reply by { $reply_by }, { $state }): { $text }
export-bulletin-doc-overall = 1. Overall
export-bulletin-doc-offices = 2. Offices
export-bulletin-doc-lagging = 3. Lagging items
export-bulletin-doc-urges = 4. Urges

# The supervision notice

export-notice-title = Urge notice
export-notice-subtitle = { $plan }, item { $number }    { $date }
export-notice-item = Item
export-notice-lead = Lead office
export-notice-co = Co-operating offices
export-notice-source = Source
export-notice-reference = Reference
export-notice-level = Level
export-notice-requirement = Requirement
export-notice-deadline = Deadline
export-notice-deadline-as-written = { $text } ({ $date })
export-notice-reply-by = Reply by
export-notice-supervisor = Supervisor
export-notice-reply-heading = Reply
export-notice-reply-ask = Please fill in this part before the reply-by date and send it to the supervision office.
export-notice-done = What was done
export-notice-handler = Handled by
export-notice-head = Head of office
export-notice-reply-date = Date of reply

# The ledger (export --format xlsx)

export-ledger-sheet = Ledger
export-ledger-number = No.
export-ledger-section = Section
export-ledger-section-heading = { $numeral }. { $title }
export-ledger-item = Item
export-ledger-lead = Lead office
export-ledger-co = Co-operating offices
export-ledger-status = Status
export-ledger-deadline = Deadline
export-ledger-light = Deadline status
export-ledger-measures = Measures done
export-ledger-indicators = Indicators
export-ledger-report = Latest report
export-ledger-report-at = Reported at
export-ledger-urge = Urge
export-ledger-urge-at = Urged at
export-ledger-closeout = Completion statement
export-ledger-note = Latest note
export-ledger-status-confirmed = Done (confirmed)
export-ledger-status-awaiting = Done (awaiting confirmation)
export-ledger-light-overdue = overdue
export-ledger-light-due-soon = due soon
export-ledger-light-on-track = on track
export-ledger-light-done = done
export-ledger-indicator = { $indicator }: { $actual }/{ $target }{ $unit }
export-ledger-indicator-separator = {"; "}
export-ledger-cut-mark = ... (longer than Excel's { $limit } characters a cell; the rest is left out)
export-ledger-cell-cut = warning: item { $number }: its { $column } is longer than Excel's { $limit } characters a cell; cut, with a mark saying so

# CSV (list/export --format csv): the machine form's headers are stable identifiers

export-csv-number = number
export-csv-section = section
export-csv-title = title
export-csv-status = status
export-csv-lead = lead
export-csv-offices = offices
export-csv-measures-done = measures_done
export-csv-measures-total = measures_total
export-csv-deadline = deadline
export-csv-deadline-text = deadline_text
export-csv-light = light
export-csv-indicators = indicators
export-csv-notes = notes
export-csv-latest-note = latest_note
export-csv-target = target
export-csv-persons = persons
export-csv-indicator-separator = {"; "}

export-history-import = { $added } added, { $updated } updated, { $unchanged } unchanged, { $kept } kept
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
store-no-such-member = { $user } is not a member of { $office }; duban members lists every member
store-no-such-office = no office "{ $name }"; duban offices lists every office
store-group-not-office = "{ $name }" is a group of offices (several bodies), not one office: members join one office
store-needs-statement = moving item { $number } to done needs a close-out statement
store-not-awaiting-confirmation = item { $number } is not waiting for confirmation: only a done item waiting for confirmation can be confirmed
store-not-done = item { $number } is not done
store-leaves-done = item { $number } is done: it leaves done only when reopened with a reason, `duban reopen { $number } REASON` (R on the board)
store-urge-on-confirmed = item { $number } is closed and confirmed: there is nothing left to urge; reopen it first (`duban reopen { $number } REASON`)
store-reply-by-past = the reply-by date { $date } is in the past; it must be { $earliest } or later
store-no-open-urge = item { $number } has no open urge; to report progress use duban report { $number } TEXT
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
        [statement] the close-out statement
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
        [lead-or-supervisors] members of the lead office ({ $lead }) and supervisors
        [lead-co-or-supervisors] members of the lead office ({ $lead }) or the co-operating offices ({ $co }), and supervisors
        [lead] members of the lead office ({ $lead })
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
        [lead-or-supervisors] members of the lead office ({ $lead }) and supervisors
        [lead-co-or-supervisors] members of the lead office ({ $lead }) or the co-operating offices ({ $co }), and supervisors
        [lead] members of the lead office ({ $lead })
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
store-refused-no-lead = not set

store-schema-object = { $kind } "{ $name }"
store-schema-object-on = { $kind } "{ $name }" on { $table }
store-foreign-added = { $object } is not duban's
store-foreign-changed = { $object } was changed by hand
store-foreign-missing = { $object } is missing
store-foreign-version-set-back = its schema version was set back to { $version } while it was open

store-server = server error: { $reason }
store-not-on-server = { $what } works on a SQLite file only, not on a server
store-server-busy = the database is busy: { $holder } (server process { $pid }) has held duban's write lock too long; nothing was written — try again, or ask them to close that session
store-server-busy-rows = the database is busy: { $holder } (server process { $pid }) has held a lock on items' rows too long; nothing was written — try again, or ask them to close that session
store-report-not-this-period = the server takes a report on item { $number } for the current period only, not { $period }: check this computer's date
store-report-not-this-period-no-item = the server takes a report for the current period only, not { $period }: check this computer's date
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
plan-period-month = { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } { $year }
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

plan-seen-separator = {", "}
plan-seen-paragraphs = { $n ->
        [one] 1 paragraph
       *[other] { $n } paragraphs
    }
plan-seen-headings = { $sections ->
        [one] 1 section heading
       *[other] { $sections } section headings
    } and { $subs ->
        [one] 1 sub-heading
       *[other] { $subs } sub-headings
    }
plan-seen-no-numbered = no numbered items
plan-seen-numbered = { $n ->
        [one] 1 numbered line but it does not read as an item with its offices
       *[other] { $n } numbered lines but none reads as an item with its offices
    }
plan-seen-table = a table with columns { $columns }
plan-seen-table-no-office = a table with columns { $columns } but no office column (lead or responsible offices)
plan-seen-table-no-task = a table with columns { $columns } but no task column
plan-seen-table-neither = a table with columns { $columns }, none of them a task or an office column
plan-standing-so-far = reports made so far: { $made } of { $due }
plan-standing-missing = not reported: { $missing } of { $due }

# end of plan

## server: duban on a PostgreSQL server (issue 18)
help-about-server = Set up and check duban on a PostgreSQL server
help-about-server-init = Create duban's schema, roles and policies in an empty database, and name the first supervisor
help-about-server-check = Report the schema version, the roles, row-level security and whether this role could bypass it
help-arg-server-init-url = The database's connection string (postgresql://... or host=... dbname=...)
help-arg-server-check-url = The database's connection string (postgresql://... or host=... dbname=...)
help-arg-server-init-supervisor = The login role of the first supervisor (made when missing)
help-arg-server-init-office = The supervising office of the first supervisor
server-init-done = duban's schema is ready (version { $version }); { $supervisor } supervises from { $office }
server-init-current = duban's schema is already at version { $version }; nothing was changed
server-init-not-empty = the database already holds { $n ->
        [one] a table
       *[other] { $n } tables
    } of its own ({ $tables }); duban's schema was not made and nothing was changed
server-init-other-database = duban's roles in this cluster already serve the board in the database { $database }; roles belong to the whole cluster, so its members would reach this database too. One cluster holds one duban board: use another cluster, or that database. Nothing was changed
server-bad-role = "{ $name }" is not a role name
server-connect-failed = cannot connect to the server: { $error }
server-refused = the server refused: { $error }
server-none = none
server-check-version = schema version: { $version }
server-check-roles = duban's roles: { $roles }
server-check-members = login roles in duban's member role: { $members }
server-check-rls-all = row-level security: on and forced on all { $n } tables
server-check-rls-missing = row-level security: off or not forced on { $tables }
server-check-bypass = connected as { $role }, which could bypass row-level security (superuser or BYPASSRLS): a board must not run as this role
server-check-obeys = connected as { $role }, which obeys row-level security
server-check-no-schema = duban's schema is not in this database (run duban server init first)
server-check-unguarded = { $n ->
        [one] 1 table is
       *[other] { $n } tables are
    } not guarded by row-level security
help-value-url = URL
server-check-owner = connected as { $role }, which belongs to duban_owner and could lift the forced row-level security: an administrator's role; a board must not run as this role
help-about-migrate = Move the SQLite board (--db) into a server that duban server init prepared, with nothing lost
help-arg-migrate-to = The server's connection string (postgresql://...), connecting as duban's administrator
server-migrate-from-server = duban migrate moves a SQLite board: --db must name its file, not a server
server-migrate-no-board = there is no board at { $path }; nothing was changed
server-migrate-done = moved the board { $path } into the server (schema version { $version }): { $tables } tables, { $rows } rows, every count and checksum the same on both sides
server-migrate-kept = the board has no supervisor: { $user } stays a supervisor in { $office }, as duban server init named
server-migrate-logins = login roles made for the board's members (in duban_member): { $names }
server-migrate-no-login = these members' names cannot be login roles; make theirs by hand: { $names }
server-migrate-mismatch = the copy does not match the board (see the tables above); nothing was kept on the server
server-backup-mismatch = the backup does not match the server (see the tables above); no file was written
server-backup-done = backed up the server's board to { $name } (an ordinary duban file): { $tables } tables, { $rows } rows, every count and checksum the same on both sides
server-backup-cannot-write = cannot write { $name }: { $error }
server-copy-table-same = { $table }: SQLite file { $sqlite_rows ->
    [one] 1 row
   *[other] { $sqlite_rows } rows
 }, checksum { $sqlite_sum }; server { $server_rows ->
    [one] 1 row
   *[other] { $server_rows } rows
 }, checksum { $server_sum }; the same
server-copy-table-differs = { $table }: SQLite file { $sqlite_rows ->
    [one] 1 row
   *[other] { $sqlite_rows } rows
 }, checksum { $sqlite_sum }; server { $server_rows ->
    [one] 1 row
   *[other] { $server_rows } rows
 }, checksum { $server_sum }; NOT the same
server-not-initialised = duban's schema is not on the server (run duban server init first); nothing was changed
server-version-differs = the server's schema is version { $server } and the board's { $board }: bring both to the same duban first; nothing was changed
server-holds-board = the server already holds a board (rows in { $tables }); nothing was copied and nothing was changed
server-not-administrator = { $role } is not duban's administrator (the role that ran duban server init, a member of duban_owner); nothing was changed
server-tables-differ = the tables of the SQLite file and of the server differ ({ $tables }); nothing was changed
server-unsupported = duban cannot copy { $what }; nothing was changed
server-bad-value = row { $row } of { $table } in the SQLite file holds a value of the wrong type in { $column }; nothing was changed
server-member-login-made = { $user } may now log in to duban's schema: a login role was made in duban_member
server-member-login-ready = { $user } may log in to duban's schema (their login role is in duban_member)
server-tls-failed = cannot set up TLS with { $file }: { $reason }
server-open-connect = cannot connect to the server { $url }: { $reason }
server-open-no-schema = { $url } has no duban schema: run duban server init there first
server-open-too-old = duban's schema at { $url } is at version { $found } and this duban needs version { $supported }: have the administrator run duban server init to bring it up to date
server-open-too-new = duban's schema at { $url } is at version { $found }, newer than this duban reads (version { $supported }): use a newer duban (duban server init never takes a schema back)
server-open-bypasses = refusing to run as { $role }: it is a superuser or has BYPASSRLS (rolsuper or rolbypassrls in pg_roles), so the server would not enforce the rules on its writes; connect as a member's role, or give --admin to run as it anyway
server-open-not-member = { $role } may not use duban's schema on this server: a supervisor adds them with duban member add { $role } OFFICE
server-open-refused = the server refused the change: { $reason }
server-open-refused-hidden = the server refused the change: its rules do not let your role change this item
server-connection-lost = the connection to the server is lost
server-member-login-gone = { $user } belongs to no office now: their login role left duban_member and may no longer log in to duban's schema
server-open-rules-old = duban's rules at { $url } (functions, triggers, policies) are older than this duban: have the administrator run duban server init again to bring them up to date
server-rules-differ = the rules at { $url } (functions, triggers, policies) are from another duban version than this one; the server keeps its own, this duban still checks every write: have the administrator run duban server init { $url } again
server-check-rules-current = rules: this duban's (version { $version })
server-check-rules-differ = rules: from another duban version (the server's { $found }, this duban's { $version }): run duban server init again with this duban
server-check-lock-held = { $role } (server process { $pid }) has held { $lock ->
    [write] duban's write lock
   *[rows] a lock on items' rows
 } for at least { $seconds } s
server-check-lock-holds = { $role } (server process { $pid }) holds { $lock ->
    [write] duban's write lock
   *[rows] a lock on items' rows
 }
# end of server
