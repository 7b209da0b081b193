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

# 节末：help

## export: src/cli (exports, bulletins, stand-ups, ledgers, notices: headers and labels)

# 节末：export

## store: src/store (refusals and errors from the store and the rules)

# 节末：store

## plan: src/plan (import warnings, readers' errors, the domain's labels)

# 节末：plan
