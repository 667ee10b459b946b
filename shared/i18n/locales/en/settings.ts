/** The Settings dialog. */
export default {
  language: {
    legend: 'Language',
    system: 'Same as the system ({{language}})',
    en: 'English',
    'zh-CN': '简体中文 (Simplified Chinese)',
  },
};
