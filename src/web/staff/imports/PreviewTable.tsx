import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../endpoints/import-types';
import { Table } from '../../ui/Table';

/** The column headers and first rows of the file, as read. */
export function PreviewTable({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation();
  return (
    <Table caption={t('imports.preview.tableCaption', { count: preview.rows.length })}>
      <thead>
        <tr>
          <th scope="col">{t('imports.preview.rowNumber')}</th>
          {preview.headers.map((header, index) => (
            <th scope="col" key={`${String(index)}-${header}`}>
              {header === '' ? t('imports.preview.noHeader', { number: index + 1 }) : header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {preview.rows.map((row, rowIndex) => (
          <tr key={rowIndex}>
            <th scope="row">{rowIndex + 2}</th>
            {preview.headers.map((_, cellIndex) => (
              <td key={cellIndex}>{row[cellIndex] ?? ''}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
