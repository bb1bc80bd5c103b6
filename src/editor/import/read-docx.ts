import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { ImportError } from './import-error.ts';
import { readNumbering, type WordLabel, writeLabels } from './word-numbering.ts';

/** A CFB (OLE2) container: an encrypted .docx or an old binary .doc, never a .docx. */
const CFB = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP = Buffer.from('PK\u0003\u0004', 'latin1');

export interface DocxBody {
  html: string;
  labels: WordLabel[];
  /** The document's title from its properties (docProps/core.xml), when it has one. */
  propertiesTitle: string | undefined;
}

function refuseNonZip(bytes: Buffer, shown: string): void {
  if (bytes.subarray(0, 8).equals(CFB)) {
    const encrypted = bytes.includes(Buffer.from('EncryptionInfo', 'utf16le'));
    throw new ImportError(
      encrypted
        ? `${shown} is password-protected (an encrypted Word file): open it in Word or LibreOffice, remove the password (save it without encryption) and import that copy`
        : `${shown} is an old binary Word file (.doc), not a .docx: open it in Word or LibreOffice, save it as .docx and import that`,
    );
  }
  if (!bytes.subarray(0, 4).equals(ZIP))
    throw new ImportError(
      `${shown} is not a .docx file (a .docx is a zip archive; this one is not): open it in Word or LibreOffice, save it as .docx and import that`,
    );
}

async function openZip(bytes: Buffer, shown: string): Promise<JSZip> {
  try {
    return await JSZip.loadAsync(bytes);
  } catch (e) {
    throw new ImportError(
      `${shown} is damaged (${(e as Error).message.replace(/\.$/, '')}): open it in Word or LibreOffice, save it again as .docx and import the new copy`,
    );
  }
}

const parseXml = (text: string | undefined) =>
  text === undefined ? undefined : new DOMParser().parseFromString(text, 'application/xml');

/**
 * The body of a .docx as HTML (mammoth), with Word's automatic numbering written into the
 * text first (word-numbering.ts). Images are refused: the texts may only show files of the
 * site, and a record folder holds nothing but its texts (docs/content.md).
 */
export async function readDocx(bytes: Buffer, shown: string): Promise<DocxBody> {
  refuseNonZip(bytes, shown);
  const zip = await openZip(bytes, shown);
  const part = async (name: string) => zip.file(name)?.async('string');
  let documentXml: string | undefined;
  try {
    documentXml = await part('word/document.xml');
  } catch (e) {
    throw new ImportError(
      `${shown} is damaged (${(e as Error).message}): open it in Word or LibreOffice, save it again as .docx and import the new copy`,
    );
  }
  if (documentXml === undefined)
    throw new ImportError(
      `${shown} is a zip archive but not a Word document (it has no word/document.xml): save the text as .docx from Word or LibreOffice and import that`,
    );
  const doc = parseXml(documentXml)!;
  const labels = writeLabels(
    doc,
    readNumbering(parseXml(await part('word/numbering.xml')), parseXml(await part('word/styles.xml'))),
  );
  zip.file('word/document.xml', new XMLSerializer().serializeToString(doc));
  const buffer = await zip.generateAsync({ type: 'nodebuffer' });

  let images = 0;
  const result = await mammoth.convertToHtml(
    { buffer },
    {
      styleMap: ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => p:fresh"],
      convertImage: mammoth.images.imgElement(async () => {
        images += 1;
        return { src: '' };
      }),
    },
  );
  if (images)
    throw new ImportError(
      `${shown} holds ${images} image${images === 1 ? '' : 's'}: the importer does not carry images over (a record folder holds only its texts, and a text shows only files of this site): delete the image${images === 1 ? '' : 's'} from a copy of the document and import that; then put each image in public/images/ and write ![description](/images/…) where it belongs`,
    );
  const core = parseXml(await part('docProps/core.xml'));
  const title = core?.getElementsByTagNameNS('http://purl.org/dc/elements/1.1/', 'title')[0]?.textContent?.trim();
  return { html: result.value, labels, propertiesTitle: title || undefined };
}
