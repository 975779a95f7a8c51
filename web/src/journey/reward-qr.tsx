import { useEffect, useState } from 'preact/hooks';
import QRCode from 'qrcode';
import { useI18n } from '../i18n/index.ts';

/** The reward's code drawn as a QR image (the qrcode package) and written out, for the café's staff to scan or type. */
export function RewardQr({ code, label }: { code: string; label: string }) {
  const { m, fill } = useI18n();
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    QRCode.toDataURL(code, { errorCorrectionLevel: 'M', margin: 1, width: 176 })
      .then((url) => live && setSrc(url))
      .catch(() => live && setSrc(null));
    return () => {
      live = false;
    };
  }, [code]);
  if (!src) return <div class="qr-placeholder" aria-hidden="true" />;
  // The code in groups of four under the image, for a counter whose browser cannot scan.
  return (
    <figure class="reward-code">
      <img
        class="qr"
        src={src}
        width={176}
        height={176}
        alt={fill(m.journey.qrAlt, { title: label })}
        data-testid="reward-qr"
      />
      <figcaption>
        {m.journey.showAtCounter} <code data-testid="reward-code">{code.match(/.{1,4}/g)?.join(' ')}</code>
      </figcaption>
    </figure>
  );
}
