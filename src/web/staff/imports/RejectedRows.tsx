import { useInfiniteQuery } from '@tanstack/react-query';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { listImportRows } from '../../endpoints/imports';
import { allImportFields, type ImportField } from '../../endpoints/import-types';
import { problemMessage } from '../../i18n/problem-message';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Heading } from '../../ui/Heading';
import { LoadingText } from '../../ui/LoadingText';
import { Table } from '../../ui/Table';
import { fieldErrorMessage } from '../forms/server-field-errors';
import { importFieldName } from './import-field-names';
import { importsKey } from './import-queries';

const isImportField = (field: string): field is ImportField => (allImportFields as readonly string[]).includes(field);

/** The rows that were (or would be) refused, with the field, the column and the reason. */
export function RejectedRows({ importId }: { importId: string }) {
  const { t } = useTranslation();
  const rows = useInfiniteQuery({
    queryKey: [...importsKey, importId, 'rejected'],
    queryFn: ({ pageParam }) => listImportRows(importId, 'rejected', pageParam),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (page) => (page.more ? page.rows[page.rows.length - 1]?.rowNumber : undefined),
  });
  const loaded = rows.data?.pages.flatMap((page) => page.rows) ?? [];
  const fieldText = (field: string): string => (field === 'row' ? t('imports.report.wholeRow') : isImportField(field) ? importFieldName(field, t) : field);

  return (
    <>
      <Heading level={4}>{t('imports.report.rejectedTitle')}</Heading>
      {rows.isPending && <LoadingText />}
      {rows.isError && <Alert type="error">{problemMessage(rows.error, t).message}</Alert>}
      {loaded.length > 0 && (
        <Table caption={t('imports.report.rejectedCaption', { count: loaded.length })} hideCaption>
          <thead>
            <tr>
              <th scope="col">{t('imports.report.columns.row')}</th>
              <th scope="col">{t('imports.report.columns.sourceId')}</th>
              <th scope="col">{t('imports.report.columns.field')}</th>
              <th scope="col">{t('imports.report.columns.column')}</th>
              <th scope="col">{t('imports.report.columns.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {loaded.map((row) => (
              <Fragment key={row.rowNumber}>
                {(row.errors.length === 0 ? [{ field: 'row', column: null, message: '' }] : row.errors).map((error, index) => (
                  <tr key={`${String(row.rowNumber)}-${String(index)}`}>
                    <th scope="row">{row.rowNumber}</th>
                    <td>{row.sourceId ?? '—'}</td>
                    <td>{fieldText(error.field)}</td>
                    <td>{error.column ?? '—'}</td>
                    <td>{error.message === '' ? '—' : fieldErrorMessage(error.message, t)}</td>
                  </tr>
                ))}
              </Fragment>
            ))}
          </tbody>
        </Table>
      )}
      {rows.hasNextPage && (
        <Button variant="secondary" onClick={() => void rows.fetchNextPage()} disabled={rows.isFetchingNextPage}>
          {t('imports.report.more')}
        </Button>
      )}
    </>
  );
}
