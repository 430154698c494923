// Messages of the cache folder. {dir} the folder, {reason} one of the cache.unsafe.* lines.

const zh: Record<string, string> = {
  'cache.unsafe': '缓存文件夹 {dir} {reason}，本次不使用缓存（结果不变，只是慢一些）。可用 --cache-dir 指定自己的文件夹，或用 --no-cache 关闭缓存。',
  'cache.unsafe.owner': '属于其他用户',
  'cache.unsafe.mode': '同组或其他用户可以写入',
  'cache.unsafe.link': '是链接或不是文件夹',
};

const en: Record<string, string> = {
  'cache.unsafe': 'the cache folder {dir} {reason}; no cache is used this time (same results, only slower). Name a folder of your own with --cache-dir, or turn the cache off with --no-cache.',
  'cache.unsafe.owner': 'belongs to another user',
  'cache.unsafe.mode': 'can be written by its group or by others',
  'cache.unsafe.link': 'is a link or not a folder',
};

export const cacheMessages = { zh, en };
