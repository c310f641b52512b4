import { ref } from "vue";

/** The phone's latest position, with its accuracy in metres. */
export interface Fix { latitude: number; longitude: number; accuracy: number }

export const fix = ref<Fix | null>(null);
export const positionProblem = ref("");

const listeners = new Set<(fix: Fix) => void>();
let watch: number | undefined;

/** Watches the phone's position from now on, once for the whole app. */
export function watchPosition(): void {
  if (watch !== undefined || !("geolocation" in navigator)) return;
  watch = navigator.geolocation.watchPosition(
    p => {
      const next = { latitude: p.coords.latitude, longitude: p.coords.longitude, accuracy: p.coords.accuracy };
      fix.value = next;
      positionProblem.value = "";
      listeners.forEach(listener => listener(next));
    },
    error => { positionProblem.value = error.message; },
    { enableHighAccuracy: true, maximumAge: 0 },
  );
}

/** Calls <paramref name="listener"/> with every new position until the returned function is called. */
export function onPosition(listener: (fix: Fix) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
