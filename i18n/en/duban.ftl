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

# end of store

## plan: src/plan (import warnings, readers' errors, the domain's labels)

# end of plan
