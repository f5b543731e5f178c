/**
 * S1: the questionnaire as the beneficiary will see it (Arabic or English with the console's language):
 * a 1–5 rating, a choice among options, free text. Shown beside the builder and on the survey's page.
 */
import { Box, FormControlLabel, Radio, RadioGroup, Stack, TextField, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';

export type PreviewQuestion = {
  key?: string;
  kind?: string;
  labelAr?: string;
  labelEn?: string;
  required?: boolean;
  options?: { key?: string; labelAr?: string; labelEn?: string }[];
};

export const QuestionsPreview = ({ questions }: { questions: PreviewQuestion[] | null | undefined }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const label = (item: { labelAr?: string; labelEn?: string }) =>
    (locale === 'en' ? item.labelEn || item.labelAr : item.labelAr || item.labelEn) ?? '';
  const list = (questions ?? []).filter(Boolean);
  return (
    <Box data-testid="survey-preview" sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 2, width: '100%' }}>
      <Typography variant="subtitle1" gutterBottom>
        {translate('wasl.surveys.preview')}
      </Typography>
      {list.length === 0 && <Typography color="text.secondary">{translate('wasl.surveys.preview_empty')}</Typography>}
      <Stack spacing={2}>
        {list.map((q, index) => (
          <Box key={`${q.key ?? ''}-${index}`} data-question={q.key}>
            <Typography>
              {index + 1}. {label(q)}
              {q.required ? ' *' : ''}
            </Typography>
            {q.kind === 'likert' && (
              <RadioGroup row>
                {[1, 2, 3, 4, 5].map((value) => (
                  <FormControlLabel
                    key={value}
                    value={value}
                    control={<Radio size="small" disabled />}
                    label={value.toLocaleString(locale === 'en' ? 'en' : 'ar-SA')}
                  />
                ))}
              </RadioGroup>
            )}
            {q.kind === 'choice' && (
              <RadioGroup>
                {(q.options ?? []).filter(Boolean).map((option, i) => (
                  <FormControlLabel
                    key={`${option.key ?? ''}-${i}`}
                    value={option.key ?? String(i)}
                    control={<Radio size="small" disabled />}
                    label={label(option)}
                  />
                ))}
              </RadioGroup>
            )}
            {q.kind === 'text' && <TextField size="small" multiline minRows={2} fullWidth disabled />}
          </Box>
        ))}
      </Stack>
    </Box>
  );
};
