import type { Messages } from '../../messages';
import type en from '../en/errors';

export default {
  invalid_token: 'AceData 拒绝了你的 API 令牌。请打开设置，粘贴有效的令牌。',
  token_expired: '你的 AceData API 令牌已被吊销或已过期。请打开设置，粘贴新的令牌。',
  token_mismatched: '这个令牌不属于 Kling API。请打开设置，粘贴 Kling 的 API 令牌。',
  no_token: '请求没有带上 API 令牌。请打开设置，添加你的 AceData API 令牌。',
  used_up: '你的 AceData 余额已用完。请在 AceData Cloud 充值后重试。',
  disabled: '你的 AceData 账户或此 API 已被停用。请在 AceData Cloud 查看你的账户。',
  forbidden: 'AceData 拒绝了这个请求，通常是因为内容审核未通过。请修改提示词或图片后重试。',
  bad_request: 'AceData 认为这个请求无效，已拒绝。',
  api_not_implemented: 'AceData 暂未为你的账户开放此功能。',
  no_api: 'AceData 不认识这个接口。请在应用设置中检查 API 地址。',
  too_many_requests: '同时发往 AceData 的请求过多。应用会放慢速度，请稍后重试。',
  rate_limited: '同时发往 AceData 的请求过多。应用会放慢速度，请稍后重试。',
  api_error: 'AceData 内部出错。请几分钟后重试。',
  bad_gateway:
    'AceData 无法连接 Kling（网关错误）。请等几分钟后重试；如果一直出现，请查看 AceData 的服务状态。',
  service_unavailable: 'AceData 或 Kling 暂时不可用。请等几分钟后重试。',
  timeout: 'AceData 等待 Kling 超时。请等几分钟后重试。',
  authorization_missing: '请求没有带上 API 令牌。请打开设置，添加你的 AceData API 令牌。',
  task_failed: 'Kling 未能生成这个视频。',
  task_failed_because: 'Kling 未能生成这个视频：{{reason}}',
  task_failed_state: '任务已结束，状态为“{{state}}”。',
  provider: {
    httpStatus: 'AceData 返回了错误（HTTP {{status}}）。',
    withSaid: '{{message}}AceData 的说明：{{said}}',
  },
  no_token_saved: '请先在设置中添加你的 AceData API 令牌。',

  offline: '无法连接 AceData（{{code}}）。请检查网络后重试；请求没有发出。',
  certificate:
    '与 AceData 的安全连接被拒绝，因为这台电脑不信任它的证书（{{code}}）。这通常是检查 HTTPS 流量的公司网络、VPN 或杀毒软件（公司代理）造成的：请让 IT 部门把它的根证书加入系统证书库，或换一个网络。请求没有发出，重试不会扣费。',
  network: '与 AceData 的连接失败（{{code}}）。应用会自动重试。',
  noAnswer: '没有响应',
  bad_answer: 'AceData 返回的内容应用无法读取。应用会再次查询。',
  submission_uncertain: {
    connectionBroke:
      '请求发出后连接中断（{{cause}}），AceData 可能已经开始这个任务。应用不会自动再次发送。',
    answerCut: '响应过长或中途断开',
    answerNotJson: '响应不是 JSON',
    noTaskId: '响应中没有任务 ID',
    mayHaveStarted: '{{message}} AceData 可能已经开始这个任务；应用不会自行再次发送。',
    appStopped:
      '发送这个任务时应用停止了，AceData 可能已经开始生成。请先查看 AceData 的用量，确认没有这个任务后再重试——重试可能会再次扣费。',
  },

  not_queued: '只有仍在队列中等待的任务才能移动。',
  not_retryable: '只有失败的任务，或不确定是否已发送的任务，才能重试。',
  confirm_charge: 'AceData 可能已经在生成这个视频。重试可能会重复扣费——确认后才会再次发送。',
  download_not_blocked: '这个视频的下载并不在等待该主机。请关闭对话框，重新查看该任务。',
  note: {
    waitingForConnection: '正在等待连接 AceData…',
    slowDown: 'AceData 要求应用放慢速度；稍后会发送这个任务。',
    waitingForToken: '正在等待有效的 API 令牌。',
    fileNotThereYet: '视频已生成，但文件还没到视频服务器上——稍后重试。',
    downloadInterrupted: '下载中断（{{reason}}）——稍后重试。',
  },
  not_extendable: '这个片段没有 Kling 视频 ID，Kling 无法延长它。',
  unknown_clip: {
    inLibrary: '视频库中已没有这个片段。请刷新列表。',
    toExtend: '要延长的片段已不在视频库中。请选择其他片段。',
    toLipSync: '要对口型的片段已不在视频库中。请选择其他片段。',
  },
  invalid_request: {
    onlyExtendHasParent: '只有延长才会接续另一个片段。',
    onlyImageFromFrame: '只有图生视频才能从片段的某一帧开始。',
    onlyLipSyncTakesClip: '只有对口型才能使用视频库中的片段。',
    presetsFull: '你已有 {{max}} 个预设，已达上限：请先删除一个。',
    presetGone: '这个预设已不存在。',
    notValid: '请求无效。',
    presetNameTaken: '已有名为“{{name}}”的预设：请换一个名称。',
  },
  unsafe_url: {
    refused: '服务器发来的视频地址被拒绝，因为{{reason}}。',
    notAnAddress: '它不是有效的网址',
    hasCredentials: '它包含用户名或密码',
    notEncrypted: '它未加密（http）',
    scheme: '不允许“{{scheme}}”地址',
    badRedirect: '视频服务器重定向到了一个无效的地址。',
  },
  download_host_blocked:
    '视频已生成，但它的地址位于 {{host}}，不在允许下载视频的主机列表中。请检查地址；如果信任该主机，可以只为这个视频允许它。',
  invalid_file_name: '视频无法保存：文件名无效。',
  download_http: '视频服务器返回了 HTTP {{status}}，而不是视频。链接可能已过期；请稍后重试。',
  download_http_expired:
    '结果链接已失效（HTTP {{status}}）：服务商的链接约 30 天后过期，这个视频已无法下载。',
  download_http_refused:
    '视频生成 {{minutes}} 分钟后，视频服务器仍拒绝结果链接（HTTP {{status}}），下载已停止。视频已经生成；请带上追踪 ID 联系 AceData 客服。',
  download_too_many_redirects: '视频服务器重定向超过 {{max}} 次，下载已停止。',
  download_too_large: '视频超过 {{limit}} 的上限，没有下载。',
  download_incomplete: {
    wrongSize: '保存的视频大小与预期不符，已丢弃。请重试。',
    overlong: '服务器发送的数据超过了它声明的 {{announced}}，下载已丢弃。请重试。',
  },
  download_interrupted: '视频下载完成前与视频服务器的连接反复中断。请检查网络后重试。',
  download_stalled: '视频服务器已 {{seconds}} 秒没有发送数据，下载已停止。请稍后重试。',
  download_cancelled: '下载已取消。',
  download_failed: {
    cause: '视频无法下载（{{cause}}）。请检查网络后重试。',
    resumeRefused: '续传下载时视频服务器的响应前后不一致，已丢弃部分下载的文件。请重试。',
    partShrank: '读取时，已保存的视频部分变小了',
    diskAcceptedNothing: '磁盘没有写入任何数据',
  },
  not_mp4: '服务器发来的不是 MP4 视频，没有保存。',
  disk_full: {
    paused: '磁盘已满：这个视频的下载已暂停，已保存 {{saved}} MB。请腾出空间，下载会自动继续。',
    notSaved: '磁盘已满，视频无法保存。请腾出空间后重试。',
  },
  unknownError: '未知错误',
  size: {
    megabytes: '{{value}} MB',
    bytes: '{{value}} 字节',
  },

  image_not_found: '这张图片已不在暂存区。请重新添加。',
  image_not_file: {
    badLocation: '应用收到了一个无法使用的文件位置。请重新拖入或选择图片。',
    systemFile:
      '它指向 {{path}}，这是系统文件夹 {{folder}} 中的文件，不是图片。请直接选择 PNG 或 JPEG 文件。',
    folder: '这是文件夹，不是图片文件。请选择 PNG 或 JPEG 文件。',
    special: '这不是普通文件（而是设备、管道或套接字）。请选择 PNG 或 JPEG 文件。',
    gone: '这个位置已经没有文件了，可能已被移动或删除。请重新选择。',
    replacedByLink: '检查期间这个文件被替换成了链接。请重新选择图片。',
  },
  image_unreadable: {
    notAllowed: '应用无权读取这个文件。请把图片复制到你自己的文件夹（如“图片”文件夹）后再添加。',
    cause: '无法读取这个文件（{{cause}}）。请检查磁盘后重试。',
    damagedHeader:
      '这个文件开头像 {{format}} 图片，但文件头已损坏，无法读取尺寸。请重新导出图片后重试。',
    unknownType: '无法识别这张图片的类型，不能上传。请重新添加。',
  },
  image_not_png_or_jpeg:
    '不管文件名是什么，这个文件都不是 PNG 或 JPEG 图片（内容开头为 {{start}}）。Kling 只接受 PNG 和 JPEG 图片。',
  image_not_png_or_jpeg_start: {
    empty: '空：文件没有内容',
    program: '{{hex}}，是 {{system}} 程序',
  },
  image_too_large:
    '这个文件有 {{size}} MB；Kling 接受的图片最大 10 MB。请另存为更小的文件（JPEG 或更少像素）后重新添加。',
  image_too_small: '这张图片为 {{width}} × {{height}} 像素；Kling 要求最短边至少 {{min}} 像素。',
  image_bad_ratio:
    '这张图片为 {{width}} × {{height}} 像素，画面比例为 {{ratio}}；Kling 要求画面比例在 1:2.5 到 2.5:1 之间。请裁剪得更接近正方形。',
  image_url_invalid: {
    notAnAddress: '这不是网址。请粘贴以 https:// 开头的链接。',
    hasCredentials: '这个链接包含用户名或密码。请使用不含这些信息的公开图片链接。',
    noHost: '这个链接没有主机名。请粘贴图片完整的 https:// 地址。',
  },
  image_url_not_https:
    '只接受 https:// 图片链接（这个是 {{scheme}}:）。Kling 会自己获取图片，需要安全的公开地址。',
  image_url_too_long: '这个地址有 {{length}} 个字符，最多接受 {{max}} 个。请使用更短的图片链接。',
  consent_required: {
    image:
      '上传会把这张图片发布到 AceData 的 CDN 上，约 7 天内任何拿到链接的人都能看到。请先同意，或使用已在网上的图片。',
    video:
      '上传会把这个视频发布到 AceData 的 CDN 上，任何拿到链接的人都能看到。请先同意，或提供已在网上的视频。',
    audio:
      '上传会把这段录音发布到 AceData 的 CDN 上，任何拿到链接的人都能听到。请先同意，或提供已在网上的录音。',
  },
  platformTokenHelp:
    '上传需要 AceData 的平台令牌，它不是生成视频用的 API 令牌：请从 AceData Cloud 控制台（platform.acedata.cloud）复制，并在设置中添加为平台令牌。',
  no_platform_token: {
    image: '尚未保存平台令牌，无法上传这张图片。{{help}}',
    video: '尚未保存平台令牌，无法上传这个视频。{{help}}',
    audio: '尚未保存平台令牌，无法上传这段录音。{{help}}',
  },
  platform_token_refused: 'AceData 拒绝了这次上传使用的平台令牌（HTTP {{status}}）。{{help}}',
  upload_refused: {
    image: 'AceData 认为这张图片太大，已拒绝。请另存为更小的文件后重试。',
    video: 'AceData 认为这个视频太大，已拒绝。请剪短或压缩后重试。',
    audio: 'AceData 认为这个音频文件太大，已拒绝。请剪短或另存为 MP3 等压缩格式后重试。',
  },
  upload_failed: {
    unreachable: '无法连接 AceData 的上传服务。请检查网络后重试。',
    refused: {
      image: 'AceData 的上传服务拒绝了这张图片（HTTP {{status}}）。',
      video: 'AceData 的上传服务拒绝了这个视频（HTTP {{status}}）。',
      audio: 'AceData 的上传服务拒绝了这个音频文件（HTTP {{status}}）。',
    },
    tryAgainSoon: '{{message}}请稍后重试。',
  },
  upload_timeout: 'AceData 的上传服务没有及时响应。请检查网络后重试。',
  upload_bad_answer: {
    image: 'AceData 的上传服务没有返回可用的 https 图片地址。请稍后重试。',
    video: 'AceData 的上传服务没有返回可用的 https 视频地址。请稍后重试。',
    audio: 'AceData 的上传服务没有返回可用的 https 音频地址。请稍后重试。',
  },

  not_a_file: {
    badLocation: '应用收到了一个无法使用的文件位置。',
    gone: '这个位置已经没有文件了。请重新选择。',
  },
  video_not_file: {
    notRegular: '这不是普通文件。请选择 MP4 或 MOV 视频。',
    chosenGone: '所选的视频已不存在。请重新添加。',
  },
  video_unreadable: '无法把这个文件当作视频读取（可能已损坏或不是视频）。请选择 MP4 或 MOV 文件。',
  video_refused: {
    tooLarge: '这个视频有 {{size}} MB；Kling 最多接受 {{max}} MB：请剪短或压缩。',
  },
  video_not_found: '这个视频已不在所选项中。请重新添加。',
  audio_not_file: {
    notRegular: '这不是普通文件。请选择 MP3、WAV 或 M4A 录音。',
    chosenGone: '所选的录音已不存在。请重新添加。',
  },
  audio_unreadable:
    '无法把这个文件当作录音读取（可能已损坏或不是音频）。请选择 MP3、WAV 或 M4A 文件。',
  audio_refused: {
    unusable: '这段录音无法使用',
  },
  audio_not_found: '这段录音已不在所选项中。请重新添加。',

  no_project: '没有可以存放视频的项目。请先创建一个项目。',
  unknown_project: '这个项目已不在工作区中。请选择其他项目。',
  clip_missing: '这个片段的视频文件已不在项目文件夹中。',
  duplicate_project: '这个文件夹是一个已打开项目的副本。',
  folder_is_workspace: '这就是工作区本身。请选择其中的项目文件夹，或其他文件夹。',
  folder_unreadable: '无法打开这个文件夹。请确认它存在，并且你有读取权限。',
  folder_unwritable: 'Kling Studio 无法在这个文件夹中保存项目文件。请选择你有写入权限的文件夹。',
  not_a_folder: '这是文件，不是文件夹。请选择文件夹。',
  folder_refused: {
    driveRoot: '这是磁盘的根目录。请选择其中的文件夹。',
    home: '这是你的主文件夹。请在其中选择或新建一个文件夹来存放项目。',
    holdsWorkspace:
      '这个文件夹包含 Kling Studio 的工作区。请选择工作区以外的文件夹，或工作区内的项目。',
    system: '这是系统文件夹。请选择你自己的文件夹。',
  },
  path_too_long: '工作区文件夹的路径太长，放不下项目文件夹。请在设置中选择路径更短的工作区。',
  file_exists: '目标项目中已有同名文件。',
  no_free_name: '目标项目中同名的片段太多。请重命名一些文件后重试。',
  no_trash: {
    here: '此处无法删除。',
    noSystemTrash: '此处无法删除：系统没有可用的回收站。',
  },
  invalid_poster: '封面图片不是 2 MB 以内的 JPEG。请重新截取画面。',
  invalid_query: '“{{which}}”日期不是有效日期。请重新选择。',
  sidecar_missing: {
    whileSaving: '保存时片段的记录不见了。请重试。',
  },
  projectProblem: {
    tooLarge: '{{name}} 超出了片段记录的大小上限（{{detail}}），没有读取。',
    newer: '{{name}} 由更新版本的 Kling Studio 保存（{{detail}}）；请更新应用后查看。',
    unreadable: '无法读取 {{name}}（{{detail}}）。',
    damagedKept: '{{name}} 已损坏（{{detail}}），且无法移到一旁。',
    sameId: '{{dropped}} 与 {{kept}} 的片段 ID 相同，不显示。',
    setAside: '{{name}} 已损坏，已移到一旁并改名为 {{file}}。',
    copyElsewhere: '{{name}} 是另一个项目中片段的副本（片段 ID 相同），此处不显示。',
  },
  sidecar_newer: '这个片段由更新版本的 Kling Studio 保存。请更新应用后再修改。',
  sidecar_unreadable: '无法读取这个片段的记录。请重新打开项目后重试。',

  clip_not_found: {
    inLibrary: '这个片段的视频已不在视频库中。',
    toJoin: '要拼接的片段中有一个已不在视频库中；请重新选择片段。',
    nothingToSave: '这个片段的视频已不在项目文件夹中，没有可保存的内容。',
    noFrame: '这个片段的视频已不在视频库中，无法保留其中的帧。',
    unreadable: '无法读取这个片段的视频，无法保留帧。',
  },
  settings_unreadable: {
    path: '{{path}} 不是应用能读取的视频文件。',
    notVideo: '这不是视频文件；请选择由 Kling Studio 保存的 MP4。',
  },
  stitch_cancelled: '片段拼接已取消。',
  stitch_too_few_parts: '请至少选择两个片段来拼接。',
  stitch_busy: '正在拼接片段；请等待完成或先取消。',
  needsReencoded: '每个要拼接的片段都需要重新编码后的视频。',
  stitch_unreadable: {
    part: '{{path}} 无法拼接：{{why}}。',
    notMp4: '它不是可读取的 MP4 文件',
    noVideoTrack: '它没有视频轨道',
    videoCodec: '不支持它的视频编码',
    audioCodec: '不支持它的音频编码',
    damaged: '无法读取这个视频；它可能已损坏。',
  },
  stitch_parts_differ: {
    withoutReencoding:
      '片段 {{clip}} 不重新编码就无法与片段 1 拼接：{{reason}}。只有用相同设置生成的片段才能拼接。',
    clipReason: '片段 {{clip}}：{{reason}}',
    videoCodec: '它的视频编码是 {{is}}，而不是 {{was}}',
    picture: '它的画面为 {{width}} × {{height}} 像素，而不是 {{firstWidth}} × {{firstHeight}} 像素',
    rotation: '它旋转了 {{is}}°，而不是 {{was}}°',
    videoSettings: '它的视频编码设置不同',
    extraSound: '它有音轨，而片段 1 没有',
    noSound: '它没有音轨',
    soundCodec: '它的音频编码是 {{is}}，而不是 {{was}}',
    soundFormat:
      '它的音频为 {{rate}} Hz × {{channels}}，而不是 {{firstRate}} Hz × {{firstChannels}}',
    soundSettings: '它的音频编码设置不同',
  },
  frame_invalid: {
    size: '这一帧为 {{width}} × {{height}} 像素，但视频为 {{videoWidth}} × {{videoHeight}} 像素；请在播放器中重新截取。',
    time: '这个片段时长 {{duration}} 秒，没有第 {{at}} 秒的帧。',
    notPng: '收到的帧不是 PNG 图片；请重试。',
  },

  batch_unreadable: {
    unreadable: '无法读取 {{fileName}}。请重新选择文件。',
    tooLarge: '{{fileName}} 超过 1 MB：批量文件每个视频只占一行短文本。',
    notCsv: '{{fileName}} 不是应用能读取的 CSV 文件（{{cause}}）。请另存为 CSV（逗号分隔）后重试。',
    noHeader: '{{fileName}} 的第一行需要写明各列名称：{{columns}}。',
    unknownColumns: '{{fileName}} 的第一行需要写明各列名称：{{columns}}（无法识别：{{unknown}}）。',
    column: '“{{name}}”',
    rows: '{{fileName}} 有 {{rows}} 行；一次批量可包含 1 到 {{max}} 行。',
  },
  batchRowImage: '首帧图片 {{image}}：{{reason}}',
  budgetHold_other:
    '已达每日预算：今天已约花费 {{today}} 积分（预算 {{count, number}} 积分），下一个任务约需 {{cost}} 积分。队列已暂停，不会再发送任务。请在“设置 → 价格与预算”中提高或关闭预算，或等到明天。',

  invalid_token_format: '令牌不含空格或换行。请从 AceData Cloud 重新复制粘贴。',
  platform_token:
    '这是平台（管理）令牌；生成视频需要 API 令牌。请从 AceData Cloud 控制台复制 API 令牌。',
  memoryKeychain:
    '没有可用的系统钥匙串，令牌只在本次运行期间保存在内存中。重启后需要重新输入；令牌绝不会写入文件。',
  bad_config: {
    notUrl: '{{name}} 不是网址：{{raw}}',
    notHttps: '{{name}} 必须是 https 网址（仅本机地址可用 http）：{{raw}}',
  },
  already_running: 'Kling Studio 已在使用这个数据文件夹运行。请切换到已打开的窗口。',
  lock_failed: 'Kling Studio 无法锁定它的数据文件夹。请关闭其他正在运行的副本后重试。',
  unknown_channel: '应用中没有这个操作。',
  forbidden_sender: '已拒绝：请求不是来自应用窗口。',
  internal: '应用内部出错。请重试；如果一直出现，请重启 Kling Studio。',
  endpoint_unconfirmed: '在你于窗口顶部确认地址 {{hosts}} 之前，令牌不会发送到那里。',
  endpoint_mismatch: '你确认过的地址与应用将使用的地址不一致。请关闭窗口后重新启动。',
  invalid_media_id: {
    image: '这张图片的 ID 无法显示。',
    clip: '这个片段的 ID 无法显示。',
  },
  feature_unavailable: {
    elements:
      '这个 AceData 账户暂不支持主体。已缓存的列表（如有）仍可使用；请稍后重试，或联系 AceData 客服开通。',
    voices:
      '这个 AceData 账户暂不支持音色。已缓存的列表（如有）仍可使用；请稍后重试，或联系 AceData 客服开通。',
  },
  bad_answer_voice_id: 'AceData 已创建音色，但没有返回它的 ID。',

  bridge_missing: 'Kling Studio 无法连接主进程。请关闭窗口后重新启动应用。',
  ipc_failed: {
    noSuchCall: 'Kling Studio 的主进程中没有“{{domain}}.{{name}}”。',
    lostContact: 'Kling Studio 与主进程失去联系。请重试；如果一直出现，请重启应用。',
  },
  unexpected: '窗口内出错。请重试；如果一直出现，请重启 Kling Studio。',

  sentence: '{{text}}。',
} satisfies Messages<typeof en>;
