import { useI18n } from "vue-i18n";
import { ApiError } from "../../shared/http";
import { adviceFor } from "./advice";

/** The fields a refusal may name, as the forms that send them call them (message keys). */
const fieldWords: Record<string, string> = {
  title: "report.title", description: "report.note", category: "report.category", location: "report.position",
  reason: "case.reason", result: "case.result", photoUrls: "case.photos",
};

/** Why the gateway refused a command at once, in the worker's language: in English the gateway's own
 * sentence; in Chinese the fields it names in the forms' words, else what its status means (the words
 * the outbox list gives for a refusal found later), since the gateway's sentences are English. */
export function useRefusalWords(): (error: unknown) => string {
  const { t, locale } = useI18n();
  return error => {
    const sentence = error instanceof Error ? error.message : String(error);
    if (locale.value === "en" || !(error instanceof ApiError)) return sentence;
    const named = Object.keys(error.problem?.errors ?? {}).filter(field => field in fieldWords);
    if (error.status === 400 && named.length) return t("refusal.fields", { fields: named.map(field => t(fieldWords[field])).join("、") });
    return t(adviceFor({ status: error.status }));
  };
}
