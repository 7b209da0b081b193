# duban 的中文消息目录。
#
# 文风（本目录内每条消息都遵守，i18n::tests 检查其中能机器检查的部分）：
#
# 标点：中文句子一律用全角标点：，。：；（）“”！？、
#   半角的 , : ; ( ) ! ? " . 不紧挨汉字出现（i18n::tests 扫描）。
#   引用用户输入、文件名、取值时用“”括起：没有状态“{ $status }”。
#   句末不加句号的情形：单独一行的提示、标题、按钮、表头、状态栏片段；
#   完整的说明句加句号。
# 空格：汉字与数字之间不加空格（第3项、共34项、2020年）；
#   汉字与命令、选项、路径、英文单词之间各加一个空格（运行 duban show 3 查看），
#   紧挨全角标点的一侧不加。
# 按键：按键照键盘上的写法，后接一个空格再写作用：q 退出、? 帮助、Enter 确认。
# 日期：年月日写作 2020-03-31（与命令行接受的写法相同）；时刻写作 2020-03-31 14:05。
#   公文（督办通报、督办通知单）中的日期写作 2020年3月31日（export-formal-date），
#   全文一致；周期仍写作 2020-Q2（2020年第二季度）。
# 事项编号：句中写作“第{ $no }项”，列表和卡片上写作 #{ $no }。
# 用语（同一事物只用一个词）：
#   item 事项；plan 计划（工作要点指导入的文件）；office 处室；member 成员；
#   lead 牵头（牵头处室）；co-operating 配合（配合处室）；
#   status 状态：未启动、推进中、受阻、已完成；
#   measure 措施；target 目标任务；note 批注；deadline 期限；
#   report 进展报送（动词：报送）；cycle 报送周期；
#   urge 督办（督办单；动词：督办）；reply 回复；
#   close-out 办结（办结说明）；confirmation 销号（动词：销号）；reopen 退回；
#   supervisor 督查员；retire 撤项（已撤项事项）；restore 恢复；undo 撤销；
#   indicator 指标；source 来源；history 变更记录；bulletin 督办通报；stand-up 站会。
#
# 每一节归一个模块所有；新消息加在本节末尾的“# 节末”注释之前。
# 消息 id：节名-小写英文单词，用连字符连接。

## board: src/tui (the board: bars, columns, cards, popups, help)

# 节末：board

## desk: src/tui (the board's item desk: add form, edit, retire, deadlines)

# 节末：desk

## sv: src/tui (the board's supervision screens: urges, reports, close-outs)

# 节末：sv

## cli: src/cli (command messages, errors and warnings)

cli-created-db = 已新建数据库 { $path }

# 节末：cli

## help: src/cli (clap help, usage errors, the man page)

# 节末：help

## export: src/cli (exports, bulletins, stand-ups, ledgers, notices: headers and labels)

# 列表与字段（list、show、offices、members）

export-list-separator = 、
export-field = { $label }：{ $value }
export-field-head = { $label }：
export-list-number = 编号
export-list-status = 状态
export-list-lead = 牵头处室
export-list-measures = 措施
export-list-notes = 批注
export-list-due = 期限
export-list-title = 标题
export-office-lead = { $office }（牵头）
export-show-section = 所属部分
export-show-status = 状态
export-show-offices = 责任处室
export-show-persons = 负责领导
export-show-deadline = 完成期限
export-show-due-as-written = { $due }（{ $text }）
export-show-source = 督办来源
export-show-reference = 来源依据
export-show-level = 督办等级
export-show-requirement = 办理要求
export-show-retired = 已撤项
export-show-target = 目标任务
export-show-indicators = 指标
export-show-measures = 工作措施（{ $progress }）：
export-show-notes = 批注
export-show-supervision = 督办标记
export-show-mark-unreported = 未报
export-show-mark-urged = 催
export-show-mark-urged-overdue = 催（已逾期）
export-show-mark-awaiting = 待销号
export-show-closeout = 办结说明：{ $statement }（{ $by }，{ $at }）
export-show-closeout-with-state = 办结说明：{ $statement }（{ $by }，{ $at }）；{ $state }
export-show-closeout-confirmed = 已销号（{ $by }，{ $at }）
export-show-closeout-reopened = 已退回（{ $by }，{ $at }）：{ $reason }
export-show-urges = 督办
export-show-urge = { $at } { $by }{ $reply_by ->
        [none] {""}
       *[other] ，回复期限{ $reply_by }
    }{ $overdue ->
        [yes] （已逾期）
       *[no] {""}
    }：{ $text }
export-show-reply = { $by }于{ $at }回复：{ $text }
export-show-reports = 进展报送
export-show-report = { $period }（{ $by }，{ $at }）：{ $text }
export-history-change = { $what }：{ $text }
export-offices-office = 处室
export-offices-items = 事项
export-offices-lead = 牵头
export-offices-co = 配合
export-offices-group = { $office }（群体）
export-members-none = 尚无成员：任何人都可以做任何事。用 duban member add USER OFFICE [--supervisor] 添加。
export-members-office = 处室
export-members-member = 成员
export-members-role = 角色
export-members-supervisor = 督查员
export-members-plain = 成员
export-members-named = { $name }（{ $user }）
export-close-awaiting = { $number }: { $from } -> { $to }（待销号）

# 报送周期（cycle）

export-cycle-weekly = 报送周期：每周，周{ $day ->
        [1] 一
        [2] 二
        [3] 三
        [4] 四
        [5] 五
        [6] 六
       *[7] 日
    }前报送
export-cycle-monthly = 报送周期：每月，{ $day }日前报送
export-cycle-quarterly = 报送周期：每季度，季末月{ $day }日前报送
export-cycle-current = 当前周期：{ $period }（{ $label }），截止日期{ $due }
export-cycle-past-due = 已过截止日：应报{ $owed }项，{ $standing }
export-cycle-owed = 应报{ $owed }项，{ $standing }
export-standing-so-far = 截至目前已报{ $made }/{ $due }
export-standing-missing = 未报{ $missing }/{ $due }
export-period-week = { $year }年第{ $week }周
export-period-month = { $year }年{ $month }月
export-period-quarter = { $year }年第{ $quarter ->
        [1] 一
        [2] 二
        [3] 三
       *[4] 四
    }季度

# 站会（standup）与时间、指标

export-since-too-far = “{ $since }”回溯太远，请改给日期
export-since-invalid = “{ $since }”不是时长（1d、8h、30m）、日期（2020-06-01）或 last
export-clock-refused = 已有处室成员，只有 root 和督查员可以用 { $var } 设定时间（改动按它记录）；{ $user } 不在其列，未做任何改动。请去掉 { $var } 再运行。
export-clock-ignored = 警告：{ $var }={ $value } 不是时间，已忽略
export-value-not-a-number = “{ $value }”不是数字
export-indicator-not-recorded = 未填报
export-indicator-met = 已达成
export-indicator-not-met = 未达成
export-indicator-colon = ：
export-standup-title = 站会 { $since } → { $until }
export-standup-who = { $by }，{ $at }
export-standup-count = { $status }{ $count }
export-standup-moved = 状态变动
export-standup-move = { $item }：{ $from } → { $to }（{ $who }）
export-standup-notes = 新增批注
export-standup-note = { $item }（{ $who }）：{ $text }
export-standup-measures = 措施勾选
export-standup-measure = { $item } [{ $mark }] { $ordinal }. { $text }（{ $who }）
export-standup-overdue = 已逾期
export-standup-due-soon = { $days }天内到期
export-standup-due-line = { $item }（{ $due }，{ $status }）
export-standup-idle = { $days }天无进展
export-standup-idle-line = { $item }（{ $status }，最近变动{ $last }）
export-standup-supervision = 督办
export-standup-reports = 进展报送
export-standup-report-line = { $number }. { $title } [{ $period }] { $by } { $at }：{ $text }
export-standup-urges-opened = 新发督办
export-standup-urges-answered = 已回复督办
export-standup-urge-line = { $number }. { $title } { $by } { $at }：{ $text }

# 督办通报（bulletin）。日期按公文写作 2020年6月15日（见文首“日期”）。

export-formal-date = { $year }年{ $month }月{ $day }日
export-bulletin-title = 督办通报
export-bulletin-period = 周期：{ $period }（{ $label }）  日期：{ $date }
export-bulletin-overall = 截至{ $period }，共有工作事项{ $items }项，已完成{ $done }项（已销号{ $confirmed }项），完成率{ $rate }%；逾期{ $overdue }项，受阻{ $blocked }项；本期进展报送{ $standing }，督办待回复{ $urges }项。
export-bulletin-offices = 各处室情况
export-bulletin-lagging = 滞后事项
export-bulletin-urges = 督办事项
export-bulletin-none = 无。
export-bulletin-col-office = 牵头处室
export-bulletin-col-led = 牵头
export-bulletin-col-confirmed = 已销号
export-bulletin-col-overdue = 逾期
export-bulletin-col-missing = 未报
export-bulletin-col-made = 已报
export-bulletin-col-urges = 待回复
export-bulletin-col-number = 序号
export-bulletin-col-item = 事项
export-bulletin-col-lead = 牵头处室
export-bulletin-col-why = 原因
export-bulletin-col-latest = 最近报送
export-bulletin-why-overdue = 逾期
export-bulletin-why-blocked = 受阻
export-bulletin-why-no-report = 连续两期未报
export-bulletin-latest-report = { $period }：{ $text }
export-bulletin-no-report = 无报送
export-bulletin-lagging-line = { $number }. { $title }（{ $lead }；{ $why }）最近报送：{ $report }
export-bulletin-answered = 已回复
export-bulletin-open = 待回复
export-bulletin-urge = { $number }. { $lead }（{ $by }，{ $state }）：{ $text }
export-bulletin-urge-reply-by = { $number }. { $lead }（{ $by }，回复期限{ $reply_by }，{ $state }）：{ $text }
export-bulletin-doc-overall = 一、总体情况
export-bulletin-doc-offices = 二、各处室情况
export-bulletin-doc-lagging = 三、滞后事项
export-bulletin-doc-urges = 四、督办事项

# 督办通知单（notice）。日期按公文写作。

export-notice-title = 督办通知单
export-notice-subtitle = { $plan } 第{ $number }项    { $date }
export-notice-item = 督办事项
export-notice-lead = 牵头处室
export-notice-co = 配合处室
export-notice-source = 督办来源
export-notice-reference = 来源依据
export-notice-level = 督办等级
export-notice-requirement = 办理要求
export-notice-deadline = 完成期限
export-notice-deadline-as-written = { $text }（{ $date }）
export-notice-reply-by = 回复期限
export-notice-supervisor = 督办人
export-notice-reply-heading = 办理情况回复
export-notice-reply-ask = 请于回复期限前填写本栏并报督查室。
export-notice-done = 办理情况
export-notice-handler = 承办人
export-notice-head = 处室负责人
export-notice-reply-date = 回复日期

# 台账（export --format xlsx）

export-ledger-sheet = 台账
export-ledger-number = 序号
export-ledger-section = 所属部分
export-ledger-section-heading = { $numeral }、{ $title }
export-ledger-item = 工作事项
export-ledger-lead = 牵头处室
export-ledger-co = 配合处室
export-ledger-status = 状态
export-ledger-deadline = 完成期限
export-ledger-light = 期限状态
export-ledger-measures = 措施完成
export-ledger-indicators = 指标
export-ledger-report = 最近报送
export-ledger-report-at = 报送时间
export-ledger-urge = 督办
export-ledger-urge-at = 督办时间
export-ledger-closeout = 办结说明
export-ledger-note = 最新批注
export-ledger-status-confirmed = 已完成（已销号）
export-ledger-status-awaiting = 已完成（待销号）
export-ledger-light-overdue = 逾期
export-ledger-light-due-soon = 临期
export-ledger-light-on-track = 正常
export-ledger-light-done = 已完成
export-ledger-indicator = { $indicator }：{ $actual }/{ $target }{ $unit }
export-ledger-indicator-separator = ；
export-ledger-cut-mark = ……（超出 Excel 单元格{ $limit }字上限，以下从略）
export-ledger-cell-cut = 警告：第{ $number }项的“{ $column }”超过 Excel 单元格{ $limit }字的上限，已截断并注明

# CSV（list/export --format csv）：中文表头供电子表格使用

export-csv-number = 编号
export-csv-section = 所属部分
export-csv-title = 标题
export-csv-status = 状态
export-csv-lead = 牵头处室
export-csv-offices = 责任处室
export-csv-measures-done = 已完成措施
export-csv-measures-total = 措施总数
export-csv-deadline = 完成期限
export-csv-deadline-text = 期限原文
export-csv-light = 期限状态
export-csv-indicators = 指标
export-csv-notes = 批注数
export-csv-latest-note = 最新批注
export-csv-target = 目标任务
export-csv-persons = 负责领导
export-csv-indicator-separator = ；

# 节末：export

## store: src/store (refusals and errors from the store and the rules)

# 节末：store

## plan: src/plan (import warnings, readers' errors, the domain's labels)

# 节末：plan
