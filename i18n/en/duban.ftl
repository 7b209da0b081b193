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
board-plan-warnings = { $n } warnings
board-group-mark = {" "}(group)
board-plan-switched = Switched to: { $title }
board-only-one-plan = Only one plan; import another with duban import
board-help-title = Keys
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
board-deadline = Due
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
board-online = also here
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
board-overview-title = Offices overview
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
board-changed-count = { $n } changed
board-date-prompt = Due (YYYY-MM-DD):{" "}
board-due-set = Item { $n } is now due { $date }
board-due-unchanged = Deadline unchanged: { $date }
board-behind-short = behind
board-col-todo = Todo
board-col-doing = Doing
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
board-deadline-line = Due: { $value }
board-measures-count = Measures { $done }/{ $total }
board-indicator-line = { $mark } { $ordinal }. { $text }: { $actual } / { $direction } { $target }
board-indicator-met = met
board-indicator-behind = behind
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
board-keymap-not-toml = not a valid keymap: { $error }
board-keymap-unknown-section = unknown section [{ $section }]
board-keymap-not-table = [{ $section }] is not a table
board-keymap-unknown-action = [{ $section }] unknown action { $action }
board-keymap-not-list = [{ $section }] { $action }: expected a list of keys
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
board-picker-prompt = Office:{" "}
board-card-due-prefix = { $label }{" "}

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
desk-quick-applied = Filter "{ $filter }": { $n } item(s)
desk-quick-none = No item is "{ $filter }"; nothing filtered
desk-quick-cleared = Quick filter off
desk-quick-outside = All { $n } item(s) "{ $filter }" lie outside { $office }; { $key } clears the office filter
desk-no-sources = No item on the board has a source
desk-editor-urge = Urge item { $n }: what is asked (the reply-by date comes next)
desk-reply-by-prompt = Reply by (YYYY-MM-DD, may be empty):{" "}
desk-reply-by-past = { $date } has passed; the earliest is { $today }
desk-queue-empty = No item awaits confirmation
desk-queue-opened = { $n } item(s) await confirmation; { $key } confirms
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
sv-urged-filter = urges to answer
sv-no-urges = No urges await a reply
sv-editor-report = Progress report { $period }
sv-editor-close = Completion statement (Esc cancels)
sv-editor-reopen = Why reopen it
sv-editor-reply = Reply to "{ $text }"
sv-replied = Item { $n }: answered { $count } urge(s)
sv-no-urge-here = No urge on this item awaits a reply ({ $key } shows those that do)
sv-reopened = Item { $n } reopened: back to Doing
sv-not-done = Only done items can be reopened
sv-closed = Done
sv-closed-awaiting = Done; awaiting a supervisor's confirmation
sv-confirmed = Item { $n } confirmed
sv-not-awaiting = This item is not awaiting confirmation
sv-done-needs-no-report = Done items need no report
sv-close-cancelled = Close-out cancelled; the item was not moved
sv-needs-statement = Closing needs a completion statement
sv-no-reports = No reports yet
sv-reply-by = reply by { $date }
sv-overdue = overdue
sv-unanswered = awaiting reply
sv-closeout = Close-out
sv-awaiting = awaiting confirmation
sv-answered-by-closeout = urge answered by the completion statement: { $text }
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
sv-period = Period
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

# end of cli

## help: src/cli (clap help, usage errors, the man page)

# end of help

## export: src/cli (exports, bulletins, stand-ups, ledgers, notices: headers and labels)

# end of export

## store: src/store (refusals and errors from the store and the rules)

# end of store

## plan: src/plan (import warnings, readers' errors, the domain's labels)

# end of plan
