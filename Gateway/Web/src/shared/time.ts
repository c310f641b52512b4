import { useI18n } from "vue-i18n";

// One formatter per language, made once: a list re-rendered on every frame of a burst formats a hundred times.
const formats = new Map<string, Intl.DateTimeFormat>();
function formatIn(locale: string): Intl.DateTimeFormat {
  let format = formats.get(locale);
  if (!format) formats.set(locale, format = new Intl.DateTimeFormat(locale, { dateStyle: "short", timeStyle: "short", timeZone: "Asia/Shanghai" }));
  return format;
}

/** Times as the people using the board and the app live them: China Standard Time, whatever the browser's zone. */
export function useCaseTime() {
  const { locale } = useI18n();
  return (value?: string | null) => (value ? formatIn(locale.value).format(new Date(value)) : "—");
}
