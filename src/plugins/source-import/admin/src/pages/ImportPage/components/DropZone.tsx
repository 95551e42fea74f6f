import * as React from 'react';
import { Button, Flex, Typography } from '@strapi/design-system';
import { Upload } from '@strapi/icons';
import { useIntl } from 'react-intl';
import { styled } from 'styled-components';

type Props = { onFiles: (files: File[]) => void; disabled?: boolean };

/** Drop one or many `.txt` files here, or choose them. */
export const DropZone = ({ onFiles, disabled }: Props) => {
  const { formatMessage } = useIntl();
  const input = React.useRef<HTMLInputElement>(null);
  const [over, setOver] = React.useState(false);

  return (
    <Zone
      $over={over}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        if (!disabled) onFiles(Array.from(e.dataTransfer.files));
      }}
    >
      <Flex gap={3} alignItems="center" justifyContent="center" wrap="wrap">
        <Upload aria-hidden width="2.4rem" height="2.4rem" />
        <Typography variant="omega" textColor="neutral700">
          {formatMessage({
            id: 'source-import.drop.text',
            defaultMessage: 'Drop captured pages (.txt files, 5 MB at most each) here, or',
          })}
        </Typography>
        <Button variant="secondary" size="S" disabled={disabled} onClick={() => input.current?.click()}>
          {formatMessage({ id: 'source-import.drop.choose', defaultMessage: 'Choose files' })}
        </Button>
        <input
          ref={input}
          type="file"
          accept=".txt,text/plain"
          multiple
          hidden
          data-testid="source-import-files"
          onChange={(e) => {
            onFiles(Array.from(e.target.files ?? []));
            e.target.value = '';
          }}
        />
      </Flex>
    </Zone>
  );
};

const Zone = styled.div<{ $over: boolean }>`
  padding: ${({ theme }) => theme.spaces[4]};
  border: 2px dashed ${({ theme, $over }) => ($over ? theme.colors.primary600 : theme.colors.neutral300)};
  border-radius: ${({ theme }) => theme.borderRadius};
  background: ${({ theme, $over }) => ($over ? theme.colors.primary100 : theme.colors.neutral100)};
`;
