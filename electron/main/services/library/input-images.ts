import type { ClipDetail, InputImage } from '../../../../shared/domain';

type Role = InputImage['role'];

function text(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

/** The picture addresses a clip was sent with, each named by its role, without repeats. */
export function inputImageUrls(detail: ClipDetail): { role: Role; url: string }[] {
  const found: { role: Role; url: string }[] = [];
  const add = (role: Role, url: string | null): void => {
    if (url !== null && !found.some((f) => f.url === url)) found.push({ role, url });
  };
  const { parameters } = detail;
  add('startFrame', text(parameters['start_image_url']));
  add('endFrame', text(parameters['end_image_url']));
  const list = Array.isArray(parameters['image_list'])
    ? (parameters['image_list'] as unknown[])
    : [];
  for (const item of list) {
    if (typeof item !== 'object' || item === null) continue;
    const { image_url: url, type } = item as Record<string, unknown>;
    add(
      type === 'first_frame' ? 'startFrame' : type === 'end_frame' ? 'endFrame' : 'reference',
      text(url),
    );
  }
  for (const source of detail.sources) {
    if (source.role === 'characterImage' || source.role === 'photo') add(source.role, source.url);
  }
  // A tool's picture as sent, for a clip whose sources were not recorded.
  const toolImage = text(parameters['image_url']);
  if (detail.action === 'motion') add('characterImage', toolImage);
  if (detail.action === 'talking-photo') add('photo', toolImage);
  return found;
}

/**
 * The clip's record with its input pictures, each given the address of the local copy it was
 * uploaded from when that copy is still here. One list read and one `lstat` per picture.
 */
export async function withInputImages(
  detail: ClipDetail,
  previewFor: (url: string) => Promise<string | null>,
): Promise<ClipDetail> {
  const inputImages = await Promise.all(
    inputImageUrls(detail).map(async (input) => ({
      ...input,
      previewUrl: await previewFor(input.url).catch(() => null),
    })),
  );
  return { ...detail, inputImages };
}
