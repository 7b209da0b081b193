# duban 的中文消息目录。
#
# 文风（本目录内每条消息都遵守，i18n::tests 检查其中能机器检查的部分）：
#
# 标点：中文句子一律用全角标点：，。：；（）“”！？、
#   半角的 , : ; ( ) ! ? " . 不紧挨汉字出现（i18n::tests 扫描）。
#   标签、状态标记用全角方头括号：【受阻】、【处室：教育处】；半角 [ ] 只用于
#   用户照写的内容（按键配置的 [board]、["m"]）。不用「」，引号一律“”。
#   与数字、日期相邻的参数同数字一样不加空格：于{ $at }修改、期限{ $date }。
#   引用用户输入、文件名、取值时用“”括起：没有状态“{ $status }”。
#   句末不加句号的情形：单独一行的提示、标题、按钮、表头、状态栏片段；
#   完整的说明句加句号。
# 空格：汉字与数字之间不加空格（第3项、共34项、2020年）；日期、时刻、周期也是数字，
#   同样不加（于2020-06-15 14:05改、回复期限2020-06-20）；
#   汉字与命令、选项、路径、英文单词之间各加一个空格（运行 duban show 3 查看），
#   紧挨全角标点的一侧不加。
# 按键：按键照键盘上的写法，后接一个空格再写作用：q 退出、? 帮助、Enter 确认。
# 日期：年月日写作 2020-03-31（与命令行接受的写法相同）；时刻写作 2020-03-31 14:05。
#   公文（督办通报、督办通知单）中的日期写作 2020年3月31日（export-formal-date），
#   全文一致；周期仍写作 2020-Q2（2020年第二季度）。
# 事项编号：句中写作“第{ $no }项”，列表和卡片上写作 #{ $no }；命令的确认行以
#   “第{ $no }项：”开头（第3项：未启动 → 推进中）。
# 箭头：状态、取值的变化一律写作 →，两侧各一个空格。
# 方括号：半角 [ ] 只用于命令行帮助里的可选部分（[默认：…]、[选项]）和
#   看板上的状态标记；句子里的补充说明用全角括号（）。
# 用语（同一事物只用一个词）：
#   item 事项；plan 计划（工作要点指导入的文件）；office 处室；member 成员；
#   lead 牵头（牵头处室）；co-operating 配合（配合处室）；
#   status 状态：未启动、推进中、受阻、已完成；
#   measure 措施；target 目标任务；note 批注；
#   deadline 期限（督办通知单、台账、CSV 的栏目名写作“完成期限”，其余一律写“期限”；
#   计划原文的栏目名“完成时限”“责任单位”只在说明计划写法时照引）；
#   reference 依据；reason 原因；督查处室（督查员所在的处室）；
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
    终端太小：现为{ $w }x{ $h }
    至少需要{ $min_w }x{ $min_h }
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
board-help-title = 按键帮助（{ $view }）
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
board-offices = 责任处室
board-persons = 负责领导
board-indicators = 指标
board-not-recorded = 未填报
board-no-notes = 暂无批注
board-no-history = 暂无变更记录
board-history-older = ……更早的变更记录见 duban history
board-history = 变更记录
board-notes-short = 注
board-no-office = -
board-moved = 已移到“{ $status }”
board-already-first = 已在最上
board-already-last = 已在最下
board-stale = 第{ $n }项已被 { $by } 于{ $at }改为“{ $status }”；已刷新，请重试
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
board-online = 在线：{ $names }
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
board-undo-refused = 不能撤销：第{ $n }项已被 { $by } 于{ $at }改过
board-undo-gone = 第{ $n }项的{ $what }已无法撤销（对应内容已不存在），已跳过
board-view-overview = 总览
board-view-changes = 变化
board-overview-title = {" "}处室总览（{ $n }）{" "}
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
board-changed-count = 【*有变化{ $n }】
board-date-prompt = 期限（YYYY-MM-DD）：
board-due-set = 第{ $n }项期限已设为{ $date }
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
board-measures-count = 工作措施（{ $done }/{ $total }）
board-indicator-line = { $mark } { $ordinal }. { $text }：{ $actual } / { $direction } { $target }{ $met ->
        [yes] {" "}已达成
        [no] {" "}未达成
       *[unknown] {""}
    }
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
board-header-office = 【处室：{ $office }】
board-header-office-lead = 【处室：{ $office }，仅牵头】
board-header-search = 【搜索：{ $query }】
board-header-quick = 【{ $filter }】
board-picker-prompt = 处室：

board-overview-title-period = {" "}处室总览（{ $n }），本期{ $period }{" "}
board-editor-title-item = { $what }：第{ $n }项“{ $title }”
board-detail-title = { $n }. { $title }  【{ $status }】
board-deadline-date = 期限：{ $date }
board-deadline-date-light = 期限：{ $date }【{ $light }】
board-deadline-date-words = 期限：{ $date }  { $words }
board-deadline-date-light-words = 期限：{ $date }【{ $light }】  { $words }
board-deadline-words = 期限：{ $words }
board-card-due = 期限{ $date }
board-card-overdue = 逾期{ $date }
board-card-due-soon = 临期{ $date }
board-history-other = 其他变更（{ $kind }）
board-search-indexing = （正在建立索引，输入的内容稍后生效）
board-server-lost = 与服务器的连接已断开，正在自动重连（已输入的内容保留）
board-server-down = 离线：正在重连{" "}
board-server-back = 已重新连接服务器，断开期间的改动已显示
board-server-not-sent = 未发送：与服务器的连接已断开。重连后看板显示服务器上的内容；如改动不在其中，请再试
board-search-scanning = （正在查找，其余结果和数目随后补全）
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
desk-reply-by-past = { $date }已过，最早填{ $today }
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
desk-form-offices = 修改第{ $n }项的责任处室
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
sv-urged-filter = 【督办待回复】
sv-no-urges = 没有待回复的督办
sv-editor-report = { $period }进展报送
sv-editor-close = 办结说明（Esc 取消办结）
sv-editor-reopen = 退回的原因
sv-editor-reply = 回复督办“{ $text }”
sv-replied = 第{ $n }项：已回复{ $count }项督办
sv-no-urge-here = 此项没有待回复的督办（按 { $key } 查看有待回复督办的事项）
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
sv-overdue = 【已逾期】
sv-unanswered = 【待回复】
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
cli-warning-prefix = 警告：
cli-error-cause = { $error }：{ $cause }
cli-error-in-db = { $db }：{ $error }
cli-no-home-dir = 找不到主目录：请用 --db 指定数据库文件，或设置环境变量 DUBAN_DB
cli-seed-unreadable = 内置的计划无法读取（程序本身有误，请报告）
cli-mkdir-failed = 无法创建文件夹 { $dir }
cli-db-busy-waiting = 数据库正忙（另一个程序占着写锁），正在等待，最多{ $seconds }秒……
cli-config-office-refused = config.toml 中的 office 设置：{ $reason }

# 命令行取值
cli-value-missing = { $arg } 后面要写一个值
cli-value-missing-choices = { $arg } 后面要写一个值，可选：{ $choices }
cli-number-too-large = 数字太大
cli-number-missing = 没有写数字
cli-number-unsigned = 请写一个不带符号的整数，如3
cli-value-choose = 可选：{ $choices }
cli-invalid-value = { $arg } 的值“{ $value }”无效：{ $reason }
cli-unknown-status = 没有状态“{ $status }”；可选：{ $choices }
cli-unknown-choice = { $option } 没有“{ $value }”这一项；可选：{ $choices }
cli-list-separator = {"、"}
cli-choice = { $key }（{ $label }）

# 通用
cli-stdin-unreadable = 无法读取标准输入
cli-note-added = 第{ $number }项：已加批注（批注编号{ $note }）
cli-note-empty = 批注为空，未保存
cli-bom-needs-csv = --bom 只用于 --format csv
cli-cannot-read = 无法读取 { $name }
cli-not-imported = { $name }：未导入
cli-line-warning = { $name }：第{ $at }{ $unit ->
    [block] 段
   *[other] 行
}：警告：{ $message }
cli-imported-new = 已导入 { $name }，为计划{ $plan }：{ $title }
cli-imported-again = 已重新导入 { $name } 到计划{ $plan }：{ $title }
cli-import-counts = 事项：新增{ $added }，更新{ $updated }，未变{ $unchanged }{ $kept ->
    [0] {""}
   *[other] ，保留文件中已没有的{ $kept }项
}；处室：新增{ $offices }
cli-retitled = { $name }：警告：第{ $number }项的标题由“{ $before }”改为“{ $after }”；其状态、批注和勾选仍归第{ $number }项，请核对是否仍是同一项工作
cli-read-with-warnings = { $name }：读取时有{ $n }条警告；请用 `duban import { $name } --dry-run` 查看读取结果
cli-database-error = 数据库错误：{ $reason }
cli-no-item = 没有第{ $number }项；现有事项为{ $ranges }
cli-no-office = 没有处室“{ $name }”；`duban offices` 列出全部处室
cli-no-office-near = 没有处室“{ $name }”；是否指：{ $near }？
cli-no-plan = 没有计划{ $id }；现有计划：{ $ids }
cli-date-not-in-form = 格式不是 YYYY-MM-DD
cli-date-no-month = 没有这个月份
cli-date-no-day = 该月没有这一天
cli-not-a-date = “{ $input }”不是日期：请写成 YYYY-MM-DD，例如2020-06-30（{ $reason }）
cli-no-indicators = 第{ $number }项没有指标
cli-no-indicator = 第{ $number }项没有指标{ $ordinal }；可选1–{ $count }（见 `duban show { $number }`）

# 督办流程
cli-empty-report = 进展报送为空，未保存；请写上内容
cli-empty-urge = 督办内容为空，未保存；请写上内容
cli-empty-reply = 回复为空，未保存；请写上内容
cli-empty-reason = 原因为空，未保存；请写上内容
cli-empty-statement = 办结说明为空，未保存；请写上内容
cli-empty-user = 用户名为空；请写系统账号名，如 duban member add zhangsan 基教处
cli-member-added = 已把 { $user } 加入{ $office }{ $role ->
    [supervisor] （督查员）
   *[member] {""}
}
cli-member-already = { $user } 已在{ $office }{ $role ->
    [supervisor] （督查员）
   *[member] {""}
}，未改动
cli-member-removed = 已把 { $user } 移出{ $office }
cli-due-day-out-of-range = --due-day { $day } 超出范围：{ $kind ->
    [weekly] 每周
    [monthly] 每月
   *[quarterly] 每季度
}周期可选{ $lo }–{ $hi }
cli-reported = 第{ $number }项：已报送{ $period }的进展{ $replaced ->
    [yes] （替换了本期原报送）
   *[no] {""}
}
cli-answered = 第{ $number }项：已回复{ $n }项督办
cli-urged = 第{ $number }项：已督办
cli-urged-reply-by = 第{ $number }项：已督办，回复期限{ $date }
cli-confirmed = 第{ $number }项：已销号
cli-reopened = 第{ $number }项：已退回推进中
cli-needs-statement = 第{ $number }项移到已完成需要办结说明：duban move { $number } done --note 说明文字
cli-act-as-refused = 只有 root 和督查员可以代他人记录（--as { $claimed }）；你是 { $user }。去掉 --as 即以你自己的名义记录
cli-needs-output = --format { $format } 要写入文件：请加 --output 文件名
cli-bad-period = --period “{ $text }”不是周期；请写成 { $example } 这样
cli-bad-reply-by = --reply-by { $reason }
cli-written = 已写入 { $path }

# 事项的增改撤
cli-empty-title = 标题为空，未保存
cli-item-added = 已新增：{ $plan_title } 第{ $number }项（计划编号{ $plan }；对它的其他命令请加 --plan { $plan }）
cli-item-changed = 第{ $number }项{ $field }：{ $before } → { $after }
cli-item-unchanged = 第{ $number }项没有改动
cli-editor-failed = 编辑器没有正常退出（{ $why }），第{ $number }项未修改
cli-item-retired = 已将第{ $number }项撤项（{ $reason }）；它不再出现在看板和列表中，duban restore-item { $number } 可恢复
cli-item-already-retired = 第{ $number }项早已撤项
cli-item-restored = 已恢复第{ $number }项，重新回到看板
cli-item-not-retired = 第{ $number }项没有撤项，无需恢复
cli-no-retired = 没有已撤项的事项
cli-unknown-account = 本机没有“{ $user }”这个账号；若是服务器上的远程用户，请加 --allow-unknown
cli-member-renamed = { $user } 的显示名为：{ $name }
cli-notice-written = 已写出第{ $number }项的督办通知单：{ $path }
cli-notice-needs-docx = 督办通知单只写成 .docx 文件：--output 文件名要以 .docx 结尾
cli-kept-heading = 手工修改（重新导入时保留看板上的）：
cli-kept-heading-document = 手工修改（--prefer-document：改用文件里的）：
cli-kept-field = 第{ $number }项{ $field }：文件写{ $document }，看板上已改为{ $board }（保留看板上的）
cli-kept-field-document = 第{ $number }项{ $field }：文件写{ $document }，看板上已改为{ $board }（改用文件里的）
cli-not-in-document = 文件里已没有这些事项（保留，不删除）：{ $numbers }
cli-offices-come-from-plans = { $refused }{ $ends ->
    [question] {""}
   *[other] 。
}处室只来自导入的计划（计划写到的处室），duban 目前不能单独新建处室

# 文件格式与读取
cli-parse-empty = 文件是空的
cli-parse-binary = 不是文本文件（第{ $offset }字节处为二进制数据）
cli-parse-no-items = 未找到工作事项（应有一级标题“一、标题”下形如“1.标题”的行）
cli-parse-not-a-plan = 未找到工作事项：文档中有{ $seen }。duban 能读取：一级标题（一、 （一））下的编号事项（1. 1、 （1） 1) 等写法），每项带栏目行（目标任务/工作措施/责任单位/牵头单位/完成时限…），或为一段以责任单位括注（（责任单位：…）、（X牵头，Y配合））结尾的文字；或表头写明任务列（重点任务/工作任务/任务）和责任单位列（牵头单位/责任单位/责任处室）的任务表。
cli-read-too-large = 文件超过导入上限（{ $limit } MB）（可用环境变量 { $var } 调高，单位为 MB）
cli-read-bad-limit = { $var }=“{ $value }”不是有效的兆字节数（至少为1）
cli-format-old-word = { $name } 是旧版二进制 Word/WPS 文档（.doc/.wps），duban 读取 .docx：请用 Word 或 WPS 打开后另存为 .docx，或把正文复制到 .txt 文件
cli-format-presentation = { $name } 是演示文稿（PowerPoint/WPS），duban 读取 .docx、.xlsx、.html 或文本：请把计划正文复制到 .txt 文件
cli-format-encrypted = { $name } 设有密码保护：请另存一份不带密码的副本再导入
cli-format-pdf = { $name } 是 PDF，duban 不读取 PDF（扫描版 PDF 更没有文字）：请把正文复制到 .txt 文件，或将 PDF 导出为 .docx 后再导入
cli-format-rtf = { $name } 是 RTF 文档，duban 不读取 RTF：请用 Word 或 WPS 打开后另存为 .docx，或把正文复制到 .txt 文件
cli-format-unknown-zip = { $name } 是压缩包，但不是 Word .docx、Excel .xlsx 或 .ods 文件（{ $found }）：请用 Word、WPS 或 Excel 打开后另存为 .docx 或 .xlsx
cli-format-damaged = { $name } 已损坏（文件类型：{ $container }；原因：{ $reason }）：请打开后重新保存
cli-format-too-large-unpacked = { $name } 解压后将超过{ $limit } MB，duban 拒绝读取（文件已损坏或是压缩炸弹）
cli-format-sheet-too-large = { $name }：工作表 { $sheet } 跨{ $rows }行×{ $columns }列（到单元格 { $corner }），duban 每个工作表最多读取{ $limit }个单元格：请删除远离表格的零散单元格后重新保存
cli-format-too-many-entries = { $name } 含有超过{ $limit }个压缩条目，duban 拒绝读取
cli-format-too-deep = { $name } 的网页元素嵌套超过{ $limit }层，正常的文章页面不会如此，duban 拒绝读取（请在浏览器中打开，把文字复制到 .txt 文件后导入）
cli-damage-truncated = 文件被截断，或不是完整的压缩包
cli-damage-not-utf8 = { $part } 不是合法的 UTF-8 XML
cli-damage-missing-part = 缺少主体部分 { $part }
cli-damage-detail = 读取库报告“{ $detail }”

# 移动、批注、勾选
cli-move-already = 第{ $number }项：已是{ $status }，未改动
cli-measure-done = 已完成
cli-measure-not-done = 未完成
cli-tick-already = 第{ $number }项：措施{ $measure }已是{ $state }，未改动
cli-ticked = 第{ $number }项措施{ $measure }：{ $before } → { $after }
cli-no-measure = 第{ $number }项没有措施{ $measure }；{ $count ->
    [0] 该项没有措施
    [1] 只有措施1
   *[other] 措施为1–{ $count }
}

# 备份与恢复
cli-backup-is-db = { $name } 就是数据库本身
cli-backup-exists = { $name } 已存在；请换一个文件名，或加 --force 覆盖它
cli-backup-is-dir = { $name } 是文件夹
cli-backup-cannot-replace = 无法替换 { $name }
cli-backed-up = 已备份到 { $name }
cli-not-restored = { $name }：未恢复
cli-restored = 已从 { $name } 恢复（结构版本{ $version }）；被替换的内容保存在 { $safety }

# 写出文件
cli-output-link = { $path }：是符号链接；duban 不通过链接写文件（请删除它，或换一个文件名）
cli-output-not-a-file = { $path }：不是普通文件；duban 只写普通文件
cli-output-io = 无法写入 { $path }：{ $reason }

# 设置文件 config.toml 与 duban config
cli-config-file-problem = { $path }：{ $problem }
cli-config-unreadable = { $path }：无法读取（{ $reason }），已改用默认设置
cli-config-syntax = { $path }：第{ $line }行不是有效的 TOML 写法，整个文件未读取，已改用默认设置（解析器的说明：{ $detail }）
cli-config-problems = { $path }：{ $problems }
cli-config-separator = {"；"}
cli-config-unknown-near = { $line ->
    [0] {""}
   *[other] 第{ $line }行：
}未知设置“{ $key }”（是否想写 { $near }？），已忽略
cli-config-unknown = { $line ->
    [0] {""}
   *[other] 第{ $line }行：
}未知设置“{ $key }”，已忽略（可用的设置：{ $known }）
cli-config-want-choice = { $line ->
    [0] {""}
   *[other] 第{ $line }行：
}设置 { $key } 只能是 { $choices } 之一，这里写的是“{ $value }”，已忽略
cli-config-want-text = { $line ->
    [0] {""}
   *[other] 第{ $line }行：
}设置 { $key } 要写成带引号的文字，这里写的是“{ $value }”，已忽略
cli-config-want-bool = { $line ->
    [0] {""}
   *[other] 第{ $line }行：
}设置 { $key } 只能是 true 或 false（不带引号），这里写的是“{ $value }”，已忽略
cli-config-label-config = 设置文件
cli-config-label-keymap = 按键文件
cli-config-label-database = 数据库
cli-source-default = （默认）
cli-source-config = （config.toml）
cli-source-env = （环境变量 { $var }）
cli-source-flag = （参数 { $flag }）
cli-file-missing = { $path }（不存在）
cli-no-home = （没有主目录）
cli-office-all = （全部处室）
cli-mouse-on = 开
cli-mouse-off = 关

# 谁在记录
cli-not-yours-owner = 未读取：该文件属于另一个用户（uid { $uid }），同事可能借它改动你的按键和设置
cli-not-yours-writable = 未读取：其他人可以修改该文件（权限 { $mode }），同事可能借它改动你的按键和设置；请执行 chmod go-w 收回写权限
cli-on-behalf = { $actor }（{ $by }代录）

# duban plans
cli-plans-id = 编号
cli-plans-doc-number = 文号
cli-plans-date = 日期
cli-plans-items = 事项
cli-plans-warnings = 警告
cli-plans-imported = 导入时间
cli-plans-updated = 更新时间
cli-plans-title = 标题

# duban export --format md
cli-md-other = 其他
cli-md-status = 状态
cli-md-lead = 牵头处室
cli-md-offices = 责任处室
cli-md-persons = 负责领导
cli-md-progress = 措施进度
cli-md-deadline = 期限
cli-md-indicators = 指标
cli-md-notes = 最新批注
cli-md-total = 合计
cli-md-field = { $label }：{ $value }
cli-md-note = { $text }（{ $author }，{ $at }）

# duban import --dry-run
cli-dry-run-head = 试读 { $name }（不写入数据库）
cli-dry-run-format = 格式：{ $format }
cli-dry-run-title = 标题：{ $title }
cli-dry-run-doc-number = 文号：{ $doc }
cli-dry-run-date = 日期：{ $date }
cli-dry-run-none = （无）
cli-dry-run-sections = 部分（{ $n }）：
cli-dry-run-items = 事项（{ $n }）：
cli-dry-run-warnings = 警告（{ $n }）：
cli-dry-run-warning = 第{ $at }{ $unit ->
    [block] 段
   *[other] 行
}：{ $message }
cli-dry-run-done = 未写入任何内容；确认无误后去掉 --dry-run 再导入。
cli-dry-run-col-number = 编号
cli-dry-run-col-section = 部分
cli-dry-run-col-title = 标题
cli-dry-run-col-lead = 牵头处室
cli-dry-run-col-co = 配合处室
cli-dry-run-col-measures = 措施
cli-dry-run-col-due = 期限
cli-dry-run-col-persons = 负责领导
cli-container-text = 纯文本
cli-container-docx = Word 文档（.docx）
cli-container-xlsx = Excel 表格（.xlsx）
cli-container-xls = 旧版 Excel 表格（97-2003，.xls）
cli-container-ods = OpenDocument 表格（.ods）
cli-container-html = 网页（.html）

# duban edit 的表单
cli-form-head = { $plan_title } 第{ $number }项。改好后保存退出；以 # 开头的行不会读入，原样保存则不做任何修改。
cli-form-co = 配合处室用“、”或逗号分隔；完成时限写成2026-06-30或“6月底前”这样。
cli-form-source = 来源可选：{ $choices }
cli-form-level = 督办等级可选：{ $choices }
cli-form-measures = 工作措施每行一条。
cli-form-indicators = 指标（从目标任务读出；记录数值用 duban indicator 编号 序号 数值）：
cli-form-error = 错误：{ $error }
cli-form-twice = 第{ $line }行：“{ $field }”写了两次
cli-form-unknown-heading = 第{ $line }行：不认识的栏目“[{ $name }]”
cli-form-not-a-field = 第{ $line }行：应为“栏目：内容”：{ $text }
cli-form-unknown-label = 第{ $line }行：不认识的栏目“{ $name }”
cli-form-empty-title = 第{ $line }行：标题不能为空
cli-form-empty-lead = 第{ $line }行：牵头处室不能为空
cli-form-unknown-source = 第{ $line }行：没有“{ $value }”这种来源；可选：{ $choices }
cli-form-unknown-level = 第{ $line }行：没有“{ $value }”这个督办等级；可选：{ $choices }
cli-form-no-title = 表单里没有“标题：”一行
cli-form-line = { $label }：{ $value }
cli-numbers-none = 无

cli-zip-damaged = 已损坏，无法打开
cli-zip-empty = 压缩包是空的
cli-zip-presentation = 是演示文稿
cli-zip-odt = 是 OpenDocument 文本（.odt）
cli-zip-mime-type = 类型为 { $kind }
cli-zip-holds = 内含 { $names }
cli-moved = 第{ $number }项：{ $from } → { $to }
cli-due-changed = 第{ $number }项期限：{ $before } → { $after }
cli-indicator-set = 第{ $number }项：{ $line }
cli-bad-search-texts = { $var } 应为事项数（非负整数），而不是“{ $value }”
# 节末：cli

## help: src/cli (clap help, usage errors, the man page)

# 命令的说明：help-about-<路径>，路径中的空格写作连字符。
help-about = 督办：在终端里用看板跟踪年度工作要点的每个事项
help-long-about =
    督办（duban）把年度工作要点的每个事项放在终端里的看板上，打开同一个数据库文件的人看到的是同一块看板。

    不带命令运行即打开看板。新数据库自带湖南省教育厅2020年工作要点。
    每个命令的说明：duban 命令 --help（例如 duban show --help）。
help-about-import = 导入工作要点文件，或重新导入（保留状态、批注和勾选）
help-about-list = 列出事项
help-about-show = 显示一个事项的全部内容（含进展报送、督办和办结）
help-about-history = 显示事项的变更记录：谁、何时、改了什么
help-about-move = 改变事项的状态（改为已完成须附办结说明）
help-about-note = 给事项加批注；输出新批注的编号
help-about-tick = 勾选事项的一条措施为已完成（加 --undone 则取消勾选）
help-about-offices = 各处室按状态统计的事项数（牵头、配合）
help-about-plans = 数据库里的计划：编号、标题、文号、日期、事项数、导入时间
help-about-export = 导出整个计划：JSON、CSV 表格、会议用 Markdown 报告或 Excel 台账
help-about-members = 列出各处室的成员
help-about-member = 把人加入处室、移出处室，或修改其显示名
help-about-member-add = 把用户加入处室（名称、别名或拼音首字母）
help-about-member-remove = 把用户移出处室
help-about-member-rename = 修改用户的显示名
help-about-cycle = 报送周期和当前周期；cycle set 修改报送周期
help-about-cycle-set = 修改报送周期
help-about-report = 报送本周期的进展（牵头处室）
help-about-urge = 向事项的牵头处室发督办（督查员）
help-about-reply = 回复事项的督办（牵头处室）
help-about-confirm = 确认已完成事项的办结，即销号（督查员）
help-about-reopen = 把已完成的事项退回推进中，并写明原因
help-about-undo = 撤销你在本计划上的最后一次改动（不论在哪个看板或命令中所做），除非此后有人改过该事项
help-about-bulletin = 某一周期的督办通报：总体情况、各处室、滞后事项、督办
help-about-standup = 站会：各处室的状态变动、批注、勾选、逾期和停滞事项
help-about-due = 设置事项的期限
help-about-backup = 把整个数据库复制到新文件（看板开着也安全）
help-about-restore = 用 duban backup 做的副本替换整个数据库；被替换的数据库保存在它旁边（开着的看板显示恢复后的数据）
help-about-indicator = 记录事项某个指标的当前值（指标见 duban show 编号）
help-about-add = 新增不在工作要点里的督办事项（放入本年度的督办事项，或用 --plan 指定计划）
help-about-edit = 修改事项：在 $EDITOR 里修改，或用选项逐项修改
help-about-retire = 撤项（已合并、已取消、重复）：事项不再出现在看板上，不删除任何记录
help-about-restore-item = 恢复已撤项的事项
help-about-notice = 生成事项的督办通知单（Word 文档），发给牵头处室
help-about-config = 配置文件、按键文件和数据库的位置，以及生效的设置
help-about-completions = 输出命令行补全脚本（放在哪里见 README）
help-about-man = 输出手册页（roff 格式）：duban man > duban.1
help-about-help = 显示本说明，或某个命令的说明（duban help 命令）
# 参数的说明：help-arg-<路径>-<参数>；各命令含义相同的参数为 help-arg-<参数>。
help-arg-help = 显示帮助
help-arg-version = 显示版本
help-arg-db = 数据库文件或 PostgreSQL 服务器（postgresql://...）（默认：系统数据目录，如 ~/.local/share/duban/duban.db）
help-arg-actor = 以这个名字记录改动，而不用你的系统账号（一旦有人加入处室，仅限 root 和督查员；变更记录里两者都有）
help-arg-lang = 界面语言：zh（中文，默认）或 en（英文）
help-arg-plan = 计划编号（见 duban plans）；默认：最新的计划
help-arg-office = 打开看板时只看这个处室的事项（名称或别名）
help-arg-lead = 与 --office 同用：只看该处室牵头的事项
help-arg-number = 事项编号
help-arg-format = 输出格式
help-arg-import-file = 工作要点文件：.txt（UTF-8或GB18030）、.docx、.xlsx/.xls/.ods 或 .html
help-arg-import-dry-run = 只显示文件会被怎样读取（标题、部分、事项、警告），不写入；数据库已存在时，还列出文件与手工修改不同之处
help-arg-import-format = 与 --dry-run 同用：text 供阅读，json 供脚本
help-arg-import-prefer-document = 即使有人手工修改过事项，也采用文件里的内容
help-arg-list-office = 只看这个处室牵头或配合的事项（名称或别名）
help-arg-list-status = 只看这个状态的事项：todo、doing、blocked、done（或 未启动、推进中、受阻、已完成）
help-arg-list-retired = 只列出已撤项的事项（见 duban retire）
help-arg-list-all = 列出全部处室的事项（只属于一个处室的成员默认只看本处室）
help-arg-list-no-bom = 与 --format csv 同用：机器读的格式（无 BOM，英文表头和取值），英文界面默认如此
help-arg-move-status = 新的状态：todo、doing、blocked、done（或 未启动、推进中、受阻、已完成）
help-arg-move-note = 改为 done 时的办结说明（改为已完成必须有）
help-arg-note-text = 批注的文字；写 - 则从标准输入读取
help-arg-tick-measure = 措施在该事项中的序号（第一条为1）
help-arg-tick-undone = 改为未完成
help-arg-export-format = 输出格式：md 为会议报告，xlsx 为 Excel 台账（需要 --output）
help-arg-export-bom = 与 --format csv 同用：文件以 UTF-8 BOM 开头，表格软件才能正确显示中文（中文界面默认如此）
help-arg-export-no-bom = 与 --format csv 同用：机器读的格式（无 BOM，英文表头和取值），英文界面默认如此
help-arg-export-output = 写入这个文件而不是标准输出（xlsx 必须给出）
help-arg-member-add-user = 用户（系统账号名）
help-arg-member-add-office = 处室（名称、别名或拼音首字母）
help-arg-member-add-supervisor = 作为督查员（督查员属于督查处室）
help-arg-member-add-name = 在变更记录、督办通报和通知单里显示的姓名（如 张三）
help-arg-member-add-allow-unknown = 允许本机没有的账号（服务器上的远程用户）
help-arg-member-remove-user = 用户（系统账号名）
help-arg-member-remove-office = 处室（名称、别名或拼音首字母）
help-arg-member-rename-user = 用户（系统账号名）
help-arg-member-rename-name = 新的显示名
help-arg-cycle-set-kind = 报送周期：weekly 每周，monthly 每月，quarterly 每季
help-arg-cycle-set-due-day = 报送截止日：每月的第几日（1–31；每季为季末月的第几日），或星期几（每周：1为周一……7为周日）
help-arg-report-text = 进展报送的文字；写 - 则从标准输入读取
help-arg-urge-text = 督办的内容
help-arg-urge-reply-by = 回复期限，YYYY-MM-DD
help-arg-reply-text = 回复的文字；写 - 则从标准输入读取
help-arg-reopen-reason = 退回的原因
help-arg-bulletin-period = 周期：2020-06、2020-W24或2020-Q2（默认：当前周期）
help-arg-bulletin-format = text、md、json 或 docx（Word 文档，需要 --output）
help-arg-bulletin-output = 写入这个文件而不是标准输出（docx 必须给出）
help-arg-standup-office = 只看这个处室（名称或别名）；默认：全部处室
help-arg-standup-since = 从何时起：时长（1d、8h、30m）、日期（2020-06-01）或 last（你上次的站会）（默认：上个工作日开始）
help-arg-standup-all = 列出全部处室（只属于一个处室的成员默认只看本处室）
help-arg-due-date = 日期，YYYY-MM-DD
help-arg-backup-file = 新文件
help-arg-backup-force = 文件已存在时覆盖它
help-arg-restore-file = duban backup 做的副本
help-arg-indicator-ordinal = 第几个指标：目标任务中的第一个为1
help-arg-indicator-value = 数值，如85或85%
help-arg-add-title = 事项标题
help-arg-add-lead = 牵头处室（名称、别名或拼音首字母）
help-arg-add-co = 配合处室；可重复给出多个
help-arg-add-due = 期限：日期（2026-06-30）或工作要点里的说法（6月底前）
help-arg-add-source = 来源：领导批示、会议议定、上级交办、建议提案、来信、工作要点、其他（或 instruction、meeting、assigned、proposal、letter、plan、other）
help-arg-add-source-ref = 依据：批示文号、批示领导、会议名称等
help-arg-add-requirement = 对牵头处室的办理要求
help-arg-add-level = 督办等级：一般、重点、特急（或 normal、key、urgent）
help-arg-edit-title = 新的标题
help-arg-edit-lead = 新的牵头处室（名称、别名或拼音首字母）
help-arg-edit-co = 配合处室（整体替换；可重复给出多个；写 "" 表示没有）
help-arg-edit-due = 新的期限：日期（2026-06-30）或工作要点里的说法（6月底前）
help-arg-edit-target = 新的目标任务
help-arg-retire-reason = 撤项的原因
help-arg-notice-output = 要写出的 .docx 文件
help-arg-notice-reply-by = 回复期限，YYYY-MM-DD（默认：事项的期限）
help-arg-completions-shell = bash、zsh、fish、elvish 或 powershell
# 占位符：help-value-<名称>。
help-value-number = 编号
help-value-text = 文字
help-value-file = 文件
help-value-path = 路径
help-value-name = 名称
help-value-status = 状态
help-value-measure = 措施
help-value-date = 日期
help-value-reason = 原因
help-value-ordinal = 指标
help-value-value = 数值
help-value-user = 用户
help-value-office = 处室
help-value-kind = 周期
help-value-period = 周期
help-value-when = 起点
help-value-format = 格式
help-value-lang = 语言
help-value-id = 编号
help-value-source = 来源
help-value-title = 标题
help-value-level = 等级
help-value-shell = SHELL
help-value-n = 日
help-value-command = 命令
# 帮助页和用法错误里 clap 自带的字句。
help-usage-line = 用法：{ $usage }
help-usage-options = [选项]
help-heading-commands = 命令：
help-heading-arguments = 参数：
help-heading-options = 选项：
help-note-default = （默认：{ $value }）
help-note-possible-values = （可选：{ $values }）
help-note-env = （环境变量：{ $variable }）
help-note-aliases = （别名：{ $aliases }）
help-list-separator = {"、"}
help-error-unknown-command = 没有命令“{ $command }”
help-error-unknown-command-near = 没有命令“{ $command }”；是否指 { $near }？
help-error-unknown-option = 没有选项“{ $option }”
help-error-unknown-option-near = 没有选项“{ $option }”；是否指 { $near }？
help-error-unexpected-argument = 多余的参数“{ $arg }”
help-error-missing-argument = 缺少必需的参数：{ $args }
help-error-missing-command = 缺少子命令；可选：{ $commands }
help-error-repeated = { $arg } 只能写一次
help-error-conflict = { $arg } 不能与 { $other } 同用
help-error-no-equals = { $arg } 需要写成 { $arg }=值
help-error-value-count = { $arg } 的值个数不对
help-error-invalid-utf8 = 命令行里有字节不是合法的 UTF-8
help-error-other = 命令行有误：{ $error }
help-error-see-help = 说明见 { $command } --help
# 手册页（duban man）。
help-man-name = 名称
help-man-synopsis = 概要
help-man-description = 描述
help-man-options = 选项
help-man-commands = 命令
help-man-keys = 按键
help-man-keys-intro = 看板的默认按键，按视图列出；keymap.toml（见“文件”）可以改绑。在看板上按 ? 列出当前视图的按键。
help-man-keys-view = { $view }（keymap.toml 的 [{ $section }] 节）
help-man-view-board = 看板
help-man-view-detail = 详情
help-man-view-help = 按键帮助
help-man-view-picker = 按处室筛选
help-man-view-search = 搜索
help-man-view-jump = 跳到编号
help-man-view-editor = 文字编辑
help-man-view-confirm = 确认
help-man-view-overview = 处室总览
help-man-view-changes = 变化
help-man-view-date = 期限及其他单行输入
help-man-view-plans = 切换计划
help-man-view-quick = 快速筛选
help-man-view-form = 事项表单
help-man-environment = 环境变量
help-man-files = 文件
help-man-exit-status = 退出状态
help-man-exit-success = 成功
help-man-exit-error = 出错（文件、数据库、系统）
help-man-exit-usage = 命令行有误：未知的命令、选项、编号或状态
help-man-exit-refused = 督办规则不允许（消息说明谁可以做）
help-man-env-db = 数据库文件（同 --db）
help-man-env-lang = 界面语言：zh 或 en（同 --lang）
help-man-env-now = 固定时钟（日期、本地时间或 RFC 3339），用于演示和测试；有处室成员后只有 root 和督查员可用，其他人使用时命令被拒绝（退出状态3）
help-man-env-config-dir = config.toml 和 keymap.toml 所在的文件夹
help-man-env-theme = 配色：dark、light 或 mono
help-man-env-no-color = 非空时不用颜色
help-man-env-colorfgbg = 终端的前景和背景色，用于选择深色或浅色配色
help-man-env-busy-timeout = 命令等待他人写锁的最长时间（毫秒，默认30000）
help-man-env-max-import = 导入文件的大小上限（MB，默认64）
help-man-env-presence-timeout = 无法加锁的看板多久没有心跳即视为离开（毫秒，默认90000）
help-man-env-editor = E 和 Ctrl+O 打开的外部编辑器（默认 vi）
help-man-env-tz = 显示时间所用的时区
help-man-env-xdg-data-home = 默认数据库所在的数据目录（Linux）
help-man-file-db = 默认数据库（Linux；macOS 为 ~/Library/Application Support/duban/duban.db）
help-man-file-wal = SQLite 的预写日志和共享内存文件，与数据库同在；看板开着时不要删除或覆盖
help-man-file-presence = 看板用来显示谁在线的锁文件（从不写入内容）
help-man-file-before-restore = duban restore 替换前保存的原数据库
help-man-file-config = 设置（语言、配色、鼠标）；duban config 列出生效的设置
help-man-file-keymap = 改绑按键，按视图分节（见“按键”）；别人可写的文件不被读取

help-arg-admin = 在服务器上以可绕过行级安全的角色（超级用户或 BYPASSRLS）运行：此时规则只由 duban 执行，服务器不再执行
help-man-env-search-texts = 看板搜索在内存中保留事项文本的事项数上限；事项更多时，每次查找从数据库重新读取候选事项的文本（默认150000）
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
export-show-deadline = 期限
export-show-due-as-written = { $due }（{ $text }）
export-show-source = 督办来源
export-show-reference = 依据
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
export-close-awaiting = 第{ $number }项：{ $from } → { $to }（待销号）

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
export-standup-title = 站会：{ $since } → { $until }
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
export-bulletin-overall = 截至{ $period }，共有事项{ $items }项，已完成{ $done }项（已销号{ $confirmed }项），完成率{ $rate }%；逾期{ $overdue }项，受阻{ $blocked }项；本期进展报送{ $standing }，督办待回复{ $urges }项。
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
export-notice-reference = 依据
export-notice-level = 督办等级
export-notice-requirement = 办理要求
export-notice-deadline = 完成期限
export-notice-deadline-as-written = { $text }（{ $date }）
export-notice-reply-by = 回复期限
export-notice-supervisor = 督办人
export-notice-reply-heading = 办理情况回复
export-notice-reply-ask = 请于回复期限前填写本栏并报督查处室。
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

export-history-import = 事项新增{ $added }，更新{ $updated }，未变{ $unchanged }，保留{ $kept }
# 节末：export

## store: src/store (refusals and errors from the store and the rules)

store-not-duban = { $path }：不是 duban 数据库（含有 duban 未建立的表），文件未被改动
store-too-new = { $path }：由更新版本的 duban 写入（结构版本{ $found }，本程序最高支持{ $supported }），文件未被改动——请升级 duban
store-open-failed = { $path }：无法打开数据库：{ $reason }
store-create-failed = { $path }：无法新建数据库：{ $reason }
store-no-folder = { $dir }：文件夹不存在；新数据库只建在已有的文件夹里（{ $path }）
store-dangling-link = { $path }：是指向 { $target } 的符号链接，而该文件不存在；不会通过链接新建数据库
store-is-directory = { $path }：是文件夹，不是数据库文件
store-not-a-file = { $path }：不是普通文件（管道、套接字或设备），不是数据库文件
store-not-sqlite = { $path }：不是 SQLite 数据库，文件未被改动
store-permission-denied = { $path }：没有权限（permission denied）
store-no-plan = 数据库里还没有计划
store-damaged = { $path }：数据库已损坏（{ $detail }），文件未被改动
store-no-such-plan = 没有编号为{ $id }的计划
store-no-such-item = 本计划没有第{ $number }项
store-item-retired = 第{ $number }项已撤项；请先用 duban restore-item { $number } 恢复
store-no-such-item-id = 没有内部编号为{ $id }的事项
store-no-such-note = 没有编号为{ $id }的批注
store-no-such-measure = 第{ $number }项没有第{ $ordinal }条措施
store-no-such-indicator = 第{ $number }项没有第{ $ordinal }个指标（共{ $count }个）
store-not-your-note = 批注{ $id }由 { $author } 所写，只有作者本人可以修改
store-read-only = 数据库对你是只读的
store-blocked-by = { $path }：无法写入数据库：{ $file } 属于 { $owner }，权限 { $mode }，其他人无法写入（多半是只读用户留下的）。解决：在没有看板打开时删除它（rm '{ $file }'），或请 { $owner } 执行 chmod g+w '{ $file }'
store-writers-back = { $path }：有写入者打开了数据库，请重新打开以看到其改动
store-file-replaced = { $path }：数据库文件在打开期间被替换（移动覆盖），未写入任何内容——请重新打开
store-copied-over = { $path }：数据库文件在打开期间被覆盖（cp），其日志（-wal）属于原来的内容，已停止写入——请关闭所有看板，用 duban restore 恢复副本
store-log-lost = { $path }-wal（数据库的日志）在打开期间被删除，未写入任何内容——请重新打开
store-log-missing = { $path }-wal（数据库的日志）不见了，而它的索引（-shm）表明其中还有改动：它在有看板打开数据库时被删除。数据库并未损坏，也未写入任何内容；请关闭仍打开着它的看板（关闭时会把这些改动写回文件），然后再试
store-not-supervising-office = 督查员都属于督查处室（{ $supervising }），不能在{ $office }当督查员
store-no-such-member = { $user } 不是{ $office }的成员；duban members 列出全部成员
store-no-such-office = 没有处室“{ $name }”；duban offices 列出全部处室
store-group-not-office = “{ $name }”是泛指的群体名称，不是一个处室：成员只能加入具体处室
store-needs-statement = 第{ $number }项移到已完成需要办结说明
store-not-awaiting-confirmation = 第{ $number }项不在待销号状态：只有已完成、等待确认的事项可以销号
store-not-done = 第{ $number }项尚未完成，无需退回
store-leaves-done = 第{ $number }项已完成，不能直接移出已完成；退回须说明原因：duban reopen { $number } 原因（看板上按 R）
store-urge-on-confirmed = 第{ $number }项已办结销号，无需再督办；如需继续督办，请先退回：duban reopen { $number } 原因
store-reply-by-past = 回复期限{ $date }已经过去；最早只能定为{ $earliest }
store-no-open-urge = 第{ $number }项没有待回复的督办；报送进展请用 duban report { $number } 文字
store-due-not-a-date = “{ $input }”不是日期或期限（请写日期，如2026-06-30；或照计划的写法写期限，如6月底前），未保存
store-due-before-made = 期限{ $due }早于事项建立的日期（{ $made }），未保存
store-empty =
    { $what ->
        [report] 进展报送
        [urge] 督办内容
        [reply] 回复
        [reason] 原因
        [title] 标题
        [name] 姓名
       *[other] 内容
    }为空，未保存
store-too-long =
    { $what ->
        [note] 批注
        [report] 进展报送
        [urge] 督办
        [reply] 回复
        [statement] 办结说明
        [reason] 原因
        [item] 事项
        [name] 姓名
       *[other] 文字
    }太长（最多{ $max }字节），未保存
store-tampered = { $path }：数据库结构被其他程序改动过（{ $what }）；为免其中埋设的内容被执行，duban 不打开它。文件未被改动：请文件管理人删除多出的内容（可用 sqlite3），或在没有看板打开时换上备份
store-corrupt = 数据库已损坏或被其他程序改动过（{ $reason }），未写入任何内容
store-corrupt-code = 错误代码{ $code }
store-corrupt-bad-value = 表中存有 duban 不会写入的值
store-busy = 数据库正忙：另一个程序占着写锁太久（{ $reason }），未写入任何内容——请稍后重试
store-sqlite = 数据库错误：{ $reason }
store-sqlite-cannot-open = 文件不存在或无法打开
store-sqlite-not-a-database = 不是 SQLite 数据库
store-sqlite-busy = 数据库正被他人写入，请稍后再试
store-sqlite-read-only = 数据库是只读的
store-sqlite-corrupt = 数据库已损坏
store-sqlite-permission = 没有权限
store-sqlite-disk-full = 磁盘已满
store-sqlite-io = 读写文件出错
store-sqlite-too-big = 内容太大
store-sqlite-constraint = 与已有数据冲突
store-sqlite-other = SQLite 错误（{ $code }）
store-io-not-found = 文件或文件夹不存在
store-io-permission = 没有权限
store-io-exists = 已存在
store-io-is-directory = 这是文件夹，不是文件
store-io-not-directory = 路径中有一段不是文件夹
store-io-read-only-fs = 文件系统是只读的
store-io-storage-full = 磁盘已满
store-io-invalid-data = 内容无法读取
store-io-interrupted = 被中断
store-io-broken-pipe = 输出管道已关闭
store-io-other = 系统错误（{ $code }）
store-network-fs = { $path } 位于{ $fs }上：网络文件系统上 SQLite 的日志（WAL）不安全，可能丢失写入——请把数据库放在共享服务器的本地磁盘上
store-fuse-fs = FUSE 文件系统（可能是 sshfs）
store-refused-on-item =
    第{ $number }项的{ $act ->
        [move] 移动
        [report] 进展报送
        [close] 办结
        [reopen] 退回
        [reopen-confirmed] 退回（已销号）
        [tick] 勾选措施
        [note] 添加批注
        [urge] 督办
        [reply] 回复督办
        [confirm] 销号
        [edit-item] 修改
        [edit-work] 修改目标任务和工作措施
        [retire] 撤项或恢复
       *[other] 修改
    }仅限{ $who ->
        [anyone] 任何人
        [lead-or-supervisors] 牵头处室（{ $lead }）成员和督查员
        [lead-co-or-supervisors] 牵头处室（{ $lead }）、配合处室（{ $co }）成员和督查员
        [lead] 牵头处室（{ $lead }）成员
        [supervisors] 督查员（{ $supervising }）
       *[no-supervisors] 督查员（尚未设置督查员，用 duban member add 用户 处室 --supervisor 设置）
    }；{ $actor }不在其列
store-refused =
    { $act ->
        [members] 调整成员
        [cycle] 调整报送周期
        [act-as] 代他人录入
        [import] 导入计划
        [restore] 从副本恢复数据库
        [add-item] 新增督办事项
       *[other] 此操作
    }仅限{ $who ->
        [anyone] 任何人
        [lead-or-supervisors] 牵头处室（{ $lead }）成员和督查员
        [lead-co-or-supervisors] 牵头处室（{ $lead }）、配合处室（{ $co }）成员和督查员
        [lead] 牵头处室（{ $lead }）成员
        [supervisors] 督查员（{ $supervising }）
       *[no-supervisors] 督查员（尚未设置督查员，用 duban member add 用户 处室 --supervisor 设置）
    }；{ $actor }不在其列
store-refused-no-lead = 未定

store-schema-object =
    { $kind ->
        [trigger] 触发器
        [view] 视图
        [index] 索引
        [table] 表
       *[other] { $kind }
    }“{ $name }”
store-schema-object-on =
    表 { $table } 上的{ $kind ->
        [trigger] 触发器
        [view] 视图
        [index] 索引
        [table] 表
       *[other] { $kind }
    }“{ $name }”
store-foreign-added = 多出了{ $object }
store-foreign-changed = { $object }被手工改过
store-foreign-missing = 缺少{ $object }
store-foreign-version-set-back = 打开期间结构版本被改回{ $version }

store-server = 服务器数据库错误：{ $reason }
store-not-on-server = { $what } 只能用于 SQLite 文件，不能用于服务器。
store-server-busy = 数据库正忙：{ $holder }（服务器进程{ $pid }）占着 duban 的写锁太久，未写入任何内容——请稍后重试，或请其关闭该会话
store-server-busy-rows = 数据库正忙：{ $holder }（服务器进程{ $pid }）占着事项行上的锁太久，未写入任何内容——请稍后重试，或请其关闭该会话
store-report-not-this-period = 服务器只接受第{ $number }项本期的进展报送，不接受{ $period }期的报送，请核对本机日期
store-report-not-this-period-no-item = 服务器只接受本期的进展报送，不接受{ $period }期的报送，请核对本机日期
# 节末：store

## plan: src/plan (import warnings, readers' errors, the domain's labels)

plan-status-todo = 未启动
plan-status-doing = 推进中
plan-status-blocked = 受阻
plan-status-done = 已完成
plan-source-instruction = 领导批示
plan-source-meeting = 会议议定
plan-source-assigned = 上级交办
plan-source-proposal = 建议提案
plan-source-letter = 来信
plan-source-plan = 工作要点
plan-source-other = 其他
plan-level-normal = 一般
plan-level-key = 重点
plan-level-urgent = 特急
plan-field-title = 标题
plan-field-target = 目标任务
plan-field-lead = 牵头处室
plan-field-co = 配合处室
plan-field-deadline = 期限
plan-field-source = 来源
plan-field-ref = 依据
plan-field-requirement = 办理要求
plan-field-level = 督办等级
plan-field-measures = 工作措施
plan-cycle-weekly = 每周
plan-cycle-monthly = 每月
plan-cycle-quarterly = 每季度
plan-period-week = { $year }年第{ $week }周
plan-period-month = { $year }年{ $month }月
plan-period-quarter =
    { $year }年第{ $quarter ->
        [1] 一
        [2] 二
        [3] 三
       *[4] 四
    }季度
plan-light-on-track = 正常
plan-light-due-soon = 临期
plan-light-overdue = 逾期
plan-due-not-a-date = “{ $input }”不是日期或期限（请写日期，如2026-06-30；或照计划的写法写期限，如6月底前）
plan-due-before-made = 期限{ $due }早于事项建立的日期（{ $made }）

plan-warn-section-out-of-order = 一级标题“{ $numeral }、”出现在应为“{ $expected }、”的位置（标题编号跳号或倒退），已按原文读取
plan-warn-item-number-repeated = 事项编号重复：{ $number }（应为{ $expected }），已作为事项读取
plan-warn-item-number-backwards = 事项编号倒退：{ $number }（应为{ $expected }），已作为事项读取
plan-warn-numbered-line-in-item = 编号为{ $number }的行读作上一事项的内容
plan-warn-number-too-large = 事项编号{ $digits }无法使用（事项编号最大为{ $max }），该行及其栏目未读取
plan-warn-item-number-gap = 第{ $number }项紧接在第{ $last }项之后（编号不连续）
plan-warn-after-closing =
    结束段落（在完成上述工作的同时…）之后又出现{ $heading ->
        [section] 一级标题
        [sub] 二级标题
        [item] 事项标题
       *[other] 标题
    }，已按原文读取
plan-warn-label-outside-item = { $name }不属于任何事项，已忽略（上方没有“1.标题”这样的事项标题）
plan-warn-label-twice = 第{ $number }项：{ $name }出现两次，内容已合并
plan-warn-text-outside-field = 不属于任何栏目的文字已忽略
plan-warn-no-target = 第{ $number }项没有目标任务
plan-warn-no-measures = 第{ $number }项没有工作措施
plan-warn-no-offices = 第{ $number }项没有写明处室
plan-warn-numbers-not-unique = 事项编号不唯一（有重复，或在各标题下重新开始）：事项按文中顺序编为1、2、3…
plan-warn-no-sections = 没有一级标题（一、…）；事项不属于任何部分
plan-warn-table-row-not-read =
    表格行未读取：一个表格，列为 { $columns }{ $missing ->
        [office] ，但没有责任单位列（{ $office_names }）
        [task] ，但没有任务列（{ $task_names }）
        [both] ，其中既没有任务列也没有责任单位列
       *[nothing] {""}
    }（上方没有写明任务列和责任单位列的表头行）
plan-warn-row-wider-than-header = 表格行有{ $got }个单元格，而表头只有{ $header }列：超出表头的单元格未读取
plan-warn-undated-deadline = 第{ $number }项：期限“{ $text }”推不出日期，按计划年度年底计（可用 duban due 设定）

plan-seen-separator = {"；"}
plan-seen-paragraphs = { $n }段文字
plan-seen-headings = { $sections }个一级标题（一、）和{ $subs }个二级标题（（一））
plan-seen-no-numbered = 没有编号事项（1. 1、 （1））
plan-seen-numbered = { $n }个编号行，但没有一行读成带处室的事项
plan-seen-table = 一个表格，列为 { $columns }
plan-seen-table-no-office = 一个表格，列为 { $columns }，但没有处室列（牵头单位/责任单位/责任处室）
plan-seen-table-no-task = 一个表格，列为 { $columns }，但没有任务列（重点任务/工作任务/任务）
plan-seen-table-neither = 一个表格，列为 { $columns }，其中既没有任务列也没有处室列
plan-standing-so-far = 截至目前已报{ $made }/{ $due }
plan-standing-missing = 未报{ $missing }/{ $due }

# 节末：plan

## server：PostgreSQL 服务器上的 duban（issue 18）
help-about-server = 在 PostgreSQL 服务器上设置和检查 duban
help-about-server-init = 在空数据库中建立 duban 的模式、角色和策略，并指定第一位督查员
help-about-server-check = 报告模式版本、角色、行级安全，以及当前角色能否绕过行级安全
help-arg-server-init-url = 数据库连接串（postgresql://... 或 host=... dbname=...）
help-arg-server-check-url = 数据库连接串（postgresql://... 或 host=... dbname=...）
help-arg-server-init-supervisor = 第一位督查员的登录角色（不存在时新建）
help-arg-server-init-office = 第一位督查员所在的督查处室
server-init-done = duban 的模式已建好（版本{ $version }）；{ $supervisor } 在{ $office }任督查员
server-init-current = duban 的模式已是版本{ $version }，未作任何改动
server-init-not-empty = 该数据库已有{ $n }张其他表（{ $tables }），未建立 duban 的模式，也未作任何改动
server-init-other-database = 本集群中 duban 的角色已服务于数据库 { $database } 中的看板；角色属于整个集群，那里的成员也能进入本数据库。一个集群只容一块 duban 看板：请换一个集群，或使用该数据库。未作任何改动
server-bad-role = “{ $name }”不是角色名
server-connect-failed = 无法连接服务器：{ $error }
server-refused = 服务器拒绝：{ $error }
server-none = 无
server-check-version = 模式版本：{ $version }
server-check-roles = duban 的角色：{ $roles }
server-check-members = duban 成员角色中的登录角色：{ $members }
server-check-rls-all = 行级安全：全部{ $n }张表均已启用并强制
server-check-rls-missing = 行级安全：以下表未启用或未强制：{ $tables }
server-check-bypass = 当前以 { $role } 连接，该角色可绕过行级安全（超级用户或 BYPASSRLS）：看板不应以此角色运行
server-check-obeys = 当前以 { $role } 连接，该角色受行级安全约束
server-check-no-schema = 该数据库中没有 duban 的模式（请先运行 duban server init）
server-check-unguarded = 有{ $n }张表未受行级安全保护
help-value-url = 连接串
server-check-owner = 当前以 { $role } 连接，该角色属于 duban_owner，可解除强制的行级安全：这是管理员角色，看板不应以此角色运行
help-about-migrate = 把 SQLite 看板（--db）完整迁入已由 duban server init 准备好的服务器，不丢任何记录
help-arg-migrate-to = 服务器连接串（postgresql://...），以 duban 管理员身份连接
server-migrate-from-server = duban migrate 迁移的是 SQLite 看板：--db 应指向其文件，而不是服务器
server-migrate-no-board = { $path } 处没有看板，未作任何改动
server-migrate-done = 已把看板 { $path } 迁入服务器（模式版本{ $version }）：共{ $tables }张表、{ $rows }行，两边的行数和校验和全部一致
server-migrate-kept = 该看板没有督查员：{ $user } 按 duban server init 的指定，继续在{ $office }任督查员
server-migrate-logins = 已为看板成员建立登录角色（属于 duban_member）：{ $names }
server-migrate-no-login = 以下成员的名称不能用作登录角色，请手动为其建立：{ $names }
server-migrate-mismatch = 复制结果与看板不一致（见上表），服务器上未保留任何改动
server-backup-mismatch = 备份与服务器不一致（见上表），未写入文件
server-backup-done = 已把服务器上的看板备份到 { $name }（普通的 duban 文件）：共{ $tables }张表、{ $rows }行，两边的行数和校验和全部一致
server-backup-cannot-write = 无法写入 { $name }：{ $error }
server-copy-table-same = { $table }：SQLite 文件{ $sqlite_rows }行，校验和 { $sqlite_sum }；服务器{ $server_rows }行，校验和 { $server_sum }；一致
server-copy-table-differs = { $table }：SQLite 文件{ $sqlite_rows }行，校验和 { $sqlite_sum }；服务器{ $server_rows }行，校验和 { $server_sum }；不一致
server-not-initialised = 服务器上没有 duban 的模式（请先运行 duban server init），未作任何改动
server-version-differs = 服务器的模式是版本{ $server }，看板是版本{ $board }：请先把两边升级到同一版本的 duban，未作任何改动
server-holds-board = 服务器上已有看板（{ $tables } 中有数据），未复制，也未作任何改动
server-not-administrator = { $role } 不是 duban 的管理员（即运行 duban server init、属于 duban_owner 的角色），未作任何改动
server-tables-differ = SQLite 文件与服务器的表不一致（{ $tables }），未作任何改动
server-unsupported = duban 无法复制 { $what }，未作任何改动
server-bad-value = SQLite 文件中 { $table } 的第{ $row }行在 { $column } 列的值类型不对，未作任何改动
server-member-login-made = { $user } 现在可以登录 duban 的模式：已在 duban_member 中为其建立登录角色
server-member-login-ready = { $user } 可以登录 duban 的模式（其登录角色已在 duban_member 中）
server-tls-failed = 无法用 { $file } 建立 TLS 连接：{ $reason }
server-open-connect = 无法连接服务器 { $url }：{ $reason }
server-open-no-schema = { $url } 中没有 duban 的模式：请先在该数据库上运行 duban server init
server-open-too-old = { $url } 上 duban 的模式为第{ $found }版，本程序需要第{ $supported }版：请管理员运行 duban server init 升级
server-open-too-new = { $url } 上 duban 的模式为第{ $found }版，比本程序能读的第{ $supported }版新：请使用更新的 duban（duban server init 不会把模式退回旧版）
server-open-bypasses = 拒绝以 { $role } 运行：该角色是超级用户或有 BYPASSRLS（pg_roles 中的 rolsuper 或 rolbypassrls），服务器不会对它的写入执行规则；请以成员的角色连接，或加 --admin 仍以此角色运行
server-open-not-member = { $role } 不能使用此服务器上 duban 的模式：请督查员运行 duban member add { $role } 处室名 把其加入
server-open-refused = 服务器拒绝了此修改：{ $reason }
server-open-refused-hidden = 服务器拒绝了此修改：按服务器的规则，你的角色不能改动此事项
server-connection-lost = 与服务器的连接已断开
server-member-login-gone = { $user } 已不属于任何处室，其登录角色已移出 duban_member，不能再登录 duban 的模式
server-open-rules-old = { $url } 上 duban 的规则（函数、触发器、策略）早于本程序：请管理员再运行一次 duban server init 更新
server-rules-differ = { $url } 上的规则（函数、触发器、策略）来自另一版本的 duban；服务器仍按其规则执行，本 duban 仍检查每次写入：请管理员再运行一次 duban server init { $url }
server-check-rules-current = 规则：与本 duban 一致（版本 { $version }）
server-check-rules-differ = 规则：来自另一版本的 duban（服务器上为 { $found }，本 duban 为 { $version }）：请用本 duban 再运行一次 duban server init
server-check-lock-held = { $role }（服务器进程{ $pid }）占着{ $lock ->
    [write] duban 的写锁
   *[rows] 事项行上的锁
 }至少{ $seconds }秒
server-check-lock-holds = { $role }（服务器进程{ $pid }）占着{ $lock ->
    [write] duban 的写锁
   *[rows] 事项行上的锁
 }
# 节末：server
