import type { Messages } from '../../messages';
import type en from '../en/settings';

export default {
  title: '设置',
  token: {
    label: 'AceData API 令牌',
    hint: '有系统钥匙串时保存在其中。此窗口只能看到令牌的最后四位。',
    save: '保存令牌',
    remove: '移除令牌',
    checking: '正在查找已保存的令牌…',
    keychain: '令牌已保存在系统钥匙串中，末四位 …{{last4}}',
    memory: '令牌仅在本次运行期间保存在内存中，末四位 …{{last4}}',
    environment:
      '令牌来自环境变量 KLING_STUDIO_TOKEN，末四位 …{{last4}}。如需更换，请修改该变量并重启 Kling Studio。',
    none: '尚未保存令牌。请粘贴 AceData Cloud 控制台中的 API 令牌。',
  },
  platformToken: {
    checking: '正在查找已保存的平台令牌…',
    saved: '平台令牌已保存，末四位 …{{last4}}',
    none: '尚未保存平台令牌。',
    label: 'AceData 平台令牌（用于上传图片）',
    hint: '本机的图片通过 AceData 的文件服务上传，该服务只接受平台令牌（在 AceData 控制台获取），不接受 API 令牌。',
    save: '保存平台令牌',
    remove: '移除平台令牌',
  },
  workspace: {
    heading: '工作区文件夹',
    where: '你的项目是其中的文件夹：<dir>{{dir}}</dir>',
    change: '更换工作区文件夹…',
  },
  proxy: {
    heading: '网络代理',
    legend: '应用的联网方式',
    system: '使用本机的代理设置',
    none: '不使用代理：直接连接',
    manual: '使用此代理：',
    address: '代理地址',
    hint: 'API 请求、上传和视频下载都经由此处。已在进行的请求仍按原路线完成。',
    save: '保存代理设置',
    saved: '已保存：新的请求将使用该设置。',
  },
  notifications: {
    heading: '通知',
    sound: '视频完成或失败时播放提示音',
    hint: '无论是否开启，系统都会显示通知；点击视频完成的通知即可在此打开它。',
  },
  theme: {
    legend: '主题',
    system: '跟随系统',
    light: '浅色',
    dark: '深色',
  },
  language: {
    legend: '语言',
    system: '跟随系统（当前：{{language}}）',
    name: { en: '英语', 'zh-CN': '简体中文' },
    en: 'English（英语）',
    'zh-CN': '简体中文',
  },
} satisfies Messages<typeof en>;
