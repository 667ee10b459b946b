/** How long a player may take to finish a seek before the still is given up on. */
const SEEK_WAIT_MS = 10_000;

function seekDone(video: HTMLVideoElement): Promise<void> {
  if (!video.seeking && video.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA)
    return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      video.removeEventListener('seeked', done);
      reject(new Error('the video did not finish seeking'));
    }, SEEK_WAIT_MS);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    video.addEventListener('seeked', done, { once: true });
  });
}

/**
 * The frame the player shows, as a PNG data URL at the video's own size (not the size on
 * screen), with the time it was taken at. Pauses the player first, so the frame drawn is the
 * frame named. Rejects when no frame can be drawn (nothing loaded, or a canvas refused).
 */
export async function grabStill(
  video: HTMLVideoElement,
): Promise<{ dataUrl: string; atSec: number }> {
  video.pause();
  await seekDone(video);
  const { videoWidth: width, videoHeight: height } = video;
  if (width === 0 || height === 0) throw new Error('the video has no frame to keep yet');
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('this window cannot draw the frame');
  context.drawImage(video, 0, 0, width, height);
  // PNG: lossless, so the start frame Kling gets is the frame itself.
  return { dataUrl: canvas.toDataURL('image/png'), atSec: video.currentTime };
}
