// Printable login cards (PDF, A4, 8 cards a page): each pupil's username and one-time password and
// where to log in. Made with PDFKit's built-in Helvetica (German umlauts included), in memory.
import PDFDocument from 'pdfkit';

export type LoginCard = { username: string; oneTimePassword: string };

const CARD = { width: 257, height: 180, margin: 40, gap: 0 };

export function loginCardsPdf(cards: LoginCard[], className: string, loginUrl: string): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: CARD.margin, info: { Title: `Zugangskarten ${className}` } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  cards.forEach((card, index) => {
    const slot = index % 8;
    if (index > 0 && slot === 0) doc.addPage();
    const x = CARD.margin + (slot % 2) * CARD.width;
    const y = CARD.margin + Math.floor(slot / 2) * CARD.height;
    doc
      .rect(x, y, CARD.width - 10, CARD.height - 10)
      .dash(4, { space: 3 })
      .stroke()
      .undash();
    doc
      .font('Helvetica-Bold')
      .fontSize(13)
      .text(`Zugang für die Klasse ${className}`, x + 14, y + 14, { width: CARD.width - 38 });
    doc
      .font('Helvetica')
      .fontSize(10)
      .text(`Anmelden unter: ${loginUrl}`, x + 14, y + 40, { width: CARD.width - 38 });
    doc
      .fontSize(11)
      .text('Benutzername:', x + 14, y + 72)
      .font('Courier-Bold')
      .fontSize(14)
      .text(card.username, x + 14, y + 86);
    doc
      .font('Helvetica')
      .fontSize(11)
      .text('Erstes Passwort:', x + 14, y + 110)
      .font('Courier-Bold')
      .fontSize(14)
      .text(card.oneTimePassword, x + 14, y + 124);
    doc
      .font('Helvetica')
      .fontSize(8)
      .text('Beim ersten Anmelden wählst du ein eigenes Passwort.', x + 14, y + 148, { width: CARD.width - 38 });
  });
  doc.end();
  return done;
}
