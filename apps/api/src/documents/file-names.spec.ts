import { attachmentDisposition, cleanFileName } from './file-names';

describe('cleanFileName', () => {
  it('keeps the name without its folders or control characters', () => {
    expect(cleanFileName('C:\\Users\\Camille\\Statuts signés.pdf')).toBe('Statuts signés.pdf');
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
    expect(cleanFileName('plan\r\n.pdf')).toBe('plan.pdf');
    expect(cleanFileName('  ')).toBe('document');
  });

  it('shortens a long name to 255 characters and keeps its extension', () => {
    const name = cleanFileName(`${'é'.repeat(300)}.pdf`);
    expect(Array.from(name)).toHaveLength(255);
    expect(name.endsWith('é.pdf')).toBe(true);
  });
});

describe('attachmentDisposition', () => {
  it('names the file in UTF-8 and in plain ASCII, with nothing that could end the header', () => {
    expect(attachmentDisposition('Budget prévisionnel "2026".pdf')).toBe(
      `attachment; filename="Budget pr_visionnel _2026_.pdf"; ` +
        `filename*=UTF-8''Budget%20pr%C3%A9visionnel%20%222026%22.pdf`,
    );
    expect(attachmentDisposition("l'état (v2)*.txt")).toBe(
      `attachment; filename="l'_tat (v2)*.txt"; filename*=UTF-8''l%27%C3%A9tat%20%28v2%29%2A.txt`,
    );
  });
});
