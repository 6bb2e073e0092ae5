import { type TableImages, TableImagesSchema } from '#lib/page';

/**
 * The viewer's `?page=<report page>&title=<its title>&images=<JSON>` (the popup's 识别表格图片), checked by its schema;
 * null when absent or not valid (a hand-typed address is shown as the plain viewer).
 */
export function tableImagesParam(search: string): { page: string; title: string | null; images: TableImages } | null {
  const params = new URLSearchParams(search);
  const page = params.get('page');
  const raw = params.get('images');
  if (!page || !raw) return null;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return null;
  }
  const parsed = TableImagesSchema.safeParse(json);
  return parsed.success && parsed.data.length > 0 ? { page, title: params.get('title'), images: parsed.data } : null;
}
