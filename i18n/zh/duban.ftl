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

board-too-small =
    终端太小：现为 { $w }x{ $h }
    至少需要 { $min_w }x{ $min_h }
    放大窗口，或按 q 退出
board-no-cards = （无）
board-search-prompt = 搜索：
board-jump-prompt = 跳到第几项：
board-picker-title = 按处室筛选
board-picker-hint-lead = Tab 仅牵头：开
board-picker-hint-all = Tab 仅牵头：关
board-picker-none = 没有匹配的处室
board-plans-title = 切换计划
board-plan-warnings = { $n }条警告
board-group-mark = （群体）
board-plan-switched = 已切换到：{ $title }
board-only-one-plan = 只有一个计划；用 duban import 导入另一个
board-help-title = 按键帮助
board-help-database = 数据库：{ $path }
board-view-board = 看板
board-view-detail = 详情
board-hint-move = 移动
board-hint-undo = 撤销上次修改
board-hint-history = 变更记录
board-hint-nav = 选择
board-hint-edit = 修改
board-hint-delete = 删除
board-editor-new = 新批注
board-editor-edit = 修改批注
board-confirm-delete = 删除这条批注？（y/n）
board-confirm-discard = 放弃已输入的批注？（y/n）
board-closing = 结语
board-target = 目标任务
board-offices = 责任单位
board-persons = 负责领导
board-indicators = 指标
board-not-recorded = 未填报
board-no-notes = 暂无批注
board-no-history = 暂无变更记录
board-history-older = ……更早的变更记录见 duban history
board-history = 变更记录
board-deadline = 期限
board-notes-short = 注
board-no-office = -
board-moved = 已移到“{ $status }”
board-already-first = 已在最上
board-already-last = 已在最下
board-stale = 第{ $n }项已被 { $by } 于 { $at } 改为“{ $status }”；已刷新，请重试
board-note-saved = 批注已保存
board-note-deleted = 批注已删除
board-not-your-note = 只能修改或删除自己的批注
board-select-note = 先用 j/k 选中一条批注或措施
board-no-item = 没有第{ $n }项
board-filters-cleared = 已清除筛选
board-read-only = 数据库只读，未保存
board-busy = 数据库正忙（另一个程序占着写锁），未保存；请稍后重试
board-error = 出错：{ $error }
board-keymap-warning = 按键配置有误：{ $warning }
board-config-warning = 设置文件有误：{ $warning }
board-online = 在线
board-read-only-banner = 只读：你没有写入此数据库的权限
board-read-only-refused = 只读：不能修改，你没有写入此数据库的权限
board-undone = 已撤销第{ $n }项的{ $what }
board-undone-to = 已撤销第{ $n }项的{ $what }，恢复为“{ $value }”
board-copied = 已复制到剪贴板：{ $line }
board-empty-column = “{ $column }”列没有事项，此键无可操作；按 h/l 换列
board-copy-sent = 已发送到终端剪贴板（须终端支持 OSC 52）：{ $line }
board-copy-sent-tmux = 已发送，但 tmux 未转交剪贴板：在 tmux 中执行 set -g set-clipboard on 后再按 y：{ $line }
board-matched-target = 匹配：目标
board-matched-measure = 匹配：措施{ $n }
board-matched-note = 匹配：批注
board-search-none = 没有事项匹配“{ $query }”
board-search-outside-office = { $office }的事项中没有匹配；其他处室有{ $n }项，按 { $key } 清除处室筛选
board-external-back = 已取回外部编辑器保存的内容，按 Enter 保存批注
board-external-failed = 外部编辑器未成功退出，批注保持原样：{ $why }
board-due-word = 期限{ $date }
board-selection-displaced = 你选中的卡片已被他人移走，现在选中第{ $n }项；确认无误请再按一次
board-undo-nothing = 没有可撤销的修改
board-undo-refused = 不能撤销：第{ $n }项已被 { $by } 于 { $at } 改过
board-undo-gone = 第{ $n }项的{ $what }已无法撤销（对应内容已不存在），已跳过
board-view-overview = 总览
board-view-changes = 变化
board-overview-title = 处室总览
board-col-office = 处室
board-col-items = 事项
board-col-lead = 牵头
board-col-measures = 措施%
board-col-overdue = 逾期
board-col-bar = 状态分布
board-ascending = 升序
board-descending = 降序
board-no-offices = 没有处室
board-changes-title = 自上次访问（{ $at }）以来的变化
board-changes-title-first = 上次访问以来的变化
board-changes-first-visit = 这是你第一次打开此看板，下次打开时这里列出期间的变化
board-changes-none = 上次访问以来没有变化
board-changes-title-opened = 自打开看板（{ $at }）以来的变化，含本人所改
board-changes-none-opened = 打开看板以来没有变化；下次打开时，这里从本次访问算起
board-changes-me = 本人
board-changed-count = 有变化{ $n }
board-date-prompt = 期限（YYYY-MM-DD）：
board-due-set = 第{ $n }项期限已设为 { $date }
board-due-unchanged = 期限未变：{ $date }
board-behind-short = 落后
board-col-todo = 未启动
board-col-doing = 推进中
board-col-blocked = 受阻
board-col-done = 已完成

board-action-column-left = 左一列
board-action-column-right = 右一列
board-action-down-editor = 下一行
board-action-down-board = 下一张
board-action-down-other = 向下
board-action-up-editor = 上一行
board-action-up-board = 上一张
board-action-up-other = 向上
board-action-first-board = 第一张
board-action-first-detail = 第一条（措施/批注）
board-action-first-other = 第一行
board-action-last-board = 最后一张
board-action-last-detail = 最后一条（措施/批注）
board-action-last-other = 最后一行
board-action-page-up = 上翻页
board-action-page-down = 下翻页
board-action-move-prev = 移到前一状态
board-action-move-next = 移到后一状态
board-action-reorder-up = 上移一位
board-action-reorder-down = 下移一位
board-action-open = 详情
board-action-toggle-history = 切换 详情/变更记录
board-action-external-editor = 用外部编辑器（$EDITOR）写批注
board-action-copy = 复制卡片为一行文字
board-action-toggle = 勾选措施
board-action-add-note = 加批注
board-action-edit-note-detail = 改光标处：批注、标题、目标、措施、处室、期限
board-action-edit-note-other = 改批注
board-action-delete-note-detail = 删光标处的批注或措施（先问）
board-action-delete-note-other = 删批注
board-action-office-picker = 按处室筛选
board-action-clear-office = 清除处室筛选
board-action-plan-switcher = 切换计划
board-action-toggle-lead-only = 仅牵头 开/关
board-action-search = 搜索
board-action-jump = 跳到编号
board-action-undo = 撤销上次修改：移动、排序、批注、勾选、期限
board-action-set-due = 设期限
board-action-overview = 处室总览
board-action-changes = 上次以来的变化
board-action-sort-next = 换排序列
board-action-sort-reverse = 反向排序
board-action-confirm-editor = 保存
board-action-confirm-overview = 看此处室的看板
board-action-confirm-changes = 打开此项
board-action-confirm-plans = 切换到此计划
board-action-confirm-form = 选择/下一栏
board-action-confirm-other = 确定
board-action-report = 报送进展
board-action-confirm-done = 销号（督查员）
board-action-reopen = 退回已完成事项
board-action-urged = 督办待回复
board-action-reply = 回复督办
board-action-urge = 督办此项（督查员）
board-action-confirm-queue = 待销号事项（督查员）
board-action-quick-filter = 快速筛选（再按字母）
board-action-filter-overdue = 逾期
board-action-filter-due-soon = 7天内到期
board-action-filter-blocked = 受阻
board-action-filter-unreported = 本期未报（过报送日后）
board-action-filter-urged = 督办未回复
board-action-filter-awaiting = 待销号
board-action-filter-source = 按来源（再按换下一个）
board-action-clear-filter = 取消快速筛选
board-action-record-indicator = 填报指标当前值
board-action-add-item = 新增事项（督查员）
board-action-add-measure = 新增一条措施
board-action-retire-item = 撤项（督查员）
board-action-next-field = 下一栏
board-action-prev-field = 上一栏
board-action-save = 保存
board-action-newline = 换行
board-action-delete-back = 删前一字
board-action-delete-forward = 删后一字
board-action-cursor-left = 光标左移
board-action-cursor-right = 光标右移
board-action-line-start = 行首
board-action-line-end = 行尾
board-action-clear-line = 删到行首
board-action-delete-word = 删前一词
board-action-yes = 是
board-action-no = 否
board-action-help = 帮助
board-action-back-board = 清除搜索/筛选
board-action-back-quick = 关闭
board-action-back-editor = 取消
board-action-back-other = 返回
board-action-quit = 退出
board-action-input = 输入

board-event-move = 移动
board-event-tick = 勾选措施
board-event-untick = 取消勾选措施
board-event-note-add = 加批注
board-event-note-edit = 改批注
board-event-note-delete = 删批注
board-event-reorder-up = 上移一位
board-event-reorder-down = 下移一位
board-event-create = 创建
board-event-update = 导入更新
board-event-import = 导入
board-event-deadline = 改期限
board-event-indicator = 填报指标
board-event-undo = 撤销
board-event-report = 报送进展
board-event-urge = 督办
board-event-urge-answer = 回复督办
board-event-close = 办结
board-event-confirm = 销号
board-event-reopen = 退回
board-change-move = 移动
board-change-reorder = 排序调整
board-change-note-add = 新批注
board-change-note-edit = 批注修改
board-change-note-delete = 批注删除
board-change-measure = 措施勾选
board-change-deadline = 期限修改
board-date-refused = “{ $input }”不是有效日期：{ $reason }（应写成 YYYY-MM-DD，如：2020-06-30）
board-date-not-iso = 格式不对
board-date-no-month = 没有这个月份
board-date-no-day = 该月没有这一天
board-history-undo-of = 撤销 #{ $n }：{ $what }
board-history-undo-of-bare = 撤销 #{ $n }
board-history-change = { $what }：{ $before } -> { $after }
board-history-text = { $what }：{ $text }
board-history-tick = 勾选措施{ $n }
board-history-untick = 取消勾选措施{ $n }
board-history-edit-field = 修改{ $field }：{ $before } -> { $after }
board-history-retire = 撤项：{ $reason }
board-history-restore = 恢复（撤项原因：{ $reason }）
board-history-named = 设显示名 { $user }：{ $name }
board-history-renamed = 改显示名 { $user }：{ $old } -> { $name }
board-history-empty-value = （空）
board-history-heading-newest = 变更记录（最新在前）
board-deadline-line = 期限：{ $value }
board-measures-count = 工作措施（{ $done }/{ $total }）
board-indicator-line = { $mark } { $ordinal }. { $text }：{ $actual } / { $direction } { $target }
board-indicator-met = 已达成
board-indicator-behind = 未达成
board-office-lead = { $office }（牵头）
board-list-separator = 、
board-notes-heading = 批注（{ $n }）
board-note-edited = （已修改）
board-section-numbered = 第{ $n }部分：{ $title }
board-section-number = 第{ $n }部分
board-log-lost-reopened = 数据库的日志文件（-wal）被删除：未写入任何内容，已重新打开数据库，请重做最后一步
board-file-replaced-reopened = 数据库文件被替换：未写入任何内容，已重新打开数据库，请重做最后一步
board-log-lost-not-reopened = 数据库的日志文件（-wal）被删除：未写入任何内容，无法重新打开：{ $error }
board-file-replaced-not-reopened = 数据库文件被替换：未写入任何内容，无法重新打开：{ $error }
board-keymap-not-toml = 不是有效的按键配置（{ $error }），已用默认按键
board-keymap-unknown-section = 没有 [{ $section }] 这一节（可用：board、detail、help 等，见 README）
board-keymap-not-table = [{ $section }] 应是一节按键
board-keymap-unknown-action = [{ $section }] 没有动作 { $action }
board-keymap-not-list = [{ $section }] { $action }：应写成按键列表，如 ["m"]
board-keymap-unknown-key = [{ $section }] { $action }：不认识的按键 { $key }
board-sort-line = {" "}排序：{ $column } { $direction }   图例：
board-item-count = { $n }项
board-with-aside = { $name }（{ $aside }）
board-file-warning = { $path }：{ $warning }
board-history-with-value = { $what } { $value }
board-title-count = {" "}{ $title }（{ $n }）{" "}
board-header-office = [处室：{ $office }]
board-header-office-lead = [处室：{ $office }，仅牵头]
board-header-search = [搜索：{ $query }]
board-picker-prompt = 处室：
board-card-due-prefix = { $label }

# 节末：board

## desk: src/tui (the board's item desk: add form, edit, retire, deadlines)

desk-quick-title = 快速筛选
desk-overdue = 逾期
desk-due-soon = 7天内到期
desk-blocked = 受阻
desk-unreported = 本期未报
desk-urged = 督办未回复
desk-awaiting = 待销号
desk-source = 来源：{ $source }
desk-quick-applied = 筛选“{ $filter }”：{ $n }项
desk-quick-none = 没有“{ $filter }”的事项，未筛选
desk-quick-cleared = 已取消快速筛选
desk-quick-outside = “{ $filter }”的{ $n }项都不在{ $office }，按 { $key } 清除处室筛选
desk-no-sources = 看板上的事项都没有来源
desk-editor-urge = 督办第{ $n }项：要求（下一步填回复期限）
desk-reply-by-prompt = 回复期限（YYYY-MM-DD，可空）：
desk-reply-by-past = { $date } 已过，最早填 { $today }
desk-queue-empty = 没有待销号的事项
desk-queue-opened = 待销号{ $n }项，按 { $key } 销号
desk-ask-confirm = 确认第{ $n }项“{ $title }”销号？（y/n）
desk-confirm-cancelled = 未销号
desk-no-indicators = 此项没有指标
desk-select-indicator = 先用 j/k 选中一个指标
desk-value-prompt = { $text }当前值（{ $unit }）：
desk-not-a-number = “{ $input }”不是数字
desk-value-recorded = 已填报{ $text }：{ $value }
desk-form-new = 新增督办事项
desk-form-offices = 修改第{ $n }项的责任单位
desk-field-title = 标题
desk-field-lead = 牵头处室
desk-field-co = 配合处室
desk-field-due = 期限
desk-field-source = 来源
desk-field-ref = 依据文号
desk-field-requirement = 办理要求
desk-field-none = （无）
desk-form-hint = 处室、期限处按 Enter 选择，来源处按左右键切换，Backspace 清除
desk-pick-lead = 选牵头处室
desk-pick-co = 选配合处室（再选一次即去掉）
desk-due-prompt = 期限（YYYY-MM-DD 或如“6月底前”）：
desk-needs-lead = 请选牵头处室
desk-item-added = 已新增第{ $n }项“{ $title }”（{ $plan }）
desk-confirm-discard-form = 放弃表中已填的内容？（y/n）
desk-title-prompt = 标题：
desk-item-edited = 第{ $n }项已修改：{ $fields }
desk-item-unchanged = 没有改动
desk-ask-remove-measure = 删除第{ $n }项的措施{ $m }“{ $text }”？（y/n）
desk-measure-removed = 已删除第{ $n }项的措施{ $m }
desk-editor-target = 修改目标任务
desk-editor-measure = 修改措施{ $m }
desk-editor-new-measure = 新增措施
desk-editor-retire = 撤项的原因（如：已并入第3项、领导决定取消）
desk-ask-retire = 撤项第{ $n }项“{ $title }”？原因：{ $reason }（y/n）
desk-retired = 第{ $n }项已撤项，变更记录保留（duban restore-item { $n } 可恢复）
desk-retire-cancelled = 未撤项
desk-urged-done = 已督办第{ $n }项
desk-urged-done-by = 已督办第{ $n }项，{ $date }前回复
desk-source-line = 来源：{ $source }
desk-ref-line = 依据文号：{ $reference }

# 节末：desk

## sv: src/tui (the board's supervision screens: urges, reports, close-outs)

sv-mark-unreported = 未报
sv-mark-urged = 催
sv-mark-urge-overdue = 催！
sv-mark-awaiting = 待销号
sv-supervisor = 督查员
sv-banner = { $n }项督办待回复（按 { $key } 查看）
sv-urged-filter = 督办待回复
sv-no-urges = 没有待回复的督办
sv-editor-report = { $period }进展报送
sv-editor-close = 办结说明（Esc 取消办结）
sv-editor-reopen = 退回的理由
sv-editor-reply = 回复督办「{ $text }」
sv-replied = 第{ $n }项：已回复{ $count }项督办
sv-no-urge-here = 此项没有待回复的督办（督办项目按 { $key } 查看）
sv-reopened = 第{ $n }项已退回，回到推进中
sv-not-done = 只有已完成的事项可以退回
sv-closed = 已办结
sv-closed-awaiting = 已办结，待督查员销号
sv-confirmed = 第{ $n }项已销号
sv-not-awaiting = 此项不在待销号状态
sv-done-needs-no-report = 已完成的事项无需报送进展
sv-close-cancelled = 已取消办结，事项未移动
sv-needs-statement = 办结需要填写办结说明
sv-no-reports = 尚无报送
sv-reply-by = { $date }前回复
sv-overdue = 已逾期
sv-unanswered = 待回复
sv-closeout = 办结
sv-awaiting = 待销号
sv-answered-by-closeout = 以办结说明答复督办：{ $text }
sv-reopened-mark = 已退回（{ $by } { $at }）：{ $reason }
sv-col-due = 应报
sv-col-made = 已报
sv-col-missing = 未报
sv-col-reports = 报送
sv-col-activity = 近8周
sv-chart-title = 进度（按周）
sv-chart-done = 事项完成
sv-chart-ticked = 措施勾选
sv-chart-hidden = 窗口较小，进度图已隐藏
sv-chart-empty = 尚无进度记录
sv-period = 本期
sv-open-urge = 督办待回复：{ $text }
sv-open-urge-by = 督办待回复：{ $text }（{ $date }前回复）
sv-report-saved = 已报送{ $period }进展
sv-report-saved-answering = 已报送{ $period }进展，并回复了{ $n }项督办
sv-report-replaced = 已更新{ $period }进展（原报送留在变更记录中）
sv-report-replaced-answering = 已更新{ $period }进展（原报送留在变更记录中），并回复了{ $n }项督办
sv-confirmed-line = 销号：{ $who }  { $at }
sv-urges-heading = 督办（{ $n }）
sv-answer-line = 回复：{ $who }  { $at }
sv-reports-heading = 进展报送（{ $n }）

# 节末：sv

## cli: src/cli (command messages, errors and warnings)

cli-created-db = 已新建数据库 { $path }

# 节末：cli

## help: src/cli (clap help, usage errors, the man page)

# 节末：help

## export: src/cli (exports, bulletins, stand-ups, ledgers, notices: headers and labels)

# 节末：export

## store: src/store (refusals and errors from the store and the rules)

# 节末：store

## plan: src/plan (import warnings, readers' errors, the domain's labels)

# 节末：plan
