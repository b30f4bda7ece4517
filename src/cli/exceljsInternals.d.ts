// The one ExcelJS module the runner takes from outside its public API (see xlsxStream.ts), exceljs 4.4.0.
declare module 'exceljs/lib/stream/xlsx/worksheet-reader' {
  export default class WorksheetReader {
    constructor(init: { workbook: object; id: number; iterator: AsyncIterable<string>; options: object });
    name: string;
    [Symbol.asyncIterator](): AsyncIterator<import('exceljs').Row>;
  }
}
