/**
 * ESR-H5: the beneficiary signs the attestation on the officer's screen (finger, stylus or mouse).
 * signature_pad draws smooth strokes and exports a PNG; the server checks the image by its bytes.
 */
import { useCallback, useRef, useState } from 'react';
import { Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import SignaturePad from 'signature_pad';

type Props = { open: boolean; statement: string; busy: boolean; onClose: () => void; onSign: (png: string) => void };

export const SignatureDialog = ({ open, statement, busy, onClose, onSign }: Props) => {
  const translate = useTranslate();
  const pad = useRef<SignaturePad | null>(null);
  const [empty, setEmpty] = useState(true);

  // The dialog mounts its canvas only while open: a stable ref callback attaches the pad on mount and
  // detaches it on unmount (a new function each render would rebuild it and lose the strokes).
  const attach = useCallback((node: HTMLCanvasElement | null) => {
    pad.current?.off();
    pad.current = null;
    setEmpty(true);
    if (!node) return;
    // Draw at the canvas's displayed size and the screen's pixel density, or strokes land off the pen.
    const ratio = Math.max(window.devicePixelRatio || 1, 1);
    node.width = node.offsetWidth * ratio;
    node.height = node.offsetHeight * ratio;
    node.getContext('2d')?.scale(ratio, ratio);
    pad.current = new SignaturePad(node, { backgroundColor: 'rgb(255,255,255)' });
    pad.current.addEventListener('endStroke', () => setEmpty(pad.current?.isEmpty() ?? true));
  }, []);

  const clear = () => {
    pad.current?.clear();
    setEmpty(true);
  };

  return (
    <Dialog open={open} onClose={onClose} maxWidth="sm" fullWidth>
      <DialogTitle>{translate('wasl.request.sign_on_screen')}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" sx={{ mb: 1 }}>
          {statement}
        </Typography>
        <Box sx={{ border: 1, borderColor: 'divider', borderRadius: 1, direction: 'ltr' }}>
          <canvas
            ref={attach}
            style={{ width: '100%', height: 180, touchAction: 'none' }}
            data-testid="signature-pad"
          />
        </Box>
        <Typography variant="caption" color="text.secondary">
          {translate('wasl.request.sign_hint')}
        </Typography>
      </DialogContent>
      <DialogActions>
        <Button onClick={clear} disabled={busy}>
          {translate('wasl.request.sign_clear')}
        </Button>
        <Button onClick={onClose} disabled={busy}>
          {translate('ra.action.cancel')}
        </Button>
        <Button
          variant="contained"
          disabled={busy || empty}
          data-testid="save-signature"
          onClick={() => pad.current && onSign(pad.current.toDataURL('image/png'))}
        >
          {translate('wasl.request.sign_save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
