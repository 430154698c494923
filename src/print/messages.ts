// Messages of the PDF converter, registered by src/print/pdf.ts.
export const printMessages = {
  zh: {
    'pdf.no-office': '未找到 LibreOffice（soffice），无法生成 PDF。请安装 LibreOffice（Debian/Ubuntu：apt-get install libreoffice-calc；Windows：从 libreoffice.org 下载安装），或改为输出 .xlsx 后用 Excel/WPS 打印。',
    'pdf.failed': 'LibreOffice 未能把工作簿转换为 PDF（{detail}），未写入 {file}。',
  },
  en: {
    'pdf.no-office': 'LibreOffice (soffice) was not found, so no PDF can be made. Install LibreOffice (Debian/Ubuntu: apt-get install libreoffice-calc; Windows: download it from libreoffice.org), or write .xlsx and print it from Excel/WPS.',
    'pdf.failed': 'LibreOffice could not convert the workbook to PDF ({detail}); {file} was not written.',
  },
};
