// How a new offer makes itself noticed: a short two-note chime made with WebAudio, and a system
// notification when the worker allowed them. Browsers let a page play sound and ask for
// notifications only after a gesture, so the first touch on the app unlocks both.
let audio: AudioContext | undefined;

export function unlockOnFirstTouch(): void {
  const unlock = () => {
    audio ??= new AudioContext();
    void audio.resume();
    if ("Notification" in window && Notification.permission === "default") void Notification.requestPermission();
    window.removeEventListener("pointerdown", unlock);
  };
  window.addEventListener("pointerdown", unlock);
}

export function chime(): void {
  audio ??= new AudioContext();
  const start = audio.currentTime;
  [880, 1320].forEach((frequency, i) => {
    const tone = audio!.createOscillator();
    const volume = audio!.createGain();
    tone.frequency.value = frequency;
    volume.gain.setValueAtTime(0.2, start + i * 0.18);
    volume.gain.exponentialRampToValueAtTime(0.001, start + i * 0.18 + 0.16);
    tone.connect(volume).connect(audio!.destination);
    tone.start(start + i * 0.18);
    tone.stop(start + i * 0.18 + 0.17);
  });
}

export function notify(title: string, body: string, tag: string): void {
  if ("Notification" in window && Notification.permission === "granted") new Notification(title, { body, tag });
}
