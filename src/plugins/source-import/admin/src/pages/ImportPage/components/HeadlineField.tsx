import { Field } from '@strapi/design-system';
import { useIntl } from 'react-intl';

type Props = {
  value: string;
  onChange: (value: string) => void;
  /** the headline read from the page, if it has one; undefined while unknown */
  pageHeadline: string | null | undefined;
};

/** The headline the editor types when the page has none, or to replace the page's. */
export const HeadlineField = ({ value, onChange, pageHeadline }: Props) => {
  const { formatMessage } = useIntl();
  const missing = pageHeadline === null;
  const hint =
    pageHeadline === undefined
      ? formatMessage({ id: 'source-import.headline.hint', defaultMessage: 'Used instead of the headline read from the page.' })
      : missing && value.trim() !== ''
        ? formatMessage({ id: 'source-import.headline.hint-typed', defaultMessage: 'The page has no headline: yours is used.' })
        : missing
          ? formatMessage({
              id: 'source-import.headline.hint-missing',
              defaultMessage: 'The page has no headline: type one, or the article is imported as a draft.',
            })
          : formatMessage(
            { id: 'source-import.headline.hint-read', defaultMessage: 'Read from the page: “{headline}”. Type one to replace it.' },
            { headline: pageHeadline },
          );

  return (
    <Field.Root name="headline" id="source-import-headline" hint={hint} error={missing && value.trim() === '' ? hint : undefined}>
      <Field.Label>{formatMessage({ id: 'source-import.headline.label', defaultMessage: 'Headline' })}</Field.Label>
      <Field.Input
        value={value}
        maxLength={500}
        placeholder={pageHeadline ?? formatMessage({ id: 'source-import.headline.placeholder', defaultMessage: 'Type the article’s headline' })}
        onChange={(e: React.ChangeEvent<HTMLInputElement>) => onChange(e.target.value)}
      />
      {missing && value.trim() === '' ? <Field.Error /> : <Field.Hint />}
    </Field.Root>
  );
};
