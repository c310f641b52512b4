// The language a person chose, remembered on the device for the board and the worker app alike.
const key = "gridactors.locale";

export type Locale = "zh-CN" | "en";

export const storedLocale = (): Locale => (localStorage.getItem(key) === "en" ? "en" : "zh-CN");

/** Flips between Chinese and English and remembers the choice. */
export function switchLocaleOf(i18n: { global: { locale: { value: string } } }): void {
  const next: Locale = i18n.global.locale.value === "en" ? "zh-CN" : "en";
  i18n.global.locale.value = next;
  localStorage.setItem(key, next);
  document.documentElement.lang = next;
}
