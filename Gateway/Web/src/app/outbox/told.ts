import { computed, ref } from "vue";
import { useI18n } from "vue-i18n";
import { fateOf } from "./fate";

/** What a screen tells the worker of a command they gave; "saved for later" names the commands it waits on. */
export type Told = { kind: "sent" | "refused"; text: string } | { kind: "queued"; text: string; refs: string[] };

/** The screen's word on the last command, following the outbox: "saved, will be sent" turns into
 * sent or refused once the network decides, so a screen never says saved of what was refused. */
export function useTold() {
  const { t } = useI18n();
  const told = ref<Told | null>(null);
  const shown = computed(() => {
    const said = told.value;
    if (said?.kind !== "queued") return said;
    const fate = fateOf(said.refs);
    if (fate === "sent") return { kind: fate, text: t("case.sent") };
    if (fate === "refused") return { kind: fate, text: t("case.refusedLater") };
    return said;
  });
  return { told, shown };
}
