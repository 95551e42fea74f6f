import * as React from 'react';
import { styled } from 'styled-components';

/** A message in remark-lint's style, its `values` in backticks shown as code. Text only. */
export const Message = ({ children }: { children: string }) => (
  <>
    {children.split(/(`[^`]*`)/).map((part, i) =>
      part.length > 1 && part.startsWith('`') && part.endsWith('`') ? <Code key={i}>{part.slice(1, -1)}</Code> : part,
    )}
  </>
);

const Code = styled.code`
  font-family: 'SF Mono', SFMono-Regular, ui-monospace, 'DejaVu Sans Mono', Menlo, Consolas, monospace;
  font-size: 0.92em;
  padding: 0 0.3em;
  border-radius: 3px;
  background: ${({ theme }) => theme.colors.neutral150};
`;
