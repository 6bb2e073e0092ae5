/**
 * Writes the PDF producer matrix into tests/fixtures/pdf-matrix (committed, so the unit tests read it
 * without LibreOffice or a browser): `npx tsx scripts/make-pdf-matrix.ts [libreoffice|chromium|cairo|ghostscript]`.
 * Installs libreoffice-writer-nogui, Chromium, poppler-utils and ghostscript with apt-get when missing and root. The recipe is in
 * scripts/pdf-matrix.ts; tests/fixtures/README.md records it with the versions this prints.
 */
import { makeMatrix, MATRIX, MATRIX_DIR, type Producer } from './pdf-matrix';

const PRODUCERS: readonly Producer[] = ['libreoffice', 'chromium', 'cairo', 'ghostscript'];
const only = process.argv[2] as Producer | undefined;
if (only !== undefined && !PRODUCERS.includes(only)) throw new Error(`usage: make-pdf-matrix.ts [${PRODUCERS.join('|')}]`);
const versions = await makeMatrix(MATRIX_DIR, only);
console.log(`${MATRIX.filter((e) => only === undefined || e.producer === only).length} PDFs in ${MATRIX_DIR}`);
for (const [producer, version] of Object.entries(versions)) console.log(`${producer}: ${version}`);
