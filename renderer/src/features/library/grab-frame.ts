/** Posters are small: a card is at most a few hundred pixels wide. */
export const POSTER_MAX_WIDTH = 480;
/** A frame a little into the clip: the very first is often black or a fade-in. */
const POSTER_AT = 0.1;
/** A video that never answers must not hold the queue behind it. */
const GRAB_TIMEOUT_MS = 15_000;

/** Whether this window can decode the library's videos at all (jsdom, for one, cannot). */
export function canGrabFrames(): boolean {
  return document.createElement('video').canPlayType('video/mp4') !== '';
}

function once(target: EventTarget, event: string, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    target.addEventListener(
      event,
      () => {
        signal.removeEventListener('abort', onAbort);
        resolve();
      },
      { once: true },
    );
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * A JPEG data URL of a frame about a tenth into the video, grabbed by an offscreen `<video>`
 * and a canvas. Rejects on any failure; the caller keeps the placeholder.
 */
export async function grabFrame(mediaUrl: string): Promise<string> {
  const video = document.createElement('video');
  video.muted = true;
  video.preload = 'metadata';
  // A canvas that drew a cross-origin frame without CORS cannot be read back.
  video.crossOrigin = 'anonymous';
  const controller = new AbortController();
  const { signal } = controller;
  const timer = setTimeout(() => controller.abort(new Error('timed out')), GRAB_TIMEOUT_MS);
  const failed = once(video, 'error', signal).then(() => {
    throw new Error('the video could not be loaded');
  });
  try {
    const loaded = once(video, 'loadedmetadata', signal);
    video.src = mediaUrl;
    await Promise.race([loaded, failed]);
    const seeked = once(video, 'seeked', signal);
    video.currentTime = Number.isFinite(video.duration) ? video.duration * POSTER_AT : 0;
    await Promise.race([seeked, failed]);
    const scale = Math.min(1, POSTER_MAX_WIDTH / (video.videoWidth || POSTER_MAX_WIDTH));
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(video.videoWidth * scale));
    canvas.height = Math.max(1, Math.round(video.videoHeight * scale));
    const context = canvas.getContext('2d');
    if (!context || video.videoWidth === 0) throw new Error('no frame to draw');
    context.drawImage(video, 0, 0, canvas.width, canvas.height);
    return canvas.toDataURL('image/jpeg', 0.8);
  } finally {
    clearTimeout(timer);
    controller.abort(new Error('done'));
    failed.catch(() => undefined);
    // Lets the browser drop the decoder and the connection at once.
    video.removeAttribute('src');
    video.load();
  }
}
