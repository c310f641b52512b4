import { createI18n } from "vue-i18n";
import { caseWords } from "../shared/caseWords";
import { storedLocale, switchLocaleOf } from "../shared/locale";
import { outboxMessages } from "./outbox/messages";

// Every text the worker app shows, in Chinese (the default) and English.
const messages = {
  "zh-CN": {
    title: "网格员",
    language: "English",
    signIn: { heading: "登录", login: "账号", password: "密码", submit: "登录", failed: "账号或密码错误", locked: "登录失败次数过多，账号已锁定至 {until}（北京时间）", signOut: "退出", notWorker: "此账号不是网格员账号" },
    tabs: { cases: "我的案件", report: "上报", patrol: "巡查", registers: "走访" },
    connection: { connected: "在线", connecting: "连接中", reconnecting: "重新连接中", disconnected: "已断开" },
    cases: { offers: "待签收", accepted: "待处置", toVerify: "待核查", empty: "暂无", acceptIn: "剩余 {left} 签收", overdue: "签收已超时", refresh: "刷新", newOffer: "新派遣：{title}" },
    case: {
      back: "返回", accept: "签收", return: "回退", reason: "原因", resolve: "处置反馈", result: "处置说明", photos: "照片", addPhotos: "拍照或选图",
      verify: "核查通过", rework: "返工", note: "说明", timeline: "处置过程", deadline: "期限", grid: "网格", category: "类别", status: "状态",
      sent: "已提交", queued: "已保存，联网后自动发送", refused: "未执行：{reason}", refusedLater: "未被受理：原因和处理办法见上方“待发送”", submit: "提交", cancel: "取消", notFound: "案件不存在或无权查看",
    },
    report: {
      heading: "上报事件", category: "类别", title: "标题", note: "描述", position: "位置", accuracy: "精度约 {m} 米", locating: "正在定位…",
      noPosition: "无法获取位置：{why}", grid: "所属网格：{code}", outside: "该位置不在任何网格内", movePin: "可拖动图钉调整位置",
      duplicates: "附近 72 小时内已有同类事件，可能重复：", unreadableDuplicate: "已有相近事件（无权查看）", noDuplicates: "附近暂无同类事件", send: "上报", choose: "请选择", photoRefused: "事件已上报，但照片未被受理：{reason}",
    },
    patrol: {
      heading: "巡查", grid: "网格 {code}", start: "开始巡查", stop: "结束巡查", running: "巡查中，已记录 {n} 个位置", coverage: "本次巡查覆盖网格的 {share}%",
      noCoverage: "该网格无边界，无法计算覆盖率", noPosition: "等待定位…", queued: "已保存，联网后自动发送",
    },
    registers: {
      heading: "走访", empty: "本网格暂无登记对象", dueAt: "应走访：{at}", overdue: "已逾期", lastVisit: "上次走访：{at}", never: "尚未走访",
      visit: "记录走访", visited: "已记录走访", queued: "已保存，联网后自动发送", kind: { KeyPerson: "重点对象", VulnerablePerson: "困难群体" },
    },
    refusal: { fields: "内容有误，请检查：{fields}" },
    ...caseWords["zh-CN"],
    ...outboxMessages["zh-CN"],
  },
  en: {
    title: "Grid worker",
    language: "中文",
    signIn: { heading: "Sign in", login: "Login", password: "Password", submit: "Sign in", failed: "Wrong login or password", locked: "Too many failed sign-ins: the account is locked until {until} (China time)", signOut: "Sign out", notWorker: "This account is not a grid worker's" },
    tabs: { cases: "My cases", report: "Report", patrol: "Patrol", registers: "Visits" },
    connection: { connected: "Online", connecting: "Connecting", reconnecting: "Reconnecting", disconnected: "Disconnected" },
    cases: { offers: "To accept", accepted: "To resolve", toVerify: "To verify", empty: "None", acceptIn: "{left} left to accept", overdue: "Accept time is up", refresh: "Refresh", newOffer: "New case: {title}" },
    case: {
      back: "Back", accept: "Accept", return: "Return", reason: "Reason", resolve: "Resolve", result: "What was done", photos: "Photos", addPhotos: "Take or choose photos",
      verify: "Verified", rework: "Send back", note: "Note", timeline: "Timeline", deadline: "Deadline", grid: "Grid", category: "Category", status: "Status",
      sent: "Sent", queued: "Saved: it will be sent when the network is back", refused: "Not done: {reason}", refusedLater: "Refused: see “Waiting to send” above for why and what to do", submit: "Submit", cancel: "Cancel", notFound: "No such case, or not yours to see",
    },
    report: {
      heading: "Report a case", category: "Category", title: "Title", note: "Description", position: "Position", accuracy: "Accuracy about {m} m", locating: "Locating…",
      noPosition: "No position: {why}", grid: "Grid: {code}", outside: "This position lies in no grid", movePin: "Drag the pin to adjust the position",
      duplicates: "A case of the same kind was reported nearby in the last 72 hours, maybe the same:", unreadableDuplicate: "A similar case (not yours to see)", noDuplicates: "No case of the same kind nearby", send: "Report", choose: "Choose", photoRefused: "The case is reported, but the photo was refused: {reason}",
    },
    patrol: {
      heading: "Patrol", grid: "Grid {code}", start: "Start patrol", stop: "Stop patrol", running: "Patrolling, {n} positions recorded", coverage: "This patrol covered {share}% of the grid",
      noCoverage: "The grid has no boundary: no coverage", noPosition: "Waiting for a position…", queued: "Saved: it will be sent when the network is back",
    },
    registers: {
      heading: "Visits", empty: "Nobody on this grid's registers", dueAt: "Visit due {at}", overdue: "Overdue", lastVisit: "Last visit {at}", never: "Never visited",
      visit: "Record a visit", visited: "Visit recorded", queued: "Saved: it will be sent when the network is back", kind: { KeyPerson: "Key person", VulnerablePerson: "Vulnerable person" },
    },
    refusal: { fields: "Not accepted, check: {fields}" },
    ...caseWords.en,
    ...outboxMessages.en,
  },
};

export const i18n = createI18n({ legacy: false, locale: storedLocale(), fallbackLocale: "zh-CN", messages });

export const switchLocale = (): void => switchLocaleOf(i18n);
