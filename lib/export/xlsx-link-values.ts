/**
 * The cached value of each HYPERLINK cell of a worksheet's XML. write-excel-file 4.1.1 writes a formula
 * as `<f>` alone (it has no hyperlink cells and no cached values): Excel and WPS recalculate on opening,
 * but readers that do not (file previews, mobile viewers, pandas/openpyxl, LibreOffice by default) show
 * the link cells empty. The display text (HYPERLINK's second argument, the URL) is cached as `<v>`,
 * typed `t="str"` (a formula's string result).
 * @example cacheLinkValues('<c r="G2" s="3"><f>HYPERLINK("http://a","http://a")</f></c>') → '<c r="G2" s="3" t="str"><f>HYPERLINK("http://a","http://a")</f><v>http://a</v></c>'
 */
export function cacheLinkValues(xml: string): string {
  return xml.replace(
    /<c ((?:(?!\bt=)[^>])*)><f>(HYPERLINK\("(?:[^"]|"")*","((?:[^"]|"")*)"\))<\/f><\/c>/g,
    (_, attrs: string, formula: string, shown: string) => `<c ${attrs} t="str"><f>${formula}</f><v>${shown.replace(/""/g, '"')}</v></c>`,
  );
}

/**
 * A write-excel-file "feature" (structurally: lib/ does not import the library) that caches the link
 * cells' values in every worksheet; pass it as `features: [LINK_VALUES]`.
 */
export const LINK_VALUES = {
  files: { transform: { 'xl/worksheets/sheet{id}.xml': { transform: (xml: string) => cacheLinkValues(xml) } } },
};
