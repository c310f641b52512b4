import { createApp } from "vue";
import App from "./App.vue";
import { i18n } from "./i18n";
import { startOffline } from "./offline";
import "./app.css";

document.documentElement.lang = i18n.global.locale.value;
startOffline();
createApp(App).use(i18n).mount("#app");
