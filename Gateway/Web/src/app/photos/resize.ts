/** The longest side a photo keeps: enough to see a street scene, a fraction of a phone camera's bytes. */
export const longestSide = 1600;

/** Re-encodes a photo on the device before it is sent: scaled so its longest side is at most
 * <see cref="longestSide"/>, turned upright by its EXIF orientation, and saved as JPEG (which also
 * drops the camera's metadata, the place it was taken among them). */
export async function resizePhoto(file: Blob): Promise<Blob> {
  const bitmap = await createImageBitmap(file, { imageOrientation: "from-image" });
  const scale = Math.min(1, longestSide / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement("canvas");
  canvas.width = Math.round(bitmap.width * scale);
  canvas.height = Math.round(bitmap.height * scale);
  canvas.getContext("2d")!.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  return new Promise((resolve, reject) =>
    canvas.toBlob(blob => (blob ? resolve(blob) : reject(new Error("the photo could not be encoded"))), "image/jpeg", 0.85));
}
