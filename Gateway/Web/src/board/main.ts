import { createApp } from "vue";
import App from "./App.vue";
import { elementPlus } from "./elementPlus";
import { i18n } from "./i18n";
import "./board.css";
import "./contrast.css";

document.documentElement.lang = i18n.global.locale.value;
createApp(App).use(i18n).use(elementPlus).mount("#board");
