import { describe, expect, test } from 'vitest';
import { dropTag, type TagNoun } from '../../../renderer/src/lib/renumber-tags';

describe('tags after an element or voice is removed', () => {
  test.each<[string, string, TagNoun, number, string]>([
    [
      'later tags move down to keep naming the same item',
      'A <<<element_1>>> chases <<<element_2>>> past <<<element_3>>>',
      'element',
      1,
      'A chases <<<element_1>>> past <<<element_2>>>',
    ],
    [
      'the removed item’s tag goes, between words one space stays',
      'A <<<element_2>>> and <<<element_1>>> walk',
      'element',
      2,
      'A and <<<element_1>>> walk',
    ],
    ['a tag at the start leaves no leading space', '<<<voice_1>>> says hi', 'voice', 1, 'says hi'],
    [
      'a tag before punctuation leaves none before it',
      'Then <<<voice_2>>>. The end',
      'voice',
      2,
      'Then. The end',
    ],
    ['every copy of the removed tag goes', '<<<voice_1>>> and <<<voice_1>>>', 'voice', 1, 'and'],
    [
      'tags of the other noun are left alone',
      '<<<element_1>>> speaks as <<<voice_1>>> to <<<element_2>>>',
      'voice',
      1,
      '<<<element_1>>> speaks as to <<<element_2>>>',
    ],
    [
      'tags before the removed one keep their numbers',
      '<<<element_1>>> <<<element_2>>> <<<element_3>>>',
      'element',
      3,
      '<<<element_1>>> <<<element_2>>>',
    ],
    [
      'adjacent tags are renumbered without losing their space',
      'x <<<element_1>>> <<<element_2>>> y',
      'element',
      1,
      'x <<<element_1>>> y',
    ],
    [
      'image and video tags are not catalog tags',
      '<<<image_2>>> with <<<video_1>>>',
      'element',
      1,
      '<<<image_2>>> with <<<video_1>>>',
    ],
    ['a prompt without tags is unchanged', 'A quiet lake', 'element', 1, 'A quiet lake'],
    [
      'a number past the list moves down too',
      'A <<<element_3>>>',
      'element',
      2,
      'A <<<element_2>>>',
    ],
  ])('%s', (_, before, noun, removed, after) => {
    expect(dropTag(before, noun, removed)).toBe(after);
  });
});
