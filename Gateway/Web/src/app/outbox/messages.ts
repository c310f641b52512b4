// The outbox list's texts, in Chinese (the default) and English; the page's i18n picks the language.
export const outboxMessages = {
  "zh-CN": {
    outbox: {
      heading: "待发送", waiting: "等待网络", refused: "未被受理", discard: "放弃", status: "（{status}）",
      dependsOn: "它依赖的前一项操作未被受理。",
      advice: {
        conflict: "事件已有变化：请重新打开该事件后再操作。",
        stale: "事件已被他人修改：请重新打开该事件，核对后再操作。",
        forbidden: "您已无权执行此操作（角色或辖区已变更）。",
        missing: "事件不存在或已不属于您。",
        tooLarge: "照片过大（最大 10 MB）：请换一张较小的照片。",
        notAPhoto: "只能上传 JPEG、PNG 或 WebP 照片。",
        invalid: "内容有误：请核对后重新填写。",
        dependent: "请放弃此项，重新操作。",
      },
    },
  },
  en: {
    outbox: {
      heading: "Waiting to send", waiting: "waiting for the network", refused: "refused", discard: "Discard", status: " ({status})",
      dependsOn: "The command it needs before it was refused.",
      advice: {
        conflict: "The case changed: reopen it and try again.",
        stale: "Someone else changed the case: reopen it, check, and try again.",
        forbidden: "You may no longer do this (your role or area changed).",
        missing: "The case does not exist or is no longer yours.",
        tooLarge: "The photo is too large (10 MB at most): choose a smaller one.",
        notAPhoto: "Only JPEG, PNG or WebP photos can be sent.",
        invalid: "Something in it was not accepted: check it and enter it again.",
        dependent: "Discard it and do it again.",
      },
    },
  },
};
