import type { Messages } from '../../messages';
import type en from '../en/projects';

export default {
  list: {
    title: '项目',
    empty: '你的项目会显示在这里。',
    newName: '新项目名称',
    newProject: '新建项目',
    openFolder: '打开文件夹…',
  },
  item: {
    clipCount_other: '{{count, number}} 个片段',
    setAside: '部分文件已被搁置',
    setAsideSuffix: '，部分文件已被搁置',
    renameLabel: '{{name}} 的新名称',
    actions: '项目 {{name}}',
    rename: '重命名项目',
    reveal: '在文件夹中显示项目',
    delete: '删除项目…',
  },
  nameForm: {
    placeholder: '项目名称',
  },
  problems: {
    summary_other: '{{count, number}} 个文件已被搁置',
    explanation:
      '这些片段记录无法读取。它们已被保留（重命名或留在原处），没有被删除；其他片段照常显示。',
  },
} satisfies Messages<typeof en>;
