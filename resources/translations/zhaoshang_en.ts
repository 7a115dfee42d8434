<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="zh_CN">
  <context>
    <name>About</name>
    <message>
      <source>为县(市、区)招商局、开发区和市直部门记录外出招商、企业拜访、项目与合同，并生成季度调度报告。</source>
      <translation>Records leaders' outing trips, enterprise visits, projects and contracts for county investment-promotion bureaus, development zones and city departments, and produces the quarterly dispatch report.</translation>
    </message>
    <message>
      <source>招商引资工作台</source>
      <translation>Zhaoshang Desk</translation>
    </message>
    <message>
      <source>版本</source>
      <translation>Version</translation>
    </message>
    <message>
      <source>数据库：</source>
      <translation>Database:</translation>
    </message>
    <message>
      <source>界面与报表字体：文泉驿微米黑（Apache-2.0）。</source>
      <translation>Interface and report font: WenQuanYi Micro Hei (Apache-2.0).</translation>
    </message>
    <message>
      <source>关于招商引资工作台</source>
      <translation>About Zhaoshang Desk</translation>
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <source>无法打开数据库</source>
      <translation>Cannot open the database</translation>
    </message>
    <message>
      <source>无法读取数据库：{0}（{1}）</source>
      <translation>Cannot read the database: {0} ({1})</translation>
    </message>
    <message>
      <source>数据库文件已损坏：{0}（{1}）</source>
      <translation>The database file is damaged: {0} ({1})</translation>
    </message>
    <message>
      <source>数据库已升级，升级前的备份保存在：{0}</source>
      <translation>The database was upgraded; the backup taken before the upgrade is at: {0}</translation>
    </message>
    <message>
      <source>正在升级数据库（新版本第一次启动时一次，先自动备份），请稍候……</source>
      <translation>Upgrading the database (once, at a new version's first start, after a backup). Please wait…</translation>
    </message>
    <message>
      <source>升级数据库</source>
      <translation>Upgrading the database</translation>
    </message>
    <message>
      <source>数据库已损坏</source>
      <translation>The database is damaged</translation>
    </message>
    <message>
      <source>检查发现数据库文件已损坏（{0}）。为免数据出错，请立即在“设置 → 备份与恢复”中用最近的完好备份恢复（当前文件会另存保留）。</source>
      <translation>A check found the database file damaged ({0}). To avoid wrong data, restore the latest good backup now under Settings → Backup and restore (the current file is kept aside).</translation>
    </message>
    <message>
      <source>已自动备份：{0}</source>
      <translation>Backed up automatically: {0}</translation>
    </message>
    <message>
      <source>每日备份失败</source>
      <translation>Daily backup failed</translation>
    </message>
    <message>
      <source>{0}

最近的完好备份：{1}（{2}）
    {6}
    {3}
当前文件：{4}
    {5}

现在用这份备份恢复吗？备份之后录入的数据不在其中。当前文件不会删除：完好时先另存一份备份，否则改名保留在原文件夹。</source>
      <translation>{0}

Latest sound backup: {1} ({2})
    {6}
    {3}
Current file: {4}
    {5}

Restore this backup now? Data entered after the backup is not in it. The current file is not deleted: it is backed up first when sound, otherwise renamed and kept in its folder.</translation>
    </message>
    <message>
      <source>已用 {0} 的备份恢复。原来的文件保留在：{1}</source>
      <translation>Restored from the backup of {0}. The replaced file is kept at: {1}</translation>
    </message>
    <message>
      <source>程序出现意外错误：{0}</source>
      <translation>Unexpected error: {0}</translation>
    </message>
    <message>
      <source>出错了</source>
      <translation>Error</translation>
    </message>
    <message>
      <source>无法打开所选的数据库</source>
      <translation>Cannot open the chosen database</translation>
    </message>
    <message>
      <source>“设置 → 数据库”中选择的数据库没有打开：{0}

改用本机的数据库文件吗？
{1}
（以后可在“设置 → 数据库”重新选择。）</source>
      <translation>The database chosen under Settings → Database did not open: {0}

Use this PC's own database file instead?
{1}
(You can choose again under Settings → Database.)</translation>
    </message>
  </context>
  <context>
    <name>AuditPanel</name>
    <message>
      <source>全部类别</source>
      <translation>All categories</translation>
    </message>
    <message>
      <source>记录或变更内容中的文字</source>
      <translation>Text in the record or the changes</translation>
    </message>
    <message>
      <source>类别(&amp;T)：</source>
      <translation>Ca&amp;tegory:</translation>
    </message>
    <message>
      <source>用户(&amp;U)：</source>
      <translation>&amp;User:</translation>
    </message>
    <message>
      <source>从：</source>
      <translation>From:</translation>
    </message>
    <message>
      <source>到：</source>
      <translation>To:</translation>
    </message>
    <message>
      <source>查找(&amp;F)：</source>
      <translation>&amp;Find:</translation>
    </message>
    <message>
      <source>查询(&amp;Q)</source>
      <translation>&amp;Query</translation>
    </message>
    <message>
      <source>导出 Excel(&amp;E)…</source>
      <translation>&amp;Export to Excel…</translation>
    </message>
    <message>
      <source>校验日志链(&amp;V)</source>
      <translation>&amp;Verify log chain</translation>
    </message>
    <message>
      <source>逐条核对审计日志的校验值，发现在本程序之外对数据库所做的改动</source>
      <translation>Check every audit entry's hash, to find changes made to the database outside this program</translation>
    </message>
    <message>
      <source>全部用户</source>
      <translation>All users</translation>
    </message>
    <message>
      <source>共 {0} 条（最多显示 5000 条，导出时为全部）</source>
      <translation>{0} entries (at most 5000 shown; an export has all)</translation>
    </message>
    <message>
      <source>共 {0} 条。本程序中审计日志只能查看和导出；在程序之外改动数据库，可用“校验日志链”发现。</source>
      <translation>{0} entries. In this program the audit log can only be viewed and exported; changes made to the database outside it are found by "Verify log chain".</translation>
    </message>
    <message>
      <source>导出审计日志</source>
      <translation>Export audit log</translation>
    </message>
    <message>
      <source>审计日志.xlsx</source>
      <translation>audit-log.xlsx</translation>
    </message>
    <message>
      <source>导出失败</source>
      <translation>Export failed</translation>
    </message>
    <message>
      <source>导出完成</source>
      <translation>Export finished</translation>
    </message>
    <message>
      <source>已导出：{0}</source>
      <translation>Exported: {0}</translation>
    </message>
    <message>
      <source>正在校验审计日志链……</source>
      <translation>Verifying the audit log chain…</translation>
    </message>
    <message>
      <source>取消</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>审计日志被改动过</source>
      <translation>Audit log has been changed</translation>
    </message>
    <message>
      <source>审计日志链在第 {0} 号记录（{1}）处断开：{2}。

此前的 {3} 条记录完好；该条及其后的记录可能在本程序之外被改动过。请用该时间之前的备份核对。</source>
      <translation>The audit log chain breaks at entry no. {0} ({1}): {2}.

The {3} entries before it are intact; this entry and those after it may have been changed outside this program. Compare them with a backup made before that time.</translation>
    </message>
    <message>
      <source>校验已取消</source>
      <translation>Verification cancelled</translation>
    </message>
    <message>
      <source>已取消：已校验的 {0} 条记录完好。</source>
      <translation>Cancelled: the {0} entries verified so far are intact.</translation>
    </message>
    <message>
      <source>日志链完好</source>
      <translation>Log chain intact</translation>
    </message>
    <message>
      <source>审计日志为空，无需校验。</source>
      <translation>The audit log is empty; nothing to verify.</translation>
    </message>
    <message>
      <source>审计日志链完好：{0} 条记录逐条校验通过。
末条为第 {1} 号，校验值（可记下备查）：
{2}</source>
      <translation>The audit log chain is intact: all {0} entries verified.
The last is entry no. {1}, with hash (note it down for later checks):
{2}</translation>
    </message>
    <message>
      <source>无法校验审计日志</source>
      <translation>Cannot verify the audit log</translation>
    </message>
  </context>
  <context>
    <name>BackupPanel</name>
    <message>
      <source>程序每天首次启动时自动备份一次（保留最近 30 份），导入、升级、恢复之前也会自动备份。备份保存在：{0}</source>
      <translation>The program backs up once a day when first started (the last 30 are kept), and also before every import, upgrade and restore. Backups are kept in: {0}</translation>
    </message>
    <message>
      <source>备份时间</source>
      <translation>Backup time</translation>
    </message>
    <message>
      <source>类型</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>大小</source>
      <translation>Size</translation>
    </message>
    <message>
      <source>文件</source>
      <translation>File</translation>
    </message>
    <message>
      <source>立即备份(&amp;B)</source>
      <translation>&amp;Back up now</translation>
    </message>
    <message>
      <source>备份到其他位置(&amp;U)…</source>
      <translation>Back &amp;up to another place…</translation>
    </message>
    <message>
      <source>用所选备份恢复(&amp;R)…</source>
      <translation>&amp;Restore the selected backup…</translation>
    </message>
    <message>
      <source>从文件恢复(&amp;F)…</source>
      <translation>Restore from a &amp;file…</translation>
    </message>
    <message>
      <source>打开备份文件夹(&amp;O)</source>
      <translation>&amp;Open the backup folder</translation>
    </message>
    <message>
      <source>备份失败</source>
      <translation>Backup failed</translation>
    </message>
    <message>
      <source>备份完成</source>
      <translation>Backup finished</translation>
    </message>
    <message>
      <source>已备份，完整性检查通过：
{0}</source>
      <translation>Backed up; integrity check passed:
{0}</translation>
    </message>
    <message>
      <source>选择备份位置（如 U 盘）</source>
      <translation>Choose where to back up (e.g. a USB stick)</translation>
    </message>
    <message>
      <source>选择备份文件</source>
      <translation>Choose a backup file</translation>
    </message>
    <message>
      <source>数据库备份 (*.db)</source>
      <translation>Database backups (*.db)</translation>
    </message>
    <message>
      <source>恢复数据</source>
      <translation>Restore data</translation>
    </message>
    <message>
      <source>只有管理员可以恢复数据</source>
      <translation>Only an administrator can restore data</translation>
    </message>
    <message>
      <source>不能用这个文件恢复</source>
      <translation>This file cannot be restored</translation>
    </message>
    <message>
      <source>用 {0} 的备份替换当前数据？
备份：{1}
当前：{2}
当前数据会先自动备份，恢复后如有需要可再恢复回来。</source>
      <translation>Replace the current data with the backup of {0}?
Backup: {1}
Current: {2}
The current data is backed up first and can be restored again if needed.</translation>
    </message>
    <message>
      <source>正在恢复数据（先备份当前数据），请稍候……</source>
      <translation>Restoring the data (the current data is backed up first). Please wait…</translation>
    </message>
    <message>
      <source>恢复失败</source>
      <translation>Restore failed</translation>
    </message>
    <message>
      <source>恢复后无法打开</source>
      <translation>Cannot open after the restore</translation>
    </message>
    <message>
      <source>已恢复。</source>
      <translation>Restored.</translation>
    </message>
    <message>
      <source>
恢复前的数据已备份到：{0}</source>
      <translation>
The data before the restore was backed up to: {0}</translation>
    </message>
    <message>
      <source>
损坏的原文件已另存为：{0}</source>
      <translation>
The damaged file was kept as: {0}</translation>
    </message>
    <message>
      <source>恢复完成</source>
      <translation>Restore finished</translation>
    </message>
  </context>
  <context>
    <name>Column</name>
    <message>
      <source>时间</source>
      <translation>Time</translation>
    </message>
    <message>
      <source>用户</source>
      <translation>User</translation>
    </message>
    <message>
      <source>操作</source>
      <translation>Action</translation>
    </message>
    <message>
      <source>类别</source>
      <translation>Category</translation>
    </message>
    <message>
      <source>记录</source>
      <translation>Record</translation>
    </message>
    <message>
      <source>原因</source>
      <translation>Reason</translation>
    </message>
    <message>
      <source>变更内容</source>
      <translation>Changes</translation>
    </message>
    <message>
      <source>删除时间</source>
      <translation>Deleted at</translation>
    </message>
    <message>
      <source>连同删除</source>
      <translation>Deleted with it</translation>
    </message>
    <message>
      <source>企业名称</source>
      <translation>Enterprise name</translation>
    </message>
    <message>
      <source>统一社会信用代码</source>
      <translation>Unified social credit code</translation>
    </message>
    <message>
      <source>企业类别</source>
      <translation>Enterprise type</translation>
    </message>
    <message>
      <source>重点</source>
      <translation>Key</translation>
    </message>
    <message>
      <source>区域</source>
      <translation>Region</translation>
    </message>
    <message>
      <source>所在地</source>
      <translation>Location</translation>
    </message>
    <message>
      <source>行业</source>
      <translation>Industry</translation>
    </message>
    <message>
      <source>拜访次数</source>
      <translation>Visits</translation>
    </message>
    <message>
      <source>最近拜访</source>
      <translation>Last visit</translation>
    </message>
    <message>
      <source>日期</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>单位</source>
      <translation>Unit</translation>
    </message>
    <message>
      <source>企业</source>
      <translation>Enterprise</translation>
    </message>
    <message>
      <source>拜访人员</source>
      <translation>Visitors</translation>
    </message>
    <message>
      <source>方式</source>
      <translation>Form</translation>
    </message>
    <message>
      <source>洽谈内容</source>
      <translation>Talks</translation>
    </message>
    <message>
      <source>成效</source>
      <translation>Outcome</translation>
    </message>
    <message>
      <source>跟进日期</source>
      <translation>Follow-up date</translation>
    </message>
    <message>
      <source>文件</source>
      <translation>File</translation>
    </message>
    <message>
      <source>工作表</source>
      <translation>Sheet</translation>
    </message>
    <message>
      <source>行号</source>
      <translation>Row</translation>
    </message>
    <message>
      <source>处理</source>
      <translation>Action</translation>
    </message>
    <message>
      <source>列</source>
      <translation>Column</translation>
    </message>
    <message>
      <source>收到日期</source>
      <translation>Received</translation>
    </message>
    <message>
      <source>信息来源</source>
      <translation>Source</translation>
    </message>
    <message>
      <source>项目信息</source>
      <translation>Project lead</translation>
    </message>
    <message>
      <source>承接单位</source>
      <translation>Assigned unit</translation>
    </message>
    <message>
      <source>推荐单位</source>
      <translation>Recommended by</translation>
    </message>
    <message>
      <source>反馈期限</source>
      <translation>Feedback due</translation>
    </message>
    <message>
      <source>反馈日期</source>
      <translation>Feedback date</translation>
    </message>
    <message>
      <source>状态</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>反馈内容</source>
      <translation>Feedback</translation>
    </message>
    <message>
      <source>项目名称</source>
      <translation>Project name</translation>
    </message>
    <message>
      <source>责任单位</source>
      <translation>Responsible unit</translation>
    </message>
    <message>
      <source>投资方</source>
      <translation>Investor</translation>
    </message>
    <message>
      <source>产业类别</source>
      <translation>Industry category</translation>
    </message>
    <message>
      <source>总投资(亿元)</source>
      <translation>Total investment (100M yuan)</translation>
    </message>
    <message>
      <source>阶段</source>
      <translation>Stage</translation>
    </message>
    <message>
      <source>登记日期</source>
      <translation>Registered</translation>
    </message>
    <message>
      <source>签约日期</source>
      <translation>Signed</translation>
    </message>
    <message>
      <source>合同金额(亿元)</source>
      <translation>Contract amount (100M yuan)</translation>
    </message>
    <message>
      <source>到位资金(亿元)</source>
      <translation>Funds in place (100M yuan)</translation>
    </message>
    <message>
      <source>包保领导</source>
      <translation>Leader in charge</translation>
    </message>
    <message>
      <source>当前阶段</source>
      <translation>Current stage</translation>
    </message>
    <message>
      <source>参加人员</source>
      <translation>Participants</translation>
    </message>
    <message>
      <source>开始日期</source>
      <translation>Start date</translation>
    </message>
    <message>
      <source>结束日期</source>
      <translation>End date</translation>
    </message>
    <message>
      <source>天数</source>
      <translation>Days</translation>
    </message>
    <message>
      <source>目的地</source>
      <translation>Destination</translation>
    </message>
    <message>
      <source>事由</source>
      <translation>Purpose</translation>
    </message>
  </context>
  <context>
    <name>ComplianceView</name>
    <message>
      <source>单位</source>
      <translation>Unit</translation>
    </message>
    <message>
      <source>人员</source>
      <translation>Person</translation>
    </message>
    <message>
      <source>角色</source>
      <translation>Role</translation>
    </message>
    <message>
      <source>外出天数</source>
      <translation>Days out</translation>
    </message>
    <message>
      <source>外出次数</source>
      <translation>Trips</translation>
    </message>
    <message>
      <source>要求</source>
      <translation>Required</translation>
    </message>
    <message>
      <source>状态</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>说明</source>
      <translation>Note</translation>
    </message>
    <message>
      <source> 年</source>
      <translation> </translation>
    </message>
    <message>
      <source>{0} 月</source>
      <translation>Month {0}</translation>
    </message>
    <message>
      <source>全部单位</source>
      <translation>All units</translation>
    </message>
    <message>
      <source>月份：</source>
      <translation>Month:</translation>
    </message>
    <message>
      <source>单位：</source>
      <translation>Unit:</translation>
    </message>
    <message>
      <source>天数按自然日计算（含首尾两天），跨月行程分别计入各月；党政主要负责人按单位合并计算。月中任职的，要求按任职天数折算。</source>
      <translation>Days are calendar days (first and last day included); a trip across a month end counts in each month; the principal leaders of a unit are counted together. Someone who takes up a role mid-month owes a share of the quota.</translation>
    </message>
    <message>
      <source>{0} 天</source>
      <translation>{0} days</translation>
    </message>
    <message>
      <source> / {0} 次</source>
      <translation> / {0} trips</translation>
    </message>
    <message>
      <source>（合计）</source>
      <translation>(combined)</translation>
    </message>
    <message>
      <source>另有已安排 {0} 天</source>
      <translation>{0} more days planned</translation>
    </message>
    <message>
      <source>月中任职，按比例折算</source>
      <translation>In the role part of the month; quota prorated</translation>
    </message>
    <message>
      <source>达标 {0}，未达标 {1}，有风险 {2}，进行中 {3}</source>
      <translation>Met {0}, not met {1}, at risk {2}, in progress {3}</translation>
    </message>
  </context>
  <context>
    <name>DashboardPage</name>
    <message>
      <source>工作台</source>
      <translation>Dashboard</translation>
    </message>
    <message>
      <source>月份</source>
      <translation>Month</translation>
    </message>
    <message>
      <source>单位</source>
      <translation>Unit</translation>
    </message>
    <message>
      <source>人员</source>
      <translation>Person</translation>
    </message>
    <message>
      <source>角色</source>
      <translation>Role</translation>
    </message>
    <message>
      <source>天数 / 要求</source>
      <translation>Days / required</translation>
    </message>
    <message>
      <source>状态</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>查看本月达标情况(&amp;M)</source>
      <translation>See this month's &amp;quotas</translation>
    </message>
    <message>
      <source>跟进日期</source>
      <translation>Follow-up date</translation>
    </message>
    <message>
      <source>企业</source>
      <translation>Enterprise</translation>
    </message>
    <message>
      <source>上次拜访</source>
      <translation>Last visit</translation>
    </message>
    <message>
      <source>下步工作</source>
      <translation>Next steps</translation>
    </message>
    <message>
      <source>项目</source>
      <translation>Project</translation>
    </message>
    <message>
      <source>签约日期</source>
      <translation>Signed</translation>
    </message>
    <message>
      <source>取得土地期限</source>
      <translation>Land due by</translation>
    </message>
    <message>
      <source>反馈期限</source>
      <translation>Feedback due</translation>
    </message>
    <message>
      <source>承接单位</source>
      <translation>Assigned unit</translation>
    </message>
    <message>
      <source>项目信息</source>
      <translation>Project lead</translation>
    </message>
    <message>
      <source>收到日期</source>
      <translation>Received</translation>
    </message>
    <message>
      <source>来源</source>
      <translation>Source</translation>
    </message>
    <message>
      <source>指标</source>
      <translation>Indicator</translation>
    </message>
    <message>
      <source>本季度</source>
      <translation>This quarter</translation>
    </message>
    <message>
      <source>本年累计</source>
      <translation>Year to date</translation>
    </message>
    <message>
      <source>上年同期</source>
      <translation>Same period last year</translation>
    </message>
    <message>
      <source>同比</source>
      <translation>Year on year</translation>
    </message>
    <message>
      <source>目标</source>
      <translation>Target</translation>
    </message>
    <message>
      <source>完成率</source>
      <translation>Done</translation>
    </message>
    <message>
      <source>时序进度</source>
      <translation>Time progress</translation>
    </message>
    <message>
      <source>在列表中双击一行（或按回车）即可处理：查看达标、登记跟进拜访、打开项目。</source>
      <translation>Double-click a row (or press Enter) to act on it: see the quota, record a follow-up visit, open the project.</translation>
    </message>
    <message>
      <source>数据库中的记录（全部单位、全部年份）：</source>
      <translation>Records in the database (all units, all years):</translation>
    </message>
    <message>
      <source>本单位：{0}　　今天：{1:%Y-%m-%d}</source>
      <translation>Own unit: {0}　　Today: {1:%Y-%m-%d}</translation>
    </message>
    <message>
      <source>本单位：尚未设置（见“设置”）　　今天：{0:%Y-%m-%d}</source>
      <translation>Own unit: not set (see Settings)　　Today: {0:%Y-%m-%d}</translation>
    </message>
    <message>
      <source>供地期限</source>
      <translation>Land deadlines</translation>
    </message>
    <message>
      <source>本季度指标（{0}年第{1}季度）</source>
      <translation>This quarter's indicators (Q{1} {0})</translation>
    </message>
    <message>
      <source>外出招商预警</source>
      <translation>Outing warnings</translation>
    </message>
    <message>
      <source>到期未跟进</source>
      <translation>Follow-ups due</translation>
    </message>
    <message>
      <source>已逾期</source>
      <translation>Overdue</translation>
    </message>
    <message>
      <source>{0} 天后到期</source>
      <translation>Due in {0} days</translation>
    </message>
    <message>
      <source>项目信息逾期反馈</source>
      <translation>Overdue lead feedback</translation>
    </message>
    <message>
      <source>截至 {0:%m-%d}：履约率 {1}，开工率 {2}，投产率 {3}，资金到位率 {4}（本年签约项目累计到位资金 ÷ 合同金额，含补充合同）。</source>
      <translation>As of {0:%m-%d}: fulfilment rate {1}, start rate {2}, production rate {3}, funds-in-place rate {4} (funds in place to date for projects signed this year ÷ contract amount, supplementary contracts included).</translation>
    </message>
    <message>
      <source>本季度指标（{0}年第{1}季度，截至 {2:%m-%d}）</source>
      <translation>This quarter's indicators (Q{1} {0}, as of {2:%m-%d})</translation>
    </message>
  </context>
  <context>
    <name>DatabasePanel</name>
    <message>
      <source>连接数据库服务器</source>
      <translation>Connect to the database server</translation>
    </message>
    <message>
      <source>请输入 {0} 在 {1} 的密码：</source>
      <translation>Password of {0} on {1}:</translation>
    </message>
    <message>
      <source>当前使用的数据库：{0}
一个县（市、区）用本机文件即可；市局需要各县区、部门共用一份数据时，请使用市级服务器（PostgreSQL，由信息中心安装，见使用说明）。更改在下次启动程序时生效。</source>
      <translation>Database in use: {0}
One county needs only a file on this PC; when the city bureau wants every county and department to share one set of data, use the city server (PostgreSQL, installed by the IT centre; see the manual). Changes apply from the next start.</translation>
    </message>
    <message>
      <source>本机数据库文件(&amp;L)</source>
      <translation>A database file on this PC (&amp;L)</translation>
    </message>
    <message>
      <source>市级共享服务器(&amp;V)</source>
      <translation>The shared city ser&amp;ver</translation>
    </message>
    <message>
      <source>浏览(&amp;B)…</source>
      <translation>&amp;Browse…</translation>
    </message>
    <message>
      <source>记住密码（保存在本机的用户设置中；不勾选则每次启动时询问）</source>
      <translation>Remember the password (kept in this PC's user settings; otherwise asked at every start)</translation>
    </message>
    <message>
      <source>服务器地址(&amp;H)：</source>
      <translation>Server &amp;host:</translation>
    </message>
    <message>
      <source>端口(&amp;P)：</source>
      <translation>&amp;Port:</translation>
    </message>
    <message>
      <source>数据库名(&amp;N)：</source>
      <translation>Database &amp;name:</translation>
    </message>
    <message>
      <source>用户名(&amp;U)：</source>
      <translation>&amp;User name:</translation>
    </message>
    <message>
      <source>密码(&amp;W)：</source>
      <translation>Pass&amp;word:</translation>
    </message>
    <message>
      <source>测试连接(&amp;T)</source>
      <translation>&amp;Test the connection</translation>
    </message>
    <message>
      <source>保存，下次启动时使用(&amp;S)</source>
      <translation>&amp;Save, use from the next start</translation>
    </message>
    <message>
      <source>选择或新建数据库文件</source>
      <translation>Choose or create a database file</translation>
    </message>
    <message>
      <source>数据库文件 (*.db)</source>
      <translation>Database files (*.db)</translation>
    </message>
    <message>
      <source>服务器地址</source>
      <translation>server address</translation>
    </message>
    <message>
      <source>数据库名</source>
      <translation>database name</translation>
    </message>
    <message>
      <source>用户名</source>
      <translation>user name</translation>
    </message>
    <message>
      <source>请填写：{0}</source>
      <translation>Please fill in: {0}</translation>
    </message>
    <message>
      <source>服务器地址只填主机名或 IP 地址（如 192.168.1.10），端口填在“端口”一栏</source>
      <translation>Give only the host name or IP address (e.g. 192.168.1.10); the port goes in the Port field</translation>
    </message>
    <message>
      <source>正在连接 {0} ……</source>
      <translation>Connecting to {0} …</translation>
    </message>
    <message>
      <source>请填写数据库文件的位置</source>
      <translation>Please give the database file's location</translation>
    </message>
    <message>
      <source>已保存</source>
      <translation>Saved</translation>
    </message>
    <message>
      <source>已保存。下次启动程序时将使用：{0}</source>
      <translation>Saved. From the next start the program uses: {0}</translation>
    </message>
    <message>
      <source>请填写完整的位置（如 D:\招商\zhaoshang.db），或点“浏览…”选择</source>
      <translation>Give the full location (e.g. D:\data\zhaoshang.db), or click Browse…</translation>
    </message>
    <message>
      <source>这是一个文件夹，请在其中选择或新建一个 .db 文件</source>
      <translation>This is a folder; choose or create a .db file in it</translation>
    </message>
    <message>
      <source>文件夹不存在：{0}</source>
      <translation>The folder does not exist: {0}</translation>
    </message>
  </context>
  <context>
    <name>EnterpriseDialog</name>
    <message>
      <source>修改企业</source>
      <translation>Edit enterprise</translation>
    </message>
    <message>
      <source>新增企业</source>
      <translation>New enterprise</translation>
    </message>
    <message>
      <source>企业名称(&amp;N)：</source>
      <translation>Enterprise &amp;name:</translation>
    </message>
    <message>
      <source>18 位；境外企业可不填</source>
      <translation>18 characters; may be left empty for enterprises abroad</translation>
    </message>
    <message>
      <source>统一社会信用代码(&amp;C)：</source>
      <translation>Credit &amp;code:</translation>
    </message>
    <message>
      <source>榜单 </source>
      <translation>List </translation>
    </message>
    <message>
      <source>企业类别：</source>
      <translation>Enterprise type:</translation>
    </message>
    <message>
      <source>国家/地区：</source>
      <translation>Country/region:</translation>
    </message>
    <message>
      <source>城市：</source>
      <translation>City:</translation>
    </message>
    <message>
      <source>所在区域(&amp;R)：</source>
      <translation>&amp;Region:</translation>
    </message>
    <message>
      <source>产业链：</source>
      <translation>Industrial chain:</translation>
    </message>
    <message>
      <source>所属行业(&amp;I)：</source>
      <translation>&amp;Industry:</translation>
    </message>
    <message>
      <source>重点企业（计入每年拜访 100 家重点企业的目标）</source>
      <translation>Key enterprise (counts toward the yearly target of visiting 100 key enterprises)</translation>
    </message>
    <message>
      <source>联系人</source>
      <translation>Contact</translation>
    </message>
    <message>
      <source>职务</source>
      <translation>Title</translation>
    </message>
    <message>
      <source>电话</source>
      <translation>Phone</translation>
    </message>
    <message>
      <source>添加联系人</source>
      <translation>Add contact</translation>
    </message>
    <message>
      <source>删除所选联系人</source>
      <translation>Remove the selected contact</translation>
    </message>
    <message>
      <source>联系人：</source>
      <translation>Contacts:</translation>
    </message>
    <message>
      <source>备注：</source>
      <translation>Note:</translation>
    </message>
    <message>
      <source>企业</source>
      <translation>Enterprise</translation>
    </message>
    <message>
      <source>格式错误</source>
      <translation>Wrong format</translation>
    </message>
    <message>
      <source>校验位不符，保存时需确认</source>
      <translation>Check digit does not match; saving asks for confirmation</translation>
    </message>
    <message>
      <source>校验通过</source>
      <translation>Check passed</translation>
    </message>
    <message>
      <source>打开已有企业“{0}”</source>
      <translation>Open the existing enterprise “{0}”</translation>
    </message>
  </context>
  <context>
    <name>EnterpriseListTab</name>
    <message>
      <source>搜索企业名称（可用拼音首字母）、信用代码、所在地、行业</source>
      <translation>Search enterprise name (pinyin initials work), credit code, location, industry</translation>
    </message>
    <message>
      <source>新增企业(&amp;N)</source>
      <translation>&amp;New enterprise</translation>
    </message>
    <message>
      <source>全部类别</source>
      <translation>All categories</translation>
    </message>
    <message>
      <source>全部区域</source>
      <translation>All regions</translation>
    </message>
    <message>
      <source>只看重点企业</source>
      <translation>Key enterprises only</translation>
    </message>
    <message>
      <source>类别：</source>
      <translation>Type:</translation>
    </message>
    <message>
      <source>区域：</source>
      <translation>Region:</translation>
    </message>
    <message>
      <source>行业：</source>
      <translation>Industry:</translation>
    </message>
    <message>
      <source>合并重复(&amp;M)…</source>
      <translation>&amp;Merge duplicates…</translation>
    </message>
    <message>
      <source>选中同一企业的两条记录后合并</source>
      <translation>Select two records of the same enterprise, then merge</translation>
    </message>
    <message>
      <source>共 {0} 家，重点企业 {1} 家</source>
      <translation>{0} enterprises, {1} of them key</translation>
    </message>
    <message>
      <source>全部行业</source>
      <translation>All industries</translation>
    </message>
    <message>
      <source>选中一家企业，查看其拜访记录和项目。</source>
      <translation>Select an enterprise to see its visits and projects.</translation>
    </message>
    <message>
      <source>{0}：拜访 {1} 次</source>
      <translation>{0}: visited {1} times</translation>
    </message>
    <message>
      <source>{0}（{1}，{2}，总投资 {3} 亿元）</source>
      <translation>{0} ({1}, {2}, total investment {3} × 100M yuan)</translation>
    </message>
    <message>
      <source>项目：</source>
      <translation>Projects:</translation>
    </message>
    <message>
      <source>项目：暂无</source>
      <translation>Projects: none</translation>
    </message>
    <message>
      <source>不能删除</source>
      <translation>Cannot delete</translation>
    </message>
    <message>
      <source>删除企业</source>
      <translation>Delete enterprise</translation>
    </message>
    <message>
      <source>确定删除企业“{0}”及其联系人吗？</source>
      <translation>Delete the enterprise “{0}” and its contacts?</translation>
    </message>
    <message>
      <source>合并重复</source>
      <translation>Merge duplicates</translation>
    </message>
    <message>
      <source>请按住 Ctrl 选中同一企业的两条记录。</source>
      <translation>Hold Ctrl and select two records of the same enterprise.</translation>
    </message>
    <message>
      <source>合并完成</source>
      <translation>Merged</translation>
    </message>
    <message>
      <source>已并入 {0} 条拜访记录、{1} 个联系人、{2} 个项目。</source>
      <translation>Moved {0} visits, {1} contacts and {2} projects over.</translation>
    </message>
  </context>
  <context>
    <name>EnterprisePicker</name>
    <message>
      <source>输入企业名称查找</source>
      <translation>Type an enterprise name to search</translation>
    </message>
    <message>
      <source>新建企业…</source>
      <translation>New enterprise…</translation>
    </message>
  </context>
  <context>
    <name>EnterprisesPage</name>
    <message>
      <source>企业与拜访</source>
      <translation>Enterprises and visits</translation>
    </message>
    <message>
      <source>企业库(&amp;K)</source>
      <translation>Enterprise &amp;registry</translation>
    </message>
    <message>
      <source>拜访记录(&amp;V)</source>
      <translation>&amp;Visits</translation>
    </message>
    <message>
      <source>重点企业拜访进度(&amp;G)</source>
      <translation>Key-enterprise visit pro&amp;gress</translation>
    </message>
  </context>
  <context>
    <name>FirstRunDialog</name>
    <message>
      <source>欢迎使用招商引资工作台</source>
      <translation>Welcome to Zhaoshang Desk</translation>
    </message>
    <message>
      <source>这是一个新的数据库：
{0}

可以先载入示例数据熟悉各项功能，或选择本单位后开始录入。</source>
      <translation>This is a new database:
{0}

You can load the demo data to get to know the program, or choose your own unit and start entering records.</translation>
    </message>
    <message>
      <source>先看看</source>
      <translation>Look around first</translation>
    </message>
    <message>
      <source>载入襄阳各县(市、区)、开发区 2019–2020 年的示例记录（可随时用新数据库重新开始）。</source>
      <translation>Load demo records of Xiangyang's counties, districts and development zones for 2019–2020 (you can always start again with a new database).</translation>
    </message>
    <message>
      <source>载入示例数据(&amp;D)</source>
      <translation>Load &amp;demo data</translation>
    </message>
    <message>
      <source>开始使用</source>
      <translation>Start</translation>
    </message>
    <message>
      <source>本单位(&amp;U)：</source>
      <translation>Own &amp;unit:</translation>
    </message>
    <message>
      <source>开始使用(&amp;S)</source>
      <translation>&amp;Start</translation>
    </message>
    <message>
      <source>以后再说</source>
      <translation>Later</translation>
    </message>
    <message>
      <source>正在写入示例数据……</source>
      <translation>Writing the demo data…</translation>
    </message>
    <message>
      <source>示例数据写入失败</source>
      <translation>Writing the demo data failed</translation>
    </message>
  </context>
  <context>
    <name>FormDialog</name>
    <message>
      <source>保存(&amp;S)</source>
      <translation>&amp;Save</translation>
    </message>
    <message>
      <source>取消</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>修改记录(&amp;H)…</source>
      <translation>&amp;History…</translation>
    </message>
    <message>
      <source>这条记录在您打开后已被修改或删除（另一个窗口或另一台电脑）。为免覆盖别人的修改，请取消后重新打开再改。</source>
      <translation>This record was changed or deleted after you opened it (in another window or on another PC). To avoid overwriting someone else's change, cancel and open it again.</translation>
    </message>
    <message>
      <source>没有保存</source>
      <translation>Not saved</translation>
    </message>
    <message>
      <source>请确认</source>
      <translation>Please confirm</translation>
    </message>
    <message>
      <source>删除后可在“设置 → 回收站”中恢复。</source>
      <translation>After deleting, it can be restored under Settings → Recycle bin.</translation>
    </message>
  </context>
  <context>
    <name>HistoryDialog</name>
    <message>
      <source>修改记录 — {0}</source>
      <translation>History — {0}</translation>
    </message>
    <message>
      <source>关闭</source>
      <translation>Close</translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <source>Excel 工作簿 (*.xlsx)</source>
      <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
      <source>保存导入模板</source>
      <translation>Save the import template</translation>
    </message>
    <message>
      <source>招商引资台账导入模板.xlsx</source>
      <translation>import-template.xlsx</translation>
    </message>
    <message>
      <source>无法保存模板</source>
      <translation>Cannot save the template</translation>
    </message>
    <message>
      <source>导入模板</source>
      <translation>Import template</translation>
    </message>
    <message>
      <source>模板已保存：{0}</source>
      <translation>Template saved: {0}</translation>
    </message>
    <message>
      <source>导入多个单位数据</source>
      <translation>Import several units' data</translation>
    </message>
    <message>
      <source>导入 Excel 台账</source>
      <translation>Import Excel ledgers</translation>
    </message>
    <message>
      <source>选择各单位导出的数据文件，一起预览、一起导入；同一投资方的同名项目由两个单位报送时只计一次，列入“项目归属争议”待裁定。</source>
      <translation>Choose the data files the units exported, to preview and import them together; a project with the same investor and name reported by two units counts once and is listed under project ownership disputes.</translation>
    </message>
    <message>
      <source>按导入模板填写的 Excel 台账（各表均可选）。先预览，确认无误后再导入；有任何错误时不导入任何数据。</source>
      <translation>Excel ledgers filled in as in the import template (every sheet optional). Preview first, then import; any error and nothing is imported.</translation>
    </message>
    <message>
      <source>选择文件(&amp;O)…</source>
      <translation>Ch&amp;oose files…</translation>
    </message>
    <message>
      <source>移除(&amp;R)</source>
      <translation>&amp;Remove</translation>
    </message>
    <message>
      <source>下载导入模板(&amp;T)…</source>
      <translation>Download the import &amp;template…</translation>
    </message>
    <message>
      <source>预览(&amp;P)</source>
      <translation>&amp;Preview</translation>
    </message>
    <message>
      <source>请选择文件。</source>
      <translation>Please choose files.</translation>
    </message>
    <message>
      <source>隐藏已存在、不需导入的行(&amp;H)</source>
      <translation>&amp;Hide rows already stored that need no import</translation>
    </message>
    <message>
      <source>将导入的记录</source>
      <translation>Records to import</translation>
    </message>
    <message>
      <source>错误</source>
      <translation>Errors</translation>
    </message>
    <message>
      <source>提示</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>导出错误清单(&amp;E)…</source>
      <translation>&amp;Export the error list…</translation>
    </message>
    <message>
      <source>导入(&amp;I)</source>
      <translation>&amp;Import</translation>
    </message>
    <message>
      <source>关闭</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>选择各单位的数据文件</source>
      <translation>Choose the units' data files</translation>
    </message>
    <message>
      <source>选择台账文件</source>
      <translation>Choose ledger files</translation>
    </message>
    <message>
      <source>请点“预览”查看将要导入的内容。</source>
      <translation>Click Preview to see what will be imported.</translation>
    </message>
    <message>
      <source>取消</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>正在读取并核对台账……</source>
      <translation>Reading and checking the ledgers…</translation>
    </message>
    <message>
      <source> 文件中的记录都已在库中，无需导入。</source>
      <translation> Every record in the files is already stored; nothing to import.</translation>
    </message>
    <message>
      <source>正在导入……</source>
      <translation>Importing…</translation>
    </message>
    <message>
      <source>未导入</source>
      <translation>Not imported</translation>
    </message>
    <message>
      <source>数据有误，未导入任何数据。</source>
      <translation>The data has errors; nothing was imported.</translation>
    </message>
    <message>
      <source>导入完成。</source>
      <translation>Import finished.</translation>
    </message>
    <message>
      <source>导入完成。导入前的数据库已备份到：
{0}</source>
      <translation>Import finished. The database before the import was backed up to:
{0}</translation>
    </message>
    <message>
      <source>有 {0} 个项目由两个单位报送，已按一个项目计，请到“设置 → 导入导出”裁定归属。</source>
      <translation>{0} projects were reported by two units and count as one; decide their ownership under Settings → Import and export.</translation>
    </message>
    <message>
      <source>导入完成</source>
      <translation>Import finished</translation>
    </message>
    <message>
      <source>已取消，没有导入任何数据。</source>
      <translation>Cancelled; nothing was imported.</translation>
    </message>
    <message>
      <source>无法读取文件</source>
      <translation>Cannot read the file</translation>
    </message>
    <message>
      <source>导入失败</source>
      <translation>Import failed</translation>
    </message>
    <message>
      <source>没有导入任何数据：{0}</source>
      <translation>Nothing was imported: {0}</translation>
    </message>
    <message>
      <source>{0} {1} 行</source>
      <translation>{0} {1} rows</translation>
    </message>
    <message>
      <source>没有数据行</source>
      <translation>No data rows</translation>
    </message>
    <message>
      <source>有 {0} 处错误，修正后才能导入（{1}）。</source>
      <translation>{0} errors to fix before importing ({1}).</translation>
    </message>
    <message>
      <source>已导入：{0}。</source>
      <translation>Imported: {0}.</translation>
    </message>
    <message>
      <source>预览（尚未写入）：{0}。</source>
      <translation>Preview (not yet written): {0}.</translation>
    </message>
    <message>
      <source>保存错误清单</source>
      <translation>Save the error list</translation>
    </message>
    <message>
      <source>导入错误清单.xlsx</source>
      <translation>import-errors.xlsx</translation>
    </message>
    <message>
      <source>无法保存</source>
      <translation>Cannot save</translation>
    </message>
    <message>
      <source>错误清单</source>
      <translation>Error list</translation>
    </message>
    <message>
      <source>已保存：{0}</source>
      <translation>Saved: {0}</translation>
    </message>
  </context>
  <context>
    <name>LeadsTab</name>
    <message>
      <source>搜索项目信息、来源、单位</source>
      <translation>Search leads, sources, units</translation>
    </message>
    <message>
      <source>登记项目信息(&amp;N)</source>
      <translation>Register a project &amp;lead</translation>
    </message>
    <message>
      <source>全部单位</source>
      <translation>All units</translation>
    </message>
    <message>
      <source>承接单位：</source>
      <translation>Assigned unit:</translation>
    </message>
    <message>
      <source>共 {0} 条，逾期未反馈 {1} 条</source>
      <translation>{0} leads, {1} overdue without feedback</translation>
    </message>
    <message>
      <source>项目信息</source>
      <translation>Project lead</translation>
    </message>
    <message>
      <source>收到日期：</source>
      <translation>Received:</translation>
    </message>
    <message>
      <source>信息来源：</source>
      <translation>Source:</translation>
    </message>
    <message>
      <source>项目信息：</source>
      <translation>Project lead:</translation>
    </message>
    <message>
      <source>推荐单位：</source>
      <translation>Recommended by:</translation>
    </message>
    <message>
      <source>（无）</source>
      <translation>(none)</translation>
    </message>
    <message>
      <source>反馈期限：</source>
      <translation>Feedback due:</translation>
    </message>
    <message>
      <source>已反馈</source>
      <translation>Feedback given</translation>
    </message>
    <message>
      <source>反馈日期：</source>
      <translation>Feedback date:</translation>
    </message>
    <message>
      <source>反馈内容：</source>
      <translation>Feedback:</translation>
    </message>
    <message>
      <source>删除项目信息</source>
      <translation>Delete project lead</translation>
    </message>
    <message>
      <source>确定删除这条项目信息吗？

{0}</source>
      <translation>Delete this project lead?

{0}</translation>
    </message>
  </context>
  <context>
    <name>LedgerPanel</name>
    <message>
      <source>导入</source>
      <translation>Import</translation>
    </message>
    <message>
      <source>下载导入模板(&amp;T)…</source>
      <translation>Download the import &amp;template…</translation>
    </message>
    <message>
      <source>导入 Excel 台账(&amp;I)…</source>
      <translation>&amp;Import Excel ledgers…</translation>
    </message>
    <message>
      <source>导入多个单位数据(&amp;M)…</source>
      <translation>Import several units' data (&amp;M)…</translation>
    </message>
    <message>
      <source>导出（模板格式，可在另一台电脑或市局导入）</source>
      <translation>Export (template format, to import on another PC or at the city bureau)</translation>
    </message>
    <message>
      <source>全部年份</source>
      <translation>All years</translation>
    </message>
    <message>
      <source>{0} 年</source>
      <translation>{0}</translation>
    </message>
    <message>
      <source>单位(&amp;U)：</source>
      <translation>&amp;Unit:</translation>
    </message>
    <message>
      <source>年份(&amp;Y)：</source>
      <translation>&amp;Year:</translation>
    </message>
    <message>
      <source>导出数据(&amp;E)…</source>
      <translation>&amp;Export data…</translation>
    </message>
    <message>
      <source>项目归属争议（两个单位报送了同一投资方的同名项目，暂按一个项目计）</source>
      <translation>Project ownership disputes (two units reported a project with the same investor and name; counted once for now)</translation>
    </message>
    <message>
      <source>项目</source>
      <translation>Project</translation>
    </message>
    <message>
      <source>投资方</source>
      <translation>Investor</translation>
    </message>
    <message>
      <source>登记单位</source>
      <translation>Registered by</translation>
    </message>
    <message>
      <source>报送单位</source>
      <translation>Reported by</translation>
    </message>
    <message>
      <source>来源文件</source>
      <translation>Source file</translation>
    </message>
    <message>
      <source>保留在登记单位(&amp;K)</source>
      <translation>&amp;Keep with the registering unit</translation>
    </message>
    <message>
      <source>改归报送单位(&amp;G)</source>
      <translation>&amp;Give to the reporting unit</translation>
    </message>
    <message>
      <source>全部单位</source>
      <translation>All units</translation>
    </message>
    <message>
      <source>没有待裁定的项目。</source>
      <translation>No projects await a decision.</translation>
    </message>
    <message>
      <source>裁定后，报送单位再次导入时该项目的行会被跳过（保留）或并入（改归）。</source>
      <translation>After the decision, the reporting unit's later imports skip that project's rows (keep) or merge them (give).</translation>
    </message>
    <message>
      <source>{0}年</source>
      <translation>{0} </translation>
    </message>
    <message>
      <source>导出数据</source>
      <translation>Export data</translation>
    </message>
    <message>
      <source>{0}{1}招商引资数据.xlsx</source>
      <translation>{0} {1}investment data.xlsx</translation>
    </message>
    <message>
      <source>正在导出……</source>
      <translation>Exporting…</translation>
    </message>
    <message>
      <source>导出完成</source>
      <translation>Export finished</translation>
    </message>
    <message>
      <source>已导出：{0}</source>
      <translation>Exported: {0}</translation>
    </message>
    <message>
      <source>导出失败</source>
      <translation>Export failed</translation>
    </message>
    <message>
      <source>把“{0}”连同合同和到位资金改归{1}？</source>
      <translation>Give “{0}” with its contracts and funds in place to {1}?</translation>
    </message>
    <message>
      <source>“{0}”保留在{1}，{2}报送的该项目不再导入？</source>
      <translation>Keep “{0}” with {1}, and no longer import the project as reported by {2}?</translation>
    </message>
    <message>
      <source>裁定项目归属</source>
      <translation>Decide project ownership</translation>
    </message>
    <message>
      <source>裁定说明</source>
      <translation>Decision note</translation>
    </message>
    <message>
      <source>说明（可不填）：</source>
      <translation>Note (optional):</translation>
    </message>
    <message>
      <source>无法裁定</source>
      <translation>Cannot decide</translation>
    </message>
  </context>
  <context>
    <name>LoginDialog</name>
    <message>
      <source>登录 — 招商引资工作台</source>
      <translation>Sign in — Zhaoshang Desk</translation>
    </message>
    <message>
      <source>用户名(&amp;U)：</source>
      <translation>&amp;User name:</translation>
    </message>
    <message>
      <source>密码(&amp;P)：</source>
      <translation>&amp;Password:</translation>
    </message>
    <message>
      <source>登录</source>
      <translation>Sign in</translation>
    </message>
    <message>
      <source>退出</source>
      <translation>Quit</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>招商引资工作台</source>
      <translation>Zhaoshang Desk</translation>
    </message>
    <message>
      <source>招商引资工作台 — {0}（{1}）</source>
      <translation>Zhaoshang Desk — {0} ({1})</translation>
    </message>
    <message>
      <source>工作台</source>
      <translation>Dashboard</translation>
    </message>
    <message>
      <source>外出招商</source>
      <translation>Outing trips</translation>
    </message>
    <message>
      <source>企业与拜访</source>
      <translation>Enterprises and visits</translation>
    </message>
    <message>
      <source>项目与合同</source>
      <translation>Projects and contracts</translation>
    </message>
    <message>
      <source>报表</source>
      <translation>Reports</translation>
    </message>
    <message>
      <source>设置</source>
      <translation>Settings</translation>
    </message>
    <message>
      <source>只读用户：可以查看和导出，不能修改数据</source>
      <translation>Read-only user: can view and export, not change data</translation>
    </message>
    <message>
      <source>数据库：{0}</source>
      <translation>Database: {0}</translation>
    </message>
    <message>
      <source>文件(&amp;F)</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <source>导入 Excel 台账(&amp;I)…</source>
      <translation>&amp;Import Excel ledgers…</translation>
    </message>
    <message>
      <source>导入多个单位数据(&amp;M)…</source>
      <translation>Import several units' data (&amp;M)…</translation>
    </message>
    <message>
      <source>导出数据与下载模板(&amp;E)…</source>
      <translation>&amp;Export data and download the template…</translation>
    </message>
    <message>
      <source>退出(&amp;X)</source>
      <translation>E&amp;xit</translation>
    </message>
    <message>
      <source>视图(&amp;V)</source>
      <translation>&amp;View</translation>
    </message>
    <message>
      <source>刷新(&amp;R)</source>
      <translation>&amp;Refresh</translation>
    </message>
    <message>
      <source>帮助(&amp;H)</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <source>关于招商引资工作台(&amp;A)</source>
      <translation>&amp;About Zhaoshang Desk</translation>
    </message>
  </context>
  <context>
    <name>MeetingsTab</name>
    <message>
      <source> 年</source>
      <translation> </translation>
    </message>
    <message>
      <source>登记会议(&amp;N)</source>
      <translation>Record a &amp;meeting</translation>
    </message>
    <message>
      <source>年度：</source>
      <translation>Year:</translation>
    </message>
    <message>
      <source>删除所选会议</source>
      <translation>Delete the selected meeting</translation>
    </message>
    <message>
      <source>日期</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>单位</source>
      <translation>Unit</translation>
    </message>
    <message>
      <source>类型</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>产业专班</source>
      <translation>Industry task force</translation>
    </message>
    <message>
      <source>主持人</source>
      <translation>Chaired by</translation>
    </message>
    <message>
      <source>参会人数</source>
      <translation>Attendees</translation>
    </message>
    <message>
      <source>内容</source>
      <translation>Content</translation>
    </message>
    <message>
      <source>{0}（第{1}季度）</source>
      <translation>{0} (Q{1})</translation>
    </message>
    <message>
      <source>&lt;span style='color:#b00020'&gt;未召开调度会：{0}&lt;/span&gt;</source>
      <translation>&lt;span style='color:#b00020'&gt;No dispatch meeting held: {0}&lt;/span&gt;</translation>
    </message>
    <message>
      <source>已结束的季度，各单位均召开了调度会。</source>
      <translation>Every unit held its dispatch meeting in the finished quarters.</translation>
    </message>
    <message>
      <source>确定删除 {0} {1} 的这次会议记录吗？</source>
      <translation>Delete this meeting record of {0} {1}?</translation>
    </message>
    <message>
      <source>删除会议</source>
      <translation>Delete meeting</translation>
    </message>
    <message>
      <source>应为整数</source>
      <translation>must be a whole number</translation>
    </message>
    <message>
      <source>登记会议</source>
      <translation>Record a meeting</translation>
    </message>
    <message>
      <source>单位：</source>
      <translation>Unit:</translation>
    </message>
    <message>
      <source>会议日期：</source>
      <translation>Meeting date:</translation>
    </message>
    <message>
      <source>会议类型：</source>
      <translation>Meeting type:</translation>
    </message>
    <message>
      <source>产业专班：</source>
      <translation>Industry task force:</translation>
    </message>
    <message>
      <source>主持人：</source>
      <translation>Chaired by:</translation>
    </message>
    <message>
      <source>参会人数：</source>
      <translation>Attendees:</translation>
    </message>
    <message>
      <source>会议内容：</source>
      <translation>Meeting content:</translation>
    </message>
  </context>
  <context>
    <name>MergeDialog</name>
    <message>
      <source>合并重复企业</source>
      <translation>Merge duplicate enterprises</translation>
    </message>
    <message>
      <source>这两条记录是同一家企业。请选择保留哪一条，另一条的拜访记录、联系人、项目和企业类别将并入保留的记录，然后删除：</source>
      <translation>These two records are the same enterprise. Choose which one to keep; the other's visits, contacts, projects and enterprise types move to the kept record, and then it is deleted:</translation>
    </message>
    <message>
      <source>{0}　{1}　（拜访 {2} 次）</source>
      <translation>{0}　{1}　(visited {2} times)</translation>
    </message>
    <message>
      <source>无信用代码</source>
      <translation>No credit code</translation>
    </message>
    <message>
      <source>合并</source>
      <translation>Merge</translation>
    </message>
    <message>
      <source>我已核实，这两条记录确实是同一家企业</source>
      <translation>I have checked: these two records really are the same enterprise</translation>
    </message>
    <message>
      <source>&lt;b style='color:#b00020'&gt;两条记录的统一社会信用代码不同，不是同一家企业，不能合并。&lt;/b&gt;</source>
      <translation>&lt;b style='color:#b00020'&gt;The two records have different credit codes; they are not the same enterprise and cannot be merged.&lt;/b&gt;</translation>
    </message>
    <message>
      <source>&lt;span style='color:#c25e00'&gt;两条记录的企业名称不同，请核实后再合并。&lt;/span&gt;</source>
      <translation>&lt;span style='color:#c25e00'&gt;The two records have different enterprise names; check before merging.&lt;/span&gt;</translation>
    </message>
    <message>
      <source>取消</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>不能合并</source>
      <translation>Cannot merge</translation>
    </message>
  </context>
  <context>
    <name>NewUserDialog</name>
    <message>
      <source>添加用户</source>
      <translation>Add user</translation>
    </message>
    <message>
      <source>用户名(&amp;U)：</source>
      <translation>&amp;User name:</translation>
    </message>
    <message>
      <source>角色(&amp;R)：</source>
      <translation>&amp;Role:</translation>
    </message>
    <message>
      <source>密码(&amp;P)：</source>
      <translation>&amp;Password:</translation>
    </message>
    <message>
      <source>再输一次(&amp;A)：</source>
      <translation>&amp;Again:</translation>
    </message>
    <message>
      <source>保存(&amp;S)</source>
      <translation>&amp;Save</translation>
    </message>
    <message>
      <source>取消</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>两次输入的密码不一致</source>
      <translation>The two passwords differ</translation>
    </message>
  </context>
  <context>
    <name>PeopleChecklist</name>
    <message>
      <source>输入姓名或拼音首字母筛选，如 zs</source>
      <translation>Type a name or its pinyin initials to filter, e.g. zs</translation>
    </message>
    <message>
      <source>无任职</source>
      <translation>No role</translation>
    </message>
  </context>
  <context>
    <name>PeoplePanel</name>
    <message>
      <source>单位</source>
      <translation>Unit</translation>
    </message>
    <message>
      <source>姓名</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>职务</source>
      <translation>Title</translation>
    </message>
    <message>
      <source>今日角色</source>
      <translation>Role today</translation>
    </message>
    <message>
      <source>任职起</source>
      <translation>Role from</translation>
    </message>
    <message>
      <source>任职止</source>
      <translation>Role until</translation>
    </message>
    <message>
      <source>姓名或拼音首字母</source>
      <translation>Name or pinyin initials</translation>
    </message>
    <message>
      <source>新增人员(&amp;N)</source>
      <translation>&amp;New person</translation>
    </message>
    <message>
      <source>修改(&amp;E)</source>
      <translation>&amp;Edit</translation>
    </message>
    <message>
      <source>删除(&amp;D)</source>
      <translation>&amp;Delete</translation>
    </message>
    <message>
      <source>单位：</source>
      <translation>Unit:</translation>
    </message>
    <message>
      <source>全部单位</source>
      <translation>All units</translation>
    </message>
    <message>
      <source>（无）</source>
      <translation>(none)</translation>
    </message>
    <message>
      <source>删除人员</source>
      <translation>Delete person</translation>
    </message>
    <message>
      <source>确定删除 {0} 的 {1} 及其全部任职记录吗？</source>
      <translation>Delete {1} of {0} and all their role periods?</translation>
    </message>
    <message>
      <source>不能删除</source>
      <translation>Cannot delete</translation>
    </message>
  </context>
  <context>
    <name>PersonDialog</name>
    <message>
      <source>修改人员</source>
      <translation>Edit person</translation>
    </message>
    <message>
      <source>新增人员</source>
      <translation>New person</translation>
    </message>
    <message>
      <source>如 县委书记、副县长、招商局局长</source>
      <translation>e.g. county party secretary, deputy county head, bureau director</translation>
    </message>
    <message>
      <source>单位(&amp;U)：</source>
      <translation>&amp;Unit:</translation>
    </message>
    <message>
      <source>姓名(&amp;N)：</source>
      <translation>&amp;Name:</translation>
    </message>
    <message>
      <source>职务(&amp;T)：</source>
      <translation>&amp;Title:</translation>
    </message>
    <message>
      <source>电话：</source>
      <translation>Phone:</translation>
    </message>
    <message>
      <source>角色</source>
      <translation>Role</translation>
    </message>
    <message>
      <source>该任职的职务</source>
      <translation>Title in this role</translation>
    </message>
    <message>
      <source>起始日期</source>
      <translation>Start date</translation>
    </message>
    <message>
      <source>结束日期</source>
      <translation>End date</translation>
    </message>
    <message>
      <source>仍在任</source>
      <translation>Still in the role</translation>
    </message>
    <message>
      <source>添加任职(&amp;A)</source>
      <translation>&amp;Add a role period</translation>
    </message>
    <message>
      <source>删除所选任职</source>
      <translation>Remove the selected role period</translation>
    </message>
    <message>
      <source>任职（决定每月外出考核要求；同一天只能担任一个角色）：</source>
      <translation>Role periods (they set the monthly outing quota; one role a day):</translation>
    </message>
    <message>
      <source>人员</source>
      <translation>Person</translation>
    </message>
    <message>
      <source>如 副县长</source>
      <translation>e.g. deputy county head</translation>
    </message>
  </context>
  <context>
    <name>ProblemsTab</name>
    <message>
      <source>提出日期</source>
      <translation>Raised</translation>
    </message>
    <message>
      <source>单位</source>
      <translation>Unit</translation>
    </message>
    <message>
      <source>项目</source>
      <translation>Project</translation>
    </message>
    <message>
      <source>问题</source>
      <translation>Problem</translation>
    </message>
    <message>
      <source>责任单位/人</source>
      <translation>Responsible unit/person</translation>
    </message>
    <message>
      <source>已过天数</source>
      <translation>Days since</translation>
    </message>
    <message>
      <source>问题在“项目库”中选中项目后登记和标记解决。</source>
      <translation>Problems are recorded and marked solved after selecting the project in the project list.</translation>
    </message>
    <message>
      <source>截至 {0}，未解决问题 {1} 个：</source>
      <translation>As of {0}, {1} problems unsolved:</translation>
    </message>
  </context>
  <context>
    <name>ProjectDetail</name>
    <message>
      <source>修改项目</source>
      <translation>Edit project</translation>
    </message>
    <message>
      <source>转为在谈</source>
      <translation>Start negotiating</translation>
    </message>
    <message>
      <source>录入合同</source>
      <translation>Enter a contract</translation>
    </message>
    <message>
      <source>开工</source>
      <translation>Construction start</translation>
    </message>
    <message>
      <source>开工入库</source>
      <translation>Start in statistics</translation>
    </message>
    <message>
      <source>投产</source>
      <translation>Production</translation>
    </message>
    <message>
      <source>投产入库</source>
      <translation>Production in statistics</translation>
    </message>
    <message>
      <source>录入到位资金</source>
      <translation>Enter funds in place</translation>
    </message>
    <message>
      <source>登记问题</source>
      <translation>Record a problem</translation>
    </message>
    <message>
      <source>终止</source>
      <translation>Terminate</translation>
    </message>
    <message>
      <source>更正阶段</source>
      <translation>Correct the stage</translation>
    </message>
    <message>
      <source>类型</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>签订日期</source>
      <translation>Signed</translation>
    </message>
    <message>
      <source>金额(亿元)</source>
      <translation>Amount (100M yuan)</translation>
    </message>
    <message>
      <source>补充合同</source>
      <translation>Supplementary</translation>
    </message>
    <message>
      <source>备注</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>到位日期</source>
      <translation>Received</translation>
    </message>
    <message>
      <source>凭证</source>
      <translation>Proof</translation>
    </message>
    <message>
      <source>已核实</source>
      <translation>Verified</translation>
    </message>
    <message>
      <source>提出日期</source>
      <translation>Raised</translation>
    </message>
    <message>
      <source>问题</source>
      <translation>Problem</translation>
    </message>
    <message>
      <source>责任单位/人</source>
      <translation>Responsible unit/person</translation>
    </message>
    <message>
      <source>解决日期</source>
      <translation>Solved</translation>
    </message>
    <message>
      <source>日期</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>阶段</source>
      <translation>Stage</translation>
    </message>
    <message>
      <source>更正</source>
      <translation>Correction</translation>
    </message>
    <message>
      <source>原因</source>
      <translation>Reason</translation>
    </message>
    <message>
      <source>合同</source>
      <translation>Contracts</translation>
    </message>
    <message>
      <source>到位资金</source>
      <translation>Funds in place</translation>
    </message>
    <message>
      <source>问题台账</source>
      <translation>Problems</translation>
    </message>
    <message>
      <source>阶段记录</source>
      <translation>Stage history</translation>
    </message>
    <message>
      <source>删除所选合同</source>
      <translation>Delete the selected contract</translation>
    </message>
    <message>
      <source>删除所选到位资金</source>
      <translation>Delete the selected funds entry</translation>
    </message>
    <message>
      <source>标记所选问题已解决</source>
      <translation>Mark the selected problem solved</translation>
    </message>
    <message>
      <source>选中一个项目，在这里推进阶段、录入合同和到位资金。</source>
      <translation>Select a project to advance its stage and enter contracts and funds in place here.</translation>
    </message>
    <message>
      <source>总投资 {0} 亿元；合同金额 {1} 亿元；累计到位资金 {2} 亿元；资金到位率 {3}。{4}</source>
      <translation>Total investment {0} × 100M yuan; contracts {1} × 100M yuan; funds in place so far {2} × 100M yuan; funds rate {3}. {4}</translation>
    </message>
    <message>
      <source>是</source>
      <translation>Yes</translation>
    </message>
    <message>
      <source>未解决</source>
      <translation>Unsolved</translation>
    </message>
    <message>
      <source>不需要供地。</source>
      <translation>No land needed.</translation>
    </message>
    <message>
      <source>需要供地，签约后 6 个月内须取得土地使用权。</source>
      <translation>Land needed: the land-use right must be obtained within 6 months of signing.</translation>
    </message>
    <message>
      <source>已于 {0} 取得土地使用权（期限 {1}）。</source>
      <translation>Land-use right obtained on {0} (deadline {1}).</translation>
    </message>
    <message>
      <source>&lt;span style='color:#b00020'&gt;已于 {0} 取得土地使用权，但超过期限 {1}，计为逾期。&lt;/span&gt;</source>
      <translation>&lt;span style='color:#b00020'&gt;Land-use right obtained on {0}, after the deadline {1}: counted as overdue.&lt;/span&gt;</translation>
    </message>
    <message>
      <source>&lt;b style='color:#b00020'&gt;供地逾期：应于 {0} 前取得土地使用权。&lt;/b&gt;</source>
      <translation>&lt;b style='color:#b00020'&gt;Land overdue: the land-use right was due by {0}.&lt;/b&gt;</translation>
    </message>
    <message>
      <source>应于 {0} 前取得土地使用权（还有 {1} 天）。</source>
      <translation>The land-use right is due by {0} ({1} days left).</translation>
    </message>
    <message>
      <source>{0}：{1}</source>
      <translation>{0}: {1}</translation>
    </message>
    <message>
      <source>日期：</source>
      <translation>Date:</translation>
    </message>
    <message>
      <source>这是更正（补录或顺序特殊），原因如下</source>
      <translation>This is a correction (late entry or unusual order), for this reason</translation>
    </message>
    <message>
      <source>原因：</source>
      <translation>Reason:</translation>
    </message>
    <message>
      <source>合同类型：</source>
      <translation>Contract type:</translation>
    </message>
    <message>
      <source>签订日期：</source>
      <translation>Signed on:</translation>
    </message>
    <message>
      <source>合同金额(亿元)：</source>
      <translation>Contract amount (100M yuan):</translation>
    </message>
    <message>
      <source>最多 4 位小数</source>
      <translation>At most 4 decimals</translation>
    </message>
    <message>
      <source>补充合同（金额只填追加部分）</source>
      <translation>Supplementary contract (enter only the added amount)</translation>
    </message>
    <message>
      <source>备注：</source>
      <translation>Note:</translation>
    </message>
    <message>
      <source>录入实际到位资金</source>
      <translation>Enter funds actually in place</translation>
    </message>
    <message>
      <source>到位日期：</source>
      <translation>Received on:</translation>
    </message>
    <message>
      <source>到位金额(亿元)：</source>
      <translation>Amount in place (100M yuan):</translation>
    </message>
    <message>
      <source>凭证类型：</source>
      <translation>Proof type:</translation>
    </message>
    <message>
      <source>提出日期：</source>
      <translation>Raised on:</translation>
    </message>
    <message>
      <source>问题：</source>
      <translation>Problem:</translation>
    </message>
    <message>
      <source>责任单位/人：</source>
      <translation>Responsible unit/person:</translation>
    </message>
    <message>
      <source>终止项目</source>
      <translation>Terminate project</translation>
    </message>
    <message>
      <source>终止日期：</source>
      <translation>Terminated on:</translation>
    </message>
    <message>
      <source>终止原因：</source>
      <translation>Reason for termination:</translation>
    </message>
    <message>
      <source>最终落户地：</source>
      <translation>Finally located in:</translation>
    </message>
    <message>
      <source>已知时填写，如 宜昌市</source>
      <translation>When known, e.g. Yichang</translation>
    </message>
    <message>
      <source>更正项目阶段</source>
      <translation>Correct project stage</translation>
    </message>
    <message>
      <source>回到阶段：</source>
      <translation>Back to stage:</translation>
    </message>
    <message>
      <source>更正原因：</source>
      <translation>Reason for the correction:</translation>
    </message>
    <message>
      <source>删除合同</source>
      <translation>Delete contract</translation>
    </message>
    <message>
      <source>确定删除这份合同吗？签约日期会按剩余的正式合同重新确定。</source>
      <translation>Delete this contract? The signing date is worked out again from the remaining formal contracts.</translation>
    </message>
    <message>
      <source>不能删除</source>
      <translation>Cannot delete</translation>
    </message>
    <message>
      <source>删除到位资金</source>
      <translation>Delete funds entry</translation>
    </message>
    <message>
      <source>确定删除这笔到位资金记录吗？</source>
      <translation>Delete this funds-in-place entry?</translation>
    </message>
    <message>
      <source>问题已解决</source>
      <translation>Problem solved</translation>
    </message>
    <message>
      <source>解决日期：</source>
      <translation>Solved on:</translation>
    </message>
    <message>
      <source>解决情况：</source>
      <translation>How it was solved:</translation>
    </message>
  </context>
  <context>
    <name>ProjectDialog</name>
    <message>
      <source>修改项目</source>
      <translation>Edit project</translation>
    </message>
    <message>
      <source>新增项目</source>
      <translation>New project</translation>
    </message>
    <message>
      <source>项目概况</source>
      <translation>Overview</translation>
    </message>
    <message>
      <source>来源与五个一</source>
      <translation>Source and leadership</translation>
    </message>
    <message>
      <source>用地</source>
      <translation>Land</translation>
    </message>
    <message>
      <source>项目</source>
      <translation>Project</translation>
    </message>
    <message>
      <source>项目名称(&amp;N)：</source>
      <translation>Project &amp;name:</translation>
    </message>
    <message>
      <source>责任单位(&amp;U)：</source>
      <translation>Responsible &amp;unit:</translation>
    </message>
    <message>
      <source>投资方(&amp;I)：</source>
      <translation>&amp;Investor:</translation>
    </message>
    <message>
      <source>登记日期(&amp;D)：</source>
      <translation>Registered on (&amp;D):</translation>
    </message>
    <message>
      <source>亿元，最多 4 位小数，如 5 或 0.35</source>
      <translation>100M yuan, at most 4 decimals, e.g. 5 or 0.35</translation>
    </message>
    <message>
      <source>总投资(亿元)(&amp;T)：</source>
      <translation>&amp;Total investment (100M yuan):</translation>
    </message>
    <message>
      <source>产业类别：</source>
      <translation>Industry category:</translation>
    </message>
    <message>
      <source>所属产业链：</source>
      <translation>Industrial chain:</translation>
    </message>
    <message>
      <source>（不属于战略性新兴产业）</source>
      <translation>(not a strategic emerging industry)</translation>
    </message>
    <message>
      <source>战略性新兴产业：</source>
      <translation>Strategic emerging industry:</translation>
    </message>
    <message>
      <source>建设内容：</source>
      <translation>Construction content:</translation>
    </message>
    <message>
      <source>重点项目</source>
      <translation>Key project</translation>
    </message>
    <message>
      <source>备注：</source>
      <translation>Note:</translation>
    </message>
    <message>
      <source>来源地：</source>
      <translation>Comes from:</translation>
    </message>
    <message>
      <source>（无）</source>
      <translation>(none)</translation>
    </message>
    <message>
      <source>来源活动：</source>
      <translation>Source event:</translation>
    </message>
    <message>
      <source>外资项目</source>
      <translation>Foreign-funded project</translation>
    </message>
    <message>
      <source>楚商回归</source>
      <translation>Hubei entrepreneurs returning</translation>
    </message>
    <message>
      <source>校友项目</source>
      <translation>Alumni project</translation>
    </message>
    <message>
      <source>委托招商</source>
      <translation>Commissioned promotion</translation>
    </message>
    <message>
      <source>项目属性：</source>
      <translation>Project attributes:</translation>
    </message>
    <message>
      <source>包保领导(&amp;L)：</source>
      <translation>&amp;Leader in charge:</translation>
    </message>
    <message>
      <source>如 襄州区招商局项目专班</source>
      <translation>e.g. the Xiangzhou investment bureau project team</translation>
    </message>
    <message>
      <source>工作专班：</source>
      <translation>Task force:</translation>
    </message>
    <message>
      <source>推进方案：</source>
      <translation>Action plan:</translation>
    </message>
    <message>
      <source>需要供地（签约后 6 个月内须取得土地使用权）</source>
      <translation>Land needed (the land-use right must be obtained within 6 months of signing)</translation>
    </message>
    <message>
      <source>已取得土地使用权，日期：</source>
      <translation>Land-use right obtained, on:</translation>
    </message>
    <message>
      <source>亩</source>
      <translation>mu</translation>
    </message>
    <message>
      <source>用地面积(亩)：</source>
      <translation>Land area (mu):</translation>
    </message>
    <message>
      <source>建设地点(园区)：</source>
      <translation>Site (park):</translation>
    </message>
    <message>
      <source>（未指定）</source>
      <translation>(not given)</translation>
    </message>
    <message>
      <source>投资方</source>
      <translation>Investor</translation>
    </message>
    <message>
      <source>企业库中没有“{0}”：请从列表中选择，或点“新建企业…”</source>
      <translation>“{0}” is not in the enterprise registry: choose it from the list, or click New enterprise…</translation>
    </message>
  </context>
  <context>
    <name>ProjectListTab</name>
    <message>
      <source>搜索项目、投资方、包保领导（可用拼音首字母）</source>
      <translation>Search projects, investors, leaders in charge (pinyin initials work)</translation>
    </message>
    <message>
      <source>新增项目(&amp;N)</source>
      <translation>&amp;New project</translation>
    </message>
    <message>
      <source>全部单位</source>
      <translation>All units</translation>
    </message>
    <message>
      <source>全部阶段</source>
      <translation>All stages</translation>
    </message>
    <message>
      <source>全部类别</source>
      <translation>All categories</translation>
    </message>
    <message>
      <source>全部项目</source>
      <translation>All projects</translation>
    </message>
    <message>
      <source>不限签约年份</source>
      <translation>Any signing year</translation>
    </message>
    <message>
      <source>{0} 年签约</source>
      <translation>Signed in {0}</translation>
    </message>
    <message>
      <source>单位：</source>
      <translation>Unit:</translation>
    </message>
    <message>
      <source>阶段：</source>
      <translation>Stage:</translation>
    </message>
    <message>
      <source>类别：</source>
      <translation>Type:</translation>
    </message>
    <message>
      <source>共 {0} 个项目，总投资 {1:,.2f} 亿元</source>
      <translation>{0} projects, total investment {1:,.2f} × 100M yuan</translation>
    </message>
  </context>
  <context>
    <name>ProjectListsView</name>
    <message>
      <source> 年</source>
      <translation> </translation>
    </message>
    <message>
      <source>全年</source>
      <translation>Whole year</translation>
    </message>
    <message>
      <source>第{0}季度</source>
      <translation>Q{0}</translation>
    </message>
    <message>
      <source>全部单位</source>
      <translation>All units</translation>
    </message>
    <message>
      <source>导出 Excel(&amp;X)…</source>
      <translation>E&amp;xport to Excel…</translation>
    </message>
    <message>
      <source>打印(&amp;P)…</source>
      <translation>&amp;Print…</translation>
    </message>
    <message>
      <source>期间：</source>
      <translation>Period:</translation>
    </message>
    <message>
      <source>单位：</source>
      <translation>Unit:</translation>
    </message>
    <message>
      <source>{0}年第{1}季度</source>
      <translation>Q{1} {0}</translation>
    </message>
    <message>
      <source>{0}年</source>
      <translation>{0} </translation>
    </message>
    <message>
      <source>{0}：{1} 个项目</source>
      <translation>{0}: {1} projects</translation>
    </message>
    <message>
      <source>导出清单</source>
      <translation>Export the lists</translation>
    </message>
    <message>
      <source>Excel 工作簿 (*.xlsx)</source>
      <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
      <source>导出失败</source>
      <translation>Export failed</translation>
    </message>
    <message>
      <source>导出完成</source>
      <translation>Export finished</translation>
    </message>
    <message>
      <source>已导出到：
{0}</source>
      <translation>Exported to:
{0}</translation>
    </message>
  </context>
  <context>
    <name>ProjectsPage</name>
    <message>
      <source>项目与合同</source>
      <translation>Projects and contracts</translation>
    </message>
    <message>
      <source>项目库(&amp;K)</source>
      <translation>Project &amp;list</translation>
    </message>
    <message>
      <source>四张清单(&amp;L)</source>
      <translation>The four &amp;lists</translation>
    </message>
    <message>
      <source>项目信息(&amp;I)</source>
      <translation>Project &amp;leads</translation>
    </message>
    <message>
      <source>问题台账(&amp;W)</source>
      <translation>Pro&amp;blem ledger</translation>
    </message>
    <message>
      <source>调度会(&amp;H)</source>
      <translation>Dispatc&amp;h meetings</translation>
    </message>
  </context>
  <context>
    <name>Quarter</name>
    <message>
      <source>一二三四</source>
      <translation>1234</translation>
    </message>
  </context>
  <context>
    <name>QuotaPanel</name>
    <message>
      <source> 年</source>
      <translation> </translation>
    </message>
    <message>
      <source>保存本年度规则(&amp;S)</source>
      <translation>&amp;Save this year's rules</translation>
    </message>
    <message>
      <source>年度：</source>
      <translation>Year:</translation>
    </message>
    <message>
      <source>角色</source>
      <translation>Role</translation>
    </message>
    <message>
      <source>每月最少天数</source>
      <translation>Minimum days a month</translation>
    </message>
    <message>
      <source>每月最少次数</source>
      <translation>Minimum trips a month</translation>
    </message>
    <message>
      <source>同一单位合并计算</source>
      <translation>Counted together per unit</translation>
    </message>
    <message>
      <source>天数为 0 表示不考核天数；“合并计算”指同一单位担任该角色的人员外出人天相加后考核。</source>
      <translation>0 days means days are not assessed; counted together means the person-days of everyone holding the role in a unit are added up.</translation>
    </message>
    <message>
      <source>本年度已有规则</source>
      <translation>This year has its own rules</translation>
    </message>
    <message>
      <source>尚无任何年度的规则</source>
      <translation>No rules for any year yet</translation>
    </message>
    <message>
      <source>本年度沿用 {0} 年规则；保存后成为本年度规则</source>
      <translation>This year follows the rules of {0}; saving makes them this year's rules</translation>
    </message>
    <message>
      <source>修改考核规则</source>
      <translation>Change the quota rules</translation>
    </message>
    <message>
      <source>{0} 年已结束月份的达标结论将按新规则重新计算。确定保存吗？</source>
      <translation>The verdicts for the finished months of {0} will be worked out again under the new rules. Save?</translation>
    </message>
    <message>
      <source>无法保存</source>
      <translation>Cannot save</translation>
    </message>
    <message>
      <source>已保存 {0} 年规则</source>
      <translation>Saved the rules of {0}</translation>
    </message>
  </context>
  <context>
    <name>RecordList</name>
    <message>
      <source>共 {0} 条</source>
      <translation>{0} entries</translation>
    </message>
    <message>
      <source>修改(&amp;E)</source>
      <translation>&amp;Edit</translation>
    </message>
    <message>
      <source>删除(&amp;D)</source>
      <translation>&amp;Delete</translation>
    </message>
  </context>
  <context>
    <name>Records</name>
    <message>
      <source>用户</source>
      <translation>Users</translation>
    </message>
    <message>
      <source>招商活动</source>
      <translation>Promotion events</translation>
    </message>
    <message>
      <source>活动企业</source>
      <translation>Event enterprises</translation>
    </message>
    <message>
      <source>会议</source>
      <translation>Meetings</translation>
    </message>
    <message>
      <source>审计日志</source>
      <translation>Audit log</translation>
    </message>
    <message>
      <source>项目归属争议</source>
      <translation>Project claims</translation>
    </message>
    <message>
      <source>企业</source>
      <translation>Enterprises</translation>
    </message>
    <message>
      <source>企业类别</source>
      <translation>Enterprise tags</translation>
    </message>
    <message>
      <source>联系人</source>
      <translation>Contacts</translation>
    </message>
    <message>
      <source>拜访</source>
      <translation>Visits</translation>
    </message>
    <message>
      <source>拜访人员</source>
      <translation>Visit participants</translation>
    </message>
    <message>
      <source>单位</source>
      <translation>Units</translation>
    </message>
    <message>
      <source>人员</source>
      <translation>People</translation>
    </message>
    <message>
      <source>任职</source>
      <translation>Role assignments</translation>
    </message>
    <message>
      <source>拼音键</source>
      <translation>Pinyin keys</translation>
    </message>
    <message>
      <source>项目</source>
      <translation>Projects</translation>
    </message>
    <message>
      <source>项目阶段</source>
      <translation>Project stages</translation>
    </message>
    <message>
      <source>合同</source>
      <translation>Contracts</translation>
    </message>
    <message>
      <source>到位资金</source>
      <translation>Funds entries</translation>
    </message>
    <message>
      <source>项目信息</source>
      <translation>Project leads</translation>
    </message>
    <message>
      <source>问题</source>
      <translation>Problems</translation>
    </message>
    <message>
      <source>报告文字</source>
      <translation>Report text</translation>
    </message>
    <message>
      <source>外出考核规则</source>
      <translation>Outing quota rules</translation>
    </message>
    <message>
      <source>指标目标</source>
      <translation>Indicator targets</translation>
    </message>
    <message>
      <source>上年同期</source>
      <translation>Same period last year</translation>
    </message>
    <message>
      <source>设置</source>
      <translation>Settings</translation>
    </message>
    <message>
      <source>季度报送</source>
      <translation>Quarterly submissions</translation>
    </message>
    <message>
      <source>记录总数</source>
      <translation>Record totals</translation>
    </message>
    <message>
      <source>回收站</source>
      <translation>Recycle bin</translation>
    </message>
    <message>
      <source>外出招商</source>
      <translation>Outing trips</translation>
    </message>
    <message>
      <source>外出人员</source>
      <translation>Trip participants</translation>
    </message>
  </context>
  <context>
    <name>ReportsPage</name>
    <message>
      <source>报表 · 季度调度报告</source>
      <translation>Reports · quarterly dispatch report</translation>
    </message>
    <message>
      <source>第{0}季度</source>
      <translation>Q{0}</translation>
    </message>
    <message>
      <source>全部单位（全市）</source>
      <translation>All units (city-wide)</translation>
    </message>
    <message>
      <source>单位：</source>
      <translation>Unit:</translation>
    </message>
    <message>
      <source>报告期：</source>
      <translation>Report period:</translation>
    </message>
    <message>
      <source>招商引资报告</source>
      <translation>Investment reports</translation>
    </message>
    <message>
      <source>选择…</source>
      <translation>Choose…</translation>
    </message>
    <message>
      <source>保存到：</source>
      <translation>Save to:</translation>
    </message>
    <message>
      <source>标记为已报送(&amp;S)…</source>
      <translation>Mark as &amp;submitted…</translation>
    </message>
    <message>
      <source>解锁(&amp;U)…</source>
      <translation>&amp;Unlock…</translation>
    </message>
    <message>
      <source>报送：</source>
      <translation>Submitted:</translation>
    </message>
    <message>
      <source>存在问题：打印前填写，随本季度保存</source>
      <translation>Problems: fill in before printing; kept with this quarter</translation>
    </message>
    <message>
      <source>下步工作：打印前填写，随本季度保存</source>
      <translation>Next steps: fill in before printing; kept with this quarter</translation>
    </message>
    <message>
      <source>生成报告(&amp;G)</source>
      <translation>&amp;Generate the report</translation>
    </message>
    <message>
      <source>打印(&amp;P)…</source>
      <translation>&amp;Print…</translation>
    </message>
    <message>
      <source>打开所在文件夹(&amp;O)</source>
      <translation>&amp;Open the folder</translation>
    </message>
    <message>
      <source>无法保存</source>
      <translation>Cannot save</translation>
    </message>
    <message>
      <source>存在问题、下步工作已根据本季度数据起草，请修改后保存（生成报告时保存）。</source>
      <translation>Problems and next steps have been drafted from this quarter's data; edit them as needed (they are saved when the report is generated).</translation>
    </message>
    <message>
      <source>{0}：{1} {2}（同比 {3}）</source>
      <translation>{0}: {1} {2} (year on year {3})</translation>
    </message>
    <message>
      <source>本季度暂无数据，报告将注明。</source>
      <translation>No data this quarter yet; the report will say so.</translation>
    </message>
    <message>
      <source>本季度尚未报送。</source>
      <translation>This quarter has not been submitted.</translation>
    </message>
    <message>
      <source>（全市统一报送）</source>
      <translation>(submitted for the whole city)</translation>
    </message>
    <message>
      <source>已于 {0} 由 {1} 报送{2}：该季度的记录只读，报送时的数据已保存。</source>
      <translation>Submitted on {0} by {1}{2}: the quarter's records are read-only and the data as submitted is kept.</translation>
    </message>
    <message>
      <source>把{0}{1}年第{2}季度标记为已报送？
之后该季度的行程、拜访、合同、到位资金等记录只读，如需修改须解锁并写明原因。</source>
      <translation>Mark {0} Q{2} {1} as submitted?
Afterwards the quarter's trips, visits, contracts, funds in place and other records are read-only; changing them needs an unlock with a reason.</translation>
    </message>
    <message>
      <source>标记为已报送</source>
      <translation>Mark as submitted</translation>
    </message>
    <message>
      <source>无法标记</source>
      <translation>Cannot mark</translation>
    </message>
    <message>
      <source>解锁季度</source>
      <translation>Unlock quarter</translation>
    </message>
    <message>
      <source>解锁{0}{1}年第{2}季度的原因（必填，记入审计日志）：</source>
      <translation>Reason to unlock {0} Q{2} {1} (required, kept in the audit log):</translation>
    </message>
    <message>
      <source>无法解锁</source>
      <translation>Cannot unlock</translation>
    </message>
    <message>
      <source>选择报告保存位置</source>
      <translation>Choose where to save reports</translation>
    </message>
    <message>
      <source>正在生成报告……</source>
      <translation>Generating the report…</translation>
    </message>
    <message>
      <source>取消</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>已生成：{0}（及同名 Excel 文件）</source>
      <translation>Generated: {0} (and the Excel file of the same name)</translation>
    </message>
    <message>
      <source>已取消。</source>
      <translation>Cancelled.</translation>
    </message>
    <message>
      <source>生成报告失败</source>
      <translation>Generating the report failed</translation>
    </message>
  </context>
  <context>
    <name>SettingsPage</name>
    <message>
      <source>设置</source>
      <translation>Settings</translation>
    </message>
    <message>
      <source>本单位(&amp;U)：</source>
      <translation>Own &amp;unit:</translation>
    </message>
    <message>
      <source>序号</source>
      <translation>No.</translation>
    </message>
    <message>
      <source>单位</source>
      <translation>Unit</translation>
    </message>
    <message>
      <source>类型</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>本单位与单位</source>
      <translation>Own unit and units</translation>
    </message>
    <message>
      <source>人员与任职</source>
      <translation>People and roles</translation>
    </message>
    <message>
      <source>外出考核规则</source>
      <translation>Outing quota rules</translation>
    </message>
    <message>
      <source>指标</source>
      <translation>Indicator</translation>
    </message>
    <message>
      <source>适用范围</source>
      <translation>Applies to</translation>
    </message>
    <message>
      <source>同比增长目标</source>
      <translation>Growth target</translation>
    </message>
    <message>
      <source>数量目标</source>
      <translation>Count target</translation>
    </message>
    <message>
      <source>门槛(亿元)</source>
      <translation>Threshold (100M yuan)</translation>
    </message>
    <message>
      <source>指标目标</source>
      <translation>Indicator targets</translation>
    </message>
    <message>
      <source>导入导出</source>
      <translation>Import and export</translation>
    </message>
    <message>
      <source>备份与恢复</source>
      <translation>Backup and restore</translation>
    </message>
    <message>
      <source>回收站</source>
      <translation>Recycle bin</translation>
    </message>
    <message>
      <source>审计日志</source>
      <translation>Audit log</translation>
    </message>
    <message>
      <source>用户与登录</source>
      <translation>Users and sign-in</translation>
    </message>
    <message>
      <source>数据库</source>
      <translation>Database</translation>
    </message>
    <message>
      <source>语言</source>
      <translation>Language</translation>
    </message>
    <message>
      <source>界面语言(&amp;L) / Language：</source>
      <translation>Interface &amp;language / 界面语言:</translation>
    </message>
    <message>
      <source>更改在下次启动程序时生效。报表（PDF、Excel）和数据本身仍为中文。</source>
      <translation>Changes apply from the next start. Reports (PDF, Excel) and the data itself stay in Chinese.</translation>
    </message>
    <message>
      <source>已保存，重新启动程序后生效。</source>
      <translation>Saved; applies after the program restarts.</translation>
    </message>
    <message>
      <source>（未设置）</source>
      <translation>(not set)</translation>
    </message>
    <message>
      <source>{0} 年执行的指标目标（来自 {1} 年规则）。修改指标目标的界面随季度报告功能提供。</source>
      <translation>Indicator targets in force in {0} (from the rules of {1}). Targets are edited with the quarterly report feature.</translation>
    </message>
    <message>
      <source>全市合计</source>
      <translation>City total</translation>
    </message>
    <message>
      <source>每个单位</source>
      <translation>Each unit</translation>
    </message>
  </context>
  <context>
    <name>TrashPanel</name>
    <message>
      <source>{0} 条</source>
      <translation>{0} entries</translation>
    </message>
    <message>
      <source>删除的记录连同其参加人员、联系人等一起保存在这里，可以原样恢复。</source>
      <translation>Deleted records are kept here with their participants, contacts and the like, and can be restored as they were.</translation>
    </message>
    <message>
      <source>恢复(&amp;R)</source>
      <translation>&amp;Restore</translation>
    </message>
    <message>
      <source>彻底删除(&amp;D)…</source>
      <translation>&amp;Delete for good…</translation>
    </message>
    <message>
      <source>无法恢复</source>
      <translation>Cannot restore</translation>
    </message>
    <message>
      <source>已恢复</source>
      <translation>Restored</translation>
    </message>
    <message>
      <source>“{0}”已恢复（{1}）。</source>
      <translation>“{0}” restored ({1}).</translation>
    </message>
    <message>
      <source>彻底删除</source>
      <translation>Delete for good</translation>
    </message>
    <message>
      <source>彻底删除“{0}”？之后不能再恢复（审计日志中仍保留其内容）。</source>
      <translation>Delete “{0}” for good? It cannot be restored afterwards (the audit log still keeps its content).</translation>
    </message>
  </context>
  <context>
    <name>TripDialog</name>
    <message>
      <source>修改外出行程</source>
      <translation>Edit outing trip</translation>
    </message>
    <message>
      <source>新增外出行程</source>
      <translation>New outing trip</translation>
    </message>
    <message>
      <source>单位(&amp;U)：</source>
      <translation>&amp;Unit:</translation>
    </message>
    <message>
      <source>参加人员(&amp;P)：</source>
      <translation>&amp;Participants:</translation>
    </message>
    <message>
      <source>至</source>
      <translation>to</translation>
    </message>
    <message>
      <source>起止日期(&amp;D)：</source>
      <translation>&amp;Dates:</translation>
    </message>
    <message>
      <source>如 深圳、上海、东京</source>
      <translation>e.g. Shenzhen, Shanghai, Tokyo</translation>
    </message>
    <message>
      <source>目的地(&amp;C)：</source>
      <translation>Destination (&amp;C):</translation>
    </message>
    <message>
      <source>（请选择）</source>
      <translation>(please choose)</translation>
    </message>
    <message>
      <source>国家/地区：</source>
      <translation>Country/region:</translation>
    </message>
    <message>
      <source>区域(&amp;R)：</source>
      <translation>&amp;Region:</translation>
    </message>
    <message>
      <source>如 参加长三角产业链招商推介会</source>
      <translation>e.g. attending the Yangtze River Delta industrial-chain promotion</translation>
    </message>
    <message>
      <source>事由(&amp;E)：</source>
      <translation>Purpos&amp;e:</translation>
    </message>
    <message>
      <source>拜访的企业，每行一家</source>
      <translation>Enterprises visited, one per line</translation>
    </message>
    <message>
      <source>拜访企业(&amp;V)：</source>
      <translation>&amp;Visited enterprises:</translation>
    </message>
    <message>
      <source>成效(&amp;O)：</source>
      <translation>&amp;Outcome:</translation>
    </message>
    <message>
      <source>添加拜访(&amp;A)…</source>
      <translation>&amp;Add a visit…</translation>
    </message>
    <message>
      <source>外出行程</source>
      <translation>Outing trip</translation>
    </message>
    <message>
      <source>共 {0} 天</source>
      <translation>{0} days</translation>
    </message>
  </context>
  <context>
    <name>TripsPage</name>
    <message>
      <source>外出招商</source>
      <translation>Outing trips</translation>
    </message>
    <message>
      <source>行程(&amp;L)</source>
      <translation>&amp;Trips</translation>
    </message>
    <message>
      <source>月度达标(&amp;M)</source>
      <translation>&amp;Monthly quotas</translation>
    </message>
    <message>
      <source>搜索人员（可用拼音首字母，如 zs）、目的地、事由</source>
      <translation>Search people (pinyin initials work, e.g. zs), destinations, purposes</translation>
    </message>
    <message>
      <source>新增行程(&amp;N)</source>
      <translation>&amp;New trip</translation>
    </message>
    <message>
      <source>单位：</source>
      <translation>Unit:</translation>
    </message>
    <message>
      <source>年份：</source>
      <translation>Year:</translation>
    </message>
    <message>
      <source>月份：</source>
      <translation>Month:</translation>
    </message>
    <message>
      <source>区域：</source>
      <translation>Region:</translation>
    </message>
    <message>
      <source>全部单位</source>
      <translation>All units</translation>
    </message>
    <message>
      <source>全部年份</source>
      <translation>All years</translation>
    </message>
    <message>
      <source>全年</source>
      <translation>Whole year</translation>
    </message>
    <message>
      <source>{0} 月</source>
      <translation>Month {0}</translation>
    </message>
    <message>
      <source>全部区域</source>
      <translation>All regions</translation>
    </message>
    <message>
      <source>共 {0} 次行程，期间内 {1} 天</source>
      <translation>{0} trips, {1} days in the period</translation>
    </message>
    <message>
      <source>已保存（不在当前筛选范围内）</source>
      <translation>Saved (outside the current filter)</translation>
    </message>
    <message>
      <source>删除行程</source>
      <translation>Delete trip</translation>
    </message>
    <message>
      <source>确定删除这次外出行程吗？

{0}</source>
      <translation>Delete this outing trip?

{0}</translation>
    </message>
  </context>
  <context>
    <name>UsersPanel</name>
    <message>
      <source>登录默认关闭，操作人按电脑的用户名记录。多人共用一台电脑时，先添加管理员，再启用登录。角色：管理员——全部操作；录入员——录入与导入，不能解锁季度、恢复备份、彻底删除或管理用户；只读——只能查看。密码只保存加盐的 scrypt 摘要。</source>
      <translation>Sign-in is off by default and changes are recorded under the computer's user name. When several people share one PC, add an administrator first, then turn sign-in on. Roles: administrator — everything; clerk — entry and import, but not unlocking quarters, restoring backups, deleting for good or managing users; read-only — view only. Passwords are stored only as salted scrypt hashes.</translation>
    </message>
    <message>
      <source>启用登录(&amp;L)</source>
      <translation>Require sign-in (&amp;L)</translation>
    </message>
    <message>
      <source>用户名</source>
      <translation>user name</translation>
    </message>
    <message>
      <source>角色</source>
      <translation>Role</translation>
    </message>
    <message>
      <source>状态</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>添加用户(&amp;N)…</source>
      <translation>Add &amp;user…</translation>
    </message>
    <message>
      <source>重设密码(&amp;P)…</source>
      <translation>Reset &amp;password…</translation>
    </message>
    <message>
      <source>停用 / 启用(&amp;D)</source>
      <translation>Disable / enable (&amp;D)</translation>
    </message>
    <message>
      <source>启用</source>
      <translation>Active</translation>
    </message>
    <message>
      <source>已停用</source>
      <translation>Disabled</translation>
    </message>
    <message>
      <source>无法启用登录</source>
      <translation>Cannot turn sign-in on</translation>
    </message>
    <message>
      <source>重设密码</source>
      <translation>Reset password</translation>
    </message>
    <message>
      <source>{0} 的新密码（至少 6 位）：</source>
      <translation>New password for {0} (at least 6 characters):</translation>
    </message>
    <message>
      <source>无法重设</source>
      <translation>Cannot reset</translation>
    </message>
    <message>
      <source>无法停用</source>
      <translation>Cannot disable</translation>
    </message>
  </context>
  <context>
    <name>VisitDialog</name>
    <message>
      <source>修改拜访记录</source>
      <translation>Edit visit</translation>
    </message>
    <message>
      <source>新增拜访记录</source>
      <translation>New visit</translation>
    </message>
    <message>
      <source>拜访日期(&amp;D)：</source>
      <translation>Visit &amp;date:</translation>
    </message>
    <message>
      <source>企业(&amp;E)：</source>
      <translation>&amp;Enterprise:</translation>
    </message>
    <message>
      <source>单位(&amp;U)：</source>
      <translation>&amp;Unit:</translation>
    </message>
    <message>
      <source>拜访人员(&amp;P)：</source>
      <translation>Visitors (&amp;P):</translation>
    </message>
    <message>
      <source>方式(&amp;F)：</source>
      <translation>&amp;Form:</translation>
    </message>
    <message>
      <source>所属行程：</source>
      <translation>Part of the trip:</translation>
    </message>
    <message>
      <source>洽谈内容：</source>
      <translation>Talks:</translation>
    </message>
    <message>
      <source>成效：</source>
      <translation>Outcome:</translation>
    </message>
    <message>
      <source>下步工作：</source>
      <translation>Next steps:</translation>
    </message>
    <message>
      <source>需要跟进，跟进日期：</source>
      <translation>Needs a follow-up, on:</translation>
    </message>
    <message>
      <source>拜访记录</source>
      <translation>Visits</translation>
    </message>
    <message>
      <source>（不属于外出行程）</source>
      <translation>(not part of an outing trip)</translation>
    </message>
  </context>
  <context>
    <name>VisitListTab</name>
    <message>
      <source>搜索企业、拜访人员（可用拼音首字母）、洽谈内容</source>
      <translation>Search enterprises, visitors (pinyin initials work), talks</translation>
    </message>
    <message>
      <source>新增拜访(&amp;N)</source>
      <translation>&amp;New visit</translation>
    </message>
    <message>
      <source>全部方式</source>
      <translation>All forms</translation>
    </message>
    <message>
      <source>单位：</source>
      <translation>Unit:</translation>
    </message>
    <message>
      <source>年份：</source>
      <translation>Year:</translation>
    </message>
    <message>
      <source>方式：</source>
      <translation>Form:</translation>
    </message>
    <message>
      <source>共 {0} 次拜访，{1} 家企业</source>
      <translation>{0} visits, {1} enterprises</translation>
    </message>
    <message>
      <source>全部单位</source>
      <translation>All units</translation>
    </message>
    <message>
      <source>全部年份</source>
      <translation>All years</translation>
    </message>
    <message>
      <source>删除拜访记录</source>
      <translation>Delete visit</translation>
    </message>
    <message>
      <source>确定删除 {0} {1} 对“{2}”的拜访记录吗？</source>
      <translation>Delete the visit of {0} {1} to “{2}”?</translation>
    </message>
  </context>
  <context>
    <name>VisitProgressView</name>
    <message>
      <source>单位</source>
      <translation>Unit</translation>
    </message>
    <message>
      <source>已拜访重点企业(家)</source>
      <translation>Key enterprises visited</translation>
    </message>
    <message>
      <source>目标(家)</source>
      <translation>Target</translation>
    </message>
    <message>
      <source>完成率</source>
      <translation>Done</translation>
    </message>
    <message>
      <source>时序进度</source>
      <translation>Time progress</translation>
    </message>
    <message>
      <source>进度</source>
      <translation>Progress</translation>
    </message>
    <message>
      <source> 年</source>
      <translation> </translation>
    </message>
    <message>
      <source>截至今天 / 年底</source>
      <translation>As of today / year end</translation>
    </message>
    <message>
      <source>截至第{0}季度末</source>
      <translation>As of the end of Q{0}</translation>
    </message>
    <message>
      <source>年度：</source>
      <translation>Year:</translation>
    </message>
    <message>
      <source>选中一个单位，列出其本年尚未拜访的重点企业。</source>
      <translation>Select a unit to list the key enterprises it has not visited this year.</translation>
    </message>
    <message>
      <source>未设目标</source>
      <translation>No target</translation>
    </message>
    <message>
      <source>统计截至 {0}</source>
      <translation>As of {0}</translation>
    </message>
    <message>
      <source>{0}尚未拜访的重点企业（{1} 家）：</source>
      <translation>Key enterprises {0} has not visited ({1}):</translation>
    </message>
  </context>
  <context>
    <name>Vocabulary</name>
    <message>
      <source>县(市、区)</source>
      <translation>County/district</translation>
    </message>
    <message>
      <source>开发区</source>
      <translation>Development zone</translation>
    </message>
    <message>
      <source>市直部门</source>
      <translation>City department</translation>
    </message>
    <message>
      <source>市级</source>
      <translation>City</translation>
    </message>
    <message>
      <source>党政主要负责人</source>
      <translation>Principal leader</translation>
    </message>
    <message>
      <source>政府(管委会)分管负责人</source>
      <translation>Deputy in charge</translation>
    </message>
    <message>
      <source>市直部门主要负责人</source>
      <translation>Department head</translation>
    </message>
    <message>
      <source>专抓副职</source>
      <translation>Deputy for investment</translation>
    </message>
    <message>
      <source>工作人员</source>
      <translation>Staff</translation>
    </message>
    <message>
      <source>粤港澳大湾区</source>
      <translation>Greater Bay Area</translation>
    </message>
    <message>
      <source>长三角</source>
      <translation>Yangtze River Delta</translation>
    </message>
    <message>
      <source>京津冀</source>
      <translation>Beijing-Tianjin-Hebei</translation>
    </message>
    <message>
      <source>境外</source>
      <translation>Abroad</translation>
    </message>
    <message>
      <source>省内</source>
      <translation>Within the province</translation>
    </message>
    <message>
      <source>其他国内</source>
      <translation>Elsewhere in China</translation>
    </message>
    <message>
      <source>世界500强</source>
      <translation>Fortune Global 500</translation>
    </message>
    <message>
      <source>中国500强</source>
      <translation>China Top 500</translation>
    </message>
    <message>
      <source>央企</source>
      <translation>Central SOE</translation>
    </message>
    <message>
      <source>国企</source>
      <translation>State-owned</translation>
    </message>
    <message>
      <source>民营企业</source>
      <translation>Private</translation>
    </message>
    <message>
      <source>上市公司</source>
      <translation>Listed company</translation>
    </message>
    <message>
      <source>知名跨国企业</source>
      <translation>Known multinational</translation>
    </message>
    <message>
      <source>产业链核心企业(链主)</source>
      <translation>Chain leader</translation>
    </message>
    <message>
      <source>龙头企业</source>
      <translation>Leading enterprise</translation>
    </message>
    <message>
      <source>独角兽企业</source>
      <translation>Unicorn</translation>
    </message>
    <message>
      <source>隐形冠军企业</source>
      <translation>Hidden champion</translation>
    </message>
    <message>
      <source>战略性新兴产业企业</source>
      <translation>Strategic emerging industry</translation>
    </message>
    <message>
      <source>上门拜访</source>
      <translation>On-site visit</translation>
    </message>
    <message>
      <source>来襄考察</source>
      <translation>Inspection visit to Xiangyang</translation>
    </message>
    <message>
      <source>会议洽谈</source>
      <translation>Talks at a meeting</translation>
    </message>
    <message>
      <source>视频对接</source>
      <translation>Video call</translation>
    </message>
    <message>
      <source>线索</source>
      <translation>Lead</translation>
    </message>
    <message>
      <source>在谈</source>
      <translation>Negotiating</translation>
    </message>
    <message>
      <source>签约</source>
      <translation>Signed</translation>
    </message>
    <message>
      <source>开工</source>
      <translation>Started</translation>
    </message>
    <message>
      <source>投产</source>
      <translation>In production</translation>
    </message>
    <message>
      <source>终止</source>
      <translation>Terminated</translation>
    </message>
    <message>
      <source>开工入库</source>
      <translation>Started (statistics)</translation>
    </message>
    <message>
      <source>投产入库</source>
      <translation>In production (statistics)</translation>
    </message>
    <message>
      <source>意向书</source>
      <translation>Letter of intent</translation>
    </message>
    <message>
      <source>框架协议</source>
      <translation>Framework agreement</translation>
    </message>
    <message>
      <source>投资协议</source>
      <translation>Investment agreement</translation>
    </message>
    <message>
      <source>正式合同</source>
      <translation>Formal contract</translation>
    </message>
    <message>
      <source>工业</source>
      <translation>Industry</translation>
    </message>
    <message>
      <source>服务业</source>
      <translation>Services</translation>
    </message>
    <message>
      <source>农业</source>
      <translation>Agriculture</translation>
    </message>
    <message>
      <source>基础设施</source>
      <translation>Infrastructure</translation>
    </message>
    <message>
      <source>房地产</source>
      <translation>Real estate</translation>
    </message>
    <message>
      <source>特色小镇</source>
      <translation>Featured town</translation>
    </message>
    <message>
      <source>新一代信息技术产业</source>
      <translation>Next-generation IT</translation>
    </message>
    <message>
      <source>高端装备制造产业</source>
      <translation>High-end equipment</translation>
    </message>
    <message>
      <source>新材料产业</source>
      <translation>New materials</translation>
    </message>
    <message>
      <source>生物产业</source>
      <translation>Bio-industry</translation>
    </message>
    <message>
      <source>新能源汽车产业</source>
      <translation>New-energy vehicles</translation>
    </message>
    <message>
      <source>新能源产业</source>
      <translation>New energy</translation>
    </message>
    <message>
      <source>节能环保产业</source>
      <translation>Energy saving and environment</translation>
    </message>
    <message>
      <source>数字创意产业</source>
      <translation>Digital creative</translation>
    </message>
    <message>
      <source>相关服务业</source>
      <translation>Related services</translation>
    </message>
    <message>
      <source>验资报告</source>
      <translation>Capital verification report</translation>
    </message>
    <message>
      <source>银行进账单</source>
      <translation>Bank deposit slip</translation>
    </message>
    <message>
      <source>设备清单</source>
      <translation>Equipment list</translation>
    </message>
    <message>
      <source>其他</source>
      <translation>Other</translation>
    </message>
    <message>
      <source>调度会</source>
      <translation>Dispatch meeting</translation>
    </message>
    <message>
      <source>产业专班会议</source>
      <translation>Task-force meeting</translation>
    </message>
    <message>
      <source>招商推介会</source>
      <translation>Promotion conference</translation>
    </message>
    <message>
      <source>主题招商活动</source>
      <translation>Themed promotion</translation>
    </message>
    <message>
      <source>夏季招商推介</source>
      <translation>Summer promotion</translation>
    </message>
    <message>
      <source>展会</source>
      <translation>Exhibition</translation>
    </message>
    <message>
      <source>工业项目正式合同金额</source>
      <translation>Industrial formal contract amount</translation>
    </message>
    <message>
      <source>工业项目实际到位资金</source>
      <translation>Industrial funds in place</translation>
    </message>
    <message>
      <source>新引进战略性新兴产业项目个数</source>
      <translation>New strategic emerging industry projects</translation>
    </message>
    <message>
      <source>项目开工入库数</source>
      <translation>Projects started (statistics)</translation>
    </message>
    <message>
      <source>投产入库数</source>
      <translation>Projects in production (statistics)</translation>
    </message>
    <message>
      <source>新签约正式项目合同投资额</source>
      <translation>New formal contract investment</translation>
    </message>
    <message>
      <source>招商引资实际到位资金</source>
      <translation>Funds actually in place</translation>
    </message>
    <message>
      <source>新引进投资过5亿元工业项目</source>
      <translation>New industrial projects over 500M yuan</translation>
    </message>
    <message>
      <source>新引进世界500强、中国500强、上市公司</source>
      <translation>New Global 500, China 500 and listed companies</translation>
    </message>
    <message>
      <source>拜访对接重点企业</source>
      <translation>Key enterprises visited</translation>
    </message>
    <message>
      <source>引进外资项目</source>
      <translation>Foreign-funded projects</translation>
    </message>
    <message>
      <source>重大产业项目</source>
      <translation>Major industrial projects</translation>
    </message>
    <message>
      <source>转为在谈</source>
      <translation>Negotiating</translation>
    </message>
    <message>
      <source>已完成</source>
      <translation>Achieved</translation>
    </message>
    <message>
      <source>超进度</source>
      <translation>Ahead of schedule</translation>
    </message>
    <message>
      <source>欠进度</source>
      <translation>Behind schedule</translation>
    </message>
    <message>
      <source>完成</source>
      <translation>Completed</translation>
    </message>
    <message>
      <source>未完成</source>
      <translation>Not completed</translation>
    </message>
    <message>
      <source>达到</source>
      <translation>Reached</translation>
    </message>
    <message>
      <source>未达到</source>
      <translation>Not reached</translation>
    </message>
    <message>
      <source>无上年数据</source>
      <translation>No data for last year</translation>
    </message>
    <message>
      <source>达标</source>
      <translation>Met</translation>
    </message>
    <message>
      <source>未达标</source>
      <translation>Not met</translation>
    </message>
    <message>
      <source>进行中-有风险</source>
      <translation>In progress, at risk</translation>
    </message>
    <message>
      <source>进行中</source>
      <translation>In progress</translation>
    </message>
    <message>
      <source>还需 {0} 天</source>
      <translation>{0} more days needed</translation>
    </message>
    <message>
      <source>还需 {0} 次</source>
      <translation>{0} more trips needed</translation>
    </message>
  </context>
</TS>
