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
        <message>
            <source>Start with the view NAME: %1; or case:REF for the case screen of the case REF.</source>
            <translation>启动时显示视图 NAME：%1；或用 case:REF 打开案件 REF 的案件页面。</translation>
        </message>
        <message>
            <source>“--view case:REF” needs a case reference, e.g. case:CL-2026-000001.</source>
            <translation>“--view case:REF”需要案件编号，例如 case:CL-2026-000001。</translation>
        </message>
        <message>
            <source>no case with the reference “%1” in %2.</source>
            <translation>%2 中没有编号为“%1”的案件。</translation>
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
        <message>
            <source>Unknown</source>
            <comment>call now: the contact rules could not be checked</comment>
            <translation>未知</translation>
        </message>
        <message>
            <source>Callable</source>
            <translation>可拨打</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>暂不可拨</translation>
        </message>
        <message>
            <source>On hold</source>
            <translation>已暂停</translation>
        </message>
        <message>
            <source>Opted out</source>
            <translation>已退订</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>The debtor may be in any of these time zones:</source>
            <translation>债务人可能位于以下任一时区：</translation>
        </message>
        <message>
            <source>The debtor's local time now (a range when the time zone is uncertain)</source>
            <translation>债务人现在的当地时间（时区不确定时显示范围）</translation>
        </message>
        <message>
            <source>Whether the contact rules allow calling the debtor now</source>
            <translation>联系规则现在是否允许致电债务人</translation>
        </message>
        <message>
            <source>Call now</source>
            <translation>可否致电</translation>
        </message>
        <message>
            <source>The contact rules have not been checked yet.</source>
            <translation>尚未检查联系规则。</translation>
        </message>
        <message>
            <source>The contact rules could not be checked: %1</source>
            <translation>无法检查联系规则：%1</translation>
        </message>
        <message>
            <source>Calling is allowed now.</source>
            <translation>现在允许致电。</translation>
        </message>
        <message>
            <source>Calling is not allowed now:</source>
            <translation>现在不允许致电：</translation>
        </message>
        <message>
            <source>Next allowed: %1</source>
            <translation>下次允许时间：%1</translation>
        </message>
        <message>
            <source>Warning: %1</source>
            <translation>警告：%1</translation>
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
        <message>
            <source>Type at least 2 characters to search</source>
            <translation>请至少输入 2 个字符再搜索</translation>
        </message>
    </context>
    <context>
        <name>caseloop::FollowUpModel</name>
        <message>
            <source>Overdue</source>
            <translation>已逾期</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>今天</translation>
        </message>
        <message>
            <source>Upcoming</source>
            <translation>即将到期</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>SMS</source>
            <translation>短信</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>电子邮件</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>信函</translation>
        </message>
        <message>
            <source>Field visit</source>
            <translation>外访</translation>
        </message>
        <message>
            <source>Review</source>
            <comment>follow-up type: look at the case again</comment>
            <translation>复核</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>%1 · overdue</source>
            <translation>%1 · 已逾期</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>案件</translation>
        </message>
        <message>
            <source>Debtor</source>
            <translation>债务人</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>到期时间</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Visit address</source>
            <translation>外访地址</translation>
        </message>
        <message>
            <source>Agent</source>
            <translation>催收员</translation>
        </message>
    </context>
    <context>
        <name>caseloop::FollowUpsView</name>
        <message>
            <source>Loading follow-ups…</source>
            <translation>正在加载跟进…</translation>
        </message>
        <message>
            <source>The follow-ups could not be loaded: %1</source>
            <translation>无法加载跟进：%1</translation>
        </message>
        <message>
            <source>The follow-ups could not be loaded. Press F5 to try again.</source>
            <translation>无法加载跟进。按 F5 重试。</translation>
        </message>
        <message>
            <source>%1 overdue</source>
            <translation>已逾期 %1 项</translation>
        </message>
        <message>
            <source>%1 due today</source>
            <translation>今天到期 %1 项</translation>
        </message>
        <message>
            <source>%1 upcoming in the next %2 days</source>
            <translation>未来 %2 天内到期 %1 项</translation>
        </message>
        <message>
            <source>showing the first %1</source>
            <translation>仅显示前 %1 项</translation>
        </message>
        <message>
            <source>No follow-ups due today — well done.
Your team has nothing overdue and nothing planned for the next %1 days.</source>
            <translation>今天没有到期的跟进——做得好！
您的团队没有逾期的跟进，未来 %1 天内也没有计划的跟进。</translation>
        </message>
        <message>
            <source>No follow-ups due today — well done.
Nothing is overdue and nothing is planned for the next %1 days. Follow-ups you plan when logging a contact appear here.</source>
            <translation>今天没有到期的跟进——做得好！
没有逾期的跟进，未来 %1 天内也没有计划的跟进。记录联系时安排的跟进会显示在这里。</translation>
        </message>
        <message>
            <source>Your team's follow-ups</source>
            <translation>团队的跟进</translation>
        </message>
        <message>
            <source>Your follow-ups</source>
            <translation>我的跟进</translation>
        </message>
    </context>
    <context>
        <name>caseloop::FollowUpReminder</name>
        <message>
            <source>1 follow-up overdue</source>
            <translation>1 项跟进已逾期</translation>
        </message>
        <message>
            <source>%1 follow-ups overdue</source>
            <translation>%1 项跟进已逾期</translation>
        </message>
        <message>
            <source>1 follow-up due today</source>
            <translation>今天有 1 项跟进到期</translation>
        </message>
        <message>
            <source>%1 follow-ups due today</source>
            <translation>今天有 %1 项跟进到期</translation>
        </message>
        <message>
            <source>%1 due today</source>
            <translation>今天到期 %1 项</translation>
        </message>
    </context>
    <context>
        <name>FollowUpQuery</name>
        <message>
            <source>The follow-up range is out of bounds.</source>
            <translation>跟进查询范围超出限制。</translation>
        </message>
    </context>
    <context>
        <name>CaseLabels</name>
        <message>
            <source>Call</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>SMS</source>
            <translation>短信</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>电子邮件</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>信函</translation>
        </message>
        <message>
            <source>Field visit</source>
            <translation>上门拜访</translation>
        </message>
        <message>
            <source>Outbound</source>
            <translation>呼出</translation>
        </message>
        <message>
            <source>Inbound</source>
            <translation>呼入</translation>
        </message>
        <message>
            <source>Dispute pending verification</source>
            <translation>争议待核实</translation>
        </message>
        <message>
            <source>Cease communication</source>
            <translation>停止联系</translation>
        </message>
        <message>
            <source>Bankruptcy</source>
            <translation>破产</translation>
        </message>
        <message>
            <source>Deceased</source>
            <translation>已故</translation>
        </message>
        <message>
            <source>Represented by an attorney</source>
            <translation>已委托律师</translation>
        </message>
        <message>
            <source>Hardship pause</source>
            <translation>困难暂停</translation>
        </message>
        <message>
            <source>Do not call</source>
            <translation>请勿致电</translation>
        </message>
        <message>
            <source>Employer prohibits contact</source>
            <translation>雇主禁止联系</translation>
        </message>
        <message>
            <source>Original creditor request</source>
            <translation>原债权人要求</translation>
        </message>
        <message>
            <source>Severe complaint open</source>
            <translation>严重投诉处理中</translation>
        </message>
        <message>
            <source>Paid, pending confirmation</source>
            <translation>已付款，待确认</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>复核</translation>
        </message>
        <message>
            <source>Once</source>
            <translation>一次</translation>
        </message>
        <message>
            <source>Weekly</source>
            <translation>每周</translation>
        </message>
        <message>
            <source>Every two weeks</source>
            <translation>每两周</translation>
        </message>
        <message>
            <source>Monthly</source>
            <translation>每月</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>收到</translation>
        </message>
        <message>
            <source>Acknowledged</source>
            <translation>已确认</translation>
        </message>
        <message>
            <source>Investigating</source>
            <translation>调查中</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>已解决</translation>
        </message>
        <message>
            <source>Closed</source>
            <comment>complaint status</comment>
            <translation>已关闭</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>低</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>中</translation>
        </message>
        <message>
            <source>High</source>
            <translation>高</translation>
        </message>
        <message>
            <source>Critical</source>
            <translation>严重</translation>
        </message>
        <message>
            <source>Phone call-back</source>
            <translation>电话回访</translation>
        </message>
        <message>
            <source>Web</source>
            <translation>网页</translation>
        </message>
        <message>
            <source>Third party</source>
            <translation>第三方</translation>
        </message>
        <message>
            <source>Internal</source>
            <translation>内部</translation>
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
            <source>mobile</source>
            <translation>手机</translation>
        </message>
        <message>
            <source>home</source>
            <translation>住宅</translation>
        </message>
        <message>
            <source>work</source>
            <translation>工作</translation>
        </message>
        <message>
            <source>The debtor</source>
            <translation>债务人本人</translation>
        </message>
        <message>
            <source>A relative</source>
            <translation>亲属</translation>
        </message>
        <message>
            <source>Another person</source>
            <translation>其他人</translation>
        </message>
        <message>
            <source>Nobody</source>
            <translation>无人</translation>
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
        <message>
            <source>%1, %2</source>
            <comment>day, time</comment>
            <translation>%1 %2</translation>
        </message>
    </context>
    <context>
        <name>CaseLoader</name>
        <message>
            <source>The case no longer exists. It may have been removed; go back to the case list and refresh it.</source>
            <translation>该案件已不存在，可能已被删除。请返回案件列表并刷新。</translation>
        </message>
    </context>
    <context>
        <name>DeleteContactCommand</name>
        <message>
            <source>deletion of the contact</source>
            <translation>删除联系记录</translation>
        </message>
        <message>
            <source>The deleted contact cannot be restored: the contact rules block it now (%1).</source>
            <translation>无法恢复已删除的联系记录：联系规则现在禁止（%1）。</translation>
        </message>
        <message>
            <source>The deleted contact cannot be restored: %1</source>
            <translation>无法恢复已删除的联系记录：%1</translation>
        </message>
        <message>
            <source>The contact can no longer be deleted: %1</source>
            <translation>联系记录已无法删除：%1</translation>
        </message>
    </context>
    <context>
        <name>EditContactCommand</name>
        <message>
            <source>edit of the contact</source>
            <translation>修改联系记录</translation>
        </message>
        <message>
            <source>The edit can no longer be undone: %1</source>
            <translation>该修改已无法撤销：%1</translation>
        </message>
        <message>
            <source>The edit can no longer be redone: %1</source>
            <translation>该修改已无法重做：%1</translation>
        </message>
    </context>
    <context>
        <name>caseloop::CaseComplaintModel</name>
        <message>
            <source>Reference</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>收到</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>严重程度</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Resolve by</source>
            <translation>处理期限</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>描述</translation>
        </message>
    </context>
    <context>
        <name>caseloop::CaseFeedbackModel</name>
        <message>
            <source>%1 / %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>回复时间</translation>
        </message>
        <message>
            <source>Respondent</source>
            <translation>答复人</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <source>Overall</source>
            <translation>总体</translation>
        </message>
        <message>
            <source>Attitude</source>
            <translation>态度</translation>
        </message>
        <message>
            <source>Efficiency</source>
            <translation>效率</translation>
        </message>
        <message>
            <source>NPS</source>
            <comment>net promoter score 0-10</comment>
            <translation>NPS</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>评论</translation>
        </message>
    </context>
    <context>
        <name>caseloop::CaseFollowUpModel</name>
        <message>
            <source>Done %1</source>
            <translation>已完成 %1</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>已逾期</translation>
        </message>
        <message>
            <source>Due today</source>
            <translation>今天到期</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>待办</translation>
        </message>
        <message>
            <source>%1 · at %2</source>
            <translation>%1 · 地点 %2</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>到期</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Agent</source>
            <translation>催收员</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
    </context>
    <context>
        <name>caseloop::CasePaymentModel</name>
        <message>
            <source>promise due %1</source>
            <translation>还款承诺 %1 到期</translation>
        </message>
        <message>
            <source>not matched</source>
            <translation>未匹配</translation>
        </message>
        <message>
            <source>Paid on</source>
            <translation>付款时间</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Matched to</source>
            <translation>匹配到</translation>
        </message>
    </context>
    <context>
        <name>caseloop::CasePromiseModel</name>
        <message>
            <source>%1 of %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <source>single</source>
            <translation>单笔</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>到期</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>已付</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Instalment</source>
            <translation>分期</translation>
        </message>
        <message>
            <source>Agent</source>
            <translation>催收员</translation>
        </message>
        <message>
            <source>Made</source>
            <translation>承诺时间</translation>
        </message>
    </context>
    <context>
        <name>caseloop::CaseScreenView</name>
        <message>
            <source>Details</source>
            <translation>详细信息</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>案件</translation>
        </message>
        <message>
            <source>Back to the case list (Esc)</source>
            <translation>返回案件列表（Esc）</translation>
        </message>
        <message>
            <source>Log contact</source>
            <translation>记录联系</translation>
        </message>
        <message>
            <source>Log a contact on this case (Ctrl+L)</source>
            <translation>为此案件记录一次联系（Ctrl+L）</translation>
        </message>
        <message>
            <source>Promise</source>
            <translation>还款承诺</translation>
        </message>
        <message>
            <source>Log a contact with a promise to pay (Ctrl+P)</source>
            <translation>记录联系并登记还款承诺（Ctrl+P）</translation>
        </message>
        <message>
            <source>Undo the last edit or deletion (Ctrl+Z)</source>
            <translation>撤销上一次修改或删除（Ctrl+Z）</translation>
        </message>
        <message>
            <source>Redo (Ctrl+Shift+Z)</source>
            <translation>重做（Ctrl+Shift+Z）</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Show details</source>
            <translation>显示详细信息</translation>
        </message>
        <message>
            <source>No contacts on this case yet. Press Ctrl+L to log the first one.</source>
            <translation>此案件尚无联系记录。按 Ctrl+L 记录第一次联系。</translation>
        </message>
        <message>
            <source>No follow-ups planned. Plan the next step when you log a contact.</source>
            <translation>尚未安排跟进。记录联系时可安排下一步。</translation>
        </message>
        <message>
            <source>No promises or payments yet. Press Ctrl+P to record a promise to pay.</source>
            <translation>尚无还款承诺或付款。按 Ctrl+P 登记还款承诺。</translation>
        </message>
        <message>
            <source>No survey responses about this case.</source>
            <translation>此案件没有调查回复。</translation>
        </message>
        <message>
            <source>No complaints about this case.</source>
            <translation>此案件没有投诉。</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>Contact log</source>
            <translation>联系记录</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>跟进</translation>
        </message>
        <message>
            <source>Promises</source>
            <translation>还款承诺</translation>
        </message>
        <message>
            <source>Feedback</source>
            <translation>反馈</translation>
        </message>
        <message>
            <source>Complaints</source>
            <translation>投诉</translation>
        </message>
        <message>
            <source>Payments: %1</source>
            <translation>付款：%1</translation>
        </message>
        <message>
            <source>The case %1 could not be loaded. %2</source>
            <translation>无法加载案件 %1。%2</translation>
        </message>
        <message>
            <source>The contact was not changed. %1</source>
            <translation>联系记录未修改。%1</translation>
        </message>
        <message>
            <source>The contact was not deleted. %1</source>
            <translation>联系记录未删除。%1</translation>
        </message>
        <message>
            <source>The amendment note was not added. %1</source>
            <translation>补充说明未添加。%1</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>编辑…</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>删除…</translation>
        </message>
        <message>
            <source>Editable until %1</source>
            <translation>可编辑至 %1</translation>
        </message>
        <message>
            <source>Add amendment note…</source>
            <translation>添加补充说明…</translation>
        </message>
        <message>
            <source>Delete Contact</source>
            <translation>删除联系记录</translation>
        </message>
        <message>
            <source>Delete the %1 of %2 (%3)?</source>
            <translation>删除 %2 的%1（%3）？</translation>
        </message>
        <message>
            <source>You can undo this with Ctrl+Z while the grace period lasts.</source>
            <translation>在宽限期内可按 Ctrl+Z 撤销。</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>保留</translation>
        </message>
        <message>
            <source>Add Amendment Note</source>
            <translation>添加补充说明</translation>
        </message>
        <message>
            <source>The contact itself stays as it was logged; the note is added under it with your name and the time.</source>
            <translation>联系记录本身保持原样；说明将附在其下，并注明您的姓名和时间。</translation>
        </message>
    </context>
    <context>
        <name>caseloop::CaseSummaryPanel</name>
        <message>
            <source>Contact now</source>
            <translation>当前可否联系</translation>
        </message>
        <message>
            <source>Holds and opt-outs</source>
            <translation>暂停与退订</translation>
        </message>
        <message>
            <source>Contact details</source>
            <translation>联系方式</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>账户</translation>
        </message>
        <message>
            <source>Phones</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>E-mails</source>
            <translation>电子邮件</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>委托方</translation>
        </message>
        <message>
            <source>Original creditor</source>
            <translation>原债权人</translation>
        </message>
        <message>
            <source>Client reference</source>
            <translation>委托方编号</translation>
        </message>
        <message>
            <source>Placed</source>
            <translation>委案日期</translation>
        </message>
        <message>
            <source>Placed balance</source>
            <translation>委案金额</translation>
        </message>
        <message>
            <source>Current balance</source>
            <translation>当前余额</translation>
        </message>
        <message>
            <source>Payments</source>
            <translation>付款</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
        <message>
            <source>Case %1</source>
            <translation>案件 %1</translation>
        </message>
        <message>
            <source>workplace</source>
            <translation>工作单位</translation>
        </message>
        <message>
            <source>opted out — do not call</source>
            <translation>已退订——请勿致电</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <source>opted out</source>
            <translation>已退订</translation>
        </message>
        <message numerus="yes">
            <source>%1 in %n payment(s)</source>
            <translation>
                <numerusform>共 %n 笔付款，合计 %1</numerusform>
            </translation>
        </message>
        <message>
            <source>✔ Calling allowed now</source>
            <translation>✔ 现在可以致电</translation>
        </message>
        <message>
            <source>✖ Calling blocked</source>
            <translation>✖ 禁止致电</translation>
        </message>
        <message>
            <source>Warning: %1</source>
            <translation>警告：%1</translation>
        </message>
        <message>
            <source>Next allowed at %1 (your time).</source>
            <translation>下次允许时间：%1（您的时间）。</translation>
        </message>
        <message>
            <source>Next allowed at %1 debtor's time (%2 your time).</source>
            <translation>下次允许时间：债务人时间 %1（您的时间 %2）。</translation>
        </message>
        <message>
            <source>No time is known at which calling would be allowed.</source>
            <translation>目前无法确定何时允许致电。</translation>
        </message>
        <message>
            <source>%1 of %2 calls this week</source>
            <translation>本周已拨打 %1 / %2 次</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %2 calls in %n day(s)</source>
            <translation>
                <numerusform>%n 天内已拨打 %1 / %2 次</numerusform>
            </translation>
        </message>
        <message>
            <source>Checking the contact rules…</source>
            <translation>正在检查联系规则…</translation>
        </message>
        <message>
            <source>The contact rules could not be checked.</source>
            <translation>无法检查联系规则。</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; %2 · %3</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; %2 · %3</translation>
        </message>
        <message>
            <source>Debtor's local time unknown</source>
            <translation>债务人当地时间未知</translation>
        </message>
        <message>
            <source>Debtor's local times (every zone must allow a contact):</source>
            <translation>债务人当地时间（每个时区都须允许联系）：</translation>
        </message>
        <message>
            <source>Debtor's local time:</source>
            <translation>债务人当地时间：</translation>
        </message>
        <message>
            <source>since %1</source>
            <translation>自 %1</translation>
        </message>
        <message>
            <source>until %1</source>
            <translation>至 %1</translation>
        </message>
        <message>
            <source>Do not call %1</source>
            <translation>请勿致电 %1</translation>
        </message>
        <message>
            <source>E-mail opt-out %1</source>
            <translation>邮件已退订 %1</translation>
        </message>
        <message>
            <source>No holds or opt-outs</source>
            <translation>无暂停或退订</translation>
        </message>
    </context>
    <context>
        <name>caseloop::CaseTimelineModel</name>
        <message>
            <source>user %1</source>
            <translation>用户 %1</translation>
        </message>
        <message>
            <source>%1 in %2</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>RPC</source>
            <comment>right-party contact</comment>
            <translation>本人</translation>
        </message>
        <message>
            <source>Met: %1</source>
            <translation>见到：%1</translation>
        </message>
        <message numerus="yes">
            <source>%n attachment(s)</source>
            <translation>
                <numerusform>%n 个附件</numerusform>
            </translation>
        </message>
        <message>
            <source>logged under a supervisor override</source>
            <translation>经主管特批记录</translation>
        </message>
        <message>
            <source>Can be edited until %1</source>
            <translation>可编辑至 %1</translation>
        </message>
        <message>
            <source>↳ Amendment</source>
            <translation>↳ 补充说明</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>方向</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Debtor's time</source>
            <translation>债务人时间</translation>
        </message>
        <message>
            <source>Agent</source>
            <translation>催收员</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>时长</translation>
        </message>
        <message>
            <source>RPC</source>
            <comment>column: right-party contact</comment>
            <translation>本人</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
    </context>
    <context>
        <name>caseloop::ContactEditDialog</name>
        <message>
            <source>Edit Contact</source>
            <translation>编辑联系记录</translation>
        </message>
        <message>
            <source>%1 of %2. You can change it until %3; after that only an amendment note can be added.</source>
            <translation>%2 的%1。可修改至 %3；此后只能添加补充说明。</translation>
        </message>
        <message>
            <source>Right-party contact</source>
            <translation>本人联系</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
    </context>
    <context>
        <name>caseloop::LogContactForm</name>
        <message>
            <source>Log contact</source>
            <translation>记录联系</translation>
        </message>
        <message>
            <source>Close the form (Esc)</source>
            <translation>关闭表单（Esc）</translation>
        </message>
        <message>
            <source>C&amp;hannel</source>
            <translation>渠道(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Direction</source>
            <translation>方向(&amp;D)</translation>
        </message>
        <message>
            <source>E-&amp;mail</source>
            <translation>电子邮件(&amp;M)</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>电话(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Outcome</source>
            <translation>结果(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Right-party contact (spoke with the debtor)</source>
            <translation>本人联系（与债务人本人通话）(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>备注(&amp;N)</translation>
        </message>
        <message>
            <source>What was said or done</source>
            <translation>沟通内容或处理情况</translation>
        </message>
        <message>
            <source>Field visit</source>
            <translation>上门拜访</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Who was met</source>
            <translation>见到何人</translation>
        </message>
        <message>
            <source>GPS (optional)</source>
            <translation>GPS（可选）</translation>
        </message>
        <message>
            <source>latitude</source>
            <translation>纬度</translation>
        </message>
        <message>
            <source>longitude</source>
            <translation>经度</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>附件</translation>
        </message>
        <message>
            <source>Add files…</source>
            <translation>添加文件…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <source>Next &amp;follow-up</source>
            <translation>下一步跟进(&amp;F)</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>到期</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>&amp;Promise to pay</source>
            <translation>还款承诺(&amp;P)</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>One payment</source>
            <translation>一次付清</translation>
        </message>
        <message>
            <source>Instalments</source>
            <translation>分期</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>期数</translation>
        </message>
        <message>
            <source>Every</source>
            <translation>频率</translation>
        </message>
        <message>
            <source>Due (first)</source>
            <translation>到期（首期）</translation>
        </message>
        <message>
            <source>Override…</source>
            <translation>特批…</translation>
        </message>
        <message>
            <source>Only a supervisor can override the contact rules. Ask a supervisor to override.</source>
            <translation>只有主管可以特批越过联系规则。请联系主管特批。</translation>
        </message>
        <message>
            <source>Show details</source>
            <translation>显示详细信息</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <source>Save the contact (Ctrl+Enter or Ctrl+S)</source>
            <translation>保存联系记录（Ctrl+Enter 或 Ctrl+S）</translation>
        </message>
        <message>
            <source>Ctrl+Enter saves</source>
            <translation>Ctrl+Enter 保存</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>opted out</source>
            <translation>已退订</translation>
        </message>
        <message>
            <source>Choose an outcome…</source>
            <translation>请选择结果…</translation>
        </message>
        <message>
            <source>%1 (creates a hold: %2)</source>
            <translation>%1（将创建暂停：%2）</translation>
        </message>
        <message>
            <source>First due</source>
            <translation>首期到期</translation>
        </message>
        <message>
            <source>Enter the amount to see the schedule.</source>
            <translation>输入金额后显示还款计划。</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… 另有 %n 期</numerusform>
            </translation>
        </message>
        <message>
            <source>%1. %2 — %3</source>
            <translation>%1. %2 — %3</translation>
        </message>
        <message>
            <source>The contact rules could not be checked: %1 They are checked again when you save.</source>
            <translation>无法检查联系规则：%1 保存时会再次检查。</translation>
        </message>
        <message>
            <source>Allowed now under the contact rules.</source>
            <translation>按联系规则，现在允许联系。</translation>
        </message>
        <message>
            <source>Warning: %1</source>
            <translation>警告：%1</translation>
        </message>
        <message>
            <source>This %1 is blocked by the contact rules:</source>
            <translation>联系规则禁止此次%1：</translation>
        </message>
        <message>
            <source>Next allowed at %1 (your time).</source>
            <translation>下次允许时间：%1（您的时间）。</translation>
        </message>
        <message>
            <source>No time is known at which it would be allowed.</source>
            <translation>目前无法确定何时允许。</translation>
        </message>
        <message numerus="yes">
            <source>Override recorded: you may save this contact once within %n minute(s).</source>
            <translation>
                <numerusform>特批已记录：可在 %n 分钟内保存一次此联系。</numerusform>
            </translation>
        </message>
        <message>
            <source>Attach files</source>
            <translation>添加附件</translation>
        </message>
        <message>
            <source>Photos and documents (*.jpg *.jpeg *.png *.pdf);;All files (*)</source>
            <translation>照片和文档 (*.jpg *.jpeg *.png *.pdf);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Everything you entered is still in the form: correct it and save again, or copy your notes.</source>
            <translation>您输入的内容仍保留在表单中：请修改后再次保存，或复制您的备注。</translation>
        </message>
        <message>
            <source>The contact was not saved.</source>
            <translation>联系记录未保存。</translation>
        </message>
        <message>
            <source>Choose the outcome of the contact.</source>
            <translation>请选择此次联系的结果。</translation>
        </message>
        <message>
            <source>Enter the amount of the promise, or untick “Promise to pay”.</source>
            <translation>请输入承诺金额，或取消勾选“还款承诺”。</translation>
        </message>
        <message>
            <source>The contact rules block it now (see the reasons above).</source>
            <translation>联系规则现在禁止此次联系（原因见上方）。</translation>
        </message>
        <message>
            <source>Contact saved at %1.</source>
            <translation>联系记录已于 %1 保存。</translation>
        </message>
        <message>
            <source>Discard the contact?</source>
            <translation>放弃此联系记录？</translation>
        </message>
        <message>
            <source>Discard the contact you started logging?</source>
            <translation>放弃正在记录的联系？</translation>
        </message>
        <message>
            <source>The outcome, notes and other entries will be lost.</source>
            <translation>结果、备注及其他输入将会丢失。</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>放弃</translation>
        </message>
        <message>
            <source>Keep Editing</source>
            <translation>继续编辑</translation>
        </message>
    </context>
    <context>
        <name>caseloop::OverrideDialog</name>
        <message>
            <source>Override the contact rules</source>
            <translation>特批越过联系规则</translation>
        </message>
        <message numerus="yes">
            <source>This %1 is blocked by the contact rules. As %2 you may allow it once, within %n minute(s). The override and your reason are written to the audit log.</source>
            <translation>
                <numerusform>联系规则禁止此次%1。作为%2，您可以在 %n 分钟内特批一次。特批及其理由将写入审计日志。</numerusform>
            </translation>
        </message>
        <message>
            <source>Rules being overridden:</source>
            <translation>被越过的规则：</translation>
        </message>
        <message>
            <source>&amp;Reason (required):</source>
            <translation>理由（必填）(&amp;R)：</translation>
        </message>
        <message>
            <source>Why this contact must happen now, e.g. “Debtor asked to be called back at this time today”.</source>
            <translation>为何必须现在联系，例如“债务人要求今天此时回电”。</translation>
        </message>
        <message>
            <source>&amp;Override</source>
            <translation>特批(&amp;O)</translation>
        </message>
        <message>
            <source>Type the reason for the override.</source>
            <translation>请填写特批理由。</translation>
        </message>
        <message>
            <source>The override was not recorded. %1</source>
            <translation>特批未记录。%1</translation>
        </message>
    </context>
</TS>
