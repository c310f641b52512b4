import { ElAlert, ElButton, ElDescriptions, ElDialog, ElDrawer, ElForm, ElInput, ElPagination, ElSelect, ElSwitch, ElTable, ElTimeline } from "element-plus";
import "element-plus/es/components/alert/style/css";
import "element-plus/es/components/button/style/css";
import "element-plus/es/components/descriptions/style/css";
import "element-plus/es/components/descriptions-item/style/css";
import "element-plus/es/components/dialog/style/css";
import "element-plus/es/components/drawer/style/css";
import "element-plus/es/components/form/style/css";
import "element-plus/es/components/form-item/style/css";
import "element-plus/es/components/input/style/css";
import "element-plus/es/components/message-box/style/css";
import "element-plus/es/components/option/style/css";
import "element-plus/es/components/pagination/style/css";
import "element-plus/es/components/select/style/css";
import "element-plus/es/components/switch/style/css";
import "element-plus/es/components/table/style/css";
import "element-plus/es/components/table-column/style/css";
import "element-plus/es/components/timeline/style/css";
import "element-plus/es/components/timeline-item/style/css";
import type { Plugin } from "vue";

// Only the components the board's templates use (each installs its parts: a select its options, a
// form its items…), with their styles, instead of the whole library: a first page load a fraction the size.
const used: Plugin[] = [ElAlert, ElButton, ElDescriptions, ElDialog, ElDrawer, ElForm, ElInput, ElPagination, ElSelect, ElSwitch, ElTable, ElTimeline];

export const elementPlus: Plugin = { install: app => used.forEach(component => app.use(component)) };
