<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>There is no user named {name}</source>
        <translation>没有名为 {name} 的用户</translation>
    </message>
    <message>
        <source>The account {name} is disabled</source>
        <translation>账户 {name} 已停用</translation>
    </message>
    <message>
        <source>The account {name} is locked after {count} failed logins; try again after {time}</source>
        <translation>账户 {name} 连续 {count} 次登录失败，已被锁定；请于 {time} 之后再试</translation>
    </message>
    <message>
        <source>Wrong password. The account {name} is now locked for {minutes} minutes</source>
        <translation>密码错误。账户 {name} 已被锁定 {minutes} 分钟</translation>
    </message>
    <message>
        <source>Wrong password for {name} ({left} tries left before the account is locked)</source>
        <translation>{name} 的密码错误（再错 {left} 次账户将被锁定）</translation>
    </message>
    <message>
        <source>Choose a backup file, not the database itself</source>
        <translation>请选择备份文件，而不是数据库本身</translation>
    </message>
    <message>
        <source>{name} is a backup of a server database; this database is an SQLite file</source>
        <translation>{name} 是服务器数据库的备份，而本数据库是 SQLite 文件</translation>
    </message>
    <message>
        <source>Cannot read the backup {name}: {reason}</source>
        <translation>无法读取备份 {name}：{reason}</translation>
    </message>
    <message>
        <source>{name} is not a FrontOffice backup</source>
        <translation>{name} 不是物业前台的备份文件</translation>
    </message>
    <message>
        <source>The backup {name} is damaged; choose another</source>
        <translation>备份 {name} 已损坏；请选择其他备份</translation>
    </message>
    <message>
        <source>The backup {name} was made by a newer FrontOffice; install the newer version</source>
        <translation>备份 {name} 由更新版本的物业前台生成；请安装新版本</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>{name} is a backup of an SQLite file; copy it into this server database with &apos;frontoffice-admin migrate-data&apos;</source>
        <translation>{name} 是 SQLite 文件的备份；请用 &apos;frontoffice-admin migrate-data&apos; 把它复制到本服务器数据库</translation>
    </message>
    <message>
        <source>{name} is not a FrontOffice backup, or it is damaged</source>
        <translation>{name} 不是物业前台的备份，或已损坏</translation>
    </message>
    <message>
        <source>Cannot write the backup to {name}: {reason}</source>
        <translation>无法将备份写入 {name}：{reason}</translation>
    </message>
    <message>
        <source>The audit log was tampered with: {problems}</source>
        <translation>审计日志已被篡改：{problems}</translation>
    </message>
    <message>
        <source>No password: set {env} or run the command in a terminal</source>
        <translation>没有密码：请设置 {env}，或在终端中运行该命令</translation>
    </message>
    <message>
        <source>No new password: set {env} or run the command in a terminal</source>
        <translation>没有新密码：请设置 {env}，或在终端中运行该命令</translation>
    </message>
    <message>
        <source>The two passwords differ</source>
        <translation>两次输入的密码不一致</translation>
    </message>
    <message>
        <source>Say who you are with --as NAME</source>
        <translation>请用 --as 用户名 指明操作人</translation>
    </message>
    <message>
        <source>The database {name} is locked by another program; try again later</source>
        <translation>数据库 {name} 正被其他程序锁定，请稍后再试</translation>
    </message>
    <message>
        <source>{name} is not a FrontOffice database, or it is damaged</source>
        <translation>{name} 不是物业前台的数据库，或已损坏</translation>
    </message>
    <message>
        <source>Cannot open the database {name}: check the path and its permissions</source>
        <translation>无法打开数据库 {name}：请检查路径和权限</translation>
    </message>
    <message>
        <source>The database {name} cannot be used: {reason}</source>
        <translation>数据库 {name} 无法使用：{reason}</translation>
    </message>
    <message>
        <source>Type the server&apos;s name or address (at most {count} characters)</source>
        <translation>请输入服务器的名称或地址（最多 {count} 个字符）</translation>
    </message>
    <message>
        <source>Type the database&apos;s name (at most {count} characters)</source>
        <translation>请输入数据库名称（最多 {count} 个字符）</translation>
    </message>
    <message>
        <source>Type the user name on the server (at most {count} characters)</source>
        <translation>请输入服务器上的用户名（最多 {count} 个字符）</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535</source>
        <translation>端口是 1 到 65535 之间的数字</translation>
    </message>
    <message>
        <source>The server&apos;s name or address has no spaces</source>
        <translation>服务器的名称或地址中不能有空格</translation>
    </message>
    <message>
        <source>Cannot use the database {name}: {reason}</source>
        <translation>无法使用数据库 {name}：{reason}</translation>
    </message>
    <message>
        <source>{name} is another program&apos;s database, not FrontOffice&apos;s</source>
        <translation>{name} 是其他程序的数据库，不是物业前台的</translation>
    </message>
    <message>
        <source>Cannot save the connection in {path}: {reason}</source>
        <translation>无法把连接保存到 {path}：{reason}</translation>
    </message>
    <message>
        <source>The database {name} was made by a newer FrontOffice (schema {found}); this version knows schemas up to {head}. Install the newer version</source>
        <translation>数据库 {name} 由更新版本的物业前台创建（结构版本 {found}）；本版本只支持到 {head}。请安装新版本</translation>
    </message>
    <message>
        <source>There is no database at {name}; check the path, or create one with &apos;frontoffice-admin init --db {name}&apos;</source>
        <translation>{name} 处没有数据库；请检查路径，或用 frontoffice-admin init --db {name} 创建</translation>
    </message>
    <message>
        <source>{name} is a folder, not a database file</source>
        <translation>{name} 是文件夹，不是数据库文件</translation>
    </message>
    <message>
        <source>Cannot read the database {name}: {reason}</source>
        <translation>无法读取数据库 {name}：{reason}</translation>
    </message>
    <message>
        <source>Cannot create the database {name}: {reason}</source>
        <translation>无法创建数据库 {name}：{reason}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an amount of money</source>
        <translation>“{text}”不是有效金额</translation>
    </message>
    <message>
        <source>An amount has at most two decimal places (fen): {text}</source>
        <translation>金额最多两位小数（到分）：{text}</translation>
    </message>
    <message>
        <source>The amount cannot be negative: {text}</source>
        <translation>金额不能为负数：{text}</translation>
    </message>
    <message>
        <source>The amount is too large: {text}</source>
        <translation>金额过大：{text}</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>收费员</translation>
    </message>
    <message>
        <source>Business-centre operator</source>
        <translation>商务中心操作员</translation>
    </message>
    <message>
        <source>Front-desk clerk</source>
        <translation>前台</translation>
    </message>
    <message>
        <source>Engineering</source>
        <translation>工程部</translation>
    </message>
    <message>
        <source>Safety officer</source>
        <translation>安全主任</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>管理用户</translation>
    </message>
    <message>
        <source>edit the site details</source>
        <translation>修改项目信息</translation>
    </message>
    <message>
        <source>back up the database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>restore the database</source>
        <translation>恢复数据库</translation>
    </message>
    <message>
        <source>verify the audit log</source>
        <translation>校验审计日志</translation>
    </message>
    <message>
        <source>issue fee receipts</source>
        <translation>开具收费收据</translation>
    </message>
    <message>
        <source>issue business-centre receipts</source>
        <translation>开具商务中心收据</translation>
    </message>
    <message>
        <source>look up and print receipts</source>
        <translation>查询和打印收据</translation>
    </message>
    <message>
        <source>void receipts</source>
        <translation>作废收据</translation>
    </message>
    <message>
        <source>look at owner accounts</source>
        <translation>查看业户账户</translation>
    </message>
    <message>
        <source>change buildings, units and owners</source>
        <translation>修改楼栋、房屋和业户资料</translation>
    </message>
    <message>
        <source>change fee standards</source>
        <translation>修改收费标准</translation>
    </message>
    <message>
        <source>run the monthly billing</source>
        <translation>执行月度计费</translation>
    </message>
    <message>
        <source>take payments</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>refund credit</source>
        <translation>退还预交款</translation>
    </message>
    <message>
        <source>take business-centre orders</source>
        <translation>办理商务中心订单</translation>
    </message>
    <message>
        <source>keep the business centre&apos;s price list, rooms and equipment</source>
        <translation>维护商务中心价目表、场地和设备</translation>
    </message>
    <message>
        <source>approve staff requests to use the business centre</source>
        <translation>审批员工使用商务中心的申请</translation>
    </message>
    <message>
        <source>take repair reports and follow them up</source>
        <translation>受理报修并回访</translation>
    </message>
    <message>
        <source>dispatch repairs and record the work done</source>
        <translation>派工并登记维修工料</translation>
    </message>
    <message>
        <source>keep the equipment register, maintenance plans, technicians and materials</source>
        <translation>维护设备档案、保养计划、维修人员和材料</translation>
    </message>
    <message>
        <source>carry out fire, cleaning and security inspections and follow up their notices</source>
        <translation>进行消防、清洁和保安检查并跟进整改通知</translation>
    </message>
    <message>
        <source>keep the checklists and their schedules, the fire responsibility register, drills and training</source>
        <translation>维护检查表及检查计划、消防责任名册、演练和培训</translation>
    </message>
    <message>
        <source>keep the front desk&apos;s logs: visitors, messages, complaints, keys, mail, luggage and errands</source>
        <translation>登记前台各项记录：访客、留言、投诉、钥匙、邮件、行李和委托代办</translation>
    </message>
    <message>
        <source>The account {user} was disabled or its role changed; log in again</source>
        <translation>账户 {user} 已被停用或角色已变更；请重新登录</translation>
    </message>
    <message>
        <source>{user} ({role}) may not {action}</source>
        <translation>{user}（{role}）无权{action}</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Fee receipt title</source>
        <translation>收费收据标题</translation>
    </message>
    <message>
        <source>Business-centre receipt title</source>
        <translation>商务中心收据标题</translation>
    </message>
    <message>
        <source>{label} is required</source>
        <translation>{label}为必填项</translation>
    </message>
    <message>
        <source>{label} is longer than {count} characters</source>
        <translation>{label}超过 {count} 个字符</translation>
    </message>
    <message>
        <source>This database already has users; ask an administrator for an account</source>
        <translation>该数据库已有用户；请向管理员申请账户</translation>
    </message>
    <message>
        <source>There is already a user named {name}</source>
        <translation>已存在名为 {name} 的用户</translation>
    </message>
    <message>
        <source>The current password is wrong</source>
        <translation>当前密码错误</translation>
    </message>
    <message>
        <source>You cannot disable your own account</source>
        <translation>不能停用自己的账户</translation>
    </message>
    <message>
        <source>A user name is 2 to 32 letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;, without spaces</source>
        <translation>用户名为 2 至 32 个字母、数字、“.”、“-”或“_”，不含空格</translation>
    </message>
    <message>
        <source>The full name is longer than 100 characters</source>
        <translation>姓名超过 100 个字符</translation>
    </message>
    <message>
        <source>A password has at least {count} characters</source>
        <translation>密码至少 {count} 个字符</translation>
    </message>
    <message>
        <source>Unknown role {role}; the roles are: {roles}</source>
        <translation>未知角色 {role}；可用角色：{roles}</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <source>Not a genuine receipt: {problem}</source>
        <translation>不是真实有效的收据：{problem}</translation>
    </message>
    <message>
        <source>Receipt {number} is genuine but was voided: {reason}</source>
        <translation>收据 {number} 真实，但已作废：{reason}</translation>
    </message>
    <message>
        <source>The document font {path} is missing or damaged; reinstall FrontOffice</source>
        <translation>单据字体 {path} 缺失或已损坏；请重新安装物业前台</translation>
    </message>
    <message>
        <source>The document font {path} lacks characters: {chars}</source>
        <translation>单据字体 {path} 缺少字符：{chars}</translation>
    </message>
    <message>
        <source>This database has no receipt secret; run &apos;frontoffice-admin init&apos; to upgrade it</source>
        <translation>该数据库没有收据校验密钥；请运行 frontoffice-admin init 升级数据库</translation>
    </message>
    <message>
        <source>This is not a FrontOffice receipt code: {text}</source>
        <translation>这不是物业前台的收据二维码：{text}</translation>
    </message>
    <message>
        <source>Who paid? The payer is required</source>
        <translation>请填写交款人</translation>
    </message>
    <message>
        <source>The payer, unit or note is too long</source>
        <translation>交款人、房号或备注过长</translation>
    </message>
    <message>
        <source>A payment above {max} is not plausible; split it or check the amount</source>
        <translation>单笔收款超过 {max} 不合理；请核对金额或分笔收取</translation>
    </message>
    <message>
        <source>Unknown payment method {method}</source>
        <translation>未知的付款方式 {method}</translation>
    </message>
    <message>
        <source>A payment is money received: it cannot be charged to an account</source>
        <translation>收款须实收款项，不能挂账</translation>
    </message>
    <message>
        <source>The credit paid with receipt {number} was refunded already; it cannot be voided</source>
        <translation>收据 {number} 所收的预交款已经退还，不能作废</translation>
    </message>
    <message>
        <source>Say why the credit is refunded, in at most {count} characters</source>
        <translation>请填写退款原因，最多 {count} 个字</translation>
    </message>
    <message>
        <source>Say why the credit is refunded</source>
        <translation>请填写退款原因</translation>
    </message>
    <message>
        <source>Unit {unit} has only {credit} of credit to refund</source>
        <translation>{unit} 的预交余额只有 {credit}，不足以退款</translation>
    </message>
    <message>
        <source>A receipt needs at least one line</source>
        <translation>收据至少要有一行收费项目</translation>
    </message>
    <message>
        <source>A receipt holds at most {count} lines</source>
        <translation>一张收据最多 {count} 行</translation>
    </message>
    <message>
        <source>Each line needs an item of at most 100 characters</source>
        <translation>每一行都要填写项目，最多 100 个字符</translation>
    </message>
    <message>
        <source>The total is too large</source>
        <translation>合计金额过大</translation>
    </message>
    <message>
        <source>Amounts are in yuan with at most two decimal places</source>
        <translation>金额以元为单位，最多两位小数</translation>
    </message>
    <message>
        <source>Each amount must be above zero and within range</source>
        <translation>每项金额必须大于零且在允许范围内</translation>
    </message>
    <message>
        <source>Unknown kind of receipt {kind}</source>
        <translation>未知的收据类型 {kind}</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <source>Cheque</source>
        <translation>支票</translation>
    </message>
    <message>
        <source>Charged to account</source>
        <translation>挂账</translation>
    </message>
    <message>
        <source>Unknown layout {layout}; use a4-three or carbonless-241x93</source>
        <translation>未知的版式 {layout}；请使用 a4-three 或 carbonless-241x93</translation>
    </message>
    <message>
        <source>Receipt {number} was printed or voided at another desk meanwhile; open it again</source>
        <translation>收据 {number} 刚刚在其他工作站被打印或作废；请重新打开</translation>
    </message>
    <message>
        <source>There is no receipt numbered {number}</source>
        <translation>没有编号为 {number} 的收据</translation>
    </message>
    <message>
        <source>The first date is after the last one</source>
        <translation>开始日期晚于结束日期</translation>
    </message>
    <message>
        <source>Say why the receipt is void, in at most {count} characters</source>
        <translation>请填写作废原因，最多 {count} 个字</translation>
    </message>
    <message>
        <source>Say why the receipt is void</source>
        <translation>请填写作废原因</translation>
    </message>
    <message>
        <source>Receipt {number} is already void</source>
        <translation>收据 {number} 已作废</translation>
    </message>
    <message>
        <source>The audit log of this database is damaged (its head row is missing); restore a backup</source>
        <translation>该数据库的审计日志已损坏（缺少链头记录）；请恢复备份</translation>
    </message>
    <message>
        <source>The period {period} has not ended yet: bill it from {day} on</source>
        <translation>{period} 尚未结束：请于 {day} 起计费</translation>
    </message>
    <message>
        <source>A rate is in yuan per m² with at most two decimals</source>
        <translation>单价以元/平方米计，最多两位小数</translation>
    </message>
    <message>
        <source>A rate cannot be below zero or above {max}</source>
        <translation>单价不能小于零或大于 {max}</translation>
    </message>
    <message>
        <source>{count} rows are wrong; nothing was imported</source>
        <translation>有 {count} 行有误；未导入任何数据</translation>
    </message>
    <message>
        <source>{name} is not a spreadsheet: use .xlsx or .csv</source>
        <translation>{name} 不是表格文件：请使用 .xlsx 或 .csv</translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation>{name} 是空文件</translation>
    </message>
    <message>
        <source>{name} lacks the columns: {columns}</source>
        <translation>{name} 缺少列：{columns}</translation>
    </message>
    <message>
        <source>{name} has a column twice: {columns}</source>
        <translation>{name} 中有重复的列：{columns}</translation>
    </message>
    <message>
        <source>{name} has more than {count} rows</source>
        <translation>{name} 超过 {count} 行</translation>
    </message>
    <message>
        <source>Cannot read {name}: {reason}</source>
        <translation>无法读取 {name}：{reason}</translation>
    </message>
    <message>
        <source>{name} is neither UTF-8 nor GBK text</source>
        <translation>{name} 既不是 UTF-8 也不是 GBK 编码的文本</translation>
    </message>
    <message>
        <source>{column} is a date written YYYY-MM-DD: {value}</source>
        <translation>{column}应为日期，格式 YYYY-MM-DD：{value}</translation>
    </message>
    <message>
        <source>Unit {code} is already on line {line}</source>
        <translation>房屋 {code} 已在第 {line} 行出现</translation>
    </message>
    <message>
        <source>Residential</source>
        <translation>住宅</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>办公</translation>
    </message>
    <message>
        <source>Commercial</source>
        <translation>商业</translation>
    </message>
    <message>
        <source>Property service</source>
        <translation>物业服务费</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>电梯费</translation>
    </message>
    <message>
        <source>Secondary water supply</source>
        <translation>二次供水费</translation>
    </message>
    <message>
        <source>Business centre</source>
        <translation>商务中心</translation>
    </message>
    <message>
        <source>Repairs</source>
        <translation>维修费</translation>
    </message>
    <message>
        <source>Errands</source>
        <translation>委托代办</translation>
    </message>
    <message>
        <source>A period is written YYYY-MM, e.g. 2026-10: {text}</source>
        <translation>期间格式为 YYYY-MM，例如 2026-10：{text}</translation>
    </message>
    <message>
        <source>Unknown unit type {text}: use residential/住宅, office/办公 or commercial/商业</source>
        <translation>未知的房屋类型 {text}：请用 住宅、办公 或 商业</translation>
    </message>
    <message>
        <source>Unknown fee item {text}: use property, lift or water</source>
        <translation>未知的收费项目 {text}：请用 property、lift 或 water</translation>
    </message>
    <message>
        <source>A building name is 1 to 20 letters or digits, e.g. A</source>
        <translation>楼栋名为 1 至 20 个字母或数字，例如 A</translation>
    </message>
    <message>
        <source>A building has 1 to 200 floors</source>
        <translation>楼层数应为 1 至 200</translation>
    </message>
    <message>
        <source>There is already a building {name}</source>
        <translation>已有楼栋 {name}</translation>
    </message>
    <message>
        <source>The building is missing or malformed</source>
        <translation>楼栋缺失或格式不对</translation>
    </message>
    <message>
        <source>The room is missing or malformed</source>
        <translation>房号缺失或格式不对</translation>
    </message>
    <message>
        <source>A unit&apos;s code (building-room) is at most {count} characters</source>
        <translation>房号（楼栋-房间）最多 {count} 个字</translation>
    </message>
    <message>
        <source>The floor must be a whole number: {value}</source>
        <translation>楼层必须是整数：{value}</translation>
    </message>
    <message>
        <source>The area must be a number of m²: {value}</source>
        <translation>建筑面积必须是平方米数：{value}</translation>
    </message>
    <message>
        <source>The area must be above zero m²: {value}</source>
        <translation>建筑面积必须大于零：{value}</translation>
    </message>
    <message>
        <source>The area has at most two decimals: {value}</source>
        <translation>建筑面积最多两位小数：{value}</translation>
    </message>
    <message>
        <source>The handover date is written YYYY-MM-DD: {value}</source>
        <translation>交房日期格式为 YYYY-MM-DD：{value}</translation>
    </message>
    <message>
        <source>The owner&apos;s name or phone is too long</source>
        <translation>业主姓名或电话过长</translation>
    </message>
    <message>
        <source>Building {name} is not registered; add it first</source>
        <translation>楼栋 {name} 尚未登记；请先添加</translation>
    </message>
    <message>
        <source>Floor {floor} is not in building {name}</source>
        <translation>楼栋 {name} 没有第 {floor} 层</translation>
    </message>
    <message>
        <source>There is no unit {code}</source>
        <translation>没有房屋 {code}</translation>
    </message>
    <message>
        <source>Unit {unit} owes nothing</source>
        <translation>{unit} 没有欠费</translation>
    </message>
    <message>
        <source>No unit owes anything: there is no reminder to print</source>
        <translation>没有欠费的房屋，无需打印催缴通知单</translation>
    </message>
    <message>
        <source>A name (up to 100 characters) is required; a phone has up to 40</source>
        <translation>请填写姓名（最多 100 个字符）；电话最多 40 个字符</translation>
    </message>
    <message>
        <source>The role is owner or tenant</source>
        <translation>身份只能是业主或租户</translation>
    </message>
    <message>
        <source>{name} does not live in {unit}</source>
        <translation>{name} 不是 {unit} 的住户</translation>
    </message>
    <message>
        <source>The move-out date is before the move-in date</source>
        <translation>迁出日期早于入住日期</translation>
    </message>
    <message>
        <source>Order {number} has no refund</source>
        <translation>订单 {number} 没有退款</translation>
    </message>
    <message>
        <source>Request {number} has not been settled</source>
        <translation>申请单 {number} 尚未结算</translation>
    </message>
    <message>
        <source>department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>requester</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>The request needs a {label} of at most {count} characters</source>
        <translation>申请单须填写{label}，不超过 {count} 个字</translation>
    </message>
    <message>
        <source>The note is longer than {count} characters</source>
        <translation>备注超过 {count} 个字</translation>
    </message>
    <message>
        <source>{name} is out of order and cannot be booked</source>
        <translation>{name} 故障停用，不能预订</translation>
    </message>
    <message>
        <source>Guests come first: {name} is booked from {start} to {end} on order {number}</source>
        <translation>客户优先：{name} 在 {start} 至 {end} 已被订单 {number} 预订</translation>
    </message>
    <message>
        <source>{name} is booked from {start} to {end} on request {number}</source>
        <translation>{name} 在 {start} 至 {end} 已被申请单 {number} 占用</translation>
    </message>
    <message>
        <source>Say why the request is rejected</source>
        <translation>请填写不批准的原因</translation>
    </message>
    <message>
        <source>Say why the request is cancelled</source>
        <translation>请填写取消申请的原因</translation>
    </message>
    <message>
        <source>Record at least one service used</source>
        <translation>请至少登记一项使用的服务</translation>
    </message>
    <message>
        <source>A settlement sheet holds at most {count} lines</source>
        <translation>一张结算单最多 {count} 行</translation>
    </message>
    <message>
        <source>Request {number} is not approved yet: the equipment is used only after a manager approves</source>
        <translation>申请单 {number} 尚未批准：须经部门经理批准后方可使用</translation>
    </message>
    <message>
        <source>Line {line}: that service is not on the price list</source>
        <translation>第 {line} 行：价目表中没有该服务</translation>
    </message>
    <message>
        <source>Line {line}: the quantity of {service} must be above zero</source>
        <translation>第 {line} 行：{service} 的数量必须大于零</translation>
    </message>
    <message>
        <source>There is no request numbered {number}</source>
        <translation>没有编号为 {number} 的申请单</translation>
    </message>
    <message>
        <source>Say from when to when; the end comes after the start</source>
        <translation>请填写起止时间，结束须晚于开始</translation>
    </message>
    <message>
        <source>page</source>
        <translation>页</translation>
    </message>
    <message>
        <source>minute</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>half day</source>
        <translation>半天</translation>
    </message>
    <message>
        <source>day</source>
        <translation>天</translation>
    </message>
    <message>
        <source>thousand characters</source>
        <translation>千字</translation>
    </message>
    <message>
        <source>item</source>
        <translation>件</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>场地</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>Out of order</source>
        <translation>故障停用</translation>
    </message>
    <message>
        <source>before service</source>
        <translation>待服务</translation>
    </message>
    <message>
        <source>in service</source>
        <translation>服务中</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>已结算</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>change</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>take a deposit for</source>
        <translation>收取押金</translation>
    </message>
    <message>
        <source>start</source>
        <translation>开始服务</translation>
    </message>
    <message>
        <source>settle</source>
        <translation>结算</translation>
    </message>
    <message>
        <source>cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>awaiting approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>未批准</translation>
    </message>
    <message>
        <source>used and settled</source>
        <translation>已使用并结算</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>申请单</translation>
    </message>
    <message>
        <source>A deposit of {amount} was taken on order {number} already</source>
        <translation>订单 {number} 已收押金 {amount}</translation>
    </message>
    <message>
        <source>A deposit cannot be above the estimate of {estimate}</source>
        <translation>押金不能超过预计费用 {estimate}</translation>
    </message>
    <message>
        <source>Order {number} has nothing to charge</source>
        <translation>订单 {number} 没有应收费用</translation>
    </message>
    <message>
        <source>Only a tenant&apos;s order can be charged to their unit&apos;s account</source>
        <translation>只有业户/租户的订单才能挂账到其房号</translation>
    </message>
    <message>
        <source>Say why the order is cancelled</source>
        <translation>请填写取消订单的原因</translation>
    </message>
    <message>
        <source>A refund of {refund} is above what was paid ({paid})</source>
        <translation>退款 {refund} 超过了已付金额（{paid}）</translation>
    </message>
    <message>
        <source>The charge of receipt {number} on the unit&apos;s account has been paid; refund it there before voiding</source>
        <translation>收据 {number} 挂在房号账上的费用已经缴付；请先在业户收费中退款，再作废</translation>
    </message>
    <message>
        <source>There is no order numbered {number}</source>
        <translation>没有编号为 {number} 的订单</translation>
    </message>
    <message>
        <source>An order needs at least one service</source>
        <translation>订单至少要有一项服务</translation>
    </message>
    <message>
        <source>An order holds at most {count} services (one receipt&apos;s lines)</source>
        <translation>一张订单最多 {count} 项服务（一张收据的行数）</translation>
    </message>
    <message>
        <source>Line {line}: a quantity is a number with at most two decimals</source>
        <translation>第 {line} 行：数量最多两位小数</translation>
    </message>
    <message>
        <source>Line {line}: choose the room or machine {service} books</source>
        <translation>第 {line} 行：请选择 {service} 预订的场地或设备</translation>
    </message>
    <message>
        <source>Line {line}: {name} cannot be booked for {service}</source>
        <translation>第 {line} 行：{name} 不能用于 {service}</translation>
    </message>
    <message>
        <source>{name} is booked from {start} to {end} on order {number}</source>
        <translation>{name} 在 {start} 至 {end} 已被订单 {number} 预订</translation>
    </message>
    <message>
        <source>Line {line}: {name} is booked twice at the same time</source>
        <translation>第 {line} 行：{name} 在同一时间被重复预订</translation>
    </message>
    <message>
        <source>Who is the customer? A name of at most 100 characters</source>
        <translation>客户是谁？请填写姓名，不超过 100 个字</translation>
    </message>
    <message>
        <source>A walk-in guest leaves a phone number</source>
        <translation>散客须留下联系电话</translation>
    </message>
    <message>
        <source>The phone number is too long</source>
        <translation>电话号码太长</translation>
    </message>
    <message>
        <source>A deposit is money received: it cannot be charged to an account</source>
        <translation>押金须实收款项，不能挂账</translation>
    </message>
    <message>
        <source>A service needs a name of at most 60 characters</source>
        <translation>服务须有名称，不超过 60 个字</translation>
    </message>
    <message>
        <source>A service needs a category of at most 30 characters</source>
        <translation>服务须有类别，不超过 30 个字</translation>
    </message>
    <message>
        <source>Unknown unit of charge {unit}</source>
        <translation>未知的计费单位 {unit}</translation>
    </message>
    <message>
        <source>A price is in yuan, not below zero, with at most two decimals</source>
        <translation>单价以元计，不能小于零，最多两位小数</translation>
    </message>
    <message>
        <source>A price above {max} is not plausible</source>
        <translation>单价超过 {max}，不合常理</translation>
    </message>
    <message>
        <source>A service books a room, equipment or nothing</source>
        <translation>服务只能预订场地、设备或不预订</translation>
    </message>
    <message>
        <source>The price list has {name} already</source>
        <translation>价目表中已有 {name}</translation>
    </message>
    <message>
        <source>There is no such service on the price list</source>
        <translation>价目表中没有该服务</translation>
    </message>
    <message>
        <source>A room or machine needs a code of at most 20 characters</source>
        <translation>场地或设备须有编号，不超过 20 个字符</translation>
    </message>
    <message>
        <source>A room or machine needs a name of at most 60 characters</source>
        <translation>场地或设备须有名称，不超过 60 个字</translation>
    </message>
    <message>
        <source>A resource is a room or equipment</source>
        <translation>资源只能是场地或设备</translation>
    </message>
    <message>
        <source>There is a room or machine coded {code} already</source>
        <translation>已有编号为 {code} 的场地或设备</translation>
    </message>
    <message>
        <source>Unknown state {state}</source>
        <translation>未知的状态 {state}</translation>
    </message>
    <message>
        <source>Say from when to when {name} is booked</source>
        <translation>请填写 {name} 的预订起止时间</translation>
    </message>
    <message>
        <source>A booking ends after it starts, and lasts at most {days} days</source>
        <translation>预订的结束须晚于开始，且不超过 {days} 天</translation>
    </message>
    <message>
        <source>There is no room or machine coded {code}</source>
        <translation>没有编号为 {code} 的场地或设备</translation>
    </message>
    <message>
        <source>The deposit rate is a percentage from 0 to 100</source>
        <translation>押金比例是 0 到 100 之间的百分数</translation>
    </message>
    <message>
        <source>A shift cannot be counted before its day</source>
        <translation>不能为尚未到来的日期点款</translation>
    </message>
    <message>
        <source>There is no operator {name}</source>
        <translation>没有收银员 {name}</translation>
    </message>
    <message>
        <source>{document} {number} is {state}; you cannot {action} it</source>
        <translation>{document} {number} 为“{state}”状态，不能{action}</translation>
    </message>
    <message>
        <source>A category needs a name of at most {count} characters</source>
        <translation>设备类别需要名称，最多 {count} 个字</translation>
    </message>
    <message>
        <source>Unknown repair method {method}</source>
        <translation>未知的维修方式 {method}</translation>
    </message>
    <message>
        <source>The overhaul cycle is a number of months from 1 to 600</source>
        <translation>大修周期为 1 至 600 个月</translation>
    </message>
    <message>
        <source>Equipment kept by overhaul needs its overhaul cycle</source>
        <translation>采用全面维修的设备须填写大修周期</translation>
    </message>
    <message>
        <source>There is no equipment category {name}</source>
        <translation>没有设备类别“{name}”</translation>
    </message>
    <message>
        <source>There is equipment coded {code} already</source>
        <translation>已有编号为 {code} 的设备</translation>
    </message>
    <message>
        <source>Unknown equipment status {status}</source>
        <translation>未知的设备状态 {status}</translation>
    </message>
    <message>
        <source>The note is at most {count} characters</source>
        <translation>备注最多 {count} 个字</translation>
    </message>
    <message>
        <source>There is no equipment coded {code}</source>
        <translation>没有编号为 {code} 的设备</translation>
    </message>
    <message>
        <source>Equipment needs a code of at most {count} characters</source>
        <translation>设备需要编号，最多 {count} 个字符</translation>
    </message>
    <message>
        <source>Equipment needs a name of at most {count} characters</source>
        <translation>设备需要名称，最多 {count} 个字</translation>
    </message>
    <message>
        <source>Say where it is, in at most {count} characters</source>
        <translation>请写明安装位置，最多 {count} 个字</translation>
    </message>
    <message>
        <source>This is at most {count} characters</source>
        <translation>此项最多 {count} 个字</translation>
    </message>
    <message>
        <source>A date is written YYYY-MM-DD</source>
        <translation>日期格式为 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Equipment cannot be installed in the future</source>
        <translation>安装日期不能晚于今天</translation>
    </message>
    <message>
        <source>The warranty cannot end before the equipment was installed</source>
        <translation>保修截止日期不能早于安装日期</translation>
    </message>
    <message>
        <source>The maintenance contract cannot end before the equipment was installed</source>
        <translation>维保合同截止日期不能早于安装日期</translation>
    </message>
    <message>
        <source>A plan is for one piece of equipment or for every one of a category</source>
        <translation>保养计划须针对一台设备或一个设备类别</translation>
    </message>
    <message>
        <source>There is a plan named {name} already</source>
        <translation>已有名为“{name}”的保养计划</translation>
    </message>
    <message>
        <source>There is no such maintenance plan</source>
        <translation>没有这个保养计划</translation>
    </message>
    <message>
        <source>A plan needs a name of at most {count} characters</source>
        <translation>保养计划需要名称，最多 {count} 个字</translation>
    </message>
    <message>
        <source>Choose the plan&apos;s level and its interval</source>
        <translation>请选择保养级别和周期</translation>
    </message>
    <message>
        <source>The interval is a whole number from 1 to 366</source>
        <translation>周期为 1 至 366 的整数</translation>
    </message>
    <message>
        <source>List the tasks, one per line: at least one, at most {count}, each at most 100 characters</source>
        <translation>请列出保养内容，每行一项：至少一项，最多 {count} 项，每项最多 100 个字</translation>
    </message>
    <message>
        <source>A plan cannot start more than a year ago</source>
        <translation>保养计划的开始日期不能早于一年前</translation>
    </message>
    <message>
        <source>Maintenance is generated up to today or at most a month ahead</source>
        <translation>保养工单只能生成到今天或最多一个月以后</translation>
    </message>
    <message>
        <source>Say what was found that needs a repair</source>
        <translation>请写明检查中发现的需要维修的问题</translation>
    </message>
    <message>
        <source>The findings are at most {count} characters</source>
        <translation>检查结果最多 {count} 个字</translation>
    </message>
    <message>
        <source>Maintenance cannot be recorded as done in the future</source>
        <translation>保养完成时间不能晚于现在</translation>
    </message>
    <message>
        <source>Maintenance order {number} is done already</source>
        <translation>保养工单 {number} 已完成</translation>
    </message>
    <message>
        <source>There is no maintenance order numbered {number}</source>
        <translation>没有编号为 {number} 的保养工单</translation>
    </message>
    <message>
        <source>A material needs a code of at most {count} characters</source>
        <translation>材料需要编号，最多 {count} 个字符</translation>
    </message>
    <message>
        <source>A material needs a name of at most {count} characters</source>
        <translation>材料需要名称，最多 {count} 个字</translation>
    </message>
    <message>
        <source>Give the unit it is counted in (个, 米...), at most {count} characters</source>
        <translation>请填写计量单位（个、米……），最多 {count} 个字</translation>
    </message>
    <message>
        <source>There is a material coded {code} already: edit it instead</source>
        <translation>已有编号为 {code} 的材料，请改为编辑该材料</translation>
    </message>
    <message>
        <source>{code} is not on the materials list</source>
        <translation>{code} 不在材料清单中</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>电话报修</translation>
    </message>
    <message>
        <source>At the front desk</source>
        <translation>前台报修</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>上门报修</translation>
    </message>
    <message>
        <source>Self-inspection</source>
        <translation>自检报修</translation>
    </message>
    <message>
        <source>Electrical</source>
        <translation>电气</translation>
    </message>
    <message>
        <source>Plumbing</source>
        <translation>给排水</translation>
    </message>
    <message>
        <source>HVAC</source>
        <translation>空调暖通</translation>
    </message>
    <message>
        <source>Civil works</source>
        <translation>土建</translation>
    </message>
    <message>
        <source>Lifts</source>
        <translation>电梯</translation>
    </message>
    <message>
        <source>Fire systems</source>
        <translation>消防设施</translation>
    </message>
    <message>
        <source>Doors and locks</source>
        <translation>门窗锁具</translation>
    </message>
    <message>
        <source>ID card</source>
        <translation>身份证</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <source>Hong Kong/Macau permit</source>
        <translation>港澳通行证</translation>
    </message>
    <message>
        <source>Taiwan compatriot permit</source>
        <translation>台胞证</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Not shown</source>
        <translation>未出示</translation>
    </message>
    <message>
        <source>Badge {badge} is worn by {name} ({number}), who has not signed out</source>
        <translation>访客证 {badge} 正由 {name}（{number}）佩戴，尚未离开</translation>
    </message>
    <message>
        <source>{number} ({name}) signed out at {time} already</source>
        <translation>{number}（{name}）已于 {time} 离开</translation>
    </message>
    <message>
        <source>The time out ({time_out}) cannot be before the time in ({time_in})</source>
        <translation>离开时间（{time_out}）不能早于进入时间（{time_in}）</translation>
    </message>
    <message>
        <source>Choose the kind of ID the visitor showed</source>
        <translation>请选择访客出示的证件类型</translation>
    </message>
    <message>
        <source>Give the visitor&apos;s name in at most {count} characters</source>
        <translation>请填写访客姓名，不超过 {count} 个字</translation>
    </message>
    <message>
        <source>The person visited is named in at most {count} characters</source>
        <translation>被访人姓名不超过 {count} 个字</translation>
    </message>
    <message>
        <source>Give the purpose of the visit in at most {count} characters</source>
        <translation>请填写来访事由，不超过 {count} 个字</translation>
    </message>
    <message>
        <source>The badge number is at most {count} characters</source>
        <translation>访客证号不超过 {count} 个字符</translation>
    </message>
    <message>
        <source>Say whom the visitor came to see: a unit, a person, or both</source>
        <translation>请填写被访单元或被访人（或两者）</translation>
    </message>
    <message>
        <source>Only the last {low} to {high} digits of an ID are kept; the full number is never stored. Type the last digits only</source>
        <translation>证件号码只登记末 {low} 至 {high} 位，完整号码不予保存。请只输入末几位</translation>
    </message>
    <message>
        <source>No ID was shown, so leave its last digits empty</source>
        <translation>未出示证件，证件尾号请留空</translation>
    </message>
    <message>
        <source>Give the last {low} to {high} digits of the ID (an ID card may end with X)</source>
        <translation>请填写证件号码末 {low} 至 {high} 位（身份证末位可为 X）</translation>
    </message>
    <message>
        <source>The number of people is a whole number from 1 to {count}</source>
        <translation>人数为 1 至 {count} 的整数</translation>
    </message>
    <message>
        <source>There is no visit numbered {number}</source>
        <translation>没有编号为 {number} 的访客登记</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>awaiting dispatch</source>
        <translation>待派工</translation>
    </message>
    <message>
        <source>dispatched</source>
        <translation>已派工</translation>
    </message>
    <message>
        <source>under repair</source>
        <translation>维修中</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>暂停待料</translation>
    </message>
    <message>
        <source>awaiting acceptance</source>
        <translation>待验收</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>followed up</source>
        <translation>已回访</translation>
    </message>
    <message>
        <source>dispatch</source>
        <translation>派工</translation>
    </message>
    <message>
        <source>start work on</source>
        <translation>开工</translation>
    </message>
    <message>
        <source>put on hold</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>resume</source>
        <translation>恢复维修</translation>
    </message>
    <message>
        <source>record work on</source>
        <translation>登记工料</translation>
    </message>
    <message>
        <source>Taxi</source>
        <translation>出租车</translation>
    </message>
    <message>
        <source>Air ticket</source>
        <translation>机票</translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation>酒店</translation>
    </message>
    <message>
        <source>Restaurant</source>
        <translation>餐厅</translation>
    </message>
    <message>
        <source>Show or sports tickets</source>
        <translation>演出/体育票</translation>
    </message>
    <message>
        <source>Tour</source>
        <translation>旅游</translation>
    </message>
    <message>
        <source>Flowers</source>
        <translation>鲜花</translation>
    </message>
    <message>
        <source>Laundry</source>
        <translation>洗衣</translation>
    </message>
    <message>
        <source>Cleaning supplies</source>
        <translation>清洁用品</translation>
    </message>
    <message>
        <source>Housekeeping</source>
        <translation>家政（阿姨）</translation>
    </message>
    <message>
        <source>Currency exchange</source>
        <translation>外币兑换</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>booked</source>
        <translation>已预订</translation>
    </message>
    <message>
        <source>finish</source>
        <translation>完工</translation>
    </message>
    <message>
        <source>book</source>
        <translation>预订</translation>
    </message>
    <message>
        <source>Errand</source>
        <translation>委托代办</translation>
    </message>
    <message>
        <source>Choose the kind of errand</source>
        <translation>请选择代办类别</translation>
    </message>
    <message>
        <source>Name who asks for it in at most {count} characters</source>
        <translation>请填写委托人，不超过 {count} 个字</translation>
    </message>
    <message>
        <source>Say what is wanted in at most {count} characters</source>
        <translation>请填写委托内容，不超过 {count} 个字</translation>
    </message>
    <message>
        <source>Say what was booked in at most {count} characters</source>
        <translation>请填写预订情况，不超过 {count} 个字</translation>
    </message>
    <message>
        <source>Errand {number} names no unit, so its fee cannot be put on an account</source>
        <translation>委托 {number} 未填写单元，费用不能计入房屋账户</translation>
    </message>
    <message>
        <source>Give the fee to put on the unit&apos;s account</source>
        <translation>请填写计入房屋账户的费用</translation>
    </message>
    <message>
        <source>Say why the errand is cancelled, in at most {count} characters</source>
        <translation>请说明取消委托的原因，不超过 {count} 个字</translation>
    </message>
    <message>
        <source>A fee is in yuan, above zero and at most {max}, with at most two decimals</source>
        <translation>费用以元计，须大于零、不超过 {max}，最多两位小数</translation>
    </message>
    <message>
        <source>The time wanted is more than a year away; check it</source>
        <translation>要求时间与现在相差超过一年，请核对</translation>
    </message>
    <message>
        <source>This cannot happen ({time}) before the errand was {step} ({last})</source>
        <translation>时间（{time}）不能早于委托{step}的时间（{last}）</translation>
    </message>
    <message>
        <source>There is no errand numbered {number}</source>
        <translation>没有编号为 {number} 的委托</translation>
    </message>
    <message>
        <source>accept</source>
        <translation>验收</translation>
    </message>
    <message>
        <source>send back for rework</source>
        <translation>返工</translation>
    </message>
    <message>
        <source>follow up</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>维修工单</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation>非常满意</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Acceptable</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation>非常不满意</translation>
    </message>
    <message>
        <source>Labour</source>
        <translation>人工</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>response overdue</source>
        <translation>响应超时</translation>
    </message>
    <message>
        <source>completion overdue</source>
        <translation>完成超时</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>强制维修</translation>
    </message>
    <message>
        <source>Periodic inspection</source>
        <translation>定期检修</translation>
    </message>
    <message>
        <source>Diagnostic</source>
        <translation>诊断维修</translation>
    </message>
    <message>
        <source>Overhaul</source>
        <translation>全面维修</translation>
    </message>
    <message>
        <source>Under repair</source>
        <translation>维修中</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>报废</translation>
    </message>
    <message>
        <source>Daily (routine)</source>
        <translation>日常保养</translation>
    </message>
    <message>
        <source>Level 1</source>
        <translation>一级保养</translation>
    </message>
    <message>
        <source>Level 2</source>
        <translation>二级保养</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>周</translation>
    </message>
    <message>
        <source>months</source>
        <translation>个月</translation>
    </message>
    <message>
        <source>Choose where the report came from, its category and its priority</source>
        <translation>请选择报修方式、类别和紧急程度</translation>
    </message>
    <message>
        <source>Describe the fault in at most {count} characters</source>
        <translation>请描述故障，最多 {count} 个字</translation>
    </message>
    <message>
        <source>The location is at most {count} characters</source>
        <translation>位置最多 {count} 个字</translation>
    </message>
    <message>
        <source>A report more than a month old is not plausible; check the date</source>
        <translation>报修时间早于一个月前，不合常理，请检查日期</translation>
    </message>
    <message>
        <source>{code} is retired; it cannot be repaired</source>
        <translation>{code} 已报废，不能报修</translation>
    </message>
    <message>
        <source>Say where: a unit, or the common area and where in it</source>
        <translation>请写明位置：房号，或公共区域的具体位置</translation>
    </message>
    <message>
        <source>Say what the work is waiting for, in at most {count} characters</source>
        <translation>请写明暂停原因（如等待配件），最多 {count} 个字</translation>
    </message>
    <message>
        <source>Say what is still wrong, in at most {count} characters</source>
        <translation>请写明仍存在的问题，最多 {count} 个字</translation>
    </message>
    <message>
        <source>Who accepted the work? A name of at most {count} characters</source>
        <translation>验收人是谁？姓名最多 {count} 个字</translation>
    </message>
    <message>
        <source>Satisfaction is from 1 (very dissatisfied) to 5 (very satisfied)</source>
        <translation>满意度为 1（非常不满意）至 5（非常满意）</translation>
    </message>
    <message>
        <source>Say why the order is cancelled, in at most {count} characters</source>
        <translation>请写明取消原因，最多 {count} 个字</translation>
    </message>
    <message>
        <source>Record the work done on order {number} before finishing it</source>
        <translation>工单 {number} 完工前须先登记维修工料</translation>
    </message>
    <message>
        <source>There is no work order numbered {number}</source>
        <translation>没有编号为 {number} 的维修工单</translation>
    </message>
    <message>
        <source>Who reported it? A name of at most {count} characters</source>
        <translation>报修人是谁？姓名最多 {count} 个字</translation>
    </message>
    <message>
        <source>Leave a phone number to reach the customer (at most {count} characters)</source>
        <translation>请留下客户的联系电话（最多 {count} 个字符）</translation>
    </message>
    <message>
        <source>A step cannot be recorded in the future</source>
        <translation>处理时间不能晚于现在</translation>
    </message>
    <message>
        <source>This step cannot come before the previous one of order {number}</source>
        <translation>此步骤的时间不能早于工单 {number} 的上一步骤</translation>
    </message>
    <message>
        <source>Unknown priority {priority}</source>
        <translation>未知的紧急程度 {priority}</translation>
    </message>
    <message>
        <source>A deadline is a whole number of minutes from 1 to 90 days</source>
        <translation>时限为整数分钟，1 分钟至 90 天</translation>
    </message>
    <message>
        <source>The completion deadline cannot come before the response deadline</source>
        <translation>完成时限不能短于响应时限</translation>
    </message>
    <message>
        <source>Figures cover 1 to 36 months</source>
        <translation>统计范围为 1 至 36 个月</translation>
    </message>
    <message>
        <source>A technician needs a name of at most {count} characters</source>
        <translation>维修人员需要姓名，最多 {count} 个字</translation>
    </message>
    <message>
        <source>The trade is at most {count} characters</source>
        <translation>工种最多 {count} 个字</translation>
    </message>
    <message>
        <source>The phone number is at most {count} characters</source>
        <translation>电话号码最多 {count} 个字符</translation>
    </message>
    <message>
        <source>There is a technician named {name} already</source>
        <translation>已有名为 {name} 的维修人员</translation>
    </message>
    <message>
        <source>There is no such technician</source>
        <translation>没有这位维修人员</translation>
    </message>
    <message>
        <source>{name} is not a technician on the engineering team; add them to the technicians first</source>
        <translation>{name} 不是工程部的维修人员，请先将其加入维修人员名单</translation>
    </message>
    <message>
        <source>Record at least the labour: what was done</source>
        <translation>至少登记人工：做了什么</translation>
    </message>
    <message>
        <source>An order holds at most {count} lines of work</source>
        <translation>一张工单最多登记 {count} 行工料</translation>
    </message>
    <message>
        <source>Line {line}: labour or material?</source>
        <translation>第 {line} 行：人工还是材料？</translation>
    </message>
    <message>
        <source>Line {line}: the quantity is a number above zero with at most two decimals</source>
        <translation>第 {line} 行：数量须大于零，最多两位小数</translation>
    </message>
    <message>
        <source>Line {line}: say what was done or used, in at most {count} characters</source>
        <translation>第 {line} 行：请写明所做的工作或所用材料，最多 {count} 个字</translation>
    </message>
    <message>
        <source>Line {line}: the unit is at most {count} characters</source>
        <translation>第 {line} 行：单位最多 {count} 个字</translation>
    </message>
    <message>
        <source>Line {line}: work in a common area cannot be charged; only a unit&apos;s account can be</source>
        <translation>第 {line} 行：公共区域的维修不能收费，只有房屋账户可以计费</translation>
    </message>
    <message>
        <source>Line {line}: the owner&apos;s own material is not charged</source>
        <translation>第 {line} 行：业主自备材料不收费</translation>
    </message>
    <message>
        <source>Line {line}: a price is in yuan, not below zero, with at most two decimals</source>
        <translation>第 {line} 行：单价以元为单位，不能为负，最多两位小数</translation>
    </message>
    <message>
        <source>The period ends before it begins</source>
        <translation>期间的结束日期早于开始日期</translation>
    </message>
    <message>
        <source>Choose the kind of area: a building, a floor, a unit or a plant room</source>
        <translation>请选择区域类型：楼栋、楼层、单元或机房</translation>
    </message>
    <message>
        <source>Give the unit&apos;s code, e.g. A-1201</source>
        <translation>请填写单元号，例如 A-1201</translation>
    </message>
    <message>
        <source>Give the building and the floor, e.g. A 12 (basements: A -1)</source>
        <translation>请填写楼栋和楼层，例如 A 12（地下室：A -1）</translation>
    </message>
    <message>
        <source>Building {building} has floors -9 to {floors}, without 0</source>
        <translation>{building}座的楼层为 -9 至 {floors}（没有 0 层）</translation>
    </message>
    <message>
        <source>Name the plant room or common area in at most {count} characters</source>
        <translation>请填写机房或公共区域名称，不超过 {count} 个字</translation>
    </message>
    <message>
        <source>There is no building {name}</source>
        <translation>没有楼栋 {name}</translation>
    </message>
    <message>
        <source>Full evacuation</source>
        <translation>全员疏散演练</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>局部演练</translation>
    </message>
    <message>
        <source>Tabletop</source>
        <translation>桌面推演</translation>
    </message>
    <message>
        <source>Captain</source>
        <translation>队长</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>队员</translation>
    </message>
    <message>
        <source>Choose the kind of drill</source>
        <translation>请选择演练类型</translation>
    </message>
    <message>
        <source>Participants is a whole number from 1 to 100000</source>
        <translation>参加人数为 1 至 100000 的整数</translation>
    </message>
    <message>
        <source>The evacuation time is from 1 second to 3 hours</source>
        <translation>疏散用时为 1 秒至 3 小时</translation>
    </message>
    <message>
        <source>A full evacuation drill records how long the evacuation took</source>
        <translation>全员疏散演练须记录疏散用时</translation>
    </message>
    <message>
        <source>Describe the scenario in at most {count} characters</source>
        <translation>请描述演练内容，不超过 {count} 个字</translation>
    </message>
    <message>
        <source>Name the organiser in at most {count} characters</source>
        <translation>请填写组织人，不超过 {count} 个字</translation>
    </message>
    <message>
        <source>No full evacuation drill has been recorded; one is required every 12 months</source>
        <translation>尚无全员疏散演练记录；每 12 个月至少须举行一次</translation>
    </message>
    <message>
        <source>The last full evacuation drill was on {day}, more than 12 months ago; hold one</source>
        <translation>最近一次全员疏散演练在 {day}，已超过 12 个月，请尽快组织</translation>
    </message>
    <message>
        <source>Choose captain or member</source>
        <translation>请选择队长或队员</translation>
    </message>
    <message>
        <source>A phone number has digits</source>
        <translation>电话号码须含数字</translation>
    </message>
    <message>
        <source>Copies is a whole number from 1 to {count}</source>
        <translation>份数为 1 至 {count} 的整数</translation>
    </message>
    <message>
        <source>Give the key number in at most {count} characters</source>
        <translation>请填写钥匙编号，不超过 {count} 个字符</translation>
    </message>
    <message>
        <source>Say what the key opens in at most {count} characters</source>
        <translation>请填写钥匙开启部位，不超过 {count} 个字</translation>
    </message>
    <message>
        <source>There is already a key numbered {code}</source>
        <translation>已有编号为 {code} 的钥匙</translation>
    </message>
    <message>
        <source>There is no such key</source>
        <translation>没有这把钥匙</translation>
    </message>
    <message>
        <source>{out} copies of key {code} are out; it cannot have fewer copies</source>
        <translation>钥匙 {code} 有 {out} 把借出，份数不能少于此数</translation>
    </message>
    <message>
        <source>Key {code} is out; take it back before retiring it</source>
        <translation>钥匙 {code} 已借出，收回后才能停用</translation>
    </message>
    <message>
        <source>Give the time the key is due back</source>
        <translation>请填写应还时间</translation>
    </message>
    <message>
        <source>The key is due back after it is issued ({time})</source>
        <translation>应还时间须晚于借出时间（{time}）</translation>
    </message>
    <message>
        <source>Name the person who takes the key, in at most {count} characters</source>
        <translation>请填写领用人姓名，不超过 {count} 个字</translation>
    </message>
    <message>
        <source>The company is at most {count} characters</source>
        <translation>单位名称不超过 {count} 个字</translation>
    </message>
    <message>
        <source>Give a phone number of at most {count} characters</source>
        <translation>请填写电话，不超过 {count} 个字符</translation>
    </message>
    <message>
        <source>The reason is at most {count} characters</source>
        <translation>事由不超过 {count} 个字</translation>
    </message>
    <message>
        <source>There is no key numbered {code}</source>
        <translation>没有编号为 {code} 的钥匙</translation>
    </message>
    <message>
        <source>Key {code} is retired and cannot be issued</source>
        <translation>钥匙 {code} 已停用，不能借出</translation>
    </message>
    <message>
        <source>Key {code} is out already: {person} has had it since {time}</source>
        <translation>钥匙 {code} 已借出：{person} 自 {time} 借用至今</translation>
    </message>
    <message>
        <source>All {copies} copies of key {code} are out ({people})</source>
        <translation>钥匙 {code} 的 {copies} 把已全部借出（{people}）</translation>
    </message>
    <message>
        <source>{text} is not a key that is out: choose one from the list</source>
        <translation>{text} 不是借出中的钥匙：请从列表中选择</translation>
    </message>
    <message>
        <source>There is no such key loan</source>
        <translation>没有这条钥匙借用记录</translation>
    </message>
    <message>
        <source>Key {code} is not out: {person} returned it at {time}</source>
        <translation>钥匙 {code} 未借出：{person} 已于 {time} 归还</translation>
    </message>
    <message>
        <source>The key cannot come back ({returned}) before it was issued ({issued})</source>
        <translation>归还时间（{returned}）不能早于借出时间（{issued}）</translation>
    </message>
    <message>
        <source>Give the name in at most {count} characters</source>
        <translation>请填写姓名，不超过 {count} 个字</translation>
    </message>
    <message>
        <source>Give the department or unit in at most {count} characters</source>
        <translation>请填写部门或单元，不超过 {count} 个字</translation>
    </message>
    <message>
        <source>There is no such team member</source>
        <translation>没有这名队员</translation>
    </message>
    <message>
        <source>Give the topic in at most {count} characters</source>
        <translation>请填写培训内容，不超过 {count} 个字</translation>
    </message>
    <message>
        <source>Name the trainer in at most {count} characters</source>
        <translation>请填写授课人，不超过 {count} 个字</translation>
    </message>
    <message>
        <source>Attendees is a whole number from 1 to 10000</source>
        <translation>参加人数为 1 至 10000 的整数</translation>
    </message>
    <message>
        <source>A session lasts from 5 minutes to 8 hours</source>
        <translation>培训时长为 5 分钟至 8 小时</translation>
    </message>
    <message>
        <source>This is recorded after it happened, not for a day to come</source>
        <translation>只能登记已经发生的事，不能登记将来的日期</translation>
    </message>
    <message>
        <source>The date is more than ten years ago; check it</source>
        <translation>日期早于十年前，请核对</translation>
    </message>
    <message>
        <source>Name the inspector in at most {count} characters</source>
        <translation>请填写检查人，不超过 {count} 个字</translation>
    </message>
    <message>
        <source>Give the time the inspection started</source>
        <translation>请填写检查开始时间</translation>
    </message>
    <message>
        <source>An inspection cannot start in the future</source>
        <translation>检查开始时间不能晚于现在</translation>
    </message>
    <message>
        <source>An inspection is recorded within a month of the day it was done</source>
        <translation>检查须在完成后一个月内登记</translation>
    </message>
    <message>
        <source>{name} is retired; choose a checklist in use</source>
        <translation>{name}已停用，请选择在用的检查表</translation>
    </message>
    <message>
        <source>{name} in {area} is in progress already as {number}: continue it, or cancel it first</source>
        <translation>{area}的{name}已有进行中的检查 {number}：请继续该检查，或先取消它</translation>
    </message>
    <message>
        <source>An inspection cannot be finished in the future</source>
        <translation>检查完成时间不能晚于现在</translation>
    </message>
    <message>
        <source>An inspection cannot finish before it started</source>
        <translation>检查完成时间不能早于开始时间</translation>
    </message>
    <message>
        <source>{count} items have no answer yet, the first: {item}</source>
        <translation>还有 {count} 项未填写结果，第一项：{item}</translation>
    </message>
    <message>
        <source>Only a failed item is followed up</source>
        <translation>只有不合格项才需要整改跟进</translation>
    </message>
    <message>
        <source>Say why the inspection is cancelled, in at most {count} characters</source>
        <translation>请说明取消检查的原因，不超过 {count} 个字</translation>
    </message>
    <message>
        <source>That item is not on this inspection&apos;s checklist</source>
        <translation>该项目不在本次检查的检查表上</translation>
    </message>
    <message>
        <source>Answer each item pass, fail or not applicable</source>
        <translation>每一项请填写合格、不合格或不适用</translation>
    </message>
    <message>
        <source>A note is at most {count} characters</source>
        <translation>备注不超过 {count} 个字</translation>
    </message>
    <message>
        <source>Say what is wrong with a failed item</source>
        <translation>不合格项请说明发现的问题</translation>
    </message>
    <message>
        <source>An item is checked between the start of the inspection and now</source>
        <translation>检查项的时间须在检查开始之后、现在之前</translation>
    </message>
    <message>
        <source>A unit puts its own notice right; a work order is opened for a common area</source>
        <translation>单元内的隐患由单元自行整改；只有公共区域才开维修工单</translation>
    </message>
    <message>
        <source>Choose the repair&apos;s category</source>
        <translation>请选择维修类别</translation>
    </message>
    <message>
        <source>The requirement is at most {count} characters</source>
        <translation>整改要求不超过 {count} 个字</translation>
    </message>
    <message>
        <source>There is no inspection numbered {number}</source>
        <translation>没有编号为 {number} 的检查记录</translation>
    </message>
    <message>
        <source>Inspection {number} is {state}; it can no longer be changed</source>
        <translation>检查 {number} {state}，不能再修改</translation>
    </message>
    <message>
        <source>Fire safety</source>
        <translation>消防检查</translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation>清洁检查</translation>
    </message>
    <message>
        <source>Security patrol</source>
        <translation>保安巡逻</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>每周</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>每季度</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>每年</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Plant room or common area</source>
        <translation>机房或公共区域</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>安保</translation>
    </message>
    <message>
        <source>Cleanliness</source>
        <translation>保洁</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>噪音</translation>
    </message>
    <message>
        <source>Parking</source>
        <translation>停车</translation>
    </message>
    <message>
        <source>Repair service</source>
        <translation>维修</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>收费</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>open</source>
        <translation>整改中</translation>
    </message>
    <message>
        <source>being handled</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已复查关闭</translation>
    </message>
    <message>
        <source>awaiting a response</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>respond to</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>The handling deadline is a whole number of hours from 1 to {count}</source>
        <translation>处理时限为 1 至 {count} 小时的整数</translation>
    </message>
    <message>
        <source>Choose the category of the complaint</source>
        <translation>请选择投诉类别</translation>
    </message>
    <message>
        <source>Name the complainant in at most {count} characters</source>
        <translation>请填写投诉人，不超过 {count} 个字</translation>
    </message>
    <message>
        <source>Say what the complaint is about in at most {count} characters</source>
        <translation>请填写投诉内容，不超过 {count} 个字</translation>
    </message>
    <message>
        <source>The contact is at most {count} characters</source>
        <translation>联系方式不超过 {count} 个字符</translation>
    </message>
    <message>
        <source>Write the response in at most {count} characters</source>
        <translation>请填写处理答复，不超过 {count} 个字</translation>
    </message>
    <message>
        <source>Name who handled the complaint in at most {count} characters</source>
        <translation>请填写处理人，不超过 {count} 个字</translation>
    </message>
    <message>
        <source>Record the complainant&apos;s satisfaction, from 1 to 5</source>
        <translation>请登记投诉人的满意度（1 至 5）</translation>
    </message>
    <message>
        <source>The response is at most {count} characters</source>
        <translation>处理答复不超过 {count} 个字</translation>
    </message>
    <message>
        <source>A complaint is closed only with a response recorded: say how it was handled</source>
        <translation>投诉须有处理答复才能关闭：请填写处理情况</translation>
    </message>
    <message>
        <source>The period ends ({until}) before it begins ({since})</source>
        <translation>期间的结束日期（{until}）早于开始日期（{since}）</translation>
    </message>
    <message>
        <source>The response would be longer than {count} characters with what was recorded before; shorten it</source>
        <translation>加上已登记的答复将超过 {count} 个字，请精简</translation>
    </message>
    <message>
        <source>Give a date and time</source>
        <translation>请填写日期和时间</translation>
    </message>
    <message>
        <source>A time before {year} is a typing mistake</source>
        <translation>{year} 年以前的时间是输入错误</translation>
    </message>
    <message>
        <source>A time from {first} to {last}, please</source>
        <translation>请输入 {first} 年至 {last} 年之间的时间</translation>
    </message>
    <message>
        <source>This cannot happen ({time}) before the complaint was received ({received})</source>
        <translation>时间（{time}）不能早于收到投诉的时间（{received}）</translation>
    </message>
    <message>
        <source>There is no complaint numbered {number}</source>
        <translation>没有编号为 {number} 的投诉</translation>
    </message>
    <message>
        <source>issue</source>
        <translation>签发</translation>
    </message>
    <message>
        <source>record the signature on</source>
        <translation>登记签收</translation>
    </message>
    <message>
        <source>extend</source>
        <translation>延期</translation>
    </message>
    <message>
        <source>close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Rectification notice</source>
        <translation>整改通知书</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已检</translation>
    </message>
    <message>
        <source>due</source>
        <translation>待检</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>漏检</translation>
    </message>
    <message>
        <source>The deadline cannot come before the inspection on {day}</source>
        <translation>整改期限不能早于检查日期 {day}</translation>
    </message>
    <message>
        <source>The deadline cannot come before the day the notice is issued, {day}</source>
        <translation>整改期限不能早于通知书签发日 {day}</translation>
    </message>
    <message>
        <source>A deadline is at most {days} days after the inspection</source>
        <translation>整改期限最长为检查后 {days} 天</translation>
    </message>
    <message>
        <source>Give the name of whoever signed, in at most {count} characters</source>
        <translation>请填写签收人姓名，不超过 {count} 个字</translation>
    </message>
    <message>
        <source>{number} was signed for by {name} already</source>
        <translation>{number} 已由 {name} 签收</translation>
    </message>
    <message>
        <source>A notice is closed or extended only by a re-inspection: say who re-inspected it</source>
        <translation>整改通知只能经复查关闭或延期：请填写复查人</translation>
    </message>
    <message>
        <source>Say whether the item is put right</source>
        <translation>请说明是否已整改</translation>
    </message>
    <message>
        <source>Say why the deadline is extended, in at most {count} characters</source>
        <translation>请说明延期原因，不超过 {count} 个字</translation>
    </message>
    <message>
        <source>Give the new deadline</source>
        <translation>请填写新的整改期限</translation>
    </message>
    <message>
        <source>The new deadline comes after the present one ({day}) and after the re-inspection</source>
        <translation>新的期限须晚于原期限（{day}）且不早于复查日期</translation>
    </message>
    <message>
        <source>Say why the notice is cancelled, in at most {count} characters</source>
        <translation>请说明撤销通知的原因，不超过 {count} 个字</translation>
    </message>
    <message>
        <source>There is no rectification notice numbered {number}</source>
        <translation>没有编号为 {number} 的整改通知书</translation>
    </message>
    <message>
        <source>A time cannot be in the future</source>
        <translation>时间不能晚于现在</translation>
    </message>
    <message>
        <source>This cannot have happened before the notice&apos;s last step ({time})</source>
        <translation>时间不能早于通知书的上一步（{time}）</translation>
    </message>
    <message>
        <source>A photo is at most 5 MB; this one is {size} MB</source>
        <translation>照片不能超过 5 MB，这张是 {size} MB</translation>
    </message>
    <message>
        <source>The photo {name} cannot be read</source>
        <translation>无法读取照片 {name}</translation>
    </message>
    <message>
        <source>{name} is not a JPEG, PNG or WebP photo</source>
        <translation>{name} 不是 JPEG、PNG 或 WebP 照片</translation>
    </message>
    <message>
        <source>Answer the item before you add its photos</source>
        <translation>请先填写该项结果再添加照片</translation>
    </message>
    <message>
        <source>An item has at most {count} photos</source>
        <translation>每项最多 {count} 张照片</translation>
    </message>
    <message>
        <source>There is no such photo</source>
        <translation>没有这张照片</translation>
    </message>
    <message>
        <source>Company (general manager)</source>
        <translation>一级（公司总经理）</translation>
    </message>
    <message>
        <source>Department managers</source>
        <translation>二级（部门经理）</translation>
    </message>
    <message>
        <source>Team leaders</source>
        <translation>三级（班组长）</translation>
    </message>
    <message>
        <source>Choose the level of responsibility</source>
        <translation>请选择责任级别</translation>
    </message>
    <message>
        <source>Give the position in at most {count} characters</source>
        <translation>请填写职务，不超过 {count} 个字</translation>
    </message>
    <message>
        <source>The scope is at most {count} characters</source>
        <translation>责任范围不超过 {count} 个字</translation>
    </message>
    <message>
        <source>The company has one person responsible at the first level: {name}</source>
        <translation>公司只有一名一级消防安全责任人：{name}</translation>
    </message>
    <message>
        <source>There is no such person in the register</source>
        <translation>名册中没有此人</translation>
    </message>
    <message>
        <source>Nobody is registered as responsible for {unit}</source>
        <translation>{unit} 没有登记防火责任人</translation>
    </message>
    <message>
        <source>A schedule cannot start more than a year ago</source>
        <translation>检查计划的开始日期不能早于一年前</translation>
    </message>
    <message>
        <source>{name} is scheduled in {area} already</source>
        <translation>{area}已有{name}的检查计划</translation>
    </message>
    <message>
        <source>There is no such schedule</source>
        <translation>没有这个检查计划</translation>
    </message>
    <message>
        <source>A checklist&apos;s code is 1 to 20 letters, digits or hyphens, e.g. XF-PUMP</source>
        <translation>检查表编码为 1 至 20 位字母、数字或连字符，例如 XF-PUMP</translation>
    </message>
    <message>
        <source>There is a checklist with code {code} already</source>
        <translation>已有编码为 {code} 的检查表</translation>
    </message>
    <message>
        <source>There is no such checklist</source>
        <translation>没有这个检查表</translation>
    </message>
    <message>
        <source>Version {version} of {code} is kept as it was for the inspections made on it and cannot be changed; change version {latest}</source>
        <translation>{code} 第 {version} 版为已做过的检查保留原样，不能修改；请修改第 {latest} 版</translation>
    </message>
    <message>
        <source>A checklist keeps its kind; make a new checklist for another kind</source>
        <translation>检查表的类型不能更改；其他类型请新建检查表</translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>没有任何修改</translation>
    </message>
    <message>
        <source>There is no checklist with code {code}</source>
        <translation>没有编码为 {code} 的检查表</translation>
    </message>
    <message>
        <source>A checklist needs a name of at most {count} characters</source>
        <translation>请填写检查表名称，不超过 {count} 个字</translation>
    </message>
    <message>
        <source>Choose the checklist&apos;s kind and how often it is done</source>
        <translation>请选择检查表类型和检查频次</translation>
    </message>
    <message>
        <source>Item {line}: say which system it belongs to, in at most {count} characters</source>
        <translation>第 {line} 项：请填写所属系统，不超过 {count} 个字</translation>
    </message>
    <message>
        <source>Item {line}: say what to check, in at most {count} characters</source>
        <translation>第 {line} 项：请填写检查内容，不超过 {count} 个字</translation>
    </message>
    <message>
        <source>Item {line}: the requirement is at most {count} characters</source>
        <translation>第 {line} 项：合格要求不超过 {count} 个字</translation>
    </message>
    <message>
        <source>A checklist has from 1 to {count} items</source>
        <translation>检查表须有 1 至 {count} 项</translation>
    </message>
    <message>
        <source>An item appears twice in the same system</source>
        <translation>同一系统中有重复的检查项</translation>
    </message>
    <message>
        <source>The text has invisible control characters in it; type it again</source>
        <translation>文字中含有不可见的控制字符，请重新输入</translation>
    </message>
    <message>
        <source>Pieces is a whole number from 1 to {count}</source>
        <translation>件数为 1 至 {count} 的整数</translation>
    </message>
    <message>
        <source>Name the owner in at most {count} characters</source>
        <translation>请填写寄存人，不超过 {count} 个字</translation>
    </message>
    <message>
        <source>Say what is stored in at most {count} characters</source>
        <translation>请填写寄存物品，不超过 {count} 个字</translation>
    </message>
    <message>
        <source>Name who takes the luggage, in at most {count} characters</source>
        <translation>请填写领取人，不超过 {count} 个字</translation>
    </message>
    <message>
        <source>Tag {tag} was released already, to {name} at {time}</source>
        <translation>行李牌 {tag} 已于 {time} 由 {name} 领取</translation>
    </message>
    <message>
        <source>The luggage cannot be released ({time}) before it was stored ({stored})</source>
        <translation>领取时间（{time}）不能早于寄存时间（{stored}）</translation>
    </message>
    <message>
        <source>There is no luggage with tag {tag}; check the number on the tag</source>
        <translation>没有行李牌号为 {tag} 的寄存记录，请核对牌上的号码</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>问讯</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>留言</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>待转交</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>已转交</translation>
    </message>
    <message>
        <source>collected</source>
        <translation>已领取</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>已答复</translation>
    </message>
    <message>
        <source>Choose inquiry or message</source>
        <translation>请选择问讯或留言</translation>
    </message>
    <message>
        <source>Write the message or the inquiry and its answer in at most {count} characters</source>
        <translation>请填写留言内容，或问讯及答复，不超过 {count} 个字</translation>
    </message>
    <message>
        <source>Name the person the message is for in at most {count} characters</source>
        <translation>请填写留言对象，不超过 {count} 个字</translation>
    </message>
    <message>
        <source>Name who left it in at most {count} characters</source>
        <translation>请填写留言人，不超过 {count} 个字</translation>
    </message>
    <message>
        <source>Say whom the message is for: a unit, a person, or both</source>
        <translation>请填写留言给哪个单元或哪位（或两者）</translation>
    </message>
    <message>
        <source>Name who delivered the message in at most {count} characters</source>
        <translation>请填写转交人，不超过 {count} 个字</translation>
    </message>
    <message>
        <source>Name who collected the message in at most {count} characters</source>
        <translation>请填写领取人，不超过 {count} 个字</translation>
    </message>
    <message>
        <source>An inquiry is answered at the desk; it is not delivered or collected</source>
        <translation>问讯在前台当场答复，无需转交或领取</translation>
    </message>
    <message>
        <source>This message was {status} already: {by}, {time}</source>
        <translation>此留言已是“{status}”：{by}，{time}</translation>
    </message>
    <message>
        <source>This cannot happen ({time}) before the message was taken ({taken})</source>
        <translation>时间（{time}）不能早于留言登记时间（{taken}）</translation>
    </message>
    <message>
        <source>There is no such message</source>
        <translation>没有这条留言</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>信件</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>包裹</translation>
    </message>
    <message>
        <source>The number of days is a whole number from 1 to {count}</source>
        <translation>天数为 1 至 {count} 的整数</translation>
    </message>
    <message>
        <source>Choose letter or parcel</source>
        <translation>请选择信件或包裹</translation>
    </message>
    <message>
        <source>Say whether it is registered</source>
        <translation>请说明是否挂号件</translation>
    </message>
    <message>
        <source>Name the carrier in at most {count} characters</source>
        <translation>请填写快递公司，不超过 {count} 个字</translation>
    </message>
    <message>
        <source>The tracking number is at most {count} characters</source>
        <translation>运单号不超过 {count} 个字符</translation>
    </message>
    <message>
        <source>Name the recipient in at most {count} characters</source>
        <translation>请填写收件人，不超过 {count} 个字</translation>
    </message>
    <message>
        <source>{carrier} {tracking} was logged already as {number} ({time}) and is still waiting</source>
        <translation>{carrier} {tracking} 已登记为 {number}（{time}），尚未领取</translation>
    </message>
    <message>
        <source>The recipient cannot be notified ({time}) before the item arrived ({arrived})</source>
        <translation>通知时间（{time}）不能早于到件时间（{arrived}）</translation>
    </message>
    <message>
        <source>Name who collected it, in at most {count} characters</source>
        <translation>请填写领取人，不超过 {count} 个字</translation>
    </message>
    <message>
        <source>It cannot be picked up ({time}) before it arrived ({arrived})</source>
        <translation>领取时间（{time}）不能早于到件时间（{arrived}）</translation>
    </message>
    <message>
        <source>The number of days is a whole number from 0 to {count}</source>
        <translation>天数为 0 至 {count} 的整数</translation>
    </message>
    <message>
        <source>Deliveries are recorded once made, not for a day to come</source>
        <translation>报刊送达后再登记，不能登记将来的日期</translation>
    </message>
    <message>
        <source>The date is more than a year ago; check it</source>
        <translation>日期早于一年前，请核对</translation>
    </message>
    <message>
        <source>Line {line}: give the unit, the title and the copies</source>
        <translation>第 {line} 行：请填写单元、报刊名称和份数</translation>
    </message>
    <message>
        <source>Line {line}: give the unit</source>
        <translation>第 {line} 行：请填写单元</translation>
    </message>
    <message>
        <source>Line {line}: give the title in at most {count} characters</source>
        <translation>第 {line} 行：请填写报刊名称，不超过 {count} 个字</translation>
    </message>
    <message>
        <source>Line {line}: copies is a whole number from 1 to {count}</source>
        <translation>第 {line} 行：份数为 1 至 {count} 的整数</translation>
    </message>
    <message>
        <source>Line {line}: {title} for {unit} is on the list twice</source>
        <translation>第 {line} 行：{unit} 的《{title}》重复</translation>
    </message>
    <message>
        <source>List at least one delivery</source>
        <translation>请至少填写一条送达记录</translation>
    </message>
    <message>
        <source>Line {line}: there is no unit {code}</source>
        <translation>第 {line} 行：没有单元 {code}</translation>
    </message>
    <message>
        <source>Line {line}: {title} was recorded for {unit} on {day} already</source>
        <translation>第 {line} 行：{unit} 的《{title}》在 {day} 已登记</translation>
    </message>
    <message>
        <source>{number} was picked up already, by {name} at {time}</source>
        <translation>{number} 已于 {time} 由 {name} 领取</translation>
    </message>
    <message>
        <source>There is no mail or parcel numbered {number}</source>
        <translation>没有编号为 {number} 的邮件或包裹</translation>
    </message>
    <message>
        <source>{tool} is not installed on this PC, and backups of a server database need it: install PostgreSQL&apos;s client programs (Debian or Ubuntu: apt install postgresql-client; Windows: the command line tools of PostgreSQL&apos;s installer)</source>
        <translation>本机未安装 {tool}，备份服务器数据库需要它：请安装 PostgreSQL 客户端程序（Debian 或 Ubuntu：apt install postgresql-client；Windows：PostgreSQL 安装程序中的命令行工具）</translation>
    </message>
    <message>
        <source>{tool} could not be started: {reason}</source>
        <translation>无法启动 {tool}：{reason}</translation>
    </message>
    <message>
        <source>{tool} failed: {reason}</source>
        <translation>{tool} 执行失败：{reason}</translation>
    </message>
    <message>
        <source>Copy from an SQLite file (--from FILE)</source>
        <translation>请从 SQLite 文件复制（--from 文件）</translation>
    </message>
    <message>
        <source>Copy into a server database (--to URL); an SQLite file is copied with a backup</source>
        <translation>请复制到服务器数据库（--to 连接地址）；SQLite 文件用备份来复制</translation>
    </message>
    <message>
        <source>The copy of {table} has {copied} rows, not {expected}; nothing was copied</source>
        <translation>{table} 复制后有 {copied} 行，应为 {expected} 行；未复制任何数据</translation>
    </message>
    <message>
        <source>The copied audit log does not verify ({problem}); nothing was copied</source>
        <translation>复制后的审计日志校验不通过（{problem}）；未复制任何数据</translation>
    </message>
    <message>
        <source>The database {name} already holds data ({users} users, {entries} audit rows); copy into a new, empty database made with &apos;frontoffice-admin init --db URL&apos;</source>
        <translation>数据库 {name} 中已有数据（{users} 个用户，{entries} 条审计记录）；请复制到用 &apos;frontoffice-admin init --db URL&apos; 新建的空数据库</translation>
    </message>
    <message>
        <source>A demo site has 1 to {max} units</source>
        <translation>演示小区的房屋数为 1 至 {max} 户</translation>
    </message>
    <message>
        <source>A demo site has 1 to {max} years of history</source>
        <translation>演示小区的历史为 1 至 {max} 年</translation>
    </message>
    <message>
        <source>The seed is a whole number</source>
        <translation>随机种子须为整数</translation>
    </message>
    <message>
        <source>This site has {count} units already: a demo site is generated only into an empty one</source>
        <translation>本小区已有 {count} 户房屋：演示数据只能生成到空库中</translation>
    </message>
    <message>
        <source>A page starts at a row number of 0 or more</source>
        <translation>分页的起始行号须为 0 或以上</translation>
    </message>
    <message>
        <source>A page holds 1 to {count} rows</source>
        <translation>每页行数为 1 至 {count} 行</translation>
    </message>
    <message>
        <source>A list cannot be sorted by {order}</source>
        <translation>列表不能按 {order} 排序</translation>
    </message>
    <message>
        <source>Figures cover 1 to {count} months</source>
        <translation>统计范围为 1 至 {count} 个月</translation>
    </message>
    <message>
        <source>Unknown unit of charge {value}: use 页, 分钟, 小时, 半天, 天, 千字 or 件</source>
        <translation>未知的计费单位 {value}：请用 页、分钟、小时、半天、天、千字 或 件</translation>
    </message>
    <message>
        <source>Deposit is yes (是) or no (否): {value}</source>
        <translation>押金一栏应填 是 或 否：{value}</translation>
    </message>
    <message>
        <source>A service books a room (场地), equipment (设备) or nothing (无): {value}</source>
        <translation>服务预订的应为 场地、设备 或 无：{value}</translation>
    </message>
    <message>
        <source>Status is 在用 (on the list) or 停用 (withdrawn): {value}</source>
        <translation>状态应填 在用 或 停用：{value}</translation>
    </message>
    <message>
        <source>{name} is already on line {line}</source>
        <translation>{name} 已在第 {line} 行出现</translation>
    </message>
    <message>
        <source>{name} is not on the price list yet: give its {columns}</source>
        <translation>价目表中还没有 {name}：请填写{columns}</translation>
    </message>
    <message>
        <source>Status is 在用 (in use) or 停用 (retired): {value}</source>
        <translation>状态应填 在用 或 停用：{value}</translation>
    </message>
    <message>
        <source>Key {code} is already on line {line}</source>
        <translation>钥匙 {code} 已在第 {line} 行出现</translation>
    </message>
    <message>
        <source>Key {code} is not registered yet: say what it opens</source>
        <translation>钥匙 {code} 尚未登记：请填写其用途（开启何处）</translation>
    </message>
    <message>
        <source>Installed on</source>
        <translation>安装日期</translation>
    </message>
    <message>
        <source>Warranty until</source>
        <translation>保修期至</translation>
    </message>
    <message>
        <source>Maintenance contract until</source>
        <translation>维保合同期至</translation>
    </message>
    <message>
        <source>Unknown repair method {value}: use 强制维修, 定期检修, 诊断维修 or 全面维修</source>
        <translation>未知的维修方式 {value}：请用 强制维修、定期检修、诊断维修 或 全面维修</translation>
    </message>
    <message>
        <source>Equipment {code} is already on line {line}</source>
        <translation>设备 {code} 已在第 {line} 行出现</translation>
    </message>
    <message>
        <source>Equipment {code} is not registered yet: give its {columns}</source>
        <translation>设备 {code} 尚未登记：请填写{columns}</translation>
    </message>
    <message>
        <source>There is no equipment category {name}: give its repair method, or add the category first</source>
        <translation>没有设备类别 {name}：请填写其维修方式，或先添加该类别</translation>
    </message>
    <message>
        <source>An earlier line gives category {name} another repair method or overhaul cycle</source>
        <translation>前面的行为类别 {name} 填了不同的维修方式或大修周期</translation>
    </message>
</context>
<context>
    <name>AccountView</name>
    <message>
        <source>Paid</source>
        <translation>已缴</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>欠</translation>
    </message>
    <message>
        <source>void</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Fee item</source>
        <translation>收费项目</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>收据</translation>
    </message>
    <message>
        <source>Bills</source>
        <translation>账单</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>收款记录</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>业主</translation>
    </message>
    <message>
        <source>tenant</source>
        <translation>租户</translation>
    </message>
    <message>
        <source>{role}, pays</source>
        <translation>{role}，付费</translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation>{name}（{role}）</translation>
    </message>
    <message>
        <source>Select a unit to see its account.</source>
        <translation>选择一户以查看其账户。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{unit}&lt;/b&gt; · owes &lt;b&gt;{owed}&lt;/b&gt; · credit (预交) {credit}</source>
        <translation>&lt;b&gt;{unit}&lt;/b&gt; · 欠费 &lt;b&gt;{owed}&lt;/b&gt; · 预交余额 {credit}</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>New user</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>确认密码</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <source>The administrator adds the other users and keeps the site&apos;s settings. There is no default password: choose one, and keep it safe.</source>
        <translation>系统管理员负责添加其他用户并维护项目设置。没有默认密码：请自行设置并妥善保管。</translation>
    </message>
    <message>
        <source>Create the administrator</source>
        <translation>创建管理员</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>确认密码</translation>
    </message>
</context>
<context>
    <name>ArchiveDialog</name>
    <message>
        <source>Fire archive</source>
        <translation>消防档案</translation>
    </message>
    <message>
        <source>The fire inspections, rectification notices and their outcome, drills, training and the responsibility register of a period.</source>
        <translation>一段期间内的消防检查、整改通知及其结果、演练、培训和消防责任名册。</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Fire archive {since} to {until}</source>
        <translation>消防档案 {since} 至 {until}</translation>
    </message>
</context>
<context>
    <name>ArrearsWindow</name>
    <message>
        <source>Arrears and collection</source>
        <translation>欠费与收缴率</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Owes</source>
        <translation>欠费</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>最早欠费期间</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} 天</translation>
    </message>
    <message>
        <source>Collection rate</source>
        <translation>收缴率</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Working out the arrears...</source>
        <translation>正在统计欠费...</translation>
    </message>
    <message>
        <source>Arrears</source>
        <translation>欠费统计</translation>
    </message>
    <message>
        <source>{count} units owe &lt;b&gt;{total}&lt;/b&gt;</source>
        <translation>{count} 户欠费，合计 &lt;b&gt;{total}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Billed {billed}, paid {paid}: collection rate {rate}%</source>
        <translation>应收 {billed}，实收 {paid}：收缴率 {rate}%</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>BookDialog</name>
    <message>
        <source>Booked: {number}</source>
        <translation>已预订：{number}</translation>
    </message>
    <message>
        <source>What was booked</source>
        <translation>预订内容</translation>
    </message>
    <message>
        <source>Fee (yuan)</source>
        <translation>费用（元）</translation>
    </message>
    <message>
        <source>Booked at</source>
        <translation>预订时间</translation>
    </message>
</context>
<context>
    <name>BuildingDialog</name>
    <message>
        <source>Add a building</source>
        <translation>添加楼栋</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Floors</source>
        <translation>楼层数</translation>
    </message>
    <message>
        <source>Has a lift (电梯费)</source>
        <translation>有电梯（收电梯费）</translation>
    </message>
    <message>
        <source>Secondary water supply (二次供水费)</source>
        <translation>有二次供水（收二次供水费）</translation>
    </message>
</context>
<context>
    <name>BusinessCentreTab</name>
    <message>
        <source>overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Wanted</source>
        <translation>约定时间</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>预计费用</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>押金</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>收据</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>新建订单</translation>
    </message>
    <message>
        <source>Start service</source>
        <translation>开始服务</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Settle and receipt</source>
        <translation>结算收款</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>取消订单</translation>
    </message>
    <message>
        <source>Charge notice</source>
        <translation>收费通知单</translation>
    </message>
    <message>
        <source>Refund slip</source>
        <translation>退款单</translation>
    </message>
    <message>
        <source>Staff requests...</source>
        <translation>员工申请...</translation>
    </message>
    <message>
        <source>Rooms and equipment...</source>
        <translation>场地设备...</translation>
    </message>
    <message>
        <source>Price list...</source>
        <translation>价目表...</translation>
    </message>
    <message>
        <source>Shift report...</source>
        <translation>交班日结...</translation>
    </message>
    <message>
        <source>Search order number, customer, phone or pinyin initials (Ctrl+F)</source>
        <translation>搜索订单号、客户、电话或拼音首字母（Ctrl+F）</translation>
    </message>
    <message>
        <source>Open orders</source>
        <translation>未结订单</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>全部订单</translation>
    </message>
    <message>
        <source>No open orders. Take a customer&apos;s order with New order (Ctrl+N); the price list, rooms and equipment are kept by a manager (Price list).</source>
        <translation>没有未结订单。用“新建订单”（Ctrl+N）为客户下单；价目表、场地和设备由经理维护（价目表）。</translation>
    </message>
    <message>
        <source>Business centre</source>
        <translation>商务中心</translation>
    </message>
    <message>
        <source>Select an order first</source>
        <translation>请先选择一张订单</translation>
    </message>
    <message>
        <source>Charge notice {number}</source>
        <translation>收费通知单 {number}</translation>
    </message>
    <message>
        <source>Refund slip {number}</source>
        <translation>退款单 {number}</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <source>Cancel order {number}</source>
        <translation>取消订单 {number}</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>A deposit of {deposit} was taken. What is not refunded is receipted as a cancellation charge.</source>
        <translation>已收押金 {deposit}。未退还的部分作为订单取消费开具收据。</translation>
    </message>
    <message>
        <source>Refund (¥)</source>
        <translation>退还金额（¥）</translation>
    </message>
</context>
<context>
    <name>CancelErrandDialog</name>
    <message>
        <source>Cancel {number}</source>
        <translation>取消 {number}</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>CancelInspectionDialog</name>
    <message>
        <source>Cancel inspection {number}</source>
        <translation>取消检查 {number}</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>started in error, abandoned...</source>
        <translation>开错、中途放弃……</translation>
    </message>
</context>
<context>
    <name>CancelNoticeDialog</name>
    <message>
        <source>Cancel notice</source>
        <translation>撤销整改通知</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>整改要求</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>issued in error, duplicate...</source>
        <translation>开错、重复……</translation>
    </message>
</context>
<context>
    <name>CategoriesDialog</name>
    <message>
        <source>Equipment categories</source>
        <translation>设备类别</translation>
    </message>
</context>
<context>
    <name>CategoriesPage</name>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Repair method</source>
        <translation>维修方式</translation>
    </message>
    <message>
        <source>Overhaul cycle</source>
        <translation>大修周期</translation>
    </message>
    <message>
        <source>{count} months</source>
        <translation>{count} 个月</translation>
    </message>
    <message>
        <source>Equipment in service</source>
        <translation>在用设备数</translation>
    </message>
    <message>
        <source>Add category...</source>
        <translation>添加类别...</translation>
    </message>
    <message>
        <source>Edit category...</source>
        <translation>编辑类别...</translation>
    </message>
    <message>
        <source>No categories yet. Add the kinds of equipment kept (Add category, Ctrl+N), each with its repair method, before adding equipment.</source>
        <translation>还没有设备类别。添加设备前，请先添加设备类别（添加类别，Ctrl+N）及其维修方式。</translation>
    </message>
    <message>
        <source>Only engineering or a manager can change the categories</source>
        <translation>只有工程部或经理可以修改设备类别</translation>
    </message>
</context>
<context>
    <name>CategoryDialog</name>
    <message>
        <source>Add a category</source>
        <translation>添加设备类别</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>编辑 {name}</translation>
    </message>
    <message>
        <source>Overhaul equipment is taken apart and renewed on its overhaul cycle, which it needs; the cycle is optional for the other methods.</source>
        <translation>全面维修的设备按大修周期拆检更新，必须填写周期；其他维修方式可不填。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Repair method</source>
        <translation>维修方式</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>Overhaul cycle</source>
        <translation>大修周期</translation>
    </message>
</context>
<context>
    <name>ChecklistsPage</name>
    <message>
        <source>In use</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>频次</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>项数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Item to check</source>
        <translation>检查内容</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>合格要求</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>制定时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>制定人</translation>
    </message>
    <message>
        <source>Inspections made on it</source>
        <translation>已用于检查</translation>
    </message>
    <message>
        <source>New checklist...</source>
        <translation>新建检查表…</translation>
    </message>
    <message>
        <source>Edit (new version)...</source>
        <translation>修改（新版本）…</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Put back in use</source>
        <translation>恢复使用</translation>
    </message>
    <message>
        <source>Install the standard checklists</source>
        <translation>安装标准检查表</translation>
    </message>
    <message>
        <source>Only the safety officer can change checklists</source>
        <translation>只有安全主任可以修改检查表</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>No checklists of this kind.</source>
        <translation>没有这一类的检查表。</translation>
    </message>
    <message>
        <source>No checklists yet: install the standard checklists (fire systems, cleaning, security patrols) or add one of your own (New checklist, Ctrl+N).</source>
        <translation>还没有检查表：请安装标准检查表（消防设施、清洁、保安巡逻），或自己新建（新建检查表，Ctrl+N）。</translation>
    </message>
    <message>
        <source>Select a checklist to read its items.</source>
        <translation>选择一张检查表以查看检查项。</translation>
    </message>
    <message>
        <source>Retire {code} {name}? It is no longer offered for new inspections and no longer falls due; the inspections made on it stay.</source>
        <translation>停用 {code} {name}？停用后不能再用于新的检查，也不再列入待检；已做的检查记录保留。</translation>
    </message>
    <message>
        <source>The standard checklists are missing from this installation (resources/safety/templates.csv).</source>
        <translation>本安装缺少标准检查表（resources/safety/templates.csv）。</translation>
    </message>
    <message>
        <source>{count} standard checklists were added.</source>
        <translation>已添加 {count} 张标准检查表。</translation>
    </message>
    <message>
        <source>Every standard checklist is here already: none was missing.</source>
        <translation>标准检查表都已齐全，没有缺少的。</translation>
    </message>
</context>
<context>
    <name>ChecklistsWindow</name>
    <message>
        <source>Checklists and schedules</source>
        <translation>检查表与检查计划</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>检查表</translation>
    </message>
    <message>
        <source>Schedules</source>
        <translation>检查计划</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <source>Close complaint {number}</source>
        <translation>结案 {number}</translation>
    </message>
    <message>
        <source>ask the complainant...</source>
        <translation>请询问投诉人……</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Final response</source>
        <translation>最终答复</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>结案时间</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <source>Receive a complaint</source>
        <translation>受理投诉</translation>
    </message>
    <message>
        <source>The complaint is to be handled and closed within {hours} hours.</source>
        <translation>投诉须在 {hours} 小时内处理完毕并结案。</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>About</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
</context>
<context>
    <name>Complaints</name>
    <message>
        <source>Response so far ({by}): {response}</source>
        <translation>已有答复（{by}）：{response}</translation>
    </message>
</context>
<context>
    <name>ComplaintsPage</name>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>About</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>处理时限</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Receive complaint</source>
        <translation>受理投诉</translation>
    </message>
    <message>
        <source>Respond</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>Handling rate</source>
        <translation>处理及时率</translation>
    </message>
    <message>
        <source>No complaint is open. Receive one with F7.</source>
        <translation>没有未结的投诉。按 F7 受理投诉。</translation>
    </message>
    <message>
        <source>Open only</source>
        <translation>只看未完成</translation>
    </message>
    <message>
        <source>{status} · overdue {days} d</source>
        <translation>{status} · 超时 {days} 天</translation>
    </message>
    <message>
        <source>{status} · overdue {hours} h</source>
        <translation>{status} · 超时 {hours} 小时</translation>
    </message>
    <message>
        <source>{status} · due in {hours} h</source>
        <translation>{status} · 剩余 {hours} 小时</translation>
    </message>
    <message>
        <source>closed late</source>
        <translation>超时结案</translation>
    </message>
    <message>
        <source>{number} from {who}, received {time} by {clerk}; due {due}</source>
        <translation>{number} 投诉人 {who}，{time} 由 {clerk} 受理；时限 {due}</translation>
    </message>
    <message>
        <source>About: {about}</source>
        <translation>内容：{about}</translation>
    </message>
    <message>
        <source>Response ({by}): {response}</source>
        <translation>答复（{by}）：{response}</translation>
    </message>
    <message>
        <source>Closed {time}, satisfaction {satisfaction}</source>
        <translation>{time} 结案，满意度 {satisfaction}</translation>
    </message>
    <message>
        <source>Complaint {number} was closed {time}.</source>
        <translation>投诉 {number} 已于 {time} 结案。</translation>
    </message>
</context>
<context>
    <name>CompleteDialog</name>
    <message>
        <source>Mark {number} done</source>
        <translation>完成保养 {number}</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>保养人</translation>
    </message>
    <message>
        <source>Done at</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>what was found; empty when all was well</source>
        <translation>发现的问题；一切正常可留空</translation>
    </message>
    <message>
        <source>Findings need a repair</source>
        <translation>发现问题需要维修</translation>
    </message>
    <message>
        <source>open a self-inspection work order</source>
        <translation>开一张自检报修工单</translation>
    </message>
    <message>
        <source>Repair category</source>
        <translation>维修类别</translation>
    </message>
    <message>
        <source>Repair priority</source>
        <translation>维修紧急程度</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Database connection</source>
        <translation>数据库连接</translation>
    </message>
    <message>
        <source>One PC keeps the database in a file of its own. When several desks work on one database, each PC connects to the database server (PostgreSQL). The change takes effect when FrontOffice starts next.</source>
        <translation>单台电脑把数据库保存在本机的文件中。多个前台共用一个数据库时，每台电脑都连接到数据库服务器（PostgreSQL）。更改在物业前台下次启动时生效。</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>A file on this PC</source>
        <translation>本机的数据库文件</translation>
    </message>
    <message>
        <source>A database server (PostgreSQL), shared by several desks</source>
        <translation>数据库服务器（PostgreSQL），多个前台共用</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Choose file...</source>
        <translation>选择文件...</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>The database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <source>SQLite database (*.sqlite3 *.db)</source>
        <translation>SQLite 数据库 (*.sqlite3 *.db)</translation>
    </message>
    <message>
        <source>Choose the database file</source>
        <translation>请选择数据库文件</translation>
    </message>
</context>
<context>
    <name>ConnectionFields</name>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>数据库名称</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Connecting...</source>
        <translation>正在连接...</translation>
    </message>
    <message>
        <source>Connected to {server}, but its database was made by a newer FrontOffice (schema {current}): install the newer version on this PC</source>
        <translation>已连接 {server}，但数据库由较新版本的物业前台建立（架构 {current}）：请在本机安装新版本</translation>
    </message>
    <message>
        <source>Connected to {server}. The database is empty: FrontOffice sets it up at its next start, and asks for the administrator</source>
        <translation>已连接 {server}。数据库是空的：物业前台下次启动时会建立数据表，并请您设置管理员</translation>
    </message>
    <message>
        <source>Connected to {server}; the database is ready (schema {current})</source>
        <translation>已连接 {server}，数据库已就绪（架构 {current}）</translation>
    </message>
    <message>
        <source>Connected to {server}; the database (schema {current}) is brought up to schema {head} at the next start</source>
        <translation>已连接 {server}，数据库（架构 {current}）将在下次启动时升级到架构 {head}</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <source>Collection rate, last 12 months</source>
        <translation>收缴率（近 12 个月）</translation>
    </message>
    <message>
        <source>Arrears and collection...</source>
        <translation>欠费与收缴率...</translation>
    </message>
    <message>
        <source>Arrears by age</source>
        <translation>欠费账龄</translation>
    </message>
    <message>
        <source>Arrears by unit...</source>
        <translation>按房屋查看欠费...</translation>
    </message>
    <message>
        <source>Repair orders per week</source>
        <translation>每周维修工单</translation>
    </message>
    <message>
        <source>Overdue orders</source>
        <translation>超时工单</translation>
    </message>
    <message>
        <source>Repair orders by category, last 12 weeks</source>
        <translation>各类别维修工单（近 12 周）</translation>
    </message>
    <message>
        <source>Open orders</source>
        <translation>未完成工单</translation>
    </message>
    <message>
        <source>Fire-safety rectification notices</source>
        <translation>消防整改通知</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>整改通知</translation>
    </message>
    <message>
        <source>Front desk, last 30 days</source>
        <translation>前台服务（近 30 天）</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>前台服务</translation>
    </message>
    <message>
        <source>Business-centre takings per day, last 30 days</source>
        <translation>商务中心每日收款（近 30 天）</translation>
    </message>
    <message>
        <source>Shift report...</source>
        <translation>交班日结...</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Click the chart to open the list behind it</source>
        <translation>点击图表打开对应的列表</translation>
    </message>
    <message>
        <source>Working out the figures...</source>
        <translation>正在统计...</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>统计看板</translation>
    </message>
    <message>
        <source>Not shown to your role: {reason}</source>
        <translation>您的角色不能查看此图表：{reason}</translation>
    </message>
    <message>
        <source>Worked out at {time}</source>
        <translation>统计时间：{time}</translation>
    </message>
    <message>
        <source>The figures were not worked out: press Refresh (F5)</source>
        <translation>尚未统计：请按“刷新”（F5）</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Where the site&apos;s records are kept: on this PC when FrontOffice runs at one desk, or on a database server that several desks share.</source>
        <translation>本项目的数据保存在哪里：只有一个前台使用时保存在本机；多个前台共用时保存在数据库服务器上。</translation>
    </message>
    <message>
        <source>This PC</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>The database is the file {path}</source>
        <translation>数据库文件：{path}</translation>
    </message>
    <message>
        <source>The database is {name}</source>
        <translation>数据库：{name}</translation>
    </message>
    <message>
        <source>A database server for several desks (PostgreSQL)</source>
        <translation>数据库服务器，多个前台共用（PostgreSQL）</translation>
    </message>
    <message>
        <source>Connecting...</source>
        <translation>正在连接...</translation>
    </message>
    <message>
        <source>Opening the database</source>
        <translation>正在打开数据库</translation>
    </message>
</context>
<context>
    <name>DayStrip</name>
    <message>
        <source>Visitors inside</source>
        <translation>在场访客</translation>
    </message>
    <message>
        <source>{count} from an earlier day</source>
        <translation>{count} 个为前日遗留</translation>
    </message>
    <message>
        <source>Keys out</source>
        <translation>借出钥匙</translation>
    </message>
    <message>
        <source>{count} overdue</source>
        <translation>{count} 个逾期</translation>
    </message>
    <message>
        <source>Mail waiting</source>
        <translation>待取邮件</translation>
    </message>
    <message>
        <source>{count} waiting too long</source>
        <translation>{count} 件滞留超期</translation>
    </message>
    <message>
        <source>Messages to deliver</source>
        <translation>待转留言</translation>
    </message>
    <message>
        <source>Errands open</source>
        <translation>未完代办</translation>
    </message>
    <message>
        <source>{count} late</source>
        <translation>{count} 项超时</translation>
    </message>
    <message>
        <source>Complaints open</source>
        <translation>未结投诉</translation>
    </message>
    <message>
        <source>{count} past the deadline</source>
        <translation>{count} 件超时</translation>
    </message>
    <message>
        <source>Luggage stored</source>
        <translation>寄存行李</translation>
    </message>
    <message>
        <source>Click to see the list</source>
        <translation>点击查看列表</translation>
    </message>
</context>
<context>
    <name>DeadlinesPage</name>
    <message>
        <source>Priority</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>Respond within (on site)</source>
        <translation>响应时限（到场）</translation>
    </message>
    <message>
        <source>Complete within</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Residents&apos; in-home repairs are free labour (materials are still charged)</source>
        <translation>住户室内维修免收人工费（材料照常收费）</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Deadlines count from when an order is reported: a technician must be on site within the first, and the repair finished within the second. Orders already reported keep their deadlines.</source>
        <translation>时限从报修时起算：维修人员须在响应时限内到场，在完成时限内修好。已报修的工单保持原时限。</translation>
    </message>
    <message>
        <source>Read only: only a manager can change the deadlines.</source>
        <translation>只读：只有经理可以修改时限。</translation>
    </message>
    <message>
        <source>free labour</source>
        <translation>人工免费</translation>
    </message>
    <message>
        <source>Saved: {what}</source>
        <translation>已保存：{what}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Nothing saved</source>
        <translation>没有需要保存的修改</translation>
    </message>
</context>
<context>
    <name>DemoPage</name>
    <message>
        <source>Demo building</source>
        <translation>演示小区</translation>
    </message>
    <message>
        <source>To try FrontOffice out before the site&apos;s own records are entered.</source>
        <translation>在录入本项目的实际数据之前，先用演示数据试用物业前台。</translation>
    </message>
    <message>
        <source>Load a demo building</source>
        <translation>载入演示小区</translation>
    </message>
    <message>
        <source>A site of {units} units with their owners and tenants, a year of monthly bills and payments, repairs, inspections, visitors and parcels; the business centre&apos;s price list, rooms and machines; the engineering team and the equipment register. Its records are invented and stay in this database: load it only into a database for trying things out.</source>
        <translation>一个 {units} 户房屋的小区及其业主和租户，一年的月度账单和缴费，报修、检查、访客和邮件包裹；商务中心的价目表、场地和设备；工程部的维修人员和设备档案。这些数据都是虚构的，并会一直留在本数据库中：只应载入用于试用的数据库。</translation>
    </message>
    <message>
        <source>Loading the demo building...</source>
        <translation>正在载入演示小区...</translation>
    </message>
    <message>
        <source>Loading the demo building</source>
        <translation>正在载入演示小区</translation>
    </message>
    <message>
        <source>The demo building is loaded:
· {buildings} buildings, {units} units, {parties} owners and tenants
· {bill_lines} bill lines, {payments} payments with their receipts
· {work_orders} work orders, {inspections} inspections, {notices} rectification notices
· {visitors} visitors, {parcels} parcels
· {services} business-centre services, {resources} rooms and machines, {equipment} pieces of equipment
Click Finish to begin.</source>
        <translation>演示小区已载入：
· {buildings} 栋楼、{units} 户房屋、{parties} 位业主和租户
· {bill_lines} 条账单明细、{payments} 笔缴费及其收据
· {work_orders} 张维修工单、{inspections} 次检查、{notices} 份整改通知书
· {visitors} 位访客、{parcels} 件邮件包裹
· 商务中心 {services} 项服务和 {resources} 个场地及设备；设备档案 {equipment} 台
点击“完成”开始使用。</translation>
    </message>
</context>
<context>
    <name>DepositDialog</name>
    <message>
        <source>Deposit for order {number}</source>
        <translation>订单 {number} 收押金</translation>
    </message>
    <message>
        <source>Estimate {estimate}; the deposit at {rate}% of the services that take one is {due}.</source>
        <translation>预计费用 {estimate}；按需收押金项目的 {rate}% 计，应收押金 {due}。</translation>
    </message>
    <message>
        <source>Deposit (¥)</source>
        <translation>押金（¥）</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>付款方式</translation>
    </message>
</context>
<context>
    <name>DoneDialog</name>
    <message>
        <source>Done: {number}</source>
        <translation>办结：{number}</translation>
    </message>
    <message>
        <source>Fee (yuan)</source>
        <translation>费用（元）</translation>
    </message>
    <message>
        <source>Put the fee on the account of {unit}</source>
        <translation>费用计入 {unit} 的账户</translation>
    </message>
    <message>
        <source>No unit was named: the fee cannot go on an account</source>
        <translation>未填房号：费用无法计入账户</translation>
    </message>
    <message>
        <source>Unit&apos;s account</source>
        <translation>房号账户</translation>
    </message>
    <message>
        <source>Done at</source>
        <translation>办结时间</translation>
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message>
        <source>Record a drill</source>
        <translation>登记演练</translation>
    </message>
    <message>
        <source>A full evacuation drill is required every twelve months; record how long the evacuation took, from the alarm to the last person out.</source>
        <translation>每十二个月至少须进行一次全员疏散演练；请记录从报警到最后一人撤出的疏散用时。</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>演练内容</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>组织人</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加人数</translation>
    </message>
    <message>
        <source>Evacuation time</source>
        <translation>疏散用时</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <source>A tabletop exercise evacuates nobody</source>
        <translation>桌面推演不涉及人员疏散</translation>
    </message>
</context>
<context>
    <name>DrillsPage</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>演练内容</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>组织人</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Evacuation time</source>
        <translation>疏散用时</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <source>New drill...</source>
        <translation>登记演练…</translation>
    </message>
    <message>
        <source>No drill recorded yet. Hold a full evacuation drill at least once every twelve months and record it here (New drill, Ctrl+N).</source>
        <translation>还没有演练记录。每十二个月至少进行一次全员疏散演练，并在此登记（登记演练，Ctrl+N）。</translation>
    </message>
</context>
<context>
    <name>DrillsWindow</name>
    <message>
        <source>Drills and training</source>
        <translation>演练与培训</translation>
    </message>
    <message>
        <source>Drills</source>
        <translation>消防演练</translation>
    </message>
    <message>
        <source>Volunteer fire team</source>
        <translation>义务消防队</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>消防培训</translation>
    </message>
    <message>
        <source>Drill overdue</source>
        <translation>演练逾期</translation>
    </message>
</context>
<context>
    <name>DuePage</name>
    <message>
        <source>Order</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>应保养日期</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>保养计划</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>保养人</translation>
    </message>
    <message>
        <source>Done at</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Repair order</source>
        <translation>维修工单</translation>
    </message>
    <message>
        <source>Mark done...</source>
        <translation>完成保养...</translation>
    </message>
    <message>
        <source>Only engineering or a manager can record maintenance</source>
        <translation>只有工程部或经理可以登记保养</translation>
    </message>
    <message>
        <source>Search order, plan, equipment or location, or pinyin initials (Ctrl+F)</source>
        <translation>搜索工单号、计划、设备、位置或拼音首字母（Ctrl+F）</translation>
    </message>
    <message>
        <source>Show done</source>
        <translation>显示已完成</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <source>Nothing to do: every maintenance order up to today is done. Tick Show done to see the done ones.</source>
        <translation>没有待办：截至今天的保养工单都已完成。勾选“显示已完成”可查看已完成的工单。</translation>
    </message>
    <message>
        <source>No maintenance plans yet. Add a plan under Plans: daily, level 1 or level 2 maintenance for a piece of equipment or a category; its orders appear here on their dates.</source>
        <translation>还没有保养计划。请在“保养计划”中添加：针对一台设备或一个类别的日常、一级或二级保养；到期的保养工单会出现在这里。</translation>
    </message>
    <message>
        <source>{count} overdue</source>
        <translation>{count} 项已逾期</translation>
    </message>
    <message>
        <source>Nothing overdue</source>
        <translation>没有逾期</translation>
    </message>
    <message>
        <source>Select a maintenance order to read its checklist.</source>
        <translation>选择一张保养工单，查看其保养内容。</translation>
    </message>
    <message>
        <source>Done by {by} at {at}; recorded by {recorded}.</source>
        <translation>{by} 于 {at} 完成；{recorded} 登记。</translation>
    </message>
    <message>
        <source>Findings: {findings}</source>
        <translation>检查结果：{findings}</translation>
    </message>
    <message>
        <source>Repair work order {number}</source>
        <translation>维修工单 {number}</translation>
    </message>
    <message>
        <source>Due {due}</source>
        <translation>应于 {due} 保养</translation>
    </message>
    <message>
        <source>There are no technicians yet: add them under Team first.</source>
        <translation>还没有维修人员：请先在“维修班组”中添加。</translation>
    </message>
    <message>
        <source>{number} done by {by}.</source>
        <translation>{number} 已由 {by} 完成。</translation>
    </message>
    <message>
        <source>Repair work order {order} opened.</source>
        <translation>已开维修工单 {order}。</translation>
    </message>
</context>
<context>
    <name>DurationEdit</name>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
</context>
<context>
    <name>DutiesPage</name>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Answers for</source>
        <translation>责任范围</translation>
    </message>
    <message>
        <source>New...</source>
        <translation>新增…</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Nobody is in the register yet. Start with the general manager, who answers for the company&apos;s fire safety, then the department managers and team leaders (New, Ctrl+N).</source>
        <translation>名册中还没有人员。请先登记对公司消防安全全面负责的总经理，再登记各部门经理和班组长（新增，Ctrl+N）。</translation>
    </message>
    <message>
        <source>Remove {name} ({position}) from the register?</source>
        <translation>从名册中删除 {name}（{position}）？</translation>
    </message>
</context>
<context>
    <name>DutyDialog</name>
    <message>
        <source>Add to the register</source>
        <translation>登记消防责任人</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>修改 {name}</translation>
    </message>
    <message>
        <source>First level: the general manager, who answers for the company&apos;s fire safety (one person). Second: department managers. Third: team leaders.</source>
        <translation>一级：总经理，对公司消防安全全面负责（仅一人）；二级：各部门经理；三级：各班组长。</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Answers for</source>
        <translation>责任范围</translation>
    </message>
</context>
<context>
    <name>EquipmentDetails</name>
    <message>
        <source>Maker</source>
        <translation>生产厂家</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Installed on</source>
        <translation>安装日期</translation>
    </message>
    <message>
        <source>Warranty until</source>
        <translation>保修期至</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>维保单位</translation>
    </message>
    <message>
        <source>Contract until</source>
        <translation>合同期至</translation>
    </message>
    <message>
        <source>Repair method</source>
        <translation>维修方式</translation>
    </message>
    <message>
        <source>Open repairs</source>
        <translation>未完成维修</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>随机资料</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>due</source>
        <translation>待保养</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>维修</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>保养</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>单号</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>By</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Repairs and maintenance</source>
        <translation>维修保养记录</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Select a piece of equipment to see it here.</source>
        <translation>选择一台设备，在此查看详情。</translation>
    </message>
    <message>
        <source>overhaul every {count} months</source>
        <translation>每 {count} 个月大修</translation>
    </message>
</context>
<context>
    <name>EquipmentDialog</name>
    <message>
        <source>Add equipment</source>
        <translation>添加设备</translation>
    </message>
    <message>
        <source>Edit {code} {name}</source>
        <translation>编辑 {code} {name}</translation>
    </message>
    <message>
        <source>Dates are written YYYY-MM-DD; leave one empty when it is not known. Equipment is retired, never deleted.</source>
        <translation>日期格式为 YYYY-MM-DD，不详可留空。设备只能报废，不能删除。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Maker</source>
        <translation>生产厂家</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Installed on</source>
        <translation>安装日期</translation>
    </message>
    <message>
        <source>Warranty until</source>
        <translation>保修期至</translation>
    </message>
    <message>
        <source>Maintenance contractor</source>
        <translation>维保单位</translation>
    </message>
    <message>
        <source>Maintenance contract until</source>
        <translation>维保合同期至</translation>
    </message>
    <message>
        <source>Documents kept</source>
        <translation>随机资料</translation>
    </message>
    <message>
        <source>e.g. manual, certificate, test report</source>
        <translation>如：说明书、合格证、试验报告</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>EquipmentWindow</name>
    <message>
        <source>Equipment register</source>
        <translation>设备档案</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Maintenance due</source>
        <translation>待保养</translation>
    </message>
    <message>
        <source>Warranty until</source>
        <translation>保修期至</translation>
    </message>
    <message>
        <source>Contract until</source>
        <translation>合同期至</translation>
    </message>
    <message>
        <source>Add equipment...</source>
        <translation>添加设备...</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>编辑...</translation>
    </message>
    <message>
        <source>Change status...</source>
        <translation>变更状态...</translation>
    </message>
    <message>
        <source>Registration card</source>
        <translation>设备登记卡</translation>
    </message>
    <message>
        <source>Categories...</source>
        <translation>设备类别...</translation>
    </message>
    <message>
        <source>Import...</source>
        <translation>导入...</translation>
    </message>
    <message>
        <source>Add and change equipment from an Excel sheet (.xlsx or .csv) with the columns 编号, 名称, 类别 and, if wanted, 位置, 型号, 生产厂家, 供应商, 安装日期, 保修期至, 维保单位, 维保合同期至, 随机资料, 备注, and the category&apos;s 维修方式 and 大修周期; or their English names (code, name, category, location...)</source>
        <translation>从 Excel 表格（.xlsx 或 .csv）新增或修改设备，列为 编号、名称、类别，可选 位置、型号、生产厂家、供应商、安装日期、保修期至、维保单位、维保合同期至、随机资料、备注，以及类别的 维修方式 和 大修周期；也可用英文列名（code、name、category、location...）</translation>
    </message>
    <message>
        <source>Import equipment</source>
        <translation>导入设备</translation>
    </message>
    <message>
        <source>Categories added or changed: {names}</source>
        <translation>新增或修改的类别：{names}</translation>
    </message>
    <message>
        <source>Only engineering or a manager can change the equipment register</source>
        <translation>只有工程部或经理可以修改设备档案</translation>
    </message>
    <message>
        <source>Search code, name, location, model or pinyin initials (Ctrl+F)</source>
        <translation>搜索编号、名称、位置、型号或拼音首字母（Ctrl+F）</translation>
    </message>
    <message>
        <source>Due maintenance only</source>
        <translation>只看待保养</translation>
    </message>
    <message>
        <source>Show retired</source>
        <translation>显示已报废</translation>
    </message>
    <message>
        <source>{due} · {overdue} overdue</source>
        <translation>{due} · {overdue} 项逾期</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>The equipment register is empty. Add the categories of equipment kept (Categories...), then each piece of equipment (Add equipment, Ctrl+N); or load the demo building&apos;s register with frontoffice-admin repairs load-demo.</source>
        <translation>设备档案为空。请先添加设备类别（设备类别...），再逐台添加设备（添加设备，Ctrl+N）；或用 frontoffice-admin repairs load-demo 载入示例大厦的设备档案。</translation>
    </message>
    <message>
        <source>No equipment matches. Clear the search or the filters.</source>
        <translation>没有符合条件的设备。请清除搜索或筛选条件。</translation>
    </message>
    <message>
        <source>Every piece of equipment is retired. Tick Show retired to see them.</source>
        <translation>所有设备均已报废。勾选“显示已报废”可查看。</translation>
    </message>
    <message>
        <source>There are no equipment categories yet: add one under Categories first.</source>
        <translation>还没有设备类别：请先在“设备类别”中添加。</translation>
    </message>
    <message>
        <source>Registration card {code}</source>
        <translation>设备登记卡 {code}</translation>
    </message>
</context>
<context>
    <name>ErrandDialog</name>
    <message>
        <source>New errand or booking</source>
        <translation>新委托代办</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>委托人</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>委托内容</translation>
    </message>
    <message>
        <source>Wanted</source>
        <translation>需要时间</translation>
    </message>
    <message>
        <source>at a set time</source>
        <translation>指定时间</translation>
    </message>
    <message>
        <source>Fee (yuan), if known</source>
        <translation>费用（元），已知时填写</translation>
    </message>
</context>
<context>
    <name>Errands</name>
    <message>
        <source>wanted {time}</source>
        <translation>需要时间 {time}</translation>
    </message>
</context>
<context>
    <name>ErrandsPage</name>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>委托人</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>委托内容</translation>
    </message>
    <message>
        <source>Wanted</source>
        <translation>需要时间</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>预订情况</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>New errand</source>
        <translation>委托代办</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>已预订</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Cancel errand</source>
        <translation>取消代办</translation>
    </message>
    <message>
        <source>No errand is open. Take a request (taxi, tickets, hotel, flowers, laundry...) with F9.</source>
        <translation>没有未完成的代办。按 F9 受理委托（出租车、票务、酒店、鲜花、洗衣……）。</translation>
    </message>
    <message>
        <source>Open only</source>
        <translation>只看未完成</translation>
    </message>
    <message>
        <source>{status} · overdue</source>
        <translation>{status} · 已超时</translation>
    </message>
    <message>
        <source>{status} · due soon</source>
        <translation>{status} · 即将到时</translation>
    </message>
    <message>
        <source>{status} · on the account</source>
        <translation>{status} · 已计入账户</translation>
    </message>
    <message>
        <source>cancelled: {reason}</source>
        <translation>已取消：{reason}</translation>
    </message>
</context>
<context>
    <name>EvacuationEdit</name>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
</context>
<context>
    <name>FigureCharts</name>
    <message>
        <source>10,000 yuan</source>
        <translation>万元</translation>
    </message>
    <message>
        <source>Yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>{month}: {paid} of {billed} collected, {rate}%</source>
        <translation>{month}：应收 {billed}，实收 {paid}，收缴率 {rate}%</translation>
    </message>
    <message>
        <source>{month}: billed {billed}, paid {paid}, {rate}%</source>
        <translation>{month}：应收 {billed}，实收 {paid}，{rate}%</translation>
    </message>
    <message>
        <source>Collected (%)</source>
        <translation>收缴率（%）</translation>
    </message>
    <message>
        <source>Collection rate</source>
        <translation>收缴率</translation>
    </message>
    <message>
        <source>Nothing was billed in the last 12 months: the rate shows here once the monthly billing has run.</source>
        <translation>近 12 个月没有计费：月度计费之后，这里显示收缴率。</translation>
    </message>
    <message>
        <source>Owed on {day}: {total}</source>
        <translation>截至 {day} 欠费：{total}</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} 天</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>欠费</translation>
    </message>
    <message>
        <source>Nothing is owed: every bill made so far is paid.</source>
        <translation>没有欠费：已出账的费用均已收齐。</translation>
    </message>
    <message>
        <source>Overdue now: {count}</source>
        <translation>当前超时：{count} 单</translation>
    </message>
    <message>
        <source>Week of {day}: {count} reported</source>
        <translation>{day} 当周：报修 {count} 单</translation>
    </message>
    <message>
        <source>Week of {day}: {count} completed</source>
        <translation>{day} 当周：完工 {count} 单</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>报修</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完工</translation>
    </message>
    <message>
        <source>No repair orders were reported or completed in the last 12 weeks.</source>
        <translation>近 12 周没有报修或完工的维修工单。</translation>
    </message>
    <message>
        <source>Since {day}: {reported} reported, {completed} completed</source>
        <translation>自 {day} 起：报修 {reported} 单，完工 {completed} 单</translation>
    </message>
    <message>
        <source>{open} open, {overdue} overdue</source>
        <translation>整改中 {open} 份，其中逾期 {overdue} 份</translation>
    </message>
    <message>
        <source>In time</source>
        <translation>未逾期</translation>
    </message>
    <message>
        <source>{days} days overdue</source>
        <translation>逾期 {days} 天</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>No rectification notice is open.</source>
        <translation>没有整改中的通知。</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>访客</translation>
    </message>
    <message>
        <source>Mail and parcels</source>
        <translation>邮件包裹</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>{visitors} visitors, {parcels} mail and parcels, {complaints} complaints</source>
        <translation>访客 {visitors} 人次，邮件包裹 {parcels} 件，投诉 {complaints} 件</translation>
    </message>
    <message>
        <source>No visitors, mail or complaints were logged in the last 30 days.</source>
        <translation>近 30 天没有访客、邮件包裹或投诉记录。</translation>
    </message>
    <message>
        <source>Net takings of the last 30 days: {total}</source>
        <translation>近 30 天净收款：{total}</translation>
    </message>
    <message>
        <source>No money moved at the business centre in the last 30 days.</source>
        <translation>近 30 天商务中心没有收付款。</translation>
    </message>
</context>
<context>
    <name>FireSafetyTab</name>
    <message>
        <source>New inspection</source>
        <translation>新建检查</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续检查</translation>
    </message>
    <message>
        <source>Cancel inspection</source>
        <translation>取消检查</translation>
    </message>
    <message>
        <source>Signed for</source>
        <translation>签收</translation>
    </message>
    <message>
        <source>Re-inspect</source>
        <translation>复查</translation>
    </message>
    <message>
        <source>Cancel notice</source>
        <translation>撤销通知</translation>
    </message>
    <message>
        <source>Print notices</source>
        <translation>打印整改通知</translation>
    </message>
    <message>
        <source>Checklists...</source>
        <translation>检查表…</translation>
    </message>
    <message>
        <source>Responsibility...</source>
        <translation>消防责任…</translation>
    </message>
    <message>
        <source>Drills...</source>
        <translation>演练与培训…</translation>
    </message>
    <message>
        <source>Archive...</source>
        <translation>消防档案…</translation>
    </message>
    <message>
        <source>Search number, area, inspector, checklist or finding (Ctrl+F)</source>
        <translation>搜索编号、部位、检查人、检查表或隐患（Ctrl+F）</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Open notices</source>
        <translation>整改中的通知</translation>
    </message>
    <message>
        <source>All notices</source>
        <translation>全部通知</translation>
    </message>
    <message>
        <source>Nothing is due. Inspections fall due from the schedules kept under Checklists; start one any time with New inspection (Ctrl+N).</source>
        <translation>没有待检项目。待检来自“检查表”中的检查计划；随时可以用“新建检查”（Ctrl+N）开始一次检查。</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>待检</translation>
    </message>
    <message>
        <source>No inspections yet. Start one with New inspection (Ctrl+N), or from a due one (double-click it).</source>
        <translation>还没有检查记录。用“新建检查”（Ctrl+N）开始，或双击待检项目。</translation>
    </message>
    <message>
        <source>Double-click an item with photos to see them</source>
        <translation>双击有照片的检查项查看照片</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>检查记录</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>整改通知</translation>
    </message>
    <message>
        <source>Warning: {message}</source>
        <translation>警告：{message}</translation>
    </message>
    <message>
        <source>Notices ({count} overdue)</source>
        <translation>整改通知（{count} 份逾期）</translation>
    </message>
    <message>
        <source>Fire safety</source>
        <translation>消防检查</translation>
    </message>
    <message>
        <source>There is no checklist yet: add or install them under Checklists first.</source>
        <translation>还没有检查表：请先在“检查表”中新建或安装。</translation>
    </message>
    <message>
        <source>Rectification notices of {number}</source>
        <translation>{number} 的整改通知书</translation>
    </message>
    <message>
        <source>Rectification notice {number}</source>
        <translation>整改通知书 {number}</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>FrontOffice - First start</source>
        <translation>物业前台 - 首次启动</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Failed items</source>
        <translation>不合格项</translation>
    </message>
    <message>
        <source>Each failed fire item makes a numbered rectification notice to the unit (or to engineering for a common area). Give the requirement and the deadline.</source>
        <translation>每个不合格的消防检查项都会开具一份编号的整改通知书，发给责任单元（公共区域发给工程部）。请填写整改要求和期限。</translation>
    </message>
    <message>
        <source>Tick the items that need a repair work order.</source>
        <translation>勾选需要开维修工单的项目。</translation>
    </message>
    <message>
        <source>Item and finding</source>
        <translation>检查项及发现</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>整改要求</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Unit at fault</source>
        <translation>责任单元</translation>
    </message>
    <message>
        <source>Repair order</source>
        <translation>维修工单</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>e.g. B-0101</source>
        <translation>如 B-0101</translation>
    </message>
    <message>
        <source>Open one</source>
        <translation>开工单</translation>
    </message>
</context>
<context>
    <name>FrontDeskTab</name>
    <message>
        <source>Visitors</source>
        <translation>访客</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>钥匙</translation>
    </message>
    <message>
        <source>Mail and parcels</source>
        <translation>邮件包裹</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>留言问讯</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Luggage</source>
        <translation>行李寄存</translation>
    </message>
    <message>
        <source>Errands</source>
        <translation>委托代办</translation>
    </message>
    <message>
        <source>Repair reports</source>
        <translation>报修</translation>
    </message>
    <message>
        <source>{action} ({keys})</source>
        <translation>{action}（{keys}）</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Search every log by name, unit, number, badge or tracking number (Ctrl+F)</source>
        <translation>按姓名、房号、编号、访客证号或运单号搜索全部登记（Ctrl+F）</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>前台服务</translation>
    </message>
    <message>
        <source>{title} ({count})</source>
        <translation>{title}（{count}）</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <source>Message collected</source>
        <translation>留言已领取</translation>
    </message>
    <message>
        <source>Message delivered</source>
        <translation>留言已转交</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>留言</translation>
    </message>
    <message>
        <source>number, unit, name or text</source>
        <translation>编号、房号、姓名或内容</translation>
    </message>
    <message>
        <source>Collected by</source>
        <translation>领取人</translation>
    </message>
    <message>
        <source>Delivered by</source>
        <translation>转交人</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
</context>
<context>
    <name>HandlingRateDialog</name>
    <message>
        <source>Complaint handling rate</source>
        <translation>投诉处理及时率</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Closed in time</source>
        <translation>按时结案</translation>
    </message>
    <message>
        <source>Closed late</source>
        <translation>超时结案</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>尚未结案</translation>
    </message>
    <message>
        <source>Handling rate</source>
        <translation>处理及时率</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>处理时限</translation>
    </message>
    <message>
        <source>The handling rate is the share of the complaints received in the period that were closed by their deadline.</source>
        <translation>处理及时率 = 期间内受理的投诉中在时限内结案的比例。</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>Set deadline</source>
        <translation>设定时限</translation>
    </message>
    <message>
        <source>New complaints are due this many hours after they are received.</source>
        <translation>新受理的投诉须在受理后这么多小时内处理完毕。</translation>
    </message>
    <message>
        <source>Only a manager can change the deadline.</source>
        <translation>只有经理可以修改处理时限。</translation>
    </message>
    <message>
        <source>Complaints received from now on are due within {hours} hours; those received before keep their deadline.</source>
        <translation>此后受理的投诉时限为 {hours} 小时；之前受理的保持原时限。</translation>
    </message>
</context>
<context>
    <name>InspectionDialog</name>
    <message>
        <source>Inspection {number}</source>
        <translation>检查 {number}</translation>
    </message>
    <message>
        <source>{name} (version {version}) · {area} · inspector {inspector} · started {time}</source>
        <translation>{name}（第 {version} 版）· {area} · 检查人 {inspector} · 开始于 {time}</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Item to check</source>
        <translation>检查内容</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>记录时间</translation>
    </message>
    <message>
        <source>Unanswered items pass</source>
        <translation>未填项均为合格</translation>
    </message>
    <message>
        <source>Save and close</source>
        <translation>保存并关闭</translation>
    </message>
    <message>
        <source>Finish inspection</source>
        <translation>完成检查</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>required when it fails</source>
        <translation>不合格时必填</translation>
    </message>
    <message>
        <source>Add photos of this item</source>
        <translation>为此项添加照片</translation>
    </message>
    <message>
        <source>Photos of this item</source>
        <translation>此项的照片</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp)</source>
        <translation>照片 (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
</context>
<context>
    <name>IssueKeyDialog</name>
    <message>
        <source>Issue a key</source>
        <translation>借出钥匙</translation>
    </message>
    <message>
        <source>{available} of {copies} at the desk</source>
        <translation>在库 {available}/{copies}</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>钥匙</translation>
    </message>
    <message>
        <source>key number or what it opens</source>
        <translation>钥匙编号或用途</translation>
    </message>
    <message>
        <source>Issued to</source>
        <translation>借用人</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>repair, inspection...</source>
        <translation>维修、检查……</translation>
    </message>
    <message>
        <source>Due back</source>
        <translation>应还时间</translation>
    </message>
    <message>
        <source>Issued at</source>
        <translation>借出时间</translation>
    </message>
</context>
<context>
    <name>ItemsEditor</name>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Item to check</source>
        <translation>检查内容</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>合格要求</translation>
    </message>
</context>
<context>
    <name>JoinedPage</name>
    <message>
        <source>The database is in use</source>
        <translation>数据库已在使用中</translation>
    </message>
    <message>
        <source>Another desk has set this database up already: there is nothing to create.</source>
        <translation>另一个前台已经建好这个数据库，这里无需再创建。</translation>
    </message>
    <message>
        <source>This PC uses the database {database} on the server {host} from now on. Click Finish, then log in with your user name; the site&apos;s administrator gives you one if you have none.</source>
        <translation>本机从现在起使用服务器 {host} 上的数据库 {database}。请点击“完成”，然后用您的用户名登录；如果还没有账号，请向本项目的系统管理员申请。</translation>
    </message>
</context>
<context>
    <name>KeptList</name>
    <message>
        <source>Only engineering or a manager can change the team&apos;s records</source>
        <translation>只有工程部或经理可以修改班组资料</translation>
    </message>
    <message>
        <source>Select a row first</source>
        <translation>请先选择一行</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>KeptPage</name>
    <message>
        <source>Only the safety officer can change this</source>
        <translation>只有安全主任可以修改</translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <source>New key</source>
        <translation>新增钥匙</translation>
    </message>
    <message>
        <source>Key {code}</source>
        <translation>钥匙 {code}</translation>
    </message>
    <message>
        <source>Key number</source>
        <translation>钥匙编号</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>用途（开启何处）</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <source>In use (untick to retire it)</source>
        <translation>在用（取消勾选即停用）</translation>
    </message>
</context>
<context>
    <name>KeyRegisterPage</name>
    <message>
        <source>Show retired keys</source>
        <translation>显示已停用的钥匙</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Key number</source>
        <translation>钥匙编号</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>用途（开启何处）</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <source>At the desk</source>
        <translation>在库</translation>
    </message>
    <message>
        <source>New key</source>
        <translation>新增钥匙</translation>
    </message>
    <message>
        <source>Edit key</source>
        <translation>修改钥匙</translation>
    </message>
    <message>
        <source>No key is registered yet. Add the keys kept at the desk with New key (Ctrl+N), or import them from an Excel sheet (Import...).</source>
        <translation>尚未登记钥匙。请用“新增钥匙”（Ctrl+N）添加前台保管的钥匙，或从 Excel 表格导入（导入...）。</translation>
    </message>
    <message>
        <source>Import...</source>
        <translation>导入...</translation>
    </message>
    <message>
        <source>Add and change keys from an Excel sheet (.xlsx or .csv) with the columns 钥匙编号, 用途 and, if wanted, 份数, 状态 (or code, opens, copies, active)</source>
        <translation>从 Excel 表格（.xlsx 或 .csv）新增或修改钥匙，列为 钥匙编号、用途，可选 份数、状态（或英文 code、opens、copies、active）</translation>
    </message>
    <message>
        <source>Import keys</source>
        <translation>导入钥匙</translation>
    </message>
    <message>
        <source>Only the front desk can change the key register</source>
        <translation>只有前台可以修改钥匙登记</translation>
    </message>
</context>
<context>
    <name>KeyRegisterWindow</name>
    <message>
        <source>Key register</source>
        <translation>钥匙登记</translation>
    </message>
</context>
<context>
    <name>KeysPage</name>
    <message>
        <source>Key</source>
        <translation>钥匙</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>用途（开启何处）</translation>
    </message>
    <message>
        <source>Issued to</source>
        <translation>借用人</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>借出时间</translation>
    </message>
    <message>
        <source>Due back</source>
        <translation>应还时间</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>归还时间</translation>
    </message>
    <message>
        <source>Issue a key</source>
        <translation>借出钥匙</translation>
    </message>
    <message>
        <source>Key returned</source>
        <translation>归还钥匙</translation>
    </message>
    <message>
        <source>Key register...</source>
        <translation>钥匙登记...</translation>
    </message>
    <message>
        <source>No key is out. Issue one with F3; keys are added under Key register.</source>
        <translation>没有借出的钥匙。按 F3 借出；钥匙在“钥匙登记”中添加。</translation>
    </message>
    <message>
        <source>Out only</source>
        <translation>只看借出中</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>逾期未还</translation>
    </message>
    <message>
        <source>out</source>
        <translation>借出中</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>已归还</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The language of FrontOffice on this PC. Settings → Language changes it later.</source>
        <translation>本机物业前台的界面语言。以后可在“设置 → 语言”中更改。</translation>
    </message>
</context>
<context>
    <name>LineGrid</name>
    <message>
        <source>Add line</source>
        <translation>添加一行</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>删除一行</translation>
    </message>
</context>
<context>
    <name>LinesEditor</name>
    <message>
        <source>Service</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Room or machine</source>
        <translation>场地或设备</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <source>Only the front desk can change the desk&apos;s logs</source>
        <translation>只有前台可以修改前台登记</translation>
    </message>
    <message>
        <source>Select a row first</source>
        <translation>请先选择一行</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>FrontOffice - Log in</source>
        <translation>物业前台 - 登录</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
</context>
<context>
    <name>LuggagePage</name>
    <message>
        <source>Tag</source>
        <translation>牌号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>寄存人</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>寄存时间</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>领取时间</translation>
    </message>
    <message>
        <source>Released to</source>
        <translation>领取人</translation>
    </message>
    <message>
        <source>Store luggage</source>
        <translation>行李寄存</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>行李领取</translation>
    </message>
    <message>
        <source>No luggage is stored. Store some with F8; the tag number is given on saving.</source>
        <translation>没有寄存中的行李。按 F8 寄存；保存后给出牌号。</translation>
    </message>
    <message>
        <source>Stored only</source>
        <translation>只看寄存中</translation>
    </message>
    <message>
        <source>stored since {day}</source>
        <translation>自 {day} 起寄存</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>寄存中</translation>
    </message>
    <message>
        <source>released</source>
        <translation>已领取</translation>
    </message>
    <message>
        <source>Tag {tag}</source>
        <translation>牌号 {tag}</translation>
    </message>
    <message>
        <source>Write this number on the tag and on the owner&apos;s stub.</source>
        <translation>请把此号码写在行李牌和寄存人的存根上。</translation>
    </message>
    <message>
        <source>Write this number on the tags of all {pieces} pieces and on the owner&apos;s stub.</source>
        <translation>请把此号码写在全部 {pieces} 件行李的牌上和寄存人的存根上。</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>FrontOffice</source>
        <translation>物业前台</translation>
    </message>
    <message>
        <source>Something went wrong: {error}
Details are in {log}.</source>
        <translation>程序出错：{error}
详细信息记录在 {log}。</translation>
    </message>
    <message>
        <source>Database connection...</source>
        <translation>数据库连接...</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>FrontOffice</source>
        <translation>物业前台</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Back up...</source>
        <translation>备份(&amp;B)...</translation>
    </message>
    <message>
        <source>&amp;Restore...</source>
        <translation>恢复(&amp;R)...</translation>
    </message>
    <message>
        <source>Re&amp;ceipts...</source>
        <translation>收据查询(&amp;C)...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Site details...</source>
        <translation>项目信息(&amp;S)...</translation>
    </message>
    <message>
        <source>&amp;Users...</source>
        <translation>用户管理(&amp;U)...</translation>
    </message>
    <message>
        <source>&amp;Printing...</source>
        <translation>打印设置(&amp;P)...</translation>
    </message>
    <message>
        <source>&amp;Database connection...</source>
        <translation>数据库连接(&amp;D)...</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation>使用手册(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;About FrontOffice</source>
        <translation>关于物业前台(&amp;A)</translation>
    </message>
    <message>
        <source>User: {name} ({role})</source>
        <translation>用户：{name}（{role}）</translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation>数据库：{name}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未备份</translation>
    </message>
    <message>
        <source>Last backup: {when}</source>
        <translation>上次备份：{when}</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>每日备份</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>SQLite database (*.sqlite3 *.db)</source>
        <translation>SQLite 数据库 (*.sqlite3 *.db)</translation>
    </message>
    <message>
        <source>FrontOffice {version}
The front office of a managed building: front desk, business centre, repairs, fire safety and owner accounts.

Database: {db}
Schema revision: {schema}
Data folder: {data}
Log file: {log}</source>
        <translation>物业前台 {version}
物业管理处的前台系统：前台服务、商务中心、报修派工、消防检查、业户收费。

数据库：{db}
架构版本：{schema}
数据文件夹：{data}
日志文件：{log}</translation>
    </message>
    <message>
        <source>Backing up...</source>
        <translation>正在备份...</translation>
    </message>
    <message>
        <source>Server database archive (*{suffix})</source>
        <translation>服务器数据库备份（*{suffix}）</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>已备份到 {path}</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Replace the whole database with the backup {path}? Everything entered since that backup is set aside in a safety copy.</source>
        <translation>用备份 {path} 替换整个数据库？该备份之后录入的内容会另存为安全副本。</translation>
    </message>
    <message>
        <source>Restoring...</source>
        <translation>正在恢复...</translation>
    </message>
    <message>
        <source>The database was restored. The database as it was is kept in {path}. FrontOffice closes now; start it again and log in.</source>
        <translation>数据库已恢复。恢复前的数据库保存在 {path}。物业前台现在关闭，请重新启动并登录。</translation>
    </message>
    <message>
        <source>Saved: FrontOffice uses {name} from its next start</source>
        <translation>已保存：物业前台下次启动时使用{name}</translation>
    </message>
    <message>
        <source>the database server</source>
        <translation>数据库服务器</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The language changes when FrontOffice starts again.</source>
        <translation>语言将在物业前台重新启动后生效。</translation>
    </message>
    <message>
        <source>About FrontOffice</source>
        <translation>关于物业前台</translation>
    </message>
</context>
<context>
    <name>MaintenanceWindow</name>
    <message>
        <source>Equipment maintenance</source>
        <translation>设备保养</translation>
    </message>
    <message>
        <source>Due maintenance</source>
        <translation>待保养</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>保养计划</translation>
    </message>
    <message>
        <source>Due maintenance ({count} overdue)</source>
        <translation>待保养（{count} 项逾期）</translation>
    </message>
</context>
<context>
    <name>ManualWindow</name>
    <message>
        <source>FrontOffice manual</source>
        <translation>物业前台使用手册</translation>
    </message>
    <message>
        <source>The manual is not installed with this copy of FrontOffice ({path}).</source>
        <translation>这份物业前台没有附带使用手册（{path}）。</translation>
    </message>
</context>
<context>
    <name>MaterialDialog</name>
    <message>
        <source>Add a material</source>
        <translation>添加材料</translation>
    </message>
    <message>
        <source>Edit {code} {name}</source>
        <translation>编辑 {code} {name}</translation>
    </message>
    <message>
        <source>A new price applies to work recorded from now on; work already recorded keeps its price. A material is withdrawn, never deleted.</source>
        <translation>新单价适用于此后登记的工料；已登记的工料保持原价。材料只能停用，不能删除。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Price per unit (¥)</source>
        <translation>单价（元）</translation>
    </message>
    <message>
        <source>On the list (untick to withdraw)</source>
        <translation>在用（取消勾选即停用）</translation>
    </message>
</context>
<context>
    <name>MaterialsPage</name>
    <message>
        <source>On the list</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Add material...</source>
        <translation>添加材料...</translation>
    </message>
    <message>
        <source>Edit material...</source>
        <translation>编辑材料...</translation>
    </message>
    <message>
        <source>The materials list is empty. Add the materials technicians use (Add material, Ctrl+N), each with its unit and price.</source>
        <translation>材料清单为空。请添加维修常用材料（添加材料，Ctrl+N），并填写单位和单价。</translation>
    </message>
    <message>
        <source>Search code or name, or pinyin initials (Ctrl+F)</source>
        <translation>搜索编号、名称或拼音首字母（Ctrl+F）</translation>
    </message>
    <message>
        <source>Show withdrawn</source>
        <translation>显示已停用</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>New team member</source>
        <translation>新增队员</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>修改 {name}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Department or unit</source>
        <translation>部门或单元</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>入队日期</translation>
    </message>
    <message>
        <source>On the team (untick when they leave)</source>
        <translation>在队（离队时取消勾选）</translation>
    </message>
</context>
<context>
    <name>MessageDialog</name>
    <message>
        <source>Take a message or an inquiry</source>
        <translation>留言或问讯</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>For</source>
        <translation>留给</translation>
    </message>
    <message>
        <source>From</source>
        <translation>留言人</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>An inquiry is answered at the desk: write the question and the answer given. It is kept as answered and needs nothing more.</source>
        <translation>问讯在前台当场答复：写下所问和所答。记录为已答复，无需后续处理。</translation>
    </message>
    <message>
        <source>A message waits at the desk until it is delivered to the tenant or collected. Say whom it is for: a unit, a person, or both.</source>
        <translation>留言在前台等待转交给租户或由其领取。请写明留给谁：房号、人名，或两者。</translation>
    </message>
</context>
<context>
    <name>MessagesPage</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>For</source>
        <translation>留给</translation>
    </message>
    <message>
        <source>From</source>
        <translation>留言人</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>转交/领取人</translation>
    </message>
    <message>
        <source>Done at</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>Take message</source>
        <translation>留言问讯</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已转交</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>已领取</translation>
    </message>
    <message>
        <source>No message is waiting. Take a message or an inquiry with F6.</source>
        <translation>没有待转的留言。按 F6 记录留言或问讯。</translation>
    </message>
    <message>
        <source>Waiting only</source>
        <translation>只看待处理</translation>
    </message>
    <message>
        <source>waiting since {day}</source>
        <translation>自 {day} 起待转</translation>
    </message>
    <message>
        <source>{kind} {number}, taken {time} by {clerk}</source>
        <translation>{kind} {number}，{time} 由 {clerk} 记录</translation>
    </message>
    <message>
        <source>, from {who}</source>
        <translation>，留言人 {who}</translation>
    </message>
    <message>
        <source>{status} {time}: {by}</source>
        <translation>{status} {time}：{by}</translation>
    </message>
    <message>
        <source>No message is waiting to be delivered or collected.</source>
        <translation>没有待转交或待领取的留言。</translation>
    </message>
</context>
<context>
    <name>NewInspectionDialog</name>
    <message>
        <source>New inspection</source>
        <translation>新建检查</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>检查表</translation>
    </message>
    <message>
        <source>Kind of area</source>
        <translation>区域类型</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>检查部位</translation>
    </message>
    <message>
        <source>A (building), A 12 (floor), A-1201 (unit) or 消防水泵房</source>
        <translation>A（楼栋）、A 12（楼层）、A-1201（单元）或 消防水泵房</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>检查人</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
</context>
<context>
    <name>OccupantDialog</name>
    <message>
        <source>Owner or tenant of {unit}</source>
        <translation>{unit} 的业主或租户</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>租户</translation>
    </message>
    <message>
        <source>New owner</source>
        <translation>新业主</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Moves in on</source>
        <translation>入住日期</translation>
    </message>
    <message>
        <source>Pays the fees for this unit</source>
        <translation>由其缴纳本户费用</translation>
    </message>
</context>
<context>
    <name>OrderDetails</name>
    <message>
        <source>Service</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>预订</translation>
    </message>
    <message>
        <source>Select an order to see it here.</source>
        <translation>选择一张订单，在此查看详情。</translation>
    </message>
    <message>
        <source>walk-in guest</source>
        <translation>散客</translation>
    </message>
    <message>
        <source>wanted {time}</source>
        <translation>约定 {time}</translation>
    </message>
    <message>
        <source>Estimate &lt;b&gt;{amount}&lt;/b&gt;</source>
        <translation>预计费用 &lt;b&gt;{amount}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>deposit due {amount}</source>
        <translation>应收押金 {amount}</translation>
    </message>
    <message>
        <source>deposit taken {amount}</source>
        <translation>已收押金 {amount}</translation>
    </message>
    <message>
        <source>receipt {number}</source>
        <translation>收据 {number}</translation>
    </message>
    <message>
        <source>refund slip {number}: {amount}</source>
        <translation>退款单 {number}：{amount}</translation>
    </message>
    <message>
        <source>cancelled: {reason}</source>
        <translation>已取消：{reason}</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <source>Correct order {number}</source>
        <translation>修改订单 {number}</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>新建订单</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>name or company</source>
        <translation>姓名或单位</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>required for a walk-in guest</source>
        <translation>散客必填</translation>
    </message>
    <message>
        <source>Tenant unit</source>
        <translation>租户房号</translation>
    </message>
    <message>
        <source>A-1201, empty for a guest</source>
        <translation>如 A-1201，散客留空</translation>
    </message>
    <message>
        <source>Wanted at</source>
        <translation>约定时间</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>{customer}: correct the quantities (or the services) before settling.</source>
        <translation>{customer}：结算前修改数量（或服务项目）。</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务项目</translation>
    </message>
</context>
<context>
    <name>OwnerAccountsTab</name>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Area (m²)</source>
        <translation>建筑面积（m²）</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>业主</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Owes</source>
        <translation>欠费</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>预交余额</translation>
    </message>
    <message>
        <source>Take payment</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Billing run...</source>
        <translation>月度计费...</translation>
    </message>
    <message>
        <source>Owner or tenant...</source>
        <translation>住户登记...</translation>
    </message>
    <message>
        <source>Fee standards...</source>
        <translation>收费标准...</translation>
    </message>
    <message>
        <source>Import units...</source>
        <translation>导入房屋...</translation>
    </message>
    <message>
        <source>Add building...</source>
        <translation>添加楼栋...</translation>
    </message>
    <message>
        <source>Arrears...</source>
        <translation>欠费统计...</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>对账单</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>催缴通知</translation>
    </message>
    <message>
        <source>Receipts...</source>
        <translation>收据查询...</translation>
    </message>
    <message>
        <source>Search room, owner or pinyin initials, e.g. zs for 张三 (Ctrl+F)</source>
        <translation>搜索房号、业主或拼音首字母，如 zs 查张三（Ctrl+F）</translation>
    </message>
    <message>
        <source>No units yet. Add the buildings first (Add building), then import the units and owners from an Excel sheet (Import units).</source>
        <translation>还没有房屋。请先添加楼栋（添加楼栋），再从 Excel 表导入房屋和业主（导入房屋）。</translation>
    </message>
    <message>
        <source>Billing run</source>
        <translation>月度计费</translation>
    </message>
    <message>
        <source>Bill the period (YYYY-MM):</source>
        <translation>计费期间（YYYY-MM）：</translation>
    </message>
    <message>
        <source>Billing {period}...</source>
        <translation>正在计费 {period}...</translation>
    </message>
    <message>
        <source>{period}: {lines} bill lines, {total}; credit applied {credit}.</source>
        <translation>{period}：{lines} 条账单，{total}；已抵扣预交款 {credit}。</translation>
    </message>
    <message>
        <source>Import units</source>
        <translation>导入房屋</translation>
    </message>
    <message>
        <source>{rows} rows: {changed} units created or changed, {unchanged} unchanged.</source>
        <translation>共 {rows} 行：新增或修改 {changed} 户，未变 {unchanged} 户。</translation>
    </message>
    <message>
        <source>Select a unit first</source>
        <translation>请先选择一户</translation>
    </message>
    <message>
        <source>Statement {unit}</source>
        <translation>对账单 {unit}</translation>
    </message>
    <message>
        <source>Preparing reminders...</source>
        <translation>正在生成催缴通知单...</translation>
    </message>
    <message>
        <source>{count} payment reminders</source>
        <translation>催缴通知单（{count} 户）</translation>
    </message>
    <message>
        <source>Owner accounts</source>
        <translation>业户收费</translation>
    </message>
</context>
<context>
    <name>ParcelDialog</name>
    <message>
        <source>Log mail or a parcel</source>
        <translation>收件登记</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>快递公司</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <source>Recipient unit</source>
        <translation>收件房号</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>挂号/签收件</translation>
    </message>
    <message>
        <source>registered or to be signed for</source>
        <translation>挂号或须签收</translation>
    </message>
    <message>
        <source>Arrived at</source>
        <translation>到达时间</translation>
    </message>
</context>
<context>
    <name>ParcelsPage</name>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>挂号</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>挂号</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>快递公司</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>到达时间</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>已通知</translation>
    </message>
    <message>
        <source>Picked up at</source>
        <translation>取件时间</translation>
    </message>
    <message>
        <source>Picked up</source>
        <translation>取件</translation>
    </message>
    <message>
        <source>Collected by</source>
        <translation>领取人</translation>
    </message>
    <message>
        <source>Log arrival</source>
        <translation>收件登记</translation>
    </message>
    <message>
        <source>Newspapers and magazines</source>
        <translation>报刊分发</translation>
    </message>
    <message>
        <source>No mail or parcel is waiting. Log each item as it arrives with F4.</source>
        <translation>没有待取的邮件包裹。到件时按 F4 逐件登记。</translation>
    </message>
    <message>
        <source>Waiting only</source>
        <translation>只看待处理</translation>
    </message>
    <message>
        <source>picked up</source>
        <translation>已取件</translation>
    </message>
    <message>
        <source>waiting {days} days</source>
        <translation>已等待 {days} 天</translation>
    </message>
    <message>
        <source>notified</source>
        <translation>已通知</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>待取</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>New password for {name}</source>
        <translation>{name} 的新密码</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>确认密码</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Take a payment</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Unit {unit} owes {owed}. Payments go to the oldest bills first; anything beyond is kept as credit (预交).</source>
        <translation>{unit} 欠费 {owed}。收款先冲抵最早的账单；多出的部分记为预交款。</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Amount (¥)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>付款方式</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Print...</source>
        <translation>打印...</translation>
    </message>
    <message>
        <source>Save as PDF...</source>
        <translation>另存为 PDF...</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 页</translation>
    </message>
    <message>
        <source>{count} pages</source>
        <translation>{count} 页</translation>
    </message>
    <message>
        <source>{zoom}% · {pages}</source>
        <translation>{zoom}% · {pages}</translation>
    </message>
    <message>
        <source>Print {title}</source>
        <translation>打印 {title}</translation>
    </message>
    <message>
        <source>The PDF could not be saved as {path} ({reason}). Choose another folder or name.</source>
        <translation>PDF 无法保存为 {path}（{reason}）。请选择其他文件夹或文件名。</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PendingTab</name>
    <message>
        <source>This area is not available in this version yet.</source>
        <translation>本版本尚未提供此功能。</translation>
    </message>
    <message>
        <source>Your role ({role}) does not work in this area.</source>
        <translation>您的角色（{role}）不使用此功能区。</translation>
    </message>
</context>
<context>
    <name>PeriodicalsDialog</name>
    <message>
        <source>Newspapers and magazines</source>
        <translation>报刊分发</translation>
    </message>
    <message>
        <source>One line per unit and title. Record saves the lines and keeps this window open; Esc closes it.</source>
        <translation>每个房号每种报刊一行。“登记”保存并保持窗口打开；Esc 关闭。</translation>
    </message>
    <message>
        <source>Delivered on</source>
        <translation>分发日期</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>分发记录</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>报刊名称</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <source>Delivered by</source>
        <translation>分发人</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Recorded on {day}: {count}</source>
        <translation>{day} 已登记：{count}</translation>
    </message>
    <message>
        <source>Copy the list of {day}</source>
        <translation>复制 {day} 的清单</translation>
    </message>
    <message>
        <source>No earlier delivery to copy</source>
        <translation>没有以前的分发可复制</translation>
    </message>
    <message>
        <source>{count} lines recorded for {day}.</source>
        <translation>已为 {day} 登记 {count} 行。</translation>
    </message>
</context>
<context>
    <name>PeriodicalsGrid</name>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>报刊名称</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>份数</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>{name} cannot be shown</source>
        <translation>无法显示 {name}</translation>
    </message>
</context>
<context>
    <name>PickUpDialog</name>
    <message>
        <source>Picked up</source>
        <translation>取件</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>tracking number, unit or recipient</source>
        <translation>运单号、房号或收件人</translation>
    </message>
    <message>
        <source>Collected by</source>
        <translation>领取人</translation>
    </message>
    <message>
        <source>Picked up at</source>
        <translation>取件时间</translation>
    </message>
    <message>
        <source>Choose the item picked up</source>
        <translation>请选择取走的邮件</translation>
    </message>
    <message>
        <source>{count} waiting items match {text}: choose one from the list</source>
        <translation>有 {count} 件待取邮件与“{text}”相符：请从列表中选择</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Add a maintenance plan</source>
        <translation>添加保养计划</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>编辑 {name}</translation>
    </message>
    <message>
        <source>Maintenance orders are made on the plan&apos;s dates from its first day; a change applies to orders not made yet.</source>
        <translation>保养工单从计划的首次日期起按周期生成；修改只影响尚未生成的工单。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>One piece of equipment</source>
        <translation>单台设备</translation>
    </message>
    <message>
        <source>Every piece of a category</source>
        <translation>某类别的全部设备</translation>
    </message>
    <message>
        <source>For *</source>
        <translation>对象 *</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>{name} ({count} pieces)</source>
        <translation>{name}（{count} 台）</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Tasks, one per line</source>
        <translation>保养内容，每行一项</translation>
    </message>
    <message>
        <source>First date</source>
        <translation>首次日期</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>makes orders (untick to stop)</source>
        <translation>生成工单（取消勾选即停止）</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>保养计划</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>{every} {period}</source>
        <translation>每 {every} {period}</translation>
    </message>
    <message>
        <source>For</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>First date</source>
        <translation>首次日期</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>保养内容</translation>
    </message>
    <message>
        <source>Add plan...</source>
        <translation>添加计划...</translation>
    </message>
    <message>
        <source>Edit plan...</source>
        <translation>编辑计划...</translation>
    </message>
    <message>
        <source>Add a plan: daily, level 1 or level 2 maintenance for a piece of equipment or a category (Add plan, Ctrl+N). Its maintenance orders are then made on their dates.</source>
        <translation>请添加保养计划：针对一台设备或一个类别的日常、一级或二级保养（添加计划，Ctrl+N），到期时自动生成保养工单。</translation>
    </message>
    <message>
        <source>Only engineering or a manager can change maintenance plans</source>
        <translation>只有工程部或经理可以修改保养计划</translation>
    </message>
    <message>
        <source>every piece of {category}</source>
        <translation>全部{category}设备</translation>
    </message>
    <message>
        <source>Tasks: {tasks}</source>
        <translation>保养内容：{tasks}</translation>
    </message>
</context>
<context>
    <name>PriceListWindow</name>
    <message>
        <source>Price list</source>
        <translation>价目表</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>On the list</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>计费单位</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>押金</translation>
    </message>
    <message>
        <source>Books</source>
        <translation>预订</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Add service...</source>
        <translation>添加服务...</translation>
    </message>
    <message>
        <source>Edit service...</source>
        <translation>修改服务...</translation>
    </message>
    <message>
        <source>Import...</source>
        <translation>导入...</translation>
    </message>
    <message>
        <source>Add and change services from an Excel sheet (.xlsx or .csv) with the columns 类别, 服务项目, 计费单位, 单价 and, if wanted, 押金, 预订, 状态 (or category, name, unit, price, deposit, books, active)</source>
        <translation>从 Excel 表格（.xlsx 或 .csv）新增或修改服务项目，列为 类别、服务项目、计费单位、单价，可选 押金、预订、状态（或英文 category、name、unit、price、deposit、books、active）</translation>
    </message>
    <message>
        <source>Import the price list</source>
        <translation>导入价目表</translation>
    </message>
    <message>
        <source>Only a manager can change the price list</source>
        <translation>只有经理可以修改价目表</translation>
    </message>
    <message>
        <source>Search service or category, or pinyin initials (Ctrl+F)</source>
        <translation>搜索服务、类别或拼音首字母（Ctrl+F）</translation>
    </message>
    <message>
        <source>The price list is empty. A manager adds the services the centre sells (Add service), each with its unit of charge and price.</source>
        <translation>价目表为空。由经理添加商务中心提供的服务（添加服务），并填写计费单位和单价。</translation>
    </message>
    <message>
        <source>Save rate</source>
        <translation>保存比例</translation>
    </message>
    <message>
        <source>Only a manager can change the deposit rate</source>
        <translation>只有经理可以修改押金比例</translation>
    </message>
    <message>
        <source>Deposit before service, % of the estimate:</source>
        <translation>服务前押金，占预计费用的百分比：</translation>
    </message>
    <message>
        <source>Read only: only a manager can change prices.</source>
        <translation>只读：只有经理可以修改价格。</translation>
    </message>
    <message>
        <source>Select a service first</source>
        <translation>请先选择一项服务</translation>
    </message>
    <message>
        <source>Saved: orders taken from now on ask {rate}% as deposit.</source>
        <translation>已保存：此后的订单按 {rate}% 收取押金。</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>The printer &apos;{name}&apos; is not available: it may have been removed or disconnected. Choose another printer.</source>
        <translation>打印机“{name}”不可用：可能已被删除或断开连接。请选择其他打印机。</translation>
    </message>
    <message>
        <source>The printer &apos;{name}&apos; cannot print on {width} x {height} mm paper.</source>
        <translation>打印机“{name}”无法使用 {width} × {height} 毫米的纸张。</translation>
    </message>
    <message>
        <source>Receipt {number}</source>
        <translation>收据 {number}</translation>
    </message>
    <message>
        <source>Receipt {number} (reprint {count})</source>
        <translation>收据 {number}（第 {count} 次补打）</translation>
    </message>
</context>
<context>
    <name>PrintingSettingsDialog</name>
    <message>
        <source>Printing</source>
        <translation>打印设置</translation>
    </message>
    <message>
        <source>Fee receipts</source>
        <translation>收费收据</translation>
    </message>
    <message>
        <source>Business-centre receipts</source>
        <translation>商务中心收据</translation>
    </message>
    <message>
        <source>Layout on this PC</source>
        <translation>本机打印版式</translation>
    </message>
    <message>
        <source>A4, three copies with cut lines</source>
        <translation>A4 纸三联（带裁切线）</translation>
    </message>
    <message>
        <source>Carbonless form 241 x 93 mm (dot-matrix)</source>
        <translation>241 × 93 mm 连续复写纸（针式打印机）</translation>
    </message>
    <message>
        <source>Carbonless forms: where the printer puts them</source>
        <translation>连续复写纸：打印位置校正</translation>
    </message>
    <message>
        <source>Move right (mm)</source>
        <translation>向右移动（毫米）</translation>
    </message>
    <message>
        <source>Move down (mm)</source>
        <translation>向下移动（毫米）</translation>
    </message>
    <message>
        <source>Print the calibration page...</source>
        <translation>打印校准页...</translation>
    </message>
    <message>
        <source>Each cross should sit 10 mm from the form&apos;s edges.</source>
        <translation>每个十字应距纸边 10 毫米。</translation>
    </message>
    <message>
        <source>Calibration page</source>
        <translation>校准页</translation>
    </message>
</context>
<context>
    <name>RateDialog</name>
    <message>
        <source>Set a fee standard</source>
        <translation>设置收费标准</translation>
    </message>
    <message>
        <source>Fee item</source>
        <translation>收费项目</translation>
    </message>
    <message>
        <source>Unit type</source>
        <translation>房屋类型</translation>
    </message>
    <message>
        <source>Yuan per m² per month</source>
        <translation>元/平方米/月</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
</context>
<context>
    <name>ReceiptsWindow</name>
    <message>
        <source>Receipts</source>
        <translation>收据查询</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>交款人</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号/单位</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Prints</source>
        <translation>打印次数</translation>
    </message>
    <message>
        <source>Print...</source>
        <translation>打印...</translation>
    </message>
    <message>
        <source>Void...</source>
        <translation>作废...</translation>
    </message>
    <message>
        <source>Check a code...</source>
        <translation>验证二维码...</translation>
    </message>
    <message>
        <source>All receipts</source>
        <translation>全部收据</translation>
    </message>
    <message>
        <source>Fee receipts</source>
        <translation>收费收据</translation>
    </message>
    <message>
        <source>Business-centre receipts</source>
        <translation>商务中心收据</translation>
    </message>
    <message>
        <source>Search number, payer or unit (Ctrl+F)</source>
        <translation>搜索编号、交款人或房号（Ctrl+F）</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>No receipts in these dates. Receipts are issued at the owner-accounts and business-centre tabs; change the dates to look further back.</source>
        <translation>这段日期内没有收据。收据在“业户收费”和“商务中心”页开具；可修改日期查看更早的收据。</translation>
    </message>
    <message>
        <source>Select a receipt to see its lines.</source>
        <translation>选择一张收据以查看收费明细。</translation>
    </message>
    <message>
        <source>Void: {reason} ({who})</source>
        <translation>已作废：{reason}（{who}）</translation>
    </message>
    <message>
        <source>Operator: {name}</source>
        <translation>经办人：{name}</translation>
    </message>
    <message>
        <source>Select a receipt first</source>
        <translation>请先选择一张收据</translation>
    </message>
    <message>
        <source>Void receipt {number}</source>
        <translation>作废收据 {number}</translation>
    </message>
    <message>
        <source>A void receipt keeps its number and prints with 作废. It cannot be undone.</source>
        <translation>作废的收据保留原编号，打印时带“作废”标记。作废后不能撤销。</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>作废原因</translation>
    </message>
    <message>
        <source>Check a receipt code</source>
        <translation>验证收据二维码</translation>
    </message>
    <message>
        <source>Scan the QR code of a receipt into this field, or type it.</source>
        <translation>请用扫码枪扫描收据上的二维码，或手工输入。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>二维码内容</translation>
    </message>
    <message>
        <source>Not genuine</source>
        <translation>不是真实收据</translation>
    </message>
    <message>
        <source>This receipt is not genuine: it was not made by this site, or it was altered.</source>
        <translation>该收据不真实：不是本项目开具的，或已被篡改。</translation>
    </message>
    <message>
        <source>Receipt {number} is genuine but void: {reason}</source>
        <translation>收据 {number} 真实，但已作废：{reason}</translation>
    </message>
    <message>
        <source>Genuine</source>
        <translation>真实收据</translation>
    </message>
    <message>
        <source>Receipt {number} is genuine: {amount}, paid by {payer} on {date}.</source>
        <translation>收据 {number} 真实有效：{amount}，交款人 {payer}，日期 {date}。</translation>
    </message>
</context>
<context>
    <name>RecordUseDialog</name>
    <message>
        <source>Record use on {number}</source>
        <translation>登记申请单 {number} 的使用情况</translation>
    </message>
    <message>
        <source>What {requester} ({department}) used. The settlement sheet charges the department; no money is taken.</source>
        <translation>{requester}（{department}）使用的服务。费用结算单计入部门，不收现金。</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Services used</source>
        <translation>使用的服务</translation>
    </message>
</context>
<context>
    <name>ReinspectDialog</name>
    <message>
        <source>Re-inspection</source>
        <translation>复查</translation>
    </message>
    <message>
        <source>Deadline: {day}</source>
        <translation>整改期限：{day}</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>整改要求</translation>
    </message>
    <message>
        <source>Put right: close the notice</source>
        <translation>已整改：关闭通知</translation>
    </message>
    <message>
        <source>Not yet put right: extend the deadline</source>
        <translation>未整改完毕：延期</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>复查结果</translation>
    </message>
    <message>
        <source>Re-inspected by</source>
        <translation>复查人</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>what was seen</source>
        <translation>复查情况</translation>
    </message>
    <message>
        <source>New deadline</source>
        <translation>新期限</translation>
    </message>
    <message>
        <source>Reason for the extension</source>
        <translation>延期原因</translation>
    </message>
</context>
<context>
    <name>RejectedRowsDialog</name>
    <message>
        <source>Put these rows right in the file and import it again.</source>
        <translation>请在文件中改正这些行后重新导入。</translation>
    </message>
    <message>
        <source>Line {line}: {reason}</source>
        <translation>第 {line} 行：{reason}</translation>
    </message>
    <message>
        <source>Copy the list</source>
        <translation>复制列表</translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message>
        <source>Release luggage</source>
        <translation>行李领取</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>牌号</translation>
    </message>
    <message>
        <source>Released to</source>
        <translation>领取人</translation>
    </message>
    <message>
        <source>Released at</source>
        <translation>领取时间</translation>
    </message>
    <message>
        <source>{tag}: {owner} · {items} · {pieces} pieces · stored {time}</source>
        <translation>{tag}：{owner} · {items} · {pieces} 件 · {time} 寄存</translation>
    </message>
</context>
<context>
    <name>RepairReportsPage</name>
    <message>
        <source>Order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>故障</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>报修人</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>报修时间</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>维修人员</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>处理时限</translation>
    </message>
    <message>
        <source>Report a repair</source>
        <translation>报修</translation>
    </message>
    <message>
        <source>No repair is open. Take a repair report with F11; engineering dispatches it from the Repairs tab.</source>
        <translation>没有未完成的报修。按 F11 受理报修；工程部在“报修派工”中派工。</translation>
    </message>
    <message>
        <source>Open only</source>
        <translation>只看未完成</translation>
    </message>
    <message>
        <source>Only staff who take repair reports can report a repair</source>
        <translation>只有受理报修的人员可以报修</translation>
    </message>
</context>
<context>
    <name>RepairsTab</name>
    <message>
        <source>Order</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>故障</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>维修人员</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>报修时间</translation>
    </message>
    <message>
        <source>New report</source>
        <translation>新建报修</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>派工</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开工</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>工料登记</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完工</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>验收</translation>
    </message>
    <message>
        <source>Rework</source>
        <translation>返工</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Dispatch slip</source>
        <translation>派工单</translation>
    </message>
    <message>
        <source>Equipment...</source>
        <translation>设备档案...</translation>
    </message>
    <message>
        <source>Maintenance...</source>
        <translation>设备保养...</translation>
    </message>
    <message>
        <source>Team...</source>
        <translation>维修班组...</translation>
    </message>
    <message>
        <source>Figures...</source>
        <translation>月度统计...</translation>
    </message>
    <message>
        <source>Search number, place, fault, reporter or pinyin initials (Ctrl+F)</source>
        <translation>搜索工单号、位置、故障、报修人或拼音首字母（Ctrl+F）</translation>
    </message>
    <message>
        <source>Open orders</source>
        <translation>未完成工单</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>全部工单</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>全部紧急程度</translation>
    </message>
    <message>
        <source>No open work orders. Take a repair report with New report (Ctrl+N); technicians, materials and equipment are kept under Team and Equipment.</source>
        <translation>没有未完成的维修工单。用“新建报修”（Ctrl+N）受理报修；维修人员、材料和设备分别在“维修班组”和“设备档案”中维护。</translation>
    </message>
    <message>
        <source>All technicians</source>
        <translation>全部维修人员</translation>
    </message>
    <message>
        <source>{name} ({count})</source>
        <translation>{name}（{count}）</translation>
    </message>
    <message>
        <source>Repairs</source>
        <translation>报修派工</translation>
    </message>
    <message>
        <source>Select a work order first</source>
        <translation>请先选择一张工单</translation>
    </message>
    <message>
        <source>Dispatch slip {number}</source>
        <translation>派工单 {number}</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>New repair report</source>
        <translation>新建报修</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>报修方式</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>A-1201; empty for a common area</source>
        <translation>如 A-1201；公共区域留空</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>kitchen, B1 car park...</source>
        <translation>厨房、B1 车库……</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>故障</translation>
    </message>
    <message>
        <source>what is wrong</source>
        <translation>故障现象</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>报修人</translation>
    </message>
    <message>
        <source>the owner of the unit when empty</source>
        <translation>留空则为该房业主</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Reported at</source>
        <translation>报修时间</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>New equipment-use request</source>
        <translation>新建设备使用申请</translation>
    </message>
    <message>
        <source>Staff use the centre&apos;s equipment only on a request a manager approves.</source>
        <translation>员工须凭经理批准的申请单使用商务中心设备。</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Room or equipment</source>
        <translation>场地或设备</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>What it is used for</source>
        <translation>使用内容</translation>
    </message>
</context>
<context>
    <name>RequestsWindow</name>
    <message>
        <source>Staff equipment-use requests</source>
        <translation>员工设备使用申请</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>已结算</translation>
    </message>
    <message>
        <source>New request...</source>
        <translation>新建申请...</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Reject...</source>
        <translation>驳回...</translation>
    </message>
    <message>
        <source>Record use...</source>
        <translation>登记使用...</translation>
    </message>
    <message>
        <source>Print request form</source>
        <translation>打印申请单</translation>
    </message>
    <message>
        <source>Print settlement sheet</source>
        <translation>打印结算单</translation>
    </message>
    <message>
        <source>Cancel request...</source>
        <translation>取消申请...</translation>
    </message>
    <message>
        <source>Only a manager can approve or reject a request</source>
        <translation>只有经理可以批准或驳回申请</translation>
    </message>
    <message>
        <source>No requests yet. When staff of the building need the centre&apos;s equipment, file their request here (New request) for a manager to approve.</source>
        <translation>还没有申请。大楼员工需要使用商务中心设备时，在此填写申请（新建申请），由经理审批。</translation>
    </message>
    <message>
        <source>{status}; clashes with guest order {orders}</source>
        <translation>{status}；与客户订单 {orders} 冲突</translation>
    </message>
    <message>
        <source>Select a request to see it in full.</source>
        <translation>选择一张申请单，在此查看详情。</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>事由：{reason}</translation>
    </message>
    <message>
        <source>Filed by {who} at {when}</source>
        <translation>{who} 于 {when} 受理</translation>
    </message>
    <message>
        <source>Decided by {who} at {when} {note}</source>
        <translation>{who} 于 {when} 审批 {note}</translation>
    </message>
    <message>
        <source>Settlement sheet {number}: {total}</source>
        <translation>结算单 {number}：{total}</translation>
    </message>
    <message>
        <source>Select a request first</source>
        <translation>请先选择一张申请单</translation>
    </message>
    <message>
        <source>Reject {number}</source>
        <translation>驳回 {number}</translation>
    </message>
    <message>
        <source>Cancel {number}</source>
        <translation>取消 {number}</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Settlement sheet {sheet}: {total}. Print it now for {requester} to sign?</source>
        <translation>结算单 {sheet}：{total}。现在打印给 {requester} 签字吗？</translation>
    </message>
    <message>
        <source>Request {number}</source>
        <translation>申请单 {number}</translation>
    </message>
    <message>
        <source>Settlement sheet {number}</source>
        <translation>结算单 {number}</translation>
    </message>
</context>
<context>
    <name>ResourcesWindow</name>
    <message>
        <source>Rooms and equipment</source>
        <translation>场地设备</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Due back</source>
        <translation>应还时间</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>内部</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>场地/设备</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>单据号</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>使用人</translation>
    </message>
    <message>
        <source>Guest or internal</source>
        <translation>客户/内部</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Out of order...</source>
        <translation>报故障...</translation>
    </message>
    <message>
        <source>Back in service...</source>
        <translation>恢复使用...</translation>
    </message>
    <message>
        <source>Add room or machine...</source>
        <translation>添加场地或设备...</translation>
    </message>
    <message>
        <source>Only a manager can add rooms and equipment</source>
        <translation>只有经理可以添加场地和设备</translation>
    </message>
    <message>
        <source>No rooms or equipment yet. A manager adds the meeting rooms, offices and machines the centre books out (Add room or machine).</source>
        <translation>还没有场地和设备。由经理添加可预订的会议室、办公室和设备（添加场地或设备）。</translation>
    </message>
    <message>
        <source>Bookings on</source>
        <translation>预订日期</translation>
    </message>
    <message>
        <source>Out on order {number}</source>
        <translation>外借（订单 {number}）</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>Nothing is booked on {day}.</source>
        <translation>{day} 没有预订。</translation>
    </message>
    <message>
        <source>Select a room or machine first</source>
        <translation>请先选择一个场地或设备</translation>
    </message>
    <message>
        <source>What is wrong with {name}?</source>
        <translation>{name} 出了什么故障？</translation>
    </message>
    <message>
        <source>Note on {name} (optional), e.g. what was repaired:</source>
        <translation>{name} 的备注（可不填），如修了什么：</translation>
    </message>
    <message>
        <source>Add a room or machine</source>
        <translation>添加场地或设备</translation>
    </message>
</context>
<context>
    <name>RespondDialog</name>
    <message>
        <source>Respond to complaint {number}</source>
        <translation>答复投诉 {number}</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
</context>
<context>
    <name>ResponsibilityWindow</name>
    <message>
        <source>Fire responsibility</source>
        <translation>消防责任</translation>
    </message>
    <message>
        <source>Print the register...</source>
        <translation>打印责任人名册…</translation>
    </message>
    <message>
        <source>Three levels of responsibility</source>
        <translation>三级消防责任</translation>
    </message>
    <message>
        <source>Persons responsible in the units</source>
        <translation>各单元防火责任人</translation>
    </message>
    <message>
        <source>Read only: only the safety officer can change the register.</source>
        <translation>只读：只有安全主任可以修改名册。</translation>
    </message>
    <message>
        <source>Fire responsibility register</source>
        <translation>消防安全责任人名册</translation>
    </message>
</context>
<context>
    <name>ReturnKeyDialog</name>
    <message>
        <source>Key returned</source>
        <translation>归还钥匙</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>钥匙</translation>
    </message>
    <message>
        <source>key number or who has it</source>
        <translation>钥匙编号或借用人</translation>
    </message>
    <message>
        <source>Returned at</source>
        <translation>归还时间</translation>
    </message>
</context>
<context>
    <name>SafetyColumns</name>
    <message>
        <source>in progress {number}</source>
        <translation>进行中 {number}</translation>
    </message>
    <message>
        <source>missed {count} times</source>
        <translation>漏检 {count} 次</translation>
    </message>
    <message>
        <source>{state} (missed {count} before)</source>
        <translation>{state}（此前漏检 {count} 次）</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>检查表</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>频次</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>部位</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>应检日期</translation>
    </message>
    <message>
        <source>Last done</source>
        <translation>上次检查</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未检查</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>检查单号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>检查人</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>整改/工单</translation>
    </message>
    <message>
        <source>{status} · overdue {days} days</source>
        <translation>{status} · 逾期 {days} 天</translation>
    </message>
    <message>
        <source>{status} · {days} days left</source>
        <translation>{status} · 还剩 {days} 天</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>通知书号</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>To</source>
        <translation>发往</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>隐患</translation>
    </message>
    <message>
        <source>Signed for</source>
        <translation>签收人</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>New schedule</source>
        <translation>新建检查计划</translation>
    </message>
    <message>
        <source>Edit the schedule of {name} in {area}</source>
        <translation>修改 {area} 的 {name} 计划</translation>
    </message>
    <message>
        <source>An inspection falls due in the area once in every period of the checklist&apos;s frequency (a day, a week from Monday, a month...) from the first day.</source>
        <translation>从开始日期起，按检查表的频次（每天、每周（周一起）、每月……），每个周期在该部位应检查一次。</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>检查表</translation>
    </message>
    <message>
        <source>Kind of area</source>
        <translation>区域类型</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>检查部位</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>falls due (untick to stop)</source>
        <translation>列入待检（取消勾选即停止）</translation>
    </message>
</context>
<context>
    <name>SchedulesPage</name>
    <message>
        <source>Checklist</source>
        <translation>检查表</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>频次</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>检查部位</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>New schedule...</source>
        <translation>新建计划…</translation>
    </message>
    <message>
        <source>Edit schedule...</source>
        <translation>修改计划…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Only the safety officer can change schedules</source>
        <translation>只有安全主任可以修改检查计划</translation>
    </message>
    <message>
        <source>No schedule yet: add one so that inspections fall due (e.g. the daily patrol of building A): New schedule, Ctrl+N.</source>
        <translation>还没有检查计划：添加计划后才会产生待检项目（例如 A 座的每日巡查）：新建计划，Ctrl+N。</translation>
    </message>
    <message>
        <source>Checklist retired</source>
        <translation>检查表已停用</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用中</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>There are no checklists in use yet: add or install them under Checklists first.</source>
        <translation>还没有在用的检查表：请先在“检查表”页新建或安装。</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <source>Add a service</source>
        <translation>添加服务</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>修改 {name}</translation>
    </message>
    <message>
        <source>A new price applies to orders taken from now on; orders already taken keep their price. A service is withdrawn, never deleted.</source>
        <translation>新价格只用于此后的订单，已下的订单保留原价。服务只能停用，不能删除。</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>Unit of charge</source>
        <translation>计费单位</translation>
    </message>
    <message>
        <source>Price per unit (¥)</source>
        <translation>单价（¥）</translation>
    </message>
    <message>
        <source>Takes a deposit before service</source>
        <translation>服务前收押金</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>不预订</translation>
    </message>
    <message>
        <source>Books a room or equipment</source>
        <translation>预订场地或设备</translation>
    </message>
    <message>
        <source>On the price list (untick to withdraw)</source>
        <translation>在价目表中（取消勾选即停用）</translation>
    </message>
</context>
<context>
    <name>SettleDialog</name>
    <message>
        <source>Settle order {number}</source>
        <translation>结算订单 {number}</translation>
    </message>
    <message>
        <source>Total {total} to pay.</source>
        <translation>合计 {total}，应收。</translation>
    </message>
    <message>
        <source>Total {total}, less the deposit {deposit}: {balance} to pay.</source>
        <translation>合计 {total}，抵扣押金 {deposit}，应补收 {balance}。</translation>
    </message>
    <message>
        <source>Total {total}, less the deposit {deposit}: {refund} goes back the way the deposit came.</source>
        <translation>合计 {total}，抵扣押金 {deposit}，按原付款方式退还 {refund}。</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>付款方式</translation>
    </message>
</context>
<context>
    <name>SheetImporter</name>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>表格文件 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Importing...</source>
        <translation>正在导入...</translation>
    </message>
    <message>
        <source>{rows} rows: {added} added, {updated} changed, {unchanged} unchanged.</source>
        <translation>共 {rows} 行：新增 {added} 条，修改 {updated} 条，未变 {unchanged} 条。</translation>
    </message>
    <message>
        <source>Added: {names}</source>
        <translation>新增：{names}</translation>
    </message>
    <message>
        <source>Changed: {names}</source>
        <translation>修改：{names}</translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation> 等，另有 {count} 条</translation>
    </message>
</context>
<context>
    <name>ShiftWindow</name>
    <message>
        <source>Shift report</source>
        <translation>交班日结</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>押金</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>结算</translation>
    </message>
    <message>
        <source>Deposit refund</source>
        <translation>退押金</translation>
    </message>
    <message>
        <source>Receipt voided</source>
        <translation>收据作废</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>单据号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>收银员</translation>
    </message>
    <message>
        <source>Deposits</source>
        <translation>收押金</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>已结算</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>退押金</translation>
    </message>
    <message>
        <source>Voids</source>
        <translation>作废冲回</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>净额</translation>
    </message>
    <message>
        <source>Print...</source>
        <translation>打印...</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>No money moved at the counter on this day for this operator.</source>
        <translation>该收银员当天没有收付款。</translation>
    </message>
    <message>
        <source>Count cash</source>
        <translation>点款</translation>
    </message>
    <message>
        <source>Cash counted (¥)</source>
        <translation>实点现金（¥）</translation>
    </message>
    <message>
        <source>Totals by payment method</source>
        <translation>按付款方式合计</translation>
    </message>
    <message>
        <source>All operators</source>
        <translation>全部收银员</translation>
    </message>
    <message>
        <source>Each operator counts their own cash: choose yourself</source>
        <translation>每位收银员清点自己的现金：请选择您自己</translation>
    </message>
    <message>
        <source>Receipts issued: &lt;b&gt;{issued}&lt;/b&gt; ({numbers}) · voided this day: &lt;b&gt;{voided}&lt;/b&gt; · deposits held at the end of the day: &lt;b&gt;{held}&lt;/b&gt; · cash expected: &lt;b&gt;{cash}&lt;/b&gt;</source>
        <translation>开具收据：&lt;b&gt;{issued}&lt;/b&gt; 张（{numbers}）· 当日作废：&lt;b&gt;{voided}&lt;/b&gt; 张 · 班末押金结存：&lt;b&gt;{held}&lt;/b&gt; · 应有现金：&lt;b&gt;{cash}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Not counted yet</source>
        <translation>尚未点款</translation>
    </message>
    <message>
        <source>Counted {counted}: exact</source>
        <translation>实点 {counted}：相符</translation>
    </message>
    <message>
        <source>Counted {counted}: {amount} short</source>
        <translation>实点 {counted}：短款 {amount}</translation>
    </message>
    <message>
        <source>Counted {counted}: {amount} over</source>
        <translation>实点 {counted}：长款 {amount}</translation>
    </message>
    <message>
        <source>Shift report {day} {operator}</source>
        <translation>交班日结 {day} {operator}</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Signed for</source>
        <translation>签收</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>整改要求</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>签收人</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
</context>
<context>
    <name>SignOutDialog</name>
    <message>
        <source>Visitor leaves</source>
        <translation>访客离开</translation>
    </message>
    <message>
        <source>badge</source>
        <translation>胸卡</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>访客</translation>
    </message>
    <message>
        <source>number, badge or name</source>
        <translation>编号、胸卡或姓名</translation>
    </message>
    <message>
        <source>Time out</source>
        <translation>离开时间</translation>
    </message>
</context>
<context>
    <name>SiteDetailsDialog</name>
    <message>
        <source>Site details</source>
        <translation>项目信息</translation>
    </message>
    <message>
        <source>Parcels waiting longer than (days) stand out</source>
        <translation>包裹等待超过（天）即提醒</translation>
    </message>
</context>
<context>
    <name>SitePage</name>
    <message>
        <source>Site and company</source>
        <translation>项目和公司</translation>
    </message>
    <message>
        <source>They head the receipts, notices and reports. Settings → Site details changes them later.</source>
        <translation>它们印在收据、通知和报表的抬头。以后可在“设置 → 项目信息”中更改。</translation>
    </message>
</context>
<context>
    <name>StatsWindow</name>
    <message>
        <source>Work order figures</source>
        <translation>维修工单统计</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>报修</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完工</translation>
    </message>
    <message>
        <source>Average hours to complete</source>
        <translation>平均完工时长（小时）</translation>
    </message>
    <message>
        <source>From month</source>
        <translation>起始月份</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>月数</translation>
    </message>
    <message>
        <source>Completed: finished by the technician in the month (awaiting acceptance or later). Average hours: from report to finish, of those completed in the month.</source>
        <translation>完工：当月由维修人员完工的工单（待验收及之后）。平均时长：当月完工工单从报修到完工的时间。</translation>
    </message>
    <message>
        <source>to {last}</source>
        <translation>至 {last}</translation>
    </message>
    <message>
        <source>No work orders were reported or completed from {first} to {last}. Choose other months above.</source>
        <translation>{first} 至 {last} 没有报修或完工的工单。请在上方选择其他月份。</translation>
    </message>
    <message>
        <source>Total: &lt;b&gt;{reported}&lt;/b&gt; reported, &lt;b&gt;{completed}&lt;/b&gt; completed</source>
        <translation>合计：报修 &lt;b&gt;{reported}&lt;/b&gt; 单，完工 &lt;b&gt;{completed}&lt;/b&gt; 单</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Status of {code} {name}</source>
        <translation>{code} {name} 的状态</translation>
    </message>
    <message>
        <source>Retired equipment gets no more maintenance and cannot be named on a new work order; it stays in the register with its history. A note given here replaces the equipment&apos;s note.</source>
        <translation>报废的设备不再生成保养工单，也不能再报修；它连同记录一起保留在档案中。此处填写的备注将替换设备原有备注。</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>e.g. why it is retired</source>
        <translation>如：报废原因</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>Waiting for</source>
        <translation>等待</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>What is still wrong</source>
        <translation>仍存在的问题</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>验收人</translation>
    </message>
    <message>
        <source>What the customer said</source>
        <translation>客户意见</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>{name} · {trade} · {count} open</source>
        <translation>{name} · {trade} · 在修 {count} 单</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>维修人员</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Dispatch {number}</source>
        <translation>派工 {number}</translation>
    </message>
    <message>
        <source>Start work on {number}</source>
        <translation>开工 {number}</translation>
    </message>
    <message>
        <source>Put {number} on hold</source>
        <translation>暂停 {number}</translation>
    </message>
    <message>
        <source>Resume {number}</source>
        <translation>恢复维修 {number}</translation>
    </message>
    <message>
        <source>Finish {number}</source>
        <translation>完工 {number}</translation>
    </message>
    <message>
        <source>Acceptance of {number}</source>
        <translation>验收 {number}</translation>
    </message>
    <message>
        <source>Send {number} back for rework</source>
        <translation>返工 {number}</translation>
    </message>
    <message>
        <source>Follow-up of {number}</source>
        <translation>回访 {number}</translation>
    </message>
    <message>
        <source>Cancel {number}</source>
        <translation>取消 {number}</translation>
    </message>
    <message>
        <source>{place}: the charged work, {amount}, goes on the unit&apos;s account when accepted.</source>
        <translation>{place}：收费项目 {amount}，验收后计入房屋账户。</translation>
    </message>
    <message>
        <source>{place}: nothing is charged for this work.</source>
        <translation>{place}：本次维修不收费。</translation>
    </message>
</context>
<context>
    <name>StoreDialog</name>
    <message>
        <source>Store luggage</source>
        <translation>行李寄存</translation>
    </message>
    <message>
        <source>The tag number is given when the luggage is saved.</source>
        <translation>保存后给出牌号。</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>寄存人</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Stored at</source>
        <translation>寄存时间</translation>
    </message>
</context>
<context>
    <name>Tabs</name>
    <message>
        <source>Front desk</source>
        <translation>前台服务</translation>
    </message>
    <message>
        <source>Visitors, messages for tenants, complaints, keys, mail and parcels, luggage, errands and repair reports taken at the desk.</source>
        <translation>访客登记、留言、投诉、钥匙、邮件包裹、行李寄存、代办服务，以及前台受理的报修。</translation>
    </message>
    <message>
        <source>Business centre</source>
        <translation>商务中心</translation>
    </message>
    <message>
        <source>The price list, charge notices and deposits, three-part receipts, equipment requests and the shift-end cash report.</source>
        <translation>价目表、收费通知单与押金、三联收据、设备使用申请，以及交班现金报表。</translation>
    </message>
    <message>
        <source>Repairs</source>
        <translation>报修派工</translation>
    </message>
    <message>
        <source>Repair work orders and dispatch, the equipment register and preventive maintenance.</source>
        <translation>维修工单与派工、设备档案和计划保养。</translation>
    </message>
    <message>
        <source>Fire safety</source>
        <translation>消防检查</translation>
    </message>
    <message>
        <source>Fire-safety checklists, rectification notices, re-inspections, drills and responsibility per unit.</source>
        <translation>消防检查表、整改通知书、复查、演练和各单位消防责任。</translation>
    </message>
    <message>
        <source>Owner accounts</source>
        <translation>业户收费</translation>
    </message>
    <message>
        <source>Units and owners, fee standards, monthly billing, payments, receipts and arrears.</source>
        <translation>房屋与业户、收费标准、月度计费、收款、收据和欠费。</translation>
    </message>
    <message>
        <source>Leasing</source>
        <translation>招商客服</translation>
    </message>
    <message>
        <source>Spaces on the market, prospective tenants, leases with rent schedules, occupancy; events, surveys and care visits for residents.</source>
        <translation>可租空间、意向客户、租约与租金计划、出租率；社区活动、满意度调查和关怀走访。</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>统计看板</translation>
    </message>
    <message>
        <source>Charts across the site: collection rate, arrears, repairs, fire-safety notices, front-desk activity and business-centre takings.</source>
        <translation>全项目的图表：收缴率、欠费、维修、消防整改通知、前台工作量和商务中心收入。</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <source>On the team</source>
        <translation>在队</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>已离队</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Department or unit</source>
        <translation>部门或单元</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>入队日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>New member...</source>
        <translation>新增队员…</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Leaves the team</source>
        <translation>离队</translation>
    </message>
    <message>
        <source>Back on the team</source>
        <translation>归队</translation>
    </message>
    <message>
        <source>The volunteer fire team has no members yet. Add its captain and members (New member, Ctrl+N).</source>
        <translation>义务消防队还没有队员。请登记队长和队员（新增队员，Ctrl+N）。</translation>
    </message>
    <message>
        <source>Show former members</source>
        <translation>显示已离队队员</translation>
    </message>
</context>
<context>
    <name>TeamWindow</name>
    <message>
        <source>Engineering team</source>
        <translation>维修班组</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>维修人员</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>材料清单</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>维修时限</translation>
    </message>
</context>
<context>
    <name>TechnicianDialog</name>
    <message>
        <source>Add a technician</source>
        <translation>添加维修人员</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>编辑 {name}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>工种</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Active (untick when they leave: they get no new orders)</source>
        <translation>在岗（离职时取消勾选：不再派工）</translation>
    </message>
</context>
<context>
    <name>TechniciansPage</name>
    <message>
        <source>Active</source>
        <translation>在岗</translation>
    </message>
    <message>
        <source>Left (inactive)</source>
        <translation>已离职</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>工种</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Open orders</source>
        <translation>在修工单</translation>
    </message>
    <message>
        <source>Add technician...</source>
        <translation>添加维修人员...</translation>
    </message>
    <message>
        <source>Edit technician...</source>
        <translation>编辑维修人员...</translation>
    </message>
    <message>
        <source>No technicians yet. Add the engineering team&apos;s technicians (Add technician, Ctrl+N): work orders are dispatched to them.</source>
        <translation>还没有维修人员。请添加工程部的维修人员（添加维修人员，Ctrl+N）：维修工单将派给他们。</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>New checklist</source>
        <translation>新建检查表</translation>
    </message>
    <message>
        <source>Edit {code} {name}</source>
        <translation>修改 {code} {name}</translation>
    </message>
    <message>
        <source>A new checklist starts at version 1. Group its items by the system, patrol point or place they belong to.</source>
        <translation>新检查表从第 1 版开始。检查项按所属系统、巡逻点或场所分组。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Saving makes version {next} of {code}; inspections already made keep version {version}.</source>
        <translation>保存后生成 {code} 第 {next} 版；已做的检查仍保留第 {version} 版。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>频次</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>A checklist keeps its kind; make a new checklist for another kind</source>
        <translation>检查表的类型不能更改；其他类型请新建检查表</translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <source>Record a training session</source>
        <translation>登记培训</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>培训内容</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>授课人</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>参加人数</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <source>{count} min</source>
        <translation>{count} 分钟</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>培训内容</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>授课人</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>New training...</source>
        <translation>登记培训…</translation>
    </message>
    <message>
        <source>No training recorded yet. Record each fire-safety training session: its topic, trainer and how many attended (New training, Ctrl+N).</source>
        <translation>还没有培训记录。请登记每次消防培训的内容、授课人和参加人数（登记培训，Ctrl+N）。</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Users</source>
        <translation>用户管理</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>锁定至</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Select a user first</source>
        <translation>请先选择一个用户</translation>
    </message>
    <message>
        <source>The password was changed</source>
        <translation>密码已修改</translation>
    </message>
</context>
<context>
    <name>VisitorDialog</name>
    <message>
        <source>Sign a visitor in</source>
        <translation>访客登记</translation>
    </message>
    <message>
        <source>Only the last 4 to 6 digits of the ID are kept, never the whole number.</source>
        <translation>证件只登记末 4 至 6 位，绝不保存完整号码。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID shown</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>Last digits of the ID</source>
        <translation>证件末几位</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Unit visited</source>
        <translation>被访房号</translation>
    </message>
    <message>
        <source>Person visited</source>
        <translation>被访人</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>来访事由</translation>
    </message>
    <message>
        <source>meeting, delivery...</source>
        <translation>洽谈、送货……</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>访客证号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Time in</source>
        <translation>进入时间</translation>
    </message>
</context>
<context>
    <name>VisitorsPage</name>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>证件</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Visiting</source>
        <translation>被访</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>来访事由</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>访客证号</translation>
    </message>
    <message>
        <source>In</source>
        <translation>进入</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>离开</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>访客登记</translation>
    </message>
    <message>
        <source>Leaves</source>
        <translation>访客离开</translation>
    </message>
    <message>
        <source>Visitor slip</source>
        <translation>访客登记单</translation>
    </message>
    <message>
        <source>No visitor is inside. Sign one in with F2.</source>
        <translation>没有在场访客。按 F2 登记访客。</translation>
    </message>
    <message>
        <source>Inside only</source>
        <translation>只看在场</translation>
    </message>
    <message>
        <source>inside since {day}</source>
        <translation>自 {day} 起在场</translation>
    </message>
    <message>
        <source>inside</source>
        <translation>在场</translation>
    </message>
    <message>
        <source>left</source>
        <translation>已离开</translation>
    </message>
    <message>
        <source>Visitor slip {number}</source>
        <translation>访客登记单 {number}</translation>
    </message>
</context>
<context>
    <name>WardenDialog</name>
    <message>
        <source>Person responsible for {unit}</source>
        <translation>{unit} 的防火责任人</translation>
    </message>
    <message>
        <source>{unit} ({occupant}): the person who answers for fire safety in the unit and receives its rectification notices. An empty name removes whoever is registered.</source>
        <translation>{unit}（{occupant}）：对本单元消防安全负责并接收整改通知的人。姓名留空即删除已登记的责任人。</translation>
    </message>
    <message>
        <source>no occupant</source>
        <translation>无住户</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>确定日期</translation>
    </message>
</context>
<context>
    <name>WardensPage</name>
    <message>
        <source>Not assigned</source>
        <translation>未指定</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Occupant</source>
        <translation>业主/租户</translation>
    </message>
    <message>
        <source>Person responsible</source>
        <translation>防火责任人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>确定日期</translation>
    </message>
    <message>
        <source>Set or change...</source>
        <translation>指定或更换…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Search unit, occupant or person, or pinyin initials (Ctrl+F)</source>
        <translation>搜索单元、业主/租户或责任人，或拼音首字母（Ctrl+F）</translation>
    </message>
    <message>
        <source>Only units without one</source>
        <translation>只看未指定的单元</translation>
    </message>
    <message>
        <source>Every unit has a person responsible.</source>
        <translation>每个单元都已指定防火责任人。</translation>
    </message>
    <message>
        <source>There are no units yet: they are added in the owners&apos; register.</source>
        <translation>还没有单元：单元在业主档案中添加。</translation>
    </message>
    <message>
        <source>Units without a person responsible: {count}</source>
        <translation>未指定防火责任人的单元：{count} 个</translation>
    </message>
    <message>
        <source>Every unit has a person responsible</source>
        <translation>每个单元都已指定防火责任人</translation>
    </message>
    <message>
        <source>Remove {name} as the person responsible for {unit}?</source>
        <translation>取消 {name} 作为 {unit} 防火责任人？</translation>
    </message>
</context>
<context>
    <name>WizardConnectionFields</name>
    <message>
        <source>Connected to {server}. The database is empty: it is set up when you go on</source>
        <translation>已连接 {server}。数据库是空的：继续下一步时将建立数据表</translation>
    </message>
    <message>
        <source>Connected to {server}; the database (schema {current}) is brought up to schema {head} when you go on</source>
        <translation>已连接 {server}，数据库（架构 {current}）将在继续下一步时升级到架构 {head}</translation>
    </message>
</context>
<context>
    <name>WorkDialog</name>
    <message>
        <source>Work done on {number}</source>
        <translation>工料登记 {number}</translation>
    </message>
    <message>
        <source>A resident&apos;s in-home repair: labour is free unless the site charges it; materials from the list are charged, the owner&apos;s own are not.</source>
        <translation>住户室内维修：人工免费（除非本项目另有规定）；使用库存材料收费，业主自备材料不收费。</translation>
    </message>
    <message>
        <source>Work in {unit} is charged to its account once the customer accepts it.</source>
        <translation>{unit} 的维修费用在客户验收后计入其账户。</translation>
    </message>
    <message>
        <source>A common area: nothing is charged.</source>
        <translation>公共区域：不收费。</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>工料</translation>
    </message>
</context>
<context>
    <name>WorkEditor</name>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Work or material</source>
        <translation>工作内容或材料</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Price (¥)</source>
        <translation>单价（元）</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>收费</translation>
    </message>
    <message>
        <source>Labour</source>
        <translation>人工</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>库存材料</translation>
    </message>
    <message>
        <source>Owner&apos;s material</source>
        <translation>业主自备材料</translation>
    </message>
    <message>
        <source>Site rule</source>
        <translation>按项目规定</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>收费</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>免费</translation>
    </message>
</context>
<context>
    <name>WorkOrderDetails</name>
    <message>
        <source>Work or material</source>
        <translation>工作内容或材料</translation>
    </message>
    <message>
        <source> (owner&apos;s)</source>
        <translation>（业主自备）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>收费</translation>
    </message>
    <message>
        <source>charged</source>
        <translation>收费</translation>
    </message>
    <message>
        <source>free</source>
        <translation>免费</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>报修</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>工料登记</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>处理记录</translation>
    </message>
    <message>
        <source>Select a work order to see it here.</source>
        <translation>选择一张工单，在此查看详情。</translation>
    </message>
    <message>
        <source>technician {name} {phone}</source>
        <translation>维修人员 {name} {phone}</translation>
    </message>
    <message>
        <source>waiting for: {reason}</source>
        <translation>等待：{reason}</translation>
    </message>
    <message>
        <source>cancelled: {reason}</source>
        <translation>已取消：{reason}</translation>
    </message>
    <message>
        <source>On site by {respond}, finished by {complete}</source>
        <translation>须于 {respond} 前到场，{complete} 前完成</translation>
    </message>
    <message>
        <source>Charged work {amount}</source>
        <translation>收费项目 {amount}</translation>
    </message>
    <message>
        <source>on the account of {unit}</source>
        <translation>已计入 {unit} 账户</translation>
    </message>
    <message>
        <source>from maintenance {number}</source>
        <translation>来自保养工单 {number}</translation>
    </message>
</context>
</TS>
