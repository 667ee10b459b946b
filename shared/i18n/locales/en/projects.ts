/** The projects wording: the sidebar list, its forms and its warnings (English, the original). */
export default {
  list: {
    title: 'Projects',
    empty: 'Your projects appear here.',
    newName: 'New project name',
    newProject: 'New project',
    openFolder: 'Open folder…',
  },
  item: {
    clipCount_one: '{{count, number}} clip',
    clipCount_other: '{{count, number}} clips',
    setAside: 'Some files were set aside',
    setAsideSuffix: ', some files set aside',
    renameLabel: 'New name for {{name}}',
    actions: 'Project {{name}}',
    rename: 'Rename project',
    reveal: 'Show project in folder',
    delete: 'Delete project…',
  },
  nameForm: {
    placeholder: 'Project name',
  },
  problems: {
    summary_one: '{{count, number}} file set aside',
    summary_other: '{{count, number}} files set aside',
    explanation:
      'These clip records could not be read. They were kept (renamed or left in place), not deleted; the other clips are shown as usual.',
  },
};
