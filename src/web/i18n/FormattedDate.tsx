import { formatDate } from './format';

/** A calendar date as dd-mm-jjjj that never breaks over two lines. */
export function FormattedDate({ value }: { value: string }) {
  return (
    <time dateTime={value} className="koers-nowrap">
      {formatDate(value)}
    </time>
  );
}
