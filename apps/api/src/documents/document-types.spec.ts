import {
  compoundFile,
  sampleDocx,
  sampleOdt,
  samplePdf,
  samplePng,
  windowsProgram,
  zipOf,
} from '../../test/fixtures/sample-files';
import { documentTypeOf } from './document-types';

describe('documentTypeOf', () => {
  it('reads documents and images from their bytes, whatever their name says', async () => {
    expect(await documentTypeOf(samplePdf(), 'statuts.pdf')).toBe('application/pdf');
    expect(await documentTypeOf(samplePdf(), 'statuts')).toBe('application/pdf');
    expect(await documentTypeOf(samplePng(), 'photo.jpg')).toBe('image/png');
    expect(await documentTypeOf(sampleDocx(), 'plan.docx')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(await documentTypeOf(sampleOdt(), 'plan.odt')).toBe('application/vnd.oasis.opendocument.text');
  });

  it('refuses a program, even named .pdf, and an archive that is no office document', async () => {
    expect(await documentTypeOf(windowsProgram(), 'statuts.pdf')).toBeNull();
    expect(await documentTypeOf(zipOf({ 'a.txt': 'hello' }), 'plan.docx')).toBeNull();
  });

  it('takes a compound file for an old Office document only under an Office name (installers share it)', async () => {
    expect(await documentTypeOf(compoundFile(), 'budget.XLS')).toBe('application/x-cfb');
    expect(await documentTypeOf(compoundFile(), 'setup.msi')).toBeNull();
  });

  it('takes UTF-8 text named .csv or .txt, and nothing else without a signature', async () => {
    const csv = Buffer.from('année;montant\n2026;4 000 €\n', 'utf8');
    expect(await documentTypeOf(csv, 'budget.csv')).toBe('text/csv');
    expect(await documentTypeOf(csv, 'notes.TXT')).toBe('text/plain');
    expect(await documentTypeOf(csv, 'budget.pdf')).toBeNull();
    expect(await documentTypeOf(Buffer.from('a\0b'), 'notes.txt')).toBeNull();
    expect(await documentTypeOf(Buffer.from([0x61, 0xff, 0xfe, 0x62]), 'notes.txt')).toBeNull();
  });
});
