// The words for a case's status, its timeline's events, its light and its level, shared by the board and the worker app.
export const caseWords = {
  "zh-CN": {
    status: { Reported: "上报", Filed: "立案", Rejected: "不予立案", Dispatched: "派遣", Accepted: "签收", Returned: "回退", Resolved: "处置反馈", Reworked: "返工", Verified: "核查", Closed: "结案", Evaluated: "评价", Deferred: "缓办", Merged: "合并" },
    eventKind: { Reported: "上报", Filed: "立案", Rejected: "不予立案", Dispatched: "派遣", Accepted: "签收", Returned: "回退", Resolved: "处置反馈", Verified: "核查", Reworked: "返工", Closed: "结案", Evaluated: "评价", Escalated: "流转", Extended: "延期", Deferred: "缓办", Resumed: "恢复", Supervised: "督办", Merged: "合并", ReportersAdded: "合并上报人", Attached: "附加照片", MutuallyEvaluated: "互评" },
    light: { Green: "绿灯", Yellow: "黄灯", Red: "红灯" },
    level: { Grid: "网格", Village: "村（社区）", Town: "镇（街道）", District: "区", Department: "部门" },
  },
  en: {
    status: { Reported: "Reported", Filed: "Filed", Rejected: "Rejected", Dispatched: "Dispatched", Accepted: "Accepted", Returned: "Returned", Resolved: "Resolved", Reworked: "Reworked", Verified: "Verified", Closed: "Closed", Evaluated: "Evaluated", Deferred: "Deferred", Merged: "Merged" },
    eventKind: { Reported: "Reported", Filed: "Filed", Rejected: "Rejected", Dispatched: "Dispatched", Accepted: "Accepted", Returned: "Returned", Resolved: "Resolved", Verified: "Verified", Reworked: "Reworked", Closed: "Closed", Evaluated: "Evaluated", Escalated: "Escalated", Extended: "Extended", Deferred: "Deferred", Resumed: "Resumed", Supervised: "Supervised", Merged: "Merged", ReportersAdded: "Reporters added", Attached: "Photo attached", MutuallyEvaluated: "Mutual evaluation" },
    light: { Green: "Green", Yellow: "Yellow", Red: "Red" },
    level: { Grid: "Grid", Village: "Village", Town: "Town", District: "District", Department: "Department" },
  },
};
