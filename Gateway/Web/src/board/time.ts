import { useI18n } from "vue-i18n";

/** Times as the people using the board live them: China Standard Time, whatever the browser's zone. */
export function useCaseTime() {
  const { d } = useI18n();
  return (value?: string | null) =>
    value ? d(new Date(value), { dateStyle: "short", timeStyle: "short", timeZone: "Asia/Shanghai" }) : "—";
}
