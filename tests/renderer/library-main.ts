import { afterEach, beforeEach } from 'vitest';
import type { ParsedRequestOf } from '../../shared/contract';
import type { Clip, ClipDetail, LibraryPage, Project } from '../../shared/domain';
import { posterQueue } from '../../renderer/src/features/library/poster-queue';
import type { installFakeKling } from './fake-kling';

type Handlers = NonNullable<Parameters<typeof installFakeKling>[0]>;
type Query = ParsedRequestOf<'library:query'>;

/**
 * A small stand-in for main's library data: clips held in memory per project, paged, with
 * records and edits, so a test can look at the payloads the window sends and at what it shows
 * for the answers. It does not filter: tests of filters script main's answer per query.
 */
export class FakeLibrary {
  readonly clips = new Map<string, Clip>();
  parameters: Record<string, unknown> = {
    prompt: 'from the sidecar',
    duration: 5,
    aspect_ratio: '16:9',
  };
  defaults: Record<string, unknown> = {};
  /** The pictures main names for every clip's record, with or without a local thumbnail. */
  inputImages: ClipDetail['inputImages'] = [];

  constructor(
    public projects: Project[],
    clips: Clip[] = [],
  ) {
    for (const clip of clips) this.clips.set(clip.id, clip);
  }

  inProject(projectId: string): Clip[] {
    return [...this.clips.values()].filter((clip) => clip.projectId === projectId);
  }

  /** One page of the project's clips. Filtering is main's, tested with main, so none here. */
  query(q: Query): LibraryPage {
    const all = this.inProject(q.projectId);
    return {
      total: all.length,
      clips: all.slice(q.offset, q.offset + q.limit),
      tags: [...new Set(all.flatMap((c) => c.tags))].sort(),
    };
  }

  detail(clipId: string): ClipDetail {
    const clip = this.clips.get(clipId);
    if (!clip) throw new Error(`no clip ${clipId}`);
    return {
      ...clip,
      parameters: this.parameters,
      defaults: this.defaults,
      inputImages: this.inputImages,
      sourceUrl: 'https://cdn.example.com/v.mp4',
      sources: [],
      submittedAt: clip.createdAt,
      billedSec: null,
      parent: clip.parentClipId ? (this.clips.get(clip.parentClipId) ?? null) : null,
      children: [...this.clips.values()].filter((c) => c.parentClipId === clipId),
      parentFrameSec: null,
      parts: [],
    };
  }

  handlers(): Handlers {
    return {
      'projects:list': () =>
        this.projects.map((p) => ({ ...p, clipCount: this.inProject(p.id).length })),
      'library:query': (q) => this.query(q),
      'library:get': ({ clipId }) => this.detail(clipId),
      'library:update': ({ clipId, ...change }) => {
        const clip = { ...this.clips.get(clipId)!, ...change };
        this.clips.set(clipId, clip);
        return clip;
      },
    };
  }
}

/**
 * jsdom lays nothing out, so every element is 0×0 and a virtualiser would see an empty
 * viewport. This gives the gallery's scroll container a real size for the test's duration.
 */
export function withGalleryViewport(width = 1000, height = 800): void {
  const sized = (size: number) => ({
    configurable: true,
    get(this: HTMLElement) {
      return this.classList.contains('gallery-scroll') ? size : 0;
    },
  });
  beforeEach(() => {
    Object.defineProperty(HTMLElement.prototype, 'clientWidth', sized(width));
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', sized(height));
  });
  afterEach(() => {
    Reflect.deleteProperty(HTMLElement.prototype, 'clientWidth');
    Reflect.deleteProperty(HTMLElement.prototype, 'clientHeight');
    posterQueue.reset();
  });
}
