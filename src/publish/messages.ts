// Messages of `dutylist publish`, registered by src/commands/publish.ts.
export const messages = {
  zh: {
    'publish.refused': '清单有 {errors} 个错误，未生成网站。请按上面的提示修正后重新发布（可先运行 dutylist check 查看）。',
    'publish.no-manifest': '找不到清单信息（list.yaml）或单位名录，无法发布。',
    'publish.written': '已生成网站 {dir}：{matters} 个事项页、{laws} 个法规页，共 {files} 个文件（{size}）。',
    'publish.no-pdf': '未找到 {office}，网站的下载中只有清单工作簿，没有可直接打印的版本；安装 {office} 后重新运行即可。',
    'publish.pdf-failed': '没有生成清单的打印版本，网站的下载中只有工作簿：{detail}',
    'publish.open': '用浏览器打开 {index} 即可查看（也可拷贝到U盘或放到网站服务器上，不需要联网）。',
    'publish.not-a-folder': '{dir} 已存在且不是文件夹，网站需要写到一个文件夹中。请换一个 -o 目录。',
    'publish.foreign-folder': '{dir} 不是空文件夹，也不是 dutylist publish 生成的网站（缺少 {marker}），为免删除其中的文件，未写入。请用 -o 指定一个新文件夹或以前发布的网站文件夹。',
    'publish.root': '不能把网站直接写到磁盘根目录 {dir}，请指定其中的一个文件夹，例如 -o {dir}清单网站。',
    'publish.locked': '无法替换 {dir}（{detail}）：文件夹可能正被其他程序打开（如资源管理器、网站服务器）。请关闭后重试，原网站未改动。',
  },
  en: {
    'publish.refused': 'The list has {errors} error(s); no site was written. Fix them as shown above and publish again (run dutylist check to see them).',
    'publish.no-manifest': 'No list manifest (list.yaml) or unit registry could be read; nothing to publish.',
    'publish.written': 'Wrote the site {dir}: {matters} matter pages, {laws} law pages, {files} files ({size}).',
    'publish.no-pdf': '{office} was not found: the site offers the workbook without its PDF; install {office} and run again to add it.',
    'publish.pdf-failed': 'The list\'s PDF was not made; the site offers the workbook alone: {detail}',
    'publish.open': 'Open {index} in a browser (the folder also works from a USB stick or any web server, with no network).',
    'publish.not-a-folder': '{dir} exists and is not a folder; the site is written into a folder. Choose another -o.',
    'publish.foreign-folder': '{dir} is neither empty nor a site written by dutylist publish (no {marker}); nothing was written, so none of its files are lost. Give -o a new folder or an earlier published site.',
    'publish.root': 'The site cannot be written straight into the root {dir}; name a folder in it, e.g. -o {dir}site.',
    'publish.locked': 'Cannot replace {dir} ({detail}): another program (Explorer, a web server) may have it open. Close it and try again; the old site is untouched.',
  },
};
