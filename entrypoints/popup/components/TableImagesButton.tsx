import type { Lang } from '@/components/strings';
import type { TableImages } from '#lib/page';

type Props = { lang: Lang; images: TableImages; onRead: (images: TableImages) => void };

/**
 * Where the page's tables were not read and pictures stand in the article (lib/page/table-images.ts):
 * offers to read them by OCR in the viewer, on this computer. Its own strings, as BatchButton's.
 */
export function TableImagesButton({ lang, images, onRead }: Props) {
  if (images.length === 0) return null;
  const n = images.length;
  return (
    <section class="table-images">
      <p>
        {lang === 'zh'
          ? `表格可能以图片形式发布（本页文章中有 ${n} 张图片）：可在本机识别图片中的表格（OCR，不上传），每个数字须经表内勾稽关系核验。`
          : `The tables may be published as pictures (${n === 1 ? 'one picture' : `${n} pictures`} in the article): their tables can be read on this computer (OCR, nothing is uploaded), each figure proven by the table’s sums.`}
      </p>
      <p class="batch-link">
        <button type="button" class="primary ocr-images" onClick={() => onRead(images)}>
          {lang === 'zh' ? '识别表格图片' : 'Read the table pictures'}
        </button>
      </p>
    </section>
  );
}
