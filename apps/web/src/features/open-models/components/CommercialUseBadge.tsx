import { useTranslation } from 'react-i18next';
import type { CommercialUse } from '../graphql/open-model.types';
import '../i18n/card-messages';

const TONE: Record<CommercialUse, string> = { YES: 'yes', NO: 'no', CONDITIONAL: 'conditional' };

/** Whether the licence allows commercial use, in words (never by colour alone). */
export function CommercialUseBadge({ commercialUse }: { commercialUse: CommercialUse }) {
  const { t } = useTranslation();
  return <span className={`badge commercial-${TONE[commercialUse]}`}>{t(`modelCards.commercial.${commercialUse}`)}</span>;
}
