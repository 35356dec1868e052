<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>Connection</name>
        <message>
            <source>No database file was given.</source>
            <translation>未指定数据库文件。</translation>
        </message>
        <message>
            <source>The database file “%1” does not exist. Check the path, or create a new database with “caseloop-cli init --db %1”.</source>
            <translation>数据库文件“%1”不存在。请检查路径，或使用“caseloop-cli init --db %1”创建新数据库。</translation>
        </message>
        <message>
            <source>“%1” is a folder, not a database file.</source>
            <translation>“%1”是文件夹，不是数据库文件。</translation>
        </message>
        <message>
            <source>Cannot create “%1”: the folder “%2” does not exist.</source>
            <translation>无法创建“%1”：文件夹“%2”不存在。</translation>
        </message>
        <message>
            <source>“%1” is not a CaseLoop database or is damaged. The file was not changed. Open another file or restore a backup.</source>
            <translation>“%1”不是 CaseLoop 数据库或已损坏。文件未被修改。请打开其他文件或从备份恢复。</translation>
        </message>
        <message>
            <source>The database file “%1” is read-only (file permissions). Ask your administrator for write access, or open a copy.</source>
            <translation>数据库文件“%1”为只读（文件权限）。请向管理员申请写入权限，或打开一份副本。</translation>
        </message>
        <message>
            <source>opening the database</source>
            <translation>打开数据库</translation>
        </message>
        <message>
            <source>“%1” is an SQLite file but not a CaseLoop database. The file was not changed.</source>
            <translation>“%1”是 SQLite 文件，但不是 CaseLoop 数据库。文件未被修改。</translation>
        </message>
        <message>
            <source>“%1” was created by a newer version of CaseLoop (schema version %2; this version understands up to %3). Nothing was changed. Please update CaseLoop.</source>
            <translation>“%1”由更新版本的 CaseLoop 创建（结构版本 %2；本版本最高支持 %3）。未做任何修改。请升级 CaseLoop。</translation>
        </message>
        <message>
            <source>“%1” needs an upgrade to schema version %2 before it can be read, which needs write access.</source>
            <translation>“%1”需要先升级到结构版本 %2 才能读取，而升级需要写入权限。</translation>
        </message>
        <message>
            <source>listing tables</source>
            <translation>列出数据表</translation>
        </message>
        <message>
            <source>configuring the connection</source>
            <translation>配置连接</translation>
        </message>
        <message>
            <source>reading the database header</source>
            <translation>读取数据库文件头</translation>
        </message>
    </context>
    <context>
        <name>DemoDatabaseCreator</name>
        <message>
            <source>Teams and agents</source>
            <translation>团队与催收员</translation>
        </message>
        <message>
            <source>Clients</source>
            <translation>委托方</translation>
        </message>
        <message>
            <source>Debtors</source>
            <translation>债务人</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>案件</translation>
        </message>
        <message>
            <source>Contact histories</source>
            <translation>联系记录</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>跟进</translation>
        </message>
        <message>
            <source>Promises and payments</source>
            <translation>承诺还款与还款</translation>
        </message>
        <message>
            <source>Survey responses</source>
            <translation>回访问卷</translation>
        </message>
        <message>
            <source>Complaints</source>
            <translation>投诉</translation>
        </message>
        <message>
            <source>Indexes</source>
            <translation>索引</translation>
        </message>
        <message>
            <source>Preparing</source>
            <translation>准备中</translation>
        </message>
        <message>
            <source>“%1” already exists; demo data is only written to a new file.</source>
            <translation>“%1”已存在；演示数据只会写入新文件。</translation>
        </message>
        <message>
            <source>Cannot create the folder “%1”. Check that you may write there, or start CaseLoop with --db and another file.</source>
            <translation>无法创建文件夹“%1”。请检查是否有写入权限，或使用 --db 指定其他文件启动 CaseLoop。</translation>
        </message>
        <message>
            <source>Creating the demo database failed.</source>
            <translation>创建演示数据库失败。</translation>
        </message>
        <message>
            <source>CaseLoop</source>
            <translation>CaseLoop</translation>
        </message>
        <message>
            <source>Creating a demo database for the first start…</source>
            <translation>首次启动，正在创建演示数据库…</translation>
        </message>
        <message>
            <source>Creating a demo database for the first start…
%1</source>
            <translation>首次启动，正在创建演示数据库…
%1</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
    </context>
    <context>
        <name>Session</name>
        <message>
            <source>There is no active user “%1” in this database. Check the login, or start without --user to use the default user.</source>
            <translation>此数据库中没有启用的用户“%1”。请检查登录名，或不带 --user 启动以使用默认用户。</translation>
        </message>
        <message>
            <source>System</source>
            <translation>系统</translation>
        </message>
        <message>
            <source>Agent</source>
            <translation>催收员</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>主管</translation>
        </message>
        <message>
            <source>Compliance officer</source>
            <translation>合规专员</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation>管理员</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>no graphical display found (neither DISPLAY nor WAYLAND_DISPLAY is set).
Start CaseLoop from a desktop session, use caseloop-cli for work without a display, or render a view to a file with --screenshot OUT.png.</source>
            <translation>未找到图形显示（DISPLAY 和 WAYLAND_DISPLAY 均未设置）。
请在桌面会话中启动 CaseLoop；无显示环境下请使用 caseloop-cli，或用 --screenshot OUT.png 将视图渲染为图片。</translation>
        </message>
        <message>
            <source>CaseLoop: case management for debt-collection agencies.</source>
            <translation>CaseLoop：面向催收机构的案件管理系统。</translation>
        </message>
        <message>
            <source>Open the database FILE (default: %1).</source>
            <translation>打开数据库文件 FILE（默认：%1）。</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>FILE</translation>
        </message>
        <message>
            <source>Start with the view NAME: %1.</source>
            <translation>启动时显示视图 NAME：%1。</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>NAME</translation>
        </message>
        <message>
            <source>Render the view off-screen once its data is loaded, save it as a PNG and exit.</source>
            <translation>数据加载完成后在屏幕外渲染视图，保存为 PNG 后退出。</translation>
        </message>
        <message>
            <source>OUT.png</source>
            <translation>OUT.png</translation>
        </message>
        <message>
            <source>Act as the user LOGIN (default: the first supervisor).</source>
            <translation>以用户 LOGIN 的身份操作（默认：第一位主管）。</translation>
        </message>
        <message>
            <source>LOGIN</source>
            <translation>LOGIN</translation>
        </message>
        <message>
            <source>User-interface language: en or zh_CN.</source>
            <translation>界面语言：en 或 zh_CN。</translation>
        </message>
        <message>
            <source>LANG</source>
            <translation>LANG</translation>
        </message>
        <message>
            <source>Write debug messages to the log file.</source>
            <translation>将调试信息写入日志文件。</translation>
        </message>
        <message>
            <source>unknown language “%1”; use en or zh_CN.</source>
            <translation>未知语言“%1”；请使用 en 或 zh_CN。</translation>
        </message>
        <message>
            <source>unexpected argument “%1”; see --help.</source>
            <translation>多余的参数“%1”；请参阅 --help。</translation>
        </message>
        <message>
            <source>unknown view “%1”. Views: %2.</source>
            <translation>未知视图“%1”。可用视图：%2。</translation>
        </message>
        <message>
            <source>CaseLoop could not create the demo database.</source>
            <translation>CaseLoop 无法创建演示数据库。</translation>
        </message>
        <message>
            <source>CaseLoop</source>
            <translation>CaseLoop</translation>
        </message>
        <message>
            <source>CaseLoop could not open the database.</source>
            <translation>CaseLoop 无法打开数据库。</translation>
        </message>
        <message>
            <source>Open Another File…</source>
            <translation>打开其他文件…</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>退出</translation>
        </message>
        <message>
            <source>Open Database</source>
            <translation>打开数据库</translation>
        </message>
        <message>
            <source>CaseLoop databases (*.db *.sqlite);;All files (*)</source>
            <translation>CaseLoop 数据库 (*.db *.sqlite);;所有文件 (*)</translation>
        </message>
        <message>
            <source>the view “%1” did not finish loading in time; no screenshot written.</source>
            <translation>视图“%1”未能及时加载完成；未保存截图。</translation>
        </message>
        <message>
            <source>cannot write the screenshot to “%1”.</source>
            <translation>无法将截图写入“%1”。</translation>
        </message>
    </context>
    <context>
        <name>ViewRegistry</name>
        <message>
            <source>Overview</source>
            <translation>概览</translation>
        </message>
        <message>
            <source>The figures of this database at a glance.</source>
            <translation>一目了然地查看本数据库的主要数据。</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>案件</translation>
        </message>
        <message>
            <source>Your case queue will appear here: search, filter and open cases to log contacts and promises.</source>
            <translation>这里将显示您的案件队列：搜索、筛选并打开案件，记录联系和承诺还款。</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>跟进</translation>
        </message>
        <message>
            <source>Follow-ups due today and overdue will be listed here, with calls, messages and field visits.</source>
            <translation>这里将列出今日到期和已逾期的跟进，包括电话、短信和外访。</translation>
        </message>
        <message>
            <source>Feedback</source>
            <translation>反馈</translation>
        </message>
        <message>
            <source>Survey responses from debtors and clients will be collected and reviewed here.</source>
            <translation>这里将收集并查看债务人和委托方的回访问卷结果。</translation>
        </message>
        <message>
            <source>Complaints</source>
            <translation>投诉</translation>
        </message>
        <message>
            <source>Complaints will be registered, investigated and resolved here, with their deadlines.</source>
            <translation>这里将登记、调查和处理投诉，并跟踪各项时限。</translation>
        </message>
        <message>
            <source>Dashboards</source>
            <translation>仪表板</translation>
        </message>
        <message>
            <source>Satisfaction and complaint rates per agent and team will be charted here.</source>
            <translation>这里将以图表展示每位催收员和每个团队的满意度与投诉率。</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>报表</translation>
        </message>
        <message>
            <source>Reports for supervisors, clients and regulators will be created and exported here.</source>
            <translation>这里将生成并导出面向主管、委托方和监管机构的报表。</translation>
        </message>
        <message>
            <source>Audit</source>
            <translation>审计</translation>
        </message>
        <message>
            <source>The tamper-evident record of every change will be browsed and verified here.</source>
            <translation>这里将浏览并校验每一项变更的防篡改记录。</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>Users, teams, contact rules, surveys and outcome codes will be managed here.</source>
            <translation>这里将管理用户、团队、联系规则、问卷和结果代码。</translation>
        </message>
    </context>
    <context>
        <name>caseloop</name>
        <message>
            <source>The database is busy: another CaseLoop window or program is writing to it. Try again in a moment.</source>
            <translation>数据库正忙：另一个 CaseLoop 窗口或程序正在写入。请稍后重试。</translation>
        </message>
        <message>
            <source>The database is read-only. Ask your administrator for write access, or open a copy.</source>
            <translation>数据库为只读。请向管理员申请写入权限，或打开一份副本。</translation>
        </message>
        <message>
            <source>The file is not a CaseLoop database or is damaged. Restore a backup or open another file.</source>
            <translation>该文件不是 CaseLoop 数据库或已损坏。请从备份恢复或打开其他文件。</translation>
        </message>
        <message>
            <source>The disk is full. Free some space and try again.</source>
            <translation>磁盘已满。请释放空间后重试。</translation>
        </message>
        <message>
            <source>The database file cannot be opened. Check that the folder exists and that you may write to it.</source>
            <translation>无法打开数据库文件。请检查文件夹是否存在以及是否有写入权限。</translation>
        </message>
        <message>
            <source>The change was refused because it conflicts with existing data (%1).</source>
            <translation>该修改与现有数据冲突，已被拒绝（%1）。</translation>
        </message>
        <message>
            <source>A database error occurred while %1.</source>
            <translation>%1时发生数据库错误。</translation>
        </message>
        <message>
            <source>The number of agents must be between 1 and %1.</source>
            <translation>催收员人数必须在 1 到 %1 之间。</translation>
        </message>
        <message>
            <source>The number of cases must be between 0 and %1.</source>
            <translation>案件数量必须在 0 到 %1 之间。</translation>
        </message>
        <message>
            <source>The number of months must be between 1 and %1.</source>
            <translation>月数必须在 1 到 %1 之间。</translation>
        </message>
        <message>
            <source>The end date of the demo history must be a valid date between 2000 and 2200.</source>
            <translation>演示历史的结束日期必须是 2000 年至 2200 年之间的有效日期。</translation>
        </message>
        <message>
            <source>calls</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>text messages</source>
            <translation>短信</translation>
        </message>
        <message>
            <source>e-mails</source>
            <translation>电子邮件</translation>
        </message>
        <message>
            <source>letters</source>
            <translation>信函</translation>
        </message>
        <message>
            <source>visits</source>
            <translation>外访</translation>
        </message>
        <message>
            <source>not an ISO 8601 time with offset (e.g. 2026-03-08T13:30:00Z): '%1'</source>
            <translation>不是带时区偏移的 ISO 8601 时间（例如 2026-03-08T13:30:00Z）：'%1'</translation>
        </message>
        <message>
            <source>not a date (YYYY-MM-DD) or an ISO 8601 time: '%1'</source>
            <translation>不是日期（YYYY-MM-DD）或 ISO 8601 时间：'%1'</translation>
        </message>
        <message>
            <source>unknown value '%1' (expected one of: %2)</source>
            <translation>未知取值 '%1'（应为以下之一：%2）</translation>
        </message>
        <message>
            <source>%1, line %2: expected the header %3</source>
            <translation>%1，第 %2 行：表头应为 %3</translation>
        </message>
        <message>
            <source>%1, line %2: expected %3 columns</source>
            <translation>%1，第 %2 行：应有 %3 列</translation>
        </message>
        <message>
            <source>%1, line %2: no time zone</source>
            <translation>%1，第 %2 行：缺少时区</translation>
        </message>
        <message>
            <source>%1, line %2: unknown IANA time zone '%3'</source>
            <translation>%1，第 %2 行：未知的 IANA 时区 '%3'</translation>
        </message>
    </context>
    <context>
        <name>caseloop::AboutDialog</name>
        <message>
            <source>About CaseLoop</source>
            <translation>关于 CaseLoop</translation>
        </message>
        <message>
            <source>Case management for debt-collection agencies, with a closed feedback loop.</source>
            <translation>面向催收机构的案件管理系统，形成完整的反馈闭环。</translation>
        </message>
        <message>
            <source>Version:</source>
            <translation>版本：</translation>
        </message>
        <message>
            <source>Licence:</source>
            <translation>许可证：</translation>
        </message>
        <message>
            <source>Qt version:</source>
            <translation>Qt 版本：</translation>
        </message>
        <message>
            <source>Database:</source>
            <translation>数据库：</translation>
        </message>
    </context>
    <context>
        <name>caseloop::ContactGate</name>
        <message>
            <source>dispute pending verification</source>
            <translation>异议待核实</translation>
        </message>
        <message>
            <source>request to cease communication</source>
            <translation>要求停止联系</translation>
        </message>
        <message>
            <source>bankruptcy</source>
            <translation>破产</translation>
        </message>
        <message>
            <source>debtor deceased</source>
            <translation>债务人已故</translation>
        </message>
        <message>
            <source>represented by an attorney</source>
            <translation>已委托律师</translation>
        </message>
        <message>
            <source>hardship</source>
            <translation>经济困难</translation>
        </message>
        <message>
            <source>do not call</source>
            <translation>请勿致电</translation>
        </message>
        <message>
            <source>employer prohibits contact at work</source>
            <translation>雇主禁止在工作场所联系</translation>
        </message>
        <message>
            <source>original creditor's name requested</source>
            <translation>已要求提供原债权人名称</translation>
        </message>
        <message>
            <source>severe complaint open</source>
            <translation>存在未结的严重投诉</translation>
        </message>
        <message>
            <source>paid, confirmation pending</source>
            <translation>已还款，待确认</translation>
        </message>
        <message>
            <source>No rule profile given</source>
            <translation>未指定规则配置</translation>
        </message>
        <message>
            <source>No valid contact time given</source>
            <translation>未提供有效的联系时间</translation>
        </message>
    </context>
    <context>
        <name>caseloop::Database</name>
        <message>
            <source>preparing a statement</source>
            <translation>准备语句</translation>
        </message>
        <message>
            <source>running a statement</source>
            <translation>执行语句</translation>
        </message>
        <message>
            <source>running a query</source>
            <translation>执行查询</translation>
        </message>
    </context>
    <context>
        <name>caseloop::DemoGenerator</name>
        <message>
            <source>Internal error while generating demo data.</source>
            <translation>生成演示数据时发生内部错误。</translation>
        </message>
        <message>
            <source>The database is open read-only; demo data needs write access.</source>
            <translation>数据库以只读方式打开；生成演示数据需要写入权限。</translation>
        </message>
        <message>
            <source>Demo data cannot be generated inside another transaction.</source>
            <translation>不能在其他事务中生成演示数据。</translation>
        </message>
        <message>
            <source>The database already holds users or cases. Demo data can only be generated into a new, empty database; create one with “caseloop-cli init --db NEW_FILE”.</source>
            <translation>数据库中已有用户或案件。演示数据只能生成到新的空数据库中；请用“caseloop-cli init --db NEW_FILE”创建。</translation>
        </message>
    </context>
    <context>
        <name>caseloop::Evaluator</name>
        <message>
            <source>Hold "%1" blocks %2</source>
            <translation>暂停催收“%1”禁止%2</translation>
        </message>
        <message>
            <source>Hold "%1" since %2 blocks %3</source>
            <translation>自 %2 起的暂停催收“%1”禁止%3</translation>
        </message>
        <message>
            <source>Hold "%1" is active: take care</source>
            <translation>暂停催收“%1”生效中：请谨慎处理</translation>
        </message>
        <message>
            <source>Hold "%1" is active since %2: take care</source>
            <translation>暂停催收“%1”自 %2 起生效：请谨慎处理</translation>
        </message>
        <message>
            <source>The debtor opted out of %1</source>
            <translation>债务人已拒收%1</translation>
        </message>
        <message>
            <source>The debtor's local time is unknown: no time zone follows from the stated zone, the address or the phone numbers</source>
            <translation>无法确定债务人当地时间：从登记的时区、地址或电话号码均无法推断时区</translation>
        </message>
        <message>
            <source>Outside calling hours in %1: %2 local (allowed %3)</source>
            <translation>不在 %1 的允许致电时段：当地时间 %2（允许 %3）</translation>
        </message>
        <message>
            <source>Outside contact hours in %1: %2 local (allowed %3)</source>
            <translation>不在 %1 的允许联系时段：当地时间 %2（允许 %3）</translation>
        </message>
        <message>
            <source>Call limits not applied: direct prior consent given on %1</source>
            <translation>不适用致电次数限制：债务人已于 %1 事先直接同意</translation>
        </message>
        <message>
            <source>%1 calls already placed today</source>
            <translation>今日已拨打 %1 次电话</translation>
        </message>
        <message>
            <source>Call limit reached: %1 counted calls in the last %2 days (limit %3); the window frees up on %4</source>
            <translation>已达致电上限：最近 %2 天内计入 %1 次（上限 %3）；%4 起可再次致电</translation>
        </message>
        <message>
            <source>Quiet period after a conversation on %1 (day %2 of %3): no calls before %4</source>
            <translation>%1 通话后的静默期（第 %2 天，共 %3 天）：%4 前不得致电</translation>
        </message>
        <message>
            <source>Daily limit reached: %1 connected calls today in %2 (limit %3)</source>
            <translation>已达每日上限：今日在 %2 已接通 %1 次（上限 %3）</translation>
        </message>
        <message>
            <source>Daily attempt limit for this number reached: %1 attempts today (limit %2)</source>
            <translation>该号码已达每日拨打上限：今日已拨打 %1 次（上限 %2）</translation>
        </message>
        <message>
            <source>No valid phone number for %1</source>
            <translation>没有可用于%1的有效电话号码</translation>
        </message>
        <message>
            <source>No valid e-mail address</source>
            <translation>没有有效的电子邮件地址</translation>
        </message>
        <message>
            <source>No postal address for %1</source>
            <translation>没有可用于%1的邮寄地址</translation>
        </message>
        <message>
            <source>Third parties may be contacted only when the debtor cannot be reached; the debtor was reached on %1</source>
            <translation>仅在无法联系到债务人时才可联系第三方；债务人已于 %1 联系上</translation>
        </message>
    </context>
    <context>
        <name>caseloop::MainWindow</name>
        <message>
            <source>%1 — CaseLoop</source>
            <translation>%1 — CaseLoop</translation>
        </message>
        <message>
            <source>&amp;Open Database…</source>
            <translation>打开数据库(&amp;O)…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>刷新(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;User Guide</source>
            <translation>用户指南(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;About CaseLoop</source>
            <translation>关于 CaseLoop(&amp;A)</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>Signed in as %1</source>
            <translation>当前登录：%1</translation>
        </message>
        <message>
            <source>Schema %1</source>
            <translation>结构版本 %1</translation>
        </message>
        <message>
            <source>Database schema version</source>
            <translation>数据库结构版本</translation>
        </message>
        <message>
            <source>Open Database</source>
            <translation>打开数据库</translation>
        </message>
        <message>
            <source>CaseLoop databases (*.db *.sqlite);;All files (*)</source>
            <translation>CaseLoop 数据库 (*.db *.sqlite);;所有文件 (*)</translation>
        </message>
    </context>
    <context>
        <name>caseloop::OverviewView</name>
        <message>
            <source>Overview</source>
            <translation>概览</translation>
        </message>
        <message>
            <source>Switch views with Ctrl+1 to Ctrl+9 or the list on the left; press F5 to refresh these figures.</source>
            <translation>用 Ctrl+1 至 Ctrl+9 或左侧列表切换视图；按 F5 刷新这些数据。</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>案件</translation>
        </message>
        <message>
            <source>Debtors</source>
            <translation>债务人</translation>
        </message>
        <message>
            <source>Contacts logged</source>
            <translation>联系记录</translation>
        </message>
        <message>
            <source>Open follow-ups</source>
            <translation>未完成跟进</translation>
        </message>
        <message>
            <source>Pending promises to pay</source>
            <translation>待履行的承诺还款</translation>
        </message>
        <message>
            <source>Survey responses</source>
            <translation>回访问卷</translation>
        </message>
        <message>
            <source>Open complaints</source>
            <translation>未结投诉</translation>
        </message>
        <message>
            <source>Active agents</source>
            <translation>在岗催收员</translation>
        </message>
        <message>
            <source>%1 open</source>
            <translation>%1 件未结</translation>
        </message>
        <message numerus="yes">
            <source>placed by %n client(s)</source>
            <translation>
                <numerusform>来自 %n 家委托方</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 in the last 30 days</source>
            <translation>近 30 天 %1 条</translation>
        </message>
        <message>
            <source>%1 overdue</source>
            <translation>%1 条已逾期</translation>
        </message>
        <message>
            <source>none overdue</source>
            <translation>无逾期</translation>
        </message>
        <message>
            <source>of %1 promises in total</source>
            <translation>共 %1 笔承诺还款</translation>
        </message>
        <message>
            <source>average overall rating %1 / 5</source>
            <translation>总体满意度平均 %1 / 5</translation>
        </message>
        <message>
            <source>no ratings yet</source>
            <translation>暂无评分</translation>
        </message>
        <message>
            <source>of %1 received in total</source>
            <translation>累计收到 %1 件</translation>
        </message>
        <message numerus="yes">
            <source>in %n team(s)</source>
            <translation>
                <numerusform>分属 %n 个团队</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 · loading figures…</source>
            <translation>%1 · 正在加载数据…</translation>
        </message>
        <message>
            <source>%1 · the figures could not be loaded: %2</source>
            <translation>%1 · 无法加载数据：%2</translation>
        </message>
        <message>
            <source>%1 · schema version %2 · updated %3</source>
            <translation>%1 · 结构版本 %2 · 更新于 %3</translation>
        </message>
    </context>
    <context>
        <name>caseloop::RuleProfile</name>
        <message>
            <source>'%1' is not a time HH:MM between 00:00 and 24:00</source>
            <translation>'%1' 不是 00:00 至 24:00 之间的 HH:MM 时间</translation>
        </message>
        <message>
            <source>must be later than start</source>
            <translation>必须晚于开始时间</translation>
        </message>
        <message>
            <source>'%1' is not a valid profile id (lower-case letters, digits, '-', '_', '.')</source>
            <translation>'%1' 不是有效的配置 ID（仅限小写字母、数字、'-'、'_'、'.'）</translation>
        </message>
        <message>
            <source>unknown IANA time zone '%1'</source>
            <translation>未知的 IANA 时区 '%1'</translation>
        </message>
        <message>
            <source>unknown channel (expected one of: %1)</source>
            <translation>未知渠道（应为以下之一：%1）</translation>
        </message>
        <message>
            <source>'%1' is also listed in counted_outcomes</source>
            <translation>'%1' 也出现在 counted_outcomes 中</translation>
        </message>
        <message>
            <source>required when max_connected_per_day is set</source>
            <translation>设置 max_connected_per_day 时必填</translation>
        </message>
        <message>
            <source>unknown hold type (expected one of: %1)</source>
            <translation>未知的暂停催收类型（应为以下之一：%1）</translation>
        </message>
        <message>
            <source>expected "all", "none" or an array of channels</source>
            <translation>应为 "all"、"none" 或渠道数组</translation>
        </message>
        <message>
            <source>Rule profile file not found: %1</source>
            <translation>找不到规则配置文件：%1</translation>
        </message>
        <message>
            <source>Cannot read rule profile file %1</source>
            <translation>无法读取规则配置文件 %1</translation>
        </message>
        <message>
            <source>%1: not valid JSON</source>
            <translation>%1：不是有效的 JSON</translation>
        </message>
        <message>
            <source>Unknown rule profile '%1' (shipped: %2)</source>
            <translation>未知的规则配置 '%1'（内置：%2）</translation>
        </message>
        <message>
            <source>'%1' is not an ISO 3166-1 alpha-2 code</source>
            <translation>'%1' 不是 ISO 3166-1 两字母国家代码</translation>
        </message>
    </context>
    <context>
        <name>caseloop::ScenarioRunner</name>
        <message>
            <source>unknown IANA time zone '%1'</source>
            <translation>未知的 IANA 时区 '%1'</translation>
        </message>
    </context>
    <context>
        <name>caseloop::UserGuideDialog</name>
        <message>
            <source>CaseLoop User Guide</source>
            <translation>CaseLoop 用户指南</translation>
        </message>
        <message>
            <source>The user guide is missing from this installation.</source>
            <translation>此安装中缺少用户指南。</translation>
        </message>
    </context>
    <context>
        <name>caseloop::ZoneResolver</name>
        <message>
            <source>Missing built-in table %1</source>
            <translation>缺少内置数据表 %1</translation>
        </message>
        <message>
            <source>%1, line %2: '%3' is not a NANP area code</source>
            <translation>%1，第 %2 行：'%3' 不是北美区号</translation>
        </message>
        <message>
            <source>%1, line %2: duplicate area code %3</source>
            <translation>%1，第 %2 行：区号 %3 重复</translation>
        </message>
        <message>
            <source>%1, line %2: duplicate region %3</source>
            <translation>%1，第 %2 行：地区 %3 重复</translation>
        </message>
    </context>
    <context>
        <name>caseloop::jsonfields::ObjectReader</name>
        <message>
            <source>expected an object</source>
            <translation>应为对象</translation>
        </message>
        <message>
            <source>(top level)</source>
            <translation>（顶层）</translation>
        </message>
        <message>
            <source>unknown key</source>
            <translation>未知键</translation>
        </message>
        <message>
            <source>missing required field</source>
            <translation>缺少必填字段</translation>
        </message>
        <message>
            <source>expected a string</source>
            <translation>应为字符串</translation>
        </message>
        <message>
            <source>expected an integer</source>
            <translation>应为整数</translation>
        </message>
        <message>
            <source>%1 is out of range (%2–%3)</source>
            <translation>%1 超出范围（%2–%3）</translation>
        </message>
        <message>
            <source>expected true or false</source>
            <translation>应为 true 或 false</translation>
        </message>
        <message>
            <source>expected an array of strings</source>
            <translation>应为字符串数组</translation>
        </message>
        <message>
            <source>unknown value '%1' (expected one of: %2)</source>
            <translation>未知取值 '%1'（应为以下之一：%2）</translation>
        </message>
    </context>
    <context>
        <name>nlohmann</name>
        <message>
            <source>missing required field</source>
            <translation>缺少必填字段</translation>
        </message>
        <message>
            <source>expected an array</source>
            <translation>应为数组</translation>
        </message>
    </context>
    <context>
        <name>CaseListQuery</name>
        <message>
            <source>The page size is out of range.</source>
            <translation>每页行数超出范围。</translation>
        </message>
        <message>
            <source>The row position is out of range.</source>
            <translation>行位置超出范围。</translation>
        </message>
    </context>
    <context>
        <name>caseloop::CaseListModel</name>
        <message>
            <source>New</source>
            <translation>新案件</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>跟进中</translation>
        </message>
        <message>
            <source>Promise</source>
            <comment>case status: a promise to pay was made</comment>
            <translation>已承诺</translation>
        </message>
        <message>
            <source>Paying</source>
            <translation>还款中</translation>
        </message>
        <message>
            <source>Settled</source>
            <translation>已结清</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>已关闭</translation>
        </message>
        <message>
            <source>Recalled</source>
            <translation>已撤回</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>待履行</translation>
        </message>
        <message>
            <source>Kept</source>
            <translation>已履行</translation>
        </message>
        <message>
            <source>Broken</source>
            <translation>已违约</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>never</source>
            <translation>从未</translation>
        </message>
        <message>
            <source>Overdue since %1</source>
            <translation>自 %1 起逾期</translation>
        </message>
        <message>
            <source>Due %1</source>
            <translation>%1 到期</translation>
        </message>
        <message>
            <source>Days since the last contact with the debtor</source>
            <translation>距上次联系债务人的天数</translation>
        </message>
        <message>
            <source>The debtor's local time now</source>
            <translation>债务人所在地的当前时间</translation>
        </message>
        <message>
            <source>Click to sort by this column</source>
            <translation>点击按此列排序</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>案件编号</translation>
        </message>
        <message>
            <source>Debtor</source>
            <translation>债务人</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>委托方</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>余额</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Days since contact</source>
            <translation>未联系天数</translation>
        </message>
        <message>
            <source>Next follow-up</source>
            <translation>下次跟进</translation>
        </message>
        <message>
            <source>Promise</source>
            <comment>column header: status of the latest promise to pay</comment>
            <translation>还款承诺</translation>
        </message>
        <message>
            <source>Local time</source>
            <translation>当地时间</translation>
        </message>
        <message>
            <source>Agent</source>
            <translation>催收员</translation>
        </message>
        <message>
            <source>Placed</source>
            <translation>委案日期</translation>
        </message>
    </context>
    <context>
        <name>caseloop::CaseListView</name>
        <message>
            <source>The cases could not be loaded: %1</source>
            <translation>无法加载案件：%1</translation>
        </message>
        <message>
            <source>Counting cases…</source>
            <translation>正在统计案件…</translation>
        </message>
        <message>
            <source>1 case</source>
            <translation>1 个案件</translation>
        </message>
        <message>
            <source>%1 cases</source>
            <translation>%1 个案件</translation>
        </message>
        <message>
            <source>No cases match these filters.</source>
            <translation>没有符合这些筛选条件的案件。</translation>
        </message>
        <message>
            <source>There are no cases you can see in this database.</source>
            <translation>此数据库中没有您可查看的案件。</translation>
        </message>
        <message>
            <source>Case %1 selected</source>
            <translation>已选择案件 %1</translation>
        </message>
        <message>
            <source>Search by reference, debtor name or phone (Ctrl+F)</source>
            <translation>按案件编号、债务人姓名或电话搜索（Ctrl+F）</translation>
        </message>
        <message>
            <source>All cases</source>
            <translation>全部案件</translation>
        </message>
        <message>
            <source>My queue today</source>
            <translation>我的今日待办</translation>
        </message>
        <message>
            <source>Follow-ups due</source>
            <translation>待跟进</translation>
        </message>
        <message>
            <source>Promises due</source>
            <translation>承诺到期</translation>
        </message>
        <message>
            <source>Broken promises</source>
            <translation>承诺违约</translation>
        </message>
        <message>
            <source>Never contacted</source>
            <translation>从未联系</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>清除筛选</translation>
        </message>
    </context>
</TS>
