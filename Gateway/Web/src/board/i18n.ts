import { createI18n } from "vue-i18n";
import { caseWords } from "../shared/caseWords";
import { storedLocale, switchLocaleOf } from "../shared/locale";

// Every text the board shows, in Chinese (the default) and English.
const messages = {
  "zh-CN": {
    title: "网格化指挥中心",
    signIn: { heading: "登录", login: "账号", password: "密码", submit: "登录", failed: "账号或密码错误", signOut: "退出", locked: "登录失败次数过多，账号已锁定至 {until}（北京时间）" },
    accounts: {
      heading: "账号管理", link: "账号管理", back: "返回指挥大厅", create: "新建账号", edit: "修改", delete: "删除", save: "保存", empty: "暂无账号",
      login: "账号", displayName: "姓名", role: "角色", scope: "辖区/范围", workerId: "网格员编号", enabled: "启用", password: "密码", newPassword: "新密码（不改则留空）",
      yes: "是", no: "否", saved: "已保存", deleted: "已删除账号 {login}", confirmDelete: "确定删除账号 {login}？该账号的登录将随之失效。",
      changed: "该账号已被他人修改，已重新载入最新内容，请核对后再保存。",
    },
    role: { Operator: "指挥中心操作员", Supervisor: "督办人员", Worker: "网格员", Department: "职能部门", Admin: "管理员", PlatformAdmin: "平台管理员" },
    connection: { connected: "已连接", connecting: "连接中", reconnecting: "重新连接中", reconnected: "已重新连接", disconnected: "已断开" },
    counts: { open: "在办", overdue: "超期", yellow: "黄灯", red: "红灯", closed: "已结案", share: "区镇两级流转占比", target: "目标约 20%", byStatus: "按状态" },
    map: { noShapes: "暂无网格边界", grid: "网格", openCases: "在办事件", label: "辖区网格地图" },
    list: { heading: "事件列表", search: "搜索标题、编号、网格", status: "状态", light: "灯号", all: "全部", sort: "排序", byReported: "按上报时间", byDue: "按期限", byLight: "按灯号", empty: "暂无事件", count: "共 {n} 件" },
    columns: { id: "编号", title: "标题", grid: "网格", status: "状态", light: "灯号", reportedAt: "上报时间", dueAt: "期限" },
    alerts: { heading: "预警", none: "暂无预警", PatrolOverdue: "巡查超期", VisitOverdue: "走访超期", BlindSpot: "盲区",
      Surge: "类别激增", RepeatSpot: "重复发生点", OverdueCluster: "超期聚集", ShareDrift: "流转占比偏离", Compliance: "规范达标率偏低" },
    drawer: {
      details: "详情", timeline: "处置过程", deadlines: "期限", duplicates: "疑似重复", actions: "操作", category: "类别", urgency: "紧急程度",
      source: "来源", grid: "网格", handler: "处置人", level: "层级", dueAt: "总期限", stageDueAt: "环节期限", reporter: "上报人", version: "版本",
      changedSince: "您操作的是第 {from} 版，该事件已被修改，现为第 {to} 版：", addedEvents: "此后新增的记录：", reapply: "按新版本重新提交", notOffered: "该操作在事件的新状态下已不可用。", refused: "未执行：{reason}", status: "状态", notFound: "事件不存在或不属于您的辖区", reason: "原因", note: "备注",
      worker: "处置人员", load: "在办 {n} 件", distance: "{d} 公里", newDeadline: "新期限", into: "合并到事件", handlerCode: "处置单位/人员", done: "已提交",
    },
    action: { file: "立案", reject: "不予立案", dispatch: "派遣", reoffer: "改派", escalate: "流转", extend: "延期", defer: "缓办", resume: "恢复", supervise: "督办", merge: "合并", close: "结案", submit: "提交", cancel: "取消" },
    ...caseWords["zh-CN"],
    language: "English",
    orleansDashboard: "集群监控",
    side: "概况面板",
    wall: { newest: "最新事件", showing: "当前：{code}" },
    trend: {
      heading: "近 24 小时趋势", reports: "上报", closures: "结案",
      caption: "依据本页所见数据：在办事件的上报时间，以及本页打开后实时收到的结案；已办结事件的上报不在其中。",
    },
    kpi: {
      heading: "本月考核", score: "综合得分", onTimeClosure: "按期结案率", closure: "结案率", satisfaction: "满意率",
      compliance: "规范达标率", dispatchAccuracy: "准确派遣率", trend: "近六个月综合得分", failed: "考核数据暂不可用",
      caption: "本月至今，依据事件日志按公式版本 {version} 计算；折线为近六个月综合得分。",
    },
    roster: { heading: "网格员", layer: "网格员位置", offline: "离线", load: "在办 {n} 件", noPosition: "无位置", empty: "暂无网格员" },
    duty: { OffDuty: "下班", OnDuty: "在岗", OnPatrol: "巡查中", Handling: "处置中", OnLeave: "请假" },
    alertAck: { acknowledge: "确认", acknowledged: "{who} 已确认（{at}）", failed: "确认失败：{why}" },
  },
  en: {
    title: "Grid command centre",
    signIn: { heading: "Sign in", login: "Login", password: "Password", submit: "Sign in", failed: "Wrong login or password", signOut: "Sign out", locked: "Too many failed sign-ins: the account is locked until {until} (China time)" },
    accounts: {
      heading: "Accounts", link: "Accounts", back: "Back to the board", create: "New account", edit: "Change", delete: "Delete", save: "Save", empty: "No accounts",
      login: "Login", displayName: "Display name", role: "Role", scope: "Scope", workerId: "Worker id", enabled: "Enabled", password: "Password", newPassword: "New password (leave empty to keep)",
      yes: "Yes", no: "No", saved: "Saved", deleted: "Account {login} deleted", confirmDelete: "Delete account {login}? Its sessions end with it.",
      changed: "Someone else changed this account; it has been reloaded: check it and save again.",
    },
    role: { Operator: "Operator", Supervisor: "Supervisor", Worker: "Worker", Department: "Department", Admin: "Admin", PlatformAdmin: "Platform admin" },
    connection: { connected: "Connected", connecting: "Connecting", reconnecting: "Reconnecting", reconnected: "Reconnected", disconnected: "Disconnected" },
    counts: { open: "Open", overdue: "Overdue", yellow: "Yellow", red: "Red", closed: "Closed", share: "Town/district share", target: "target about 20%", byStatus: "By status" },
    map: { noShapes: "No grid boundaries available", grid: "Grid", openCases: "Open cases", label: "Map of the area's grids" },
    list: { heading: "Cases", search: "Search title, id, grid", status: "Status", light: "Light", all: "All", sort: "Sort", byReported: "By report time", byDue: "By deadline", byLight: "By light", empty: "No cases", count: "{n} cases" },
    columns: { id: "Id", title: "Title", grid: "Grid", status: "Status", light: "Light", reportedAt: "Reported", dueAt: "Due" },
    alerts: { heading: "Alerts", none: "No alerts", PatrolOverdue: "Patrol overdue", VisitOverdue: "Visit overdue", BlindSpot: "Blind spot",
      Surge: "Surge", RepeatSpot: "Repeat spot", OverdueCluster: "Overdue cluster", ShareDrift: "Share drift", Compliance: "Compliance under threshold" },
    drawer: {
      details: "Details", timeline: "Timeline", deadlines: "Deadlines", duplicates: "Likely duplicates", actions: "Actions", category: "Category", urgency: "Urgency",
      source: "Source", grid: "Grid", handler: "Handler", level: "Level", dueAt: "Case deadline", stageDueAt: "Stage deadline", reporter: "Reporter", version: "Version",
      changedSince: "You acted on version {from}; the case has changed since and is now version {to}:", addedEvents: "Recorded since:", reapply: "Re-apply to the new version", notOffered: "This action is no longer offered in the case's new state.", refused: "Not done: {reason}", status: "Status", notFound: "Not found or not yours", reason: "Reason", note: "Note",
      worker: "Worker", load: "{n} open", distance: "{d} km", newDeadline: "New deadline", into: "Merge into case", handlerCode: "Handler", done: "Sent",
    },
    action: { file: "File", reject: "Reject", dispatch: "Dispatch", reoffer: "Reoffer", escalate: "Escalate", extend: "Extend", defer: "Defer", resume: "Resume", supervise: "Supervise", merge: "Merge", close: "Close", submit: "Submit", cancel: "Cancel" },
    ...caseWords.en,
    language: "中文",
    orleansDashboard: "Cluster dashboard",
    side: "Overview panels",
    wall: { newest: "Newest cases", showing: "Showing {code}" },
    trend: {
      heading: "Last 24 hours", reports: "Reports", closures: "Closures",
      caption: "From what this page holds: open cases by their report time, and closures received live since the page opened; reports of cases already closed are not counted.",
    },
    kpi: {
      heading: "This month's assessment", score: "Composite score", onTimeClosure: "On-time closure", closure: "Closure", satisfaction: "Satisfaction",
      compliance: "Grid compliance", dispatchAccuracy: "Dispatch accuracy", trend: "Composite score, last six months", failed: "The assessment is not available",
      caption: "Month to date, from the event log by formula version {version}; the line is the composite score of the last six months.",
    },
    roster: { heading: "Workers", layer: "Worker positions", offline: "Offline", load: "{n} open", noPosition: "no position", empty: "No workers" },
    duty: { OffDuty: "Off duty", OnDuty: "On duty", OnPatrol: "On patrol", Handling: "Handling", OnLeave: "On leave" },
    alertAck: { acknowledge: "Acknowledge", acknowledged: "acknowledged by {who} ({at})", failed: "Could not acknowledge: {why}" },
  },
};

export const i18n = createI18n({ legacy: false, locale: storedLocale(), fallbackLocale: "zh-CN", messages });

export const switchLocale = (): void => switchLocaleOf(i18n);
