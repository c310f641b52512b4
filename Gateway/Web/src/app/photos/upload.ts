import { answerField, send } from "../outbox";

/** Sends each photo to the case (<paramref name="caseId"/> may be the placeholder of a report still
 * waiting on the device) and answers their addresses for photoUrls, which takes absolute ones: the
 * gateway's origin before each url, or before the placeholder the outbox fills with it; and the refs
 * of the uploads left waiting on the device. */
export async function uploadPhotos(caseId: string, photos: Blob[], label: string): Promise<{ urls: string[]; waiting: string[] }> {
  const urls: string[] = [];
  const waiting: string[] = [];
  for (const [i, photo] of photos.entries()) {
    const outcome = await send({ label: `${label} ${i + 1}/${photos.length}`, method: "POST", path: `/api/v1/incidents/${caseId}/attachments`, body: photo });
    urls.push(`${location.origin}${answerField(outcome, "url")}`);
    if (outcome.state === "queued") waiting.push(outcome.ref);
  }
  return { urls, waiting };
}
