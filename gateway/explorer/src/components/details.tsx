import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A line under an item: a link first where there is one, then the other facts, separated as the language separates a list. */
export function Details({ lead, parts }: { lead?: ReactNode; parts: (string | false | null | undefined)[] }) {
  const { t } = useTranslation();
  const text = parts.filter(Boolean).join(t('common.listSeparator'));
  if (!lead && !text) return null;
  return (
    <div className="subtitle">
      {lead}
      {lead && text && t('common.listSeparator')}
      {text}
    </div>
  );
}
