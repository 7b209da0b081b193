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

# 节末：board

## desk: src/tui (the board's item desk: add form, edit, retire, deadlines)

# 节末：desk

## sv: src/tui (the board's supervision screens: urges, reports, close-outs)

# 节末：sv

## cli: src/cli (command messages, errors and warnings)

cli-created-db = 已新建数据库 { $path }

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
help-arg-db = 数据库文件 [默认：系统数据目录，如 ~/.local/share/duban/duban.db]
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
help-arg-bulletin-period = 周期：2020-06、2020-W24或2020-Q2 [默认：当前周期]
help-arg-bulletin-format = text、md、json 或 docx（Word 文档，需要 --output）
help-arg-bulletin-output = 写入这个文件而不是标准输出（docx 必须给出）
help-arg-standup-office = 只看这个处室（名称或别名）；默认：全部处室
help-arg-standup-since = 从何时起：时长（1d、8h、30m）、日期（2020-06-01）或 last（你上次的站会）[默认：上个工作日开始]
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
help-arg-notice-reply-by = 回复期限，YYYY-MM-DD [默认：事项的期限]
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
help-note-default = [默认：{ $value }]
help-note-possible-values = [可选：{ $values }]
help-note-env = [环境变量：{ $variable }]
help-note-aliases = [别名：{ $aliases }]
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

# 节末：help

## export: src/cli (exports, bulletins, stand-ups, ledgers, notices: headers and labels)

# 节末：export

## store: src/store (refusals and errors from the store and the rules)

# 节末：store

## plan: src/plan (import warnings, readers' errors, the domain's labels)

# 节末：plan
