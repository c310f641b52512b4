import { createApp, h } from "vue";
import { createI18n } from "vue-i18n";
import OutboxList from "./outbox/OutboxList.vue";
import { startOffline } from "./offline";

// The worker app's page: its screens are still to come; what is here already is the outbox's list.
const stored = localStorage.getItem("gridactors.locale");
const i18n = createI18n({ legacy: false, locale: stored === "en" ? "en" : "zh-CN", fallbackLocale: "zh-CN", messages: {} });
document.documentElement.lang = i18n.global.locale.value;
startOffline();
createApp({ render: () => [h("p", { class: "coming" }, "网格员应用即将推出 · The worker app is coming"), h(OutboxList)] }).use(i18n).mount("#app");
