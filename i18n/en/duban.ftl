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
export-close-awaiting = { $number }: { $from } -> { $to } (awaiting confirmation)

# The reporting cycle

export-cycle-weekly = cycle: weekly, reports due by day { $day }
export-cycle-monthly = cycle: monthly, reports due by day { $day }
export-cycle-quarterly = cycle: quarterly, reports due by day { $day } of the quarter's last month
export-cycle-current = current period: { $period } ({ $label }), due { $due }
export-cycle-past-due = past the due day: { $owed } owed, { $standing }
export-cycle-owed = { $owed } reports owed, { $standing }
export-standing-so-far = reports made so far: { $made } of { $due }
export-standing-missing = not reported: { $missing } of { $due }
export-period-week = week { $week } of { $year }
export-period-month = { $month ->
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
export-period-quarter = Q{ $quarter } { $year }

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
    }, { $done } done ({ $confirmed } confirmed), { $rate }% complete; { $overdue } overdue, { $blocked } blocked; reports this period: { $standing }; { $urges ->
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

export-notice-title = Supervision notice
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

# end of export

## store: src/store (refusals and errors from the store and the rules)

# end of store

## plan: src/plan (import warnings, readers' errors, the domain's labels)

# end of plan
